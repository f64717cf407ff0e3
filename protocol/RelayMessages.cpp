// SPDX-License-Identifier: GPL-3.0-or-later
#include "RelayMessages.h"

#include "Content.h"
#include "Crypto.h"
#include "Franking.h"
#include "Keys.h"
#include "Report.h"
#include "Session.h"

#include <QCborArray>
#include <QCborStreamWriter>

#include <limits>

namespace cove::protocol::wire {
namespace {

constexpr char kAuthLabel[] = "cove-auth-v1";

/// Reads typed fields out of a frame body, remembering the first problem.
class BodyReader {
public:
    BodyReader(const Frame &frame, FrameType expected) : m_body(frame.body)
    {
        if (frame.type != expected)
            fail(QStringLiteral("unexpected frame type"));
    }
    explicit BodyReader(QCborMap map) : m_body(std::move(map)) {}

    bool has(qint64 key) const { return m_body.contains(key); }

    QByteArray bytes(qint64 key, qsizetype minSize, qsizetype maxSize, const char *what)
    {
        const QCborValue v = m_body.value(key);
        if (!v.isByteArray())
            return fail(what, "missing or not bytes"), QByteArray();
        QByteArray out = v.toByteArray();
        if (out.size() < minSize || out.size() > maxSize)
            return fail(what, "has the wrong size"), QByteArray();
        return out;
    }
    QByteArray exactBytes(qint64 key, qsizetype size, const char *what)
    {
        return bytes(key, size, size, what);
    }
    /// Text that may be absent or empty.
    QString optionalText(qint64 key, qsizetype maxChars, const char *what)
    {
        if (!m_body.contains(key))
            return {};
        const QCborValue v = m_body.value(key);
        if (!v.isString() || v.toString().size() > maxChars)
            return fail(what, "not text or too long"), QString();
        return v.toString();
    }
    QString text(qint64 key, qsizetype maxChars, const char *what)
    {
        const QCborValue v = m_body.value(key);
        if (!v.isString())
            return fail(what, "missing or not text"), QString();
        QString out = v.toString();
        if (out.isEmpty() || out.size() > maxChars)
            return fail(what, "has the wrong length"), QString();
        return out;
    }
    quint64 uint(qint64 key, quint64 maxValue, const char *what)
    {
        const QCborValue v = m_body.value(key);
        if (!v.isInteger() || v.toInteger() < 0 || quint64(v.toInteger()) > maxValue)
            return fail(what, "missing or out of range"), 0;
        return quint64(v.toInteger());
    }
    qint64 time(qint64 key, const char *what)
    {
        const QCborValue v = m_body.value(key);
        if (!v.isInteger() || v.toInteger() < 0)
            return fail(what, "missing or not a time"), 0;
        return v.toInteger();
    }
    bool boolean(qint64 key, const char *what)
    {
        const QCborValue v = m_body.value(key);
        if (!v.isBool())
            return fail(what, "missing or not a boolean"), false;
        return v.toBool();
    }
    QCborMap map(qint64 key, const char *what)
    {
        const QCborValue v = m_body.value(key);
        if (!v.isMap())
            return fail(what, "missing or not a map"), QCborMap();
        return v.toMap();
    }
    QCborArray array(qint64 key, const char *what)
    {
        const QCborValue v = m_body.value(key);
        if (!v.isArray())
            return fail(what, "missing or not an array"), QCborArray();
        return v.toArray();
    }

    void fail(const char *what, const char *problem)
    {
        fail(QLatin1String(what) + QLatin1Char(' ') + QLatin1String(problem));
    }
    void fail(QString detail)
    {
        if (!m_error)
            m_error = std::move(detail);
    }
    /// Adopts a nested reader's problem.
    void absorb(const BodyReader &inner)
    {
        if (inner.m_error)
            fail(*inner.m_error);
    }

    template <typename T> Result<T> finish(T value) const
    {
        if (m_error)
            return makeError(ErrorCode::Malformed, *m_error);
        return value;
    }

private:
    QCborMap m_body;
    std::optional<QString> m_error;
};

Frame makeFrame(FrameType type, quint64 requestId, QCborMap body)
{
    return Frame{type, requestId, std::move(body)};
}

QCborMap signedPreKeyMap(const SignedPreKeyEntry &k)
{
    return QCborMap{{0, k.id}, {1, k.publicKey}, {2, k.signature}};
}

SignedPreKeyEntry readSignedPreKey(BodyReader &outer, const QCborMap &map)
{
    BodyReader r(map);
    SignedPreKeyEntry k;
    k.id = quint32(r.uint(0, kMaxPreKeyId, "signed prekey id"));
    k.publicKey = r.exactBytes(1, kPublicKeySize, "signed prekey");
    k.signature = r.exactBytes(2, kSignatureSize, "signed prekey signature");
    if (k.id == 0)
        r.fail("signed prekey id", "is zero");
    outer.absorb(r);
    return k;
}

QCborMap preKeyMap(const PreKeyEntry &k)
{
    return QCborMap{{0, k.id}, {1, k.publicKey}};
}

PreKeyEntry readPreKey(BodyReader &outer, const QCborMap &map)
{
    BodyReader r(map);
    PreKeyEntry k;
    k.id = quint32(r.uint(0, kMaxPreKeyId, "prekey id"));
    k.publicKey = r.exactBytes(1, kPublicKeySize, "prekey");
    if (k.id == 0)
        r.fail("prekey id", "is zero");
    outer.absorb(r);
    return k;
}

constexpr quint64 kMaxU32 = std::numeric_limits<quint32>::max();
constexpr quint64 kMaxU64 = quint64(std::numeric_limits<qint64>::max());

} // namespace

QByteArray newClientEnvelopeId(qint64 nowMs)
{
    QByteArray id = crypto::randomByteArray(kClientEnvelopeIdSize);
    const quint64 ms = quint64(nowMs < 0 ? 0 : nowMs);
    for (qsizetype i = 0; i < kClientEnvelopeIdClockSize; ++i)
        id[i] = char((ms >> (8 * (kClientEnvelopeIdClockSize - 1 - i))) & 0xff);
    return id;
}

QByteArray authPayload(QByteArrayView nonce, QByteArrayView identityKey)
{
    QByteArray out;
    QCborStreamWriter w(&out);
    w.startArray(3);
    w.appendTextString(kAuthLabel, qsizetype(sizeof kAuthLabel - 1));
    w.appendByteString(nonce.isEmpty() ? "" : nonce.data(), nonce.size());
    w.appendByteString(identityKey.isEmpty() ? "" : identityKey.data(), identityKey.size());
    w.endArray();
    return out;
}

bool isKnownEnvelopeType(quint64 value) noexcept
{
    return value >= quint64(EnvelopeType::Signal) && value <= quint64(EnvelopeType::SenderKey);
}

Frame Hello::toFrame(quint64 requestId) const
{
    return makeFrame(FrameType::Hello, requestId, {{0, identityKey}, {1, registrationId}});
}
Result<Hello> Hello::fromFrame(const Frame &frame)
{
    BodyReader r(frame, FrameType::Hello);
    Hello h;
    h.identityKey = r.exactBytes(0, kPublicKeySize, "identity key");
    h.registrationId = quint32(r.uint(1, 0x3FFF, "registration id"));
    if (h.registrationId == 0)
        r.fail("registration id", "is zero");
    return r.finish(std::move(h));
}

Frame Challenge::toFrame(quint64 requestId) const
{
    QCborMap body{{0, nonce}, {1, serverTimeMs}, {2, frankingPublicKey}};
    if (!moderationPublicKey.isEmpty())
        body.insert(3, moderationPublicKey);
    return makeFrame(FrameType::Challenge, requestId, std::move(body));
}
Result<Challenge> Challenge::fromFrame(const Frame &frame)
{
    BodyReader r(frame, FrameType::Challenge);
    Challenge c;
    c.nonce = r.exactBytes(0, kChallengeNonceSize, "nonce");
    c.serverTimeMs = r.time(1, "server time");
    c.frankingPublicKey = r.exactBytes(2, kFrankingPublicKeySize, "franking public key");
    if (r.has(3))
        c.moderationPublicKey = r.exactBytes(3, kModerationPublicKeySize, "moderation public key");
    return r.finish(std::move(c));
}

Frame Authenticate::toFrame(quint64 requestId) const
{
    return makeFrame(FrameType::Authenticate, requestId, {{0, signature}});
}
Result<Authenticate> Authenticate::fromFrame(const Frame &frame)
{
    BodyReader r(frame, FrameType::Authenticate);
    Authenticate a;
    a.signature = r.exactBytes(0, kSignatureSize, "signature");
    return r.finish(std::move(a));
}

Frame Authenticated::toFrame(quint64 requestId) const
{
    QCborMap body{{0, coveId}, {1, preKeyCount}, {2, accountCreatedMs}, {3, hasSignedPreKey}};
    if (maxGroupMembers != 0)
        body.insert(4, maxGroupMembers);
    return makeFrame(FrameType::Authenticated, requestId, std::move(body));
}
Result<Authenticated> Authenticated::fromFrame(const Frame &frame)
{
    BodyReader r(frame, FrameType::Authenticated);
    Authenticated a;
    a.coveId = r.text(0, kMaxCoveIdChars, "Cove ID");
    a.preKeyCount = quint32(r.uint(1, kMaxU32, "prekey count"));
    a.accountCreatedMs = r.time(2, "account creation time");
    a.hasSignedPreKey = r.boolean(3, "signed prekey flag");
    if (r.has(4)) {
        a.maxGroupMembers = quint32(r.uint(4, quint64(kMaxGroupMembers), "group size cap"));
        if (a.maxGroupMembers < 2)
            r.fail("group size cap", "is below two");
    }
    return r.finish(std::move(a));
}

Frame Send::toFrame(quint64 requestId) const
{
    return makeFrame(
        FrameType::Send, requestId,
        {{0, clientId}, {1, recipient}, {2, quint8(type)}, {3, ciphertext}, {4, commitment}});
}
Result<Send> Send::fromFrame(const Frame &frame)
{
    BodyReader r(frame, FrameType::Send);
    Send s;
    s.clientId = r.exactBytes(0, kClientEnvelopeIdSize, "client id");
    s.recipient = r.text(1, kMaxCoveIdChars, "recipient");
    const quint64 type = r.uint(2, 255, "envelope type");
    if (!isKnownEnvelopeType(type))
        r.fail("envelope type", "is unknown");
    s.type = EnvelopeType(type);
    s.ciphertext = r.bytes(3, 1, kMaxSignalMessageSize, "ciphertext");
    s.commitment = r.exactBytes(4, kCommitmentSize, "commitment");
    return r.finish(std::move(s));
}

Frame SendAck::toFrame(quint64 requestId) const
{
    return makeFrame(FrameType::SendAck, requestId, {{0, clientId}, {1, serverTimeMs}});
}
Result<SendAck> SendAck::fromFrame(const Frame &frame)
{
    BodyReader r(frame, FrameType::SendAck);
    SendAck a;
    a.clientId = r.exactBytes(0, kClientEnvelopeIdSize, "client id");
    a.serverTimeMs = r.time(1, "server time");
    return r.finish(std::move(a));
}

Frame Deliver::toFrame(quint64 requestId) const
{
    QCborMap body{{0, qint64(envelopeId)}, {1, sender},       {2, quint8(type)}, {3, ciphertext},
                  {4, commitment},         {5, serverTimeMs}, {6, frankingTag}};
    if (facts)
        body.insert(7, QCborMap{{0, quint8(facts->accountAge)}, {1, facts->massContact}});
    return makeFrame(FrameType::Deliver, requestId, std::move(body));
}
Result<Deliver> Deliver::fromFrame(const Frame &frame)
{
    BodyReader r(frame, FrameType::Deliver);
    Deliver d;
    d.envelopeId = r.uint(0, kMaxU64, "envelope id");
    d.sender = r.text(1, kMaxCoveIdChars, "sender");
    const quint64 type = r.uint(2, 255, "envelope type");
    if (!isKnownEnvelopeType(type))
        r.fail("envelope type", "is unknown");
    d.type = EnvelopeType(type);
    d.ciphertext = r.bytes(3, 1, kMaxSignalMessageSize, "ciphertext");
    d.commitment = r.exactBytes(4, kCommitmentSize, "commitment");
    d.serverTimeMs = r.time(5, "server time");
    d.frankingTag = r.bytes(6, kFrankingSignatureSize, kFrankingTagMaxSize, "franking tag");
    if (!isWellFormedFrankingTag(d.frankingTag))
        r.fail("franking tag", "is malformed");
    if (r.has(7)) {
        BodyReader f(r.map(7, "facts"));
        FirstContactFacts facts;
        const quint64 age =
            f.uint(0, quint64(FirstContactFacts::AccountAge::OlderThanAMonth), "account age");
        if (age == 0)
            f.fail("account age", "is zero");
        facts.accountAge = FirstContactFacts::AccountAge(age);
        facts.massContact = f.boolean(1, "mass contact flag");
        r.absorb(f);
        d.facts = facts;
    }
    return r.finish(std::move(d));
}

Frame DeliverAck::toFrame(quint64 requestId) const
{
    return makeFrame(FrameType::DeliverAck, requestId, {{0, qint64(envelopeId)}});
}
Result<DeliverAck> DeliverAck::fromFrame(const Frame &frame)
{
    BodyReader r(frame, FrameType::DeliverAck);
    DeliverAck a;
    a.envelopeId = r.uint(0, kMaxU64, "envelope id");
    return r.finish(std::move(a));
}

Frame DeliverHold::toFrame(quint64 requestId) const
{
    return makeFrame(FrameType::DeliverHold, requestId, {{0, qint64(envelopeId)}});
}
Result<DeliverHold> DeliverHold::fromFrame(const Frame &frame)
{
    BodyReader r(frame, FrameType::DeliverHold);
    DeliverHold h;
    h.envelopeId = r.uint(0, kMaxU64, "envelope id");
    return r.finish(std::move(h));
}

Frame PreKeyUpload::toFrame(quint64 requestId) const
{
    QCborMap body;
    if (signedPreKey)
        body.insert(0, signedPreKeyMap(*signedPreKey));
    if (!preKeys.isEmpty()) {
        QCborArray keys;
        for (const PreKeyEntry &k : preKeys)
            keys.append(preKeyMap(k));
        body.insert(1, keys);
    }
    return makeFrame(FrameType::PreKeyUpload, requestId, std::move(body));
}
Result<PreKeyUpload> PreKeyUpload::fromFrame(const Frame &frame)
{
    BodyReader r(frame, FrameType::PreKeyUpload);
    PreKeyUpload u;
    if (r.has(0))
        u.signedPreKey = readSignedPreKey(r, r.map(0, "signed prekey"));
    if (r.has(1)) {
        const QCborArray keys = r.array(1, "prekeys");
        if (keys.size() > kMaxPreKeysPerUpload)
            r.fail("prekeys", "are too many");
        else
            for (const QCborValue &k : keys) {
                if (!k.isMap()) {
                    r.fail("prekey", "is not a map");
                    break;
                }
                u.preKeys.append(readPreKey(r, k.toMap()));
            }
    }
    return r.finish(std::move(u));
}

Frame PreKeyStatus::toFrame(quint64 requestId) const
{
    return makeFrame(FrameType::PreKeyStatus, requestId, {{0, count}, {1, low}});
}
Result<PreKeyStatus> PreKeyStatus::fromFrame(const Frame &frame)
{
    BodyReader r(frame, FrameType::PreKeyStatus);
    PreKeyStatus s;
    s.count = quint32(r.uint(0, kMaxU32, "prekey count"));
    s.low = r.boolean(1, "low flag");
    return r.finish(std::move(s));
}

Frame PreKeyFetch::toFrame(quint64 requestId) const
{
    return makeFrame(FrameType::PreKeyFetch, requestId, {{0, coveId}});
}
Result<PreKeyFetch> PreKeyFetch::fromFrame(const Frame &frame)
{
    BodyReader r(frame, FrameType::PreKeyFetch);
    PreKeyFetch f;
    f.coveId = r.text(0, kMaxCoveIdChars, "Cove ID");
    return r.finish(std::move(f));
}

Frame PreKeyBundleReply::toFrame(quint64 requestId) const
{
    QCborMap body{
        {0, coveId}, {1, identityKey}, {2, registrationId}, {3, signedPreKeyMap(signedPreKey)}};
    if (preKey)
        body.insert(4, preKeyMap(*preKey));
    return makeFrame(FrameType::PreKeyBundle, requestId, std::move(body));
}
Result<PreKeyBundleReply> PreKeyBundleReply::fromFrame(const Frame &frame)
{
    BodyReader r(frame, FrameType::PreKeyBundle);
    PreKeyBundleReply b;
    b.coveId = r.text(0, kMaxCoveIdChars, "Cove ID");
    b.identityKey = r.exactBytes(1, kPublicKeySize, "identity key");
    b.registrationId = quint32(r.uint(2, 0x3FFF, "registration id"));
    if (b.registrationId == 0)
        r.fail("registration id", "is zero");
    b.signedPreKey = readSignedPreKey(r, r.map(3, "signed prekey"));
    if (r.has(4))
        b.preKey = readPreKey(r, r.map(4, "prekey"));
    return r.finish(std::move(b));
}

PreKeyBundle PreKeyBundleReply::bundle() const
{
    PreKeyBundle b;
    b.registrationId = registrationId;
    b.deviceId = 1;
    if (preKey)
        b.preKey = PublicPreKey{preKey->id, preKey->publicKey};
    b.signedPreKeyId = signedPreKey.id;
    b.signedPreKey = signedPreKey.publicKey;
    b.signedPreKeySignature = signedPreKey.signature;
    b.identityKey = identityKey;
    return b;
}

Frame AttachmentPut::toFrame(quint64 requestId) const
{
    // Keys in ascending order, as decodeFrame() yields them, so that the
    // frame compares equal to its decoded copy.
    QCborMap body;
    if (!blobId.isEmpty())
        body.insert(0, blobId);
    body.insert(1, qint64(offset));
    body.insert(2, data);
    body.insert(3, qint64(totalSize));
    return makeFrame(FrameType::AttachmentPut, requestId, std::move(body));
}
Result<AttachmentPut> AttachmentPut::fromFrame(const Frame &frame)
{
    BodyReader r(frame, FrameType::AttachmentPut);
    AttachmentPut p;
    if (r.has(0))
        p.blobId = r.exactBytes(0, kBlobIdSize, "blob id");
    p.offset = r.uint(1, kMaxU64, "offset");
    p.data = r.bytes(2, 0, kAttachmentChunkSize, "data");
    p.totalSize = r.uint(3, kMaxU64, "total size");
    if (p.offset > p.totalSize || quint64(p.data.size()) > p.totalSize - p.offset)
        r.fail("chunk", "reaches past the total size");
    if (p.blobId.isEmpty() && p.offset != 0)
        r.fail("chunk", "without a blob id must start at offset 0");
    return r.finish(std::move(p));
}

Frame AttachmentPutAck::toFrame(quint64 requestId) const
{
    return makeFrame(FrameType::AttachmentPutAck, requestId,
                     {{0, blobId}, {1, qint64(received)}, {2, complete}});
}
Result<AttachmentPutAck> AttachmentPutAck::fromFrame(const Frame &frame)
{
    BodyReader r(frame, FrameType::AttachmentPutAck);
    AttachmentPutAck a;
    a.blobId = r.exactBytes(0, kBlobIdSize, "blob id");
    a.received = r.uint(1, kMaxU64, "received");
    a.complete = r.boolean(2, "complete flag");
    return r.finish(std::move(a));
}

Frame AttachmentGet::toFrame(quint64 requestId) const
{
    return makeFrame(FrameType::AttachmentGet, requestId, {{0, blobId}, {1, qint64(offset)}});
}
Result<AttachmentGet> AttachmentGet::fromFrame(const Frame &frame)
{
    BodyReader r(frame, FrameType::AttachmentGet);
    AttachmentGet g;
    g.blobId = r.exactBytes(0, kBlobIdSize, "blob id");
    g.offset = r.uint(1, kMaxU64, "offset");
    return r.finish(std::move(g));
}

Frame AttachmentData::toFrame(quint64 requestId) const
{
    return makeFrame(FrameType::AttachmentData, requestId,
                     {{0, blobId}, {1, qint64(offset)}, {2, data}, {3, qint64(totalSize)}});
}
Result<AttachmentData> AttachmentData::fromFrame(const Frame &frame)
{
    BodyReader r(frame, FrameType::AttachmentData);
    AttachmentData d;
    d.blobId = r.exactBytes(0, kBlobIdSize, "blob id");
    d.offset = r.uint(1, kMaxU64, "offset");
    d.data = r.bytes(2, 0, kAttachmentChunkSize, "data");
    d.totalSize = r.uint(3, kMaxU64, "total size");
    if (d.offset > d.totalSize || quint64(d.data.size()) > d.totalSize - d.offset)
        r.fail("chunk", "reaches past the total size");
    return r.finish(std::move(d));
}

bool isKnownModerationAction(quint64 value) noexcept
{
    return value >= quint64(ModerationAction::NoAction) &&
           value <= quint64(ModerationAction::Restore);
}

bool isKnownReportProgress(quint64 value) noexcept
{
    return value >= quint64(ReportProgress::Received) &&
           value <= quint64(ReportProgress::ReviewRequested);
}

Frame ReportSubmit::toFrame(quint64 requestId) const
{
    return makeFrame(FrameType::ReportSubmit, requestId, {{0, clientId}, {1, sealed}});
}
Result<ReportSubmit> ReportSubmit::fromFrame(const Frame &frame)
{
    BodyReader r(frame, FrameType::ReportSubmit);
    ReportSubmit s;
    s.clientId = r.exactBytes(0, kClientEnvelopeIdSize, "client id");
    s.sealed = r.bytes(1, 1, kMaxSealedReportSize, "sealed report");
    return r.finish(std::move(s));
}

Frame ReportAck::toFrame(quint64 requestId) const
{
    return makeFrame(FrameType::ReportAck, requestId,
                     {{0, clientId}, {1, reportId}, {2, serverTimeMs}});
}
Result<ReportAck> ReportAck::fromFrame(const Frame &frame)
{
    BodyReader r(frame, FrameType::ReportAck);
    ReportAck a;
    a.clientId = r.exactBytes(0, kClientEnvelopeIdSize, "client id");
    a.reportId = r.text(1, kMaxCaseIdChars, "report id");
    a.serverTimeMs = r.time(2, "server time");
    return r.finish(std::move(a));
}

Frame ModerationUpdate::toFrame(quint64 requestId) const
{
    // Keys in ascending order, so that a parsed frame compares equal.
    QCborMap body{{0, qint64(updateId)}, {1, quint8(kind)}, {2, caseId}, {3, value}, {4, category}};
    if (!reason.isEmpty())
        body.insert(5, reason);
    if (untilMs)
        body.insert(6, *untilMs);
    body.insert(7, atMs);
    return makeFrame(FrameType::ModerationUpdate, requestId, std::move(body));
}
Result<ModerationUpdate> ModerationUpdate::fromFrame(const Frame &frame)
{
    BodyReader r(frame, FrameType::ModerationUpdate);
    ModerationUpdate u;
    u.updateId = r.uint(0, kMaxU64, "update id");
    const quint64 kind = r.uint(1, 255, "kind");
    if (kind != quint64(Kind::ReportStatus) && kind != quint64(Kind::Decision))
        r.fail("kind", "is unknown");
    u.kind = Kind(kind);
    u.caseId = r.text(2, kMaxCaseIdChars, "case id");
    const quint64 value = r.uint(3, 255, "value");
    const bool known = u.kind == Kind::ReportStatus ? isKnownReportProgress(value)
                                                    : isKnownModerationAction(value);
    if (!known)
        r.fail("value", "is unknown");
    u.value = quint8(value);
    u.category = r.optionalText(4, kMaxCategoryIdChars, "category");
    u.reason = r.optionalText(5, kMaxModerationReasonChars, "reason");
    if (r.has(6))
        u.untilMs = r.time(6, "until");
    u.atMs = r.time(7, "time");
    return r.finish(std::move(u));
}

Frame ModerationUpdateAck::toFrame(quint64 requestId) const
{
    return makeFrame(FrameType::ModerationUpdateAck, requestId, {{0, qint64(updateId)}});
}
Result<ModerationUpdateAck> ModerationUpdateAck::fromFrame(const Frame &frame)
{
    BodyReader r(frame, FrameType::ModerationUpdateAck);
    ModerationUpdateAck a;
    a.updateId = r.uint(0, kMaxU64, "update id");
    return r.finish(std::move(a));
}

Frame ReviewRequest::toFrame(quint64 requestId) const
{
    QCborMap body{{0, caseId}};
    if (!note.isEmpty())
        body.insert(1, note);
    return makeFrame(FrameType::ReviewRequest, requestId, std::move(body));
}
Result<ReviewRequest> ReviewRequest::fromFrame(const Frame &frame)
{
    BodyReader r(frame, FrameType::ReviewRequest);
    ReviewRequest q;
    q.caseId = r.text(0, kMaxCaseIdChars, "case id");
    q.note = r.optionalText(1, kMaxModerationReasonChars, "note");
    return r.finish(std::move(q));
}

Frame ReviewAck::toFrame(quint64 requestId) const
{
    return makeFrame(FrameType::ReviewAck, requestId, {{0, caseId}});
}
Result<ReviewAck> ReviewAck::fromFrame(const Frame &frame)
{
    BodyReader r(frame, FrameType::ReviewAck);
    ReviewAck a;
    a.caseId = r.text(0, kMaxCaseIdChars, "case id");
    return r.finish(std::move(a));
}

Frame ContactPolicy::toFrame(quint64 requestId) const
{
    QCborArray ids;
    for (const QString &id : allowed)
        ids.append(id);
    return makeFrame(FrameType::ContactPolicy, requestId, {{0, contactsOnly}, {1, ids}});
}
Result<ContactPolicy> ContactPolicy::fromFrame(const Frame &frame)
{
    BodyReader r(frame, FrameType::ContactPolicy);
    ContactPolicy p;
    p.contactsOnly = r.boolean(0, "contacts only");
    const QCborArray ids = r.array(1, "allowed");
    if (ids.size() > kMaxAllowedSenders) {
        r.fail("allowed", "are too many");
    } else {
        for (const QCborValue &id : ids) {
            if (!id.isString() || id.toString().isEmpty() ||
                id.toString().size() > kMaxCoveIdChars) {
                r.fail("allowed", "holds something that is not a Cove ID");
                break;
            }
            p.allowed.append(id.toString());
        }
    }
    return r.finish(std::move(p));
}

Frame ContactPolicyAck::toFrame(quint64 requestId) const
{
    return makeFrame(FrameType::ContactPolicyAck, requestId,
                     {{0, contactsOnly}, {1, qint64(allowedCount)}});
}
Result<ContactPolicyAck> ContactPolicyAck::fromFrame(const Frame &frame)
{
    BodyReader r(frame, FrameType::ContactPolicyAck);
    ContactPolicyAck a;
    a.contactsOnly = r.boolean(0, "contacts only");
    a.allowedCount = quint32(r.uint(1, quint64(kMaxAllowedSenders), "allowed count"));
    return r.finish(std::move(a));
}

namespace {

bool isCoveIdText(const QCborValue &v)
{
    return v.isString() && !v.toString().isEmpty() && v.toString().size() <= kMaxCoveIdChars;
}

} // namespace

Frame GuardedLink::toFrame(quint64 requestId) const
{
    return makeFrame(FrameType::GuardedLink, requestId,
                     {{0, guardianKey}, {1, linkedAtMs}, {2, signature}});
}
Result<GuardedLink> GuardedLink::fromFrame(const Frame &frame)
{
    BodyReader r(frame, FrameType::GuardedLink);
    GuardedLink l;
    l.guardianKey = r.exactBytes(0, kPublicKeySize, "guardian key");
    l.linkedAtMs = r.time(1, "linked at");
    l.signature = r.exactBytes(2, kSignatureSize, "guardian signature");
    return r.finish(std::move(l));
}

Frame GuardedContacts::toFrame(quint64 requestId) const
{
    QCborMap body{{0, child}};
    if (!add.isEmpty()) {
        QCborArray list;
        for (const GuardedApproval &a : add)
            list.append(QCborMap{{0, a.contactId}, {1, a.approvedAtMs}, {2, a.signature}});
        body.insert(1, list);
    }
    if (!remove.isEmpty())
        body.insert(2, QCborArray::fromStringList(remove));
    return makeFrame(FrameType::GuardedContacts, requestId, std::move(body));
}
Result<GuardedContacts> GuardedContacts::fromFrame(const Frame &frame)
{
    BodyReader r(frame, FrameType::GuardedContacts);
    GuardedContacts c;
    c.child = r.text(0, kMaxCoveIdChars, "child");
    const QCborArray add = r.has(1) ? r.array(1, "approvals") : QCborArray();
    const QCborArray remove = r.has(2) ? r.array(2, "removals") : QCborArray();
    if (add.size() + remove.size() > kMaxGuardedChanges)
        r.fail("changes", "are too many");
    for (const QCborValue &v : add) {
        if (!v.isMap()) {
            r.fail("approval", "is not a map");
            break;
        }
        BodyReader a(v.toMap());
        GuardedApproval approval;
        approval.contactId = a.text(0, kMaxCoveIdChars, "approved contact");
        approval.approvedAtMs = a.time(1, "approved at");
        approval.signature = a.exactBytes(2, kSignatureSize, "approval signature");
        r.absorb(a);
        c.add.append(std::move(approval));
    }
    for (const QCborValue &v : remove) {
        if (!isCoveIdText(v)) {
            r.fail("removals", "hold something that is not a Cove ID");
            break;
        }
        c.remove.append(v.toString());
    }
    return r.finish(std::move(c));
}

Frame GuardedRelease::toFrame(quint64 requestId) const
{
    return makeFrame(FrameType::GuardedRelease, requestId, {{0, linkedAtMs}, {1, signature}});
}
Result<GuardedRelease> GuardedRelease::fromFrame(const Frame &frame)
{
    BodyReader r(frame, FrameType::GuardedRelease);
    GuardedRelease g;
    g.linkedAtMs = r.time(0, "linked at");
    g.signature = r.exactBytes(1, kSignatureSize, "release signature");
    return r.finish(std::move(g));
}

Frame GuardedQuery::toFrame(quint64 requestId) const
{
    return makeFrame(FrameType::GuardedQuery, requestId, {{0, child}});
}
Result<GuardedQuery> GuardedQuery::fromFrame(const Frame &frame)
{
    BodyReader r(frame, FrameType::GuardedQuery);
    GuardedQuery q;
    q.child = r.text(0, kMaxCoveIdChars, "child");
    return r.finish(std::move(q));
}

Frame GuardedState::toFrame(quint64 requestId) const
{
    QCborMap body{{0, child}, {1, guarded}};
    if (!guardian.isEmpty()) {
        body.insert(2, guardian);
        body.insert(3, linkedAtMs);
    }
    QCborArray list;
    for (const Contact &c : contacts)
        list.append(QCborMap{{0, c.contactId}, {1, c.lastAtMs}});
    body.insert(4, list);
    QCborArray refusals;
    for (const Refusal &f : refused)
        refusals.append(QCborMap{{0, f.sender}, {1, f.lastAtMs}, {2, qint64(f.count)}});
    body.insert(5, refusals);
    return makeFrame(FrameType::GuardedState, requestId, std::move(body));
}
Result<GuardedState> GuardedState::fromFrame(const Frame &frame)
{
    BodyReader r(frame, FrameType::GuardedState);
    GuardedState g;
    g.child = r.text(0, kMaxCoveIdChars, "child");
    g.guarded = r.boolean(1, "guarded");
    if (r.has(2)) {
        g.guardian = r.text(2, kMaxCoveIdChars, "guardian");
        g.linkedAtMs = r.time(3, "linked at");
    }
    const QCborArray contacts = r.array(4, "contacts");
    const QCborArray refused = r.array(5, "refused");
    if (contacts.size() > kMaxAllowedSenders || refused.size() > kMaxGuardedRefusals)
        r.fail("guarded state", "lists too many");
    for (const QCborValue &v : contacts) {
        BodyReader c(v.toMap());
        if (!v.isMap())
            c.fail("contact", "is not a map");
        Contact contact;
        contact.contactId = c.text(0, kMaxCoveIdChars, "contact");
        contact.lastAtMs = c.time(1, "last at");
        r.absorb(c);
        g.contacts.append(std::move(contact));
    }
    for (const QCborValue &v : refused) {
        BodyReader f(v.toMap());
        if (!v.isMap())
            f.fail("refusal", "is not a map");
        Refusal refusal;
        refusal.sender = f.text(0, kMaxCoveIdChars, "refused sender");
        refusal.lastAtMs = f.time(1, "refused at");
        refusal.count = quint32(f.uint(2, kMaxU32, "refusal count"));
        r.absorb(f);
        g.refused.append(std::move(refusal));
    }
    return r.finish(std::move(g));
}

} // namespace cove::protocol::wire
