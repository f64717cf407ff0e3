// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageSearchModel.h"

#include "Account.h"
#include "ConversationListModel.h"
#include "Conversations.h"
#include "Messages.h"
#include "Messenger.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>

namespace cove::app {

namespace {

constexpr int kSnippetLead = 24; ///< characters kept before the match
constexpr int kSnippetLength = 200;

} // namespace

QStringList searchWords(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"),
                                               QRegularExpression::UseUnicodePropertiesOption);
    return text.split(separators, Qt::SkipEmptyParts);
}

QString searchSnippet(const QString &body, const QStringList &words)
{
    const QString line = body.simplified();
    qsizetype at = -1;
    for (const QString &w : words) {
        const qsizetype i = line.indexOf(w, 0, Qt::CaseInsensitive);
        if (i >= 0 && (at < 0 || i < at))
            at = i;
    }
    if (at <= kSnippetLead)
        return line.left(kSnippetLength);
    // Start at a word boundary after the lead, so no word shows cut.
    qsizetype from = at - kSnippetLead;
    const qsizetype space = line.indexOf(QLatin1Char(' '), from);
    if (space >= 0 && space < at)
        from = space + 1;
    return QStringLiteral("…") + line.mid(from, kSnippetLength);
}

MessageSearchModel::MessageSearchModel(Account &account, Messenger &messenger, QObject *parent)
    : QAbstractListModel(parent), m_account(account)
{
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(100);
    connect(&m_refresh, &QTimer::timeout, this, [this] {
        m_chats.clear();
        setQuery(m_query);
    });
    const auto refresh = [this] {
        if (!m_query.isEmpty())
            m_refresh.start();
    };
    // Deleted and disappeared messages, deleted chats. (New messages do not
    // move the results under the person's eyes: the next search finds them.)
    connect(&messenger, &Messenger::messagesDeleted, this, refresh);
}

void MessageSearchModel::setQuery(const QString &text)
{
    m_query = text;
    m_words = searchWords(text);
    m_nextKey.reset();
    read(false);
}

void MessageSearchModel::read(bool append)
{
    QList<Hit> hits;
    std::optional<qint64> next;
    if (!storage::MessageRepository::matchExpression(m_query).isEmpty()) {
        storage::MessageRepository messages(m_account.db());
        storage::Result<storage::SearchPage> page =
            messages.search(m_query, kPageSize, append ? m_nextKey : std::nullopt, std::nullopt,
                            storage::SearchScope::AcceptedChats);
        if (page) {
            next = page->nextKey;
            for (const storage::StoredMessage &m : page->messages) {
                const bool outgoing = m.direction == storage::Direction::Outgoing;
                hits.append(Hit{
                    m.rowId, m.conversationId, m.senderId, outgoing, searchSnippet(m.body, m_words),
                    outgoing ? m.sentAt : m.serverAt.value_or(m.receivedAt.value_or(m.sentAt))});
            }
        }
    }
    m_nextKey = next;
    if (!append) {
        beginResetModel();
        m_hits = std::move(hits);
        endResetModel();
    } else if (!hits.isEmpty()) {
        const int first = int(m_hits.size());
        beginInsertRows({}, first, first + int(hits.size()) - 1);
        m_hits.append(std::move(hits));
        endInsertRows();
    }
}

bool MessageSearchModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_nextKey.has_value();
}

void MessageSearchModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        read(true);
}

int MessageSearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

const MessageSearchModel::Chat &MessageSearchModel::chat(qint64 conversationId) const
{
    auto it = m_chats.find(conversationId);
    if (it == m_chats.end()) {
        Chat c;
        storage::ConversationRepository conversations(m_account.db());
        if (auto conv = conversations.find(conversationId); conv && conv->has_value()) {
            c.title = conversationTitle(m_account, **conv);
            c.peerId = (*conv)->peerId;
            c.group = (*conv)->kind == storage::ConversationKind::Group;
        }
        it = m_chats.insert(conversationId, c);
    }
    return *it;
}

QVariant MessageSearchModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_hits.size())
        return {};
    using List = ConversationListModel;
    const Hit &h = m_hits[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case List::TitleRole:
        return chat(h.conversationId).title;
    case Qt::AccessibleTextRole:
        return QCoreApplication::translate("cove::app::MessageSearchModel", "%1, in %2: %3")
            .arg(personName(m_account, h.senderId), chat(h.conversationId).title, h.snippet);
    case List::IdRole:
        return h.conversationId;
    case MessageRowIdRole:
        return h.rowId;
    case List::PreviewRole:
        // Who wrote it, where that is not plain from the title.
        if (chat(h.conversationId).group && !h.outgoing)
            return QCoreApplication::translate("cove::app::MessageSearchModel", "%1: %2")
                .arg(QChar(0x2068) + personName(m_account, h.senderId) + QChar(0x2069),
                     QChar(0x2068) + h.snippet + QChar(0x2069));
        return h.snippet;
    case List::LastOutgoingRole:
        return h.outgoing;
    case List::TimeRole:
        return QDateTime::fromMSecsSinceEpoch(h.shownAt);
    case List::GroupRole:
        return chat(h.conversationId).group;
    case List::PeerIdRole:
        return chat(h.conversationId).peerId;
    default:
        return {};
    }
}

} // namespace cove::app
