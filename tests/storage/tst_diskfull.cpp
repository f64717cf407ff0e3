// SPDX-License-Identifier: GPL-3.0-or-later
// A full disk: writing fails with a clear error, nothing committed is lost,
// and writing resumes when space returns. The disk is simulated by a VFS
// that wraps SQLite's default one and refuses writes while "full".

#include "Crypto.h"
#include "Sqlite.h"
#include "StorageError.h"
#include "Store.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <cstring>
#include <sqlite3.h>

using namespace cove;

namespace {

std::atomic<bool> g_diskFull{false};
sqlite3_vfs *g_base = nullptr;
sqlite3_vfs g_vfs;

struct ShimFile {
    sqlite3_file base; // must be first: SQLite sees this
    const sqlite3_io_methods *realMethods;
    sqlite3_file *real; // the base VFS's file, allocated after us
};

sqlite3_io_methods g_methods;

sqlite3_file *realOf(sqlite3_file *f)
{
    return reinterpret_cast<ShimFile *>(f)->real;
}

int shimClose(sqlite3_file *f)
{
    sqlite3_file *real = realOf(f);
    return real->pMethods ? real->pMethods->xClose(real) : SQLITE_OK;
}
int shimRead(sqlite3_file *f, void *buf, int n, sqlite3_int64 off)
{
    sqlite3_file *real = realOf(f);
    return real->pMethods->xRead(real, buf, n, off);
}
int shimWrite(sqlite3_file *f, const void *buf, int n, sqlite3_int64 off)
{
    if (g_diskFull)
        return SQLITE_FULL;
    sqlite3_file *real = realOf(f);
    return real->pMethods->xWrite(real, buf, n, off);
}
int shimTruncate(sqlite3_file *f, sqlite3_int64 size)
{
    sqlite3_file *real = realOf(f);
    return real->pMethods->xTruncate(real, size);
}
int shimSync(sqlite3_file *f, int flags)
{
    sqlite3_file *real = realOf(f);
    return real->pMethods->xSync(real, flags);
}
int shimFileSize(sqlite3_file *f, sqlite3_int64 *size)
{
    sqlite3_file *real = realOf(f);
    return real->pMethods->xFileSize(real, size);
}
int shimLock(sqlite3_file *f, int l)
{
    sqlite3_file *real = realOf(f);
    return real->pMethods->xLock(real, l);
}
int shimUnlock(sqlite3_file *f, int l)
{
    sqlite3_file *real = realOf(f);
    return real->pMethods->xUnlock(real, l);
}
int shimCheckReserved(sqlite3_file *f, int *out)
{
    sqlite3_file *real = realOf(f);
    return real->pMethods->xCheckReservedLock(real, out);
}
int shimFileControl(sqlite3_file *f, int op, void *arg)
{
    sqlite3_file *real = realOf(f);
    return real->pMethods->xFileControl(real, op, arg);
}
int shimSectorSize(sqlite3_file *f)
{
    sqlite3_file *real = realOf(f);
    return real->pMethods->xSectorSize(real);
}
int shimDeviceCharacteristics(sqlite3_file *f)
{
    sqlite3_file *real = realOf(f);
    return real->pMethods->xDeviceCharacteristics(real);
}
int shimShmMap(sqlite3_file *f, int page, int size, int extend, void volatile **p)
{
    sqlite3_file *real = realOf(f);
    return real->pMethods->xShmMap(real, page, size, extend, p);
}
int shimShmLock(sqlite3_file *f, int offset, int n, int flags)
{
    sqlite3_file *real = realOf(f);
    return real->pMethods->xShmLock(real, offset, n, flags);
}
void shimShmBarrier(sqlite3_file *f)
{
    sqlite3_file *real = realOf(f);
    real->pMethods->xShmBarrier(real);
}
int shimShmUnmap(sqlite3_file *f, int deleteFlag)
{
    sqlite3_file *real = realOf(f);
    return real->pMethods->xShmUnmap(real, deleteFlag);
}

int shimOpen(sqlite3_vfs *, const char *name, sqlite3_file *f, int flags, int *outFlags)
{
    auto *shim = reinterpret_cast<ShimFile *>(f);
    shim->real = reinterpret_cast<sqlite3_file *>(reinterpret_cast<char *>(f) + sizeof(ShimFile));
    std::memset(shim->real, 0, std::size_t(g_base->szOsFile));
    const int rc = g_base->xOpen(g_base, name, shim->real, flags, outFlags);
    shim->base.pMethods = rc == SQLITE_OK ? &g_methods : nullptr;
    return rc;
}

void installFullDiskVfs()
{
    g_base = sqlite3_vfs_find(nullptr);
    g_methods = {};
    g_methods.iVersion = 2;
    g_methods.xClose = shimClose;
    g_methods.xRead = shimRead;
    g_methods.xWrite = shimWrite;
    g_methods.xTruncate = shimTruncate;
    g_methods.xSync = shimSync;
    g_methods.xFileSize = shimFileSize;
    g_methods.xLock = shimLock;
    g_methods.xUnlock = shimUnlock;
    g_methods.xCheckReservedLock = shimCheckReserved;
    g_methods.xFileControl = shimFileControl;
    g_methods.xSectorSize = shimSectorSize;
    g_methods.xDeviceCharacteristics = shimDeviceCharacteristics;
    g_methods.xShmMap = shimShmMap;
    g_methods.xShmLock = shimShmLock;
    g_methods.xShmBarrier = shimShmBarrier;
    g_methods.xShmUnmap = shimShmUnmap;
    g_vfs = *g_base;
    g_vfs.zName = "cove-full-disk";
    g_vfs.szOsFile = int(sizeof(ShimFile)) + g_base->szOsFile;
    g_vfs.xOpen = shimOpen;
    // The shim becomes the default, so Cove's own open path uses it unchanged.
    sqlite3_vfs_register(&g_vfs, 1);
}

std::int64_t count(sqlite::Database &db)
{
    auto n = db.queryInt("SELECT count(*) FROM contacts");
    return n ? *n : -1;
}

storage::Result<void> insertContact(sqlite::Database &db, int i)
{
    auto st = db.prepare("INSERT INTO contacts (cove_id, display_name, added_at) VALUES (?, ?, 1)");
    if (!st)
        return storage::fromSqlite(st.error(), "prepare");
    st->bind(1, QStringLiteral("id-%1").arg(i)).bind(2, QString(200, QLatin1Char('x')));
    if (auto r = st->run(); !r)
        return storage::fromSqlite(r.error(), "insert");
    return {};
}

} // namespace

class TestDiskFull : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { installFullDiskVfs(); }
    void cleanup() { g_diskFull = false; }
    void fullDiskLosesNothingAndRecovers();
    void cannotOpenOnFullDiskWithoutDamage();
};

void TestDiskFull::fullDiskLosesNothingAndRecovers()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cove.db"));
    const QByteArray key = protocol::crypto::randomByteArray(32);
    auto store = storage::Store::open(path, key, storage::Store::Intent::CreateNew);
    QVERIFY(store);
    sqlite::Database &db = (*store)->db();
    for (int i = 0; i < 100; ++i)
        QVERIFY(insertContact(db, i));

    g_diskFull = true;
    // A single write and a whole transaction both fail clearly.
    storage::Result<void> r = insertContact(db, 1000);
    QVERIFY(!r);
    QCOMPARE(r.error().code, storage::StorageErrorCode::DiskFull);
    {
        auto tx = sqlite::Transaction::begin(db);
        QVERIFY(tx);
        bool failed = false;
        for (int i = 2000; i < 2500 && !failed; ++i)
            failed = !insertContact(db, i);
        if (!failed)
            QVERIFY(!tx->commit());
    }
    QCOMPARE(count(db), 100);

    // Space returns: the same connection writes again, and everything
    // committed before is still there after reopening.
    g_diskFull = false;
    QVERIFY(insertContact(db, 1000));
    QCOMPARE(count(db), 101);
    store->reset();
    auto reopened = storage::Store::open(path, key, storage::Store::Intent::OpenExisting);
    QVERIFY(reopened);
    QCOMPARE(count((*reopened)->db()), 101);
    auto integrity = (*reopened)->db().prepare("PRAGMA integrity_check");
    QVERIFY(integrity && *integrity->step());
    QCOMPARE(integrity->text(0), QStringLiteral("ok"));
}

void TestDiskFull::cannotOpenOnFullDiskWithoutDamage()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cove.db"));
    const QByteArray key = protocol::crypto::randomByteArray(32);
    {
        auto store = storage::Store::open(path, key, storage::Store::Intent::CreateNew);
        QVERIFY(store);
        QVERIFY(insertContact((*store)->db(), 1));
    }
    // A profile created on a full disk fails cleanly...
    g_diskFull = true;
    auto fresh = storage::Store::open(dir.filePath(QStringLiteral("new.db")), key,
                                      storage::Store::Intent::CreateNew);
    QVERIFY(!fresh);
    QCOMPARE(fresh.error().code, storage::StorageErrorCode::DiskFull);
    g_diskFull = false;
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("new.db")))); // nothing half-made
    // ... and the existing one opens with its data.
    auto existing = storage::Store::open(path, key, storage::Store::Intent::OpenExisting);
    QVERIFY(existing);
    QCOMPARE(count((*existing)->db()), 1);
}

QTEST_GUILESS_MAIN(TestDiskFull)
#include "tst_diskfull.moc"
