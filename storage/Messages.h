// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Content.h"
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

/// messages.direction
enum class Direction {
    Incoming = 1,
    Outgoing = 2,
};

/// messages.status. Outgoing messages go Pending → Sent → Delivered → Read
/// (or Failed); incoming ones are Received, then ReadByMe.
enum class MessageStatus {
    Pending = 0,
    Sent = 1,
    Delivered = 2,
    Read = 3, ///< read by the recipient
    Failed = 4,
    Received = 10,
    ReadByMe = 11, ///< an incoming message the person has seen
};

/// attachments.state
enum class AttachmentState {
    NotDownloaded = 0,
    Downloading = 1,
    Stored = 2, ///< the encrypted file is in the AttachmentStore
    Failed = 3,
};

/// One row of `attachments`: the content's descriptor plus where the file
/// is kept locally.
struct StoredAttachment {
    qint64 id = 0; ///< row id, set once stored
    /// blobId, transport key, plaintext hash, size, MIME type and the
    /// person's file name, as the content carried them.
    protocol::AttachmentDescriptor descriptor;
    QString localFile;  ///< AttachmentStore file name; empty until stored
    QByteArray fileKey; ///< the local file's key (secret; lives only in the encrypted database)
    AttachmentState state = AttachmentState::NotDownloaded;

    bool operator==(const StoredAttachment &) const = default;
};

/// A reply's reference to an earlier message.
struct StoredQuote {
    QByteArray messageId;
    QString authorId;
    QString excerpt;

    bool operator==(const StoredQuote &) const = default;
};

/// One row of `messages` with its attachments.
struct StoredMessage {
    qint64 rowId = 0;     ///< orders a conversation's history; set once stored
    QByteArray messageId; ///< the content's random id, unique across the store
    qint64 conversationId = 0;
    QString senderId; ///< Cove ID of the author (our own for outgoing)
    Direction direction = Direction::Incoming;
    MessageStatus status = MessageStatus::Received;
    qint64 sentAt = 0;                ///< ms, the sender's clock
    std::optional<qint64> serverAt;   ///< ms, the relay's clock
    std::optional<qint64> receivedAt; ///< ms, our clock, incoming only
    QString body;
    std::optional<StoredQuote> quote;
    quint32 forwardCount = 0;
    QByteArray frankingKey; ///< empty when none
    QByteArray commitment;  ///< empty when none
    QByteArray relayTag;    ///< the relay's franking tag; empty when none
    QByteArray content;     ///< the exact encoded content, so a report can open the commitment
    bool verified = false;  ///< the franking commitment matched the content
    std::optional<qint64> expiresAt;     ///< ms; deleted by deleteExpired() from then on
    QList<StoredAttachment> attachments; ///< in content order

    bool operator==(const StoredMessage &) const = default;
};

/// A page of one conversation's history, in display order (oldest first).
struct MessagePage {
    QList<StoredMessage> messages;
    /// Older messages exist before the first one (newestPage/olderPage), or
    /// newer ones after the last (newerPage).
    bool hasMore = false;
};

/// Which conversations a search looks in.
enum class SearchScope {
    Everything,
    /// Not message requests, nor group invitations not joined yet: a
    /// stranger's words show only where the person chose to open them.
    AcceptedChats,
};

/// A page of search results, newest first, without attachments.
struct SearchPage {
    QList<StoredMessage> messages;
    /// Pass as `afterKey` for the next page; empty when this was the last.
    std::optional<qint64> nextKey;
};

/// Messages and their attachments' rows. Calls that write more than one row
/// use a savepoint, so each is atomic alone and also joins a caller's
/// transaction (the receive path stores message and session state together).
class MessageRepository {
public:
    /// `files`, when given, is where deleted messages' attachment files are
    /// removed from (after their rows); without it the files are left for
    /// AttachmentStore::removeUnreferenced().
    explicit MessageRepository(sqlite::Database &db, AttachmentStore *files = nullptr)
        : m_db(db), m_files(files)
    {}

    struct Inserted {
        StoredMessage message;      ///< as stored, with row ids set
        bool alreadyStored = false; ///< a redelivery: nothing was written
    };
    /// Stores a message and its attachments in one savepoint. A message
    /// whose id is already stored for the same conversation and sender is a
    /// redelivery: the stored row comes back with alreadyStored set, and
    /// nothing changes. The same id from another sender or conversation is
    /// not a redelivery but a collision (AlreadyExists), so nobody can
    /// suppress someone else's message by reusing its id.
    [[nodiscard]] Result<Inserted> insert(const StoredMessage &message);

    [[nodiscard]] Result<std::optional<StoredMessage>> find(qint64 rowId);
    [[nodiscard]] Result<std::optional<StoredMessage>> findByMessageId(const QByteArray &messageId);

    /// Sets the status whatever it was (e.g. Failed → Pending on retry).
    [[nodiscard]] Result<void> setStatus(qint64 rowId, MessageStatus status);
    /// Moves the status forward only, for receipts that may arrive late or
    /// twice (a "delivered" after "read" changes nothing; any receipt
    /// clears Failed). True when it changed.
    [[nodiscard]] Result<bool> advanceStatus(const QByteArray &messageId, MessageStatus status);
    /// Marks every incoming message of a conversation the person has now
    /// seen as ReadByMe; returns those that changed (for read receipts).
    [[nodiscard]] Result<QList<StoredMessage>> markConversationRead(qint64 conversationId);
    [[nodiscard]] Result<void> setServerAt(qint64 rowId, qint64 serverAt);
    [[nodiscard]] Result<void> setVerified(qint64 rowId, bool verified);
    /// Starts (or clears) a disappearing message's countdown.
    [[nodiscard]] Result<void> setExpiresAt(qint64 rowId, std::optional<qint64> expiresAt);

    /// Records an attachment's local file once it is stored (or cleared).
    [[nodiscard]] Result<void> setAttachmentFile(qint64 attachmentId, const QString &localFile,
                                                 const QByteArray &fileKey, AttachmentState state);
    [[nodiscard]] Result<void> setAttachmentState(qint64 attachmentId, AttachmentState state);
    [[nodiscard]] Result<QList<StoredAttachment>> attachments(qint64 rowId);
    [[nodiscard]] Result<std::optional<StoredAttachment>> attachment(qint64 attachmentId);
    /// The message this account sent in `conversationId` under franking
    /// commitment `commitment`, among its newest kResendHorizon there
    /// (nullopt when none): what a resend request can ask for.
    [[nodiscard]] Result<std::optional<StoredMessage>>
    findSentByCommitment(qint64 conversationId, const QByteArray &commitment);
    static constexpr int kResendHorizon = 5000;
    /// The message an attachment belongs to (nullopt when there is no such attachment).
    [[nodiscard]] Result<std::optional<qint64>> messageOfAttachment(qint64 attachmentId);
    /// Received attachments not downloaded yet (NotDownloaded, or Downloading
    /// when the process ended mid-way), oldest first, outside pending message
    /// requests and group invitations not joined (their media waits for
    /// Accept or Join).
    [[nodiscard]] Result<QList<StoredAttachment>> attachmentsToDownload(int limit);
    /// Whether anything received in the conversation carries a file or a
    /// link (for a stranger's safety notice; nothing is kept or sent).
    [[nodiscard]] Result<bool> hasIncomingLinkOrMedia(qint64 conversationId);
    /// Every local file an attachment row refers to (for removeUnreferenced()).
    [[nodiscard]] Result<QSet<QString>> referencedFiles();

    /// The newest `limit` messages of a conversation, where it opens.
    [[nodiscard]] Result<MessagePage> newestPage(qint64 conversationId, int limit);
    /// Up to `limit` messages just before `beforeRowId` (the first message
    /// shown). Keyed, not OFFSET: messages arriving meanwhile shift nothing,
    /// and the cost does not grow with the history's length.
    [[nodiscard]] Result<MessagePage> olderPage(qint64 conversationId, qint64 beforeRowId,
                                                int limit);
    /// Up to `limit` messages just after `afterRowId` (the last one shown).
    [[nodiscard]] Result<MessagePage> newerPage(qint64 conversationId, qint64 afterRowId,
                                                int limit);
    [[nodiscard]] Result<qint64> count(qint64 conversationId);

    /// Full-text search of message bodies (FTS4, unicode61: case and
    /// diacritics folded), newest first. The person's words are matched as
    /// words (each of two or more characters as a prefix, all required);
    /// nothing in `text` is taken
    /// as query syntax, so quotes, `*`, `-`, AND, OR, NEAR are just text.
    /// Text without a letter or digit finds nothing. `afterKey` is the
    /// previous page's nextKey; `conversationId` restricts to one.
    [[nodiscard]] Result<SearchPage> search(const QString &text, int limit,
                                            std::optional<qint64> afterKey = {},
                                            std::optional<qint64> conversationId = {},
                                            SearchScope scope = SearchScope::Everything);
    /// The FTS4 MATCH expression search() uses for `text`; empty when it
    /// holds no word.
    [[nodiscard]] static QString matchExpression(const QString &text);

    /// Deletes a message, its attachments' rows and files, and its search
    /// entry. True when it existed.
    [[nodiscard]] Result<bool> remove(qint64 rowId);
    /// Deletes every message of a conversation (with attachments); returns how many.
    [[nodiscard]] Result<qint64> removeConversationMessages(qint64 conversationId);
    /// Deletes every message whose expiresAt is at or before `now`; returns how many.
    [[nodiscard]] Result<qint64> deleteExpired(qint64 now);
    /// Merges the search index so that words of deleted messages leave it
    /// (FTS4 only marks them deleted until its segments merge). Costs time
    /// in proportion to the index: run it when idle, not per deletion.
    [[nodiscard]] Result<void> compactSearchIndex();
    /// When the next disappearing message is due, to set a timer.
    [[nodiscard]] Result<std::optional<qint64>> nextExpiry();

private:
    [[nodiscard]] Result<void> loadAttachments(QList<StoredMessage> &messages);
    [[nodiscard]] Result<qint64> removeWhere(QByteArrayView filesSql, QByteArrayView deleteSql,
                                             qint64 key, const char *what);

    sqlite::Database &m_db;
    AttachmentStore *m_files;
};

} // namespace cove::storage
