// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <QTimer>

#include <optional>

namespace cove::app {

class Account;
class Messenger;

/// Messages whose text holds the words the person searches for, newest
/// first, across their chats (never message requests or group invitations
/// not joined: a stranger's words show only where the person opens them).
/// Rows carry the ConversationListModel roles, so the conversation list's
/// delegate draws them; more are read as the person scrolls (fetchMore).
class MessageSearchModel : public QAbstractListModel {
    Q_OBJECT
public:
    /// Beyond ConversationListModel::Role.
    enum Role {
        MessageRowIdRole = Qt::UserRole + 64,
    };
    static constexpr int kPageSize = 40;

    MessageSearchModel(Account &account, Messenger &messenger, QObject *parent = nullptr);

    /// Searches for `text` (empty, or without a word: no results).
    void setQuery(const QString &text);
    [[nodiscard]] const QString &query() const noexcept { return m_query; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index,
                                int role = Qt::DisplayRole) const override;
    [[nodiscard]] bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    /// Drops the results whose message is gone (deleted, disappeared, its
    /// chat deleted); the others stay where they are.
    void prune();
    /// Names chats again (renamed, another language).
    void refreshTitles();

private:
    struct Hit {
        qint64 rowId = 0;
        QByteArray messageId; ///< row ids are reused after a deletion; this is not
        qint64 conversationId = 0;
        QString senderId;
        bool outgoing = false;
        QString snippet;
        qint64 shownAt = 0;
    };
    struct Chat {
        QString title;
        QString peerId;
        bool group = false;
    };
    /// Reads the next page after m_nextKey; appends when `append`, else
    /// replaces what is shown.
    void read(bool append);
    [[nodiscard]] const Chat &chat(qint64 conversationId) const;

    Account &m_account;
    QString m_query;
    QStringList m_words; ///< the query's words, to start each snippet near one
    QList<Hit> m_hits;
    std::optional<qint64> m_nextKey;
    mutable QHash<qint64, Chat> m_chats;
    QTimer m_prune;  ///< messages went (deleted, disappeared)
    QTimer m_titles; ///< chats changed (renamed, added to contacts)
};

/// The words of a search: what is between spaces and punctuation.
[[nodiscard]] QStringList searchWords(const QString &text);

/// The part of `body` to show for a search hit: one line, starting a little
/// before the first of `words` found in it, so the match is in view.
[[nodiscard]] QString searchSnippet(const QString &body, const QStringList &words);

} // namespace cove::app
