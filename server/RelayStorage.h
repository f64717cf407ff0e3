// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Expected.h"
#include "RelayMessages.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cove::relay {

/// Why a storage operation failed. The detail names the operation and the
/// database's own message, never a stored value.
struct StorageError {
    enum class Code {
        Io,          ///< reading or writing failed (including a full disk)
        WrongKey,    ///< the key does not open the database, or it is no database
        Corrupt,     ///< the database or a blob file is damaged
        TooNew,      ///< the schema is newer than this build
        NotFound,    ///< the named row does not exist
        Conflict,    ///< the request contradicts what is stored (e.g. a chunk out of order)
        NotEncrypted ///< the SQLite library in this process is not SQLCipher
    };
    Code code = Code::Io;
    QString detail;
};

template <typename T> using StorageResult = Expected<T, StorageError>;

struct Account {
    QString coveId;
    QByteArray identityKey; ///< 33 bytes
    quint32 registrationId = 0;
    qint64 createdMs = 0;
};

/// A guarded account's link to its guardian, as the guardian signed it.
struct GuardedLink {
    QString child;
    QString guardian;
    QByteArray guardianKey; ///< 33 bytes
    qint64 linkedAtMs = 0;
};

/// One stored envelope: what the relay knows of a message. The ciphertext
/// is end-to-end encrypted; the relay never looks into it.
struct Envelope {
    /// Assigned by the storage, increasing in arrival order, and never given
    /// to another envelope, even after a crash lost the commit that used it.
    quint64 id = 0;
    QString recipient;
    QString sender;
    QByteArray clientId;
    protocol::wire::EnvelopeType type = protocol::wire::EnvelopeType::Signal;
    QByteArray ciphertext;
    QByteArray commitment;
    qint64 serverTimeMs = 0;
    QByteArray frankingTag;
    std::optional<protocol::wire::FirstContactFacts> facts;
    qint64 expiresMs = 0;
};

/// An earlier Send with the same (sender, clientId): answered with its ack.
struct PriorSend {
    qint64 serverTimeMs = 0;
};

struct BlobInfo {
    QByteArray id; ///< kBlobIdSize random bytes
    QString uploader;
    quint64 totalSize = 0;
    quint64 received = 0;
    bool complete = false;
    qint64 createdMs = 0;
    qint64 expiresMs = 0;
};

/// What guarded mode says of a message between two accounts.
enum class GuardedVerdict {
    Unguarded, ///< neither account is guarded
    Allowed,   ///< a guarded account and its guardian or an approved contact
    Refused
};

/// The envelope ids one run of the relay may use: first < id < limit.
struct EnvelopeIds {
    quint64 first = 0;
    quint64 limit = 0;
};

struct PurgeCounts {
    int envelopes = 0;
    int blobs = 0;
};

/// Everything the relay keeps, behind an interface so that a server
/// database can replace the embedded SQLCipher one. An implementation is
/// used from one thread at a time.
///
/// Writes between begin() and commit() become durable together: commit()
/// returns only once they reached the disk, unless deferSyncs() was called,
/// in which case syncCommitted() makes them durable. Outside
/// begin()/commit() each write is its own transaction.
class RelayStorage {
public:
    virtual ~RelayStorage() = default;

    [[nodiscard]] virtual StorageResult<void> begin() = 0;
    [[nodiscard]] virtual StorageResult<void> commit() = 0;
    virtual void rollback() noexcept = 0;

    /// Asks that commit() no longer wait for the disk: the caller will call
    /// syncCommitted() (from another thread) before it relies on a commit
    /// being durable. Committed writes are visible to later reads at once
    /// either way. Returns false when the storage cannot do that; commit()
    /// then stays durable by itself.
    [[nodiscard]] virtual bool deferSyncs() { return false; }
    /// Makes every commit() that returned before this call durable. After
    /// deferSyncs(), this is the one method that may be called from another
    /// thread, even while the others run.
    [[nodiscard]] virtual StorageResult<void> syncCommitted() { return {}; }

    // ---- Accounts -----------------------------------------------------------
    [[nodiscard]] virtual StorageResult<std::optional<Account>> account(const QString &coveId) = 0;
    /// Conflict when the Cove ID exists already.
    [[nodiscard]] virtual StorageResult<void> createAccount(const Account &account) = 0;
    [[nodiscard]] virtual StorageResult<void> setRegistrationId(const QString &coveId,
                                                                quint32 registrationId) = 0;

    // ---- Prekeys ------------------------------------------------------------
    /// Replaces the account's signed prekey.
    [[nodiscard]] virtual StorageResult<void>
    setSignedPreKey(const QString &coveId, const protocol::wire::SignedPreKeyEntry &key) = 0;
    [[nodiscard]] virtual StorageResult<std::optional<protocol::wire::SignedPreKeyEntry>>
    signedPreKey(const QString &coveId) = 0;
    /// Adds one-time prekeys; a repeated id replaces the stored key.
    [[nodiscard]] virtual StorageResult<void>
    addPreKeys(const QString &coveId, const QList<protocol::wire::PreKeyEntry> &keys) = 0;
    [[nodiscard]] virtual StorageResult<quint32> preKeyCount(const QString &coveId) = 0;
    /// Removes and returns the account's oldest one-time prekey, if any.
    [[nodiscard]] virtual StorageResult<std::optional<protocol::wire::PreKeyEntry>>
    takePreKey(const QString &coveId) = 0;

    // ---- Envelopes ----------------------------------------------------------
    /// The ids this run may give envelopes. They lie above every id an
    /// earlier run could have handed out, even one whose envelope a crash
    /// kept from being stored, so the caller may assign them in memory and
    /// hand an envelope out before it is stored.
    [[nodiscard]] virtual EnvelopeIds envelopeIds() const = 0;
    /// The earlier Send of (sender, clientId), whether its envelope is still
    /// queued or was delivered and deleted since (remembered until it would
    /// have expired).
    [[nodiscard]] virtual StorageResult<std::optional<PriorSend>>
    priorSend(const QString &sender, QByteArrayView clientId) = 0;
    /// Stores an envelope and returns its id: the envelope's own, which must
    /// lie in envelopeIds() above every id stored before, or when it is 0
    /// the next one. Conflict when (sender, clientId) is stored already.
    [[nodiscard]] virtual StorageResult<quint64> insertEnvelope(const Envelope &envelope) = 0;
    /// Up to `limit` of the recipient's envelopes with ids above `afterId`
    /// that have not expired at `nowMs`, in id order.
    [[nodiscard]] virtual StorageResult<QList<Envelope>>
    envelopesFor(const QString &recipient, quint64 afterId, int limit, qint64 nowMs) = 0;
    /// Deletes the envelopes among `ids` that belong to `recipient`; their
    /// (sender, clientId) stays known to priorSend(). Returns how many.
    [[nodiscard]] virtual StorageResult<int> acknowledge(const QString &recipient,
                                                         const QList<quint64> &ids) = 0;

    // ---- Contact pairs (metadata: who exchanged messages with whom) ---------
    /// Whether a message went between `a` and `b`, in either direction.
    [[nodiscard]] virtual StorageResult<bool> hasContact(const QString &a, const QString &b) = 0;
    [[nodiscard]] virtual StorageResult<void> addContact(const QString &initiator,
                                                         const QString &other, qint64 nowMs) = 0;
    /// Replaces who may open a conversation with `owner`: with contactsOnly,
    /// only the Cove IDs in `allowed`; otherwise everyone (the list is dropped).
    [[nodiscard]] virtual StorageResult<void>
    setContactPolicy(const QString &owner, bool contactsOnly, const QStringList &allowed) = 0;
    /// Whether `recipient` takes envelopes from `sender` under their policy.
    [[nodiscard]] virtual StorageResult<bool> acceptsFrom(const QString &recipient,
                                                          const QString &sender) = 0;
    /// How many conversations `initiator` opened at or after `sinceMs`.
    [[nodiscard]] virtual StorageResult<int> contactsOpenedSince(const QString &initiator,
                                                                 qint64 sinceMs) = 0;

    // ---- Guarded accounts (children linked to a guardian) --------------------
    /// The guardian governing `child`; nullopt when the account is not guarded.
    [[nodiscard]] virtual StorageResult<std::optional<GuardedLink>>
    guardedLink(const QString &child) = 0;
    /// Makes (or renews) the link. A link to another guardian than the
    /// stored one drops the approvals made under the old one.
    [[nodiscard]] virtual StorageResult<void> setGuardedLink(const GuardedLink &link) = 0;
    /// Ends the link and forgets its approvals, spent approvals and refusals.
    [[nodiscard]] virtual StorageResult<void> endGuardedLink(const QString &child) = 0;
    /// Adds an approved contact under the approval identified by
    /// `approvalHash` (SHA-256 of its signature); false when that approval
    /// was removed before (a removal cannot be undone by replaying it).
    [[nodiscard]] virtual StorageResult<bool> addGuardedContact(const QString &child,
                                                                const QString &contact,
                                                                QByteArrayView approvalHash) = 0;
    /// Removes an approved contact; its approval is spent.
    [[nodiscard]] virtual StorageResult<void> removeGuardedContact(const QString &child,
                                                                   const QString &contact) = 0;
    /// The approved contacts with when a message last passed between them
    /// and the child (0: never), by Cove ID.
    [[nodiscard]] virtual StorageResult<QList<protocol::wire::GuardedState::Contact>>
    guardedContacts(const QString &child) = 0;
    /// Whether a message may go from `sender` to `recipient` as far as guarded
    /// mode goes: a guarded account exchanges messages only with its guardian
    /// and its approved contacts. An allowed pair involving a guarded account
    /// has its last-message time set to `nowMs`; a refused sender to a
    /// guarded account is counted for the guardian to see (the
    /// wire::kMaxGuardedRefusals most recent senders are kept).
    [[nodiscard]] virtual StorageResult<GuardedVerdict>
    guardedAllows(const QString &sender, const QString &recipient, qint64 nowMs) = 0;
    /// The most recent refused senders of `child`, newest first.
    [[nodiscard]] virtual StorageResult<QList<protocol::wire::GuardedState::Refusal>>
    guardedRefusals(const QString &child, int limit) = 0;

    // ---- Attachment blobs ---------------------------------------------------
    [[nodiscard]] virtual StorageResult<void> createBlob(const BlobInfo &blob) = 0;
    [[nodiscard]] virtual StorageResult<std::optional<BlobInfo>> blob(QByteArrayView id) = 0;
    /// Appends `data` at `offset`, which must be the bytes received so far
    /// (Conflict otherwise). Returns the updated info; the bytes are on the
    /// disk before a blob is marked complete.
    [[nodiscard]] virtual StorageResult<BlobInfo> appendBlob(QByteArrayView id, quint64 offset,
                                                             QByteArrayView data) = 0;
    /// Up to `maxBytes` of a blob from `offset`.
    [[nodiscard]] virtual StorageResult<QByteArray> readBlob(QByteArrayView id, quint64 offset,
                                                             qint64 maxBytes) = 0;

    // ---- Expiry ---------------------------------------------------------------
    /// Deletes envelopes, remembered sends and blobs expired at `nowMs`.
    [[nodiscard]] virtual StorageResult<PurgeCounts> purgeExpired(qint64 nowMs) = 0;
};

} // namespace cove::relay
