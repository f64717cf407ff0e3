// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Context.h"
#include "Franking.h"
#include "ModerationDesk.h"
#include "RateLimiter.h"
#include "RelayConfig.h"
#include "RelayStorage.h"
#include "Timing.h"
#include "WireFormat.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QSslConfiguration>
#include <QTimer>
#include <QWebSocketProtocol>

#include <memory>
#include <optional>
#include <vector>

class QTcpServer;
class QTcpSocket;
class QWebSocket;
class QWebSocketServer;

namespace cove::relay {

class StorageWorker;
class StorageTask;
struct Connection;

/// cove-relay's server: accounts, the prekey directory, store-and-forward
/// mailboxes, franking tags and rate limits, over WebSocket (ws on
/// loopback, wss with a certificate), speaking the frames of
/// RelayMessages.h.
///
/// Threads: the network, parsing, signature checks and flow control run on
/// the thread the server lives on; the storage runs on its own thread
/// (StorageWorker), which stores the writes that arrive together in one
/// transaction (group commit). A Send is acknowledged only after its
/// envelope is on the disk.
///
/// Moderation (with setModeration()): report intake, review requests,
/// update acknowledgements, the ban check at authentication and a periodic
/// sweep run the ModerationDesk synchronously on the server's thread. That
/// is acceptable because moderation is low-volume and none of it is on the
/// message path: Send, Deliver and DeliverAck never touch moderation.db.
class RelayServer : public QObject {
    Q_OBJECT
public:
    RelayServer(RelayConfig config, std::unique_ptr<RelayStorage> storage,
                protocol::FrankingKeyPair franking, QObject *parent = nullptr);
    ~RelayServer() override;

    /// Serve wss with this configuration (certificate and key set) instead
    /// of ws. Call before listen().
    void setSslConfiguration(const QSslConfiguration &configuration);

    /// Runs the moderation service: the Challenge carries its public key,
    /// ReportSubmit and ReviewRequest are answered, updates are pushed and
    /// suspended or banned accounts are refused at authentication. Call
    /// before listen(). Without it ReportSubmit and ReviewRequest are
    /// answered with Error(NotFound, "no moderation service").
    void setModeration(std::unique_ptr<ModerationDesk> desk);
    /// The relay's desk (nullptr without one), for use on the server's thread.
    [[nodiscard]] ModerationDesk *moderation() const { return m_moderation.get(); }
    /// The key reports are sealed to; empty without a moderation service.
    [[nodiscard]] QByteArray moderationPublicKey() const;
    /// Looks for updates and bans other processes wrote now (also done
    /// every RelayConfig::moderationSweepMs).
    void sweepModeration();

    /// Starts listening; returns the bound port (`port` 0 picks a free one),
    /// or 0 on failure (see errorString()).
    [[nodiscard]] quint16 listen(const QHostAddress &address, quint16 port);
    [[nodiscard]] QString errorString() const { return m_error; }
    [[nodiscard]] quint16 port() const;
    [[nodiscard]] bool isSecure() const { return m_ssl.has_value(); }

    /// The Ed25519 key that verifies this relay's franking tags.
    [[nodiscard]] QByteArray frankingPublicKey() const { return m_franking.publicKey; }
    [[nodiscard]] const RelayConfig &config() const { return m_config; }

    /// Stops accepting, closes every connection (going away), stores what is
    /// waiting and closes the storage. Idempotent; the server serves nothing
    /// afterwards.
    void shutdown();
    /// Logs how the relay's storage and Sends fared since it started or
    /// since the last report (one line, no content), and starts again.
    void reportStatistics();

    /// Purges expired envelopes and blobs now (also done periodically).
    void purgeNow();

    /// Transactions the storage thread committed, and the writes in them,
    /// since the relay started or since the last reportStatistics().
    struct StorageStats {
        quint64 transactions = 0;
        quint64 writes = 0;
        /// Sends handed to their online recipient before they were stored.
        quint64 handedOutEarly = 0;
    };
    [[nodiscard]] StorageStats storageStats() const;

    [[nodiscard]] int connectionCount() const { return int(m_connections.size()); }
    [[nodiscard]] int authenticatedCount() const { return int(m_online.size()); }

Q_SIGNALS:
    /// A purge finished (after its deletions were committed).
    void purged(int envelopes, int blobs);

private:
    void logStatistics(const char *what);
    friend class SendBatchTask;
    friend class AckBatchTask;
    friend class AuthTask;
    friend class LoadTask;
    friend class PreKeyUploadTask;
    friend class PreKeyFetchTask;
    friend class ContactPolicyTask;
    friend class GuardedTask;
    friend class BlobTask;
    friend class BlobPutTask;
    friend class BlobGetTask;
    friend class PurgeTask;

    struct PendingSend;
    struct PendingAck {
        QString recipient;
        quint64 envelopeId = 0;
    };

    void onTcpConnection();
    void onNewConnection();
    void onBinaryMessage(quint64 connectionId, const QByteArray &message);
    void onTextMessage(quint64 connectionId);
    void onDisconnected(quint64 connectionId);
    void onBytesWritten(quint64 connectionId);
    void sweepHandshakes();

    void dispatch(Connection &c, const protocol::Frame &frame);
    void handleHello(Connection &c, const protocol::Frame &frame);
    void handleAuthenticate(Connection &c, const protocol::Frame &frame);
    void handleSend(Connection &c, const protocol::Frame &frame);
    void handleDeliverAck(Connection &c, const protocol::Frame &frame);
    void handlePreKeyUpload(Connection &c, const protocol::Frame &frame);
    void handleContactPolicy(Connection &c, const protocol::Frame &frame);
    void handleGuarded(Connection &c, const protocol::Frame &frame);
    void handlePreKeyFetch(Connection &c, const protocol::Frame &frame);
    void handleAttachmentPut(Connection &c, const protocol::Frame &frame);
    void handleAttachmentGet(Connection &c, const protocol::Frame &frame);
    void handleReportSubmit(Connection &c, const protocol::Frame &frame);
    void handleReviewRequest(Connection &c, const protocol::Frame &frame);
    void handleModerationUpdateAck(Connection &c, const protocol::Frame &frame);
    /// A frame on a connection whose account is suspended or banned.
    void dispatchSuspended(Connection &c, const protocol::Frame &frame);
    /// The ban in force for an account (nullopt also when the desk fails:
    /// moderation.db trouble must not lock everyone out; it is logged).
    [[nodiscard]] std::optional<Ban> activeBan(const QString &coveId);
    /// Answers the Authenticate with Error(Suspended), pushes the account's
    /// pending updates and keeps the connection for suspendedGraceMs.
    void enterSuspended(Connection &c, quint64 requestId, const Ban &ban);
    void pushPendingUpdates(Connection &c);

    /// Sends `frame`; false when the connection is closing.
    bool send(Connection &c, const protocol::Frame &frame);
    void sendError(Connection &c, quint64 requestId, protocol::WireError error,
                   const QString &detail);
    /// Counts a bad frame; closes the connection after maxBadFrames.
    void badFrame(Connection &c, quint64 requestId, protocol::WireError error,
                  const QString &detail);
    /// Sends an Error frame, then closes the connection (policy violation).
    void refuse(Connection &c, quint64 requestId, protocol::WireError error, const QString &detail);
    void closeConnection(Connection &c, QWebSocketProtocol::CloseCode closeCode,
                         const QString &reason);
    /// Closes and cuts at once: for a peer that does not read.
    void dropConnection(Connection &c, const char *why);
    /// What waits to be written to `c`'s peer, encrypted or not.
    [[nodiscard]] static qint64 outgoingBytes(const Connection &c);
    [[nodiscard]] static QString transportKey(const QHostAddress &address, quint16 port);

    /// Whether a request may wait for storage, else answers Busy.
    bool admitRequest(Connection &c, quint64 requestId, qint64 bytes);
    void requestDone(quint64 connectionId, qint64 bytes);
    void postTask(std::unique_ptr<StorageTask> task);
    void scheduleFlush();
    void flushWrites();
    /// Writes what this turn of the event loop gave each connection to
    /// send, one write per connection, before the loop waits.
    void flushSockets();
    void flushAcks();
    /// Assigns the waiting Sends their envelope ids and hands those that
    /// may go at once to their recipients, before they are stored.
    void handOutEarly(std::vector<PendingSend> &sends);
    /// Whether `send` may be handed out before it is stored, `planned`
    /// envelopes for its recipient being handed out before it.
    [[nodiscard]] bool mayHandOutEarly(const PendingSend &send, int planned) const;
    /// Whether the storage's verdict on the pair still stands (m_plainPairs).
    [[nodiscard]] bool isPlain(const QString &sender, const QString &recipient) const;
    /// A request may change what the storage decides for `account`'s pairs:
    /// verdicts reached before it no longer stand. Every request that can
    /// change a verdict must call it before it is posted: a Send handed out
    /// early is not checked again by the storage (SendBatchTask::run()).
    void policyChanged(const QString &account);
    /// Forgets the policy changes no verdict or waiting Send depends on.
    void forgetOldPolicyChanges();

    // Delivery with a bounded window.
    [[nodiscard]] Connection *connection(quint64 id) const;
    [[nodiscard]] Connection *onlineConnection(const QString &coveId) const;
    void offerLive(Connection &c, const Envelope &envelope);
    void pump(Connection &c);
    void loadBacklog(Connection &c);
    void onBacklogLoaded(quint64 connectionId, bool ok, QList<Envelope> envelopes, int limit);
    void onAuthenticated(quint64 connectionId, bool ok, bool refused,
                         const protocol::wire::Authenticated &reply);
    void notifyPreKeysLow(const QString &coveId, quint32 count);

    [[nodiscard]] qint64 now() const;

    RelayConfig m_config;
    protocol::FrankingKeyPair m_franking;
    protocol::Context m_context; ///< for XEdDSA checks on this thread
    std::unique_ptr<StorageWorker> m_worker;
    std::optional<QSslConfiguration> m_ssl;
    QTcpServer *m_listener = nullptr; ///< a QSslServer for wss
    QWebSocketServer *m_server = nullptr;
    /// Accepted sockets by peer, until their WebSocket handshake completes.
    QHash<QString, QPointer<QTcpSocket>> m_accepted;
    QString m_error;
    bool m_shutDown = false;

    QHash<quint64, Connection *> m_connections;
    std::vector<quint64> m_unflushed; ///< connections sent to in this turn (flushSockets())
    QHash<QString, quint64> m_online; ///< Cove ID → its one authenticated connection
    quint64 m_nextConnectionId = 1;

    RateLimiter m_messageLimiter;
    RateLimiter m_fetchLimiter;
    RateLimiter m_attachmentLimiter;

    std::vector<PendingSend> m_pendingSends;
    /// Envelope ids are assigned here, in the order Sends go to the storage
    /// thread, from this run's range (RelayStorage::envelopeIds()), so that
    /// an envelope can be handed out before it is stored.
    quint64 m_lastEnvelopeId = 0;
    quint64 m_envelopeIdLimit = 0;
    /// Sends per recipient that went to the storage thread to be checked and
    /// stored, and were not handed out yet. While one waits, later Sends to
    /// that recipient wait too, so that they arrive in order.
    QHash<QString, int> m_storing;
    /// (sender, recipient) pairs the storage passed with nothing to add:
    /// neither account guarded, the recipient takes the sender's messages,
    /// and they have exchanged messages before, with the policy generation
    /// the Send it decided on arrived in. Such a pair's next Send to a
    /// recipient who is online with nothing stored waiting is handed out at
    /// once and stored meanwhile (see handOutEarly()).
    QHash<QPair<QString, QString>, quint64> m_plainPairs;
    /// Raised by every request that can change what the storage decides for
    /// an account's pairs (a contact policy, guarded mode), and recorded for
    /// that account: a verdict reached before it no longer stands.
    quint64 m_policyGeneration = 0;
    QHash<QString, quint64> m_policyChanges;
    quint64 m_policyFloor = 0; ///< verdicts before it stand for nothing
    /// The latest generation among the Sends decided so far. Sends are
    /// decided in the order they arrived, so every Send of an earlier
    /// generation is decided too.
    quint64 m_finishedGeneration = 0;
    quint64 m_handedOutEarly = 0;
    quint64 m_handedOutEarlyReported = 0;
    /// From a Send's arrival to its answer after the storage thread (stored,
    /// a duplicate, or refused there), for the statistics lines: where a
    /// message's time at the relay goes.
    Timing m_sendLatency;
    /// A stored Send's arrival to its hand-out once committed (offered to
    /// the recipient's connection, or found none).
    Timing m_sendToOffer;
    std::vector<PendingAck> m_pendingAcks;
    QTimer m_flushTimer;
    QTimer m_ackTimer;
    QTimer m_sweepTimer;
    QTimer m_purgeTimer;

    std::unique_ptr<ModerationDesk> m_moderation;
    SweepCursor m_moderationCursor;
    QTimer m_moderationTimer;
};

} // namespace cove::relay
