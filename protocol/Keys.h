// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "Stores.h"

#include <QByteArray>
#include <QList>

#include <cstdint>
#include <optional>

namespace cove::protocol {

class Context;
class StoreContext;

inline constexpr qsizetype kPublicKeySize = 33; ///< 0x05 type byte + 32-byte Curve25519 point
inline constexpr qsizetype kPrivateKeySize = 32;
inline constexpr qsizetype kSignatureSize = 64; ///< XEdDSA
inline constexpr std::uint8_t kDjbKeyType = 0x05;
/// Prekey ids live in [1, kMaxPreKeyId] and wrap around after it.
inline constexpr std::uint32_t kMaxPreKeyId = 0xFFFFFE;

/// A public prekey as it is published: id and 33-byte public key.
struct PublicPreKey {
    std::uint32_t id = 0;
    QByteArray publicKey;
};

/// Everything a peer needs to start a session with one of our devices.
/// Every field arrives from the network; validate() before use.
struct PreKeyBundle {
    std::uint32_t registrationId = 0;
    std::int32_t deviceId = 1;
    std::optional<PublicPreKey> preKey; ///< absent when the stock ran out
    std::uint32_t signedPreKeyId = 0;
    QByteArray signedPreKey;          ///< 33 bytes
    QByteArray signedPreKeySignature; ///< 64 bytes, by the identity key
    QByteArray identityKey;           ///< 33 bytes

    /// Checks every length, the key type bytes, refuses low-order and
    /// all-zero points, ids out of range, and a signature that does not
    /// verify. Nothing from a bundle reaches libsignal before this passes.
    [[nodiscard]] Result<void> validate(Context &context) const;
};

[[nodiscard]] Result<IdentityKeyPair> generateIdentityKeyPair(Context &context);
/// A registration id in [1, 16380], as the library generates it.
[[nodiscard]] Result<std::uint32_t> generateRegistrationId(Context &context);

/// Validates a serialized public key (33 bytes, type 0x05, not a low-order point).
[[nodiscard]] Result<void> validatePublicKey(QByteArrayView key);
/// True for the Curve25519 points of small order (and their non-canonical
/// encodings), including all zeros: agreements with them are predictable.
[[nodiscard]] bool isLowOrderPoint(QByteArrayView point32);

/// Generates `count` one-time prekeys with ids continuing from the store's
/// persisted next id (wrapping past kMaxPreKeyId), stores them, persists the
/// next id, and returns their public halves.
[[nodiscard]] Result<QList<PublicPreKey>> generatePreKeys(StoreContext &store, int count);

struct SignedPreKeyInfo {
    std::uint32_t id = 0;
    QByteArray publicKey;
    QByteArray signature;
    std::uint64_t timestampMs = 0;
};

/// Generates a signed prekey with the next id, signed by the identity key.
[[nodiscard]] Result<SignedPreKeyInfo> generateSignedPreKey(StoreContext &store,
                                                            std::uint64_t nowMs);
[[nodiscard]] Result<SignedPreKeyInfo> loadSignedPreKeyInfo(StoreContext &store, std::uint32_t id);

struct RotationPolicy {
    std::uint64_t rotateAfterMs = 2ull * 24 * 3600 * 1000; ///< a new signed prekey every 2 days
    std::uint64_t keepOldMs =
        30ull * 24 * 3600 * 1000; ///< old ones answer late messages for 30 days
};

/// Keeps the signed prekey fresh: generates a new one when the newest is
/// older than the policy allows (or none exists), and removes those older
/// than keepOldMs except the newest. Returns the current one.
[[nodiscard]] Result<SignedPreKeyInfo> rotateSignedPreKey(StoreContext &store, std::uint64_t nowMs,
                                                          RotationPolicy policy = {});

/// An XEdDSA signature over `message` with the identity private key, as the
/// relay's login challenge asks for.
[[nodiscard]] Result<QByteArray> signWithIdentity(Context &context, const IdentityKeyPair &identity,
                                                  QByteArrayView message);

/// Whether `signature` is a valid XEdDSA signature over `message` by the
/// 33-byte identity key `publicKey`. False for malformed or low-order keys.
[[nodiscard]] bool verifyIdentitySignature(Context &context, QByteArrayView publicKey,
                                           QByteArrayView message, QByteArrayView signature);

/// Our own bundle for device `deviceId`, with the given one-time prekey (or none).
[[nodiscard]] Result<PreKeyBundle> localBundle(StoreContext &store, std::int32_t deviceId,
                                               std::optional<std::uint32_t> preKeyId,
                                               std::uint32_t signedPreKeyId);

} // namespace cove::protocol
