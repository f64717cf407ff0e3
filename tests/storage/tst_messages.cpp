// SPDX-License-Identifier: GPL-3.0-or-later
// Messages as a person sees them: a redelivered message shows once, history
// opens at its newest page and scrolls back without gaps or repeats (also
// while new messages arrive), search finds words however they are accented
// and never chokes on what someone types, and deleting a message removes it
// everywhere, attachment files included.

#include "Attachments.h"
#include "Conversations.h"
#include "Crypto.h"
#include "Messages.h"
#include "Sqlite.h"
#include "Store.h"

#include <QDir>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace cove::storage;

namespace {

template <typename T> QByteArray whyNot(const Result<T> &r)
{
    return r.ok() ? QByteArray() : r.error().detail.toUtf8();
}

} // namespace

#define STORAGE_OK(expr)                                                                           \
    do {                                                                                           \
        const auto &r_ = (expr);                                                                   \
        QVERIFY2(r_.ok(), whyNot(r_).constData());                                                 \
    } while (false)

class TestMessages : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void everyFieldRoundTrips();
    void redeliveredMessageIsStoredOnce();
    void sameIdFromSomeoneElseIsRefused();
    void unknownConversationStoresNothing();
    void insertJoinsTheCallersTransaction();
    void statusMovesForwardOnly();
    void attachmentFileIsRecordedAfterDownload();

    void thousandMessagesPageWithoutGapsOrDuplicates();
    void pagingStaysCorrectWhileMessagesArrive();
    void emptyConversationAndBadLimit();

    void searchFoldsCaseAndDiacritics();
    void searchPagesByKey();
    void searchTreatsQuerySyntaxAsText_data();
    void searchTreatsQuerySyntaxAsText();
    void searchWithinOneConversation();

    void deletingAMessageRemovesItEverywhere();
    void deletingAConversationsMessages();
    void expiredMessagesDisappear();
    void sharedFileSurvivesUntilLastReference();

private:
    qint64 newConversation(const QString &peer);
    StoredMessage message(qint64 conversationId, const QString &body,
                          const QString &sender = QStringLiteral("alice"));
    qint64 add(qint64 conversationId, const QString &body,
               const QString &sender = QStringLiteral("alice"));
    QList<qint64> searchAll(const QString &text);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<AttachmentStore> m_files;
    std::unique_ptr<ConversationRepository> m_conversations;
    std::unique_ptr<MessageRepository> m_messages;
    qint64 m_clock = 1'700'000'000'000;
};

void TestMessages::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    Result<std::unique_ptr<Store>> s =
        Store::open(m_dir->filePath(QStringLiteral("cove.db")),
                    cove::protocol::crypto::randomByteArray(32), Store::Intent::CreateNew);
    STORAGE_OK(s);
    m_store = std::move(*s);
    m_files = std::make_unique<AttachmentStore>(m_dir->filePath(QStringLiteral("attachments")));
    m_conversations = std::make_unique<ConversationRepository>(m_store->db(), m_files.get());
    m_messages = std::make_unique<MessageRepository>(m_store->db(), m_files.get());
}

void TestMessages::cleanup()
{
    m_messages.reset();
    m_conversations.reset();
    m_files.reset();
    m_store.reset();
    m_dir.reset();
}

qint64 TestMessages::newConversation(const QString &peer)
{
    Result<Conversation> c = m_conversations->createDirect(peer, m_clock);
    return c ? c->id : -1;
}

StoredMessage TestMessages::message(qint64 conversationId, const QString &body,
                                    const QString &sender)
{
    StoredMessage m;
    m.messageId = cove::protocol::crypto::randomByteArray(16);
    m.conversationId = conversationId;
    m.senderId = sender;
    m.direction = Direction::Incoming;
    m.status = MessageStatus::Received;
    m.sentAt = ++m_clock;
    m.receivedAt = m_clock + 5;
    m.body = body;
    return m;
}

qint64 TestMessages::add(qint64 conversationId, const QString &body, const QString &sender)
{
    Result<MessageRepository::Inserted> r =
        m_messages->insert(message(conversationId, body, sender));
    return r ? r->message.rowId : -1;
}

QList<qint64> TestMessages::searchAll(const QString &text)
{
    QList<qint64> ids;
    Result<SearchPage> page = m_messages->search(text, 1000);
    if (!page)
        return {-1};
    for (const StoredMessage &m : std::as_const(page->messages))
        ids.append(m.rowId);
    return ids;
}

// ---- storing ---------------------------------------------------------------

void TestMessages::everyFieldRoundTrips()
{
    const qint64 conv = newConversation(QStringLiteral("bob"));
    StoredMessage m = message(conv, QStringLiteral("Hello with two files"), QStringLiteral("bob"));
    m.serverAt = 1234;
    m.quote = StoredQuote{cove::protocol::crypto::randomByteArray(16), QStringLiteral("me"),
                          QStringLiteral("the quoted words")};
    m.forwardCount = 5;
    m.frankingKey = cove::protocol::crypto::randomByteArray(32);
    m.commitment = cove::protocol::crypto::randomByteArray(32);
    m.relayTag = cove::protocol::crypto::randomByteArray(32);
    m.content = cove::protocol::crypto::randomByteArray(100);
    m.verified = true;
    m.expiresAt = m_clock + 60'000;
    for (int i = 0; i < 3; ++i) {
        StoredAttachment a;
        a.descriptor.blobId = cove::protocol::crypto::randomByteArray(16);
        a.descriptor.key = cove::protocol::crypto::randomByteArray(32);
        a.descriptor.plaintextSha256 = cove::protocol::crypto::randomByteArray(32);
        a.descriptor.size = quint64(1000 * (i + 1));
        a.descriptor.mimeType = QStringLiteral("image/png");
        a.descriptor.fileName = QStringLiteral("photo %1.png").arg(i);
        m.attachments.append(a);
    }

    Result<MessageRepository::Inserted> r = m_messages->insert(m);
    STORAGE_OK(r);
    QVERIFY(!r->alreadyStored);
    QVERIFY(r->message.rowId > 0);
    for (const StoredAttachment &a : std::as_const(r->message.attachments))
        QVERIFY(a.id > 0);

    Result<std::optional<StoredMessage>> back = m_messages->find(r->message.rowId);
    STORAGE_OK(back);
    QVERIFY(back->has_value());
    QCOMPARE(**back, r->message);
    QCOMPARE((*back)->attachments.size(), 3);
    QCOMPARE((*back)->attachments[2].descriptor.fileName, QStringLiteral("photo 2.png"));

    Result<std::optional<StoredMessage>> byId = m_messages->findByMessageId(m.messageId);
    STORAGE_OK(byId);
    QCOMPARE(**byId, r->message);

    Result<std::optional<StoredMessage>> none = m_messages->find(r->message.rowId + 100);
    STORAGE_OK(none);
    QVERIFY(!none->has_value());
}

void TestMessages::redeliveredMessageIsStoredOnce()
{
    const qint64 conv = newConversation(QStringLiteral("alice"));
    StoredMessage m = message(conv, QStringLiteral("only once please"));
    StoredAttachment a;
    a.descriptor.blobId = "blob";
    a.descriptor.key = QByteArray(32, 'k');
    a.descriptor.plaintextSha256 = QByteArray(32, 'h');
    a.descriptor.size = 3;
    m.attachments.append(a);

    Result<MessageRepository::Inserted> first = m_messages->insert(m);
    STORAGE_OK(first);
    QVERIFY(!first->alreadyStored);

    // The relay delivers it again, perhaps after we marked it read.
    STORAGE_OK(m_messages->setStatus(first->message.rowId, MessageStatus::ReadByMe));
    StoredMessage again = m;
    again.receivedAt = m_clock + 999;
    Result<MessageRepository::Inserted> second = m_messages->insert(again);
    STORAGE_OK(second);
    QVERIFY(second->alreadyStored);
    QCOMPARE(second->message.rowId, first->message.rowId);
    QCOMPARE(second->message.status, MessageStatus::ReadByMe);
    QCOMPARE(second->message.receivedAt, first->message.receivedAt);

    QCOMPARE(*m_messages->count(conv), 1);
    Result<MessagePage> page = m_messages->newestPage(conv, 50);
    STORAGE_OK(page);
    QCOMPARE(page->messages.size(), 1);
    QCOMPARE(page->messages[0].attachments.size(), 1);
    QCOMPARE(searchAll(QStringLiteral("once")), QList<qint64>{first->message.rowId});
}

void TestMessages::sameIdFromSomeoneElseIsRefused()
{
    const qint64 conv = newConversation(QStringLiteral("alice"));
    const qint64 other = newConversation(QStringLiteral("mallory"));
    StoredMessage real = message(conv, QStringLiteral("the real message"));
    STORAGE_OK(m_messages->insert(real));

    // Someone who saw the id (say, in a group) cannot make it a "redelivery".
    StoredMessage fake = message(other, QStringLiteral("fake"), QStringLiteral("mallory"));
    fake.messageId = real.messageId;
    Result<MessageRepository::Inserted> r = m_messages->insert(fake);
    QVERIFY(!r);
    QCOMPARE(r.error().code, StorageErrorCode::AlreadyExists);
    QCOMPARE(*m_messages->count(other), 0);
    QCOMPARE((*m_messages->findByMessageId(real.messageId))->body,
             QStringLiteral("the real message"));
}

void TestMessages::unknownConversationStoresNothing()
{
    StoredMessage m = message(424242, QStringLiteral("nowhere"));
    Result<MessageRepository::Inserted> r = m_messages->insert(m);
    QVERIFY(!r);
    QCOMPARE(r.error().code, StorageErrorCode::NotFound);
    QCOMPARE(*m_store->db().queryInt("SELECT count(*) FROM messages"), 0);

    StoredMessage noId = message(newConversation(QStringLiteral("x")), QStringLiteral("x"));
    noId.messageId.clear();
    QCOMPARE(m_messages->insert(noId).error().code, StorageErrorCode::InvalidArgument);
}

void TestMessages::insertJoinsTheCallersTransaction()
{
    const qint64 conv = newConversation(QStringLiteral("alice"));
    StoredMessage m = message(conv, QStringLiteral("rolled back"));
    {
        cove::sqlite::Result<cove::sqlite::Transaction> tx =
            cove::sqlite::Transaction::begin(m_store->db());
        QVERIFY(tx);
        STORAGE_OK(m_messages->insert(m));
        // No commit: the receive path failed later, so the message is not kept.
    }
    QCOMPARE(*m_messages->count(conv), 0);
    QVERIFY(searchAll(QStringLiteral("rolled")).isEmpty());
    {
        cove::sqlite::Result<cove::sqlite::Transaction> tx =
            cove::sqlite::Transaction::begin(m_store->db());
        QVERIFY(tx);
        STORAGE_OK(m_messages->insert(m));
        QVERIFY(tx->commit());
    }
    QCOMPARE(*m_messages->count(conv), 1);
}

void TestMessages::statusMovesForwardOnly()
{
    const qint64 conv = newConversation(QStringLiteral("bob"));
    StoredMessage out = message(conv, QStringLiteral("outgoing"), QStringLiteral("me"));
    out.direction = Direction::Outgoing;
    out.status = MessageStatus::Pending;
    out.receivedAt.reset();
    Result<MessageRepository::Inserted> r = m_messages->insert(out);
    STORAGE_OK(r);
    const qint64 row = r->message.rowId;
    const auto status = [&] { return (*m_messages->find(row))->status; };

    QCOMPARE(*m_messages->advanceStatus(out.messageId, MessageStatus::Sent), true);
    QCOMPARE(*m_messages->advanceStatus(out.messageId, MessageStatus::Read), true);
    // A late "delivered" receipt must not make a read message look unread.
    QCOMPARE(*m_messages->advanceStatus(out.messageId, MessageStatus::Delivered), false);
    QCOMPARE(status(), MessageStatus::Read);

    STORAGE_OK(m_messages->setStatus(row, MessageStatus::Failed));
    QCOMPARE(status(), MessageStatus::Failed);
    QCOMPARE(*m_messages->advanceStatus(out.messageId, MessageStatus::Delivered), true);
    QCOMPARE(status(), MessageStatus::Delivered);

    // Reading an incoming message; an outgoing status does not apply to it.
    StoredMessage in = message(conv, QStringLiteral("incoming"), QStringLiteral("bob"));
    STORAGE_OK(m_messages->insert(in));
    QCOMPARE(*m_messages->advanceStatus(in.messageId, MessageStatus::Read), false);
    QCOMPARE(*m_messages->advanceStatus(in.messageId, MessageStatus::ReadByMe), true);
    QCOMPARE(*m_messages->advanceStatus(in.messageId, MessageStatus::ReadByMe), false);

    QCOMPARE(m_messages->advanceStatus(out.messageId, MessageStatus::Pending).error().code,
             StorageErrorCode::InvalidArgument);
    QCOMPARE(*m_messages->advanceStatus("unknown id", MessageStatus::Sent), false);
    QCOMPARE(m_messages->setStatus(row + 100, MessageStatus::Sent).error().code,
             StorageErrorCode::NotFound);

    STORAGE_OK(m_messages->setServerAt(row, 777));
    STORAGE_OK(m_messages->setVerified(row, true));
    STORAGE_OK(m_messages->setExpiresAt(row, 888));
    StoredMessage back = **m_messages->find(row);
    QCOMPARE(back.serverAt, std::optional<qint64>(777));
    QVERIFY(back.verified);
    QCOMPARE(back.expiresAt, std::optional<qint64>(888));
    STORAGE_OK(m_messages->setExpiresAt(row, std::nullopt));
    QVERIFY(!(*m_messages->find(row))->expiresAt);
}

void TestMessages::attachmentFileIsRecordedAfterDownload()
{
    const qint64 conv = newConversation(QStringLiteral("bob"));
    StoredMessage m = message(conv, QStringLiteral("a photo"));
    StoredAttachment a;
    a.descriptor.blobId = "remote blob";
    a.descriptor.key = QByteArray(32, 't');
    a.descriptor.plaintextSha256 = QByteArray(32, 'h');
    a.descriptor.size = 11;
    m.attachments.append(a);
    Result<MessageRepository::Inserted> r = m_messages->insert(m);
    STORAGE_OK(r);
    const qint64 attachmentId = r->message.attachments[0].id;
    QCOMPARE(r->message.attachments[0].state, AttachmentState::NotDownloaded);

    STORAGE_OK(m_messages->setAttachmentState(attachmentId, AttachmentState::Downloading));
    Result<EncryptedFile> file = m_files->write(QByteArrayView("photo bytes"));
    STORAGE_OK(file);
    STORAGE_OK(m_messages->setAttachmentFile(attachmentId, file->fileName, file->key.toByteArray(),
                                             AttachmentState::Stored));

    Result<QList<StoredAttachment>> stored = m_messages->attachments(r->message.rowId);
    STORAGE_OK(stored);
    QCOMPARE(stored->size(), 1);
    QCOMPARE(stored->at(0).state, AttachmentState::Stored);
    QCOMPARE(stored->at(0).localFile, file->fileName);
    Result<QByteArray> plain = m_files->read(stored->at(0).localFile, stored->at(0).fileKey);
    STORAGE_OK(plain);
    QCOMPARE(*plain, QByteArray("photo bytes"));
    QCOMPARE(*m_messages->referencedFiles(), QSet<QString>{file->fileName});
    QCOMPARE(
        m_messages->setAttachmentState(attachmentId + 100, AttachmentState::Failed).error().code,
        StorageErrorCode::NotFound);
}

// ---- paged history ---------------------------------------------------------

void TestMessages::thousandMessagesPageWithoutGapsOrDuplicates()
{
    const qint64 conv = newConversation(QStringLiteral("alice"));
    const qint64 other = newConversation(QStringLiteral("bob"));
    QList<qint64> expected;
    {
        auto tx = cove::sqlite::Transaction::begin(m_store->db());
        QVERIFY(tx);
        for (int i = 0; i < 1000; ++i) {
            const qint64 row = add(conv, QStringLiteral("message %1").arg(i));
            QVERIFY(row > 0);
            expected.append(row);
            if (i % 3 == 0) // another conversation's messages sit in between
                QVERIFY(add(other, QStringLiteral("other %1").arg(i)) > 0);
        }
        QVERIFY(tx->commit());
    }

    constexpr int kPage = 37;
    Result<MessagePage> page = m_messages->newestPage(conv, kPage);
    STORAGE_OK(page);
    QList<StoredMessage> shown = page->messages;
    QCOMPARE(shown.size(), kPage);
    QCOMPARE(shown.constLast().body, QStringLiteral("message 999"));
    int pages = 1;
    while (page->hasMore) {
        page = m_messages->olderPage(conv, shown.constFirst().rowId, kPage);
        STORAGE_OK(page);
        QVERIFY(!page->messages.isEmpty());
        QVERIFY(page->messages.size() == kPage || !page->hasMore);
        // Each page is in display order and ends right before what is shown.
        for (qsizetype i = 1; i < page->messages.size(); ++i)
            QVERIFY(page->messages[i - 1].rowId < page->messages[i].rowId);
        shown = page->messages + shown;
        ++pages;
    }
    QCOMPARE(pages, (1000 + kPage - 1) / kPage);
    QList<qint64> shownIds;
    for (qsizetype i = 0; i < shown.size(); ++i) {
        shownIds.append(shown[i].rowId);
        QCOMPARE(shown[i].body, QStringLiteral("message %1").arg(i));
        QCOMPARE(shown[i].conversationId, conv);
    }
    QCOMPARE(shownIds, expected);
}

void TestMessages::pagingStaysCorrectWhileMessagesArrive()
{
    const qint64 conv = newConversation(QStringLiteral("alice"));
    for (int i = 0; i < 100; ++i)
        QVERIFY(add(conv, QStringLiteral("old %1").arg(i)) > 0);

    Result<MessagePage> first = m_messages->newestPage(conv, 10);
    STORAGE_OK(first);
    QCOMPARE(first->messages.constFirst().body, QStringLiteral("old 90"));

    // New messages arrive while the person scrolls back.
    for (int i = 0; i < 5; ++i)
        QVERIFY(add(conv, QStringLiteral("new %1").arg(i)) > 0);

    Result<MessagePage> older = m_messages->olderPage(conv, first->messages.constFirst().rowId, 10);
    STORAGE_OK(older);
    QCOMPARE(older->messages.size(), 10);
    QCOMPARE(older->messages.constFirst().body, QStringLiteral("old 80"));
    QCOMPARE(older->messages.constLast().body, QStringLiteral("old 89"));
    QVERIFY(older->hasMore);

    Result<MessagePage> newer = m_messages->newerPage(conv, first->messages.constLast().rowId, 10);
    STORAGE_OK(newer);
    QCOMPARE(newer->messages.size(), 5);
    QVERIFY(!newer->hasMore);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(newer->messages[i].body, QStringLiteral("new %1").arg(i));

    Result<MessagePage> firstNewer =
        m_messages->newerPage(conv, first->messages.constLast().rowId, 3);
    STORAGE_OK(firstNewer);
    QCOMPARE(firstNewer->messages.size(), 3);
    QVERIFY(firstNewer->hasMore);

    // Reopening shows the newest page, new messages included.
    Result<MessagePage> reopened = m_messages->newestPage(conv, 10);
    STORAGE_OK(reopened);
    QCOMPARE(reopened->messages.constLast().body, QStringLiteral("new 4"));
    QCOMPARE(reopened->messages.constFirst().body, QStringLiteral("old 95"));
}

void TestMessages::emptyConversationAndBadLimit()
{
    const qint64 conv = newConversation(QStringLiteral("alice"));
    Result<MessagePage> page = m_messages->newestPage(conv, 20);
    STORAGE_OK(page);
    QVERIFY(page->messages.isEmpty());
    QVERIFY(!page->hasMore);
    QCOMPARE(m_messages->newestPage(conv, 0).error().code, StorageErrorCode::InvalidArgument);
    QCOMPARE(m_messages->search(QStringLiteral("x"), -1).error().code,
             StorageErrorCode::InvalidArgument);

    QVERIFY(add(conv, QStringLiteral("exactly one page")) > 0);
    page = m_messages->newestPage(conv, 1);
    STORAGE_OK(page);
    QCOMPARE(page->messages.size(), 1);
    QVERIFY(!page->hasMore);
}

// ---- search ----------------------------------------------------------------

void TestMessages::searchFoldsCaseAndDiacritics()
{
    const qint64 conv = newConversation(QStringLiteral("alice"));
    const qint64 cafe = add(conv, QStringLiteral("Rendez-vous au Café Crème à Zürich"));
    // The same word typed with a combining accent (as macOS keyboards produce).
    const qint64 decomposed = add(conv, QStringLiteral("un cafe\u0301 noir"));
    const qint64 tea = add(conv, QStringLiteral("Tea in Kraków"));

    QCOMPARE(searchAll(QStringLiteral("cafe")), (QList<qint64>{decomposed, cafe}));
    QCOMPARE(searchAll(QStringLiteral("CAFÉ")), (QList<qint64>{decomposed, cafe}));
    QCOMPARE(searchAll(QStringLiteral("zurich")), QList<qint64>{cafe});
    QCOMPARE(searchAll(QStringLiteral("crème zürich")), QList<qint64>{cafe});
    QCOMPARE(searchAll(QStringLiteral("krakow")), QList<qint64>{tea});
    QCOMPARE(searchAll(QStringLiteral("kra")), QList<qint64>{tea}); // as you type
    // One character is a word, not the start of every word it begins.
    QCOMPARE(searchAll(QStringLiteral("A")), QList<qint64>{cafe});
    QCOMPARE(searchAll(QStringLiteral("z")), QList<qint64>{});
    QCOMPARE(searchAll(QStringLiteral("zu")), QList<qint64>{cafe});
    QCOMPARE(searchAll(QStringLiteral("café tea")), QList<qint64>{});
    QCOMPARE(searchAll(QStringLiteral("coffee")), QList<qint64>{});
}

void TestMessages::searchPagesByKey()
{
    const qint64 conv = newConversation(QStringLiteral("alice"));
    QList<qint64> apples;
    for (int i = 0; i < 60; ++i) {
        if (i % 2 == 0)
            apples.prepend(add(conv, QStringLiteral("apple number %1").arg(i)));
        else
            QVERIFY(add(conv, QStringLiteral("pear number %1").arg(i)) > 0);
    }
    QCOMPARE(apples.size(), 30);

    QList<qint64> seen;
    std::optional<qint64> key;
    int pages = 0;
    do {
        Result<SearchPage> page = m_messages->search(QStringLiteral("apple"), 8, key);
        STORAGE_OK(page);
        QVERIFY(page->messages.size() == 8 || !page->nextKey);
        for (const StoredMessage &m : std::as_const(page->messages))
            seen.append(m.rowId);
        key = page->nextKey;
        if (pages == 0) // a new match arriving between pages does not shift them
            QVERIFY(add(conv, QStringLiteral("apple late")) > 0);
        ++pages;
    } while (key);
    QCOMPARE(pages, 4);
    QCOMPARE(seen, apples); // newest first, no gaps, no repeats
}

void TestMessages::searchTreatsQuerySyntaxAsText_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("matches"); // -1: some, 0: none

    QTest::newRow("quote") << QStringLiteral("\"") << 0;
    QTest::newRow("unclosed quote") << QStringLiteral("\"apple") << -1;
    QTest::newRow("star") << QStringLiteral("*") << 0;
    QTest::newRow("star word") << QStringLiteral("apple*") << -1;
    QTest::newRow("AND alone") << QStringLiteral("AND") << -1; // the word "and"
    QTest::newRow("AND dangling") << QStringLiteral("apple AND") << -1;
    QTest::newRow("OR OR") << QStringLiteral("OR OR") << 0;
    QTest::newRow("minus") << QStringLiteral("-") << 0;
    QTest::newRow("minus word") << QStringLiteral("-apple") << -1;
    QTest::newRow("NEAR") << QStringLiteral("NEAR") << -1; // the word "near"
    QTest::newRow("NEAR/2") << QStringLiteral("apple NEAR/2 pie") << 0;
    QTest::newRow("parentheses") << QStringLiteral("(apple") << -1;
    QTest::newRow("column filter") << QStringLiteral("body:apple") << 0;
    QTest::newRow("caret") << QStringLiteral("^apple") << -1;
    QTest::newRow("backslash") << QStringLiteral("\\") << 0;
    QTest::newRow("punctuation only") << QStringLiteral("!!! ??? ... --- \"\" **") << 0;
    QTest::newRow("emoji only") << QStringLiteral("\U0001F600\U0001F44D") << 0;
    QTest::newRow("empty") << QString() << 0;
    QTest::newRow("spaces") << QStringLiteral("   \t\n") << 0;
    QTest::newRow("nul") << QStringLiteral("apple") + QChar(0) << -1;
    QTest::newRow("very long") << QStringLiteral("apple ").repeated(500) << -1;
}

void TestMessages::searchTreatsQuerySyntaxAsText()
{
    QFETCH(QString, query);
    QFETCH(int, matches);
    const qint64 conv = newConversation(QStringLiteral("alice"));
    QVERIFY(add(conv, QStringLiteral("apple pie and cream")) > 0);
    QVERIFY(add(conv, QStringLiteral("meet near the station")) > 0);

    Result<SearchPage> page = m_messages->search(query, 10);
    STORAGE_OK(page);
    if (matches == 0)
        QVERIFY(page->messages.isEmpty());
    else
        QVERIFY(!page->messages.isEmpty());
}

void TestMessages::searchWithinOneConversation()
{
    const qint64 a = newConversation(QStringLiteral("alice"));
    const qint64 b = newConversation(QStringLiteral("bob"));
    const qint64 inA = add(a, QStringLiteral("lunch tomorrow"));
    const qint64 inB = add(b, QStringLiteral("lunch today"));
    Result<SearchPage> onlyA = m_messages->search(QStringLiteral("lunch"), 10, std::nullopt, a);
    STORAGE_OK(onlyA);
    QCOMPARE(onlyA->messages.size(), 1);
    QCOMPARE(onlyA->messages[0].rowId, inA);
    QCOMPARE(searchAll(QStringLiteral("lunch")), (QList<qint64>{inB, inA}));
}

// ---- deletion --------------------------------------------------------------

void TestMessages::deletingAMessageRemovesItEverywhere()
{
    const qint64 conv = newConversation(QStringLiteral("alice"));
    const qint64 keep = add(conv, QStringLiteral("keep this walrus"));
    StoredMessage m = message(conv, QStringLiteral("delete this walrus"));
    Result<EncryptedFile> file = m_files->write(QByteArrayView("walrus picture"));
    STORAGE_OK(file);
    StoredAttachment a;
    a.descriptor.blobId = "b";
    a.descriptor.key = QByteArray(32, 'k');
    a.descriptor.plaintextSha256 = file->sha256;
    a.descriptor.size = file->size;
    a.localFile = file->fileName;
    a.fileKey = file->key.toByteArray();
    a.state = AttachmentState::Stored;
    m.attachments.append(a);
    Result<MessageRepository::Inserted> r = m_messages->insert(m);
    STORAGE_OK(r);
    QCOMPARE(searchAll(QStringLiteral("walrus")), (QList<qint64>{r->message.rowId, keep}));
    QVERIFY(m_files->exists(file->fileName));

    QCOMPARE(*m_messages->remove(r->message.rowId), true);
    QCOMPARE(searchAll(QStringLiteral("walrus")), QList<qint64>{keep});
    QVERIFY(searchAll(QStringLiteral("delete")).isEmpty());
    QVERIFY(!m_messages->find(r->message.rowId)->has_value());
    QVERIFY(!m_files->exists(file->fileName));
    QCOMPARE(*m_store->db().queryInt("SELECT count(*) FROM attachments"), 0);
    QCOMPARE(m_messages->newestPage(conv, 10)->messages.size(), 1);
    QCOMPARE(*m_messages->remove(r->message.rowId), false);

    // Merging the index keeps search working (and drops the deleted words).
    STORAGE_OK(m_messages->compactSearchIndex());
    QCOMPARE(searchAll(QStringLiteral("walrus")), QList<qint64>{keep});
}

void TestMessages::deletingAConversationsMessages()
{
    const qint64 a = newConversation(QStringLiteral("alice"));
    const qint64 b = newConversation(QStringLiteral("bob"));
    for (int i = 0; i < 5; ++i)
        QVERIFY(add(a, QStringLiteral("narwhal %1").arg(i)) > 0);
    const qint64 inB = add(b, QStringLiteral("narwhal in b"));
    StoredMessage withFile = message(a, QStringLiteral("with a file"));
    Result<EncryptedFile> file = m_files->write(QByteArrayView("x"));
    STORAGE_OK(file);
    StoredAttachment att;
    att.descriptor.blobId = "b";
    att.descriptor.key = QByteArray(32, 'k');
    att.descriptor.plaintextSha256 = file->sha256;
    att.localFile = file->fileName;
    att.fileKey = file->key.toByteArray();
    att.state = AttachmentState::Stored;
    withFile.attachments.append(att);
    STORAGE_OK(m_messages->insert(withFile));

    QCOMPARE(*m_messages->removeConversationMessages(a), 6);
    QCOMPARE(*m_messages->count(a), 0);
    QCOMPARE(searchAll(QStringLiteral("narwhal")), QList<qint64>{inB});
    QVERIFY(!m_files->exists(file->fileName));
}

void TestMessages::expiredMessagesDisappear()
{
    const qint64 conv = newConversation(QStringLiteral("alice"));
    const qint64 now = 2'000'000'000'000;
    QList<qint64> rows;
    for (const std::optional<qint64> &expiry :
         {std::optional<qint64>(now - 1), std::optional<qint64>(now),
          std::optional<qint64>(now + 1), std::optional<qint64>()}) {
        StoredMessage m = message(conv, QStringLiteral("vanishing okapi"));
        m.expiresAt = expiry;
        Result<MessageRepository::Inserted> r = m_messages->insert(m);
        STORAGE_OK(r);
        rows.append(r->message.rowId);
    }
    QCOMPARE(**m_messages->nextExpiry(), now - 1);
    QCOMPARE(*m_messages->deleteExpired(now), 2);
    QCOMPARE(searchAll(QStringLiteral("okapi")), (QList<qint64>{rows[3], rows[2]}));
    QCOMPARE(**m_messages->nextExpiry(), now + 1);
    QCOMPARE(*m_messages->deleteExpired(now), 0);
    QCOMPARE(*m_messages->deleteExpired(now + 1), 1);
    QVERIFY(!m_messages->nextExpiry()->has_value());
    QCOMPARE(*m_messages->count(conv), 1);
}

void TestMessages::sharedFileSurvivesUntilLastReference()
{
    const qint64 conv = newConversation(QStringLiteral("alice"));
    Result<EncryptedFile> file = m_files->write(QByteArrayView("forwarded picture"));
    STORAGE_OK(file);
    StoredAttachment att;
    att.descriptor.blobId = "b";
    att.descriptor.key = QByteArray(32, 'k');
    att.descriptor.plaintextSha256 = file->sha256;
    att.localFile = file->fileName;
    att.fileKey = file->key.toByteArray();
    att.state = AttachmentState::Stored;
    QList<qint64> rows;
    for (int i = 0; i < 2; ++i) {
        StoredMessage m = message(conv, QStringLiteral("copy %1").arg(i));
        m.attachments.append(att);
        Result<MessageRepository::Inserted> r = m_messages->insert(m);
        STORAGE_OK(r);
        rows.append(r->message.rowId);
    }
    QCOMPARE(*m_messages->remove(rows[0]), true);
    QVERIFY(m_files->exists(file->fileName));
    QCOMPARE(*m_messages->remove(rows[1]), true);
    QVERIFY(!m_files->exists(file->fileName));
}

QTEST_GUILESS_MAIN(TestMessages)
#include "tst_messages.moc"
