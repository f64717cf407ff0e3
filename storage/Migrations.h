// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StorageError.h"

#include <QList>

namespace cove::sqlite {
class Database;
}

namespace cove::storage {

/// One step of the schema. Steps run in order, each in its own
/// transaction that ends by setting PRAGMA user_version to `version`.
struct Migration {
    int version;
    const char *sql;
};

[[nodiscard]] const QList<Migration> &migrations();
[[nodiscard]] int latestSchemaVersion();

/// Brings `db` from its user_version up to `target` (the latest by default).
/// A database newer than the code is refused with TooNew and left as it is.
[[nodiscard]] Result<void> migrate(sqlite::Database &db, int target = -1);

/// The schema as SQL text (sqlite_master, sorted), for snapshot tests.
[[nodiscard]] Result<QString> schemaDump(sqlite::Database &db);

} // namespace cove::storage
