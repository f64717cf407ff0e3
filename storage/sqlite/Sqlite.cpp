// SPDX-License-Identifier: GPL-3.0-or-later
#include "Sqlite.h"

#include <climits>
#include <cstring>
#include <sqlite3.h>
#include <utility>

namespace cove::sqlite {

namespace {

Error errorOf(sqlite3 *db, int rc)
{
    Error e;
    e.code = rc & 0xff;
    e.extendedCode = db ? sqlite3_extended_errcode(db) : rc;
    e.message = QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
    return e;
}

Error errorOf(int rc, const char *what)
{
    Error e;
    e.code = rc & 0xff;
    e.extendedCode = rc;
    e.message =
        QString::fromUtf8(what) + QStringLiteral(": ") + QString::fromUtf8(sqlite3_errstr(rc));
    return e;
}

int toInt(qsizetype n)
{
    return n > INT_MAX ? INT_MAX : int(n);
}

// PRAGMA key/rekey with a raw key: "x'<64 hex digits>'". The string is
// built in a local buffer that is wiped afterwards.
template <typename Fn> Result<void> withRawKeyString(QByteArrayView key32, Fn fn)
{
    if (key32.size() != 32)
        return errorOf(SQLITE_MISUSE, "raw database key must be 32 bytes");
    static const char digits[] = "0123456789abcdef";
    char buf[2 + 64 + 1];
    buf[0] = 'x';
    buf[1] = '\'';
    for (int i = 0; i < 32; ++i) {
        const auto b = std::uint8_t(key32[i]);
        buf[2 + 2 * i] = digits[b >> 4];
        buf[3 + 2 * i] = digits[b & 0xf];
    }
    buf[66] = '\'';
    const int rc = fn(buf, int(sizeof buf));
    volatile char *p = buf;
    for (std::size_t i = 0; i < sizeof buf; ++i)
        p[i] = 0;
    if (rc != SQLITE_OK)
        return errorOf(rc, "applying the database key");
    return {};
}

} // namespace

bool Error::isFull() const noexcept
{
    return code == SQLITE_FULL || extendedCode == SQLITE_IOERR_WRITE ||
           extendedCode == SQLITE_IOERR_FSYNC;
}
bool Error::isCorrupt() const noexcept
{
    return code == SQLITE_CORRUPT;
}
bool Error::isNotADatabase() const noexcept
{
    return code == SQLITE_NOTADB;
}
bool Error::isBusy() const noexcept
{
    return code == SQLITE_BUSY || code == SQLITE_LOCKED;
}
bool Error::isConstraint() const noexcept
{
    return code == SQLITE_CONSTRAINT;
}
bool Error::isIoError() const noexcept
{
    return code == SQLITE_IOERR;
}

// ---- Statement -------------------------------------------------------------

Statement::~Statement()
{
    release();
}

Statement::Statement(Statement &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_stmt(std::exchange(other.m_stmt, nullptr)),
      m_owned(other.m_owned), m_bindError(other.m_bindError)
{}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        release();
        m_db = std::exchange(other.m_db, nullptr);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_owned = other.m_owned;
        m_bindError = other.m_bindError;
    }
    return *this;
}

void Statement::release() noexcept
{
    if (m_stmt && m_owned)
        sqlite3_finalize(m_stmt);
    m_stmt = nullptr;
}

Statement &Statement::bind(int index, std::int64_t value)
{
    const int rc = sqlite3_bind_int64(m_stmt, index, value);
    if (rc != SQLITE_OK && !m_bindError)
        m_bindError = rc;
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    const int rc = sqlite3_bind_double(m_stmt, index, value);
    if (rc != SQLITE_OK && !m_bindError)
        m_bindError = rc;
    return *this;
}

Statement &Statement::bind(int index, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    const int rc = sqlite3_bind_text64(m_stmt, index, utf8.constData(), sqlite3_uint64(utf8.size()),
                                       SQLITE_TRANSIENT, SQLITE_UTF8);
    if (rc != SQLITE_OK && !m_bindError)
        m_bindError = rc;
    return *this;
}

Statement &Statement::bindBlob(int index, QByteArrayView blob)
{
    static const char empty = 0;
    const int rc = sqlite3_bind_blob64(m_stmt, index, blob.isEmpty() ? &empty : blob.data(),
                                       sqlite3_uint64(blob.size()), SQLITE_TRANSIENT);
    if (rc != SQLITE_OK && !m_bindError)
        m_bindError = rc;
    return *this;
}

Statement &Statement::bindNull(int index)
{
    const int rc = sqlite3_bind_null(m_stmt, index);
    if (rc != SQLITE_OK && !m_bindError)
        m_bindError = rc;
    return *this;
}

Result<bool> Statement::step()
{
    if (m_bindError) {
        const int rc = std::exchange(m_bindError, 0);
        return errorOf(rc, "binding a parameter");
    }
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    Error e = errorOf(m_db ? m_db->raw() : nullptr, rc);
    sqlite3_reset(m_stmt);
    return e;
}

Result<void> Statement::run()
{
    for (;;) {
        Result<bool> r = step();
        if (!r)
            return r.error();
        if (!*r)
            return {};
    }
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_bindError = 0;
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

std::int64_t Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString Statement::text(int column) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, column));
}

QByteArray Statement::blob(int column) const
{
    return blobView(column).toByteArray();
}

QByteArrayView Statement::blobView(int column) const
{
    const auto *p = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return QByteArrayView(p, sqlite3_column_bytes(m_stmt, column));
}

int Statement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

// ---- Database --------------------------------------------------------------

Result<Database> Database::open(const QString &path, OpenMode mode)
{
    int flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_PRIVATECACHE;
    switch (mode) {
    case OpenMode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case OpenMode::ReadWriteCreate:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    case OpenMode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    }
    sqlite3 *handle = nullptr;
    const QByteArray utf8 = path.toUtf8();
    const int rc = sqlite3_open_v2(utf8.constData(), &handle, flags, nullptr);
    if (rc != SQLITE_OK) {
        Error e = errorOf(handle, rc);
        sqlite3_close_v2(handle);
        return e;
    }
    sqlite3_extended_result_codes(handle, 1);
    Database db;
    db.m_db = handle;
    db.m_path = path;
    return db;
}

Database::~Database()
{
    (void)close();
}

Database::Database(Database &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_path(std::move(other.m_path)),
      m_cache(std::move(other.m_cache))
{
    for (auto &entry : m_cache)
        entry.second->m_db = this;
}

Database &Database::operator=(Database &&other) noexcept
{
    if (this != &other) {
        (void)close();
        m_db = std::exchange(other.m_db, nullptr);
        m_path = std::move(other.m_path);
        m_cache = std::move(other.m_cache);
        for (auto &entry : m_cache)
            entry.second->m_db = this;
    }
    return *this;
}

Result<void> Database::keyRaw(QByteArrayView key32)
{
    return withRawKeyString(key32,
                            [this](const char *k, int n) { return sqlite3_key(m_db, k, n); });
}

Result<void> Database::rekeyRaw(QByteArrayView key32)
{
    return withRawKeyString(key32,
                            [this](const char *k, int n) { return sqlite3_rekey(m_db, k, n); });
}

Result<QString> Database::cipherVersion()
{
    Result<Statement> st = prepare("PRAGMA cipher_version");
    if (!st)
        return st.error();
    Result<bool> row = st->step();
    if (!row)
        return row.error();
    return *row ? st->text(0) : QString();
}

Result<void> Database::exec(QByteArrayView sql)
{
    const QByteArray z = sql.toByteArray();
    char *msg = nullptr;
    const int rc = sqlite3_exec(m_db, z.constData(), nullptr, nullptr, &msg);
    sqlite3_free(msg);
    if (rc != SQLITE_OK)
        return errorOf(m_db, rc);
    return {};
}

Result<Statement> Database::prepare(QByteArrayView sql)
{
    if (!m_db)
        return errorOf(SQLITE_MISUSE, "database is closed");
    sqlite3_stmt *stmt = nullptr;
    const int rc = sqlite3_prepare_v2(m_db, sql.data(), toInt(sql.size()), &stmt, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(stmt);
        return errorOf(m_db, rc);
    }
    return Statement(this, stmt, true);
}

Result<Statement *> Database::cached(QByteArrayView sql)
{
    const QByteArray key = sql.toByteArray();
    auto it = m_cache.find(key);
    if (it == m_cache.end()) {
        Result<Statement> st = prepare(sql);
        if (!st)
            return st.error();
        it = m_cache.emplace(key, std::make_unique<Statement>(std::move(*st))).first;
    }
    it->second->reset();
    return it->second.get();
}

Result<std::int64_t> Database::queryInt(QByteArrayView sql)
{
    Result<Statement> st = prepare(sql);
    if (!st)
        return st.error();
    Result<bool> row = st->step();
    if (!row)
        return row.error();
    if (!*row)
        return errorOf(SQLITE_NOTFOUND, "query returned no row");
    return st->int64(0);
}

std::int64_t Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

bool Database::inTransaction() const
{
    return m_db && !sqlite3_get_autocommit(m_db);
}

Result<void> Database::close()
{
    m_cache.clear();
    if (!m_db)
        return {};
    const int rc = sqlite3_close_v2(m_db);
    m_db = nullptr;
    if (rc != SQLITE_OK)
        return errorOf(rc, "closing the database");
    return {};
}

Error Database::lastError() const
{
    return errorOf(m_db, m_db ? sqlite3_errcode(m_db) : SQLITE_MISUSE);
}

// ---- Transaction -----------------------------------------------------------

Result<Transaction> Transaction::begin(Database &db, Mode mode)
{
    Result<void> r = db.exec(mode == Mode::Immediate ? "BEGIN IMMEDIATE" : "BEGIN");
    if (!r)
        return r.error();
    return Transaction(&db);
}

Transaction::~Transaction()
{
    rollback();
}

Transaction::Transaction(Transaction &&other) noexcept : m_db(std::exchange(other.m_db, nullptr)) {}

Result<void> Transaction::commit()
{
    if (!m_db)
        return errorOf(SQLITE_MISUSE, "transaction already finished");
    Result<void> r = m_db->exec("COMMIT");
    if (!r) {
        rollback();
        return r;
    }
    m_db = nullptr;
    return {};
}

void Transaction::rollback() noexcept
{
    if (m_db && m_db->inTransaction())
        (void)m_db->exec("ROLLBACK");
    m_db = nullptr;
}

const char *libraryVersion() noexcept
{
    return sqlite3_libversion();
}

} // namespace cove::sqlite
