// SPDX-License-Identifier: GPL-3.0-or-later
#include "RelayTestClient.h"

#include "CoveId.h"
#include "Crypto.h"
#include "Keys.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace cove::test {

using protocol::Frame;
using protocol::FrameType;
namespace wire = protocol::wire;

namespace {

template <typename T> T must(protocol::Result<T> r, const char *what)
{
    if (!r) {
        std::fprintf(stderr, "RelayTestClient: %s failed: %s\n", what,
                     qUtf8Printable(r.error().detail));
        std::abort();
    }
    return std::move(r).value();
}

} // namespace

std::optional<protocol::WireError> errorCode(const std::optional<Frame> &frame)
{
    if (!frame)
        return std::nullopt;
    const auto e = protocol::errorFromFrame(*frame);
    if (!e)
        return std::nullopt;
    return e->first;
}

RelayTestClient::RelayTestClient(QObject *parent) : QObject(parent)
{
    m_identity = must(protocol::generateIdentityKeyPair(m_context), "identity key");
    m_registrationId = must(protocol::generateRegistrationId(m_context), "registration id");
    init();
}

RelayTestClient::RelayTestClient(protocol::IdentityKeyPair identity, quint32 registrationId,
                                 QObject *parent)
    : QObject(parent), m_identity(std::move(identity)), m_registrationId(registrationId)
{
    init();
}

void RelayTestClient::init()
{
    m_coveId = protocol::coveIdForIdentityKey(m_identity.publicKey);
    m_socket.setMaxAllowedIncomingMessageSize(quint64(protocol::kMaxFrameSize));
    connect(&m_socket, &QWebSocket::binaryMessageReceived, this, [this](const QByteArray &bytes) {
        protocol::Result<Frame> frame = protocol::decodeFrame(bytes);
        if (!frame) {
            std::fprintf(stderr, "RelayTestClient: the relay sent an undecodable frame: %s\n",
                         qUtf8Printable(frame.error().detail));
            return;
        }
        m_frames.push_back(std::move(*frame));
    });
}

RelayTestClient::~RelayTestClient()
{
    m_socket.disconnect(this);
    m_socket.abort();
}

bool RelayTestClient::open(const QUrl &url, int timeoutMs)
{
    m_frames.clear();
    m_lastError.reset();
    m_socket.open(url);
    return QTest::qWaitFor([this] { return m_socket.state() == QAbstractSocket::ConnectedState; },
                           timeoutMs);
}

bool RelayTestClient::authenticate(int timeoutMs)
{
    std::optional<Frame> challenge =
        request(wire::Hello{m_identity.publicKey, m_registrationId}.toFrame(0), timeoutMs);
    if (!challenge || challenge->type != FrameType::Challenge) {
        m_lastError = challenge;
        return false;
    }
    protocol::Result<wire::Challenge> c = wire::Challenge::fromFrame(*challenge);
    if (!c)
        return false;
    m_nonce = c->nonce;
    m_frankingPublicKey = c->frankingPublicKey;
    std::optional<Frame> reply = request(
        wire::Authenticate{sign(wire::authPayload(m_nonce, m_identity.publicKey))}.toFrame(0),
        timeoutMs);
    if (!reply || reply->type != FrameType::Authenticated) {
        m_lastError = reply;
        return false;
    }
    protocol::Result<wire::Authenticated> auth = wire::Authenticated::fromFrame(*reply);
    if (!auth)
        return false;
    m_auth = *auth;
    return true;
}

bool RelayTestClient::connectAndAuthenticate(const QUrl &url, int timeoutMs)
{
    return open(url, timeoutMs) && authenticate(timeoutMs);
}

void RelayTestClient::close()
{
    if (m_socket.state() == QAbstractSocket::UnconnectedState)
        return;
    m_socket.close();
    (void)QTest::qWaitFor([this] { return m_socket.state() == QAbstractSocket::UnconnectedState; },
                          5000);
}

quint64 RelayTestClient::sendFrame(Frame frame)
{
    if (frame.requestId == 0)
        frame.requestId = m_nextRequestId++;
    m_socket.sendBinaryMessage(protocol::encodeFrame(frame));
    return frame.requestId;
}

void RelayTestClient::sendRaw(const QByteArray &bytes)
{
    m_socket.sendBinaryMessage(bytes);
}

void RelayTestClient::sendText(const QString &text)
{
    m_socket.sendTextMessage(text);
}

std::optional<Frame> RelayTestClient::request(Frame frame, int timeoutMs)
{
    return waitForReply(sendFrame(std::move(frame)), timeoutMs);
}

std::optional<Frame> RelayTestClient::waitFor(const std::function<bool(const Frame &)> &match,
                                              int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        for (auto it = m_frames.begin(); it != m_frames.end(); ++it) {
            if (match(*it)) {
                Frame f = std::move(*it);
                m_frames.erase(it);
                return f;
            }
        }
        if (deadline.hasExpired())
            return std::nullopt;
        // Sleep in the event loop until a frame arrives, the socket closes
        // or the time is up.
        QEventLoop loop;
        QTimer timer;
        timer.setSingleShot(true);
        connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
        connect(&m_socket, &QWebSocket::binaryMessageReceived, &loop, &QEventLoop::quit);
        connect(&m_socket, &QWebSocket::disconnected, &loop, &QEventLoop::quit);
        const qint64 left = deadline.remainingTime();
        if (m_socket.state() == QAbstractSocket::UnconnectedState)
            timer.start(int(std::min<qint64>(left, 20)));
        else
            timer.start(int(std::max<qint64>(left, 0)));
        loop.exec();
    }
}

std::optional<Frame> RelayTestClient::waitForType(FrameType type, int timeoutMs)
{
    return waitFor([type](const Frame &f) { return f.type == type; }, timeoutMs);
}

std::optional<Frame> RelayTestClient::waitForReply(quint64 requestId, int timeoutMs)
{
    return waitFor([requestId](const Frame &f) { return f.requestId == requestId; }, timeoutMs);
}

void RelayTestClient::settle(int ms)
{
    QTest::qWait(ms);
}

int RelayTestClient::countPending(FrameType type) const
{
    int n = 0;
    for (const Frame &f : m_frames)
        n += f.type == type ? 1 : 0;
    return n;
}

bool RelayTestClient::waitForDisconnected(int timeoutMs)
{
    return QTest::qWaitFor([this] { return m_socket.state() == QAbstractSocket::UnconnectedState; },
                           timeoutMs);
}

bool RelayTestClient::isConnected() const
{
    return m_socket.state() == QAbstractSocket::ConnectedState;
}

wire::Send RelayTestClient::makeSend(const QString &recipient, const QByteArray &ciphertext)
{
    wire::Send s;
    s.clientId = wire::newClientEnvelopeId(QDateTime::currentMSecsSinceEpoch());
    s.recipient = recipient;
    s.type = wire::EnvelopeType::Signal;
    s.ciphertext = ciphertext;
    s.commitment = protocol::crypto::randomByteArray(32);
    return s;
}

std::optional<wire::SendAck> RelayTestClient::sendMessage(const wire::Send &send, int timeoutMs)
{
    std::optional<Frame> reply = request(send.toFrame(0), timeoutMs);
    if (!reply || reply->type != FrameType::SendAck) {
        m_lastError = reply;
        return std::nullopt;
    }
    protocol::Result<wire::SendAck> ack = wire::SendAck::fromFrame(*reply);
    if (!ack)
        return std::nullopt;
    return *ack;
}

QByteArray RelayTestClient::sign(QByteArrayView message)
{
    return must(protocol::signWithIdentity(m_context, m_identity, message), "signature");
}

QByteArray RelayTestClient::freshPublicKey()
{
    return must(protocol::generateIdentityKeyPair(m_context), "key pair").publicKey;
}

wire::SignedPreKeyEntry RelayTestClient::makeSignedPreKey(quint32 id)
{
    wire::SignedPreKeyEntry e;
    e.id = id;
    e.publicKey = freshPublicKey();
    e.signature = sign(e.publicKey);
    return e;
}

} // namespace cove::test
