// SPDX-License-Identifier: GPL-3.0-or-later
#include "StorageError.h"

namespace cove::storage {

const char *storageErrorName(StorageErrorCode code) noexcept
{
    switch (code) {
    case StorageErrorCode::WrongPassphrase:
        return "WrongPassphrase";
    case StorageErrorCode::NotEncrypted:
        return "NotEncrypted";
    case StorageErrorCode::Corrupt:
        return "Corrupt";
    case StorageErrorCode::TooNew:
        return "TooNew";
    case StorageErrorCode::DiskFull:
        return "DiskFull";
    case StorageErrorCode::Io:
        return "Io";
    case StorageErrorCode::NotFound:
        return "NotFound";
    case StorageErrorCode::AlreadyExists:
        return "AlreadyExists";
    case StorageErrorCode::InvalidArgument:
        return "InvalidArgument";
    case StorageErrorCode::Busy:
        return "Busy";
    case StorageErrorCode::Internal:
        return "Internal";
    }
    return "Internal";
}

StorageError fromSqlite(const sqlite::Error &e, const char *what)
{
    StorageErrorCode code = StorageErrorCode::Internal;
    if (e.isFull())
        code = StorageErrorCode::DiskFull;
    else if (e.isCorrupt())
        code = StorageErrorCode::Corrupt;
    else if (e.isNotADatabase())
        code = StorageErrorCode::WrongPassphrase;
    else if (e.isBusy())
        code = StorageErrorCode::Busy;
    else if (e.isIoError())
        code = StorageErrorCode::Io;
    else if (e.isConstraint())
        code = StorageErrorCode::AlreadyExists;
    return StorageError{code, QLatin1String(what) + QStringLiteral(": ") + e.message};
}

} // namespace cove::storage
