// SPDX-License-Identifier: GPL-3.0-or-later
#include "Conversations.h"

#include "Attachments.h"
#include "RepositorySupport.h"
#include "Sqlite.h"

#include <QStringList>

#include <algorithm>
#include <limits>
#include <utility>

namespace cove::storage {

using detail::query;
using detail::Query;
using detail::Savepoint;

namespace {

StorageError notFound()
{
    return storageError(StorageErrorCode::NotFound, QStringLiteral("no such conversation"));
}

constexpr const char *kColumns = "id, kind, peer_id, group_id, title, state, pinned, "
                                 "unread_count, expire_timer, created_at, last_activity_at, draft, "
                                 "muted_until, marked_unread";

QByteArray selectConversations(const char *tail)
{
    return QByteArray("SELECT ") + kColumns + " FROM conversations " + tail;
}

Conversation readConversation(const sqlite::Statement &st)
{
    Conversation c;
    c.id = st.int64(0);
    c.kind = ConversationKind(st.int64(1));
    c.peerId = st.text(2);
    c.groupId = st.blob(3);
    c.title = st.text(4);
    c.state = ConversationState(st.int64(5));
    c.pinned = st.int64(6) != 0;
    c.unreadCount = st.int64(7);
    if (!st.isNull(8))
        c.expireTimerSeconds =
            quint32(std::clamp<std::int64_t>(st.int64(8), 0, std::numeric_limits<quint32>::max()));
    c.createdAt = st.int64(9);
    c.lastActivityAt = st.int64(10);
    c.draft = st.text(11);
    if (!st.isNull(12))
        c.mutedUntil = st.int64(12);
    c.markedUnread = st.int64(13) != 0;
    return c;
}

// Runs a bound query and reads at most one conversation.
template <typename Bind>
Result<std::optional<Conversation>> findOne(sqlite::Database &db, QByteArrayView sql, Bind bind)
{
    constexpr const char *what = "reading a conversation";
    Result<Query> q = query(db, sql, what);
    if (!q)
        return q.error();
    bind(**q);
    sqlite::Result<bool> row = (**q).step();
    if (!row)
        return fromSqlite(row.error(), what);
    if (!*row)
        return std::optional<Conversation>();
    return std::optional<Conversation>(readConversation(**q));
}

// Runs an UPDATE keyed by ?1 = id; NotFound when it touched nothing.
template <typename Bind>
Result<void> updateConversation(sqlite::Database &db, QByteArrayView sql, qint64 id,
                                const char *what, Bind bind)
{
    Result<Query> q = query(db, sql, what);
    if (!q)
        return q.error();
    (**q).bind(1, std::int64_t(id));
    bind(**q);
    if (sqlite::Result<void> r = (**q).run(); !r)
        return fromSqlite(r.error(), what);
    if (db.changes() == 0)
        return notFound();
    return {};
}

Result<Conversation> insertConversation(sqlite::Database &db, ConversationKind kind,
                                        const QString &peerId, const QByteArray &groupId,
                                        const QString &title, ConversationState state, qint64 now)
{
    constexpr const char *what = "creating a conversation";
    Result<Query> q = query(db,
                            "INSERT INTO conversations (kind, peer_id, group_id, title, state, "
                            "created_at, last_activity_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
                            what);
    if (!q)
        return q.error();
    sqlite::Statement &st = **q;
    st.bind(1, int(kind));
    kind == ConversationKind::Direct ? st.bind(2, peerId) : st.bindNull(2);
    kind == ConversationKind::Group ? st.bindBlob(3, groupId) : st.bindNull(3);
    st.bind(4, title).bind(5, int(state)).bind(6, std::int64_t(now));
    if (sqlite::Result<void> r = st.run(); !r) {
        if (r.error().isConstraint())
            return storageError(StorageErrorCode::AlreadyExists,
                                QStringLiteral("this conversation already exists"));
        return fromSqlite(r.error(), what);
    }
    Conversation c;
    c.id = db.lastInsertRowId();
    c.kind = kind;
    c.peerId = kind == ConversationKind::Direct ? peerId : QString();
    c.groupId = kind == ConversationKind::Group ? groupId : QByteArray();
    c.title = title;
    c.state = state;
    c.createdAt = now;
    c.lastActivityAt = now;
    return c;
}

Result<void> insertMembers(sqlite::Database &db, qint64 conversationId,
                           const QList<GroupMember> &members)
{
    constexpr const char *what = "adding group members";
    for (const GroupMember &m : members) {
        Result<Query> q = query(db,
                                "INSERT INTO group_members (conversation_id, member_id, role, "
                                "added_at) VALUES (?1, ?2, ?3, ?4)",
                                what);
        if (!q)
            return q.error();
        (**q)
            .bind(1, std::int64_t(conversationId))
            .bind(2, m.memberId)
            .bind(3, int(m.role))
            .bind(4, std::int64_t(m.addedAt));
        if (sqlite::Result<void> r = (**q).run(); !r) {
            if (r.error().isConstraint())
                return storageError(StorageErrorCode::InvalidArgument,
                                    QStringLiteral("a member is listed twice or has a bad role"));
            return fromSqlite(r.error(), what);
        }
    }
    return {};
}

} // namespace

Result<Conversation> ConversationRepository::createDirect(const QString &peerId, qint64 now,
                                                          ConversationState state)
{
    if (peerId.isEmpty())
        return storageError(StorageErrorCode::InvalidArgument,
                            QStringLiteral("a direct conversation needs a peer"));
    return insertConversation(m_db, ConversationKind::Direct, peerId, {}, {}, state, now);
}

Result<Conversation> ConversationRepository::findOrCreateDirect(const QString &peerId, qint64 now,
                                                                ConversationState stateIfNew)
{
    Result<std::optional<Conversation>> existing = findDirect(peerId);
    if (!existing)
        return existing.error();
    if (*existing)
        return std::move(**existing);
    return createDirect(peerId, now, stateIfNew);
}

Result<Conversation> ConversationRepository::createGroup(const QByteArray &groupId,
                                                         const QString &title, qint64 now,
                                                         const QList<GroupMember> &members)
{
    if (groupId.isEmpty())
        return storageError(StorageErrorCode::InvalidArgument,
                            QStringLiteral("a group conversation needs a group id"));
    Result<Savepoint> sp = Savepoint::begin(m_db);
    if (!sp)
        return sp.error();
    Result<Conversation> c = insertConversation(m_db, ConversationKind::Group, {}, groupId, title,
                                                ConversationState::Normal, now);
    if (!c)
        return c;
    if (Result<void> r = insertMembers(m_db, c->id, members); !r)
        return r.error();
    if (Result<void> r = sp->release(); !r)
        return r.error();
    return c;
}

Result<std::optional<Conversation>> ConversationRepository::find(qint64 id)
{
    static const QByteArray sql = selectConversations("WHERE id = ?1");
    return findOne(m_db, sql, [&](sqlite::Statement &st) { st.bind(1, std::int64_t(id)); });
}

Result<std::optional<Conversation>> ConversationRepository::findDirect(const QString &peerId)
{
    // "kind = 1" lets the partial unique index conversations_direct answer.
    static const QByteArray sql = selectConversations("WHERE kind = 1 AND peer_id = ?1");
    return findOne(m_db, sql, [&](sqlite::Statement &st) { st.bind(1, peerId); });
}

Result<std::optional<Conversation>> ConversationRepository::findGroup(const QByteArray &groupId)
{
    static const QByteArray sql = selectConversations("WHERE kind = 2 AND group_id = ?1");
    return findOne(m_db, sql, [&](sqlite::Statement &st) { st.bindBlob(1, groupId); });
}

Result<QList<Conversation>> ConversationRepository::list(ConversationState state)
{
    constexpr const char *what = "listing conversations";
    static const QByteArray sql = selectConversations(
        "WHERE state = ?1 ORDER BY pinned DESC, last_activity_at DESC, id DESC");
    Result<Query> q = query(m_db, sql, what);
    if (!q)
        return q.error();
    (**q).bind(1, int(state));
    QList<Conversation> out;
    for (;;) {
        sqlite::Result<bool> row = (**q).step();
        if (!row)
            return fromSqlite(row.error(), what);
        if (!*row)
            return out;
        out.append(readConversation(**q));
    }
}

Result<qint64> ConversationRepository::totalUnread()
{
    constexpr const char *what = "counting unread messages";
    Result<Query> q = query(
        m_db, "SELECT coalesce(sum(unread_count), 0) FROM conversations WHERE state = 0", what);
    if (!q)
        return q.error();
    sqlite::Result<bool> row = (**q).step();
    if (!row)
        return fromSqlite(row.error(), what);
    return qint64((**q).int64(0));
}

Result<void> ConversationRepository::setTitle(qint64 id, const QString &title)
{
    return updateConversation(m_db, "UPDATE conversations SET title = ?2 WHERE id = ?1", id,
                              "renaming a conversation",
                              [&](sqlite::Statement &st) { st.bind(2, title); });
}

Result<void> ConversationRepository::setState(qint64 id, ConversationState state)
{
    return updateConversation(m_db, "UPDATE conversations SET state = ?2 WHERE id = ?1", id,
                              "changing a conversation's state",
                              [&](sqlite::Statement &st) { st.bind(2, int(state)); });
}

Result<void> ConversationRepository::setPinned(qint64 id, bool pinned)
{
    return updateConversation(m_db, "UPDATE conversations SET pinned = ?2 WHERE id = ?1", id,
                              "pinning a conversation",
                              [&](sqlite::Statement &st) { st.bind(2, pinned); });
}

Result<void> ConversationRepository::setExpireTimer(qint64 id, std::optional<quint32> seconds)
{
    return updateConversation(m_db, "UPDATE conversations SET expire_timer = ?2 WHERE id = ?1", id,
                              "setting a conversation's timer", [&](sqlite::Statement &st) {
                                  seconds ? st.bind(2, std::uint32_t(*seconds)) : st.bindNull(2);
                              });
}

Result<void> ConversationRepository::touch(qint64 id, qint64 at)
{
    return updateConversation(
        m_db, "UPDATE conversations SET last_activity_at = max(last_activity_at, ?2) WHERE id = ?1",
        id, "updating a conversation's activity",
        [&](sqlite::Statement &st) { st.bind(2, std::int64_t(at)); });
}

Result<void> ConversationRepository::addUnread(qint64 id, qint64 count)
{
    // A chat marked as unread counts only its real messages once one comes.
    return updateConversation(
        m_db,
        "UPDATE conversations SET unread_count = max(0, CASE WHEN marked_unread THEN 0 "
        "ELSE unread_count END + ?2), marked_unread = 0 WHERE id = ?1",
        id, "counting unread messages",
        [&](sqlite::Statement &st) { st.bind(2, std::int64_t(count)); });
}

Result<bool> ConversationRepository::markUnread(qint64 id)
{
    Result<std::optional<Conversation>> conv = find(id);
    if (!conv)
        return conv.error();
    if (!conv->has_value())
        return notFound();
    if ((*conv)->unreadCount > 0)
        return false;
    Result<void> r = updateConversation(
        m_db, "UPDATE conversations SET unread_count = 1, marked_unread = 1 WHERE id = ?1", id,
        "marking a conversation unread", [](sqlite::Statement &) {});
    if (!r)
        return r.error();
    return true;
}

Result<void> ConversationRepository::clearUnread(qint64 id)
{
    return updateConversation(
        m_db, "UPDATE conversations SET unread_count = 0, marked_unread = 0 WHERE id = ?1", id,
        "clearing unread messages", [](sqlite::Statement &) {});
}

Result<bool> ConversationRepository::remove(qint64 id)
{
    constexpr const char *what = "deleting a conversation";
    QStringList files;
    bool existed = false;
    {
        Result<Savepoint> sp = Savepoint::begin(m_db);
        if (!sp)
            return sp.error();
        {
            Result<Query> q =
                query(m_db,
                      "SELECT DISTINCT a.local_file FROM attachments a JOIN messages m "
                      "ON m.id = a.message_rowid WHERE m.conversation_id = ?1 "
                      "AND a.local_file IS NOT NULL",
                      what);
            if (!q)
                return q.error();
            (**q).bind(1, std::int64_t(id));
            for (;;) {
                sqlite::Result<bool> row = (**q).step();
                if (!row)
                    return fromSqlite(row.error(), what);
                if (!*row)
                    break;
                files.append((**q).text(0));
            }
        }
        // The person's messages not sent yet go too: the chat and what was
        // written in it are gone, so nothing of it leaves later. (Receipts,
        // key shares and group updates carry no message.) And what the
        // group's members wrote before their change came.
        for (const char *sql : {"DELETE FROM outbox WHERE message_rowid IN "
                                "(SELECT id FROM messages WHERE conversation_id = ?1)",
                                "DELETE FROM early_group_messages WHERE group_id = "
                                "(SELECT group_id FROM conversations WHERE id = ?1)"}) {
            if (Result<int> n = detail::change(
                    m_db, sql, what, [&](sqlite::Statement &st) { st.bind(1, std::int64_t(id)); });
                !n)
                return n.error();
        }
        {
            // Messages, attachments' rows, members and the message request
            // go with it (ON DELETE CASCADE); the search index follows the
            // messages through their delete trigger.
            Result<Query> q = query(m_db, "DELETE FROM conversations WHERE id = ?1", what);
            if (!q)
                return q.error();
            (**q).bind(1, std::int64_t(id));
            if (sqlite::Result<void> r = (**q).run(); !r)
                return fromSqlite(r.error(), what);
            existed = m_db.changes() > 0;
        }
        if (Result<void> r = detail::keepOnlyUnreferenced(m_db, files, what); !r)
            return r.error();
        if (Result<void> r = sp->release(); !r)
            return r.error();
    }
    detail::removeFilesAfterRows(m_files, files);
    return existed;
}

// ---- group members ---------------------------------------------------------

namespace {

Result<void> requireGroup(sqlite::Database &db, qint64 conversationId)
{
    constexpr const char *what = "reading a conversation";
    Result<Query> q = query(db, "SELECT kind FROM conversations WHERE id = ?1", what);
    if (!q)
        return q.error();
    (**q).bind(1, std::int64_t(conversationId));
    sqlite::Result<bool> row = (**q).step();
    if (!row)
        return fromSqlite(row.error(), what);
    if (!*row)
        return notFound();
    if ((**q).int64(0) != int(ConversationKind::Group))
        return storageError(StorageErrorCode::InvalidArgument,
                            QStringLiteral("only a group has members"));
    return {};
}

} // namespace

Result<bool> ConversationRepository::addMember(qint64 conversationId, const GroupMember &member)
{
    constexpr const char *what = "adding a group member";
    if (Result<void> r = requireGroup(m_db, conversationId); !r)
        return r.error();
    Result<Query> q = query(m_db,
                            "INSERT OR IGNORE INTO group_members (conversation_id, member_id, "
                            "role, added_at) VALUES (?1, ?2, ?3, ?4)",
                            what);
    if (!q)
        return q.error();
    (**q)
        .bind(1, std::int64_t(conversationId))
        .bind(2, member.memberId)
        .bind(3, int(member.role))
        .bind(4, std::int64_t(member.addedAt));
    if (sqlite::Result<void> r = (**q).run(); !r)
        return fromSqlite(r.error(), what);
    return m_db.changes() > 0;
}

Result<void> ConversationRepository::setRole(qint64 conversationId, const QString &memberId,
                                             MemberRole role)
{
    constexpr const char *what = "changing a member's role";
    Result<Query> q = query(m_db,
                            "UPDATE group_members SET role = ?3 WHERE conversation_id = ?1 AND "
                            "member_id = ?2",
                            what);
    if (!q)
        return q.error();
    (**q).bind(1, std::int64_t(conversationId)).bind(2, memberId).bind(3, int(role));
    if (sqlite::Result<void> r = (**q).run(); !r)
        return fromSqlite(r.error(), what);
    if (m_db.changes() == 0)
        return storageError(StorageErrorCode::NotFound, QStringLiteral("not a member"));
    return {};
}

Result<bool> ConversationRepository::removeMember(qint64 conversationId, const QString &memberId)
{
    constexpr const char *what = "removing a group member";
    Result<Query> q = query(
        m_db, "DELETE FROM group_members WHERE conversation_id = ?1 AND member_id = ?2", what);
    if (!q)
        return q.error();
    (**q).bind(1, std::int64_t(conversationId)).bind(2, memberId);
    if (sqlite::Result<void> r = (**q).run(); !r)
        return fromSqlite(r.error(), what);
    return m_db.changes() > 0;
}

Result<void> ConversationRepository::setMembers(qint64 conversationId,
                                                const QList<GroupMember> &members)
{
    constexpr const char *what = "replacing group members";
    Result<Savepoint> sp = Savepoint::begin(m_db);
    if (!sp)
        return sp.error();
    if (Result<void> r = requireGroup(m_db, conversationId); !r)
        return r;
    {
        Result<Query> q = query(m_db, "DELETE FROM group_members WHERE conversation_id = ?1", what);
        if (!q)
            return q.error();
        (**q).bind(1, std::int64_t(conversationId));
        if (sqlite::Result<void> r = (**q).run(); !r)
            return fromSqlite(r.error(), what);
    }
    if (Result<void> r = insertMembers(m_db, conversationId, members); !r)
        return r;
    return sp->release();
}

Result<QList<GroupMember>> ConversationRepository::members(qint64 conversationId)
{
    constexpr const char *what = "listing group members";
    Result<Query> q = query(m_db,
                            "SELECT member_id, role, added_at FROM group_members "
                            "WHERE conversation_id = ?1 ORDER BY added_at, member_id",
                            what);
    if (!q)
        return q.error();
    (**q).bind(1, std::int64_t(conversationId));
    QList<GroupMember> out;
    for (;;) {
        sqlite::Result<bool> row = (**q).step();
        if (!row)
            return fromSqlite(row.error(), what);
        if (!*row)
            return out;
        out.append(GroupMember{(**q).text(0), MemberRole((**q).int64(1)), (**q).int64(2)});
    }
}

Result<std::optional<MemberRole>> ConversationRepository::roleOf(qint64 conversationId,
                                                                 const QString &memberId)
{
    constexpr const char *what = "reading a member's role";
    Result<Query> q = query(
        m_db, "SELECT role FROM group_members WHERE conversation_id = ?1 AND member_id = ?2", what);
    if (!q)
        return q.error();
    (**q).bind(1, std::int64_t(conversationId)).bind(2, memberId);
    sqlite::Result<bool> row = (**q).step();
    if (!row)
        return fromSqlite(row.error(), what);
    if (!*row)
        return std::optional<MemberRole>();
    return std::optional<MemberRole>(MemberRole((**q).int64(0)));
}

namespace {

/// One integer column of a conversation row.
Result<qint64> conversationInt(sqlite::Database &db, const char *sql, qint64 conversationId,
                               const char *what)
{
    Result<Query> q = query(db, sql, what);
    if (!q)
        return q.error();
    (**q).bind(1, std::int64_t(conversationId));
    sqlite::Result<bool> row = (**q).step();
    if (!row)
        return fromSqlite(row.error(), what);
    if (!*row)
        return notFound();
    return qint64((**q).int64(0));
}

} // namespace

Result<quint32> ConversationRepository::groupRevision(qint64 conversationId)
{
    Result<qint64> value =
        conversationInt(m_db, "SELECT group_revision FROM conversations WHERE id = ?",
                        conversationId, "reading a group's revision");
    if (!value)
        return value.error();
    return quint32(*value);
}

Result<quint8> ConversationRepository::groupPermissions(qint64 conversationId)
{
    Result<qint64> value =
        conversationInt(m_db, "SELECT group_permissions FROM conversations WHERE id = ?",
                        conversationId, "reading a group's permissions");
    if (!value)
        return value.error();
    return quint8(*value);
}

Result<void> ConversationRepository::setGroupPermissions(qint64 conversationId, quint8 permissions)
{
    return updateConversation(m_db, "UPDATE conversations SET group_permissions = ?2 WHERE id = ?1",
                              conversationId, "updating a group's permissions",
                              [&](sqlite::Statement &st) { st.bind(2, quint32(permissions)); });
}

Result<QString> ConversationRepository::draft(qint64 conversationId)
{
    Result<std::optional<QString>> row = detail::readOne<QString>(
        m_db, "SELECT draft FROM conversations WHERE id = ?", "reading a draft",
        [&](sqlite::Statement &st) { st.bind(1, std::int64_t(conversationId)); },
        [](const sqlite::Statement &st) { return st.text(0); });
    if (!row)
        return row.error();
    if (!row->has_value())
        return notFound();
    return **row;
}

Result<void> ConversationRepository::setMutedUntil(qint64 conversationId,
                                                   std::optional<qint64> until)
{
    return updateConversation(m_db, "UPDATE conversations SET muted_until = ?2 WHERE id = ?1",
                              conversationId, "muting a conversation", [&](sqlite::Statement &st) {
                                  until ? st.bind(2, std::int64_t(*until)) : st.bindNull(2);
                              });
}

Result<void> ConversationRepository::setDraft(qint64 conversationId, const QString &text)
{
    return updateConversation(m_db, "UPDATE conversations SET draft = ?2 WHERE id = ?1",
                              conversationId, "saving a draft",
                              [&](sqlite::Statement &st) { st.bind(2, text); });
}

Result<QString> ConversationRepository::groupCreator(qint64 conversationId)
{
    Result<std::optional<QString>> row = detail::readOne<QString>(
        m_db, "SELECT ifnull(group_creator, '') FROM conversations WHERE id = ?",
        "reading a group's creator",
        [&](sqlite::Statement &st) { st.bind(1, std::int64_t(conversationId)); },
        [](const sqlite::Statement &st) { return st.text(0); });
    if (!row)
        return row.error();
    if (!row->has_value())
        return notFound();
    return **row;
}

Result<void> ConversationRepository::setGroupCreator(qint64 conversationId, const QString &coveId)
{
    return updateConversation(m_db, "UPDATE conversations SET group_creator = ?2 WHERE id = ?1",
                              conversationId, "recording a group's creator",
                              [&](sqlite::Statement &st) {
                                  if (coveId.isEmpty())
                                      st.bindNull(2);
                                  else
                                      st.bind(2, coveId);
                              });
}

Result<void> ConversationRepository::setGroupRevision(qint64 conversationId, quint32 revision)
{
    return updateConversation(m_db, "UPDATE conversations SET group_revision = ?2 WHERE id = ?1",
                              conversationId, "updating a group's revision",
                              [&](sqlite::Statement &st) { st.bind(2, revision); });
}

Result<ConversationRepository::RevisionAuthor>
ConversationRepository::groupRevisionBy(qint64 conversationId)
{
    Result<std::optional<RevisionAuthor>> row = detail::readOne<RevisionAuthor>(
        m_db,
        "SELECT group_revision_by, ifnull(group_change_base, x'') FROM conversations WHERE id = ?",
        "reading who changed a group",
        [&](sqlite::Statement &st) { st.bind(1, std::int64_t(conversationId)); },
        [](const sqlite::Statement &st) {
            return RevisionAuthor{st.text(0), st.blob(1)};
        });
    if (!row)
        return row.error();
    if (!row->has_value())
        return notFound();
    return **row;
}

Result<void> ConversationRepository::setGroupRevisionBy(qint64 conversationId,
                                                        const RevisionAuthor &author)
{
    return updateConversation(
        m_db,
        "UPDATE conversations SET group_revision_by = ?2, group_change_base = ?3 WHERE id = ?1",
        conversationId, "recording who changed a group", [&](sqlite::Statement &st) {
            st.bind(2, author.by);
            detail::bindOptionalBlob(st, 3, author.base);
        });
}

Result<QSet<QString>> ConversationRepository::senderKeyShares(qint64 conversationId)
{
    constexpr const char *what = "reading sender key shares";
    Result<Query> q =
        query(m_db, "SELECT member_id FROM sender_key_shares WHERE conversation_id = ?", what);
    if (!q)
        return q.error();
    (**q).bind(1, std::int64_t(conversationId));
    QSet<QString> out;
    for (;;) {
        sqlite::Result<bool> row = (**q).step();
        if (!row)
            return fromSqlite(row.error(), what);
        if (!*row)
            return out;
        out.insert((**q).text(0));
    }
}

Result<void> ConversationRepository::addSenderKeyShare(qint64 conversationId,
                                                       const QString &memberId)
{
    constexpr const char *what = "recording a sender key share";
    Result<Query> q = query(m_db,
                            "INSERT OR IGNORE INTO sender_key_shares (conversation_id, member_id) "
                            "VALUES (?, ?)",
                            what);
    if (!q)
        return q.error();
    (**q).bind(1, std::int64_t(conversationId)).bind(2, memberId);
    if (sqlite::Result<void> r = (**q).run(); !r)
        return fromSqlite(r.error(), what);
    return {};
}

Result<void> ConversationRepository::removeSenderKeyShare(qint64 conversationId,
                                                          const QString &memberId)
{
    constexpr const char *what = "forgetting a sender key share";
    Result<Query> q = query(
        m_db, "DELETE FROM sender_key_shares WHERE conversation_id = ?1 AND member_id = ?2", what);
    if (!q)
        return q.error();
    (**q).bind(1, std::int64_t(conversationId)).bind(2, memberId);
    if (sqlite::Result<void> r = (**q).run(); !r)
        return fromSqlite(r.error(), what);
    return {};
}

Result<void> ConversationRepository::clearSenderKeyShares(qint64 conversationId)
{
    constexpr const char *what = "clearing sender key shares";
    Result<Query> q = query(m_db, "DELETE FROM sender_key_shares WHERE conversation_id = ?", what);
    if (!q)
        return q.error();
    (**q).bind(1, std::int64_t(conversationId));
    if (sqlite::Result<void> r = (**q).run(); !r)
        return fromSqlite(r.error(), what);
    return {};
}

} // namespace cove::storage
