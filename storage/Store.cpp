// SPDX-License-Identifier: GPL-3.0-or-later
#include "Store.h"

#include "KeyFile.h"
#include "Migrations.h"
#include "Sqlite.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

#include <cstring>

namespace cove::storage {

namespace {

/// SQLite's checksum over `data` (a multiple of 8 bytes), continuing from
/// `s`: 32-bit words in the byte order the log's magic number names.
void walChecksum(const uchar *data, qsizetype size, bool bigEndian, quint32 s[2])
{
    for (qsizetype i = 0; i + 8 <= size; i += 8) {
        const quint32 a =
            bigEndian ? qFromBigEndian<quint32>(data + i) : qFromLittleEndian<quint32>(data + i);
        const quint32 b = bigEndian ? qFromBigEndian<quint32>(data + i + 4)
                                    : qFromLittleEndian<quint32>(data + i + 4);
        s[0] += a + s[1];
        s[1] += b + s[0];
    }
}

/// Whether the write-ahead log at `walPath` is damaged in a way SQLite's
/// recovery would pass over in silence: a frame of the log's current
/// generation fails its checksum while a later one, chained from the
/// stored checksums, passes (so it is not the torn end of an unfinished
/// write). Recovery keeps the log only up to the last commit before the
/// damaged frame and drops the rest.
bool walIsDamaged(const QString &walPath)
{
    QFile f(walPath);
    constexpr qsizetype kHeader = 32;
    constexpr qsizetype kFrameHeader = 24;
    if (!f.open(QIODevice::ReadOnly) || f.size() < kHeader)
        return false;
    const qint64 size = f.size();
    const uchar *wal = f.map(0, size);
    if (!wal)
        return false;
    const quint32 magic = qFromBigEndian<quint32>(wal);
    if ((magic & ~quint32(1)) != 0x377f0682)
        return false; // not a log SQLite would read either
    const bool bigEndian = magic & 1;
    const quint32 pageSize = qFromBigEndian<quint32>(wal + 8);
    if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) != 0)
        return false;
    const qsizetype frameSize = kFrameHeader + qsizetype(pageSize);
    quint32 sum[2] = {0, 0};
    walChecksum(wal, 24, bigEndian, sum);
    if (sum[0] != qFromBigEndian<quint32>(wal + 24) || sum[1] != qFromBigEndian<quint32>(wal + 28))
        return size >= kHeader + frameSize; // a damaged header hides every frame
    bool damaged = false;
    for (qint64 at = kHeader; at + frameSize <= size; at += frameSize) {
        const uchar *frame = wal + at;
        if (std::memcmp(frame + 8, wal + 16, 8) != 0)
            break; // salts of an earlier generation: the log ends here
        walChecksum(frame, 8, bigEndian, sum);
        walChecksum(frame + kFrameHeader, qsizetype(pageSize), bigEndian, sum);
        const quint32 stored[2] = {qFromBigEndian<quint32>(frame + 16),
                                   qFromBigEndian<quint32>(frame + 20)};
        if (sum[0] == stored[0] && sum[1] == stored[1]) {
            if (damaged)
                return true; // a sound frame after a damaged one
        } else {
            damaged = true;
        }
        sum[0] = stored[0];
        sum[1] = stored[1];
    }
    return false;
}

} // namespace

Result<void> keyAndVerify(sqlite::Database &db, QByteArrayView key32)
{
    if (key32.size() != 32)
        return storageError(StorageErrorCode::InvalidArgument,
                            QStringLiteral("database key must be 32 bytes"));
    if (sqlite::Result<void> r = db.keyRaw(key32); !r)
        return fromSqlite(r.error(), "applying the key");

    // Fail closed: without SQLCipher the key above was silently ignored.
    sqlite::Result<QString> version = db.cipherVersion();
    if (!version)
        return fromSqlite(version.error(), "asking for the cipher version");
    if (version->isEmpty())
        return storageError(StorageErrorCode::NotEncrypted,
                            QStringLiteral("the SQLite library in this process is not SQLCipher"));

    if (sqlite::Result<void> r = db.exec("PRAGMA cipher_page_size = 4096"); !r)
        return fromSqlite(r.error(), "setting the page size");
    // The first read decrypts page 1: a wrong key fails here, before any write.
    sqlite::Result<std::int64_t> tables = db.queryInt("SELECT count(*) FROM sqlite_master");
    if (!tables) {
        StorageError e = fromSqlite(tables.error(), "reading the schema");
        if (tables.error().isNotADatabase())
            e.code = StorageErrorCode::WrongPassphrase;
        return e;
    }
    return {};
}

Store::Store(QString path, std::unique_ptr<sqlite::Database> db)
    : m_path(std::move(path)), m_db(std::move(db))
{}

Store::~Store()
{
    if (m_db && m_db->isOpen())
        (void)m_db->exec("PRAGMA optimize");
}

Result<std::unique_ptr<Store>> Store::open(const QString &path, QByteArrayView key32, Intent intent)
{
    const bool exists = QFileInfo::exists(path);
    if (intent == Intent::CreateNew && exists)
        return storageError(StorageErrorCode::AlreadyExists,
                            QStringLiteral("a database already exists there"));
    if (intent == Intent::OpenExisting && !exists)
        return storageError(StorageErrorCode::NotFound, QStringLiteral("no database at that path"));
    if (intent == Intent::OpenExisting && QFileInfo(path).size() == 0)
        return storageError(StorageErrorCode::Corrupt,
                            QStringLiteral("the database file is empty"));

    // A database this call creates and then cannot set up is removed again,
    // so a failed creation (a full disk, say) leaves nothing half-made.
    // Existing files are never removed.
    struct CreatedFiles {
        QString path;
        bool keep = false;
        ~CreatedFiles()
        {
            if (keep || path.isEmpty())
                return;
            for (const char *suffix : {"", "-wal", "-shm", "-journal"})
                QFile::remove(path + QLatin1String(suffix));
        }
    } created{intent == Intent::CreateNew ? path : QString()};

    // The key is proven on a read-only connection first: the last
    // connection to close writes the log back into the database (and
    // deletes it), which one opened with a wrong key must not do.
    const QString wal = path + QStringLiteral("-wal");
    if (intent == Intent::OpenExisting) {
        // What the probe itself creates (an empty log and its index) goes
        // again when it fails: a file that cannot be opened is left as found.
        const QString index = path + QStringLiteral("-shm");
        const bool hadLog = QFileInfo::exists(wal);
        const bool hadIndex = QFileInfo::exists(index);
        Result<void> proven = [&]() -> Result<void> {
            sqlite::Result<sqlite::Database> probe =
                sqlite::Database::open(path, sqlite::Database::OpenMode::ReadOnly);
            if (!probe)
                return fromSqlite(probe.error(), "opening the database");
            return keyAndVerify(*probe, key32);
        }();
        if (!proven) {
            if (!hadLog && QFileInfo(wal).size() == 0)
                QFile::remove(wal);
            if (!hadIndex)
                QFile::remove(index);
            return proven.error();
        }
    }

    // Before SQLite reads it (and a checkpoint drops what it could not
    // read), the bytes of a damaged log are kept beside the database.
    struct KeptLog {
        QString path;
        bool keep = false;
        ~KeptLog()
        {
            if (!keep && !path.isEmpty())
                QFile::remove(path);
        }
    } keptLog;
    if (intent == Intent::OpenExisting && walIsDamaged(wal)) {
        keptLog.path =
            wal + QStringLiteral(".damaged-") +
            QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
        QFile copy(keptLog.path);
        QFile source(wal);
        if (!source.open(QIODevice::ReadOnly) ||
            !copy.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                       QFile::ReadOwner | QFile::WriteOwner) ||
            copy.write(source.readAll()) != source.size() || !detail::syncFile(copy))
            return storageError(StorageErrorCode::Io,
                                QStringLiteral("the write-ahead log is damaged and could not be "
                                               "kept aside: ") +
                                    copy.errorString());
    }

    sqlite::Result<sqlite::Database> opened = sqlite::Database::open(
        path, intent == Intent::CreateNew ? sqlite::Database::OpenMode::ReadWriteCreate
                                          : sqlite::Database::OpenMode::ReadWrite);
    if (!opened)
        return fromSqlite(opened.error(), "opening the database");
    auto db = std::make_unique<sqlite::Database>(std::move(*opened));

    if (Result<void> r = keyAndVerify(*db, key32); !r)
        return r.error();

    // secure_delete: deleted content is overwritten, not left in free pages.
    // temp_store: sorts and temporary tables never touch the disk.
    // WAL + synchronous=NORMAL: a commit survives a killed process; only a
    // power cut can lose the last commits (never corrupt the file).
    static const char *const pragmas[] = {
        "PRAGMA foreign_keys = ON",   "PRAGMA cache_size = -16384", "PRAGMA secure_delete = ON",
        "PRAGMA temp_store = MEMORY", "PRAGMA journal_mode = WAL",  "PRAGMA synchronous = NORMAL",
    };
    for (const char *p : pragmas) {
        if (sqlite::Result<void> r = db->exec(p); !r)
            return fromSqlite(r.error(), "configuring the database");
    }
    if (Result<void> r = migrate(*db); !r)
        return r.error();
    created.keep = true;
    std::unique_ptr<Store> store(new Store(path, std::move(db)));
    keptLog.keep = true;
    store->m_damagedLogCopy = keptLog.path;
    return store;
}

Result<void> syncToDisk(sqlite::Database &db)
{
    if (sqlite::Result<void> r = db.exec("PRAGMA wal_checkpoint(PASSIVE)"); !r)
        return fromSqlite(r.error(), "syncing to disk");
    return {};
}

Result<void> Store::checkpoint()
{
    if (sqlite::Result<void> r = m_db->exec("PRAGMA wal_checkpoint(TRUNCATE)"); !r)
        return fromSqlite(r.error(), "checkpointing");
    return {};
}

} // namespace cove::storage
