// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppError.h"

#include <QObject>
#include <QStringList>
#include <QTimer>

namespace cove::app {

class Account;
class RelayClient;

/// "Who can message me": everyone (a stranger's first message waits in
/// Message requests) or contacts only (the relay refuses anyone else and
/// tells them only that delivery failed).
///
/// With contacts only, the relay holds the list of people allowed to reach
/// the account: the address book, the people of every accepted chat and the
/// members of every group. That list is the metadata this setting costs, and
/// the relay learns it only while the setting is on. The policy is sent on
/// every connection and again shortly after any of those change, so the
/// relay's copy follows the store.
class Reachability : public QObject {
    Q_OBJECT
public:
    Reachability(Account &account, RelayClient &relay, QObject *parent = nullptr);

    [[nodiscard]] bool contactsOnly();
    /// Stores the choice and tells the relay (now, or on the next connection).
    [[nodiscard]] AppResult<void> setContactsOnly(bool on);
    /// Who may reach the account under contacts only, sorted.
    [[nodiscard]] AppResult<QStringList> allowed();
    /// Whether the relay holds the policy as stored now.
    [[nodiscard]] bool isSynced() const noexcept { return m_synced; }

    /// Contacts, chats or groups changed: the relay's list is refreshed soon.
    void scheduleSync();
    /// Sends a contacts-only list now, before a message whose answer must
    /// get through.
    void syncNow();

Q_SIGNALS:
    /// The setting changed.
    void changed(bool contactsOnly);
    /// The relay confirmed the policy; `allowedCount` people may write.
    void synced(bool contactsOnly, int allowedCount);

private:
    void sync();

    Account &m_account;
    RelayClient &m_relay;
    QTimer m_syncTimer;
    bool m_synced = false;
    bool m_sending = false;
    bool m_again = false;
};

} // namespace cove::app
