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
#include <QTextBoundaryFinder>

namespace cove::app {

namespace {

constexpr int kSnippetLead = 24; ///< characters kept before the match
constexpr int kSnippetLength = 200;

/// `text` folded the way the search index folds it (case and accents), with
/// the position in `text` each folded character comes from.
QString foldForSearch(const QString &text, QList<qsizetype> *origins = nullptr)
{
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const qsizetype start = i;
        QString one(text[i]);
        if (text[i].isHighSurrogate() && i + 1 < text.size())
            one += text[++i];
        for (const QChar c : one.normalized(QString::NormalizationForm_D)) {
            if (c.category() == QChar::Mark_NonSpacing)
                continue;
            out += c.toCaseFolded();
            if (origins)
                origins->append(start);
        }
    }
    return out;
}

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
    if (at < 0) {
        // Found by the index through folded accents ("cafe" for "café").
        QList<qsizetype> origins;
        const QString folded = foldForSearch(line, &origins);
        for (const QString &w : words) {
            const qsizetype i = folded.indexOf(foldForSearch(w));
            if (i >= 0 && (at < 0 || origins[i] < at))
                at = origins[i];
        }
    }
    if (at <= kSnippetLead)
        return line.left(kSnippetLength);
    // Start at the start of a word (in scripts without spaces too), never
    // inside a character.
    QTextBoundaryFinder bounds(QTextBoundaryFinder::Word, line);
    bounds.setPosition(at - kSnippetLead);
    if (!bounds.isAtBoundary())
        bounds.toNextBoundary();
    qsizetype from = bounds.position();
    if (from < 0 || from > at)
        from = at;
    return QStringLiteral("…") + line.mid(from, kSnippetLength);
}

MessageSearchModel::MessageSearchModel(Account &account, Messenger &messenger, QObject *parent)
    : QAbstractListModel(parent), m_account(account)
{
    m_prune.setSingleShot(true);
    m_prune.setInterval(100);
    connect(&m_prune, &QTimer::timeout, this, &MessageSearchModel::prune);
    m_titles.setSingleShot(true);
    m_titles.setInterval(200);
    connect(&m_titles, &QTimer::timeout, this, &MessageSearchModel::refreshTitles);
    // (New messages do not move the results under the person's eyes: the
    // next search finds them.)
    connect(&messenger, &Messenger::messagesDeleted, this, [this] {
        if (!m_hits.isEmpty())
            m_prune.start();
    });
    connect(&messenger, &Messenger::conversationChanged, this, [this] {
        if (!m_hits.isEmpty() && !m_titles.isActive())
            m_titles.start();
    });
}

void MessageSearchModel::prune()
{
    m_prune.stop();
    storage::MessageRepository messages(m_account.db());
    for (int i = int(m_hits.size()) - 1; i >= 0; --i) {
        auto m = messages.find(m_hits[i].rowId);
        if (!m)
            return; // cannot tell now: keep what is shown
        if (m->has_value() && (*m)->messageId == m_hits[i].messageId)
            continue;
        beginRemoveRows({}, i, i);
        m_hits.removeAt(i);
        endRemoveRows();
    }
    if (m_hits.isEmpty() && !m_nextKey) {
        beginResetModel(); // "No messages found"
        endResetModel();
    }
}

void MessageSearchModel::refreshTitles()
{
    m_titles.stop();
    m_chats.clear();
    if (!m_hits.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_hits.size()) - 1));
}

void MessageSearchModel::setQuery(const QString &text)
{
    m_query = text;
    m_words = searchWords(text);
    m_nextKey.reset();
    m_chats.clear();
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
                hits.append(Hit{m.rowId, m.messageId, m.conversationId, m.senderId, outgoing,
                                searchSnippet(m.body, m_words),
                                outgoing ? m.sentAt
                                         : m.serverAt.value_or(m.receivedAt.value_or(m.sentAt))});
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
        return h.snippet;
    case List::AuthorRole: // who wrote it, where that is not plain from the title
        return chat(h.conversationId).group && !h.outgoing ? personName(m_account, h.senderId)
                                                           : QString();
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
