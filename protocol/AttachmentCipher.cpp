// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttachmentCipher.h"

#include "Content.h"
#include "Crypto.h"

#include <sodium.h>

namespace cove::protocol {
namespace {

constexpr unsigned char kAssociatedData[] = "cove-attachment-v1";
constexpr unsigned long long kAssociatedDataSize = sizeof kAssociatedData - 1;

const unsigned char *uc(QByteArrayView v)
{
    return reinterpret_cast<const unsigned char *>(v.data());
}

} // namespace

QByteArray newAttachmentKey()
{
    return crypto::randomByteArray(kAttachmentKeySize);
}

Result<QByteArray> encryptAttachment(QByteArrayView key, QByteArrayView plaintext)
{
    if (key.size() != kAttachmentKeySize)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("attachment key must be 32 bytes"));
    if (sodium_init() < 0)
        return makeError(ErrorCode::Crypto, QStringLiteral("libsodium failed to start"));
    QByteArray blob(kAttachmentOverhead + plaintext.size(), Qt::Uninitialized);
    auto *out = reinterpret_cast<unsigned char *>(blob.data());
    randombytes_buf(out, std::size_t(kAttachmentNonceSize));
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(out + kAttachmentNonceSize, &written, uc(plaintext),
                                               static_cast<unsigned long long>(plaintext.size()),
                                               kAssociatedData, kAssociatedDataSize, nullptr, out,
                                               uc(key));
    blob.truncate(kAttachmentNonceSize + qsizetype(written));
    return blob;
}

Result<QByteArray> decryptAttachment(QByteArrayView key, QByteArrayView blob)
{
    if (key.size() != kAttachmentKeySize)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("attachment key must be 32 bytes"));
    if (blob.size() < kAttachmentOverhead)
        return makeError(ErrorCode::InvalidMac, QStringLiteral("attachment is truncated"));
    if (sodium_init() < 0)
        return makeError(ErrorCode::Crypto, QStringLiteral("libsodium failed to start"));
    QByteArray plaintext(blob.size() - kAttachmentOverhead, Qt::Uninitialized);
    unsigned long long written = 0;
    const int rc = crypto_aead_xchacha20poly1305_ietf_decrypt(
        reinterpret_cast<unsigned char *>(plaintext.data()), &written, nullptr,
        uc(blob) + kAttachmentNonceSize,
        static_cast<unsigned long long>(blob.size() - kAttachmentNonceSize), kAssociatedData,
        kAssociatedDataSize, uc(blob), uc(key));
    if (rc != 0)
        return makeError(ErrorCode::InvalidMac,
                         QStringLiteral("attachment does not decrypt with its key"));
    plaintext.truncate(qsizetype(written));
    return plaintext;
}

} // namespace cove::protocol
