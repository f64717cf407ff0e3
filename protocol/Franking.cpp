// SPDX-License-Identifier: GPL-3.0-or-later
#include "Franking.h"

#include "Crypto.h"

#include <QCborStreamWriter>

#include <sodium.h>

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

bool verifyFrankingTag(QByteArrayView publicKey, QByteArrayView payload, QByteArrayView tag)
{
    if (publicKey.size() != kFrankingVerifyKeySize || tag.size() != kFrankingSignatureSize)
        return false;
    return crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(tag.data()),
                                       reinterpret_cast<const unsigned char *>(payload.data()),
                                       static_cast<unsigned long long>(payload.size()),
                                       reinterpret_cast<const unsigned char *>(publicKey.data())) ==
           0;
}

} // namespace cove::protocol
