// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Content.h"
#include "Result.h"
#include "SecureBuffer.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace cove::protocol {

/// Message franking: the sender commits to a message's content under a fresh
/// per-message key that travels inside the ciphertext; the relay signs the
/// commitment together with sender, recipient and time. A recipient who
/// reports the message discloses the opening (committed bytes and key), and
/// the moderation intake can check that the accused really sent exactly
/// those bytes, while the relay never learns anything from the commitment.

inline constexpr int kFrankingKeySize = 32;
inline constexpr int kCommitmentSize = 32;
static_assert(kResendSize == kCommitmentSize,
              "a resend request names an envelope by its commitment");

/// The commitment to `committedBytes` (see committedBytes(const Content &)):
///
///     HMAC-SHA256(key = frankingKey,
///                 message = "cove-franking-v1" || committedBytes)
///
/// where "cove-franking-v1" is those 16 ASCII bytes, without a terminator or
/// length prefix. The label separates this use of the key from any other
/// HMAC. Returns kCommitmentSize bytes, or an empty array when the key is not
/// kFrankingKeySize bytes.
[[nodiscard]] QByteArray frankingCommit(QByteArrayView frankingKey, QByteArrayView committedBytes);

/// Whether `commitment` is frankingCommit(key, committedBytes), compared in
/// constant time. False for a key or commitment of the wrong size.
[[nodiscard]] bool frankingVerify(QByteArrayView frankingKey, QByteArrayView committedBytes,
                                  QByteArrayView commitment);

/// What a report discloses about one message.
struct FrankingOpening {
    QByteArray committedBytes; ///< committedBytes() of the reported content
    QByteArray frankingKey;    ///< the message's kFrankingKeySize franking key
    QByteArray commitment;     ///< the commitment the relay's franking tag signed

    bool operator==(const FrankingOpening &) const = default;
};

/// The opening of `content`, as the reporter's device builds it (and the
/// sender's commitment is `.commitment`).
[[nodiscard]] FrankingOpening makeOpening(const Content &content);

/// Ok when the opening's key opens its commitment to its bytes. Fails with
/// InvalidArgument when the key or commitment has the wrong size, TooLarge
/// when the bytes exceed kMaxContentSize, and InvalidMac when the
/// commitment does not match.
[[nodiscard]] Result<void> verifyOpening(const FrankingOpening &opening);

/// verifyOpening(), then the committed bytes parsed as decodeContent() would
/// parse a full content, except that the franking key field must be absent.
/// The returned content carries the opening's franking key, so it equals the
/// content the sender encoded.
[[nodiscard]] Result<Content> openContent(const FrankingOpening &opening);

/// The bytes the relay signs with its Ed25519 franking key when it stamps a
/// message: the canonical CBOR array
///     [ "cove-franking-tag-v1", commitment, senderId, recipientId, serverTimeMs ]
/// (text, bytes, bytes, bytes, integer). Binding sender and recipient here is
/// what stops a reporter from attributing a genuine message to someone else.
[[nodiscard]] QByteArray frankingTagPayload(QByteArrayView commitment, QByteArrayView senderId,
                                            QByteArrayView recipientId, qint64 serverTimeMs);

/// The relay's Ed25519 franking key pair (libsodium's crypto_sign).
inline constexpr qsizetype kFrankingSigningKeySize = 64; ///< libsodium secret key (seed + public)
inline constexpr qsizetype kFrankingVerifyKeySize = 32;
inline constexpr qsizetype kFrankingSignatureSize = 64;
struct FrankingKeyPair {
    QByteArray publicKey;   ///< kFrankingVerifyKeySize bytes, published
    SecureBuffer secretKey; ///< kFrankingSigningKeySize bytes, never leaves the relay
};
[[nodiscard]] FrankingKeyPair generateFrankingKeyPair();
/// The relay's tag over frankingTagPayload(): its Ed25519 signature over
/// the payload (kFrankingSignatureSize bytes). Empty when the key is not
/// kFrankingSigningKeySize bytes.
[[nodiscard]] QByteArray signFrankingTag(const SecureBuffer &secretKey, QByteArrayView payload);

/// The tags of many messages stamped together under one signature, in the
/// payloads' order. A batch of one gets signFrankingTag(). A larger batch is
/// the leaves of a Merkle tree of depth d (the least with 2^d >= its size;
/// batches above 2^kFrankingBatchMaxDepth are split), and each message's tag
/// is its path to the signed root:
///
///     0x02 | d (1 byte) | leaf index (2 bytes, big-endian) | salt (16) |
///     Ed25519 signature over ("cove-franking-root-v2" | d | root) |
///     d sibling hashes of 32 bytes, from the leaf's level upwards
///
/// where a leaf is SHA-256(0x00 | salt | payload) with a fresh random salt
/// per message, a node SHA-256(0x01 | left | right), and a node with no leaf
/// beneath it 32 zero bytes. One signature per batch instead of one per
/// message is what lets the relay stamp tens of thousands of messages a
/// second. The salts, known only to each tag's holder, keep the other hashes
/// in a tag from being tested against guesses (the same group message goes
/// to every member with one commitment) and keep anyone from assembling a
/// tag for a payload that was stamped but never delivered. A tag also shows
/// how many messages the relay stamped in the same moment, rounded up to a
/// power of two.
[[nodiscard]] QList<QByteArray> signFrankingTags(const SecureBuffer &secretKey,
                                                 const QList<QByteArray> &payloads);
inline constexpr int kFrankingBatchMaxDepth = 10;
inline constexpr qsizetype kFrankingLeafSaltSize = 16;
inline constexpr qsizetype kFrankingBatchTagHeaderSize =
    4 + kFrankingLeafSaltSize + kFrankingSignatureSize;
inline constexpr qsizetype kFrankingTagMaxSize =
    kFrankingBatchTagHeaderSize + 32 * kFrankingBatchMaxDepth;

/// Whether `tag` has the shape of a tag from signFrankingTag() or
/// signFrankingTags(); says nothing about whether it verifies.
[[nodiscard]] bool isWellFormedFrankingTag(QByteArrayView tag);

/// Whether `tag` is the relay's tag over `payload`, in either form.
[[nodiscard]] bool verifyFrankingTag(QByteArrayView publicKey, QByteArrayView payload,
                                     QByteArrayView tag);

} // namespace cove::protocol
