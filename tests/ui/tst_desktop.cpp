// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop app's windows, offscreen, over the real stack: a real relay
// on loopback (the demo world's), real SQLCipher profiles, real Signal
// sessions with scripted peers.

#include "Account.h"
#include "AppSession.h"
#include "ChatView.h"
#include "Composer.h"
#include "Contacts.h"
#include "ConversationListModel.h"
#include "Conversations.h"
#include "CoveId.h"
#include "DemoWorld.h"
#include "Dialogs.h"
#include "GuardedMode.h"
#include "Guardians.h"
#include "InviteLink.h"
#include "KeyFile.h"
#include "Language.h"
#include "LinkHandoff.h"
#include "MainWindow.h"
#include "MessageDelegate.h"
#include "MessageListModel.h"
#include "MessageSearchModel.h"
#include "Messages.h"
#include "Messenger.h"
#include "Profile.h"
#include "QrCode.h"
#include "SafetyNotice.h"
#include "SafetyState.h"
#include "TestHelpers.h"
#include "Theme.h"
#include "WelcomeDialog.h"

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QLocalSocket>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>
#include <QTimer>
#include <QToolButton>

#include <atomic>
#include <functional>
#include <set>
#include <thread>

using namespace cove;
using Cast = app::demo::DemoWorld::Cast;

namespace {

/// A keychain in memory, standing in for the system's.
class MemoryKeychain : public storage::Keychain {
public:
    storage::Result<void> storeKey(const QString &id, QByteArrayView key32) override
    {
        if (broken)
            return storage::StorageError{storage::StorageErrorCode::NotFound,
                                         QStringLiteral("no keychain")};
        entries.insert(id, key32.toByteArray());
        return {};
    }
    storage::Result<protocol::SecureBuffer> loadKey(const QString &id) override
    {
        if (broken || !entries.contains(id))
            return storage::StorageError{storage::StorageErrorCode::NotFound,
                                         QStringLiteral("nothing remembered")};
        return protocol::SecureBuffer(entries.value(id));
    }
    storage::Result<void> removeKey(const QString &id) override
    {
        entries.remove(id);
        return {};
    }
    QMap<QString, QByteArray> entries;
    bool broken = false;
};

/// A profile (cheap key) holding one group conversation of `count` messages
/// of its own, "message 0" to "message <count-1>", a minute apart.
struct History {
    std::unique_ptr<app::Account> account;
    qint64 conversationId = 0;
};

std::optional<History> historyProfile(const QString &dir, const QByteArray &groupId, int count,
                                      const std::function<QString(int)> &body = {})
{
    auto account = app::Account::create(dir, QStringLiteral("correct horse battery"),
                                        QStringLiteral("Pat"), storage::KdfParams::cheapForTests());
    if (!account)
        return std::nullopt;
    (void)(*account)->setSetting(QStringLiteral("relay.url"), "ws://127.0.0.1:1");
    storage::ConversationRepository convs((*account)->db());
    auto conv = convs.createGroup(groupId, QStringLiteral("Long"), 1);
    if (!conv || !(*account)->db().exec("BEGIN"))
        return std::nullopt;
    storage::MessageRepository repo((*account)->db());
    for (int i = 0; i < count; ++i) {
        storage::StoredMessage m;
        m.messageId = QByteArray::number(i).rightJustified(16, '0');
        m.conversationId = conv->id;
        m.senderId = (*account)->coveId();
        m.direction = storage::Direction::Outgoing;
        m.status = storage::MessageStatus::Sent;
        m.sentAt = 1'700'000'000'000 + i * 60'000;
        m.body = body ? body(i) : QStringLiteral("message %1").arg(i);
        if (!repo.insert(m))
            return std::nullopt;
    }
    if (!(*account)->db().exec("COMMIT"))
        return std::nullopt;
    return History{std::move(*account), conv->id};
}

/// A history profile open in a main window, on its conversation.
struct OpenHistory {
    std::unique_ptr<app::Session> session;
    std::unique_ptr<ui::MainWindow> window; ///< goes before the session
    app::MessageListModel *model = nullptr;
    QListView *list = nullptr;
};

/// Answers the message boxes the app opens while it lives: keeps the text
/// of the last one and presses `button` (or closes it when NoButton).
class BoxAnswerer {
public:
    explicit BoxAnswerer(QMessageBox::StandardButton button = QMessageBox::NoButton)
    {
        m_timer.setInterval(20);
        QObject::connect(&m_timer, &QTimer::timeout, [this, button] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            text = box->text();
            if (QAbstractButton *b = box->button(button))
                b->click();
            else
                box->close();
        });
        m_timer.start();
    }
    QString text; ///< the last box's text; empty when none opened

private:
    QTimer m_timer;
};

std::optional<OpenHistory> openHistory(const QString &dir, const QByteArray &groupId, int count,
                                       const std::function<QString(int)> &body = {})
{
    std::optional<History> history = historyProfile(dir, groupId, count, body);
    if (!history)
        return std::nullopt;
    auto session = app::Session::open(std::move(history->account));
    if (!session)
        return std::nullopt;
    OpenHistory open;
    open.session = std::move(*session);
    open.window = std::make_unique<ui::MainWindow>(*open.session);
    open.window->resize(900, 600);
    open.window->show();
    open.window->openConversation(history->conversationId);
    open.model = &open.window->chatView()->model();
    open.list = open.window->chatView()->messageList();
    return open;
}

/// A message a friend sent in `conversationId`, as stored on arrival.
storage::StoredMessage fromFriend(qint64 conversationId, const QByteArray &messageId,
                                  const QString &body)
{
    storage::StoredMessage m;
    m.messageId = messageId;
    m.conversationId = conversationId;
    m.senderId = QStringLiteral("FRIENDFRIENDFRIENDFR");
    m.direction = storage::Direction::Incoming;
    m.status = storage::MessageStatus::Delivered;
    m.sentAt = QDateTime::currentMSecsSinceEpoch();
    m.body = body;
    return m;
}

/// The text seen in a message's bubble: the bubble's box, and the bands of
/// rows with text in them (a line of text each, the footer last), found in
/// a picture of the view.
struct BubbleInk {
    QRect bubble;
    QList<QRect> bands;
};

BubbleInk inkIn(const QImage &view, const QRect &row, const QColor &bubbleColour)
{
    BubbleInk ink;
    const QRgb bubble = bubbleColour.rgb();
    for (int y = row.top(); y <= row.bottom() && y < view.height(); ++y)
        for (int x = row.left(); x <= row.right() && x < view.width(); ++x)
            if ((view.pixel(x, y) & 0xffffff) == (bubble & 0xffffff))
                ink.bubble |= QRect(x, y, 1, 1);
    // Inside the rounded corners: only text differs from the bubble there.
    const QRect inside = ink.bubble.adjusted(6, 6, -6, -6);
    const auto differs = [bubble](QRgb c) {
        return std::abs(qRed(c) - qRed(bubble)) + std::abs(qGreen(c) - qGreen(bubble)) +
                   std::abs(qBlue(c) - qBlue(bubble)) >
               90;
    };
    QRect band;
    int blank = 0;
    for (int y = inside.top(); y <= inside.bottom(); ++y) {
        QRect line;
        for (int x = inside.left(); x <= inside.right(); ++x)
            if (differs(view.pixel(x, y)))
                line |= QRect(x, y, 1, 1);
        if (!line.isNull()) {
            band |= line;
            blank = 0;
        } else if (!band.isNull() && ++blank > 2) {
            ink.bands.append(band);
            band = QRect();
        }
    }
    if (!band.isNull())
        ink.bands.append(band);
    return ink;
}
} // namespace

class TestDesktop : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("COVE_CHEAP_KDF", "1");
        ui::Language::apply(QStringLiteral("en"));
        ui::Theme::apply(ui::Theme::Mode::Light);
    }

    void createProfileThenUnlock()
    {
        QTemporaryDir root;
        const QString dir = root.filePath(QStringLiteral("alice"));
        {
            ui::WelcomeDialog welcome(ui::WelcomeDialog::Mode::Create, dir);
            welcome.show();
            auto *name = welcome.findChild<QLineEdit *>(QStringLiteral("nameInput"));
            auto *pass = welcome.findChild<QLineEdit *>(QStringLiteral("passphraseInput"));
            auto *again = welcome.findChild<QLineEdit *>(QStringLiteral("passphraseAgainInput"));
            auto *create = welcome.findChild<QPushButton *>(QStringLiteral("createButton"));
            auto *error = welcome.findChild<QLabel *>(QStringLiteral("createError"));
            QVERIFY(name && pass && again && create && error);
            QTest::keyClicks(name, QStringLiteral("Alice"));
            QTest::keyClicks(pass, QStringLiteral("short"));
            QTest::keyClicks(again, QStringLiteral("short"));
            QTest::mouseClick(create, Qt::LeftButton);
            // A weak passphrase is refused with a reason, and nothing is created.
            QVERIFY(error->isVisible());
            QVERIFY(error->text().contains(QStringLiteral("longer passphrase")));
            QVERIFY(!QFileInfo::exists(dir));
            pass->clear();
            again->clear();
            QTest::keyClicks(pass, QStringLiteral("correct horse battery"));
            QTest::keyClicks(again, QStringLiteral("correct horse battery"));
            QTest::mouseClick(create, Qt::LeftButton);
            QCOMPARE(welcome.result(), int(QDialog::Accepted));
            auto account = welcome.takeAccount();
            QVERIFY(account);
            QCOMPARE(account->displayName(), QStringLiteral("Alice"));
            QCOMPARE(account->setting(QStringLiteral("relay.url")),
                     QByteArray("ws://127.0.0.1:7600"));
        }
        ui::WelcomeDialog unlock(ui::WelcomeDialog::Mode::Unlock, dir);
        unlock.show();
        auto *pass = unlock.findChild<QLineEdit *>(QStringLiteral("unlockInput"));
        auto *error = unlock.findChild<QLabel *>(QStringLiteral("unlockError"));
        QVERIFY(pass && error);
        QTest::keyClicks(pass, QStringLiteral("wrong horse battery"));
        QTest::keyClick(pass, Qt::Key_Return);
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(), QStringLiteral("That passphrase is not right. Try again."));
        QVERIFY(unlock.result() != int(QDialog::Accepted));
        pass->clear();
        QTest::keyClicks(pass, QStringLiteral("correct horse battery"));
        QTest::keyClick(pass, Qt::Key_Return);
        QCOMPARE(unlock.result(), int(QDialog::Accepted));
        auto account = unlock.takeAccount();
        QVERIFY(account);
        QCOMPARE(account->displayName(), QStringLiteral("Alice"));
    }

    void chatRequestAndLanguage()
    {
        auto world = app::demo::DemoWorld::start({QString(), true});
        QVERIFY2(world, world ? "" : qPrintable(world.error().detail));
        auto account =
            app::Account::open((*world)->testerProfileDir(), (*world)->testerPassphrase());
        QVERIFY(account);
        auto session = app::Session::open(std::move(*account));
        QVERIFY(session);
        app::Session &s = **session;
        ui::MainWindow window(s);
        window.resize(1000, 700);
        window.show();
        s.start();
        QTRY_VERIFY_WITH_TIMEOUT(s.isOnline(), 20000);

        // ---- chatting with a scripted peer through the real relay
        const QString maya = (*world)->coveIdOf(Cast::Maya);
        auto conv = s.messenger().directConversation(maya);
        QVERIFY(conv);
        QTRY_VERIFY_WITH_TIMEOUT(window.chats().rowOf(conv->id) >= 0, 20000);
        window.openConversation(conv->id);
        ui::ChatView *chat = window.chatView();
        QCOMPARE(chat->conversationId(), conv->id);
        QVERIFY(chat->findChild<QLabel *>(QStringLiteral("chatTitle"))->text() ==
                QStringLiteral("Maya"));
        app::MessageListModel &messages = chat->model();
        const int before = messages.rowCount();
        QVERIFY(before > 0); // the history the world wrote
        auto *text = chat->findChild<QPlainTextEdit *>(QStringLiteral("composerText"));
        QVERIFY(text);
        text->setFocus();
        QTest::keyClicks(text, QStringLiteral("Hello from the window"));
        QTest::keyClick(text, Qt::Key_Return, Qt::ShiftModifier); // a new line, not a send
        QTest::keyClicks(text, QStringLiteral("second line"));
        QCOMPARE(messages.rowCount(), before);
        QTest::keyClick(text, Qt::Key_Return);
        QTRY_COMPARE(messages.rowCount(), before + 1);
        const int mine = before;
        QCOMPARE(messages.data(messages.index(mine), app::MessageListModel::BodyRole).toString(),
                 QStringLiteral("Hello from the window\nsecond line"));
        QVERIFY(messages.data(messages.index(mine), app::MessageListModel::OutgoingRole).toBool());
        QVERIFY(text->toPlainText().isEmpty());
        // Maya answers; the answer shows up below, and our message is delivered.
        QTRY_VERIFY_WITH_TIMEOUT(messages.rowCount() > before + 1, 20000);
        QVERIFY(!messages.data(messages.index(before + 1), app::MessageListModel::OutgoingRole)
                     .toBool());
        QTRY_VERIFY_WITH_TIMEOUT(
            messages.data(messages.index(mine), app::MessageListModel::StatusRole).toInt() >=
                int(storage::MessageStatus::Delivered),
            20000);

        // ---- a stranger's message request, with the relay's facts
        const QString alex = (*world)->coveIdOf(Cast::Alex);
        auto request = s.messenger().directConversation(alex);
        QVERIFY(request);
        QTRY_VERIFY_WITH_TIMEOUT(window.requests().rowOf(request->id) >= 0, 20000);
        QCOMPARE(window.chats().rowOf(request->id), -1); // not among the chats
        auto *requestsButton = window.findChild<QPushButton *>(QStringLiteral("requestsButton"));
        QVERIFY(requestsButton && requestsButton->isVisible());
        QVERIFY(requestsButton->text().startsWith(QStringLiteral("Message requests (")));
        window.openConversation(request->id);
        QVERIFY(window.showingRequests());
        auto *facts = chat->findChild<QLabel *>(QStringLiteral("requestFacts"));
        QVERIFY(facts && facts->isVisible());
        QVERIFY(facts->text().contains(QStringLiteral("less than a day ago")));
        QVERIFY(facts->text().contains(QStringLiteral("not in your contacts")));
        QVERIFY(!text->isVisible()); // no replying before accepting
        auto *accept = chat->findChild<QPushButton *>(QStringLiteral("acceptRequest"));
        QTest::mouseClick(accept, Qt::LeftButton);
        QTRY_VERIFY(window.chats().rowOf(request->id) >= 0);
        QTRY_COMPARE(window.requests().rowOf(request->id), -1);
        QVERIFY(!facts->isVisible());
        QVERIFY(text->isVisible());

        // ---- the language switches at runtime, and the layout mirrors
        auto *menu = window.menuBar()->actions().at(1);
        QCOMPARE(menu->text(), QStringLiteral("&View"));
        QVERIFY(ui::Language::apply(QStringLiteral("ar")));
        QCoreApplication::processEvents();
        QCOMPARE(QApplication::layoutDirection(), Qt::RightToLeft);
        QVERIFY(menu->text() != QStringLiteral("&View"));
        QCOMPARE(menu->text(), QCoreApplication::translate("cove::ui::MainWindow", "&View"));
        auto *send = chat->findChild<QToolButton *>(QStringLiteral("sendButton"));
        QVERIFY(send);
        QTRY_VERIFY(send->mapTo(&window, QPoint(0, 0)).x() <
                    text->mapTo(&window, QPoint(0, 0)).x()); // send sits on the left
        const QImage rtl = window.grab().toImage();
        QVERIFY(!rtl.isNull());
        QVERIFY(ui::Language::apply(QStringLiteral("en")));
        QCoreApplication::processEvents();
        QCOMPARE(QApplication::layoutDirection(), Qt::LeftToRight);
        QCOMPARE(menu->text(), QStringLiteral("&View"));
        QTRY_VERIFY(send->mapTo(&window, QPoint(0, 0)).x() >
                    text->mapTo(&window, QPoint(0, 0)).x());
    }

    void guardedChildWindow()
    {
        // COVE_SCREENSHOTS=DIR saves the screens; COVE_SCREENSHOTS_LANGUAGE=ar
        // shows them in another language (right to left for Arabic).
        const QString language = qEnvironmentVariable("COVE_SCREENSHOTS_LANGUAGE");
        if (!language.isEmpty())
            ui::Language::apply(language);
        const auto english = qScopeGuard([] { ui::Language::apply(QStringLiteral("en")); });
        app::demo::DemoWorld::Options options;
        options.fast = true;
        options.guarded = true;
        auto world = app::demo::DemoWorld::start(options);
        QVERIFY2(world, world ? "" : qPrintable(world.error().detail));
        auto account =
            app::Account::open((*world)->testerProfileDir(), (*world)->testerPassphrase());
        QVERIFY(account);
        auto session = app::Session::open(std::move(*account));
        QVERIFY(session);
        app::Session &s = **session;
        QCOMPARE(s.messenger().guardedMode(), app::Messenger::GuardedMode::On);
        const QFont before = QApplication::font();
        ui::MainWindow window(s);
        window.resize(1000, 700);
        window.show();
        s.start();
        QTRY_VERIFY_WITH_TIMEOUT(s.isOnline(), 20000);

        // Larger text, "Get help" always in view, no message requests, no groups of one's own.
        QVERIFY(QApplication::font().pointSizeF() > before.pointSizeF());
        auto *help = window.findChild<QPushButton *>(QStringLiteral("getHelpButton"));
        QVERIFY(help && help->isVisible());
        QVERIFY(!window.findChild<QPushButton *>(QStringLiteral("requestsButton"))->isVisible());

        // A chat with a friend the guardian approved: the child must answer
        // the notice; it has no close button and the composer waits.
        const QString maya = (*world)->coveIdOf(Cast::Maya);
        auto conv = s.messenger().directConversation(maya);
        QVERIFY(conv);
        QTRY_VERIFY_WITH_TIMEOUT(window.chats().rowOf(conv->id) >= 0, 20000);
        window.openConversation(conv->id);
        ui::ChatView *chat = window.chatView();
        auto *notice = chat->findChild<QFrame *>(QStringLiteral("safetyNotice"));
        QVERIFY(notice && notice->isVisible());
        if (qEnvironmentVariableIsSet("COVE_SCREENSHOTS"))
            window.grab().save(qEnvironmentVariable("COVE_SCREENSHOTS") +
                               QStringLiteral("/guarded-notice.png"));
        QVERIFY(!chat->findChild<QToolButton *>(QStringLiteral("dismissNotice"))->isVisible());
        QVERIFY(chat->findChild<QPushButton *>(QStringLiteral("noticeTellGuardian"))->isVisible());
        auto *text = chat->findChild<QPlainTextEdit *>(QStringLiteral("composerText"));
        QVERIFY(!text->isVisible());
        QCOMPARE(s.messenger()
                     .dismissNotice(conv->id, safety::NoticeKind::GuardedNewContact)
                     .error()
                     .code,
                 app::AppError::Code::NotAllowed);
        QTest::keyClick(chat, Qt::Key_Escape);
        QVERIFY(notice->isVisible());
        chat->findChild<QPushButton *>(QStringLiteral("knowPerson"))->click();
        QTRY_VERIFY(!notice->isVisible());
        QVERIFY(text->isVisible());

        // Get help: the words reach the guardian with an alert.
        app::Messenger &jordan = *(*world)->guardianMessenger();
        QSignalSpy helped(&jordan, &app::Messenger::helpRequested);
        QTimer::singleShot(0, this, [] {
            auto *dialog = qobject_cast<ui::GuardedHelpDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("helpReport"))->isEnabled());
            QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("helpLines"))->text().isEmpty());
            dialog->findChild<QPlainTextEdit *>(QStringLiteral("helpWords"))
                ->setPlainText(QStringLiteral("I need help"));
            dialog->findChild<QCheckBox *>(QStringLiteral("helpWithMessages"))->click();
            dialog->findChild<QPushButton *>(QStringLiteral("helpTellGuardian"))->click();
            QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("helpSent"))->isVisible());
            if (qEnvironmentVariableIsSet("COVE_SCREENSHOTS"))
                dialog->grab().save(qEnvironmentVariable("COVE_SCREENSHOTS") +
                                    QStringLiteral("/guarded-help.png"));
            dialog->reject();
        });
        help->click();
        QTRY_COMPARE_WITH_TIMEOUT(helped.size(), 1, 20000);
        // The child chose to add the chat: the guardian reads who wrote what.
        auto jordanChat = jordan.directConversation(s.account().coveId());
        QVERIFY(jordanChat);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                storage::MessageRepository messages((*world)->guardianAccount()->db());
                auto page = messages.newestPage(jordanChat->id, 10);
                return page && !page->messages.isEmpty() &&
                       page->messages.constLast().body.startsWith(QStringLiteral("I need help")) &&
                       page->messages.constLast().body.contains(
                           QStringLiteral("Maya: Sam found one by the lake."));
            }(),
            20000);

        // Asking for Robin: the scripted guardian says yes, and Robin writes.
        const QString robin = (*world)->coveIdOf(Cast::Robin);
        QVERIFY(s.messenger().askForContact(robin, QStringLiteral("Robin")));
        QTRY_VERIFY_WITH_TIMEOUT(s.messenger().guardedAllows(robin).value(), 20000);
        auto robinChat = s.messenger().directConversation(robin);
        QVERIFY(robinChat);
        QTRY_VERIFY_WITH_TIMEOUT(window.chats().rowOf(robinChat->id) >= 0 &&
                                     window.chats()
                                             .index(window.chats().rowOf(robinChat->id))
                                             .data(app::ConversationListModel::UnreadRole)
                                             .toInt() > 0,
                                 20000);
        // Asking for Alex (a stranger): declined.
        const QString alex = (*world)->coveIdOf(Cast::Alex);
        QVERIFY(s.messenger().askForContact(alex, QStringLiteral("Alex")));
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const QList<storage::ContactAsk> asks = s.messenger().contactAsks().value();
                for (const auto &a : asks)
                    if (a.contactId == alex)
                        return a.state == storage::ContactAsk::State::Declined;
                return false;
            }(),
            20000);

        // The guardian's view: Alex shows as turned away, never in the child's chats.
        ui::ChildrenDialog view(*(*world)->guardianAccount(), jordan);
        view.show();
        auto *refused = view.findChild<QListWidget *>(QStringLiteral("childRefused"));
        QTRY_VERIFY_WITH_TIMEOUT(refused->count() >= 1, 20000);
        QVERIFY(refused->item(0)->text().contains(protocol::displayCoveId(alex)));
        auto *contacts = view.findChild<QListWidget *>(QStringLiteral("childContacts"));
        QTRY_COMPARE_WITH_TIMEOUT(contacts->count(), 3, 20000); // Maya, Sam, Robin
        QVERIFY(!storage::ConversationRepository(s.account().db()).findDirect(alex)->has_value());
        // Quiet hours set in the guardian's panel: the child's window rests.
        const QTime now = QTime::currentTime();
        view.findChild<QCheckBox *>(QStringLiteral("quietHours"))->setChecked(true);
        view.findChild<QTimeEdit *>(QStringLiteral("quietFrom"))->setTime(now.addSecs(-3600));
        view.findChild<QTimeEdit *>(QStringLiteral("quietUntil"))->setTime(now.addSecs(3600));
        view.findChild<QPushButton *>(QStringLiteral("saveQuietHours"))->click();
        auto *resting = window.findChild<QWidget *>(QStringLiteral("restingScreen"));
        QTRY_VERIFY_WITH_TIMEOUT(resting->isVisible(), 20000);
        QVERIFY(window.findChild<QPushButton *>(QStringLiteral("restingHelp"))->isVisible());
        if (qEnvironmentVariableIsSet("COVE_SCREENSHOTS")) {
            const QString dir = qEnvironmentVariable("COVE_SCREENSHOTS");
            window.grab().save(dir + QStringLiteral("/guarded-resting.png"));
            view.grab().save(dir + QStringLiteral("/guardian-view.png"));
        }
        // Sharing files with the guardian: the child's window says so, always.
        auto *sharing = window.findChild<QLabel *>(QStringLiteral("mediaSharedIndicator"));
        QVERIFY(!sharing->isVisible());
        view.findChild<QCheckBox *>(QStringLiteral("shareMedia"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(s.messenger().sharesMediaWithGuardian(), 20000);
        view.findChild<QCheckBox *>(QStringLiteral("quietHours"))->setChecked(false);
        view.findChild<QPushButton *>(QStringLiteral("saveQuietHours"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(!resting->isVisible(), 20000);
        QVERIFY(sharing->isVisible());
        if (qEnvironmentVariableIsSet("COVE_SCREENSHOTS"))
            window.grab().save(qEnvironmentVariable("COVE_SCREENSHOTS") +
                               QStringLiteral("/guarded-child.png"));
    }

    void unlockOnThisComputer()
    {
        QTemporaryDir root;
        const QString dir = root.filePath(QStringLiteral("kim"));
        const QString passphrase = QStringLiteral("correct horse battery");
        QString id;
        {
            auto account = app::Account::create(dir, passphrase, QStringLiteral("Kim"),
                                                storage::KdfParams::cheapForTests());
            QVERIFY(account);
            id = (*account)->coveId();
        }
        MemoryKeychain keychain;
        // Not chosen: nothing is read from the keychain, the passphrase is asked.
        QVERIFY(!ui::WelcomeDialog::unlockRemembered(dir, keychain));
        ui::WelcomeDialog unlock(ui::WelcomeDialog::Mode::Unlock, dir);
        unlock.setKeychain(&keychain);
        unlock.show();
        auto *remember = unlock.findChild<QCheckBox *>(QStringLiteral("rememberKey"));
        auto *pass = unlock.findChild<QLineEdit *>(QStringLiteral("unlockInput"));
        QVERIFY(remember && pass && !remember->isChecked());
        remember->click();
        QTest::keyClicks(pass, passphrase);
        QTest::keyClick(pass, Qt::Key_Return);
        QCOMPARE(unlock.result(), int(QDialog::Accepted));
        QVERIFY(unlock.takeAccount());
        QCOMPARE(keychain.entries.size(), 1);
        QVERIFY(ui::prefs::unlocksWithKeychain(dir));
        // Next start: open without a passphrase.
        auto opened = ui::WelcomeDialog::unlockRemembered(dir, keychain);
        QVERIFY(opened);
        QCOMPARE(opened->coveId(), id);
        opened.reset();
        // A keychain out of reach: the passphrase is asked, the choice kept.
        keychain.broken = true;
        QVERIFY(!ui::WelcomeDialog::unlockRemembered(dir, keychain));
        QVERIFY(ui::prefs::unlocksWithKeychain(dir));
        // A remembered key that no longer opens the profile is forgotten.
        keychain.broken = false;
        keychain.entries.first() = QByteArray(32, 'x');
        QVERIFY(!ui::WelcomeDialog::unlockRemembered(dir, keychain));
        QVERIFY(!ui::prefs::unlocksWithKeychain(dir));
    }

    void backupRestoresIntoANewProfile()
    {
        QTemporaryDir root;
        const QString backup = root.filePath(QStringLiteral("kim.covebackup"));
        QString id;
        {
            auto account = app::Account::create(
                root.filePath(QStringLiteral("kim")), QStringLiteral("correct horse battery"),
                QStringLiteral("Kim"), storage::KdfParams::cheapForTests());
            QVERIFY(account);
            id = (*account)->coveId();
            storage::ContactRepository contacts((*account)->db());
            QVERIFY(contacts.add(
                storage::Contact{QStringLiteral("LEE"), QStringLiteral("Lee"), QByteArray(), 1}));
            QVERIFY((*account)->exportBackup(backup, QStringLiteral("backup passphrase")));
        }
        QVERIFY(QFileInfo(backup).size() > 0);
        const QString target = root.filePath(QStringLiteral("restored"));
        ui::WelcomeDialog welcome(ui::WelcomeDialog::Mode::Create, target);
        welcome.show();
        auto *error = welcome.findChild<QLabel *>(QStringLiteral("createError"));
        QVERIFY(welcome.findChild<QPushButton *>(QStringLiteral("restoreButton"))->isVisible());
        // The wrong passphrase says so and leaves nothing behind.
        QVERIFY(!welcome.restoreFrom(backup, QStringLiteral("not the one")));
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(), QStringLiteral("That passphrase does not open this backup."));
        QVERIFY(!QFileInfo::exists(target));
        QVERIFY(welcome.restoreFrom(backup, QStringLiteral("backup passphrase")));
        QCOMPARE(welcome.result(), int(QDialog::Accepted));
        auto account = welcome.takeAccount();
        QVERIFY(account);
        QCOMPARE(account->coveId(), id);
        QCOMPARE(account->displayName(), QStringLiteral("Kim"));
        storage::ContactRepository contacts(account->db());
        QCOMPARE(contacts.all()->size(), 1);
        // It opens with the backup's passphrase from now on.
        account.reset();
        QVERIFY(app::Account::open(target, QStringLiteral("backup passphrase")));
    }

    void longHistoryPagesByKey()
    {
        QTemporaryDir root;
        std::optional<OpenHistory> open =
            openHistory(root.filePath(QStringLiteral("p")), "g-long", 260);
        QVERIFY(open);
        app::MessageListModel &model = *open->model;
        // It opens on the newest page only, newest at the bottom.
        QCOMPARE(model.rowCount(), app::MessageListModel::kPageSize);
        QCOMPARE(model.data(model.index(model.rowCount() - 1)).toString(),
                 QStringLiteral("message 259"));
        // Scrolling to the top reads the older pages, one at a time.
        QListView *list = open->list;
        for (int page = 2; page <= 6; ++page) {
            list->verticalScrollBar()->setValue(0);
            QTRY_VERIFY(model.rowCount() >= std::min(260, page * app::MessageListModel::kPageSize));
        }
        QCOMPARE(model.rowCount(), 260);
        QCOMPARE(model.data(model.index(0)).toString(), QStringLiteral("message 0"));
        QVERIFY(!model.hasOlder());
    }

    void olderPagesAreReadAhead()
    {
        // Shortly after the rows change, the next older page is read and its
        // text measured, so reaching the top waits for neither. What comes in
        // is what a read on the spot gives: laid out the same, and a message
        // that changed meanwhile as it is now.
        QTemporaryDir root;
        const auto body = [](int i) {
            QString text = QStringLiteral("message %1").arg(i);
            for (int w = 0; w < (i * 7) % 40; ++w)
                text += QStringLiteral(" word%1").arg(w);
            return text;
        };
        std::optional<OpenHistory> open =
            openHistory(root.filePath(QStringLiteral("p")), "g-ahead", 160, body);
        QVERIFY(open);
        app::MessageListModel &model = *open->model;
        QListView *list = open->list;
        QScrollBar *bar = list->verticalScrollBar();
        QTRY_COMPARE(model.readAhead(), qsizetype(app::MessageListModel::kPageSize));

        // A message kept aside changes (here: the recipient read it).
        storage::MessageRepository repo(open->session->account().db());
        auto changed = repo.findByMessageId(QByteArray::number(100).rightJustified(16, '0'));
        QVERIFY(changed && changed->has_value());
        const qint64 changedRow = (*changed)->rowId;
        QVERIFY(repo.setStatus(changedRow, storage::MessageStatus::Read));
        Q_EMIT open->session->messenger().messageChanged(changedRow);
        QCOMPARE(model.readAhead(), qsizetype(0));
        const qint64 first = model.messageAt(0).rowId;
        bar->setValue(bar->minimum());
        QTRY_VERIFY(model.messageAt(0).rowId != first);
        const int row = model.rowOf(changedRow);
        QVERIFY(row >= 0);
        QCOMPARE(model.data(model.index(row), app::MessageListModel::StatusRole).toInt(),
                 int(storage::MessageStatus::Read));

        // The next page is read ahead again and comes in measured as if on the spot.
        QTRY_COMPARE(model.readAhead(), qsizetype(app::MessageListModel::kPageSize));
        const qint64 top = model.messageAt(0).rowId;
        bar->setValue(bar->minimum());
        QTRY_VERIFY(model.messageAt(0).rowId != top);
        QCOMPARE(model.data(model.index(0)).toString(), body(10));
        QList<int> heights;
        for (int r = 0; r < app::MessageListModel::kPageSize; ++r)
            heights.append(list->visualRect(model.index(r)).height());
        auto *delegate = qobject_cast<ui::MessageDelegate *>(list->itemDelegate());
        QVERIFY(delegate);
        delegate->clearSizes();
        list->doItemsLayout();
        for (int r = 0; r < app::MessageListModel::kPageSize; ++r)
            QCOMPARE(list->visualRect(model.index(r)).height(), heights.at(r));
        QVERIFY(std::set<int>(heights.cbegin(), heights.cend()).size() > 2); // several line counts
    }

    void messageTextWrapsInsideItsBubble()
    {
        // Message text is shaped once and painted from that shape: what is
        // painted must be what was measured. Words without ascenders or
        // descenders keep the lines of text apart in the picture.
        QTemporaryDir root;
        const QString longWord = QStringLiteral("wovenmesa").repeated(30);
        const QString english =
            QStringLiteral("once more we swim across a sunny ocean ").repeated(3);
        const QString hebrew =
            QStringLiteral("שמש מים אבא ").repeated(20) + QStringLiteral("\nשמש");
        const QStringList bodies{QStringLiteral("once more"), longWord,
                                 QStringLiteral("once more\nsome more"), hebrew, english};
        std::optional<OpenHistory> open =
            openHistory(root.filePath(QStringLiteral("p")), "g-wrap", int(bodies.size()),
                        [&bodies](int i) { return bodies.at(i); });
        QVERIFY(open);
        app::MessageListModel &model = *open->model;
        QListView *list = open->list;
        open->window->resize(900, 800);
        QTRY_COMPARE(model.rowCount(), int(bodies.size()));
        QCoreApplication::processEvents();
        const QImage view = list->viewport()->grab().toImage();
        if (qEnvironmentVariableIsSet("COVE_SCREENSHOTS"))
            view.save(qEnvironmentVariable("COVE_SCREENSHOTS") + QStringLiteral("/wrapping.png"));
        QList<BubbleInk> inks;
        for (int r = 0; r < model.rowCount(); ++r) {
            const QRect row = list->visualRect(model.index(r));
            QVERIFY(list->viewport()->rect().contains(row));
            BubbleInk ink = inkIn(view, row, ui::Theme::outgoingBubble());
            QVERIFY2(ink.bands.size() >= 2, qPrintable(QString::number(r)));
            // Text keeps the bubble's padding on both sides.
            for (const QRect &band : std::as_const(ink.bands)) {
                QVERIFY2(band.left() >= ink.bubble.left() + 10 &&
                             band.right() <= ink.bubble.right() - 10,
                         qPrintable(QStringLiteral("row %1: bubble %2..%3, text %4..%5")
                                        .arg(r)
                                        .arg(ink.bubble.left())
                                        .arg(ink.bubble.right())
                                        .arg(band.left())
                                        .arg(band.right())));
            }
            inks.append(ink);
        }
        // One line and its footer.
        QCOMPARE(inks.at(0).bands.size(), 2);
        // A word longer than a line breaks; the bubble stays within its width.
        QVERIFY(inks.at(1).bands.size() >= 4);
        QVERIFY(inks.at(1).bubble.width() <= 560);
        // A line break in the message is a line break on the screen.
        QCOMPARE(inks.at(2).bands.size(), 3);
        // Right-to-left text keeps its lines to the right; the last one is short.
        const QList<QRect> &rtl = inks.at(3).bands;
        QVERIFY(rtl.size() >= 3);
        for (qsizetype i = 1; i + 1 < rtl.size(); ++i)
            QVERIFY2(std::abs(rtl.at(i).right() - rtl.first().right()) <= 3,
                     qPrintable(
                         QStringLiteral("%1 %2").arg(rtl.at(i).right()).arg(rtl.first().right())));
        QVERIFY(rtl.at(rtl.size() - 2).left() > rtl.first().left() + 40);
        // Left-to-right lines start at the left.
        const QList<QRect> &ltr = inks.at(4).bands;
        QVERIFY(ltr.size() >= 3);
        for (qsizetype i = 1; i + 1 < ltr.size(); ++i)
            QVERIFY(std::abs(ltr.at(i).left() - ltr.first().left()) <= 3);
    }

    void contactFromAQrPicture()
    {
        QTemporaryDir root;
        auto account = app::Account::create(
            root.filePath(QStringLiteral("q")), QStringLiteral("correct horse battery"),
            QStringLiteral("Quinn"), storage::KdfParams::cheapForTests());
        QVERIFY(account);
        (void)(*account)->setSetting(QStringLiteral("relay.url"), "ws://127.0.0.1:1");
        QByteArray key(1, '\x05');
        for (int i = 0; i < 32; ++i)
            key.append(char(40 + i));
        const QString friendId = protocol::coveIdForIdentityKey(key);
        const QString link = protocol::formatContactLink(friendId);
        // A screenshot: the code, smaller and off-centre, among other things.
        QImage shot(900, 600, QImage::Format_RGB32);
        shot.fill(QColor(0xe8, 0xec, 0xf0));
        {
            QPainter p(&shot);
            p.drawText(20, 40, QStringLiteral("Add me on Cove!"));
            p.drawImage(QRect(480, 200, 220, 220), ui::QrMatrix::encode(link.toUtf8()).toImage(4));
        }
        QCOMPARE(ui::readQrCodes(shot), QStringList{link});
        QVERIFY(ui::readQrCodes(QImage()).isEmpty());
        {
            // Seeds of fuzz_qrimage: the code as grey pixels, and as a PNG file.
            const QImage code = ui::QrMatrix::encode(link.toUtf8())
                                    .toImage(2)
                                    .convertToFormat(QImage::Format_Grayscale8);
            QByteArray raw(1, '\0');
            raw.append(char(code.width() & 0xff)).append(char(code.width() >> 8));
            for (int y = 0; y < code.height(); ++y)
                raw.append(reinterpret_cast<const char *>(code.constScanLine(y)), code.width());
            cove::test::writeFuzzSeed("qrimage", QStringLiteral("grey"), raw);
            QByteArray png(1, '\1');
            QBuffer buffer(&png);
            QVERIFY(buffer.open(QIODevice::Append));
            QVERIFY(code.save(&buffer, "PNG"));
            cove::test::writeFuzzSeed("qrimage", QStringLiteral("png"), png);
        }

        auto session = app::Session::open(std::move(*account));
        QVERIFY(session);
        ui::AddContactDialog dialog(**session);
        dialog.show();
        auto *id = dialog.findChild<QLineEdit *>(QStringLiteral("coveIdInput"));
        auto *add = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(id && add && !add->isEnabled());
        QImage blank(300, 300, QImage::Format_RGB32);
        blank.fill(Qt::white);
        QVERIFY(!dialog.readQrImage(blank));
        QVERIFY(!add->isEnabled());
        QVERIFY(dialog.readQrImage(shot));
        QCOMPARE(id->text(), link);
        QVERIFY(add->isEnabled());
        dialog.accept();
        QVERIFY((*session)->messenger().contact(friendId)->has_value());
    }

    void longHistoryKeepsAWindow()
    {
        // Scrolling far up holds at most kMaxRows rows; scrolling back down
        // reads the newer ones again; sending jumps to the newest.
        QTemporaryDir root;
        constexpr int kCount = app::MessageListModel::kMaxRows + 300;
        std::optional<OpenHistory> open =
            openHistory(root.filePath(QStringLiteral("p")), "g-window-group-id", kCount);
        QVERIFY(open);
        app::MessageListModel &model = *open->model;
        QListView *list = open->list;
        QScrollBar *bar = list->verticalScrollBar();
        while (model.hasOlder()) {
            const qint64 first = model.messageAt(0).rowId;
            bar->setValue(bar->minimum());
            QTRY_VERIFY(model.messageAt(0).rowId != first);
            QVERIFY(model.rowCount() <= app::MessageListModel::kMaxRows);
            // What the person was looking at stays where it was.
            const QRect seen = list->visualRect(model.index(model.rowOf(first)));
            QVERIFY2(std::abs(seen.top()) <= 2, qPrintable(QString::number(seen.top())));
        }
        QCOMPARE(model.data(model.index(0)).toString(), QStringLiteral("message 0"));
        QVERIFY(model.hasNewer());
        for (int i = 0; i < 20 && model.hasNewer(); ++i) {
            bar->setValue(bar->maximum());
            QCoreApplication::processEvents();
        }
        QVERIFY(!model.hasNewer());
        QCOMPARE(model.data(model.index(model.rowCount() - 1)).toString(),
                 QStringLiteral("message %1").arg(kCount - 1));
        QVERIFY(model.rowCount() <= app::MessageListModel::kMaxRows);
        auto *toNewest =
            open->window->chatView()->findChild<QPushButton *>(QStringLiteral("toNewest"));
        QVERIFY(toNewest && !toNewest->isVisible());
        // Far up again, then the newest page comes back in one click.
        while (!model.hasNewer()) {
            const qint64 first = model.messageAt(0).rowId;
            bar->setValue(bar->minimum());
            QTRY_VERIFY(model.messageAt(0).rowId != first);
        }
        QVERIFY(toNewest->isVisible());
        QTest::mouseClick(toNewest, Qt::LeftButton);
        QVERIFY(!model.hasNewer());
        QVERIFY(!toNewest->isVisible());
        QCOMPARE(model.rowCount(), app::MessageListModel::kPageSize);
        QCOMPARE(model.data(model.index(model.rowCount() - 1)).toString(),
                 QStringLiteral("message %1").arg(kCount - 1));
    }

    void draftsStayWithTheirChat()
    {
        QTemporaryDir root;
        const QString dir = root.filePath(QStringLiteral("p"));
        std::optional<OpenHistory> open =
            openHistory(dir, "drafts-group-id!", 3); // 16 bytes, as on the wire
        QVERIFY(open);
        const qint64 first = open->window->chatView()->conversationId();
        storage::ConversationRepository convs(open->session->account().db());
        auto other = convs.createGroup("g-other", QStringLiteral("Other"), 2);
        QVERIFY(other);
        // A group of one, where a message goes out even offline.
        QVERIFY(convs.setMembers(
            first, {{open->session->account().coveId(), storage::MemberRole::Admin, 1}}));
        open->window->chats().reload(); // written behind the app's back
        ui::ChatView *chat = open->window->chatView();
        auto *composer = chat->findChild<ui::Composer *>();
        auto *text = chat->findChild<QPlainTextEdit *>(QStringLiteral("composerText"));
        QVERIFY(composer && text);
        const QString path = root.filePath(QStringLiteral("plan.txt"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("step one");
        }

        // Half a message and a file in one chat; another chat opens empty.
        text->setFocus();
        QTest::keyClicks(text, QStringLiteral("half a thought "));
        composer->addFiles({path});
        open->window->openConversation(other->id);
        QCOMPARE(text->toPlainText(), QString());
        QVERIFY(composer->files().isEmpty());
        QTest::keyClicks(text, QStringLiteral("for the other chat"));
        // Back: each chat has what was written in it, as it was typed.
        open->window->openConversation(first);
        QCOMPARE(text->toPlainText(), QStringLiteral("half a thought "));
        QCOMPARE(composer->files().size(), 1);
        // The chat list says which chats have something waiting.
        const auto draftIn = [&](app::ConversationListModel &chats, qint64 id) {
            return chats.index(chats.rowOf(id))
                .data(app::ConversationListModel::DraftRole)
                .toString();
        };
        QCOMPARE(draftIn(open->window->chats(), other->id), QStringLiteral("for the other chat"));
        QCOMPARE(draftIn(open->window->chats(), first), QStringLiteral("half a thought"));
        open->window->openConversation(other->id);
        QCOMPARE(text->toPlainText(), QStringLiteral("for the other chat"));
        QVERIFY(composer->files().isEmpty());
        QTest::keyClicks(text, QStringLiteral("!"));

        // The text outlives the app (the files stay in memory only).
        open->window.reset();
        open->session.reset();
        auto account = app::Account::open(dir, QStringLiteral("correct horse battery"));
        QVERIFY(account);
        auto session = app::Session::open(std::move(*account));
        QVERIFY(session);
        ui::MainWindow window(**session);
        window.show();
        window.openConversation(other->id);
        auto *again =
            window.chatView()->findChild<QPlainTextEdit *>(QStringLiteral("composerText"));
        QCOMPARE(again->toPlainText(), QStringLiteral("for the other chat!"));
        window.openConversation(first);
        QCOMPARE(again->toPlainText(), QStringLiteral("half a thought "));
        // Sending it ends the draft.
        QVERIFY((*session)->messenger().draft(first).value() == QStringLiteral("half a thought "));
        again->setFocus();
        BoxAnswerer refusedBox;
        QTest::keyClick(again, Qt::Key_Return);
        QVERIFY2(refusedBox.text.isEmpty(), qPrintable(refusedBox.text));
        QTRY_COMPARE(window.chatView()->model().rowCount(), 4);
        QCOMPARE((*session)->messenger().draft(first).value(), QString());
        QCOMPARE(draftIn(window.chats(), first), QString());
        QCOMPARE(draftIn(window.chats(), other->id), QStringLiteral("for the other chat!"));
    }

    void pinnedChatsStayOnTop()
    {
        QTemporaryDir root;
        std::optional<OpenHistory> open =
            openHistory(root.filePath(QStringLiteral("p")), "pinned-group-id!", 2);
        QVERIFY(open);
        ui::MainWindow &window = *open->window;
        const qint64 old = window.chatView()->conversationId();
        storage::ConversationRepository convs(open->session->account().db());
        auto newer = convs.createGroup("newer-group-id!!", QStringLiteral("Newer"),
                                       QDateTime::currentMSecsSinceEpoch());
        QVERIFY(newer);
        window.chats().reload();
        app::ConversationListModel &chats = window.chats();
        QCOMPARE(chats.rowOf(newer->id), 0); // the latest activity first
        QVERIFY(chats.rowOf(old) > 0);

        // Ctrl+Shift+P pins the open chat: it goes to the top and says so.
        auto *pin = window.findChild<QAction *>(QStringLiteral("pinChat"));
        QVERIFY(pin);
        QCOMPARE(pin->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
        pin->trigger();
        QTRY_COMPARE(chats.rowOf(old), 0);
        QVERIFY(chats.index(0).data(app::ConversationListModel::PinnedRole).toBool());
        // It stays there when another chat is busier, until unpinned.
        QVERIFY(convs.touch(newer->id, QDateTime::currentMSecsSinceEpoch() + 1000));
        window.chats().reload();
        QCOMPARE(chats.rowOf(old), 0);
        pin->trigger();
        QTRY_COMPARE(chats.rowOf(newer->id), 0);
        QVERIFY(
            !chats.index(chats.rowOf(old)).data(app::ConversationListModel::PinnedRole).toBool());
        // A message request cannot be pinned.
        QVERIFY(convs.setState(newer->id, storage::ConversationState::MessageRequest));
        QCOMPARE(open->session->messenger().setPinned(newer->id, true).error().code,
                 app::AppError::Code::NotAllowed);
        // In the app, the shortcut says what to do instead of a box about admins.
        window.requests().reload();
        window.openConversation(newer->id);
        BoxAnswerer noBox;
        pin->trigger();
        QCOMPARE(window.statusBar()->currentMessage(),
                 QStringLiteral("Accept the request before you pin it."));
        QVERIFY(noBox.text.isEmpty());
        QVERIFY(!open->session->messenger().conversation(newer->id)->pinned);
    }

    void replyAndDelete()
    {
        QTemporaryDir root;
        std::optional<OpenHistory> open =
            openHistory(root.filePath(QStringLiteral("p")), "reply-group-id!!", 3);
        QVERIFY(open);
        ui::MainWindow &window = *open->window;
        app::Session &s = *open->session;
        const qint64 id = window.chatView()->conversationId();
        // A group of one, where a message goes out even offline.
        QVERIFY(storage::ConversationRepository(s.account().db())
                    .setMembers(id, {{s.account().coveId(), storage::MemberRole::Admin, 1}}));
        ui::ChatView *chat = window.chatView();
        app::MessageListModel &model = chat->model();
        QCOMPARE(model.rowCount(), 3);

        // Reply: the composer shows what is answered; the message sent quotes it.
        const storage::StoredMessage target = model.messageAt(1);
        chat->replyTo(target.rowId);
        auto *preview = chat->findChild<QLabel *>(QStringLiteral("replyPreview"));
        QVERIFY(preview && preview->isVisible());
        QVERIFY2(preview->text().contains(QStringLiteral("message 1")),
                 qPrintable(preview->text()));
        if (qEnvironmentVariableIsSet("COVE_SCREENSHOTS"))
            window.grab().save(qEnvironmentVariable("COVE_SCREENSHOTS") +
                               QStringLiteral("/reply.png"));
        auto *text = chat->findChild<QPlainTextEdit *>(QStringLiteral("composerText"));
        QTest::keyClicks(text, QStringLiteral("agreed"));
        QTest::keyClick(text, Qt::Key_Return);
        QTRY_COMPARE(model.rowCount(), 4);
        const storage::StoredMessage sent = model.messageAt(3);
        QCOMPARE(sent.body, QStringLiteral("agreed"));
        QVERIFY(sent.quote.has_value());
        QCOMPARE(sent.quote->messageId, target.messageId);
        QCOMPARE(sent.quote->excerpt, QStringLiteral("message 1"));
        QVERIFY(!preview->isVisible());
        // The next message is not a reply.
        QTest::keyClicks(text, QStringLiteral("and more"));
        QTest::keyClick(text, Qt::Key_Return);
        QTRY_COMPARE(model.rowCount(), 5);
        QVERIFY(!model.messageAt(4).quote.has_value());

        // A photo: "Photo" here, and its name (not this app's word) in the quote.
        storage::StoredMessage photo = fromFriend(id, "photo-message-01", QString());
        storage::StoredAttachment picture;
        picture.descriptor.blobId = "blob-of-the-photo";
        picture.descriptor.key = QByteArray(32, 'k');
        picture.descriptor.plaintextSha256 = QByteArray(32, 'h');
        picture.descriptor.size = 1000;
        picture.descriptor.mimeType = QStringLiteral("image/jpeg");
        picture.descriptor.fileName = QStringLiteral("beach.jpg");
        photo.attachments.append(picture);
        QVERIFY(storage::MessageRepository(s.account().db()).insert(photo));
        chat->showConversation(id);
        QCOMPARE(model.rowCount(), 6);
        chat->replyTo(model.messageAt(5).rowId);
        QVERIFY2(preview->text().contains(QStringLiteral("Photo")), qPrintable(preview->text()));
        QTest::keyClicks(text, QStringLiteral("nice"));
        QTest::keyClick(text, Qt::Key_Return);
        QTRY_COMPARE(model.rowCount(), 7);
        QVERIFY(model.messageAt(6).quote.has_value());
        QCOMPARE(model.messageAt(6).quote->excerpt, QStringLiteral("beach.jpg"));

        // Delete for me: the message leaves the chat, and a reply to it
        // that was about to be written is dropped.
        chat->replyTo(target.rowId);
        QVERIFY(preview->isVisible());
        QVERIFY(s.messenger().deleteMessage(target.rowId));
        QTRY_COMPARE(model.rowCount(), 6);
        QVERIFY(!preview->isVisible());
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY(model.messageAt(row).rowId != target.rowId);

        // Delete chat, after a question: it leaves the list and the view.
        BoxAnswerer askedBox(QMessageBox::Yes);
        window.deleteChat(id);
        QVERIFY2(askedBox.text.contains(QStringLiteral("You also leave the group")),
                 qPrintable(askedBox.text));
        QCOMPARE(chat->conversationId(), 0);
        QTRY_COMPARE(window.chats().rowOf(id), -1);
        QVERIFY(!s.messenger().conversation(id));
    }

    void mutedChatsWaitQuietly()
    {
        QTemporaryDir root;
        std::optional<OpenHistory> open =
            openHistory(root.filePath(QStringLiteral("p")), "g-muted-group", 3);
        QVERIFY(open);
        ui::MainWindow &window = *open->window;
        app::Messenger &messenger = open->session->messenger();
        const qint64 id = window.chatView()->conversationId();
        window.openConversation(0);
        // A friend writes while the chat is not open: the window asks for attention.
        storage::StoredMessage m =
            fromFriend(id, "friend-message-01", QStringLiteral("are you there?"));
        const auto arrive = [&](const QByteArray &messageId) {
            m.messageId = messageId;
            auto stored = storage::MessageRepository(open->session->account().db()).insert(m);
            QVERIFY(stored);
            QVERIFY(storage::ConversationRepository(open->session->account().db()).addUnread(id));
            Q_EMIT messenger.messageStored(stored->message.rowId, id);
        };
        QSignalSpy alerted(&window, &ui::MainWindow::alerted);
        arrive("friend-message-01");
        QCOMPARE(alerted.size(), 1);
        window.chats().reload();
        QTRY_COMPARE(window.windowTitle(), QStringLiteral("Cove (1)"));

        // The chat's menu in the list: mute it until unmuted.
        QListView *list = window.conversationList();
        const auto menuAction = [&](const QString &name) {
            const int row = window.chats().rowOf(id);
            const QPoint at = list->visualRect(list->model()->index(row, 0)).center();
            bool found = false;
            QTimer::singleShot(50, &window, [&] {
                auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
                if (menu) {
                    if (auto *action = menu->findChild<QAction *>(name)) {
                        found = true;
                        action->trigger();
                    }
                    menu->close();
                }
            });
            Q_EMIT list->customContextMenuRequested(at);
            return found;
        };
        QVERIFY(menuAction(QStringLiteral("mute-1")));
        const auto row = [&] { return window.chats().index(window.chats().rowOf(id)); };
        QTRY_VERIFY(row().data(app::ConversationListModel::MutedRole).toBool());
        QCOMPARE(row().data(app::ConversationListModel::UnreadRole).toLongLong(), 1);
        // In a group, the list says who wrote last.
        QCOMPARE(row().data(app::ConversationListModel::AuthorRole).toString(),
                 app::personName(open->session->account(), m.senderId));
        QTRY_COMPARE(window.windowTitle(), QStringLiteral("Cove")); // muted chats do not count
        if (qEnvironmentVariableIsSet("COVE_SCREENSHOTS"))
            window.grab().save(qEnvironmentVariable("COVE_SCREENSHOTS") +
                               QStringLiteral("/muted.png"));
        arrive("friend-message-02");
        QCOMPARE(alerted.size(), 1); // no flash, no notification
        QVERIFY(messenger.conversation(id)->mutedUntil.has_value());

        // Unmuted, it asks again.
        QVERIFY(menuAction(QStringLiteral("unmute")));
        QTRY_VERIFY(!row().data(app::ConversationListModel::MutedRole).toBool());
        arrive("friend-message-03");
        QCOMPARE(alerted.size(), 2);

        // Read, then marked unread again: it shows unread, and nothing is sent.
        QVERIFY(messenger.markRead(id));
        QTRY_COMPARE(row().data(app::ConversationListModel::UnreadRole).toLongLong(), 0);
        QVERIFY(menuAction(QStringLiteral("markUnread")));
        QTRY_COMPARE(row().data(app::ConversationListModel::UnreadRole).toLongLong(), 1);
        // A message that comes then counts alone, not with the mark.
        arrive("friend-message-04");
        QCOMPARE(alerted.size(), 3);
        QCOMPARE(messenger.conversation(id)->unreadCount, 1);

        // A mute left from before never silences a request (a stranger's
        // group that adds the person again comes back as one).
        QVERIFY(messenger.setMutedUntil(id, std::numeric_limits<qint64>::max()));
        QVERIFY(storage::ConversationRepository(open->session->account().db())
                    .setState(id, storage::ConversationState::MessageRequest));
        window.requests().reload();
        arrive("friend-message-05");
        QCOMPARE(alerted.size(), 4);
        QVERIFY(!window.requests()
                     .index(window.requests().rowOf(id))
                     .data(app::ConversationListModel::MutedRole)
                     .toBool());
        QCOMPARE(messenger.setMutedUntil(id, std::numeric_limits<qint64>::max()).error().code,
                 app::AppError::Code::NotAllowed);
    }

    void opensAtTheFirstUnread()
    {
        // 80 messages came while the person was away: the chat opens on the
        // first of them, under a line that says how many.
        QTemporaryDir root;
        std::optional<OpenHistory> open =
            openHistory(root.filePath(QStringLiteral("p")), "g-unread-group", 200);
        QVERIFY(open);
        ui::MainWindow &window = *open->window;
        const qint64 id = window.chatView()->conversationId();
        window.openConversation(0);
        app::Account &account = open->session->account();
        QVERIFY(account.db().exec("BEGIN"));
        storage::MessageRepository messages(account.db());
        qint64 firstNew = 0;
        for (int i = 0; i < 80; ++i) {
            auto stored = messages.insert(fromFriend(
                id, QByteArray("while-away-") + QByteArray::number(i).rightJustified(5, '0'),
                QStringLiteral("news %1").arg(i)));
            QVERIFY(stored);
            if (i == 0)
                firstNew = stored->message.rowId;
        }
        QVERIFY(storage::ConversationRepository(account.db()).addUnread(id, 80));
        QVERIFY(account.db().exec("COMMIT"));

        window.openConversation(id);
        ui::ChatView *chat = window.chatView();
        app::MessageListModel &model = chat->model();
        const int row = model.rowOf(firstNew);
        QVERIFY(row >= 0); // read back beyond the newest page
        QCOMPARE(model.index(row).data(app::MessageListModel::UnreadFromRole).toInt(), 80);
        QCOMPARE(model.index(row + 1).data(app::MessageListModel::UnreadFromRole).toInt(), 0);
        QListView *list = chat->messageList();
        const QRect shown = list->visualRect(model.index(row));
        QVERIFY2(shown.top() >= -2 && shown.top() < 40, qPrintable(QString::number(shown.top())));
        if (qEnvironmentVariableIsSet("COVE_SCREENSHOTS"))
            window.grab().save(qEnvironmentVariable("COVE_SCREENSHOTS") +
                               QStringLiteral("/unread.png"));
        // Still unread (no read receipts) until the person scrolls down to the newest.
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::qWait(700);
        QCOMPARE(open->session->messenger().conversation(id)->unreadCount, 80);
        list->verticalScrollBar()->setValue(list->verticalScrollBar()->maximum());
        QTRY_COMPARE(open->session->messenger().conversation(id)->unreadCount, 0);
        // Opened again after reading: no line.
        window.openConversation(0);
        window.openConversation(id);
        for (int r = 0; r < model.rowCount(); ++r)
            QCOMPARE(model.index(r).data(app::MessageListModel::UnreadFromRole).toInt(), 0);
    }

    void linksOpenInTheRunningWindow()
    {
        // A cove:// link clicked elsewhere starts the app again: that start
        // hands the link to the window already open, which offers to add
        // the contact (and adds nobody by itself).
        QTemporaryDir root;
        std::optional<OpenHistory> open =
            openHistory(root.filePath(QStringLiteral("p")), "g-links-group!", 1);
        QVERIFY(open);
        ui::MainWindow &window = *open->window;
        const QString name = ui::LinkHandoff::serverName(root.filePath(QStringLiteral("p")));
        QVERIFY(name != ui::LinkHandoff::serverName(root.filePath(QStringLiteral("q"))));
        ui::LinkHandoff handoff;
        QVERIFY(handoff.listen(name));
        QObject::connect(&handoff, &ui::LinkHandoff::requested, &window, &ui::MainWindow::openLink);
        const QString friendId = protocol::coveIdForIdentityKey(QByteArray(33, 5));
        const QString link = protocol::formatContactLink(friendId);

        QString offered;
        bool okAtOnce = true;
        QTimer look;
        look.setInterval(20);
        QObject::connect(&look, &QTimer::timeout, [&] {
            auto *dialog = qobject_cast<ui::AddContactDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            offered = dialog->findChild<QLineEdit *>(QStringLiteral("coveIdInput"))->text();
            // Not addable at once: an Enter typed for something else adds nobody.
            okAtOnce =
                dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled();
            dialog->reject();
        });
        look.start();
        // The second start waits for the window's answer: run it beside the event loop.
        std::atomic<int> taken{-1};
        std::thread second([&] { taken = ui::LinkHandoff::handTo(name, link) ? 1 : 0; });
        QTRY_VERIFY(taken != -1);
        second.join();
        QCOMPARE(taken.load(), 1);
        QTRY_COMPARE(offered, link);
        QVERIFY(!okAtOnce);
        QCOMPARE(open->session->messenger().contacts()->size(), 0);

        // Not a link: said plainly. A stream without an end of line is cut off.
        BoxAnswerer box;
        taken = -1;
        second = std::thread([&] {
            taken = ui::LinkHandoff::handTo(name, QStringLiteral("cove://nothing")) ? 1 : 0;
        });
        QTRY_VERIFY(taken != -1);
        second.join();
        QTRY_COMPARE(box.text, QStringLiteral("This is not a link Cove can open."));
        QSignalSpy asked(&handoff, &ui::LinkHandoff::requested);
        taken = -1;
        second = std::thread([&] {
            QLocalSocket socket;
            socket.connectToServer(name);
            socket.waitForConnected(1000);
            socket.write(QByteArray(8000, 'x'));
            socket.waitForBytesWritten(1000);
            // Well before the 2 s given to a client that says nothing.
            taken = socket.waitForDisconnected(1000) ? 1 : 0;
        });
        QTRY_VERIFY(taken != -1);
        second.join();
        QCOMPARE(taken.load(), 1);
        QCOMPARE(asked.size(), 0);
        // Nobody listening: the start goes on by itself.
        QVERIFY(!ui::LinkHandoff::handTo(ui::LinkHandoff::serverName(root.path()), link));
    }

    void filesNotSentGoBackIntoTheComposer()
    {
        // Offline (the session never connects): files cannot be uploaded.
        QTemporaryDir root;
        std::optional<OpenHistory> open =
            openHistory(root.filePath(QStringLiteral("p")), "g-offline", 3);
        QVERIFY(open);
        ui::ChatView *chat = open->window->chatView();
        auto *composer = chat->findChild<ui::Composer *>();
        auto *text = chat->findChild<QPlainTextEdit *>(QStringLiteral("composerText"));
        QVERIFY(composer && text);
        const QString path = root.filePath(QStringLiteral("notes.txt"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("page one");
        }
        composer->addFiles({path});
        chat->replyTo(open->model->messageAt(1).rowId);
        text->setFocus();
        QTest::keyClicks(text, QStringLiteral("the notes"));

        BoxAnswerer shownBox;
        QTest::keyClick(text, Qt::Key_Return);
        QTRY_VERIFY(!shownBox.text.isEmpty());
        QCOMPARE(shownBox.text,
                 QStringLiteral("The relay cannot be reached right now, so the files were "
                                "not sent. They are back in the message box."));
        // Nothing the person chose is lost, and nothing half-sent shows.
        QCOMPARE(text->toPlainText(), QStringLiteral("the notes"));
        QCOMPARE(composer->files().size(), 1);
        QCOMPARE(composer->files().constFirst().fileName, QStringLiteral("notes.txt"));
        QCOMPARE(composer->files().constFirst().data, QByteArray("page one"));
        // Still an answer to the message it answered.
        auto *replying = chat->findChild<QLabel *>(QStringLiteral("replyPreview"));
        QVERIFY(replying && replying->isVisible());
        QVERIFY2(replying->text().contains(QStringLiteral("message 1")),
                 qPrintable(replying->text()));
        QCOMPARE(open->model->rowCount(), 3);
    }

    void searchSnippetsStartAtTheWord()
    {
        // Further into the message than a snippet's length.
        const QString lead = QStringLiteral("We walked along the river for most of the morning, "
                                            "then up the hill and past the old mill, and ")
                                 .repeated(3);
        // The word as typed, in another case, and with the accents the
        // index does not tell apart.
        QVERIFY(app::searchSnippet(lead + QStringLiteral("stopped at the Café Central."),
                                   {QStringLiteral("cafe")})
                    .contains(QStringLiteral("Café Central")));
        QVERIFY(app::searchSnippet(lead + QStringLiteral("stopped at the cafe."),
                                   {QStringLiteral("CAFÉ")})
                    .contains(QStringLiteral("the cafe.")));
        const QString snippet = app::searchSnippet(
            lead + QStringLiteral("met Zoë and Chloé there."), {QStringLiteral("zoe")});
        QVERIFY(snippet.startsWith(QStringLiteral("…")));
        QVERIFY(snippet.contains(QStringLiteral("Zoë and Chloé")));
        // A short message is shown whole from its start.
        QCOMPARE(app::searchSnippet(QStringLiteral("Crème brûlée?"), {QStringLiteral("creme")}),
                 QStringLiteral("Crème brûlée?"));
    }

    void searchOpensTheChatAtTheMessage()
    {
        // A word said long ago: the search finds it, and a click opens the
        // chat there, with the newer messages still a scroll away.
        QTemporaryDir root;
        constexpr int kCount = 300;
        constexpr int kSaid = 40;
        std::optional<OpenHistory> open =
            openHistory(root.filePath(QStringLiteral("p")), "g-search", kCount, [](int i) {
                if (i == kSaid)
                    return QStringLiteral("We saw a platypus by the river today");
                return i >= kCount - 100 ? QStringLiteral("wombat %1").arg(i)
                                         : QStringLiteral("message %1").arg(i);
            });
        QVERIFY(open);
        // A stranger's request holds the word too: it is not among the results.
        app::Account &account = open->session->account();
        storage::ConversationRepository conversations(account.db());
        const qint64 request = conversations
                                   .findOrCreateDirect(QStringLiteral("stranger"), 1,
                                                       storage::ConversationState::MessageRequest)
                                   ->id;
        QVERIFY(storage::SafetyStateRepository(account.db()).openRequest(request, 1));
        storage::StoredMessage theirs;
        theirs.messageId = "stranger-msg-0001";
        theirs.conversationId = request;
        theirs.senderId = QStringLiteral("stranger");
        theirs.body = QStringLiteral("platypus pictures, click here");
        QVERIFY(storage::MessageRepository(account.db()).insert(theirs));
        open->window->openConversation(0);

        auto *search = open->window->findChild<QLineEdit *>(QStringLiteral("searchInput"));
        auto *title = open->window->findChild<QLabel *>(QStringLiteral("messageHitsTitle"));
        QListView *hits = open->window->messageHits();
        QVERIFY(search && title && hits);
        QVERIFY(!hits->isVisible());
        QTest::keyClicks(search, QStringLiteral("PLATY"));
        QTRY_VERIFY(hits->isVisible());
        QCOMPARE(title->text(), QStringLiteral("Messages"));
        QCOMPARE(hits->model()->rowCount(), 1);
        const QModelIndex hit = hits->model()->index(0, 0);
        QCOMPARE(hit.data(app::ConversationListModel::TitleRole).toString(),
                 QStringLiteral("Long"));
        QVERIFY(hit.data(app::ConversationListModel::PreviewRole)
                    .toString()
                    .contains(QStringLiteral("platypus")));

        QTest::mouseClick(hits->viewport(), Qt::LeftButton, {}, hits->visualRect(hit).center());
        ui::ChatView *chat = open->window->chatView();
        QCOMPARE(chat->conversationId(), open->model->conversationId());
        QVERIFY(chat->conversationId() != 0);
        const QModelIndex shown = chat->messageList()->currentIndex();
        QCOMPARE(shown.data().toString(), QStringLiteral("We saw a platypus by the river today"));
        QVERIFY(chat->messageList()->viewport()->rect().contains(
            chat->messageList()->visualRect(shown).center()));
        if (qEnvironmentVariableIsSet("COVE_SCREENSHOTS"))
            open->window->grab().save(qEnvironmentVariable("COVE_SCREENSHOTS") +
                                      QStringLiteral("/search.png"));
        auto *toNewest = chat->findChild<QPushButton *>(QStringLiteral("toNewest"));
        QVERIFY(toNewest && toNewest->isVisible());
        QTest::mouseClick(toNewest, Qt::LeftButton);
        QCOMPARE(open->model->data(open->model->index(open->model->rowCount() - 1)).toString(),
                 QStringLiteral("wombat %1").arg(kCount - 1));

        // Many results come a page at a time, as the person scrolls.
        search->setText(QStringLiteral("wombat"));
        QTRY_COMPARE(hits->model()->rowCount(), app::MessageSearchModel::kPageSize);
        QCOMPARE(hits->model()->index(0, 0).data(app::ConversationListModel::PreviewRole),
                 QVariant(QStringLiteral("wombat %1").arg(kCount - 1)));
        for (int i = 0; i < 20 && hits->model()->rowCount() < 100; ++i) {
            hits->verticalScrollBar()->setValue(hits->verticalScrollBar()->maximum());
            QTest::qWait(20);
        }
        QCOMPARE(hits->model()->rowCount(), 100);
        QVERIFY(!hits->model()->canFetchMore({}));
        search->setText(QStringLiteral("platypus"));
        QTRY_COMPARE(hits->model()->rowCount(), 1);

        // Deleted, it is found no more.
        QVERIFY(open->session->messenger().deleteMessage(
            hit.data(app::MessageSearchModel::MessageRowIdRole).toLongLong()));
        QTRY_COMPARE(hits->model()->rowCount(), 0);
        QCOMPARE(title->text(), QStringLiteral("No messages found"));
        // Punctuation alone is no search.
        search->setText(QStringLiteral("?!"));
        QTRY_VERIFY(!hits->isVisible());
        // From the keyboard: Down goes to what was found, Escape clears.
        search->setText(QStringLiteral("wombat"));
        QTRY_VERIFY(hits->isVisible() && hits->model()->rowCount() > 0);
        search->setFocus();
        QTest::keyClick(search, Qt::Key_Down);
        QCOMPARE(QApplication::focusWidget(), hits);
        QCOMPARE(hits->currentIndex().row(), 0);
        QTest::keyClick(hits, Qt::Key_Return);
        QCOMPARE(chat->messageList()->currentIndex().data().toString(),
                 QStringLiteral("wombat %1").arg(kCount - 1));
        search->setFocus();
        QTest::keyClick(search, Qt::Key_Escape);
        QCOMPARE(search->text(), QString());
        QVERIFY(!hits->isVisible());
        QVERIFY(open->window->conversationList()->isVisible());
    }
};

QTEST_MAIN(TestDesktop)
#include "tst_desktop.moc"
