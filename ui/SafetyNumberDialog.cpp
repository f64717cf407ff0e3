// SPDX-License-Identifier: GPL-3.0-or-later
#include "SafetyNumberDialog.h"

#include "Bidi.h"
#include "QrCode.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <chrono>

namespace cove::ui {

namespace {

constexpr int kGroupsPerRow = 4;
constexpr auto kCopiedFeedback = std::chrono::seconds(2);

enum Page { NumberPage = 0, NoNumberPage = 1 };

} // namespace

SafetyNumberDialog::SafetyNumberDialog(app::Account &account, const QString &coveId,
                                       const QString &displayName, QWidget *parent)
    : QDialog(parent), m_account(account), m_coveId(coveId), m_displayName(displayName)
{
    buildUi();
    reload();
}

SafetyNumberDialog::~SafetyNumberDialog() = default;

void SafetyNumberDialog::buildUi()
{
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("title"));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    m_title->setFont(titleFont);

    m_explanation = new QLabel(this);
    m_explanation->setObjectName(QStringLiteral("explanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::PlainText);

    // The number: digits (with Copy below) beside the QR code.
    auto *numberPage = new QWidget(this);
    m_digits = new QLabel(numberPage);
    m_digits->setObjectName(QStringLiteral("digits"));
    m_digits->setTextFormat(Qt::PlainText);
    m_digits->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    // Digits are read left to right in every language; without this a
    // right-to-left layout would also reverse the order of the groups.
    m_digits->setLayoutDirection(Qt::LeftToRight);
    m_digits->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(font().pointSizeF() * 1.4);
    // A little air between groups, so that each reads as one unit.
    mono.setWordSpacing(QFontMetricsF(mono).horizontalAdvance(QLatin1Char('0')) * 0.6);
    m_digits->setFont(mono);
    m_digits->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);

    m_copy = new QPushButton(numberPage);
    m_copy->setObjectName(QStringLiteral("copy"));
    m_copy->setAutoDefault(false);
    connect(m_copy, &QPushButton::clicked, this, &SafetyNumberDialog::copyDigits);
    m_copiedTimer = new QTimer(this);
    m_copiedTimer->setSingleShot(true);
    m_copiedTimer->setInterval(kCopiedFeedback);
    connect(m_copiedTimer, &QTimer::timeout, this, [this] {
        m_justCopied = false;
        retranslate();
    });

    m_qr = new QrCodeWidget(numberPage);
    m_qr->setObjectName(QStringLiteral("qrCode"));

    auto *digitsColumn = new QVBoxLayout;
    digitsColumn->addStretch(1);
    digitsColumn->addWidget(m_digits);
    digitsColumn->addSpacing(8);
    digitsColumn->addWidget(m_copy, 0, Qt::AlignLeading);
    digitsColumn->addStretch(1);
    auto *numberRow = new QHBoxLayout(numberPage);
    numberRow->setContentsMargins(0, 0, 0, 0);
    numberRow->addLayout(digitsColumn);
    numberRow->addSpacing(16);
    numberRow->addWidget(m_qr, 1);

    m_noNumber = new QLabel(this);
    m_noNumber->setObjectName(QStringLiteral("noNumber"));
    m_noNumber->setWordWrap(true);
    m_noNumber->setTextFormat(Qt::PlainText);
    m_noNumber->setAlignment(Qt::AlignCenter);
    m_noNumber->setMargin(24);

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->insertWidget(NumberPage, numberPage);
    m_pages->insertWidget(NoNumberPage, m_noNumber);

    // Verified state: a check mark and a word, or just a word.
    m_stateRow = new QWidget(this);
    m_stateIcon = new QLabel(m_stateRow);
    m_stateIcon->setObjectName(QStringLiteral("verifiedIcon"));
    m_stateIcon->setText(QString(QChar(0x2713))); // ✓
    QFont stateFont = m_stateIcon->font();
    stateFont.setBold(true);
    QFont iconFont = stateFont;
    iconFont.setPointSizeF(stateFont.pointSizeF() * 1.4);
    m_stateIcon->setFont(iconFont);
    m_state = new QLabel(m_stateRow);
    m_state->setObjectName(QStringLiteral("verifiedState"));
    m_state->setTextFormat(Qt::PlainText);
    m_state->setFont(stateFont);
    auto *stateLayout = new QHBoxLayout(m_stateRow);
    stateLayout->setContentsMargins(0, 0, 0, 0);
    stateLayout->addWidget(m_stateIcon);
    stateLayout->addWidget(m_state);
    stateLayout->addStretch(1);

    m_actionMessage = new QLabel(this);
    m_actionMessage->setObjectName(QStringLiteral("actionMessage"));
    m_actionMessage->setWordWrap(true);
    m_actionMessage->setTextFormat(Qt::PlainText);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_verify = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_verify->setObjectName(QStringLiteral("verify"));
    // Never the default: marking verified must be a deliberate click.
    m_verify->setAutoDefault(false);
    connect(m_verify, &QPushButton::clicked, this, &SafetyNumberDialog::toggleVerified);
    if (QPushButton *close = m_buttons->button(QDialogButtonBox::Close)) {
        close->setObjectName(QStringLiteral("close"));
        close->setDefault(true);
    }
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_explanation);
    layout->addSpacing(8);
    layout->addWidget(m_pages);
    layout->addSpacing(8);
    layout->addWidget(m_stateRow);
    layout->addWidget(m_actionMessage);
    // Spare height goes above the buttons, not into gaps around the number.
    layout->addStretch(1);
    layout->addWidget(m_buttons);
}

void SafetyNumberDialog::reload()
{
    m_actionError.reset();
    app::SafetyNumbers numbers(m_account);
    auto number = numbers.safetyNumber(m_coveId);
    if (number) {
        m_number = std::move(*number);
        m_error.reset();
    } else {
        m_number.reset();
        m_error = number.code();
    }
    updateState();
}

void SafetyNumberDialog::updateState()
{
    const bool has = m_number.has_value();
    const int page = has ? NumberPage : NoNumberPage;
    const bool pageChanged = m_pages->currentIndex() != page;
    m_pages->setCurrentIndex(page);
    // Size the stack to the page shown, not to the tallest of them.
    for (int i = 0; i < m_pages->count(); ++i) {
        const auto policy = i == page ? QSizePolicy::Preferred : QSizePolicy::Ignored;
        m_pages->widget(i)->setSizePolicy(policy, policy);
    }
    m_qr->setData(has ? m_number->scannable : QByteArray());
    // Big enough for a camera across a desk; it may grow with the window.
    m_qr->setMinimumSize(has ? m_qr->sizeHint() : QSize());
    m_explanation->setVisible(has);
    m_stateRow->setVisible(has);
    m_stateIcon->setVisible(has && m_number->verified);
    m_verify->setVisible(has);
    m_actionMessage->setVisible(m_actionError.has_value());
    updateColours();
    retranslate();
    if (pageChanged && isVisible())
        adjustSize();
}

void SafetyNumberDialog::updateColours()
{
    // A green check mark that reads on light and dark windows alike.
    const bool darkWindow = palette().color(QPalette::Window).lightness() < 128;
    QPalette p = m_stateIcon->palette();
    p.setColor(QPalette::WindowText,
               darkWindow ? QColor(0x5c, 0xc2, 0x7a) : QColor(0x1e, 0x7b, 0x34));
    m_stateIcon->setPalette(p);
}

QString SafetyNumberDialog::name() const
{
    return m_displayName.isEmpty() ? m_coveId : m_displayName;
}

QString SafetyNumberDialog::digitRows() const
{
    if (!m_number)
        return {};
    const QStringList groups = m_number->groups();
    QStringList rows;
    for (qsizetype i = 0; i < groups.size(); i += kGroupsPerRow)
        rows.append(groups.mid(i, kGroupsPerRow).join(QLatin1Char(' ')));
    return rows.join(QLatin1Char('\n'));
}

void SafetyNumberDialog::retranslate()
{
    const QString who = name();
    const QString title = tr("Safety number with %1").arg(isolate(who));
    setWindowTitle(title);
    m_title->setText(title);
    m_explanation->setText(
        tr("Compare these numbers with %1 in person or on a call. If they match, your "
           "conversation is private: nobody else can read it.")
            .arg(isolate(who)));

    m_digits->setText(digitRows());
    m_digits->setAccessibleName(tr("Safety number"));
    m_digits->setAccessibleDescription(tr("60 digits in 12 groups of five"));
    m_copy->setText(m_justCopied ? tr("Copied") : tr("Copy"));
    m_copy->setAccessibleName(tr("Copy safety number"));
    m_copy->setToolTip(tr("Copy the digits, to paste them into a message or a call note"));

    if (m_error) {
        switch (*m_error) {
        case app::AppError::Code::NotFound:
            m_noNumber->setText(tr("There is no safety number with %1 yet. It appears once one "
                                   "of you has sent the other a message.")
                                    .arg(isolate(who)));
            break;
        case app::AppError::Code::InvalidArgument:
            m_noNumber->setText(tr("This is not a valid Cove ID, so there is no safety number "
                                   "to show."));
            break;
        default:
            m_noNumber->setText(tr("The safety number cannot be shown right now. Close this "
                                   "window and try again."));
            break;
        }
    } else {
        m_noNumber->clear();
    }

    const bool verified = m_number && m_number->verified;
    m_state->setText(verified ? tr("Verified") : tr("Not verified"));
    m_stateRow->setAccessibleName(m_state->text());
    m_verify->setText(verified ? tr("Clear verification") : tr("Mark as verified"));
    m_verify->setAccessibleName(m_verify->text());
    m_verify->setAccessibleDescription(
        verified ? tr("Marks %1 as not verified again").arg(isolate(who))
                 : tr("Do this only after the numbers matched when you compared them with %1")
                       .arg(isolate(who)));

    if (m_actionError) {
        m_actionMessage->setText(
            *m_actionError == app::AppError::Code::IdentityChanged
                ? tr("The safety number with %1 changed while this window was open. Compare "
                     "the new number before you mark it as verified.")
                      .arg(isolate(who))
                : tr("This could not be saved. Please try again."));
    } else {
        m_actionMessage->clear();
    }
}

void SafetyNumberDialog::copyDigits()
{
    if (!m_number)
        return;
    QGuiApplication::clipboard()->setText(m_number->grouped());
    m_justCopied = true;
    m_copiedTimer->start();
    retranslate();
}

void SafetyNumberDialog::toggleVerified()
{
    if (!m_number)
        return;
    const bool want = !m_number->verified;
    app::SafetyNumbers numbers(m_account);
    if (auto r = numbers.setVerified(*m_number, want); !r) {
        const app::AppError::Code code = r.code();
        if (code == app::AppError::Code::IdentityChanged)
            reload(); // show the new number
        m_actionError = code;
        updateState();
        return;
    }
    m_actionError.reset();
    m_number->verified = want;
    updateState();
    Q_EMIT verifiedChanged(want);
}

void SafetyNumberDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange)
        updateColours();
    QDialog::changeEvent(event);
}

} // namespace cove::ui
