// SPDX-License-Identifier: GPL-3.0-or-later
#include "Dialogs.h"

#include "Account.h"
#include "AppSession.h"
#include "Bidi.h"
#include "Contacts.h"
#include "ConversationListModel.h"
#include "CoveId.h"
#include "InviteLink.h"
#include "KeyFile.h"
#include "Language.h"
#include "Messenger.h"
#include "Profile.h"
#include "QrCode.h"
#include "Theme.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace cove::ui {

namespace {

/// Asks for passphrases (hidden as typed), one field per label, under an
/// optional intro; nullopt when the person cancels.
std::optional<QStringList> askPassphrases(QWidget *parent, const QString &title,
                                          const QString &intro, const QStringList &labels)
{
    QDialog d(parent);
    d.setWindowTitle(title);
    auto *box = new QVBoxLayout(&d);
    if (!intro.isEmpty()) {
        auto *text = new QLabel(intro, &d);
        text->setWordWrap(true);
        box->addWidget(text);
    }
    auto *form = new QFormLayout;
    QList<QLineEdit *> fields;
    for (const QString &label : labels) {
        auto *field = new QLineEdit(&d);
        field->setEchoMode(QLineEdit::Password);
        form->addRow(label, field);
        fields.append(field);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &d);
    box->addLayout(form);
    box->addWidget(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &d, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &d, &QDialog::reject);
    if (d.exec() != QDialog::Accepted)
        return std::nullopt;
    QStringList typed;
    for (const QLineEdit *field : std::as_const(fields))
        typed.append(field->text());
    return typed;
}

} // namespace

const QList<quint32> &timerChoices()
{
    static const QList<quint32> list = {
        0, 5 * 60, 60 * 60, 8 * 60 * 60, 24 * 60 * 60, 7 * 24 * 60 * 60, 4 * 7 * 24 * 60 * 60};
    return list;
}

QString timerLabel(quint32 seconds)
{
    constexpr quint32 minute = 60, hour = 60 * minute, day = 24 * hour, week = 7 * day;
    if (seconds == 0)
        return QCoreApplication::translate("Disappearing", "Off");
    if (seconds % week == 0)
        return QCoreApplication::translate("Disappearing", "%n week(s)", nullptr,
                                           int(seconds / week));
    if (seconds % day == 0)
        return QCoreApplication::translate("Disappearing", "%n day(s)", nullptr,
                                           int(seconds / day));
    if (seconds % hour == 0)
        return QCoreApplication::translate("Disappearing", "%n hour(s)", nullptr,
                                           int(seconds / hour));
    if (seconds % minute == 0)
        return QCoreApplication::translate("Disappearing", "%n minute(s)", nullptr,
                                           int(seconds / minute));
    return QCoreApplication::translate("Disappearing", "%n second(s)", nullptr, int(seconds));
}

QString describe(const app::AppError &error)
{
    QString what;
    switch (error.code) {
    case app::AppError::Code::Storage:
        what = QApplication::translate("cove::ui::Dialogs",
                                       "Cove could not save this on this computer. Is the disk "
                                       "full?");
        break;
    case app::AppError::Code::Protocol:
        what = QApplication::translate("cove::ui::Dialogs",
                                       "The message could not be encrypted or decrypted.");
        break;
    case app::AppError::Code::Network:
        what = QApplication::translate("cove::ui::Dialogs",
                                       "The relay cannot be reached right now. Messages wait and "
                                       "go out when the connection is back.");
        break;
    case app::AppError::Code::NotFound:
        what = QApplication::translate("cove::ui::Dialogs", "It is not there any more.");
        break;
    case app::AppError::Code::InvalidArgument:
        what = QApplication::translate("cove::ui::Dialogs",
                                       "That did not work. Check what you entered.");
        break;
    case app::AppError::Code::IdentityChanged:
        what = QApplication::translate("cove::ui::Dialogs",
                                       "The safety number with this contact changed. Compare "
                                       "it before you continue.");
        break;
    case app::AppError::Code::NotAllowed:
        what = QApplication::translate("cove::ui::Dialogs",
                                       "You are not allowed to do that here (only group admins "
                                       "can change a group).");
        break;
    case app::AppError::Code::WrongPassphrase:
        what = QApplication::translate("cove::ui::Dialogs", "That passphrase is not right.");
        break;
    case app::AppError::Code::ProfileBusy:
        what = QApplication::translate("cove::ui::Dialogs",
                                       "This profile is open in another Cove window.");
        break;
    }
    return error.detail.isEmpty()
               ? what
               : what + QStringLiteral("\n\n(") + error.detail + QLatin1Char(')');
}

namespace prefs {

namespace {
QSettings settings()
{
    return QSettings(QStringLiteral("Cove"), QStringLiteral("Cove"));
}
} // namespace

QString language()
{
    return settings().value(QStringLiteral("language")).toString();
}

void setLanguage(const QString &code)
{
    settings().setValue(QStringLiteral("language"), code);
}

QString theme()
{
    return settings().value(QStringLiteral("theme"), QStringLiteral("system")).toString();
}

void setTheme(const QString &name)
{
    settings().setValue(QStringLiteral("theme"), name);
}

bool unlocksWithKeychain(const QString &dir)
{
    return settings()
        .value(QStringLiteral("keychain/") + storage::Profile::idFor(dir), false)
        .toBool();
}

void setUnlocksWithKeychain(const QString &dir, bool on)
{
    const QString key = QStringLiteral("keychain/") + storage::Profile::idFor(dir);
    if (on)
        settings().setValue(key, true);
    else
        settings().remove(key);
}

} // namespace prefs

// ---- AddContactDialog ---------------------------------------------------------------------

AddContactDialog::AddContactDialog(app::Session &session, QWidget *parent)
    : QDialog(parent), m_session(session), m_id(new QLineEdit(this)), m_name(new QLineEdit(this)),
      m_hint(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Add a contact"));
    if (session.messenger().isGuarded())
        setWindowTitle(QCoreApplication::translate("Guarded", "Ask to add someone"));
    m_id->setObjectName(QStringLiteral("coveIdInput"));
    m_id->setPlaceholderText(QStringLiteral("XXXX-XXXX-XXXX-XXXX-XX"));
    m_id->setAccessibleName(tr("Cove ID"));
    m_id->setLayoutDirection(Qt::LeftToRight);
    m_name->setAccessibleName(tr("Name"));
    m_name->setPlaceholderText(tr("How you call them"));
    m_name->setMaxLength(64);
    m_hint->setWordWrap(true);
    auto *intro = new QLabel(tr("Ask them for their Cove ID: it is under Settings in their app. "
                                "It ends in a check, so a typo is caught."),
                             this);
    intro->setWordWrap(true);
    auto *linkNote = new QLabel(tr("A contact link (cove://contact/…) works too."), this);
    linkNote->setWordWrap(true);
    auto *fromQr = new QPushButton(tr("From a QR code picture…"), this);
    fromQr->setObjectName(QStringLiteral("qrImageButton"));
    fromQr->setToolTip(tr("Read the contact link from a photo or screenshot of their QR code"));
    connect(fromQr, &QPushButton::clicked, this, &AddContactDialog::chooseQrImage);
    auto *form = new QFormLayout;
    form->addRow(tr("Cove ID"), m_id);
    form->addRow(tr("Name"), m_name);
    auto *box = new QVBoxLayout(this);
    box->addWidget(intro);
    box->addWidget(linkNote);
    box->addLayout(form);
    box->addWidget(fromQr, 0, Qt::AlignLeading);
    box->addWidget(m_hint);
    box->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Add"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AddContactDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_id, &QLineEdit::textChanged, this, &AddContactDialog::validate);
    validate();
    resize(440, sizeHint().height());
}

void AddContactDialog::setLink(const QString &link)
{
    // Opened by a link from elsewhere, maybe while the person was typing:
    // an Enter meant for something else does not add anyone.
    m_armed = false;
    QTimer::singleShot(1000, this, [this] {
        m_armed = true;
        validate();
    });
    m_id->setText(link);
    m_name->setFocus();
}

void AddContactDialog::validate()
{
    const QString typed = m_id->text().trimmed();
    QString id = protocol::normalizeCoveId(typed);
    QString hint;
    if (id.isEmpty() && typed.contains(QStringLiteral("://"))) {
        protocol::Result<protocol::InviteLink> link = protocol::parseInviteLink(typed);
        if (!link)
            hint = tr("This is not a Cove contact link.");
        else if (const auto *contact = std::get_if<protocol::ContactLink>(&*link))
            id = contact->coveId;
        else
            hint = tr("This is a group's invite link: use “Join a group by link” in the Cove "
                      "menu.");
    } else if (!typed.isEmpty() && id.isEmpty())
        hint = tr("This is not a Cove ID yet: 18 letters and digits, dashes optional.");
    else if (!id.isEmpty() && id == m_session.account().coveId())
        hint = tr("This is your own Cove ID.");
    m_hint->setText(hint);
    m_hint->setVisible(!hint.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(m_armed && !id.isEmpty() && id != m_session.account().coveId());
}

void AddContactDialog::chooseQrImage()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("A picture of a QR code"), QDir::homePath(),
                                     tr("Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp)"));
    if (!path.isEmpty())
        readQrImage(QImage(path));
}

bool AddContactDialog::readQrImage(const QImage &image)
{
    for (const QString &text : readQrCodes(image)) {
        const bool coveId = !protocol::normalizeCoveId(text).isEmpty();
        protocol::Result<protocol::InviteLink> link = protocol::parseInviteLink(text);
        if (coveId || (link && std::holds_alternative<protocol::ContactLink>(*link))) {
            m_id->setText(text.trimmed());
            return true;
        }
        if (link) { // a group's link: validate() says what to do with it
            m_id->setText(text.trimmed());
            return false;
        }
    }
    m_hint->setText(tr("No Cove QR code was found in this picture."));
    m_hint->show();
    return false;
}

void AddContactDialog::accept()
{
    if (m_session.messenger().isGuarded()) {
        // A child asks; the guardian decides.
        if (auto r = m_session.messenger().askForContact(m_id->text(), m_name->text().trimmed());
            !r) {
            QMessageBox::warning(this, windowTitle(), describe(r.error()));
            return;
        }
        QMessageBox::information(
            this, windowTitle(),
            QCoreApplication::translate("Guarded", "We asked your guardian. You can chat when "
                                                   "they say yes."));
        QDialog::accept();
        return;
    }
    auto contact = m_session.messenger().addContact(m_id->text(), m_name->text().trimmed());
    if (!contact) {
        QMessageBox::warning(this, windowTitle(), describe(contact.error()));
        return;
    }
    auto conv = m_session.messenger().directConversation(contact->coveId);
    if (conv)
        m_conversationId = conv->id;
    QDialog::accept();
}

// ---- NewGroupDialog -----------------------------------------------------------------------

NewGroupDialog::NewGroupDialog(app::Session &session, QWidget *parent)
    : QDialog(parent), m_session(session), m_name(new QLineEdit(this)),
      m_members(new QListWidget(this))
{
    setWindowTitle(tr("New group"));
    m_name->setPlaceholderText(tr("Group name"));
    m_name->setAccessibleName(tr("Group name"));
    m_name->setMaxLength(64);
    m_members->setAccessibleName(tr("Members"));
    if (auto all = session.messenger().contacts()) {
        QList<storage::Contact> sorted = *all;
        std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) {
            return QString::localeAwareCompare(a.displayName, b.displayName) < 0;
        });
        for (const storage::Contact &c : sorted) {
            auto *item = new QListWidgetItem(c.displayName, m_members);
            item->setData(Qt::UserRole, c.coveId);
            item->setToolTip(protocol::displayCoveId(c.coveId));
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    auto *box = new QVBoxLayout(this);
    box->addWidget(m_name);
    box->addWidget(new QLabel(tr("Members (you are the admin):"), this));
    box->addWidget(m_members, 1);
    box->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &NewGroupDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(380, 460);
}

void NewGroupDialog::accept()
{
    QStringList ids;
    for (int i = 0; i < m_members->count(); ++i)
        if (m_members->item(i)->checkState() == Qt::Checked)
            ids.append(m_members->item(i)->data(Qt::UserRole).toString());
    if (m_name->text().trimmed().isEmpty() || ids.isEmpty()) {
        QMessageBox::information(this, windowTitle(),
                                 tr("Give the group a name and choose at least one member."));
        return;
    }
    auto conv = m_session.messenger().createGroup(m_name->text().trimmed(), ids);
    if (!conv) {
        QMessageBox::warning(this, windowTitle(), describe(conv.error()));
        return;
    }
    m_conversationId = conv->id;
    QDialog::accept();
}

// ---- SettingsDialog -----------------------------------------------------------------------

SettingsDialog::SettingsDialog(app::Session &session, QWidget *parent)
    : QDialog(parent), m_session(session), m_language(new QComboBox(this)),
      m_theme(new QComboBox(this)), m_notifications(new QComboBox(this)),
      m_readReceipts(new QCheckBox(this)), m_whoLabel(new QLabel(this)),
      m_whoCanMessage(new QComboBox(this)), m_whoNote(new QLabel(this)),
      m_groupAddsLabel(new QLabel(this)), m_groupAdds(new QComboBox(this)),
      m_timerLabel(new QLabel(this)), m_defaultTimer(new QComboBox(this)),
      m_coveId(new QLabel(this)), m_languageLabel(new QLabel(this)), m_themeLabel(new QLabel(this)),
      m_notificationsLabel(new QLabel(this)), m_idLabel(new QLabel(this)),
      m_passphrase(new QPushButton(this)), m_backup(new QPushButton(this)),
      m_remember(new QCheckBox(this)), m_blockedLabel(new QLabel(this)),
      m_blocked(new QListWidget(this)), m_unblock(new QPushButton(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    m_blocked->setObjectName(QStringLiteral("blockedList"));
    m_blocked->setMaximumHeight(120);
    m_unblock->setObjectName(QStringLiteral("unblockButton"));
    m_unblock->setEnabled(false);
    m_language->setObjectName(QStringLiteral("languageBox"));
    for (const Language::Entry &e : Language::available())
        m_language->addItem(e.nativeName, e.code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(Language::current())));
    m_theme->addItem(QString(), QStringLiteral("system"));
    m_theme->addItem(QString(), QStringLiteral("light"));
    m_theme->addItem(QString(), QStringLiteral("dark"));
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(Theme::toString(Theme::mode()))));
    m_notifications->addItem(QString(), QStringLiteral("content"));
    m_notifications->addItem(QString(), QStringLiteral("name"));
    m_notifications->addItem(QString(), QStringLiteral("off"));
    const QString notif = QString::fromUtf8(
        session.account().setting(QString::fromLatin1(kNotificationsSetting), "name"));
    m_notifications->setCurrentIndex(std::max(0, m_notifications->findData(notif)));
    m_readReceipts->setChecked(session.account().setting(QStringLiteral("read_receipts"), "1") !=
                               "0");
    m_whoCanMessage->setObjectName(QStringLiteral("whoCanMessageBox"));
    m_whoCanMessage->addItem(QString(), false);
    m_whoCanMessage->addItem(QString(), true);
    m_whoCanMessage->setCurrentIndex(session.messenger().reachability().contactsOnly() ? 1 : 0);
    m_groupAdds->setObjectName(QStringLiteral("whoCanAddToGroupsBox"));
    m_groupAdds->addItem(QString(), false);
    m_groupAdds->addItem(QString(), true);
    m_groupAdds->setCurrentIndex(session.messenger().groupAddsFromContactsOnly() ? 1 : 0);
    m_defaultTimer->setObjectName(QStringLiteral("defaultTimerBox"));
    for (const quint32 seconds : timerChoices())
        m_defaultTimer->addItem(QString(), seconds);
    m_defaultTimer->setCurrentIndex(std::max(
        0, m_defaultTimer->findData(session.messenger().defaultExpireTimer().value_or(0))));
    m_whoNote->setWordWrap(true);
    m_whoNote->setForegroundRole(QPalette::PlaceholderText);
    m_coveId->setText(protocol::displayCoveId(session.account().coveId()));
    m_coveId->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_coveId->setLayoutDirection(Qt::LeftToRight);
    QFont mono = m_coveId->font();
    mono.setFamily(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    mono.setPointSizeF(mono.pointSizeF() * 1.15);
    m_coveId->setFont(mono);
    auto *copy = new QToolButton(this);
    copy->setText(tr("Copy"));
    connect(copy, &QToolButton::clicked, this, [this] {
        QApplication::clipboard()->setText(protocol::displayCoveId(m_session.account().coveId()));
    });
    auto *copyLink = new QToolButton(this);
    copyLink->setText(tr("Copy contact link"));
    copyLink->setToolTip(tr("A link that adds you as a contact: cove://contact/…"));
    connect(copyLink, &QToolButton::clicked, this, [this] {
        QApplication::clipboard()->setText(
            protocol::formatContactLink(m_session.account().coveId()));
    });
    auto *showQr = new QToolButton(this);
    showQr->setObjectName(QStringLiteral("showQr"));
    showQr->setText(tr("QR code"));
    showQr->setCheckable(true);
    auto *qr = new QrCodeWidget(this);
    qr->setObjectName(QStringLiteral("contactQr"));
    qr->setData(protocol::formatContactLink(session.account().coveId()).toUtf8());
    qr->setMaximumSize(180, 180);
    qr->setAccessibleName(tr("Your contact link as a QR code"));
    qr->hide();
    connect(showQr, &QToolButton::toggled, qr, &QWidget::setVisible);
    auto *idRow = new QHBoxLayout;
    idRow->addWidget(m_coveId);
    idRow->addWidget(copy);
    idRow->addWidget(copyLink);
    idRow->addWidget(showQr);
    idRow->addStretch();

    auto *form = new QFormLayout;
    form->addRow(m_idLabel, idRow);
    form->addRow(QString(), qr);
    form->addRow(m_languageLabel, m_language);
    form->addRow(m_themeLabel, m_theme);
    form->addRow(m_notificationsLabel, m_notifications);
    form->addRow(QString(), m_readReceipts);
    form->addRow(m_whoLabel, m_whoCanMessage);
    form->addRow(QString(), m_whoNote);
    form->addRow(m_groupAddsLabel, m_groupAdds);
    form->addRow(m_timerLabel, m_defaultTimer);
    auto *securityRow = new QHBoxLayout;
    securityRow->addWidget(m_passphrase);
    securityRow->addWidget(m_backup);
    securityRow->addStretch();
    form->addRow(QString(), securityRow);
    form->addRow(QString(), m_remember);
    auto *blockedRow = new QHBoxLayout;
    blockedRow->addWidget(m_blocked, 1);
    blockedRow->addWidget(m_unblock, 0, Qt::AlignTop);
    form->addRow(m_blockedLabel, blockedRow);
    auto *box = new QVBoxLayout(this);
    box->addLayout(form);
    box->addStretch();
    box->addWidget(m_buttons);

    connect(m_language, &QComboBox::activated, this, [this] {
        const QString code = m_language->currentData().toString();
        Language::apply(code);
        prefs::setLanguage(code);
    });
    connect(m_theme, &QComboBox::activated, this, [this] {
        const QString name = m_theme->currentData().toString();
        Theme::apply(Theme::fromString(name));
        prefs::setTheme(name);
    });
    connect(m_notifications, &QComboBox::activated, this, [this] {
        (void)m_session.account().setSetting(QString::fromLatin1(kNotificationsSetting),
                                             m_notifications->currentData().toString().toUtf8());
    });
    connect(m_defaultTimer, &QComboBox::activated, this, [this] {
        const quint32 seconds = m_defaultTimer->currentData().toUInt();
        if (auto r = m_session.messenger().setDefaultExpireTimer(
                seconds ? std::optional<quint32>(seconds) : std::nullopt);
            !r)
            QMessageBox::warning(this, tr("Settings"), describe(r.error()));
    });
    connect(m_readReceipts, &QCheckBox::toggled, this, [this](bool on) {
        (void)m_session.account().setSetting(QStringLiteral("read_receipts"), on ? "1" : "0");
    });
    connect(m_whoCanMessage, &QComboBox::activated, this, [this] {
        const bool contactsOnly = m_whoCanMessage->currentData().toBool();
        if (auto r = m_session.messenger().reachability().setContactsOnly(contactsOnly); !r) {
            QMessageBox::warning(this, tr("Settings"), describe(r.error()));
            m_whoCanMessage->setCurrentIndex(contactsOnly ? 0 : 1);
        }
    });
    connect(m_groupAdds, &QComboBox::activated, this, [this] {
        const bool contactsOnly = m_groupAdds->currentData().toBool();
        if (auto r = m_session.messenger().setGroupAddsFromContactsOnly(contactsOnly); !r) {
            QMessageBox::warning(this, tr("Settings"), describe(r.error()));
            m_groupAdds->setCurrentIndex(contactsOnly ? 0 : 1);
        }
    });
    connect(m_passphrase, &QPushButton::clicked, this, &SettingsDialog::changePassphrase);
    connect(m_backup, &QPushButton::clicked, this, &SettingsDialog::backUp);
    m_remember->setObjectName(QStringLiteral("rememberKey"));
    m_remember->setChecked(prefs::unlocksWithKeychain(session.account().profile().directory()));
    connect(m_remember, &QCheckBox::clicked, this, &SettingsDialog::setUnlockOnThisComputer);
    connect(m_blocked, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        m_unblock->setEnabled(item && !item->data(Qt::UserRole).toString().isEmpty());
    });
    connect(m_unblock, &QPushButton::clicked, this, [this] {
        const QListWidgetItem *item = m_blocked->currentItem();
        if (!item)
            return;
        if (auto r = m_session.messenger().unblock(item->data(Qt::UserRole).toString()); !r)
            QMessageBox::warning(this, tr("Settings"), describe(r.error()));
    });
    connect(&m_session.messenger(), &app::Messenger::blocksChanged, this,
            &SettingsDialog::refreshBlocked);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
    resize(520, sizeHint().height());
}

void SettingsDialog::retranslate()
{
    setWindowTitle(tr("Settings"));
    m_idLabel->setText(tr("Your Cove ID"));
    m_languageLabel->setText(tr("Language"));
    m_themeLabel->setText(tr("Theme"));
    m_notificationsLabel->setText(tr("Notifications"));
    m_theme->setItemText(0, tr("Same as the system"));
    m_theme->setItemText(1, tr("Light"));
    m_theme->setItemText(2, tr("Dark"));
    m_notifications->setItemText(0, tr("Show the sender and the message"));
    m_notifications->setItemText(1, tr("Show only the sender"));
    m_notifications->setItemText(2, tr("Off"));
    m_readReceipts->setText(tr("Send read receipts"));
    m_timerLabel->setText(
        QCoreApplication::translate("Disappearing", "Disappearing messages in new chats"));
    m_defaultTimer->setAccessibleName(m_timerLabel->text());
    for (int i = 0; i < m_defaultTimer->count(); ++i)
        m_defaultTimer->setItemText(i, timerLabel(m_defaultTimer->itemData(i).toUInt()));
    m_readReceipts->setToolTip(
        tr("When off, people don't see when you read their messages, and you don't see theirs."));
    m_passphrase->setText(tr("Change passphrase…"));
    m_backup->setText(tr("Back up…"));
    m_backup->setToolTip(tr("Save all your conversations, contacts and keys in one encrypted "
                            "file, to restore on this or another computer."));
    m_remember->setText(tr("Unlock automatically on this computer"));
    m_remember->setToolTip(tr("Your key is kept in this computer's keychain. Anyone who can use "
                              "your computer account can then open Cove."));
    m_language->setAccessibleName(tr("Language"));
    m_theme->setAccessibleName(tr("Theme"));
    m_notifications->setAccessibleName(tr("Notifications"));
    m_blockedLabel->setText(QCoreApplication::translate("Blocking", "Blocked people"));
    m_blocked->setAccessibleName(QCoreApplication::translate("Blocking", "Blocked people"));
    m_unblock->setText(QCoreApplication::translate("Blocking", "Unblock"));
    m_whoLabel->setText(QCoreApplication::translate("Reachability", "Who can message me"));
    m_whoCanMessage->setAccessibleName(
        QCoreApplication::translate("Reachability", "Who can message me"));
    m_whoCanMessage->setItemText(
        0, QCoreApplication::translate("Reachability",
                                       "Everyone (strangers wait in Message requests)"));
    m_whoCanMessage->setItemText(1,
                                 QCoreApplication::translate("Reachability", "Only my contacts"));
    m_whoNote->setText(QCoreApplication::translate(
        "Reachability",
        "With “Only my contacts”, the relay keeps the list of your contacts, chats and group "
        "members so that it can turn everyone else away. They see only that their message "
        "was not delivered."));
    m_groupAddsLabel->setText(
        QCoreApplication::translate("Reachability", "Who can add me to groups"));
    m_groupAdds->setAccessibleName(
        QCoreApplication::translate("Reachability", "Who can add me to groups"));
    m_groupAdds->setItemText(
        0, QCoreApplication::translate("Reachability",
                                       "Everyone (a stranger's group shows an overview first)"));
    m_groupAdds->setItemText(
        1, QCoreApplication::translate(
               "Reachability", "Only my contacts (others' invitations wait in Message requests)"));
    refreshBlocked();
}

void SettingsDialog::refreshBlocked()
{
    m_blocked->clear();
    app::AppResult<QList<storage::Block>> list = m_session.messenger().blocked();
    if (list)
        for (const storage::Block &b : std::as_const(*list)) {
            auto *item =
                new QListWidgetItem(QStringLiteral("%1 (%2)").arg(
                                        isolate(app::personName(m_session.account(), b.coveId)),
                                        isolate(protocol::displayCoveId(b.coveId))),
                                    m_blocked);
            item->setData(Qt::UserRole, b.coveId);
        }
    if (m_blocked->count() == 0) {
        auto *none = new QListWidgetItem(
            QCoreApplication::translate("Blocking", "Nobody is blocked."), m_blocked);
        none->setFlags(Qt::NoItemFlags);
    }
    m_unblock->setEnabled(false);
}

void SettingsDialog::changePassphrase()
{
    const QString title = tr("Change passphrase");
    const std::optional<QStringList> typed = askPassphrases(
        this, title, QString(),
        {tr("Current passphrase"), tr("New passphrase"), tr("New passphrase again")});
    if (!typed)
        return;
    const QString &oldPass = typed->at(0), &newPass = typed->at(1), &again = typed->at(2);
    if (newPass != again || newPass.size() < 8) {
        QMessageBox::warning(this, title,
                             tr("The new passphrases differ, or are shorter than 8 characters. "
                                "Nothing was changed."));
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto r = m_session.account().profile().changePassphrase(oldPass, newPass);
    QApplication::restoreOverrideCursor();
    if (!r) {
        QMessageBox::warning(this, title,
                             r.error().code == storage::StorageErrorCode::WrongPassphrase
                                 ? tr("The current passphrase is not right. Nothing was changed.")
                                 : tr("The passphrase could not be changed. Nothing was changed."));
        return;
    }
    QMessageBox::information(this, title, tr("Your passphrase is changed."));
}

void SettingsDialog::setUnlockOnThisComputer(bool on)
{
    storage::Keychain keychain;
    auto r = m_session.account().rememberKey(keychain, on);
    const QString dir = m_session.account().profile().directory();
    if (!r && on) {
        m_remember->setChecked(false);
        QMessageBox::information(this, tr("Settings"),
                                 tr("This computer has no keychain Cove can use, so Cove will "
                                    "ask for your passphrase next time."));
        return;
    }
    prefs::setUnlocksWithKeychain(dir, on);
}

void SettingsDialog::backUp()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Back up"),
        QDir::home().filePath(
            QStringLiteral("cove-%1.covebackup").arg(QDate::currentDate().toString(Qt::ISODate))),
        tr("Cove backups (*.covebackup)"));
    if (path.isEmpty())
        return;
    const QString title = tr("Back up");
    const std::optional<QStringList> typed =
        askPassphrases(this, title,
                       tr("Choose a passphrase for the backup. You need it to restore; "
                          "without it nobody can read the file."),
                       {tr("Passphrase"), tr("Again")});
    if (!typed)
        return;
    const QString &pass = typed->at(0), &again = typed->at(1);
    if (pass != again || pass.size() < 8) {
        QMessageBox::warning(this, title,
                             tr("The passphrases differ, or are shorter than 8 characters. "
                                "Nothing was saved."));
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto r = m_session.account().exportBackup(path, pass);
    QApplication::restoreOverrideCursor();
    if (!r) {
        QMessageBox::warning(this, title, describe(r.error()));
        return;
    }
    QMessageBox::information(this, title,
                             tr("Your backup is saved in %1.").arg(QDir::toNativeSeparators(path)));
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace cove::ui
