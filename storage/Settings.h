// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StorageError.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace cove::sqlite {
class Database;
}

namespace cove::storage {

/// Small named values of a profile (the relay's address, read receipts on
/// or off, ...), kept in the encrypted store.
class SettingsRepository {
public:
    explicit SettingsRepository(sqlite::Database &db) : m_db(db) {}

    /// The value, or nullopt when it was never set.
    [[nodiscard]] Result<std::optional<QByteArray>> value(const QString &key);
    [[nodiscard]] Result<void> setValue(const QString &key, const QByteArray &value);

private:
    sqlite::Database &m_db;
};

} // namespace cove::storage
