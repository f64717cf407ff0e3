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

/// One row of `guardian_children`, on a guardian's profile: a child linked
/// to this account, or asking to be.
struct ChildRow {
    enum class State : quint8 { Asking = 1, Linked = 2 };
    QString childId;
    QString name;        ///< as the child's app gave it
    QByteArray childKey; ///< the child's identity key (33 bytes)
    State state = State::Asking;
    qint64 requestedAt = 0;
    qint64 linkedAt = 0; ///< the linkedAtMs the guardian signed; 0 while asking

    bool operator==(const ChildRow &) const = default;
};

/// One row of `guardian_asks`: a child asked their guardian to add a
/// contact. On a guardian's profile `childId` is the child; on the child's
/// own profile it is the child's own Cove ID.
struct ContactAsk {
    enum class State : quint8 { Pending = 1, Approved = 2, Declined = 3 };
    QString childId;
    QString contactId;
    QString name; ///< what the child calls them
    qint64 askedAt = 0;
    State state = State::Pending;

    bool operator==(const ContactAsk &) const = default;
};

/// One row of `guardian_events`, on a guardian's profile: something a
/// child's app told the guardian. Who and when, never what was said.
struct GuardianEvent {
    enum class Kind : quint8 {
        HelpAsked = 1,
        Blocked = 2,
        Reported = 3,
        ContactRemoved = 4,
        MediaShared = 5, ///< the child's app shared files of a chat with `contactId`
    };
    qint64 id = 0;
    QString childId;
    Kind kind = Kind::HelpAsked;
    QString contactId; ///< whom it is about; may be empty for HelpAsked
    qint64 at = 0;

    bool operator==(const GuardianEvent &) const = default;
};

/// Guarded mode's records on both sides: a guardian's children and the
/// contacts children ask for. The approvals themselves (signed by the
/// guardian) live in `guardian_approvals` (SafetyStateRepository).
class GuardianRepository {
public:
    explicit GuardianRepository(sqlite::Database &db) : m_db(db) {}

    // ---- a guardian's children
    /// Adds or replaces a child's row.
    [[nodiscard]] Result<void> putChild(const ChildRow &child);
    [[nodiscard]] Result<std::optional<ChildRow>> child(const QString &childId);
    /// Linked children first, then those asking; by name.
    [[nodiscard]] Result<QList<ChildRow>> children();
    /// Forgets a child and what they asked for. True when there was one.
    [[nodiscard]] Result<bool> removeChild(const QString &childId);

    // ---- contacts asked for
    /// Adds or replaces an ask (asking again renews the time).
    [[nodiscard]] Result<void> putAsk(const ContactAsk &ask);
    [[nodiscard]] Result<std::optional<ContactAsk>> ask(const QString &childId,
                                                        const QString &contactId);
    /// A child's asks, newest first.
    [[nodiscard]] Result<QList<ContactAsk>> asks(const QString &childId);
    [[nodiscard]] Result<bool> removeAsk(const QString &childId, const QString &contactId);

    // ---- what children's apps told the guardian
    [[nodiscard]] Result<void> addEvent(const GuardianEvent &event);
    /// A child's events, newest first, at most `limit`.
    [[nodiscard]] Result<QList<GuardianEvent>> events(const QString &childId, int limit = 100);

private:
    sqlite::Database &m_db;
};

} // namespace cove::storage
