// SPDX-License-Identifier: GPL-3.0-or-later
#include "InviteLink.h"

#include "Content.h"
#include "CoveId.h"
#include "Guardian.h"

namespace cove::protocol {
namespace {

constexpr auto kBase64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
const QString kScheme = QStringLiteral("cove://");
const QString kContactKind = QStringLiteral("contact");
const QString kGroupKind = QStringLiteral("group");
const QString kGuardianKind = QStringLiteral("guardian");

Error bad(const QString &what)
{
    return makeError(ErrorCode::Malformed, what);
}

/// Strict base64url: only its alphabet, no padding, and the one encoding of
/// the bytes (no stray bits in the last character).
std::optional<QByteArray> fromBase64Url(QStringView text)
{
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (!((c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') ||
              c == u'-' || c == u'_'))
            return std::nullopt;
    }
    const QByteArray encoded = text.toLatin1();
    QByteArray::FromBase64Result decoded = QByteArray::fromBase64Encoding(
        encoded, kBase64Url | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.toBase64(kBase64Url) != encoded)
        return std::nullopt;
    return decoded.decoded;
}

} // namespace

QString formatContactLink(const QString &coveId)
{
    return kScheme + kContactKind + u'/' + coveId;
}

QString formatGroupLink(const GroupLink &link)
{
    return kScheme + kGroupKind + u'/' + QString::fromLatin1(link.groupId.toBase64(kBase64Url)) +
           u'/' + link.adminId + u'/' + QString::fromLatin1(link.token.toBase64(kBase64Url));
}

QString formatGuardianLink(const GuardianLink &link)
{
    return kScheme + kGuardianKind + u'/' + link.guardianId + u'/' +
           QString::fromLatin1(link.secret.toBase64(kBase64Url));
}

QString formatInviteLink(const InviteLink &link)
{
    if (const auto *contact = std::get_if<ContactLink>(&link))
        return formatContactLink(contact->coveId);
    if (const auto *group = std::get_if<GroupLink>(&link))
        return formatGroupLink(*group);
    return formatGuardianLink(std::get<GuardianLink>(link));
}

Result<InviteLink> parseInviteLink(QStringView text)
{
    text = text.trimmed();
    if (text.size() > kMaxInviteLinkChars)
        return bad(QStringLiteral("the link is too long"));
    if (!text.startsWith(kScheme, Qt::CaseInsensitive))
        return bad(QStringLiteral("not a Cove link (cove://…)"));
    const QList<QStringView> parts = text.mid(kScheme.size()).split(u'/');
    const QStringView kind = parts.constFirst();
    if (kind.compare(kContactKind, Qt::CaseInsensitive) == 0) {
        if (parts.size() != 2)
            return bad(QStringLiteral("a contact link has one part after the kind"));
        const QString id = normalizeCoveId(parts.at(1).toString());
        if (id.isEmpty())
            return bad(QStringLiteral("the link's Cove ID is not valid"));
        return InviteLink{ContactLink{id}};
    }
    if (kind.compare(kGroupKind, Qt::CaseInsensitive) == 0) {
        if (parts.size() != 4)
            return bad(QStringLiteral("a group link has three parts after the kind"));
        GroupLink link;
        const std::optional<QByteArray> groupId = fromBase64Url(parts.at(1));
        if (!groupId || groupId->size() < kMinGroupIdSize || groupId->size() > kMaxGroupIdSize)
            return bad(QStringLiteral("the link's group is not valid"));
        link.groupId = *groupId;
        link.adminId = normalizeCoveId(parts.at(2).toString());
        if (link.adminId.isEmpty())
            return bad(QStringLiteral("the link's Cove ID is not valid"));
        const std::optional<QByteArray> token = fromBase64Url(parts.at(3));
        if (!token || token->size() != kInviteTokenSize)
            return bad(QStringLiteral("the link's token is not valid"));
        link.token = *token;
        return InviteLink{link};
    }
    if (kind.compare(kGuardianKind, Qt::CaseInsensitive) == 0) {
        if (parts.size() != 3)
            return bad(QStringLiteral("a guardian link has two parts after the kind"));
        GuardianLink link;
        link.guardianId = normalizeCoveId(parts.at(1).toString());
        if (link.guardianId.isEmpty())
            return bad(QStringLiteral("the link's Cove ID is not valid"));
        const std::optional<QByteArray> secret = fromBase64Url(parts.at(2));
        if (!secret || secret->size() != kPairingSecretSize)
            return bad(QStringLiteral("the link's pairing secret is not valid"));
        link.secret = *secret;
        return InviteLink{link};
    }
    return bad(QStringLiteral("not a contact, group or guardian link"));
}

} // namespace cove::protocol
