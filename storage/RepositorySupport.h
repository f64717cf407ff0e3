// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Private helpers of the storage repositories.

#include "Attachments.h"
#include "Sqlite.h"
#include "StorageError.h"

#include <QStringList>

#include <optional>
#include <utility>

namespace cove::storage::detail {

// A cached statement that is reset when it goes out of scope, so that no
// read stays open on the connection (an open read holds back checkpoints).
class Query {
public:
    explicit Query(sqlite::Statement *st) : m_st(st) {}
    ~Query()
    {
        if (m_st)
            m_st->reset();
    }
    Query(Query &&other) noexcept : m_st(std::exchange(other.m_st, nullptr)) {}
    Query(const Query &) = delete;
    Query &operator=(const Query &) = delete;
    Query &operator=(Query &&) = delete;
    sqlite::Statement &operator*() const { return *m_st; }

private:
    sqlite::Statement *m_st;
};

inline Result<Query> query(sqlite::Database &db, QByteArrayView sql, const char *what)
{
    sqlite::Result<sqlite::Statement *> st = db.cached(sql);
    if (!st)
        return fromSqlite(st.error(), what);
    return Query(*st);
}

// SAVEPOINT rather than BEGIN: it nests inside a caller's transaction
// (BEGIN would fail there) and acts as a transaction on its own.
class Savepoint {
public:
    static Result<Savepoint> begin(sqlite::Database &db)
    {
        if (sqlite::Result<void> r = db.exec("SAVEPOINT cove_repository"); !r)
            return fromSqlite(r.error(), "starting a savepoint");
        return Savepoint(&db);
    }
    ~Savepoint()
    {
        if (m_db) {
            (void)m_db->exec("ROLLBACK TO cove_repository");
            (void)m_db->exec("RELEASE cove_repository");
        }
    }
    Savepoint(Savepoint &&other) noexcept : m_db(std::exchange(other.m_db, nullptr)) {}
    Savepoint(const Savepoint &) = delete;
    Savepoint &operator=(const Savepoint &) = delete;
    Savepoint &operator=(Savepoint &&) = delete;

    [[nodiscard]] Result<void> release()
    {
        if (sqlite::Result<void> r = m_db->exec("RELEASE cove_repository"); !r)
            return fromSqlite(r.error(), "committing");
        m_db = nullptr;
        return {};
    }

private:
    explicit Savepoint(sqlite::Database *db) : m_db(db) {}
    sqlite::Database *m_db;
};

// Runs a statement without results; returns how many rows it changed.
template <typename Bind>
inline Result<int> change(sqlite::Database &db, QByteArrayView sql, const char *what, Bind bind)
{
    Result<Query> q = query(db, sql, what);
    if (!q)
        return q.error();
    bind(**q);
    if (sqlite::Result<void> r = (**q).run(); !r)
        return fromSqlite(r.error(), what);
    return db.changes();
}

// Runs a query and reads every row with `read`.
template <typename T, typename Bind, typename Read>
inline Result<QList<T>> readAll(sqlite::Database &db, QByteArrayView sql, const char *what,
                                Bind bind, Read read)
{
    Result<Query> q = query(db, sql, what);
    if (!q)
        return q.error();
    bind(**q);
    QList<T> out;
    for (;;) {
        sqlite::Result<bool> row = (**q).step();
        if (!row)
            return fromSqlite(row.error(), what);
        if (!*row)
            return out;
        out.append(read(**q));
    }
}

template <typename T, typename Bind, typename Read>
inline Result<std::optional<T>> readOne(sqlite::Database &db, QByteArrayView sql, const char *what,
                                        Bind bind, Read read)
{
    Result<QList<T>> rows = readAll<T>(db, sql, what, bind, read);
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return std::optional<T>();
    return std::optional<T>(std::move(rows->first()));
}

inline void bindNothing(sqlite::Statement &) {}

/// Binds NULL for an empty byte array (optional key and tag columns).
inline void bindOptionalBlob(sqlite::Statement &st, int index, const QByteArray &bytes)
{
    if (bytes.isEmpty())
        st.bindNull(index);
    else
        st.bindBlob(index, bytes);
}

/// Removes from `files` those an attachment row still refers to (a
/// forwarded copy), so only files nothing points at are deleted.
inline Result<void> keepOnlyUnreferenced(sqlite::Database &db, QStringList &files, const char *what)
{
    for (qsizetype i = files.size() - 1; i >= 0; --i) {
        Result<Query> q =
            query(db, "SELECT 1 FROM attachments WHERE local_file = ?1 LIMIT 1", what);
        if (!q)
            return q.error();
        (**q).bind(1, files[i]);
        sqlite::Result<bool> row = (**q).step();
        if (!row)
            return fromSqlite(row.error(), what);
        if (*row)
            files.removeAt(i);
    }
    return {};
}

/// Deletes attachment files once their rows are gone. Files go after the
/// rows: a crash in between leaves only ciphertext whose key is gone
/// (AttachmentStore::removeUnreferenced() deletes it later), never a row
/// pointing at a missing file. Without a store the files are left for that.
inline void removeFilesAfterRows(AttachmentStore *store, const QStringList &files)
{
    if (!store)
        return;
    for (const QString &f : files)
        (void)store->remove(f);
}

} // namespace cove::storage::detail
