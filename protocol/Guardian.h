// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace cove::protocol {

class Context;

/// Guarded mode: what a guardian's identity key signs, so that the child's
/// app and the relay can both check that an approval is the guardian's own.
///
/// Each statement is a canonical CBOR array beginning with a label naming
/// its kind and version, so a signature over one can never be passed off as
/// another (nor as the relay's login answer, "cove-auth-v1"). Every
/// statement names the child by identity key: an approval for one child is
/// worthless for another.
///
///   link     [ "cove-guardian-link-v1", childKey, guardianKey, linkedAtMs ]
///            the guardian governs this child's account from linkedAtMs on;
///   approval [ "cove-guardian-approval-v1", childKey, contactId, approvedAtMs ]
///            the child may exchange messages with contactId;
///   release  [ "cove-guardian-release-v1", childKey, linkedAtMs ]
///            the guardian ends the link made at linkedAtMs (so a release
///            cannot end a later link).

[[nodiscard]] QByteArray guardianLinkPayload(QByteArrayView childKey, QByteArrayView guardianKey,
                                             qint64 linkedAtMs);
[[nodiscard]] QByteArray guardianApprovalPayload(QByteArrayView childKey, const QString &contactId,
                                                 qint64 approvedAtMs);
[[nodiscard]] QByteArray guardianReleasePayload(QByteArrayView childKey, qint64 linkedAtMs);

/// Whether `signature` over `payload` is the guardian's (XEdDSA with the
/// 33-byte identity key `guardianKey`).
[[nodiscard]] bool verifyGuardianSignature(Context &context, QByteArrayView guardianKey,
                                           QByteArrayView payload, QByteArrayView signature);

/// Bytes of the pairing secret a guardian's pairing link carries.
inline constexpr qsizetype kPairingSecretSize = 16;

/// The six digits both screens show while pairing. They are derived from
/// the pairing secret and both identity keys, so a code that matches on
/// both screens means the child reached the guardian who made the link and
/// nobody sits between them.
[[nodiscard]] QString pairingCode(QByteArrayView secret, QByteArrayView guardianKey,
                                  QByteArrayView childKey);

} // namespace cove::protocol
