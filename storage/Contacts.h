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

/// A person in the address book (table `contacts`).
struct Contact {
    QString coveId;         ///< the contact's Cove ID (primary key)
    QString displayName;    ///< the name the person gave them, never empty in the UI
    QByteArray identityKey; ///< the identity key seen when added; empty when unknown
    qint64 addedAt = 0;     ///< ms since the Unix epoch

    bool operator==(const Contact &) const = default;
};

/// The address book. Every call is one statement (so it joins a caller's
/// transaction as it is); values travel only as bound parameters.
class ContactRepository {
public:
    explicit ContactRepository(sqlite::Database &db) : m_db(db) {}

    /// Adds a new contact; AlreadyExists when the Cove ID is already there.
    [[nodiscard]] Result<void> add(const Contact &contact);
    /// Adds the contact or replaces every field of the existing one.
    [[nodiscard]] Result<void> save(const Contact &contact);
    /// NotFound when there is no such contact.
    [[nodiscard]] Result<void> rename(const QString &coveId, const QString &displayName);
    /// NotFound when there is no such contact. An empty key clears it.
    [[nodiscard]] Result<void> setIdentityKey(const QString &coveId, const QByteArray &identityKey);
    /// True when a contact was removed, false when there was none.
    [[nodiscard]] Result<bool> remove(const QString &coveId);

    [[nodiscard]] Result<std::optional<Contact>> find(const QString &coveId);
    /// Every contact, by display name (byte order; the UI sorts for the locale).
    [[nodiscard]] Result<QList<Contact>> all();
    [[nodiscard]] Result<qint64> count();

private:
    sqlite::Database &m_db;
};

} // namespace cove::storage
