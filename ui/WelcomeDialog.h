// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace cove::app {
class Account;
}

namespace cove::storage {
class Keychain;
}

namespace cove::ui {

/// The first window: creates a profile (name, passphrase with a strength
/// hint, relay, language) or offers the demo; on later runs it unlocks the
/// profile with its passphrase.
class WelcomeDialog : public QDialog {
    Q_OBJECT
public:
    enum class Mode { Create, Unlock };

    WelcomeDialog(Mode mode, QString profileDir, QWidget *parent = nullptr);
    ~WelcomeDialog() override;

    /// The opened (or created) account once the dialog was accepted.
    [[nodiscard]] std::unique_ptr<app::Account> takeAccount();
    /// The person chose "Open the demo" instead.
    [[nodiscard]] bool demoRequested() const noexcept { return m_demo; }

    /// The keychain "unlock on this computer" uses (the system's by default).
    void setKeychain(storage::Keychain *keychain) noexcept { m_keychain = keychain; }
    /// Opens the profile at `dir` with the key the keychain remembered, when
    /// the person chose that; nullptr when they did not or it failed (then
    /// the passphrase is asked). A key that no longer fits is forgotten.
    [[nodiscard]] static std::unique_ptr<app::Account>
    unlockRemembered(const QString &dir, storage::Keychain &keychain);
    /// Restores a backup into this dialog's (new) profile directory and
    /// accepts; false, with the reason shown, when it did not work.
    bool restoreFrom(const QString &backupPath, const QString &passphrase);

    /// A rough strength of a passphrase, 0 (weak) to 3 (strong), from its
    /// length and the kinds of characters in it.
    [[nodiscard]] static int strength(const QString &passphrase);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateStrength();
    void create();
    void unlock();
    void chooseBackup();
    [[nodiscard]] storage::Keychain &keychain();

    Mode m_mode;
    QString m_dir;
    bool m_demo = false;
    storage::Keychain *m_keychain = nullptr;
    std::unique_ptr<storage::Keychain> m_systemKeychain;
    std::unique_ptr<app::Account> m_account;
    QStackedWidget *m_pages;
    // create
    QLabel *m_createTitle;
    QLabel *m_createIntro;
    QLabel *m_nameLabel;
    QLineEdit *m_name;
    QLabel *m_passLabel;
    QLineEdit *m_pass;
    QLabel *m_againLabel;
    QLineEdit *m_again;
    QLabel *m_strength;
    QLabel *m_relayLabel;
    QLineEdit *m_relay;
    QLabel *m_languageLabel;
    QComboBox *m_language;
    QLabel *m_createError;
    QPushButton *m_createButton;
    QPushButton *m_demoButton;
    QPushButton *m_restoreButton;
    QCheckBox *m_forChild; ///< "Set up Cove for a child": a guarded profile
    // unlock
    QLabel *m_unlockTitle;
    QLabel *m_unlockIntro;
    QLineEdit *m_unlockPass;
    QLabel *m_unlockError;
    QCheckBox *m_remember;
    QPushButton *m_unlockButton;
};

} // namespace cove::ui
