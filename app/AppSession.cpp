// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppSession.h"

#include "Account.h"
#include "Messenger.h"
#include "RelayClient.h"
#include "Reports.h"

#include <QSslCertificate>

namespace cove::app {

Session::Session(std::unique_ptr<Account> account, QObject *parent)
    : QObject(parent), m_account(std::move(account))
{}

AppResult<std::unique_ptr<Session>> Session::open(std::unique_ptr<Account> account, QObject *parent)
{
    RelayClient::Options options;
    options.url = QUrl(QString::fromUtf8(account->setting(QStringLiteral("relay.url"))));
    if (options.url.isEmpty() || !options.url.isValid())
        return appError(AppError::Code::NotFound, QStringLiteral("no relay is set"));
    const QString ca = QString::fromUtf8(account->setting(QStringLiteral("relay.ca")));
    if (!ca.isEmpty()) {
        options.trustedCertificates = QSslCertificate::fromPath(ca);
        if (options.trustedCertificates.isEmpty())
            return appError(AppError::Code::InvalidArgument,
                            QStringLiteral("no certificate in %1").arg(ca));
    }
    std::unique_ptr<Session> session(new Session(std::move(account), parent));
    session->m_relay = std::make_unique<RelayClient>(*session->m_account, options);
    session->m_messenger = std::make_unique<Messenger>(*session->m_account, *session->m_relay);
    session->m_reports =
        std::make_unique<Reports>(*session->m_account, *session->m_relay, *session->m_messenger);
    connect(session->m_relay.get(), &RelayClient::ready, session.get(),
            [s = session.get()] { Q_EMIT s->onlineChanged(true); });
    connect(session->m_relay.get(), &RelayClient::disconnected, session.get(),
            [s = session.get()] { Q_EMIT s->onlineChanged(false); });
    return session;
}

Session::~Session()
{
    if (m_relay)
        m_relay->stop();
    m_reports.reset();
    m_messenger.reset();
    m_relay.reset();
}

bool Session::isOnline() const
{
    return m_relay && m_relay->isReady();
}

void Session::start()
{
    m_relay->start();
}

} // namespace cove::app
