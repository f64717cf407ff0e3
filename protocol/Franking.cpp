// SPDX-License-Identifier: GPL-3.0-or-later
#include "Franking.h"

#include "Crypto.h"

#include <QCborStreamWriter>

#include <sodium.h>

#include <algorithm>
#include <bit>
#include <optional>
#include <vector>

namespace cove::protocol {
namespace {

constexpr char kFrankingLabel[] = "cove-franking-v1";
constexpr qsizetype kFrankingLabelSize = sizeof kFrankingLabel - 1;
static_assert(kFrankingLabelSize == 16);

constexpr char kTagLabel[] = "cove-franking-tag-v1";

void writeBytes(QCborStreamWriter &w, QByteArrayView bytes)
{
    w.appendByteString(bytes.isEmpty() ? "" : bytes.data(), bytes.size());
}

} // namespace

QByteArray frankingCommit(QByteArrayView frankingKey, QByteArrayView committedBytes)
{
    if (frankingKey.size() != kFrankingKeySize)
        return {};
    QByteArray message;
    message.reserve(kFrankingLabelSize + committedBytes.size());
    message.append(kFrankingLabel, kFrankingLabelSize);
    message.append(committedBytes);
    return crypto::hmacSha256(frankingKey, message);
}

bool frankingVerify(QByteArrayView frankingKey, QByteArrayView committedBytes,
                    QByteArrayView commitment)
{
    // Sizes are public, so checking them first leaks nothing.
    if (frankingKey.size() != kFrankingKeySize || commitment.size() != kCommitmentSize)
        return false;
    const QByteArray expected = frankingCommit(frankingKey, committedBytes);
    return crypto::constantTimeEquals(expected, commitment);
}

FrankingOpening makeOpening(const Content &content)
{
    FrankingOpening opening;
    opening.committedBytes = committedBytes(content);
    opening.frankingKey = content.frankingKey;
    opening.commitment = frankingCommit(opening.frankingKey, opening.committedBytes);
    return opening;
}

Result<void> verifyOpening(const FrankingOpening &opening)
{
    if (opening.frankingKey.size() != kFrankingKeySize)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("franking key must be 32 bytes"));
    if (opening.commitment.size() != kCommitmentSize)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("franking commitment must be 32 bytes"));
    // Openings come from reporters; nothing larger can be a genuine content.
    if (opening.committedBytes.size() > kMaxContentSize)
        return makeError(ErrorCode::TooLarge, QStringLiteral("committed bytes exceed 256 KiB"));
    if (!frankingVerify(opening.frankingKey, opening.committedBytes, opening.commitment))
        return makeError(ErrorCode::InvalidMac,
                         QStringLiteral("franking commitment does not match the opening"));
    return {};
}

Result<Content> openContent(const FrankingOpening &opening)
{
    if (auto verified = verifyOpening(opening); !verified)
        return verified.error();
    auto content = detail::decodeContentAs(opening.committedBytes, detail::ContentForm::Committed);
    if (!content)
        return content.error();
    content->frankingKey = opening.frankingKey;
    return content;
}

QByteArray frankingTagPayload(QByteArrayView commitment, QByteArrayView senderId,
                              QByteArrayView recipientId, qint64 serverTimeMs)
{
    QByteArray out;
    {
        QCborStreamWriter w(&out);
        w.startArray(5);
        w.appendTextString(kTagLabel, qsizetype(sizeof kTagLabel - 1));
        writeBytes(w, commitment);
        writeBytes(w, senderId);
        writeBytes(w, recipientId);
        w.append(serverTimeMs);
        w.endArray();
    }
    return out;
}

FrankingKeyPair generateFrankingKeyPair()
{
    if (sodium_init() < 0)
        return {};
    FrankingKeyPair pair;
    pair.publicKey.resize(kFrankingVerifyKeySize);
    pair.secretKey = SecureBuffer(std::size_t(kFrankingSigningKeySize));
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(pair.publicKey.data()),
                        pair.secretKey.data());
    return pair;
}

QByteArray signFrankingTag(const SecureBuffer &secretKey, QByteArrayView payload)
{
    if (secretKey.size() != kFrankingSigningKeySize)
        return {};
    QByteArray tag(kFrankingSignatureSize, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char *>(tag.data()), nullptr,
                         reinterpret_cast<const unsigned char *>(payload.data()),
                         static_cast<unsigned long long>(payload.size()),
                         reinterpret_cast<const unsigned char *>(secretKey.view().data()));
    return tag;
}

namespace {

constexpr char kRootLabel[] = "cove-franking-root-v2";
constexpr char kBatchTagFormat = 0x02;
constexpr qsizetype kNodeSize = 32;
// Where the parts of a batch tag begin (see signFrankingTags()).
constexpr qsizetype kSaltOffset = 4;
constexpr qsizetype kSignatureOffset = kSaltOffset + kFrankingLeafSaltSize;
static_assert(kSignatureOffset + kFrankingSignatureSize == kFrankingBatchTagHeaderSize);

struct BatchTagHeader {
    int depth = 0;
    qsizetype index = 0;
};

/// The depth and leaf index of a batch tag, when its shape is right.
std::optional<BatchTagHeader> batchTagHeader(QByteArrayView tag)
{
    if (tag.size() < kFrankingBatchTagHeaderSize || tag[0] != kBatchTagFormat)
        return std::nullopt;
    const BatchTagHeader h{quint8(tag[1]), qsizetype(quint8(tag[2])) << 8 | quint8(tag[3])};
    if (h.depth < 1 || h.depth > kFrankingBatchMaxDepth ||
        tag.size() != kFrankingBatchTagHeaderSize + h.depth * kNodeSize ||
        h.index >= (qsizetype(1) << h.depth))
        return std::nullopt;
    return h;
}

QByteArray leafHash(QByteArrayView salt, QByteArrayView payload)
{
    QByteArray leaf;
    leaf.reserve(1 + salt.size() + payload.size());
    leaf.append('\x00');
    leaf.append(salt);
    leaf.append(payload);
    return crypto::sha256(leaf);
}

QByteArray nodeHash(QByteArrayView left, QByteArrayView right)
{
    QByteArray node;
    node.reserve(1 + 2 * kNodeSize);
    node.append('\x01');
    node.append(left);
    node.append(right);
    return crypto::sha256(node);
}

QByteArray rootMessage(int depth, QByteArrayView root)
{
    QByteArray message;
    message.reserve(qsizetype(sizeof kRootLabel) + kNodeSize);
    message.append(kRootLabel, qsizetype(sizeof kRootLabel - 1));
    message.append(char(depth));
    message.append(root);
    return message;
}

void signBatch(const SecureBuffer &secretKey, const QByteArray *payloads, qsizetype count,
               QList<QByteArray> &tags)
{
    if (count == 1) {
        tags.append(signFrankingTag(secretKey, payloads[0]));
        return;
    }
    const int depth = int(std::bit_width(quint32(count - 1)));
    const QByteArray none(kNodeSize, '\0');
    // levels[l] holds the nodes of level l that have a leaf beneath them.
    std::vector<QList<QByteArray>> levels(std::size_t(depth) + 1);
    QByteArray salts(count * kFrankingLeafSaltSize, Qt::Uninitialized);
    crypto::randomBytes(salts.data(), std::size_t(salts.size()));
    levels[0].reserve(count);
    for (qsizetype i = 0; i < count; ++i)
        levels[0].append(
            leafHash(salts.sliced(i * kFrankingLeafSaltSize, kFrankingLeafSaltSize), payloads[i]));
    for (std::size_t l = 0; l < std::size_t(depth); ++l) {
        const QList<QByteArray> &below = levels[l];
        QList<QByteArray> &above = levels[l + 1];
        above.reserve((below.size() + 1) / 2);
        for (qsizetype i = 0; i < below.size(); i += 2)
            above.append(nodeHash(below[i], i + 1 < below.size() ? below[i + 1] : none));
    }
    const QByteArray message = rootMessage(depth, levels[std::size_t(depth)].front());
    const QByteArray signature = signFrankingTag(secretKey, message);
    for (qsizetype i = 0; i < count; ++i) {
        QByteArray tag;
        tag.reserve(kFrankingBatchTagHeaderSize + depth * kNodeSize);
        tag.append(kBatchTagFormat);
        tag.append(char(depth));
        tag.append(char(i >> 8));
        tag.append(char(i & 0xff));
        tag.append(salts.sliced(i * kFrankingLeafSaltSize, kFrankingLeafSaltSize));
        tag.append(signature);
        Q_ASSERT(tag.size() == kFrankingBatchTagHeaderSize);
        for (std::size_t l = 0; l < std::size_t(depth); ++l) {
            const qsizetype sibling = (i >> l) ^ 1;
            const QList<QByteArray> &level = levels[l];
            tag.append(sibling < level.size() ? level[sibling] : none);
        }
        tags.append(std::move(tag));
    }
}

bool verifySignature(QByteArrayView publicKey, QByteArrayView message, QByteArrayView signature)
{
    return crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(signature.data()),
                                       reinterpret_cast<const unsigned char *>(message.data()),
                                       static_cast<unsigned long long>(message.size()),
                                       reinterpret_cast<const unsigned char *>(publicKey.data())) ==
           0;
}

} // namespace

QList<QByteArray> signFrankingTags(const SecureBuffer &secretKey, const QList<QByteArray> &payloads)
{
    QList<QByteArray> tags;
    if (secretKey.size() != kFrankingSigningKeySize)
        return tags;
    tags.reserve(payloads.size());
    constexpr qsizetype most = qsizetype(1) << kFrankingBatchMaxDepth;
    for (qsizetype from = 0; from < payloads.size(); from += most)
        signBatch(secretKey, payloads.constData() + from, std::min(most, payloads.size() - from),
                  tags);
    return tags;
}

bool isWellFormedFrankingTag(QByteArrayView tag)
{
    return tag.size() == kFrankingSignatureSize || batchTagHeader(tag).has_value();
}

bool verifyFrankingTag(QByteArrayView publicKey, QByteArrayView payload, QByteArrayView tag)
{
    if (publicKey.size() != kFrankingVerifyKeySize)
        return false;
    if (tag.size() == kFrankingSignatureSize)
        return verifySignature(publicKey, payload, tag);
    const std::optional<BatchTagHeader> header = batchTagHeader(tag);
    if (!header)
        return false;
    const auto [depth, index] = *header;
    QByteArray node = leafHash(tag.sliced(kSaltOffset, kFrankingLeafSaltSize), payload);
    for (int l = 0; l < depth; ++l) {
        const QByteArrayView sibling =
            tag.sliced(kFrankingBatchTagHeaderSize + l * kNodeSize, kNodeSize);
        node = (index >> l) & 1 ? nodeHash(sibling, node) : nodeHash(node, sibling);
    }
    return verifySignature(publicKey, rootMessage(depth, node),
                           tag.sliced(kSignatureOffset, kFrankingSignatureSize));
}

} // namespace cove::protocol
