// SPDX-License-Identifier: GPL-3.0-or-later
// bench_pipeline: the backlog of issue 4. A client comes online to a backlog
// of messages on the relay; how long until every one is decrypted, stored
// and acknowledged, against the floor of the same work without relay and
// network, measured side by side in one run.
//
// The figure: Alice and Bob on real SQLCipher profiles, an in-process relay
// (its own thread, loopback, rate limits off). After one message each way,
// Bob goes offline, Alice sends the backlog and waits until the relay has
// acknowledged all of it (it is on the relay's disk). Alice goes offline
// too, so that only Bob's pipeline works on this process's main thread.
// Timed: from Bob's RelayClient::start() until every message is stored in
// his database and his Messenger is idle (every envelope acknowledged, and
// the delivery receipts the pipeline queues sent and acknowledged).
//
// The reference: the same number of messages decrypted and stored on two
// profiles without relay or network. Each message goes through
// storage::receiveAtomically() with a MessageRepository::insert(), one
// transaction per message, and one storage::syncToDisk() per 64 messages
// (the relay's delivery window, after which the pipeline acknowledges).
//
// The relay alone: the same ciphertexts stored for a client that acknowledges
// each envelope as it arrives, without decrypting: what the relay and the
// connection can deliver.
//
// Each run is a fresh child process (no allocator state or page cache of the
// database library carried over, and the peak RSS is that run's own).
//
// Each run also reports, per message, the CPU time and the bytes and write
// calls of Bob's thread (the main thread) and of the reference, and the CPU
// of the other threads (the relay).
//
// usage: bench_pipeline [--messages 10000] [--runs 3] [--no-receipts] [--perf-ctl FIFO]
//        bench_pipeline --child --messages N --dir DIR [...]   (internal)
//
// --no-receipts is an analysis variant: Bob's conversation with Alice is made
// a message request before the backlog, so his pipeline queues no delivery
// receipts; the figure then shows what receipts cost.
// --perf-ctl names the control FIFO of `perf record --control=fifo:FIFO -D -1`:
// the child enables the profiler only while Bob receives the backlog.

#include "Account.h"
#include "AtomicReceive.h"
#include "Content.h"
#include "Conversations.h"
#include "Crypto.h"
#include "Franking.h"
#include "KeyFile.h"
#include "Keys.h"
#include "Messages.h"
#include "Messenger.h"
#include "RelayClient.h"
#include "RelayMessages.h"
#include "RelayServer.h"
#include "Session.h"
#include "SqliteRelayStorage.h"
#include "Store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QHostAddress>
#include <QLoggingCategory>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <functional>
#include <map>
#include <memory>
#include <tuple>
#include <vector>

using namespace cove;
namespace wire = cove::protocol::wire;
using Clock = std::chrono::steady_clock;

namespace {

using Results = std::map<QString, double>;

constexpr int kBodyChars = 100;
constexpr int kSyncEvery = 64;        ///< the relay's delivery window (RelayConfig::deliverWindow)
constexpr int kWaitMs = 300'000;      ///< any single wait; a run that needs longer is broken
constexpr int kRelaySendWindow = 256; ///< Send requests in flight while filling a backlog

[[noreturn]] void die(const char *what, const QString &detail = {})
{
    std::fprintf(stderr, "bench_pipeline: %s %s\n", what, qUtf8Printable(detail));
    std::exit(1);
}

double ms(Clock::duration d)
{
    return std::chrono::duration<double, std::milli>(d).count();
}

qint64 wallMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

/// A field of /proc/self/status in MiB (VmRSS, VmHWM).
double statusMiB(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return double(line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong()) /
                   1024.0;
    }
    return -1;
}

/// CPU time and write calls so far, of the calling thread and of the process.
struct Usage {
    double threadCpuMs = 0;
    double processCpuMs = 0;
    double threadWriteBytes = 0; ///< bytes passed to write(2)/pwrite(2): WAL frames, journal
    double threadWriteCalls = 0;
    double processWriteBytes = 0;
    double processWriteCalls = 0;
};

double cpuMs(clockid_t clock)
{
    timespec t{};
    clock_gettime(clock, &t);
    return double(t.tv_sec) * 1000.0 + double(t.tv_nsec) / 1e6;
}

/// wchar and syscw of a /proc io file.
std::pair<double, double> writeCounters(const QString &path)
{
    QFile f(path);
    double bytes = 0;
    double calls = 0;
    if (!f.open(QIODevice::ReadOnly))
        return {0, 0};
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("wchar:"))
            bytes = line.mid(6).trimmed().toDouble();
        else if (line.startsWith("syscw:"))
            calls = line.mid(6).trimmed().toDouble();
    }
    return {bytes, calls};
}

Usage usageNow()
{
    Usage u;
    u.threadCpuMs = cpuMs(CLOCK_THREAD_CPUTIME_ID);
    u.processCpuMs = cpuMs(CLOCK_PROCESS_CPUTIME_ID);
    std::tie(u.threadWriteBytes, u.threadWriteCalls) =
        writeCounters(QStringLiteral("/proc/thread-self/io"));
    std::tie(u.processWriteBytes, u.processWriteCalls) =
        writeCounters(QStringLiteral("/proc/self/io"));
    return u;
}

/// Records what a phase of `n` messages cost per message under `prefix`:
/// the calling thread's CPU and writes, and the other threads' (the relay).
void recordUsage(Results &r, const QString &prefix, const Usage &a, const Usage &b, int n)
{
    const double m = double(n);
    r[prefix + QStringLiteral("_cpu_ms_per_msg")] = (b.threadCpuMs - a.threadCpuMs) / m;
    r[prefix + QStringLiteral("_kib_per_msg")] =
        (b.threadWriteBytes - a.threadWriteBytes) / 1024.0 / m;
    r[prefix + QStringLiteral("_writes_per_msg")] = (b.threadWriteCalls - a.threadWriteCalls) / m;
    r[prefix + QStringLiteral("_other_cpu_ms_per_msg")] =
        ((b.processCpuMs - a.processCpuMs) - (b.threadCpuMs - a.threadCpuMs)) / m;
    r[prefix + QStringLiteral("_other_kib_per_msg")] =
        ((b.processWriteBytes - a.processWriteBytes) - (b.threadWriteBytes - a.threadWriteBytes)) /
        1024.0 / m;
}

/// Resets VmHWM to the current RSS, so the next peak is this phase's own.
void resetPeakRss()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    if (f.open(QIODevice::WriteOnly))
        f.write("5");
}

/// Writes a command to perf's control FIFO when one was given.
void perfControl(const QString &fifo, const char *command)
{
    if (fifo.isEmpty())
        return;
    QFile f(fifo);
    if (f.open(QIODevice::WriteOnly)) {
        f.write(QByteArray(command) + '\n');
        f.flush();
    }
}

/// Text bodies of exactly kBodyChars characters from a fixed vocabulary, so
/// that the full-text index sees words.
QStringList makeBodies(int n)
{
    static const char *const syllables[] = {"ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo",
                                            "ze", "pa", "qu", "ri", "do", "fe", "gu", "ha"};
    QRandomGenerator rng(42);
    QStringList out;
    out.reserve(n);
    for (int i = 0; i < n; ++i) {
        QString body;
        while (body.size() < kBodyChars) {
            if (!body.isEmpty())
                body += QLatin1Char(' ');
            for (int s = 0; s < 3; ++s)
                body += QLatin1String(syllables[rng.bounded(16)]);
        }
        out.append(body.left(kBodyChars));
    }
    return out;
}

/// Runs the event loop until `done` holds; false after `timeoutMs`.
bool waitUntil(const std::function<bool()> &done, int timeoutMs = kWaitMs, int pollMs = 10)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QEventLoop loop;
        QTimer::singleShot(pollMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

std::unique_ptr<app::Account> createAccount(const QString &dir, const QString &name)
{
    auto account = app::Account::create(QDir(dir).filePath(name), QStringLiteral("passphrase"),
                                        name, storage::KdfParams::cheapForTests());
    if (!account)
        die("creating an account failed:", account.error().detail);
    return std::move(*account);
}

protocol::Address addressOf(const app::Account &account)
{
    return protocol::Address{account.coveId().toUtf8(), 1};
}

// ---- the relay on its own thread ------------------------------------------------

/// An in-process relay living on its own thread, as it would on its own
/// machine: its network work does not queue behind the client's.
class RelayHost {
public:
    explicit RelayHost(const QString &dir)
    {
        if (!QDir().mkpath(dir))
            die("cannot create", dir);
        m_thread.start();
        m_context.moveToThread(&m_thread);
        QString error;
        run([&] {
            auto storage =
                relay::SqliteRelayStorage::open(dir, protocol::crypto::randomByteArray(32), true);
            if (!storage) {
                error = QStringLiteral("opening the relay storage failed");
                return;
            }
            relay::RelayConfig config;
            config.rateLimits = false;
            m_server = std::make_unique<relay::RelayServer>(config, std::move(*storage),
                                                            protocol::generateFrankingKeyPair());
            m_port = m_server->listen(QHostAddress::LocalHost, 0);
            if (m_port == 0)
                error = m_server->errorString();
        });
        if (m_port == 0)
            die("starting the relay failed:", error);
    }

    ~RelayHost()
    {
        run([this] {
            if (m_server)
                m_server->shutdown();
            m_server.reset();
            m_context.moveToThread(QCoreApplication::instance()->thread());
        });
        m_thread.quit();
        m_thread.wait();
    }
    RelayHost(const RelayHost &) = delete;
    RelayHost &operator=(const RelayHost &) = delete;

    [[nodiscard]] quint16 port() const { return m_port; }

    [[nodiscard]] int authenticatedCount()
    {
        int n = 0;
        run([&] { n = m_server->authenticatedCount(); });
        return n;
    }

private:
    /// Runs `f` on the relay's thread and waits for it.
    void run(const std::function<void()> &f)
    {
        QMetaObject::invokeMethod(&m_context, f, Qt::BlockingQueuedConnection);
    }

    QThread m_thread;
    QObject m_context; ///< lives on m_thread; calls into the relay run through it
    std::unique_ptr<relay::RelayServer> m_server;
    quint16 m_port = 0;
};

/// One person: an account, its relay connection and, unless it only moves
/// frames, its pipeline.
struct Client {
    std::unique_ptr<app::Account> account;
    std::unique_ptr<app::RelayClient> relay;
    std::unique_ptr<app::Messenger> messenger;

    [[nodiscard]] QString id() const { return account->coveId(); }
};

std::unique_ptr<Client> makeClient(const QString &dir, const QString &name, quint16 port,
                                   bool withMessenger)
{
    auto c = std::make_unique<Client>();
    c->account = createAccount(dir, name);
    app::RelayClient::Options options;
    options.url = QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(port));
    options.minBackoff = std::chrono::milliseconds(20);
    options.maxBackoff = std::chrono::milliseconds(200);
    c->relay = std::make_unique<app::RelayClient>(*c->account, options);
    if (withMessenger)
        c->messenger = std::make_unique<app::Messenger>(*c->account, *c->relay);
    return c;
}

/// Idle five times in a row, 30 ms apart: a receipt one of them sends may
/// wake the other.
bool waitIdle(std::initializer_list<Client *> clients)
{
    int calm = 0;
    return waitUntil(
        [&] {
            bool all = true;
            for (Client *c : clients)
                all = all && c->messenger->isIdle();
            calm = all ? calm + 1 : 0;
            return calm >= 5;
        },
        kWaitMs, 30);
}

qint64 messageCount(Client &c, qint64 conversationId)
{
    storage::MessageRepository repo(c.account->db());
    storage::Result<qint64> n = repo.count(conversationId);
    if (!n)
        die("counting messages failed:", n.error().detail);
    return *n;
}

// ---- the reference: decrypt and store, no relay, no network ----------------------

struct Sealed {
    protocol::CiphertextMessage message;
    QByteArray commitment;
};

/// Encrypts `bodies` as Alice's pipeline would (encoded content, franking
/// commitment) from `from` to `to`, past the PreKey stage.
std::vector<Sealed> sealAll(app::Account &from, app::Account &to, const QStringList &bodies)
{
    const protocol::Address toAddress = addressOf(to);
    const protocol::Address fromAddress = addressOf(from);
    const auto now = std::uint64_t(wallMs());
    protocol::Result<protocol::SignedPreKeyInfo> spk =
        protocol::rotateSignedPreKey(to.signal(), now);
    protocol::Result<QList<protocol::PublicPreKey>> pre = protocol::generatePreKeys(to.signal(), 1);
    if (!spk || !pre || pre->isEmpty())
        die("reference prekeys failed");
    protocol::Result<protocol::PreKeyBundle> bundle =
        protocol::localBundle(to.signal(), 1, pre->constFirst().id, spk->id);
    if (!bundle || !protocol::processPreKeyBundle(from.signal(), toAddress, *bundle))
        die("reference session setup failed");
    // One message each way, so that the backlog is steady-state messages.
    protocol::Result<protocol::CiphertextMessage> first =
        protocol::encrypt(from.signal(), toAddress, QByteArrayView("first"));
    if (!first || !protocol::decrypt(to.signal(), fromAddress, *first))
        die("reference first message failed");
    protocol::Result<protocol::CiphertextMessage> reply =
        protocol::encrypt(to.signal(), fromAddress, QByteArrayView("reply"));
    if (!reply || !protocol::decrypt(from.signal(), toAddress, *reply))
        die("reference reply failed");

    std::vector<Sealed> out;
    out.reserve(std::size_t(bodies.size()));
    for (const QString &body : bodies) {
        const protocol::Content content = protocol::makeContent(body);
        protocol::Result<protocol::CiphertextMessage> m =
            protocol::encrypt(from.signal(), toAddress, protocol::encodeContent(content));
        if (!m)
            die("reference encrypt failed:", m.error().detail);
        out.push_back(
            Sealed{std::move(*m), protocol::frankingCommit(content.frankingKey,
                                                           protocol::committedBytes(content))});
    }
    return out;
}

void measureReference(const QString &dir, const QStringList &bodies, std::vector<Sealed> &sealed,
                      Results &r)
{
    const auto sender = createAccount(dir, QStringLiteral("ref-alice"));
    const auto receiver = createAccount(dir, QStringLiteral("ref-bob"));
    sealed = sealAll(*sender, *receiver, bodies);

    storage::ConversationRepository conversations(receiver->db());
    storage::Result<storage::Conversation> conv = conversations.findOrCreateDirect(
        sender->coveId(), wallMs(), storage::ConversationState::Normal);
    if (!conv)
        die("reference conversation failed:", conv.error().detail);
    storage::MessageRepository messages(receiver->db(), &receiver->attachments());
    const protocol::Address from = addressOf(*sender);
    const QByteArray relayTag(protocol::kFrankingSignatureSize, '\x5a');
    const qint64 serverTime = wallMs();

    const Usage u0 = usageNow();
    const auto t0 = Clock::now();
    int sinceSync = 0;
    for (const Sealed &s : sealed) {
        const storage::ReceiveResult received = storage::receiveAtomically(
            receiver->db(), receiver->protocolStore(),
            [&](const protocol::DecryptHook &hook) {
                return protocol::decrypt(receiver->signal(), from, s.message, hook);
            },
            [&](const protocol::SecureBuffer &plaintext) -> storage::Result<void> {
                protocol::Result<protocol::Content> content =
                    protocol::decodeContent(plaintext.view());
                if (!content)
                    return storage::StorageError{storage::StorageErrorCode::InvalidArgument,
                                                 content.error().detail};
                storage::StoredMessage m;
                m.messageId = content->messageId;
                m.conversationId = conv->id;
                m.senderId = sender->coveId();
                m.direction = storage::Direction::Incoming;
                m.status = storage::MessageStatus::Received;
                m.sentAt = content->sentAtMs;
                m.serverAt = serverTime;
                m.receivedAt = wallMs();
                m.body = content->body;
                m.forwardCount = content->forwardCount;
                m.frankingKey = content->frankingKey;
                m.commitment = s.commitment;
                m.relayTag = relayTag;
                m.content = protocol::encodeContent(*content);
                m.verified = true;
                storage::Result<storage::MessageRepository::Inserted> inserted = messages.insert(m);
                if (!inserted)
                    return inserted.error();
                return {};
            });
        if (!received)
            die("reference receive failed");
        if (++sinceSync == kSyncEvery) {
            sinceSync = 0;
            if (!storage::syncToDisk(receiver->db()))
                die("reference sync failed");
        }
    }
    if (!storage::syncToDisk(receiver->db()))
        die("reference sync failed");
    const double elapsed = ms(Clock::now() - t0);
    recordUsage(r, QStringLiteral("ref"), u0, usageNow(), int(sealed.size()));

    storage::Result<qint64> stored = messages.count(conv->id);
    if (!stored || *stored != qint64(sealed.size()))
        die("reference stored the wrong number of messages");
    r[QStringLiteral("ref_ms")] = elapsed;
    r[QStringLiteral("ref_per_s")] = double(sealed.size()) / (elapsed / 1000.0);
}

// ---- the figure: the backlog through relay, network and pipeline ------------------

void measurePipeline(RelayHost &relayHost, const QString &dir, const QStringList &bodies,
                     bool noReceipts, const QString &perfFifo, Results &r)
{
    const int n = int(bodies.size());
    const auto alice = makeClient(dir, QStringLiteral("alice"), relayHost.port(), true);
    const auto bob = makeClient(dir, QStringLiteral("bob"), relayHost.port(), true);
    alice->relay->start();
    bob->relay->start();
    if (!waitUntil([&] { return alice->relay->isReady() && bob->relay->isReady(); }))
        die("the clients did not connect");
    if (!alice->messenger->addContact(bob->id(), QStringLiteral("Bob")) ||
        !bob->messenger->addContact(alice->id(), QStringLiteral("Alice")))
        die("adding contacts failed");
    if (!waitIdle({alice.get(), bob.get()}))
        die("the clients did not settle");
    const auto aliceConv = alice->messenger->directConversation(bob->id());
    const auto bobConv = bob->messenger->directConversation(alice->id());
    if (!aliceConv || !bobConv)
        die("no conversation");

    // One message each way: the sessions exist and the backlog is steady state.
    if (!alice->messenger->sendMessage(aliceConv->id, QStringLiteral("hello")) ||
        !waitUntil([&] { return messageCount(*bob, bobConv->id) == 1; }) ||
        !bob->messenger->sendMessage(bobConv->id, QStringLiteral("hello")) ||
        !waitUntil([&] { return messageCount(*alice, aliceConv->id) == 2; }) ||
        !waitIdle({alice.get(), bob.get()}))
        die("the first exchange failed");

    if (noReceipts) {
        // A message request gets no delivery receipts: the pipeline minus them.
        storage::ConversationRepository conversations(bob->account->db());
        if (!conversations.setState(bobConv->id, storage::ConversationState::MessageRequest))
            die("setting the conversation state failed");
    }

    // Bob goes offline; Alice sends the backlog; the relay stores it.
    bob->relay->stop();
    if (!waitUntil([&] { return relayHost.authenticatedCount() == 1; }))
        die("Bob did not go offline");
    const auto sendStart = Clock::now();
    for (const QString &body : bodies) {
        if (!alice->messenger->sendMessage(aliceConv->id, body))
            die("sendMessage failed");
        QCoreApplication::processEvents();
    }
    if (!waitUntil([&] { return alice->messenger->outboxSize() == 0; }, kWaitMs, 20))
        die("Alice's outbox did not empty");
    r[QStringLiteral("send_per_s")] = double(n) / (ms(Clock::now() - sendStart) / 1000.0);
    if (!waitIdle({alice.get()}))
        die("Alice did not settle");
    // Alice leaves too: Bob's delivery receipts wait for her on the relay.
    alice->relay->stop();
    if (!waitUntil([&] { return relayHost.authenticatedCount() == 0; }))
        die("Alice did not go offline");
    const qint64 before = messageCount(*bob, bobConv->id);

    int stored = 0;
    bool done = false;
    Clock::time_point readyAt, firstAt, allStoredAt, doneAt;
    QEventLoop loop;
    const QMetaObject::Connection onReady = QObject::connect(
        bob->relay.get(), &app::RelayClient::ready, &loop, [&] { readyAt = Clock::now(); });
    const auto check = [&] {
        if (!done && stored >= n && bob->messenger->isIdle()) {
            done = true;
            doneAt = Clock::now();
            loop.quit();
        }
    };
    const QMetaObject::Connection onStored =
        QObject::connect(bob->messenger.get(), &app::Messenger::messageStored, &loop, [&] {
            ++stored;
            if (stored == 1)
                firstAt = Clock::now();
            if (stored == n)
                allStoredAt = Clock::now();
            check();
        });
    const QMetaObject::Connection onIdle =
        QObject::connect(bob->messenger.get(), &app::Messenger::idle, &loop, check);
    QTimer poll; // in case idleness arrives without a signal
    poll.setInterval(50);
    QObject::connect(&poll, &QTimer::timeout, &loop, check);
    QTimer::singleShot(kWaitMs, &loop, &QEventLoop::quit);

    resetPeakRss();
    const double rssBefore = statusMiB("VmRSS");
    perfControl(perfFifo, "enable");
    const Usage u0 = usageNow();
    const auto t0 = Clock::now();
    bob->relay->start();
    poll.start();
    loop.exec();
    const Usage u1 = usageNow();
    perfControl(perfFifo, "disable");
    poll.stop();
    QObject::disconnect(onReady);
    QObject::disconnect(onStored);
    QObject::disconnect(onIdle);
    if (!done)
        die("Bob did not receive the backlog in time; stored:", QString::number(stored));
    const double peak = statusMiB("VmHWM");

    if (messageCount(*bob, bobConv->id) - before != n)
        die("Bob stored the wrong number of messages");
    if (bob->messenger->outboxSize() != 0)
        die("Bob's receipts were not all sent");
    recordUsage(r, QStringLiteral("pipe"), u0, u1, n);

    const double total = ms(doneAt - t0);
    r[QStringLiteral("pipe_ms")] = total;
    r[QStringLiteral("pipe_per_s")] = double(n) / (total / 1000.0);
    r[QStringLiteral("pipe_ready_ms")] = ms(readyAt - t0);
    r[QStringLiteral("pipe_first_ms")] = ms(firstAt - t0);
    r[QStringLiteral("pipe_stored_ms")] = ms(allStoredAt - t0);
    r[QStringLiteral("rss_before_mib")] = rssBefore;
    r[QStringLiteral("rss_peak_mib")] = peak;
}

// ---- the relay alone: push and acknowledge, no decryption --------------------------

void measureRelayAlone(RelayHost &relayHost, const QString &dir, const std::vector<Sealed> &sealed,
                       Results &r)
{
    const int n = int(sealed.size());
    const auto carol = makeClient(dir, QStringLiteral("carol"), relayHost.port(), false);
    const auto dave = makeClient(dir, QStringLiteral("dave"), relayHost.port(), false);
    carol->relay->start();
    dave->relay->start();
    if (!waitUntil([&] { return carol->relay->isReady() && dave->relay->isReady(); }))
        die("the raw clients did not connect");
    carol->relay->stop();
    if (!waitUntil([&] { return relayHost.authenticatedCount() == 1; }))
        die("Carol did not go offline");

    // Dave stores the backlog for Carol: the reference's ciphertexts.
    int sent = 0;
    int acknowledged = 0;
    int failed = 0;
    std::function<void()> fill = [&] {
        while (sent < n && sent - acknowledged < kRelaySendWindow) {
            const Sealed &s = sealed[std::size_t(sent)];
            const wire::Send send{protocol::crypto::randomByteArray(wire::kClientEnvelopeIdSize),
                                  carol->id(), wire::EnvelopeType::Signal, s.message.bytes,
                                  s.commitment};
            ++sent;
            dave->relay->request(dave->relay.get(), send.toFrame(0),
                                 [&](const app::AppResult<protocol::Frame> &reply) {
                                     ++acknowledged;
                                     if (!reply)
                                         ++failed;
                                     fill();
                                 });
        }
    };
    fill();
    if (!waitUntil([&] { return acknowledged == n; }) || failed != 0)
        die("storing the raw backlog failed");
    dave->relay->stop();
    if (!waitUntil([&] { return relayHost.authenticatedCount() == 0; }))
        die("Dave did not go offline");

    int delivered = 0;
    bool done = false;
    Clock::time_point doneAt;
    QEventLoop loop;
    QObject::connect(carol->relay.get(), &app::RelayClient::delivered, &loop,
                     [&](const wire::Deliver &envelope) {
                         ++delivered;
                         (void)carol->relay->post(wire::DeliverAck{envelope.envelopeId}.toFrame(0));
                     });
    QObject::connect(carol->relay.get(), &app::RelayClient::queueEmpty, &loop, [&] {
        if (delivered >= n) {
            done = true;
            doneAt = Clock::now();
            loop.quit();
        }
    });
    QTimer::singleShot(kWaitMs, &loop, &QEventLoop::quit);
    const auto t0 = Clock::now();
    carol->relay->start();
    loop.exec();
    if (!done || delivered != n)
        die("the raw backlog was not delivered; delivered:", QString::number(delivered));
    const double total = ms(doneAt - t0);
    r[QStringLiteral("relay_ms")] = total;
    r[QStringLiteral("relay_per_s")] = double(n) / (total / 1000.0);
    carol->relay->stop();
}

Results runChild(int n, const QString &dir, bool noReceipts, const QString &perfFifo)
{
    Results r;
    const QStringList bodies = makeBodies(n);
    std::vector<Sealed> sealed;
    measureReference(QDir(dir).filePath(QStringLiteral("reference")), bodies, sealed, r);
    RelayHost relayHost(QDir(dir).filePath(QStringLiteral("relay")));
    measurePipeline(relayHost, QDir(dir).filePath(QStringLiteral("pipeline")), bodies, noReceipts,
                    perfFifo, r);
    measureRelayAlone(relayHost, QDir(dir).filePath(QStringLiteral("raw")), sealed, r);
    return r;
}

// ---- the parent: runs, medians, spread --------------------------------------------

Results spawn(const QString &self, int n, bool noReceipts, const QString &perfFifo)
{
    QTemporaryDir dir;
    if (!dir.isValid())
        die("no temporary directory");
    QStringList args = {QStringLiteral("--child"), QStringLiteral("--messages"), QString::number(n),
                        QStringLiteral("--dir"), dir.path()};
    if (noReceipts)
        args << QStringLiteral("--no-receipts");
    if (!perfFifo.isEmpty())
        args << QStringLiteral("--perf-ctl") << perfFifo;
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(self, args);
    if (!p.waitForFinished(-1) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        die("child failed");
    Results r;
    for (const QByteArray &line : p.readAllStandardOutput().split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (eq > 0)
            r[QString::fromLatin1(line.left(eq))] = line.mid(eq + 1).toDouble();
    }
    return r;
}

QString argument(const QStringList &args, const QString &name, const QString &fallback = {})
{
    const qsizetype i = args.indexOf(name);
    return i > 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const std::size_t m = v.size() / 2;
    return v.size() % 2 ? v[m] : (v[m - 1] + v[m]) / 2.0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int n = argument(args, QStringLiteral("--messages"), QStringLiteral("10000")).toInt();
    const QString perfFifo = argument(args, QStringLiteral("--perf-ctl"));
    const bool noReceipts = args.contains(QStringLiteral("--no-receipts"));
    if (n < 1)
        die("--messages must be positive");
    if (args.contains(QStringLiteral("--child"))) {
        const QString dir = argument(args, QStringLiteral("--dir"));
        if (dir.isEmpty())
            die("--child needs --dir");
        // Warnings still show; the relay's per-connection chatter does not.
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=false\n*.info=false"));
        for (const auto &[key, value] : runChild(n, dir, noReceipts, perfFifo))
            std::printf("%s=%.6f\n", qUtf8Printable(key), value);
        return 0;
    }
    const int runs = argument(args, QStringLiteral("--runs"), QStringLiteral("3")).toInt();
    if (runs < 1)
        die("--runs must be positive");

    std::printf("bench_pipeline: a backlog of %d messages of %d characters delivered to a client "
                "that comes online\n",
                n, kBodyChars);
    std::printf("(SQLCipher profiles, in-process relay on loopback on its own thread, rate limits "
                "off; each run in a fresh process)\n");
    if (noReceipts)
        std::printf("ANALYSIS VARIANT --no-receipts: Bob's conversation is a message request, so "
                    "his pipeline sends no delivery receipts\n");
    std::printf("\n");
    std::vector<Results> all;
    for (int i = 0; i < runs; ++i) {
        const Results r = spawn(args.at(0), n, noReceipts, perfFifo);
        all.push_back(r);
        const double pipe = r.at(QStringLiteral("pipe_per_s"));
        const double ref = r.at(QStringLiteral("ref_per_s"));
        std::printf("run %d\n", i + 1);
        std::printf("  %-46s %9.0f msg/s  %8.0f ms\n", "pipeline: backlog stored, Bob idle", pipe,
                    r.at(QStringLiteral("pipe_ms")));
        std::printf("  %-46s %9s        %8.0f ms\n", "  connected and logged in", "",
                    r.at(QStringLiteral("pipe_ready_ms")));
        std::printf("  %-46s %9s        %8.0f ms\n", "  first message stored", "",
                    r.at(QStringLiteral("pipe_first_ms")));
        std::printf("  %-46s %9s        %8.0f ms\n", "  last message stored", "",
                    r.at(QStringLiteral("pipe_stored_ms")));
        std::printf("  %-46s %9.0f msg/s  %8.0f ms  %5.2fx reference\n",
                    "reference: decrypt + store, no relay", ref, r.at(QStringLiteral("ref_ms")),
                    pipe / ref);
        std::printf("  %-46s %9.0f msg/s  %8.0f ms  %5.2fx reference\n",
                    "relay alone: push + ack, no decryption", r.at(QStringLiteral("relay_per_s")),
                    r.at(QStringLiteral("relay_ms")), r.at(QStringLiteral("relay_per_s")) / ref);
        std::printf("  %-46s %6.3f ms CPU  %5.1f KiB in %4.1f writes  (relay threads: %.3f ms, "
                    "%.1f KiB)\n",
                    "  per message, Bob's thread", r.at(QStringLiteral("pipe_cpu_ms_per_msg")),
                    r.at(QStringLiteral("pipe_kib_per_msg")),
                    r.at(QStringLiteral("pipe_writes_per_msg")),
                    r.at(QStringLiteral("pipe_other_cpu_ms_per_msg")),
                    r.at(QStringLiteral("pipe_other_kib_per_msg")));
        std::printf("  %-46s %6.3f ms CPU  %5.1f KiB in %4.1f writes\n", "  per message, reference",
                    r.at(QStringLiteral("ref_cpu_ms_per_msg")),
                    r.at(QStringLiteral("ref_kib_per_msg")),
                    r.at(QStringLiteral("ref_writes_per_msg")));
        std::printf("  %-46s %9.0f MiB (RSS %.0f MiB when Bob came online)\n",
                    "peak RSS while receiving", r.at(QStringLiteral("rss_peak_mib")),
                    r.at(QStringLiteral("rss_before_mib")));
        std::printf("  %-46s %9.0f msg/s  (setup, not a figure)\n",
                    "Alice's send until the relay stored all", r.at(QStringLiteral("send_per_s")));
    }

    struct Row {
        const char *key;
        const char *label;
        const char *unit;
    };
    const Row rows[] = {
        {"pipe_per_s", "pipeline (msg/s)", ""},
        {"pipe_ready_ms", "  time to logged in (ms)", ""},
        {"pipe_first_ms", "  time to first message (ms)", ""},
        {"pipe_stored_ms", "  time to last message stored (ms)", ""},
        {"pipe_ms", "  time to stored and idle (ms)", ""},
        {"ref_per_s", "reference: decrypt + store (msg/s)", ""},
        {"ratio", "pipeline / reference", "x"},
        {"relay_per_s", "relay alone (msg/s)", ""},
        {"pipe_cpu_ms_per_msg", "  Bob's thread CPU per message (ms)", "m"},
        {"ref_cpu_ms_per_msg", "  reference CPU per message (ms)", "m"},
        {"rss_peak_mib", "peak RSS while receiving (MiB)", ""},
    };
    for (Results &r : all)
        r[QStringLiteral("ratio")] =
            r.at(QStringLiteral("pipe_per_s")) / r.at(QStringLiteral("ref_per_s"));
    std::printf("\nover %d run%s: median (min .. max, spread = (max - min) / median)\n", runs,
                runs == 1 ? "" : "s");
    for (const Row &row : rows) {
        std::vector<double> v;
        for (const Results &r : all)
            v.push_back(r.at(QString::fromLatin1(row.key)));
        const double med = median(v);
        const auto [lo, hi] = std::minmax_element(v.begin(), v.end());
        const int digits = row.unit[0] == 'x' ? 2 : row.unit[0] == 'm' ? 3 : 0;
        const char *unit = row.unit[0] == 'x' ? "x" : "";
        std::printf("  %-38s %10.*f%s  (%.*f .. %.*f, %4.1f %%)\n", row.label, digits, med, unit,
                    digits, *lo, digits, *hi, med > 0 ? 100.0 * (*hi - *lo) / med : 0.0);
    }
    const double pipeMedian = [&] {
        std::vector<double> v;
        for (const Results &r : all)
            v.push_back(r.at(QStringLiteral("pipe_per_s")));
        return median(v);
    }();
    std::printf("\ntarget: at least 1,000 messages/s end to end: %s (median %.0f msg/s)\n",
                pipeMedian >= 1000.0 ? "met" : "MISSED", pipeMedian);
    return 0;
}
