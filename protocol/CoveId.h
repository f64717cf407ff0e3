// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>

namespace cove::protocol {

/// A Cove ID names an account: it is derived from the account's identity
/// public key, so whoever holds an ID can check that a key belongs to it,
/// and a relay cannot substitute another key without finding a second
/// preimage of 80 bits.
///
/// Form: 18 characters of Crockford base32 (0-9, A-Z without I, L, O, U):
/// 16 encode the first 80 bits of SHA-256("cove-id-v1" || identityKey), and
/// 2 are a 10-bit checksum over those 16, so a mistyped character or two
/// swapped neighbours are caught before anything is looked up. Shown in
/// groups of four ("7G3K-Q9XM-2PVD-H4TW-8N"); people may type it in any
/// case, with spaces or dashes, and with O for 0 and I or L for 1.
inline constexpr qsizetype kCoveIdLength = 18;

/// The canonical Cove ID (18 upper-case characters) of a 33-byte identity
/// key; empty when the key is not 33 bytes.
[[nodiscard]] QString coveIdForIdentityKey(QByteArrayView identityKey);

/// `typed` in canonical form when it is a well-formed Cove ID (checksum
/// included), else an empty string.
[[nodiscard]] QString normalizeCoveId(const QString &typed);

/// Whether `coveId` is already canonical and well-formed.
[[nodiscard]] bool isCanonicalCoveId(const QString &coveId);

/// Whether `identityKey` is the key `coveId` was derived from.
[[nodiscard]] bool coveIdMatchesKey(const QString &coveId, QByteArrayView identityKey);

/// The canonical ID grouped in fours for people to read, e.g.
/// "8E2D-YD8R-T7W1-J7XG-E3".
[[nodiscard]] QString displayCoveId(const QString &coveId);

} // namespace cove::protocol
