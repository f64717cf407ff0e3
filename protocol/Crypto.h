// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "SecureBuffer.h"

#include <QByteArray>
#include <QByteArrayView>

struct signal_crypto_provider;

namespace cove::protocol::crypto {

/// The primitives Cove uses, on OpenSSL 3 (EVP and EVP_MAC). The same code
/// backs libsignal-protocol-c's crypto provider, so what the known-answer
/// tests prove here is what the Signal sessions run on.

inline constexpr int kSha256Size = 32;
inline constexpr int kSha512Size = 64;
inline constexpr int kAesBlockSize = 16;

/// Fills `out` with bytes from OpenSSL's CSPRNG. Aborts the process if the
/// CSPRNG fails: continuing without randomness would be worse than stopping.
void randomBytes(void *out, std::size_t size);
[[nodiscard]] QByteArray randomByteArray(qsizetype size);

[[nodiscard]] QByteArray sha256(QByteArrayView data);
[[nodiscard]] QByteArray sha512(QByteArrayView data);
[[nodiscard]] QByteArray hmacSha256(QByteArrayView key, QByteArrayView data);

/// Constant-time equality of two byte strings (false when sizes differ).
[[nodiscard]] bool constantTimeEquals(QByteArrayView a, QByteArrayView b) noexcept;

enum class AesMode { CbcPkcs7, Ctr };

/// AES with a 128-, 192- or 256-bit key (chosen by key size) and a 16-byte
/// IV or initial counter block. CBC adds and checks PKCS#7 padding; CTR
/// keeps the length. Empty input is accepted.
[[nodiscard]] Result<QByteArray> aesEncrypt(AesMode mode, QByteArrayView key, QByteArrayView iv,
                                            QByteArrayView plaintext);
[[nodiscard]] Result<QByteArray> aesDecrypt(AesMode mode, QByteArrayView key, QByteArrayView iv,
                                            QByteArrayView ciphertext);

/// The provider handed to signal_context_set_crypto_provider().
[[nodiscard]] const signal_crypto_provider &signalProvider() noexcept;

} // namespace cove::protocol::crypto
