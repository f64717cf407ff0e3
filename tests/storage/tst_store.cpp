// SPDX-License-Identifier: GPL-3.0-or-later
// Opening the encrypted store: fails closed, never touches a file it cannot
// open, refuses a newer schema, and migrates every older one to the snapshot.

#include "Crypto.h"
#include "Migrations.h"
#include "Sqlite.h"
#include "Store.h"
#include "TestHelpers.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace cove::storage;

namespace {

QByteArray randomKey()
{
    return cove::protocol::crypto::randomByteArray(32);
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QString snapshotPath(int version)
{
    return QStringLiteral(QT_TESTCASE_SOURCEDIR "/schema/v%1.sql").arg(version);
}

} // namespace

class TestStore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void createAndReopen();
    void isReallyEncrypted();
    void wrongKeyChangesNothing();
    void damagedPageIsAClearErrorAndChangesNothing();
    void damagedLogIsKeptAndTold();
    void refusesToCreateOverExisting();
    void missingOrEmptyFile();
    void settingsAreApplied();
    void newerSchemaIsRefused();
    void everyVersionMigratesToTheSnapshot();
};

void TestStore::createAndReopen()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cove.db"));
    const QByteArray key = randomKey();
    {
        Result<std::unique_ptr<Store>> s = Store::open(path, key, Store::Intent::CreateNew);
        QVERIFY2(s, qPrintable(s ? QString() : s.error().detail));
        QVERIFY((*s)->db().exec("INSERT INTO settings (key, value) VALUES ('k', x'0102')"));
    }
    Result<std::unique_ptr<Store>> again = Store::open(path, key, Store::Intent::OpenExisting);
    QVERIFY(again);
    QCOMPARE(*(*again)->db().queryInt("SELECT length(value) FROM settings WHERE key = 'k'"), 2);
    QCOMPARE(*(*again)->db().queryInt("PRAGMA user_version"), latestSchemaVersion());
}

void TestStore::isReallyEncrypted()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cove.db"));
    {
        auto s = Store::open(path, randomKey(), Store::Intent::CreateNew);
        QVERIFY(s);
        QVERIFY(
            (*s)->db().exec("INSERT INTO contacts VALUES ('canary-id', 'CANARYNAME', NULL, 1)"));
        QVERIFY((*s)->checkpoint());
    }
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(!bytes.startsWith("SQLite format 3"));
    QVERIFY(!bytes.contains("CANARYNAME"));
    QVERIFY(!bytes.contains("CREATE TABLE"));
}

void TestStore::wrongKeyChangesNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cove.db"));
    {
        auto s = Store::open(path, randomKey(), Store::Intent::CreateNew);
        QVERIFY(s);
        QVERIFY((*s)->checkpoint());
    }
    const QByteArray before = fileHash(path);
    const QStringList filesBefore = QDir(dir.path()).entryList(QDir::Files);
    Result<std::unique_ptr<Store>> wrong =
        Store::open(path, randomKey(), Store::Intent::OpenExisting);
    QVERIFY(!wrong);
    QCOMPARE(wrong.error().code, StorageErrorCode::WrongPassphrase);
    QCOMPARE(fileHash(path), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), filesBefore);
}

void TestStore::damagedPageIsAClearErrorAndChangesNothing()
{
    // One byte changed in the middle of the file (a bad sector, a bit
    // flipped in a backup copy): SQLCipher's per-page authentication makes
    // the read fail as "damaged"; the file is never rewritten around it and
    // never read unencrypted.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cove.db"));
    const QByteArray key = randomKey();
    {
        auto s = Store::open(path, key, Store::Intent::CreateNew);
        QVERIFY(s);
        QVERIFY((*s)->db().exec("CREATE TABLE filler (x BLOB)"));
        for (int i = 0; i < 200; ++i)
            QVERIFY((*s)->db().exec("INSERT INTO filler VALUES (randomblob(1000))"));
        QVERIFY((*s)->checkpoint());
    }
    const qint64 size = QFileInfo(path).size();
    QVERIFY(size > 40 * 4096);
    // Inside one of the last pages, which hold the rows written last.
    QVERIFY(cove::test::flipBits(path, (size / 4096 - 5) * 4096 + 1000, 0x01));
    const QByteArray before = fileHash(path);

    {
        auto s = Store::open(path, key, Store::Intent::OpenExisting);
        if (s) {
            auto st = (*s)->db().prepare("SELECT sum(length(x)) FROM filler");
            QVERIFY(st);
            cove::sqlite::Result<bool> row = st->step();
            QVERIFY2(!row, "a damaged page must not read as data");
            QCOMPARE(fromSqlite(row.error(), "reading").code, StorageErrorCode::Corrupt);
        } else {
            QCOMPARE(s.error().code, StorageErrorCode::Corrupt);
        }
    }
    QCOMPARE(fileHash(path), before);
    // The right key with a wrong one: still refused as such, not "damaged".
    QCOMPARE(Store::open(path, randomKey(), Store::Intent::OpenExisting).error().code,
             StorageErrorCode::WrongPassphrase);
}

void TestStore::damagedLogIsKeptAndTold()
{
    // A byte changed in the write-ahead log of a profile that was not shut
    // down cleanly. SQLite reads a log only up to a damaged frame and drops
    // what follows in silence; the store keeps the log's bytes beside the
    // database and says so, and everything before the damage is there.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cove.db"));
    const QByteArray key = randomKey();
    constexpr int kRows = 40;
    const QStringList copies = {dir.filePath(QStringLiteral("whole")),
                                dir.filePath(QStringLiteral("damaged"))};
    {
        auto s = Store::open(path, key, Store::Intent::CreateNew);
        QVERIFY(s);
        QVERIFY((*s)->db().exec("CREATE TABLE filler (n INTEGER, x BLOB)"));
        QVERIFY((*s)->checkpoint());
        for (int i = 0; i < kRows; ++i)
            QVERIFY(
                (*s)->db().exec(QStringLiteral("INSERT INTO filler VALUES (%1, randomblob(3000))")
                                    .arg(i)
                                    .toUtf8()));
        // The files as a killed process leaves them: the commits in the log.
        for (const QString &copy : copies) {
            QVERIFY(QDir().mkpath(copy));
            QVERIFY(QFile::copy(path, copy + QStringLiteral("/cove.db")));
            QVERIFY(
                QFile::copy(path + QStringLiteral("-wal"), copy + QStringLiteral("/cove.db-wal")));
        }
    }
    const auto rows = [](Store &s) {
        QList<qint64> out;
        auto st = s.db().prepare("SELECT n FROM filler ORDER BY rowid");
        for (;;) {
            auto more = st ? st->step() : cove::sqlite::Result<bool>(false);
            if (!more || !*more)
                break;
            out.append(st->int64(0));
        }
        return out;
    };
    QList<qint64> all;
    for (int i = 0; i < kRows; ++i)
        all.append(i);

    // A whole log: every row, nothing kept aside.
    {
        auto s =
            Store::open(copies[0] + QStringLiteral("/cove.db"), key, Store::Intent::OpenExisting);
        QVERIFY(s);
        QVERIFY((*s)->damagedLogCopy().isEmpty());
        QCOMPARE(rows(**s), all);
        QCOMPARE(QDir(copies[0]).entryList({QStringLiteral("*damaged*")}).size(), 0);
    }

    // One byte changed in a page in the middle of the log.
    const QString db = copies[1] + QStringLiteral("/cove.db");
    const QString wal = db + QStringLiteral("-wal");
    const qint64 middle = cove::test::middleOfWriteAheadLog(wal, 20);
    QVERIFY(middle > 0);
    QVERIFY(cove::test::flipBits(wal, middle, 0x10));
    const QByteArray damagedLog = fileHash(wal);
    const QByteArray database = fileHash(db);
    // A wrong key still reads as such, changes nothing and keeps nothing aside.
    QCOMPARE(Store::open(db, randomKey(), Store::Intent::OpenExisting).error().code,
             StorageErrorCode::WrongPassphrase);
    QCOMPARE(fileHash(wal), damagedLog);
    QCOMPARE(fileHash(db), database);
    QCOMPARE(QDir(copies[1]).entryList({QStringLiteral("*damaged*")}).size(), 0);
    {
        auto s = Store::open(db, key, Store::Intent::OpenExisting);
        QVERIFY(s);
        const QString kept = (*s)->damagedLogCopy();
        QVERIFY(!kept.isEmpty());
        QCOMPARE(fileHash(kept), damagedLog);
        QCOMPARE(QFileInfo(kept).permissions() & (QFile::ReadOther | QFile::ReadGroup),
                 QFileDevice::Permissions());
        // What was committed before the damage, in order; the rest is not.
        const QList<qint64> before = rows(**s);
        QVERIFY(!before.isEmpty() && before.size() < kRows);
        QCOMPARE(before, all.mid(0, before.size()));
        qInfo("rows %lld of %d before the damaged frame", qint64(before.size()), kRows);
    }
    // Once the log is written back, the next open is whole again.
    auto again = Store::open(db, key, Store::Intent::OpenExisting);
    QVERIFY(again);
    QVERIFY((*again)->damagedLogCopy().isEmpty());
}

void TestStore::refusesToCreateOverExisting()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cove.db"));
    QVERIFY(Store::open(path, randomKey(), Store::Intent::CreateNew));
    const QByteArray before = fileHash(path);
    Result<std::unique_ptr<Store>> again = Store::open(path, randomKey(), Store::Intent::CreateNew);
    QCOMPARE(again.error().code, StorageErrorCode::AlreadyExists);
    QCOMPARE(fileHash(path), before);
}

void TestStore::missingOrEmptyFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cove.db"));
    QCOMPARE(Store::open(path, randomKey(), Store::Intent::OpenExisting).error().code,
             StorageErrorCode::NotFound);
    QVERIFY(!QFile::exists(path)); // opening never creates
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    QCOMPARE(Store::open(path, randomKey(), Store::Intent::OpenExisting).error().code,
             StorageErrorCode::Corrupt);
    QCOMPARE(QFileInfo(path).size(), 0);
    QCOMPARE(Store::open(path, QByteArray(31, 'k'), Store::Intent::CreateNew).error().code,
             StorageErrorCode::AlreadyExists);
}

void TestStore::settingsAreApplied()
{
    QTemporaryDir dir;
    auto s =
        Store::open(dir.filePath(QStringLiteral("cove.db")), randomKey(), Store::Intent::CreateNew);
    QVERIFY(s);
    cove::sqlite::Database &db = (*s)->db();
    QCOMPARE(*db.queryInt("PRAGMA cipher_page_size"), 4096);
    QCOMPARE(*db.queryInt("PRAGMA secure_delete"), 1);
    QCOMPARE(*db.queryInt("PRAGMA temp_store"), 2);
    QCOMPARE(*db.queryInt("PRAGMA foreign_keys"), 1);
    QCOMPARE(*db.queryInt("PRAGMA synchronous"), 1);
    auto mode = db.prepare("PRAGMA journal_mode");
    QVERIFY(mode && *mode->step());
    QCOMPARE(mode->text(0), QStringLiteral("wal"));
    QVERIFY(!(*db.cipherVersion()).isEmpty());
}

void TestStore::newerSchemaIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cove.db"));
    const QByteArray key = randomKey();
    {
        auto s = Store::open(path, key, Store::Intent::CreateNew);
        QVERIFY(s);
        QVERIFY((*s)->db().exec("PRAGMA user_version = 999"));
        QVERIFY((*s)->checkpoint());
    }
    const QByteArray before = fileHash(path);
    Result<std::unique_ptr<Store>> r = Store::open(path, key, Store::Intent::OpenExisting);
    QVERIFY(!r);
    QCOMPARE(r.error().code, StorageErrorCode::TooNew);
    QCOMPARE(fileHash(path), before);
}

void TestStore::everyVersionMigratesToTheSnapshot()
{
    QTemporaryDir dir;
    const QByteArray key = randomKey();
    const int latest = latestSchemaVersion();
    // Each version's schema, built from nothing, matches its snapshot ...
    for (int v = 1; v <= latest; ++v) {
        auto db = cove::sqlite::Database::open(dir.filePath(QStringLiteral("v%1.db").arg(v)),
                                               cove::sqlite::Database::OpenMode::ReadWriteCreate);
        QVERIFY(db);
        QVERIFY(keyAndVerify(*db, key));
        QVERIFY(migrate(*db, v));
        // A new migration's snapshot is written once with
        // COVE_UPDATE_SCHEMA_SNAPSHOTS=1 and then reviewed and committed.
        if (qEnvironmentVariableIsSet("COVE_UPDATE_SCHEMA_SNAPSHOTS")) {
            QFile out(snapshotPath(v));
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(schemaDump(*db)->toUtf8());
        }
        QFile snap(snapshotPath(v));
        QVERIFY2(snap.open(QIODevice::ReadOnly), qPrintable(snapshotPath(v)));
        QCOMPARE(*schemaDump(*db), QString::fromUtf8(snap.readAll()));
    }
    // ... and every earlier version migrates to the latest snapshot.
    QFile latestSnap(snapshotPath(latest));
    QVERIFY(latestSnap.open(QIODevice::ReadOnly));
    const QString expected = QString::fromUtf8(latestSnap.readAll());
    for (int from = 0; from < latest; ++from) {
        auto db = cove::sqlite::Database::open(dir.filePath(QStringLiteral("from%1.db").arg(from)),
                                               cove::sqlite::Database::OpenMode::ReadWriteCreate);
        QVERIFY(db);
        QVERIFY(keyAndVerify(*db, key));
        QVERIFY(migrate(*db, from));
        QVERIFY(migrate(*db));
        QCOMPARE(*schemaDump(*db), expected);
        QCOMPARE(*db->queryInt("PRAGMA user_version"), latest);
    }
}

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
