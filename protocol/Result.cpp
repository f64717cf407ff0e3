// SPDX-License-Identifier: GPL-3.0-or-later
#include "Result.h"

#include <signal_protocol.h>

namespace cove::protocol {

const char *errorCodeName(ErrorCode code) noexcept
{
    switch (code) {
    case ErrorCode::InvalidArgument:
        return "InvalidArgument";
    case ErrorCode::OutOfMemory:
        return "OutOfMemory";
    case ErrorCode::Crypto:
        return "Crypto";
    case ErrorCode::Malformed:
        return "Malformed";
    case ErrorCode::TooLarge:
        return "TooLarge";
    case ErrorCode::UnsupportedVersion:
        return "UnsupportedVersion";
    case ErrorCode::InvalidKey:
        return "InvalidKey";
    case ErrorCode::InvalidSignature:
        return "InvalidSignature";
    case ErrorCode::InvalidKeyId:
        return "InvalidKeyId";
    case ErrorCode::InvalidMac:
        return "InvalidMac";
    case ErrorCode::InvalidMessage:
        return "InvalidMessage";
    case ErrorCode::DuplicateMessage:
        return "DuplicateMessage";
    case ErrorCode::LegacyMessage:
        return "LegacyMessage";
    case ErrorCode::NoSession:
        return "NoSession";
    case ErrorCode::StaleKeyExchange:
        return "StaleKeyExchange";
    case ErrorCode::UntrustedIdentity:
        return "UntrustedIdentity";
    case ErrorCode::FingerprintMismatch:
        return "FingerprintMismatch";
    case ErrorCode::CallbackFailed:
        return "CallbackFailed";
    case ErrorCode::Unknown:
        return "Unknown";
    }
    return "Unknown";
}

Error errorFromSignal(int sgError, const char *where)
{
    ErrorCode code = ErrorCode::Unknown;
    switch (sgError) {
    case SG_ERR_NOMEM:
        code = ErrorCode::OutOfMemory;
        break;
    case SG_ERR_INVAL:
        code = ErrorCode::InvalidArgument;
        break;
    case SG_ERR_UNKNOWN:
        code = ErrorCode::Unknown;
        break;
    case SG_ERR_DUPLICATE_MESSAGE:
        code = ErrorCode::DuplicateMessage;
        break;
    case SG_ERR_INVALID_KEY:
        code = ErrorCode::InvalidKey;
        break;
    case SG_ERR_INVALID_KEY_ID:
        code = ErrorCode::InvalidKeyId;
        break;
    case SG_ERR_INVALID_MAC:
        code = ErrorCode::InvalidMac;
        break;
    case SG_ERR_INVALID_MESSAGE:
        code = ErrorCode::InvalidMessage;
        break;
    case SG_ERR_INVALID_VERSION:
        code = ErrorCode::UnsupportedVersion;
        break;
    case SG_ERR_LEGACY_MESSAGE:
        code = ErrorCode::LegacyMessage;
        break;
    case SG_ERR_NO_SESSION:
        code = ErrorCode::NoSession;
        break;
    case SG_ERR_STALE_KEY_EXCHANGE:
        code = ErrorCode::StaleKeyExchange;
        break;
    case SG_ERR_UNTRUSTED_IDENTITY:
        code = ErrorCode::UntrustedIdentity;
        break;
    case SG_ERR_VRF_SIG_VERIF_FAILED:
        code = ErrorCode::InvalidSignature;
        break;
    case SG_ERR_INVALID_PROTO_BUF:
        code = ErrorCode::Malformed;
        break;
    case SG_ERR_FP_VERSION_MISMATCH:
        code = ErrorCode::FingerprintMismatch;
        break;
    case SG_ERR_FP_IDENT_MISMATCH:
        code = ErrorCode::FingerprintMismatch;
        break;
    default:
        // Codes at or below SG_ERR_MINIMUM come from our own store callbacks.
        code = sgError <= -9999 ? ErrorCode::CallbackFailed : ErrorCode::Unknown;
        break;
    }
    return Error{code, QLatin1String(where) + QStringLiteral(": ") +
                           QLatin1String(errorCodeName(code)) + QStringLiteral(" (") +
                           QString::number(sgError) + QLatin1Char(')')};
}

} // namespace cove::protocol
