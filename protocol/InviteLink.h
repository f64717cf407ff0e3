// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>
#include <QStringView>

#include <variant>

namespace cove::protocol {

/// Links people pass around (in a message, an e-mail, a QR code) to reach
/// someone on Cove. They carry no name and nothing else about anyone:
///
///   cove://contact/<Cove ID>
///     adds the account as a contact;
///   cove://group/<group id>/<admin's Cove ID>/<token>
///     asks that admin, one to one and end-to-end encrypted, to let the
///     holder into the group; the token (the group's current link secret)
///     proves the link is the group's own, so resetting it retires old links;
///   cove://guardian/<guardian's Cove ID>/<secret>
///     pairs a child's guarded profile with the guardian who showed it; the
///     secret (fresh for each pairing) lets the guardian's app recognise the
///     child's request.
///
/// Group ids and tokens are base64url without padding; Cove IDs are
/// canonical. Parsing accepts what people paste (surrounding spaces, any
/// case in the scheme and kind, a Cove ID with dashes) and nothing else.

inline constexpr qsizetype kMaxInviteLinkChars = 256;

struct ContactLink {
    QString coveId; ///< canonical
    bool operator==(const ContactLink &) const = default;
};

struct GroupLink {
    QByteArray groupId; ///< kMinGroupIdSize..kMaxGroupIdSize bytes
    QString adminId;    ///< canonical Cove ID of the admin asked
    QByteArray token;   ///< kInviteTokenSize bytes
    bool operator==(const GroupLink &) const = default;
};

struct GuardianLink {
    QString guardianId; ///< canonical Cove ID
    QByteArray secret;  ///< kPairingSecretSize bytes
    bool operator==(const GuardianLink &) const = default;
};

using InviteLink = std::variant<ContactLink, GroupLink, GuardianLink>;

[[nodiscard]] QString formatContactLink(const QString &coveId);
[[nodiscard]] QString formatGroupLink(const GroupLink &link);
[[nodiscard]] QString formatGuardianLink(const GuardianLink &link);
/// Any of the three.
[[nodiscard]] QString formatInviteLink(const InviteLink &link);

/// The link in `text`; Malformed (with what is wrong) for anything else.
[[nodiscard]] Result<InviteLink> parseInviteLink(QStringView text);

} // namespace cove::protocol
