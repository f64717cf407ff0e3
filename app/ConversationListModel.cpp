// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConversationListModel.h"

#include "Account.h"
#include "Contacts.h"
#include "CoveId.h"
#include "Messages.h"
#include "Messenger.h"
#include "SafeText.h"

#include <QCoreApplication>
#include <QDateTime>

#include <limits>

namespace cove::app {

namespace {

/// Coalesces bursts of changes (a backlog arriving) into one reload.
constexpr int kReloadDelayMs = 50;
constexpr qint64 kMaxTimerMs = 24 * 3'600'000; ///< longer mutes are looked at again daily

QString previewOf(const storage::StoredMessage &m)
{
    QString body = m.body.simplified();
    if (!body.isEmpty())
        return body.left(200);
    if (!m.attachments.isEmpty()) {
        const auto &d = m.attachments.first().descriptor;
        if (d.mimeType.startsWith(QLatin1String("image/")))
            return QCoreApplication::translate("cove::app::ConversationListModel", "Photo");
        const QString name = protocol::safeFileName(d.fileName);
        return name.isEmpty()
                   ? QCoreApplication::translate("cove::app::ConversationListModel", "File")
                   : name;
    }
    return {};
}

} // namespace

QString personName(Account &account, const QString &coveId)
{
    if (coveId == account.coveId())
        return QCoreApplication::translate("cove::app::ConversationListModel", "You");
    storage::ContactRepository contacts(account.db());
    if (auto c = contacts.find(coveId); c && c->has_value() && !(*c)->displayName.isEmpty())
        return (*c)->displayName;
    return protocol::displayCoveId(coveId);
}

QString conversationTitle(Account &account, const storage::Conversation &conv)
{
    if (conv.kind == storage::ConversationKind::Group)
        return conv.title.isEmpty() ? QCoreApplication::translate(
                                          "cove::app::ConversationListModel", "Unnamed group")
                                    : conv.title;
    return personName(account, conv.peerId);
}

ConversationListModel::ConversationListModel(Account &account, Messenger &messenger,
                                             storage::ConversationState state, QObject *parent)
    : QAbstractListModel(parent), m_account(account), m_messenger(messenger), m_state(state)
{
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(kReloadDelayMs);
    connect(&m_reloadTimer, &QTimer::timeout, this, &ConversationListModel::reload);
    m_muteEnds.setSingleShot(true);
    connect(&m_muteEnds, &QTimer::timeout, this, &ConversationListModel::reload);
    connect(&m_messenger, &Messenger::messageStored, this, [this] { scheduleReload(); });
    connect(&m_messenger, &Messenger::conversationChanged, this, [this] { scheduleReload(); });
    connect(&m_messenger, &Messenger::messageChanged, this, [this] { scheduleReload(); });
    // Only that row: drafts change while the person types.
    connect(&m_messenger, &Messenger::draftChanged, this, [this](qint64 id) {
        for (qsizetype i = 0; i < m_rows.size(); ++i) {
            if (m_rows[i].conversation.id != id)
                continue;
            if (AppResult<QString> text = m_messenger.draft(id)) {
                m_rows[i].conversation.draft = *text;
                Q_EMIT dataChanged(index(int(i)), index(int(i)), {DraftRole});
            }
        }
    });
    reload();
}

void ConversationListModel::scheduleReload()
{
    if (!m_reloadTimer.isActive())
        m_reloadTimer.start();
}

void ConversationListModel::reload()
{
    m_reloadTimer.stop();
    storage::ConversationRepository conversations(m_account.db());
    storage::MessageRepository messages(m_account.db());
    storage::Result<QList<storage::Conversation>> list = conversations.list(m_state);
    if (!list)
        return; // keep what is shown; the Messenger reports storage problems
    QList<Row> rows;
    rows.reserve(list->size());
    for (const storage::Conversation &c : *list) {
        Row row{c, conversationTitle(m_account, c), {}, {}, false};
        // A stranger's group shows nothing of itself before Join.
        const auto invitation = c.kind == storage::ConversationKind::Group
                                    ? m_messenger.groupInvitation(c.id)
                                    : AppResult<std::optional<Messenger::GroupInvitation>>(
                                          std::optional<Messenger::GroupInvitation>());
        if (invitation && invitation->has_value()) {
            row.invitation = true;
        } else if (auto page = messages.newestPage(c.id, 1); page && !page->messages.isEmpty()) {
            const storage::StoredMessage &last = page->messages.constLast();
            row.preview = previewOf(last);
            row.lastOutgoing = last.direction == storage::Direction::Outgoing;
            if (c.kind == storage::ConversationKind::Group && !row.lastOutgoing &&
                !row.preview.isEmpty())
                row.author = personName(m_account, last.senderId);
        }
        rows.append(std::move(row));
    }
    m_guardianId = m_messenger.isGuarded() ? m_messenger.guardianId() : QString();
    // When the next mute ends, the list shows it (🔕 goes, the count returns).
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    qint64 nextEnd = 0;
    for (const Row &r : rows)
        if (r.conversation.mutedAt(now) &&
            *r.conversation.mutedUntil != std::numeric_limits<qint64>::max() &&
            (nextEnd == 0 || *r.conversation.mutedUntil < nextEnd))
            nextEnd = *r.conversation.mutedUntil;
    if (nextEnd != 0)
        m_muteEnds.start(int(std::min<qint64>(nextEnd - now + 50, kMaxTimerMs)));
    else
        m_muteEnds.stop();
    bool sameOrder = rows.size() == m_rows.size();
    for (qsizetype i = 0; sameOrder && i < rows.size(); ++i)
        sameOrder = rows[i].conversation.id == m_rows[i].conversation.id;
    if (sameOrder) {
        m_rows = std::move(rows);
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1));
    } else {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }
    Q_EMIT reloaded();
}

int ConversationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ConversationListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return r.title;
    case Qt::AccessibleTextRole:
        return r.conversation.unreadCount > 0
                   ? QCoreApplication::translate("cove::app::ConversationListModel",
                                                 "%1, %n unread", nullptr,
                                                 int(r.conversation.unreadCount))
                         .arg(r.title)
                   : r.title;
    case IdRole:
        return r.conversation.id;
    case PreviewRole:
        if (r.invitation) // translated when asked: the language can change meanwhile
            return QCoreApplication::translate("GroupInvite", "Group invitation");
        return r.preview;
    case LastOutgoingRole:
        return r.lastOutgoing;
    case TimeRole:
        return QDateTime::fromMSecsSinceEpoch(r.conversation.lastActivityAt);
    case UnreadRole:
        return r.conversation.unreadCount;
    case PinnedRole:
        return r.conversation.pinned;
    case GroupRole:
        return r.conversation.kind == storage::ConversationKind::Group;
    case PeerIdRole:
        return r.conversation.peerId;
    case DraftRole:
        return r.conversation.draft.simplified().left(200);
    case AuthorRole:
        return r.author;
    case MutedRole:
        return mutedNow(r);
    default:
        return {};
    }
}

QHash<int, QByteArray> ConversationListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{IdRole, "conversationId"},
                  {TitleRole, "title"},
                  {PreviewRole, "preview"},
                  {DraftRole, "draft"},
                  {LastOutgoingRole, "lastOutgoing"},
                  {TimeRole, "time"},
                  {UnreadRole, "unread"},
                  {PinnedRole, "pinned"},
                  {GroupRole, "group"},
                  {PeerIdRole, "peerId"}});
    return names;
}

int ConversationListModel::rowOf(qint64 conversationId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].conversation.id == conversationId)
            return int(i);
    return -1;
}

qint64 ConversationListModel::conversationAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].conversation.id : 0;
}

qint64 ConversationListModel::totalUnread() const
{
    qint64 n = 0;
    for (const Row &r : m_rows)
        if (!mutedNow(r))
            n += r.conversation.unreadCount;
    return n;
}

bool ConversationListModel::mutedNow(const Row &r) const
{
    // A request or an invitation is never muted, whatever was set before,
    // nor a child's guardian.
    if (!m_guardianId.isEmpty() && r.conversation.peerId == m_guardianId)
        return false;
    return !r.invitation && r.conversation.state == storage::ConversationState::Normal &&
           r.conversation.mutedAt(QDateTime::currentMSecsSinceEpoch());
}

} // namespace cove::app
