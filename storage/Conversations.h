// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StorageError.h"

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace cove::sqlite {
class Database;
}

namespace cove::storage {

class AttachmentStore;

/// conversations.kind
enum class ConversationKind {
    Direct = 1, ///< one-to-one, identified by the peer's Cove ID
    Group = 2,  ///< identified by the group id
};

/// conversations.state
enum class ConversationState {
    Normal = 0,
    MessageRequest = 1, ///< started by a stranger and not accepted yet
    Archived = 2,
};

/// group_members.role
enum class MemberRole {
    Member = 1,
    Admin = 2,
};

/// One row of `conversations`.
struct Conversation {
    qint64 id = 0;
    ConversationKind kind = ConversationKind::Direct;
    QString peerId;     ///< direct conversations: the other person's Cove ID
    QByteArray groupId; ///< groups: the group id
    QString title;      ///< groups: the group's name; may be empty
    ConversationState state = ConversationState::Normal;
    bool pinned = false;
    qint64 unreadCount = 0;
    std::optional<quint32> expireTimerSeconds; ///< disappearing messages; none when off
    qint64 createdAt = 0;                      ///< ms since the Unix epoch
    qint64 lastActivityAt = 0;                 ///< ms; orders the conversation list
    QString draft; ///< what the person was writing and has not sent; empty when none
    /// No notifications until then (ms since the Unix epoch); none when not muted.
    std::optional<qint64> mutedUntil;
    /// The person marked it as unread (unreadCount is then 1, no message of its own).
    bool markedUnread = false;

    /// Whether notifications are muted at `now` (ms).
    [[nodiscard]] bool mutedAt(qint64 now) const noexcept
    {
        return mutedUntil && *mutedUntil > now;
    }

    bool operator==(const Conversation &) const = default;
};

/// One row of `group_members`.
struct GroupMember {
    QString memberId; ///< the member's Cove ID
    MemberRole role = MemberRole::Member;
    qint64 addedAt = 0;

    bool operator==(const GroupMember &) const = default;
};

/// Conversations, their group members and their list state. Calls that
/// write more than one row use a savepoint, so they are atomic on their own
/// and also inside a caller's transaction.
class ConversationRepository {
public:
    /// `files`, when given, is where removed conversations' attachment
    /// files are deleted from; without it they are left for
    /// AttachmentStore::removeUnreferenced().
    explicit ConversationRepository(sqlite::Database &db, AttachmentStore *files = nullptr)
        : m_db(db), m_files(files)
    {}

    /// A new direct conversation with `peerId`; AlreadyExists when there is one.
    [[nodiscard]] Result<Conversation>
    createDirect(const QString &peerId, qint64 now,
                 ConversationState state = ConversationState::Normal);
    /// The direct conversation with `peerId`, created in `stateIfNew` when
    /// there is none yet (a stranger's first message creates a request).
    [[nodiscard]] Result<Conversation> findOrCreateDirect(const QString &peerId, qint64 now,
                                                          ConversationState stateIfNew);
    /// A new group conversation with its first members, atomically;
    /// AlreadyExists when the group id is already known.
    [[nodiscard]] Result<Conversation> createGroup(const QByteArray &groupId, const QString &title,
                                                   qint64 now,
                                                   const QList<GroupMember> &members = {});

    [[nodiscard]] Result<std::optional<Conversation>> find(qint64 id);
    [[nodiscard]] Result<std::optional<Conversation>> findDirect(const QString &peerId);
    [[nodiscard]] Result<std::optional<Conversation>> findGroup(const QByteArray &groupId);
    /// The conversations in `state`, as the list shows them: pinned first,
    /// then by last activity, newest first.
    [[nodiscard]] Result<QList<Conversation>> list(ConversationState state);
    /// Sum of unread counts of normal (not request, not archived) conversations.
    [[nodiscard]] Result<qint64> totalUnread();

    // Each of these fails with NotFound when there is no such conversation.
    [[nodiscard]] Result<void> setTitle(qint64 id, const QString &title);
    [[nodiscard]] Result<void> setState(qint64 id, ConversationState state);
    [[nodiscard]] Result<void> setPinned(qint64 id, bool pinned);
    [[nodiscard]] Result<void> setExpireTimer(qint64 id, std::optional<quint32> seconds);
    /// Moves last activity forward to `at` (never backwards: a late
    /// message with an old timestamp does not reorder the list).
    [[nodiscard]] Result<void> touch(qint64 id, qint64 at);
    [[nodiscard]] Result<void> addUnread(qint64 id, qint64 count = 1);
    /// Counts a chat without unread messages as one ("Mark as unread") until
    /// it is read or a message arrives; false when it had unread messages.
    [[nodiscard]] Result<bool> markUnread(qint64 id);
    [[nodiscard]] Result<void> clearUnread(qint64 id);

    /// Deletes the conversation with its messages, members and message
    /// request, then the attachment files of its messages. True when it existed.
    [[nodiscard]] Result<bool> remove(qint64 id);

    /// Adds a member to a group; false when already a member (role kept).
    /// InvalidArgument when the conversation is not a group.
    [[nodiscard]] Result<bool> addMember(qint64 conversationId, const GroupMember &member);
    /// NotFound when not a member.
    [[nodiscard]] Result<void> setRole(qint64 conversationId, const QString &memberId,
                                       MemberRole role);
    /// True when a member was removed.
    [[nodiscard]] Result<bool> removeMember(qint64 conversationId, const QString &memberId);
    /// Replaces the whole membership atomically (a new group revision).
    [[nodiscard]] Result<void> setMembers(qint64 conversationId, const QList<GroupMember> &members);
    /// Members in the order they were added.
    [[nodiscard]] Result<QList<GroupMember>> members(qint64 conversationId);
    [[nodiscard]] Result<std::optional<MemberRole>> roleOf(qint64 conversationId,
                                                           const QString &memberId);

    /// A group's membership revision: updates with a revision not above it are stale.
    [[nodiscard]] Result<quint32> groupRevision(qint64 conversationId);
    [[nodiscard]] Result<void> setGroupRevision(qint64 conversationId, quint32 revision);
    /// Who made the change the group is at (empty when not known), and, when
    /// it was this account's own, the group as it was before it (encoded by
    /// the app; empty otherwise).
    struct RevisionAuthor {
        QString by;
        QByteArray base;
    };
    [[nodiscard]] Result<RevisionAuthor> groupRevisionBy(qint64 conversationId);
    [[nodiscard]] Result<void> setGroupRevisionBy(qint64 conversationId,
                                                  const RevisionAuthor &author);
    /// What members who are not admins may do (protocol GroupPermission bits).
    [[nodiscard]] Result<quint8> groupPermissions(qint64 conversationId);
    [[nodiscard]] Result<void> setGroupPermissions(qint64 conversationId, quint8 permissions);
    /// The text the person was writing and has not sent (empty when none).
    [[nodiscard]] Result<QString> draft(qint64 conversationId);
    /// Mutes notifications until `until` (ms), or unmutes (nullopt).
    [[nodiscard]] Result<void> setMutedUntil(qint64 conversationId, std::optional<qint64> until);
    [[nodiscard]] Result<void> setDraft(qint64 conversationId, const QString &text);
    /// Who created the group, as its admins' updates say; empty when unknown.
    [[nodiscard]] Result<QString> groupCreator(qint64 conversationId);
    [[nodiscard]] Result<void> setGroupCreator(qint64 conversationId, const QString &coveId);

    /// The members that already hold our current sender key for a group.
    [[nodiscard]] Result<QSet<QString>> senderKeyShares(qint64 conversationId);
    [[nodiscard]] Result<void> addSenderKeyShare(qint64 conversationId, const QString &memberId);
    /// Forgets one member's share: the next group message gives them the key again.
    [[nodiscard]] Result<void> removeSenderKeyShare(qint64 conversationId, const QString &memberId);
    /// Forgets every share: the next group message distributes a new key.
    [[nodiscard]] Result<void> clearSenderKeyShares(qint64 conversationId);

private:
    sqlite::Database &m_db;
    AttachmentStore *m_files;
};

} // namespace cove::storage
