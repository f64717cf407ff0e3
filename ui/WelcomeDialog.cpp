// SPDX-License-Identifier: GPL-3.0-or-later
#include "WelcomeDialog.h"

#include "Account.h"
#include "Dialogs.h"
#include "KeyFile.h"
#include "Language.h"
#include "Messenger.h"
#include "Profile.h"
#include "Theme.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QUrl>
#include <QVBoxLayout>

#include <cmath>

namespace cove::ui {

namespace {

constexpr int kMinPassphrase = 8;

QLabel *heading(QWidget *parent)
{
    auto *l = new QLabel(parent);
    QFont f = l->font();
    f.setPointSizeF(f.pointSizeF() * 1.5);
    f.setWeight(QFont::DemiBold);
    l->setFont(f);
    return l;
}

QLabel *wrapped(QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setWordWrap(true);
    return l;
}

} // namespace

WelcomeDialog::WelcomeDialog(Mode mode, QString profileDir, QWidget *parent)
    : QDialog(parent), m_mode(mode), m_dir(std::move(profileDir)), m_pages(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("welcomeDialog"));
    // ---- create
    auto *create = new QWidget(m_pages);
    m_createTitle = heading(create);
    m_createIntro = wrapped(create);
    m_nameLabel = new QLabel(create);
    m_name = new QLineEdit(create);
    m_name->setObjectName(QStringLiteral("nameInput"));
    m_name->setMaxLength(64);
    m_passLabel = new QLabel(create);
    m_pass = new QLineEdit(create);
    m_pass->setObjectName(QStringLiteral("passphraseInput"));
    m_pass->setEchoMode(QLineEdit::Password);
    m_againLabel = new QLabel(create);
    m_again = new QLineEdit(create);
    m_again->setObjectName(QStringLiteral("passphraseAgainInput"));
    m_again->setEchoMode(QLineEdit::Password);
    m_strength = new QLabel(create);
    m_relayLabel = new QLabel(create);
    m_relay = new QLineEdit(QStringLiteral("ws://127.0.0.1:7600"), create);
    m_relay->setObjectName(QStringLiteral("relayInput"));
    m_relay->setLayoutDirection(Qt::LeftToRight);
    m_languageLabel = new QLabel(create);
    m_language = new QComboBox(create);
    for (const Language::Entry &e : Language::available())
        m_language->addItem(e.nativeName, e.code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(Language::current())));
    m_createError = wrapped(create);
    m_createError->setObjectName(QStringLiteral("createError"));
    QPalette errorPalette = m_createError->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xc0, 0x28, 0x1f));
    m_createError->setPalette(errorPalette);
    m_createButton = new QPushButton(create);
    m_createButton->setObjectName(QStringLiteral("createButton"));
    m_createButton->setDefault(true);
    m_demoButton = new QPushButton(create);
    m_demoButton->setObjectName(QStringLiteral("demoButton"));
    m_demoButton->setFlat(true);
    m_restoreButton = new QPushButton(create);
    m_restoreButton->setObjectName(QStringLiteral("restoreButton"));
    m_restoreButton->setFlat(true);
    auto *form = new QFormLayout;
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_passLabel, m_pass);
    form->addRow(m_againLabel, m_again);
    form->addRow(QString(), m_strength);
    form->addRow(m_relayLabel, m_relay);
    form->addRow(m_languageLabel, m_language);
    m_forChild = new QCheckBox(create);
    m_forChild->setObjectName(QStringLiteral("forChild"));
    form->addRow(QString(), m_forChild);
    auto *createButtons = new QHBoxLayout;
    createButtons->addWidget(m_demoButton);
    createButtons->addWidget(m_restoreButton);
    createButtons->addStretch();
    createButtons->addWidget(m_createButton);
    auto *createBox = new QVBoxLayout(create);
    createBox->addWidget(m_createTitle);
    createBox->addWidget(m_createIntro);
    createBox->addSpacing(8);
    createBox->addLayout(form);
    createBox->addWidget(m_createError);
    createBox->addStretch();
    createBox->addLayout(createButtons);

    // ---- unlock
    auto *unlock = new QWidget(m_pages);
    m_unlockTitle = heading(unlock);
    m_unlockIntro = wrapped(unlock);
    m_unlockPass = new QLineEdit(unlock);
    m_unlockPass->setObjectName(QStringLiteral("unlockInput"));
    m_unlockPass->setEchoMode(QLineEdit::Password);
    m_unlockError = wrapped(unlock);
    m_unlockError->setObjectName(QStringLiteral("unlockError"));
    m_unlockError->setPalette(errorPalette);
    m_remember = new QCheckBox(unlock);
    m_remember->setObjectName(QStringLiteral("rememberKey"));
    m_remember->setChecked(prefs::unlocksWithKeychain(m_dir));
    m_unlockButton = new QPushButton(unlock);
    m_unlockButton->setObjectName(QStringLiteral("unlockButton"));
    m_unlockButton->setDefault(true);
    auto *unlockButtons = new QHBoxLayout;
    unlockButtons->addStretch();
    unlockButtons->addWidget(m_unlockButton);
    auto *unlockBox = new QVBoxLayout(unlock);
    unlockBox->addStretch();
    unlockBox->addWidget(m_unlockTitle);
    unlockBox->addWidget(m_unlockIntro);
    unlockBox->addWidget(m_unlockPass);
    unlockBox->addWidget(m_unlockError);
    unlockBox->addWidget(m_remember);
    unlockBox->addLayout(unlockButtons);
    unlockBox->addStretch();

    m_pages->addWidget(create);
    m_pages->addWidget(unlock);
    m_pages->setCurrentIndex(mode == Mode::Create ? 0 : 1);
    auto *box = new QVBoxLayout(this);
    box->setContentsMargins(28, 24, 28, 20);
    box->addWidget(m_pages);

    connect(m_pass, &QLineEdit::textChanged, this, &WelcomeDialog::updateStrength);
    connect(m_again, &QLineEdit::textChanged, this, &WelcomeDialog::updateStrength);
    connect(m_createButton, &QPushButton::clicked, this, &WelcomeDialog::create);
    connect(m_unlockButton, &QPushButton::clicked, this, &WelcomeDialog::unlock);
    connect(m_unlockPass, &QLineEdit::returnPressed, this, &WelcomeDialog::unlock);
    connect(m_restoreButton, &QPushButton::clicked, this, &WelcomeDialog::chooseBackup);
    connect(m_demoButton, &QPushButton::clicked, this, [this] {
        m_demo = true;
        QDialog::accept();
    });
    connect(m_language, &QComboBox::activated, this, [this] {
        const QString code = m_language->currentData().toString();
        Language::apply(code);
        prefs::setLanguage(code);
    });
    retranslate();
    updateStrength();
    m_unlockError->hide();
    m_createError->hide();
    resize(520, mode == Mode::Create ? 520 : 320);
}

WelcomeDialog::~WelcomeDialog() = default;

std::unique_ptr<app::Account> WelcomeDialog::takeAccount()
{
    return std::move(m_account);
}

int WelcomeDialog::strength(const QString &passphrase)
{
    bool lower = false, upper = false, digit = false, other = false;
    for (const QChar c : passphrase) {
        if (c.isLower())
            lower = true;
        else if (c.isUpper())
            upper = true;
        else if (c.isDigit())
            digit = true;
        else
            other = true;
    }
    const int pool = (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + (other ? 33 : 0);
    const double bits = pool > 0 ? double(passphrase.size()) * std::log2(double(pool)) : 0.0;
    if (passphrase.size() < kMinPassphrase || bits < 40)
        return 0;
    if (bits < 60)
        return 1;
    if (bits < 80)
        return 2;
    return 3;
}

void WelcomeDialog::updateStrength()
{
    const QString p = m_pass->text();
    QString text;
    QColor colour;
    if (p.isEmpty()) {
        text = tr("Use at least %1 characters. A few unrelated words are easy to remember and "
                  "hard to guess.")
                   .arg(kMinPassphrase);
        colour = Theme::mutedText();
    } else {
        switch (strength(p)) {
        case 0:
            text = tr("Too weak");
            colour = QColor(0xc0, 0x28, 0x1f);
            break;
        case 1:
            text = tr("Fair: a longer passphrase would be safer");
            colour = QColor(0xb0, 0x6a, 0x00);
            break;
        case 2:
            text = tr("Good");
            colour = QColor(0x1e, 0x82, 0x4c);
            break;
        default:
            text = tr("Strong");
            colour = QColor(0x1e, 0x82, 0x4c);
            break;
        }
        if (!m_again->text().isEmpty() && m_again->text() != p)
            text += QStringLiteral(" · ") + tr("the two passphrases differ");
    }
    m_strength->setText(text);
    m_strength->setWordWrap(true);
    QPalette pal = m_strength->palette();
    pal.setColor(QPalette::WindowText, colour);
    m_strength->setPalette(pal);
}

void WelcomeDialog::create()
{
    const QString name = m_name->text().trimmed();
    QString problem;
    if (name.isEmpty())
        problem = tr("Enter the name people will see.");
    else if (strength(m_pass->text()) == 0)
        problem = tr("Choose a longer passphrase (at least %1 characters).").arg(kMinPassphrase);
    else if (m_pass->text() != m_again->text())
        problem = tr("The two passphrases differ.");
    else if (const QUrl url(m_relay->text().trimmed());
             !url.isValid() ||
             (url.scheme() != QLatin1String("ws") && url.scheme() != QLatin1String("wss")))
        problem = tr("The relay address starts with ws:// or wss://.");
    if (!problem.isEmpty()) {
        m_createError->setText(problem);
        m_createError->show();
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto account = app::Account::create(m_dir, m_pass->text(), name, app::Account::passphraseKdf());
    QApplication::restoreOverrideCursor();
    if (!account) {
        m_createError->setText(describe(account.error()));
        m_createError->show();
        return;
    }
    if (auto r =
            (*account)->setSetting(QStringLiteral("relay.url"), m_relay->text().trimmed().toUtf8());
        !r) {
        m_createError->setText(describe(r.error()));
        m_createError->show();
        return;
    }
    if (m_forChild->isChecked()) {
        // Guarded from the first moment: nobody reaches the profile until
        // its guardian has paired with it.
        if (auto r = app::markChildProfile(**account); !r) {
            m_createError->setText(describe(r.error()));
            m_createError->show();
            return;
        }
    }
    m_pass->clear();
    m_again->clear();
    m_account = std::move(*account);
    QDialog::accept();
}

void WelcomeDialog::unlock()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto account = app::Account::open(m_dir, m_unlockPass->text());
    QApplication::restoreOverrideCursor();
    if (!account) {
        m_unlockError->setText(account.error().code == app::AppError::Code::WrongPassphrase
                                   ? tr("That passphrase is not right. Try again.")
                                   : describe(account.error()));
        m_unlockError->show();
        m_unlockPass->selectAll();
        m_unlockPass->setFocus();
        return;
    }
    m_unlockPass->clear();
    m_account = std::move(*account);
    const bool remember = m_remember->isChecked();
    if (remember != prefs::unlocksWithKeychain(m_dir)) {
        if (auto r = m_account->rememberKey(keychain(), remember); !r && remember) {
            QMessageBox::information(
                this, tr("Cove"),
                tr("This computer has no keychain Cove can use, so Cove will ask for your "
                   "passphrase next time."));
        } else {
            prefs::setUnlocksWithKeychain(m_dir, remember);
        }
    }
    QDialog::accept();
}

storage::Keychain &WelcomeDialog::keychain()
{
    if (m_keychain)
        return *m_keychain;
    if (!m_systemKeychain)
        m_systemKeychain = std::make_unique<storage::Keychain>();
    return *m_systemKeychain;
}

std::unique_ptr<app::Account> WelcomeDialog::unlockRemembered(const QString &dir,
                                                              storage::Keychain &keychain)
{
    if (!prefs::unlocksWithKeychain(dir))
        return nullptr;
    auto account = app::Account::openWithKeychain(dir, keychain);
    if (!account) {
        // A key that no longer fits (the profile was replaced) is forgotten;
        // a keychain that cannot be reached now is tried again next time.
        if (account.error().code == app::AppError::Code::WrongPassphrase)
            prefs::setUnlocksWithKeychain(dir, false);
        return nullptr;
    }
    return std::move(*account);
}

void WelcomeDialog::chooseBackup()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Restore from a backup"), QDir::homePath(), tr("Cove backups (*.covebackup)"));
    if (path.isEmpty())
        return;
    bool ok = false;
    const QString passphrase =
        QInputDialog::getText(this, tr("Restore from a backup"),
                              tr("The backup's passphrase (it becomes this profile's passphrase):"),
                              QLineEdit::Password, QString(), &ok);
    if (ok)
        restoreFrom(path, passphrase);
}

bool WelcomeDialog::restoreFrom(const QString &backupPath, const QString &passphrase)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto account = app::Account::restoreBackup(backupPath, passphrase, m_dir);
    QApplication::restoreOverrideCursor();
    if (!account) {
        m_createError->setText(account.error().code == app::AppError::Code::WrongPassphrase
                                   ? tr("That passphrase does not open this backup.")
                                   : describe(account.error()));
        m_createError->show();
        return false;
    }
    m_account = std::move(*account);
    QDialog::accept();
    return true;
}

void WelcomeDialog::retranslate()
{
    setWindowTitle(tr("Cove"));
    m_createTitle->setText(tr("Welcome to Cove"));
    m_createIntro->setText(
        tr("Private conversations that only you and the people in them can read. Your messages "
           "are end-to-end encrypted and kept encrypted on this computer under your passphrase."));
    m_nameLabel->setText(tr("Your name"));
    m_name->setPlaceholderText(tr("The name people will see"));
    m_name->setAccessibleName(tr("Your name"));
    m_passLabel->setText(tr("Passphrase"));
    m_pass->setAccessibleName(tr("Passphrase"));
    m_againLabel->setText(tr("Again"));
    m_again->setAccessibleName(tr("Passphrase again"));
    m_relayLabel->setText(tr("Relay"));
    m_relay->setAccessibleName(tr("Relay address"));
    m_relay->setToolTip(tr("The relay passes encrypted messages on. It never sees what they say."));
    m_languageLabel->setText(tr("Language"));
    m_language->setAccessibleName(tr("Language"));
    m_createButton->setText(tr("Create my profile"));
    m_demoButton->setText(tr("Try the demo instead"));
    m_unlockTitle->setText(tr("Unlock Cove"));
    m_unlockIntro->setText(tr("Enter your passphrase to open your conversations."));
    m_unlockPass->setAccessibleName(tr("Passphrase"));
    m_unlockPass->setPlaceholderText(tr("Passphrase"));
    m_unlockButton->setText(tr("Unlock"));
    m_remember->setText(tr("Unlock automatically on this computer"));
    m_remember->setToolTip(tr("Your key is kept in this computer's keychain. Anyone who can use "
                              "your computer account can then open Cove."));
    m_restoreButton->setText(tr("Restore from a backup…"));
    m_forChild->setText(tr("Set up Cove for a child"));
    m_forChild->setToolTip(tr("Guarded mode: only people a guardian approves can reach this "
                              "profile. The guardian pairs with it from their own Cove."));
    updateStrength();
}

void WelcomeDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace cove::ui
