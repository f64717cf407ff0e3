// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqliteRelayStorage.h"

#include "FailPoint.h"
#include "RelayDatabase.h"
#include "Sqlite.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <cstring>
#include <fcntl.h>
#include <mutex>
#include <pthread.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

namespace cove::relay {

namespace {

using protocol::wire::EnvelopeType;
using protocol::wire::FirstContactFacts;
using protocol::wire::PreKeyEntry;
using protocol::wire::SignedPreKeyEntry;

StorageError storageError(StorageError::Code code, QString detail)
{
    return StorageError{code, std::move(detail)};
}

StorageError fromSqlite(const sqlite::Error &e, const char *what)
{
    return storageErrorOf(e, what);
}

/// Resets a cached statement when the scope ends, so that no half-read
/// SELECT keeps a read transaction open (which would hold back the WAL
/// checkpoint).
class StatementUse {
public:
    explicit StatementUse(sqlite::Statement *st) : m_st(st) {}
    ~StatementUse()
    {
        if (m_st)
            m_st->reset();
    }
    StatementUse(const StatementUse &) = delete;
    StatementUse &operator=(const StatementUse &) = delete;
    sqlite::Statement *operator->() const { return m_st; }
    sqlite::Statement &operator*() const { return *m_st; }

private:
    sqlite::Statement *m_st;
};

// Numbered migrations; each runs in its own transaction and ends by
// setting user_version to its number.
constexpr const char *kMigrations[] = {
    // 1: the first schema.
    R"sql(
CREATE TABLE accounts(
    cove_id TEXT PRIMARY KEY,
    identity_key BLOB NOT NULL UNIQUE,
    registration_id INTEGER NOT NULL,
    created_at INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE signed_prekeys(
    cove_id TEXT PRIMARY KEY,
    key_id INTEGER NOT NULL,
    public_key BLOB NOT NULL,
    signature BLOB NOT NULL
) WITHOUT ROWID;

CREATE TABLE prekeys(
    cove_id TEXT NOT NULL,
    key_id INTEGER NOT NULL,
    public_key BLOB NOT NULL,
    PRIMARY KEY(cove_id, key_id)
) WITHOUT ROWID;

CREATE TABLE envelopes(
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    recipient TEXT NOT NULL,
    sender TEXT NOT NULL,
    client_id BLOB NOT NULL,
    type INTEGER NOT NULL,
    ciphertext BLOB NOT NULL,
    commitment BLOB NOT NULL,
    server_time INTEGER NOT NULL,
    franking_tag BLOB NOT NULL,
    facts_age INTEGER,
    facts_mass_contact INTEGER,
    expires_at INTEGER NOT NULL
);
CREATE INDEX envelopes_by_recipient ON envelopes(recipient, id);
CREATE INDEX envelopes_by_expiry ON envelopes(expires_at);

-- Every accepted Send, unique by (sender, client_id), kept while its
-- envelope could still be resent (until the envelope would expire), even
-- after delivery: a resend is answered with the first ack, never stored
-- twice. No recipient and no content here.
CREATE TABLE sends(
    sender TEXT NOT NULL,
    client_id BLOB NOT NULL,
    server_time INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    PRIMARY KEY(sender, client_id)
) WITHOUT ROWID;
CREATE INDEX sends_by_expiry ON sends(expires_at);

CREATE TABLE contact_pairs(
    low TEXT NOT NULL,
    high TEXT NOT NULL,
    initiator TEXT NOT NULL,
    first_at INTEGER NOT NULL,
    PRIMARY KEY(low, high)
) WITHOUT ROWID;
CREATE INDEX contact_pairs_by_initiator ON contact_pairs(initiator, first_at);

CREATE TABLE blobs(
    id BLOB PRIMARY KEY,
    uploader TEXT NOT NULL,
    total_size INTEGER NOT NULL,
    received INTEGER NOT NULL,
    complete INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX blobs_by_expiry ON blobs(expires_at);
)sql",
    // 2: who may open a conversation with an account that chose contacts only.
    R"sql(
CREATE TABLE contacts_only(
    owner TEXT PRIMARY KEY
) WITHOUT ROWID;

CREATE TABLE allowed_senders(
    owner TEXT NOT NULL,
    sender TEXT NOT NULL,
    PRIMARY KEY(owner, sender)
) WITHOUT ROWID;
)sql",
    // 3: guarded accounts: the guardian's link, the contacts the guardian
    // approved (with the approval's hash and when they last talked, never
    // what), approvals removed (never accepted again) and refused senders.
    R"sql(
CREATE TABLE guarded(
    child TEXT PRIMARY KEY,
    guardian TEXT NOT NULL,
    guardian_key BLOB NOT NULL,
    linked_at INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE guarded_contacts(
    child TEXT NOT NULL,
    contact TEXT NOT NULL,
    approval BLOB NOT NULL,
    last_at INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY(child, contact)
) WITHOUT ROWID;

CREATE TABLE guarded_spent(
    child TEXT NOT NULL,
    approval BLOB NOT NULL,
    PRIMARY KEY(child, approval)
) WITHOUT ROWID;

CREATE TABLE guarded_refusals(
    child TEXT NOT NULL,
    sender TEXT NOT NULL,
    last_at INTEGER NOT NULL,
    count INTEGER NOT NULL,
    PRIMARY KEY(child, sender)
) WITHOUT ROWID;
)sql",
    // 4: sends keyed by (client_id, sender) instead of (sender, client_id).
    // The same uniqueness, but client ids begin with the sender's clock, so
    // new sends land at the end of the tree together instead of on a
    // random page each: fewer pages written (and encrypted) per commit.
    R"sql(
CREATE TABLE sends_by_client_id(
    client_id BLOB NOT NULL,
    sender TEXT NOT NULL,
    server_time INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    PRIMARY KEY(client_id, sender)
) WITHOUT ROWID;
INSERT INTO sends_by_client_id(client_id, sender, server_time, expires_at)
    SELECT client_id, sender, server_time, expires_at FROM sends;
DROP TABLE sends;
ALTER TABLE sends_by_client_id RENAME TO sends;
CREATE INDEX sends_by_expiry ON sends(expires_at);
)sql",
};

constexpr int kMigrationCount = int(sizeof kMigrations / sizeof kMigrations[0]);
static_assert(kMigrationCount == SqliteRelayStorage::kSchemaVersion);

std::optional<FirstContactFacts> factsFrom(const sqlite::Statement &st, int ageColumn,
                                           int massColumn)
{
    if (st.isNull(ageColumn))
        return std::nullopt;
    FirstContactFacts f;
    f.accountAge = FirstContactFacts::AccountAge(quint8(st.int64(ageColumn)));
    f.massContact = st.int64(massColumn) != 0;
    return f;
}

bool syncFd(int fd)
{
    return ::fsync(fd) == 0;
}

void syncDirectory(const QString &dir)
{
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        (void)::fsync(fd);
        ::close(fd);
    }
}

} // namespace

/// The background checkpointer: its own connection and thread.
struct SqliteRelayStorage::Checkpointer {
    std::unique_ptr<sqlite::Database> db;
    std::thread thread;
    std::mutex mutex;
    std::condition_variable wake;
    bool stopping = false;
};

void SqliteRelayStorage::startCheckpointer(std::unique_ptr<sqlite::Database> db, int intervalMs)
{
    m_checkpointer = std::make_unique<Checkpointer>();
    m_checkpointer->db = std::move(db);
    Checkpointer *cp = m_checkpointer.get();
    cp->thread = std::thread([cp, intervalMs] {
        ::pthread_setname_np(::pthread_self(), "cove-checkpoint");
        std::unique_lock lock(cp->mutex);
        while (!cp->stopping) {
            cp->wake.wait_for(lock, std::chrono::milliseconds(intervalMs));
            if (cp->stopping)
                break;
            lock.unlock();
            // PASSIVE: copies what it can without waiting for the writer.
            (void)cp->db->exec("PRAGMA wal_checkpoint(PASSIVE)");
            lock.lock();
        }
    });
}

void SqliteRelayStorage::stopCheckpointer()
{
    if (!m_checkpointer)
        return;
    {
        std::lock_guard lock(m_checkpointer->mutex);
        m_checkpointer->stopping = true;
    }
    m_checkpointer->wake.notify_one();
    if (m_checkpointer->thread.joinable())
        m_checkpointer->thread.join();
    (void)m_checkpointer->db->close();
    m_checkpointer.reset();
}

QString SqliteRelayStorage::databasePath(const QString &dir)
{
    return QDir(dir).filePath(QStringLiteral("relay.db"));
}

QString SqliteRelayStorage::blobDirectory(const QString &dir)
{
    return QDir(dir).filePath(QStringLiteral("blobs"));
}

SqliteRelayStorage::SqliteRelayStorage(QString dir, std::unique_ptr<sqlite::Database> db)
    : m_dir(std::move(dir)), m_db(std::move(db))
{}

struct SqliteRelayStorage::DeferredSync {
    QByteArray walPath;
    QByteArray dirPath;
    int walFd = -1; ///< used by the syncing thread only
    std::mutex mutex;
    QStringList filesToRemove; ///< under mutex

    ~DeferredSync()
    {
        if (walFd >= 0)
            ::close(walFd);
    }
};

SqliteRelayStorage::~SqliteRelayStorage()
{
    stopCheckpointer();
    if (m_inBatch)
        rollback();
    if (m_db && m_db->isOpen())
        (void)m_db->exec("PRAGMA optimize");
    if (m_deferred) {
        // Closing the last connection checkpoints and syncs; what is still
        // waiting for a sync is made durable here in any case.
        (void)syncCommitted();
    }
}

StorageResult<std::unique_ptr<SqliteRelayStorage>>
SqliteRelayStorage::open(const QString &dir, QByteArrayView key32, bool create,
                         bool backgroundCheckpoints, int checkpointIntervalMs)
{
    const QString path = databasePath(dir);
    if (!QFileInfo::exists(path) && !create)
        return storageError(StorageError::Code::NotFound, QStringLiteral("no relay.db in ") + dir);

    const QString blobs = blobDirectory(dir);
    if (!QFileInfo(blobs).isDir() && ::mkdir(QFile::encodeName(blobs).constData(), S_IRWXU) != 0)
        return storageError(StorageError::Code::Io,
                            QStringLiteral("cannot create the blob directory ") + blobs);

    // WAL + synchronous=FULL: a commit is on the disk when it returns, so an
    // acknowledged envelope survives a power cut, not only a killed process.
    // secure_delete: delivered envelopes are overwritten, not left in free pages.
    static const char *const pragmas[] = {
        "PRAGMA synchronous = FULL",  "PRAGMA secure_delete = ON", "PRAGMA temp_store = MEMORY",
        "PRAGMA cache_size = -65536", "PRAGMA foreign_keys = OFF",
    };
    RelayDatabaseSpec spec;
    spec.fileName = QStringLiteral("relay.db");
    spec.migrations = kMigrations;
    spec.pragmas = pragmas;
    StorageResult<std::unique_ptr<sqlite::Database>> opened =
        openRelayDatabase(dir, spec, key32, create);
    if (!opened)
        return opened.error();
    std::unique_ptr<sqlite::Database> db = std::move(*opened);

    std::unique_ptr<sqlite::Database> checkpointDb;
    if (backgroundCheckpoints) {
        sqlite::Result<sqlite::Database> second =
            sqlite::Database::open(path, sqlite::Database::OpenMode::ReadWrite);
        if (!second)
            return fromSqlite(second.error(), "opening relay.db for checkpoints");
        checkpointDb = std::make_unique<sqlite::Database>(std::move(*second));
        if (StorageResult<void> r = keyAndVerify(*checkpointDb, key32, spec.fileName); !r)
            return r.error();
        if (sqlite::Result<void> r = checkpointDb->exec("PRAGMA synchronous = FULL"); !r)
            return fromSqlite(r.error(), "configuring relay.db");
        if (sqlite::Result<void> r = db->exec("PRAGMA wal_autocheckpoint = 0"); !r)
            return fromSqlite(r.error(), "configuring relay.db");
    }
    StorageResult<qint64> idLimit = reserveEnvelopeIds(*db);
    if (!idLimit)
        return idLimit.error();
    std::unique_ptr<SqliteRelayStorage> storage(new SqliteRelayStorage(dir, std::move(db)));
    storage->m_envelopeIdLimit = *idLimit;
    if (checkpointDb)
        storage->startCheckpointer(std::move(checkpointDb), std::max(10, checkpointIntervalMs));
    return storage;
}

namespace {

/// Envelope ids of run n of the relay lie between n << kRunIdBits and
/// (n + 1) << kRunIdBits, both excluded: about 10^12 envelopes per run, for
/// 8 million runs.
constexpr int kRunIdBits = 40;

} // namespace

StorageResult<qint64> SqliteRelayStorage::reserveEnvelopeIds(sqlite::Database &db)
{
    // A recipient can get an envelope before the commit that stored it is
    // synced, so a crash may forget ids that were already handed out. Were
    // the next run to give them to other envelopes, an acknowledgement from
    // before the crash could delete an envelope its sender just sent. So
    // every run starts its ids at the next multiple of 2^kRunIdBits above
    // everything an earlier run could have used, and makes that durable
    // (synchronous=FULL here) before anything is stored.
    sqlite::Result<std::int64_t> used = db.queryInt(
        "SELECT coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'envelopes'), 0)");
    if (!used)
        return fromSqlite(used.error(), "reserving envelope ids");
    // The sequence holds the last id used, or the start of the run before
    // when that run stored nothing durably: either way inside that run.
    const qint64 run = (*used >> kRunIdBits) + 1;
    if (run >= (qint64(1) << (63 - kRunIdBits)) - 1)
        return storageError(StorageError::Code::Io,
                            QStringLiteral("the relay has used up its envelope ids"));
    const qint64 first = run << kRunIdBits;
    sqlite::Result<sqlite::Transaction> tx = sqlite::Transaction::begin(db);
    if (!tx)
        return fromSqlite(tx.error(), "reserving envelope ids");
    if (sqlite::Result<void> r = db.exec("DELETE FROM sqlite_sequence WHERE name = 'envelopes'");
        !r)
        return fromSqlite(r.error(), "reserving envelope ids");
    sqlite::Result<sqlite::Statement> st =
        db.prepare("INSERT INTO sqlite_sequence(name, seq) VALUES ('envelopes', ?)");
    if (!st)
        return fromSqlite(st.error(), "reserving envelope ids");
    st->bind(1, std::int64_t(first)); // the first id is one above
    if (sqlite::Result<void> r = st->run(); !r)
        return fromSqlite(r.error(), "reserving envelope ids");
    if (sqlite::Result<void> r = tx->commit(); !r)
        return fromSqlite(r.error(), "reserving envelope ids");
    return first + (qint64(1) << kRunIdBits);
}

// ---- Transactions ------------------------------------------------------------

StorageResult<void> SqliteRelayStorage::begin()
{
    if (m_inBatch)
        return storageError(StorageError::Code::Conflict,
                            QStringLiteral("a transaction is already open"));
    if (sqlite::Result<void> r = m_db->exec("BEGIN IMMEDIATE"); !r)
        return fromSqlite(r.error(), "beginning a transaction");
    m_inBatch = true;
    return {};
}

StorageResult<void> SqliteRelayStorage::commit()
{
    if (!m_inBatch)
        return {};
    if (sqlite::Result<void> r = m_db->exec("COMMIT"); !r) {
        StorageError e = fromSqlite(r.error(), "committing");
        rollback();
        return e;
    }
    m_inBatch = false;
    if (m_deferred) {
        // The deletion is not on the disk yet: the files go after the sync.
        std::lock_guard lock(m_deferred->mutex);
        m_deferred->filesToRemove += m_filesToRemove;
    } else {
        removeFilesNow(m_filesToRemove);
    }
    m_filesToRemove.clear();
    return {};
}

bool SqliteRelayStorage::deferSyncs()
{
    if (m_deferred)
        return true;
    if (m_inBatch || !m_db->exec("PRAGMA synchronous = NORMAL"))
        return false;
    m_deferred = std::make_unique<DeferredSync>();
    m_deferred->walPath = QFile::encodeName(databasePath(m_dir) + QStringLiteral("-wal"));
    m_deferred->dirPath = QFile::encodeName(m_dir);
    return true;
}

StorageResult<void> SqliteRelayStorage::syncCommitted()
{
    if (!m_deferred)
        return {};
    DeferredSync &d = *m_deferred;
    // The WAL file lives as long as a connection is open; it is emptied by
    // checkpoints, never replaced. Should it ever be, the new one is opened.
    struct stat st {};
    if (d.walFd >= 0 && (::fstat(d.walFd, &st) != 0 || st.st_nlink == 0)) {
        ::close(d.walFd);
        d.walFd = -1;
    }
    if (d.walFd < 0) {
        d.walFd = ::open(d.walPath.constData(), O_RDONLY | O_CLOEXEC);
        if (d.walFd < 0)
            return storageError(StorageError::Code::Io,
                                QStringLiteral("cannot open the write-ahead log to sync it: ") +
                                    QString::fromLocal8Bit(std::strerror(errno)));
        // Its directory entry must be durable too.
        const int dir = ::open(d.dirPath.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (dir >= 0) {
            (void)::fsync(dir);
            ::close(dir);
        }
    }
    // Only the files of deletions committed before this sync began are
    // covered by it; later ones wait for the next.
    QStringList files;
    {
        std::lock_guard lock(d.mutex);
        files.swap(d.filesToRemove);
    }
    // The crash tests make a sync fail here as a failing disk would.
    const bool injected = failPointReached("relay.sync-fails");
    if (injected || ::fdatasync(d.walFd) != 0) {
        const int error = injected ? EIO : errno;
        std::lock_guard lock(d.mutex);
        d.filesToRemove = files + d.filesToRemove;
        return storageError(StorageError::Code::Io,
                            QStringLiteral("cannot sync the write-ahead log: ") +
                                QString::fromLocal8Bit(std::strerror(error)));
    }
    removeFilesNow(files);
    return {};
}

void SqliteRelayStorage::rollback() noexcept
{
    if (m_db->inTransaction())
        (void)m_db->exec("ROLLBACK");
    m_inBatch = false;
    m_filesToRemove.clear();
}

StorageResult<void> SqliteRelayStorage::checkpoint()
{
    if (sqlite::Result<void> r = m_db->exec("PRAGMA wal_checkpoint(TRUNCATE)"); !r)
        return fromSqlite(r.error(), "checkpointing");
    return {};
}

// ---- Accounts ------------------------------------------------------------------

StorageResult<std::optional<Account>> SqliteRelayStorage::account(const QString &coveId)
{
    auto st = m_db->cached("SELECT identity_key, registration_id, created_at FROM accounts "
                           "WHERE cove_id = ?");
    if (!st)
        return fromSqlite(st.error(), "looking up an account");
    StatementUse use(*st);
    use->bind(1, coveId);
    sqlite::Result<bool> row = use->step();
    if (!row)
        return fromSqlite(row.error(), "looking up an account");
    if (!*row)
        return std::optional<Account>();
    Account a;
    a.coveId = coveId;
    a.identityKey = use->blob(0);
    a.registrationId = quint32(use->int64(1));
    a.createdMs = use->int64(2);
    return std::optional<Account>(std::move(a));
}

StorageResult<void> SqliteRelayStorage::createAccount(const Account &account)
{
    auto st = m_db->cached("INSERT INTO accounts(cove_id, identity_key, registration_id, "
                           "created_at) VALUES (?, ?, ?, ?)");
    if (!st)
        return fromSqlite(st.error(), "creating an account");
    StatementUse use(*st);
    use->bind(1, account.coveId)
        .bindBlob(2, account.identityKey)
        .bind(3, account.registrationId)
        .bind(4, std::int64_t(account.createdMs));
    if (sqlite::Result<void> r = use->run(); !r)
        return fromSqlite(r.error(), "creating an account");
    return {};
}

StorageResult<void> SqliteRelayStorage::setRegistrationId(const QString &coveId,
                                                          quint32 registrationId)
{
    auto st = m_db->cached("UPDATE accounts SET registration_id = ? WHERE cove_id = ?");
    if (!st)
        return fromSqlite(st.error(), "updating an account");
    StatementUse use(*st);
    use->bind(1, registrationId).bind(2, coveId);
    if (sqlite::Result<void> r = use->run(); !r)
        return fromSqlite(r.error(), "updating an account");
    return {};
}

// ---- Prekeys ---------------------------------------------------------------------

StorageResult<void> SqliteRelayStorage::setSignedPreKey(const QString &coveId,
                                                        const SignedPreKeyEntry &key)
{
    auto st = m_db->cached("INSERT OR REPLACE INTO signed_prekeys(cove_id, key_id, public_key, "
                           "signature) VALUES (?, ?, ?, ?)");
    if (!st)
        return fromSqlite(st.error(), "storing a signed prekey");
    StatementUse use(*st);
    use->bind(1, coveId).bind(2, key.id).bindBlob(3, key.publicKey).bindBlob(4, key.signature);
    if (sqlite::Result<void> r = use->run(); !r)
        return fromSqlite(r.error(), "storing a signed prekey");
    return {};
}

StorageResult<std::optional<SignedPreKeyEntry>>
SqliteRelayStorage::signedPreKey(const QString &coveId)
{
    auto st =
        m_db->cached("SELECT key_id, public_key, signature FROM signed_prekeys WHERE cove_id = ?");
    if (!st)
        return fromSqlite(st.error(), "reading a signed prekey");
    StatementUse use(*st);
    use->bind(1, coveId);
    sqlite::Result<bool> row = use->step();
    if (!row)
        return fromSqlite(row.error(), "reading a signed prekey");
    if (!*row)
        return std::optional<SignedPreKeyEntry>();
    SignedPreKeyEntry k;
    k.id = quint32(use->int64(0));
    k.publicKey = use->blob(1);
    k.signature = use->blob(2);
    return std::optional<SignedPreKeyEntry>(std::move(k));
}

StorageResult<void> SqliteRelayStorage::addPreKeys(const QString &coveId,
                                                   const QList<PreKeyEntry> &keys)
{
    for (const PreKeyEntry &k : keys) {
        auto st = m_db->cached(
            "INSERT OR REPLACE INTO prekeys(cove_id, key_id, public_key) VALUES (?, ?, ?)");
        if (!st)
            return fromSqlite(st.error(), "storing a prekey");
        StatementUse use(*st);
        use->bind(1, coveId).bind(2, k.id).bindBlob(3, k.publicKey);
        if (sqlite::Result<void> r = use->run(); !r)
            return fromSqlite(r.error(), "storing a prekey");
    }
    return {};
}

StorageResult<quint32> SqliteRelayStorage::preKeyCount(const QString &coveId)
{
    auto st = m_db->cached("SELECT count(*) FROM prekeys WHERE cove_id = ?");
    if (!st)
        return fromSqlite(st.error(), "counting prekeys");
    StatementUse use(*st);
    use->bind(1, coveId);
    sqlite::Result<bool> row = use->step();
    if (!row)
        return fromSqlite(row.error(), "counting prekeys");
    return *row ? quint32(use->int64(0)) : 0u;
}

StorageResult<std::optional<PreKeyEntry>> SqliteRelayStorage::takePreKey(const QString &coveId)
{
    PreKeyEntry k;
    {
        auto st = m_db->cached("SELECT key_id, public_key FROM prekeys WHERE cove_id = ? "
                               "ORDER BY key_id LIMIT 1");
        if (!st)
            return fromSqlite(st.error(), "taking a prekey");
        StatementUse use(*st);
        use->bind(1, coveId);
        sqlite::Result<bool> row = use->step();
        if (!row)
            return fromSqlite(row.error(), "taking a prekey");
        if (!*row)
            return std::optional<PreKeyEntry>();
        k.id = quint32(use->int64(0));
        k.publicKey = use->blob(1);
    }
    auto del = m_db->cached("DELETE FROM prekeys WHERE cove_id = ? AND key_id = ?");
    if (!del)
        return fromSqlite(del.error(), "taking a prekey");
    StatementUse use(*del);
    use->bind(1, coveId).bind(2, k.id);
    if (sqlite::Result<void> r = use->run(); !r)
        return fromSqlite(r.error(), "taking a prekey");
    return std::optional<PreKeyEntry>(std::move(k));
}

// ---- Envelopes ---------------------------------------------------------------------

StorageResult<std::optional<PriorSend>> SqliteRelayStorage::priorSend(const QString &sender,
                                                                      QByteArrayView clientId)
{
    auto st = m_db->cached("SELECT server_time FROM sends WHERE client_id = ? AND sender = ?");
    if (!st)
        return fromSqlite(st.error(), "looking up a send");
    StatementUse use(*st);
    use->bindBlob(1, clientId).bind(2, sender);
    sqlite::Result<bool> row = use->step();
    if (!row)
        return fromSqlite(row.error(), "looking up a send");
    if (*row)
        return std::optional<PriorSend>(PriorSend{use->int64(0)});
    return std::optional<PriorSend>();
}

EnvelopeIds SqliteRelayStorage::envelopeIds() const
{
    return {quint64(m_envelopeIdLimit - (qint64(1) << kRunIdBits)), quint64(m_envelopeIdLimit)};
}

StorageResult<quint64> SqliteRelayStorage::insertEnvelope(const Envelope &e)
{
    const EnvelopeIds range = envelopeIds();
    if (e.id != 0 && (e.id <= range.first || e.id >= range.limit))
        return storageError(StorageError::Code::Conflict,
                            QStringLiteral("an envelope id outside this run's range"));
    {
        // The uniqueness of (sender, clientId): a constraint error here is Conflict.
        auto sent = m_db->cached(
            "INSERT INTO sends(sender, client_id, server_time, expires_at) VALUES (?, ?, ?, ?)");
        if (!sent)
            return fromSqlite(sent.error(), "storing an envelope");
        StatementUse use(*sent);
        use->bind(1, e.sender)
            .bindBlob(2, e.clientId)
            .bind(3, std::int64_t(e.serverTimeMs))
            .bind(4, std::int64_t(e.expiresMs));
        if (sqlite::Result<void> r = use->run(); !r)
            return fromSqlite(r.error(), "storing an envelope");
    }
    auto st = m_db->cached(
        "INSERT INTO envelopes(recipient, sender, client_id, type, ciphertext, commitment, "
        "server_time, franking_tag, facts_age, facts_mass_contact, expires_at, id) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!st)
        return fromSqlite(st.error(), "storing an envelope");
    StatementUse use(*st);
    use->bind(1, e.recipient)
        .bind(2, e.sender)
        .bindBlob(3, e.clientId)
        .bind(4, int(e.type))
        .bindBlob(5, e.ciphertext)
        .bindBlob(6, e.commitment)
        .bind(7, std::int64_t(e.serverTimeMs))
        .bindBlob(8, e.frankingTag);
    if (e.facts) {
        use->bind(9, int(e.facts->accountAge)).bind(10, e.facts->massContact);
    } else {
        use->bindNull(9).bindNull(10);
    }
    use->bind(11, std::int64_t(e.expiresMs));
    if (e.id != 0)
        use->bind(12, std::int64_t(e.id));
    else
        use->bindNull(12); // the next after the largest ever used
    if (sqlite::Result<void> r = use->run(); !r)
        return fromSqlite(r.error(), "storing an envelope");
    const qint64 id = m_db->lastInsertRowId();
    if (id >= m_envelopeIdLimit) // the next run's ids: never reached in practice
        return storageError(StorageError::Code::Io,
                            QStringLiteral("this run of the relay has used up its envelope ids; "
                                           "restart it"));
    return quint64(id);
}

StorageResult<QList<Envelope>>
SqliteRelayStorage::envelopesFor(const QString &recipient, quint64 afterId, int limit, qint64 nowMs)
{
    auto st = m_db->cached(
        "SELECT id, sender, client_id, type, ciphertext, commitment, server_time, franking_tag, "
        "facts_age, facts_mass_contact, expires_at FROM envelopes "
        "WHERE recipient = ? AND id > ? AND expires_at > ? ORDER BY id LIMIT ?");
    if (!st)
        return fromSqlite(st.error(), "reading envelopes");
    StatementUse use(*st);
    use->bind(1, recipient)
        .bind(2, std::int64_t(afterId))
        .bind(3, std::int64_t(nowMs))
        .bind(4, limit);
    QList<Envelope> out;
    for (;;) {
        sqlite::Result<bool> row = use->step();
        if (!row)
            return fromSqlite(row.error(), "reading envelopes");
        if (!*row)
            break;
        Envelope e;
        e.id = quint64(use->int64(0));
        e.recipient = recipient;
        e.sender = use->text(1);
        e.clientId = use->blob(2);
        e.type = EnvelopeType(quint8(use->int64(3)));
        e.ciphertext = use->blob(4);
        e.commitment = use->blob(5);
        e.serverTimeMs = use->int64(6);
        e.frankingTag = use->blob(7);
        e.facts = factsFrom(*use, 8, 9);
        e.expiresMs = use->int64(10);
        out.append(std::move(e));
    }
    return out;
}

StorageResult<int> SqliteRelayStorage::acknowledge(const QString &recipient,
                                                   const QList<quint64> &ids)
{
    int deleted = 0;
    for (quint64 id : ids) {
        auto del = m_db->cached("DELETE FROM envelopes WHERE id = ? AND recipient = ?");
        if (!del)
            return fromSqlite(del.error(), "acknowledging an envelope");
        StatementUse use(*del);
        use->bind(1, std::int64_t(id)).bind(2, recipient);
        if (sqlite::Result<void> r = use->run(); !r)
            return fromSqlite(r.error(), "acknowledging an envelope");
        deleted += m_db->changes();
    }
    return deleted;
}

// ---- Contact pairs ---------------------------------------------------------------------

StorageResult<bool> SqliteRelayStorage::hasContact(const QString &a, const QString &b)
{
    auto st = m_db->cached("SELECT 1 FROM contact_pairs WHERE low = ? AND high = ?");
    if (!st)
        return fromSqlite(st.error(), "looking up a contact pair");
    StatementUse use(*st);
    const bool ordered = a < b;
    use->bind(1, ordered ? a : b).bind(2, ordered ? b : a);
    sqlite::Result<bool> row = use->step();
    if (!row)
        return fromSqlite(row.error(), "looking up a contact pair");
    return *row;
}

StorageResult<void> SqliteRelayStorage::addContact(const QString &initiator, const QString &other,
                                                   qint64 nowMs)
{
    auto st = m_db->cached("INSERT OR IGNORE INTO contact_pairs(low, high, initiator, first_at) "
                           "VALUES (?, ?, ?, ?)");
    if (!st)
        return fromSqlite(st.error(), "recording a contact pair");
    StatementUse use(*st);
    const bool ordered = initiator < other;
    use->bind(1, ordered ? initiator : other)
        .bind(2, ordered ? other : initiator)
        .bind(3, initiator)
        .bind(4, std::int64_t(nowMs));
    if (sqlite::Result<void> r = use->run(); !r)
        return fromSqlite(r.error(), "recording a contact pair");
    return {};
}

StorageResult<void> SqliteRelayStorage::setContactPolicy(const QString &owner, bool contactsOnly,
                                                         const QStringList &allowed)
{
    const char *what = "storing a contact policy";
    for (const char *sql : {"DELETE FROM allowed_senders WHERE owner = ?",
                            "DELETE FROM contacts_only WHERE owner = ?"}) {
        auto st = m_db->cached(sql);
        if (!st)
            return fromSqlite(st.error(), what);
        StatementUse use(*st);
        use->bind(1, owner);
        if (sqlite::Result<void> r = use->run(); !r)
            return fromSqlite(r.error(), what);
    }
    if (!contactsOnly)
        return {};
    {
        auto st = m_db->cached("INSERT INTO contacts_only(owner) VALUES (?)");
        if (!st)
            return fromSqlite(st.error(), what);
        StatementUse use(*st);
        use->bind(1, owner);
        if (sqlite::Result<void> r = use->run(); !r)
            return fromSqlite(r.error(), what);
    }
    auto st = m_db->cached("INSERT OR IGNORE INTO allowed_senders(owner, sender) VALUES (?, ?)");
    if (!st)
        return fromSqlite(st.error(), what);
    for (const QString &sender : allowed) {
        StatementUse use(*st);
        use->bind(1, owner).bind(2, sender);
        if (sqlite::Result<void> r = use->run(); !r)
            return fromSqlite(r.error(), what);
    }
    return {};
}

StorageResult<bool> SqliteRelayStorage::acceptsFrom(const QString &recipient, const QString &sender)
{
    auto st =
        m_db->cached("SELECT NOT EXISTS(SELECT 1 FROM contacts_only WHERE owner = ?1) "
                     "OR EXISTS(SELECT 1 FROM allowed_senders WHERE owner = ?1 AND sender = ?2)");
    if (!st)
        return fromSqlite(st.error(), "looking up a contact policy");
    StatementUse use(*st);
    use->bind(1, recipient).bind(2, sender);
    sqlite::Result<bool> row = use->step();
    if (!row)
        return fromSqlite(row.error(), "looking up a contact policy");
    return !*row || use->int64(0) != 0;
}

StorageResult<int> SqliteRelayStorage::contactsOpenedSince(const QString &initiator, qint64 sinceMs)
{
    auto st =
        m_db->cached("SELECT count(*) FROM contact_pairs WHERE initiator = ? AND first_at >= ?");
    if (!st)
        return fromSqlite(st.error(), "counting contact pairs");
    StatementUse use(*st);
    use->bind(1, initiator).bind(2, std::int64_t(sinceMs));
    sqlite::Result<bool> row = use->step();
    if (!row)
        return fromSqlite(row.error(), "counting contact pairs");
    return *row ? int(use->int64(0)) : 0;
}

// ---- Guarded accounts -------------------------------------------------------------------

template <typename Bind>
StorageResult<void> SqliteRelayStorage::run(const char *sql, const char *what, Bind &&bind)
{
    auto st = m_db->cached(sql);
    if (!st)
        return fromSqlite(st.error(), what);
    StatementUse use(*st);
    bind(**st);
    if (sqlite::Result<void> r = use->run(); !r)
        return fromSqlite(r.error(), what);
    return {};
}

template <typename T, typename Bind, typename Read>
StorageResult<QList<T>> SqliteRelayStorage::rows(const char *sql, const char *what, Bind &&bind,
                                                 Read &&read)
{
    auto st = m_db->cached(sql);
    if (!st)
        return fromSqlite(st.error(), what);
    StatementUse use(*st);
    bind(**st);
    QList<T> out;
    for (;;) {
        sqlite::Result<bool> row = use->step();
        if (!row)
            return fromSqlite(row.error(), what);
        if (!*row)
            return out;
        out.append(read(**st));
    }
}

StorageResult<std::optional<GuardedLink>> SqliteRelayStorage::guardedLink(const QString &child)
{
    const char *what = "reading a guarded link";
    auto st = m_db->cached("SELECT guardian, guardian_key, linked_at FROM guarded WHERE child = ?");
    if (!st)
        return fromSqlite(st.error(), what);
    StatementUse use(*st);
    use->bind(1, child);
    sqlite::Result<bool> row = use->step();
    if (!row)
        return fromSqlite(row.error(), what);
    if (!*row)
        return std::optional<GuardedLink>();
    return std::optional<GuardedLink>(
        GuardedLink{child, use->text(0), use->blob(1), use->int64(2)});
}

StorageResult<void> SqliteRelayStorage::setGuardedLink(const GuardedLink &link)
{
    const char *what = "storing a guarded link";
    auto old = guardedLink(link.child);
    if (!old)
        return old.error();
    if (*old && (*old)->guardian != link.guardian) {
        if (auto r = endGuardedLink(link.child); !r)
            return r;
    }
    return run("INSERT OR REPLACE INTO guarded(child, guardian, guardian_key, linked_at) "
               "VALUES (?, ?, ?, ?)",
               what, [&](sqlite::Statement &st) {
                   st.bind(1, link.child)
                       .bind(2, link.guardian)
                       .bindBlob(3, link.guardianKey)
                       .bind(4, std::int64_t(link.linkedAtMs));
               });
}

StorageResult<void> SqliteRelayStorage::endGuardedLink(const QString &child)
{
    for (const char *sql :
         {"DELETE FROM guarded WHERE child = ?", "DELETE FROM guarded_contacts WHERE child = ?",
          "DELETE FROM guarded_spent WHERE child = ?",
          "DELETE FROM guarded_refusals WHERE child = ?"}) {
        if (auto r = run(sql, "ending a guarded link",
                         [&](sqlite::Statement &st) { st.bind(1, child); });
            !r)
            return r;
    }
    return {};
}

StorageResult<bool> SqliteRelayStorage::addGuardedContact(const QString &child,
                                                          const QString &contact,
                                                          QByteArrayView approvalHash)
{
    const char *what = "adding a guarded contact";
    {
        auto st = m_db->cached("SELECT 1 FROM guarded_spent WHERE child = ? AND approval = ?");
        if (!st)
            return fromSqlite(st.error(), what);
        StatementUse use(*st);
        use->bind(1, child).bindBlob(2, approvalHash);
        sqlite::Result<bool> row = use->step();
        if (!row)
            return fromSqlite(row.error(), what);
        if (*row)
            return false;
    }
    // A renewed approval keeps the time the two last talked. (SQLite 3.15
    // has no upsert: update, then insert what is not there yet.)
    auto bind = [&](sqlite::Statement &st) {
        st.bind(1, child).bind(2, contact).bindBlob(3, approvalHash);
    };
    if (auto r = run("UPDATE guarded_contacts SET approval = ?3 WHERE child = ?1 AND contact = ?2",
                     what, bind);
        !r)
        return r.error();
    auto r = run("INSERT OR IGNORE INTO guarded_contacts(child, contact, approval) "
                 "VALUES (?1, ?2, ?3)",
                 what, bind);
    if (!r)
        return r.error();
    return true;
}

StorageResult<void> SqliteRelayStorage::removeGuardedContact(const QString &child,
                                                             const QString &contact)
{
    const char *what = "removing a guarded contact";
    auto bind = [&](sqlite::Statement &st) { st.bind(1, child).bind(2, contact); };
    if (auto r = run("INSERT OR IGNORE INTO guarded_spent(child, approval) SELECT child, approval "
                     "FROM guarded_contacts WHERE child = ? AND contact = ?",
                     what, bind);
        !r)
        return r;
    return run("DELETE FROM guarded_contacts WHERE child = ? AND contact = ?", what, bind);
}

StorageResult<QList<protocol::wire::GuardedState::Contact>>
SqliteRelayStorage::guardedContacts(const QString &child)
{
    return rows<protocol::wire::GuardedState::Contact>(
        "SELECT contact, last_at FROM guarded_contacts WHERE child = ? ORDER BY contact",
        "listing guarded contacts", [&](sqlite::Statement &st) { st.bind(1, child); },
        [](const sqlite::Statement &st) {
            return protocol::wire::GuardedState::Contact{st.text(0), st.int64(1)};
        });
}

StorageResult<GuardedVerdict>
SqliteRelayStorage::guardedAllows(const QString &sender, const QString &recipient, qint64 nowMs)
{
    const char *what = "checking guarded mode";
    // For each guarded side: whether the other is its guardian or approved.
    // Two lookups rather than "child IN (?1, ?2)", for which SQLite 3.15
    // builds a temporary table on every Send.
    auto st = m_db->cached(
        "SELECT g.child, g.guardian = ?2 OR EXISTS(SELECT 1 FROM guarded_contacts c "
        "WHERE c.child = g.child AND c.contact = ?2) FROM guarded g WHERE g.child = ?1 "
        "UNION ALL "
        "SELECT g.child, g.guardian = ?1 OR EXISTS(SELECT 1 FROM guarded_contacts c "
        "WHERE c.child = g.child AND c.contact = ?1) FROM guarded g WHERE g.child = ?2");
    if (!st)
        return fromSqlite(st.error(), what);
    bool allowed = true;
    bool involvesGuarded = false;
    bool recipientRefuses = false;
    {
        StatementUse use(*st);
        use->bind(1, sender).bind(2, recipient);
        for (;;) {
            sqlite::Result<bool> row = use->step();
            if (!row)
                return fromSqlite(row.error(), what);
            if (!*row)
                break;
            involvesGuarded = true;
            const bool ok = use->int64(1) != 0;
            recipientRefuses = recipientRefuses || (!ok && use->text(0) == recipient);
            allowed = allowed && ok;
        }
    }
    if (recipientRefuses) {
        auto bind = [&](sqlite::Statement &s) {
            s.bind(1, recipient).bind(2, sender).bind(3, std::int64_t(nowMs));
        };
        if (auto r = run("UPDATE guarded_refusals SET last_at = ?3, count = count + 1 "
                         "WHERE child = ?1 AND sender = ?2",
                         what, bind);
            !r)
            return r.error();
        if (auto r = run("INSERT OR IGNORE INTO guarded_refusals(child, sender, last_at, count) "
                         "VALUES (?1, ?2, ?3, 1)",
                         what, bind);
            !r)
            return r.error();
        // A new sender: keep only the most recent ones the guardian can be
        // shown, so that throwaway accounts cannot grow the list without end.
        if (m_db->changes() > 0) {
            if (auto r = run("DELETE FROM guarded_refusals WHERE child = ?1 AND sender IN "
                             "(SELECT sender FROM guarded_refusals WHERE child = ?1 "
                             "ORDER BY last_at DESC, sender LIMIT -1 OFFSET ?2)",
                             what,
                             [&](sqlite::Statement &s) {
                                 s.bind(1, recipient)
                                     .bind(2, std::int64_t(protocol::wire::kMaxGuardedRefusals));
                             });
                !r)
                return r.error();
        }
    } else if (allowed && involvesGuarded) {
        auto r = run("UPDATE guarded_contacts SET last_at = ?3 "
                     "WHERE (child = ?1 AND contact = ?2) OR (child = ?2 AND contact = ?1)",
                     what, [&](sqlite::Statement &s) {
                         s.bind(1, sender).bind(2, recipient).bind(3, std::int64_t(nowMs));
                     });
        if (!r)
            return r.error();
    }
    if (!allowed)
        return GuardedVerdict::Refused;
    return involvesGuarded ? GuardedVerdict::Allowed : GuardedVerdict::Unguarded;
}

StorageResult<QList<protocol::wire::GuardedState::Refusal>>
SqliteRelayStorage::guardedRefusals(const QString &child, int limit)
{
    return rows<protocol::wire::GuardedState::Refusal>(
        "SELECT sender, last_at, count FROM guarded_refusals WHERE child = ? "
        "ORDER BY last_at DESC, sender LIMIT ?",
        "listing guarded refusals",
        [&](sqlite::Statement &st) { st.bind(1, child).bind(2, limit); },
        [](const sqlite::Statement &st) {
            return protocol::wire::GuardedState::Refusal{st.text(0), st.int64(1),
                                                         quint32(st.int64(2))};
        });
}

// ---- Blobs ------------------------------------------------------------------------------

QString SqliteRelayStorage::blobPath(QByteArrayView id) const
{
    return QDir(blobDirectory(m_dir)).filePath(QString::fromLatin1(id.toByteArray().toHex()));
}

StorageResult<void> SqliteRelayStorage::createBlob(const BlobInfo &b)
{
    // The file exists (empty) from the start, created owner-only.
    const QByteArray path = QFile::encodeName(blobPath(b.id));
    const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return storageError(StorageError::Code::Io, QStringLiteral("cannot create a blob file"));
    ::close(fd);

    auto st = m_db->cached("INSERT INTO blobs(id, uploader, total_size, received, complete, "
                           "created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
    if (!st)
        return fromSqlite(st.error(), "recording a blob");
    StatementUse use(*st);
    use->bindBlob(1, b.id)
        .bind(2, b.uploader)
        .bind(3, std::int64_t(b.totalSize))
        .bind(4, std::int64_t(b.received))
        .bind(5, b.complete)
        .bind(6, std::int64_t(b.createdMs))
        .bind(7, std::int64_t(b.expiresMs));
    if (sqlite::Result<void> r = use->run(); !r) {
        QFile::remove(QFile::decodeName(path));
        return fromSqlite(r.error(), "recording a blob");
    }
    return {};
}

StorageResult<std::optional<BlobInfo>> SqliteRelayStorage::blob(QByteArrayView id)
{
    auto st = m_db->cached("SELECT uploader, total_size, received, complete, created_at, "
                           "expires_at FROM blobs WHERE id = ?");
    if (!st)
        return fromSqlite(st.error(), "looking up a blob");
    StatementUse use(*st);
    use->bindBlob(1, id);
    sqlite::Result<bool> row = use->step();
    if (!row)
        return fromSqlite(row.error(), "looking up a blob");
    if (!*row)
        return std::optional<BlobInfo>();
    BlobInfo b;
    b.id = id.toByteArray();
    b.uploader = use->text(0);
    b.totalSize = quint64(use->int64(1));
    b.received = quint64(use->int64(2));
    b.complete = use->int64(3) != 0;
    b.createdMs = use->int64(4);
    b.expiresMs = use->int64(5);
    return std::optional<BlobInfo>(std::move(b));
}

StorageResult<BlobInfo> SqliteRelayStorage::appendBlob(QByteArrayView id, quint64 offset,
                                                       QByteArrayView data)
{
    StorageResult<std::optional<BlobInfo>> found = blob(id);
    if (!found)
        return found.error();
    if (!*found)
        return storageError(StorageError::Code::NotFound, QStringLiteral("no such blob"));
    BlobInfo b = std::move(**found);
    if (b.complete || offset != b.received || quint64(data.size()) > b.totalSize - b.received)
        return storageError(StorageError::Code::Conflict,
                            QStringLiteral("chunk does not continue the blob"));

    // Written at `offset` and truncated after it: bytes of an append whose
    // transaction was rolled back are overwritten by the next attempt.
    const QByteArray path = QFile::encodeName(blobPath(id));
    const int fd = ::open(path.constData(), O_WRONLY | O_CLOEXEC);
    if (fd < 0)
        return storageError(StorageError::Code::Io, QStringLiteral("cannot open a blob file"));
    const auto end = off_t(offset + quint64(data.size()));
    bool ok = ::ftruncate(fd, off_t(offset)) == 0;
    qsizetype done = 0;
    while (ok && done < data.size()) {
        const ssize_t n = ::pwrite(fd, data.data() + done, std::size_t(data.size() - done),
                                   off_t(offset) + off_t(done));
        if (n <= 0)
            ok = false;
        else
            done += qsizetype(n);
    }
    b.received = quint64(end);
    b.complete = b.received == b.totalSize;
    if (ok && b.complete)
        ok = syncFd(fd);
    ::close(fd);
    if (!ok)
        return storageError(StorageError::Code::Io, QStringLiteral("cannot write a blob file"));
    if (b.complete && offset == 0)
        syncDirectory(blobDirectory(m_dir));

    auto st = m_db->cached("UPDATE blobs SET received = ?, complete = ? WHERE id = ?");
    if (!st)
        return fromSqlite(st.error(), "updating a blob");
    StatementUse use(*st);
    use->bind(1, std::int64_t(b.received)).bind(2, b.complete).bindBlob(3, id);
    if (sqlite::Result<void> r = use->run(); !r)
        return fromSqlite(r.error(), "updating a blob");
    return b;
}

StorageResult<QByteArray> SqliteRelayStorage::readBlob(QByteArrayView id, quint64 offset,
                                                       qint64 maxBytes)
{
    QFile f(blobPath(id));
    if (!f.open(QIODevice::ReadOnly))
        return storageError(StorageError::Code::NotFound, QStringLiteral("blob file missing"));
    if (offset > quint64(f.size()))
        return QByteArray();
    if (!f.seek(qint64(offset)))
        return storageError(StorageError::Code::Io, QStringLiteral("cannot read a blob file"));
    QByteArray out = f.read(maxBytes);
    if (out.isNull() && f.error() != QFileDevice::NoError)
        return storageError(StorageError::Code::Io, QStringLiteral("cannot read a blob file"));
    return out;
}

void SqliteRelayStorage::removeFilesNow(const QStringList &paths)
{
    for (const QString &p : paths)
        QFile::remove(p);
}

// ---- Expiry ------------------------------------------------------------------------------

StorageResult<PurgeCounts> SqliteRelayStorage::purgeExpired(qint64 nowMs)
{
    PurgeCounts counts;
    {
        auto st = m_db->cached("DELETE FROM envelopes WHERE expires_at <= ?");
        if (!st)
            return fromSqlite(st.error(), "purging envelopes");
        StatementUse use(*st);
        use->bind(1, std::int64_t(nowMs));
        if (sqlite::Result<void> r = use->run(); !r)
            return fromSqlite(r.error(), "purging envelopes");
        counts.envelopes = m_db->changes();
    }
    {
        auto st = m_db->cached("DELETE FROM sends WHERE expires_at <= ?");
        if (!st)
            return fromSqlite(st.error(), "purging remembered sends");
        StatementUse use(*st);
        use->bind(1, std::int64_t(nowMs));
        if (sqlite::Result<void> r = use->run(); !r)
            return fromSqlite(r.error(), "purging remembered sends");
    }
    QStringList files;
    {
        auto st = m_db->cached("SELECT id FROM blobs WHERE expires_at <= ?");
        if (!st)
            return fromSqlite(st.error(), "purging blobs");
        StatementUse use(*st);
        use->bind(1, std::int64_t(nowMs));
        for (;;) {
            sqlite::Result<bool> row = use->step();
            if (!row)
                return fromSqlite(row.error(), "purging blobs");
            if (!*row)
                break;
            files.append(blobPath(use->blobView(0)));
        }
    }
    {
        auto st = m_db->cached("DELETE FROM blobs WHERE expires_at <= ?");
        if (!st)
            return fromSqlite(st.error(), "purging blobs");
        StatementUse use(*st);
        use->bind(1, std::int64_t(nowMs));
        if (sqlite::Result<void> r = use->run(); !r)
            return fromSqlite(r.error(), "purging blobs");
        counts.blobs = m_db->changes();
    }
    // Files go once the rows' deletion is durable, so a rolled-back purge
    // leaves no row without its file.
    if (m_inBatch) {
        m_filesToRemove.append(files);
    } else if (m_deferred) {
        std::lock_guard lock(m_deferred->mutex);
        m_deferred->filesToRemove += files;
    } else {
        removeFilesNow(files);
    }
    return counts;
}

} // namespace cove::relay
