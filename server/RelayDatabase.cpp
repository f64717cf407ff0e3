// SPDX-License-Identifier: GPL-3.0-or-later
#include "RelayDatabase.h"

#include "Sqlite.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

namespace cove::relay {

namespace {

StorageError storageError(StorageError::Code code, QString detail)
{
    return StorageError{code, std::move(detail)};
}

/// Runs the numbered migrations above user_version, each in its own
/// transaction ending by setting user_version to its number. The version is
/// read inside the (immediate) transaction, so two processes opening the
/// database at once do not both run a migration.
StorageResult<void> migrate(sqlite::Database &db, const RelayDatabaseSpec &spec)
{
    const auto count = std::int64_t(spec.migrations.size());
    for (;;) {
        sqlite::Result<sqlite::Transaction> tx = sqlite::Transaction::begin(db);
        if (!tx)
            return storageErrorOf(tx.error(), "beginning a migration");
        sqlite::Result<std::int64_t> version = db.queryInt("PRAGMA user_version");
        if (!version)
            return storageErrorOf(version.error(), "reading the schema version");
        if (*version > count)
            return storageError(StorageError::Code::TooNew,
                                QStringLiteral("%1 has schema version %2; this build knows %3")
                                    .arg(spec.fileName)
                                    .arg(*version)
                                    .arg(count));
        if (*version == count)
            return {}; // the transaction rolls back: it wrote nothing
        const std::int64_t v = *version + 1;
        if (sqlite::Result<void> r = db.exec(spec.migrations[std::size_t(v - 1)]); !r)
            return storageErrorOf(r.error(), "migrating the schema");
        const QByteArray setVersion = "PRAGMA user_version = " + QByteArray::number(v);
        if (sqlite::Result<void> r = db.exec(setVersion); !r)
            return storageErrorOf(r.error(), "recording the schema version");
        if (sqlite::Result<void> r = tx->commit(); !r)
            return storageErrorOf(r.error(), "committing a migration");
    }
}

} // namespace

StorageError storageErrorOf(const sqlite::Error &e, const char *what)
{
    StorageError::Code code = StorageError::Code::Io;
    if (e.isNotADatabase())
        code = StorageError::Code::WrongKey;
    else if (e.isCorrupt())
        code = StorageError::Code::Corrupt;
    else if (e.isConstraint())
        code = StorageError::Code::Conflict;
    return StorageError{code, QLatin1String(what) + QStringLiteral(": ") + e.message};
}

StorageResult<void> keyAndVerify(sqlite::Database &db, QByteArrayView key32,
                                 const QString &fileName)
{
    if (sqlite::Result<void> r = db.keyRaw(key32); !r)
        return storageErrorOf(r.error(), "applying the relay key");
    // Fail closed: without SQLCipher the key above was silently ignored.
    sqlite::Result<QString> cipher = db.cipherVersion();
    if (!cipher)
        return storageErrorOf(cipher.error(), "asking for the cipher version");
    if (cipher->isEmpty())
        return storageError(StorageError::Code::NotEncrypted,
                            QStringLiteral("the SQLite library in this process is not SQLCipher"));
    if (sqlite::Result<void> r = db.exec("PRAGMA cipher_page_size = 4096"); !r)
        return storageErrorOf(r.error(), "setting the page size");
    // The first read decrypts page 1: a wrong key fails here.
    if (sqlite::Result<std::int64_t> n = db.queryInt("SELECT count(*) FROM sqlite_master"); !n) {
        StorageError e = storageErrorOf(n.error(), "reading the schema");
        if (n.error().isNotADatabase())
            e.detail = QStringLiteral("relay.key does not open ") + fileName +
                       QStringLiteral(" (or it is no database)");
        return e;
    }
    return {};
}

StorageResult<std::unique_ptr<sqlite::Database>> openRelayDatabase(const QString &dir,
                                                                   const RelayDatabaseSpec &spec,
                                                                   QByteArrayView key32,
                                                                   bool create)
{
    if (key32.size() != 32)
        return storageError(StorageError::Code::WrongKey,
                            QStringLiteral("the relay key must be 32 bytes"));
    const QString path = QDir(dir).filePath(spec.fileName);
    const bool exists = QFileInfo::exists(path);
    if (!exists && !create)
        return storageError(StorageError::Code::NotFound,
                            QStringLiteral("no ") + spec.fileName + QStringLiteral(" in ") + dir);
    if (!exists) {
        // Created owner-only before SQLite sees it; SQLite gives the WAL and
        // shared-memory files the database file's mode. Another process may
        // create it at the same moment: then it exists, which is as good.
        const int fd = ::open(QFile::encodeName(path).constData(),
                              O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd < 0 && errno != EEXIST)
            return storageError(StorageError::Code::Io, QStringLiteral("cannot create ") + path);
        if (fd >= 0)
            ::close(fd);
    }

    sqlite::Result<sqlite::Database> opened =
        sqlite::Database::open(path, create ? sqlite::Database::OpenMode::ReadWriteCreate
                                            : sqlite::Database::OpenMode::ReadWrite);
    if (!opened)
        return storageErrorOf(opened.error(), "opening the database");
    auto db = std::make_unique<sqlite::Database>(std::move(*opened));
    if (spec.busyTimeoutMs > 0) {
        const QByteArray busy = "PRAGMA busy_timeout = " + QByteArray::number(spec.busyTimeoutMs);
        if (sqlite::Result<void> r = db->exec(busy); !r)
            return storageErrorOf(r.error(), "setting the busy timeout");
    }

    if (StorageResult<void> r = keyAndVerify(*db, key32, spec.fileName); !r)
        return r.error();

    {
        sqlite::Result<sqlite::Statement> wal = db->prepare("PRAGMA journal_mode = WAL");
        if (!wal)
            return storageErrorOf(wal.error(), "switching to WAL");
        sqlite::Result<bool> row = wal->step();
        if (!row)
            return storageErrorOf(row.error(), "switching to WAL");
        if (!*row || wal->text(0).compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
            return storageError(StorageError::Code::Io,
                                spec.fileName + QStringLiteral(" cannot use write-ahead logging"));
    }
    for (const char *p : spec.pragmas) {
        if (sqlite::Result<void> r = db->exec(p); !r)
            return storageErrorOf(r.error(), "configuring the database");
    }
    if (StorageResult<void> r = migrate(*db, spec); !r)
        return r.error();
    return db;
}

} // namespace cove::relay
