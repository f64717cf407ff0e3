// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppError.h"
#include "RelayMessages.h"
#include "WireFormat.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <functional>

class QWebSocket;

namespace cove::app {

class Account;

/// The connection to the relay: connects, proves the account's identity by
/// signing the relay's challenge, keeps the connection (reconnecting with
/// exponential backoff and jitter after any failure) and pairs requests
/// with their replies. It knows frames, not messages: the Messenger above
/// it decides what to send and what a delivered envelope means.
class RelayClient : public QObject {
    Q_OBJECT
public:
    struct Options {
        QUrl url;
        std::chrono::milliseconds minBackoff{200};
        std::chrono::milliseconds maxBackoff{30000};
        std::chrono::milliseconds requestTimeout{20000};
        bool reconnect = true;
        /// A Ping after this much silence; no answer means a dead connection.
        std::chrono::milliseconds keepAlive{30000};
        /// For wss:// relays with their own certificate authority (or a
        /// self-signed certificate): trusted in addition to the system's.
        QList<QSslCertificate> trustedCertificates = {};
    };
    /// A reply frame, or why none came: an Error frame, a timeout or the
    /// connection dropping all become AppError::Code::Network.
    using Reply = std::function<void(const AppResult<protocol::Frame> &)>;

    RelayClient(Account &account, Options options, QObject *parent = nullptr);
    ~RelayClient() override;

    /// Starts connecting; keeps reconnecting until stop().
    void start();
    /// Closes the connection and stops reconnecting.
    void stop();
    /// Drops the connection and connects again at once (e.g. after the
    /// person accepted a changed identity, to get held messages again).
    void reconnectNow();

    [[nodiscard]] bool isReady() const noexcept { return m_state == State::Ready; }
    /// Connected, but moderation suspended or banned the account: only its
    /// updates and a review request go through.
    [[nodiscard]] bool isSuspended() const noexcept { return m_state == State::Suspended; }
    /// The relay's franking public key as first seen (pinned in the store).
    [[nodiscard]] const QByteArray &frankingPublicKey() const noexcept { return m_frankingKey; }
    /// The moderation service's key that reports are sealed to, as the relay
    /// last presented it (kept in the store); empty when it runs none.
    [[nodiscard]] const QByteArray &moderationPublicKey() const noexcept { return m_moderationKey; }
    [[nodiscard]] const QUrl &url() const noexcept { return m_options.url; }
    /// How many connections were authenticated so far.
    [[nodiscard]] int sessions() const noexcept { return m_sessions; }

    /// Sends a request and calls `reply` exactly once, unless `context`
    /// is destroyed first (then never). Fails at once when not authenticated
    /// (a suspended account may still ask for a review).
    void request(const QObject *context, protocol::Frame frame, Reply reply);
    /// Sends a frame that gets no reply (DeliverAck). False when not ready.
    bool post(const protocol::Frame &frame);

Q_SIGNALS:
    void ready(const cove::protocol::wire::Authenticated &info);
    void disconnected();
    void delivered(const cove::protocol::wire::Deliver &envelope);
    void queueEmpty();
    void preKeysLow(const cove::protocol::wire::PreKeyStatus &status);
    /// Moderation pushed a report's status or a decision about this account.
    void moderationUpdate(const cove::protocol::wire::ModerationUpdate &update);
    /// The relay refused the login because moderation suspended or banned
    /// this account; `detail` says until when.
    void suspended(const QString &detail);
    /// The relay presented another franking key than the pinned one: its
    /// tags will not verify, and the person should know.
    void frankingKeyChanged();
    void problem(const QString &detail);

private:
    /// Suspended: the relay refused the login because moderation suspended
    /// or banned the account; the connection stays open a little while for
    /// moderation's updates and a review request, nothing else.
    enum class State { Idle, Connecting, Handshake, Ready, Suspended };
    [[nodiscard]] bool allowed(const protocol::Frame &frame) const;

    void openSocket();
    void onConnected();
    void onBinary(const QByteArray &bytes);
    void onClosed();
    void handleHandshake(const protocol::Frame &frame);
    void scheduleReconnect();
    void failAll(const QString &detail);
    void sendRaw(const protocol::Frame &frame);
    void checkTimeouts();

    struct Pending {
        QPointer<const QObject> context;
        Reply reply;
        qint64 deadline = 0;
    };

    Account &m_account;
    Options m_options;
    QWebSocket *m_socket = nullptr;
    State m_state = State::Idle;
    bool m_running = false;
    int m_attempt = 0;
    int m_sessions = 0;
    quint64 m_nextRequestId = 1;
    quint64 m_handshakeId = 0;
    qint64 m_lastHeard = 0;
    qint64 m_openedAt = 0; ///< when the current connection attempt began (ms)
    QByteArray m_frankingKey;
    QByteArray m_moderationKey;
    QHash<quint64, Pending> m_pending;
    QTimer m_reconnectTimer;
    QTimer m_timeoutTimer;
};

} // namespace cove::app
