// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RelayStorage.h"

#include <QStringList>

#include <memory>

namespace cove::sqlite {
class Database;
}

namespace cove::relay {

/// RelayStorage over SQLCipher (cove_sqlite): the database `relay.db` in the
/// data directory, keyed with the relay-local raw key, and the attachment
/// bytes as files under `blobs/`. Journal WAL with synchronous=FULL, so a
/// commit is on the disk when commit() returns.
class SqliteRelayStorage final : public RelayStorage {
public:
    /// The schema version this build writes (PRAGMA user_version).
    static constexpr int kSchemaVersion = 4;

    /// Opens `dir/relay.db` with `key32`, creating it when `create` is true
    /// and it does not exist. Fails closed: WrongKey when the key does not
    /// open an existing database (nothing is written to it then),
    /// NotEncrypted when the SQLite library is not SQLCipher, TooNew for a
    /// schema from a newer build.
    ///
    /// With `backgroundCheckpoints`, a second connection on its own thread
    /// copies the WAL back into the database (PASSIVE checkpoints every
    /// checkpointIntervalMs), so that a commit never also does that work and
    /// its extra sync; the committing connection then never checkpoints.
    [[nodiscard]] static StorageResult<std::unique_ptr<SqliteRelayStorage>>
    open(const QString &dir, QByteArrayView key32, bool create, bool backgroundCheckpoints = true,
         int checkpointIntervalMs = 250);

    ~SqliteRelayStorage() override;

    StorageResult<void> begin() override;
    StorageResult<void> commit() override;
    void rollback() noexcept override;
    /// Commits then only write the WAL (synchronous=NORMAL, which keeps the
    /// database consistent); syncCommitted() flushes the WAL file to the disk.
    bool deferSyncs() override;
    StorageResult<void> syncCommitted() override;

    StorageResult<std::optional<Account>> account(const QString &coveId) override;
    StorageResult<void> createAccount(const Account &account) override;
    StorageResult<void> setRegistrationId(const QString &coveId, quint32 registrationId) override;

    StorageResult<void> setSignedPreKey(const QString &coveId,
                                        const protocol::wire::SignedPreKeyEntry &key) override;
    StorageResult<std::optional<protocol::wire::SignedPreKeyEntry>>
    signedPreKey(const QString &coveId) override;
    StorageResult<void> addPreKeys(const QString &coveId,
                                   const QList<protocol::wire::PreKeyEntry> &keys) override;
    StorageResult<quint32> preKeyCount(const QString &coveId) override;
    StorageResult<std::optional<protocol::wire::PreKeyEntry>>
    takePreKey(const QString &coveId) override;

    StorageResult<std::optional<PriorSend>> priorSend(const QString &sender,
                                                      QByteArrayView clientId) override;
    EnvelopeIds envelopeIds() const override;
    StorageResult<quint64> insertEnvelope(const Envelope &envelope) override;
    StorageResult<QList<Envelope>> envelopesFor(const QString &recipient, quint64 afterId,
                                                int limit, qint64 nowMs) override;
    StorageResult<int> acknowledge(const QString &recipient, const QList<quint64> &ids) override;

    StorageResult<bool> hasContact(const QString &a, const QString &b) override;
    StorageResult<void> setContactPolicy(const QString &owner, bool contactsOnly,
                                         const QStringList &allowed) override;
    StorageResult<bool> acceptsFrom(const QString &recipient, const QString &sender) override;
    StorageResult<void> addContact(const QString &initiator, const QString &other,
                                   qint64 nowMs) override;
    StorageResult<int> contactsOpenedSince(const QString &initiator, qint64 sinceMs) override;

    StorageResult<std::optional<GuardedLink>> guardedLink(const QString &child) override;
    StorageResult<void> setGuardedLink(const GuardedLink &link) override;
    StorageResult<void> endGuardedLink(const QString &child) override;
    StorageResult<bool> addGuardedContact(const QString &child, const QString &contact,
                                          QByteArrayView approvalHash) override;
    StorageResult<void> removeGuardedContact(const QString &child, const QString &contact) override;
    StorageResult<QList<protocol::wire::GuardedState::Contact>>
    guardedContacts(const QString &child) override;
    StorageResult<GuardedVerdict> guardedAllows(const QString &sender, const QString &recipient,
                                                qint64 nowMs) override;
    StorageResult<QList<protocol::wire::GuardedState::Refusal>>
    guardedRefusals(const QString &child, int limit) override;

    StorageResult<void> createBlob(const BlobInfo &blob) override;
    StorageResult<std::optional<BlobInfo>> blob(QByteArrayView id) override;
    StorageResult<BlobInfo> appendBlob(QByteArrayView id, quint64 offset,
                                       QByteArrayView data) override;
    StorageResult<QByteArray> readBlob(QByteArrayView id, quint64 offset, qint64 maxBytes) override;

    StorageResult<PurgeCounts> purgeExpired(qint64 nowMs) override;

    /// Writes the WAL back into the database file (at shutdown).
    StorageResult<void> checkpoint();

    [[nodiscard]] static QString databasePath(const QString &dir);
    [[nodiscard]] static QString blobDirectory(const QString &dir);

private:
    SqliteRelayStorage(QString dir, std::unique_ptr<sqlite::Database> db);
    /// Moves the envelope ids past every id an earlier run could have used,
    /// durably; returns the first id this run must not use.
    [[nodiscard]] static StorageResult<qint64> reserveEnvelopeIds(sqlite::Database &db);
    [[nodiscard]] QString blobPath(QByteArrayView id) const;
    void removeFilesNow(const QStringList &paths);
    void startCheckpointer(std::unique_ptr<sqlite::Database> db, int intervalMs);
    void stopCheckpointer();
    /// Runs one statement that returns no rows; `bind` binds its parameters.
    template <typename Bind>
    [[nodiscard]] StorageResult<void> run(const char *sql, const char *what, Bind &&bind);
    /// Reads every row of a query, each through `read`.
    template <typename T, typename Bind, typename Read>
    [[nodiscard]] StorageResult<QList<T>> rows(const char *sql, const char *what, Bind &&bind,
                                               Read &&read);

    QString m_dir;
    std::unique_ptr<sqlite::Database> m_db;
    bool m_inBatch = false;
    qint64 m_envelopeIdLimit = 0;
    /// Blob files of deleted rows, removed once the deletion is committed.
    QStringList m_filesToRemove;

    struct Checkpointer;
    std::unique_ptr<Checkpointer> m_checkpointer;

    /// After deferSyncs(): the WAL file, opened by the syncing thread, and
    /// blob files whose deletion is committed but not yet on the disk.
    struct DeferredSync;
    std::unique_ptr<DeferredSync> m_deferred;
};

} // namespace cove::relay
