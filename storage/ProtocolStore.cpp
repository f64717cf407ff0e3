// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProtocolStore.h"

#include "Sqlite.h"

#include <QDateTime>

namespace cove::storage {

using protocol::Address;
using protocol::SecureBuffer;
namespace pr = cove::protocol;

ProtocolStore::ProtocolStore(sqlite::Database &db) : m_db(db) {}

pr::Error ProtocolStore::fail(const sqlite::Error &e, const char *what)
{
    m_lastError = fromSqlite(e, what);
    return pr::Error{pr::ErrorCode::CallbackFailed, m_lastError->detail};
}

namespace {

// Runs a query expected to return at most one row with one blob column.
template <typename Bind>
sqlite::Result<std::optional<SecureBuffer>> loadOne(sqlite::Database &db, const char *sql,
                                                    Bind bind)
{
    sqlite::Result<sqlite::Statement *> st = db.cached(sql);
    if (!st)
        return st.error();
    bind(**st);
    sqlite::Result<bool> row = (*st)->step();
    if (!row)
        return row.error();
    std::optional<SecureBuffer> out;
    if (*row)
        out = SecureBuffer((*st)->blobView(0));
    (*st)->reset();
    return out;
}

template <typename Bind>
sqlite::Result<void> runOne(sqlite::Database &db, const char *sql, Bind bind)
{
    sqlite::Result<sqlite::Statement *> st = db.cached(sql);
    if (!st)
        return st.error();
    bind(**st);
    sqlite::Result<void> r = (*st)->run();
    (*st)->reset();
    return r;
}

template <typename Bind>
sqlite::Result<QList<std::int64_t>> listInts(sqlite::Database &db, const char *sql, Bind bind)
{
    sqlite::Result<sqlite::Statement *> st = db.cached(sql);
    if (!st)
        return st.error();
    bind(**st);
    QList<std::int64_t> out;
    for (;;) {
        sqlite::Result<bool> row = (*st)->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        out.append((*st)->int64(0));
    }
    (*st)->reset();
    return out;
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

#define COVE_TRY_SQL(expr, what)                                                                   \
    do {                                                                                           \
        if (auto r_ = (expr); !r_)                                                                 \
            return fail(r_.error(), what);                                                         \
    } while (false)

// ---- own identity ----------------------------------------------------------

Result<void> ProtocolStore::initializeIdentity(const QString &coveId, const QString &displayName,
                                               const pr::IdentityKeyPair &identity,
                                               std::uint32_t registrationId, qint64 now)
{
    sqlite::Result<void> r =
        runOne(m_db,
               "INSERT INTO own_identity (id, cove_id, display_name, public_key, private_key, "
               "registration_id, created_at) VALUES (1, ?, ?, ?, ?, ?, ?)",
               [&](sqlite::Statement &s) {
                   s.bind(1, coveId).bind(2, displayName).bindBlob(3, identity.publicKey);
                   s.bindBlob(4, identity.privateKey.view())
                       .bind(5, registrationId)
                       .bind(6, std::int64_t(now));
               });
    if (!r)
        return fromSqlite(r.error(), "storing the identity");
    return {};
}

Result<bool> ProtocolStore::hasIdentity()
{
    sqlite::Result<std::int64_t> n = m_db.queryInt("SELECT count(*) FROM own_identity");
    if (!n)
        return fromSqlite(n.error(), "reading the identity");
    return *n == 1;
}

Result<QString> ProtocolStore::displayName()
{
    sqlite::Result<sqlite::Statement *> st =
        m_db.cached("SELECT display_name FROM own_identity WHERE id = 1");
    if (!st)
        return fromSqlite(st.error(), "reading the display name");
    sqlite::Result<bool> row = (*st)->step();
    if (!row)
        return fromSqlite(row.error(), "reading the display name");
    QString name = *row ? (*st)->text(0) : QString();
    (*st)->reset();
    return name;
}

pr::Result<pr::IdentityKeyPair> ProtocolStore::identityKeyPair()
{
    sqlite::Result<sqlite::Statement *> st =
        m_db.cached("SELECT public_key, private_key FROM own_identity WHERE id = 1");
    if (!st)
        return fail(st.error(), "reading the identity");
    sqlite::Result<bool> row = (*st)->step();
    if (!row)
        return fail(row.error(), "reading the identity");
    if (!*row)
        return pr::Error{pr::ErrorCode::CallbackFailed, QStringLiteral("profile has no identity")};
    pr::IdentityKeyPair pair{(*st)->blob(0), SecureBuffer((*st)->blobView(1))};
    (*st)->reset();
    return pair;
}

pr::Result<std::uint32_t> ProtocolStore::localRegistrationId()
{
    sqlite::Result<std::int64_t> id =
        m_db.queryInt("SELECT registration_id FROM own_identity WHERE id = 1");
    if (!id)
        return fail(id.error(), "reading the registration id");
    return std::uint32_t(*id);
}

// ---- peer identities -------------------------------------------------------

pr::Result<void> ProtocolStore::saveIdentity(const Address &peer, QByteArrayView publicKey)
{
    if (publicKey.isEmpty()) {
        COVE_TRY_SQL(
            runOne(m_db, "DELETE FROM peer_identities WHERE name = ? AND device_id = ?",
                   [&](sqlite::Statement &s) { s.bindBlob(1, peer.name).bind(2, peer.deviceId); }),
            "forgetting an identity");
        return {};
    }
    // A new key resets verification: what was compared in person was the old one.
    COVE_TRY_SQL(
        runOne(m_db,
               "UPDATE peer_identities SET public_key = ?3, trust = 0, pending_key = NULL, "
               "changed_at = ?4 WHERE name = ?1 AND device_id = ?2 AND public_key != ?3",
               [&](sqlite::Statement &s) {
                   s.bindBlob(1, peer.name).bind(2, peer.deviceId).bindBlob(3, publicKey);
                   s.bind(4, std::int64_t(nowMs()));
               }),
        "saving an identity");
    COVE_TRY_SQL(
        runOne(m_db,
               "INSERT OR IGNORE INTO peer_identities (name, device_id, public_key, first_seen) "
               "VALUES (?, ?, ?, ?)",
               [&](sqlite::Statement &s) {
                   s.bindBlob(1, peer.name).bind(2, peer.deviceId).bindBlob(3, publicKey);
                   s.bind(4, std::int64_t(nowMs()));
               }),
        "saving an identity");
    return {};
}

pr::Result<std::optional<QByteArray>> ProtocolStore::peerIdentity(const Address &peer)
{
    sqlite::Result<std::optional<SecureBuffer>> key =
        loadOne(m_db, "SELECT public_key FROM peer_identities WHERE name = ? AND device_id = ?",
                [&](sqlite::Statement &s) { s.bindBlob(1, peer.name).bind(2, peer.deviceId); });
    if (!key)
        return fail(key.error(), "reading an identity");
    if (!key->has_value())
        return std::optional<QByteArray>();
    return std::optional<QByteArray>((*key)->toByteArray());
}

Result<std::optional<ProtocolStore::PeerIdentity>>
ProtocolStore::peerIdentityState(const Address &peer)
{
    sqlite::Result<sqlite::Statement *> st =
        m_db.cached("SELECT public_key, trust, first_seen, changed_at FROM peer_identities "
                    "WHERE name = ? AND device_id = ?");
    if (!st)
        return fromSqlite(st.error(), "reading an identity");
    (*st)->bindBlob(1, peer.name).bind(2, peer.deviceId);
    sqlite::Result<bool> row = (*st)->step();
    if (!row)
        return fromSqlite(row.error(), "reading an identity");
    std::optional<PeerIdentity> out;
    if (*row) {
        out = PeerIdentity{(*st)->blob(0),
                           (*st)->int64(1) == 1 ? Verification::Verified : Verification::Unverified,
                           (*st)->int64(2), std::nullopt};
        if (!(*st)->isNull(3))
            out->changedAtMs = (*st)->int64(3);
    }
    (*st)->reset();
    return out;
}

Result<void> ProtocolStore::setVerified(const Address &peer, bool verified)
{
    sqlite::Result<void> r =
        runOne(m_db, "UPDATE peer_identities SET trust = ? WHERE name = ? AND device_id = ?",
               [&](sqlite::Statement &s) {
                   s.bind(1, verified ? 1 : 0).bindBlob(2, peer.name).bind(3, peer.deviceId);
               });
    if (!r)
        return fromSqlite(r.error(), "marking an identity verified");
    if (m_db.changes() == 0)
        return storageError(StorageErrorCode::NotFound,
                            QStringLiteral("no identity known for that peer"));
    return {};
}

Result<void> ProtocolStore::setPendingIdentity(const Address &peer, const QByteArray &publicKey)
{
    sqlite::Result<void> r =
        runOne(m_db, "UPDATE peer_identities SET pending_key = ? WHERE name = ? AND device_id = ?",
               [&](sqlite::Statement &s) {
                   s.bindBlob(1, publicKey).bindBlob(2, peer.name).bind(3, peer.deviceId);
               });
    if (!r)
        return fromSqlite(r.error(), "recording a changed identity");
    if (m_db.changes() == 0)
        return storageError(StorageErrorCode::NotFound,
                            QStringLiteral("no identity known for that peer"));
    return {};
}

Result<std::optional<QByteArray>> ProtocolStore::pendingIdentity(const Address &peer)
{
    sqlite::Result<std::optional<SecureBuffer>> key =
        loadOne(m_db,
                "SELECT pending_key FROM peer_identities WHERE name = ? AND device_id = ? "
                "AND pending_key IS NOT NULL",
                [&](sqlite::Statement &s) { s.bindBlob(1, peer.name).bind(2, peer.deviceId); });
    if (!key)
        return fromSqlite(key.error(), "reading a changed identity");
    if (!key->has_value())
        return std::optional<QByteArray>();
    return std::optional<QByteArray>((*key)->toByteArray());
}

Result<void> ProtocolStore::acceptPendingIdentity(const Address &peer)
{
    Result<std::optional<QByteArray>> pending = pendingIdentity(peer);
    if (!pending)
        return pending.error();
    if (!pending->has_value())
        return storageError(StorageErrorCode::NotFound,
                            QStringLiteral("no changed identity is waiting for that peer"));
    if (pr::Result<void> r = saveIdentity(peer, **pending); !r)
        return storageError(StorageErrorCode::Io, r.error().detail);
    if (pr::Result<void> r = deleteSession(peer); !r)
        return storageError(StorageErrorCode::Io, r.error().detail);
    return {};
}

Result<void> ProtocolStore::removeSenderKey(const pr::SenderKeyName &name)
{
    sqlite::Result<void> r = runOne(
        m_db, "DELETE FROM sender_keys WHERE group_id = ? AND sender_name = ? AND device_id = ?",
        [&](sqlite::Statement &s) {
            s.bindBlob(1, name.groupId).bindBlob(2, name.sender.name);
            s.bind(3, name.sender.deviceId);
        });
    if (!r)
        return fromSqlite(r.error(), "removing a sender key");
    return {};
}

// ---- one-time prekeys ------------------------------------------------------

pr::Result<std::optional<SecureBuffer>> ProtocolStore::loadPreKey(std::uint32_t id)
{
    auto r = loadOne(m_db, "SELECT record FROM prekeys WHERE id = ?",
                     [&](sqlite::Statement &s) { s.bind(1, id); });
    if (!r)
        return fail(r.error(), "loading a prekey");
    return std::move(*r);
}

pr::Result<void> ProtocolStore::storePreKey(std::uint32_t id, QByteArrayView record)
{
    COVE_TRY_SQL(runOne(m_db, "INSERT OR REPLACE INTO prekeys (id, record) VALUES (?, ?)",
                        [&](sqlite::Statement &s) { s.bind(1, id).bindBlob(2, record); }),
                 "storing a prekey");
    return {};
}

pr::Result<bool> ProtocolStore::containsPreKey(std::uint32_t id)
{
    auto r = listInts(m_db, "SELECT 1 FROM prekeys WHERE id = ?",
                      [&](sqlite::Statement &s) { s.bind(1, id); });
    if (!r)
        return fail(r.error(), "looking up a prekey");
    return !r->isEmpty();
}

pr::Result<void> ProtocolStore::removePreKey(std::uint32_t id)
{
    COVE_TRY_SQL(runOne(m_db, "DELETE FROM prekeys WHERE id = ?",
                        [&](sqlite::Statement &s) { s.bind(1, id); }),
                 "removing a prekey");
    return {};
}

pr::Result<QList<std::uint32_t>> ProtocolStore::preKeyIds()
{
    auto r = listInts(m_db, "SELECT id FROM prekeys ORDER BY id", [](sqlite::Statement &) {});
    if (!r)
        return fail(r.error(), "listing prekeys");
    QList<std::uint32_t> ids;
    for (std::int64_t id : *r)
        ids.append(std::uint32_t(id));
    return ids;
}

pr::Result<std::uint32_t> ProtocolStore::nextPreKeyId()
{
    auto r = m_db.queryInt("SELECT next_prekey_id FROM own_identity WHERE id = 1");
    if (!r)
        return fail(r.error(), "reading the next prekey id");
    return std::uint32_t(*r);
}

pr::Result<void> ProtocolStore::setNextPreKeyId(std::uint32_t id)
{
    COVE_TRY_SQL(runOne(m_db, "UPDATE own_identity SET next_prekey_id = ? WHERE id = 1",
                        [&](sqlite::Statement &s) { s.bind(1, id); }),
                 "storing the next prekey id");
    return {};
}

// ---- signed prekeys --------------------------------------------------------

pr::Result<std::optional<SecureBuffer>> ProtocolStore::loadSignedPreKey(std::uint32_t id)
{
    auto r = loadOne(m_db, "SELECT record FROM signed_prekeys WHERE id = ?",
                     [&](sqlite::Statement &s) { s.bind(1, id); });
    if (!r)
        return fail(r.error(), "loading a signed prekey");
    return std::move(*r);
}

pr::Result<void> ProtocolStore::storeSignedPreKey(std::uint32_t id, QByteArrayView record)
{
    COVE_TRY_SQL(runOne(m_db, "INSERT OR REPLACE INTO signed_prekeys (id, record) VALUES (?, ?)",
                        [&](sqlite::Statement &s) { s.bind(1, id).bindBlob(2, record); }),
                 "storing a signed prekey");
    return {};
}

pr::Result<bool> ProtocolStore::containsSignedPreKey(std::uint32_t id)
{
    auto r = listInts(m_db, "SELECT 1 FROM signed_prekeys WHERE id = ?",
                      [&](sqlite::Statement &s) { s.bind(1, id); });
    if (!r)
        return fail(r.error(), "looking up a signed prekey");
    return !r->isEmpty();
}

pr::Result<void> ProtocolStore::removeSignedPreKey(std::uint32_t id)
{
    COVE_TRY_SQL(runOne(m_db, "DELETE FROM signed_prekeys WHERE id = ?",
                        [&](sqlite::Statement &s) { s.bind(1, id); }),
                 "removing a signed prekey");
    return {};
}

pr::Result<QList<std::uint32_t>> ProtocolStore::signedPreKeyIds()
{
    auto r =
        listInts(m_db, "SELECT id FROM signed_prekeys ORDER BY id", [](sqlite::Statement &) {});
    if (!r)
        return fail(r.error(), "listing signed prekeys");
    QList<std::uint32_t> ids;
    for (std::int64_t id : *r)
        ids.append(std::uint32_t(id));
    return ids;
}

pr::Result<std::uint32_t> ProtocolStore::nextSignedPreKeyId()
{
    auto r = m_db.queryInt("SELECT next_signed_prekey_id FROM own_identity WHERE id = 1");
    if (!r)
        return fail(r.error(), "reading the next signed prekey id");
    return std::uint32_t(*r);
}

pr::Result<void> ProtocolStore::setNextSignedPreKeyId(std::uint32_t id)
{
    COVE_TRY_SQL(runOne(m_db, "UPDATE own_identity SET next_signed_prekey_id = ? WHERE id = 1",
                        [&](sqlite::Statement &s) { s.bind(1, id); }),
                 "storing the next signed prekey id");
    return {};
}

// ---- sessions --------------------------------------------------------------

pr::Result<std::optional<SecureBuffer>> ProtocolStore::loadSession(const Address &peer)
{
    auto r =
        loadOne(m_db, "SELECT record FROM sessions WHERE name = ? AND device_id = ?",
                [&](sqlite::Statement &s) { s.bindBlob(1, peer.name).bind(2, peer.deviceId); });
    if (!r)
        return fail(r.error(), "loading a session");
    return std::move(*r);
}

pr::Result<QList<std::int32_t>> ProtocolStore::subDeviceSessions(QByteArrayView name)
{
    auto r = listInts(
        m_db, "SELECT device_id FROM sessions WHERE name = ? AND device_id != 1 ORDER BY device_id",
        [&](sqlite::Statement &s) { s.bindBlob(1, name); });
    if (!r)
        return fail(r.error(), "listing sessions");
    QList<std::int32_t> ids;
    for (std::int64_t id : *r)
        ids.append(std::int32_t(id));
    return ids;
}

pr::Result<void> ProtocolStore::storeSession(const Address &peer, QByteArrayView record)
{
    COVE_TRY_SQL(
        runOne(m_db, "INSERT OR REPLACE INTO sessions (name, device_id, record) VALUES (?, ?, ?)",
               [&](sqlite::Statement &s) {
                   s.bindBlob(1, peer.name).bind(2, peer.deviceId).bindBlob(3, record);
               }),
        "storing a session");
    return {};
}

pr::Result<bool> ProtocolStore::containsSession(const Address &peer)
{
    auto r =
        listInts(m_db, "SELECT 1 FROM sessions WHERE name = ? AND device_id = ?",
                 [&](sqlite::Statement &s) { s.bindBlob(1, peer.name).bind(2, peer.deviceId); });
    if (!r)
        return fail(r.error(), "looking up a session");
    return !r->isEmpty();
}

pr::Result<void> ProtocolStore::deleteSession(const Address &peer)
{
    COVE_TRY_SQL(
        runOne(m_db, "DELETE FROM sessions WHERE name = ? AND device_id = ?",
               [&](sqlite::Statement &s) { s.bindBlob(1, peer.name).bind(2, peer.deviceId); }),
        "deleting a session");
    return {};
}

pr::Result<int> ProtocolStore::deleteAllSessions(QByteArrayView name)
{
    COVE_TRY_SQL(runOne(m_db, "DELETE FROM sessions WHERE name = ?",
                        [&](sqlite::Statement &s) { s.bindBlob(1, name); }),
                 "deleting sessions");
    return m_db.changes();
}

// ---- sender keys -----------------------------------------------------------

pr::Result<std::optional<SecureBuffer>> ProtocolStore::loadSenderKey(const pr::SenderKeyName &name)
{
    auto r = loadOne(
        m_db,
        "SELECT record FROM sender_keys WHERE group_id = ? AND sender_name = ? AND device_id = ?",
        [&](sqlite::Statement &s) {
            s.bindBlob(1, name.groupId).bindBlob(2, name.sender.name).bind(3, name.sender.deviceId);
        });
    if (!r)
        return fail(r.error(), "loading a sender key");
    return std::move(*r);
}

pr::Result<void> ProtocolStore::storeSenderKey(const pr::SenderKeyName &name, QByteArrayView record)
{
    COVE_TRY_SQL(
        runOne(m_db,
               "INSERT OR REPLACE INTO sender_keys (group_id, sender_name, device_id, record) "
               "VALUES (?, ?, ?, ?)",
               [&](sqlite::Statement &s) {
                   s.bindBlob(1, name.groupId).bindBlob(2, name.sender.name);
                   s.bind(3, name.sender.deviceId).bindBlob(4, record);
               }),
        "storing a sender key");
    return {};
}

} // namespace cove::storage
