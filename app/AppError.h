// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Expected.h"

#include <QString>

namespace cove::app {

/// Why a use case failed, in terms a person can act on. `detail` is
/// developer-facing English and never holds message content or keys.
struct AppError {
    enum class Code {
        Storage,         ///< the profile's database failed (disk full, corrupt, ...)
        Protocol,        ///< encryption or decryption failed
        Network,         ///< the relay cannot be reached or answered with an error
        NotFound,        ///< no such contact, conversation, group or account
        InvalidArgument, ///< bad input from the person (e.g. a mistyped Cove ID)
        IdentityChanged, ///< the peer's safety number changed; accept it first
        NotAllowed,      ///< e.g. a non-admin changing a group
        WrongPassphrase, ///< the passphrase does not open the profile; nothing was touched
        ProfileBusy,     ///< another Cove process has the profile open
    };
    Code code = Code::Storage;
    QString detail;
    /// For Network errors the relay answered: its WireError code; else 0.
    int relayCode = 0;
};

template <typename T> using AppResult = Expected<T, AppError>;

inline AppError appError(AppError::Code code, QString detail)
{
    return AppError{code, std::move(detail)};
}

/// A failure of the profile's store (any storage error type with a detail).
template <typename StorageFailure> AppError storageAppError(const StorageFailure &e)
{
    return appError(AppError::Code::Storage, e.detail);
}

} // namespace cove::app
