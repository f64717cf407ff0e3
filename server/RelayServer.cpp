// SPDX-License-Identifier: GPL-3.0-or-later
#include "RelayServer.h"

#include "CoveId.h"
#include "Crypto.h"
#include "FailPoint.h"
#include "Guardian.h"
#include "Keys.h"
#include "RelayLog.h"
#include "RelayMessages.h"
#include "ReportPolicy.h"
#include "StorageWorker.h"

#include <QAbstractEventDispatcher>
#include <QDateTime>
#include <QSet>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QWebSocket>
#include <QWebSocketServer>

#include <sodium.h>

#include <algorithm>
#include <chrono>
#include <cstring>
#include <deque>

namespace cove::relay {

using protocol::Frame;
using protocol::FrameType;
using protocol::WireError;
namespace wire = protocol::wire;

namespace {

// Close codes: Qt's CloseCode cannot carry application codes (4000-4999),
// so the standard ones are used and the reason text tells them apart.
/// The connection was replaced by a newer one of the same account.
constexpr auto kCloseReplaced = QWebSocketProtocol::CloseCodeNormal;
/// The relay holds as many connections as it accepts.
constexpr auto kCloseTooManyConnections = QWebSocketProtocol::CloseCodeGoingAway;
/// How long a connection stays throttled after a refused Send if the refused
/// message never comes again (the client gave up on it).
constexpr qint64 kThrottlePauseMs = 30 * 1000;
/// How long a connection the relay closed may take to say goodbye.
constexpr int kCloseGraceMs = 5 * 1000;
/// One-time prekeys kept per account (apps upload 100 when under 20).
constexpr qsizetype kMaxStoredPreKeys = 1000;
/// DeliverAcks for envelopes not in flight on a connection, in windows.
constexpr int kMaxUnexpectedAcksPerWindow = 4;

/// Whether a Send's client id can be a new message's on a connection whose
/// newest so far was `newest`: client ids begin with the sender's clock in
/// milliseconds (wire::newClientEnvelopeId()), so a resend's lies before,
/// or is that newest one itself.
bool isNewMessage(const QByteArray &clientId, const QByteArray &newest)
{
    constexpr qsizetype kClock = wire::kClientEnvelopeIdClockSize;
    if (clientId.size() < kClock)
        return false;
    if (newest.size() < kClock)
        return true;
    const int order = std::memcmp(clientId.constData(), newest.constData(), std::size_t(kClock));
    return order > 0 || (order == 0 && clientId != newest);
}

QByteArray randomBytes(qsizetype n)
{
    QByteArray out(n, Qt::Uninitialized);
    randombytes_buf(out.data(), std::size_t(n));
    return out;
}

wire::FirstContactFacts::AccountAge ageBucket(qint64 ageMs)
{
    using Age = wire::FirstContactFacts::AccountAge;
    if (ageMs < kDayMs)
        return Age::UnderOneDay;
    if (ageMs < 7 * kDayMs)
        return Age::UnderOneWeek;
    if (ageMs < 30 * kDayMs)
        return Age::UnderOneMonth;
    return Age::OlderThanAMonth;
}

wire::Deliver deliverOf(const Envelope &e)
{
    wire::Deliver d;
    d.envelopeId = e.id;
    d.sender = e.sender;
    d.type = e.type;
    d.ciphertext = e.ciphertext;
    d.commitment = e.commitment;
    d.serverTimeMs = e.serverTimeMs;
    d.frankingTag = e.frankingTag;
    d.facts = e.facts;
    return d;
}

bool isClientRequest(FrameType t)
{
    switch (t) {
    case FrameType::Send:
    case FrameType::DeliverAck:
    case FrameType::DeliverHold:
    case FrameType::PreKeyUpload:
    case FrameType::PreKeyFetch:
    case FrameType::AttachmentPut:
    case FrameType::AttachmentGet:
    case FrameType::ReportSubmit:
    case FrameType::ModerationUpdateAck:
    case FrameType::ReviewRequest:
    case FrameType::ContactPolicy:
    case FrameType::GuardedLink:
    case FrameType::GuardedContacts:
    case FrameType::GuardedRelease:
    case FrameType::GuardedQuery:
        return true;
    default:
        return false;
    }
}

/// The detail of Error(Suspended): until when, in UTC, or "permanently".
QString suspendedDetail(const Ban &ban)
{
    if (!ban.untilMs)
        return QStringLiteral("permanently");
    return QStringLiteral("until ") +
           QDateTime::fromMSecsSinceEpoch(*ban.untilMs, Qt::UTC).toString(Qt::ISODate);
}

} // namespace

/// One WebSocket connection and where it is in the conversation.
struct Connection {
    /// Suspended: the account proved its identity but moderation suspended
    /// or banned it; it may only receive and acknowledge its moderation
    /// updates and request a review until the grace period ends.
    enum class State {
        AwaitHello,
        AwaitAuthenticate,
        Authenticating,
        Authenticated,
        Suspended,
        Closing
    };

    quint64 id = 0;
    QWebSocket *socket = nullptr;
    /// The TCP (or TLS) socket under `socket`: over TLS, what waits to be
    /// written is counted there (encrypted) as well as in `socket`.
    QPointer<QTcpSocket> transport;
    State state = State::AwaitHello;
    qint64 connectedMs = 0;

    QByteArray nonce; ///< the outstanding challenge; empty once used
    QByteArray identityKey;
    quint32 registrationId = 0;
    QString coveId;
    qint64 accountCreatedMs = 0;
    bool guarded = false;      ///< a child's account in guarded mode
    quint64 authRequestId = 0; ///< the Authenticate being answered

    int badFrames = 0;
    int unexpectedAcks = 0;  ///< DeliverAcks for envelopes not in flight here
    int pendingRequests = 0; ///< requests waiting for the storage thread
    qint64 pendingBytes = 0;
    bool unflushed = false; ///< listed in RelayServer::m_unflushed

    // Delivery. Envelopes move database → `ready` → in flight → acknowledged.
    // `cursor` is the highest envelope id that reached `ready`; envelopes
    // above it are in the database and, unless `overflow`, also arrive live.
    QSet<quint64> inFlight;
    std::deque<Envelope> ready;
    quint64 cursor = 0;
    bool overflow = true; ///< the database may hold envelopes above cursor not in `ready`
    bool loading = false;
    /// An envelope arrived while a backlog load was running; the load may
    /// not have seen it, so another load follows.
    bool arrivedWhileLoading = false;
    /// After refusing a Send (rate limit, busy), every later Send on this
    /// connection is refused too until the refused one comes again (or a
    /// pause passes), so that pipelined messages cannot overtake it.
    QByteArray throttledClientId;
    qint64 throttledUntilMs = 0;
    bool queueEmptySent = false;
    /// The client id of the newest message sent on this connection (see
    /// isNewMessage()); only a new message may be handed out before it is
    /// stored, not a resend.
    QByteArray newestClientId;
    /// Whether the storage stored one of this connection's Sends as new.
    /// Until then its Sends may be resends of what an earlier connection
    /// sent (an app resends its outbox first, in order), and they are all
    /// checked against what was stored before they are handed out.
    bool sendsChecked = false;

    // Moderation.
    quint64 updatesPushedUpTo = 0; ///< the newest moderation update pushed on this connection
    qint64 suspendedAtMs = 0;
    QString suspendedDetail;
};

struct RelayServer::PendingSend {
    quint64 connectionId = 0;
    quint64 requestId = 0;
    QString sender;
    qint64 senderCreatedMs = 0;
    wire::Send send;
    qint64 serverTimeMs = 0;
    std::chrono::steady_clock::time_point received;
    /// Its client id is above every earlier one on its connection.
    bool newest = false;
    /// RelayServer::m_policyGeneration when it arrived.
    quint64 generation = 0;
    /// Assigned when it goes to the storage thread.
    quint64 envelopeId = 0;
    /// Set when it was handed out before it was stored: the tag it was
    /// handed out with, which the storage keeps.
    QByteArray frankingTag;

    [[nodiscard]] bool handedOut() const { return !frankingTag.isEmpty(); }
    [[nodiscard]] QByteArray tagPayload() const
    {
        return protocol::frankingTagPayload(send.commitment, sender.toUtf8(),
                                            send.recipient.toUtf8(), serverTimeMs);
    }
    /// The envelope it becomes, with `tag` and first-contact `facts`.
    [[nodiscard]] Envelope envelope(const RelayConfig &config, QByteArray tag,
                                    std::optional<wire::FirstContactFacts> facts = {}) const
    {
        Envelope e;
        e.id = envelopeId;
        e.recipient = send.recipient;
        e.sender = sender;
        e.clientId = send.clientId;
        e.type = send.type;
        e.ciphertext = send.ciphertext;
        e.commitment = send.commitment;
        e.serverTimeMs = serverTimeMs;
        e.frankingTag = std::move(tag);
        e.facts = facts;
        e.expiresMs = serverTimeMs + config.envelopeTtlMs;
        return e;
    }
};

// ---- Storage tasks ------------------------------------------------------------
// run() executes on the storage thread and touches only the storage and the
// task's own members (plus the immutable configuration and franking key);
// finish() executes on the server's thread.

class SendBatchTask final : public StorageTask {
public:
    SendBatchTask(RelayServer *server, std::vector<RelayServer::PendingSend> items)
        : m_server(server), m_items(std::move(items)), m_results(m_items.size())
    {}

    int weight() const override { return int(m_items.size()); }

    StorageResult<void> run(RelayStorage &storage) override
    {
        const RelayConfig &config = m_server->m_config;
        // One signature stamps the whole batch (see signFrankingTags()); an
        // Ed25519 signature per message would cost more than everything
        // else the relay does for it. A resend's stored tag stays the first.
        // Sends handed out already keep the tag they went out with.
        QList<QByteArray> payloads;
        for (const RelayServer::PendingSend &item : m_items)
            if (!item.handedOut())
                payloads.append(item.tagPayload());
        const QList<QByteArray> tags =
            payloads.isEmpty()
                ? QList<QByteArray>()
                : protocol::signFrankingTags(m_server->m_franking.secretKey, payloads);
        qsizetype nextTag = 0;
        for (std::size_t i = 0; i < m_items.size(); ++i) {
            const RelayServer::PendingSend &item = m_items[i];
            Result &result = m_results[i];
            const wire::Send &s = item.send;
            const QByteArray tag = item.handedOut() ? item.frankingTag : tags.value(nextTag++);

            auto prior = storage.priorSend(item.sender, s.clientId);
            if (!prior)
                return prior.error();
            if (*prior) {
                result.outcome = Outcome::Duplicate;
                result.serverTimeMs = (*prior)->serverTimeMs;
                continue;
            }
            const qint64 now = item.serverTimeMs;
            std::optional<wire::FirstContactFacts> facts;
            if (item.handedOut()) {
                // It went out on this storage's verdict for the pair, with
                // no request from either account since that could change it
                // (RelayServer::isPlain()): checking it again here could
                // refuse nothing, the recipient has it. Stored as it went.
                result.plain = item.sender != s.recipient;
            } else if (auto recipient = storage.account(s.recipient); !recipient) {
                return recipient.error();
            } else if (!*recipient) {
                result.outcome = Outcome::NotFound;
                continue;
            } else if (item.sender != s.recipient) {
                // A guarded child exchanges messages with its guardian and
                // the contacts the guardian approved, and nobody else,
                // whatever the sending app does.
                auto guarded = storage.guardedAllows(item.sender, s.recipient, item.serverTimeMs);
                if (!guarded)
                    return guarded.error();
                if (*guarded == GuardedVerdict::Refused) {
                    result.outcome = Outcome::Refused;
                    continue;
                }
                // Guarded mode keeps count of every message (the guardian
                // sees when the child last talked with each contact), so
                // only other pairs may skip these checks (m_plainPairs).
                result.plain = *guarded == GuardedVerdict::Unguarded;
                // A recipient who chose "contacts only" is not reached by
                // anyone else; the sender learns only that delivery failed.
                auto accepts = storage.acceptsFrom(s.recipient, item.sender);
                if (!accepts)
                    return accepts.error();
                if (!*accepts) {
                    result.outcome = Outcome::Refused;
                    continue;
                }
                auto known = storage.hasContact(item.sender, s.recipient);
                if (!known)
                    return known.error();
                if (!*known) {
                    auto opened = storage.contactsOpenedSince(item.sender, now - kDayMs);
                    if (!opened)
                        return opened.error();
                    const qint64 age = now - item.senderCreatedMs;
                    const int limit = age < config.youngAccountMs
                                          ? config.newConversationsPerDayYoung
                                          : config.newConversationsPerDay;
                    if (config.rateLimits && *opened >= limit) {
                        result.outcome = Outcome::NewConversationLimit;
                        result.limit = limit;
                        continue;
                    }
                    wire::FirstContactFacts f;
                    f.accountAge = ageBucket(age);
                    f.massContact = *opened >= config.massContactThreshold;
                    facts = f;
                    if (auto r = storage.addContact(item.sender, s.recipient, now); !r)
                        return r.error();
                }
            }

            Envelope e = item.envelope(config, tag, facts);
            auto id = storage.insertEnvelope(e);
            if (!id)
                return id.error();
            e.id = *id;
            result.outcome = Outcome::Stored;
            result.serverTimeMs = now;
            result.envelope = std::move(e);
        }
        return {};
    }

    void finish(bool committed) override
    {
        if (!m_announced)
            stopWaiting();
        const auto now = std::chrono::steady_clock::now();
        for (std::size_t i = 0; i < m_items.size(); ++i) {
            const RelayServer::PendingSend &item = m_items[i];
            const Result &result = m_results[i];
            m_server->m_finishedGeneration =
                std::max(m_server->m_finishedGeneration, item.generation);
            m_server->m_sendLatency.add(now - item.received);
            m_server->requestDone(item.connectionId, item.send.ciphertext.size());
            Connection *c = m_server->connection(item.connectionId);
            if (!committed) {
                if (c)
                    m_server->sendError(*c, item.requestId, WireError::Internal,
                                        QStringLiteral("the relay could not store the envelope"));
                continue;
            }
            switch (result.outcome) {
            case Outcome::Stored:
                failPoint("relay.stored"); // durable, the sender not yet told
                if (result.plain) {
                    if (m_server->m_plainPairs.size() >= m_server->m_config.maxPlainPairs)
                        m_server->m_plainPairs.clear(); // relearned as messages pass
                    m_server->m_plainPairs.insert({item.sender, item.send.recipient},
                                                  item.generation);
                }
                [[fallthrough]];
            case Outcome::Duplicate:
                if (c)
                    m_server->send(*c,
                                   wire::SendAck{item.send.clientId, result.serverTimeMs}.toFrame(
                                       item.requestId));
                break;
            case Outcome::NotFound:
                if (c)
                    m_server->sendError(*c, item.requestId, WireError::NotFound,
                                        QStringLiteral("no such account"));
                break;
            case Outcome::Refused:
                if (c)
                    m_server->sendError(*c, item.requestId, WireError::Refused,
                                        QStringLiteral("the message could not be delivered"));
                break;
            case Outcome::NewConversationLimit:
                if (c)
                    m_server->sendError(
                        *c, item.requestId, WireError::NewConversationLimit,
                        QStringLiteral("new conversations are limited to %1 per day")
                            .arg(result.limit));
                break;
            }
        }
    }

    // The recipient gets what was stored as soon as it is committed, while
    // the disk catches up; the sender hears only once it is durable
    // (finish()). Should a crash or a failed sync lose the batch, the sender
    // was never answered and sends again, and the recipient's app drops the
    // second copy (its session has moved on). Envelope ids are never reused
    // across restarts (SqliteRelayStorage::open()), so an id a recipient
    // saw before a crash can never name a different envelope after it.
    void committed() override
    {
        stopWaiting();
        const auto now = std::chrono::steady_clock::now();
        for (std::size_t i = 0; i < m_items.size(); ++i) {
            const RelayServer::PendingSend &item = m_items[i];
            const Result &result = m_results[i];
            if (result.outcome != Outcome::Stored)
                continue;
            if (Connection *c = m_server->connection(item.connectionId))
                c->sendsChecked = true;
            if (item.handedOut())
                continue;
            m_server->m_sendToOffer.add(now - item.received);
            if (Connection *r = m_server->onlineConnection(result.envelope.recipient))
                m_server->offerLive(*r, result.envelope);
        }
    }

private:
    /// The Sends that waited to be stored before they could be handed out
    /// wait no more (RelayServer::m_storing), once, whether or not the batch
    /// committed.
    void stopWaiting()
    {
        m_announced = true;
        for (const RelayServer::PendingSend &item : m_items) {
            if (item.handedOut())
                continue;
            const auto it = m_server->m_storing.find(item.send.recipient);
            if (it != m_server->m_storing.end() && --*it <= 0)
                m_server->m_storing.erase(it);
        }
    }

    enum class Outcome { Stored, Duplicate, NotFound, Refused, NewConversationLimit };
    struct Result {
        Outcome outcome = Outcome::NotFound;
        qint64 serverTimeMs = 0;
        int limit = 0;
        /// The pair passed every check with nothing to add (see RelayServer::m_plainPairs).
        bool plain = false;
        Envelope envelope;
    };
    RelayServer *m_server;
    std::vector<RelayServer::PendingSend> m_items;
    std::vector<Result> m_results;
    bool m_announced = false;
};

class AckBatchTask final : public StorageTask {
public:
    explicit AckBatchTask(std::vector<RelayServer::PendingAck> items) : m_items(std::move(items)) {}

    // Deleting is cheaper than storing, and many deletions in one
    // transaction share pages.
    int weight() const override { return (int(m_items.size()) + 3) / 4; }

    StorageResult<void> run(RelayStorage &storage) override
    {
        // Acks arrive grouped by connection; keep runs of one recipient together.
        std::size_t i = 0;
        while (i < m_items.size()) {
            const QString &recipient = m_items[i].recipient;
            QList<quint64> ids;
            for (; i < m_items.size() && m_items[i].recipient == recipient; ++i)
                ids.append(m_items[i].envelopeId);
            if (auto r = storage.acknowledge(recipient, ids); !r)
                return r.error();
        }
        return {};
    }

    void finish(bool committed) override
    {
        // An acknowledgement that did not commit leaves the envelope stored:
        // it is delivered again on the next connection.
        if (!committed)
            qCWarning(lcRelay) << "storage:" << m_items.size()
                               << "acknowledgements were not stored";
        else
            failPoint("relay.deleted");
    }

private:
    std::vector<RelayServer::PendingAck> m_items;
};

class AuthTask final : public StorageTask {
public:
    AuthTask(RelayServer *server, quint64 connectionId, Account account)
        : m_server(server), m_connectionId(connectionId), m_account(std::move(account))
    {}

    StorageResult<void> run(RelayStorage &storage) override
    {
        auto existing = storage.account(m_account.coveId);
        if (!existing)
            return existing.error();
        if (!*existing) {
            if (auto r = storage.createAccount(m_account); !r)
                return r.error();
        } else if ((*existing)->identityKey != m_account.identityKey) {
            // Another key with the same 80-bit Cove ID: never expected, never allowed.
            m_refused = true;
            return {};
        } else {
            if ((*existing)->registrationId != m_account.registrationId) {
                if (auto r = storage.setRegistrationId(m_account.coveId, m_account.registrationId);
                    !r)
                    return r.error();
            }
            m_account.createdMs = (*existing)->createdMs;
        }
        auto count = storage.preKeyCount(m_account.coveId);
        if (!count)
            return count.error();
        auto spk = storage.signedPreKey(m_account.coveId);
        if (!spk)
            return spk.error();
        m_reply.coveId = m_account.coveId;
        m_reply.preKeyCount = *count;
        m_reply.accountCreatedMs = m_account.createdMs;
        m_reply.hasSignedPreKey = spk->has_value();
        m_reply.maxGroupMembers = quint32(m_server->m_config.maxGroupMembers);
        auto guarded = storage.guardedLink(m_account.coveId);
        if (!guarded)
            return guarded.error();
        m_guarded = guarded->has_value();
        return {};
    }

    void finish(bool committed) override
    {
        if (Connection *c = m_server->connection(m_connectionId))
            c->guarded = m_guarded;
        m_server->onAuthenticated(m_connectionId, committed, m_refused, m_reply);
    }

private:
    RelayServer *m_server;
    quint64 m_connectionId;
    Account m_account;
    bool m_refused = false;
    bool m_guarded = false;
    wire::Authenticated m_reply;
};

class LoadTask final : public StorageTask {
public:
    LoadTask(RelayServer *server, quint64 connectionId, QString recipient, quint64 afterId,
             int limit, qint64 nowMs)
        : m_server(server), m_connectionId(connectionId), m_recipient(std::move(recipient)),
          m_afterId(afterId), m_limit(limit), m_nowMs(nowMs)
    {}

    int weight() const override { return 0; }

    StorageResult<void> run(RelayStorage &storage) override
    {
        auto found = storage.envelopesFor(m_recipient, m_afterId, m_limit, m_nowMs);
        if (!found)
            return found.error();
        m_envelopes = std::move(*found);
        return {};
    }

    // Handed out once the batch committed, like live envelopes (see
    // SendBatchTask::committed()).
    void committed() override
    {
        m_handedOut = true;
        m_server->onBacklogLoaded(m_connectionId, true, std::move(m_envelopes), m_limit);
    }

    void finish(bool committed) override
    {
        // Rows read in a batch that was rolled back may never have existed.
        if (!m_handedOut)
            m_server->onBacklogLoaded(m_connectionId, committed, std::move(m_envelopes), m_limit);
    }

private:
    RelayServer *m_server;
    quint64 m_connectionId;
    QString m_recipient;
    quint64 m_afterId;
    int m_limit;
    qint64 m_nowMs;
    QList<Envelope> m_envelopes;
    bool m_handedOut = false;
};

class PreKeyUploadTask final : public StorageTask {
public:
    PreKeyUploadTask(RelayServer *server, quint64 connectionId, quint64 requestId, QString coveId,
                     wire::PreKeyUpload upload)
        : m_server(server), m_connectionId(connectionId), m_requestId(requestId),
          m_coveId(std::move(coveId)), m_upload(std::move(upload))
    {}

    int weight() const override { return 1 + int(m_upload.preKeys.size()) / 16; }

    StorageResult<void> run(RelayStorage &storage) override
    {
        auto before = storage.preKeyCount(m_coveId);
        if (!before)
            return before.error();
        // An account keeps a bounded stock: every fetch and login counts it.
        // Beyond it the upload is refused whole, signed prekey included.
        m_tooMany = qsizetype(*before) + m_upload.preKeys.size() > kMaxStoredPreKeys;
        if (!m_tooMany) {
            if (m_upload.signedPreKey) {
                if (auto r = storage.setSignedPreKey(m_coveId, *m_upload.signedPreKey); !r)
                    return r.error();
            }
            if (auto r = storage.addPreKeys(m_coveId, m_upload.preKeys); !r)
                return r.error();
        }
        auto count = storage.preKeyCount(m_coveId);
        if (!count)
            return count.error();
        m_count = *count;
        return {};
    }

    void finish(bool committed) override
    {
        m_server->requestDone(m_connectionId, 0);
        Connection *c = m_server->connection(m_connectionId);
        if (!c)
            return;
        if (!committed) {
            m_server->sendError(*c, m_requestId, WireError::Internal,
                                QStringLiteral("the relay could not store the prekeys"));
            return;
        }
        if (m_tooMany) {
            m_server->sendError(*c, m_requestId, WireError::TooLarge,
                                QStringLiteral("the relay keeps at most %1 one-time prekeys per "
                                               "account; %2 are stored")
                                    .arg(kMaxStoredPreKeys)
                                    .arg(m_count));
            return;
        }
        const bool low = m_count < quint32(m_server->m_config.preKeyLowThreshold);
        m_server->send(*c, wire::PreKeyStatus{m_count, low}.toFrame(m_requestId));
    }

private:
    RelayServer *m_server;
    quint64 m_connectionId;
    quint64 m_requestId;
    QString m_coveId;
    wire::PreKeyUpload m_upload;
    quint32 m_count = 0;
    bool m_tooMany = false;
};

/// Stores who may open a conversation with the account (ContactPolicy).
class ContactPolicyTask final : public StorageTask {
public:
    ContactPolicyTask(RelayServer *server, quint64 connectionId, quint64 requestId, QString coveId,
                      wire::ContactPolicy policy)
        : m_server(server), m_connectionId(connectionId), m_requestId(requestId),
          m_coveId(std::move(coveId)), m_policy(std::move(policy))
    {}

    int weight() const override { return 1 + int(m_policy.allowed.size()) / 64; }

    StorageResult<void> run(RelayStorage &storage) override
    {
        return storage.setContactPolicy(m_coveId, m_policy.contactsOnly, m_policy.allowed);
    }

    void finish(bool committed) override
    {
        m_server->requestDone(m_connectionId, 0);
        Connection *c = m_server->connection(m_connectionId);
        if (!c)
            return;
        if (!committed) {
            m_server->sendError(*c, m_requestId, WireError::Internal,
                                QStringLiteral("the relay could not store the contact policy"));
            return;
        }
        const auto count = quint32(m_policy.contactsOnly ? m_policy.allowed.size() : 0);
        m_server->send(*c,
                       wire::ContactPolicyAck{m_policy.contactsOnly, count}.toFrame(m_requestId));
    }

private:
    RelayServer *m_server;
    quint64 m_connectionId;
    quint64 m_requestId;
    QString m_coveId;
    wire::ContactPolicy m_policy;
};

/// Guarded mode: links a child's account to its guardian, changes its
/// approved contacts, ends the link, or reads its state. Every guardian
/// statement is checked against the guardian's key here, so no client can
/// make the relay deliver to a child what the guardian did not approve.
class GuardedTask final : public StorageTask {
public:
    GuardedTask(RelayServer *server, quint64 connectionId, quint64 requestId, QString requester,
                QByteArray requesterKey, protocol::Frame frame)
        : m_server(server), m_connectionId(connectionId), m_requestId(requestId),
          m_requester(std::move(requester)), m_requesterKey(std::move(requesterKey)),
          m_frame(std::move(frame))
    {}

    int weight() const override { return 1 + int(m_frame.body.size()); }

    StorageResult<void> run(RelayStorage &storage) override
    {
        QString child = m_requester;
        switch (m_frame.type) {
        case FrameType::GuardedLink:
            if (auto r = link(storage); !r || m_error)
                return r;
            break;
        case FrameType::GuardedContacts: {
            auto change = wire::GuardedContacts::fromFrame(m_frame);
            child = protocol::normalizeCoveId(change->child);
            if (auto r = changeContacts(storage, child, *change); !r || m_error)
                return r;
            break;
        }
        case FrameType::GuardedRelease:
            if (auto r = release(storage); !r || m_error)
                return r;
            break;
        default: {
            auto query = wire::GuardedQuery::fromFrame(m_frame);
            child = protocol::normalizeCoveId(query->child);
            auto link = storage.guardedLink(child);
            if (!link)
                return link.error();
            if (child != m_requester && (!*link || (*link)->guardian != m_requester))
                return fail(WireError::Refused, "only the account or its guardian may ask");
            break;
        }
        }
        return state(storage, child);
    }

    void finish(bool committed) override
    {
        m_server->requestDone(m_connectionId, 0);
        Connection *c = m_server->connection(m_connectionId);
        if (!c)
            return;
        if (!committed)
            return m_server->sendError(*c, m_requestId, WireError::Internal,
                                       QStringLiteral("the relay could not store guarded mode"));
        if (m_error)
            return m_server->sendError(*c, m_requestId, m_error->first, m_error->second);
        if (m_state.child == m_requester)
            c->guarded = m_state.guarded;
        m_server->send(*c, m_state.toFrame(m_requestId));
    }

private:
    StorageResult<void> fail(WireError code, const char *detail)
    {
        m_error = std::make_pair(code, QString::fromLatin1(detail));
        return {};
    }

    StorageResult<void> link(RelayStorage &storage)
    {
        auto link = wire::GuardedLink::fromFrame(m_frame);
        const QString guardian = protocol::coveIdForIdentityKey(link->guardianKey);
        if (guardian == m_requester)
            return fail(WireError::Refused, "an account cannot be its own guardian");
        const QByteArray payload =
            protocol::guardianLinkPayload(m_requesterKey, link->guardianKey, link->linkedAtMs);
        if (!protocol::verifyGuardianSignature(m_context, link->guardianKey, payload,
                                               link->signature))
            return fail(WireError::BadSignature, "the guardian's signature does not verify");
        auto account = storage.account(guardian);
        if (!account)
            return account.error();
        if (!*account || (*account)->identityKey != link->guardianKey)
            return fail(WireError::NotFound, "the guardian has no account on this relay");
        auto current = storage.guardedLink(m_requester);
        if (!current)
            return current.error();
        // Another guardian takes over only once the first one released the
        // child: otherwise a child could escape by pairing with an account
        // of their own.
        if (*current && (*current)->guardian != guardian)
            return fail(WireError::Refused, "another guardian governs this account");
        return storage.setGuardedLink(
            GuardedLink{m_requester, guardian, link->guardianKey, link->linkedAtMs});
    }

    StorageResult<void> changeContacts(RelayStorage &storage, const QString &child,
                                       const wire::GuardedContacts &change)
    {
        if (child.isEmpty())
            return fail(WireError::BadFrame, "the child is not a Cove ID");
        auto link = storage.guardedLink(child);
        if (!link)
            return link.error();
        if (!*link)
            return fail(WireError::NotFound, "the account is not guarded");
        if (child != m_requester && (*link)->guardian != m_requester)
            return fail(WireError::Refused, "only the account or its guardian may change it");
        auto account = storage.account(child);
        if (!account)
            return account.error();
        if (!*account)
            return fail(WireError::NotFound, "no such account");
        for (const QString &typed : change.remove) {
            const QString contact = protocol::normalizeCoveId(typed);
            if (contact.isEmpty())
                return fail(WireError::BadFrame, "a removal is not a Cove ID");
            if (auto r = storage.removeGuardedContact(child, contact); !r)
                return r;
        }
        for (const wire::GuardedApproval &a : change.add) {
            const QString contact = protocol::normalizeCoveId(a.contactId);
            if (contact.isEmpty() || contact != a.contactId || contact == child)
                return fail(WireError::BadFrame, "an approval names no other account");
            const QByteArray payload =
                protocol::guardianApprovalPayload((*account)->identityKey, contact, a.approvedAtMs);
            if (!protocol::verifyGuardianSignature(m_context, (*link)->guardianKey, payload,
                                                   a.signature))
                return fail(WireError::BadSignature, "an approval is not the guardian's");
            auto added =
                storage.addGuardedContact(child, contact, protocol::crypto::sha256(a.signature));
            if (!added)
                return added.error();
            if (!*added)
                return fail(WireError::Refused, "an approval was withdrawn before");
        }
        return {};
    }

    StorageResult<void> release(RelayStorage &storage)
    {
        auto release = wire::GuardedRelease::fromFrame(m_frame);
        auto link = storage.guardedLink(m_requester);
        if (!link)
            return link.error();
        if (!*link)
            return fail(WireError::NotFound, "the account is not guarded");
        const QByteArray payload =
            protocol::guardianReleasePayload(m_requesterKey, (*link)->linkedAtMs);
        if (release->linkedAtMs != (*link)->linkedAtMs ||
            !protocol::verifyGuardianSignature(m_context, (*link)->guardianKey, payload,
                                               release->signature))
            return fail(WireError::BadSignature, "the release is not the guardian's");
        return storage.endGuardedLink(m_requester);
    }

    StorageResult<void> state(RelayStorage &storage, const QString &child)
    {
        m_state.child = child;
        auto link = storage.guardedLink(child);
        if (!link)
            return link.error();
        m_state.guarded = link->has_value();
        if (!*link)
            return {};
        m_state.guardian = (*link)->guardian;
        m_state.linkedAtMs = (*link)->linkedAtMs;
        auto contacts = storage.guardedContacts(child);
        if (!contacts)
            return contacts.error();
        m_state.contacts = std::move(*contacts);
        auto refused = storage.guardedRefusals(child, int(wire::kMaxGuardedRefusals));
        if (!refused)
            return refused.error();
        m_state.refused = std::move(*refused);
        return {};
    }

    RelayServer *m_server;
    quint64 m_connectionId;
    quint64 m_requestId;
    QString m_requester;
    QByteArray m_requesterKey;
    protocol::Frame m_frame;
    protocol::Context m_context; ///< XEdDSA checks on the storage thread
    std::optional<std::pair<WireError, QString>> m_error;
    wire::GuardedState m_state;
};

class PreKeyFetchTask final : public StorageTask {
public:
    PreKeyFetchTask(RelayServer *server, quint64 connectionId, quint64 requestId, QString target)
        : m_server(server), m_connectionId(connectionId), m_requestId(requestId),
          m_target(std::move(target))
    {}

    StorageResult<void> run(RelayStorage &storage) override
    {
        auto account = storage.account(m_target);
        if (!account)
            return account.error();
        if (!*account) {
            m_error = WireError::NotFound;
            return {};
        }
        auto spk = storage.signedPreKey(m_target);
        if (!spk)
            return spk.error();
        if (!*spk) {
            m_error = WireError::NoPreKeys;
            return {};
        }
        auto before = storage.preKeyCount(m_target);
        if (!before)
            return before.error();
        auto taken = storage.takePreKey(m_target);
        if (!taken)
            return taken.error();
        m_countBefore = *before;
        m_countAfter = *before - (taken->has_value() ? 1 : 0);
        m_reply.coveId = m_target;
        m_reply.identityKey = (*account)->identityKey;
        m_reply.registrationId = (*account)->registrationId;
        m_reply.signedPreKey = **spk;
        m_reply.preKey = *taken;
        return {};
    }

    void finish(bool committed) override
    {
        m_server->requestDone(m_connectionId, 0);
        if (Connection *c = m_server->connection(m_connectionId)) {
            if (!committed)
                m_server->sendError(*c, m_requestId, WireError::Internal,
                                    QStringLiteral("the relay could not read the prekeys"));
            else if (m_error == WireError::NotFound)
                m_server->sendError(*c, m_requestId, WireError::NotFound,
                                    QStringLiteral("no such account"));
            else if (m_error == WireError::NoPreKeys)
                m_server->sendError(*c, m_requestId, WireError::NoPreKeys,
                                    QStringLiteral("the account has published no signed prekey"));
            else
                m_server->send(*c, m_reply.toFrame(m_requestId));
        }
        if (!committed || m_error)
            return;
        // Tell the owner when its stock falls below the threshold, and again
        // when it runs out.
        const auto threshold = quint32(m_server->m_config.preKeyLowThreshold);
        const bool crossed = m_countBefore >= threshold && m_countAfter < threshold;
        const bool ranOut = m_countBefore > 0 && m_countAfter == 0;
        if (crossed || ranOut)
            m_server->notifyPreKeysLow(m_target, m_countAfter);
    }

private:
    RelayServer *m_server;
    quint64 m_connectionId;
    quint64 m_requestId;
    QString m_target;
    std::optional<WireError> m_error;
    quint32 m_countBefore = 0;
    quint32 m_countAfter = 0;
    wire::PreKeyBundleReply m_reply;
};

/// A blob request answered after the storage thread ran it: an error
/// found while running, the reply frame, or Internal when the storage failed.
class BlobTask : public StorageTask {
protected:
    BlobTask(RelayServer *server, quint64 connectionId, quint64 requestId)
        : m_server(server), m_connectionId(connectionId), m_requestId(requestId)
    {}

    StorageResult<void> fail(WireError error, QString detail)
    {
        m_error = error;
        m_detail = std::move(detail);
        return {};
    }

    void reply(bool committed, qint64 bytes, const QString &storageFailure,
               const protocol::Frame &answer)
    {
        m_server->requestDone(m_connectionId, bytes);
        Connection *c = m_server->connection(m_connectionId);
        if (!c)
            return;
        if (!committed)
            m_server->sendError(*c, m_requestId, WireError::Internal, storageFailure);
        else if (m_error)
            m_server->sendError(*c, m_requestId, *m_error, m_detail);
        else
            m_server->send(*c, answer);
    }

    RelayServer *m_server;
    quint64 m_connectionId;
    quint64 m_requestId;
    std::optional<WireError> m_error;
    QString m_detail;
};

class BlobPutTask final : public BlobTask {
public:
    BlobPutTask(RelayServer *server, quint64 connectionId, quint64 requestId, QString uploader,
                wire::AttachmentPut put, bool isNew, qint64 nowMs)
        : BlobTask(server, connectionId, requestId), m_uploader(std::move(uploader)),
          m_put(std::move(put)), m_isNew(isNew), m_nowMs(nowMs)
    {}

    StorageResult<void> run(RelayStorage &storage) override
    {
        if (m_isNew) {
            BlobInfo b;
            b.id = m_put.blobId;
            b.uploader = m_uploader;
            b.totalSize = m_put.totalSize;
            b.createdMs = m_nowMs;
            b.expiresMs = m_nowMs + m_server->m_config.attachmentTtlMs;
            if (auto r = storage.createBlob(b); !r)
                return fail(WireError::Internal, QStringLiteral("the relay could not store it"));
        } else {
            auto found = storage.blob(m_put.blobId);
            if (!found)
                return found.error();
            if (!*found || (*found)->uploader != m_uploader)
                return fail(WireError::NotFound, QStringLiteral("no such upload"));
            const BlobInfo &b = **found;
            if (b.expiresMs <= m_nowMs)
                return fail(WireError::Expired, QStringLiteral("the upload expired"));
            if (b.complete)
                return fail(WireError::BadFrame, QStringLiteral("the upload is complete already"));
            if (b.totalSize != m_put.totalSize)
                return fail(WireError::BadFrame,
                            QStringLiteral("total size differs from the first chunk"));
            if (b.received != m_put.offset)
                return fail(
                    WireError::BadFrame,
                    QStringLiteral("chunk out of order: expected offset %1").arg(b.received));
        }
        // A failed file write changed no row: it fails this request only.
        auto appended = storage.appendBlob(m_put.blobId, m_put.offset, m_put.data);
        if (!appended)
            return fail(WireError::Internal, QStringLiteral("the relay could not store it"));
        m_ack.blobId = m_put.blobId;
        m_ack.received = appended->received;
        m_ack.complete = appended->complete;
        return {};
    }

    void finish(bool committed) override
    {
        reply(committed, m_put.data.size(), QStringLiteral("the relay could not store the chunk"),
              m_ack.toFrame(m_requestId));
    }

private:
    QString m_uploader;
    wire::AttachmentPut m_put;
    bool m_isNew;
    qint64 m_nowMs;
    wire::AttachmentPutAck m_ack;
};

class BlobGetTask final : public BlobTask {
public:
    BlobGetTask(RelayServer *server, quint64 connectionId, quint64 requestId,
                wire::AttachmentGet get, qint64 nowMs)
        : BlobTask(server, connectionId, requestId), m_get(std::move(get)), m_nowMs(nowMs)
    {}

    int weight() const override { return 0; }

    StorageResult<void> run(RelayStorage &storage) override
    {
        auto found = storage.blob(m_get.blobId);
        if (!found)
            return found.error();
        if (!*found)
            return fail(WireError::NotFound, QStringLiteral("no such attachment"));
        const BlobInfo &b = **found;
        if (b.expiresMs <= m_nowMs)
            return fail(WireError::Expired, QStringLiteral("the attachment expired"));
        if (!b.complete)
            return fail(WireError::NotFound, QStringLiteral("the attachment is not complete"));
        if (m_get.offset > b.totalSize)
            return fail(WireError::BadFrame, QStringLiteral("offset beyond the attachment"));
        const auto length = qint64(
            std::min<quint64>(quint64(wire::kAttachmentChunkSize), b.totalSize - m_get.offset));
        auto bytes = storage.readBlob(m_get.blobId, m_get.offset, length);
        if (!bytes || bytes->size() != length)
            return fail(WireError::Internal, QStringLiteral("the relay could not read it"));
        m_data.blobId = m_get.blobId;
        m_data.offset = m_get.offset;
        m_data.data = std::move(*bytes);
        m_data.totalSize = b.totalSize;
        return {};
    }

    void finish(bool committed) override
    {
        reply(committed, wire::kAttachmentChunkSize,
              QStringLiteral("the relay could not read the attachment"),
              m_data.toFrame(m_requestId));
    }

private:
    wire::AttachmentGet m_get;
    qint64 m_nowMs;
    wire::AttachmentData m_data;
};

class PurgeTask final : public StorageTask {
public:
    PurgeTask(RelayServer *server, qint64 nowMs) : m_server(server), m_nowMs(nowMs) {}

    StorageResult<void> run(RelayStorage &storage) override
    {
        auto counts = storage.purgeExpired(m_nowMs);
        if (!counts)
            return counts.error();
        m_counts = *counts;
        return {};
    }

    void finish(bool committed) override
    {
        if (!committed)
            return;
        if (m_counts.envelopes || m_counts.blobs)
            qCInfo(lcRelay) << "purged" << m_counts.envelopes << "expired envelopes and"
                            << m_counts.blobs << "attachments";
        Q_EMIT m_server->purged(m_counts.envelopes, m_counts.blobs);
    }

private:
    RelayServer *m_server;
    qint64 m_nowMs;
    PurgeCounts m_counts;
};

// ---- RelayServer ------------------------------------------------------------------

RelayServer::RelayServer(RelayConfig config, std::unique_ptr<RelayStorage> storage,
                         protocol::FrankingKeyPair franking, QObject *parent)
    : QObject(parent), m_config(config), m_franking(std::move(franking)),
      m_messageLimiter(config.messagesPerMinute), m_fetchLimiter(config.preKeyFetchesPerMinute),
      m_attachmentLimiter(config.attachmentsPerMinute)
{
    const EnvelopeIds ids = storage->envelopeIds();
    m_lastEnvelopeId = ids.first;
    m_envelopeIdLimit = ids.limit;
    m_worker = std::make_unique<StorageWorker>(std::move(storage), this, m_config.maxBatch,
                                               m_config.commitLingerMs, m_config.busyLingerMs);
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(0);
    connect(&m_flushTimer, &QTimer::timeout, this, &RelayServer::flushWrites);
    m_ackTimer.setSingleShot(true);
    m_ackTimer.setInterval(std::max(0, m_config.ackLingerMs));
    connect(&m_ackTimer, &QTimer::timeout, this, &RelayServer::flushAcks);
    m_sweepTimer.setInterval(std::clamp(m_config.handshakeTimeoutMs / 4, 50, 1000));
    connect(&m_sweepTimer, &QTimer::timeout, this, &RelayServer::sweepHandshakes);
    m_purgeTimer.setInterval(int(std::clamp<qint64>(m_config.purgeIntervalMs, 100, kDayMs)));
    connect(&m_purgeTimer, &QTimer::timeout, this, &RelayServer::purgeNow);
    m_moderationTimer.setInterval(std::max(10, m_config.moderationSweepMs));
    connect(&m_moderationTimer, &QTimer::timeout, this, &RelayServer::sweepModeration);
}

RelayServer::~RelayServer()
{
    shutdown();
    for (Connection *c : std::as_const(m_connections)) {
        c->socket->disconnect(this);
        c->socket->abort();
        delete c->socket;
        delete c;
    }
    m_connections.clear();
}

void RelayServer::setSslConfiguration(const QSslConfiguration &configuration)
{
    m_ssl = configuration;
}

void RelayServer::setModeration(std::unique_ptr<ModerationDesk> desk)
{
    m_moderation = std::move(desk);
    m_moderationCursor = {};
    if (!m_moderation) {
        m_moderationTimer.stop();
        return;
    }
    if (m_listener && m_listener->isListening() && !m_shutDown)
        m_moderationTimer.start();
    // Updates written before now reach their accounts when they authenticate.
    DeskResult<SweepCursor> cursor = m_moderation->sweepCursor();
    if (cursor)
        m_moderationCursor = *cursor;
    else
        qCWarning(lcRelay).noquote() << "moderation:" << cursor.error().detail;
}

QByteArray RelayServer::moderationPublicKey() const
{
    return m_moderation ? m_moderation->moderationPublicKey() : QByteArray();
}

quint16 RelayServer::listen(const QHostAddress &address, quint16 port)
{
    if (m_shutDown) {
        m_error = QStringLiteral("the relay was shut down");
        return 0;
    }
    if (!m_server) {
        // The relay accepts TCP (and does TLS) itself and hands the sockets
        // to QWebSocketServer, so that it can turn Nagle's algorithm off:
        // small frames (acks, envelopes) must not wait for the peer's
        // delayed ACK.
        m_server = new QWebSocketServer(QStringLiteral("cove-relay"),
                                        QWebSocketServer::NonSecureMode, this);
        m_server->setHandshakeTimeout(m_config.handshakeTimeoutMs);
        connect(m_server, &QWebSocketServer::newConnection, this, &RelayServer::onNewConnection);
        if (m_ssl) {
            auto *tls = new QSslServer(this);
            tls->setSslConfiguration(*m_ssl);
            tls->setHandshakeTimeout(m_config.handshakeTimeoutMs);
            connect(tls, &QSslServer::errorOccurred, this,
                    [](QSslSocket *, QAbstractSocket::SocketError e) {
                        qCInfo(lcRelay) << "a TLS handshake failed:" << e;
                    });
            m_listener = tls;
        } else {
            m_listener = new QTcpServer(this);
        }
        m_listener->setMaxPendingConnections(1024);
        connect(m_listener, &QTcpServer::pendingConnectionAvailable, this,
                &RelayServer::onTcpConnection);
        connect(m_listener, &QTcpServer::acceptError, this, [](QAbstractSocket::SocketError e) {
            qCWarning(lcRelay) << "accepting a connection failed:" << e;
        });
    }
    if (!m_listener->listen(address, port)) {
        m_error = m_listener->errorString();
        qCWarning(lcRelay) << "cannot listen on" << address.toString() << port << ":" << m_error;
        return 0;
    }
    if (auto *dispatcher = QAbstractEventDispatcher::instance(thread()))
        connect(dispatcher, &QAbstractEventDispatcher::aboutToBlock, this,
                &RelayServer::flushSockets, Qt::UniqueConnection);
    m_sweepTimer.start();
    m_purgeTimer.start();
    if (m_moderation)
        m_moderationTimer.start();
    qCInfo(lcRelay).noquote() << "listening on"
                              << QString(address.toString() + QLatin1Char(':') +
                                         QString::number(m_listener->serverPort()))
                              << (m_ssl ? "(wss)" : "(ws)");
    return m_listener->serverPort();
}

void RelayServer::onTcpConnection()
{
    while (m_listener && m_listener->hasPendingConnections()) {
        QTcpSocket *socket = m_listener->nextPendingConnection();
        if (!socket)
            break;
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        if (m_shutDown) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        m_accepted.insert(transportKey(socket->peerAddress(), socket->peerPort()), socket);
        m_server->handleConnection(socket);
    }
}

QString RelayServer::transportKey(const QHostAddress &address, quint16 port)
{
    return address.toString() + QLatin1Char('/') + QString::number(port);
}

qint64 RelayServer::outgoingBytes(const Connection &c)
{
    qint64 bytes = c.socket->bytesToWrite();
    if (const auto *tls = qobject_cast<const QSslSocket *>(c.transport.data()))
        bytes += tls->encryptedBytesToWrite();
    return bytes;
}

quint16 RelayServer::port() const
{
    return m_listener ? m_listener->serverPort() : 0;
}

void RelayServer::shutdown()
{
    if (m_shutDown)
        return;
    m_shutDown = true;
    if (m_listener)
        m_listener->close();
    m_sweepTimer.stop();
    m_purgeTimer.stop();
    m_moderationTimer.stop();
    flushWrites();
    flushAcks();
    const QList<Connection *> open = m_connections.values();
    for (Connection *c : open) {
        if (c->state != Connection::State::Closing)
            closeConnection(*c, QWebSocketProtocol::CloseCodeGoingAway,
                            QStringLiteral("the relay is shutting down"));
    }
    m_worker->stop(); // stores everything posted, then closes the database
    logStatistics("shut down;");
}

void RelayServer::reportStatistics()
{
    logStatistics("statistics since the last report;");
}

void RelayServer::logStatistics(const char *what)
{
    // Read and restarted together, so that consecutive reports add up.
    const StorageWorker::Statistics s = m_worker->takeStatistics();
    const Timing::Figures sends = m_sendLatency.take();
    const Timing::Figures offers = m_sendToOffer.take();
    qCInfo(lcRelay) << what << "transactions committed:" << s.batches << "writes:" << s.writes
                    << "mean run us:" << s.run.meanMicros()
                    << "mean commit us:" << s.commit.meanMicros()
                    << "max commit us:" << s.commit.maxMicros
                    << "mean queued us:" << s.queued.meanMicros()
                    << "max queued us:" << s.queued.maxMicros << "syncs:" << s.sync.count
                    << "mean sync us:" << s.sync.meanMicros() << "max sync us:" << s.sync.maxMicros
                    << "sends answered:" << sends.count
                    << "mean send to answer us:" << sends.meanMicros()
                    << "max send to answer us:" << sends.maxMicros
                    << "mean finish wait us:" << s.finishWait.meanMicros()
                    << "max finish wait us:" << s.finishWait.maxMicros
                    << "mean send to hand-out us:" << offers.meanMicros()
                    << "max send to hand-out us:" << offers.maxMicros
                    << "mean committed wait us:" << s.committedWait.meanMicros()
                    << "max committed wait us:" << s.committedWait.maxMicros
                    << "handed out before stored:"
                    << m_handedOutEarly - std::exchange(m_handedOutEarlyReported, m_handedOutEarly);
}

RelayServer::StorageStats RelayServer::storageStats() const
{
    return {m_worker->batchesCommitted(), m_worker->writesCommitted(), m_handedOutEarly};
}

void RelayServer::purgeNow()
{
    if (!m_shutDown)
        postTask(std::make_unique<PurgeTask>(this, now()));
    m_messageLimiter.prune(now());
    m_fetchLimiter.prune(now());
    m_attachmentLimiter.prune(now());
}

qint64 RelayServer::now() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

Connection *RelayServer::connection(quint64 id) const
{
    Connection *c = m_connections.value(id, nullptr);
    return c && c->state != Connection::State::Closing ? c : nullptr;
}

Connection *RelayServer::onlineConnection(const QString &coveId) const
{
    const auto it = m_online.constFind(coveId);
    return it == m_online.constEnd() ? nullptr : connection(*it);
}

void RelayServer::postTask(std::unique_ptr<StorageTask> task)
{
    // Writes already waiting go first, so the storage sees requests in the
    // order they arrived.
    flushWrites();
    m_worker->post(std::move(task));
}

// ---- Connections --------------------------------------------------------------------

void RelayServer::onNewConnection()
{
    while (m_server && m_server->hasPendingConnections()) {
        QWebSocket *socket = m_server->nextPendingConnection();
        if (!socket)
            break;
        if (m_shutDown || int(m_connections.size()) >= m_config.maxConnections) {
            socket->close(kCloseTooManyConnections, QStringLiteral("the relay is full"));
            connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
            continue;
        }
        socket->setParent(this);
        socket->setMaxAllowedIncomingFrameSize(quint64(protocol::kMaxFrameSize));
        socket->setMaxAllowedIncomingMessageSize(quint64(protocol::kMaxFrameSize));

        auto *c = new Connection;
        c->id = m_nextConnectionId++;
        c->socket = socket;
        c->transport = m_accepted.take(transportKey(socket->peerAddress(), socket->peerPort()));
        c->connectedMs = now();
        m_connections.insert(c->id, c);

        const quint64 id = c->id;
        connect(socket, &QWebSocket::binaryMessageReceived, this,
                [this, id](const QByteArray &message) { onBinaryMessage(id, message); });
        connect(socket, &QWebSocket::textMessageReceived, this,
                [this, id](const QString &) { onTextMessage(id); });
        connect(socket, &QWebSocket::disconnected, this, [this, id] { onDisconnected(id); });
        connect(socket, &QWebSocket::bytesWritten, this,
                [this, id](qint64) { onBytesWritten(id); });
    }
}

void RelayServer::onDisconnected(quint64 connectionId)
{
    Connection *c = m_connections.take(connectionId);
    if (!c)
        return;
    if (!c->coveId.isEmpty()) {
        const auto it = m_online.find(c->coveId);
        if (it != m_online.end() && *it == connectionId)
            m_online.erase(it);
    }
    c->socket->disconnect(this);
    c->socket->deleteLater();
    delete c;
}

void RelayServer::onBytesWritten(quint64 connectionId)
{
    Connection *c = connection(connectionId);
    if (c && c->state == Connection::State::Authenticated && !c->ready.empty())
        pump(*c);
}

void RelayServer::sweepHandshakes()
{
    // Qt answers WebSocket pings itself, so a peer that pings and never
    // reads fills the outgoing buffer without a frame the relay sees.
    QList<Connection *> stuck;
    for (Connection *c : std::as_const(m_connections))
        if (outgoingBytes(*c) > 4 * m_config.maxOutgoingBytes)
            stuck.append(c);
    for (Connection *c : stuck)
        dropConnection(*c, "its peer does not read");
    // Sockets accepted whose WebSocket handshake failed are gone.
    m_accepted.removeIf([](const auto &it) { return it.value().isNull(); });

    const qint64 deadline = now() - m_config.handshakeTimeoutMs;
    QList<Connection *> late;
    for (Connection *c : std::as_const(m_connections)) {
        const bool handshaking = c->state == Connection::State::AwaitHello ||
                                 c->state == Connection::State::AwaitAuthenticate;
        if (handshaking && c->connectedMs < deadline)
            late.append(c);
    }
    for (Connection *c : late)
        closeConnection(*c, QWebSocketProtocol::CloseCodePolicyViolated,
                        QStringLiteral("authentication did not complete in time"));

    const qint64 graceEnd = now() - m_config.suspendedGraceMs;
    QList<Connection *> suspended;
    for (Connection *c : std::as_const(m_connections)) {
        if (c->state == Connection::State::Suspended && c->suspendedAtMs < graceEnd)
            suspended.append(c);
    }
    for (Connection *c : suspended)
        closeConnection(*c, QWebSocketProtocol::CloseCodePolicyViolated,
                        QStringLiteral("the account is suspended"));
}

void RelayServer::closeConnection(Connection &c, QWebSocketProtocol::CloseCode closeCode,
                                  const QString &reason)
{
    if (c.state == Connection::State::Closing)
        return;
    c.state = Connection::State::Closing;
    if (!c.coveId.isEmpty()) {
        const auto it = m_online.find(c.coveId);
        if (it != m_online.end() && *it == c.id)
            m_online.erase(it);
    }
    c.ready.clear();
    c.inFlight.clear();
    // Closing may tell of the disconnection at once, which ends `c`.
    const QPointer<QWebSocket> socket = c.socket;
    socket->close(closeCode, reason);
    // A peer that does not read would keep a closing socket, and all it
    // holds, for ever: after a grace period the connection is cut.
    if (socket)
        QTimer::singleShot(kCloseGraceMs, socket, [socket] { socket->abort(); });
}

void RelayServer::dropConnection(Connection &c, const char *why)
{
    qCInfo(lcRelay) << "dropped a connection:" << why;
    const QPointer<QWebSocket> socket = c.socket;
    closeConnection(c, QWebSocketProtocol::CloseCodePolicyViolated, QString::fromLatin1(why));
    if (socket)
        socket->abort(); // nothing more reaches a peer that does not read
}

bool RelayServer::send(Connection &c, const Frame &frame)
{
    if (c.state == Connection::State::Closing)
        return false;
    c.socket->sendBinaryMessage(protocol::encodeFrame(frame));
    if (!c.unflushed) {
        c.unflushed = true;
        m_unflushed.push_back(c.id);
    }
    return true;
}

// A socket writes what it was given when its write notifier fires, on the
// next turn of the event loop: a turn later than needed, and with two
// changes of what the loop waits for. Writing it before the loop waits
// instead takes that turn out of every frame's way, and lets the epoll
// dispatcher skip telling the kernel about the notifier at all.
void RelayServer::flushSockets()
{
    // Flushing can lead to more frames (bytesWritten pumps the next
    // envelopes), so a few passes; anything left goes with the write
    // notifier.
    for (int pass = 0; pass < 4 && !m_unflushed.empty(); ++pass) {
        const std::vector<quint64> ids = std::exchange(m_unflushed, {});
        for (const quint64 id : ids) {
            Connection *c = m_connections.value(id, nullptr);
            if (!c)
                continue;
            c->unflushed = false;
            c->socket->flush();
        }
    }
}

void RelayServer::sendError(Connection &c, quint64 requestId, WireError error,
                            const QString &detail)
{
    send(c, protocol::makeErrorFrame(requestId, error, detail));
}

void RelayServer::badFrame(Connection &c, quint64 requestId, WireError error, const QString &detail)
{
    sendError(c, requestId, error, detail);
    if (++c.badFrames >= m_config.maxBadFrames)
        closeConnection(c, QWebSocketProtocol::CloseCodePolicyViolated,
                        QStringLiteral("too many bad frames"));
}

void RelayServer::refuse(Connection &c, quint64 requestId, WireError error, const QString &detail)
{
    sendError(c, requestId, error, detail);
    closeConnection(c, QWebSocketProtocol::CloseCodePolicyViolated, detail);
}

bool RelayServer::admitRequest(Connection &c, quint64 requestId, qint64 bytes)
{
    if (c.pendingRequests >= m_config.maxPendingRequests ||
        (c.pendingRequests > 0 && c.pendingBytes + bytes > m_config.maxPendingBytes)) {
        sendError(c, requestId, WireError::Busy,
                  QStringLiteral("too many requests in progress; wait for replies"));
        return false;
    }
    ++c.pendingRequests;
    c.pendingBytes += bytes;
    return true;
}

void RelayServer::requestDone(quint64 connectionId, qint64 bytes)
{
    if (Connection *c = m_connections.value(connectionId, nullptr)) {
        --c->pendingRequests;
        c->pendingBytes -= bytes;
    }
}

// ---- Frames --------------------------------------------------------------------------

void RelayServer::onTextMessage(quint64 connectionId)
{
    if (Connection *c = connection(connectionId))
        badFrame(*c, 0, WireError::BadFrame,
                 QStringLiteral("text messages are not part of the protocol; send binary frames"));
}

void RelayServer::onBinaryMessage(quint64 connectionId, const QByteArray &message)
{
    Connection *c = connection(connectionId);
    if (!c)
        return;
    // Every request gets a reply: a client that keeps sending and never
    // reads would make the relay buffer replies without end.
    if (outgoingBytes(*c) > 4 * m_config.maxOutgoingBytes)
        return dropConnection(*c, "the client does not read its replies");
    protocol::Result<Frame> frame = protocol::decodeFrame(message);
    if (!frame) {
        switch (frame.code()) {
        case protocol::ErrorCode::UnsupportedVersion:
            badFrame(*c, 0, WireError::UnsupportedVersion, frame.error().detail);
            break;
        case protocol::ErrorCode::TooLarge:
            badFrame(*c, 0, WireError::TooLarge, frame.error().detail);
            break;
        default:
            badFrame(*c, 0, WireError::BadFrame,
                     QStringLiteral("not a frame: ") + frame.error().detail);
            break;
        }
        return;
    }
    dispatch(*c, *frame);
}

void RelayServer::dispatch(Connection &c, const Frame &frame)
{
    const FrameType type = frame.type;
    if (type == FrameType::Ping) {
        send(c, Frame{FrameType::Pong, frame.requestId, {}});
        return;
    }
    if (type == FrameType::Pong)
        return;
    if (c.state == Connection::State::Suspended)
        return dispatchSuspended(c, frame);

    if (c.state == Connection::State::Authenticated) {
        switch (type) {
        case FrameType::Send:
            return handleSend(c, frame);
        case FrameType::DeliverAck:
            return handleDeliverAck(c, frame);
        case FrameType::DeliverHold: {
            // Kept for the next connection; the window moves on.
            protocol::Result<wire::DeliverHold> hold = wire::DeliverHold::fromFrame(frame);
            if (!hold)
                return badFrame(c, frame.requestId, WireError::BadFrame, hold.error().detail);
            c.inFlight.remove(hold->envelopeId);
            return pump(c);
        }
        case FrameType::PreKeyUpload:
            return handlePreKeyUpload(c, frame);
        case FrameType::PreKeyFetch:
            return handlePreKeyFetch(c, frame);
        case FrameType::AttachmentPut:
            return handleAttachmentPut(c, frame);
        case FrameType::AttachmentGet:
            return handleAttachmentGet(c, frame);
        case FrameType::ReportSubmit:
            return handleReportSubmit(c, frame);
        case FrameType::ReviewRequest:
            return handleReviewRequest(c, frame);
        case FrameType::ModerationUpdateAck:
            return handleModerationUpdateAck(c, frame);
        case FrameType::ContactPolicy:
            return handleContactPolicy(c, frame);
        case FrameType::GuardedLink:
        case FrameType::GuardedContacts:
        case FrameType::GuardedRelease:
        case FrameType::GuardedQuery:
            return handleGuarded(c, frame);
        case FrameType::Hello:
            return refuse(c, frame.requestId, WireError::BadFrame,
                          QStringLiteral("Hello after authentication"));
        case FrameType::Authenticate:
            return refuse(c, frame.requestId, WireError::NotAuthenticated,
                          QStringLiteral("no challenge is outstanding"));
        default:
            break;
        }
    } else {
        switch (type) {
        case FrameType::Hello:
            return handleHello(c, frame);
        case FrameType::Authenticate:
            return handleAuthenticate(c, frame);
        default:
            if (isClientRequest(type))
                return badFrame(c, frame.requestId, WireError::NotAuthenticated,
                                QStringLiteral("authenticate first"));
            break;
        }
    }
    badFrame(c, frame.requestId, WireError::BadFrame, QStringLiteral("not a frame a client sends"));
}

void RelayServer::handleHello(Connection &c, const Frame &frame)
{
    if (c.state == Connection::State::Authenticating)
        return refuse(c, frame.requestId, WireError::BadFrame,
                      QStringLiteral("Hello during authentication"));
    protocol::Result<wire::Hello> hello = wire::Hello::fromFrame(frame);
    if (!hello)
        return badFrame(c, frame.requestId, WireError::BadFrame, hello.error().detail);
    if (!protocol::validatePublicKey(hello->identityKey))
        return badFrame(c, frame.requestId, WireError::BadFrame,
                        QStringLiteral("the identity key is not a valid public key"));
    c.identityKey = hello->identityKey;
    c.registrationId = hello->registrationId;
    c.nonce = randomBytes(wire::kChallengeNonceSize);
    c.state = Connection::State::AwaitAuthenticate;
    send(c, wire::Challenge{c.nonce, now(), m_franking.publicKey, moderationPublicKey()}.toFrame(
                frame.requestId));
}

void RelayServer::handleAuthenticate(Connection &c, const Frame &frame)
{
    if (c.state != Connection::State::AwaitAuthenticate || c.nonce.isEmpty())
        return refuse(c, frame.requestId, WireError::NotAuthenticated,
                      QStringLiteral("no challenge is outstanding"));
    protocol::Result<wire::Authenticate> auth = wire::Authenticate::fromFrame(frame);
    // The nonce is spent by this attempt, whatever its outcome.
    const QByteArray payload = wire::authPayload(c.nonce, c.identityKey);
    c.nonce.clear();
    if (!auth)
        return refuse(c, frame.requestId, WireError::BadFrame, auth.error().detail);
    if (!protocol::verifyIdentitySignature(m_context, c.identityKey, payload, auth->signature))
        return refuse(c, frame.requestId, WireError::BadSignature,
                      QStringLiteral("the challenge signature does not verify"));

    const QString coveId = protocol::coveIdForIdentityKey(c.identityKey);
    if (std::optional<Ban> ban = activeBan(coveId)) {
        c.coveId = coveId;
        return enterSuspended(c, frame.requestId, *ban);
    }

    c.state = Connection::State::Authenticating;
    Account account;
    account.coveId = coveId;
    account.identityKey = c.identityKey;
    account.registrationId = c.registrationId;
    account.createdMs = now();
    c.coveId = account.coveId;
    c.authRequestId = frame.requestId;
    // Acknowledgements of an earlier connection of this account go first,
    // so the new connection's backlog does not contain them.
    flushAcks();
    postTask(std::make_unique<AuthTask>(this, c.id, std::move(account)));
}

void RelayServer::onAuthenticated(quint64 connectionId, bool ok, bool refused,
                                  const wire::Authenticated &reply)
{
    Connection *c = connection(connectionId);
    if (!c)
        return;
    const quint64 requestId = c->authRequestId;
    if (!ok)
        return refuse(*c, requestId, WireError::Internal,
                      QStringLiteral("the relay could not load the account"));
    if (refused)
        return refuse(*c, requestId, WireError::Refused,
                      QStringLiteral("this Cove ID belongs to another identity key"));

    // One live connection per account: the newer one wins.
    if (Connection *old = onlineConnection(c->coveId); old && old != c)
        closeConnection(*old, kCloseReplaced,
                        QStringLiteral("replaced by a newer connection of the same account"));
    m_online.insert(c->coveId, c->id);
    c->accountCreatedMs = reply.accountCreatedMs;
    c->state = Connection::State::Authenticated;
    send(*c, reply.toFrame(requestId));
    qCDebug(lcRelay) << "authenticated" << c->coveId;
    // Moderation updates waiting for the account go first (there are few),
    // then the stored backlog, then QueueEmpty.
    pushPendingUpdates(*c);
    pump(*c);
}

// ---- Send and delivery ----------------------------------------------------------------

void RelayServer::handleSend(Connection &c, const Frame &frame)
{
    const auto arrived = std::chrono::steady_clock::now();
    protocol::Result<wire::Send> parsed = wire::Send::fromFrame(frame);
    if (!parsed)
        return badFrame(c, frame.requestId, WireError::BadFrame, parsed.error().detail);
    wire::Send s = std::move(*parsed);
    failPoint("relay.received"); // read, not stored
    const QString recipient = protocol::normalizeCoveId(s.recipient);
    if (recipient.isEmpty())
        return sendError(c, frame.requestId, WireError::NotFound,
                         QStringLiteral("the recipient is not a valid Cove ID"));
    s.recipient = recipient;
    const qint64 t = now();
    if (!c.throttledClientId.isEmpty()) {
        if (s.clientId != c.throttledClientId && t < c.throttledUntilMs)
            return sendError(c, frame.requestId, WireError::RateLimited,
                             QStringLiteral("resend the refused message first"));
        c.throttledClientId.clear(); // resumed in order
    }
    const auto throttle = [&] {
        c.throttledClientId = s.clientId;
        c.throttledUntilMs = t + kThrottlePauseMs;
    };
    if (m_config.rateLimits && !m_messageLimiter.take(c.coveId, t)) {
        throttle();
        return sendError(
            c, frame.requestId, WireError::RateLimited,
            QStringLiteral("at most %1 messages per minute").arg(m_config.messagesPerMinute));
    }
    // The id this Send will get in handOutEarly(), after those waiting.
    if (m_lastEnvelopeId + quint64(m_pendingSends.size()) + 1 >= m_envelopeIdLimit)
        return sendError(c, frame.requestId, WireError::Internal,
                         QStringLiteral("the relay must restart to take more messages"));
    if (!admitRequest(c, frame.requestId, s.ciphertext.size())) {
        throttle();
        return;
    }

    PendingSend p;
    p.connectionId = c.id;
    p.requestId = frame.requestId;
    p.sender = c.coveId;
    p.senderCreatedMs = c.accountCreatedMs;
    p.newest = isNewMessage(s.clientId, c.newestClientId);
    if (p.newest)
        c.newestClientId = s.clientId;
    p.send = std::move(s);
    p.serverTimeMs = t;
    p.received = arrived;
    p.generation = m_policyGeneration;
    m_pendingSends.push_back(std::move(p));
    if (int(m_pendingSends.size()) >= m_config.maxBatch)
        flushWrites();
    else
        scheduleFlush();
}

void RelayServer::handleDeliverAck(Connection &c, const Frame &frame)
{
    protocol::Result<wire::DeliverAck> ack = wire::DeliverAck::fromFrame(frame);
    if (!ack)
        return badFrame(c, frame.requestId, WireError::BadFrame, ack.error().detail);
    // Deletion is scoped to the recipient, so an id of someone else's
    // envelope deletes nothing.
    failPoint("relay.acknowledged"); // by the recipient, not yet deleted
    // An ack for an envelope not in flight here is normal for what the
    // previous connection delivered (a window's worth); beyond that, acks
    // are only work for the storage thread.
    if (!c.inFlight.remove(ack->envelopeId) &&
        ++c.unexpectedAcks > kMaxUnexpectedAcksPerWindow * m_config.deliverWindow)
        return badFrame(c, frame.requestId, WireError::BadFrame,
                        QStringLiteral("acknowledges envelopes that were not delivered"));
    m_pendingAcks.push_back(PendingAck{c.coveId, ack->envelopeId});
    if (int(m_pendingAcks.size()) >= m_config.maxAckBatch)
        flushAcks();
    else if (!m_ackTimer.isActive())
        m_ackTimer.start();
    pump(c);
}

void RelayServer::scheduleFlush()
{
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void RelayServer::flushWrites()
{
    m_flushTimer.stop();
    if (m_pendingSends.empty())
        return;
    handOutEarly(m_pendingSends);
    m_worker->post(std::make_unique<SendBatchTask>(this, std::move(m_pendingSends)));
    m_pendingSends.clear();
}

// Most messages go to someone who is online and acknowledges them within
// milliseconds. Such a message does not wait for the storage thread to
// check, store and commit it: when nothing the storage could decide about
// it is unknown here, it is handed out at once, while the storage stores it
// as for any other. The sender still hears only once it is on the disk
// (SendBatchTask::finish()), so should the relay crash first, the sender
// sends it again and the recipient's app drops the second copy, as after a
// crash between a commit and its sync. What keeps it safe:
// - only a pair the storage passed before, with no request since that
//   could change its verdict for either account (m_plainPairs, isPlain());
// - only to a recipient with nothing stored waiting and no Send waiting to
//   be stored, so that per-sender order holds (m_storing);
// - only a new message, not a resend (Connection::newestClientId,
//   sendsChecked), so that the storage's duplicate check still keeps a
//   resent message from being handed out twice;
// - ids assigned here from this run's range, so an acknowledgement always
//   names the envelope it acknowledges, and one that comes before the
//   envelope is stored is run after it (the storage thread keeps order);
// - the franking tag signed here, one signature for those handed out
//   together, and stored with the envelope.
void RelayServer::handOutEarly(std::vector<PendingSend> &sends)
{
    QList<QByteArray> payloads;
    std::vector<std::size_t> early;
    QHash<QString, int> planned;
    for (std::size_t i = 0; i < sends.size(); ++i) {
        PendingSend &p = sends[i];
        p.envelopeId = ++m_lastEnvelopeId; // below the limit: handleSend() checked
        int &earlier = planned[p.send.recipient];
        if (mayHandOutEarly(p, earlier)) {
            ++earlier;
            early.push_back(i);
            payloads.append(p.tagPayload());
        } else {
            ++m_storing[p.send.recipient];
        }
    }
    if (early.empty())
        return;
    const QList<QByteArray> tags = protocol::signFrankingTags(m_franking.secretKey, payloads);
    const auto now = std::chrono::steady_clock::now();
    for (std::size_t k = 0; k < early.size(); ++k) {
        PendingSend &p = sends[early[k]];
        p.frankingTag = tags.value(qsizetype(k));
        ++m_handedOutEarly;
        m_sendToOffer.add(now - p.received);
        Connection *r = onlineConnection(p.send.recipient);
        offerLive(*r, p.envelope(m_config, p.frankingTag));
        if (failPointReached("relay.handedOut")) { // handed out, not stored
            r->socket->flush();
            crashNow();
        }
    }
}

bool RelayServer::mayHandOutEarly(const PendingSend &send, int planned) const
{
    const QString &to = send.send.recipient;
    if (!send.newest || m_storing.contains(to) || m_worker->broken())
        return false;
    if (send.sender != to && !isPlain(send.sender, to))
        return false;
    const Connection *from = connection(send.connectionId);
    if (!from || !from->sendsChecked)
        return false;
    const Connection *r = onlineConnection(to);
    return r && r->state == Connection::State::Authenticated && !r->loading && !r->overflow &&
           int(r->ready.size()) + planned < m_config.deliverWindow;
}

bool RelayServer::isPlain(const QString &sender, const QString &recipient) const
{
    const auto it = m_plainPairs.constFind({sender, recipient});
    if (it == m_plainPairs.constEnd())
        return false;
    // The verdict stands only if it was reached for a Send that arrived
    // after the last change of either account's policy.
    const quint64 reachedAt = *it;
    return reachedAt >= m_policyFloor && m_policyChanges.value(sender, 0) <= reachedAt &&
           m_policyChanges.value(recipient, 0) <= reachedAt;
}

void RelayServer::policyChanged(const QString &account)
{
    ++m_policyGeneration;
    if (m_policyChanges.size() >= m_config.maxPlainPairs)
        forgetOldPolicyChanges();
    m_policyChanges.insert(account, m_policyGeneration);
}

void RelayServer::forgetOldPolicyChanges()
{
    // Every app sends its contact policy when it connects, so changes pile
    // up. The verdicts a change voided go first; then the change itself can
    // go once every Send from before it is decided, as none of them can
    // bring back a verdict from before it.
    for (auto it = m_plainPairs.begin(); it != m_plainPairs.end();)
        it = isPlain(it.key().first, it.key().second) ? std::next(it) : m_plainPairs.erase(it);
    for (auto it = m_policyChanges.begin(); it != m_policyChanges.end();)
        it = *it <= m_finishedGeneration ? m_policyChanges.erase(it) : std::next(it);
    if (m_policyChanges.size() >= m_config.maxPlainPairs) { // that many changes in flight
        m_policyChanges.clear();
        m_policyFloor = m_policyGeneration; // every verdict so far is void
    }
}

void RelayServer::flushAcks()
{
    m_ackTimer.stop();
    if (m_pendingAcks.empty())
        return;
    m_worker->post(std::make_unique<AckBatchTask>(std::move(m_pendingAcks)));
    m_pendingAcks.clear();
}

void RelayServer::offerLive(Connection &c, const Envelope &envelope)
{
    if (c.state != Connection::State::Authenticated)
        return;
    if (c.loading) {
        c.arrivedWhileLoading = true; // read by the load that follows this one
        return;
    }
    if (c.overflow)
        return; // the next backlog load reads it from the database
    if (envelope.id <= c.cursor)
        return;
    if (int(c.ready.size()) >= m_config.deliverWindow) {
        c.overflow = true;
        return;
    }
    c.ready.push_back(envelope);
    c.cursor = envelope.id;
    pump(c);
}

void RelayServer::pump(Connection &c)
{
    if (c.state != Connection::State::Authenticated)
        return;
    while (!c.ready.empty() && int(c.inFlight.size()) < m_config.deliverWindow &&
           outgoingBytes(c) <= m_config.maxOutgoingBytes) {
        const Envelope &e = c.ready.front();
        c.inFlight.insert(e.id);
        send(c, deliverOf(e).toFrame(0));
        if (failPointReached("relay.pushed")) {
            c.socket->flush(); // what was pushed reaches the recipient first
            crashNow();
        }
        c.ready.pop_front();
    }
    if (!c.ready.empty())
        return;
    if (c.overflow) {
        if (!c.loading && int(c.inFlight.size()) < m_config.deliverWindow)
            loadBacklog(c);
        return;
    }
    if (!c.loading && !c.queueEmptySent) {
        c.queueEmptySent = true;
        send(c, Frame{FrameType::QueueEmpty, 0, {}});
    }
}

void RelayServer::loadBacklog(Connection &c)
{
    c.loading = true;
    postTask(
        std::make_unique<LoadTask>(this, c.id, c.coveId, c.cursor, m_config.deliverWindow, now()));
}

void RelayServer::onBacklogLoaded(quint64 connectionId, bool ok, QList<Envelope> envelopes,
                                  int limit)
{
    Connection *c = connection(connectionId);
    if (!c)
        return;
    c->loading = false;
    if (!ok) {
        // Try again shortly; the envelopes stay stored meanwhile.
        QTimer::singleShot(1000, this, [this, connectionId] {
            if (Connection *again = connection(connectionId))
                pump(*again);
        });
        return;
    }
    for (Envelope &e : envelopes) {
        if (e.id > c->cursor) {
            c->cursor = e.id;
            c->ready.push_back(std::move(e));
        }
    }
    c->overflow = int(envelopes.size()) >= limit || c->arrivedWhileLoading;
    c->arrivedWhileLoading = false;
    pump(*c);
}

// ---- Prekeys ------------------------------------------------------------------------------

void RelayServer::handlePreKeyUpload(Connection &c, const Frame &frame)
{
    protocol::Result<wire::PreKeyUpload> upload = wire::PreKeyUpload::fromFrame(frame);
    if (!upload)
        return badFrame(c, frame.requestId, WireError::BadFrame, upload.error().detail);
    if (upload->signedPreKey) {
        const wire::SignedPreKeyEntry &spk = *upload->signedPreKey;
        if (!protocol::validatePublicKey(spk.publicKey))
            return badFrame(c, frame.requestId, WireError::BadFrame,
                            QStringLiteral("the signed prekey is not a valid public key"));
        if (!protocol::verifyIdentitySignature(m_context, c.identityKey, spk.publicKey,
                                               spk.signature))
            return sendError(c, frame.requestId, WireError::BadSignature,
                             QStringLiteral("the signed prekey's signature does not verify"));
    }
    for (qsizetype i = 0; i < upload->preKeys.size(); ++i) {
        if (!protocol::validatePublicKey(upload->preKeys[i].publicKey))
            return badFrame(c, frame.requestId, WireError::BadFrame,
                            QStringLiteral("prekey %1 is not a valid public key").arg(i));
    }
    if (!admitRequest(c, frame.requestId, 0))
        return;
    postTask(std::make_unique<PreKeyUploadTask>(this, c.id, frame.requestId, c.coveId,
                                                std::move(*upload)));
}

void RelayServer::handleContactPolicy(Connection &c, const Frame &frame)
{
    protocol::Result<wire::ContactPolicy> policy = wire::ContactPolicy::fromFrame(frame);
    if (!policy)
        return badFrame(c, frame.requestId, WireError::BadFrame, policy.error().detail);
    QStringList allowed;
    allowed.reserve(policy->allowed.size());
    for (const QString &typed : std::as_const(policy->allowed)) {
        const QString id = protocol::normalizeCoveId(typed);
        if (id.isEmpty())
            return badFrame(c, frame.requestId, WireError::BadFrame,
                            QStringLiteral("the allowed list holds an invalid Cove ID"));
        allowed.append(id);
    }
    allowed.removeDuplicates();
    policy->allowed = std::move(allowed);
    if (!admitRequest(c, frame.requestId, 0))
        return;
    policyChanged(c.coveId);
    postTask(std::make_unique<ContactPolicyTask>(this, c.id, frame.requestId, c.coveId,
                                                 std::move(*policy)));
}

void RelayServer::handleGuarded(Connection &c, const Frame &frame)
{
    // Parsed here so that a malformed frame is answered at once; the task
    // parses the same frame again on the storage thread.
    protocol::Result<void> parsed;
    switch (frame.type) {
    case FrameType::GuardedLink:
        if (auto r = wire::GuardedLink::fromFrame(frame); !r)
            parsed = r.error();
        break;
    case FrameType::GuardedContacts:
        if (auto r = wire::GuardedContacts::fromFrame(frame); !r)
            parsed = r.error();
        break;
    case FrameType::GuardedRelease:
        if (auto r = wire::GuardedRelease::fromFrame(frame); !r)
            parsed = r.error();
        break;
    default:
        if (auto r = wire::GuardedQuery::fromFrame(frame); !r)
            parsed = r.error();
        break;
    }
    if (!parsed)
        return badFrame(c, frame.requestId, WireError::BadFrame, parsed.error().detail);
    if (!admitRequest(c, frame.requestId, 0))
        return;
    // A link, an approval, a removal or a release: the child's pairs, both
    // ways (the guardian may send the approvals for the child).
    if (frame.type != FrameType::GuardedQuery)
        policyChanged(c.coveId);
    if (frame.type == FrameType::GuardedContacts)
        policyChanged(protocol::normalizeCoveId(wire::GuardedContacts::fromFrame(frame)->child));
    postTask(
        std::make_unique<GuardedTask>(this, c.id, frame.requestId, c.coveId, c.identityKey, frame));
}

void RelayServer::handlePreKeyFetch(Connection &c, const Frame &frame)
{
    protocol::Result<wire::PreKeyFetch> fetch = wire::PreKeyFetch::fromFrame(frame);
    if (!fetch)
        return badFrame(c, frame.requestId, WireError::BadFrame, fetch.error().detail);
    const QString target = protocol::normalizeCoveId(fetch->coveId);
    if (target.isEmpty())
        return sendError(c, frame.requestId, WireError::NotFound,
                         QStringLiteral("not a valid Cove ID"));
    if (m_config.rateLimits && !m_fetchLimiter.take(c.coveId, now()))
        return sendError(c, frame.requestId, WireError::RateLimited,
                         QStringLiteral("at most %1 prekey fetches per minute")
                             .arg(m_config.preKeyFetchesPerMinute));
    if (!admitRequest(c, frame.requestId, 0))
        return;
    postTask(std::make_unique<PreKeyFetchTask>(this, c.id, frame.requestId, target));
}

void RelayServer::notifyPreKeysLow(const QString &coveId, quint32 count)
{
    if (Connection *c = onlineConnection(coveId))
        send(*c, wire::PreKeyStatus{count, true}.toFrame(0));
}

// ---- Attachments ------------------------------------------------------------------------

void RelayServer::handleAttachmentPut(Connection &c, const Frame &frame)
{
    protocol::Result<wire::AttachmentPut> put = wire::AttachmentPut::fromFrame(frame);
    if (!put)
        return badFrame(c, frame.requestId, WireError::BadFrame, put.error().detail);
    if (put->totalSize > m_config.maxAttachmentSize)
        return sendError(
            c, frame.requestId, WireError::TooLarge,
            QStringLiteral("attachments are limited to %1 bytes").arg(m_config.maxAttachmentSize));
    const bool isNew = put->blobId.isEmpty();
    if (isNew && m_config.rateLimits && !m_attachmentLimiter.take(c.coveId, now()))
        return sendError(c, frame.requestId, WireError::RateLimited,
                         QStringLiteral("at most %1 new attachments per minute")
                             .arg(m_config.attachmentsPerMinute));
    if (isNew)
        put->blobId = randomBytes(wire::kBlobIdSize);
    if (!admitRequest(c, frame.requestId, put->data.size()))
        return;
    postTask(std::make_unique<BlobPutTask>(this, c.id, frame.requestId, c.coveId, std::move(*put),
                                           isNew, now()));
}

void RelayServer::handleAttachmentGet(Connection &c, const Frame &frame)
{
    protocol::Result<wire::AttachmentGet> get = wire::AttachmentGet::fromFrame(frame);
    if (!get)
        return badFrame(c, frame.requestId, WireError::BadFrame, get.error().detail);
    if (outgoingBytes(c) > 2 * m_config.maxOutgoingBytes)
        return sendError(c, frame.requestId, WireError::Busy,
                         QStringLiteral("read the data already sent first"));
    if (!admitRequest(c, frame.requestId, wire::kAttachmentChunkSize))
        return;
    postTask(std::make_unique<BlobGetTask>(this, c.id, frame.requestId, std::move(*get), now()));
}

// ---- Moderation ------------------------------------------------------------------------
// The desk runs synchronously on this thread: moderation is low-volume, and
// nothing here is on the message path (Send, Deliver and DeliverAck never
// touch moderation.db). Its database is shared with `cove-relay mod` and the
// moderation desk, so a call may wait up to the desk's busy timeout.

std::optional<Ban> RelayServer::activeBan(const QString &coveId)
{
    if (!m_moderation)
        return std::nullopt;
    DeskResult<std::optional<Ban>> ban = m_moderation->isBanned(coveId, now());
    if (!ban) {
        qCWarning(lcRelay).noquote() << "moderation: cannot check for a ban:" << ban.error().detail;
        return std::nullopt;
    }
    return *ban;
}

void RelayServer::enterSuspended(Connection &c, quint64 requestId, const Ban &ban)
{
    c.state = Connection::State::Suspended;
    c.suspendedAtMs = now();
    c.suspendedDetail = suspendedDetail(ban);
    qCDebug(lcRelay) << "refused a suspended account" << c.coveId;
    sendError(c, requestId, WireError::Suspended, c.suspendedDetail);
    // The decision reaches the person, who may ask for it to be reviewed
    // before the connection is closed (see RelayConfig::suspendedGraceMs).
    pushPendingUpdates(c);
}

void RelayServer::dispatchSuspended(Connection &c, const Frame &frame)
{
    switch (frame.type) {
    case FrameType::ModerationUpdateAck:
        return handleModerationUpdateAck(c, frame);
    case FrameType::ReviewRequest:
        return handleReviewRequest(c, frame);
    default:
        return refuse(c, frame.requestId, WireError::Suspended, c.suspendedDetail);
    }
}

void RelayServer::pushPendingUpdates(Connection &c)
{
    if (!m_moderation)
        return;
    DeskResult<QList<wire::ModerationUpdate>> updates = m_moderation->pendingUpdates(c.coveId);
    if (!updates) {
        qCWarning(lcRelay).noquote()
            << "moderation: cannot read updates:" << updates.error().detail;
        return;
    }
    for (const wire::ModerationUpdate &u : std::as_const(*updates)) {
        send(c, u.toFrame(0));
        c.updatesPushedUpTo = std::max(c.updatesPushedUpTo, u.updateId);
    }
}

void RelayServer::sweepModeration()
{
    if (!m_moderation || m_shutDown)
        return;
    DeskResult<ModerationChanges> changes = m_moderation->changesSince(m_moderationCursor, now());
    if (!changes) {
        qCWarning(lcRelay).noquote() << "moderation: sweep failed:" << changes.error().detail;
        return;
    }
    // Updates first, so that a newly banned account hears the decision
    // before its connection is closed. A suspended account's connection
    // hears them too (a review that restored it, most of all).
    QHash<QString, Connection *> suspended;
    if (!changes->updates.isEmpty())
        for (Connection *c : std::as_const(m_connections))
            if (c->state == Connection::State::Suspended)
                suspended.insert(c->coveId, c);
    for (const AccountUpdate &u : std::as_const(changes->updates)) {
        Connection *c = onlineConnection(u.accountId);
        if (!c)
            c = suspended.value(u.accountId);
        if (!c || u.update.updateId <= c->updatesPushedUpTo)
            continue;
        send(*c, u.update.toFrame(0));
        c->updatesPushedUpTo = u.update.updateId;
    }
    for (const QString &account : std::as_const(changes->banned)) {
        Connection *c = onlineConnection(account);
        if (!c)
            continue;
        const std::optional<Ban> ban = activeBan(account);
        if (!ban)
            continue; // lifted again in the meantime
        qCDebug(lcRelay) << "closing the connection of a suspended account" << account;
        refuse(*c, 0, WireError::Suspended, suspendedDetail(*ban));
    }
}

void RelayServer::handleReportSubmit(Connection &c, const Frame &frame)
{
    if (!m_moderation)
        return sendError(c, frame.requestId, WireError::NotFound,
                         QStringLiteral("no moderation service"));
    protocol::Result<wire::ReportSubmit> submit = wire::ReportSubmit::fromFrame(frame);
    if (!submit)
        return badFrame(c, frame.requestId, WireError::BadFrame, submit.error().detail);
    DeskResult<IntakeReceipt> receipt =
        m_moderation->intake(c.coveId, submit->clientId, submit->sealed, now(), c.guarded);
    if (receipt) {
        if (!receipt->repeated)
            qCInfo(lcRelay).noquote() << "moderation: report" << receipt->reportId << "queued";
        send(c, wire::ReportAck{submit->clientId, receipt->reportId, receipt->receivedAtMs}.toFrame(
                    frame.requestId));
        return;
    }
    const DeskError &e = receipt.error();
    switch (e.code) {
    case DeskError::Code::Throttled:
        return sendError(c, frame.requestId, WireError::RateLimited,
                         QStringLiteral("at most %1 reports per hour and %2 per day")
                             .arg(safety::kReportsPerHour)
                             .arg(safety::kReportsPerDay));
    case DeskError::Code::UnknownCategory:
        return sendError(c, frame.requestId, WireError::BadFrame, e.detail);
    case DeskError::Code::Unreadable:
    case DeskError::Code::ReporterMismatch:
    case DeskError::Code::NotInvolved:
    case DeskError::Code::InvalidArgument:
        return badFrame(c, frame.requestId, WireError::BadFrame, e.detail);
    case DeskError::Code::NotFound:
    case DeskError::Code::InvalidState:
    case DeskError::Code::Storage:
        break;
    }
    qCWarning(lcRelay).noquote() << "moderation: intake failed:" << e.detail;
    sendError(c, frame.requestId, WireError::Internal,
              QStringLiteral("the relay could not store the report"));
}

void RelayServer::handleReviewRequest(Connection &c, const Frame &frame)
{
    if (!m_moderation)
        return sendError(c, frame.requestId, WireError::NotFound,
                         QStringLiteral("no moderation service"));
    protocol::Result<wire::ReviewRequest> request = wire::ReviewRequest::fromFrame(frame);
    if (!request)
        return badFrame(c, frame.requestId, WireError::BadFrame, request.error().detail);
    DeskResult<QString> review =
        m_moderation->requestReview(c.coveId, request->caseId, request->note, now());
    if (review) {
        qCInfo(lcRelay).noquote() << "moderation: review" << *review << "requested";
        send(c, wire::ReviewAck{request->caseId}.toFrame(frame.requestId));
        return;
    }
    const DeskError &e = review.error();
    switch (e.code) {
    case DeskError::Code::NotFound:
        return sendError(c, frame.requestId, WireError::NotFound, e.detail);
    case DeskError::Code::InvalidState:
        return sendError(c, frame.requestId, WireError::Refused, e.detail);
    case DeskError::Code::InvalidArgument:
        return sendError(c, frame.requestId, WireError::BadFrame, e.detail);
    default:
        break;
    }
    qCWarning(lcRelay).noquote() << "moderation: review request failed:" << e.detail;
    sendError(c, frame.requestId, WireError::Internal,
              QStringLiteral("the relay could not store the review request"));
}

void RelayServer::handleModerationUpdateAck(Connection &c, const Frame &frame)
{
    protocol::Result<wire::ModerationUpdateAck> ack = wire::ModerationUpdateAck::fromFrame(frame);
    if (!ack)
        return badFrame(c, frame.requestId, WireError::BadFrame, ack.error().detail);
    if (!m_moderation)
        return;
    // Scoped to the account: an id of someone else's update marks nothing.
    if (DeskResult<void> r = m_moderation->markDelivered(c.coveId, ack->updateId); !r)
        qCWarning(lcRelay).noquote()
            << "moderation: cannot record an acknowledgement:" << r.error().detail;
}

} // namespace cove::relay
