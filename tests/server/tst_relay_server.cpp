// SPDX-License-Identifier: GPL-3.0-or-later
// RelayServer in-process over loopback, with real identities and real
// SQLCipher: authentication, prekeys, store-and-forward, franking,
// first-contact facts, rate limits, attachments, hostile input and flow
// control.

#include "CoveId.h"
#include "EpollEventDispatcher.h"
#include "Franking.h"
#include "Guardian.h"
#include "Keys.h"
#include "RelayKeys.h"
#include "RelayServer.h"
#include "RelayTestClient.h"
#include "SqliteRelayStorage.h"

#include <QCborArray>
#include <QCborValue>
#include <QDateTime>
#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

using namespace cove;
using namespace cove::relay;
using cove::protocol::Frame;
using cove::protocol::FrameType;
using cove::protocol::WireError;
using cove::test::errorCode;
using cove::test::RelayTestClient;
namespace wire = cove::protocol::wire;

namespace {

/// A relay on 127.0.0.1 with a fresh data directory.
struct Relay {
    QTemporaryDir dir;
    std::unique_ptr<RelayServer> server;
    QUrl url;

    explicit Relay(const RelayConfig &config = {},
                   const std::optional<QSslConfiguration> &tls = std::nullopt)
    {
        auto secrets = loadOrCreateSecrets(dir.path());
        if (!secrets)
            qFatal("secrets: %s", qUtf8Printable(secrets.error().detail));
        auto storage = SqliteRelayStorage::open(dir.path(), secrets->databaseKey.view(), true);
        if (!storage)
            qFatal("storage: %s", qUtf8Printable(storage.error().detail));
        server = std::make_unique<RelayServer>(config, std::move(*storage),
                                               std::move(secrets->franking));
        if (tls)
            server->setSslConfiguration(*tls);
        const quint16 port = server->listen(QHostAddress::LocalHost, 0);
        if (port == 0)
            qFatal("listen: %s", qUtf8Printable(server->errorString()));
        url = QUrl(QStringLiteral("%1://127.0.0.1:%2")
                       .arg(tls ? QStringLiteral("wss") : QStringLiteral("ws"))
                       .arg(port));
    }
};

/// A Relay on a thread of its own with cove-relay's event loop, as the
/// relay's network thread is; the test's clients stay on the test's thread.
struct RelayOnItsOwnThread {
    QThread thread;
    EpollEventDispatcher *dispatcher = new EpollEventDispatcher;
    QObject context; ///< lives on `thread`
    std::unique_ptr<Relay> relay;

    explicit RelayOnItsOwnThread(const RelayConfig &config)
    {
        thread.setEventDispatcher(dispatcher);
        thread.start();
        context.moveToThread(&thread);
        QMetaObject::invokeMethod(
            &context, [&] { relay = std::make_unique<Relay>(config); },
            Qt::BlockingQueuedConnection);
    }
    ~RelayOnItsOwnThread()
    {
        QMetaObject::invokeMethod(
            &context, [&] { relay.reset(); }, Qt::BlockingQueuedConnection);
        thread.quit();
        thread.wait();
    }
};

std::unique_ptr<RelayTestClient> online(const Relay &relay)
{
    auto c = std::make_unique<RelayTestClient>();
    if (!c->connectAndAuthenticate(relay.url))
        return nullptr;
    // A fresh account's backlog is empty.
    if (!c->waitForType(FrameType::QueueEmpty))
        return nullptr;
    return c;
}

std::optional<wire::Deliver> nextDeliver(RelayTestClient &c, int timeoutMs = 5000)
{
    std::optional<Frame> f = c.waitForType(FrameType::Deliver, timeoutMs);
    if (!f)
        return std::nullopt;
    auto d = wire::Deliver::fromFrame(*f);
    if (!d)
        return std::nullopt;
    return *d;
}

void ack(RelayTestClient &c, quint64 envelopeId)
{
    c.sendFrame(wire::DeliverAck{envelopeId}.toFrame(0));
}

/// `from` sends `text` to `to`, who gets it and acknowledges it.
bool passes(RelayTestClient &from, RelayTestClient &to, const QByteArray &text)
{
    if (!from.sendMessage(RelayTestClient::makeSend(to.coveId(), text)))
        return false;
    const std::optional<wire::Deliver> d = nextDeliver(to);
    if (!d || d->ciphertext != text)
        return false;
    ack(to, d->envelopeId);
    return true;
}

QByteArray cbor(const QCborValue &v)
{
    return v.toCbor();
}

RelayConfig noLimits()
{
    RelayConfig config;
    config.rateLimits = false;
    return config;
}

/// A relay's TLS configuration with a fresh self-signed certificate for
/// 127.0.0.1; nullopt without the openssl tool.
std::optional<QSslConfiguration> testCertificate()
{
    QTemporaryDir certDir;
    const QString key = certDir.filePath(QStringLiteral("key.pem"));
    const QString cert = certDir.filePath(QStringLiteral("cert.pem"));
    QProcess openssl;
    openssl.setStandardOutputFile(QProcess::nullDevice());
    openssl.setStandardErrorFile(QProcess::nullDevice());
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                   QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                   QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert,
                   QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=cove-relay-test"), QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=IP:127.0.0.1")});
    if (!openssl.waitForFinished(20000) || openssl.exitStatus() != QProcess::NormalExit ||
        openssl.exitCode() != 0)
        return std::nullopt;
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(cert);
    QFile keyFile(key);
    if (chain.size() != 1 || !keyFile.open(QIODevice::ReadOnly))
        return std::nullopt;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(chain);
    tls.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Ec));
    if (tls.privateKey().isNull())
        return std::nullopt;
    return tls;
}

} // namespace

class TestRelayServer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // ---- Authentication ----------------------------------------------------

    void authenticates()
    {
        Relay relay;
        RelayTestClient alice;
        QVERIFY(alice.connectAndAuthenticate(relay.url));
        QCOMPARE(alice.authenticated().coveId, protocol::coveIdForIdentityKey(alice.identityKey()));
        QCOMPARE(alice.authenticated().preKeyCount, 0u);
        QVERIFY(!alice.authenticated().hasSignedPreKey);
        const qint64 created = alice.authenticated().accountCreatedMs;
        QVERIFY(qAbs(created - QDateTime::currentMSecsSinceEpoch()) < 60'000);
        QCOMPARE(alice.frankingPublicKey(), relay.server->frankingPublicKey());
        QVERIFY(alice.waitForType(FrameType::QueueEmpty));

        // The account persists: logging in again keeps its creation time.
        alice.close();
        QVERIFY(alice.connectAndAuthenticate(relay.url));
        QCOMPARE(alice.authenticated().accountCreatedMs, created);
    }

    void freshNoncePerHello()
    {
        Relay relay;
        RelayTestClient a;
        QVERIFY(a.open(relay.url));
        auto c1 = a.request(wire::Hello{a.identityKey(), a.registrationId()}.toFrame(0));
        auto c2 = a.request(wire::Hello{a.identityKey(), a.registrationId()}.toFrame(0));
        QVERIFY(c1 && c2);
        QCOMPARE(c1->type, FrameType::Challenge);
        const QByteArray n1 = wire::Challenge::fromFrame(*c1)->nonce;
        const QByteArray n2 = wire::Challenge::fromFrame(*c2)->nonce;
        QCOMPARE(n1.size(), wire::kChallengeNonceSize);
        QVERIFY(n1 != n2);
        // Only the latest challenge counts.
        auto reply = a.request(
            wire::Authenticate{a.sign(wire::authPayload(n1, a.identityKey()))}.toFrame(0));
        QCOMPARE(errorCode(reply), WireError::BadSignature);
        QVERIFY(a.waitForDisconnected());
    }

    void badSignatureIsRefused()
    {
        Relay relay;
        RelayTestClient mallory;
        RelayTestClient victim;
        QVERIFY(mallory.open(relay.url));
        auto challenge =
            mallory.request(wire::Hello{victim.identityKey(), victim.registrationId()}.toFrame(0));
        QVERIFY(challenge);
        const QByteArray nonce = wire::Challenge::fromFrame(*challenge)->nonce;
        // Mallory claims the victim's key but can only sign with her own.
        auto reply = mallory.request(
            wire::Authenticate{mallory.sign(wire::authPayload(nonce, victim.identityKey()))}
                .toFrame(0));
        QCOMPARE(errorCode(reply), WireError::BadSignature);
        QVERIFY(mallory.waitForDisconnected());
        QCOMPARE(mallory.closeCode(), QWebSocketProtocol::CloseCodePolicyViolated);
    }

    void replayedSignatureIsRefused()
    {
        Relay relay;
        RelayTestClient alice;
        QVERIFY(alice.connectAndAuthenticate(relay.url));
        const QByteArray oldSignature =
            alice.sign(wire::authPayload(alice.lastNonce(), alice.identityKey()));

        // A second Authenticate on the same connection: the nonce is spent.
        auto second = alice.request(wire::Authenticate{oldSignature}.toFrame(0));
        QCOMPARE(errorCode(second), WireError::NotAuthenticated);
        QVERIFY(alice.waitForDisconnected());

        // The old signature on a new connection (new nonce) fails.
        RelayTestClient eve;
        QVERIFY(eve.open(relay.url));
        QVERIFY(eve.request(wire::Hello{alice.identityKey(), alice.registrationId()}.toFrame(0)));
        auto replay = eve.request(wire::Authenticate{oldSignature}.toFrame(0));
        QCOMPARE(errorCode(replay), WireError::BadSignature);
        QVERIFY(eve.waitForDisconnected());
    }

    void authenticateWithoutHello()
    {
        Relay relay;
        RelayTestClient a;
        QVERIFY(a.open(relay.url));
        auto reply = a.request(wire::Authenticate{QByteArray(64, 'x')}.toFrame(0));
        QCOMPARE(errorCode(reply), WireError::NotAuthenticated);
        QVERIFY(a.waitForDisconnected());
    }

    void requestsBeforeAuthentication()
    {
        Relay relay;
        RelayTestClient a;
        QVERIFY(a.open(relay.url));
        auto send = a.request(RelayTestClient::makeSend(a.coveId(), "x").toFrame(0));
        QCOMPARE(errorCode(send), WireError::NotAuthenticated);
        auto fetch = a.request(wire::PreKeyFetch{a.coveId()}.toFrame(0));
        QCOMPARE(errorCode(fetch), WireError::NotAuthenticated);
        auto pong = a.request(Frame{FrameType::Ping, 0, {}});
        QVERIFY(pong);
        QCOMPARE(pong->type, FrameType::Pong);
        // Still usable: authentication works afterwards.
        QVERIFY(a.isConnected());
        QVERIFY(a.authenticate());
    }

    void handshakeTimesOut()
    {
        RelayConfig config;
        config.handshakeTimeoutMs = 300;
        Relay relay(config);
        RelayTestClient idle;
        QVERIFY(idle.open(relay.url));
        QVERIFY(idle.waitForDisconnected(3000));
        // An authenticated connection is not affected.
        RelayTestClient a;
        QVERIFY(a.connectAndAuthenticate(relay.url));
        a.settle(600);
        QVERIFY(a.isConnected());
    }

    void helloAfterAuthenticationIsAViolation()
    {
        Relay relay;
        RelayTestClient a;
        QVERIFY(a.connectAndAuthenticate(relay.url));
        auto reply = a.request(wire::Hello{a.identityKey(), a.registrationId()}.toFrame(0));
        QCOMPARE(errorCode(reply), WireError::BadFrame);
        QVERIFY(a.waitForDisconnected());
    }

    void newConnectionReplacesOld()
    {
        Relay relay(noLimits());
        auto first = online(relay);
        auto alice = online(relay);
        QVERIFY(first && alice);
        RelayTestClient second(first->identityCopy(), first->registrationId());
        QCOMPARE(second.coveId(), first->coveId());
        QVERIFY(second.connectAndAuthenticate(relay.url));
        QVERIFY(first->waitForDisconnected());
        QVERIFY(first->closeReason().contains(QStringLiteral("replaced")));
        QCOMPARE(relay.server->authenticatedCount(), 2);
        // Envelopes go to the new connection.
        QVERIFY(alice->sendMessage(RelayTestClient::makeSend(second.coveId(), "to the new one")));
        auto d = nextDeliver(second);
        QVERIFY(d);
        QCOMPARE(d->ciphertext, QByteArray("to the new one"));
    }

    void secureWebSocket()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("no TLS in this Qt");
        std::optional<QSslConfiguration> tls = testCertificate();
        if (!tls)
            QSKIP("the openssl tool is needed to make a test certificate");
        const QList<QSslCertificate> chain = tls->localCertificateChain();
        Relay relay(noLimits(), *tls);
        QVERIFY(relay.server->isSecure());
        QCOMPARE(relay.url.scheme(), QStringLiteral("wss"));

        // The clients verify the relay's certificate.
        QSslConfiguration trust = QSslConfiguration::defaultConfiguration();
        trust.setCaCertificates(chain);
        trust.setPeerVerifyMode(QSslSocket::VerifyPeer);
        RelayTestClient alice;
        RelayTestClient bob;
        alice.socket().setSslConfiguration(trust);
        bob.socket().setSslConfiguration(trust);
        QVERIFY(alice.connectAndAuthenticate(relay.url));
        QVERIFY(bob.connectAndAuthenticate(relay.url));
        QVERIFY(alice.sendMessage(RelayTestClient::makeSend(bob.coveId(), "over tls")));
        auto d = nextDeliver(bob);
        QVERIFY(d);
        QCOMPARE(d->ciphertext, QByteArray("over tls"));

        // Plain ws is not served on a wss port.
        RelayTestClient plain;
        QUrl insecure = relay.url;
        insecure.setScheme(QStringLiteral("ws"));
        QVERIFY(!plain.connectAndAuthenticate(insecure, 1000));
    }

    // ---- Prekeys ----------------------------------------------------------------

    void preKeyUploadAndFetch()
    {
        RelayConfig config = noLimits();
        config.preKeyLowThreshold = 20;
        Relay relay(config);
        auto alice = online(relay);
        auto bob = online(relay);
        QVERIFY(alice && bob);

        auto noSigned = bob->request(wire::PreKeyFetch{alice->coveId()}.toFrame(0));
        QCOMPARE(errorCode(noSigned), WireError::NoPreKeys);

        wire::PreKeyUpload upload;
        upload.signedPreKey = alice->makeSignedPreKey(1);
        for (quint32 id = 1; id <= 21; ++id)
            upload.preKeys.append({id, alice->freshPublicKey()});
        auto status = alice->request(upload.toFrame(0));
        QVERIFY(status);
        QCOMPARE(status->type, FrameType::PreKeyStatus);
        QCOMPARE(wire::PreKeyStatus::fromFrame(*status)->count, 21u);
        QVERIFY(!wire::PreKeyStatus::fromFrame(*status)->low);

        // Each fetch consumes one one-time prekey; the bundle is valid.
        auto reply = bob->request(wire::PreKeyFetch{alice->coveId()}.toFrame(0));
        QVERIFY(reply);
        QCOMPARE(reply->type, FrameType::PreKeyBundle);
        auto bundle = wire::PreKeyBundleReply::fromFrame(*reply);
        QVERIFY(bundle);
        QCOMPARE(bundle->identityKey, alice->identityKey());
        QCOMPARE(bundle->registrationId, alice->registrationId());
        QCOMPARE(bundle->signedPreKey, *upload.signedPreKey);
        QVERIFY(bundle->preKey);
        QCOMPARE(*bundle->preKey, upload.preKeys[0]);
        protocol::PreKeyBundle check;
        check.registrationId = bundle->registrationId;
        check.preKey = protocol::PublicPreKey{bundle->preKey->id, bundle->preKey->publicKey};
        check.signedPreKeyId = bundle->signedPreKey.id;
        check.signedPreKey = bundle->signedPreKey.publicKey;
        check.signedPreKeySignature = bundle->signedPreKey.signature;
        check.identityKey = bundle->identityKey;
        QVERIFY(check.validate(bob->context()));
        QCOMPARE(alice->countPending(FrameType::PreKeyStatus), 0);

        // The second fetch leaves 19 < 20: Alice is told, unsolicited.
        reply = bob->request(wire::PreKeyFetch{alice->coveId()}.toFrame(0));
        QVERIFY(reply);
        QCOMPARE(wire::PreKeyBundleReply::fromFrame(*reply)->preKey->id, 2u);
        auto low = alice->waitForType(FrameType::PreKeyStatus);
        QVERIFY(low);
        QCOMPARE(low->requestId, 0u);
        QCOMPARE(wire::PreKeyStatus::fromFrame(*low)->count, 19u);
        QVERIFY(wire::PreKeyStatus::fromFrame(*low)->low);

        // The count shows at the next login too.
        alice->close();
        QVERIFY(alice->connectAndAuthenticate(relay.url));
        QCOMPARE(alice->authenticated().preKeyCount, 19u);
        QVERIFY(alice->authenticated().hasSignedPreKey);

        // With the stock gone the bundle comes without a one-time prekey.
        for (int i = 0; i < 19; ++i)
            QVERIFY(bob->request(wire::PreKeyFetch{alice->coveId()}.toFrame(0)));
        reply = bob->request(wire::PreKeyFetch{alice->coveId()}.toFrame(0));
        QVERIFY(reply);
        QCOMPARE(reply->type, FrameType::PreKeyBundle);
        QVERIFY(!wire::PreKeyBundleReply::fromFrame(*reply)->preKey);

        // Unknown and malformed IDs.
        RelayTestClient stranger;
        auto unknown = bob->request(wire::PreKeyFetch{stranger.coveId()}.toFrame(0));
        QCOMPARE(errorCode(unknown), WireError::NotFound);
        auto bogus = bob->request(wire::PreKeyFetch{QStringLiteral("not-an-id")}.toFrame(0));
        QCOMPARE(errorCode(bogus), WireError::NotFound);
    }

    void preKeyUploadIsChecked()
    {
        Relay relay;
        auto alice = online(relay);
        auto bob = online(relay);
        QVERIFY(alice && bob);

        // A signed prekey signed by someone else.
        wire::PreKeyUpload forged;
        forged.signedPreKey = bob->makeSignedPreKey(1);
        auto reply = alice->request(forged.toFrame(0));
        QCOMPARE(errorCode(reply), WireError::BadSignature);

        // A low-order point as a one-time prekey.
        wire::PreKeyUpload weak;
        QByteArray zero(33, '\0');
        zero[0] = char(protocol::kDjbKeyType);
        weak.preKeys.append({1, zero});
        reply = alice->request(weak.toFrame(0));
        QCOMPARE(errorCode(reply), WireError::BadFrame);

        // Too many in one upload.
        wire::PreKeyUpload many;
        const QByteArray key = alice->freshPublicKey();
        for (quint32 id = 1; id <= quint32(wire::kMaxPreKeysPerUpload) + 1; ++id)
            many.preKeys.append({id, key});
        reply = alice->request(many.toFrame(0));
        QCOMPARE(errorCode(reply), WireError::BadFrame);

        // Nothing was stored.
        auto fetch = bob->request(wire::PreKeyFetch{alice->coveId()}.toFrame(0));
        QCOMPARE(errorCode(fetch), WireError::NoPreKeys);
        QVERIFY(alice->isConnected());

        // A stock of at most 1,000 one-time prekeys per account: every
        // login and fetch counts it.
        quint32 next = 1;
        const auto upload = [&](int n) {
            wire::PreKeyUpload batch;
            if (next == 1)
                batch.signedPreKey = bob->makeSignedPreKey(1); // so that fetches take one
            for (int i = 0; i < n; ++i)
                batch.preKeys.append({next++, key});
            return bob->request(batch.toFrame(0));
        };
        for (int i = 0; i < 5; ++i) {
            reply = upload(200);
            QVERIFY(reply && reply->type == FrameType::PreKeyStatus);
        }
        QCOMPARE(wire::PreKeyStatus::fromFrame(*reply)->count, 1000u);
        reply = upload(1);
        QCOMPARE(errorCode(reply), WireError::TooLarge);
        QVERIFY(bob->isConnected());
        // Once some are taken, there is room again.
        QVERIFY(alice->request(wire::PreKeyFetch{bob->coveId()}.toFrame(0)));
        reply = upload(1);
        QVERIFY(reply && reply->type == FrameType::PreKeyStatus);
        QCOMPARE(wire::PreKeyStatus::fromFrame(*reply)->count, 1000u);
    }

    // ---- Send and deliver -----------------------------------------------------------

    void sendDeliverAck()
    {
        Relay relay(noLimits());
        auto alice = online(relay);
        auto bob = online(relay);
        QVERIFY(alice && bob);

        const wire::Send s = RelayTestClient::makeSend(bob->coveId(), "ciphertext-1");
        auto sendAck = alice->sendMessage(s);
        QVERIFY(sendAck);
        QCOMPARE(sendAck->clientId, s.clientId);

        auto d = nextDeliver(*bob);
        QVERIFY(d);
        QCOMPARE(d->sender, alice->coveId());
        QCOMPARE(d->ciphertext, s.ciphertext);
        QCOMPARE(d->commitment, s.commitment);
        QCOMPARE(d->type, s.type);
        QCOMPARE(d->serverTimeMs, sendAck->serverTimeMs);
        ack(*bob, d->envelopeId);

        // Gone once acknowledged: a new connection gets nothing.
        bob->settle(100);
        bob->close();
        QVERIFY(bob->connectAndAuthenticate(relay.url));
        QVERIFY(bob->waitForType(FrameType::QueueEmpty));
        QCOMPARE(bob->countPending(FrameType::Deliver), 0);
    }

    void unacknowledgedIsDeliveredAgain()
    {
        Relay relay(noLimits());
        auto alice = online(relay);
        auto bob = online(relay);
        QVERIFY(alice && bob);
        QVERIFY(alice->sendMessage(RelayTestClient::makeSend(bob->coveId(), "again")));
        auto first = nextDeliver(*bob);
        QVERIFY(first);
        bob->close();
        QVERIFY(bob->connectAndAuthenticate(relay.url));
        auto second = nextDeliver(*bob);
        QVERIFY(second);
        QCOMPARE(second->envelopeId, first->envelopeId);
        QVERIFY(bob->waitForType(FrameType::QueueEmpty));
    }

    void offlineBacklogThenQueueEmpty()
    {
        Relay relay(noLimits());
        auto alice = online(relay);
        RelayTestClient bob;
        QVERIFY(alice);
        QVERIFY(bob.connectAndAuthenticate(relay.url));
        bob.close();

        QList<QByteArray> sent;
        for (int i = 0; i < 5; ++i) {
            sent.append(QByteArray("backlog-") + QByteArray::number(i));
            QVERIFY(alice->sendMessage(RelayTestClient::makeSend(bob.coveId(), sent.last())));
        }
        QVERIFY(bob.connectAndAuthenticate(relay.url));
        quint64 lastId = 0;
        for (int i = 0; i < 5; ++i) {
            auto d = nextDeliver(bob);
            QVERIFY(d);
            QCOMPARE(d->ciphertext, sent[i]);
            QVERIFY(d->envelopeId > lastId);
            lastId = d->envelopeId;
        }
        // QueueEmpty comes after the backlog, once.
        auto empty = bob.waitForType(FrameType::QueueEmpty);
        QVERIFY(empty);
        QCOMPARE(bob.countPending(FrameType::Deliver), 0);

        // Later envelopes arrive live.
        QVERIFY(alice->sendMessage(RelayTestClient::makeSend(bob.coveId(), "live")));
        auto live = nextDeliver(bob);
        QVERIFY(live);
        QCOMPARE(live->ciphertext, QByteArray("live"));
        bob.settle(50);
        QCOMPARE(bob.countPending(FrameType::QueueEmpty), 0);
    }

    void resentSendIsStoredOnce()
    {
        Relay relay(noLimits());
        auto alice = online(relay);
        auto bob = online(relay);
        QVERIFY(alice && bob);
        const wire::Send s = RelayTestClient::makeSend(bob->coveId(), "once");
        auto first = alice->sendMessage(s);
        QVERIFY(first);
        alice->settle(20);
        auto second = alice->sendMessage(s);
        QVERIFY(second);
        QCOMPARE(second->serverTimeMs, first->serverTimeMs);

        auto d = nextDeliver(*bob);
        QVERIFY(d);
        bob->settle(200);
        QCOMPARE(bob->countPending(FrameType::Deliver), 0);

        // Even after delivery and deletion, the resend is answered, not stored.
        ack(*bob, d->envelopeId);
        bob->settle(100);
        auto third = alice->sendMessage(s);
        QVERIFY(third);
        QCOMPARE(third->serverTimeMs, first->serverTimeMs);
        bob->settle(200);
        QCOMPARE(bob->countPending(FrameType::Deliver), 0);

        // Two copies pipelined in one batch are stored once too.
        const wire::Send twin = RelayTestClient::makeSend(bob->coveId(), "twin");
        const quint64 r1 = alice->sendFrame(twin.toFrame(0));
        const quint64 r2 = alice->sendFrame(twin.toFrame(0));
        auto a1 = alice->waitForReply(r1);
        auto a2 = alice->waitForReply(r2);
        QVERIFY(a1 && a2);
        QCOMPARE(a1->type, FrameType::SendAck);
        QCOMPARE(a2->type, FrameType::SendAck);
        QVERIFY(nextDeliver(*bob));
        bob->settle(200);
        QCOMPARE(bob->countPending(FrameType::Deliver), 0);
    }

    // What the relay writes in a turn of its event loop leaves before the
    // loop waits. On cove-relay's epoll loop that shows as no change of what
    // epoll watches per frame: left to a write notifier for the next turn,
    // every Deliver and SendAck would switch it on and off again. The relay
    // runs on a thread of its own here, as its network thread does.
    void framesLeaveBeforeTheLoopWaits()
    {
        RelayOnItsOwnThread network(noLimits());
        QVERIFY(network.relay);
        auto alice = online(*network.relay);
        auto bob = online(*network.relay);
        QVERIFY(alice && bob);
        QVERIFY(passes(*alice, *bob, "first"));

        const quint64 before = network.dispatcher->kernelChanges();
        for (int i = 0; i < 50; ++i) {
            QVERIFY(passes(*alice, *bob, "to bob " + QByteArray::number(i)));
            QVERIFY(passes(*bob, *alice, "to alice " + QByteArray::number(i)));
        }
        const quint64 changes = network.dispatcher->kernelChanges() - before;
        // 200 frames written by the relay; a handful of changes is slack.
        QVERIFY2(changes < 20, qPrintable(QString::number(changes)));
    }

    // A storage thread under a steady stream of writes waits a little for
    // more before it commits (RelayConfig::busyLingerMs); a write after a
    // pause is committed at once. Here the wait is long enough to see.
    void onlyABusyStorageWaitsForMoreWrites()
    {
        RelayConfig config = noLimits();
        config.busyLingerMs = 1500;
        Relay relay(config);
        auto alice = online(relay);
        QVERIFY(alice);
        // Messages to herself: stored like any other, and nobody
        // acknowledges them, so nothing else is written meanwhile.
        const auto toHerself = [&](const char *text) {
            return alice->sendFrame(RelayTestClient::makeSend(alice->coveId(), text).toFrame(0));
        };
        alice->settle(3200); // longer than twice the wait: her account's writes are done

        QElapsedTimer timer;
        timer.start();
        QVERIFY(alice->waitForReply(toHerself("after a pause"), 10000));
        QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));

        // Right after a transaction: the next one waits for company.
        const quint64 before = relay.server->storageStats().transactions;
        const quint64 first = toHerself("right after");
        alice->settle(100);
        const quint64 second = toHerself("and another");
        QVERIFY(alice->waitForReply(first, 10000));
        QVERIFY(alice->waitForReply(second, 10000));
        QCOMPARE(relay.server->storageStats().transactions - before, 1u);
    }

    // A message between two people who wrote before, to a recipient who is
    // online, does not wait for the relay's disk: here the storage thread
    // takes 1.5 s per transaction, and the message still arrives at once.
    // Only the sender's answer waits for the disk, and the recipient's
    // acknowledgement still deletes what is stored afterwards.
    void onlineRecipientsDoNotWaitForTheDisk()
    {
        RelayConfig config = noLimits();
        config.commitLingerMs = 1500;
        Relay relay(config);
        auto alice = online(relay);
        auto bob = online(relay);
        QVERIFY(alice && bob);
        QVERIFY(alice->sendMessage(RelayTestClient::makeSend(bob->coveId(), "hello"), 10000));
        auto first = nextDeliver(*bob);
        QVERIFY(first);
        QVERIFY(first->facts); // a first contact goes through the storage's checks
        ack(*bob, first->envelopeId);

        QElapsedTimer timer;
        for (int i = 0; i < 3; ++i) {
            const wire::Send s = RelayTestClient::makeSend(
                bob->coveId(), QByteArray("at once ") + QByteArray::number(i));
            timer.start();
            const quint64 request = alice->sendFrame(s.toFrame(0));
            auto d = nextDeliver(*bob, 1000);
            QVERIFY2(d, "the message waited for the relay's storage");
            QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
            QCOMPARE(d->ciphertext, s.ciphertext);
            QVERIFY(!d->facts);
            QVERIFY(d->envelopeId > first->envelopeId);
            QVERIFY(protocol::verifyFrankingTag(
                relay.server->frankingPublicKey(),
                protocol::frankingTagPayload(d->commitment, alice->coveId().toUtf8(),
                                             bob->coveId().toUtf8(), d->serverTimeMs),
                d->frankingTag));
            ack(*bob, d->envelopeId);
            auto answer = alice->waitForReply(request, 10000);
            QVERIFY(answer);
            QCOMPARE(answer->type, FrameType::SendAck);
            QCOMPARE(wire::SendAck::fromFrame(*answer)->serverTimeMs, d->serverTimeMs);
        }
        QCOMPARE(relay.server->storageStats().handedOutEarly, 3u);

        // Acknowledged before they were stored, and still gone afterwards.
        bob->settle(100);
        bob->close();
        QVERIFY(bob->connectAndAuthenticate(relay.url));
        QVERIFY(bob->waitForType(FrameType::QueueEmpty, 10000));
        QCOMPARE(bob->countPending(FrameType::Deliver), 0);
    }

    // A Send that must wait for the storage (a first contact) holds back
    // the recipient's later ones: otherwise it would be handed out after an
    // envelope with a higher id, which the recipient's connection skips.
    void earlierStoredSendsGoFirst()
    {
        RelayConfig config = noLimits();
        config.commitLingerMs = 500;
        Relay relay(config);
        auto alice = online(relay);
        auto bob = online(relay);
        auto carol = online(relay);
        QVERIFY(alice && bob && carol);
        QVERIFY(passes(*alice, *bob, "hello"));

        const quint64 fromCarol =
            carol->sendFrame(RelayTestClient::makeSend(bob->coveId(), "carol's first").toFrame(0));
        carol->settle(50);
        const quint64 fromAlice =
            alice->sendFrame(RelayTestClient::makeSend(bob->coveId(), "alice again").toFrame(0));
        QVERIFY(carol->waitForReply(fromCarol, 5000));
        QVERIFY(alice->waitForReply(fromAlice, 5000));
        auto d1 = nextDeliver(*bob);
        auto d2 = nextDeliver(*bob);
        QVERIFY(d1 && d2);
        QCOMPARE(d1->ciphertext, QByteArray("carol's first"));
        QCOMPARE(d2->ciphertext, QByteArray("alice again"));
        QCOMPARE(relay.server->storageStats().handedOutEarly, 0u);
        // Alice's message could have gone at once but for Carol's before it.
        ack(*bob, d1->envelopeId);
        ack(*bob, d2->envelopeId);
        QVERIFY(alice->sendMessage(RelayTestClient::makeSend(bob->coveId(), "and again")));
        QVERIFY(nextDeliver(*bob));
        QCOMPARE(relay.server->storageStats().handedOutEarly, 1u);
    }

    // What the storage decided for a pair is forgotten as soon as a request
    // may change it: a recipient who closes their door, or a child's link
    // to a guardian, applies to the very next message.
    void handedOutOnlyWhileThePairIsAllowed()
    {
        Relay relay(noLimits());
        auto alice = online(relay);
        auto bob = online(relay);
        auto guardian = online(relay);
        QVERIFY(alice && bob && guardian);
        QVERIFY(passes(*alice, *bob, "one"));
        QVERIFY(passes(*alice, *bob, "two"));
        const quint64 early = relay.server->storageStats().handedOutEarly;
        QVERIFY(early >= 1);
        // Someone else's policy is not theirs: still at once.
        QVERIFY(guardian->request(wire::ContactPolicy{true, {bob->coveId()}}.toFrame(0)));
        QVERIFY(passes(*alice, *bob, "two and a half"));
        QCOMPARE(relay.server->storageStats().handedOutEarly, early + 1);

        // Bob takes messages only from the people he lists: not Alice.
        QVERIFY(bob->request(wire::ContactPolicy{true, {guardian->coveId()}}.toFrame(0)));
        QVERIFY(!alice->sendMessage(RelayTestClient::makeSend(bob->coveId(), "shut out")));
        QCOMPARE(errorCode(alice->lastError()), WireError::Refused);
        bob->settle(200);
        QCOMPARE(bob->countPending(FrameType::Deliver), 0);
        QVERIFY(bob->request(wire::ContactPolicy{}.toFrame(0)));
        QVERIFY(passes(*alice, *bob, "three"));
        QVERIFY(passes(*alice, *bob, "four"));

        // Bob becomes a guarded child; Alice is not an approved contact.
        const qint64 linkedAt = 1'700'000'000'000;
        const QByteArray payload =
            protocol::guardianLinkPayload(bob->identityKey(), guardian->identityKey(), linkedAt);
        QVERIFY(bob->request(
            wire::GuardedLink{guardian->identityKey(), linkedAt, guardian->sign(payload)}.toFrame(
                0)));
        QVERIFY(!alice->sendMessage(RelayTestClient::makeSend(bob->coveId(), "not approved")));
        QCOMPARE(errorCode(alice->lastError()), WireError::Refused);
        bob->settle(200);
        QCOMPARE(bob->countPending(FrameType::Deliver), 0);
    }

    // Every app sends its contact policy when it connects, so the relay
    // forgets old policy changes now and then. A verdict from before a
    // change must not come back when the change is forgotten.
    void forgottenPolicyChangesBringBackNoVerdict()
    {
        RelayConfig config = noLimits();
        config.maxPlainPairs = 4;
        Relay relay(config);
        auto alice = online(relay);
        auto bob = online(relay);
        QVERIFY(alice && bob);
        QVERIFY(passes(*alice, *bob, "one"));
        QVERIFY(passes(*alice, *bob, "two"));
        QCOMPARE(relay.server->storageStats().handedOutEarly, 1u);
        QVERIFY(bob->request(wire::ContactPolicy{true, {}}.toFrame(0))); // nobody
        // Others connect and send theirs, more changes than are remembered,
        // while Alice keeps trying.
        std::vector<std::unique_ptr<RelayTestClient>> others;
        for (int i = 0; i < 12; ++i) {
            others.push_back(online(relay));
            QVERIFY(others.back());
            QVERIFY(others.back()->request(wire::ContactPolicy{}.toFrame(0)));
            QVERIFY(!alice->sendMessage(RelayTestClient::makeSend(bob->coveId(), "shut out")));
            QCOMPARE(errorCode(alice->lastError()), WireError::Refused);
        }
        bob->settle(200);
        QCOMPARE(bob->countPending(FrameType::Deliver), 0);
        QCOMPARE(relay.server->storageStats().handedOutEarly, 1u);
    }

    void sendToUnknownRecipient()
    {
        Relay relay(noLimits());
        auto alice = online(relay);
        QVERIFY(alice);
        RelayTestClient nobody;
        QVERIFY(!alice->sendMessage(RelayTestClient::makeSend(nobody.coveId(), "x")));
        QCOMPARE(errorCode(alice->lastError()), WireError::NotFound);
        QVERIFY(!alice->sendMessage(RelayTestClient::makeSend(QStringLiteral("nope"), "x")));
        QCOMPARE(errorCode(alice->lastError()), WireError::NotFound);
        QVERIFY(alice->isConnected());
    }

    void frankingTagVerifies()
    {
        Relay relay(noLimits());
        auto alice = online(relay);
        auto bob = online(relay);
        auto carol = online(relay);
        QVERIFY(alice && bob && carol);
        const wire::Send s = RelayTestClient::makeSend(bob->coveId(), "franked");
        QVERIFY(alice->sendMessage(s));
        auto d = nextDeliver(*bob);
        QVERIFY(d);
        QVERIFY(protocol::isWellFormedFrankingTag(d->frankingTag));
        const QByteArray key = bob->frankingPublicKey();
        const QByteArray payload = protocol::frankingTagPayload(
            d->commitment, alice->coveId().toUtf8(), bob->coveId().toUtf8(), d->serverTimeMs);
        QVERIFY(protocol::verifyFrankingTag(key, payload, d->frankingTag));
        // Attributed to another recipient, sender, time or commitment, it fails.
        QVERIFY(!protocol::verifyFrankingTag(
            key,
            protocol::frankingTagPayload(d->commitment, alice->coveId().toUtf8(),
                                         carol->coveId().toUtf8(), d->serverTimeMs),
            d->frankingTag));
        QVERIFY(!protocol::verifyFrankingTag(
            key,
            protocol::frankingTagPayload(d->commitment, carol->coveId().toUtf8(),
                                         bob->coveId().toUtf8(), d->serverTimeMs),
            d->frankingTag));
        QVERIFY(!protocol::verifyFrankingTag(
            key,
            protocol::frankingTagPayload(d->commitment, alice->coveId().toUtf8(),
                                         bob->coveId().toUtf8(), d->serverTimeMs + 1),
            d->frankingTag));
        QByteArray otherCommitment = d->commitment;
        otherCommitment[0] = char(otherCommitment[0] ^ 1);
        QVERIFY(!protocol::verifyFrankingTag(
            key,
            protocol::frankingTagPayload(otherCommitment, alice->coveId().toUtf8(),
                                         bob->coveId().toUtf8(), d->serverTimeMs),
            d->frankingTag));
    }

    // Sends that arrive together are stamped together, under one signature;
    // every recipient's tag still verifies for its own message alone.
    void frankingTagsOfABatchVerify()
    {
        Relay relay(noLimits());
        auto alice = online(relay);
        auto bob = online(relay);
        auto carol = online(relay);
        QVERIFY(alice && bob && carol);
        constexpr int kEach = 20;
        // Sends the relay refuses and a resend share the batches: the tags
        // of the others still line up with their messages.
        RelayTestClient nobody;
        wire::Send resent;
        for (int i = 0; i < kEach; ++i) {
            const wire::Send toBob =
                RelayTestClient::makeSend(bob->coveId(), QByteArray::number(i));
            if (i == 0)
                resent = toBob;
            alice->sendFrame(toBob.toFrame(0));
            alice->sendFrame(RelayTestClient::makeSend(nobody.coveId(), "lost").toFrame(0));
            alice->sendFrame(
                RelayTestClient::makeSend(carol->coveId(), QByteArray::number(i)).toFrame(0));
            if (i == kEach / 2)
                alice->sendFrame(resent.toFrame(0));
        }
        const QByteArray key = bob->frankingPublicKey();
        int batched = 0;
        QList<QByteArray> signatures;
        for (RelayTestClient *recipient : {bob.get(), carol.get()}) {
            for (int i = 0; i < kEach; ++i) {
                auto d = nextDeliver(*recipient);
                QVERIFY(d);
                const QByteArray payload =
                    protocol::frankingTagPayload(d->commitment, alice->coveId().toUtf8(),
                                                 recipient->coveId().toUtf8(), d->serverTimeMs);
                QVERIFY(protocol::verifyFrankingTag(key, payload, d->frankingTag));
                RelayTestClient *other = recipient == bob.get() ? carol.get() : bob.get();
                QVERIFY(!protocol::verifyFrankingTag(
                    key,
                    protocol::frankingTagPayload(d->commitment, alice->coveId().toUtf8(),
                                                 other->coveId().toUtf8(), d->serverTimeMs),
                    d->frankingTag));
                if (d->frankingTag.size() > protocol::kFrankingSignatureSize) {
                    ++batched;
                    signatures.append(d->frankingTag.mid(4 + protocol::kFrankingLeafSaltSize,
                                                         protocol::kFrankingSignatureSize));
                }
                ack(*recipient, d->envelopeId);
            }
        }
        bob->settle(200);
        QCOMPARE(bob->countPending(FrameType::Deliver), 0); // the resend came once
        // 61 Sends written at once reach the relay in a few reads at most.
        QVERIFY2(batched >= kEach, qPrintable(QString::number(batched)));
        std::sort(signatures.begin(), signatures.end());
        signatures.erase(std::unique(signatures.begin(), signatures.end()), signatures.end());
        QVERIFY2(signatures.size() < batched / 2, qPrintable(QString::number(signatures.size())));
    }

    void firstContactFactsOnFirstEnvelopeOnly()
    {
        Relay relay(noLimits());
        auto alice = online(relay);
        auto bob = online(relay);
        QVERIFY(alice && bob);
        QVERIFY(alice->sendMessage(RelayTestClient::makeSend(bob->coveId(), "hi")));
        auto first = nextDeliver(*bob);
        QVERIFY(first);
        QVERIFY(first->facts);
        QCOMPARE(first->facts->accountAge, wire::FirstContactFacts::AccountAge::UnderOneDay);
        QVERIFY(!first->facts->massContact);

        QVERIFY(alice->sendMessage(RelayTestClient::makeSend(bob->coveId(), "again")));
        auto second = nextDeliver(*bob);
        QVERIFY(second);
        QVERIFY(!second->facts);
        // The reply goes along an existing pair.
        QVERIFY(bob->sendMessage(RelayTestClient::makeSend(alice->coveId(), "reply")));
        auto reply = nextDeliver(*alice);
        QVERIFY(reply);
        QVERIFY(!reply->facts);
    }

    void massContactFact()
    {
        RelayConfig config = noLimits();
        config.massContactThreshold = 2;
        Relay relay(config);
        auto spammer = online(relay);
        QVERIFY(spammer);
        std::vector<std::unique_ptr<RelayTestClient>> targets;
        for (int i = 0; i < 3; ++i) {
            targets.push_back(online(relay));
            QVERIFY(targets.back());
            QVERIFY(spammer->sendMessage(
                RelayTestClient::makeSend(targets.back()->coveId(), "hello stranger")));
            auto d = nextDeliver(*targets.back());
            QVERIFY(d && d->facts);
            QCOMPARE(d->facts->massContact, i >= 2);
        }
    }

    void messageRateLimit()
    {
        RelayConfig config;
        config.messagesPerMinute = 5;
        Relay relay(config);
        auto alice = online(relay);
        auto bob = online(relay);
        QVERIFY(alice && bob);
        for (int i = 0; i < 5; ++i)
            QVERIFY(alice->sendMessage(RelayTestClient::makeSend(bob->coveId(), "m")));
        QVERIFY(!alice->sendMessage(RelayTestClient::makeSend(bob->coveId(), "m")));
        QCOMPARE(errorCode(alice->lastError()), WireError::RateLimited);
        const QString detail = protocol::errorFromFrame(*alice->lastError())->second;
        QVERIFY(detail.contains(QStringLiteral("5")));
        // Others are not affected.
        QVERIFY(bob->sendMessage(RelayTestClient::makeSend(alice->coveId(), "m")));
        QVERIFY(alice->isConnected());
    }

    void newConversationRateLimit()
    {
        RelayConfig config;
        config.newConversationsPerDayYoung = 2;
        config.newConversationsPerDay = 100;
        Relay relay(config);
        auto alice = online(relay);
        QVERIFY(alice);
        std::vector<std::unique_ptr<RelayTestClient>> people;
        for (int i = 0; i < 3; ++i) {
            people.push_back(online(relay));
            QVERIFY(people.back());
        }
        // A new account may open two conversations a day.
        QVERIFY(alice->sendMessage(RelayTestClient::makeSend(people[0]->coveId(), "1")));
        QVERIFY(alice->sendMessage(RelayTestClient::makeSend(people[1]->coveId(), "2")));
        QVERIFY(!alice->sendMessage(RelayTestClient::makeSend(people[2]->coveId(), "3")));
        // Its own code, so the sender's app can explain it (and not retry).
        QCOMPARE(errorCode(alice->lastError()), WireError::NewConversationLimit);
        QCOMPARE(errorFromFrame(*alice->lastError())->second,
                 QStringLiteral("new conversations are limited to 2 per day"));
        // Existing conversations go on.
        QVERIFY(alice->sendMessage(RelayTestClient::makeSend(people[0]->coveId(), "4")));
        // Someone who was written to first may answer: that opens nothing new.
        QVERIFY(people[2]->sendMessage(RelayTestClient::makeSend(alice->coveId(), "hi alice")));
        QVERIFY(alice->sendMessage(RelayTestClient::makeSend(people[2]->coveId(), "5")));
    }

    void contactsOnlyRefusesStrangers()
    {
        Relay relay(noLimits());
        auto alice = online(relay);
        auto bob = online(relay);
        auto stranger = online(relay);
        QVERIFY(alice && bob && stranger);
        // Alice lets only Bob reach her.
        auto ack = alice->request(wire::ContactPolicy{true, {bob->coveId()}}.toFrame(0));
        QVERIFY(ack);
        auto stored = wire::ContactPolicyAck::fromFrame(*ack);
        QVERIFY(stored);
        QVERIFY(stored->contactsOnly);
        QCOMPARE(stored->allowedCount, 1u);

        QVERIFY(bob->sendMessage(RelayTestClient::makeSend(alice->coveId(), "from bob")));
        QVERIFY(!stranger->sendMessage(RelayTestClient::makeSend(alice->coveId(), "hello")));
        // The stranger learns that delivery failed, and nothing about why.
        QCOMPARE(errorCode(stranger->lastError()), WireError::Refused);
        QCOMPARE(errorFromFrame(*stranger->lastError())->second,
                 QStringLiteral("the message could not be delivered"));
        // Only Bob's message reaches Alice.
        auto first = alice->waitForType(FrameType::Deliver);
        QVERIFY(first);
        QCOMPARE(wire::Deliver::fromFrame(*first)->sender, bob->coveId());
        alice->settle(200);
        QCOMPARE(alice->countPending(FrameType::Deliver), 0);
        // A refused first message opened no conversation: it does not count
        // against the stranger, who can still reach someone else.
        QVERIFY(stranger->sendMessage(RelayTestClient::makeSend(bob->coveId(), "hi bob")));

        // Alice goes back to everyone: the stranger reaches her (as a request).
        auto open = alice->request(wire::ContactPolicy{}.toFrame(0));
        QVERIFY(open && wire::ContactPolicyAck::fromFrame(*open));
        QVERIFY(stranger->sendMessage(RelayTestClient::makeSend(alice->coveId(), "again")));
        auto second = alice->waitForType(FrameType::Deliver);
        QVERIFY(second);
        QCOMPARE(wire::Deliver::fromFrame(*second)->sender, stranger->coveId());

        // A list with something that is no Cove ID is refused whole.
        auto bad =
            alice->request(wire::ContactPolicy{true, {QStringLiteral("not-an-id")}}.toFrame(0));
        QVERIFY(bad);
        QCOMPARE(errorCode(bad), WireError::BadFrame);
    }

    void guardedChildIsReachedOnlyByApprovedContacts()
    {
        Relay relay(noLimits());
        auto child = online(relay);
        auto guardian = online(relay);
        auto friendOf = online(relay);
        auto stranger = online(relay);
        auto impostor = online(relay); ///< signs "approvals" with its own key
        QVERIFY(child && guardian && friendOf && stranger && impostor);
        const qint64 linkedAt = 1'700'000'000'000;
        const auto linkFrame = [&](RelayTestClient &signer) {
            const QByteArray payload =
                protocol::guardianLinkPayload(child->identityKey(), signer.identityKey(), linkedAt);
            return wire::GuardedLink{signer.identityKey(), linkedAt, signer.sign(payload)}.toFrame(
                0);
        };
        const auto approval = [&](RelayTestClient &signer, const QString &contact, qint64 at) {
            const QByteArray payload =
                protocol::guardianApprovalPayload(child->identityKey(), contact, at);
            return wire::GuardedApproval{contact, at, signer.sign(payload)};
        };

        // A link the guardian did not sign is refused.
        wire::GuardedLink forgedLink = *wire::GuardedLink::fromFrame(linkFrame(*guardian));
        forgedLink.signature = impostor->sign(
            protocol::guardianLinkPayload(child->identityKey(), guardian->identityKey(), linkedAt));
        QCOMPARE(errorCode(child->request(forgedLink.toFrame(0))), WireError::BadSignature);

        auto linked = child->request(linkFrame(*guardian));
        QVERIFY(linked);
        auto state = wire::GuardedState::fromFrame(*linked);
        QVERIFY(state);
        QVERIFY(state->guarded);
        QCOMPARE(state->guardian, guardian->coveId());

        // Nobody but the guardian reaches the child, whatever they send.
        QVERIFY(!stranger->sendMessage(RelayTestClient::makeSend(child->coveId(), "hey")));
        QCOMPARE(errorCode(stranger->lastError()), WireError::Refused);
        QVERIFY(!friendOf->sendMessage(RelayTestClient::makeSend(child->coveId(), "hi")));
        QVERIFY(guardian->sendMessage(RelayTestClient::makeSend(child->coveId(), "hello")));
        // Nor does the child reach anyone else.
        QVERIFY(!child->sendMessage(RelayTestClient::makeSend(friendOf->coveId(), "hi")));
        QVERIFY(child->sendMessage(RelayTestClient::makeSend(guardian->coveId(), "hi mum")));

        // An approval signed by another key is refused; the guardian's is taken.
        wire::GuardedContacts forged{
            child->coveId(), {approval(*impostor, friendOf->coveId(), 5)}, {}};
        QCOMPARE(errorCode(child->request(forged.toFrame(0))), WireError::BadSignature);
        QCOMPARE(errorCode(stranger->request(forged.toFrame(0))), WireError::Refused);
        QVERIFY(!friendOf->sendMessage(RelayTestClient::makeSend(child->coveId(), "hi")));
        const wire::GuardedApproval real = approval(*guardian, friendOf->coveId(), 6);
        auto approved =
            child->request(wire::GuardedContacts{child->coveId(), {real}, {}}.toFrame(0));
        QVERIFY(approved && wire::GuardedState::fromFrame(*approved));
        QVERIFY(friendOf->sendMessage(RelayTestClient::makeSend(child->coveId(), "hi")));
        QVERIFY(child->sendMessage(RelayTestClient::makeSend(friendOf->coveId(), "hi back")));
        // An approval for one child is worthless for another.
        auto otherChild = online(relay);
        QVERIFY(otherChild);
        const QByteArray otherPayload = protocol::guardianLinkPayload(
            otherChild->identityKey(), guardian->identityKey(), linkedAt);
        QVERIFY(otherChild->request(
            wire::GuardedLink{guardian->identityKey(), linkedAt, guardian->sign(otherPayload)}
                .toFrame(0)));
        QCOMPARE(errorCode(otherChild->request(
                     wire::GuardedContacts{otherChild->coveId(), {real}, {}}.toFrame(0))),
                 WireError::BadSignature);

        // The guardian sees who was turned away and when the child last
        // talked with each contact; nobody else may ask.
        auto seen = guardian->request(wire::GuardedQuery{child->coveId()}.toFrame(0));
        QVERIFY(seen);
        state = wire::GuardedState::fromFrame(*seen);
        QVERIFY(state);
        QCOMPARE(state->contacts.size(), 1);
        QCOMPARE(state->contacts.first().contactId, friendOf->coveId());
        QVERIFY(state->contacts.first().lastAtMs > 0);
        QStringList refused;
        for (const auto &r : state->refused) {
            refused.append(r.sender);
            QCOMPARE(r.count, r.sender == stranger->coveId() ? 1u : 2u); // each attempt once
        }
        refused.sort();
        QStringList expected{stranger->coveId(), friendOf->coveId()};
        expected.sort();
        QCOMPARE(refused, expected);
        QCOMPARE(errorCode(stranger->request(wire::GuardedQuery{child->coveId()}.toFrame(0))),
                 WireError::Refused);

        // A removed approval cannot be replayed; a new one from the guardian works.
        QVERIFY(child->request(
            wire::GuardedContacts{child->coveId(), {}, {friendOf->coveId()}}.toFrame(0)));
        QVERIFY(!friendOf->sendMessage(RelayTestClient::makeSend(child->coveId(), "hi")));
        QCOMPARE(errorCode(
                     child->request(wire::GuardedContacts{child->coveId(), {real}, {}}.toFrame(0))),
                 WireError::Refused);
        QVERIFY(guardian->request(wire::GuardedContacts{
            child->coveId(),
            {approval(*guardian, friendOf->coveId(), 7)},
            {}}.toFrame(0)));
        QVERIFY(friendOf->sendMessage(RelayTestClient::makeSend(child->coveId(), "hi again")));

        // The child cannot escape: another "guardian" is refused, and so is
        // a release the guardian did not sign.
        QCOMPARE(errorCode(child->request(linkFrame(*impostor))), WireError::Refused);
        const QByteArray releasePayload =
            protocol::guardianReleasePayload(child->identityKey(), linkedAt);
        QCOMPARE(errorCode(child->request(
                     wire::GuardedRelease{linkedAt, impostor->sign(releasePayload)}.toFrame(0))),
                 WireError::BadSignature);
        QVERIFY(!stranger->sendMessage(RelayTestClient::makeSend(child->coveId(), "hey")));
        // The guardian's release ends it: the child is an ordinary account.
        auto released = child->request(
            wire::GuardedRelease{linkedAt, guardian->sign(releasePayload)}.toFrame(0));
        QVERIFY(released);
        QVERIFY(!wire::GuardedState::fromFrame(*released)->guarded);
        QVERIFY(stranger->sendMessage(RelayTestClient::makeSend(child->coveId(), "hey")));
    }

    void expiredEnvelopesAreNotDelivered()
    {
        RelayConfig config = noLimits();
        config.envelopeTtlMs = 300;
        Relay relay(config);
        auto alice = online(relay);
        RelayTestClient bob;
        QVERIFY(alice);
        QVERIFY(bob.connectAndAuthenticate(relay.url));
        bob.close();
        QVERIFY(alice->sendMessage(RelayTestClient::makeSend(bob.coveId(), "stale")));
        QTest::qWait(500);
        QSignalSpy purged(relay.server.get(), &RelayServer::purged);
        relay.server->purgeNow();
        QVERIFY(purged.wait(5000));
        QCOMPARE(purged.first().at(0).toInt(), 1);
        QVERIFY(bob.connectAndAuthenticate(relay.url));
        QVERIFY(bob.waitForType(FrameType::QueueEmpty));
        QCOMPARE(bob.countPending(FrameType::Deliver), 0);
    }

    // ---- Attachments ------------------------------------------------------------------

    void attachmentRoundTrip_data()
    {
        QTest::addColumn<qsizetype>("size");
        QTest::newRow("0 B") << qsizetype(0);
        QTest::newRow("1 B") << qsizetype(1);
        QTest::newRow("2.5 chunks") << qsizetype(wire::kAttachmentChunkSize * 5 / 2);
    }

    void attachmentRoundTrip()
    {
        QFETCH(qsizetype, size);
        Relay relay;
        auto alice = online(relay);
        auto bob = online(relay);
        QVERIFY(alice && bob);
        QByteArray blob(size, Qt::Uninitialized);
        for (qsizetype i = 0; i < size; ++i)
            blob[i] = char((i * 131 + 7) & 0xff);

        QByteArray blobId;
        quint64 offset = 0;
        do {
            wire::AttachmentPut put;
            put.blobId = blobId;
            put.offset = offset;
            put.data = blob.mid(qsizetype(offset), wire::kAttachmentChunkSize);
            put.totalSize = quint64(size);
            auto reply = alice->request(put.toFrame(0));
            QVERIFY(reply);
            QCOMPARE(reply->type, FrameType::AttachmentPutAck);
            auto ackBody = wire::AttachmentPutAck::fromFrame(*reply);
            QVERIFY(ackBody);
            if (blobId.isEmpty())
                blobId = ackBody->blobId;
            QCOMPARE(ackBody->blobId, blobId);
            offset += quint64(put.data.size());
            QCOMPARE(ackBody->received, offset);
            QCOMPARE(ackBody->complete, offset == quint64(size));
        } while (offset < quint64(size));
        QCOMPARE(blobId.size(), wire::kBlobIdSize);

        QByteArray got;
        do {
            auto reply = bob->request(wire::AttachmentGet{blobId, quint64(got.size())}.toFrame(0));
            QVERIFY(reply);
            QCOMPARE(reply->type, FrameType::AttachmentData);
            auto data = wire::AttachmentData::fromFrame(*reply);
            QVERIFY(data);
            QCOMPARE(data->totalSize, quint64(size));
            QCOMPARE(data->offset, quint64(got.size()));
            QVERIFY(data->data.size() <= wire::kAttachmentChunkSize);
            if (size > 0)
                QVERIFY(!data->data.isEmpty());
            got += data->data;
        } while (got.size() < size);
        QCOMPARE(got, blob);
    }

    void attachmentLimits()
    {
        RelayConfig config;
        config.maxAttachmentSize = 1000;
        Relay relay(config);
        auto alice = online(relay);
        auto bob = online(relay);
        QVERIFY(alice && bob);

        auto tooLarge = alice->request(wire::AttachmentPut{{}, 0, "x", 1001}.toFrame(0));
        QCOMPARE(errorCode(tooLarge), WireError::TooLarge);

        auto first = alice->request(wire::AttachmentPut{{}, 0, "abc", 10}.toFrame(0));
        QVERIFY(first);
        const QByteArray id = wire::AttachmentPutAck::fromFrame(*first)->blobId;
        // Incomplete blobs cannot be fetched.
        auto early = bob->request(wire::AttachmentGet{id, 0}.toFrame(0));
        QCOMPARE(errorCode(early), WireError::NotFound);
        // Chunks continue in order, from their uploader only.
        auto gap = alice->request(wire::AttachmentPut{id, 5, "de", 10}.toFrame(0));
        QCOMPARE(errorCode(gap), WireError::BadFrame);
        auto foreign = bob->request(wire::AttachmentPut{id, 3, "de", 10}.toFrame(0));
        QCOMPARE(errorCode(foreign), WireError::NotFound);
        auto resized = alice->request(wire::AttachmentPut{id, 3, "de", 11}.toFrame(0));
        QCOMPARE(errorCode(resized), WireError::BadFrame);
        auto rest = alice->request(wire::AttachmentPut{id, 3, "defghij", 10}.toFrame(0));
        QVERIFY(rest);
        QVERIFY(wire::AttachmentPutAck::fromFrame(*rest)->complete);
        auto more = alice->request(wire::AttachmentPut{id, 10, "", 10}.toFrame(0));
        QCOMPARE(errorCode(more), WireError::BadFrame);

        auto unknown = bob->request(wire::AttachmentGet{QByteArray(16, 'z'), 0}.toFrame(0));
        QCOMPARE(errorCode(unknown), WireError::NotFound);
        auto beyond = bob->request(wire::AttachmentGet{id, 11}.toFrame(0));
        QCOMPARE(errorCode(beyond), WireError::BadFrame);
        auto whole = bob->request(wire::AttachmentGet{id, 0}.toFrame(0));
        QVERIFY(whole);
        QCOMPARE(wire::AttachmentData::fromFrame(*whole)->data, QByteArray("abcdefghij"));
    }

    void newAttachmentsAreRateLimited()
    {
        // Each new attachment is a file written and synced on the storage
        // thread that everyone's messages share: an account starts at most
        // attachmentsPerMinute of them; continuing one is not limited.
        RelayConfig config;
        config.attachmentsPerMinute = 3;
        Relay relay(config);
        auto alice = online(relay);
        auto bob = online(relay);
        QVERIFY(alice && bob);
        QByteArray open;
        for (int i = 0; i < 3; ++i) {
            auto ack = alice->request(wire::AttachmentPut{{}, 0, "ab", 4}.toFrame(0));
            QVERIFY(ack && ack->type == FrameType::AttachmentPutAck);
            open = wire::AttachmentPutAck::fromFrame(*ack)->blobId;
        }
        auto fourth = alice->request(wire::AttachmentPut{{}, 0, "", 0}.toFrame(0));
        QCOMPARE(errorCode(fourth), WireError::RateLimited);
        auto rest = alice->request(wire::AttachmentPut{open, 2, "cd", 4}.toFrame(0));
        QVERIFY(rest && wire::AttachmentPutAck::fromFrame(*rest)->complete);
        // Per account: Bob starts his own.
        auto bobs = bob->request(wire::AttachmentPut{{}, 0, "", 0}.toFrame(0));
        QVERIFY(bobs && bobs->type == FrameType::AttachmentPutAck);
        QVERIFY(alice->isConnected());
    }

    // ---- Hostile input ------------------------------------------------------------------

    void hostileFrames()
    {
        Relay relay(noLimits());
        auto alice = online(relay);
        auto bob = online(relay);
        QVERIFY(alice && bob);
        RelayTestClient hostile;
        QVERIFY(hostile.connectAndAuthenticate(relay.url));

        struct Case {
            const char *name;
            QByteArray bytes;
            WireError expected;
        };
        const QByteArray valid =
            protocol::encodeFrame(wire::DeliverAck{1}.toFrame(77)); // a well-formed frame
        const QList<Case> cases = {
            {"garbage", QByteArray("\xff\x00\x13garbage", 10), WireError::BadFrame},
            {"truncated CBOR", valid.left(valid.size() - 1), WireError::BadFrame},
            {"empty", QByteArray(), WireError::BadFrame},
            {"unknown version", cbor(QCborArray{2, 13, 1, QCborMap{}}),
             WireError::UnsupportedVersion},
            {"unknown type", cbor(QCborArray{1, 200, 1, QCborMap{}}), WireError::BadFrame},
            {"not an array", cbor(QCborMap{{1, 2}}), WireError::BadFrame},
            {"relay frame", protocol::encodeFrame(Frame{FrameType::QueueEmpty, 5, {}}),
             WireError::BadFrame},
        };
        for (const Case &c : cases) {
            hostile.sendRaw(c.bytes);
            auto reply = hostile.waitForType(FrameType::Error);
            QVERIFY2(reply, c.name);
            QCOMPARE(errorCode(reply), c.expected);
        }
        hostile.sendText(QStringLiteral("hello?"));
        QCOMPARE(errorCode(hostile.waitForType(FrameType::Error)), WireError::BadFrame);
        // A typed body with a wrong field answers the request id.
        QCborMap body{{0, QByteArray(3, 'x')}};
        auto reply = hostile.request(Frame{FrameType::Send, 0, body});
        QCOMPARE(errorCode(reply), WireError::BadFrame);

        // The others are served all along.
        QVERIFY(alice->sendMessage(RelayTestClient::makeSend(bob->coveId(), "still here")));
        QVERIFY(nextDeliver(*bob));

        // Ten bad frames close the connection.
        for (int i = 0; i < 5; ++i)
            hostile.sendRaw("junk");
        QVERIFY(hostile.waitForDisconnected());
        QCOMPARE(hostile.closeCode(), QWebSocketProtocol::CloseCodePolicyViolated);
    }

    void floodOfBadFrames()
    {
        Relay relay(noLimits());
        auto alice = online(relay);
        auto bob = online(relay);
        QVERIFY(alice && bob);
        RelayTestClient flooder;
        QVERIFY(flooder.open(relay.url));
        for (int i = 0; i < 1000; ++i)
            flooder.sendRaw(QByteArray("\x83\x01\x02", 3) + QByteArray::number(i));
        QVERIFY(flooder.waitForDisconnected());
        // At most maxBadFrames errors came back before the close.
        QVERIFY(flooder.countPending(FrameType::Error) <= relay.server->config().maxBadFrames);
        QVERIFY(flooder.countPending(FrameType::Error) >= 1);
        QVERIFY(alice->sendMessage(RelayTestClient::makeSend(bob->coveId(), "served")));
        QVERIFY(nextDeliver(*bob));
        QVERIFY(alice->isConnected());
    }

    void oversizedFrame()
    {
        Relay relay(noLimits());
        auto alice = online(relay);
        auto bob = online(relay);
        QVERIFY(alice && bob);
        RelayTestClient big;
        QVERIFY(big.connectAndAuthenticate(relay.url));
        big.sendRaw(QByteArray(protocol::kMaxFrameSize + 1, 'x'));
        QVERIFY(big.waitForDisconnected(10000));
        QCOMPARE(big.closeCode(), QWebSocketProtocol::CloseCodeTooMuchData);
        QVERIFY(alice->sendMessage(RelayTestClient::makeSend(bob->coveId(), "served")));
        QVERIFY(nextDeliver(*bob));
    }

    void peerThatPingsAndNeverReadsIsCut_data()
    {
        QTest::addColumn<bool>("secure");
        QTest::newRow("ws") << false;
        // Over TLS, what waits to be written sits encrypted under the
        // WebSocket, where its own count does not show it.
        QTest::newRow("wss") << true;
    }

    void peerThatPingsAndNeverReadsIsCut()
    {
        QFETCH(bool, secure);
        std::optional<QSslConfiguration> tls;
        if (secure) {
            tls = testCertificate();
            if (!tls || !QSslSocket::supportsSsl())
                QSKIP("TLS and the openssl tool are needed for a test certificate");
        }
        // WebSocket pings are answered inside Qt, past every frame the
        // relay sees; a peer that sends them and reads nothing must not
        // make the relay buffer pongs without end. Before authenticating,
        // and well within the handshake time.
        RelayConfig config = noLimits();
        config.maxOutgoingBytes = 16 * 1024;
        config.handshakeTimeoutMs = 120 * 1000;
        Relay relay(config, tls);
        auto trusting = [&](RelayTestClient &c) {
            if (tls) {
                QSslConfiguration trust = QSslConfiguration::defaultConfiguration();
                trust.setCaCertificates(tls->localCertificateChain());
                c.socket().setSslConfiguration(trust);
            }
        };
        RelayTestClient alice;
        RelayTestClient bob;
        trusting(alice);
        trusting(bob);
        QVERIFY(alice.connectAndAuthenticate(relay.url));
        QVERIFY(bob.connectAndAuthenticate(relay.url));
        QCOMPARE(relay.server->connectionCount(), 2);

        QSslSocket raw;
        raw.setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, 4096);
        if (tls) {
            QSslConfiguration trust = QSslConfiguration::defaultConfiguration();
            trust.setCaCertificates(tls->localCertificateChain());
            raw.setSslConfiguration(trust);
            raw.connectToHostEncrypted(QStringLiteral("127.0.0.1"), quint16(relay.url.port()));
            QTRY_VERIFY(raw.isEncrypted()); // the relay runs here too
        } else {
            raw.connectToHost(QHostAddress::LocalHost, quint16(relay.url.port()));
            QTRY_COMPARE(raw.state(), QAbstractSocket::ConnectedState);
        }
        raw.write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n"
                  "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                  "Sec-WebSocket-Version: 13\r\n\r\n");
        QByteArray response;
        QTRY_VERIFY((response += raw.readAll()).contains("\r\n\r\n"));
        QVERIFY2(response.startsWith("HTTP/1.1 101"), response.constData());
        QTRY_COMPARE(relay.server->connectionCount(), 3);
        raw.setReadBufferSize(1); // from now on, nothing is read

        // A masked ping with 125 bytes (the most a control frame carries).
        QByteArray ping("\x89\xfd\x01\x02\x03\x04", 6);
        ping += QByteArray(125, 'p');
        QByteArray burst;
        for (int i = 0; i < 512; ++i)
            burst += ping;
        QElapsedTimer t;
        t.start();
        qint64 sent = 0;
        while (raw.state() == QAbstractSocket::ConnectedState && t.elapsed() < 30000 &&
               sent < 256 * 1024 * 1024) {
            if (raw.bytesToWrite() < 1024 * 1024) {
                raw.write(burst);
                sent += burst.size();
            }
            QTest::qWait(1);
        }
        QTRY_COMPARE_WITH_TIMEOUT(relay.server->connectionCount(), 2, 15000);
        qInfo("the relay cut the peer after %lld bytes of pings, %lld ms", sent,
              qlonglong(t.elapsed()));
        // The others were served all along.
        QVERIFY(alice.sendMessage(RelayTestClient::makeSend(bob.coveId(), "served")));
        QVERIFY(nextDeliver(bob));
    }

    void acksOfWhatWasNotDeliveredAreBounded()
    {
        // A few acknowledgements of envelopes not in flight are normal
        // (what the previous connection delivered); a stream of them is
        // only deletions for the storage thread, and ends the connection.
        Relay relay(noLimits());
        auto alice = online(relay);
        auto bob = online(relay);
        QVERIFY(alice && bob);
        for (quint64 id = 1; id <= 100; ++id)
            ack(*alice, id);
        QVERIFY(alice->sendMessage(RelayTestClient::makeSend(bob->coveId(), "still served")));
        QCOMPARE(alice->countPending(FrameType::Error), 0);
        for (quint64 id = 101; id <= 5000 && alice->isConnected(); ++id)
            ack(*alice, id);
        QVERIFY(alice->waitForDisconnected(10000));
        QVERIFY(alice->countPending(FrameType::Error) >= 1);
        QVERIFY(nextDeliver(*bob));
    }

    // ---- Flow control -----------------------------------------------------------------------

    void deliverWindowHolds()
    {
        RelayConfig config = noLimits();
        config.deliverWindow = 8;
        Relay relay(config);
        auto alice = online(relay);
        auto bob = online(relay);
        QVERIFY(alice && bob);
        constexpr int kCount = 30;
        for (int i = 0; i < kCount; ++i)
            alice->sendFrame(
                RelayTestClient::makeSend(bob->coveId(), QByteArray::number(i)).toFrame(0));
        for (int i = 0; i < kCount; ++i)
            QVERIFY(alice->waitForType(FrameType::SendAck));

        // A silent client holds exactly one window.
        bob->settle(300);
        QCOMPARE(bob->countPending(FrameType::Deliver), 8);

        // Each acknowledgement lets one more through, in order.
        QList<QByteArray> got;
        quint64 lastId = 0;
        while (got.size() < kCount) {
            auto d = nextDeliver(*bob);
            QVERIFY2(d, qPrintable(QStringLiteral("after %1").arg(got.size())));
            QVERIFY(d->envelopeId > lastId);
            lastId = d->envelopeId;
            got.append(d->ciphertext);
            ack(*bob, d->envelopeId);
        }
        for (int i = 0; i < kCount; ++i)
            QCOMPARE(got[i], QByteArray::number(i));
        bob->settle(100);
        QCOMPARE(bob->countPending(FrameType::Deliver), 0);
    }

    void backlogLargerThanWindow()
    {
        RelayConfig config = noLimits();
        config.deliverWindow = 4;
        Relay relay(config);
        auto alice = online(relay);
        RelayTestClient bob;
        QVERIFY(alice);
        QVERIFY(bob.connectAndAuthenticate(relay.url));
        bob.close();
        constexpr int kCount = 13;
        for (int i = 0; i < kCount; ++i)
            QVERIFY(
                alice->sendMessage(RelayTestClient::makeSend(bob.coveId(), QByteArray::number(i))));
        QVERIFY(bob.connectAndAuthenticate(relay.url));
        bob.settle(200);
        QCOMPARE(bob.countPending(FrameType::Deliver), 4);
        QCOMPARE(bob.countPending(FrameType::QueueEmpty), 0);
        for (int i = 0; i < kCount; ++i) {
            auto d = nextDeliver(bob);
            QVERIFY(d);
            QCOMPARE(d->ciphertext, QByteArray::number(i));
            ack(bob, d->envelopeId);
            // New live messages wait behind the backlog.
            if (i == 2)
                QVERIFY(alice->sendMessage(RelayTestClient::makeSend(bob.coveId(), "late")));
        }
        auto late = nextDeliver(bob);
        QVERIFY(late);
        QCOMPARE(late->ciphertext, QByteArray("late"));
        ack(bob, late->envelopeId);
        QVERIFY(bob.waitForType(FrameType::QueueEmpty));
    }

    void groupCommit()
    {
        Relay relay(noLimits());
        auto alice = online(relay);
        auto bob = online(relay);
        QVERIFY(alice && bob);
        // Open the conversation first, so every Send below is the same kind of write.
        QVERIFY(alice->sendMessage(RelayTestClient::makeSend(bob->coveId(), "hello")));
        const RelayServer::StorageStats before = relay.server->storageStats();
        constexpr int kCount = 200;
        for (int i = 0; i < kCount; ++i)
            alice->sendFrame(
                RelayTestClient::makeSend(bob->coveId(), QByteArray::number(i)).toFrame(0));
        for (int i = 0; i < kCount; ++i)
            QVERIFY(alice->waitForType(FrameType::SendAck));
        const RelayServer::StorageStats after = relay.server->storageStats();
        // 200 pipelined Sends take a handful of transactions, not 200.
        QVERIFY(after.writes - before.writes >= quint64(kCount));
        QVERIFY2(after.transactions - before.transactions <= 20,
                 qPrintable(QString::number(after.transactions - before.transactions)));
    }

    void busyWhenTooManyRequestsWait()
    {
        RelayConfig config = noLimits();
        config.maxPendingRequests = 4;
        Relay relay(config);
        auto alice = online(relay);
        auto bob = online(relay);
        QVERIFY(alice && bob);
        QList<quint64> ids;
        for (int i = 0; i < 200; ++i)
            ids.append(alice->sendFrame(
                RelayTestClient::makeSend(bob->coveId(), QByteArray::number(i)).toFrame(0)));
        int acked = 0;
        int refused = 0;
        bool ackedAfterRefusal = false;
        for (quint64 id : ids) {
            auto reply = alice->waitForReply(id);
            QVERIFY(reply);
            if (reply->type == FrameType::SendAck) {
                ++acked;
                ackedAfterRefusal = ackedAfterRefusal || refused > 0;
            } else if (errorCode(reply) == WireError::Busy ||
                       errorCode(reply) == WireError::RateLimited) {
                ++refused;
            }
        }
        QCOMPARE(acked + refused, 200);
        QVERIFY(acked >= 4);
        // Once one Send is refused, later ones are refused too until it comes
        // again: pipelined messages never overtake a refused one.
        QVERIFY(!ackedAfterRefusal);
        QVERIFY(alice->isConnected());
    }
};

// The relay and the test clients run on the event loop cove-relay uses.
int main(int argc, char **argv)
{
    if (auto epoll = std::make_unique<EpollEventDispatcher>(); epoll->isValid())
        QCoreApplication::setEventDispatcher(epoll.release());
    QCoreApplication app(argc, argv);
    TestRelayServer test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_relay_server.moc"
