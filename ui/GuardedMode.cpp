// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuardedMode.h"

#include "Account.h"
#include "AppSession.h"
#include "Bidi.h"
#include "ConversationListModel.h"
#include "CoveId.h"
#include "Dialogs.h"
#include "InviteLink.h"
#include "Messenger.h"
#include "QrCode.h"
#include "RelayMessages.h"
#include "ReportDialog.h"
#include "SafetyNumbers.h"
#include "SupportDirectory.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHash>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QStackedWidget>
#include <QTime>
#include <QTimeEdit>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace cove::ui {
namespace {

using Mode = app::Messenger::GuardedMode;

QLabel *plainLabel(QWidget *parent, const QString &text = {})
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

/// The six digits, large, in the same font on both screens.
QLabel *codeLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 2.2);
    font.setWeight(QFont::Bold);
    font.setFamily(QStringLiteral("monospace"));
    font.setStyleHint(QFont::Monospace);
    label->setFont(font);
    label->setAlignment(Qt::AlignCenter);
    label->setLayoutDirection(Qt::LeftToRight);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QPushButton *bigButton(QWidget *parent, const QString &text = {})
{
    auto *button = new QPushButton(text, parent);
    button->setMinimumHeight(44);
    return button;
}

QString when(qint64 ms)
{
    if (ms == 0)
        return QCoreApplication::translate("Children", "never");
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}

/// The country whose help lines a child sees: the system's.
QString countryCode()
{
    const QString name = QLocale::system().name(); // e.g. "en_GB"
    const qsizetype underscore = name.indexOf(u'_');
    return underscore < 0 ? QString() : name.mid(underscore + 1, 2);
}

} // namespace

// ---- the child connects to the guardian ----------------------------------------------

PairGuardianDialog::PairGuardianDialog(app::Session &session, QWidget *parent)
    : QDialog(parent), m_session(session), m_pages(new QStackedWidget(this)),
      m_link(new QLineEdit(this)), m_error(plainLabel(this)), m_waitingCode(codeLabel(this)),
      m_confirmCode(codeLabel(this)), m_pair(bigButton(this))
{
    setObjectName(QStringLiteral("pairGuardian"));
    setWindowTitle(QCoreApplication::translate("Guarded", "Connect to your guardian"));
    resize(480, 380);

    // 1: the code
    auto *enter = new QWidget(m_pages);
    auto *enterBox = new QVBoxLayout(enter);
    enterBox->addWidget(plainLabel(
        enter, QCoreApplication::translate(
                   "Guarded", "Ask your guardian to open Cove. They choose Children, then Add "
                              "a child. Type the code from their screen here.")));
    m_link->setObjectName(QStringLiteral("guardianLink"));
    m_link->setAccessibleName(QCoreApplication::translate("Guarded", "Code from your guardian"));
    m_link->setPlaceholderText(QStringLiteral("cove://guardian/…"));
    enterBox->addWidget(m_link);
    auto *picture = new QPushButton(
        QCoreApplication::translate("Guarded", "Use a picture of the QR code…"), enter);
    picture->setObjectName(QStringLiteral("guardianQrImage"));
    enterBox->addWidget(picture, 0, Qt::AlignLeft);
    m_error->setObjectName(QStringLiteral("pairError"));
    m_error->hide();
    enterBox->addWidget(m_error);
    enterBox->addStretch();
    m_pair->setObjectName(QStringLiteral("pairButton"));
    m_pair->setText(QCoreApplication::translate("Guarded", "Connect"));
    m_pair->setDefault(true);
    enterBox->addWidget(m_pair);
    m_pages->addWidget(enter);

    // 2: waiting for the guardian
    auto *waiting = new QWidget(m_pages);
    auto *waitingBox = new QVBoxLayout(waiting);
    waitingBox->addWidget(
        plainLabel(waiting, QCoreApplication::translate("Guarded", "Now wait for your guardian.")));
    waitingBox->addWidget(plainLabel(
        waiting, QCoreApplication::translate("Guarded", "You both should see this number. Check it "
                                                        "together.")));
    m_waitingCode->setObjectName(QStringLiteral("waitingCode"));
    waitingBox->addWidget(m_waitingCode);
    waitingBox->addStretch();
    auto *again =
        new QPushButton(QCoreApplication::translate("Guarded", "Type the code again"), waiting);
    waitingBox->addWidget(again, 0, Qt::AlignLeft);
    m_pages->addWidget(waiting);

    // 3: the child confirms
    auto *confirm = new QWidget(m_pages);
    auto *confirmBox = new QVBoxLayout(confirm);
    confirmBox->addWidget(plainLabel(
        confirm, QCoreApplication::translate("Guarded", "Your guardian said yes. Do you both "
                                                        "see this number?")));
    m_confirmCode->setObjectName(QStringLiteral("confirmCode"));
    confirmBox->addWidget(m_confirmCode);
    confirmBox->addStretch();
    auto *same = bigButton(confirm, QCoreApplication::translate("Guarded", "Yes, it is the same"));
    same->setObjectName(QStringLiteral("codesMatch"));
    auto *different =
        bigButton(confirm, QCoreApplication::translate("Guarded", "No, it is not the same"));
    different->setObjectName(QStringLiteral("codesDiffer"));
    auto *answers = new QHBoxLayout;
    answers->addWidget(same);
    answers->addWidget(different);
    confirmBox->addLayout(answers);
    m_pages->addWidget(confirm);

    // 4: done
    auto *done = new QWidget(m_pages);
    auto *doneBox = new QVBoxLayout(done);
    doneBox->addWidget(plainLabel(
        done, QCoreApplication::translate("Guarded", "You are connected! Your guardian picks "
                                                     "who can talk to you.")));
    doneBox->addStretch();
    auto *start = bigButton(done, QCoreApplication::translate("Guarded", "Start"));
    start->setObjectName(QStringLiteral("pairDone"));
    doneBox->addWidget(start);
    m_pages->addWidget(done);

    auto *box = new QVBoxLayout(this);
    box->addWidget(m_pages);

    connect(m_pair, &QPushButton::clicked, this, &PairGuardianDialog::pair);
    connect(m_link, &QLineEdit::returnPressed, this, &PairGuardianDialog::pair);
    connect(picture, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, QCoreApplication::translate("Guarded", "Picture of the QR code"), QString(),
            QCoreApplication::translate("Guarded", "Pictures (*.png *.jpg *.jpeg *.bmp *.gif)"));
        if (!path.isEmpty())
            readQrImage(QImage(path));
    });
    connect(again, &QPushButton::clicked, this, [this] { m_pages->setCurrentIndex(0); });
    connect(same, &QPushButton::clicked, this, [this] {
        if (auto r = m_session.messenger().confirmGuardian(); !r) {
            QMessageBox::warning(this, windowTitle(), describe(r.error()));
            return;
        }
        refresh();
    });
    connect(different, &QPushButton::clicked, this, [this] {
        // Someone else's code, or someone in between: start again.
        m_link->clear();
        m_error->setText(QCoreApplication::translate(
            "Guarded", "Then do not go on. Ask your guardian for a new code."));
        m_error->show();
        m_pages->setCurrentIndex(0);
    });
    connect(start, &QPushButton::clicked, this, &QDialog::accept);
    connect(&m_session.messenger(), &app::Messenger::guardedChanged, this,
            &PairGuardianDialog::refresh);
    // The code appears once the guardian's key has arrived.
    auto *poll = new QTimer(this);
    poll->setInterval(400);
    connect(poll, &QTimer::timeout, this, &PairGuardianDialog::refresh);
    poll->start();
    refresh();
}

bool PairGuardianDialog::readQrImage(const QImage &image)
{
    for (const QString &text : readQrCodes(image)) {
        protocol::Result<protocol::InviteLink> link = protocol::parseInviteLink(text);
        if (link && std::holds_alternative<protocol::GuardianLink>(*link)) {
            m_link->setText(text.trimmed());
            m_error->hide();
            return true;
        }
    }
    m_error->setText(QCoreApplication::translate("Guarded", "There is no code in this picture."));
    m_error->show();
    return false;
}

void PairGuardianDialog::pair()
{
    if (auto r = m_session.messenger().pairWithGuardian(m_link->text()); !r) {
        m_error->setText(r.error().code == app::AppError::Code::InvalidArgument
                             ? QCoreApplication::translate(
                                   "Guarded", "This code does not work. Check it and try again.")
                             : describe(r.error()));
        m_error->show();
        return;
    }
    m_error->hide();
    refresh();
}

void PairGuardianDialog::setLink(const QString &link)
{
    m_link->setText(link);
}

void PairGuardianDialog::refresh()
{
    app::Messenger &m = m_session.messenger();
    auto code = m.pairingCode();
    const QString digits = code && code->has_value() ? **code : QStringLiteral("… …");
    m_waitingCode->setText(digits);
    m_confirmCode->setText(digits);
    switch (m.guardedMode()) {
    case Mode::Off:
    case Mode::Setup:
        m_pages->setCurrentIndex(0);
        break;
    case Mode::Pairing:
        if (m_pages->currentIndex() != 0 || m_error->isHidden())
            m_pages->setCurrentIndex(1);
        break;
    case Mode::Confirm:
        m_pages->setCurrentIndex(2);
        break;
    case Mode::On:
        m_pages->setCurrentIndex(3);
        break;
    }
}

// ---- the child's "Get help" -------------------------------------------------------------

GuardedHelpDialog::GuardedHelpDialog(app::Session &session, qint64 conversationId, QWidget *parent)
    : QDialog(parent), m_session(session), m_conversationId(conversationId),
      m_words(new QPlainTextEdit(this)), m_withMessages(new QCheckBox(this)),
      m_sent(plainLabel(this))
{
    setObjectName(QStringLiteral("guardedHelp"));
    setWindowTitle(QCoreApplication::translate("Guarded", "Get help"));
    resize(520, 560);
    auto *box = new QVBoxLayout(this);
    auto *intro = plainLabel(
        this, QCoreApplication::translate("Guarded", "Is something wrong? You can get help now. "
                                                     "It is not your fault."));
    QFont big = intro->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    intro->setFont(big);
    box->addWidget(intro);

    auto *report = bigButton(this, QCoreApplication::translate("Guarded", "Report this chat"));
    report->setObjectName(QStringLiteral("helpReport"));
    report->setEnabled(conversationId != 0);
    box->addWidget(report);

    auto *tell = new QGroupBox(QCoreApplication::translate("Guarded", "Tell my guardian"), this);
    auto *tellBox = new QVBoxLayout(tell);
    tellBox->addWidget(plainLabel(
        tell, QCoreApplication::translate("Guarded", "What happened? You can also leave this "
                                                     "empty.")));
    m_words->setObjectName(QStringLiteral("helpWords"));
    m_words->setAccessibleName(QCoreApplication::translate("Guarded", "What happened"));
    m_words->setMaximumHeight(90);
    tellBox->addWidget(m_words);
    m_withMessages->setObjectName(QStringLiteral("helpWithMessages"));
    m_withMessages->setText(
        QCoreApplication::translate("Guarded", "Also send the last messages of this chat"));
    m_withMessages->setEnabled(conversationId != 0);
    tellBox->addWidget(m_withMessages);
    auto *send = bigButton(tell, QCoreApplication::translate("Guarded", "Send to my guardian"));
    send->setObjectName(QStringLiteral("helpTellGuardian"));
    tellBox->addWidget(send);
    m_sent->setObjectName(QStringLiteral("helpSent"));
    m_sent->hide();
    tellBox->addWidget(m_sent);
    box->addWidget(tell);

    auto *lines = new QGroupBox(QCoreApplication::translate("Guarded", "Call for free"), this);
    auto *linesBox = new QVBoxLayout(lines);
    const QString country = countryCode();
    QStringList text;
    for (const safety::HelpLine &line : safety::childHelpLines(country))
        text.append(QStringLiteral("<b>%1</b>: %2")
                        .arg(isolate(line.name.toHtmlEscaped()), isolate(line.phone)));
    if (text.isEmpty())
        text.append(QCoreApplication::translate("Guarded", "Find a help line for children "
                                                           "where you live: %1")
                        .arg(QStringLiteral("<a href=\"%1\">%2</a>")
                                 .arg(safety::childHelplineFinder(),
                                      isolate(QUrl(safety::childHelplineFinder()).host()))));
    text.append(
        QCoreApplication::translate("Guarded", "In danger right now? Call %1.")
            .arg(QStringLiteral("<b>%1</b>").arg(isolate(safety::emergencyNumber(country)))));
    auto *linesText = plainLabel(lines, text.join(QStringLiteral("<br>")));
    linesText->setObjectName(QStringLiteral("helpLines"));
    linesText->setTextFormat(Qt::RichText);
    linesText->setOpenExternalLinks(true);
    linesText->setTextInteractionFlags(Qt::TextBrowserInteraction);
    linesBox->addWidget(linesText);
    box->addWidget(lines);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    box->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(report, &QPushButton::clicked, this, [this] {
        ReportDialog::reportConversation(m_session, m_conversationId, QString(), this);
    });
    connect(send, &QPushButton::clicked, this, [this] {
        QString about;
        if (auto conv = m_session.messenger().conversation(m_conversationId);
            conv && conv->kind == storage::ConversationKind::Direct)
            about = conv->peerId;
        const qint64 share = m_withMessages->isChecked() ? m_conversationId : 0;
        if (auto r = m_session.messenger().tellGuardian(m_words->toPlainText(), about, share); !r) {
            QMessageBox::warning(this, windowTitle(), describe(r.error()));
            return;
        }
        m_words->clear();
        m_sent->setText(QCoreApplication::translate("Guarded", "Sent. Your guardian will see "
                                                               "it soon."));
        m_sent->show();
    });
}

// ---- the guardian's Children panel ------------------------------------------------------

ChildrenDialog::ChildrenDialog(app::Account &account, app::Messenger &messenger, QWidget *parent)
    : QDialog(parent), m_account(account), m_messenger(messenger),
      m_children(new QListWidget(this)), m_pairing(plainLabel(this)),
      m_pairingQr(new QrCodeWidget(this)), m_childTitle(new QLabel(this)),
      m_childState(plainLabel(this)), m_accept(new QPushButton(this)),
      m_decline(new QPushButton(this)), m_asks(new QListWidget(this)),
      m_askDetails(plainLabel(this)), m_approve(new QPushButton(this)),
      m_declineAsk(new QPushButton(this)), m_contacts(new QListWidget(this)),
      m_remove(new QPushButton(this)), m_refused(new QListWidget(this)),
      m_events(new QListWidget(this)), m_release(new QPushButton(this)),
      m_quiet(new QCheckBox(this)), m_quietFrom(new QTimeEdit(this)),
      m_quietUntil(new QTimeEdit(this)), m_saveQuiet(new QPushButton(this)),
      m_shareMedia(new QCheckBox(this)), m_detail(new QWidget(this))
{
    setObjectName(QStringLiteral("childrenDialog"));
    setWindowTitle(QCoreApplication::translate("Children", "Children"));
    resize(980, 660);

    auto *add = new QPushButton(QCoreApplication::translate("Children", "Add a child…"), this);
    add->setObjectName(QStringLiteral("addChild"));
    m_children->setObjectName(QStringLiteral("childrenList"));
    m_children->setAccessibleName(QCoreApplication::translate("Children", "Children"));
    auto *left = new QVBoxLayout;
    left->addWidget(m_children, 1);
    left->addWidget(add);
    m_pairing->setObjectName(QStringLiteral("pairingInfo"));
    m_pairing->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pairing->hide();
    left->addWidget(m_pairing);
    m_pairingQr->setObjectName(QStringLiteral("pairingQr"));
    m_pairingQr->setMaximumWidth(200);
    m_pairingQr->hide();
    left->addWidget(m_pairingQr);

    QFont titleFont = m_childTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setWeight(QFont::DemiBold);
    m_childTitle->setFont(titleFont);
    m_childTitle->setTextFormat(Qt::PlainText); // a name the child's app chose: never markup
    m_childState->setObjectName(QStringLiteral("childState"));
    m_accept->setObjectName(QStringLiteral("acceptChild"));
    m_accept->setText(QCoreApplication::translate("Children", "The numbers match: link"));
    m_decline->setObjectName(QStringLiteral("declineChild"));
    m_decline->setText(QCoreApplication::translate("Children", "Decline"));
    m_asks->setObjectName(QStringLiteral("childAsks"));
    m_asks->setAccessibleName(
        QCoreApplication::translate("Children", "Contacts the child asked for"));
    m_askDetails->setObjectName(QStringLiteral("askDetails"));
    m_askDetails->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_approve->setObjectName(QStringLiteral("approveAsk"));
    m_approve->setText(QCoreApplication::translate("Children", "Approve"));
    m_declineAsk->setObjectName(QStringLiteral("declineAsk"));
    m_declineAsk->setText(QCoreApplication::translate("Children", "Decline"));
    m_contacts->setObjectName(QStringLiteral("childContacts"));
    m_contacts->setAccessibleName(QCoreApplication::translate("Children", "The child's contacts"));
    m_remove->setObjectName(QStringLiteral("removeChildContact"));
    m_remove->setText(QCoreApplication::translate("Children", "Remove"));
    m_refused->setObjectName(QStringLiteral("childRefused"));
    m_refused->setAccessibleName(
        QCoreApplication::translate("Children", "Blocked by guarded mode"));
    m_events->setObjectName(QStringLiteral("childEvents"));
    m_events->setAccessibleName(
        QCoreApplication::translate("Children", "What the child's app told you"));
    m_release->setObjectName(QStringLiteral("releaseChild"));
    m_release->setText(QCoreApplication::translate("Children", "End guarded mode…"));

    m_quiet->setObjectName(QStringLiteral("quietHours"));
    m_quiet->setText(QCoreApplication::translate("Children", "Quiet hours from"));
    m_quiet->setToolTip(QCoreApplication::translate(
        "Children", "Cove rests on your child's computer: only your messages arrive, the rest "
                    "wait until quiet hours end."));
    m_quietFrom->setObjectName(QStringLiteral("quietFrom"));
    m_quietUntil->setObjectName(QStringLiteral("quietUntil"));
    m_quietFrom->setAccessibleName(QCoreApplication::translate("Children", "Quiet hours begin"));
    m_quietUntil->setAccessibleName(QCoreApplication::translate("Children", "Quiet hours end"));
    m_saveQuiet->setObjectName(QStringLiteral("saveQuietHours"));
    m_saveQuiet->setText(QCoreApplication::translate("Children", "Save"));
    m_shareMedia->setObjectName(QStringLiteral("shareMedia"));
    m_shareMedia->setText(QCoreApplication::translate(
        "Children", "Share the photos and files of my child's chats with me"));
    m_shareMedia->setToolTip(QCoreApplication::translate(
        "Children", "Copies reach you end-to-end encrypted, in your chat with your child. Your "
                    "child always sees that this is on. Messages' words are never shared."));
    auto *quietRow = new QHBoxLayout;
    quietRow->addWidget(m_quiet);
    quietRow->addWidget(m_quietFrom);
    quietRow->addWidget(new QLabel(QCoreApplication::translate("Children", "to"), this));
    quietRow->addWidget(m_quietUntil);
    quietRow->addWidget(m_saveQuiet);
    quietRow->addStretch();
    auto *pairingButtons = new QHBoxLayout;
    pairingButtons->addWidget(m_accept);
    pairingButtons->addWidget(m_decline);
    pairingButtons->addStretch();
    auto *askButtons = new QHBoxLayout;
    askButtons->addWidget(m_approve);
    askButtons->addWidget(m_declineAsk);
    askButtons->addStretch();
    auto *grid = new QGridLayout;
    auto *askLabel = new QLabel(QCoreApplication::translate("Children", "Asked to add"), this);
    auto *contactsLabel = new QLabel(
        QCoreApplication::translate("Children", "Contacts and when they last talked"), this);
    auto *refusedLabel =
        new QLabel(QCoreApplication::translate("Children", "Blocked by guarded mode"), this);
    auto *eventsLabel =
        new QLabel(QCoreApplication::translate("Children", "Help, blocks and reports"), this);
    grid->addWidget(askLabel, 0, 0);
    grid->addWidget(contactsLabel, 0, 1);
    grid->addWidget(m_asks, 1, 0);
    grid->addWidget(m_contacts, 1, 1);
    grid->addWidget(m_askDetails, 2, 0);
    grid->addWidget(m_remove, 2, 1, Qt::AlignLeft);
    grid->addLayout(askButtons, 3, 0);
    grid->addWidget(refusedLabel, 4, 0);
    grid->addWidget(eventsLabel, 4, 1);
    grid->addWidget(m_refused, 5, 0);
    grid->addWidget(m_events, 5, 1);
    auto *detailBox = new QVBoxLayout(m_detail);
    detailBox->setContentsMargins(0, 0, 0, 0);
    detailBox->addWidget(m_childTitle);
    detailBox->addWidget(m_childState);
    detailBox->addLayout(pairingButtons);
    detailBox->addLayout(grid, 1);
    detailBox->addLayout(quietRow);
    detailBox->addWidget(m_shareMedia);
    detailBox->addWidget(plainLabel(
        m_detail,
        QCoreApplication::translate(
            "Children", "You see who your child talks with and when, never what they say. The "
                        "relay also holds this list: that is what makes the guarantee hold.")));
    detailBox->addWidget(m_release, 0, Qt::AlignLeft);

    auto *split = new QHBoxLayout;
    split->addLayout(left, 1);
    split->addWidget(m_detail, 3);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *box = new QVBoxLayout(this);
    box->addLayout(split, 1);
    box->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(add, &QPushButton::clicked, this, &ChildrenDialog::addChild);
    connect(m_children, &QListWidget::currentRowChanged, this, &ChildrenDialog::showChild);
    connect(m_asks, &QListWidget::currentRowChanged, this, [this] {
        const QString contact = currentAsk();
        m_approve->setEnabled(!contact.isEmpty());
        m_declineAsk->setEnabled(!contact.isEmpty());
        if (contact.isEmpty()) {
            m_askDetails->clear();
            return;
        }
        // Who it is, as far as the guardian can tell.
        QStringList lines{protocol::displayCoveId(contact)};
        auto known = m_messenger.contact(contact);
        lines.append(known && known->has_value()
                         ? QCoreApplication::translate("Children", "In your contacts as %1.")
                               .arg(isolate((*known)->displayName.toHtmlEscaped()))
                         : QCoreApplication::translate("Children", "Not in your contacts."));
        app::SafetyNumbers numbers(m_account);
        if (auto n = numbers.safetyNumber(contact))
            lines.append(
                QCoreApplication::translate("Children", "Safety number: %1").arg(n->grouped()));
        m_askDetails->setText(lines.join(QStringLiteral("<br>")));
    });
    connect(m_accept, &QPushButton::clicked, this, [this] {
        if (auto r = m_messenger.acceptChild(currentChild()); !r)
            QMessageBox::warning(this, windowTitle(), describe(r.error()));
        m_pairing->hide();
        m_pairingQr->hide();
        reload();
    });
    connect(m_decline, &QPushButton::clicked, this, [this] {
        if (auto r = m_messenger.declineChild(currentChild()); !r)
            QMessageBox::warning(this, windowTitle(), describe(r.error()));
        reload();
    });
    connect(m_approve, &QPushButton::clicked, this, [this] {
        if (auto r = m_messenger.approveContact(currentChild(), currentAsk()); !r)
            QMessageBox::warning(this, windowTitle(), describe(r.error()));
        showChild();
    });
    connect(m_declineAsk, &QPushButton::clicked, this, [this] {
        if (auto r = m_messenger.declineContact(currentChild(), currentAsk()); !r)
            QMessageBox::warning(this, windowTitle(), describe(r.error()));
        showChild();
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const QListWidgetItem *item = m_contacts->currentItem();
        if (!item)
            return;
        if (auto r =
                m_messenger.removeChildContact(currentChild(), item->data(Qt::UserRole).toString());
            !r)
            QMessageBox::warning(this, windowTitle(), describe(r.error()));
        showChild();
    });
    connect(m_quiet, &QCheckBox::toggled, this, [this](bool on) {
        m_quietFrom->setEnabled(on);
        m_quietUntil->setEnabled(on);
    });
    connect(m_shareMedia, &QCheckBox::clicked, this, [this](bool on) {
        if (auto r = m_messenger.setChildMediaSharing(currentChild(), on); !r)
            QMessageBox::warning(this, windowTitle(), describe(r.error()));
    });
    connect(m_saveQuiet, &QPushButton::clicked, this, [this] {
        std::optional<app::Messenger::QuietHours> hours;
        if (m_quiet->isChecked())
            hours = app::Messenger::QuietHours{
                m_quietFrom->time().hour() * 60 + m_quietFrom->time().minute(),
                m_quietUntil->time().hour() * 60 + m_quietUntil->time().minute()};
        if (auto r = m_messenger.setChildQuietHours(currentChild(), hours); !r)
            QMessageBox::warning(this, windowTitle(), describe(r.error()));
    });
    connect(m_release, &QPushButton::clicked, this, [this] {
        QMessageBox ask(QMessageBox::Question, windowTitle(),
                        QCoreApplication::translate(
                            "Children", "End guarded mode for %1? Anyone could then write to "
                                        "them, and you would no longer see their contacts.")
                            .arg(isolate(m_childTitle->text())),
                        QMessageBox::Yes | QMessageBox::No, this);
        ask.setTextFormat(Qt::PlainText); // the child's name is never markup
        if (ask.exec() != QMessageBox::Yes)
            return;
        if (auto r = m_messenger.releaseChild(currentChild()); !r)
            QMessageBox::warning(this, windowTitle(), describe(r.error()));
        reload();
    });
    connect(&m_messenger, &app::Messenger::guardedChanged, this, &ChildrenDialog::reload);
    reload();
}

QString ChildrenDialog::currentChild() const
{
    const QListWidgetItem *item = m_children->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

QString ChildrenDialog::currentAsk() const
{
    const QListWidgetItem *item = m_asks->currentItem();
    if (!item || item->data(Qt::UserRole + 1).toInt() != int(storage::ContactAsk::State::Pending))
        return {};
    return item->data(Qt::UserRole).toString();
}

void ChildrenDialog::addChild()
{
    auto link = m_messenger.openPairing();
    if (!link) {
        QMessageBox::warning(this, windowTitle(), describe(link.error()));
        return;
    }
    m_pairing->setText(
        QCoreApplication::translate("Children",
                                    "On your child's computer, choose “Set up Cove for a child”, "
                                    "then type or paste this code:") +
        QStringLiteral("<br><tt>%1</tt><br>").arg(link->toHtmlEscaped()) +
        QCoreApplication::translate("Children",
                                    "When your child's request arrives, check that both screens "
                                    "show the same number."));
    m_pairing->setTextFormat(Qt::RichText);
    m_pairing->show();
    m_pairingQr->setData(link->toUtf8());
    m_pairingQr->show();
}

void ChildrenDialog::reload()
{
    const QString current = currentChild();
    const QSignalBlocker block(m_children);
    m_children->clear();
    auto children = m_messenger.children();
    if (children) {
        for (const storage::ChildRow &c : std::as_const(*children)) {
            const bool linked = c.state == storage::ChildRow::State::Linked;
            auto *item = new QListWidgetItem(
                linked ? c.name
                       : QCoreApplication::translate("Children", "%1 (asking to link)")
                             .arg(isolate(c.name)));
            item->setData(Qt::UserRole, c.childId);
            m_children->addItem(item);
            if (c.childId == current)
                m_children->setCurrentItem(item);
        }
    }
    if (!m_children->currentItem() && m_children->count() > 0)
        m_children->setCurrentRow(0);
    showChild();
}

void ChildrenDialog::showChild()
{
    const QString childId = currentChild();
    m_detail->setEnabled(!childId.isEmpty());
    m_asks->clear();
    m_contacts->clear();
    m_refused->clear();
    m_events->clear();
    m_askDetails->clear();
    m_approve->setEnabled(false);
    m_declineAsk->setEnabled(false);
    if (childId.isEmpty()) {
        m_childTitle->setText(QCoreApplication::translate("Children", "No children yet"));
        m_childState->setText(QCoreApplication::translate(
            "Children", "Add a child to set up Cove for them: you approve who can reach them."));
        m_accept->hide();
        m_decline->hide();
        m_release->hide();
        return;
    }
    app::Messenger &m = m_messenger;
    std::optional<storage::ChildRow> row;
    if (auto children = m.children())
        for (const storage::ChildRow &c : std::as_const(*children))
            if (c.childId == childId)
                row = c;
    if (!row)
        return;
    m_childTitle->setText(row->name);
    const bool linked = row->state == storage::ChildRow::State::Linked;
    m_accept->setVisible(!linked);
    m_decline->setVisible(!linked);
    m_release->setVisible(linked);
    if (!linked) {
        auto code = m.pairingCode(childId);
        m_childState->setText(
            code && code->has_value()
                ? QCoreApplication::translate("Children",
                                              "%1 asks to link. Link only if your child's "
                                              "screen shows this number: <b>%2</b>")
                      .arg(isolate(row->name.toHtmlEscaped()), **code)
                : QCoreApplication::translate("Children", "%1 asks to link. Waiting for the "
                                                          "number…")
                      .arg(isolate(row->name.toHtmlEscaped())));
        m_accept->setEnabled(code && code->has_value());
        for (QWidget *w : std::initializer_list<QWidget *>{m_quiet, m_quietFrom, m_quietUntil,
                                                           m_saveQuiet, m_shareMedia})
            w->setEnabled(false);
        return;
    }
    m_quiet->setEnabled(true);
    m_saveQuiet->setEnabled(true);
    m_shareMedia->setEnabled(true);
    m_shareMedia->setChecked(m.childMediaSharing(childId));
    const auto quiet = m.childQuietHours(childId);
    const auto timeOf = [](int minutes) { return QTime(minutes / 60, minutes % 60); };
    m_quiet->setChecked(quiet.has_value());
    m_quietFrom->setTime(timeOf(quiet ? quiet->fromMinutes : 20 * 60));
    m_quietUntil->setTime(timeOf(quiet ? quiet->untilMinutes : 7 * 60));
    m_quietFrom->setEnabled(quiet.has_value());
    m_quietUntil->setEnabled(quiet.has_value());
    m_childState->setText(QCoreApplication::translate("Children", "Linked since %1. Cove ID %2")
                              .arg(when(row->linkedAt), isolate(protocol::displayCoveId(childId))));
    // What the child calls each contact, for every list below.
    auto names = std::make_shared<QHash<QString, QString>>();
    if (auto asks = m.childAsks(childId)) {
        for (const storage::ContactAsk &a : std::as_const(*asks)) {
            names->insert(a.contactId, a.name);
            QString state;
            switch (a.state) {
            case storage::ContactAsk::State::Pending:
                state = QCoreApplication::translate("Children", "waiting for you");
                break;
            case storage::ContactAsk::State::Approved:
                state = QCoreApplication::translate("Children", "approved");
                break;
            case storage::ContactAsk::State::Declined:
                state = QCoreApplication::translate("Children", "declined");
                break;
            }
            auto *item = new QListWidgetItem(QStringLiteral("%1 — %2").arg(isolate(a.name), state));
            item->setData(Qt::UserRole, a.contactId);
            item->setData(Qt::UserRole + 1, int(a.state));
            m_asks->addItem(item);
        }
    }
    if (auto events = m.childEvents(childId)) {
        for (const storage::GuardianEvent &e : std::as_const(*events)) {
            const QString who =
                e.contactId.isEmpty()
                    ? QString()
                    : names->value(e.contactId, app::personName(m_account, e.contactId));
            QString text;
            switch (e.kind) {
            case storage::GuardianEvent::Kind::HelpAsked:
                text = who.isEmpty()
                           ? QCoreApplication::translate("Children", "Asked you for help")
                           : QCoreApplication::translate("Children", "Asked you for help about %1")
                                 .arg(isolate(who));
                break;
            case storage::GuardianEvent::Kind::Blocked:
                text = QCoreApplication::translate("Children", "Blocked %1").arg(isolate(who));
                break;
            case storage::GuardianEvent::Kind::Reported:
                text = QCoreApplication::translate("Children", "Reported %1").arg(isolate(who));
                break;
            case storage::GuardianEvent::Kind::ContactRemoved:
                text = QCoreApplication::translate("Children", "Removed %1").arg(isolate(who));
                break;
            case storage::GuardianEvent::Kind::MediaShared:
                text = QCoreApplication::translate("Children", "Shared files of the chat with %1")
                           .arg(isolate(who));
                break;
            }
            m_events->addItem(QStringLiteral("%1 · %2").arg(when(e.at), text));
        }
    }
    // The relay's view: contacts with when they last talked, and refusals.
    QPointer<ChildrenDialog> self(this);
    m.childActivity(childId, [self, childId, names](const auto &state) {
        ChildrenDialog *dialog = self.data();
        if (!dialog || dialog->currentChild() != childId)
            return;
        if (!state) {
            dialog->m_contacts->addItem(QCoreApplication::translate(
                "Children", "Not connected: the contact list shows once Cove is online."));
            return;
        }
        for (const auto &c : state->contacts) {
            auto *item = new QListWidgetItem(
                QCoreApplication::translate("Children", "%1 · last talked: %2")
                    .arg(isolate(names->value(c.contactId,
                                              app::personName(dialog->m_account, c.contactId))),
                         when(c.lastAtMs)));
            item->setData(Qt::UserRole, c.contactId);
            dialog->m_contacts->addItem(item);
        }
        for (const auto &r : state->refused)
            dialog->m_refused->addItem(
                QCoreApplication::translate("Children", "%1 · %n time(s), last %2", nullptr,
                                            int(r.count))
                    .arg(isolate(protocol::displayCoveId(r.sender)), when(r.lastAtMs)));
    });
}

} // namespace cove::ui
