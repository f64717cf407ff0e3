// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace cove::app {
class Account;
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

    Mode m_mode;
    QString m_dir;
    bool m_demo = false;
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
    // unlock
    QLabel *m_unlockTitle;
    QLabel *m_unlockIntro;
    QLineEdit *m_unlockPass;
    QLabel *m_unlockError;
    QPushButton *m_unlockButton;
};

} // namespace cove::ui
