// SPDX-License-Identifier: GPL-3.0-or-later
#include "GroupInfoDialog.h"

#include "Account.h"
#include "AppSession.h"
#include "Bidi.h"
#include "Contacts.h"
#include "ConversationListModel.h"
#include "Conversations.h"
#include "CoveId.h"
#include "Dialogs.h"
#include "FactLines.h"
#include "Messenger.h"
#include "ReportDialog.h"

#include <QCheckBox>
#include <QClipboard>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace cove::ui {

GroupInfoDialog::GroupInfoDialog(app::Session &session, qint64 conversationId, QWidget *parent)
    : QDialog(parent), m_session(session), m_conversationId(conversationId),
      m_name(new QLineEdit(this)), m_rename(new QPushButton(this)),
      m_membersLabel(new QLabel(this)), m_members(new QListWidget(this)),
      m_add(new QPushButton(this)), m_remove(new QPushButton(this)),
      m_makeAdmin(new QPushButton(this)), m_report(new QPushButton(this)),
      m_block(new QPushButton(this)), m_leave(new QPushButton(this)),
      m_onlyAdminsSend(new QCheckBox(this)), m_membersRename(new QCheckBox(this)),
      m_limit(new QLabel(this)), m_linkLabel(new QLabel(this)), m_linkOn(new QCheckBox(this)),
      m_linkApproval(new QCheckBox(this)), m_link(new QLineEdit(this)),
      m_copyLink(new QPushButton(this)), m_resetLink(new QPushButton(this)),
      m_linkNote(new QLabel(this)), m_requestsLabel(new QLabel(this)),
      m_requests(new QListWidget(this)), m_approve(new QPushButton(this)),
      m_decline(new QPushButton(this))
{
    setObjectName(QStringLiteral("groupInfo"));
    m_members->setObjectName(QStringLiteral("groupMembers"));
    m_add->setObjectName(QStringLiteral("addMember"));
    m_remove->setObjectName(QStringLiteral("removeMember"));
    m_makeAdmin->setObjectName(QStringLiteral("makeAdmin"));
    m_report->setObjectName(QStringLiteral("reportMember"));
    m_block->setObjectName(QStringLiteral("blockMember"));
    m_leave->setObjectName(QStringLiteral("leaveGroup"));
    m_onlyAdminsSend->setObjectName(QStringLiteral("onlyAdminsSend"));
    m_membersRename->setObjectName(QStringLiteral("membersRename"));
    m_linkOn->setObjectName(QStringLiteral("inviteLinkOn"));
    m_linkApproval->setObjectName(QStringLiteral("inviteLinkApproval"));
    m_link->setObjectName(QStringLiteral("inviteLink"));
    m_copyLink->setObjectName(QStringLiteral("copyInviteLink"));
    m_resetLink->setObjectName(QStringLiteral("resetInviteLink"));
    m_requests->setObjectName(QStringLiteral("joinRequests"));
    m_approve->setObjectName(QStringLiteral("approveJoin"));
    m_decline->setObjectName(QStringLiteral("declineJoin"));
    m_link->setReadOnly(true);
    m_link->setLayoutDirection(Qt::LeftToRight); // a link reads left to right everywhere
    m_linkNote->setWordWrap(true);
    m_linkNote->setForegroundRole(QPalette::PlaceholderText);
    m_requests->setMaximumHeight(120);
    m_name->setMaxLength(128);
    m_limit->setWordWrap(true);
    m_limit->setForegroundRole(QPalette::PlaceholderText);

    auto *nameRow = new QHBoxLayout;
    nameRow->addWidget(m_name, 1);
    nameRow->addWidget(m_rename);
    auto *memberButtons = new QVBoxLayout;
    for (QPushButton *b : {m_add, m_remove, m_makeAdmin, m_report, m_block})
        memberButtons->addWidget(b);
    memberButtons->addStretch();
    auto *membersRow = new QHBoxLayout;
    membersRow->addWidget(m_members, 1);
    membersRow->addLayout(memberButtons);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_leave, QDialogButtonBox::DestructiveRole);
    auto *box = new QVBoxLayout(this);
    box->addLayout(nameRow);
    box->addWidget(m_membersLabel);
    box->addLayout(membersRow);
    box->addWidget(m_limit);
    box->addWidget(m_onlyAdminsSend);
    box->addWidget(m_membersRename);
    auto *linkRow = new QHBoxLayout;
    linkRow->addWidget(m_link, 1);
    linkRow->addWidget(m_copyLink);
    linkRow->addWidget(m_resetLink);
    box->addWidget(m_linkLabel);
    box->addWidget(m_linkOn);
    box->addWidget(m_linkApproval);
    box->addLayout(linkRow);
    box->addWidget(m_linkNote);
    auto *requestButtons = new QVBoxLayout;
    requestButtons->addWidget(m_approve);
    requestButtons->addWidget(m_decline);
    requestButtons->addStretch();
    auto *requestsRow = new QHBoxLayout;
    requestsRow->addWidget(m_requests, 1);
    requestsRow->addLayout(requestButtons);
    box->addWidget(m_requestsLabel);
    box->addLayout(requestsRow);
    box->addWidget(buttons);

    app::Messenger &messenger = m_session.messenger();
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_members, &QListWidget::currentRowChanged, this, [this] { refresh(); });
    connect(m_rename, &QPushButton::clicked, this, [this] {
        auto r = m_session.messenger().renameGroup(m_conversationId, m_name->text().trimmed());
        check(bool(r), r ? QString() : describe(r.error()));
    });
    connect(m_add, &QPushButton::clicked, this, &GroupInfoDialog::addMember);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        auto r = m_session.messenger().removeMember(m_conversationId, selectedMember());
        check(bool(r), r ? QString() : describe(r.error()));
    });
    connect(m_makeAdmin, &QPushButton::clicked, this, [this] {
        auto r = m_session.messenger().setRole(m_conversationId, selectedMember(),
                                               storage::MemberRole::Admin);
        check(bool(r), r ? QString() : describe(r.error()));
    });
    connect(m_report, &QPushButton::clicked, this, [this] {
        ReportDialog::reportConversation(m_session, m_conversationId, selectedMember(), this);
    });
    connect(m_block, &QPushButton::clicked, this, [this] {
        const QString id = selectedMember();
        const auto answer = QMessageBox::question(
            this,
            QCoreApplication::translate("Blocking", "Block %1?")
                .arg(isolate(app::personName(m_session.account(), id))),
            QCoreApplication::translate(
                "GroupInfo",
                "Their messages in this group and anywhere else stop reaching you. They are "
                "not told."));
        if (answer != QMessageBox::Yes)
            return;
        auto r = m_session.messenger().block(id);
        check(bool(r), r ? QString() : describe(r.error()));
    });
    connect(m_leave, &QPushButton::clicked, this, [this] {
        if (QMessageBox::question(
                this, QCoreApplication::translate("GroupInfo", "Leave this group?"),
                QCoreApplication::translate("GroupInfo",
                                            "The others see that you left. You keep what was said "
                                            "so far.")) != QMessageBox::Yes)
            return;
        auto r = m_session.messenger().leaveGroup(m_conversationId);
        if (check(bool(r), r ? QString() : describe(r.error())))
            accept();
    });
    connect(m_onlyAdminsSend, &QCheckBox::clicked, this,
            [this](bool on) { setPermission(protocol::GroupUpdate::OnlyAdminsSend, on); });
    connect(m_membersRename, &QCheckBox::clicked, this,
            [this](bool on) { setPermission(protocol::GroupUpdate::MembersRename, on); });
    connect(m_linkOn, &QCheckBox::clicked, this,
            [this](bool on) { setLink(on, m_linkApproval->isChecked(), false); });
    connect(m_linkApproval, &QCheckBox::clicked, this,
            [this](bool on) { setLink(true, on, false); });
    connect(m_resetLink, &QPushButton::clicked, this, [this] {
        if (QMessageBox::question(
                this, QCoreApplication::translate("GroupInfo", "Reset the invite link?"),
                QCoreApplication::translate(
                    "GroupInfo", "Links you shared before stop working. Anyone who "
                                 "should still join needs the new one.")) == QMessageBox::Yes)
            setLink(true, m_linkApproval->isChecked(), true);
    });
    connect(m_copyLink, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_link->text());
        m_copyLink->setText(QCoreApplication::translate("GroupInfo", "Copied"));
        QTimer::singleShot(2000, m_copyLink, [this] {
            m_copyLink->setText(QCoreApplication::translate("GroupInfo", "Copy"));
        });
    });
    connect(m_requests, &QListWidget::currentRowChanged, this, [this] { refreshLink(); });
    connect(m_approve, &QPushButton::clicked, this, [this] {
        auto r = m_session.messenger().approveJoinRequest(m_conversationId, selectedRequest());
        check(bool(r), r ? QString() : describe(r.error()));
    });
    connect(m_decline, &QPushButton::clicked, this, [this] {
        auto r = m_session.messenger().declineJoinRequest(m_conversationId, selectedRequest());
        check(bool(r), r ? QString() : describe(r.error()));
    });
    connect(&messenger, &app::Messenger::conversationChanged, this, [this](qint64 id) {
        if (id == m_conversationId)
            refresh();
    });
    connect(&messenger, &app::Messenger::joinRequestsChanged, this, [this](qint64 id) {
        if (id == m_conversationId)
            refreshLink();
    });
    retranslate();
    resize(560, 640);
}

QString GroupInfoDialog::selectedMember() const
{
    const QListWidgetItem *item = m_members->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

bool GroupInfoDialog::check(bool ok, const QString &detail)
{
    if (!ok)
        QMessageBox::warning(this, windowTitle(), detail);
    refresh();
    return ok;
}

void GroupInfoDialog::setPermission(quint8 bit, bool on)
{
    app::AppResult<quint8> now = m_session.messenger().groupPermissions(m_conversationId);
    if (!now) {
        check(false, describe(now.error()));
        return;
    }
    const auto next = quint8(on ? (*now | bit) : (*now & ~bit));
    auto r = m_session.messenger().setGroupPermissions(m_conversationId, next);
    check(bool(r), r ? QString() : describe(r.error()));
}

void GroupInfoDialog::setLink(bool on, bool approval, bool reset)
{
    auto r = m_session.messenger().setInviteLink(m_conversationId, on, approval, reset);
    check(bool(r), r ? QString() : describe(r.error()));
}

QString GroupInfoDialog::selectedRequest() const
{
    const QListWidgetItem *item = m_requests->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void GroupInfoDialog::refreshLink()
{
    app::Messenger &messenger = m_session.messenger();
    auto link = messenger.inviteLink(m_conversationId);
    const bool on = link && !link->link.isEmpty();
    m_linkOn->setChecked(on);
    m_linkApproval->setChecked(link && link->approval);
    m_linkOn->setEnabled(m_admin);
    m_linkApproval->setEnabled(m_admin && on);
    if (m_link->text() != (on ? link->link : QString())) {
        m_link->setText(on ? link->link : QString());
        m_link->setCursorPosition(0);
    }
    m_link->setPlaceholderText(QCoreApplication::translate("GroupInfo", "No invite link"));
    m_copyLink->setEnabled(on);
    m_resetLink->setVisible(m_admin);
    m_resetLink->setEnabled(on);
    m_linkNote->setText(
        !on ? QCoreApplication::translate("GroupInfo",
                                          "Admins can make a link that lets people ask to join.")
        : link->approval
            ? QCoreApplication::translate("GroupInfo",
                                          "Anyone with the link can ask to join; an admin "
                                          "lets each one in. Share it only with people you mean.")
            : QCoreApplication::translate("GroupInfo",
                                          "Anyone with the link joins at once and sees what is "
                                          "said from then on. Share it only with people you "
                                          "mean."));

    const QString selected = selectedRequest();
    const QSignalBlocker quiet(m_requests);
    m_requests->clear();
    auto waiting = m_admin ? messenger.joinRequests(m_conversationId)
                           : app::AppResult<QList<app::Messenger::JoinRequestInfo>>(
                                 QList<app::Messenger::JoinRequestInfo>{});
    const qsizetype count = waiting ? waiting->size() : 0;
    if (waiting)
        for (const app::Messenger::JoinRequestInfo &r : std::as_const(*waiting)) {
            const QString id = protocol::displayCoveId(r.requester);
            const QString name = app::personName(m_session.account(), r.requester);
            QStringList lines{
                name == id ? id : QStringLiteral("%1 (%2)").arg(isolate(name), isolate(id))};
            for (const QString &fact : factLines(r.facts)) {
                QString plain = fact;
                plain.remove(QStringLiteral("<b>")).remove(QStringLiteral("</b>"));
                lines.append(QStringLiteral("    ") + plain);
            }
            auto *item = new QListWidgetItem(lines.join(u'\n'), m_requests);
            item->setData(Qt::UserRole, r.requester);
            if (r.requester == selected)
                m_requests->setCurrentItem(item);
        }
    m_requestsLabel->setText(QCoreApplication::translate("GroupInfo", "%n person(s) asking to join",
                                                         nullptr, int(count)));
    for (QWidget *w : {static_cast<QWidget *>(m_requestsLabel), static_cast<QWidget *>(m_requests),
                       static_cast<QWidget *>(m_approve), static_cast<QWidget *>(m_decline)})
        w->setVisible(count > 0);
    m_approve->setEnabled(!selectedRequest().isEmpty());
    m_decline->setEnabled(!selectedRequest().isEmpty());
}

void GroupInfoDialog::addMember()
{
    auto all = m_session.messenger().contacts();
    auto members = m_session.messenger().groupMembers(m_conversationId);
    if (!all || !members)
        return;
    QStringList names;
    QStringList ids;
    for (const storage::Contact &c : std::as_const(*all)) {
        const bool inside = std::any_of(members->cbegin(), members->cend(),
                                        [&](const auto &m) { return m.memberId == c.coveId; });
        if (!inside) {
            names.append(QStringLiteral("%1 (%2)").arg(isolate(c.displayName),
                                                       isolate(protocol::displayCoveId(c.coveId))));
            ids.append(c.coveId);
        }
    }
    if (ids.isEmpty()) {
        QMessageBox::information(
            this, windowTitle(),
            QCoreApplication::translate("GroupInfo",
                                        "Everyone in your contacts is in this group already."));
        return;
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        this, QCoreApplication::translate("GroupInfo", "Add a member"),
        QCoreApplication::translate("GroupInfo", "Contact"), names, 0, false, &ok);
    if (!ok)
        return;
    auto r = m_session.messenger().addMembers(m_conversationId, {ids.at(names.indexOf(chosen))});
    check(bool(r), r ? QString() : describe(r.error()));
}

void GroupInfoDialog::refresh()
{
    app::Messenger &messenger = m_session.messenger();
    auto conv = messenger.conversation(m_conversationId);
    auto members = messenger.groupMembers(m_conversationId);
    if (!conv || !members)
        return;
    const QString me = m_session.account().coveId();
    const QString selected = selectedMember();
    m_admin = false;
    bool isMember = false;
    for (const storage::GroupMember &m : std::as_const(*members))
        if (m.memberId == me) {
            isMember = true;
            m_admin = m.role == storage::MemberRole::Admin;
        }
    const auto stored = messenger.groupPermissions(m_conversationId);
    const quint8 permissions = stored ? *stored : quint8(0);
    setWindowTitle(app::conversationTitle(m_session.account(), *conv));
    if (!m_name->hasFocus())
        m_name->setText(conv->title);

    const QSignalBlocker quiet(m_members);
    m_members->clear();
    for (const storage::GroupMember &m : std::as_const(*members)) {
        QString label = m.memberId == me ? QCoreApplication::translate("GroupInfo", "You")
                                         : app::personName(m_session.account(), m.memberId);
        if (m.role == storage::MemberRole::Admin)
            label = QCoreApplication::translate("GroupInfo", "%1 · admin").arg(label);
        auto *item = new QListWidgetItem(label, m_members);
        item->setData(Qt::UserRole, m.memberId);
        if (m.memberId == selected)
            m_members->setCurrentItem(item);
    }
    m_membersLabel->setText(
        QCoreApplication::translate("GroupInfo", "%n member(s)", nullptr, int(members->size())));

    const QString chosen = selectedMember();
    const bool other = !chosen.isEmpty() && chosen != me;
    const bool chosenIsAdmin = std::any_of(members->cbegin(), members->cend(), [&](const auto &m) {
        return m.memberId == chosen && m.role == storage::MemberRole::Admin;
    });
    const bool canRename =
        isMember && (m_admin || (permissions & protocol::GroupUpdate::MembersRename));
    m_name->setReadOnly(!canRename);
    m_rename->setEnabled(canRename);
    m_add->setVisible(m_admin);
    m_remove->setVisible(m_admin);
    m_makeAdmin->setVisible(m_admin);
    m_remove->setEnabled(other);
    m_makeAdmin->setEnabled(other && !chosenIsAdmin);
    m_report->setEnabled(other);
    m_block->setEnabled(other);
    m_leave->setEnabled(isMember);
    m_onlyAdminsSend->setChecked(permissions & protocol::GroupUpdate::OnlyAdminsSend);
    m_membersRename->setChecked(permissions & protocol::GroupUpdate::MembersRename);
    m_onlyAdminsSend->setEnabled(m_admin);
    m_membersRename->setEnabled(m_admin);
    m_limit->setText(QCoreApplication::translate(
                         "GroupInfo",
                         "Groups on this relay have at most %1 members. Only admins add or "
                         "remove members and change these settings.")
                         .arg(messenger.maxGroupMembers()));
    refreshLink();
}

void GroupInfoDialog::retranslate()
{
    m_name->setAccessibleName(QCoreApplication::translate("GroupInfo", "Group name"));
    m_rename->setText(QCoreApplication::translate("GroupInfo", "Rename"));
    m_members->setAccessibleName(QCoreApplication::translate("GroupInfo", "Members"));
    m_add->setText(QCoreApplication::translate("GroupInfo", "Add…"));
    m_remove->setText(QCoreApplication::translate("GroupInfo", "Remove"));
    m_makeAdmin->setText(QCoreApplication::translate("GroupInfo", "Make admin"));
    m_report->setText(QCoreApplication::translate("ReportDialog", "Report…"));
    m_report->setAccessibleName(QCoreApplication::translate("GroupInfo", "Report this member"));
    m_block->setText(QCoreApplication::translate("Blocking", "Block"));
    m_block->setAccessibleName(QCoreApplication::translate("GroupInfo", "Block this member"));
    m_leave->setText(QCoreApplication::translate("GroupInfo", "Leave group"));
    m_onlyAdminsSend->setText(
        QCoreApplication::translate("GroupInfo", "Only admins can send messages"));
    m_membersRename->setText(
        QCoreApplication::translate("GroupInfo", "Members can change the group's name"));
    m_linkLabel->setText(QCoreApplication::translate("GroupInfo", "<b>Invite link</b>"));
    m_linkOn->setText(QCoreApplication::translate("GroupInfo", "Invite people with a link"));
    m_linkApproval->setText(
        QCoreApplication::translate("GroupInfo", "An admin approves each new member"));
    m_link->setAccessibleName(QCoreApplication::translate("GroupInfo", "Invite link"));
    m_copyLink->setText(QCoreApplication::translate("GroupInfo", "Copy"));
    m_copyLink->setAccessibleName(QCoreApplication::translate("GroupInfo", "Copy the invite link"));
    m_resetLink->setText(QCoreApplication::translate("GroupInfo", "Reset link"));
    m_requests->setAccessibleName(
        QCoreApplication::translate("GroupInfo", "People asking to join"));
    m_approve->setText(QCoreApplication::translate("GroupInfo", "Let in"));
    m_decline->setText(QCoreApplication::translate("GroupInfo", "Decline"));
    refresh();
}

void GroupInfoDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace cove::ui
