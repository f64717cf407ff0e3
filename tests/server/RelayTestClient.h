// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Context.h"
#include "RelayMessages.h"
#include "Stores.h"
#include "WireFormat.h"

#include <QObject>
#include <QUrl>
#include <QWebSocket>

#include <deque>
#include <functional>
#include <optional>

namespace cove::test {

/// A raw relay client for tests: a real identity key pair, a QWebSocket,
/// and synchronous helpers that spin the event loop until a frame arrives.
/// Every frame received is queued; the wait functions take the first one
/// that matches and leave the others.
class RelayTestClient : public QObject {
public:
    /// A client with a fresh identity.
    explicit RelayTestClient(QObject *parent = nullptr);
    /// A client with a given identity (e.g. a second device of one account).
    RelayTestClient(protocol::IdentityKeyPair identity, quint32 registrationId,
                    QObject *parent = nullptr);
    ~RelayTestClient() override;

    /// Opens the WebSocket; false when it does not connect in time.
    bool open(const QUrl &url, int timeoutMs = 5000);
    /// Hello, Challenge, Authenticate, Authenticated. False on any error
    /// (the error frame, if any, stays in lastError()).
    bool authenticate(int timeoutMs = 5000);
    bool connectAndAuthenticate(const QUrl &url, int timeoutMs = 5000);
    /// Closes the socket and waits until it is closed.
    void close();

    /// Sends a frame; a requestId of 0 gets a fresh one. Returns the id used.
    quint64 sendFrame(protocol::Frame frame);
    void sendRaw(const QByteArray &bytes);
    void sendText(const QString &text);
    /// sendFrame(), then the frame answering it (same requestId).
    std::optional<protocol::Frame> request(protocol::Frame frame, int timeoutMs = 5000);

    std::optional<protocol::Frame>
    waitFor(const std::function<bool(const protocol::Frame &)> &match, int timeoutMs = 5000);
    std::optional<protocol::Frame> waitForType(protocol::FrameType type, int timeoutMs = 5000);
    std::optional<protocol::Frame> waitForReply(quint64 requestId, int timeoutMs = 5000);
    /// Spins the event loop for `ms`, collecting frames.
    void settle(int ms);
    /// Frames received and not yet taken.
    [[nodiscard]] const std::deque<protocol::Frame> &pending() const { return m_frames; }
    [[nodiscard]] int countPending(protocol::FrameType type) const;
    void clearPending() { m_frames.clear(); }

    bool waitForDisconnected(int timeoutMs = 5000);
    [[nodiscard]] bool isConnected() const;
    [[nodiscard]] QWebSocketProtocol::CloseCode closeCode() const { return m_socket.closeCode(); }
    [[nodiscard]] QString closeReason() const { return m_socket.closeReason(); }

    /// A Send with a random client id and commitment.
    [[nodiscard]] static protocol::wire::Send makeSend(const QString &recipient,
                                                       const QByteArray &ciphertext);
    /// Sends a Send and waits for its SendAck (nullopt on an Error or timeout).
    std::optional<protocol::wire::SendAck> sendMessage(const protocol::wire::Send &send,
                                                       int timeoutMs = 5000);

    /// An XEdDSA signature with this client's identity key.
    [[nodiscard]] QByteArray sign(QByteArrayView message);
    /// A fresh Curve25519 public key (33 bytes), e.g. for a prekey.
    [[nodiscard]] QByteArray freshPublicKey();
    /// A signed prekey entry, signed with this client's identity.
    [[nodiscard]] protocol::wire::SignedPreKeyEntry makeSignedPreKey(quint32 id);

    [[nodiscard]] protocol::IdentityKeyPair identityCopy() const
    {
        return {m_identity.publicKey, m_identity.privateKey.clone()};
    }
    [[nodiscard]] const QByteArray &identityKey() const { return m_identity.publicKey; }
    [[nodiscard]] const QString &coveId() const { return m_coveId; }
    [[nodiscard]] quint32 registrationId() const { return m_registrationId; }
    [[nodiscard]] const QByteArray &frankingPublicKey() const { return m_frankingPublicKey; }
    [[nodiscard]] const QByteArray &lastNonce() const { return m_nonce; }
    [[nodiscard]] const protocol::wire::Authenticated &authenticated() const { return m_auth; }
    [[nodiscard]] const std::optional<protocol::Frame> &lastError() const { return m_lastError; }
    [[nodiscard]] protocol::Context &context() { return m_context; }
    [[nodiscard]] QWebSocket &socket() { return m_socket; }

private:
    void init();

    protocol::Context m_context;
    protocol::IdentityKeyPair m_identity;
    quint32 m_registrationId = 0;
    QString m_coveId;
    QWebSocket m_socket;
    std::deque<protocol::Frame> m_frames;
    quint64 m_nextRequestId = 1;
    QByteArray m_frankingPublicKey;
    QByteArray m_nonce;
    protocol::wire::Authenticated m_auth;
    std::optional<protocol::Frame> m_lastError;
};

/// The code of an Error frame, or nullopt for any other frame.
std::optional<protocol::WireError> errorCode(const std::optional<protocol::Frame> &frame);

} // namespace cove::test
