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

Result<bool> EarlyMessageRepository::add(const EarlyMessage &message, qint64 expiredBefore)
{
    Result<int> expired =
        change(m_db, "DELETE FROM early_group_messages WHERE arrived_at < ?",
               "dropping expired early group messages",
               [&](sqlite::Statement &st) { st.bind(1, std::int64_t(expiredBefore)); });
    if (!expired)
        return expired.error();
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
               "INSERT INTO early_group_messages (group_id, sender_id, content, via_sender_key, "
               "server_time, commitment, relay_tag, verified, arrived_at) "
               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
               "keeping an early group message", [&](sqlite::Statement &st) {
                   st.bindBlob(1, message.groupId);
                   st.bind(2, message.senderId);
                   st.bindBlob(3, message.content);
                   st.bind(4, std::int64_t(message.viaSenderKey ? 1 : 0));
                   st.bind(5, std::int64_t(message.serverTimeMs));
                   st.bindBlob(6, message.commitment);
                   st.bindBlob(7, message.relayTag);
                   st.bind(8, std::int64_t(message.verified ? 1 : 0));
                   st.bind(9, std::int64_t(message.arrivedAt));
               });
    if (!n)
        return n.error();
    return true;
}

Result<QList<EarlyMessage>> EarlyMessageRepository::forGroup(const QByteArray &groupId)
{
    return readAll<EarlyMessage>(
        m_db,
        "SELECT id, group_id, sender_id, content, via_sender_key, server_time, commitment, "
        "relay_tag, verified, arrived_at FROM early_group_messages WHERE group_id = ? ORDER BY id",
        "reading early group messages", [&](sqlite::Statement &st) { st.bindBlob(1, groupId); },
        [](const sqlite::Statement &st) {
            return EarlyMessage{st.int64(0),      st.blob(1),  st.text(2), st.blob(3),
                                st.int64(4) != 0, st.int64(5), st.blob(6), st.blob(7),
                                st.int64(8) != 0, st.int64(9)};
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
