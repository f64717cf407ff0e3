// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Expected.h"

#include <QString>

#include <utility>

namespace cove::protocol {

/// Why an operation of the protocol layer failed. Every SG_ERR_* code of
/// libsignal-protocol-c maps to exactly one of these (see errorFromSignal).
enum class ErrorCode {
    InvalidArgument,     ///< a caller passed something out of range
    OutOfMemory,         ///< an allocation failed
    Crypto,              ///< the crypto provider failed (should never happen)
    Malformed,           ///< bytes from outside could not be parsed
    TooLarge,            ///< bytes from outside exceed a size bound
    UnsupportedVersion,  ///< a format or message version this build does not speak
    InvalidKey,          ///< a key is malformed, of low order, or the wrong type
    InvalidSignature,    ///< a signature over a key or a message does not verify
    InvalidKeyId,        ///< a message names a prekey, signed prekey or sender key we do not have
    InvalidMac,          ///< a message was tampered with or is for another session
    InvalidMessage,      ///< a message cannot be decrypted (including too far in the future)
    DuplicateMessage,    ///< a message was already decrypted once
    LegacyMessage,       ///< a message from a protocol version older than 3
    NoSession,           ///< no session exists with this peer
    StaleKeyExchange,    ///< an outdated key exchange message
    UntrustedIdentity,   ///< the peer's identity key changed; the person must accept it
    FingerprintMismatch, ///< two safety numbers were made for different identities or versions
    CallbackFailed,      ///< a store callback or the decryption hook reported failure
    Unknown,             ///< an error code the library added after 2.3.3
};

/// A failure with a short developer-facing detail. The detail never contains
/// message content or key material; the app layer turns the code into a
/// translated sentence for a person.
struct Error {
    ErrorCode code = ErrorCode::Unknown;
    QString detail;
};

/// Stable English name of an error code, for logs and tests.
[[nodiscard]] const char *errorCodeName(ErrorCode code) noexcept;

/// Maps an SG_ERR_* return value (negative) to an Error.
[[nodiscard]] Error errorFromSignal(int sgError, const char *where);

/// A value or an Error.
template <typename T> using Result = Expected<T, Error>;

inline Error makeError(ErrorCode code, QString detail)
{
    return Error{code, std::move(detail)};
}

} // namespace cove::protocol
