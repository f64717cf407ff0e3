// SPDX-License-Identifier: GPL-3.0-or-later
#include "RelayClient.h"

#include "Account.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QSslError>
#include <QWebSocket>

namespace cove::app {

namespace wire = protocol::wire;

namespace {

Q_LOGGING_CATEGORY(lcRelay, "cove.relay.client")

const QString kFrankingKeySetting = QStringLiteral("relay.franking_key");
const QString kModerationKeySetting = QStringLiteral("relay.moderation_key");

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

RelayClient::RelayClient(Account &account, Options options, QObject *parent)
    : QObject(parent), m_account(account), m_options(std::move(options))
{
    m_frankingKey = m_account.setting(kFrankingKeySetting);
    m_moderationKey = m_account.setting(kModerationKeySetting);
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &RelayClient::openSocket);
    m_timeoutTimer.setInterval(1000);
    connect(&m_timeoutTimer, &QTimer::timeout, this, &RelayClient::checkTimeouts);
}

RelayClient::~RelayClient()
{
    m_running = false;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
    // Whoever waits for a reply is told, if still there.
    failAll(QStringLiteral("the relay client was closed"));
}

void RelayClient::start()
{
    if (m_running)
        return;
    m_running = true;
    m_attempt = 0;
    m_timeoutTimer.start();
    openSocket();
}

void RelayClient::stop()
{
    m_running = false;
    m_reconnectTimer.stop();
    m_timeoutTimer.stop();
    if (m_socket)
        m_socket->close();
    failAll(QStringLiteral("the connection was closed"));
}

void RelayClient::reconnectNow()
{
    if (!m_running)
        return;
    m_attempt = 0;
    if (m_socket && m_state != State::Idle)
        m_socket->abort(); // onClosed() schedules the next attempt
    else
        openSocket();
}

void RelayClient::openSocket()
{
    if (!m_running || m_state != State::Idle)
        return;
    if (m_socket)
        m_socket->deleteLater();
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_socket->setMaxAllowedIncomingFrameSize(quint64(protocol::kMaxFrameSize));
    m_socket->setMaxAllowedIncomingMessageSize(quint64(protocol::kMaxFrameSize));
    if (!m_options.trustedCertificates.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(m_options.trustedCertificates);
        m_socket->setSslConfiguration(tls);
    }
    connect(m_socket, &QWebSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        // Never ignored: a relay whose certificate does not verify is not the relay.
        Q_EMIT problem(QStringLiteral("the relay's certificate does not verify: %1")
                           .arg(errors.isEmpty() ? QString() : errors.constFirst().errorString()));
    });
    connect(m_socket, &QWebSocket::connected, this, &RelayClient::onConnected);
    connect(m_socket, &QWebSocket::binaryMessageReceived, this, &RelayClient::onBinary);
    connect(m_socket, &QWebSocket::disconnected, this, &RelayClient::onClosed);
    m_state = State::Connecting;
    m_openedAt = nowMs();
    m_socket->open(m_options.url);
}

void RelayClient::onConnected()
{
    m_state = State::Handshake;
    m_handshakeId = m_nextRequestId++;
    sendRaw(
        wire::Hello{m_account.identityKey(), m_account.registrationId()}.toFrame(m_handshakeId));
}

void RelayClient::onClosed()
{
    const bool wasReady = m_state == State::Ready;
    m_state = State::Idle;
    failAll(QStringLiteral("the connection to the relay was lost"));
    if (wasReady)
        Q_EMIT disconnected();
    scheduleReconnect();
}

void RelayClient::scheduleReconnect()
{
    if (!m_running || !m_options.reconnect)
        return;
    // Exponential backoff with "equal jitter": half fixed, half random, so
    // that many clients cut off together do not all return together.
    const qint64 base = m_options.minBackoff.count();
    const qint64 cap = m_options.maxBackoff.count();
    const int shift = std::min(m_attempt, 20);
    const qint64 ceiling = std::min(cap, base << shift);
    const qint64 delay =
        ceiling / 2 + qint64(QRandomGenerator::global()->bounded(quint64(ceiling / 2 + 1)));
    ++m_attempt;
    m_reconnectTimer.start(std::chrono::milliseconds(delay));
}

void RelayClient::failAll(const QString &detail)
{
    QHash<quint64, Pending> pending;
    pending.swap(m_pending);
    for (Pending &p : pending)
        if (p.context)
            p.reply(appError(AppError::Code::Network, detail));
}

void RelayClient::checkTimeouts()
{
    const qint64 now = nowMs();
    QList<quint64> expired;
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it)
        if (it->deadline <= now)
            expired.append(it.key());
    for (quint64 id : expired) {
        Pending p = m_pending.take(id);
        if (p.context)
            p.reply(appError(AppError::Code::Network, QStringLiteral("the relay did not answer")));
    }
    // A connection that answers nothing at all is dead; start again. So is
    // one that does not get through the login in as long as a request may
    // take (a Hello or a challenge lost on the way, a half-open socket).
    const bool stuck = (m_state == State::Connecting || m_state == State::Handshake) &&
                       now - m_openedAt > m_options.requestTimeout.count();
    if (stuck && m_socket) {
        // Before the login the socket may never report a close: do it here.
        m_socket->disconnect(this);
        m_socket->abort();
        onClosed();
        return;
    }
    if (!expired.isEmpty() && m_socket) {
        m_socket->abort();
        return;
    }
    // Silence may also mean a connection that died without a word: ask.
    if (m_state == State::Ready && now - m_lastHeard > m_options.keepAlive.count()) {
        m_lastHeard = now;
        request(this, protocol::Frame{protocol::FrameType::Ping, 0, {}},
                [](const AppResult<protocol::Frame> &) {});
    }
}

void RelayClient::sendRaw(const protocol::Frame &frame)
{
    if (m_socket)
        m_socket->sendBinaryMessage(protocol::encodeFrame(frame));
}

bool RelayClient::allowed(const protocol::Frame &frame) const
{
    if (m_state == State::Ready)
        return true;
    return m_state == State::Suspended && (frame.type == protocol::FrameType::ReviewRequest ||
                                           frame.type == protocol::FrameType::ModerationUpdateAck);
}

void RelayClient::request(const QObject *context, protocol::Frame frame, Reply reply)
{
    if (!allowed(frame)) {
        reply(appError(AppError::Code::Network, QStringLiteral("not connected to the relay")));
        return;
    }
    frame.requestId = m_nextRequestId++;
    m_pending.insert(frame.requestId, Pending{context, std::move(reply),
                                              nowMs() + m_options.requestTimeout.count()});
    sendRaw(frame);
}

bool RelayClient::post(const protocol::Frame &frame)
{
    if (!allowed(frame))
        return false;
    sendRaw(frame);
    return true;
}

void RelayClient::onBinary(const QByteArray &bytes)
{
    m_lastHeard = nowMs();
    protocol::Result<protocol::Frame> frame = protocol::decodeFrame(bytes);
    if (!frame) {
        // What follows on this connection cannot be trusted either (a frame
        // lost in the middle, a broken proxy): start again. Whatever was in
        // flight is resent; the relay pushes what is not acknowledged.
        qCWarning(lcRelay) << "unreadable frame from the relay:" << frame.error().detail;
        if (m_socket)
            m_socket->abort();
        return;
    }
    if (m_state == State::Handshake) {
        handleHandshake(*frame);
        return;
    }
    if (m_state != State::Ready && m_state != State::Suspended)
        return;

    if (frame->requestId != 0) {
        auto it = m_pending.find(frame->requestId);
        if (it != m_pending.end()) {
            Pending p = std::move(*it);
            m_pending.erase(it);
            if (!p.context)
                return;
            if (auto error = protocol::errorFromFrame(*frame)) {
                AppError e = appError(AppError::Code::Network,
                                      error->second.isEmpty()
                                          ? QStringLiteral("relay error %1").arg(int(error->first))
                                          : error->second);
                e.relayCode = int(error->first);
                p.reply(e);
            } else
                p.reply(*frame);
            return;
        }
    }
    switch (frame->type) {
    case protocol::FrameType::Deliver: {
        protocol::Result<wire::Deliver> d = wire::Deliver::fromFrame(*frame);
        if (!d) {
            qCWarning(lcRelay) << "malformed envelope from the relay:" << d.error().detail;
            return;
        }
        Q_EMIT delivered(*d);
        return;
    }
    case protocol::FrameType::QueueEmpty:
        Q_EMIT queueEmpty();
        return;
    case protocol::FrameType::PreKeyStatus:
        if (protocol::Result<wire::PreKeyStatus> s = wire::PreKeyStatus::fromFrame(*frame); s)
            Q_EMIT preKeysLow(*s);
        return;
    case protocol::FrameType::Ping:
        sendRaw(protocol::Frame{protocol::FrameType::Pong, frame->requestId, {}});
        return;
    case protocol::FrameType::ModerationUpdate:
        if (protocol::Result<wire::ModerationUpdate> u = wire::ModerationUpdate::fromFrame(*frame))
            Q_EMIT moderationUpdate(*u);
        else
            qCWarning(lcRelay) << "malformed moderation update:" << u.error().detail;
        return;
    default:
        return;
    }
}

void RelayClient::handleHandshake(const protocol::Frame &frame)
{
    if (auto error = protocol::errorFromFrame(frame)) {
        if (error->first == protocol::WireError::Suspended) {
            // The relay still pushes moderation's decision and takes a
            // review request on this connection before it closes it.
            m_state = State::Suspended;
            Q_EMIT suspended(error->second);
            return;
        }
        Q_EMIT problem(QStringLiteral("the relay refused the login: %1").arg(error->second));
        m_socket->close();
        return;
    }
    if (frame.type == protocol::FrameType::Challenge) {
        protocol::Result<wire::Challenge> c = wire::Challenge::fromFrame(frame);
        if (!c) {
            m_socket->abort();
            return;
        }
        if (m_frankingKey.isEmpty()) {
            m_frankingKey = c->frankingPublicKey;
            (void)m_account.setSetting(kFrankingKeySetting, m_frankingKey);
        } else if (m_frankingKey != c->frankingPublicKey) {
            Q_EMIT frankingKeyChanged();
        }
        if (c->moderationPublicKey != m_moderationKey) {
            m_moderationKey = c->moderationPublicKey;
            (void)m_account.setSetting(kModerationKeySetting, m_moderationKey);
        }
        AppResult<QByteArray> signature =
            m_account.sign(wire::authPayload(c->nonce, m_account.identityKey()));
        if (!signature) {
            Q_EMIT problem(signature.error().detail);
            m_socket->abort();
            return;
        }
        m_handshakeId = m_nextRequestId++;
        sendRaw(wire::Authenticate{*signature}.toFrame(m_handshakeId));
        return;
    }
    if (frame.type == protocol::FrameType::Authenticated) {
        protocol::Result<wire::Authenticated> a = wire::Authenticated::fromFrame(frame);
        if (!a || a->coveId != m_account.coveId()) {
            Q_EMIT problem(QStringLiteral("the relay answered the login for another account"));
            m_socket->abort();
            return;
        }
        m_state = State::Ready;
        m_attempt = 0;
        m_lastHeard = nowMs();
        ++m_sessions;
        Q_EMIT ready(*a);
    }
}

} // namespace cove::app
