// SPDX-License-Identifier: GPL-3.0-or-later
#include "GroupInfoDialog.h"

#include "Account.h"
#include "AppSession.h"
#include "Contacts.h"
#include "ConversationListModel.h"
#include "Conversations.h"
#include "CoveId.h"
#include "Dialogs.h"
#include "Messenger.h"
#include "ReportDialog.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
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
      m_limit(new QLabel(this))
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
                .arg(app::personName(m_session.account(), id)),
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
    connect(&messenger, &app::Messenger::conversationChanged, this, [this](qint64 id) {
        if (id == m_conversationId)
            refresh();
    });
    retranslate();
    resize(560, 460);
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

void GroupInfoDialog::addMember()
{
    storage::ContactRepository contacts(m_session.account().db());
    storage::ConversationRepository conversations(m_session.account().db());
    auto all = contacts.all();
    auto members = conversations.members(m_conversationId);
    if (!all || !members)
        return;
    QStringList names;
    QStringList ids;
    for (const storage::Contact &c : std::as_const(*all)) {
        const bool inside = std::any_of(members->cbegin(), members->cend(),
                                        [&](const auto &m) { return m.memberId == c.coveId; });
        if (!inside) {
            names.append(
                QStringLiteral("%1 (%2)").arg(c.displayName, protocol::displayCoveId(c.coveId)));
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
    storage::ConversationRepository conversations(m_session.account().db());
    auto members = conversations.members(m_conversationId);
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
    refresh();
}

void GroupInfoDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace cove::ui
