// SPDX-License-Identifier: GPL-3.0-or-later
#include "Messages.h"

#include "Attachments.h"
#include "RepositorySupport.h"
#include "Sqlite.h"

#include <QHash>

#include <algorithm>
#include <cstdint>
#include <limits>
#include <utility>

namespace cove::storage {

using detail::bindOptionalBlob;
using detail::query;
using detail::Query;
using detail::Savepoint;

namespace {

void bindOptionalText(sqlite::Statement &st, int index, const QString &text)
{
    if (text.isEmpty())
        st.bindNull(index);
    else
        st.bind(index, text);
}

std::optional<qint64> optionalInt(const sqlite::Statement &st, int column)
{
    if (st.isNull(column))
        return std::nullopt;
    return qint64(st.int64(column));
}

StorageError notFound(const char *what)
{
    return storageError(StorageErrorCode::NotFound, QLatin1String(what));
}

constexpr const char *kMessageColumns =
    "m.id, m.message_id, m.conversation_id, m.sender_id, m.direction, m.status, m.sent_at, "
    "m.server_at, m.received_at, m.body, m.quote_message_id, m.quote_author_id, "
    "m.quote_excerpt, m.forward_count, m.franking_key, m.commitment, m.relay_tag, m.content, "
    "m.verified, m.expires_at";

QByteArray selectMessages(const char *tail)
{
    return QByteArray("SELECT ") + kMessageColumns + " FROM messages m " + tail;
}

StoredMessage readMessage(const sqlite::Statement &st)
{
    StoredMessage m;
    m.rowId = st.int64(0);
    m.messageId = st.blob(1);
    m.conversationId = st.int64(2);
    m.senderId = st.text(3);
    m.direction = Direction(st.int64(4));
    m.status = MessageStatus(st.int64(5));
    m.sentAt = st.int64(6);
    m.serverAt = optionalInt(st, 7);
    m.receivedAt = optionalInt(st, 8);
    m.body = st.text(9);
    if (!st.isNull(10))
        m.quote = StoredQuote{st.blob(10), st.text(11), st.text(12)};
    m.forwardCount = quint32(std::clamp<std::int64_t>(st.int64(13), 0, UINT32_MAX));
    m.frankingKey = st.blob(14);
    m.commitment = st.blob(15);
    m.relayTag = st.blob(16);
    m.content = st.blob(17);
    m.verified = st.int64(18) != 0;
    m.expiresAt = optionalInt(st, 19);
    return m;
}

constexpr const char *kAttachmentColumns =
    "a.id, a.message_rowid, a.blob_id, a.transport_key, a.plaintext_sha256, a.size, "
    "a.mime_type, a.file_name, a.local_file, a.file_key, a.state";

StoredAttachment readAttachment(const sqlite::Statement &st)
{
    StoredAttachment a;
    a.id = st.int64(0);
    a.descriptor.blobId = st.blob(2);
    a.descriptor.key = st.blob(3);
    a.descriptor.plaintextSha256 = st.blob(4);
    a.descriptor.size = quint64(std::max<std::int64_t>(st.int64(5), 0));
    a.descriptor.mimeType = st.text(6);
    a.descriptor.fileName = st.text(7);
    a.localFile = st.text(8);
    a.fileKey = st.blob(9);
    a.state = AttachmentState(st.int64(10));
    return a;
}

// Steps through every row, appending readMessage() of each.
Result<void> collectMessages(sqlite::Statement &st, QList<StoredMessage> &out, const char *what)
{
    for (;;) {
        sqlite::Result<bool> row = st.step();
        if (!row)
            return fromSqlite(row.error(), what);
        if (!*row)
            return {};
        out.append(readMessage(st));
    }
}

Result<void> checkLimit(int limit)
{
    if (limit < 1)
        return storageError(StorageErrorCode::InvalidArgument,
                            QStringLiteral("a page holds at least one message"));
    return {};
}

// Longest query we build: enough for any sentence a person searches for,
// short enough that a pasted page cannot make one search expensive.
constexpr int kMaxSearchWords = 16;

bool isWordChar(char32_t c)
{
    if (QChar::isLetterOrNumber(c))
        return true;
    // Combining marks stay with their letter (decomposed "é"); unicode61
    // drops them when it folds diacritics.
    switch (QChar::category(c)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
        return true;
    default:
        return false;
    }
}

} // namespace

// ---- insert ----------------------------------------------------------------

Result<MessageRepository::Inserted> MessageRepository::insert(const StoredMessage &message)
{
    constexpr const char *what = "storing a message";
    if (message.messageId.isEmpty())
        return storageError(StorageErrorCode::InvalidArgument,
                            QStringLiteral("a message needs its id"));
    for (const StoredAttachment &a : message.attachments) {
        if (a.descriptor.size > quint64(std::numeric_limits<qint64>::max()))
            return storageError(StorageErrorCode::InvalidArgument,
                                QStringLiteral("attachment size out of range"));
    }

    Result<Savepoint> sp = Savepoint::begin(m_db);
    if (!sp)
        return sp.error();

    {
        Result<Query> q = query(m_db, "SELECT 1 FROM conversations WHERE id = ?1", what);
        if (!q)
            return q.error();
        (**q).bind(1, std::int64_t(message.conversationId));
        sqlite::Result<bool> row = (**q).step();
        if (!row)
            return fromSqlite(row.error(), what);
        if (!*row)
            return notFound("no such conversation");
    }

    {
        Result<Query> q = query(
            m_db,
            "INSERT OR IGNORE INTO messages (message_id, conversation_id, sender_id, direction, "
            "status, sent_at, server_at, received_at, body, quote_message_id, quote_author_id, "
            "quote_excerpt, forward_count, franking_key, commitment, relay_tag, content, "
            "verified, expires_at) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, "
            "?18, ?19)",
            what);
        if (!q)
            return q.error();
        sqlite::Statement &st = **q;
        st.bindBlob(1, message.messageId)
            .bind(2, std::int64_t(message.conversationId))
            .bind(3, message.senderId)
            .bind(4, int(message.direction))
            .bind(5, int(message.status))
            .bind(6, std::int64_t(message.sentAt));
        message.serverAt ? st.bind(7, std::int64_t(*message.serverAt)) : st.bindNull(7);
        message.receivedAt ? st.bind(8, std::int64_t(*message.receivedAt)) : st.bindNull(8);
        st.bind(9, message.body);
        if (message.quote) {
            st.bindBlob(10, message.quote->messageId)
                .bind(11, message.quote->authorId)
                .bind(12, message.quote->excerpt);
        } else {
            st.bindNull(10).bindNull(11).bindNull(12);
        }
        st.bind(13, std::uint32_t(message.forwardCount));
        bindOptionalBlob(st, 14, message.frankingKey);
        bindOptionalBlob(st, 15, message.commitment);
        bindOptionalBlob(st, 16, message.relayTag);
        bindOptionalBlob(st, 17, message.content);
        st.bind(18, message.verified);
        message.expiresAt ? st.bind(19, std::int64_t(*message.expiresAt)) : st.bindNull(19);
        if (sqlite::Result<void> r = st.run(); !r)
            return fromSqlite(r.error(), what);
    }

    if (m_db.changes() == 0) {
        // Ignored: the id is taken (a redelivery, or a collision), or a
        // value broke a CHECK constraint.
        Result<std::optional<StoredMessage>> existing = findByMessageId(message.messageId);
        if (!existing)
            return existing.error();
        if (!*existing)
            return storageError(StorageErrorCode::InvalidArgument,
                                QStringLiteral("the message has a value out of range"));
        StoredMessage &stored = **existing;
        if (stored.conversationId != message.conversationId || stored.senderId != message.senderId)
            return storageError(StorageErrorCode::AlreadyExists,
                                QStringLiteral("another message already has this id"));
        if (Result<void> r = sp->release(); !r)
            return r.error();
        return Inserted{std::move(stored), true};
    }

    Inserted out{message, false};
    out.message.rowId = m_db.lastInsertRowId();
    for (qsizetype i = 0; i < out.message.attachments.size(); ++i) {
        StoredAttachment &a = out.message.attachments[i];
        Result<Query> q =
            query(m_db,
                  "INSERT INTO attachments (message_rowid, position, blob_id, transport_key, "
                  "plaintext_sha256, size, mime_type, file_name, local_file, file_key, state) "
                  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
                  what);
        if (!q)
            return q.error();
        sqlite::Statement &st = **q;
        st.bind(1, std::int64_t(out.message.rowId))
            .bind(2, std::int64_t(i))
            .bindBlob(3, a.descriptor.blobId)
            .bindBlob(4, a.descriptor.key)
            .bindBlob(5, a.descriptor.plaintextSha256)
            .bind(6, std::int64_t(a.descriptor.size))
            .bind(7, a.descriptor.mimeType)
            .bind(8, a.descriptor.fileName);
        bindOptionalText(st, 9, a.localFile);
        bindOptionalBlob(st, 10, a.fileKey);
        st.bind(11, int(a.state));
        if (sqlite::Result<void> r = st.run(); !r)
            return fromSqlite(r.error(), what);
        a.id = m_db.lastInsertRowId();
    }
    if (Result<void> r = sp->release(); !r)
        return r.error();
    return out;
}

// ---- lookups ---------------------------------------------------------------

Result<std::optional<StoredMessage>> MessageRepository::find(qint64 rowId)
{
    constexpr const char *what = "reading a message";
    static const QByteArray sql = selectMessages("WHERE m.id = ?1");
    QList<StoredMessage> found;
    {
        Result<Query> q = query(m_db, sql, what);
        if (!q)
            return q.error();
        (**q).bind(1, std::int64_t(rowId));
        if (Result<void> r = collectMessages(**q, found, what); !r)
            return r.error();
    }
    if (found.isEmpty())
        return std::optional<StoredMessage>();
    if (Result<void> r = loadAttachments(found); !r)
        return r.error();
    return std::optional<StoredMessage>(std::move(found.first()));
}

Result<std::optional<StoredMessage>> MessageRepository::findByMessageId(const QByteArray &messageId)
{
    constexpr const char *what = "reading a message";
    static const QByteArray sql = selectMessages("WHERE m.message_id = ?1");
    QList<StoredMessage> found;
    {
        Result<Query> q = query(m_db, sql, what);
        if (!q)
            return q.error();
        (**q).bindBlob(1, messageId);
        if (Result<void> r = collectMessages(**q, found, what); !r)
            return r.error();
    }
    if (found.isEmpty())
        return std::optional<StoredMessage>();
    if (Result<void> r = loadAttachments(found); !r)
        return r.error();
    return std::optional<StoredMessage>(std::move(found.first()));
}

Result<std::optional<StoredMessage>>
MessageRepository::findSentByCommitment(qint64 conversationId, const QByteArray &commitment)
{
    constexpr const char *what = "finding a sent message";
    // Through the conversation's index, newest first, never the whole table.
    static const QByteArray sql = selectMessages(
        "WHERE m.id IN (SELECT id FROM messages WHERE conversation_id = ?1 "
        "ORDER BY id DESC LIMIT ?3) AND m.commitment = ?2 AND m.direction = ?4 LIMIT 1");
    QList<StoredMessage> found;
    {
        Result<Query> q = query(m_db, sql, what);
        if (!q)
            return q.error();
        (**q).bind(1, std::int64_t(conversationId));
        (**q).bindBlob(2, commitment);
        (**q).bind(3, std::int64_t(kResendHorizon));
        (**q).bind(4, std::int64_t(Direction::Outgoing));
        if (Result<void> r = collectMessages(**q, found, what); !r)
            return r.error();
    }
    if (found.isEmpty())
        return std::optional<StoredMessage>();
    return std::optional<StoredMessage>(std::move(found.first()));
}

Result<void> MessageRepository::loadAttachments(QList<StoredMessage> &messages)
{
    constexpr const char *what = "reading attachments";
    if (messages.isEmpty())
        return {};
    // A page is every message of one conversation between its first and
    // last row id, so one range query fetches all of its attachments.
    QHash<qint64, qsizetype> indexOf;
    qint64 low = messages.first().rowId;
    qint64 high = low;
    for (qsizetype i = 0; i < messages.size(); ++i) {
        indexOf.insert(messages[i].rowId, i);
        low = std::min(low, messages[i].rowId);
        high = std::max(high, messages[i].rowId);
    }
    static const QByteArray sql =
        QByteArray("SELECT ") + kAttachmentColumns +
        " FROM attachments a JOIN messages m ON m.id = a.message_rowid "
        "WHERE a.message_rowid BETWEEN ?1 AND ?2 AND m.conversation_id = ?3 "
        "ORDER BY a.message_rowid, a.position";
    Result<Query> q = query(m_db, sql, what);
    if (!q)
        return q.error();
    (**q)
        .bind(1, std::int64_t(low))
        .bind(2, std::int64_t(high))
        .bind(3, std::int64_t(messages.first().conversationId));
    for (;;) {
        sqlite::Result<bool> row = (**q).step();
        if (!row)
            return fromSqlite(row.error(), what);
        if (!*row)
            return {};
        const auto it = indexOf.constFind((**q).int64(1));
        if (it != indexOf.cend())
            messages[*it].attachments.append(readAttachment(**q));
    }
}

namespace {

/// Every row of a query over kAttachmentColumns.
Result<QList<StoredAttachment>> readAttachments(sqlite::Statement &st, const char *what)
{
    QList<StoredAttachment> out;
    for (;;) {
        sqlite::Result<bool> row = st.step();
        if (!row)
            return fromSqlite(row.error(), what);
        if (!*row)
            return out;
        out.append(readAttachment(st));
    }
}

} // namespace

Result<QList<StoredAttachment>> MessageRepository::attachments(qint64 rowId)
{
    constexpr const char *what = "reading attachments";
    static const QByteArray sql = QByteArray("SELECT ") + kAttachmentColumns +
                                  " FROM attachments a WHERE a.message_rowid = ?1 "
                                  "ORDER BY a.position";
    Result<Query> q = query(m_db, sql, what);
    if (!q)
        return q.error();
    (**q).bind(1, std::int64_t(rowId));
    return readAttachments(**q, what);
}

Result<QList<StoredAttachment>> MessageRepository::attachmentsToDownload(int limit)
{
    constexpr const char *what = "listing attachments to download";
    static const QByteArray sql = QByteArray("SELECT ") + kAttachmentColumns +
                                  " FROM attachments a JOIN messages m ON m.id = a.message_rowid "
                                  "JOIN conversations c ON c.id = m.conversation_id "
                                  "WHERE a.state IN (0, 1) AND m.direction = 1 AND c.state <> 1 "
                                  "AND NOT EXISTS (SELECT 1 FROM message_requests r "
                                  "WHERE r.conversation_id = c.id AND r.state = 0) "
                                  "ORDER BY a.id LIMIT ?1";
    Result<Query> q = query(m_db, sql, what);
    if (!q)
        return q.error();
    (**q).bind(1, std::int64_t(limit));
    return readAttachments(**q, what);
}

Result<bool> MessageRepository::hasIncomingLinkOrMedia(qint64 conversationId)
{
    constexpr const char *what = "looking for received files and links";
    static const QByteArray sql =
        "SELECT EXISTS(SELECT 1 FROM messages m WHERE m.conversation_id = ?1 "
        "AND m.direction = 1 AND (EXISTS(SELECT 1 FROM attachments a "
        "WHERE a.message_rowid = m.id) OR m.body LIKE '%://%' OR m.body LIKE '%www.%'))";
    Result<Query> q = query(m_db, sql, what);
    if (!q)
        return q.error();
    (**q).bind(1, std::int64_t(conversationId));
    sqlite::Result<bool> row = (**q).step();
    if (!row)
        return fromSqlite(row.error(), what);
    return *row && (**q).int64(0) != 0;
}

Result<std::optional<StoredAttachment>> MessageRepository::attachment(qint64 attachmentId)
{
    constexpr const char *what = "reading an attachment";
    static const QByteArray sql =
        QByteArray("SELECT ") + kAttachmentColumns + " FROM attachments a WHERE a.id = ?1";
    Result<Query> q = query(m_db, sql, what);
    if (!q)
        return q.error();
    (**q).bind(1, std::int64_t(attachmentId));
    sqlite::Result<bool> row = (**q).step();
    if (!row)
        return fromSqlite(row.error(), what);
    if (!*row)
        return std::optional<StoredAttachment>();
    return std::optional<StoredAttachment>(readAttachment(**q));
}

Result<std::optional<qint64>> MessageRepository::messageOfAttachment(qint64 attachmentId)
{
    return detail::readOne<qint64>(
        m_db, "SELECT message_rowid FROM attachments WHERE id = ?1",
        "finding an attachment's message",
        [&](sqlite::Statement &s) { s.bind(1, std::int64_t(attachmentId)); },
        [](const sqlite::Statement &s) { return qint64(s.int64(0)); });
}

Result<QSet<QString>> MessageRepository::referencedFiles()
{
    constexpr const char *what = "listing attachment files";
    Result<Query> q = query(
        m_db, "SELECT DISTINCT local_file FROM attachments WHERE local_file IS NOT NULL", what);
    if (!q)
        return q.error();
    QSet<QString> out;
    for (;;) {
        sqlite::Result<bool> row = (**q).step();
        if (!row)
            return fromSqlite(row.error(), what);
        if (!*row)
            return out;
        out.insert((**q).text(0));
    }
}

// ---- updates ---------------------------------------------------------------

namespace {

Result<void> updateOne(sqlite::Database &db, QByteArrayView sql, qint64 key,
                       const std::optional<qint64> &value, const char *what, const char *missing)
{
    Result<Query> q = query(db, sql, what);
    if (!q)
        return q.error();
    (**q).bind(1, std::int64_t(key));
    value ? (**q).bind(2, std::int64_t(*value)) : (**q).bindNull(2);
    if (sqlite::Result<void> r = (**q).run(); !r)
        return fromSqlite(r.error(), what);
    if (db.changes() == 0)
        return notFound(missing);
    return {};
}

} // namespace

Result<void> MessageRepository::setStatus(qint64 rowId, MessageStatus status)
{
    return updateOne(m_db, "UPDATE messages SET status = ?2 WHERE id = ?1", rowId, qint64(status),
                     "updating a message's status", "no such message");
}

Result<bool> MessageRepository::advanceStatus(const QByteArray &messageId, MessageStatus status)
{
    constexpr const char *what = "updating a message's status";
    Direction direction = Direction::Outgoing;
    switch (status) {
    case MessageStatus::Sent:
    case MessageStatus::Delivered:
    case MessageStatus::Read:
        break;
    case MessageStatus::ReadByMe:
        direction = Direction::Incoming;
        break;
    case MessageStatus::Pending:
    case MessageStatus::Failed:
    case MessageStatus::Received:
        return storageError(StorageErrorCode::InvalidArgument,
                            QStringLiteral("not a status a message advances to"));
    }
    // Failed (4) sorts above the outgoing steps but any receipt proves the
    // message got out.
    Result<Query> q = query(m_db,
                            "UPDATE messages SET status = ?2 WHERE message_id = ?1 AND "
                            "direction = ?3 AND (status < ?2 OR status = 4)",
                            what);
    if (!q)
        return q.error();
    (**q).bindBlob(1, messageId).bind(2, int(status)).bind(3, int(direction));
    if (sqlite::Result<void> r = (**q).run(); !r)
        return fromSqlite(r.error(), what);
    return m_db.changes() > 0;
}

Result<QList<StoredMessage>> MessageRepository::markConversationRead(qint64 conversationId)
{
    constexpr const char *what = "marking messages read";
    static const QByteArray sql = selectMessages(
        "WHERE m.conversation_id = ?1 AND m.direction = 1 AND m.status = 10 ORDER BY m.id");
    QList<StoredMessage> unread;
    {
        Result<Query> q = query(m_db, sql, what);
        if (!q)
            return q.error();
        (**q).bind(1, std::int64_t(conversationId));
        if (Result<void> r = collectMessages(**q, unread, what); !r)
            return r.error();
    }
    if (unread.isEmpty())
        return unread;
    Result<Query> q = query(m_db,
                            "UPDATE messages SET status = 11 WHERE conversation_id = ?1 AND "
                            "direction = 1 AND status = 10",
                            what);
    if (!q)
        return q.error();
    (**q).bind(1, std::int64_t(conversationId));
    if (sqlite::Result<void> r = (**q).run(); !r)
        return fromSqlite(r.error(), what);
    return unread;
}

Result<void> MessageRepository::setServerAt(qint64 rowId, qint64 serverAt)
{
    return updateOne(m_db, "UPDATE messages SET server_at = ?2 WHERE id = ?1", rowId, serverAt,
                     "updating a message's server time", "no such message");
}

Result<void> MessageRepository::setVerified(qint64 rowId, bool verified)
{
    return updateOne(m_db, "UPDATE messages SET verified = ?2 WHERE id = ?1", rowId,
                     verified ? 1 : 0, "updating a message's verification", "no such message");
}

Result<void> MessageRepository::setExpiresAt(qint64 rowId, std::optional<qint64> expiresAt)
{
    return updateOne(m_db, "UPDATE messages SET expires_at = ?2 WHERE id = ?1", rowId, expiresAt,
                     "updating a message's expiry", "no such message");
}

Result<void> MessageRepository::setAttachmentFile(qint64 attachmentId, const QString &localFile,
                                                  const QByteArray &fileKey, AttachmentState state)
{
    constexpr const char *what = "recording an attachment's file";
    Result<Query> q = query(
        m_db, "UPDATE attachments SET local_file = ?2, file_key = ?3, state = ?4 WHERE id = ?1",
        what);
    if (!q)
        return q.error();
    (**q).bind(1, std::int64_t(attachmentId));
    bindOptionalText(**q, 2, localFile);
    bindOptionalBlob(**q, 3, fileKey);
    (**q).bind(4, int(state));
    if (sqlite::Result<void> r = (**q).run(); !r)
        return fromSqlite(r.error(), what);
    if (m_db.changes() == 0)
        return notFound("no such attachment");
    return {};
}

Result<void> MessageRepository::setAttachmentState(qint64 attachmentId, AttachmentState state)
{
    return updateOne(m_db, "UPDATE attachments SET state = ?2 WHERE id = ?1", attachmentId,
                     qint64(state), "updating an attachment's state", "no such attachment");
}

// ---- pages -----------------------------------------------------------------

namespace {

// Runs a page query (bound by `bind`) for limit + 1 rows: the extra row
// only says whether there is more.
template <typename Bind>
Result<MessagePage> fetchPage(sqlite::Database &db, QByteArrayView sql, int limit, bool reverse,
                              Bind bind)
{
    constexpr const char *what = "reading a page of messages";
    MessagePage page;
    {
        Result<Query> q = query(db, sql, what);
        if (!q)
            return q.error();
        bind(**q, std::int64_t(limit) + 1);
        if (Result<void> r = collectMessages(**q, page.messages, what); !r)
            return r.error();
    }
    if (page.messages.size() > limit) {
        page.hasMore = true;
        page.messages.removeLast();
    }
    if (reverse)
        std::reverse(page.messages.begin(), page.messages.end());
    return page;
}

} // namespace

Result<MessagePage> MessageRepository::newestPage(qint64 conversationId, int limit)
{
    if (Result<void> r = checkLimit(limit); !r)
        return r.error();
    static const QByteArray sql =
        selectMessages("WHERE m.conversation_id = ?1 ORDER BY m.id DESC LIMIT ?2");
    Result<MessagePage> page =
        fetchPage(m_db, sql, limit, true, [&](sqlite::Statement &st, std::int64_t n) {
            st.bind(1, std::int64_t(conversationId)).bind(2, n);
        });
    if (page)
        if (Result<void> r = loadAttachments(page->messages); !r)
            return r.error();
    return page;
}

Result<MessagePage> MessageRepository::olderPage(qint64 conversationId, qint64 beforeRowId,
                                                 int limit)
{
    if (Result<void> r = checkLimit(limit); !r)
        return r.error();
    static const QByteArray sql =
        selectMessages("WHERE m.conversation_id = ?1 AND m.id < ?2 ORDER BY m.id DESC LIMIT ?3");
    Result<MessagePage> page =
        fetchPage(m_db, sql, limit, true, [&](sqlite::Statement &st, std::int64_t n) {
            st.bind(1, std::int64_t(conversationId)).bind(2, std::int64_t(beforeRowId)).bind(3, n);
        });
    if (page)
        if (Result<void> r = loadAttachments(page->messages); !r)
            return r.error();
    return page;
}

Result<MessagePage> MessageRepository::newerPage(qint64 conversationId, qint64 afterRowId,
                                                 int limit)
{
    if (Result<void> r = checkLimit(limit); !r)
        return r.error();
    static const QByteArray sql =
        selectMessages("WHERE m.conversation_id = ?1 AND m.id > ?2 ORDER BY m.id ASC LIMIT ?3");
    Result<MessagePage> page =
        fetchPage(m_db, sql, limit, false, [&](sqlite::Statement &st, std::int64_t n) {
            st.bind(1, std::int64_t(conversationId)).bind(2, std::int64_t(afterRowId)).bind(3, n);
        });
    if (page)
        if (Result<void> r = loadAttachments(page->messages); !r)
            return r.error();
    return page;
}

Result<qint64> MessageRepository::count(qint64 conversationId)
{
    constexpr const char *what = "counting messages";
    Result<Query> q = query(m_db, "SELECT count(*) FROM messages WHERE conversation_id = ?1", what);
    if (!q)
        return q.error();
    (**q).bind(1, std::int64_t(conversationId));
    sqlite::Result<bool> row = (**q).step();
    if (!row)
        return fromSqlite(row.error(), what);
    return qint64((**q).int64(0));
}

// ---- search ----------------------------------------------------------------

QString MessageRepository::matchExpression(const QString &text)
{
    // Split into words the way a person sees them and quote each one: inside
    // double quotes FTS4 syntax (AND, OR, NOT, NEAR, -, *, ^, column:) is
    // plain text, and a word never holds a quote itself. Each word of two or
    // more characters is a prefix ("mess" finds "message"); a single
    // character is a word of its own, since as a prefix it would merge the
    // index entries of every word it starts. All words must match.
    QString expr;
    int words = 0;
    const QList<uint> codePoints = text.toUcs4();
    QList<uint> word;
    const auto flush = [&] {
        if (!word.isEmpty() && words < kMaxSearchWords) {
            if (!expr.isEmpty())
                expr += QLatin1Char(' ');
            expr += QLatin1Char('"') +
                    QString::fromUcs4(reinterpret_cast<const char32_t *>(word.constData()),
                                      word.size()) +
                    (word.size() > 1 ? QStringLiteral("*\"") : QStringLiteral("\""));
            ++words;
        }
        word.clear();
    };
    for (uint c : codePoints) {
        if (isWordChar(char32_t(c)))
            word.append(c);
        else
            flush();
    }
    flush();
    return expr;
}

Result<SearchPage> MessageRepository::search(const QString &text, int limit,
                                             std::optional<qint64> afterKey,
                                             std::optional<qint64> conversationId,
                                             SearchScope scope)
{
    constexpr const char *what = "searching messages";
    if (Result<void> r = checkLimit(limit); !r)
        return r.error();
    const QString expr = matchExpression(text);
    if (expr.isEmpty())
        return SearchPage{};
    // ?5: SearchScope::AcceptedChats leaves out ConversationState::MessageRequest
    // (1) and conversations with a RequestState::Pending (0) request.
    static const QByteArray sql =
        QByteArray("SELECT ") + kMessageColumns +
        " FROM message_search JOIN messages m ON m.id = message_search.docid "
        "WHERE message_search MATCH ?1 AND message_search.docid < ?2 "
        "AND (?3 IS NULL OR m.conversation_id = ?3) "
        "AND (?5 = 0 OR (NOT EXISTS (SELECT 1 FROM conversations c "
        "WHERE c.id = m.conversation_id AND c.state = 1) "
        "AND NOT EXISTS (SELECT 1 FROM message_requests r "
        "WHERE r.conversation_id = m.conversation_id AND r.state = 0))) "
        "ORDER BY message_search.docid DESC LIMIT ?4";
    SearchPage page;
    {
        Result<Query> q = query(m_db, sql, what);
        if (!q)
            return q.error();
        sqlite::Statement &st = **q;
        st.bind(1, expr).bind(2,
                              std::int64_t(afterKey.value_or(std::numeric_limits<qint64>::max())));
        conversationId ? st.bind(3, std::int64_t(*conversationId)) : st.bindNull(3);
        st.bind(4, std::int64_t(limit) + 1);
        st.bind(5, std::int64_t(scope == SearchScope::AcceptedChats ? 1 : 0));
        if (Result<void> r = collectMessages(st, page.messages, what); !r)
            return r.error();
    }
    if (page.messages.size() > limit) {
        page.messages.removeLast();
        page.nextKey = page.messages.constLast().rowId;
    }
    return page;
}

// ---- deletion --------------------------------------------------------------

Result<qint64> MessageRepository::removeWhere(QByteArrayView filesSql, QByteArrayView deleteSql,
                                              qint64 key, const char *what)
{
    QStringList files;
    qint64 removed = 0;
    {
        Result<Savepoint> sp = Savepoint::begin(m_db);
        if (!sp)
            return sp.error();
        {
            Result<Query> q = query(m_db, filesSql, what);
            if (!q)
                return q.error();
            (**q).bind(1, std::int64_t(key));
            for (;;) {
                sqlite::Result<bool> row = (**q).step();
                if (!row)
                    return fromSqlite(row.error(), what);
                if (!*row)
                    break;
                files.append((**q).text(0));
            }
        }
        {
            Result<Query> q = query(m_db, deleteSql, what);
            if (!q)
                return q.error();
            (**q).bind(1, std::int64_t(key));
            if (sqlite::Result<void> r = (**q).run(); !r)
                return fromSqlite(r.error(), what);
            removed = m_db.changes();
        }
        // A file another row still refers to (a forwarded copy) stays.
        if (Result<void> r = detail::keepOnlyUnreferenced(m_db, files, what); !r)
            return r.error();
        if (Result<void> r = sp->release(); !r)
            return r.error();
    }
    detail::removeFilesAfterRows(m_files, files);
    return removed;
}

Result<bool> MessageRepository::remove(qint64 rowId)
{
    Result<qint64> n = removeWhere(
        "SELECT local_file FROM attachments WHERE message_rowid = ?1 AND local_file IS NOT NULL",
        "DELETE FROM messages WHERE id = ?1", rowId, "deleting a message");
    if (!n)
        return n.error();
    return *n > 0;
}

Result<qint64> MessageRepository::removeConversationMessages(qint64 conversationId)
{
    return removeWhere("SELECT a.local_file FROM attachments a JOIN messages m "
                       "ON m.id = a.message_rowid WHERE m.conversation_id = ?1 "
                       "AND a.local_file IS NOT NULL",
                       "DELETE FROM messages WHERE conversation_id = ?1", conversationId,
                       "deleting a conversation's messages");
}

Result<qint64> MessageRepository::deleteExpired(qint64 now)
{
    return removeWhere("SELECT a.local_file FROM attachments a JOIN messages m "
                       "ON m.id = a.message_rowid WHERE m.expires_at IS NOT NULL "
                       "AND m.expires_at <= ?1 AND a.local_file IS NOT NULL",
                       "DELETE FROM messages WHERE expires_at IS NOT NULL AND expires_at <= ?1",
                       now, "deleting expired messages");
}

Result<void> MessageRepository::compactSearchIndex()
{
    if (sqlite::Result<void> r =
            m_db.exec("INSERT INTO message_search (message_search) VALUES ('optimize')");
        !r)
        return fromSqlite(r.error(), "compacting the search index");
    return {};
}

Result<std::optional<qint64>> MessageRepository::nextExpiry()
{
    constexpr const char *what = "reading the next expiry";
    Result<Query> q =
        query(m_db, "SELECT min(expires_at) FROM messages WHERE expires_at IS NOT NULL", what);
    if (!q)
        return q.error();
    sqlite::Result<bool> row = (**q).step();
    if (!row)
        return fromSqlite(row.error(), what);
    if (!*row || (**q).isNull(0))
        return std::optional<qint64>();
    return std::optional<qint64>(qint64((**q).int64(0)));
}

} // namespace cove::storage
