// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

namespace cove::protocol {

class Context;

/// A safety number between two identities: the 60 digits people read to
/// each other and the bytes a QR code carries. Both parties compute the same
/// digits (the two halves are ordered by identifier, not by who asks).
struct SafetyNumber {
    QString digits;       ///< 60 decimal digits, no separators
    QByteArray scannable; ///< serialized form for a QR code

    /// The digits in 12 groups of five, as people read them aloud.
    [[nodiscard]] QString grouped() const;
};

/// Iterations of SHA-512 per half, as Signal uses.
inline constexpr int kSafetyNumberIterations = 5200;

/// `localId`/`remoteId` are the stable identifiers (Cove IDs); keys are the
/// 33-byte identity public keys.
[[nodiscard]] Result<SafetyNumber> computeSafetyNumber(Context &context, const QByteArray &localId,
                                                       QByteArrayView localIdentityKey,
                                                       const QByteArray &remoteId,
                                                       QByteArrayView remoteIdentityKey);

/// Compares our scannable form with the one scanned from the peer's
/// screen: ok(true) when they match; ok(false) or FingerprintMismatch
/// (another version or identity) otherwise. Only ok(true) means "verified".
[[nodiscard]] Result<bool> compareScannable(Context &context, QByteArrayView ours,
                                            QByteArrayView scanned);

} // namespace cove::protocol
