// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContactInfoDialog.h"

#include "Account.h"
#include "AppSession.h"
#include "Bidi.h"
#include "ConversationListModel.h"
#include "CoveId.h"
#include "Dialogs.h"
#include "Messenger.h"
#include "ReportDialog.h"
#include "SafetyNumbers.h"

#include <QApplication>
#include <QClipboard>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace cove::ui {

ContactInfoDialog::ContactInfoDialog(app::Session &session, qint64 conversationId, QWidget *parent)
    : QDialog(parent), m_session(session), m_conversationId(conversationId),
      m_name(new QLineEdit(this)), m_saveName(new QPushButton(this)), m_idLabel(new QLabel(this)),
      m_id(new QLabel(this)), m_copyId(new QPushButton(this)), m_safetyLabel(new QLabel(this)),
      m_safety(new QLabel(this)), m_compare(new QPushButton(this)), m_timerLabel(new QLabel(this)),
      m_timer(new QLabel(this)), m_groupsLabel(new QLabel(this)), m_groups(new QListWidget(this)),
      m_block(new QPushButton(this)), m_report(new QPushButton(this)),
      m_remove(new QPushButton(this))
{
    setObjectName(QStringLiteral("contactInfo"));
    m_name->setObjectName(QStringLiteral("contactName"));
    m_saveName->setObjectName(QStringLiteral("saveContactName"));
    m_safety->setObjectName(QStringLiteral("safetyState"));
    m_groups->setObjectName(QStringLiteral("sharedGroups"));
    m_block->setObjectName(QStringLiteral("blockContact"));
    m_report->setObjectName(QStringLiteral("reportContact"));
    m_remove->setObjectName(QStringLiteral("removeContact"));
    m_name->setMaxLength(64);
    m_id->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_id->setLayoutDirection(Qt::LeftToRight);
    m_groups->setMaximumHeight(110);
    if (auto conv = session.messenger().conversation(conversationId))
        m_peerId = conv->peerId;

    auto *nameRow = new QHBoxLayout;
    nameRow->addWidget(m_name, 1);
    nameRow->addWidget(m_saveName);
    auto *idRow = new QHBoxLayout;
    idRow->addWidget(m_id, 1);
    idRow->addWidget(m_copyId);
    auto *safetyRow = new QHBoxLayout;
    safetyRow->addWidget(m_safety, 1);
    safetyRow->addWidget(m_compare);
    auto *form = new QFormLayout;
    form->addRow(nameRow);
    form->addRow(m_idLabel, idRow);
    form->addRow(m_safetyLabel, safetyRow);
    form->addRow(m_timerLabel, m_timer);
    form->addRow(m_groupsLabel, m_groups);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_block, QDialogButtonBox::ActionRole);
    buttons->addButton(m_report, QDialogButtonBox::ActionRole);
    // A child removes a contact the guardian approved (the guardian is
    // told); nobody removes their guardian.
    const bool guarded = session.messenger().guardedMode() == app::Messenger::GuardedMode::On;
    const auto known = session.messenger().contact(m_peerId);
    const bool removable =
        known && known->has_value() && !(guarded && m_peerId == session.messenger().guardianId());
    if (removable)
        buttons->addButton(m_remove, QDialogButtonBox::ActionRole);
    m_remove->setVisible(removable);
    auto *box = new QVBoxLayout(this);
    box->addLayout(form);
    box->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_saveName, &QPushButton::clicked, this, &ContactInfoDialog::saveName);
    connect(m_name, &QLineEdit::returnPressed, this, &ContactInfoDialog::saveName);
    connect(m_copyId, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(protocol::displayCoveId(m_peerId)); });
    connect(m_compare, &QPushButton::clicked, this,
            [this] { Q_EMIT safetyNumberRequested(m_peerId); });
    connect(m_report, &QPushButton::clicked, this, [this] {
        ReportDialog::reportConversation(m_session, m_conversationId, m_peerId, this);
    });
    connect(m_remove, &QPushButton::clicked, this, [this, guarded] {
        const QString question =
            guarded
                ? QCoreApplication::translate("Guarded", "Remove %1? Your guardian will be told.")
                : tr("Remove %1 from your contacts? Your chat stays, and %1 is not told.");
        if (QMessageBox::question(this, windowTitle(), question.arg(isolate(windowTitle()))) !=
            QMessageBox::Yes)
            return;
        if (auto r = m_session.messenger().removeContact(m_peerId); !r) {
            QMessageBox::warning(this, windowTitle(), describe(r.error()));
            return;
        }
        accept();
    });
    connect(m_block, &QPushButton::clicked, this, [this] {
        app::Messenger &messenger = m_session.messenger();
        const auto blocked = messenger.isBlocked(m_peerId);
        const bool blocking = !(blocked && *blocked);
        const QString name = windowTitle();
        if (blocking &&
            QMessageBox::question(
                this, QCoreApplication::translate("Blocking", "Block %1?").arg(isolate(name)),
                QCoreApplication::translate("Blocking",
                                            "%1 is not told. Their messages and group invitations "
                                            "stop reaching you. You can unblock them in Settings.")
                    .arg(isolate(name))) != QMessageBox::Yes)
            return;
        auto r = blocking ? messenger.block(m_peerId) : messenger.unblock(m_peerId);
        if (!r)
            QMessageBox::warning(this, windowTitle(), describe(r.error()));
        refresh();
    });
    connect(&session.messenger(), &app::Messenger::conversationChanged, this, [this](qint64 id) {
        if (id == m_conversationId)
            refresh();
    });
    connect(&session.messenger(), &app::Messenger::blocksChanged, this,
            &ContactInfoDialog::refresh);
    retranslate();
    resize(460, sizeHint().height());
}

void ContactInfoDialog::saveName()
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty())
        return;
    auto r = m_session.messenger().addContact(m_peerId, name);
    if (!r)
        QMessageBox::warning(this, windowTitle(), describe(r.error()));
    refresh();
}

void ContactInfoDialog::refresh()
{
    app::Messenger &messenger = m_session.messenger();
    auto conv = messenger.conversation(m_conversationId);
    if (!conv || m_peerId.isEmpty())
        return;
    setWindowTitle(app::conversationTitle(m_session.account(), *conv));
    const auto contact = messenger.contact(m_peerId);
    const bool known = contact && contact->has_value();
    if (!m_name->hasFocus())
        m_name->setText(known ? (*contact)->displayName : QString());
    m_name->setPlaceholderText(QCoreApplication::translate("ContactInfo", "Their name"));
    m_saveName->setText(known ? QCoreApplication::translate("ContactInfo", "Rename")
                              : QCoreApplication::translate("ContactInfo", "Add to contacts"));
    m_id->setText(protocol::displayCoveId(m_peerId));

    app::SafetyNumbers numbers(m_session.account());
    const auto number = numbers.safetyNumber(m_peerId);
    m_safety->setText(!number ? QCoreApplication::translate(
                                    "ContactInfo", "Not yet: you have not exchanged messages.")
                      : number->verified
                          ? QCoreApplication::translate("ContactInfo", "✓ Verified")
                          : QCoreApplication::translate("ContactInfo", "Not verified"));
    m_compare->setEnabled(bool(number));
    m_timer->setText(timerLabel(conv->expireTimerSeconds.value_or(0)));

    m_groups->clear();
    if (auto shared = messenger.groupsWith(m_peerId))
        for (const storage::Conversation &g : std::as_const(*shared))
            m_groups->addItem(app::conversationTitle(m_session.account(), g));
    if (m_groups->count() == 0)
        m_groups->addItem(QCoreApplication::translate("ContactInfo", "No groups in common"));
    m_groups->setEnabled(m_groups->count() > 0);

    const auto blocked = messenger.isBlocked(m_peerId);
    m_block->setText(blocked && *blocked ? QCoreApplication::translate("Blocking", "Unblock")
                                         : QCoreApplication::translate("Blocking", "Block"));
}

void ContactInfoDialog::retranslate()
{
    m_name->setAccessibleName(QCoreApplication::translate("ContactInfo", "Name"));
    m_idLabel->setText(QCoreApplication::translate("ContactInfo", "Cove ID"));
    m_copyId->setText(QCoreApplication::translate("ContactInfo", "Copy"));
    m_safetyLabel->setText(QCoreApplication::translate("ContactInfo", "Safety number"));
    m_compare->setText(QCoreApplication::translate("ContactInfo", "Compare…"));
    m_timerLabel->setText(QCoreApplication::translate("Disappearing", "Disappearing messages"));
    m_groupsLabel->setText(QCoreApplication::translate("ContactInfo", "Groups in common"));
    m_groups->setAccessibleName(QCoreApplication::translate("ContactInfo", "Groups in common"));
    m_report->setText(QCoreApplication::translate("ReportDialog", "Report…"));
    m_remove->setText(QCoreApplication::translate("Guarded", "Remove"));
    refresh();
}

void ContactInfoDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace cove::ui
