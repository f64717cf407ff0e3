// SPDX-License-Identifier: GPL-3.0-or-later
#include "Content.h"

#include "Crypto.h"
#include "Franking.h"
#include "Guardian.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborStreamReader>
#include <QCborStreamWriter>
#include <QCborValue>
#include <QDateTime>

#include <cstring>
#include <limits>

namespace cove::protocol {
namespace {

constexpr int kContentKeyCount = 17;
constexpr int kAttachmentKeyCount = 6;
constexpr int kQuoteKeyCount = 3;
constexpr int kGroupKeyCount = 2;
constexpr int kReceiptKeyCount = 2;
constexpr int kGroupUpdateKeyCount = 6;
/// Keys 0 and 1 are required; 2 (permissions) is there only when not 0,
/// 3 (invite token) only with a link, 4 (approval) only when true.
constexpr int kGroupUpdateRequiredKeys = 2;
constexpr int kJoinRequestKeyCount = 2;
constexpr int kMemberKeyCount = 2;
constexpr int kGuardianKeyCount = 8;
constexpr quint64 kMaxUint32 = 0xffffffffu;

// ---- Encoding ---------------------------------------------------------------

template <typename Key> void writeKey(QCborStreamWriter &w, Key key)
{
    w.append(quint64(key));
}

void writeBytes(QCborStreamWriter &w, QByteArrayView bytes)
{
    // QCborStreamWriter copies from the pointer even for zero bytes.
    w.appendByteString(bytes.isEmpty() ? "" : bytes.data(), bytes.size());
}

void writeText(QCborStreamWriter &w, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    w.appendTextString(utf8.isEmpty() ? "" : utf8.constData(), utf8.size());
}

void writeAttachment(QCborStreamWriter &w, const AttachmentDescriptor &a)
{
    w.startMap(kAttachmentKeyCount);
    writeKey(w, AttachmentKey::BlobId);
    writeBytes(w, a.blobId);
    writeKey(w, AttachmentKey::Key);
    writeBytes(w, a.key);
    writeKey(w, AttachmentKey::PlaintextSha256);
    writeBytes(w, a.plaintextSha256);
    writeKey(w, AttachmentKey::Size);
    w.append(a.size);
    writeKey(w, AttachmentKey::MimeType);
    writeText(w, a.mimeType);
    writeKey(w, AttachmentKey::FileName);
    writeText(w, a.fileName);
    w.endMap();
}

void writeReceipt(QCborStreamWriter &w, const Receipt &r)
{
    w.startMap(kReceiptKeyCount);
    writeKey(w, ReceiptKey::Type);
    w.append(quint64(r.type));
    writeKey(w, ReceiptKey::MessageIds);
    w.startArray(quint64(r.messageIds.size()));
    for (const QByteArray &id : r.messageIds)
        writeBytes(w, id);
    w.endArray();
    w.endMap();
}

void writeGroupUpdate(QCborStreamWriter &w, const GroupUpdate &u)
{
    w.startMap(quint64(kGroupUpdateRequiredKeys) + (u.permissions != 0 ? 1u : 0u) +
               (u.inviteToken.isEmpty() ? 0u : 1u) + (u.inviteApproval ? 1u : 0u) +
               (u.creator.isEmpty() ? 0u : 1u));
    writeKey(w, GroupUpdateKey::Name);
    writeText(w, u.name);
    writeKey(w, GroupUpdateKey::Members);
    w.startArray(quint64(u.members.size()));
    for (const GroupMember &m : u.members) {
        w.startMap(kMemberKeyCount);
        writeKey(w, MemberKey::CoveId);
        writeText(w, m.coveId);
        writeKey(w, MemberKey::Role);
        w.append(quint64(m.role));
        w.endMap();
    }
    w.endArray();
    if (u.permissions != 0) {
        writeKey(w, GroupUpdateKey::Permissions);
        w.append(quint64(u.permissions));
    }
    if (!u.inviteToken.isEmpty()) {
        writeKey(w, GroupUpdateKey::InviteToken);
        writeBytes(w, u.inviteToken);
    }
    if (u.inviteApproval) {
        writeKey(w, GroupUpdateKey::InviteApproval);
        w.append(true);
    }
    if (!u.creator.isEmpty()) {
        writeKey(w, GroupUpdateKey::Creator);
        writeText(w, u.creator);
    }
    w.endMap();
}

/// The fields each kind of guardian message carries (bits of GuardianKey),
/// besides its kind. Nothing else may be there: one encoding per message.
quint32 guardianFields(GuardianMessage::Kind kind)
{
    const auto bit = [](GuardianKey k) { return 1u << quint32(k); };
    switch (kind) {
    case GuardianMessage::Kind::PairRequest:
        return bit(GuardianKey::Secret) | bit(GuardianKey::Name);
    case GuardianMessage::Kind::PairAccept:
    case GuardianMessage::Kind::Release:
        return bit(GuardianKey::AtMs) | bit(GuardianKey::Signature);
    case GuardianMessage::Kind::ContactAsk:
        return bit(GuardianKey::ContactId) | bit(GuardianKey::Name);
    case GuardianMessage::Kind::ContactApproved:
        return bit(GuardianKey::ContactId) | bit(GuardianKey::AtMs) | bit(GuardianKey::Signature);
    case GuardianMessage::Kind::ContactDeclined:
    case GuardianMessage::Kind::ContactRemoved:
    case GuardianMessage::Kind::Blocked:
    case GuardianMessage::Kind::Reported:
    case GuardianMessage::Kind::SharedMedia:
        return bit(GuardianKey::ContactId);
    case GuardianMessage::Kind::MediaSharingOn:
    case GuardianMessage::Kind::MediaSharingOff:
        return 0;
    case GuardianMessage::Kind::HelpRequest:
        return 0; // contactId is optional
    case GuardianMessage::Kind::QuietHours:
        return 0; // both times, or neither
    }
    return 0;
}

void writeGuardian(QCborStreamWriter &w, const GuardianMessage &g)
{
    w.startMap(1u + (g.secret.isEmpty() ? 0u : 1u) + (g.contactId.isEmpty() ? 0u : 1u) +
               (g.name.isEmpty() ? 0u : 1u) + (g.atMs ? 1u : 0u) +
               (g.signature.isEmpty() ? 0u : 1u) + (g.quietFrom ? 1u : 0u) +
               (g.quietUntil ? 1u : 0u));
    writeKey(w, GuardianKey::Kind);
    w.append(quint64(g.kind));
    if (!g.secret.isEmpty()) {
        writeKey(w, GuardianKey::Secret);
        writeBytes(w, g.secret);
    }
    if (!g.contactId.isEmpty()) {
        writeKey(w, GuardianKey::ContactId);
        writeText(w, g.contactId);
    }
    if (!g.name.isEmpty()) {
        writeKey(w, GuardianKey::Name);
        writeText(w, g.name);
    }
    if (g.atMs) {
        writeKey(w, GuardianKey::AtMs);
        w.append(quint64(*g.atMs));
    }
    if (!g.signature.isEmpty()) {
        writeKey(w, GuardianKey::Signature);
        writeBytes(w, g.signature);
    }
    if (g.quietFrom) {
        writeKey(w, GuardianKey::QuietFrom);
        w.append(quint64(*g.quietFrom));
    }
    if (g.quietUntil) {
        writeKey(w, GuardianKey::QuietUntil);
        w.append(quint64(*g.quietUntil));
    }
    w.endMap();
}

QByteArray encodeImpl(const Content &c, bool withFrankingKey)
{
    // Keys must go out in ascending order: the decoder compares bytes.
    quint64 entries = 4; // version, messageId, sentAtMs, forwardCount
    entries += withFrankingKey ? 1u : 0u;
    entries += c.body.isEmpty() ? 0u : 1u;
    entries += c.attachments.isEmpty() ? 0u : 1u;
    entries += c.expireTimerSeconds ? 1u : 0u;
    entries += c.quote ? 1u : 0u;
    entries += c.group ? 1u : 0u;
    entries += c.receipt ? 1u : 0u;
    entries += c.groupUpdate ? 1u : 0u;
    entries += c.guardian ? 1u : 0u;
    entries += c.senderKeyDistribution.isEmpty() ? 0u : 1u;
    entries += c.timerUpdate ? 1u : 0u;
    entries += c.joinRequest ? 1u : 0u;
    entries += c.resend.isEmpty() ? 0u : 1u;

    QByteArray out;
    {
        QCborStreamWriter w(&out);
        w.startMap(entries);
        writeKey(w, ContentKey::Version);
        w.append(quint64(kContentVersion));
        writeKey(w, ContentKey::MessageId);
        writeBytes(w, c.messageId);
        writeKey(w, ContentKey::SentAtMs);
        w.append(c.sentAtMs);
        if (!c.body.isEmpty()) {
            writeKey(w, ContentKey::Body);
            writeText(w, c.body);
        }
        if (!c.attachments.isEmpty()) {
            writeKey(w, ContentKey::Attachments);
            w.startArray(quint64(c.attachments.size()));
            for (const AttachmentDescriptor &a : c.attachments)
                writeAttachment(w, a);
            w.endArray();
        }
        writeKey(w, ContentKey::ForwardCount);
        w.append(quint64(c.forwardCount));
        if (withFrankingKey) {
            writeKey(w, ContentKey::FrankingKey);
            writeBytes(w, c.frankingKey);
        }
        if (c.expireTimerSeconds) {
            writeKey(w, ContentKey::ExpireTimer);
            w.append(quint64(*c.expireTimerSeconds));
        }
        if (c.quote) {
            writeKey(w, ContentKey::Quote);
            w.startMap(kQuoteKeyCount);
            writeKey(w, QuoteKey::MessageId);
            writeBytes(w, c.quote->messageId);
            writeKey(w, QuoteKey::AuthorId);
            writeBytes(w, c.quote->authorId);
            writeKey(w, QuoteKey::Excerpt);
            writeText(w, c.quote->excerpt);
            w.endMap();
        }
        if (c.group) {
            writeKey(w, ContentKey::Group);
            w.startMap(kGroupKeyCount);
            writeKey(w, GroupKey::GroupId);
            writeBytes(w, c.group->groupId);
            writeKey(w, GroupKey::Revision);
            w.append(quint64(c.group->revision));
            w.endMap();
        }
        if (c.receipt) {
            writeKey(w, ContentKey::Receipt);
            writeReceipt(w, *c.receipt);
        }
        if (c.groupUpdate) {
            writeKey(w, ContentKey::GroupUpdate);
            writeGroupUpdate(w, *c.groupUpdate);
        }
        if (!c.senderKeyDistribution.isEmpty()) {
            writeKey(w, ContentKey::SenderKey);
            writeBytes(w, c.senderKeyDistribution);
        }
        if (c.timerUpdate) {
            writeKey(w, ContentKey::TimerUpdate);
            w.append(true);
        }
        if (c.joinRequest) {
            writeKey(w, ContentKey::JoinRequest);
            w.startMap(kJoinRequestKeyCount);
            writeKey(w, JoinRequestKey::GroupId);
            writeBytes(w, c.joinRequest->groupId);
            writeKey(w, JoinRequestKey::Token);
            writeBytes(w, c.joinRequest->token);
            w.endMap();
        }
        if (c.guardian) {
            writeKey(w, ContentKey::Guardian);
            writeGuardian(w, *c.guardian);
        }
        if (!c.resend.isEmpty()) {
            writeKey(w, ContentKey::Resend);
            writeBytes(w, c.resend);
        }
        w.endMap();
    }
    return out;
}

// ---- Decoding -----------------------------------------------------------------

qsizetype codePointCount(const QString &s)
{
    qsizetype n = 0;
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s.at(i).isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate())
            ++i;
        ++n;
    }
    return n;
}

// `where` names the field for the error detail, e.g. "key 4[2].1 (attachment key)".
// It never includes a value: values may be message content or key material.
Error malformed(const QString &where, QLatin1String what)
{
    return makeError(ErrorCode::Malformed,
                     QStringLiteral("content ") + where + QLatin1Char(' ') + what);
}

QString keyName(const QString &prefix, qint64 key, QLatin1String name)
{
    return QStringLiteral("key ") + prefix + QString::number(key) + QStringLiteral(" (") + name +
           QLatin1Char(')');
}

Result<QByteArray> bytesField(const QCborValue &v, const QString &where, qsizetype minSize,
                              qsizetype maxSize)
{
    if (!v.isByteArray())
        return malformed(where, QLatin1String("is not a byte string"));
    QByteArray b = v.toByteArray();
    if (b.size() < minSize || b.size() > maxSize)
        return malformed(where, QLatin1String("has the wrong size"));
    return b;
}

Result<QString> textField(const QCborValue &v, const QString &where, qsizetype maxCodePoints)
{
    if (!v.isString())
        return malformed(where, QLatin1String("is not a text string"));
    QString s = v.toString();
    if (codePointCount(s) > maxCodePoints)
        return malformed(where, QLatin1String("is too long"));
    return s;
}

Result<quint64> uintField(const QCborValue &v, const QString &where, quint64 max)
{
    // Unsigned integers above INT64_MAX come out of QCborValue as doubles and
    // fail here; they are out of every bound anyway.
    if (!v.isInteger() || v.toInteger() < 0)
        return malformed(where, QLatin1String("is not an unsigned integer"));
    const auto u = quint64(v.toInteger());
    if (u > max)
        return malformed(where, QLatin1String("is out of range"));
    return u;
}

// Walks a map with small unsigned integer keys, rejecting anything that is
// not a map, non-integer, unknown or duplicate keys, and hands each entry to
// `field`. Returns the bit set of the keys seen.
template <typename Field>
Result<quint32> walkRecord(const QCborValue &v, const QString &where, const QString &prefix,
                           int keyCount, Field &&field)
{
    if (!v.isMap())
        return malformed(where, QLatin1String("is not a map"));
    const QCborMap map = v.toMap();
    quint32 seen = 0;
    for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
        const QCborValue k = it.key();
        if (!k.isInteger())
            return malformed(where, QLatin1String("has a key that is not an integer"));
        const qint64 key = k.toInteger();
        if (key < 0 || key >= keyCount)
            return malformed(QStringLiteral("key ") + prefix + QString::number(key),
                             QLatin1String("is unknown"));
        const quint32 bit = 1u << quint32(key);
        if (seen & bit)
            return malformed(QStringLiteral("key ") + prefix + QString::number(key),
                             QLatin1String("is duplicated"));
        seen |= bit;
        Result<void> r = field(key, it.value());
        if (!r)
            return r.error();
    }
    return seen;
}

Result<void> requireAll(quint32 seen, int keyCount, const QString &prefix)
{
    for (int k = 0; k < keyCount; ++k) {
        if (!(seen & (1u << quint32(k))))
            return malformed(QStringLiteral("key ") + prefix + QString::number(k),
                             QLatin1String("is missing"));
    }
    return {};
}

Result<AttachmentDescriptor> parseAttachment(const QCborValue &v, const QString &prefix)
{
    AttachmentDescriptor a;
    QString where = QStringLiteral("key ") + prefix;
    where.chop(1);
    where += QStringLiteral(" (attachment)");
    auto field = [&](qint64 key, const QCborValue &value) -> Result<void> {
        switch (AttachmentKey(key)) {
        case AttachmentKey::BlobId: {
            auto r =
                bytesField(value, keyName(prefix, key, QLatin1String("blobId")), 1, kMaxBlobIdSize);
            if (!r)
                return r.error();
            a.blobId = std::move(r).value();
            return {};
        }
        case AttachmentKey::Key: {
            auto r = bytesField(value, keyName(prefix, key, QLatin1String("attachment key")),
                                kAttachmentKeySize, kAttachmentKeySize);
            if (!r)
                return r.error();
            a.key = std::move(r).value();
            return {};
        }
        case AttachmentKey::PlaintextSha256: {
            auto r = bytesField(value, keyName(prefix, key, QLatin1String("plaintextSha256")),
                                kAttachmentHashSize, kAttachmentHashSize);
            if (!r)
                return r.error();
            a.plaintextSha256 = std::move(r).value();
            return {};
        }
        case AttachmentKey::Size: {
            auto r =
                uintField(value, keyName(prefix, key, QLatin1String("size")), kMaxAttachmentSize);
            if (!r)
                return r.error();
            a.size = r.value();
            return {};
        }
        case AttachmentKey::MimeType: {
            auto r = textField(value, keyName(prefix, key, QLatin1String("mimeType")),
                               kMaxMimeTypeChars);
            if (!r)
                return r.error();
            a.mimeType = std::move(r).value();
            return {};
        }
        case AttachmentKey::FileName: {
            auto r = textField(value, keyName(prefix, key, QLatin1String("fileName")),
                               kMaxFileNameChars);
            if (!r)
                return r.error();
            a.fileName = std::move(r).value();
            return {};
        }
        }
        return {};
    };
    auto seen = walkRecord(v, where, prefix, kAttachmentKeyCount, field);
    if (!seen)
        return seen.error();
    if (auto r = requireAll(seen.value(), kAttachmentKeyCount, prefix); !r)
        return r.error();
    return a;
}

Result<Quote> parseQuote(const QCborValue &v)
{
    Quote q;
    const QString prefix = QStringLiteral("8.");
    auto field = [&](qint64 key, const QCborValue &value) -> Result<void> {
        switch (QuoteKey(key)) {
        case QuoteKey::MessageId: {
            auto r = bytesField(value, keyName(prefix, key, QLatin1String("quote messageId")),
                                kMessageIdSize, kMessageIdSize);
            if (!r)
                return r.error();
            q.messageId = std::move(r).value();
            return {};
        }
        case QuoteKey::AuthorId: {
            auto r = bytesField(value, keyName(prefix, key, QLatin1String("quote authorId")), 1,
                                kMaxAuthorIdSize);
            if (!r)
                return r.error();
            q.authorId = std::move(r).value();
            return {};
        }
        case QuoteKey::Excerpt: {
            auto r = textField(value, keyName(prefix, key, QLatin1String("quote excerpt")),
                               kMaxQuoteExcerptChars);
            if (!r)
                return r.error();
            q.excerpt = std::move(r).value();
            return {};
        }
        }
        return {};
    };
    const QString where = QStringLiteral("key 8 (quote)");
    auto seen = walkRecord(v, where, prefix, kQuoteKeyCount, field);
    if (!seen)
        return seen.error();
    if (auto r = requireAll(seen.value(), kQuoteKeyCount, prefix); !r)
        return r.error();
    return q;
}

Result<GroupContext> parseGroup(const QCborValue &v)
{
    GroupContext g;
    const QString prefix = QStringLiteral("9.");
    auto field = [&](qint64 key, const QCborValue &value) -> Result<void> {
        switch (GroupKey(key)) {
        case GroupKey::GroupId: {
            auto r = bytesField(value, keyName(prefix, key, QLatin1String("groupId")),
                                kMinGroupIdSize, kMaxGroupIdSize);
            if (!r)
                return r.error();
            g.groupId = std::move(r).value();
            return {};
        }
        case GroupKey::Revision: {
            auto r =
                uintField(value, keyName(prefix, key, QLatin1String("group revision")), kMaxUint32);
            if (!r)
                return r.error();
            g.revision = quint32(r.value());
            return {};
        }
        }
        return {};
    };
    const QString where = QStringLiteral("key 9 (group)");
    auto seen = walkRecord(v, where, prefix, kGroupKeyCount, field);
    if (!seen)
        return seen.error();
    if (auto r = requireAll(seen.value(), kGroupKeyCount, prefix); !r)
        return r.error();
    return g;
}

Result<Receipt> parseReceipt(const QCborValue &v)
{
    Receipt receipt;
    const QString prefix = QStringLiteral("10.");
    auto field = [&](qint64 key, const QCborValue &value) -> Result<void> {
        switch (ReceiptKey(key)) {
        case ReceiptKey::Type: {
            const QString where = keyName(prefix, key, QLatin1String("receipt type"));
            auto r = uintField(value, where, quint64(Receipt::Type::Read));
            if (!r)
                return r.error();
            if (r.value() < quint64(Receipt::Type::Delivered))
                return malformed(where, QLatin1String("is out of range"));
            receipt.type = Receipt::Type(r.value());
            return {};
        }
        case ReceiptKey::MessageIds: {
            const QString where = keyName(prefix, key, QLatin1String("receipt messageIds"));
            if (!value.isArray())
                return malformed(where, QLatin1String("is not an array"));
            const QCborArray list = value.toArray();
            if (list.isEmpty())
                return malformed(where, QLatin1String("is empty"));
            if (list.size() > kMaxReceiptIds)
                return malformed(where, QLatin1String("has too many entries"));
            for (qsizetype i = 0; i < list.size(); ++i) {
                auto id = bytesField(list.at(i),
                                     QStringLiteral("key 10.1[") + QString::number(i) +
                                         QStringLiteral("] (receipt messageId)"),
                                     kMessageIdSize, kMessageIdSize);
                if (!id)
                    return id.error();
                receipt.messageIds.append(std::move(id).value());
            }
            return {};
        }
        }
        return {};
    };
    const QString where = QStringLiteral("key 10 (receipt)");
    auto seen = walkRecord(v, where, prefix, kReceiptKeyCount, field);
    if (!seen)
        return seen.error();
    if (auto r = requireAll(seen.value(), kReceiptKeyCount, prefix); !r)
        return r.error();
    return receipt;
}

/// A Cove ID in a group update: 1..kMaxAuthorIdSize ASCII characters.
Result<QString> asciiIdField(const QCborValue &value, const QString &name)
{
    auto r = textField(value, name, kMaxAuthorIdSize);
    if (!r)
        return r.error();
    const QString &id = r.value();
    if (id.isEmpty())
        return malformed(name, QLatin1String("is empty"));
    for (const QChar ch : id) {
        if (ch.unicode() > 0x7f)
            return malformed(name, QLatin1String("is not ASCII"));
    }
    return r;
}

Result<GroupMember> parseMember(const QCborValue &v, const QString &prefix)
{
    GroupMember m;
    QString where = QStringLiteral("key ") + prefix;
    where.chop(1);
    where += QStringLiteral(" (member)");
    auto field = [&](qint64 key, const QCborValue &value) -> Result<void> {
        switch (MemberKey(key)) {
        case MemberKey::CoveId: {
            auto r = asciiIdField(value, keyName(prefix, key, QLatin1String("member coveId")));
            if (!r)
                return r.error();
            m.coveId = std::move(r).value();
            return {};
        }
        case MemberKey::Role: {
            const QString name = keyName(prefix, key, QLatin1String("member role"));
            auto r = uintField(value, name, quint64(GroupMember::Role::Admin));
            if (!r)
                return r.error();
            if (r.value() < quint64(GroupMember::Role::Member))
                return malformed(name, QLatin1String("is out of range"));
            m.role = GroupMember::Role(r.value());
            return {};
        }
        }
        return {};
    };
    auto seen = walkRecord(v, where, prefix, kMemberKeyCount, field);
    if (!seen)
        return seen.error();
    if (auto r = requireAll(seen.value(), kMemberKeyCount, prefix); !r)
        return r.error();
    return m;
}

Result<GroupUpdate> parseGroupUpdate(const QCborValue &v)
{
    GroupUpdate u;
    const QString prefix = QStringLiteral("11.");
    auto field = [&](qint64 key, const QCborValue &value) -> Result<void> {
        switch (GroupUpdateKey(key)) {
        case GroupUpdateKey::Name: {
            auto r = textField(value, keyName(prefix, key, QLatin1String("group name")),
                               kMaxGroupNameChars);
            if (!r)
                return r.error();
            u.name = std::move(r).value();
            return {};
        }
        case GroupUpdateKey::Members: {
            const QString where = keyName(prefix, key, QLatin1String("group members"));
            if (!value.isArray())
                return malformed(where, QLatin1String("is not an array"));
            const QCborArray list = value.toArray();
            if (list.isEmpty())
                return malformed(where, QLatin1String("is empty"));
            if (list.size() > kMaxGroupMembers)
                return malformed(where, QLatin1String("has too many entries"));
            for (qsizetype i = 0; i < list.size(); ++i) {
                auto m = parseMember(list.at(i), QStringLiteral("11.1[") + QString::number(i) +
                                                     QStringLiteral("]."));
                if (!m)
                    return m.error();
                // Cove IDs are ASCII, so comparing UTF-16 code units orders
                // them as their UTF-8 bytes.
                if (!u.members.isEmpty() && !(u.members.last().coveId < m.value().coveId))
                    return malformed(where, QLatin1String("is not strictly sorted by Cove ID"));
                u.members.append(std::move(m).value());
            }
            return {};
        }
        case GroupUpdateKey::Permissions: {
            const QString where = keyName(prefix, key, QLatin1String("group permissions"));
            // 0 is written by leaving the key out: one encoding per state.
            if (!value.isInteger() || value.toInteger() < 1 ||
                value.toInteger() > GroupUpdate::kKnownPermissions)
                return malformed(where, QLatin1String("is out of range"));
            u.permissions = quint8(value.toInteger());
            return {};
        }
        case GroupUpdateKey::InviteToken: {
            auto r = bytesField(value, keyName(prefix, key, QLatin1String("invite token")),
                                kInviteTokenSize, kInviteTokenSize);
            if (!r)
                return r.error();
            u.inviteToken = std::move(r).value();
            return {};
        }
        case GroupUpdateKey::InviteApproval: {
            const QString where = keyName(prefix, key, QLatin1String("invite approval"));
            if (!value.isTrue())
                return malformed(where, QLatin1String("is not true; false is omitted"));
            u.inviteApproval = true;
            return {};
        }
        case GroupUpdateKey::Creator: {
            const QString name = keyName(prefix, key, QLatin1String("group creator"));
            auto r = asciiIdField(value, name);
            if (!r)
                return r.error();
            u.creator = std::move(r).value();
            return {};
        }
        }
        return {};
    };
    const QString where = QStringLiteral("key 11 (groupUpdate)");
    auto seen = walkRecord(v, where, prefix, kGroupUpdateKeyCount, field);
    if (!seen)
        return seen.error();
    if (auto r = requireAll(seen.value(), kGroupUpdateRequiredKeys, prefix); !r)
        return r.error();
    if (u.inviteApproval && u.inviteToken.isEmpty())
        return malformed(QStringLiteral("key 11.4 (invite approval)"),
                         QLatin1String("needs key 11.3 (invite token)"));
    return u;
}

Result<JoinRequest> parseJoinRequest(const QCborValue &v)
{
    JoinRequest j;
    const QString prefix = QStringLiteral("14.");
    auto field = [&](qint64 key, const QCborValue &value) -> Result<void> {
        switch (JoinRequestKey(key)) {
        case JoinRequestKey::GroupId: {
            auto r = bytesField(value, keyName(prefix, key, QLatin1String("join groupId")),
                                kMinGroupIdSize, kMaxGroupIdSize);
            if (!r)
                return r.error();
            j.groupId = std::move(r).value();
            return {};
        }
        case JoinRequestKey::Token: {
            auto r = bytesField(value, keyName(prefix, key, QLatin1String("join token")),
                                kInviteTokenSize, kInviteTokenSize);
            if (!r)
                return r.error();
            j.token = std::move(r).value();
            return {};
        }
        }
        return {};
    };
    auto seen =
        walkRecord(v, QStringLiteral("key 14 (joinRequest)"), prefix, kJoinRequestKeyCount, field);
    if (!seen)
        return seen.error();
    if (auto r = requireAll(seen.value(), kJoinRequestKeyCount, prefix); !r)
        return r.error();
    return j;
}

Result<GuardianMessage> parseGuardian(const QCborValue &v)
{
    GuardianMessage g;
    const QString prefix = QStringLiteral("15.");
    auto field = [&](qint64 key, const QCborValue &value) -> Result<void> {
        switch (GuardianKey(key)) {
        case GuardianKey::Kind: {
            auto r = uintField(value, keyName(prefix, key, QLatin1String("guardian kind")),
                               GuardianMessage::kLastKind);
            if (!r)
                return r.error();
            if (r.value() == 0)
                return malformed(keyName(prefix, key, QLatin1String("guardian kind")),
                                 QLatin1String("is unknown"));
            g.kind = GuardianMessage::Kind(r.value());
            return {};
        }
        case GuardianKey::Secret: {
            auto r = bytesField(value, keyName(prefix, key, QLatin1String("pairing secret")),
                                kPairingSecretSize, kPairingSecretSize);
            if (!r)
                return r.error();
            g.secret = std::move(r).value();
            return {};
        }
        case GuardianKey::ContactId: {
            auto r = asciiIdField(value, keyName(prefix, key, QLatin1String("guardian contact")));
            if (!r)
                return r.error();
            g.contactId = std::move(r).value();
            return {};
        }
        case GuardianKey::Name: {
            const QString where = keyName(prefix, key, QLatin1String("guardian name"));
            auto r = textField(value, where, kMaxGuardianNameChars);
            if (!r)
                return r.error();
            if (r.value().isEmpty())
                return malformed(where, QLatin1String("is empty; an empty name is omitted"));
            g.name = std::move(r).value();
            return {};
        }
        case GuardianKey::AtMs: {
            auto r = uintField(value, keyName(prefix, key, QLatin1String("guardian time")),
                               quint64(std::numeric_limits<qint64>::max()));
            if (!r)
                return r.error();
            g.atMs = qint64(r.value());
            return {};
        }
        case GuardianKey::Signature: {
            auto r = bytesField(value, keyName(prefix, key, QLatin1String("guardian signature")),
                                kGuardianSignatureSize, kGuardianSignatureSize);
            if (!r)
                return r.error();
            g.signature = std::move(r).value();
            return {};
        }
        case GuardianKey::QuietFrom:
        case GuardianKey::QuietUntil: {
            auto r = uintField(value, keyName(prefix, key, QLatin1String("quiet hours")),
                               GuardianMessage::kMinutesPerDay - 1);
            if (!r)
                return r.error();
            (GuardianKey(key) == GuardianKey::QuietFrom ? g.quietFrom : g.quietUntil) =
                quint32(r.value());
            return {};
        }
        }
        return {};
    };
    auto seen =
        walkRecord(v, QStringLiteral("key 15 (guardian)"), prefix, kGuardianKeyCount, field);
    if (!seen)
        return seen.error();
    if (!(seen.value() & 1u))
        return malformed(QStringLiteral("key 15.0 (guardian kind)"), QLatin1String("is missing"));
    const quint32 needed = guardianFields(g.kind);
    quint32 allowed = needed | 1u;
    // Optional: whom a call for help is about; the guardian's name on a pairing.
    if (g.kind == GuardianMessage::Kind::HelpRequest)
        allowed |= 1u << quint32(GuardianKey::ContactId);
    if (g.kind == GuardianMessage::Kind::PairAccept)
        allowed |= 1u << quint32(GuardianKey::Name);
    if (g.kind == GuardianMessage::Kind::QuietHours) {
        allowed |=
            (1u << quint32(GuardianKey::QuietFrom)) | (1u << quint32(GuardianKey::QuietUntil));
        if (g.quietFrom.has_value() != g.quietUntil.has_value() ||
            (g.quietFrom && *g.quietFrom == *g.quietUntil))
            return malformed(QStringLiteral("key 15 (guardian)"),
                             QLatin1String("quiet hours need a start and a different end"));
    }
    if ((seen.value() & needed) != needed)
        return malformed(QStringLiteral("key 15 (guardian)"),
                         QLatin1String("lacks a field its kind needs"));
    if (seen.value() & ~allowed)
        return malformed(QStringLiteral("key 15 (guardian)"),
                         QLatin1String("has a field its kind does not take"));
    return g;
}

Result<void> parseField(Content &c, qint64 key, const QCborValue &value)
{
    const QString none;
    switch (ContentKey(key)) {
    case ContentKey::Version:
        return {}; // checked before the walk
    case ContentKey::MessageId: {
        auto r = bytesField(value, keyName(none, key, QLatin1String("messageId")), kMessageIdSize,
                            kMessageIdSize);
        if (!r)
            return r.error();
        c.messageId = std::move(r).value();
        return {};
    }
    case ContentKey::SentAtMs:
        if (!value.isInteger())
            return malformed(keyName(none, key, QLatin1String("sentAtMs")),
                             QLatin1String("is not an integer"));
        c.sentAtMs = value.toInteger();
        return {};
    case ContentKey::Body: {
        const QString where = keyName(none, key, QLatin1String("body"));
        if (!value.isString())
            return malformed(where, QLatin1String("is not a text string"));
        QString body = value.toString();
        if (body.isEmpty())
            return malformed(where, QLatin1String("is empty; an empty body is omitted"));
        if (body.toUtf8().size() > kMaxBodyUtf8Bytes)
            return malformed(where, QLatin1String("is too long"));
        c.body = std::move(body);
        return {};
    }
    case ContentKey::Attachments: {
        const QString where = keyName(none, key, QLatin1String("attachments"));
        if (!value.isArray())
            return malformed(where, QLatin1String("is not an array"));
        const QCborArray list = value.toArray();
        if (list.isEmpty())
            return malformed(where, QLatin1String("is empty; no attachments are omitted"));
        if (list.size() > kMaxAttachments)
            return malformed(where, QLatin1String("has too many entries"));
        for (qsizetype i = 0; i < list.size(); ++i) {
            auto a = parseAttachment(list.at(i), QStringLiteral("4[") + QString::number(i) +
                                                     QStringLiteral("]."));
            if (!a)
                return a.error();
            c.attachments.append(std::move(a).value());
        }
        return {};
    }
    case ContentKey::ForwardCount: {
        auto r = uintField(value, keyName(none, key, QLatin1String("forwardCount")), kMaxUint32);
        if (!r)
            return r.error();
        c.forwardCount = quint32(r.value());
        return {};
    }
    case ContentKey::FrankingKey: {
        auto r = bytesField(value, keyName(none, key, QLatin1String("frankingKey")),
                            kFrankingKeySize, kFrankingKeySize);
        if (!r)
            return r.error();
        c.frankingKey = std::move(r).value();
        return {};
    }
    case ContentKey::ExpireTimer: {
        auto r = uintField(value, keyName(none, key, QLatin1String("expireTimer")), kMaxUint32);
        if (!r)
            return r.error();
        c.expireTimerSeconds = quint32(r.value());
        return {};
    }
    case ContentKey::Quote: {
        auto r = parseQuote(value);
        if (!r)
            return r.error();
        c.quote = std::move(r).value();
        return {};
    }
    case ContentKey::Group: {
        auto r = parseGroup(value);
        if (!r)
            return r.error();
        c.group = std::move(r).value();
        return {};
    }
    case ContentKey::Receipt: {
        auto r = parseReceipt(value);
        if (!r)
            return r.error();
        c.receipt = std::move(r).value();
        return {};
    }
    case ContentKey::GroupUpdate: {
        auto r = parseGroupUpdate(value);
        if (!r)
            return r.error();
        c.groupUpdate = std::move(r).value();
        return {};
    }
    case ContentKey::SenderKey: {
        auto r = bytesField(value, keyName(none, key, QLatin1String("senderKey")), 1,
                            kMaxSenderKeyDistributionSize);
        if (!r)
            return r.error();
        c.senderKeyDistribution = std::move(r).value();
        return {};
    }
    case ContentKey::TimerUpdate: {
        const QString where = keyName(none, key, QLatin1String("timerUpdate"));
        if (!value.isBool())
            return malformed(where, QLatin1String("is not a boolean"));
        if (!value.isTrue())
            return malformed(where, QLatin1String("is false; a false timerUpdate is omitted"));
        c.timerUpdate = true;
        return {};
    }
    case ContentKey::JoinRequest: {
        auto r = parseJoinRequest(value);
        if (!r)
            return r.error();
        c.joinRequest = std::move(r).value();
        return {};
    }
    case ContentKey::Guardian: {
        auto r = parseGuardian(value);
        if (!r)
            return r.error();
        c.guardian = std::move(r).value();
        return {};
    }
    case ContentKey::Resend: {
        auto r = bytesField(value, keyName(none, key, QLatin1String("resend")), kResendSize,
                            kResendSize);
        if (!r)
            return r.error();
        c.resend = std::move(r).value();
        return {};
    }
    }
    return {};
}

bool sameBytes(const QByteArray &a, QByteArrayView b)
{
    return a.size() == b.size() &&
           (a.isEmpty() || std::memcmp(a.constData(), b.data(), std::size_t(a.size())) == 0);
}

} // namespace

QByteArray encodeContent(const Content &content)
{
    return encodeImpl(content, true);
}

QByteArray committedBytes(const Content &content)
{
    return encodeImpl(content, false);
}

Result<Content> decodeContent(QByteArrayView bytes)
{
    return detail::decodeContentAs(bytes, detail::ContentForm::Full);
}

namespace detail {

Result<Content> decodeContentAs(QByteArrayView bytes, ContentForm form)
{
    if (bytes.size() > kMaxContentSize)
        return makeError(ErrorCode::TooLarge, QStringLiteral("content exceeds 256 KiB"));
    if (bytes.isEmpty())
        return makeError(ErrorCode::Malformed, QStringLiteral("content is empty"));

    QCborStreamReader reader(bytes.data(), bytes.size());
    const QCborValue root = QCborValue::fromCbor(reader);
    // Qt 6.4 can leave a half-built value behind on error (touching it, e.g.
    // with toCbor(), crashes), so the value is used only after this check.
    if (reader.lastError() != QCborError::NoError)
        return makeError(ErrorCode::Malformed, QStringLiteral("content is not valid CBOR"));
    if (reader.currentOffset() != bytes.size())
        return makeError(ErrorCode::Malformed, QStringLiteral("content has trailing bytes"));
    if (!root.isMap())
        return makeError(ErrorCode::Malformed, QStringLiteral("content is not a CBOR map"));

    // The version decides how to read everything else, so it is read first.
    const QCborMap map = root.toMap();
    const qint64 versionKey = qint64(ContentKey::Version);
    if (!map.contains(versionKey))
        return makeError(ErrorCode::Malformed,
                         QStringLiteral("content key 0 (version) is missing"));
    const QCborValue version = map.value(versionKey);
    if (!version.isInteger() || version.toInteger() < 0)
        return makeError(ErrorCode::Malformed,
                         QStringLiteral("content key 0 (version) is not an unsigned integer"));
    if (version.toInteger() != kContentVersion)
        return makeError(ErrorCode::UnsupportedVersion, QStringLiteral("content version ") +
                                                            QString::number(version.toInteger()) +
                                                            QStringLiteral(" is not supported"));

    Content c;
    auto seen =
        walkRecord(root, QStringLiteral("root"), QString(), kContentKeyCount,
                   [&c](qint64 key, const QCborValue &value) { return parseField(c, key, value); });
    if (!seen)
        return seen.error();
    for (ContentKey required : {ContentKey::MessageId, ContentKey::SentAtMs,
                                ContentKey::ForwardCount, ContentKey::FrankingKey}) {
        const bool present = seen.value() & (1u << quint32(required));
        if (required == ContentKey::FrankingKey && form == ContentForm::Committed) {
            if (present)
                return makeError(ErrorCode::Malformed,
                                 QStringLiteral("content key 6 (frankingKey) must be absent from "
                                                "committed bytes"));
            continue;
        }
        if (!present)
            return makeError(ErrorCode::Malformed, QStringLiteral("content key ") +
                                                       QString::number(int(required)) +
                                                       QStringLiteral(" is missing"));
    }
    // A group update and a sender key distribution only make sense within
    // the group (and revision) that key 9 names.
    const bool hasGroup = seen.value() & (1u << quint32(ContentKey::Group));
    if (!hasGroup && (seen.value() & (1u << quint32(ContentKey::GroupUpdate))))
        return makeError(ErrorCode::Malformed,
                         QStringLiteral("content key 11 (groupUpdate) needs key 9 (group)"));
    if (!hasGroup && (seen.value() & (1u << quint32(ContentKey::SenderKey))))
        return makeError(ErrorCode::Malformed,
                         QStringLiteral("content key 12 (senderKey) needs key 9 (group)"));

    // Every field is in bounds; now the bytes must be the one encoding of
    // these values (key order, shortest integers, definite lengths, no
    // duplicates), so that a franking commitment names exactly one content.
    if (!sameBytes(encodeImpl(c, form == ContentForm::Full), bytes))
        return makeError(ErrorCode::Malformed, QStringLiteral("content encoding is non-canonical"));
    return c;
}

} // namespace detail

Result<void> validateContent(const Content &content)
{
    auto decoded = decodeContent(encodeContent(content));
    if (!decoded)
        return decoded.error();
    if (!(decoded.value() == content))
        return makeError(ErrorCode::Malformed,
                         QStringLiteral("content text is not valid Unicode (does not round-trip)"));
    return {};
}

Content makeContent(QString body)
{
    Content c;
    c.messageId = crypto::randomByteArray(kMessageIdSize);
    c.sentAtMs = QDateTime::currentMSecsSinceEpoch();
    c.body = std::move(body);
    c.frankingKey = crypto::randomByteArray(kFrankingKeySize);
    return c;
}

} // namespace cove::protocol
