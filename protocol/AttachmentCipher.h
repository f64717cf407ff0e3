// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QByteArrayView>

namespace cove::protocol {

/// Attachments travel as separate blobs, each encrypted under its own fresh
/// key that only the message content carries: the relay stores bytes it
/// cannot read. The blob is
///     nonce (24 bytes) || XChaCha20-Poly1305(key, nonce, plaintext)
/// with the associated data "cove-attachment-v1". The receiver also checks
/// the plaintext's SHA-256 against the content's (committed) hash.
inline constexpr qsizetype kAttachmentNonceSize = 24;
inline constexpr qsizetype kAttachmentTagSize = 16;
inline constexpr qsizetype kAttachmentOverhead = kAttachmentNonceSize + kAttachmentTagSize;

/// A fresh random kAttachmentKeySize key.
[[nodiscard]] QByteArray newAttachmentKey();
/// The blob for `plaintext`; InvalidArgument for a key of the wrong size.
[[nodiscard]] Result<QByteArray> encryptAttachment(QByteArrayView key, QByteArrayView plaintext);
/// The plaintext; InvalidMac when the blob was altered or the key is wrong.
[[nodiscard]] Result<QByteArray> decryptAttachment(QByteArrayView key, QByteArrayView blob);

} // namespace cove::protocol
