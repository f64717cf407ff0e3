// SPDX-License-Identifier: GPL-3.0-or-later
#include "Settings.h"

#include "RepositorySupport.h"

namespace cove::storage {

Result<std::optional<QByteArray>> SettingsRepository::value(const QString &key)
{
    constexpr const char *what = "reading a setting";
    Result<detail::Query> q =
        detail::query(m_db, "SELECT value FROM settings WHERE key = ?1", what);
    if (!q)
        return q.error();
    (**q).bind(1, key);
    sqlite::Result<bool> row = (**q).step();
    if (!row)
        return fromSqlite(row.error(), what);
    if (!*row || (**q).isNull(0))
        return std::optional<QByteArray>();
    return std::optional<QByteArray>((**q).blob(0));
}

Result<void> SettingsRepository::setValue(const QString &key, const QByteArray &value)
{
    constexpr const char *what = "saving a setting";
    Result<detail::Query> q =
        detail::query(m_db, "INSERT OR REPLACE INTO settings (key, value) VALUES (?1, ?2)", what);
    if (!q)
        return q.error();
    (**q).bind(1, key).bindBlob(2, value);
    if (sqlite::Result<void> r = (**q).run(); !r)
        return fromSqlite(r.error(), what);
    return {};
}

} // namespace cove::storage
