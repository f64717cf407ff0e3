// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop app's windows, offscreen, over the real stack: a real relay
// on loopback (the demo world's), real SQLCipher profiles, real Signal
// sessions with scripted peers.

#include "Account.h"
#include "AppSession.h"
#include "ChatView.h"
#include "Composer.h"
#include "ConversationListModel.h"
#include "DemoWorld.h"
#include "KeyFile.h"
#include "Language.h"
#include "MainWindow.h"
#include "MessageListModel.h"
#include "Messenger.h"
#include "TestHelpers.h"
#include "Theme.h"
#include "WelcomeDialog.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace cove;
using Cast = app::demo::DemoWorld::Cast;

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

    void longHistoryPagesByKey()
    {
        QTemporaryDir root;
        auto account = app::Account::create(
            root.filePath(QStringLiteral("p")), QStringLiteral("correct horse battery"),
            QStringLiteral("Pat"), storage::KdfParams::cheapForTests());
        QVERIFY(account);
        (void)(*account)->setSetting(QStringLiteral("relay.url"), "ws://127.0.0.1:1");
        storage::ConversationRepository convs((*account)->db());
        auto conv = convs.createGroup("g-long", QStringLiteral("Long"), 1);
        QVERIFY(conv);
        storage::MessageRepository repo((*account)->db());
        for (int i = 0; i < 260; ++i) {
            storage::StoredMessage m;
            m.messageId = QByteArray::number(i).rightJustified(16, '0');
            m.conversationId = conv->id;
            m.senderId = (*account)->coveId();
            m.direction = storage::Direction::Outgoing;
            m.status = storage::MessageStatus::Sent;
            m.sentAt = 1'700'000'000'000 + i * 60'000;
            m.body = QStringLiteral("message %1").arg(i);
            QVERIFY(repo.insert(m));
        }
        auto session = app::Session::open(std::move(*account));
        QVERIFY(session);
        ui::MainWindow window(**session);
        window.resize(900, 600);
        window.show();
        window.openConversation(conv->id);
        app::MessageListModel &model = window.chatView()->model();
        // It opens on the newest page only, newest at the bottom.
        QCOMPARE(model.rowCount(), app::MessageListModel::kPageSize);
        QCOMPARE(model.data(model.index(model.rowCount() - 1)).toString(),
                 QStringLiteral("message 259"));
        // Scrolling to the top reads the older pages, one at a time.
        QListView *list = window.chatView()->messageList();
        for (int page = 2; page <= 6; ++page) {
            list->verticalScrollBar()->setValue(0);
            QTRY_VERIFY(model.rowCount() >= std::min(260, page * app::MessageListModel::kPageSize));
        }
        QCOMPARE(model.rowCount(), 260);
        QCOMPARE(model.data(model.index(0)).toString(), QStringLiteral("message 0"));
        QVERIFY(!model.hasOlder());
    }
};

QTEST_MAIN(TestDesktop)
#include "tst_desktop.moc"
