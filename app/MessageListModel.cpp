// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageListModel.h"

#include "Account.h"
#include "ConversationListModel.h"
#include "Conversations.h"
#include "ForwardPolicy.h"
#include "Messenger.h"

#include <QDateTime>

#include <algorithm>
#include <utility>

namespace cove::app {

MessageListModel::MessageListModel(Account &account, Messenger &messenger, QObject *parent)
    : QAbstractListModel(parent), m_account(account), m_messenger(messenger)
{
    connect(&m_messenger, &Messenger::messageStored, this, &MessageListModel::onStored);
    connect(&m_messenger, &Messenger::messageChanged, this, &MessageListModel::onChanged);
    // Disappearing messages went: read the loaded range again. (Other
    // conversation changes, such as unread counts, leave the rows alone.)
    connect(&m_messenger, &Messenger::messagesDeleted, this, [this] {
        if (m_conversationId != 0)
            reloadAll();
    });
}

void MessageListModel::setConversation(qint64 conversationId)
{
    beginResetModel();
    m_conversationId = conversationId;
    m_rows.clear();
    m_staged.clear();
    m_names.clear();
    m_times.clear();
    m_hasOlder = false;
    m_hasNewer = false;
    m_unreadFrom = 0;
    m_unreadCount = 0;
    m_group = false;
    if (conversationId != 0) {
        storage::ConversationRepository conversations(m_account.db());
        if (auto c = conversations.find(conversationId); c && c->has_value())
            m_group = (*c)->kind == storage::ConversationKind::Group;
        storage::MessageRepository messages(m_account.db());
        if (auto page = messages.newestPage(conversationId, kPageSize)) {
            m_rows = std::move(page->messages);
            m_hasOlder = page->hasMore;
        }
    }
    endResetModel();
}

void MessageListModel::reloadAll()
{
    // Keep as many rows as were loaded, so the view does not jump; away from
    // the newest (scrolled up, or opened at a search result), the same range.
    const int wanted = std::clamp(int(m_rows.size()), kPageSize, kMaxRows);
    storage::MessageRepository messages(m_account.db());
    const bool away = m_hasNewer && !m_rows.isEmpty();
    auto page = away ? messages.olderPage(m_conversationId, m_rows.constLast().rowId + 1, wanted)
                     : messages.newestPage(m_conversationId, wanted);
    if (!page)
        return;
    if (away && page->messages.isEmpty()) { // everything loaded went
        setConversation(m_conversationId);
        return;
    }
    beginResetModel();
    m_rows = std::move(page->messages);
    m_staged.clear();
    m_hasOlder = page->hasMore;
    m_hasNewer = away; // fetchNewer() finds out when nothing newer is left
    m_times.clear();
    endResetModel();
}

void MessageListModel::showNewest()
{
    setConversation(m_conversationId);
}

int MessageListModel::markUnread(qint64 unread)
{
    if (unread <= 0 || m_rows.isEmpty())
        return -1;
    for (;;) {
        qint64 seen = 0;
        for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
            // What the person wrote came after what they had read: a count
            // that reaches past it (marked unread by hand, or messages that
            // went since) draws no line.
            if (m_rows[row].direction == storage::Direction::Outgoing)
                return -1;
            if (++seen < unread)
                continue;
            m_unreadFrom = m_rows[row].rowId;
            m_unreadCount = unread;
            Q_EMIT dataChanged(index(row), index(row), {UnreadFromRole});
            return row;
        }
        // Further up than a window holds: no marker (the list shows the count).
        if (!m_hasOlder || m_rows.size() + kPageSize > kMaxRows || fetchOlder() == 0)
            return -1;
    }
}

int MessageListModel::showAround(qint64 conversationId, qint64 rowId)
{
    setConversation(conversationId);
    if (conversationId == 0 || rowOf(rowId) >= 0)
        return rowOf(rowId);
    storage::MessageRepository messages(m_account.db());
    // Half a page before it, the message itself, then the rest after it.
    auto before = messages.olderPage(conversationId, rowId + 1, kPageSize / 2 + 1);
    if (!before || before->messages.isEmpty() || before->messages.constLast().rowId != rowId)
        return -1;
    auto after = messages.newerPage(conversationId, rowId, kPageSize);
    if (!after)
        return -1;
    beginResetModel();
    m_rows = std::move(before->messages);
    m_rows.append(std::move(after->messages));
    m_hasOlder = before->hasMore;
    m_hasNewer = after->hasMore;
    m_staged.clear();
    m_times.clear();
    endResetModel();
    return rowOf(rowId);
}

void MessageListModel::dropRows(bool fromTop, int count)
{
    count = std::min(count, int(m_rows.size()));
    if (count <= 0)
        return;
    const int first = fromTop ? 0 : int(m_rows.size()) - count;
    beginRemoveRows({}, first, first + count - 1);
    for (int i = first; i < first + count; ++i)
        m_times.remove(m_rows.at(i).rowId);
    m_rows.remove(first, count);
    endRemoveRows();
    if (fromTop) {
        m_hasOlder = true;
        // The new first row starts a day and a run of its sender.
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0), index(0));
    } else {
        m_hasNewer = true;
    }
}

int MessageListModel::fetchNewer()
{
    if (!m_hasNewer || m_rows.isEmpty())
        return 0;
    storage::MessageRepository messages(m_account.db());
    auto page = messages.newerPage(m_conversationId, m_rows.constLast().rowId, kPageSize);
    if (!page)
        return 0;
    m_hasNewer = page->hasMore;
    const int n = int(page->messages.size());
    if (n == 0)
        return 0;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + n - 1);
    m_rows.append(std::move(page->messages));
    endInsertRows();
    dropRows(true, int(m_rows.size()) - kMaxRows);
    return n;
}

const QList<storage::StoredMessage> &MessageListModel::prefetchOlder()
{
    if (!m_hasOlder || m_rows.isEmpty()) {
        m_staged.clear();
        return m_staged;
    }
    const qint64 before = m_rows.constFirst().rowId;
    if (!m_staged.isEmpty() && m_stagedBefore == before)
        return m_staged;
    m_staged.clear();
    storage::MessageRepository messages(m_account.db());
    if (auto page = messages.olderPage(m_conversationId, before, kPageSize)) {
        m_staged = std::move(page->messages);
        m_stagedBefore = before;
        m_stagedHasMore = page->hasMore;
    }
    return m_staged;
}

int MessageListModel::fetchOlder()
{
    if (!m_hasOlder || m_rows.isEmpty())
        return 0;
    QList<storage::StoredMessage> older;
    if (!m_staged.isEmpty() && m_stagedBefore == m_rows.constFirst().rowId) {
        older = std::exchange(m_staged, {});
        m_hasOlder = m_stagedHasMore;
    } else {
        storage::MessageRepository messages(m_account.db());
        auto page = messages.olderPage(m_conversationId, m_rows.constFirst().rowId, kPageSize);
        if (!page)
            return 0;
        older = std::move(page->messages);
        m_hasOlder = page->hasMore;
    }
    m_staged.clear();
    const int n = int(older.size());
    if (n == 0)
        return 0;
    beginInsertRows({}, 0, n - 1);
    older.append(std::move(m_rows));
    m_rows = std::move(older);
    endInsertRows();
    // The first old row's neighbours changed (sender run, day break).
    if (n < m_rows.size())
        Q_EMIT dataChanged(index(n), index(n));
    dropRows(false, int(m_rows.size()) - kMaxRows);
    return n;
}

void MessageListModel::onStored(qint64 rowId, qint64 conversationId)
{
    if (conversationId != m_conversationId || rowOf(rowId) >= 0)
        return;
    if (m_hasNewer) {
        Q_EMIT arrivedBelow(); // the window is further up; scrolling down reads it
        return;
    }
    storage::MessageRepository messages(m_account.db());
    const qint64 after = m_rows.isEmpty() ? 0 : m_rows.constLast().rowId;
    auto page = messages.newerPage(m_conversationId, after, kPageSize * 4);
    if (!page || page->messages.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(page->messages.size()) - 1);
    m_rows.append(std::move(page->messages));
    endInsertRows();
    // (Arrivals do not move the window: rows dropped above would shift
    // what the person is reading. It shrinks again as they scroll.)
    Q_EMIT appended();
}

void MessageListModel::onChanged(qint64 rowId)
{
    // A message kept aside is read again when it is needed.
    if (std::any_of(m_staged.cbegin(), m_staged.cend(),
                    [rowId](const storage::StoredMessage &m) { return m.rowId == rowId; }))
        m_staged.clear();
    const int row = rowOf(rowId);
    if (row < 0)
        return;
    storage::MessageRepository messages(m_account.db());
    auto m = messages.find(rowId);
    if (!m)
        return;
    if (!m->has_value()) {
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
        return;
    }
    m_rows[row] = std::move(**m);
    Q_EMIT dataChanged(index(row), index(row));
}

int MessageListModel::rowOf(qint64 rowId) const
{
    auto it =
        std::lower_bound(m_rows.cbegin(), m_rows.cend(), rowId,
                         [](const storage::StoredMessage &m, qint64 id) { return m.rowId < id; });
    return it != m_rows.cend() && it->rowId == rowId ? int(it - m_rows.cbegin()) : -1;
}

const storage::StoredMessage &MessageListModel::messageAt(int row) const
{
    return m_rows.at(row);
}

QDateTime MessageListModel::shownTime(const storage::StoredMessage &m) const
{
    // Converting to local time is costly (the time zone is consulted each
    // time), and the view asks for it on every layout: keep it per row.
    auto it = m_times.constFind(m.rowId);
    if (it != m_times.cend())
        return *it;
    // A sender's clock may be off; the relay's and ours are not theirs.
    const qint64 ms = m.direction == storage::Direction::Outgoing
                          ? m.sentAt
                          : m.serverAt.value_or(m.receivedAt.value_or(m.sentAt));
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(ms).toLocalTime();
    m_times.insert(m.rowId, local);
    return local;
}

int MessageListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant MessageListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const int row = index.row();
    const storage::StoredMessage &m = m_rows[row];
    switch (role) {
    case Qt::DisplayRole:
    case BodyRole:
        return m.body;
    case RowIdRole:
        return m.rowId;
    case OutgoingRole:
        return m.direction == storage::Direction::Outgoing;
    case StatusRole:
        return int(m.status);
    case TimeRole:
        return shownTime(m);
    case SenderIdRole:
        return m.senderId;
    case SenderNameRole: {
        auto it = m_names.find(m.senderId);
        if (it == m_names.end())
            it = m_names.insert(m.senderId, personName(m_account, m.senderId));
        return *it;
    }
    case ShowSenderRole:
        return m_group && m.direction == storage::Direction::Incoming &&
               (row == 0 || m_rows[row - 1].senderId != m.senderId ||
                shownTime(m_rows[row - 1]).date() != shownTime(m).date());
    case DayBreakRole: {
        const QDate day = shownTime(m).date();
        if (row == 0 || shownTime(m_rows[row - 1]).date() != day)
            return day;
        return QDate();
    }
    case ForwardCountRole:
        return m.forwardCount;
    case UnreadFromRole:
        return m.rowId == m_unreadFrom ? int(std::min<qint64>(m_unreadCount, 1'000'000)) : 0;
    case ManyForwardsRole:
        return safety::forwardedManyTimes(m.forwardCount);
    case QuoteRole:
        return m.quote ? m.quote->excerpt : QString();
    case ExpiresRole:
        return m.expiresAt.has_value();
    case AttachmentCountRole:
        return int(m.attachments.size());
    case Qt::AccessibleTextRole:
        return m.body;
    default:
        return {};
    }
}

QHash<int, QByteArray> MessageListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{RowIdRole, "rowId"},
                  {BodyRole, "body"},
                  {OutgoingRole, "outgoing"},
                  {StatusRole, "status"},
                  {TimeRole, "time"},
                  {SenderIdRole, "senderId"},
                  {SenderNameRole, "senderName"},
                  {ShowSenderRole, "showSender"},
                  {DayBreakRole, "dayBreak"},
                  {ForwardCountRole, "forwardCount"},
                  {QuoteRole, "quote"},
                  {ExpiresRole, "expires"},
                  {AttachmentCountRole, "attachmentCount"},
                  {ManyForwardsRole, "manyForwards"}});
    return names;
}

} // namespace cove::app
