// SPDX-License-Identifier: GPL-3.0-or-later
#include "Outbox.h"

#include "RepositorySupport.h"

namespace cove::storage {

using detail::query;

namespace {

constexpr QByteArrayView kColumns =
    "id, client_id, message_rowid, recipient, kind, content, envelope_type, ciphertext, "
    "commitment, state, attempts, created_at";

OutboxEntry readEntry(const sqlite::Statement &st)
{
    OutboxEntry e;
    e.id = st.int64(0);
    e.clientId = st.blob(1);
    if (!st.isNull(2))
        e.messageRowId = st.int64(2);
    e.recipient = st.text(3);
    e.kind = OutboxEntry::Kind(st.int64(4));
    e.content = st.blob(5);
    e.envelopeType = st.isNull(6) ? 0 : int(st.int64(6));
    e.ciphertext = st.blob(7);
    e.commitment = st.blob(8);
    e.state = OutboxEntry::State(st.int64(9));
    e.attempts = int(st.int64(10));
    e.createdAt = st.int64(11);
    return e;
}

Result<QList<OutboxEntry>> readAll(sqlite::Statement &st, const char *what)
{
    QList<OutboxEntry> out;
    for (;;) {
        sqlite::Result<bool> row = st.step();
        if (!row)
            return fromSqlite(row.error(), what);
        if (!*row)
            return out;
        out.append(readEntry(st));
    }
}

Result<void> runWrite(sqlite::Database &db, QByteArrayView sql, const char *what,
                      const std::function<void(sqlite::Statement &)> &bind)
{
    Result<detail::Query> q = query(db, sql, what);
    if (!q)
        return q.error();
    bind(**q);
    if (sqlite::Result<void> r = (**q).run(); !r)
        return fromSqlite(r.error(), what);
    return {};
}

} // namespace

Result<qint64> OutboxRepository::add(const OutboxEntry &e)
{
    const char *what = "queueing a message";
    Result<void> r = runWrite(
        m_db,
        "INSERT INTO outbox (client_id, message_rowid, recipient, kind, content, envelope_type, "
        "ciphertext, commitment, state, attempts, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        what, [&](sqlite::Statement &s) {
            s.bindBlob(1, e.clientId);
            if (e.messageRowId)
                s.bind(2, std::int64_t(*e.messageRowId));
            else
                s.bindNull(2);
            s.bind(3, e.recipient);
            s.bind(4, int(e.kind));
            detail::bindOptionalBlob(s, 5, e.content);
            if (e.envelopeType == 0)
                s.bindNull(6);
            else
                s.bind(6, e.envelopeType);
            detail::bindOptionalBlob(s, 7, e.ciphertext);
            s.bindBlob(8, e.commitment).bind(9, int(e.state)).bind(10, e.attempts);
            s.bind(11, std::int64_t(e.createdAt));
        });
    if (!r)
        return r.error();
    return qint64(m_db.lastInsertRowId());
}

Result<QList<OutboxEntry>> OutboxRepository::ready(int limit)
{
    const char *what = "reading the outbox";
    Result<detail::Query> q = query(m_db,
                                    QByteArray("SELECT " + kColumns.toByteArray() +
                                               " FROM outbox WHERE state = 0 ORDER BY id LIMIT ?"),
                                    what);
    if (!q)
        return q.error();
    (**q).bind(1, limit);
    return readAll(**q, what);
}

Result<std::optional<OutboxEntry>> OutboxRepository::findByClientId(const QByteArray &clientId)
{
    const char *what = "reading the outbox";
    Result<detail::Query> q = query(
        m_db, QByteArray("SELECT " + kColumns.toByteArray() + " FROM outbox WHERE client_id = ?"),
        what);
    if (!q)
        return q.error();
    (**q).bindBlob(1, clientId);
    Result<QList<OutboxEntry>> rows = readAll(**q, what);
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return std::optional<OutboxEntry>();
    return std::optional<OutboxEntry>(rows->constFirst());
}

Result<void> OutboxRepository::setCiphertext(qint64 id, int envelopeType,
                                             const QByteArray &ciphertext)
{
    return runWrite(m_db, "UPDATE outbox SET envelope_type = ?, ciphertext = ? WHERE id = ?",
                    "storing a ciphertext", [&](sqlite::Statement &s) {
                        s.bind(1, envelopeType).bindBlob(2, ciphertext);
                        s.bind(3, std::int64_t(id));
                    });
}

Result<void> OutboxRepository::setStateFor(const QString &recipient, OutboxEntry::State state)
{
    return runWrite(m_db, "UPDATE outbox SET state = ? WHERE recipient = ?", "updating the outbox",
                    [&](sqlite::Statement &s) { s.bind(1, int(state)).bind(2, recipient); });
}

Result<void> OutboxRepository::countAttempt(qint64 id)
{
    return runWrite(m_db, "UPDATE outbox SET attempts = attempts + 1 WHERE id = ?",
                    "updating the outbox",
                    [&](sqlite::Statement &s) { s.bind(1, std::int64_t(id)); });
}

Result<std::optional<OutboxEntry>> OutboxRepository::acknowledge(const QByteArray &clientId)
{
    Result<std::optional<OutboxEntry>> entry = findByClientId(clientId);
    if (!entry || !entry->has_value())
        return entry;
    Result<void> r =
        runWrite(m_db, "DELETE FROM outbox WHERE client_id = ?", "removing a sent message",
                 [&](sqlite::Statement &s) { s.bindBlob(1, clientId); });
    if (!r)
        return r.error();
    return entry;
}

Result<qint64> OutboxRepository::remainingFor(qint64 messageRowId)
{
    const char *what = "reading the outbox";
    Result<detail::Query> q =
        query(m_db, "SELECT count(*) FROM outbox WHERE message_rowid = ?", what);
    if (!q)
        return q.error();
    (**q).bind(1, std::int64_t(messageRowId));
    sqlite::Result<bool> row = (**q).step();
    if (!row)
        return fromSqlite(row.error(), what);
    return qint64((**q).int64(0));
}

Result<qint64> OutboxRepository::count()
{
    sqlite::Result<std::int64_t> n = m_db.queryInt("SELECT count(*) FROM outbox");
    if (!n)
        return fromSqlite(n.error(), "reading the outbox");
    return qint64(*n);
}

} // namespace cove::storage
