// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppError.h"

#include <QObject>
#include <QUrl>

#include <memory>

namespace cove::app {

class Account;
class RelayClient;
class Messenger;
class Reports;

/// One open profile as the desktop app holds it: the account, its relay
/// connection and its message pipeline, started and stopped together.
class Session : public QObject {
    Q_OBJECT
public:
    /// Where the profile's relay is (setting "relay.url"), with the extra
    /// certificate authority of setting "relay.ca" when there is one.
    /// NotFound when no relay was set yet.
    [[nodiscard]] static AppResult<std::unique_ptr<Session>> open(std::unique_ptr<Account> account,
                                                                  QObject *parent = nullptr);
    ~Session() override;

    [[nodiscard]] Account &account() noexcept { return *m_account; }
    [[nodiscard]] RelayClient &relay() noexcept { return *m_relay; }
    [[nodiscard]] Messenger &messenger() noexcept { return *m_messenger; }
    [[nodiscard]] Reports &reports() noexcept { return *m_reports; }
    [[nodiscard]] bool isOnline() const;

    /// Connects (and keeps reconnecting) until the session is destroyed.
    void start();

Q_SIGNALS:
    /// Connected and authenticated, or the connection dropped.
    void onlineChanged(bool online);

private:
    Session(std::unique_ptr<Account> account, QObject *parent);

    std::unique_ptr<Account> m_account;
    std::unique_ptr<RelayClient> m_relay;
    std::unique_ptr<Messenger> m_messenger;
    std::unique_ptr<Reports> m_reports;
};

} // namespace cove::app
