// SPDX-License-Identifier: GPL-3.0-or-later
// The relay's storage over SQLCipher: durable, encrypted, fail-closed on a
// wrong key, deduplicating resends, deleting only the recipient's own
// envelopes, expiring, and recording contact pairs.

#include "RelayKeys.h"
#include "Sqlite.h"
#include "SqliteRelayStorage.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <optional>
#include <sys/stat.h>

using namespace cove;
using namespace cove::relay;
namespace wire = cove::protocol::wire;

namespace {

const QString kAlice = QStringLiteral("AAAAAAAAAAAAAAAAAA");
const QString kBob = QStringLiteral("BBBBBBBBBBBBBBBBBB");
const QString kCarol = QStringLiteral("CCCCCCCCCCCCCCCCCC");

QByteArray randomBytes(qsizetype n)
{
    QByteArray out(n, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(out.data()),
                                          n / qsizetype(sizeof(quint32)));
    return out;
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

Envelope envelope(const QString &sender, const QString &recipient, qint64 serverTime,
                  qint64 expires, QByteArray clientId = {})
{
    Envelope e;
    e.sender = sender;
    e.recipient = recipient;
    e.clientId = clientId.isEmpty() ? randomBytes(16) : clientId;
    e.type = wire::EnvelopeType::PreKey;
    e.ciphertext = QByteArrayLiteral("opaque-ciphertext-") + randomBytes(8).toHex();
    e.commitment = randomBytes(32);
    e.serverTimeMs = serverTime;
    e.frankingTag = randomBytes(64);
    e.expiresMs = expires;
    return e;
}

#define STORE_OK(expr)                                                                             \
    do {                                                                                           \
        const auto &r_ = (expr);                                                                   \
        QVERIFY2(r_.ok(), r_.ok() ? "" : qPrintable(r_.error().detail));                           \
    } while (false)

} // namespace

class TestRelayStorage : public QObject {
    Q_OBJECT

    QByteArray m_key = randomBytes(32);

    std::unique_ptr<SqliteRelayStorage> open(const QTemporaryDir &dir, bool create = true)
    {
        auto s = SqliteRelayStorage::open(dir.path(), m_key, create);
        if (!s) {
            qWarning() << s.error().detail;
            return nullptr;
        }
        return std::move(*s);
    }

    /// relay.db opened beside the storage, keyed, to change it behind its back.
    std::optional<sqlite::Database> rawDatabase(const QTemporaryDir &dir)
    {
        auto db = sqlite::Database::open(SqliteRelayStorage::databasePath(dir.path()),
                                         sqlite::Database::OpenMode::ReadWrite);
        if (!db || !db->keyRaw(m_key) || !db->exec("PRAGMA cipher_page_size = 4096"))
            return std::nullopt;
        return std::move(*db);
    }

private Q_SLOTS:
    void durableAcrossReopen()
    {
        QTemporaryDir dir;
        quint64 id = 0;
        Envelope e = envelope(kAlice, kBob, 1000, 1'000'000);
        e.facts = wire::FirstContactFacts{wire::FirstContactFacts::AccountAge::UnderOneWeek, true};
        {
            auto s = open(dir);
            QVERIFY(s);
            STORE_OK(s->createAccount(Account{kBob, randomBytes(33), 42, 5}));
            STORE_OK(s->begin());
            auto inserted = s->insertEnvelope(e);
            STORE_OK(inserted);
            id = *inserted;
            STORE_OK(s->commit());
        }
        auto s = open(dir, false);
        QVERIFY(s);
        auto account = s->account(kBob);
        STORE_OK(account);
        QVERIFY(account->has_value());
        QCOMPARE((*account)->registrationId, 42u);
        QCOMPARE((*account)->createdMs, 5);
        auto stored = s->envelopesFor(kBob, 0, 10, 2000);
        STORE_OK(stored);
        QCOMPARE(stored->size(), 1);
        const Envelope &got = stored->first();
        QCOMPARE(got.id, id);
        QCOMPARE(got.sender, kAlice);
        QCOMPARE(got.clientId, e.clientId);
        QCOMPARE(got.type, wire::EnvelopeType::PreKey);
        QCOMPARE(got.ciphertext, e.ciphertext);
        QCOMPARE(got.commitment, e.commitment);
        QCOMPARE(got.serverTimeMs, 1000);
        QCOMPARE(got.frankingTag, e.frankingTag);
        QVERIFY(got.facts.has_value());
        QCOMPARE(*got.facts, *e.facts);
    }

    void encryptedAtRest()
    {
        QTemporaryDir dir;
        Envelope e = envelope(kAlice, kBob, 1000, 1'000'000);
        {
            auto s = open(dir);
            QVERIFY(s);
            STORE_OK(s->createAccount(Account{kBob, randomBytes(33), 1, 5}));
            STORE_OK(s->insertEnvelope(e));
            STORE_OK(s->checkpoint());
        }
        for (const QString &name : QDir(dir.path()).entryList(QDir::Files)) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            QVERIFY2(!bytes.contains(kBob.toLatin1()), qPrintable(name));
            QVERIFY2(!bytes.contains(e.ciphertext), qPrintable(name));
            QVERIFY2(!bytes.startsWith("SQLite format 3"), qPrintable(name));
        }
        // Owner-only: the database and its WAL are not readable by others.
        struct stat st = {};
        QCOMPARE(::stat(QFile::encodeName(SqliteRelayStorage::databasePath(dir.path())).constData(),
                        &st),
                 0);
        QCOMPARE(st.st_mode & 0077u, 0u);
    }

    void wrongKeyFailsClosed()
    {
        QTemporaryDir dir;
        {
            auto s = open(dir);
            QVERIFY(s);
            STORE_OK(s->createAccount(Account{kBob, randomBytes(33), 1, 5}));
            STORE_OK(s->checkpoint());
        }
        const QString db = SqliteRelayStorage::databasePath(dir.path());
        const QByteArray before = fileHash(db);
        auto wrong = SqliteRelayStorage::open(dir.path(), randomBytes(32), false);
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().code, StorageError::Code::WrongKey);
        QCOMPARE(fileHash(db), before);
        // The right key still opens it.
        auto s = open(dir, false);
        QVERIFY(s);
        auto account = s->account(kBob);
        STORE_OK(account);
        QVERIFY(account->has_value());
    }

    void refusesNewerSchema()
    {
        QTemporaryDir dir;
        {
            auto s = open(dir);
            QVERIFY(s);
        }
        {
            auto db = rawDatabase(dir);
            QVERIFY(db);
            QVERIFY(db->exec("PRAGMA user_version = 99"));
        }
        auto s = SqliteRelayStorage::open(dir.path(), m_key, false);
        QVERIFY(!s);
        QCOMPARE(s.error().code, StorageError::Code::TooNew);
    }

    void keyFiles()
    {
        QTemporaryDir parent;
        const QString dir = parent.filePath(QStringLiteral("a/b/relay"));
        auto first = loadOrCreateSecrets(dir);
        QVERIFY2(first, first ? "" : qPrintable(first.error().detail));
        QVERIFY(first->firstStart);
        QCOMPARE(first->databaseKey.size(), 32u);
        QCOMPARE(first->franking.publicKey.size(), 32);
        struct stat st = {};
        QCOMPARE(::stat(QFile::encodeName(dir).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777u, 0700u);
        QCOMPARE(::stat(QFile::encodeName(relayKeyPath(dir)).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777u, 0600u);
        QCOMPARE(::stat(QFile::encodeName(frankingKeyPath(dir)).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777u, 0600u);
        {
            auto s = SqliteRelayStorage::open(dir, first->databaseKey.view(), true);
            QVERIFY(s);
        }

        // The same keys come back on the next start.
        auto second = loadOrCreateSecrets(dir);
        QVERIFY(second);
        QVERIFY(!second->firstStart);
        QVERIFY(second->databaseKey.equals(first->databaseKey.view()));
        QCOMPARE(second->franking.publicKey, first->franking.publicKey);

        // A missing key next to an existing database is refused, never replaced.
        QVERIFY(QFile::rename(relayKeyPath(dir), relayKeyPath(dir) + QStringLiteral(".away")));
        auto missing = loadOrCreateSecrets(dir);
        QVERIFY(!missing);
        QVERIFY(missing.error().detail.contains(QStringLiteral("relay.key")));
        QVERIFY(!QFile::exists(relayKeyPath(dir)));
        QVERIFY(QFile::rename(relayKeyPath(dir) + QStringLiteral(".away"), relayKeyPath(dir)));

        QVERIFY(QFile::rename(frankingKeyPath(dir), frankingKeyPath(dir) + QStringLiteral(".x")));
        QVERIFY(!loadOrCreateSecrets(dir));
        QVERIFY(QFile::rename(frankingKeyPath(dir) + QStringLiteral(".x"), frankingKeyPath(dir)));

        // A damaged franking key is refused.
        {
            QFile f(frankingKeyPath(dir));
            QVERIFY(f.open(QIODevice::ReadWrite));
            QByteArray bytes = f.readAll();
            bytes[40] = char(bytes[40] ^ 1);
            QVERIFY(f.seek(0));
            QCOMPARE(f.write(bytes), 64);
        }
        auto damaged = loadOrCreateSecrets(dir);
        QVERIFY(!damaged);
        QVERIFY(damaged.error().detail.contains(QStringLiteral("franking")));

        // A key file others may read is refused.
        QVERIFY(QFile::setPermissions(relayKeyPath(dir),
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther));
        auto exposed = loadOrCreateSecrets(dir);
        QVERIFY(!exposed);
        QVERIFY(exposed.error().detail.contains(QStringLiteral("relay.key")));

        // A data "directory" that is a file is unusable.
        QFile plain(parent.filePath(QStringLiteral("plain")));
        QVERIFY(plain.open(QIODevice::WriteOnly));
        plain.close();
        QVERIFY(!loadOrCreateSecrets(plain.fileName()));
    }

    void dedupeBySenderAndClientId()
    {
        QTemporaryDir dir;
        auto s = open(dir);
        QVERIFY(s);
        const QByteArray clientId = randomBytes(16);
        auto none = s->priorSend(kAlice, clientId);
        STORE_OK(none);
        QVERIFY(!none->has_value());

        auto id = s->insertEnvelope(envelope(kAlice, kBob, 1000, 1'000'000, clientId));
        STORE_OK(id);
        auto again = s->insertEnvelope(envelope(kAlice, kBob, 2000, 1'000'000, clientId));
        QVERIFY(!again);
        QCOMPARE(again.error().code, StorageError::Code::Conflict);
        // The same client id from another sender is another message.
        STORE_OK(s->insertEnvelope(envelope(kCarol, kBob, 2000, 1'000'000, clientId)));

        auto prior = s->priorSend(kAlice, clientId);
        STORE_OK(prior);
        QVERIFY(prior->has_value());
        QCOMPARE((*prior)->serverTimeMs, 1000);

        // Still known after the envelope was delivered and deleted.
        auto acked = s->acknowledge(kBob, {*id});
        STORE_OK(acked);
        QCOMPARE(*acked, 1);
        prior = s->priorSend(kAlice, clientId);
        STORE_OK(prior);
        QVERIFY(prior->has_value());
        QCOMPARE((*prior)->serverTimeMs, 1000);
    }

    void sendsFromAnOlderSchemaStillDedupe()
    {
        // A relay.db of schema 3 kept its sends under (sender, client_id);
        // migration 4 re-keys them, and every one must still be recognised.
        QTemporaryDir dir;
        const QByteArray clientId = randomBytes(16);
        {
            auto s = open(dir);
            QVERIFY(s);
        }
        {
            auto db = rawDatabase(dir);
            QVERIFY(db);
            QVERIFY(db->exec("DROP TABLE sends"));
            QVERIFY(db->exec("CREATE TABLE sends(sender TEXT NOT NULL, client_id BLOB NOT NULL, "
                             "server_time INTEGER NOT NULL, expires_at INTEGER NOT NULL, "
                             "PRIMARY KEY(sender, client_id)) WITHOUT ROWID"));
            QVERIFY(db->exec("CREATE INDEX sends_by_expiry ON sends(expires_at)"));
            auto st = db->prepare("INSERT INTO sends VALUES (?, ?, 1234, 1000000)");
            QVERIFY(st);
            st->bind(1, kAlice).bindBlob(2, clientId);
            QVERIFY(st->run());
            QVERIFY(db->exec("PRAGMA user_version = 3"));
        }
        auto s = open(dir, false);
        QVERIFY(s);
        auto prior = s->priorSend(kAlice, clientId);
        STORE_OK(prior);
        QVERIFY(prior->has_value());
        QCOMPARE((*prior)->serverTimeMs, 1234);
        auto again = s->insertEnvelope(envelope(kAlice, kBob, 2000, 1'000'000, clientId));
        QVERIFY(!again);
        QCOMPARE(again.error().code, StorageError::Code::Conflict);
        auto other = s->priorSend(kCarol, clientId);
        STORE_OK(other);
        QVERIFY(!other->has_value());
    }

    void deleteOnlyByRecipient()
    {
        QTemporaryDir dir;
        auto s = open(dir);
        QVERIFY(s);
        auto forBob = s->insertEnvelope(envelope(kAlice, kBob, 1000, 1'000'000));
        STORE_OK(forBob);
        auto byCarol = s->acknowledge(kCarol, {*forBob});
        STORE_OK(byCarol);
        QCOMPARE(*byCarol, 0);
        auto bySender = s->acknowledge(kAlice, {*forBob});
        STORE_OK(bySender);
        QCOMPARE(*bySender, 0);
        auto left = s->envelopesFor(kBob, 0, 10, 0);
        STORE_OK(left);
        QCOMPARE(left->size(), 1);
        auto byBob = s->acknowledge(kBob, {*forBob, 999999});
        STORE_OK(byBob);
        QCOMPARE(*byBob, 1);
        left = s->envelopesFor(kBob, 0, 10, 0);
        STORE_OK(left);
        QVERIFY(left->isEmpty());
    }

    void envelopesInOrderAfterCursor()
    {
        QTemporaryDir dir;
        auto s = open(dir);
        QVERIFY(s);
        QList<quint64> ids;
        STORE_OK(s->begin());
        for (int i = 0; i < 10; ++i) {
            auto id = s->insertEnvelope(envelope(kAlice, i % 2 ? kBob : kCarol, i, 1'000'000));
            STORE_OK(id);
            if (i % 2)
                ids.append(*id);
        }
        STORE_OK(s->commit());
        auto page = s->envelopesFor(kBob, 0, 3, 0);
        STORE_OK(page);
        QCOMPARE(page->size(), 3);
        QCOMPARE(page->at(0).id, ids[0]);
        QCOMPARE(page->at(2).id, ids[2]);
        auto rest = s->envelopesFor(kBob, page->last().id, 10, 0);
        STORE_OK(rest);
        QCOMPARE(rest->size(), 2);
        QCOMPARE(rest->at(0).id, ids[3]);
        QCOMPARE(rest->at(1).id, ids[4]);
    }

    void idsNeverReused()
    {
        QTemporaryDir dir;
        auto s = open(dir);
        QVERIFY(s);
        auto first = s->insertEnvelope(envelope(kAlice, kBob, 1, 1'000'000));
        STORE_OK(first);
        STORE_OK(s->acknowledge(kBob, {*first}));
        auto second = s->insertEnvelope(envelope(kAlice, kBob, 2, 1'000'000));
        STORE_OK(second);
        QVERIFY(*second > *first);
    }

    // A recipient gets an envelope once its commit is written, before the
    // disk has it, so a crash can lose ids that were handed out. The next
    // run must not hand them out again: an acknowledgement from before the
    // crash would delete someone else's envelope.
    void idsNeverReusedAfterALostCommit_data()
    {
        QTest::addColumn<bool>("storedBefore");
        QTest::newRow("the run's first commit lost") << false;
        QTest::newRow("a later commit lost") << true;
    }
    void idsNeverReusedAfterALostCommit()
    {
        QFETCH(bool, storedBefore);
        QTemporaryDir dir;
        QTemporaryDir saved;
        const QString db = SqliteRelayStorage::databasePath(dir.path());
        const QStringList files{db, db + QStringLiteral("-wal")};
        const auto copyFiles = [](const QStringList &from, const QString &toDir) {
            for (const QString &f : from) {
                const QString to = toDir + QLatin1Char('/') + QFileInfo(f).fileName();
                QFile::remove(to);
                if (QFile::exists(f) && !QFile::copy(f, to))
                    return false;
            }
            return true;
        };
        quint64 lost = 0;
        {
            auto s = SqliteRelayStorage::open(dir.path(), m_key, true, false);
            STORE_OK(s);
            if (storedBefore)
                STORE_OK((*s)->insertEnvelope(envelope(kAlice, kBob, 1, 1'000'000)));
            // The disk as it was when the next commit was lost.
            QVERIFY(copyFiles(files, saved.path()));
            auto id = (*s)->insertEnvelope(envelope(kAlice, kBob, 2, 1'000'000));
            STORE_OK(id);
            lost = *id;
        }
        QFile::remove(db + QStringLiteral("-wal"));
        QFile::remove(db + QStringLiteral("-shm"));
        QVERIFY(copyFiles({saved.filePath(QStringLiteral("relay.db")),
                           saved.filePath(QStringLiteral("relay.db-wal"))},
                          dir.path()));
        auto s = open(dir, false);
        QVERIFY(s);
        auto left = s->envelopesFor(kBob, 0, 10, 0);
        STORE_OK(left);
        QCOMPARE(left->size(), storedBefore ? 1 : 0); // the lost commit is gone
        if (storedBefore)
            QVERIFY(left->first().id < lost);
        auto next = s->insertEnvelope(envelope(kAlice, kBob, 3, 1'000'000));
        STORE_OK(next);
        QVERIFY2(*next > lost, qPrintable(QStringLiteral("%1 after %2").arg(*next).arg(lost)));
    }

    // The relay hands an online recipient its envelope before it is stored,
    // under an id it assigned in memory from the run's range. The storage
    // keeps that id, refuses one outside the range, and the next run's range
    // lies above every id of this one, stored or not.
    void idsAssignedByTheCaller()
    {
        QTemporaryDir dir;
        EnvelopeIds before;
        {
            auto s = SqliteRelayStorage::open(dir.path(), m_key, true, false);
            STORE_OK(s);
            before = (*s)->envelopeIds();
            QVERIFY(before.first > 0 && before.limit > before.first + 1000);
            Envelope e = envelope(kAlice, kBob, 1, 1'000'000);
            e.id = before.first + 7;
            auto id = (*s)->insertEnvelope(e);
            STORE_OK(id);
            QCOMPARE(*id, before.first + 7);
            e = envelope(kAlice, kBob, 2, 1'000'000);
            e.id = before.limit;
            auto outside = (*s)->insertEnvelope(e);
            QVERIFY(!outside);
            QCOMPARE(outside.error().code, StorageError::Code::Conflict);
            e.id = before.first;
            QVERIFY(!(*s)->insertEnvelope(e));
            // The storage's own next id follows the caller's.
            auto next = (*s)->insertEnvelope(envelope(kAlice, kBob, 3, 1'000'000));
            STORE_OK(next);
            QCOMPARE(*next, before.first + 8);
            auto stored = (*s)->envelopesFor(kBob, 0, 10, 0);
            STORE_OK(stored);
            QCOMPARE(stored->size(), 2);
            QCOMPARE(stored->first().id, before.first + 7);
        }
        auto s = open(dir, false);
        QVERIFY(s);
        QVERIFY(s->envelopeIds().first >= before.limit);
    }

    // Every stranger refused on a guarded child's behalf is listed for the
    // guardian, but throwaway accounts cannot grow that list without end:
    // the most recent ones the guardian can be shown are kept.
    void guardedRefusalsAreBounded()
    {
        QTemporaryDir dir;
        auto s = open(dir);
        QVERIFY(s);
        STORE_OK(s->setGuardedLink(GuardedLink{kBob, kAlice, randomBytes(33), 1}));
        const int kept = int(wire::kMaxGuardedRefusals);
        const auto stranger = [](int i) {
            return QStringLiteral("stranger-%1").arg(i, 4, 10, QLatin1Char('0'));
        };
        for (int i = 0; i < kept + 50; ++i) {
            auto allowed = s->guardedAllows(stranger(i), kBob, 1000 + i);
            STORE_OK(allowed);
            QCOMPARE(*allowed, GuardedVerdict::Refused);
        }
        // A sender refused again moves up and is counted, not added.
        STORE_OK(s->guardedAllows(stranger(60), kBob, 5000));
        auto refused = s->guardedRefusals(kBob, 10 * kept);
        STORE_OK(refused);
        QCOMPARE(refused->size(), kept);
        QCOMPARE(refused->first().sender, stranger(60));
        QCOMPARE(refused->first().count, 2u);
        QCOMPARE(refused->at(1).sender, stranger(kept + 49));
        QCOMPARE(refused->last().sender, stranger(50));
        auto allowed = s->guardedAllows(kAlice, kBob, 6000); // the guardian
        STORE_OK(allowed);
        QCOMPARE(*allowed, GuardedVerdict::Allowed);
        auto unguarded = s->guardedAllows(kAlice, kCarol, 6000);
        STORE_OK(unguarded);
        QCOMPARE(*unguarded, GuardedVerdict::Unguarded);
    }

    void rollbackLeavesNothing()
    {
        QTemporaryDir dir;
        auto s = open(dir);
        QVERIFY(s);
        STORE_OK(s->begin());
        STORE_OK(s->insertEnvelope(envelope(kAlice, kBob, 1, 1'000'000)));
        STORE_OK(s->addContact(kAlice, kBob, 1));
        s->rollback();
        auto left = s->envelopesFor(kBob, 0, 10, 0);
        STORE_OK(left);
        QVERIFY(left->isEmpty());
        auto known = s->hasContact(kAlice, kBob);
        STORE_OK(known);
        QVERIFY(!*known);
    }

    void expiry()
    {
        QTemporaryDir dir;
        auto s = open(dir);
        QVERIFY(s);
        auto old = s->insertEnvelope(envelope(kAlice, kBob, 1000, 5000));
        STORE_OK(old);
        auto fresh = s->insertEnvelope(envelope(kAlice, kBob, 1000, 50000));
        STORE_OK(fresh);
        // An expired envelope is not handed out even before the purge ran.
        auto visible = s->envelopesFor(kBob, 0, 10, 6000);
        STORE_OK(visible);
        QCOMPARE(visible->size(), 1);
        QCOMPARE(visible->first().id, *fresh);

        BlobInfo blob{randomBytes(16), kAlice, 3, 0, false, 1000, 5000};
        STORE_OK(s->createBlob(blob));
        STORE_OK(s->appendBlob(blob.id, 0, "abc"));
        const QString blobFile = QDir(SqliteRelayStorage::blobDirectory(dir.path()))
                                     .filePath(QString::fromLatin1(blob.id.toHex()));
        QVERIFY(QFile::exists(blobFile));

        STORE_OK(s->begin());
        auto purged = s->purgeExpired(6000);
        STORE_OK(purged);
        QCOMPARE(purged->envelopes, 1);
        QCOMPARE(purged->blobs, 1);
        // The file goes only when the deletion is committed.
        QVERIFY(QFile::exists(blobFile));
        STORE_OK(s->commit());
        QVERIFY(!QFile::exists(blobFile));
        auto gone = s->blob(blob.id);
        STORE_OK(gone);
        QVERIFY(!gone->has_value());

        // Remembered sends expire with their envelope.
        STORE_OK(s->acknowledge(kBob, {*fresh}));
        auto prior = s->priorSend(kAlice, visible->first().clientId);
        STORE_OK(prior);
        QVERIFY(prior->has_value());
        STORE_OK(s->purgeExpired(60000));
        prior = s->priorSend(kAlice, visible->first().clientId);
        STORE_OK(prior);
        QVERIFY(!prior->has_value());
    }

    void contactPairs()
    {
        QTemporaryDir dir;
        auto s = open(dir);
        QVERIFY(s);
        auto known = s->hasContact(kAlice, kBob);
        STORE_OK(known);
        QVERIFY(!*known);
        STORE_OK(s->addContact(kBob, kAlice, 1000));
        // Either direction counts.
        known = s->hasContact(kAlice, kBob);
        STORE_OK(known);
        QVERIFY(*known);
        known = s->hasContact(kBob, kAlice);
        STORE_OK(known);
        QVERIFY(*known);
        // A second record of the same pair keeps the first initiator and time.
        STORE_OK(s->addContact(kAlice, kBob, 5000));
        auto byAlice = s->contactsOpenedSince(kAlice, 0);
        STORE_OK(byAlice);
        QCOMPARE(*byAlice, 0);
        STORE_OK(s->addContact(kBob, kCarol, 3000));
        auto byBob = s->contactsOpenedSince(kBob, 0);
        STORE_OK(byBob);
        QCOMPARE(*byBob, 2);
        byBob = s->contactsOpenedSince(kBob, 2000);
        STORE_OK(byBob);
        QCOMPARE(*byBob, 1);
    }

    void preKeys()
    {
        QTemporaryDir dir;
        auto s = open(dir);
        QVERIFY(s);
        auto none = s->signedPreKey(kAlice);
        STORE_OK(none);
        QVERIFY(!none->has_value());
        wire::SignedPreKeyEntry spk{7, randomBytes(33), randomBytes(64)};
        STORE_OK(s->setSignedPreKey(kAlice, spk));
        wire::SignedPreKeyEntry newer{8, randomBytes(33), randomBytes(64)};
        STORE_OK(s->setSignedPreKey(kAlice, newer));
        auto current = s->signedPreKey(kAlice);
        STORE_OK(current);
        QCOMPARE(**current, newer);

        QList<wire::PreKeyEntry> keys;
        for (quint32 id = 1; id <= 3; ++id)
            keys.append({id, randomBytes(33)});
        STORE_OK(s->addPreKeys(kAlice, keys));
        const wire::PreKeyEntry replacement{2, randomBytes(33)};
        STORE_OK(s->addPreKeys(kAlice, {replacement}));
        auto count = s->preKeyCount(kAlice);
        STORE_OK(count);
        QCOMPARE(*count, 3u);
        auto a = s->takePreKey(kAlice);
        STORE_OK(a);
        QCOMPARE(**a, keys[0]);
        auto b = s->takePreKey(kAlice);
        STORE_OK(b);
        QCOMPARE(**b, replacement);
        STORE_OK(s->takePreKey(kAlice));
        auto empty = s->takePreKey(kAlice);
        STORE_OK(empty);
        QVERIFY(!empty->has_value());
        auto other = s->preKeyCount(kBob);
        STORE_OK(other);
        QCOMPARE(*other, 0u);
    }

    void blobs()
    {
        QTemporaryDir dir;
        auto s = open(dir);
        QVERIFY(s);
        const QByteArray data = randomBytes(1000);
        BlobInfo blob{randomBytes(16), kAlice, 1000, 0, false, 1, 1'000'000};
        STORE_OK(s->createBlob(blob));
        auto part = s->appendBlob(blob.id, 0, data.first(600));
        STORE_OK(part);
        QCOMPARE(part->received, 600u);
        QVERIFY(!part->complete);
        auto outOfOrder = s->appendBlob(blob.id, 0, data.first(10));
        QVERIFY(!outOfOrder);
        QCOMPARE(outOfOrder.error().code, StorageError::Code::Conflict);
        auto tooMuch = s->appendBlob(blob.id, 600, randomBytes(401));
        QVERIFY(!tooMuch);
        auto done = s->appendBlob(blob.id, 600, data.sliced(600));
        STORE_OK(done);
        QVERIFY(done->complete);
        auto read = s->readBlob(blob.id, 0, 10000);
        STORE_OK(read);
        QCOMPARE(*read, data);
        read = s->readBlob(blob.id, 990, 100);
        STORE_OK(read);
        QCOMPARE(*read, data.sliced(990));
        auto info = s->blob(blob.id);
        STORE_OK(info);
        QVERIFY((*info)->complete);
        QCOMPARE((*info)->uploader, kAlice);
    }

    void deferredSyncs()
    {
        // Commits that do not wait for the disk are visible at once and
        // durable after syncCommitted(); a purged blob's file stays until
        // then, so that a crash before the sync never leaves a row whose
        // file is gone.
        QTemporaryDir dir;
        {
            auto s = open(dir);
            QVERIFY(s);
            QVERIFY(s->deferSyncs());
            const QByteArray data = randomBytes(100);
            BlobInfo blob{randomBytes(16), kAlice, 100, 0, false, 1, 1'000};
            STORE_OK(s->createBlob(blob));
            STORE_OK(s->appendBlob(blob.id, 0, data));
            const QStringList files = QDir(SqliteRelayStorage::blobDirectory(dir.path()))
                                          .entryList(QDir::Files | QDir::NoDotAndDotDot);
            QCOMPARE(files.size(), 1);
            const QString file =
                SqliteRelayStorage::blobDirectory(dir.path()) + QLatin1Char('/') + files.first();
            STORE_OK(s->syncCommitted());

            STORE_OK(s->begin());
            auto purged = s->purgeExpired(2'000);
            STORE_OK(purged);
            QCOMPARE(purged->blobs, 1);
            STORE_OK(s->commit());
            auto gone = s->blob(blob.id);
            STORE_OK(gone);
            QVERIFY(!gone->has_value());  // committed: later reads see it
            QVERIFY(QFile::exists(file)); // not yet on the disk: the file stays
            STORE_OK(s->syncCommitted());
            QVERIFY(!QFile::exists(file));

            STORE_OK(s->begin());
            Envelope e;
            e.recipient = kBob;
            e.sender = kAlice;
            e.clientId = randomBytes(16);
            e.ciphertext = QByteArray("sealed");
            e.serverTimeMs = 5;
            e.expiresMs = 1'000'000;
            STORE_OK(s->insertEnvelope(e));
            STORE_OK(s->commit());
            STORE_OK(s->syncCommitted());
        }
        auto again = open(dir, false);
        QVERIFY(again);
        auto stored = again->envelopesFor(kBob, 0, 10, 10);
        STORE_OK(stored);
        QCOMPARE(stored->size(), 1);
        QCOMPARE(stored->first().ciphertext, QByteArray("sealed"));
    }
};

QTEST_GUILESS_MAIN(TestRelayStorage)
#include "tst_relay_storage.moc"
