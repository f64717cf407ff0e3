// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Private helpers of the Messenger's implementation files.

#include "AppError.h"
#include "Content.h"
#include "Conversations.h"
#include "Messenger.h"
#include "RelayMessages.h"
#include "Sqlite.h"
#include "Stores.h"

#include <QCborArray>
#include <QCborValue>
#include <QDateTime>

#include <algorithm>

namespace cove::app::messenger {

namespace wire = protocol::wire;

inline qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

inline protocol::Address addressOf(const QString &coveId)
{
    return protocol::Address{coveId.toUtf8(), 1};
}

/// The relay's cap on group size as it last announced it, and the cap
/// before it ever did (RelayConfig's default).
inline const QString kGroupCapSetting = QStringLiteral("relay.max_group_members");
inline constexpr int kDefaultGroupCap = 256;

/// "Who can add me to groups": "contacts" or "everyone" (the default).
inline const QString kGroupAddsSetting = QStringLiteral("who_can_add_to_groups");
inline const QByteArray kContactsOnlyValue = QByteArrayLiteral("contacts");

/// What a request keeps of the relay's first-contact facts, for its notice:
/// [accountAge, massContact], and for a group invitation the inviter too.
/// Read back by Messenger::factsOf().
inline QByteArray requestFactsOf(const std::optional<wire::FirstContactFacts> &facts,
                                 const QString &inviter = {})
{
    if (!facts && inviter.isEmpty())
        return {};
    QCborArray stored{facts ? QCborValue(int(facts->accountAge)) : QCborValue(),
                      facts ? facts->massContact : false};
    if (!inviter.isEmpty())
        stored.append(inviter);
    return stored.toCborValue().toCbor();
}

inline AppError storageError(const storage::StorageError &e)
{
    return storageAppError(e);
}

inline AppError protocolError(const protocol::Error &e)
{
    if (e.code == protocol::ErrorCode::UntrustedIdentity)
        return appError(AppError::Code::IdentityChanged, e.detail);
    return appError(AppError::Code::Protocol, e.detail);
}

inline AppError sqlError(const sqlite::Error &e)
{
    return appError(AppError::Code::Storage, e.message);
}

/// A scope that commits only when told to; rolls back otherwise.
class Tx {
public:
    static AppResult<Tx> begin(sqlite::Database &db)
    {
        sqlite::Result<sqlite::Transaction> tx = sqlite::Transaction::begin(db);
        if (!tx)
            return sqlError(tx.error());
        return Tx(std::move(*tx));
    }
    AppResult<void> commit()
    {
        if (sqlite::Result<void> r = m_tx.commit(); !r)
            return sqlError(r.error());
        return {};
    }

private:
    explicit Tx(sqlite::Transaction tx) : m_tx(std::move(tx)) {}
    sqlite::Transaction m_tx;
};

#define COVE_APP_TRY(expr)                                                                         \
    do {                                                                                           \
        if (auto cove_r_ = (expr); !cove_r_)                                                       \
            return cove_r_.error();                                                                \
    } while (false)

#define COVE_APP_TRY_STORAGE(expr)                                                                 \
    do {                                                                                           \
        if (auto cove_r_ = (expr); !cove_r_)                                                       \
            return storageError(cove_r_.error());                                                  \
    } while (false)

inline QList<protocol::GroupMember> toContentMembers(const QList<storage::GroupMember> &members)
{
    QList<protocol::GroupMember> out;
    for (const storage::GroupMember &m : members)
        out.append(protocol::GroupMember{m.memberId, m.role == storage::MemberRole::Admin
                                                         ? protocol::GroupMember::Role::Admin
                                                         : protocol::GroupMember::Role::Member});
    std::sort(out.begin(), out.end(),
              [](const auto &a, const auto &b) { return a.coveId < b.coveId; });
    return out;
}

inline QList<storage::GroupMember> toStoredMembers(const QList<protocol::GroupMember> &members,
                                                   qint64 now)
{
    QList<storage::GroupMember> out;
    for (const protocol::GroupMember &m : members)
        out.append(storage::GroupMember{m.coveId,
                                        m.role == protocol::GroupMember::Role::Admin
                                            ? storage::MemberRole::Admin
                                            : storage::MemberRole::Member,
                                        now});
    return out;
}

} // namespace cove::app::messenger

namespace cove::app {

/// What a received envelope led to, for the work done after commit.
struct Messenger::ReceiveOutcome {
    std::optional<storage::StoredMessage> stored;
    QList<qint64> changedMessages;
    std::optional<qint64> changedConversation;
    /// A message from a contact was stored (now or before): its author gets a delivery receipt.
    std::optional<std::pair<QString, QByteArray>> receiptFor;
    /// Someone asked to join this group (we are an admin of it).
    std::optional<qint64> joinRequestFor;
    /// Guarded mode changed (mode, child, ask or approval).
    bool guardedChanged = false;
    /// A child asked this account, their guardian, for help.
    QString helpFrom;
    /// A group change was applied (messages its members sent before it may wait).
    std::optional<QByteArray> groupChanged;
};

} // namespace cove::app
