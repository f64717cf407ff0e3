// SPDX-License-Identifier: GPL-3.0-or-later
#include "EarlyMessages.h"

#include "RepositorySupport.h"
#include "Sqlite.h"

namespace cove::storage {

using detail::change;
using detail::readAll;
using detail::readOne;

namespace {

Result<qint64> count(sqlite::Database &db, QByteArrayView sql, const QString &sender)
{
    Result<std::optional<qint64>> n = readOne<qint64>(
        db, sql, "counting early group messages",
        [&](sqlite::Statement &st) {
            if (!sender.isEmpty())
                st.bind(1, sender);
        },
        [](const sqlite::Statement &st) { return qint64(st.int64(0)); });
    if (!n)
        return n.error();
    return n->value_or(0);
}

} // namespace

Result<void> EarlyMessageRepository::removeExpired(qint64 expiredBefore)
{
    Result<int> n = change(m_db, "DELETE FROM early_group_messages WHERE arrived_at < ?",
                           "dropping expired early group messages",
                           [&](sqlite::Statement &st) { st.bind(1, std::int64_t(expiredBefore)); });
    if (!n)
        return n.error();
    return {};
}

Result<void> EarlyMessageRepository::removeGroup(const QByteArray &groupId)
{
    Result<int> n = change(m_db, "DELETE FROM early_group_messages WHERE group_id = ?",
                           "dropping a group's early messages",
                           [&](sqlite::Statement &st) { st.bindBlob(1, groupId); });
    if (!n)
        return n.error();
    return {};
}

Result<bool> EarlyMessageRepository::add(const EarlyMessage &message, qint64 expiredBefore)
{
    if (Result<void> r = removeExpired(expiredBefore); !r)
        return r.error();
    Result<qint64> fromSender = count(
        m_db, "SELECT count(*) FROM early_group_messages WHERE sender_id = ?", message.senderId);
    if (!fromSender)
        return fromSender.error();
    Result<qint64> inAll = count(m_db, "SELECT count(*) FROM early_group_messages", QString());
    if (!inAll)
        return inAll.error();
    if (*fromSender >= kMaxPerSender || *inAll >= kMaxInAll)
        return false;
    Result<int> n =
        change(m_db,
               "INSERT INTO early_group_messages (group_id, sender_id, revision, content, "
               "via_sender_key, server_time, commitment, relay_tag, verified, arrived_at) "
               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
               "keeping an early group message", [&](sqlite::Statement &st) {
                   st.bindBlob(1, message.groupId);
                   st.bind(2, message.senderId);
                   st.bind(3, std::int64_t(message.revision));
                   st.bindBlob(4, message.content);
                   st.bind(5, std::int64_t(message.viaSenderKey ? 1 : 0));
                   st.bind(6, std::int64_t(message.serverTimeMs));
                   st.bindBlob(7, message.commitment);
                   st.bindBlob(8, message.relayTag);
                   st.bind(9, std::int64_t(message.verified ? 1 : 0));
                   st.bind(10, std::int64_t(message.arrivedAt));
               });
    if (!n)
        return n.error();
    return true;
}

Result<QList<EarlyMessage>> EarlyMessageRepository::forGroup(const QByteArray &groupId,
                                                             qint64 notBefore)
{
    return readAll<EarlyMessage>(
        m_db,
        "SELECT id, group_id, sender_id, revision, content, via_sender_key, server_time, "
        "commitment, relay_tag, verified, arrived_at FROM early_group_messages "
        "WHERE group_id = ? AND arrived_at >= ? ORDER BY id",
        "reading early group messages",
        [&](sqlite::Statement &st) {
            st.bindBlob(1, groupId);
            st.bind(2, std::int64_t(notBefore));
        },
        [](const sqlite::Statement &st) {
            EarlyMessage m;
            m.id = st.int64(0);
            m.groupId = st.blob(1);
            m.senderId = st.text(2);
            m.revision = quint32(st.int64(3));
            m.content = st.blob(4);
            m.viaSenderKey = st.int64(5) != 0;
            m.serverTimeMs = st.int64(6);
            m.commitment = st.blob(7);
            m.relayTag = st.blob(8);
            m.verified = st.int64(9) != 0;
            m.arrivedAt = st.int64(10);
            return m;
        });
}

Result<void> EarlyMessageRepository::remove(qint64 id)
{
    Result<int> n = change(m_db, "DELETE FROM early_group_messages WHERE id = ?",
                           "removing an early group message",
                           [&](sqlite::Statement &st) { st.bind(1, std::int64_t(id)); });
    if (!n)
        return n.error();
    return {};
}

} // namespace cove::storage
