// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QRandomGenerator>
#include <QUrl>

#include <memory>

class QWebSocket;
class QWebSocketServer;
class QTcpServer;

namespace cove::test {

/// A loopback WebSocket proxy between clients and a relay that misbehaves
/// like a bad network, frame by frame and in both directions: it drops,
/// duplicates, truncates, delays and reorders frames, and cuts connections.
/// The faults come from a seeded generator, so a failing run can be
/// repeated with the seed it prints.
class FaultProxy : public QObject {
    Q_OBJECT
public:
    struct Faults {
        double drop = 0;      ///< a frame vanishes
        double duplicate = 0; ///< a frame arrives twice
        double truncate = 0;  ///< only a prefix of the frame arrives
        double reorder = 0;   ///< a frame is held back and sent after the next one
        double cut = 0;       ///< the connection is cut (both sides) before this frame
        int maxDelayMs = 0;   ///< each frame is late by up to this much
    };
    struct Counts {
        int frames = 0, dropped = 0, duplicated = 0, truncated = 0, reordered = 0, cuts = 0;
    };

    FaultProxy(const QUrl &relay, quint32 seed, QObject *parent = nullptr);
    ~FaultProxy() override;

    [[nodiscard]] bool listen();
    [[nodiscard]] quint16 port() const;
    /// From now on (a healed network has none).
    void setFaults(const Faults &faults) { m_faults = faults; }
    /// Cuts every open connection now, as a network change would.
    void cutAll();
    /// Drops the next `count` frames the relay sends to a client, and only those.
    void dropNextToClient(int count = 1) { m_dropToClient += count; }
    [[nodiscard]] const Counts &counts() const { return m_counts; }
    [[nodiscard]] quint32 seed() const { return m_seed; }

private:
    struct Link;
    void accept();
    void pass(Link *link, bool toRelay, QByteArray frame);
    void release(Link *link, bool toRelay);
    void close(Link *link);

    QUrl m_relay;
    quint32 m_seed;
    QRandomGenerator m_random;
    Faults m_faults;
    Counts m_counts;
    int m_dropToClient = 0;
    QWebSocketServer *m_server;
    QHash<Link *, std::shared_ptr<Link>> m_links;
};

/// A TCP proxy that cuts connections in the middle of a frame: it forwards
/// bytes in small pieces and, with probability `cut` per piece, sends only
/// part of one and closes both sides. What a dropped Wi-Fi looks like to
/// the WebSocket layer.
class ByteCutProxy : public QObject {
    Q_OBJECT
public:
    ByteCutProxy(quint16 relayPort, quint32 seed, QObject *parent = nullptr);
    [[nodiscard]] bool listen();
    [[nodiscard]] quint16 port() const;
    void setCut(double probability) { m_cut = probability; }
    [[nodiscard]] int cuts() const { return m_cuts; }

private:
    void accept();

    quint16 m_relayPort;
    QRandomGenerator m_random;
    double m_cut = 0;
    int m_cuts = 0;
    QTcpServer *m_server;
};

} // namespace cove::test
