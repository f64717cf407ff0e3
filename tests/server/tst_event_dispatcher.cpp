// SPDX-License-Identifier: GPL-3.0-or-later
// EpollEventDispatcher, the event loop of cove-relay's network thread:
// timers, sockets (many of them, and a peer too slow to take what is
// written), events posted from other threads, and a QThread of its own.
// The whole suite runs on it (main() below installs it).

#include "EpollEventDispatcher.h"

#include <QAbstractEventDispatcher>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QPointer>
#include <QRegularExpression>
#include <QSocketNotifier>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <arpa/inet.h>
#include <atomic>
#include <ctime>
#include <memory>
#include <netinet/in.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>
#include <vector>

using cove::relay::EpollEventDispatcher;

namespace {

/// Two TCP sockets connected over loopback.
struct Connected {
    QTcpServer server;
    QTcpSocket client;
    std::unique_ptr<QTcpSocket> peer;

    bool open()
    {
        if (!server.listen(QHostAddress::LocalHost, 0))
            return false;
        client.connectToHost(QHostAddress::LocalHost, server.serverPort());
        QDeadlineTimer deadline(5000);
        while ((!server.hasPendingConnections() ||
                client.state() != QAbstractSocket::ConnectedState) &&
               !deadline.hasExpired())
            QTest::qWait(5);
        peer.reset(server.nextPendingConnection());
        return peer && client.state() == QAbstractSocket::ConnectedState;
    }
};

} // namespace

class TestEventDispatcher : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void isInstalled()
    {
        QVERIFY(qobject_cast<EpollEventDispatcher *>(QAbstractEventDispatcher::instance()));
    }

    void timersFireOnTime()
    {
        QElapsedTimer clock;
        clock.start();
        qint64 firedAt = -1;
        int fired = 0;
        QTimer::singleShot(40, Qt::PreciseTimer, this, [&] {
            firedAt = clock.elapsed();
            ++fired;
        });
        QTimer repeating;
        repeating.setTimerType(Qt::PreciseTimer);
        int ticks = 0;
        connect(&repeating, &QTimer::timeout, this, [&] { ++ticks; });
        repeating.start(10);
        QTest::qWait(200);
        repeating.stop();
        QCOMPARE(fired, 1);
        QVERIFY2(firedAt >= 40 && firedAt < 150, qPrintable(QString::number(firedAt)));
        QVERIFY2(ticks >= 10 && ticks <= 21, qPrintable(QString::number(ticks)));

        // What Qt asks of a timer's dispatcher.
        QTimer later;
        later.start(500);
        const int left = later.remainingTime();
        QVERIFY2(left > 400 && left <= 500, qPrintable(QString::number(left)));
        const auto registered = QAbstractEventDispatcher::instance()->registeredTimers(&later);
        QCOMPARE(registered.size(), 1);
        QCOMPARE(registered.first().interval, 500);
        later.stop();
        QCOMPARE(QAbstractEventDispatcher::instance()->registeredTimers(&later).size(), 0);
    }

    // A zero timer runs on the next turn without blocking, and one that
    // restarts itself does not keep the other events from their turn.
    void zeroTimersDoNotStarve()
    {
        QObject guard; // drops what is still queued should the test fail
        int chain = 0;
        std::function<void()> next = [&] {
            if (++chain < 2000)
                QTimer::singleShot(0, &guard, next);
        };
        QTimer::singleShot(0, &guard, next);
        bool other = false;
        QTimer::singleShot(20, &guard, [&] { other = true; });
        QElapsedTimer clock;
        clock.start();
        QTRY_VERIFY_WITH_TIMEOUT(chain == 2000 && other, 5000);
        QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
    }

    // A timer stopped or restarted by another's slot in the same turn does
    // not fire then.
    void timerStoppedByAnotherDoesNotFire()
    {
        QTimer first;
        QTimer second;
        first.setSingleShot(true);
        second.setSingleShot(true);
        first.setTimerType(Qt::PreciseTimer);
        second.setTimerType(Qt::PreciseTimer);
        QTimer third;
        third.setSingleShot(true);
        third.setTimerType(Qt::PreciseTimer);
        bool secondFired = false;
        bool thirdFired = false;
        connect(&first, &QTimer::timeout, this, [&] {
            second.stop();
            third.start(1000); // restarted: due in a second, not now
        });
        connect(&second, &QTimer::timeout, this, [&] { secondFired = true; });
        connect(&third, &QTimer::timeout, this, [&] { thirdFired = true; });
        first.start(10);
        second.start(10);
        third.start(10);
        QThread::msleep(30); // all three are due when the loop next looks
        QTest::qWait(50);
        QVERIFY(!secondFired);
        QVERIFY(!thirdFired);
    }

    // A repeating timer whose slot runs an event loop of its own is not
    // fired again inside it, and that loop waits rather than spins.
    void nestedLoopNeitherRefiresNorSpins()
    {
        QTimer repeating;
        repeating.setTimerType(Qt::PreciseTimer);
        int depth = 0;
        int deepest = 0;
        int fired = 0;
        double nestedCpuMs = -1;
        connect(&repeating, &QTimer::timeout, this, [&] {
            ++fired;
            deepest = std::max(deepest, ++depth);
            if (fired == 1) {
                timespec before{};
                timespec after{};
                clock_gettime(CLOCK_THREAD_CPUTIME_ID, &before);
                QEventLoop nested;
                QTimer::singleShot(100, &nested, &QEventLoop::quit);
                nested.exec();
                clock_gettime(CLOCK_THREAD_CPUTIME_ID, &after);
                nestedCpuMs = double(after.tv_sec - before.tv_sec) * 1e3 +
                              double(after.tv_nsec - before.tv_nsec) / 1e6;
            }
            --depth;
        });
        repeating.start(5);
        QTRY_VERIFY_WITH_TIMEOUT(fired >= 3, 5000);
        repeating.stop();
        QCOMPARE(deepest, 1);
        QVERIFY2(nestedCpuMs >= 0 && nestedCpuMs < 50, qPrintable(QString::number(nestedCpuMs)));
    }

    // Many connections at once, each echoing what it gets; every byte comes
    // back, and closing is seen on both sides.
    void manySocketsEcho()
    {
        QTcpServer server;
        server.setMaxPendingConnections(1000);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        std::vector<QPointer<QTcpSocket>> accepted;
        int serverDisconnects = 0;
        connect(&server, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket *s = server.nextPendingConnection()) {
                accepted.push_back(s);
                connect(s, &QTcpSocket::readyRead, s, [s] { s->write(s->readAll()); });
                connect(s, &QTcpSocket::disconnected, this, [&] { ++serverDisconnects; });
            }
        });
        constexpr int kClients = 300;
        QList<std::shared_ptr<QTcpSocket>> clients;
        QList<QByteArray> got(kClients);
        for (int i = 0; i < kClients; ++i) {
            auto c = std::make_shared<QTcpSocket>();
            QTcpSocket *raw = c.get();
            connect(raw, &QTcpSocket::readyRead, this,
                    [&got, raw, i] { got[i] += raw->readAll(); });
            raw->connectToHost(QHostAddress::LocalHost, server.serverPort());
            clients.push_back(std::move(c));
            if (clients.size() % 50 == 0) // within the listen backlog
                QTRY_COMPARE_WITH_TIMEOUT(qsizetype(accepted.size()), clients.size(), 10000);
        }
        QTRY_COMPARE_WITH_TIMEOUT(int(accepted.size()), kClients, 10000);
        for (int round = 0; round < 5; ++round)
            for (int i = 0; i < kClients; ++i)
                clients[i]->write(QByteArray::number(i) + ':' + QByteArray::number(round) + ';');
        const auto expected = [](int i) {
            QByteArray e;
            for (int round = 0; round < 5; ++round)
                e += QByteArray::number(i) + ':' + QByteArray::number(round) + ';';
            return e;
        };
        for (int i = 0; i < kClients; ++i)
            QTRY_COMPARE_WITH_TIMEOUT(got[i], expected(i), 10000);
        for (auto &c : clients)
            c->disconnectFromHost();
        QTRY_COMPARE_WITH_TIMEOUT(serverDisconnects, kClients, 10000);
    }

    // More than the kernel's buffers hold, to a peer that reads only later:
    // the writer waits for the socket to drain, and nothing is lost.
    void writerWaitsForASlowPeer()
    {
        Connected pair;
        QVERIFY(pair.open());
        QTcpSocket &writer = pair.client;
        QTcpSocket *reader = pair.peer.get();
        reader->setReadBufferSize(64 * 1024); // stops reading when full
        QByteArray data(16 * 1024 * 1024, Qt::Uninitialized);
        for (qsizetype i = 0; i < data.size(); ++i)
            data[i] = char(i * 7 + i / 4096);
        writer.write(data);
        QTest::qWait(200);
        QVERIFY(writer.bytesToWrite() > 0); // the peer holds it back
        QByteArray received;
        QElapsedTimer clock;
        clock.start();
        while (received.size() < data.size() && clock.elapsed() < 20000) {
            received += reader->readAll();
            QTest::qWait(1);
        }
        QCOMPARE(received.size(), data.size());
        QVERIFY(received == data);
        QCOMPARE(writer.bytesToWrite(), 0);
    }

    // A write notifier switched on and off within one turn (a socket that
    // writes what it buffered before the loop waits) costs epoll nothing,
    // and nothing is lost; one left on is told to epoll before the wait.
    void notifierOnAndOffInOneTurnCostsNothing()
    {
        auto *dispatcher =
            qobject_cast<EpollEventDispatcher *>(QAbstractEventDispatcher::instance());
        QVERIFY(dispatcher);
        Connected pair;
        QVERIFY(pair.open());
        QByteArray received;
        connect(pair.peer.get(), &QTcpSocket::readyRead, this,
                [&] { received += pair.peer->readAll(); });
        QTest::qWait(20);

        const quint64 before = dispatcher->kernelChanges();
        // Written in the slot run just before the loop waits, as the relay
        // does; the loop waits (exec()), unlike QTest::qWait()'s.
        QEventLoop loop;
        int turns = 0;
        connect(dispatcher, &QAbstractEventDispatcher::aboutToBlock, &loop, [&] {
            pair.client.write(QByteArray::number(turns++) + ';');
            pair.client.flush();
            if (turns == 100)
                loop.quit();
        });
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        loop.exec();
        QCOMPARE(turns, 100);
        QByteArray expected;
        for (int i = 0; i < 100; ++i)
            expected += QByteArray::number(i) + ';';
        QTRY_COMPARE_WITH_TIMEOUT(received, expected, 5000);
        QCOMPARE(dispatcher->kernelChanges(), before);

        // Left to the write notifier: switched on before the wait, off after.
        pair.client.write("later");
        QTRY_COMPARE_WITH_TIMEOUT(received, expected + "later", 5000);
        QTRY_COMPARE_WITH_TIMEOUT(dispatcher->kernelChanges(), before + 2, 5000);
    }

    // A descriptor closed and its number given to a new socket within one
    // turn: the new socket is watched, not taken for the old one.
    void reusedDescriptorIsWatched()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        auto first = std::make_unique<QTcpSocket>();
        first->connectToHost(QHostAddress::LocalHost, server.serverPort());
        QVERIFY(first->waitForConnected(5000));
        QTRY_VERIFY(server.hasPendingConnections());
        std::unique_ptr<QTcpSocket> firstPeer(server.nextPendingConnection());
        const qintptr number = first->socketDescriptor();

        // No turn of the loop in between: the old socket's notifiers go and
        // the new one's come for the same number (the lowest free one).
        first.reset();
        const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        QVERIFY(fd >= 0);
        if (fd != number) {
            ::close(fd);
            QSKIP("the kernel gave another number (one below was freed meanwhile)");
        }
        sockaddr_in to{};
        to.sin_family = AF_INET;
        to.sin_port = htons(server.serverPort());
        to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        QCOMPARE(::connect(fd, reinterpret_cast<const sockaddr *>(&to), sizeof to), 0);
        QTcpSocket second;
        QVERIFY(second.setSocketDescriptor(fd));

        QTRY_VERIFY(server.hasPendingConnections());
        std::unique_ptr<QTcpSocket> secondPeer(server.nextPendingConnection());
        secondPeer->write("to the new one");
        QTRY_COMPARE_WITH_TIMEOUT(second.bytesAvailable(), qint64(14), 5000);
        QCOMPARE(second.readAll(), QByteArray("to the new one"));
    }

    // A descriptor closed while its notifier still watches it leaves the
    // epoll set; a new notifier for the number, reused, is watched all the
    // same (epoll is told again, not compared with what it held).
    void notifierOutlivingItsDescriptor()
    {
        int old[2];
        QCOMPARE(::pipe(old), 0);
        QSocketNotifier stale(old[0], QSocketNotifier::Read);
        ::close(old[0]); // the notifier is not told
        ::close(old[1]);
        int fresh[2];
        QCOMPARE(::pipe(fresh), 0);
        const int readEnd = fresh[0];
        const int writeEnd = fresh[1];
        if (readEnd != old[0]) {
            ::close(readEnd);
            ::close(writeEnd);
            QSKIP("the kernel gave another number");
        }
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("a second socket notifier")));
        QSocketNotifier current(readEnd, QSocketNotifier::Read);
        int activated = 0;
        connect(&current, &QSocketNotifier::activated, this, [&] {
            char c;
            [[maybe_unused]] const ssize_t n = ::read(readEnd, &c, 1);
            ++activated;
        });
        QCOMPARE(::write(writeEnd, "x", 1), ssize_t(1));
        QTRY_COMPARE_WITH_TIMEOUT(activated, 1, 2000);
        current.setEnabled(false);
        ::close(readEnd);
        ::close(writeEnd);
    }

    // Events posted from other threads wake a loop that waits, each is run
    // once, and a quit from another thread ends a wait at once.
    void otherThreadsWakeTheLoop()
    {
        constexpr int kPosts = 20000;
        std::atomic<int> posted{0};
        int ran = 0;
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t)
            threads.emplace_back([&] {
                for (int i = 0; i < kPosts / 4; ++i) {
                    QMetaObject::invokeMethod(
                        this, [&ran] { ++ran; }, Qt::QueuedConnection);
                    ++posted;
                }
            });
        QTRY_COMPARE_WITH_TIMEOUT(ran, kPosts, 10000);
        for (std::thread &t : threads)
            t.join();
        QCOMPARE(posted.load(), kPosts);

        QEventLoop loop;
        QElapsedTimer clock;
        clock.start();
        std::thread quitter([&loop] {
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
            QMetaObject::invokeMethod(&loop, &QEventLoop::quit, Qt::QueuedConnection);
        });
        QTimer::singleShot(5000, &loop, [&loop] { loop.exit(1); }); // the wait would end here
        QCOMPARE(loop.exec(), 0);
        quitter.join();
        QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));

        // Deferred deletion happens too.
        QPointer<QObject> doomed = new QObject;
        doomed->deleteLater();
        QTRY_VERIFY(doomed.isNull());
    }

    // A QThread can run on one as well: timers and sockets there.
    void worksOnAThreadOfItsOwn()
    {
        QThread thread;
        auto *dispatcher = new EpollEventDispatcher;
        QVERIFY(dispatcher->isValid());
        thread.setEventDispatcher(dispatcher);
        thread.start();
        std::atomic<int> ticks{0};
        QTimer *timer = nullptr;
        QMetaObject::invokeMethod(
            dispatcher,
            [&] {
                timer = new QTimer;
                QObject::connect(timer, &QTimer::timeout, [&ticks] { ++ticks; });
                timer->start(5);
            },
            Qt::BlockingQueuedConnection);
        QTRY_VERIFY_WITH_TIMEOUT(ticks.load() >= 5, 5000);
        QMetaObject::invokeMethod(
            dispatcher, [&] { delete timer; }, Qt::BlockingQueuedConnection);
        thread.quit();
        QVERIFY(thread.wait(5000));
    }

    // Told to leave sockets alone, the loop still wakes for posted events.
    void excludingSocketsStillWakes()
    {
        Connected pair;
        QVERIFY(pair.open());
        int reads = 0;
        connect(pair.peer.get(), &QTcpSocket::readyRead, this, [&reads] { ++reads; });
        pair.client.write("ping");
        pair.client.flush();
        QThread::msleep(50);
        bool ran = false;
        std::thread poster([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(30));
            QMetaObject::invokeMethod(
                this, [&ran] { ran = true; }, Qt::QueuedConnection);
        });
        QElapsedTimer clock;
        clock.start();
        while (!ran && clock.elapsed() < 5000)
            QCoreApplication::processEvents(QEventLoop::ExcludeSocketNotifiers |
                                            QEventLoop::WaitForMoreEvents);
        poster.join();
        QVERIFY(ran);
        QCOMPARE(reads, 0);
        QTRY_COMPARE(reads, 1);
    }
};

int main(int argc, char **argv)
{
    auto dispatcher = std::make_unique<EpollEventDispatcher>();
    if (!dispatcher->isValid())
        qFatal("no epoll on this system");
    QCoreApplication::setEventDispatcher(dispatcher.release());
    QCoreApplication app(argc, argv);
    TestEventDispatcher test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_event_dispatcher.moc"
