// SPDX-License-Identifier: GPL-3.0-or-later
#include "Context.h"
#include "Franking.h"
#include "Guardian.h"
#include "Keys.h"
#include "RelayMessages.h"
#include "Report.h"
#include "Session.h"
#include "TestHelpers.h"
#include "WireFormat.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QCryptographicHash>
#include <QRegularExpression>
#include <QTest>

#include <cstring>
#include <limits>
#include <tuple>

using namespace cove::protocol;
using namespace cove::protocol::wire;
using cove::test::codeOf;
using cove::test::hex;
using cove::test::why;

Q_DECLARE_METATYPE(cove::protocol::Frame)

namespace {

QByteArray filled(char c, qsizetype n)
{
    return QByteArray(n, c);
}

// A syntactically valid public key: type byte and 32 bytes that are not a
// low-order point (fromFrame only checks the size).
QByteArray publicKey(char fill)
{
    return QByteArray(1, char(kDjbKeyType)) + filled(fill, 32);
}

// The fields of each body, so that parsed values can be compared as a whole.
auto fieldsOf(const Hello &v)
{
    return std::tie(v.identityKey, v.registrationId);
}
auto fieldsOf(const Challenge &v)
{
    return std::tie(v.nonce, v.serverTimeMs, v.frankingPublicKey);
}
auto fieldsOf(const Authenticate &v)
{
    return std::tie(v.signature);
}
auto fieldsOf(const Authenticated &v)
{
    return std::tie(v.coveId, v.preKeyCount, v.accountCreatedMs, v.hasSignedPreKey);
}
auto fieldsOf(const Send &v)
{
    return std::tie(v.clientId, v.recipient, v.type, v.ciphertext, v.commitment);
}
auto fieldsOf(const SendAck &v)
{
    return std::tie(v.clientId, v.serverTimeMs);
}
auto fieldsOf(const Deliver &v)
{
    return std::tie(v.envelopeId, v.sender, v.type, v.ciphertext, v.commitment, v.serverTimeMs,
                    v.frankingTag, v.facts);
}
auto fieldsOf(const DeliverAck &v)
{
    return std::tie(v.envelopeId);
}
auto fieldsOf(const PreKeyUpload &v)
{
    return std::tie(v.signedPreKey, v.preKeys);
}
auto fieldsOf(const PreKeyStatus &v)
{
    return std::tie(v.count, v.low);
}
auto fieldsOf(const PreKeyFetch &v)
{
    return std::tie(v.coveId);
}
auto fieldsOf(const PreKeyBundleReply &v)
{
    return std::tie(v.coveId, v.identityKey, v.registrationId, v.signedPreKey, v.preKey);
}
auto fieldsOf(const AttachmentPut &v)
{
    return std::tie(v.blobId, v.offset, v.data, v.totalSize);
}
auto fieldsOf(const AttachmentPutAck &v)
{
    return std::tie(v.blobId, v.received, v.complete);
}
auto fieldsOf(const AttachmentGet &v)
{
    return std::tie(v.blobId, v.offset);
}
auto fieldsOf(const AttachmentData &v)
{
    return std::tie(v.blobId, v.offset, v.data, v.totalSize);
}

// ---- One full sample of every body ------------------------------------------------

Hello sampleHello()
{
    return {publicKey('\x11'), 0x3FFF};
}
Challenge sampleChallenge()
{
    return {filled('n', kChallengeNonceSize), 1700000000123, filled('f', kFrankingPublicKeySize),
            QByteArray()};
}
Authenticate sampleAuthenticate()
{
    return {filled('s', kSignatureSize)};
}
Authenticated sampleAuthenticated()
{
    return {QStringLiteral("7G3KQ9XM2PVDH4TW8N"), 57, 1690000000000, true};
}
Send sampleSend()
{
    return {filled('c', kClientEnvelopeIdSize), QStringLiteral("0A1B2C3D4E5F6G7H8J"),
            EnvelopeType::PreKey, QByteArrayLiteral("\x33\x08ciphertext"),
            filled('m', kCommitmentSize)};
}
SendAck sampleSendAck()
{
    return {filled('c', kClientEnvelopeIdSize), 1700000000456};
}
Deliver sampleDeliver()
{
    return {quint64(std::numeric_limits<qint64>::max()),
            QStringLiteral("7G3KQ9XM2PVDH4TW8N"),
            EnvelopeType::SenderKey,
            QByteArrayLiteral("group ciphertext"),
            filled('m', kCommitmentSize),
            1700000000789,
            filled('t', kFrankingSignatureSize),
            FirstContactFacts{FirstContactFacts::AccountAge::UnderOneDay, true}};
}
DeliverAck sampleDeliverAck()
{
    return {987654321};
}
PreKeyUpload samplePreKeyUpload()
{
    PreKeyUpload u;
    u.signedPreKey =
        SignedPreKeyEntry{kMaxPreKeyId, publicKey('\x22'), filled('S', kSignatureSize)};
    for (quint32 id = 1; id <= 3; ++id)
        u.preKeys.append({id, publicKey(char(0x30 + id))});
    return u;
}
PreKeyStatus samplePreKeyStatus()
{
    return {0xffffffffu, true};
}
PreKeyFetch samplePreKeyFetch()
{
    return {QStringLiteral("0A1B2C3D4E5F6G7H8J")};
}
PreKeyBundleReply samplePreKeyBundleReply()
{
    return {QStringLiteral("0A1B2C3D4E5F6G7H8J"), publicKey('\x44'), 16380,
            SignedPreKeyEntry{7, publicKey('\x55'), filled('S', kSignatureSize)},
            PreKeyEntry{kMaxPreKeyId, publicKey('\x66')}};
}
AttachmentPut sampleAttachmentPut()
{
    return {filled('b', kBlobIdSize), 262144, filled('d', 100), 262244};
}
AttachmentPutAck sampleAttachmentPutAck()
{
    return {filled('b', kBlobIdSize), 262244, true};
}
AttachmentGet sampleAttachmentGet()
{
    return {filled('b', kBlobIdSize), 524288};
}
AttachmentData sampleAttachmentData()
{
    return {filled('b', kBlobIdSize), 0, filled('d', kAttachmentChunkSize),
            quint64(kAttachmentChunkSize) + 1};
}

// ---- Parsing by name, for the data-driven rejection tests --------------------------

struct Outcome {
    QByteArray code;
    QString detail;
    std::optional<Frame> reencoded; ///< toFrame() of the parsed value, when it parsed
};

constexpr quint64 kRequestId = 0x51;

template <typename T> Outcome outcomeOf(const Frame &frame)
{
    auto r = T::fromFrame(frame);
    if (!r)
        return {codeOf(r), r.error().detail, std::nullopt};
    return {codeOf(r), QString(), r.value().toFrame(frame.requestId)};
}

struct Kind {
    QString name;
    Frame frame;            ///< a valid frame with every optional key present
    QList<qint64> optional; ///< keys that may be left out
    Outcome (*parse)(const Frame &);
};

QList<Kind> kinds()
{
    return {
        {QStringLiteral("Hello"), sampleHello().toFrame(kRequestId), {}, &outcomeOf<Hello>},
        {QStringLiteral("Challenge"),
         sampleChallenge().toFrame(kRequestId),
         {},
         &outcomeOf<Challenge>},
        {QStringLiteral("Authenticate"),
         sampleAuthenticate().toFrame(kRequestId),
         {},
         &outcomeOf<Authenticate>},
        {QStringLiteral("Authenticated"),
         sampleAuthenticated().toFrame(kRequestId),
         {},
         &outcomeOf<Authenticated>},
        {QStringLiteral("Send"), sampleSend().toFrame(kRequestId), {}, &outcomeOf<Send>},
        {QStringLiteral("SendAck"), sampleSendAck().toFrame(kRequestId), {}, &outcomeOf<SendAck>},
        {QStringLiteral("Deliver"), sampleDeliver().toFrame(kRequestId), {7}, &outcomeOf<Deliver>},
        {QStringLiteral("DeliverAck"),
         sampleDeliverAck().toFrame(kRequestId),
         {},
         &outcomeOf<DeliverAck>},
        {QStringLiteral("PreKeyUpload"),
         samplePreKeyUpload().toFrame(kRequestId),
         {0, 1},
         &outcomeOf<PreKeyUpload>},
        {QStringLiteral("PreKeyStatus"),
         samplePreKeyStatus().toFrame(kRequestId),
         {},
         &outcomeOf<PreKeyStatus>},
        {QStringLiteral("PreKeyFetch"),
         samplePreKeyFetch().toFrame(kRequestId),
         {},
         &outcomeOf<PreKeyFetch>},
        {QStringLiteral("PreKeyBundleReply"),
         samplePreKeyBundleReply().toFrame(kRequestId),
         {4},
         &outcomeOf<PreKeyBundleReply>},
        {QStringLiteral("AttachmentPut"),
         sampleAttachmentPut().toFrame(kRequestId),
         {},
         &outcomeOf<AttachmentPut>},
        {QStringLiteral("AttachmentPutAck"),
         sampleAttachmentPutAck().toFrame(kRequestId),
         {},
         &outcomeOf<AttachmentPutAck>},
        {QStringLiteral("AttachmentGet"),
         sampleAttachmentGet().toFrame(kRequestId),
         {},
         &outcomeOf<AttachmentGet>},
        {QStringLiteral("AttachmentData"),
         sampleAttachmentData().toFrame(kRequestId),
         {},
         &outcomeOf<AttachmentData>},
    };
}

Outcome parseAs(const QString &kind, const Frame &frame)
{
    for (const Kind &k : kinds()) {
        if (k.name == kind)
            return k.parse(frame);
    }
    qFatal("unknown kind");
}

// A value of another CBOR type than `v`.
QCborValue wrongTypeFor(const QCborValue &v)
{
    if (v.isByteArray())
        return QString(v.toByteArray().size(), u'x');
    if (v.isString())
        return v.toString().toUtf8();
    if (v.isInteger())
        return QString::number(v.toInteger());
    if (v.isBool())
        return qint64(v.isTrue() ? 1 : 0);
    if (v.isMap())
        return QCborArray{};
    return QCborMap{};
}

Frame withBody(const Frame &frame, qint64 k, const QCborValue &value)
{
    Frame f = frame;
    f.body.insert(k, value);
    return f;
}

Frame without(const Frame &frame, qint64 k)
{
    Frame f = frame;
    f.body.remove(k);
    return f;
}

// `frame` with the nested map at `outer` changed by `edit`.
template <typename Edit> Frame withNested(const Frame &frame, qint64 outer, Edit &&edit)
{
    QCborMap inner = frame.body.value(outer).toMap();
    edit(inner);
    return withBody(frame, outer, inner);
}

template <typename T> void checkRoundTrip(const T &value, FrameType type)
{
    const quint64 requestId = 0x123456789ull;
    const Frame frame = value.toFrame(requestId);
    QCOMPARE(frame.type, type);
    QCOMPARE(frame.requestId, requestId);
    const QByteArray bytes = encodeFrame(frame);
    auto decoded = decodeFrame(bytes);
    COVE_VERIFY_OK(decoded);
    QVERIFY(decoded.value() == frame);
    auto parsed = T::fromFrame(decoded.value());
    COVE_VERIFY_OK(parsed);
    QVERIFY(fieldsOf(parsed.value()) == fieldsOf(value));
    QCOMPARE(encodeFrame(parsed.value().toFrame(requestId)).toHex(), bytes.toHex());
}

#define COVE_CHECK_ROUND_TRIP(value, type)                                                         \
    do {                                                                                           \
        checkRoundTrip(value, type);                                                               \
        if (QTest::currentTestFailed())                                                            \
            return;                                                                                \
    } while (false)

} // namespace

class TestRelayMessages : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void authPayloadKnownAnswer();
    void authPayloadBindsNonceAndKey();
    void clientEnvelopeIdsSortByTime();
    void roundTripHandshake();
    void roundTripMessages();
    void roundTripPreKeys();
    void roundTripAttachments();
    void everyKindRoundTrips();
    void rejectsMalformed_data();
    void rejectsMalformed();
    void ignoresUnknownKeys_data();
    void ignoresUnknownKeys();
    void newErrorCodesRoundTrip_data();
    void newErrorCodesRoundTrip();
    void unknownErrorCodeIsNotAnError();
    void identitySignatures();
    void frankingTags();
    void batchFrankingTags_data();
    void batchFrankingTags();
    void batchFrankingTagLayout();
    void batchFrankingTagTampered();
    void moderationWireNumbers();
    void contactPolicyFrames();
    void guardedFrames();
    void guardianStatements();
    void challengeModerationKey();
    void roundTripModerationFrames();
    void moderationFramesReject_data();
    void moderationFramesReject();
    void moderationFramesAccept_data();
    void moderationFramesAccept();
    void moderationFramesIgnoreUnknownKeys();
    void reportSubmitCarriesSealedReport();
};

void TestRelayMessages::authPayloadKnownAnswer()
{
    // [ "cove-auth-v1", h'6162', h'010203' ]:
    //   83                              array of 3
    //   6c 636f76652d617574682d7631     text, 12 bytes
    //   42 6162                         bytes, 2
    //   43 010203                       bytes, 3
    QCOMPARE(authPayload("ab", hex("010203")).toHex(),
             QByteArray("836c636f76652d617574682d763142616243010203"));
    QCOMPARE(authPayload({}, {}).toHex(), QByteArray("836c636f76652d617574682d76314040"));

    // Full-size inputs take one-byte length heads (58 20, 58 21).
    const QByteArray nonce = filled('\x01', kChallengeNonceSize);
    const QByteArray key = publicKey('\x02');
    const QByteArray full = authPayload(nonce, key);
    const QByteArray expected =
        QByteArray(hex("836c636f76652d617574682d76315820") + nonce + hex("5821") + key);
    QCOMPARE(full.toHex(), expected.toHex());
    QCOMPARE(authPayload(nonce, key), full); // deterministic
}

void TestRelayMessages::clientEnvelopeIdsSortByTime()
{
    // 2026-11-24 12:00:00.000 UTC, then one millisecond later.
    const qint64 t = 1795521600000;
    const QByteArray a = newClientEnvelopeId(t);
    const QByteArray b = newClientEnvelopeId(t);
    const QByteArray later = newClientEnvelopeId(t + 1);
    QCOMPARE(a.size(), kClientEnvelopeIdSize);
    QCOMPARE(a.left(6), QByteArray::fromHex("01a20d6d5a00"));
    QCOMPARE(b.left(6), a.left(6));
    QVERIFY(a != b); // the random part
    QVERIFY(std::memcmp(a.constData(), later.constData(), 16) < 0);
    QVERIFY(std::memcmp(b.constData(), later.constData(), 16) < 0);
    // A clock before 1970 is not a negative number in the id.
    QCOMPARE(newClientEnvelopeId(-5).left(6), QByteArray(6, '\0'));
}

void TestRelayMessages::authPayloadBindsNonceAndKey()
{
    const QByteArray nonce = filled('\x01', kChallengeNonceSize);
    const QByteArray key = publicKey('\x02');
    const QByteArray base = authPayload(nonce, key);
    QByteArray otherNonce = nonce;
    otherNonce[31] = '\x02';
    QVERIFY(authPayload(otherNonce, key) != base);
    QVERIFY(authPayload(nonce, publicKey('\x03')) != base);
    // The fields are length-prefixed, so moving a byte from one to the other
    // changes the payload too.
    QVERIFY(authPayload(QByteArray(nonce + key.left(1)), key.mid(1)) != base);
}

void TestRelayMessages::roundTripHandshake()
{
    COVE_CHECK_ROUND_TRIP(sampleHello(), FrameType::Hello);
    COVE_CHECK_ROUND_TRIP((Hello{publicKey('\x12'), 1}), FrameType::Hello);
    COVE_CHECK_ROUND_TRIP(sampleChallenge(), FrameType::Challenge);
    Challenge c = sampleChallenge();
    c.serverTimeMs = 0;
    COVE_CHECK_ROUND_TRIP(c, FrameType::Challenge);
    c.serverTimeMs = std::numeric_limits<qint64>::max();
    COVE_CHECK_ROUND_TRIP(c, FrameType::Challenge);
    COVE_CHECK_ROUND_TRIP(sampleAuthenticate(), FrameType::Authenticate);
    COVE_CHECK_ROUND_TRIP(sampleAuthenticated(), FrameType::Authenticated);
    Authenticated a = sampleAuthenticated();
    a.hasSignedPreKey = false;
    a.preKeyCount = 0;
    a.accountCreatedMs = 0;
    a.coveId = QString(kMaxCoveIdChars, u'Z');
    COVE_CHECK_ROUND_TRIP(a, FrameType::Authenticated);
}

void TestRelayMessages::roundTripMessages()
{
    COVE_CHECK_ROUND_TRIP(sampleSend(), FrameType::Send);
    for (EnvelopeType type :
         {EnvelopeType::Signal, EnvelopeType::PreKey, EnvelopeType::SenderKey}) {
        Send s = sampleSend();
        s.type = type;
        s.ciphertext = filled('x', kMaxSignalMessageSize);
        COVE_CHECK_ROUND_TRIP(s, FrameType::Send);
    }
    COVE_CHECK_ROUND_TRIP(sampleSendAck(), FrameType::SendAck);
    COVE_CHECK_ROUND_TRIP(sampleDeliver(), FrameType::Deliver);
    Deliver d = sampleDeliver();
    d.facts.reset();
    d.envelopeId = 0;
    d.type = EnvelopeType::Signal;
    COVE_CHECK_ROUND_TRIP(d, FrameType::Deliver);
    for (auto age :
         {FirstContactFacts::AccountAge::UnderOneDay, FirstContactFacts::AccountAge::UnderOneWeek,
          FirstContactFacts::AccountAge::UnderOneMonth,
          FirstContactFacts::AccountAge::OlderThanAMonth}) {
        d.facts = FirstContactFacts{age, false};
        COVE_CHECK_ROUND_TRIP(d, FrameType::Deliver);
    }
    COVE_CHECK_ROUND_TRIP(sampleDeliverAck(), FrameType::DeliverAck);
    COVE_CHECK_ROUND_TRIP((DeliverAck{quint64(std::numeric_limits<qint64>::max())}),
                          FrameType::DeliverAck);
}

void TestRelayMessages::roundTripPreKeys()
{
    COVE_CHECK_ROUND_TRIP(samplePreKeyUpload(), FrameType::PreKeyUpload);
    COVE_CHECK_ROUND_TRIP(PreKeyUpload{}, FrameType::PreKeyUpload);
    PreKeyUpload signedOnly = samplePreKeyUpload();
    signedOnly.preKeys.clear();
    COVE_CHECK_ROUND_TRIP(signedOnly, FrameType::PreKeyUpload);
    PreKeyUpload many;
    for (quint32 id = 1; id <= quint32(kMaxPreKeysPerUpload); ++id)
        many.preKeys.append({id, publicKey(char(id))});
    COVE_CHECK_ROUND_TRIP(many, FrameType::PreKeyUpload);
    COVE_CHECK_ROUND_TRIP(samplePreKeyStatus(), FrameType::PreKeyStatus);
    COVE_CHECK_ROUND_TRIP((PreKeyStatus{0, false}), FrameType::PreKeyStatus);
    COVE_CHECK_ROUND_TRIP(samplePreKeyFetch(), FrameType::PreKeyFetch);
    COVE_CHECK_ROUND_TRIP(samplePreKeyBundleReply(), FrameType::PreKeyBundle);
    PreKeyBundleReply noOneTime = samplePreKeyBundleReply();
    noOneTime.preKey.reset();
    COVE_CHECK_ROUND_TRIP(noOneTime, FrameType::PreKeyBundle);
}

void TestRelayMessages::roundTripAttachments()
{
    COVE_CHECK_ROUND_TRIP(sampleAttachmentPut(), FrameType::AttachmentPut);
    // The first chunk names no blob.
    COVE_CHECK_ROUND_TRIP((AttachmentPut{QByteArray(), 0, filled('d', 10), 1000}),
                          FrameType::AttachmentPut);
    COVE_CHECK_ROUND_TRIP((AttachmentPut{QByteArray(), 0, QByteArray(), 0}),
                          FrameType::AttachmentPut);
    // A chunk ending exactly at the total size, at the largest chunk size.
    COVE_CHECK_ROUND_TRIP(
        (AttachmentPut{filled('b', kBlobIdSize), 5, filled('d', kAttachmentChunkSize),
                       5 + quint64(kAttachmentChunkSize)}),
        FrameType::AttachmentPut);
    COVE_CHECK_ROUND_TRIP(sampleAttachmentPutAck(), FrameType::AttachmentPutAck);
    COVE_CHECK_ROUND_TRIP((AttachmentPutAck{filled('b', kBlobIdSize), 0, false}),
                          FrameType::AttachmentPutAck);
    COVE_CHECK_ROUND_TRIP(sampleAttachmentGet(), FrameType::AttachmentGet);
    COVE_CHECK_ROUND_TRIP(sampleAttachmentData(), FrameType::AttachmentData);
    COVE_CHECK_ROUND_TRIP((AttachmentData{filled('b', kBlobIdSize), 7, QByteArray(), 7}),
                          FrameType::AttachmentData);
}

void TestRelayMessages::everyKindRoundTrips()
{
    // The table the rejection tests start from is itself valid, and covers
    // every typed body.
    QCOMPARE(kinds().size(), 16);
    for (const Kind &k : kinds()) {
        auto decoded = decodeFrame(encodeFrame(k.frame));
        COVE_VERIFY_OK(decoded);
        const Outcome o = k.parse(decoded.value());
        QVERIFY2(o.code == "ok", qPrintable(k.name + QStringLiteral(": ") + o.detail));
        QVERIFY2(o.reencoded == k.frame, qPrintable(k.name));
        cove::test::writeFuzzSeed("frame", k.name, encodeFrame(k.frame));
    }
}

void TestRelayMessages::rejectsMalformed_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<Frame>("frame");
    QTest::addColumn<QString>("detail");

    auto row = [](const QString &kind, const QString &what, const Frame &frame,
                  const QString &detail = QString()) {
        QTest::newRow(qPrintable(kind + QStringLiteral(": ") + what)) << kind << frame << detail;
    };

    // Generic rows for every body: wrong frame type, each required key
    // missing, each key of a wrong CBOR type, each integer negative.
    for (const Kind &k : kinds()) {
        Frame wrongType = k.frame;
        wrongType.type = wrongType.type == FrameType::Ping ? FrameType::Pong : FrameType::Ping;
        row(k.name, QStringLiteral("frame type Ping"), wrongType,
            QStringLiteral("unexpected frame type"));
        Frame error = k.frame;
        error.type = FrameType::Error;
        row(k.name, QStringLiteral("frame type Error"), error,
            QStringLiteral("unexpected frame type"));
        for (auto it = k.frame.body.constBegin(); it != k.frame.body.constEnd(); ++it) {
            const qint64 key = it.key().toInteger();
            const QString n = QString::number(key);
            if (!k.optional.contains(key))
                row(k.name, QStringLiteral("key %1 missing").arg(n), without(k.frame, key));
            row(k.name, QStringLiteral("key %1 wrong type").arg(n),
                withBody(k.frame, key, wrongTypeFor(it.value())));
            row(k.name, QStringLiteral("key %1 null").arg(n),
                withBody(k.frame, key, QCborValue(nullptr)));
            if (it.value().isInteger()) {
                row(k.name, QStringLiteral("key %1 negative").arg(n),
                    withBody(k.frame, key, qint64(-1)));
                row(k.name, QStringLiteral("key %1 most negative").arg(n),
                    withBody(k.frame, key, std::numeric_limits<qint64>::min()));
            }
        }
    }
    const QString size = QStringLiteral("wrong size");

    // Byte strings of the wrong size.
    const QString hello = QStringLiteral("Hello");
    const Frame h = sampleHello().toFrame(1);
    row(hello, QStringLiteral("identity key 32"), withBody(h, 0, filled('k', 32)), size);
    row(hello, QStringLiteral("identity key 34"), withBody(h, 0, filled('k', 34)), size);
    row(hello, QStringLiteral("registration id 0"), withBody(h, 1, 0), QStringLiteral("zero"));
    row(hello, QStringLiteral("registration id 0x4000"), withBody(h, 1, 0x4000));

    const QString challenge = QStringLiteral("Challenge");
    const Frame c = sampleChallenge().toFrame(1);
    row(challenge, QStringLiteral("nonce 31"), withBody(c, 0, filled('n', 31)), size);
    row(challenge, QStringLiteral("nonce 33"), withBody(c, 0, filled('n', 33)), size);
    row(challenge, QStringLiteral("nonce empty"), withBody(c, 0, QByteArray()), size);
    row(challenge, QStringLiteral("franking key 33"), withBody(c, 2, filled('f', 33)), size);

    const QString authenticate = QStringLiteral("Authenticate");
    const Frame a = sampleAuthenticate().toFrame(1);
    row(authenticate, QStringLiteral("signature 63"), withBody(a, 0, filled('s', 63)), size);
    row(authenticate, QStringLiteral("signature 65"), withBody(a, 0, filled('s', 65)), size);

    const QString authenticated = QStringLiteral("Authenticated");
    const Frame ad = sampleAuthenticated().toFrame(1);
    row(authenticated, QStringLiteral("empty Cove ID"), withBody(ad, 0, QString()));
    row(authenticated, QStringLiteral("33-character Cove ID"),
        withBody(ad, 0, QString(kMaxCoveIdChars + 1, u'Z')));
    row(authenticated, QStringLiteral("prekey count 2^32"), withBody(ad, 1, qint64(1) << 32));

    const QString send = QStringLiteral("Send");
    const Frame s = sampleSend().toFrame(1);
    row(send, QStringLiteral("client id 15"), withBody(s, 0, filled('c', 15)), size);
    row(send, QStringLiteral("client id 17"), withBody(s, 0, filled('c', 17)), size);
    row(send, QStringLiteral("commitment 31"), withBody(s, 4, filled('m', 31)), size);
    row(send, QStringLiteral("commitment 33"), withBody(s, 4, filled('m', 33)), size);
    row(send, QStringLiteral("empty ciphertext"), withBody(s, 3, QByteArray()), size);
    row(send, QStringLiteral("ciphertext too large"),
        withBody(s, 3, filled('x', kMaxSignalMessageSize + 1)), size);
    row(send, QStringLiteral("empty recipient"), withBody(s, 1, QString()));
    row(send, QStringLiteral("recipient too long"),
        withBody(s, 1, QString(kMaxCoveIdChars + 1, u'R')));
    for (qint64 type : {0, 1, 5, 255}) {
        row(send, QStringLiteral("envelope type %1").arg(type), withBody(s, 2, type),
            QStringLiteral("unknown"));
    }
    row(send, QStringLiteral("envelope type 256"), withBody(s, 2, 256));
    row(send, QStringLiteral("envelope type 2^32 + 2"), withBody(s, 2, (qint64(1) << 32) + 2));

    const QString sendAck = QStringLiteral("SendAck");
    const Frame sa = sampleSendAck().toFrame(1);
    row(sendAck, QStringLiteral("client id 16 as 15"), withBody(sa, 0, filled('c', 15)), size);

    const QString deliver = QStringLiteral("Deliver");
    const Frame d = sampleDeliver().toFrame(1);
    row(deliver, QStringLiteral("commitment 31"), withBody(d, 4, filled('m', 31)), size);
    row(deliver, QStringLiteral("franking tag 63"), withBody(d, 6, filled('t', 63)), size);
    const QString malformed = QStringLiteral("franking tag is malformed");
    row(deliver, QStringLiteral("franking tag 65"), withBody(d, 6, filled('t', 65)), malformed);
    row(deliver, QStringLiteral("franking tag too long"),
        withBody(d, 6, filled('t', kFrankingTagMaxSize + 1)), size);
    // A batch tag: format 2, depth, leaf index, signature, one hash per level.
    auto batchTag = [](char format, int depth, int index, int hashes) -> QByteArray {
        QByteArray tag;
        tag.append(format);
        tag.append(char(depth));
        tag.append(char(index >> 8));
        tag.append(char(index & 0xff));
        return tag + filled('s', kFrankingLeafSaltSize) + filled('S', kFrankingSignatureSize) +
               filled('h', 32 * qsizetype(hashes));
    };
    QVERIFY(isWellFormedFrankingTag(batchTag(2, 3, 7, 3)));
    QVERIFY(isWellFormedFrankingTag(batchTag(2, 10, 1023, 10)));
    row(deliver, QStringLiteral("batch tag of another format"),
        withBody(d, 6, batchTag(3, 3, 0, 3)), malformed);
    row(deliver, QStringLiteral("batch tag of depth 0"), withBody(d, 6, batchTag(2, 0, 0, 1)),
        malformed);
    row(deliver, QStringLiteral("batch tag deeper than 10"), withBody(d, 6, batchTag(2, 11, 0, 9)),
        malformed);
    row(deliver, QStringLiteral("batch tag with a hash missing"),
        withBody(d, 6, batchTag(2, 3, 0, 2)), malformed);
    row(deliver, QStringLiteral("batch tag with a hash too many"),
        withBody(d, 6, batchTag(2, 3, 0, 4)), malformed);
    row(deliver, QStringLiteral("batch tag's leaf outside its tree"),
        withBody(d, 6, batchTag(2, 3, 8, 3)), malformed);
    row(deliver, QStringLiteral("empty sender"), withBody(d, 1, QString()));
    row(deliver, QStringLiteral("envelope type 1"), withBody(d, 2, 1), QStringLiteral("unknown"));
    row(deliver, QStringLiteral("envelope type 5"), withBody(d, 2, 5), QStringLiteral("unknown"));
    row(deliver, QStringLiteral("account age 0"),
        withNested(d, 7, [](QCborMap &m) { m.insert(0, 0); }), QStringLiteral("account age"));
    row(deliver, QStringLiteral("account age 5"),
        withNested(d, 7, [](QCborMap &m) { m.insert(0, 5); }), QStringLiteral("account age"));
    row(deliver, QStringLiteral("account age negative"),
        withNested(d, 7, [](QCborMap &m) { m.insert(0, -1); }), QStringLiteral("account age"));
    row(deliver, QStringLiteral("account age missing"),
        withNested(d, 7, [](QCborMap &m) { m.remove(0); }), QStringLiteral("account age"));
    row(deliver, QStringLiteral("mass contact missing"),
        withNested(d, 7, [](QCborMap &m) { m.remove(1); }), QStringLiteral("mass contact"));
    row(deliver, QStringLiteral("mass contact as integer"),
        withNested(d, 7, [](QCborMap &m) { m.insert(1, 1); }), QStringLiteral("mass contact"));

    const QString upload = QStringLiteral("PreKeyUpload");
    const Frame u = samplePreKeyUpload().toFrame(1);
    row(upload, QStringLiteral("signed prekey id 0"),
        withNested(u, 0, [](QCborMap &m) { m.insert(0, 0); }), QStringLiteral("zero"));
    row(upload, QStringLiteral("signed prekey id too large"),
        withNested(u, 0, [](QCborMap &m) { m.insert(0, qint64(kMaxPreKeyId) + 1); }));
    row(upload, QStringLiteral("signed prekey id negative"),
        withNested(u, 0, [](QCborMap &m) { m.insert(0, -1); }));
    row(upload, QStringLiteral("signed prekey id missing"),
        withNested(u, 0, [](QCborMap &m) { m.remove(0); }));
    row(upload, QStringLiteral("signed prekey 32 bytes"),
        withNested(u, 0, [](QCborMap &m) { m.insert(1, filled('k', 32)); }), size);
    row(upload, QStringLiteral("signed prekey missing"),
        withNested(u, 0, [](QCborMap &m) { m.remove(1); }));
    row(upload, QStringLiteral("signed prekey signature 63"),
        withNested(u, 0, [](QCborMap &m) { m.insert(2, filled('S', 63)); }), size);
    row(upload, QStringLiteral("signed prekey signature missing"),
        withNested(u, 0, [](QCborMap &m) { m.remove(2); }));
    auto editPreKey = [&u](qsizetype index, auto &&edit) {
        QCborArray keys = u.body.value(1).toArray();
        QCborMap m = keys.at(index).toMap();
        edit(m);
        keys[index] = m;
        return withBody(u, 1, keys);
    };
    row(upload, QStringLiteral("prekey id 0"), editPreKey(1, [](QCborMap &m) { m.insert(0, 0); }),
        QStringLiteral("zero"));
    row(upload, QStringLiteral("prekey id too large"),
        editPreKey(2, [](QCborMap &m) { m.insert(0, qint64(kMaxPreKeyId) + 1); }));
    row(upload, QStringLiteral("prekey id as text"),
        editPreKey(0, [](QCborMap &m) { m.insert(0, QStringLiteral("1")); }));
    row(upload, QStringLiteral("prekey 34 bytes"),
        editPreKey(0, [](QCborMap &m) { m.insert(1, filled('k', 34)); }), size);
    row(upload, QStringLiteral("prekey key missing"),
        editPreKey(0, [](QCborMap &m) { m.remove(1); }));
    QCborArray notMaps = u.body.value(1).toArray();
    notMaps.append(QCborArray{});
    row(upload, QStringLiteral("prekey entry not a map"), withBody(u, 1, notMaps),
        QStringLiteral("not a map"));
    QCborArray tooMany;
    for (int i = 1; i <= kMaxPreKeysPerUpload + 1; ++i)
        tooMany.append(QCborMap{{0, i}, {1, publicKey('\x01')}});
    row(upload, QStringLiteral("201 prekeys"), withBody(u, 1, tooMany), QStringLiteral("too many"));

    const QString status = QStringLiteral("PreKeyStatus");
    const Frame st = samplePreKeyStatus().toFrame(1);
    row(status, QStringLiteral("count 2^32"), withBody(st, 0, qint64(1) << 32));

    const QString fetch = QStringLiteral("PreKeyFetch");
    const Frame f = samplePreKeyFetch().toFrame(1);
    row(fetch, QStringLiteral("empty Cove ID"), withBody(f, 0, QString()));
    row(fetch, QStringLiteral("Cove ID too long"),
        withBody(f, 0, QString(kMaxCoveIdChars + 1, u'Z')));

    const QString bundle = QStringLiteral("PreKeyBundleReply");
    const Frame b = samplePreKeyBundleReply().toFrame(1);
    row(bundle, QStringLiteral("identity key 32"), withBody(b, 1, filled('k', 32)), size);
    row(bundle, QStringLiteral("registration id 0"), withBody(b, 2, 0), QStringLiteral("zero"));
    row(bundle, QStringLiteral("registration id 0x4000"), withBody(b, 2, 0x4000));
    row(bundle, QStringLiteral("signed prekey id 0"),
        withNested(b, 3, [](QCborMap &m) { m.insert(0, 0); }), QStringLiteral("zero"));
    row(bundle, QStringLiteral("signed prekey signature 65"),
        withNested(b, 3, [](QCborMap &m) { m.insert(2, filled('S', 65)); }), size);
    row(bundle, QStringLiteral("prekey id 0"),
        withNested(b, 4, [](QCborMap &m) { m.insert(0, 0); }), QStringLiteral("zero"));
    row(bundle, QStringLiteral("prekey 32 bytes"),
        withNested(b, 4, [](QCborMap &m) { m.insert(1, filled('k', 32)); }), size);

    const QString put = QStringLiteral("AttachmentPut");
    const Frame p = sampleAttachmentPut().toFrame(1);
    row(put, QStringLiteral("blob id 15"), withBody(p, 0, filled('b', 15)), size);
    row(put, QStringLiteral("blob id 17"), withBody(p, 0, filled('b', 17)), size);
    row(put, QStringLiteral("blob id empty"), withBody(p, 0, QByteArray()), size);
    row(put, QStringLiteral("no blob id at offset 1"),
        (AttachmentPut{QByteArray(), 1, filled('d', 1), 10}).toFrame(1),
        QStringLiteral("offset 0"));
    row(put, QStringLiteral("no blob id at a later chunk"), without(p, 0),
        QStringLiteral("offset 0"));
    row(put, QStringLiteral("chunk past total size"),
        (AttachmentPut{filled('b', kBlobIdSize), 10, filled('d', 10), 19}).toFrame(1),
        QStringLiteral("past the total size"));
    row(put, QStringLiteral("first chunk past total size"),
        (AttachmentPut{QByteArray(), 0, filled('d', 10), 9}).toFrame(1),
        QStringLiteral("past the total size"));
    row(put, QStringLiteral("offset past total size"),
        (AttachmentPut{filled('b', kBlobIdSize), 11, QByteArray(), 10}).toFrame(1),
        QStringLiteral("past the total size"));
    row(put, QStringLiteral("offset near 2^63"),
        withBody(withBody(p, 1, std::numeric_limits<qint64>::max()), 3,
                 std::numeric_limits<qint64>::max() - 1),
        QStringLiteral("past the total size"));
    row(put, QStringLiteral("data over chunk size"),
        withBody(withBody(p, 2, filled('d', kAttachmentChunkSize + 1)), 3, qint64(1) << 40), size);

    const QString putAck = QStringLiteral("AttachmentPutAck");
    const Frame pa = sampleAttachmentPutAck().toFrame(1);
    row(putAck, QStringLiteral("blob id 17"), withBody(pa, 0, filled('b', 17)), size);

    const QString get = QStringLiteral("AttachmentGet");
    const Frame g = sampleAttachmentGet().toFrame(1);
    row(get, QStringLiteral("blob id 15"), withBody(g, 0, filled('b', 15)), size);

    const QString data = QStringLiteral("AttachmentData");
    const Frame ddata = sampleAttachmentData().toFrame(1);
    row(data, QStringLiteral("blob id 15"), withBody(ddata, 0, filled('b', 15)), size);
    row(data, QStringLiteral("chunk past total size"),
        (AttachmentData{filled('b', kBlobIdSize), 1, filled('d', 10), 10}).toFrame(1),
        QStringLiteral("past the total size"));
    row(data, QStringLiteral("offset past total size"),
        (AttachmentData{filled('b', kBlobIdSize), 11, QByteArray(), 10}).toFrame(1),
        QStringLiteral("past the total size"));
    row(data, QStringLiteral("data over chunk size"),
        withBody(withBody(ddata, 2, filled('d', kAttachmentChunkSize + 1)), 3, qint64(1) << 40),
        size);
}

void TestRelayMessages::rejectsMalformed()
{
    QFETCH(QString, kind);
    QFETCH(Frame, frame);
    QFETCH(QString, detail);
    const Outcome o = parseAs(kind, frame);
    QCOMPARE(o.code, QByteArray("Malformed"));
    QVERIFY2(o.detail.contains(detail), qPrintable(o.detail));
}

void TestRelayMessages::ignoresUnknownKeys_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<Frame>("frame");
    QTest::addColumn<Frame>("expected");
    for (const Kind &k : kinds()) {
        Frame extra = withBody(k.frame, 99, QStringLiteral("from a later version"));
        extra.body.insert(QStringLiteral("x"), QCborMap{{0, true}});
        extra.body.insert(-1, QCborArray{1, 2, 3});
        QTest::newRow(qPrintable(k.name)) << k.name << extra << k.frame;
    }
    // Unknown keys inside the nested maps are ignored as well.
    const Frame d = sampleDeliver().toFrame(kRequestId);
    QTest::newRow("Deliver facts")
        << QStringLiteral("Deliver") << withNested(d, 7, [](QCborMap &m) { m.insert(2, 0); }) << d;
    const Frame b = samplePreKeyBundleReply().toFrame(kRequestId);
    QTest::newRow("PreKeyBundleReply prekeys")
        << QStringLiteral("PreKeyBundleReply")
        << withNested(withNested(b, 3, [](QCborMap &m) { m.insert(3, 0); }), 4,
                      [](QCborMap &m) { m.insert(2, 0); })
        << b;
}

void TestRelayMessages::ignoresUnknownKeys()
{
    QFETCH(QString, kind);
    QFETCH(Frame, frame);
    QFETCH(Frame, expected);
    // Still a valid frame on the wire.
    auto decoded = decodeFrame(encodeFrame(frame));
    COVE_VERIFY_OK(decoded);
    const Outcome o = parseAs(kind, decoded.value());
    QVERIFY2(o.code == "ok", qPrintable(o.detail));
    QVERIFY(o.reencoded == expected);
}

void TestRelayMessages::newErrorCodesRoundTrip_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("value");
    QTest::newRow("BadSignature") << int(WireError::BadSignature) << 8;
    QTest::newRow("NoPreKeys") << int(WireError::NoPreKeys) << 9;
    QTest::newRow("Expired") << int(WireError::Expired) << 10;
    QTest::newRow("Refused") << int(WireError::Refused) << 11;
    QTest::newRow("Busy") << int(WireError::Busy) << 12;
    QTest::newRow("Suspended") << int(WireError::Suspended) << 13;
    QTest::newRow("NewConversationLimit") << int(WireError::NewConversationLimit) << 14;
}

void TestRelayMessages::newErrorCodesRoundTrip()
{
    QFETCH(int, code);
    QFETCH(int, value);
    // The numbers are part of the wire format.
    QCOMPARE(code, value);
    const auto error = WireError(code);
    QVERIFY(isKnownWireError(quint64(code)));
    const QString detail = QStringLiteral("detail ") + QString::number(code);
    const Frame frame = makeErrorFrame(77, error, detail);
    auto decoded = decodeFrame(encodeFrame(frame));
    COVE_VERIFY_OK(decoded);
    QVERIFY(decoded.value() == frame);
    QCOMPARE(decoded.value().requestId, quint64(77));
    const auto parsed = errorFromFrame(decoded.value());
    QVERIFY(parsed.has_value());
    QCOMPARE(parsed->first, error);
    QCOMPARE(parsed->second, detail);
}

void TestRelayMessages::unknownErrorCodeIsNotAnError()
{
    QVERIFY(!isKnownWireError(quint64(WireError::NewConversationLimit) + 1));
    QCborMap body;
    body.insert(kErrorCodeKey, qint64(WireError::NewConversationLimit) + 1);
    QVERIFY(!errorFromFrame(Frame{FrameType::Error, 1, body}).has_value());
    // An error frame is none of the typed bodies.
    const Frame error = makeErrorFrame(1, WireError::Suspended, QString());
    for (const Kind &k : kinds())
        QCOMPARE(k.parse(error).code, QByteArray("Malformed"));
}

void TestRelayMessages::identitySignatures()
{
    Context ctx;
    auto identity = generateIdentityKeyPair(ctx);
    COVE_VERIFY_OK(identity);
    auto other = generateIdentityKeyPair(ctx);
    COVE_VERIFY_OK(other);
    const QByteArray &pub = identity.value().publicKey;

    const QByteArray message = authPayload(filled('n', kChallengeNonceSize), pub);
    auto signature = signWithIdentity(ctx, identity.value(), message);
    COVE_VERIFY_OK(signature);
    QCOMPARE(signature.value().size(), kSignatureSize);
    QVERIFY(verifyIdentitySignature(ctx, pub, message, signature.value()));
    // The answer to a challenge travels in an Authenticate frame.
    auto frame = decodeFrame(encodeFrame(Authenticate{signature.value()}.toFrame(3)));
    COVE_VERIFY_OK(frame);
    auto auth = Authenticate::fromFrame(frame.value());
    COVE_VERIFY_OK(auth);
    QVERIFY(verifyIdentitySignature(ctx, pub, message, auth.value().signature));

    QByteArray changedMessage = message;
    changedMessage[changedMessage.size() - 1] =
        char(changedMessage.at(changedMessage.size() - 1) ^ 0x01);
    QVERIFY(!verifyIdentitySignature(ctx, pub, changedMessage, signature.value()));
    QVERIFY(
        !verifyIdentitySignature(ctx, pub, authPayload(filled('m', 32), pub), signature.value()));
    for (qsizetype at : {qsizetype(0), qsizetype(31), qsizetype(63)}) {
        QByteArray changed = signature.value();
        changed[at] = char(changed.at(at) ^ 0x40);
        QVERIFY2(!verifyIdentitySignature(ctx, pub, message, changed),
                 qPrintable(QString::number(at)));
    }
    QVERIFY(!verifyIdentitySignature(ctx, pub, message, signature.value().left(63)));
    QVERIFY(
        !verifyIdentitySignature(ctx, pub, message, QByteArray(signature.value()).append('\0')));
    QVERIFY(!verifyIdentitySignature(ctx, pub, message, QByteArray(64, '\0')));
    QVERIFY(!verifyIdentitySignature(ctx, other.value().publicKey, message, signature.value()));
    QVERIFY(!verifyIdentitySignature(ctx, pub.mid(1), message, signature.value())); // 32 bytes
    QByteArray wrongType = pub;
    wrongType[0] = '\x06';
    QVERIFY(!verifyIdentitySignature(ctx, wrongType, message, signature.value()));
    // Low-order points: all zeros, and a point of order 8.
    QVERIFY(!verifyIdentitySignature(ctx, publicKey('\0'), message, signature.value()));
    const QByteArray order8 =
        QByteArray(1, char(kDjbKeyType)) +
        hex("e0eb7a7c3b41b8ae1656e3faf19fc46ada098deb9c32b1fd866205165f49b800");
    QVERIFY(isLowOrderPoint(order8.mid(1)));
    QVERIFY(!verifyIdentitySignature(ctx, order8, message, signature.value()));
    QVERIFY(!verifyIdentitySignature(ctx, order8, message, QByteArray(64, '\0')));

    // Another key signs differently, and its signature fails under ours.
    auto otherSignature = signWithIdentity(ctx, other.value(), message);
    COVE_VERIFY_OK(otherSignature);
    QVERIFY(verifyIdentitySignature(ctx, other.value().publicKey, message, otherSignature.value()));
    QVERIFY(!verifyIdentitySignature(ctx, pub, message, otherSignature.value()));

    // A private key of the wrong size is refused, not used.
    IdentityKeyPair broken{pub, SecureBuffer(QByteArrayView(filled('p', 31)))};
    QVERIFY(!signWithIdentity(ctx, broken, message).ok());
}

void TestRelayMessages::frankingTags()
{
    static_assert(kFrankingPublicKeySize == kFrankingVerifyKeySize);
    const FrankingKeyPair relay = generateFrankingKeyPair();
    const FrankingKeyPair otherRelay = generateFrankingKeyPair();
    QCOMPARE(relay.publicKey.size(), kFrankingVerifyKeySize);
    QCOMPARE(qsizetype(relay.secretKey.size()), kFrankingSigningKeySize);
    QVERIFY(relay.publicKey != otherRelay.publicKey);

    const QByteArray commitment = filled('\xc0', kCommitmentSize);
    const QByteArray alice = QByteArrayLiteral("7G3KQ9XM2PVDH4TW8N");
    const QByteArray bob = QByteArrayLiteral("0A1B2C3D4E5F6G7H8J");
    const qint64 time = 1700000000123;
    const QByteArray payload = frankingTagPayload(commitment, alice, bob, time);
    const QByteArray tag = signFrankingTag(relay.secretKey, payload);
    QCOMPARE(tag.size(), kFrankingSignatureSize);
    QVERIFY(verifyFrankingTag(relay.publicKey, payload, tag));
    // Ed25519 is deterministic.
    QCOMPARE(signFrankingTag(relay.secretKey, payload), tag);

    QByteArray otherCommitment = commitment;
    otherCommitment[0] = '\xc1';
    QVERIFY(!verifyFrankingTag(relay.publicKey,
                               frankingTagPayload(otherCommitment, alice, bob, time), tag));
    QVERIFY(!verifyFrankingTag(
        relay.publicKey,
        frankingTagPayload(commitment, QByteArrayLiteral("7G3KQ9XM2PVDH4TW8P"), bob, time), tag));
    QVERIFY(!verifyFrankingTag(relay.publicKey, frankingTagPayload(commitment, alice, alice, time),
                               tag));
    // Sender and recipient swapped: the tag names who sent to whom.
    QVERIFY(
        !verifyFrankingTag(relay.publicKey, frankingTagPayload(commitment, bob, alice, time), tag));
    QVERIFY(!verifyFrankingTag(relay.publicKey,
                               frankingTagPayload(commitment, alice, bob, time + 1), tag));
    QVERIFY(!verifyFrankingTag(otherRelay.publicKey, payload, tag));
    QVERIFY(!verifyFrankingTag(otherRelay.publicKey, payload,
                               signFrankingTag(relay.secretKey, payload)));
    QVERIFY(verifyFrankingTag(otherRelay.publicKey, payload,
                              signFrankingTag(otherRelay.secretKey, payload)));

    QByteArray flipped = tag;
    flipped[10] = char(flipped.at(10) ^ 0x01);
    QVERIFY(!verifyFrankingTag(relay.publicKey, payload, flipped));
    QVERIFY(!verifyFrankingTag(relay.publicKey, payload, tag.left(63)));
    QVERIFY(!verifyFrankingTag(relay.publicKey.left(31), payload, tag));
    QVERIFY(!verifyFrankingTag(QByteArray(32, '\0'), payload, tag));
    QVERIFY(signFrankingTag(SecureBuffer(std::size_t(32)), payload).isEmpty());

    // The tag travels in a Deliver frame unchanged.
    Deliver d = sampleDeliver();
    d.commitment = commitment;
    d.sender = QString::fromLatin1(alice);
    d.serverTimeMs = time;
    d.frankingTag = tag;
    auto frame = decodeFrame(encodeFrame(d.toFrame(9)));
    COVE_VERIFY_OK(frame);
    auto received = Deliver::fromFrame(frame.value());
    COVE_VERIFY_OK(received);
    QVERIFY(verifyFrankingTag(relay.publicKey,
                              frankingTagPayload(received.value().commitment,
                                                 received.value().sender.toUtf8(), bob,
                                                 received.value().serverTimeMs),
                              received.value().frankingTag));
}

namespace {

QList<QByteArray> tagPayloads(int count)
{
    QList<QByteArray> payloads;
    for (int i = 0; i < count; ++i)
        payloads.append(frankingTagPayload(
            filled(char(i), kCommitmentSize), QByteArrayLiteral("7G3KQ9XM2PVDH4TW8N"),
            QByteArrayLiteral("0A1B2C3D4E5F6G7H8J"), 1700000000000 + i));
    return payloads;
}

} // namespace

void TestRelayMessages::batchFrankingTags_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("depth"); // of the first tag; 0 for a single signature
    QTest::newRow("1") << 1 << 0;
    QTest::newRow("2") << 2 << 1;
    QTest::newRow("3") << 3 << 2;
    QTest::newRow("5") << 5 << 3;
    QTest::newRow("256") << 256 << 8;
    QTest::newRow("257") << 257 << 9;
    QTest::newRow("1024") << 1024 << 10;
    QTest::newRow("1025, split") << 1025 << 10;
}

void TestRelayMessages::batchFrankingTags()
{
    QFETCH(int, count);
    QFETCH(int, depth);
    const FrankingKeyPair relay = generateFrankingKeyPair();
    const QList<QByteArray> payloads = tagPayloads(count);
    const QList<QByteArray> tags = signFrankingTags(relay.secretKey, payloads);
    QCOMPARE(tags.size(), payloads.size());
    QCOMPARE(tags.front().size(),
             depth == 0 ? kFrankingSignatureSize : kFrankingBatchTagHeaderSize + 32 * depth);
    for (qsizetype i = 0; i < count; ++i) {
        QVERIFY2(isWellFormedFrankingTag(tags[i]), qPrintable(QString::number(i)));
        QVERIFY2(verifyFrankingTag(relay.publicKey, payloads[i], tags[i]),
                 qPrintable(QString::number(i)));
        // Each tag vouches for its own message only.
        const qsizetype other = (i + 1) % count;
        if (other != i)
            QVERIFY(!verifyFrankingTag(relay.publicKey, payloads[other], tags[i]));
    }
    // Beyond 2^10 a second tree with its own signature starts.
    if (count == 1025) {
        QCOMPARE(tags.back().size(), kFrankingSignatureSize);
        QVERIFY(tags[0].mid(20, 64) == tags[1023].mid(20, 64));
    }
    const FrankingKeyPair otherRelay = generateFrankingKeyPair();
    QVERIFY(!verifyFrankingTag(otherRelay.publicKey, payloads.front(), tags.front()));
    QVERIFY(signFrankingTags(SecureBuffer(std::size_t(32)), payloads).isEmpty());
}

// The documented layout, recomputed here, so that anyone verifying a tag
// from its description gets the same answer.
void TestRelayMessages::batchFrankingTagLayout()
{
    const FrankingKeyPair relay = generateFrankingKeyPair();
    const QList<QByteArray> payloads = tagPayloads(3);
    const QList<QByteArray> tags = signFrankingTags(relay.secretKey, payloads);
    QCOMPARE(tags.size(), 3);
    auto sha = [](const QByteArray &bytes) {
        return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
    };
    // Each tag carries its leaf's salt, fresh for every message.
    QByteArray salts[3];
    QByteArray leaves[3];
    for (int i = 0; i < 3; ++i) {
        salts[i] = tags[i].mid(4, 16);
        leaves[i] = sha(QByteArray(1, '\x00') + salts[i] + payloads[i]);
    }
    QVERIFY(salts[0] != salts[1] && salts[1] != salts[2] && salts[0] != salts[2]);
    const QByteArray none(32, '\0');
    const QByteArray left = sha(QByteArray(1, '\x01') + leaves[0] + leaves[1]);
    const QByteArray right = sha(QByteArray(1, '\x01') + leaves[2] + none);
    const QByteArray root = sha(QByteArray(1, '\x01') + left + right);
    const QByteArray signature = tags[2].mid(20, 64);
    QVERIFY(verifyFrankingTag(
        relay.publicKey, QByteArray(QByteArrayLiteral("cove-franking-root-v2") + char(2) + root),
        signature));
    QCOMPARE(tags[0], QByteArray(QByteArrayLiteral("\x02\x02\x00\x00") + salts[0] + signature +
                                 leaves[1] + right));
    QCOMPARE(tags[1], QByteArray(QByteArrayLiteral("\x02\x02\x00\x01") + salts[1] + signature +
                                 leaves[0] + right));
    QCOMPARE(tags[2], QByteArray(QByteArrayLiteral("\x02\x02\x00\x02") + salts[2] + signature +
                                 none + left));
}

void TestRelayMessages::batchFrankingTagTampered()
{
    const FrankingKeyPair relay = generateFrankingKeyPair();
    const QList<QByteArray> payloads = tagPayloads(6);
    const QList<QByteArray> tags = signFrankingTags(relay.secretKey, payloads);
    const QByteArray &tag = tags[5];
    QVERIFY(verifyFrankingTag(relay.publicKey, payloads[5], tag));
    // Every bit of the tag matters: format, depth, index, signature, path.
    for (qsizetype byte = 0; byte < tag.size(); ++byte) {
        for (int bit = 0; bit < 8; ++bit) {
            QByteArray flipped = tag;
            flipped[byte] = char(flipped.at(byte) ^ (1 << bit));
            QVERIFY2(!verifyFrankingTag(relay.publicKey, payloads[5], flipped),
                     qPrintable(QStringLiteral("byte %1 bit %2").arg(byte).arg(bit)));
        }
    }
    // Another leaf's index with this leaf's path, or a path cut short.
    QByteArray moved = tag;
    moved[3] = char(4);
    QVERIFY(!verifyFrankingTag(relay.publicKey, payloads[5], moved));
    QByteArray shorter = tag.left(tag.size() - 32);
    shorter[1] = char(2);
    QVERIFY(!verifyFrankingTag(relay.publicKey, payloads[5], shorter));
    // The holder of message 5 knows the payload of its neighbour 4 (the
    // same group message to someone else, say) and their common path, but
    // not 4's salt, so cannot assemble a tag for it.
    QByteArray neighbour = tag;
    neighbour[3] = char(4);
    neighbour.replace(
        kFrankingBatchTagHeaderSize, 32,
        QCryptographicHash::hash(QByteArray(QByteArray(1, '\x00') + tag.mid(4, 16) + payloads[5]),
                                 QCryptographicHash::Sha256));
    QVERIFY(!verifyFrankingTag(relay.publicKey, payloads[4], neighbour));
    QVERIFY(verifyFrankingTag(relay.publicKey, payloads[4], tags[4]));
    // The signature alone is not a tag for the message.
    QVERIFY(!verifyFrankingTag(relay.publicKey, payloads[5], tag.mid(20, 64)));
}

// ---- Moderation frames -----------------------------------------------------------

namespace {

ReportSubmit sampleReportSubmit()
{
    return {filled('c', kClientEnvelopeIdSize), filled('\x5e', 1000)};
}
ReportAck sampleReportAck()
{
    return {filled('c', kClientEnvelopeIdSize), QStringLiteral("R-20240601-00042"), 1700000001000};
}
ModerationUpdate sampleModerationUpdate()
{
    ModerationUpdate u;
    u.updateId = 42;
    u.kind = ModerationUpdate::Kind::Decision;
    u.caseId = QStringLiteral("D-77");
    u.value = quint8(ModerationAction::Suspend);
    u.category = QStringLiteral("harassment");
    u.reason = QStringLiteral("Repeated threats in direct messages. Überprüft.");
    u.untilMs = 1700600000000;
    u.atMs = 1700000002000;
    return u;
}
ModerationUpdateAck sampleModerationUpdateAck()
{
    return {42};
}
ReviewRequest sampleReviewRequest()
{
    return {QStringLiteral("D-77"), QStringLiteral("That was a quote from a film.")};
}
ReviewAck sampleReviewAck()
{
    return {QStringLiteral("D-77")};
}
Challenge sampleModeratedChallenge()
{
    Challenge c = sampleChallenge();
    c.moderationPublicKey = filled('M', kModerationPublicKeySize);
    return c;
}

bool sameFields(const Challenge &a, const Challenge &b)
{
    return fieldsOf(a) == fieldsOf(b) && a.moderationPublicKey == b.moderationPublicKey;
}
bool sameFields(const ReportSubmit &a, const ReportSubmit &b)
{
    return a.clientId == b.clientId && a.sealed == b.sealed;
}
bool sameFields(const ReportAck &a, const ReportAck &b)
{
    return a.clientId == b.clientId && a.reportId == b.reportId && a.serverTimeMs == b.serverTimeMs;
}
bool sameFields(const ModerationUpdate &a, const ModerationUpdate &b)
{
    return a == b;
}
bool sameFields(const ModerationUpdateAck &a, const ModerationUpdateAck &b)
{
    return a.updateId == b.updateId;
}
bool sameFields(const ReviewRequest &a, const ReviewRequest &b)
{
    return a.caseId == b.caseId && a.note == b.note;
}
bool sameFields(const ReviewAck &a, const ReviewAck &b)
{
    return a.caseId == b.caseId;
}

// `value` through toFrame(), the wire and fromFrame(); `out` is what came back.
template <typename T> void throughWire(const T &value, FrameType type, std::optional<T> &out)
{
    const Frame frame = value.toFrame(kRequestId);
    QCOMPARE(frame.type, type);
    QCOMPARE(frame.requestId, kRequestId);
    const QByteArray bytes = encodeFrame(frame);
    auto decoded = decodeFrame(bytes);
    COVE_VERIFY_OK(decoded);
    // Like every other body, toFrame() writes the keys in ascending order,
    // so that what comes off the wire equals what was sent.
    QVERIFY2(decoded.value() == frame, "decoded frame differs from toFrame(): body key order?");
    auto parsed = T::fromFrame(decoded.value());
    COVE_VERIFY_OK(parsed);
    QCOMPARE(encodeFrame(parsed.value().toFrame(kRequestId)).toHex(), bytes.toHex());
    out = parsed.value();
}

#define COVE_CHECK_WIRE(T, value, type)                                                            \
    do {                                                                                           \
        std::optional<T> out_;                                                                     \
        throughWire<T>(value, type, out_);                                                         \
        if (QTest::currentTestFailed())                                                            \
            return;                                                                                \
        QVERIFY(out_.has_value());                                                                 \
        QVERIFY2(sameFields(*out_, value), #value);                                                \
    } while (false)

// The new bodies, for the generic rejection rows (kinds() keeps the 16 older ones).
QList<Kind> moderationKinds()
{
    return {
        {QStringLiteral("Challenge+moderation"),
         sampleModeratedChallenge().toFrame(kRequestId),
         {3},
         &outcomeOf<Challenge>},
        {QStringLiteral("ReportSubmit"),
         sampleReportSubmit().toFrame(kRequestId),
         {},
         &outcomeOf<ReportSubmit>},
        {QStringLiteral("ReportAck"),
         sampleReportAck().toFrame(kRequestId),
         {},
         &outcomeOf<ReportAck>},
        // Key 4 (category) is read like the optional texts; its absence is
        // not asserted either way here.
        {QStringLiteral("ModerationUpdate"),
         sampleModerationUpdate().toFrame(kRequestId),
         {4, 5, 6},
         &outcomeOf<ModerationUpdate>},
        {QStringLiteral("ModerationUpdateAck"),
         sampleModerationUpdateAck().toFrame(kRequestId),
         {},
         &outcomeOf<ModerationUpdateAck>},
        {QStringLiteral("ReviewRequest"),
         sampleReviewRequest().toFrame(kRequestId),
         {1},
         &outcomeOf<ReviewRequest>},
        {QStringLiteral("ReviewAck"),
         sampleReviewAck().toFrame(kRequestId),
         {},
         &outcomeOf<ReviewAck>},
    };
}

Outcome parseModerationAs(const QString &kind, const Frame &frame)
{
    for (const Kind &k : moderationKinds()) {
        if (k.name == kind)
            return k.parse(frame);
    }
    qFatal("unknown kind");
}

// A small report that decodeReport() accepts.
ReportBundle minimalReport()
{
    ReportBundle r;
    r.reporterId = QStringLiteral("0A1B2C3D4E5F6G7H8J");
    r.reportedId = QStringLiteral("7G3KQ9XM2PVDH4TW8N");
    r.category = QStringLiteral("spam");
    r.createdAtMs = 1700000000000;
    ReportedMessage m;
    m.opening = makeOpening(makeContent(QStringLiteral("buy now")));
    m.senderId = r.reportedId;
    m.recipientId = r.reporterId;
    m.serverTimeMs = 1699999999000;
    r.messages.append(m);
    return r;
}

} // namespace

void TestRelayMessages::moderationWireNumbers()
{
    // The numbers are part of the wire format.
    QCOMPARE(int(FrameType::ReportSubmit), 21);
    QCOMPARE(int(FrameType::ReportAck), 22);
    QCOMPARE(int(FrameType::ModerationUpdate), 23);
    QCOMPARE(int(FrameType::ModerationUpdateAck), 24);
    QCOMPARE(int(FrameType::ReviewRequest), 25);
    QCOMPARE(int(FrameType::ReviewAck), 26);
    for (quint64 t = 21; t <= 26; ++t)
        QVERIFY(isKnownFrameType(t));
    QCOMPARE(int(FrameType::ContactPolicy), 27);
    QCOMPARE(int(FrameType::ContactPolicyAck), 28);
    QCOMPARE(int(FrameType::GuardedLink), 29);
    QCOMPARE(int(FrameType::GuardedState), 33);
    QCOMPARE(int(FrameType::DeliverHold), 34);
    QVERIFY(!isKnownFrameType(35));
    auto hold = DeliverHold::fromFrame(DeliverHold{77}.toFrame(0));
    COVE_VERIFY_OK(hold);
    QCOMPARE(hold->envelopeId, 77u);
    QVERIFY(!DeliverHold::fromFrame(DeliverAck{77}.toFrame(0)));
    QCOMPARE(int(WireError::Suspended), 13);
    QVERIFY(isKnownWireError(13));

    QCOMPARE(int(ModerationAction::NoAction), 1);
    QCOMPARE(int(ModerationAction::Restore), 5);
    QVERIFY(!isKnownModerationAction(0));
    for (quint64 v = 1; v <= 5; ++v)
        QVERIFY(isKnownModerationAction(v));
    QVERIFY(!isKnownModerationAction(6));
    QVERIFY(!isKnownModerationAction((quint64(1) << 32) | 1));

    QCOMPARE(int(ReportProgress::Received), 2);
    QCOMPARE(int(ReportProgress::ReviewRequested), 6);
    QVERIFY(!isKnownReportProgress(0));
    QVERIFY(!isKnownReportProgress(1));
    for (quint64 v = 2; v <= 6; ++v)
        QVERIFY(isKnownReportProgress(v));
    QVERIFY(!isKnownReportProgress(7));
    QVERIFY(!isKnownReportProgress(std::numeric_limits<quint64>::max()));

    // A Suspended error travels like the others.
    const Frame frame =
        makeErrorFrame(5, WireError::Suspended, QStringLiteral("until 1700600000000"));
    auto decoded = decodeFrame(encodeFrame(frame));
    COVE_VERIFY_OK(decoded);
    const auto parsed = errorFromFrame(decoded.value());
    QVERIFY(parsed.has_value());
    QCOMPARE(parsed->first, WireError::Suspended);
    QCOMPARE(parsed->second, QStringLiteral("until 1700600000000"));
}

void TestRelayMessages::challengeModerationKey()
{
    // Without a moderation service: key 3 is left out, and the frame is
    // byte for byte the one a relay without moderation sent.
    const Challenge plain = sampleChallenge();
    QVERIFY(plain.moderationPublicKey.isEmpty());
    const Frame plainFrame = plain.toFrame(kRequestId);
    QVERIFY(!plainFrame.body.contains(3));
    QCOMPARE(plainFrame.body.size(), qsizetype(3));
    const QCborMap oldBody{{0, plain.nonce}, {1, plain.serverTimeMs}, {2, plain.frankingPublicKey}};
    QCOMPARE(encodeFrame(plainFrame).toHex(),
             encodeFrame(Frame{FrameType::Challenge, kRequestId, oldBody}).toHex());
    COVE_CHECK_WIRE(Challenge, plain, FrameType::Challenge);

    // With one.
    Challenge moderated = sampleChallenge();
    moderated.moderationPublicKey = generateModerationKeyPair().publicKey;
    QCOMPARE(moderated.moderationPublicKey.size(), kModerationPublicKeySize);
    const Frame frame = moderated.toFrame(kRequestId);
    QCOMPARE(frame.body.value(3).toByteArray(), moderated.moderationPublicKey);
    COVE_CHECK_WIRE(Challenge, moderated, FrameType::Challenge);
    auto parsed = Challenge::fromFrame(frame);
    COVE_VERIFY_OK(parsed);
    QCOMPARE(parsed.value().moderationPublicKey, moderated.moderationPublicKey);
    QCOMPARE(parsed.value().frankingPublicKey, moderated.frankingPublicKey);

    // Present but of the wrong size or type: refused, not ignored.
    for (qsizetype size :
         {qsizetype(0), qsizetype(1), qsizetype(31), qsizetype(33), qsizetype(64)}) {
        auto r = Challenge::fromFrame(withBody(frame, 3, filled('M', size)));
        QVERIFY2(codeOf(r) == "Malformed", qPrintable(QString::number(size)));
        QVERIFY2(r.error().detail.contains(QStringLiteral("moderation public key")),
                 why(r).constData());
    }
    QCOMPARE(codeOf(Challenge::fromFrame(withBody(frame, 3, QString(32, u'M')))),
             QByteArray("Malformed"));
    QCOMPARE(codeOf(Challenge::fromFrame(withBody(frame, 3, QCborValue(nullptr)))),
             QByteArray("Malformed"));
}

void TestRelayMessages::roundTripModerationFrames()
{
    COVE_CHECK_WIRE(ReportSubmit, sampleReportSubmit(), FrameType::ReportSubmit);
    COVE_CHECK_WIRE(ReportSubmit, (ReportSubmit{filled('c', kClientEnvelopeIdSize), "x"}),
                    FrameType::ReportSubmit);
    COVE_CHECK_WIRE(
        ReportSubmit,
        (ReportSubmit{filled('c', kClientEnvelopeIdSize), filled('s', kMaxSealedReportSize)}),
        FrameType::ReportSubmit);

    COVE_CHECK_WIRE(ReportAck, sampleReportAck(), FrameType::ReportAck);
    COVE_CHECK_WIRE(
        ReportAck,
        (ReportAck{filled('c', kClientEnvelopeIdSize), QString(kMaxCaseIdChars, u'r'), 0}),
        FrameType::ReportAck);
    COVE_CHECK_WIRE(ReportAck,
                    (ReportAck{filled('c', kClientEnvelopeIdSize), QStringLiteral("1"),
                               std::numeric_limits<qint64>::max()}),
                    FrameType::ReportAck);

    // Every decision, with and without the optional reason and end time.
    const ModerationUpdate decision = sampleModerationUpdate();
    COVE_CHECK_WIRE(ModerationUpdate, decision, FrameType::ModerationUpdate);
    {
        const Frame f = decision.toFrame(kRequestId);
        QVERIFY(f.body.contains(5));
        QVERIFY(f.body.contains(6));
    }
    for (quint8 action = 1; action <= 5; ++action) {
        ModerationUpdate u = decision;
        u.value = action;
        COVE_CHECK_WIRE(ModerationUpdate, u, FrameType::ModerationUpdate);
        u.reason.clear();
        COVE_CHECK_WIRE(ModerationUpdate, u, FrameType::ModerationUpdate);
        u.untilMs.reset();
        COVE_CHECK_WIRE(ModerationUpdate, u, FrameType::ModerationUpdate);
        const Frame f = u.toFrame(kRequestId);
        QVERIFY(!f.body.contains(5));
        QVERIFY(!f.body.contains(6));
        auto parsed = ModerationUpdate::fromFrame(f);
        COVE_VERIFY_OK(parsed);
        QVERIFY(parsed.value().reason.isEmpty());
        QVERIFY(!parsed.value().untilMs.has_value());
    }
    // An end time of 0 is present, not absent.
    ModerationUpdate zero = decision;
    zero.untilMs = 0;
    COVE_CHECK_WIRE(ModerationUpdate, zero, FrameType::ModerationUpdate);
    QVERIFY(zero.toFrame(kRequestId).body.contains(6));
    zero.untilMs = std::numeric_limits<qint64>::max();
    zero.atMs = std::numeric_limits<qint64>::max();
    zero.updateId = quint64(std::numeric_limits<qint64>::max());
    COVE_CHECK_WIRE(ModerationUpdate, zero, FrameType::ModerationUpdate);

    // Every report status.
    for (quint8 progress = 2; progress <= 6; ++progress) {
        ModerationUpdate u;
        u.updateId = progress;
        u.kind = ModerationUpdate::Kind::ReportStatus;
        u.caseId = QStringLiteral("R-20240601-00042");
        u.value = progress;
        u.category = QStringLiteral("spam");
        u.atMs = 1700000003000;
        COVE_CHECK_WIRE(ModerationUpdate, u, FrameType::ModerationUpdate);
        u.category.clear();
        COVE_CHECK_WIRE(ModerationUpdate, u, FrameType::ModerationUpdate);
        u.reason = QString(kMaxModerationReasonChars, u'w');
        u.category = QString(kMaxCategoryIdChars, u'k');
        u.caseId = QString(kMaxCaseIdChars, u'c');
        COVE_CHECK_WIRE(ModerationUpdate, u, FrameType::ModerationUpdate);
    }

    COVE_CHECK_WIRE(ModerationUpdateAck, sampleModerationUpdateAck(),
                    FrameType::ModerationUpdateAck);
    COVE_CHECK_WIRE(ModerationUpdateAck, (ModerationUpdateAck{0}), FrameType::ModerationUpdateAck);
    COVE_CHECK_WIRE(ModerationUpdateAck,
                    (ModerationUpdateAck{quint64(std::numeric_limits<qint64>::max())}),
                    FrameType::ModerationUpdateAck);

    COVE_CHECK_WIRE(ReviewRequest, sampleReviewRequest(), FrameType::ReviewRequest);
    const ReviewRequest noNote{QStringLiteral("R-1"), QString()};
    COVE_CHECK_WIRE(ReviewRequest, noNote, FrameType::ReviewRequest);
    QVERIFY(!noNote.toFrame(kRequestId).body.contains(1));
    COVE_CHECK_WIRE(
        ReviewRequest,
        (ReviewRequest{QString(kMaxCaseIdChars, u'c'), QString(kMaxModerationReasonChars, u'n')}),
        FrameType::ReviewRequest);

    COVE_CHECK_WIRE(ReviewAck, sampleReviewAck(), FrameType::ReviewAck);
    COVE_CHECK_WIRE(ReviewAck, (ReviewAck{QString(kMaxCaseIdChars, u'c')}), FrameType::ReviewAck);
}

void TestRelayMessages::moderationFramesReject_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<Frame>("frame");
    QTest::addColumn<QString>("detail");

    auto row = [](const QString &kind, const QString &what, const Frame &frame,
                  const QString &detail = QString()) {
        QTest::newRow(qPrintable(kind + QStringLiteral(": ") + what)) << kind << frame << detail;
    };

    // Generic rows, as for the older bodies.
    for (const Kind &k : moderationKinds()) {
        Frame wrongType = k.frame;
        wrongType.type = FrameType::Ping;
        row(k.name, QStringLiteral("frame type Ping"), wrongType,
            QStringLiteral("unexpected frame type"));
        Frame error = k.frame;
        error.type = FrameType::Error;
        row(k.name, QStringLiteral("frame type Error"), error,
            QStringLiteral("unexpected frame type"));
        for (auto it = k.frame.body.constBegin(); it != k.frame.body.constEnd(); ++it) {
            const qint64 key = it.key().toInteger();
            const QString n = QString::number(key);
            if (!k.optional.contains(key))
                row(k.name, QStringLiteral("key %1 missing").arg(n), without(k.frame, key));
            row(k.name, QStringLiteral("key %1 wrong type").arg(n),
                withBody(k.frame, key, wrongTypeFor(it.value())));
            row(k.name, QStringLiteral("key %1 null").arg(n),
                withBody(k.frame, key, QCborValue(nullptr)));
            if (it.value().isInteger()) {
                row(k.name, QStringLiteral("key %1 negative").arg(n),
                    withBody(k.frame, key, qint64(-1)));
                row(k.name, QStringLiteral("key %1 most negative").arg(n),
                    withBody(k.frame, key, std::numeric_limits<qint64>::min()));
            }
        }
    }
    // The frames are not interchangeable.
    row(QStringLiteral("ReviewRequest"), QStringLiteral("a ReviewAck"),
        sampleReviewAck().toFrame(1), QStringLiteral("unexpected frame type"));
    row(QStringLiteral("ReportAck"), QStringLiteral("a ReportSubmit"),
        sampleReportSubmit().toFrame(1), QStringLiteral("unexpected frame type"));
    row(QStringLiteral("ModerationUpdateAck"), QStringLiteral("a ModerationUpdate"),
        sampleModerationUpdate().toFrame(1), QStringLiteral("unexpected frame type"));

    const QString size = QStringLiteral("wrong size");
    const QString challenge = QStringLiteral("Challenge+moderation");
    const Frame c = sampleModeratedChallenge().toFrame(1);
    row(challenge, QStringLiteral("moderation key 31"), withBody(c, 3, filled('M', 31)), size);
    row(challenge, QStringLiteral("moderation key 33"), withBody(c, 3, filled('M', 33)), size);
    row(challenge, QStringLiteral("moderation key empty"), withBody(c, 3, QByteArray()), size);

    const QString submit = QStringLiteral("ReportSubmit");
    const Frame rs = sampleReportSubmit().toFrame(1);
    row(submit, QStringLiteral("client id 15"), withBody(rs, 0, filled('c', 15)), size);
    row(submit, QStringLiteral("client id 17"), withBody(rs, 0, filled('c', 17)), size);
    row(submit, QStringLiteral("client id empty"), withBody(rs, 0, QByteArray()), size);
    row(submit, QStringLiteral("sealed empty"), withBody(rs, 1, QByteArray()), size);
    row(submit, QStringLiteral("sealed over the limit"),
        withBody(rs, 1, filled('s', kMaxSealedReportSize + 1)), size);

    const QString ack = QStringLiteral("ReportAck");
    const Frame ra = sampleReportAck().toFrame(1);
    row(ack, QStringLiteral("client id 15"), withBody(ra, 0, filled('c', 15)), size);
    row(ack, QStringLiteral("empty report id"), withBody(ra, 1, QString()));
    row(ack, QStringLiteral("report id too long"),
        withBody(ra, 1, QString(kMaxCaseIdChars + 1, u'r')));

    const QString update = QStringLiteral("ModerationUpdate");
    const Frame u = sampleModerationUpdate().toFrame(1);
    const QString unknown = QStringLiteral("unknown");
    for (qint64 kind : {0, 3, 4, 255})
        row(update, QStringLiteral("kind %1").arg(kind), withBody(u, 1, kind), unknown);
    row(update, QStringLiteral("kind 256"), withBody(u, 1, 256), QStringLiteral("kind"));
    row(update, QStringLiteral("kind 2^32 + 1"), withBody(u, 1, (qint64(1) << 32) + 1),
        QStringLiteral("kind"));
    // Decision values are moderation actions (1..5).
    for (qint64 value : {0, 6, 7, 255})
        row(update, QStringLiteral("decision value %1").arg(value), withBody(u, 3, value), unknown);
    row(update, QStringLiteral("decision value 256"), withBody(u, 3, 256), QStringLiteral("value"));
    row(update, QStringLiteral("decision value 2^32 + 3"), withBody(u, 3, (qint64(1) << 32) + 3),
        QStringLiteral("value"));
    // Report statuses are report progress values (2..6): NoAction as an
    // action (1) is not a status.
    const Frame status = withBody(u, 1, int(ModerationUpdate::Kind::ReportStatus));
    for (qint64 value : {0, 1, 7, 255})
        row(update, QStringLiteral("status value %1").arg(value), withBody(status, 3, value),
            unknown);
    row(update, QStringLiteral("empty case id"), withBody(u, 2, QString()));
    row(update, QStringLiteral("case id too long"),
        withBody(u, 2, QString(kMaxCaseIdChars + 1, u'c')));
    row(update, QStringLiteral("category too long"),
        withBody(u, 4, QString(kMaxCategoryIdChars + 1, u'k')), QStringLiteral("category"));
    row(update, QStringLiteral("reason too long"),
        withBody(u, 5, QString(kMaxModerationReasonChars + 1, u'w')), QStringLiteral("reason"));
    row(update, QStringLiteral("reason as bytes"), withBody(u, 5, QByteArray("why")),
        QStringLiteral("reason"));
    row(update, QStringLiteral("until negative"), withBody(u, 6, -1), QStringLiteral("until"));
    row(update, QStringLiteral("until as text"), withBody(u, 6, QStringLiteral("tomorrow")),
        QStringLiteral("until"));
    row(update, QStringLiteral("until null"), withBody(u, 6, QCborValue(nullptr)),
        QStringLiteral("until"));

    const QString updateAck = QStringLiteral("ModerationUpdateAck");
    const Frame ua = sampleModerationUpdateAck().toFrame(1);
    row(updateAck, QStringLiteral("update id as text"), withBody(ua, 0, QStringLiteral("42")));

    const QString review = QStringLiteral("ReviewRequest");
    const Frame rr = sampleReviewRequest().toFrame(1);
    row(review, QStringLiteral("empty case id"), withBody(rr, 0, QString()));
    row(review, QStringLiteral("case id too long"),
        withBody(rr, 0, QString(kMaxCaseIdChars + 1, u'c')));
    row(review, QStringLiteral("note too long"),
        withBody(rr, 1, QString(kMaxModerationReasonChars + 1, u'n')), QStringLiteral("note"));
    row(review, QStringLiteral("note as integer"), withBody(rr, 1, 7), QStringLiteral("note"));

    const QString reviewAck = QStringLiteral("ReviewAck");
    const Frame rk = sampleReviewAck().toFrame(1);
    row(reviewAck, QStringLiteral("empty case id"), withBody(rk, 0, QString()));
    row(reviewAck, QStringLiteral("case id too long"),
        withBody(rk, 0, QString(kMaxCaseIdChars + 1, u'c')));
}

void TestRelayMessages::moderationFramesReject()
{
    QFETCH(QString, kind);
    QFETCH(Frame, frame);
    QFETCH(QString, detail);
    const Outcome o = parseModerationAs(kind, frame);
    QCOMPARE(o.code, QByteArray("Malformed"));
    QVERIFY2(o.detail.contains(detail), qPrintable(o.detail));
}

void TestRelayMessages::moderationFramesAccept_data()
{
    // Frames another encoder may legitimately send: each parses, and what
    // comes back re-encodes to `expected`.
    QTest::addColumn<QString>("kind");
    QTest::addColumn<Frame>("frame");
    QTest::addColumn<Frame>("expected");

    const Frame u = sampleModerationUpdate().toFrame(kRequestId);
    ModerationUpdate noReason = sampleModerationUpdate();
    noReason.reason.clear();
    QTest::newRow("ModerationUpdate: reason present but empty")
        << QStringLiteral("ModerationUpdate") << withBody(u, 5, QString())
        << noReason.toFrame(kRequestId);
    ModerationUpdate noUntil = sampleModerationUpdate();
    noUntil.untilMs.reset();
    QTest::newRow("ModerationUpdate: no end time")
        << QStringLiteral("ModerationUpdate") << without(u, 6) << noUntil.toFrame(kRequestId);
    ModerationUpdate restore = sampleModerationUpdate();
    restore.value = quint8(ModerationAction::Restore);
    QTest::newRow("ModerationUpdate: value 5 (Restore)")
        << QStringLiteral("ModerationUpdate") << withBody(u, 3, 5) << restore.toFrame(kRequestId);
    ModerationUpdate requested = sampleModerationUpdate();
    requested.kind = ModerationUpdate::Kind::ReportStatus;
    requested.value = quint8(ReportProgress::ReviewRequested);
    QTest::newRow("ModerationUpdate: status 6 (ReviewRequested)")
        << QStringLiteral("ModerationUpdate") << withBody(withBody(u, 1, 1), 3, 6)
        << requested.toFrame(kRequestId);

    const Frame rr = sampleReviewRequest().toFrame(kRequestId);
    const ReviewRequest noNote{sampleReviewRequest().caseId, QString()};
    QTest::newRow("ReviewRequest: note present but empty")
        << QStringLiteral("ReviewRequest") << withBody(rr, 1, QString())
        << noNote.toFrame(kRequestId);
    QTest::newRow("ReviewRequest: no note")
        << QStringLiteral("ReviewRequest") << without(rr, 1) << noNote.toFrame(kRequestId);

    const Frame c = sampleModeratedChallenge().toFrame(kRequestId);
    QTest::newRow("Challenge: no moderation key")
        << QStringLiteral("Challenge+moderation") << without(c, 3)
        << sampleChallenge().toFrame(kRequestId);
}

void TestRelayMessages::moderationFramesAccept()
{
    QFETCH(QString, kind);
    QFETCH(Frame, frame);
    QFETCH(Frame, expected);
    auto decoded = decodeFrame(encodeFrame(frame));
    COVE_VERIFY_OK(decoded);
    const Outcome o = parseModerationAs(kind, decoded.value());
    QVERIFY2(o.code == "ok", qPrintable(o.detail));
    QVERIFY(o.reencoded == expected);
}

void TestRelayMessages::moderationFramesIgnoreUnknownKeys()
{
    for (const Kind &k : moderationKinds()) {
        Frame extra = withBody(k.frame, 99, QStringLiteral("from a later version"));
        extra.body.insert(QStringLiteral("x"), QCborMap{{0, true}});
        extra.body.insert(-1, QCborArray{1, 2, 3});
        auto decoded = decodeFrame(encodeFrame(extra));
        COVE_VERIFY_OK(decoded);
        const Outcome o = k.parse(decoded.value());
        QVERIFY2(o.code == "ok", qPrintable(k.name + QStringLiteral(": ") + o.detail));
        QVERIFY2(o.reencoded == k.frame, qPrintable(k.name));
    }
}

void TestRelayMessages::reportSubmitCarriesSealedReport()
{
    // The device seals a report to the key from the Challenge, the relay
    // passes it on, and the moderation service opens it.
    const ModerationKeyPair moderation = generateModerationKeyPair();
    Challenge challenge = sampleChallenge();
    challenge.moderationPublicKey = moderation.publicKey;
    auto received = decodeFrame(encodeFrame(challenge.toFrame(1)));
    COVE_VERIFY_OK(received);
    auto parsedChallenge = Challenge::fromFrame(received.value());
    COVE_VERIFY_OK(parsedChallenge);

    const ReportBundle report = minimalReport();
    auto sealed = sealReport(parsedChallenge.value().moderationPublicKey, report);
    COVE_VERIFY_OK(sealed);
    const ReportSubmit submit{filled('c', kClientEnvelopeIdSize), sealed.value()};
    auto frame = decodeFrame(encodeFrame(submit.toFrame(2)));
    COVE_VERIFY_OK(frame);
    auto parsed = ReportSubmit::fromFrame(frame.value());
    COVE_VERIFY_OK(parsed);
    QCOMPARE(parsed.value().sealed, sealed.value());
    auto opened = openSealedReport(moderation, parsed.value().sealed);
    COVE_VERIFY_OK(opened);
    QVERIFY(opened.value() == report);

    // The largest sealed report fits in one frame.
    const qsizetype sealOverhead = sealed.value().size() - encodeReport(report).size();
    QCOMPARE(sealOverhead, qsizetype(48)); // ephemeral public key and MAC
    ReportBundle big = report;
    big.messages[0].files.append({0, QByteArray()});
    const qsizetype start = 100000;
    big.messages[0].files[0].data = filled('f', start);
    big.messages[0].files[0].data =
        filled('f', start + kMaxSealedReportSize - sealOverhead - encodeReport(big).size());
    auto bigSealed = sealReport(moderation.publicKey, big);
    COVE_VERIFY_OK(bigSealed);
    QCOMPARE(bigSealed.value().size(), kMaxSealedReportSize);
    const QByteArray bytes =
        encodeFrame(ReportSubmit{filled('c', kClientEnvelopeIdSize), bigSealed.value()}.toFrame(
            std::numeric_limits<quint32>::max()));
    QVERIFY(bytes.size() <= kMaxFrameSize);
    auto bigFrame = decodeFrame(bytes);
    COVE_VERIFY_OK(bigFrame);
    auto bigParsed = ReportSubmit::fromFrame(bigFrame.value());
    COVE_VERIFY_OK(bigParsed);
    auto bigOpened = openSealedReport(moderation, bigParsed.value().sealed);
    COVE_VERIFY_OK(bigOpened);
    QVERIFY(bigOpened.value() == big);
}

void TestRelayMessages::guardedFrames()
{
    const QString child = QStringLiteral("0A1B2C3D4E5F6G7H8J");
    const GuardedLink link{publicKey('\x02'), 1234, filled('\x03', kSignatureSize)};
    auto l = GuardedLink::fromFrame(decodeFrame(encodeFrame(link.toFrame(1))).value());
    COVE_VERIFY_OK(l);
    QCOMPARE(l->guardianKey, link.guardianKey);
    QCOMPARE(l->linkedAtMs, 1234);
    QCOMPARE(l->signature, link.signature);
    Frame shortKey = link.toFrame(1);
    shortKey.body.insert(0, QByteArray(32, '\x02'));
    QVERIFY(!GuardedLink::fromFrame(shortKey));

    GuardedContacts change{
        child, {{QStringLiteral("7G3KQ9XM2PVDH4TW8N"), 5, filled('s', 64)}}, {QStringLiteral("Z")}};
    auto c = GuardedContacts::fromFrame(decodeFrame(encodeFrame(change.toFrame(2))).value());
    COVE_VERIFY_OK(c);
    QCOMPARE(c->child, child);
    QCOMPARE(c->add, change.add);
    QCOMPARE(c->remove, change.remove);
    // Both lists are optional; together they are bounded.
    COVE_VERIFY_OK(GuardedContacts::fromFrame(GuardedContacts{child, {}, {}}.toFrame(3)));
    GuardedContacts many{child, {}, {}};
    for (qsizetype i = 0; i <= kMaxGuardedChanges; ++i)
        many.remove.append(QString::number(i));
    QVERIFY(!GuardedContacts::fromFrame(many.toFrame(1)));
    Frame badApproval = change.toFrame(1);
    badApproval.body.insert(1, QCborArray{QCborMap{{0, child}, {1, 5}, {2, QByteArray(63, 's')}}});
    QVERIFY(!GuardedContacts::fromFrame(badApproval));
    badApproval.body.insert(1, QCborArray{7});
    QVERIFY(!GuardedContacts::fromFrame(badApproval));

    auto r = GuardedRelease::fromFrame(GuardedRelease{99, filled('r', 64)}.toFrame(1));
    COVE_VERIFY_OK(r);
    QCOMPARE(r->linkedAtMs, 99);
    COVE_VERIFY_OK(GuardedQuery::fromFrame(GuardedQuery{child}.toFrame(1)));
    QVERIFY(!GuardedQuery::fromFrame(GuardedQuery{}.toFrame(1)));

    GuardedState state;
    state.child = child;
    state.guarded = true;
    state.guardian = QStringLiteral("7G3KQ9XM2PVDH4TW8N");
    state.linkedAtMs = 77;
    state.contacts = {{QStringLiteral("A"), 0}, {QStringLiteral("B"), 8}};
    state.refused = {{QStringLiteral("C"), 9, 3}};
    cove::test::writeFuzzSeed("frame", QStringLiteral("guarded-link"),
                              encodeFrame(link.toFrame(1)));
    cove::test::writeFuzzSeed("frame", QStringLiteral("guarded-contacts"),
                              encodeFrame(change.toFrame(2)));
    cove::test::writeFuzzSeed("frame", QStringLiteral("guarded-state"),
                              encodeFrame(state.toFrame(4)));
    auto s = GuardedState::fromFrame(decodeFrame(encodeFrame(state.toFrame(4))).value());
    COVE_VERIFY_OK(s);
    QCOMPARE(s->guardian, state.guardian);
    QCOMPARE(s->linkedAtMs, 77);
    QCOMPARE(s->contacts, state.contacts);
    QCOMPARE(s->refused, state.refused);
    GuardedState plain{child, false, {}, 0, {}, {}};
    auto p = GuardedState::fromFrame(plain.toFrame(1));
    COVE_VERIFY_OK(p);
    QVERIFY(!p->guarded);
    QVERIFY(p->guardian.isEmpty());
}

void TestRelayMessages::guardianStatements()
{
    // [ "cove-guardian-release-v1", h'0102', 5 ]: the bytes the guardian signs.
    QCOMPARE(guardianReleasePayload(hex("0102"), 5).toHex(),
             QByteArray("83781863") + QByteArray("ove-guardian-release-v1").toHex() +
                 QByteArray("42010205"));
    // Each statement names its kind, the child and what it is about.
    const QByteArray child = publicKey('\x02');
    const QByteArray other = publicKey('\x03');
    const QString friendId = QStringLiteral("0A1B2C3D4E5F6G7H8J");
    QVERIFY(guardianApprovalPayload(child, friendId, 1) !=
            guardianApprovalPayload(other, friendId, 1));
    QVERIFY(guardianApprovalPayload(child, friendId, 1) !=
            guardianApprovalPayload(child, friendId, 2));
    QVERIFY(guardianLinkPayload(child, other, 1) != guardianLinkPayload(other, child, 1));
    QVERIFY(guardianReleasePayload(child, 1) != guardianLinkPayload(child, {}, 1));

    // A signature verifies only with the guardian's key and the exact statement.
    Context context;
    auto guardian = generateIdentityKeyPair(context);
    auto impostor = generateIdentityKeyPair(context);
    COVE_VERIFY_OK(guardian);
    COVE_VERIFY_OK(impostor);
    const QByteArray statement = guardianApprovalPayload(child, friendId, 1);
    auto signature = signWithIdentity(context, *guardian, statement);
    COVE_VERIFY_OK(signature);
    QVERIFY(verifyGuardianSignature(context, guardian->publicKey, statement, *signature));
    QVERIFY(!verifyGuardianSignature(context, impostor->publicKey, statement, *signature));
    QVERIFY(!verifyGuardianSignature(context, guardian->publicKey,
                                     guardianApprovalPayload(child, friendId, 2), *signature));
    QVERIFY(!verifyGuardianSignature(context, guardian->publicKey, statement, signature->left(63)));

    // The pairing code: six digits in two groups, the same on both sides,
    // different for another secret or another child.
    const QByteArray secret = filled('\x05', kPairingSecretSize);
    const QString code = pairingCode(secret, guardian->publicKey, child);
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9]{3} [0-9]{3}$")).match(code).hasMatch());
    QCOMPARE(pairingCode(secret, guardian->publicKey, child), code);
    QVERIFY(pairingCode(filled('\x06', 16), guardian->publicKey, child) != code);
    QVERIFY(pairingCode(secret, guardian->publicKey, other) != code);
}

void TestRelayMessages::contactPolicyFrames()
{
    const ContactPolicy policy{
        true, {QStringLiteral("0A1B2C3D4E5F6G7H8J"), QStringLiteral("7G3KQ9XM2PVDH4TW8N")}};
    auto back = ContactPolicy::fromFrame(decodeFrame(encodeFrame(policy.toFrame(9))).value());
    COVE_VERIFY_OK(back);
    QVERIFY(back->contactsOnly);
    QCOMPARE(back->allowed, policy.allowed);
    // Everyone, with nobody listed, is a policy too.
    auto open = ContactPolicy::fromFrame(ContactPolicy{}.toFrame(1));
    COVE_VERIFY_OK(open);
    QVERIFY(!open->contactsOnly);
    QVERIFY(open->allowed.isEmpty());

    ContactPolicy many;
    many.contactsOnly = true;
    for (qsizetype i = 0; i <= kMaxAllowedSenders; ++i)
        many.allowed.append(QString::number(i));
    QVERIFY(!ContactPolicy::fromFrame(many.toFrame(1)));
    many.allowed.removeLast();
    QVERIFY(bool(ContactPolicy::fromFrame(many.toFrame(1))));

    Frame bad = policy.toFrame(1);
    bad.body.insert(1, QCborArray{QStringLiteral("ok"), 7});
    QVERIFY(!ContactPolicy::fromFrame(bad));
    bad.body.insert(1, QCborArray{QString(kMaxCoveIdChars + 1, u'A')});
    QVERIFY(!ContactPolicy::fromFrame(bad));
    bad.body.remove(0);
    QVERIFY(!ContactPolicy::fromFrame(bad));

    // The relay's group size cap rides on Authenticated (key 4, optional).
    Authenticated auth{QStringLiteral("0A1B2C3D4E5F6G7H8J"), 5, 1700000000000, true, 256};
    auto authBack = Authenticated::fromFrame(decodeFrame(encodeFrame(auth.toFrame(3))).value());
    COVE_VERIFY_OK(authBack);
    QCOMPARE(authBack->maxGroupMembers, 256u);
    auth.maxGroupMembers = 0;
    QVERIFY(!auth.toFrame(3).body.contains(4));
    Frame tooSmall = auth.toFrame(3);
    tooSmall.body.insert(4, 1);
    QVERIFY(!Authenticated::fromFrame(tooSmall));
    tooSmall.body.insert(4, 1001);
    QVERIFY(!Authenticated::fromFrame(tooSmall));

    const ContactPolicyAck ack{true, 2};
    auto ackBack = ContactPolicyAck::fromFrame(decodeFrame(encodeFrame(ack.toFrame(9))).value());
    COVE_VERIFY_OK(ackBack);
    QVERIFY(ackBack->contactsOnly);
    QCOMPARE(ackBack->allowedCount, 2u);
}

QTEST_APPLESS_MAIN(TestRelayMessages)
#include "tst_relaymessages.moc"
