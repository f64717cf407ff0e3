// SPDX-License-Identifier: GPL-3.0-or-later
// Receiving is atomic: the decrypted message, the new session state and the
// consumed one-time prekey are stored in one transaction, so a full disk, a
// forged message or a killed process leaves either everything or nothing.

#include "Crypto.h"
#include "Keys.h"
#include "ProtocolParty.h"
#include "ReceiveFixture.h"

#include <QDateTime>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace cove;
using namespace cove::protocol;
using cove::test::ProtocolParty;
using cove::test::Receiver;

class TestAtomicReceive : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_dbPath;
    QByteArray m_key;
    std::unique_ptr<ProtocolParty> m_alice;
    PreKeyBundle m_bundle;

    /// A fresh Bob (encrypted profile with a conversation for Alice) and a
    /// fresh Alice with a session to him.
    void freshPair()
    {
        m_dbPath =
            m_dir.filePath(QStringLiteral("bob-%1.db").arg(QRandomGenerator::global()->generate()));
        m_key = crypto::randomByteArray(32);
        {
            auto store = storage::Store::open(m_dbPath, m_key, storage::Store::Intent::CreateNew);
            QVERIFY(store);
            storage::ProtocolStore ps((*store)->db());
            Context ctx;
            auto identity = generateIdentityKeyPair(ctx);
            QVERIFY(ps.initializeIdentity(QStringLiteral("bob"), QStringLiteral("Bob"), *identity,
                                          *generateRegistrationId(ctx), 1));
            StoreContext sc(ctx, ps.stores());
            auto spk = generateSignedPreKey(sc, 1);
            auto pks = generatePreKeys(sc, 10);
            QVERIFY(spk && pks);
            auto bundle = localBundle(sc, 1, pks->first().id, spk->id);
            QVERIFY(bundle);
            m_bundle = *bundle;
            QVERIFY((*store)->db().exec("INSERT INTO conversations (id, kind, peer_id, created_at, "
                                        "last_activity_at) VALUES (1, 1, 'alice', 1, 1)"));
        }
        m_alice = std::make_unique<ProtocolParty>("alice", 1, cove::test::Backend::Memory);
        QVERIFY(processPreKeyBundle(m_alice->store(), {"bob", 1}, m_bundle));
    }

    QList<CiphertextMessage> encryptMany(int n)
    {
        QList<CiphertextMessage> out;
        for (int i = 0; i < n; ++i)
            out.append(
                m_alice->mustEncrypt({"bob", 1}, QByteArray("message " + QByteArray::number(i))));
        return out;
    }

private Q_SLOTS:
    void messageSessionAndPreKeyCommitTogether();
    void persistFailureChangesNothing();
    void forgedMessageChangesNothing();
    void redeliveryIsStoredOnce();
    void killedReceiverLosesNothing();
};

void TestAtomicReceive::messageSessionAndPreKeyCommitTogether()
{
    freshPair();
    auto bob = Receiver::open(m_dbPath, m_key);
    QVERIFY(bob);
    QVERIFY(bob->receive(test::senderAddress(), encryptMany(1).first(), 0));
    QCOMPARE(bob->messageCount(), 1);
    QVERIFY(*hasSession(*bob->storeContext, test::senderAddress()));
    QVERIFY(!*bob->protocolStore->containsPreKey(m_bundle.preKey->id));
}

void TestAtomicReceive::persistFailureChangesNothing()
{
    freshPair();
    auto bob = Receiver::open(m_dbPath, m_key);
    const CiphertextMessage m = encryptMany(1).first();
    storage::ReceiveResult r = bob->receive(test::senderAddress(), m, 0, /*failPersist=*/true);
    QVERIFY(!r);
    QCOMPARE(r.error().kind, storage::ReceiveError::Kind::Storage);
    QCOMPARE(r.error().storage.code, storage::StorageErrorCode::DiskFull);
    QCOMPARE(bob->messageCount(), 0);
    QVERIFY(!*hasSession(*bob->storeContext, test::senderAddress()));
    QVERIFY(*bob->protocolStore->containsPreKey(m_bundle.preKey->id));
    // When space returns, the very same ciphertext is received.
    QVERIFY(bob->receive(test::senderAddress(), m, 0));
    QCOMPARE(bob->messageCount(), 1);
}

void TestAtomicReceive::forgedMessageChangesNothing()
{
    freshPair();
    auto bob = Receiver::open(m_dbPath, m_key);
    CiphertextMessage m = encryptMany(1).first();
    CiphertextMessage forged = m;
    // Inside the inner message's ciphertext (the last few bytes of a PreKey
    // message are the unauthenticated registration and signed prekey ids).
    const qsizetype at = forged.bytes.size() - 20;
    forged.bytes[at] = char(forged.bytes[at] ^ 1);
    storage::ReceiveResult r = bob->receive(test::senderAddress(), forged, 0);
    QVERIFY(!r);
    QCOMPARE(r.error().kind, storage::ReceiveError::Kind::Protocol);
    QCOMPARE(bob->messageCount(), 0);
    QVERIFY(*bob->protocolStore->containsPreKey(m_bundle.preKey->id));
    QVERIFY(bob->receive(test::senderAddress(), m, 0));
}

void TestAtomicReceive::redeliveryIsStoredOnce()
{
    freshPair();
    auto bob = Receiver::open(m_dbPath, m_key);
    const auto msgs = encryptMany(3);
    for (int i = 0; i < 3; ++i)
        QVERIFY(bob->receive(test::senderAddress(), msgs.at(i), i));
    storage::ReceiveResult again = bob->receive(test::senderAddress(), msgs.at(1), 1);
    QVERIFY(!again);
    QCOMPARE(again.error().protocol.code, ErrorCode::DuplicateMessage);
    QCOMPARE(bob->messageCount(), 3);
}

void TestAtomicReceive::killedReceiverLosesNothing()
{
    freshPair();
    const int total = 3000;
    const auto msgs = encryptMany(total);
    const QString streamPath = m_dir.filePath(QStringLiteral("stream.bin"));
    {
        QFile f(streamPath);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(test::serializeStream(msgs));
    }

    int received = 0;
    for (int round = 0; round < 4; ++round) {
        QProcess writer;
        writer.start(
            QStringLiteral(COVE_RECEIVE_WRITER),
            {m_dbPath, QString::fromLatin1(m_key.toHex()), streamPath, QString::number(received)});
        QVERIFY(writer.waitForStarted());
        const int killAfter = 20 + int(QRandomGenerator::global()->bounded(300));
        int lastReported = received - 1;
        QByteArray pending;
        while (lastReported < received + killAfter && writer.state() == QProcess::Running) {
            writer.waitForReadyRead(5000);
            pending += writer.readAllStandardOutput();
            qsizetype nl;
            while ((nl = pending.indexOf('\n')) >= 0) {
                const QByteArray line = pending.left(nl);
                pending.remove(0, nl + 1);
                if (line.startsWith("committed "))
                    lastReported = line.mid(10).toInt();
            }
        }
        // Mid-stream, without warning: the process may be inside a transaction.
        writer.kill();
        QVERIFY(writer.waitForFinished());

        auto bob = Receiver::open(m_dbPath, m_key);
        QVERIFY2(bob, "the profile must open after a crash");
        auto integrity = bob->store->db().prepare("PRAGMA integrity_check");
        QVERIFY(integrity && *integrity->step());
        QCOMPARE(integrity->text(0), QStringLiteral("ok"));
        const std::int64_t count = bob->messageCount();
        // Everything reported as committed is there; at most the one in
        // flight beyond it, never a gap and never a duplicate.
        QVERIFY2(
            count >= lastReported + 1 && count <= lastReported + 2,
            qPrintable(QStringLiteral("count %1, last reported %2").arg(count).arg(lastReported)));
        QCOMPARE(*bob->store->db().queryInt("SELECT count(DISTINCT message_id) FROM messages"),
                 count);
        QCOMPARE(*bob->store->db().queryInt("SELECT coalesce(max(sent_at), -1) FROM messages"),
                 count - 1);
        received = int(count);
    }

    // The session survived every crash: the rest decrypts in order.
    auto bob = Receiver::open(m_dbPath, m_key);
    for (int i = received; i < qMin(received + 50, total); ++i)
        QVERIFY2(bob->receive(test::senderAddress(), msgs.at(i), i),
                 qPrintable(QString::number(i)));
    qInfo("received %d messages across 4 crashes", received);
}

QTEST_GUILESS_MAIN(TestAtomicReceive)
#include "tst_atomicreceive.moc"
