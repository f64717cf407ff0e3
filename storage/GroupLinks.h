// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StorageError.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace cove::sqlite {
class Database;
}

namespace cove::storage {

/// A group's invite link as its admins set it (conversations.invite_*).
struct InviteLinkState {
    QByteArray token;      ///< the link's secret; empty: no link
    bool approval = false; ///< an admin lets each joiner in

    bool operator==(const InviteLinkState &) const = default;
};

/// One row of `group_join_requests`: someone with the link asked this
/// account, an admin, to be let into a group.
struct JoinRequestRow {
    qint64 conversationId = 0;
    QString requester;
    qint64 requestedAt = 0;
    QByteArray facts; ///< the relay's first-contact facts (CBOR), may be empty

    bool operator==(const JoinRequestRow &) const = default;
};

/// One row of `group_joins_asked`: a group this account asked to join.
struct JoinAsked {
    QByteArray groupId;
    QString adminId;
    qint64 askedAt = 0;

    bool operator==(const JoinAsked &) const = default;
};

/// Invite links and the requests they lead to, on both sides.
class GroupLinkRepository {
public:
    explicit GroupLinkRepository(sqlite::Database &db) : m_db(db) {}

    [[nodiscard]] Result<InviteLinkState> inviteLink(qint64 conversationId);
    [[nodiscard]] Result<void> setInviteLink(qint64 conversationId, const InviteLinkState &link);

    // ---- an admin's side
    /// True when new; asking again keeps the first time.
    [[nodiscard]] Result<bool> addJoinRequest(const JoinRequestRow &request);
    /// Oldest first.
    [[nodiscard]] Result<QList<JoinRequestRow>> joinRequests(qint64 conversationId);
    /// True when there was one.
    [[nodiscard]] Result<bool> removeJoinRequest(qint64 conversationId, const QString &requester);

    // ---- the joiner's side
    /// Records (or renews) that this account asked to join a group.
    [[nodiscard]] Result<void> addJoinAsked(const JoinAsked &asked);
    [[nodiscard]] Result<std::optional<JoinAsked>> joinAsked(const QByteArray &groupId);
    /// Every group asked for and not answered yet, oldest first.
    [[nodiscard]] Result<QList<JoinAsked>> joinsAsked();
    [[nodiscard]] Result<bool> removeJoinAsked(const QByteArray &groupId);

private:
    sqlite::Database &m_db;
};

} // namespace cove::storage
