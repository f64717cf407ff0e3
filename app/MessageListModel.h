// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Messages.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QHash>

namespace cove::app {

class Account;
class Messenger;

/// One conversation's history for the chat view, oldest at the top. It
/// holds a window of at most kMaxRows rows around what is being looked at:
/// it opens on the newest page, reads older ones by key (fetchOlder) and,
/// once the window is full, lets go of the newest end (read again by
/// fetchNewer when the person scrolls back down). So a history of a million
/// messages opens, scrolls and weighs as little as one of a few hundred.
class MessageListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        RowIdRole = Qt::UserRole + 1,
        BodyRole,
        OutgoingRole,     ///< bool
        StatusRole,       ///< int (storage::MessageStatus)
        TimeRole,         ///< QDateTime to show: sent (own) or relay/received time
        SenderIdRole,     ///< Cove ID
        SenderNameRole,   ///< "You", a contact's name or the Cove ID
        ShowSenderRole,   ///< bool: a group message that starts a run of one sender
        DayBreakRole,     ///< QDate when the message is the first of its day, else invalid
        ForwardCountRole, ///< uint
        QuoteRole,        ///< the quoted excerpt, empty when none
        ExpiresRole,      ///< bool: a disappearing message
        AttachmentCountRole,
        ManyForwardsRole, ///< bool: labelled "Forwarded many times" (safety::forwardedManyTimes)
        UnreadFromRole,   ///< int: the first unread message, of how many; 0 on other rows
    };

    static constexpr int kPageSize = 50;
    static constexpr int kMaxRows = 400;

    MessageListModel(Account &account, Messenger &messenger, QObject *parent = nullptr);

    /// Shows a conversation (0: none), opening on its newest page.
    void setConversation(qint64 conversationId);
    [[nodiscard]] qint64 conversationId() const noexcept { return m_conversationId; }
    [[nodiscard]] bool isGroup() const noexcept { return m_group; }

    /// Whether older messages exist above the first row.
    [[nodiscard]] bool hasOlder() const noexcept { return m_hasOlder; }
    /// Whether newer messages exist below the last row (the window moved up).
    [[nodiscard]] bool hasNewer() const noexcept { return m_hasNewer; }
    /// Reads the page before the first row and inserts it at the top,
    /// dropping as many from the bottom when the window is full; returns
    /// how many rows were added.
    int fetchOlder();
    /// The same downwards: the page after the last row, at the bottom.
    int fetchNewer();
    /// Reads, ahead of time, the page fetchOlder() would insert next and
    /// keeps it aside, so that reaching the top does not wait for the
    /// database; the view calls it when idle. Returns the messages kept
    /// aside (oldest first; empty when there is nothing older). They are
    /// dropped when any of them changes or the rows are read again.
    const QList<storage::StoredMessage> &prefetchOlder();
    /// How many messages are read ahead and kept aside now.
    [[nodiscard]] qsizetype readAhead() const noexcept { return m_staged.size(); }
    /// Back to the newest page (after the window moved up).
    void showNewest();
    /// Marks where the unread messages start, when the chat opens with
    /// `unread` of them: reads older pages (at most kMaxRows rows in all)
    /// until the first is loaded. Returns its row, or -1 (none, or too far).
    int markUnread(qint64 unread);
    /// Opens the conversation on the page around one of its messages (a
    /// search result); returns its row, or -1 when it is not there (then
    /// the newest page shows).
    int showAround(qint64 conversationId, qint64 rowId);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index,
                                int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    /// The stored message of a row (with its attachments).
    [[nodiscard]] const storage::StoredMessage &messageAt(int row) const;
    /// The row of a message, or -1 when it is not loaded.
    [[nodiscard]] int rowOf(qint64 rowId) const;

Q_SIGNALS:
    /// New messages were appended at the bottom (arrived or sent).
    void appended();
    /// A message arrived below the window (the person scrolled far up):
    /// it shows once they scroll down or call showNewest().
    void arrivedBelow();

private:
    void onStored(qint64 rowId, qint64 conversationId);
    void onChanged(qint64 rowId);
    void reloadAll();
    /// Drops `count` rows from the top or the bottom.
    void dropRows(bool fromTop, int count);
    [[nodiscard]] QDateTime shownTime(const storage::StoredMessage &m) const;

    Account &m_account;
    Messenger &m_messenger;
    qint64 m_conversationId = 0;
    bool m_group = false;
    bool m_hasOlder = false;
    bool m_hasNewer = false;
    qint64 m_unreadFrom = 0; ///< row id of the first unread message (0: none marked)
    qint64 m_unreadCount = 0;
    QList<storage::StoredMessage> m_rows; ///< ascending row ids
    /// The page just before m_rows, read by prefetchOlder() while the first
    /// row was m_stagedBefore.
    QList<storage::StoredMessage> m_staged;
    qint64 m_stagedBefore = 0;
    bool m_stagedHasMore = false;
    mutable QHash<QString, QString> m_names;
    mutable QHash<qint64, QDateTime> m_times; ///< shown local time, by row id
};

} // namespace cove::app
