// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppError.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace cove::app {
class Session;
}

namespace cove::ui {

/// What the person reads when something failed: plain words for the kind
/// of failure, never the developer detail alone.
[[nodiscard]] QString describe(const app::AppError &error);

/// The disappearing-message durations offered, in seconds; 0 is off.
[[nodiscard]] const QList<quint32> &timerChoices();
/// A duration as people say it ("Off", "1 hour", "4 weeks").
[[nodiscard]] QString timerLabel(quint32 seconds);

/// Add a contact by Cove ID (checked as it is typed) and a name.
class AddContactDialog : public QDialog {
    Q_OBJECT
public:
    explicit AddContactDialog(app::Session &session, QWidget *parent = nullptr);
    /// The direct conversation with the added contact, once accepted.
    [[nodiscard]] qint64 conversationId() const noexcept { return m_conversationId; }

    void accept() override;
    /// Fills the Cove ID from the QR code in a picture (someone's contact
    /// link, or their Cove ID); false, with a hint, when it holds none.
    bool readQrImage(const QImage &image);
    /// Fills in someone's Cove ID or contact link (a link clicked elsewhere).
    void setLink(const QString &link);

private:
    void validate();
    void chooseQrImage();

    app::Session &m_session;
    QLineEdit *m_id;
    QLineEdit *m_name;
    QLabel *m_hint;
    QDialogButtonBox *m_buttons;
    qint64 m_conversationId = 0;
    bool m_armed = true; ///< false for a moment after a link filled it in
};

/// A new group: its name and members chosen from the contacts.
class NewGroupDialog : public QDialog {
    Q_OBJECT
public:
    explicit NewGroupDialog(app::Session &session, QWidget *parent = nullptr);
    [[nodiscard]] qint64 conversationId() const noexcept { return m_conversationId; }

    void accept() override;

private:
    app::Session &m_session;
    QLineEdit *m_name;
    QListWidget *m_members;
    qint64 m_conversationId = 0;
};

/// Settings: language, theme, notifications, read receipts, the person's
/// Cove ID and passphrase.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(app::Session &session, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void changePassphrase();
    void backUp();
    void setUnlockOnThisComputer(bool on);
    void refreshBlocked();

    app::Session &m_session;
    QComboBox *m_language;
    QComboBox *m_theme;
    QComboBox *m_notifications;
    QCheckBox *m_readReceipts;
    QLabel *m_whoLabel;
    QComboBox *m_whoCanMessage;
    QLabel *m_whoNote;
    QLabel *m_groupAddsLabel;
    QComboBox *m_groupAdds;
    QLabel *m_timerLabel;
    QComboBox *m_defaultTimer;
    QLabel *m_coveId;
    QLabel *m_languageLabel;
    QLabel *m_themeLabel;
    QLabel *m_notificationsLabel;
    QLabel *m_idLabel;
    QPushButton *m_passphrase;
    QPushButton *m_backup;
    QCheckBox *m_remember;
    QLabel *m_blockedLabel;
    QListWidget *m_blocked;
    QPushButton *m_unblock;
    QDialogButtonBox *m_buttons;
};

/// The app-wide preferences kept outside any profile (they apply before
/// unlocking): language and theme.
namespace prefs {
[[nodiscard]] QString language();
void setLanguage(const QString &code);
[[nodiscard]] QString theme();
void setTheme(const QString &name);
/// Whether the profile at `dir` unlocks with the key in the keychain (the
/// flag says only that the person chose it; the key is in the keychain).
[[nodiscard]] bool unlocksWithKeychain(const QString &dir);
void setUnlocksWithKeychain(const QString &dir, bool on);
} // namespace prefs

/// Profile setting "notifications": "content" (name and text), "name"
/// (only who wrote), "off".
inline constexpr auto kNotificationsSetting = "notifications";

} // namespace cove::ui
