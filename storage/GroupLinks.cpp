// SPDX-License-Identifier: GPL-3.0-or-later
#include "GroupLinks.h"

#include "RepositorySupport.h"
#include "Sqlite.h"

namespace cove::storage {

using detail::bindNothing;
using detail::bindOptionalBlob;
using detail::change;
using detail::readAll;
using detail::readOne;

namespace {

JoinRequestRow readJoinRequest(const sqlite::Statement &st)
{
    return JoinRequestRow{st.int64(0), st.text(1), st.int64(2), st.blob(3)};
}

JoinAsked readJoinAsked(const sqlite::Statement &st)
{
    return JoinAsked{st.blob(0), st.text(1), st.int64(2)};
}

} // namespace

Result<InviteLinkState> GroupLinkRepository::inviteLink(qint64 conversationId)
{
    Result<std::optional<InviteLinkState>> row = readOne<InviteLinkState>(
        m_db, "SELECT invite_token, invite_approval FROM conversations WHERE id = ?",
        "reading a group's invite link",
        [&](sqlite::Statement &st) { st.bind(1, std::int64_t(conversationId)); },
        [](const sqlite::Statement &st) {
            return InviteLinkState{st.blob(0), st.int64(1) != 0};
        });
    if (!row)
        return row.error();
    if (!row->has_value())
        return StorageError{StorageErrorCode::NotFound, QStringLiteral("no such conversation")};
    return **row;
}

Result<void> GroupLinkRepository::setInviteLink(qint64 conversationId, const InviteLinkState &link)
{
    Result<int> n = change(
        m_db, "UPDATE conversations SET invite_token = ?2, invite_approval = ?3 WHERE id = ?1",
        "updating a group's invite link", [&](sqlite::Statement &st) {
            st.bind(1, std::int64_t(conversationId));
            bindOptionalBlob(st, 2, link.token);
            st.bind(3, std::int64_t(link.approval && !link.token.isEmpty() ? 1 : 0));
        });
    if (!n)
        return n.error();
    if (*n == 0)
        return StorageError{StorageErrorCode::NotFound, QStringLiteral("no such conversation")};
    return {};
}

Result<bool> GroupLinkRepository::addJoinRequest(const JoinRequestRow &request)
{
    Result<int> n = change(m_db,
                           "INSERT OR IGNORE INTO group_join_requests "
                           "(conversation_id, requester, requested_at, facts) VALUES (?, ?, ?, ?)",
                           "recording a request to join", [&](sqlite::Statement &st) {
                               st.bind(1, std::int64_t(request.conversationId));
                               st.bind(2, request.requester);
                               st.bind(3, std::int64_t(request.requestedAt));
                               st.bindBlob(4, request.facts);
                           });
    if (!n)
        return n.error();
    return *n > 0;
}

Result<QList<JoinRequestRow>> GroupLinkRepository::joinRequests(qint64 conversationId)
{
    return readAll<JoinRequestRow>(
        m_db,
        "SELECT conversation_id, requester, requested_at, facts FROM group_join_requests "
        "WHERE conversation_id = ? ORDER BY requested_at, requester",
        "reading requests to join",
        [&](sqlite::Statement &st) { st.bind(1, std::int64_t(conversationId)); }, readJoinRequest);
}

Result<bool> GroupLinkRepository::removeJoinRequest(qint64 conversationId, const QString &requester)
{
    Result<int> n =
        change(m_db, "DELETE FROM group_join_requests WHERE conversation_id = ? AND requester = ?",
               "removing a request to join", [&](sqlite::Statement &st) {
                   st.bind(1, std::int64_t(conversationId));
                   st.bind(2, requester);
               });
    if (!n)
        return n.error();
    return *n > 0;
}

Result<void> GroupLinkRepository::addJoinAsked(const JoinAsked &asked)
{
    Result<int> n =
        change(m_db,
               "INSERT OR REPLACE INTO group_joins_asked (group_id, admin_id, asked_at) "
               "VALUES (?, ?, ?)",
               "recording a request to join a group", [&](sqlite::Statement &st) {
                   st.bindBlob(1, asked.groupId);
                   st.bind(2, asked.adminId);
                   st.bind(3, std::int64_t(asked.askedAt));
               });
    if (!n)
        return n.error();
    return {};
}

Result<std::optional<JoinAsked>> GroupLinkRepository::joinAsked(const QByteArray &groupId)
{
    return readOne<JoinAsked>(
        m_db, "SELECT group_id, admin_id, asked_at FROM group_joins_asked WHERE group_id = ?",
        "reading a request to join a group",
        [&](sqlite::Statement &st) { st.bindBlob(1, groupId); }, readJoinAsked);
}

Result<QList<JoinAsked>> GroupLinkRepository::joinsAsked()
{
    return readAll<JoinAsked>(
        m_db, "SELECT group_id, admin_id, asked_at FROM group_joins_asked ORDER BY asked_at",
        "reading requests to join groups", bindNothing, readJoinAsked);
}

Result<bool> GroupLinkRepository::removeJoinAsked(const QByteArray &groupId)
{
    Result<int> n = change(m_db, "DELETE FROM group_joins_asked WHERE group_id = ?",
                           "removing a request to join a group",
                           [&](sqlite::Statement &st) { st.bindBlob(1, groupId); });
    if (!n)
        return n.error();
    return *n > 0;
}

} // namespace cove::storage
