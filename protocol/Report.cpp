// SPDX-License-Identifier: GPL-3.0-or-later
#include "Report.h"

#include "Crypto.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborStreamReader>
#include <QCborStreamWriter>
#include <QCborValue>

#include <sodium.h>

#include <limits>

namespace cove::protocol {
static_assert(kReportSealOverhead == crypto_box_SEALBYTES);

namespace {

constexpr qsizetype kMaxReportIdChars = 64;
constexpr qsizetype kMaxLanguageChars = 16;
/// Largest encoded report decodeReport() looks at: the sealed limit bounds
/// what can arrive anyway.
constexpr qsizetype kMaxEncodedReportSize = kMaxSealedReportSize;

void writeBytes(QCborStreamWriter &w, const QByteArray &bytes)
{
    w.appendByteString(bytes.isEmpty() ? "" : bytes.constData(), bytes.size());
}

void writeText(QCborStreamWriter &w, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    w.appendTextString(utf8.isEmpty() ? "" : utf8.constData(), utf8.size());
}

Error malformed(const QString &detail)
{
    return makeError(ErrorCode::Malformed, detail);
}

/// Reads one map of a report, remembering the first problem.
class MapReader {
public:
    explicit MapReader(QCborMap map) : m_map(std::move(map)) {}

    QString text(qint64 key, qsizetype maxChars, bool allowEmpty, const char *what)
    {
        const QCborValue v = m_map.value(key);
        if (!v.isString())
            return fail(what), QString();
        QString out = v.toString();
        if ((!allowEmpty && out.isEmpty()) || out.size() > maxChars)
            return fail(what), QString();
        return out;
    }
    QByteArray bytes(qint64 key, qsizetype minSize, qsizetype maxSize, const char *what)
    {
        const QCborValue v = m_map.value(key);
        if (!v.isByteArray())
            return fail(what), QByteArray();
        QByteArray out = v.toByteArray();
        if (out.size() < minSize || out.size() > maxSize)
            return fail(what), QByteArray();
        return out;
    }
    qint64 integer(qint64 key, qint64 maxValue, const char *what)
    {
        const QCborValue v = m_map.value(key);
        if (!v.isInteger() || v.toInteger() < 0 || v.toInteger() > maxValue)
            return fail(what), 0;
        return v.toInteger();
    }
    bool boolean(qint64 key, const char *what)
    {
        const QCborValue v = m_map.value(key);
        if (!v.isBool())
            return fail(what), false;
        return v.toBool();
    }
    QCborArray array(qint64 key, const char *what)
    {
        const QCborValue v = m_map.value(key);
        if (!v.isArray())
            return fail(what), QCborArray();
        return v.toArray();
    }
    void fail(const char *what)
    {
        if (m_error.isEmpty())
            m_error = QLatin1String(what) + QStringLiteral(" is missing or out of bounds");
    }
    void absorb(const MapReader &inner)
    {
        if (m_error.isEmpty())
            m_error = inner.m_error;
    }
    [[nodiscard]] const QString &error() const { return m_error; }

private:
    QCborMap m_map;
    QString m_error;
};

ReportedMessage readMessage(MapReader &outer, const QCborValue &value)
{
    ReportedMessage m;
    if (!value.isMap()) {
        outer.fail("a reported message");
        return m;
    }
    MapReader r(value.toMap());
    m.opening.committedBytes = r.bytes(0, 1, kMaxContentSize, "committed bytes");
    m.opening.frankingKey = r.bytes(1, kFrankingKeySize, kFrankingKeySize, "franking key");
    m.opening.commitment = r.bytes(2, kCommitmentSize, kCommitmentSize, "commitment");
    m.senderId = r.text(3, kMaxReportIdChars, false, "sender");
    m.recipientId = r.text(4, kMaxReportIdChars, false, "recipient");
    m.serverTimeMs = r.integer(5, std::numeric_limits<qint64>::max(), "server time");
    m.relayTag = r.bytes(6, 0, kFrankingTagMaxSize, "relay tag");
    if (!m.relayTag.isEmpty() && !isWellFormedFrankingTag(m.relayTag))
        r.fail("relay tag");
    const QCborArray files = r.array(7, "files");
    for (const QCborValue &f : files) {
        if (!f.isMap()) {
            r.fail("a file");
            break;
        }
        MapReader fr(f.toMap());
        ReportedFile file;
        file.index = quint32(fr.integer(0, kMaxAttachments - 1, "file index"));
        file.data = fr.bytes(1, 0, kMaxSealedReportSize, "file data");
        r.absorb(fr);
        m.files.append(std::move(file));
    }
    outer.absorb(r);
    return m;
}

} // namespace

QByteArray encodeReport(const ReportBundle &report)
{
    QByteArray out;
    QCborStreamWriter w(&out);
    w.startMap(11);
    w.append(0);
    w.append(kReportVersion);
    w.append(1);
    writeText(w, report.reporterId);
    w.append(2);
    writeText(w, report.reportedId);
    w.append(3);
    writeText(w, report.category);
    w.append(4);
    w.append(report.involvesChild);
    w.append(5);
    w.append(quint64(report.conversation));
    w.append(6);
    w.append(report.createdAtMs);
    w.append(7);
    writeText(w, report.language);
    w.append(8);
    writeText(w, report.comment);
    w.append(9);
    w.startArray(quint64(report.messages.size()));
    for (const ReportedMessage &m : report.messages) {
        w.startMap(8);
        w.append(0);
        writeBytes(w, m.opening.committedBytes);
        w.append(1);
        writeBytes(w, m.opening.frankingKey);
        w.append(2);
        writeBytes(w, m.opening.commitment);
        w.append(3);
        writeText(w, m.senderId);
        w.append(4);
        writeText(w, m.recipientId);
        w.append(5);
        w.append(m.serverTimeMs);
        w.append(6);
        writeBytes(w, m.relayTag);
        w.append(7);
        w.startArray(quint64(m.files.size()));
        for (const ReportedFile &f : m.files) {
            w.startMap(2);
            w.append(0);
            w.append(f.index);
            w.append(1);
            writeBytes(w, f.data);
            w.endMap();
        }
        w.endArray();
        w.endMap();
    }
    w.endArray();
    w.append(10);
    w.append(report.reportedIndex);
    w.endMap();
    return out;
}

Result<ReportBundle> decodeReport(QByteArrayView bytes)
{
    if (bytes.size() > kMaxEncodedReportSize)
        return makeError(ErrorCode::TooLarge, QStringLiteral("report is too large"));
    if (bytes.isEmpty())
        return malformed(QStringLiteral("report is empty"));
    QCborStreamReader reader(bytes.data(), bytes.size());
    const QCborValue root = QCborValue::fromCbor(reader);
    if (reader.lastError() != QCborError::NoError)
        return malformed(QStringLiteral("report is not valid CBOR"));
    if (reader.currentOffset() != bytes.size())
        return malformed(QStringLiteral("report has trailing bytes"));
    if (!root.isMap())
        return malformed(QStringLiteral("report is not a CBOR map"));
    const QCborMap map = root.toMap();
    const QCborValue version = map.value(0);
    if (!version.isInteger())
        return malformed(QStringLiteral("report version is missing"));
    if (version.toInteger() != kReportVersion)
        return makeError(ErrorCode::UnsupportedVersion,
                         QStringLiteral("report version %1").arg(version.toInteger()));

    MapReader r(map);
    ReportBundle b;
    b.reporterId = r.text(1, kMaxReportIdChars, false, "reporter");
    b.reportedId = r.text(2, kMaxReportIdChars, false, "reported account");
    b.category = r.text(3, kMaxCategoryIdChars, false, "category");
    b.involvesChild = r.boolean(4, "child flag");
    const qint64 kind = r.integer(5, qint64(ConversationKind::Request), "conversation kind");
    if (kind < qint64(ConversationKind::Direct))
        r.fail("conversation kind");
    b.conversation = ConversationKind(kind);
    b.createdAtMs = r.integer(6, std::numeric_limits<qint64>::max(), "creation time");
    b.language = r.text(7, kMaxLanguageChars, true, "language");
    b.comment = r.text(8, kMaxReportCommentChars, true, "comment");
    const QCborArray messages = r.array(9, "messages");
    if (messages.isEmpty() || messages.size() > kMaxReportMessages)
        r.fail("the message list");
    for (const QCborValue &m : messages)
        b.messages.append(readMessage(r, m));
    b.reportedIndex = quint32(r.integer(10, kMaxReportMessages - 1, "reported index"));
    if (qsizetype(b.reportedIndex) >= b.messages.size())
        r.fail("reported index");
    if (!r.error().isEmpty())
        return malformed(QStringLiteral("report: ") + r.error());
    // Exactly one encoding per report: anything else (extra keys,
    // non-canonical forms) was not written by encodeReport().
    if (encodeReport(b) != bytes)
        return malformed(QStringLiteral("report is not in canonical form"));
    return b;
}

ModerationKeyPair generateModerationKeyPair()
{
    if (sodium_init() < 0)
        return {};
    ModerationKeyPair pair;
    pair.publicKey.resize(kModerationPublicKeySize);
    pair.secretKey = SecureBuffer(std::size_t(crypto_box_SECRETKEYBYTES));
    crypto_box_keypair(reinterpret_cast<unsigned char *>(pair.publicKey.data()),
                       pair.secretKey.data());
    return pair;
}

Result<ModerationKeyPair> moderationKeyPairFromSecret(const SecureBuffer &secretKey)
{
    if (sodium_init() < 0)
        return makeError(ErrorCode::Crypto, QStringLiteral("libsodium failed to start"));
    if (secretKey.size() != crypto_box_SECRETKEYBYTES)
        return makeError(ErrorCode::InvalidKey,
                         QStringLiteral("moderation secret key has the wrong size"));
    ModerationKeyPair pair;
    pair.publicKey.resize(kModerationPublicKeySize);
    crypto_scalarmult_base(reinterpret_cast<unsigned char *>(pair.publicKey.data()),
                           secretKey.data());
    pair.secretKey = secretKey.clone();
    return pair;
}

Result<QByteArray> sealReport(QByteArrayView moderationPublicKey, const ReportBundle &report)
{
    if (sodium_init() < 0)
        return makeError(ErrorCode::Crypto, QStringLiteral("libsodium failed to start"));
    if (moderationPublicKey.size() != kModerationPublicKeySize)
        return makeError(ErrorCode::InvalidKey,
                         QStringLiteral("moderation public key has the wrong size"));
    const QByteArray plain = encodeReport(report);
    const qsizetype sealedSize = plain.size() + kReportSealOverhead;
    if (sealedSize > kMaxSealedReportSize)
        return makeError(ErrorCode::TooLarge, QStringLiteral("report is too large to send"));
    QByteArray sealed(sealedSize, Qt::Uninitialized);
    if (crypto_box_seal(reinterpret_cast<unsigned char *>(sealed.data()),
                        reinterpret_cast<const unsigned char *>(plain.constData()),
                        quint64(plain.size()),
                        reinterpret_cast<const unsigned char *>(moderationPublicKey.data())) != 0)
        return makeError(ErrorCode::InvalidKey, QStringLiteral("moderation public key is invalid"));
    return sealed;
}

Result<ReportBundle> openSealedReport(const ModerationKeyPair &keys, QByteArrayView sealed)
{
    if (sodium_init() < 0)
        return makeError(ErrorCode::Crypto, QStringLiteral("libsodium failed to start"));
    if (keys.publicKey.size() != kModerationPublicKeySize ||
        keys.secretKey.size() != crypto_box_SECRETKEYBYTES)
        return makeError(ErrorCode::InvalidKey, QStringLiteral("moderation key pair is invalid"));
    if (sealed.size() > kMaxSealedReportSize)
        return makeError(ErrorCode::TooLarge, QStringLiteral("sealed report is too large"));
    if (sealed.size() <= kReportSealOverhead)
        return makeError(ErrorCode::InvalidMac, QStringLiteral("sealed report is too short"));
    SecureBuffer plain(std::size_t(sealed.size()) - crypto_box_SEALBYTES);
    if (crypto_box_seal_open(plain.data(), reinterpret_cast<const unsigned char *>(sealed.data()),
                             quint64(sealed.size()),
                             reinterpret_cast<const unsigned char *>(keys.publicKey.constData()),
                             keys.secretKey.data()) != 0)
        return makeError(ErrorCode::InvalidMac,
                         QStringLiteral("sealed report does not open with this key"));
    return decodeReport(
        QByteArrayView(reinterpret_cast<const char *>(plain.data()), qsizetype(plain.size())));
}

MessageVerification verifyReportedMessage(const ReportedMessage &message,
                                          QByteArrayView frankingPublicKey,
                                          const QString &reporterId)
{
    MessageVerification out;
    const Result<void> opened = verifyOpening(message.opening);
    if (!opened) {
        out.result = Verification::ContentMismatch;
        return out;
    }
    Result<Content> content = openContent(message.opening);
    if (!content) {
        out.result = Verification::Malformed;
        return out;
    }
    out.content = std::move(content).value();
    if (message.senderId == reporterId) {
        out.result = Verification::OwnMessage;
        return out;
    }
    if (message.relayTag.isEmpty()) {
        out.result = Verification::TagMissing;
        return out;
    }
    const QByteArray payload =
        frankingTagPayload(message.opening.commitment, message.senderId.toUtf8(),
                           message.recipientId.toUtf8(), message.serverTimeMs);
    if (!verifyFrankingTag(frankingPublicKey, payload, message.relayTag)) {
        out.result = Verification::TagInvalid;
        return out;
    }
    for (const ReportedFile &file : message.files) {
        const auto &attachments = out.content->attachments;
        if (qsizetype(file.index) >= attachments.size()) {
            out.result = Verification::AttachmentMismatch;
            return out;
        }
        const AttachmentDescriptor &d = attachments.at(qsizetype(file.index));
        if (quint64(file.data.size()) != d.size || crypto::sha256(file.data) != d.plaintextSha256) {
            out.result = Verification::AttachmentMismatch;
            return out;
        }
    }
    out.result = Verification::Verified;
    return out;
}

} // namespace cove::protocol
