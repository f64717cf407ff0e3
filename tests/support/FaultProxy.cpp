// SPDX-License-Identifier: GPL-3.0-or-later
#include "FaultProxy.h"

#include <QDateTime>
#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>

#include <deque>

namespace cove::test {

struct FaultProxy::Link {
    QPointer<QWebSocket> client; ///< accepted from the app
    QPointer<QWebSocket> relay;  ///< opened to the relay
    bool relayOpen = false;
    QList<QByteArray> early; ///< from the client before the relay side opened
    struct Queued {
        qint64 due;
        QByteArray frame;
    };
    std::deque<Queued> queue[2]; ///< [toRelay]: frames waiting for their delay
    QByteArray held[2];          ///< a frame held back to be sent after the next
    QTimer *timer[2] = {nullptr, nullptr};
};

FaultProxy::FaultProxy(const QUrl &relay, quint32 seed, QObject *parent)
    : QObject(parent), m_relay(relay), m_seed(seed), m_random(seed),
      m_server(new QWebSocketServer(QStringLiteral("fault-proxy"), QWebSocketServer::NonSecureMode,
                                    this))
{
    connect(m_server, &QWebSocketServer::newConnection, this, &FaultProxy::accept);
}

FaultProxy::~FaultProxy()
{
    const auto links = m_links.keys();
    for (Link *l : links)
        close(l);
}

bool FaultProxy::listen()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

quint16 FaultProxy::port() const
{
    return m_server->serverPort();
}

void FaultProxy::cutAll()
{
    const auto links = m_links.keys();
    for (Link *l : links) {
        ++m_counts.cuts;
        close(l);
    }
}

void FaultProxy::accept()
{
    while (QWebSocket *client = m_server->nextPendingConnection()) {
        auto link = std::make_shared<Link>();
        Link *l = link.get();
        m_links.insert(l, link);
        l->client = client;
        l->relay = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
        client->setParent(this);
        for (bool toRelay : {false, true}) {
            l->timer[toRelay] = new QTimer(this);
            l->timer[toRelay]->setSingleShot(true);
            connect(l->timer[toRelay], &QTimer::timeout, this,
                    [this, l, toRelay] { release(l, toRelay); });
        }
        connect(client, &QWebSocket::binaryMessageReceived, this,
                [this, l](const QByteArray &f) { pass(l, true, f); });
        connect(l->relay, &QWebSocket::binaryMessageReceived, this,
                [this, l](const QByteArray &f) { pass(l, false, f); });
        connect(l->relay, &QWebSocket::connected, this, [this, l] {
            l->relayOpen = true;
            const QList<QByteArray> early = std::exchange(l->early, {});
            for (const QByteArray &f : early)
                pass(l, true, f);
        });
        connect(client, &QWebSocket::disconnected, this, [this, l] { close(l); });
        connect(l->relay, &QWebSocket::disconnected, this, [this, l] { close(l); });
        l->relay->open(m_relay);
    }
}

void FaultProxy::pass(Link *link, bool toRelay, QByteArray frame)
{
    if (!m_links.contains(link))
        return;
    if (toRelay && !link->relayOpen) {
        link->early.append(frame);
        return;
    }
    ++m_counts.frames;
    if (!toRelay && m_dropToClient > 0) {
        --m_dropToClient;
        ++m_counts.dropped;
        return;
    }
    const auto chance = [this](double p) { return p > 0 && m_random.generateDouble() < p; };
    if (chance(m_faults.cut)) {
        ++m_counts.cuts;
        close(link);
        return;
    }
    if (chance(m_faults.drop)) {
        ++m_counts.dropped;
        return;
    }
    if (chance(m_faults.truncate) && frame.size() > 1) {
        ++m_counts.truncated;
        frame.truncate(qsizetype(m_random.bounded(quint32(frame.size()))));
    }
    QList<QByteArray> out;
    if (!link->held[toRelay].isNull()) {
        out << frame << std::exchange(link->held[toRelay], QByteArray());
    } else if (chance(m_faults.reorder)) {
        // Held until the next frame overtakes it, or briefly when none comes.
        ++m_counts.reordered;
        link->held[toRelay] = frame;
        // Weakly: a link closed meanwhile (and another at the same address) is not touched.
        QTimer::singleShot(
            50, this, [this, alive = std::weak_ptr<Link>(m_links.value(link)), link, toRelay] {
                if (alive.expired() || link->held[toRelay].isNull())
                    return;
                link->queue[toRelay].push_back({QDateTime::currentMSecsSinceEpoch(),
                                                std::exchange(link->held[toRelay], QByteArray())});
                release(link, toRelay);
            });
        return;
    } else {
        out << frame;
    }
    if (chance(m_faults.duplicate)) {
        ++m_counts.duplicated;
        out << out.constLast();
    }
    // Late, but in the order given: a frame is never due before the one ahead of it.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    auto &queue = link->queue[toRelay];
    for (const QByteArray &f : std::as_const(out)) {
        const qint64 delay =
            m_faults.maxDelayMs > 0 ? qint64(m_random.bounded(m_faults.maxDelayMs + 1)) : 0;
        const qint64 due = std::max(now + delay, queue.empty() ? 0 : queue.back().due);
        queue.push_back({due, f});
    }
    release(link, toRelay);
}

void FaultProxy::release(Link *link, bool toRelay)
{
    if (!m_links.contains(link))
        return;
    QWebSocket *to = toRelay ? link->relay.data() : link->client.data();
    auto &queue = link->queue[toRelay];
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    while (!queue.empty() && queue.front().due <= now) {
        if (to)
            to->sendBinaryMessage(queue.front().frame);
        queue.pop_front();
    }
    if (!queue.empty())
        link->timer[toRelay]->start(int(queue.front().due - now));
}

void FaultProxy::close(Link *link)
{
    auto it = m_links.find(link);
    if (it == m_links.end())
        return;
    const std::shared_ptr<Link> keep = *it;
    m_links.erase(it);
    for (QTimer *t : keep->timer)
        if (t)
            t->deleteLater();
    // abort(): no closing handshake, as when a network goes away.
    for (QWebSocket *s : {keep->client.data(), keep->relay.data()})
        if (s) {
            s->disconnect(this);
            s->abort();
            s->deleteLater();
        }
}

// ---- cutting in the middle of a frame ------------------------------------------------

ByteCutProxy::ByteCutProxy(quint16 relayPort, quint32 seed, QObject *parent)
    : QObject(parent), m_relayPort(relayPort), m_random(seed), m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &ByteCutProxy::accept);
}

bool ByteCutProxy::listen()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

quint16 ByteCutProxy::port() const
{
    return m_server->serverPort();
}

void ByteCutProxy::accept()
{
    while (QTcpSocket *client = m_server->nextPendingConnection()) {
        client->setParent(this);
        auto *relay = new QTcpSocket(this);
        auto pending = std::make_shared<QByteArray>();
        const auto closeBoth = [client, relay] {
            for (QTcpSocket *s : {client, relay}) {
                s->disconnect();
                s->abort();
                s->deleteLater();
            }
        };
        const auto forward = [this, closeBoth](QTcpSocket *from, QTcpSocket *to) {
            QByteArray bytes = from->readAll();
            // Small pieces, so that a cut can fall anywhere inside a frame.
            for (qsizetype at = 0; at < bytes.size(); at += 64) {
                const QByteArray piece = bytes.mid(at, 64);
                if (m_cut > 0 && m_random.generateDouble() < m_cut) {
                    ++m_cuts;
                    to->write(piece.left(qsizetype(m_random.bounded(quint32(piece.size())))));
                    to->flush();
                    closeBoth();
                    return;
                }
                to->write(piece);
            }
        };
        connect(client, &QTcpSocket::readyRead, this, [client, relay, pending, forward] {
            if (relay->state() == QAbstractSocket::ConnectedState)
                forward(client, relay);
            else
                pending->append(client->readAll());
        });
        connect(relay, &QTcpSocket::connected, this,
                [relay, pending] { relay->write(std::exchange(*pending, QByteArray())); });
        connect(relay, &QTcpSocket::readyRead, this,
                [client, relay, forward] { forward(relay, client); });
        connect(client, &QTcpSocket::disconnected, this, closeBoth);
        connect(relay, &QTcpSocket::disconnected, this, closeBoth);
        relay->connectToHost(QHostAddress::LocalHost, m_relayPort);
    }
}

} // namespace cove::test
