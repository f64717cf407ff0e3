// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StorageError.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace cove::sqlite {
class Database;
}

namespace cove::storage {

/// One envelope waiting for the relay's acknowledgement.
struct OutboxEntry {
    enum class Kind { Direct = 1, Group = 2 };
    enum class State {
        Ready = 0,
        /// The recipient's identity key changed; nothing goes to them until
        /// the person accepts the change.
        WaitingForIdentity = 1,
    };
    qint64 id = 0;                      ///< set once stored; orders sending
    QByteArray clientId;                ///< 16 random bytes; the relay deduplicates by it
    std::optional<qint64> messageRowId; ///< the message it carries, if stored as one
    QString recipient;                  ///< Cove ID
    Kind kind = Kind::Direct;
    QByteArray content;    ///< encoded content to encrypt (direct rows)
    int envelopeType = 0;  ///< wire::EnvelopeType once encrypted, 0 before
    QByteArray ciphertext; ///< empty until encrypted
    QByteArray commitment; ///< franking commitment of the content
    State state = State::Ready;
    int attempts = 0;
    qint64 createdAt = 0;

    bool operator==(const OutboxEntry &) const = default;
};

/// The durable outbox. A message and its outbox rows are written in one
/// transaction by the caller; each row leaves only when the relay has
/// acknowledged it, so nothing the person sent is lost to a crash, a full
/// disk or a dropped connection, and a resend carries the same client id.
class OutboxRepository {
public:
    explicit OutboxRepository(sqlite::Database &db) : m_db(db) {}

    /// Stores a row; returns its id.
    [[nodiscard]] Result<qint64> add(const OutboxEntry &entry);
    /// Ready rows in sending order (oldest first), at most `limit`.
    [[nodiscard]] Result<QList<OutboxEntry>> ready(int limit);
    [[nodiscard]] Result<std::optional<OutboxEntry>> findByClientId(const QByteArray &clientId);
    /// Records the ciphertext of a direct row once encrypted; the caller's
    /// transaction also holds the session state that produced it.
    [[nodiscard]] Result<void> setCiphertext(qint64 id, int envelopeType,
                                             const QByteArray &ciphertext);
    /// Sets the state of every row for `recipient`.
    [[nodiscard]] Result<void> setStateFor(const QString &recipient, OutboxEntry::State state);
    [[nodiscard]] Result<void> countAttempt(qint64 id);
    /// Removes an acknowledged row; returns it (nullopt when already gone).
    [[nodiscard]] Result<std::optional<OutboxEntry>> acknowledge(const QByteArray &clientId);
    /// Rows still waiting for the message `messageRowId`.
    [[nodiscard]] Result<qint64> remainingFor(qint64 messageRowId);
    [[nodiscard]] Result<qint64> count();

private:
    sqlite::Database &m_db;
};

} // namespace cove::storage
