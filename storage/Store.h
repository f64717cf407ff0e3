// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StorageError.h"

#include <QByteArrayView>
#include <QString>

#include <memory>

namespace cove::sqlite {
class Database;
}

namespace cove::storage {

/// The encrypted database of one profile, opened with its raw 256-bit key.
///
/// Opening fails closed: the linked SQLite must report a SQLCipher version
/// (two SQLite libraries in one process can silently open a file
/// unencrypted), the key is proven by reading the schema before anything
/// is written, and an existing database is never re-created because
/// opening it failed. A wrong key or a damaged file changes no byte on disk.
class Store {
public:
    enum class Intent {
        CreateNew,    ///< the file must not exist yet
        OpenExisting, ///< the file must exist
    };

    [[nodiscard]] static Result<std::unique_ptr<Store>> open(const QString &path,
                                                             QByteArrayView key32, Intent intent);
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    [[nodiscard]] sqlite::Database &db() noexcept { return *m_db; }
    [[nodiscard]] const QString &path() const noexcept { return m_path; }

    /// Writes the WAL back into the database file (at shutdown, before backups).
    [[nodiscard]] Result<void> checkpoint();

    /// Where the write-ahead log was copied because opening found it
    /// damaged; empty when it was whole. SQLite reads a log only up to its
    /// first damaged frame, so the commits after it are not in the database;
    /// the copy keeps their (encrypted) bytes, and the person is told.
    [[nodiscard]] const QString &damagedLogCopy() const noexcept { return m_damagedLogCopy; }

    /// The page settings every Cove database uses; also applied to backups.
    static constexpr int kPageSize = 4096;

private:
    Store(QString path, std::unique_ptr<sqlite::Database> db);
    QString m_path;
    std::unique_ptr<sqlite::Database> m_db;
    QString m_damagedLogCopy;
};

/// Makes every committed transaction durable against a power cut: fsyncs
/// the WAL (a passive checkpoint). Commits run with synchronous=NORMAL,
/// which survives a killed process but not a power cut; the receive path
/// calls this once per batch before acknowledging the batch to the relay,
/// so an acknowledged message is never lost (one fsync per batch instead of
/// one per message).
[[nodiscard]] Result<void> syncToDisk(sqlite::Database &db);

/// Applies the key and SQLCipher's page settings to a freshly opened
/// connection and proves the key by reading the schema. Shared by the store,
/// backups and tests.
[[nodiscard]] Result<void> keyAndVerify(sqlite::Database &db, QByteArrayView key32);

} // namespace cove::storage
