// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Expected.h"
#include "Sqlite.h"

#include <QString>

namespace cove::storage {

/// Why the store could not do something. The app turns the code into a
/// sentence for the person; the detail is for logs and never holds message
/// content, keys or passphrases.
enum class StorageErrorCode {
    WrongPassphrase, ///< the passphrase (or key) does not open this profile
    NotEncrypted,    ///< the linked SQLite is not SQLCipher: refuse to continue
    Corrupt,         ///< the database, its WAL or the key file is damaged
    TooNew,          ///< written by a newer Cove; this version must not touch it
    DiskFull,        ///< no space left; nothing committed was lost
    Io,              ///< another input/output failure
    NotFound,        ///< no such profile, message, conversation, ...
    AlreadyExists,   ///< a profile or record with this identity already exists
    InvalidArgument, ///< a caller passed something out of range
    Busy,            ///< another Cove process holds the profile
    Internal,        ///< a bug: an invariant did not hold
};

struct StorageError {
    StorageErrorCode code = StorageErrorCode::Internal;
    QString detail;
};

template <typename T> using Result = Expected<T, StorageError>;

[[nodiscard]] const char *storageErrorName(StorageErrorCode code) noexcept;

/// Classifies an SQLite error; `what` says which operation failed.
[[nodiscard]] StorageError fromSqlite(const sqlite::Error &e, const char *what);

inline StorageError storageError(StorageErrorCode code, QString detail)
{
    return StorageError{code, std::move(detail)};
}

} // namespace cove::storage
