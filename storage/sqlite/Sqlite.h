// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Expected.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <cstdint>
#include <map>
#include <memory>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

/// cove_sqlite: a small RAII layer over SQLCipher's C API, shared by the
/// client's store and the relay. Every Cove process uses SQLCipher's SQLite
/// through this layer and nothing else: with two SQLite libraries in one
/// process, symbol resolution can make a "keyed" database silently open
/// unencrypted. Only bound parameters carry values into SQL, and errors
/// carry SQLite's message, never a bound value.
namespace cove::sqlite {

struct Error {
    int code = 0;         ///< SQLite primary result code (SQLITE_FULL, ...)
    int extendedCode = 0; ///< extended result code
    QString message;

    [[nodiscard]] bool isFull() const noexcept;         ///< disk or quota full
    [[nodiscard]] bool isCorrupt() const noexcept;      ///< SQLITE_CORRUPT
    [[nodiscard]] bool isNotADatabase() const noexcept; ///< wrong key, or not a database
    [[nodiscard]] bool isBusy() const noexcept;
    [[nodiscard]] bool isConstraint() const noexcept;
    [[nodiscard]] bool isIoError() const noexcept;
};

template <typename T> using Result = Expected<T, Error>;

class Database;

/// A prepared statement. Parameters are 1-based, columns 0-based. Owned
/// statements finalize on destruction; cached ones (Database::cached) are
/// reset and cleared when their Use ends.
class Statement {
public:
    Statement() = default;
    ~Statement();
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    Statement &bind(int index, std::int64_t value);
    Statement &bind(int index, int value) { return bind(index, std::int64_t(value)); }
    Statement &bind(int index, std::uint32_t value) { return bind(index, std::int64_t(value)); }
    Statement &bind(int index, bool value) { return bind(index, std::int64_t(value ? 1 : 0)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, const QString &text);
    /// Binds a blob; an empty (but non-null) QByteArrayView binds a zero-length blob.
    Statement &bindBlob(int index, QByteArrayView blob);
    Statement &bindNull(int index);
    template <typename T> Statement &bind(int index, const std::optional<T> &v)
    {
        return v ? bind(index, *v) : bindNull(index);
    }

    /// Executes one step: true when a row is available, false when done.
    [[nodiscard]] Result<bool> step();
    /// Steps to completion, for statements without results.
    [[nodiscard]] Result<void> run();
    void reset();

    [[nodiscard]] bool isNull(int column) const;
    [[nodiscard]] std::int64_t int64(int column) const;
    [[nodiscard]] double real(int column) const;
    [[nodiscard]] QString text(int column) const;
    [[nodiscard]] QByteArray blob(int column) const;
    /// A view of a blob column, valid until the next step/reset.
    [[nodiscard]] QByteArrayView blobView(int column) const;
    [[nodiscard]] int columnCount() const;

    [[nodiscard]] sqlite3_stmt *raw() const noexcept { return m_stmt; }

private:
    friend class Database;
    Statement(Database *db, sqlite3_stmt *stmt, bool owned) : m_db(db), m_stmt(stmt), m_owned(owned)
    {}
    void release() noexcept;

    Database *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    bool m_owned = true;
    int m_bindError = 0;
};

/// One connection. Move-only; closes on destruction.
class Database {
public:
    enum class OpenMode { ReadWrite, ReadWriteCreate, ReadOnly };

    /// Opens (or creates) a file. Does not key it: call key() before any
    /// statement on an encrypted database.
    [[nodiscard]] static Result<Database> open(const QString &path, OpenMode mode);

    Database() = default;
    ~Database();
    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// Applies a raw 256-bit key (no passphrase derivation inside SQLCipher).
    [[nodiscard]] Result<void> keyRaw(QByteArrayView key32);
    /// Changes the raw key of an open, keyed database (re-encrypts every page).
    [[nodiscard]] Result<void> rekeyRaw(QByteArrayView key32);
    /// SQLCipher's version, empty when the library linked is not SQLCipher.
    [[nodiscard]] Result<QString> cipherVersion();

    /// Runs SQL without parameters (may hold several statements).
    [[nodiscard]] Result<void> exec(QByteArrayView sql);
    [[nodiscard]] Result<Statement> prepare(QByteArrayView sql);
    /// A statement prepared once per connection and reused; reset and
    /// cleared for each use. The returned pointer stays valid until close.
    [[nodiscard]] Result<Statement *> cached(QByteArrayView sql);
    /// Convenience: first column of the first row as an integer.
    [[nodiscard]] Result<std::int64_t> queryInt(QByteArrayView sql);

    [[nodiscard]] std::int64_t lastInsertRowId() const;
    [[nodiscard]] int changes() const;
    [[nodiscard]] bool isOpen() const noexcept { return m_db != nullptr; }
    [[nodiscard]] bool inTransaction() const;
    [[nodiscard]] sqlite3 *raw() const noexcept { return m_db; }
    [[nodiscard]] const QString &path() const noexcept { return m_path; }

    Result<void> close();

    [[nodiscard]] Error lastError() const;

private:
    sqlite3 *m_db = nullptr;
    QString m_path;
    std::map<QByteArray, std::unique_ptr<Statement>> m_cache;
};

/// A transaction that rolls back unless committed.
class Transaction {
public:
    enum class Mode { Deferred, Immediate };
    /// Begins; check begun() (or use begin()) for failure.
    [[nodiscard]] static Result<Transaction> begin(Database &db, Mode mode = Mode::Immediate);
    ~Transaction();
    Transaction(Transaction &&other) noexcept;
    Transaction &operator=(Transaction &&) = delete;
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    [[nodiscard]] Result<void> commit();
    void rollback() noexcept;

private:
    explicit Transaction(Database *db) : m_db(db) {}
    Database *m_db = nullptr;
};

/// The SQLite library version actually linked, and whether it is SQLCipher.
[[nodiscard]] const char *libraryVersion() noexcept;

} // namespace cove::sqlite
