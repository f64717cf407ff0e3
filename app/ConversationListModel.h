// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Conversations.h"

#include <QAbstractListModel>
#include <QTimer>

namespace cove::app {

class Account;
class Messenger;

/// The conversation list as the app shows it: either the chats or the
/// message requests, pinned first, then by last activity. Follows the
/// Messenger's changes (coalesced, so a backlog of thousands of messages
/// costs a handful of reloads, not one per message).
class ConversationListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        TitleRole,        ///< contact name, group name, or the Cove ID
        PreviewRole,      ///< the last message, one line
        LastOutgoingRole, ///< the last message is the person's own
        TimeRole,         ///< QDateTime of the last activity
        UnreadRole,       ///< qint64
        PinnedRole,       ///< bool
        GroupRole,        ///< bool
        PeerIdRole,       ///< direct conversations: the peer's Cove ID
        DraftRole,        ///< what the person was writing there, one line; empty when none
        AuthorRole,       ///< who wrote the preview, when that is not plain; empty otherwise
        MutedRole,        ///< bool: notifications muted now
    };

    ConversationListModel(Account &account, Messenger &messenger, storage::ConversationState state,
                          QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index,
                                int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    /// The row of a conversation, or -1.
    [[nodiscard]] int rowOf(qint64 conversationId) const;
    [[nodiscard]] qint64 conversationAt(int row) const;
    /// Unread messages over all rows, muted chats left out.
    [[nodiscard]] qint64 totalUnread() const;

    /// Reads the list again now (also done by itself after changes).
    void reload();

Q_SIGNALS:
    /// The list was read again (rows may have moved).
    void reloaded();

private:
    struct Row {
        storage::Conversation conversation;
        QString title;
        QString preview;
        QString author; ///< groups: who wrote the last message, when not the person
        bool lastOutgoing = false;
        bool invitation = false; ///< a stranger's group not joined: no preview of it
    };
    void scheduleReload();
    [[nodiscard]] bool mutedNow(const Row &r) const;

    Account &m_account;
    Messenger &m_messenger;
    storage::ConversationState m_state;
    QList<Row> m_rows;
    QTimer m_reloadTimer;
    QTimer m_muteEnds;    ///< reloads when the next mute ends
    QString m_guardianId; ///< a guarded child's guardian (never muted); empty otherwise
};

/// How a conversation is named for the person: the contact's name, the
/// group's name, or (for strangers) the formatted Cove ID.
[[nodiscard]] QString conversationTitle(Account &account, const storage::Conversation &conv);
/// The name to show for a Cove ID: "You", a contact's name, or the ID.
[[nodiscard]] QString personName(Account &account, const QString &coveId);

} // namespace cove::app
