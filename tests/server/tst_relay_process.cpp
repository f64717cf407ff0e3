// SPDX-License-Identifier: GPL-3.0-or-later
// The real cove-relay binary as a child process: it announces its port and
// franking key, keeps queued envelopes across kill -9, delivers each exactly
// once after a restart, exits 0 on SIGTERM, and refuses a wrong key file or
// an unusable data directory.

#include "RelayTestClient.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace cove;
using cove::protocol::FrameType;
using cove::test::RelayTestClient;
namespace wire = cove::protocol::wire;

namespace {

/// A running cove-relay and what it printed.
struct RelayProcess {
    QProcess process;
    quint16 port = 0;
    QByteArray frankingPublicKey;

    bool start(const QString &dataDir, const QStringList &extra = {})
    {
        process.setProgram(QStringLiteral(COVE_RELAY_BINARY));
        process.setArguments(QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                         QStringLiteral("--data"), dataDir} +
                             extra);
        process.setProcessChannelMode(QProcess::SeparateChannels);
        process.start();
        if (!process.waitForStarted(5000))
            return false;
        QByteArray out;
        static const QRegularExpression listening(
            QStringLiteral("^cove-relay listening on 127\\.0\\.0\\.1:(\\d+)$"),
            QRegularExpression::MultilineOption);
        static const QRegularExpression franking(
            QStringLiteral("^franking public key: ([0-9a-f]{64})$"),
            QRegularExpression::MultilineOption);
        QDeadlineTimer deadline(10000);
        while (!deadline.hasExpired()) {
            if (process.state() == QProcess::NotRunning)
                return false;
            process.waitForReadyRead(100);
            out += process.readAllStandardOutput();
            const QString text = QString::fromUtf8(out);
            const auto p = listening.match(text);
            const auto f = franking.match(text);
            if (p.hasMatch() && f.hasMatch()) {
                port = quint16(p.captured(1).toUInt());
                frankingPublicKey = QByteArray::fromHex(f.captured(1).toLatin1());
                return port != 0;
            }
        }
        return false;
    }

    [[nodiscard]] QUrl url() const { return QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(port)); }

    void signal(int sig) { ::kill(pid_t(process.processId()), sig); }

    ~RelayProcess()
    {
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished(5000);
        }
    }
};

/// Runs cove-relay to completion (it should refuse to start).
int runToFailure(const QStringList &args, QByteArray *stderrText)
{
    QProcess p;
    p.start(QStringLiteral(COVE_RELAY_BINARY), args);
    if (!p.waitForFinished(10000)) {
        p.kill();
        p.waitForFinished();
        return -1;
    }
    *stderrText = p.readAllStandardError();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

} // namespace

class TestRelayProcess : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void survivesKillAndDeliversExactlyOnce()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("relay"));
        RelayTestClient alice;
        RelayTestClient bob;
        QByteArray franking;
        constexpr int kCount = 40;
        QList<QByteArray> sent;
        wire::Send firstSend;
        qint64 firstTime = 0;
        {
            RelayProcess relay;
            QVERIFY(relay.start(data));
            franking = relay.frankingPublicKey;
            QCOMPARE(franking.size(), 32);
            QVERIFY(bob.connectAndAuthenticate(relay.url()));
            QCOMPARE(bob.frankingPublicKey(), franking);
            bob.close();
            QVERIFY(alice.connectAndAuthenticate(relay.url()));
            for (int i = 0; i < kCount; ++i) {
                sent.append(QByteArray("queued-") + QByteArray::number(i));
                const wire::Send s = RelayTestClient::makeSend(bob.coveId(), sent.last());
                if (i == 0)
                    firstSend = s;
                alice.sendFrame(s.toFrame(0));
            }
            for (int i = 0; i < kCount; ++i) {
                auto ack = alice.waitForType(FrameType::SendAck);
                QVERIFY(ack);
                if (wire::SendAck::fromFrame(*ack)->clientId == firstSend.clientId)
                    firstTime = wire::SendAck::fromFrame(*ack)->serverTimeMs;
            }
            QVERIFY(firstTime > 0);

            // Acknowledged means on the disk: kill -9 right away.
            relay.signal(SIGKILL);
            QVERIFY(relay.process.waitForFinished(5000));
            QCOMPARE(relay.process.exitStatus(), QProcess::CrashExit);
            QVERIFY(alice.waitForDisconnected());
        }

        RelayProcess relay;
        QVERIFY(relay.start(data));
        QCOMPARE(relay.frankingPublicKey, franking);
        QVERIFY(bob.connectAndAuthenticate(relay.url()));
        QSet<quint64> ids;
        for (int i = 0; i < kCount; ++i) {
            auto f = bob.waitForType(FrameType::Deliver);
            QVERIFY2(f, qPrintable(QStringLiteral("envelope %1").arg(i)));
            auto d = wire::Deliver::fromFrame(*f);
            QVERIFY(d);
            QCOMPARE(d->ciphertext, sent[i]);
            QVERIFY(!ids.contains(d->envelopeId));
            ids.insert(d->envelopeId);
            bob.sendFrame(wire::DeliverAck{d->envelopeId}.toFrame(0));
        }
        QVERIFY(bob.waitForType(FrameType::QueueEmpty));
        bob.settle(200);
        QCOMPARE(bob.countPending(FrameType::Deliver), 0);

        // Acknowledged envelopes are gone after a graceful restart too.
        bob.close();
        relay.signal(SIGTERM);
        QVERIFY(relay.process.waitForFinished(10000));
        QCOMPARE(relay.process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(relay.process.exitCode(), 0);

        RelayProcess again;
        QVERIFY(again.start(data));
        QVERIFY(bob.connectAndAuthenticate(again.url()));
        QVERIFY(bob.waitForType(FrameType::QueueEmpty));
        QCOMPARE(bob.countPending(FrameType::Deliver), 0);
        // A resend from before the crash is answered with the first ack, not stored again.
        QVERIFY(alice.connectAndAuthenticate(again.url()));
        auto resent = alice.sendMessage(firstSend);
        QVERIFY(resent);
        QCOMPARE(resent->serverTimeMs, firstTime);
        bob.settle(300);
        QCOMPARE(bob.countPending(FrameType::Deliver), 0);
    }

    void sigintExitsCleanly()
    {
        QTemporaryDir dir;
        RelayProcess relay;
        QVERIFY(relay.start(dir.filePath(QStringLiteral("relay"))));
        RelayTestClient a;
        QVERIFY(a.connectAndAuthenticate(relay.url()));
        relay.signal(SIGINT);
        QVERIFY(relay.process.waitForFinished(10000));
        QCOMPARE(relay.process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(relay.process.exitCode(), 0);
        QVERIFY(a.waitForDisconnected());
        QCOMPARE(a.closeCode(), QWebSocketProtocol::CloseCodeGoingAway);
        const QByteArray log = relay.process.readAllStandardError();
        QVERIFY(log.contains("shutting down"));
    }

    // A disk that fails a sync may have dropped what the relay wrote: the
    // relay tells the senders it could not store their messages, takes no
    // more writes until it restarts, and after the restart the senders'
    // retries reach the recipient. An envelope handed out before its sync
    // failed may come a second time (the recipient's session drops it);
    // nothing is lost and no retry is stored twice.
    void failedSyncLosesAndDuplicatesNothing()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("relay"));
        RelayTestClient alice;
        RelayTestClient bob;
        const wire::Send first = RelayTestClient::makeSend(bob.coveId(), "first");
        const wire::Send second = RelayTestClient::makeSend(bob.coveId(), "second");
        {
            RelayProcess relay;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            // The fifth sync, the first Send's: each connection before it
            // takes two (its account, then its empty mailbox), one at a time.
            env.insert(QStringLiteral("COVE_FAIL_POINT"), QStringLiteral("relay.sync-fails:5"));
            relay.process.setProcessEnvironment(env);
            QVERIFY(relay.start(data));
            QVERIFY(bob.connectAndAuthenticate(relay.url()));
            QVERIFY(bob.waitForType(FrameType::QueueEmpty));
            QVERIFY(alice.connectAndAuthenticate(relay.url()));
            QVERIFY(alice.waitForType(FrameType::QueueEmpty));
            QVERIFY(!alice.sendMessage(first));
            QCOMPARE(cove::test::errorCode(alice.lastError()), protocol::WireError::Internal);
            // The next sync would succeed, but proves nothing about the
            // pages the failed one lost: no more writes are taken.
            QVERIFY(!alice.sendMessage(second));
            QCOMPARE(cove::test::errorCode(alice.lastError()), protocol::WireError::Internal);
            QVERIFY(alice.isConnected());
            // The first was handed out once committed, before the sync.
            const auto early = bob.waitForType(FrameType::Deliver);
            QVERIFY(early);
            QCOMPARE(wire::Deliver::fromFrame(*early)->ciphertext, QByteArray("first"));
            bob.settle(300);
            QCOMPARE(bob.countPending(FrameType::Deliver), 0);
            bob.close();
            alice.close();
            relay.signal(SIGTERM);
            QVERIFY(relay.process.waitForFinished(10000));
            QCOMPARE(relay.process.exitStatus(), QProcess::NormalExit);
            const QByteArray log = relay.process.readAllStandardError();
            QVERIFY2(log.contains("sync failed"), log.constData());
        }
        const qint64 restarted = QDateTime::currentMSecsSinceEpoch();

        RelayProcess relay;
        QVERIFY(relay.start(data));
        QVERIFY(alice.connectAndAuthenticate(relay.url()));
        // The first was committed before its sync failed, so its retry is
        // answered with its first time; the second was never stored.
        const auto firstAck = alice.sendMessage(first);
        QVERIFY(firstAck);
        QVERIFY(firstAck->serverTimeMs < restarted);
        const auto secondAck = alice.sendMessage(second);
        QVERIFY(secondAck);
        QVERIFY(secondAck->serverTimeMs >= restarted);
        QVERIFY(bob.connectAndAuthenticate(relay.url()));
        QList<QByteArray> received;
        for (int i = 0; i < 2; ++i) {
            auto f = bob.waitForType(FrameType::Deliver);
            QVERIFY(f);
            auto d = wire::Deliver::fromFrame(*f);
            QVERIFY(d);
            received.append(d->ciphertext);
            bob.sendFrame(wire::DeliverAck{d->envelopeId}.toFrame(0));
        }
        QCOMPARE(received, (QList<QByteArray>{"first", "second"}));
        bob.settle(300);
        QCOMPARE(bob.countPending(FrameType::Deliver), 0);
    }

    // An operator asks a running relay for its figures: each report covers
    // the time since the one before, and the relay keeps serving.
    void sigusr1ReportsStatisticsAndKeepsServing()
    {
        QTemporaryDir dir;
        RelayProcess relay;
        QVERIFY(relay.start(dir.filePath(QStringLiteral("relay"))));
        RelayTestClient alice;
        RelayTestClient bob;
        QVERIFY(alice.connectAndAuthenticate(relay.url()));
        QVERIFY(bob.connectAndAuthenticate(relay.url()));
        const QByteArray secret = QByteArrayLiteral("never in a log");
        for (int i = 0; i < 3; ++i)
            QVERIFY(alice.sendMessage(RelayTestClient::makeSend(bob.coveId(), secret)));

        static const QRegularExpression report(
            QStringLiteral("statistics since the last report; transactions committed: (\\d+) "
                           "writes: (\\d+) .* sends answered: (\\d+) "));
        auto nextReport = [&relay](QByteArray &log) {
            relay.signal(SIGUSR1);
            QDeadlineTimer deadline(5000);
            while (!deadline.hasExpired()) {
                relay.process.waitForReadyRead(100);
                log += relay.process.readAllStandardError();
                const auto m = report.match(QString::fromUtf8(log));
                if (m.hasMatch())
                    return m;
            }
            return QRegularExpressionMatch();
        };
        QByteArray first;
        const QRegularExpressionMatch m1 = nextReport(first);
        QVERIFY2(m1.hasMatch(), first.constData());
        QCOMPARE(m1.captured(3).toInt(), 3);
        QVERIFY(m1.captured(2).toInt() >= 3);

        QVERIFY(alice.sendMessage(RelayTestClient::makeSend(bob.coveId(), secret)));
        QByteArray second;
        const QRegularExpressionMatch m2 = nextReport(second);
        QVERIFY2(m2.hasMatch(), second.constData());
        QCOMPARE(m2.captured(3).toInt(), 1);

        QCOMPARE(relay.process.state(), QProcess::Running);
        QVERIFY(alice.isConnected());
        QVERIFY(alice.sendMessage(RelayTestClient::makeSend(bob.coveId(), secret)));
        QVERIFY(!first.contains(secret) && !second.contains(secret));
    }

    void wrongKeyFileIsRefused()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("relay"));
        {
            RelayProcess relay;
            QVERIFY(relay.start(data));
            relay.signal(SIGTERM);
            QVERIFY(relay.process.waitForFinished(10000));
        }
        const QString keyPath = data + QStringLiteral("/relay.key");
        const QString dbPath = data + QStringLiteral("/relay.db");
        QFile db(dbPath);
        QVERIFY(db.open(QIODevice::ReadOnly));
        const QByteArray dbBefore = db.readAll();
        db.close();
        {
            QFile key(keyPath);
            QVERIFY(key.open(QIODevice::WriteOnly | QIODevice::Truncate));
            QCOMPARE(key.write(QByteArray(32, '\x42')), 32);
        }
        QByteArray err;
        const int rc = runToFailure({QStringLiteral("--data"), data}, &err);
        QVERIFY2(rc != 0, err.constData());
        QVERIFY2(err.contains("relay.key does not open relay.db"), err.constData());
        // The database was left as it was.
        QVERIFY(db.open(QIODevice::ReadOnly));
        QCOMPARE(db.readAll(), dbBefore);
        db.close();

        // A missing key file is not replaced by a new one.
        QVERIFY(QFile::remove(keyPath));
        const int rc2 = runToFailure({QStringLiteral("--data"), data}, &err);
        QVERIFY(rc2 != 0);
        QVERIFY2(err.contains("relay.key is missing"), err.constData());
        QVERIFY(!QFile::exists(keyPath));
    }

    void unusableDataDirectory()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("not-a-dir"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        QByteArray err;
        QVERIFY(runToFailure({QStringLiteral("--data"), file}, &err) != 0);
        QVERIFY(!err.isEmpty());
        QVERIFY(runToFailure({QStringLiteral("--data"), file + QStringLiteral("/sub")}, &err) != 0);
        QVERIFY(runToFailure({QStringLiteral("--listen"), QStringLiteral("nonsense"),
                              QStringLiteral("--data"), dir.filePath(QStringLiteral("x"))},
                             &err) != 0);
    }
};

QTEST_GUILESS_MAIN(TestRelayProcess)
#include "tst_relay_process.moc"
