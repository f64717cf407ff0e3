// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RelayStorage.h"

#include <QByteArrayView>
#include <QString>

#include <memory>
#include <span>

namespace cove::sqlite {
class Database;
struct Error;
} // namespace cove::sqlite

namespace cove::relay {

/// How the relay opens a SQLCipher database of its data directory
/// (relay.db, moderation.db): what is shared between them.
struct RelayDatabaseSpec {
    QString fileName;                        ///< "relay.db"
    std::span<const char *const> migrations; ///< migration i sets user_version i + 1
    std::span<const char *const> pragmas;    ///< run after WAL is on, before migrating
    /// How long a statement waits for another connection's lock (other
    /// processes share the file); 0 fails at once with SQLITE_BUSY.
    int busyTimeoutMs = 0;
};

/// Opens `dir/spec.fileName` with the relay's raw key: created owner-only
/// (0600, before SQLite sees it) when `create` is true and it does not exist,
/// keyed and proven with the key on the first page before anything is
/// written (WrongKey, NotEncrypted without SQLCipher), switched to WAL,
/// configured with `spec.pragmas`, and migrated (TooNew for a newer schema).
[[nodiscard]] StorageResult<std::unique_ptr<sqlite::Database>>
openRelayDatabase(const QString &dir, const RelayDatabaseSpec &spec, QByteArrayView key32,
                  bool create);

/// Applies the raw key to an open connection and proves it on the first
/// page; `fileName` names the database in the error.
[[nodiscard]] StorageResult<void> keyAndVerify(sqlite::Database &db, QByteArrayView key32,
                                               const QString &fileName);

/// A StorageError for a failed SQLite call: `what` names the operation.
[[nodiscard]] StorageError storageErrorOf(const sqlite::Error &e, const char *what);

} // namespace cove::relay
