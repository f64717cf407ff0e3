// SPDX-License-Identifier: GPL-3.0-or-later
#include "Contacts.h"

#include "RepositorySupport.h"
#include "Sqlite.h"

#include <utility>

namespace cove::storage {

using detail::bindOptionalBlob;
using detail::query;
using detail::Query;
using detail::Savepoint;

namespace {

constexpr const char *kColumns = "cove_id, display_name, identity_key, added_at";

Contact readContact(const sqlite::Statement &st)
{
    Contact c;
    c.coveId = st.text(0);
    c.displayName = st.text(1);
    c.identityKey = st.blob(2);
    c.addedAt = st.int64(3);
    return c;
}

QByteArray selectContacts(const char *tail)
{
    return QByteArray("SELECT ") + kColumns + " FROM contacts " + tail;
}

} // namespace

Result<void> ContactRepository::add(const Contact &contact)
{
    constexpr const char *what = "adding a contact";
    Result<Query> q = query(m_db,
                            "INSERT INTO contacts (cove_id, display_name, identity_key, added_at) "
                            "VALUES (?1, ?2, ?3, ?4)",
                            what);
    if (!q)
        return q.error();
    sqlite::Statement &st = **q;
    st.bind(1, contact.coveId).bind(2, contact.displayName);
    bindOptionalBlob(st, 3, contact.identityKey);
    st.bind(4, std::int64_t(contact.addedAt));
    if (sqlite::Result<void> r = st.run(); !r) {
        if (r.error().isConstraint())
            return storageError(StorageErrorCode::AlreadyExists,
                                QStringLiteral("this contact is already in the address book"));
        return fromSqlite(r.error(), what);
    }
    return {};
}

Result<void> ContactRepository::save(const Contact &contact)
{
    constexpr const char *what = "saving a contact";
    // No foreign key points at contacts, so REPLACE (delete + insert) is safe.
    Result<Query> q = query(m_db,
                            "INSERT OR REPLACE INTO contacts "
                            "(cove_id, display_name, identity_key, added_at) "
                            "VALUES (?1, ?2, ?3, ?4)",
                            what);
    if (!q)
        return q.error();
    sqlite::Statement &st = **q;
    st.bind(1, contact.coveId).bind(2, contact.displayName);
    bindOptionalBlob(st, 3, contact.identityKey);
    st.bind(4, std::int64_t(contact.addedAt));
    if (sqlite::Result<void> r = st.run(); !r)
        return fromSqlite(r.error(), what);
    return {};
}

Result<void> ContactRepository::rename(const QString &coveId, const QString &displayName)
{
    constexpr const char *what = "renaming a contact";
    Result<Query> q = query(m_db, "UPDATE contacts SET display_name = ?2 WHERE cove_id = ?1", what);
    if (!q)
        return q.error();
    (**q).bind(1, coveId).bind(2, displayName);
    if (sqlite::Result<void> r = (**q).run(); !r)
        return fromSqlite(r.error(), what);
    if (m_db.changes() == 0)
        return storageError(StorageErrorCode::NotFound, QStringLiteral("no such contact"));
    return {};
}

Result<void> ContactRepository::setIdentityKey(const QString &coveId, const QByteArray &identityKey)
{
    constexpr const char *what = "updating a contact's identity key";
    Result<Query> q = query(m_db, "UPDATE contacts SET identity_key = ?2 WHERE cove_id = ?1", what);
    if (!q)
        return q.error();
    (**q).bind(1, coveId);
    bindOptionalBlob(**q, 2, identityKey);
    if (sqlite::Result<void> r = (**q).run(); !r)
        return fromSqlite(r.error(), what);
    if (m_db.changes() == 0)
        return storageError(StorageErrorCode::NotFound, QStringLiteral("no such contact"));
    return {};
}

Result<bool> ContactRepository::remove(const QString &coveId)
{
    constexpr const char *what = "removing a contact";
    Result<Query> q = query(m_db, "DELETE FROM contacts WHERE cove_id = ?1", what);
    if (!q)
        return q.error();
    (**q).bind(1, coveId);
    if (sqlite::Result<void> r = (**q).run(); !r)
        return fromSqlite(r.error(), what);
    return m_db.changes() > 0;
}

Result<std::optional<Contact>> ContactRepository::find(const QString &coveId)
{
    constexpr const char *what = "reading a contact";
    static const QByteArray sql = selectContacts("WHERE cove_id = ?1");
    Result<Query> q = query(m_db, sql, what);
    if (!q)
        return q.error();
    (**q).bind(1, coveId);
    sqlite::Result<bool> row = (**q).step();
    if (!row)
        return fromSqlite(row.error(), what);
    if (!*row)
        return std::optional<Contact>();
    return std::optional<Contact>(readContact(**q));
}

Result<QList<Contact>> ContactRepository::all()
{
    constexpr const char *what = "listing contacts";
    static const QByteArray sql = selectContacts("ORDER BY display_name, cove_id");
    Result<Query> q = query(m_db, sql, what);
    if (!q)
        return q.error();
    QList<Contact> out;
    for (;;) {
        sqlite::Result<bool> row = (**q).step();
        if (!row)
            return fromSqlite(row.error(), what);
        if (!*row)
            break;
        out.append(readContact(**q));
    }
    return out;
}

Result<qint64> ContactRepository::count()
{
    constexpr const char *what = "counting contacts";
    Result<Query> q = query(m_db, "SELECT count(*) FROM contacts", what);
    if (!q)
        return q.error();
    sqlite::Result<bool> row = (**q).step();
    if (!row)
        return fromSqlite(row.error(), what);
    return qint64((**q).int64(0));
}

} // namespace cove::storage
