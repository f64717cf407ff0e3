// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StorageError.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace cove::sqlite {
class Database;
}

namespace cove::storage {

/// One row of `early_group_messages`: a group message that arrived before
/// what makes it readable here, the group change that let its sender in or
/// the group itself. The change and the message come from different people,
/// so the relay may hand them out in either order (an admin's change can be
/// held on the admin's side, for example while a safety number is
/// confirmed). Kept, already decrypted, in the encrypted store until then.
struct EarlyMessage {
    qint64 id = 0;
    QByteArray groupId;
    QString senderId;
    quint32 revision = 0; ///< of the group, as the sender knew it
    QByteArray content;   ///< protocol::encodeContent()
    bool viaSenderKey = false;
    qint64 serverTimeMs = 0;
    QByteArray commitment; ///< as the relay signed it
    QByteArray relayTag;
    bool verified = false; ///< commitment and tag checked on arrival
    qint64 arrivedAt = 0;

    bool operator==(const EarlyMessage &) const = default;
};

class EarlyMessageRepository {
public:
    /// Bounds on what strangers can leave here with made-up groups.
    static constexpr int kMaxPerSender = 100;
    static constexpr int kMaxInAll = 1000;

    explicit EarlyMessageRepository(sqlite::Database &db) : m_db(db) {}

    /// Keeps `message` (its id is assigned), after dropping what arrived
    /// before `expiredBefore`. False, and nothing kept, when its sender or
    /// the table is at its bound.
    [[nodiscard]] Result<bool> add(const EarlyMessage &message, qint64 expiredBefore);
    /// The messages kept for `groupId` since `notBefore`, oldest first.
    [[nodiscard]] Result<QList<EarlyMessage>> forGroup(const QByteArray &groupId, qint64 notBefore);
    [[nodiscard]] Result<void> remove(qint64 id);
    /// Everything kept for `groupId` (the chat was deleted, or we left it).
    [[nodiscard]] Result<void> removeGroup(const QByteArray &groupId);
    /// Everything kept before `expiredBefore`.
    [[nodiscard]] Result<void> removeExpired(qint64 expiredBefore);

private:
    sqlite::Database &m_db;
};

} // namespace cove::storage
