// SPDX-License-Identifier: GPL-3.0-or-later
#include "Store.h"

#include "Migrations.h"
#include "Sqlite.h"

#include <QFile>
#include <QFileInfo>

namespace cove::storage {

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
    return std::unique_ptr<Store>(new Store(path, std::move(db)));
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
