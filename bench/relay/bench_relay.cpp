// SPDX-License-Identifier: GPL-3.0-or-later
// bench_relay: cove-relay under load from many authenticated clients, next
// to a bare QWebSocketServer echo loop measured in the same run with the
// same clients (the transport's floor on this machine).
//
// Both servers run as child processes; all clients run in this process on
// one thread. Every client sends 200-byte envelopes to a fixed set of
// peers (its contacts) and acknowledges every Deliver at once.
//
//   1. echo, saturated: each client keeps W messages in flight.
//   2. relay, saturated: each client keeps W Sends in flight; a message
//      counts when its Deliver reached the recipient (which acks it).
//   3. relay at half the saturated rate, open loop: latency from Send to
//      Deliver (p50, p99); the echo loop at the same rate for reference.
//
// usage: bench_relay [--clients 1000] [--seconds 10] [--window 4]
//                    [--peers 8] [--rate R] [--relay PATH] [--relay-reports no]
//        --rate R measures the latency at R msgs/s instead of half the
//        saturated rate.
//        The relay's own figures (transactions, syncs, waits) are read from
//        the report it logs on SIGUSR1 after the saturated phase and from its
//        shutdown line; --relay-reports no is for a relay that predates
//        SIGUSR1 reports (its figures then cover the whole run).
//        bench_relay --echo-server   (internal: the reference server)

#include "Context.h"
#include "CoveId.h"
#include "EpollEventDispatcher.h"
#include "Keys.h"
#include "RelayMessages.h"
#include "WireFormat.h"

#include <QAbstractEventDispatcher>
#include <QCborStreamReader>
#include <QCborStreamWriter>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QPointer>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>

#include <algorithm>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <functional>
#include <map>
#include <memory>
#include <sys/resource.h>
#include <unistd.h>
#include <vector>

using namespace cove;
using protocol::FrameType;
namespace wire = protocol::wire;
using Clock = std::chrono::steady_clock;

namespace {

constexpr int kPayloadSize = 200;

[[noreturn]] void die(const char *what, const QString &detail = {})
{
    std::fprintf(stderr, "bench_relay: %s %s\n", what, qUtf8Printable(detail));
    std::exit(1);
}

void raiseDescriptorLimit()
{
    struct rlimit limit = {};
    if (::getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        (void)::setrlimit(RLIMIT_NOFILE, &limit);
    }
}

qint64 nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now().time_since_epoch())
        .count();
}

/// Spins the event loop for `ms`, or until `done` returns true.
void runFor(int ms, const std::function<bool()> &done = {})
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms) {
        if (done && done())
            return;
        QEventLoop loop;
        QTimer::singleShot(std::min<qint64>(20, ms - t.elapsed()), &loop, &QEventLoop::quit);
        loop.exec();
    }
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, std::size_t(double(v.size()) * p))];
}

/// CPU seconds (user + system) in a /proc/.../stat file, 0 when unreadable.
double statCpuSeconds(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray stat = f.readAll();
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return 0;
    const double ticks = double(::sysconf(_SC_CLK_TCK));
    return (fields[11].toDouble() + fields[12].toDouble()) / ticks;
}

/// CPU seconds (user + system) a process used so far.
double processCpuSeconds(qint64 pid)
{
    return statCpuSeconds(QStringLiteral("/proc/%1/stat").arg(pid));
}

/// What one thread of a process used so far: CPU seconds, bytes handed to
/// write calls and the number of those calls, from /proc.
struct ThreadUse {
    QString name;
    double cpuSeconds = 0;
    double bytesWritten = 0;
    double writeCalls = 0;
};

std::map<qint64, ThreadUse> threadUse(qint64 pid)
{
    std::map<qint64, ThreadUse> out;
    const QDir tasks(QStringLiteral("/proc/%1/task").arg(pid));
    for (const QString &tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        ThreadUse use;
        QFile comm(tasks.filePath(tid + QStringLiteral("/comm")));
        if (comm.open(QIODevice::ReadOnly))
            use.name = QString::fromUtf8(comm.readAll().trimmed());
        use.cpuSeconds = statCpuSeconds(tasks.filePath(tid + QStringLiteral("/stat")));
        QFile io(tasks.filePath(tid + QStringLiteral("/io")));
        if (io.open(QIODevice::ReadOnly)) {
            for (const QByteArray &line : io.readAll().split('\n')) {
                if (line.startsWith("wchar: "))
                    use.bytesWritten = line.mid(7).toDouble();
                else if (line.startsWith("syscw: "))
                    use.writeCalls = line.mid(7).toDouble();
            }
        }
        out[tid.toLongLong()] = use;
    }
    return out;
}

double ownCpuSeconds()
{
    struct rusage u = {};
    ::getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
           double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

// ---- Lean frame coding for the load generator ------------------------------
// The clients write the canonical frames by hand (keys 0..n ascend, so their
// order is canonical) and read only the fields they need, so that the load
// generator spends as little of the shared CPU as it can.

void writeHeader(QCborStreamWriter &w, FrameType type, quint64 requestId, quint64 bodyEntries)
{
    w.startArray(4);
    w.append(quint64(protocol::kWireVersion));
    w.append(quint64(type));
    w.append(requestId);
    w.startMap(bodyEntries);
}

QByteArray encodeSend(quint64 requestId, const QByteArray &clientId, const QByteArray &recipient,
                      const QByteArray &ciphertext, const QByteArray &commitment)
{
    QByteArray out;
    out.reserve(kPayloadSize + 128);
    QCborStreamWriter w(&out);
    writeHeader(w, FrameType::Send, requestId, 5);
    w.append(quint64(0));
    w.appendByteString(clientId.constData(), clientId.size());
    w.append(quint64(1));
    w.appendTextString(recipient.constData(), recipient.size());
    w.append(quint64(2));
    w.append(quint64(wire::EnvelopeType::Signal));
    w.append(quint64(3));
    w.appendByteString(ciphertext.constData(), ciphertext.size());
    w.append(quint64(4));
    w.appendByteString(commitment.constData(), commitment.size());
    w.endMap();
    w.endArray();
    return out;
}

QByteArray encodeDeliverAck(quint64 envelopeId)
{
    QByteArray out;
    QCborStreamWriter w(&out);
    writeHeader(w, FrameType::DeliverAck, 0, 1);
    w.append(quint64(0));
    w.append(envelopeId);
    w.endMap();
    w.endArray();
    return out;
}

struct Peek {
    quint64 type = 0;
    quint64 requestId = 0;
    quint64 envelopeId = 0; ///< Deliver only
    qint64 sentNs = 0;      ///< Deliver only: the timestamp inside the ciphertext
    quint64 errorCode = 0;  ///< Error only
};

QByteArray readBytes(QCborStreamReader &r)
{
    QByteArray out;
    auto chunk = r.readByteArray();
    while (chunk.status == QCborStreamReader::Ok) {
        out += chunk.data;
        chunk = r.readByteArray();
    }
    return out;
}

bool peek(const QByteArray &bytes, Peek *p)
{
    QCborStreamReader r(bytes);
    if (!r.isArray() || !r.enterContainer())
        return false;
    r.next(); // version
    p->type = r.toUnsignedInteger();
    r.next();
    p->requestId = r.toUnsignedInteger();
    r.next();
    if (p->type != quint64(FrameType::Deliver) && p->type != quint64(FrameType::Error))
        return true;
    if (!r.isMap() || !r.enterContainer())
        return false;
    while (r.hasNext()) {
        const quint64 key = r.toUnsignedInteger();
        r.next();
        if (p->type == quint64(FrameType::Error) && key == 0) {
            p->errorCode = r.toUnsignedInteger();
            r.next();
        } else if (p->type == quint64(FrameType::Deliver) && key == 0) {
            p->envelopeId = r.toUnsignedInteger();
            r.next();
        } else if (p->type == quint64(FrameType::Deliver) && key == 3) {
            const QByteArray c = readBytes(r);
            if (c.size() >= 8)
                std::memcpy(&p->sentNs, c.constData(), 8);
        } else {
            r.next();
        }
    }
    return true;
}

// ---- The reference server --------------------------------------------------

int runEchoServer(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    raiseDescriptorLimit();
    // Echoes leave before the loop waits, as the relay's frames do.
    std::vector<QPointer<QWebSocket>> unflushed;
    // Accepted the way cove-relay accepts: TCP first, Nagle off, then the
    // WebSocket handshake.
    QWebSocketServer server(QStringLiteral("echo"), QWebSocketServer::NonSecureMode);
    QObject::connect(QAbstractEventDispatcher::instance(), &QAbstractEventDispatcher::aboutToBlock,
                     &server, [&unflushed] {
                         for (const QPointer<QWebSocket> &s : std::exchange(unflushed, {}))
                             if (s)
                                 s->flush();
                     });
    QTcpServer tcp;
    tcp.setMaxPendingConnections(1024);
    QObject::connect(&tcp, &QTcpServer::pendingConnectionAvailable, [&] {
        while (QTcpSocket *socket = tcp.nextPendingConnection()) {
            socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            server.handleConnection(socket);
        }
    });
    QObject::connect(&server, &QWebSocketServer::newConnection, [&] {
        while (server.hasPendingConnections()) {
            QWebSocket *s = server.nextPendingConnection();
            s->setParent(&server);
            QObject::connect(s, &QWebSocket::binaryMessageReceived, s,
                             [s, &unflushed](const QByteArray &m) {
                                 s->sendBinaryMessage(m);
                                 unflushed.emplace_back(s);
                             });
            QObject::connect(s, &QWebSocket::disconnected, s, &QObject::deleteLater);
        }
    });
    if (!tcp.listen(QHostAddress::LocalHost, 0))
        return 1;
    std::printf("echo listening on 127.0.0.1:%u\n", unsigned(tcp.serverPort()));
    std::fflush(stdout);
    return app.exec();
}

// ---- Clients -----------------------------------------------------------------

struct Client {
    int index = 0;
    QWebSocket *ws = nullptr;
    bool unflushed = false; ///< written to in this turn of the event loop
    protocol::IdentityKeyPair identity;
    quint32 registrationId = 1;
    QByteArray coveId; ///< UTF-8
    bool ready = false;
    int outstanding = 0;
    quint64 nextRequest = 1;
    std::vector<int> peers;
    std::size_t nextPeer = 0;
};

struct Stats {
    quint64 delivered = 0;
    quint64 acked = 0;
    quint64 errors = 0;
    quint64 busy = 0;
    bool recordLatency = false;
    std::vector<double> latencyMs;
};

/// A child server process that prints its port on a line matching `pattern`.
struct Child {
    QProcess process;
    quint16 port = 0;

    void start(const QString &program, const QStringList &args, const QRegularExpression &pattern)
    {
        process.setProgram(program);
        process.setArguments(args);
        process.setProcessChannelMode(QProcess::SeparateChannels);
        process.start();
        if (!process.waitForStarted(5000))
            die("cannot start", program);
        QByteArray out;
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 10000) {
            process.waitForReadyRead(100);
            out += process.readAllStandardOutput();
            const auto m = pattern.match(QString::fromUtf8(out));
            if (m.hasMatch()) {
                port = quint16(m.captured(1).toUInt());
                return;
            }
            if (process.state() == QProcess::NotRunning)
                break;
        }
        die("the server did not start:", QString::fromUtf8(process.readAllStandardError()));
    }

    /// SIGTERM, and the server's log.
    QByteArray stop()
    {
        ::kill(pid_t(process.processId()), SIGTERM);
        if (!process.waitForFinished(15000))
            process.kill();
        return process.readAllStandardError();
    }
};

class Bench {
public:
    Bench(int clients, int window, int peers) : m_window(window)
    {
        m_clients.resize(std::size_t(clients));
        for (int i = 0; i < clients; ++i) {
            Client &c = m_clients[std::size_t(i)];
            c.index = i;
            // Contacts spread over the whole population, never oneself.
            const int step = std::max(1, clients / (peers + 1));
            for (int k = 1; k <= std::min(peers, clients - 1); ++k)
                c.peers.push_back((i + k * step) % clients);
        }
        // What a turn of the event loop wrote leaves before the loop waits,
        // not on the next turn, as the relay does it.
        QObject::connect(QAbstractEventDispatcher::instance(),
                         &QAbstractEventDispatcher::aboutToBlock, &m_flushContext,
                         [this] { flush(); });
    }

    void makeIdentities()
    {
        for (Client &c : m_clients) {
            auto id = protocol::generateIdentityKeyPair(m_context);
            if (!id)
                die("identity");
            c.identity = std::move(*id);
            c.coveId = protocol::coveIdForIdentityKey(c.identity.publicKey).toUtf8();
            c.registrationId = quint32(1 + c.index % 16000);
        }
    }

    /// Connects every client; with `authenticate`, runs the relay handshake too.
    void connectAll(quint16 port, bool authenticate)
    {
        m_authenticate = authenticate;
        const QUrl url(QStringLiteral("ws://127.0.0.1:%1").arg(port));
        // In waves, so the listen backlog never overflows.
        constexpr int kWave = 100;
        for (std::size_t start = 0; start < m_clients.size(); start += kWave) {
            const std::size_t end = std::min(m_clients.size(), start + kWave);
            for (std::size_t i = start; i < end; ++i)
                open(m_clients[i], url);
            runFor(30000, [&] {
                for (std::size_t i = start; i < end; ++i)
                    if (!m_clients[i].ready)
                        return false;
                return true;
            });
            for (std::size_t i = start; i < end; ++i)
                if (!m_clients[i].ready)
                    die("a client did not get ready");
        }
    }

    void closeAll()
    {
        for (Client &c : m_clients) {
            if (c.ws) {
                c.ws->disconnect();
                c.ws->abort();
                c.ws->deleteLater();
                c.ws = nullptr;
            }
            c.ready = false;
            c.outstanding = 0;
        }
        runFor(200);
    }

    /// Closed loop: every client keeps `window` messages in flight.
    void startSaturated()
    {
        m_closedLoop = true;
        for (Client &c : m_clients)
            while (c.outstanding < m_window)
                sendOne(c);
    }
    void stopLoad() { m_closedLoop = false; }

    /// Open loop at `rate` messages per second for `ms`, round-robin over clients.
    void runOpenLoop(double rate, int ms, int warmupMs)
    {
        QElapsedTimer t;
        t.start();
        quint64 issued = 0;
        std::size_t next = 0;
        QTimer tick;
        tick.setTimerType(Qt::PreciseTimer);
        tick.setInterval(1);
        QObject::connect(&tick, &QTimer::timeout, [&] {
            const auto target = quint64(rate * double(t.nsecsElapsed()) / 1e9);
            m_stats.recordLatency = t.elapsed() >= warmupMs;
            while (issued < target) {
                Client &c = m_clients[next];
                next = (next + 1) % m_clients.size();
                sendOne(c);
                ++issued;
            }
        });
        tick.start();
        runFor(ms);
        tick.stop();
        m_stats.recordLatency = false;
        runFor(500); // let the last ones arrive
    }

    Stats &stats() { return m_stats; }
    void resetStats() { m_stats = Stats{}; }

private:
    void open(Client &c, const QUrl &url)
    {
        c.ws = new QWebSocket;
        c.ws->setMaxAllowedIncomingMessageSize(quint64(protocol::kMaxFrameSize));
        Client *cp = &c;
        QObject::connect(c.ws, &QWebSocket::connected, c.ws, [this, cp] {
            if (!m_authenticate) {
                cp->ready = true;
                return;
            }
            write(*cp, protocol::encodeFrame(
                           wire::Hello{cp->identity.publicKey, cp->registrationId}.toFrame(
                               cp->nextRequest++)));
        });
        QObject::connect(c.ws, &QWebSocket::binaryMessageReceived, c.ws,
                         [this, cp](const QByteArray &m) { onMessage(*cp, m); });
        c.ws->open(url);
    }

    void onMessage(Client &c, const QByteArray &m)
    {
        if (!m_authenticate) { // echo
            qint64 sent = 0;
            std::memcpy(&sent, m.constData(), 8);
            record(sent);
            ++m_stats.delivered;
            --c.outstanding;
            if (m_closedLoop)
                sendOne(c);
            return;
        }
        if (!c.ready) {
            handshake(c, m);
            return;
        }
        Peek p;
        if (!peek(m, &p))
            die("the relay sent an unreadable frame");
        switch (FrameType(p.type)) {
        case FrameType::SendAck:
            ++m_stats.acked;
            --c.outstanding;
            if (m_closedLoop)
                sendOne(c);
            break;
        case FrameType::Deliver:
            write(c, encodeDeliverAck(p.envelopeId));
            ++m_stats.delivered;
            record(p.sentNs);
            break;
        case FrameType::Error:
            ++m_stats.errors;
            if (p.errorCode == quint64(protocol::WireError::Busy))
                ++m_stats.busy;
            --c.outstanding;
            if (m_closedLoop)
                sendOne(c);
            break;
        default:
            break;
        }
    }

    void handshake(Client &c, const QByteArray &m)
    {
        auto frame = protocol::decodeFrame(m);
        if (!frame)
            die("bad handshake frame");
        if (frame->type == FrameType::Challenge) {
            auto ch = wire::Challenge::fromFrame(*frame);
            auto sig = protocol::signWithIdentity(
                m_context, c.identity, wire::authPayload(ch->nonce, c.identity.publicKey));
            if (!sig)
                die("sign");
            write(c, protocol::encodeFrame(wire::Authenticate{*sig}.toFrame(c.nextRequest++)));
        } else if (frame->type == FrameType::QueueEmpty) {
            c.ready = true;
        } else if (frame->type == FrameType::Deliver) {
            // Left over from an earlier phase: acknowledge it.
            write(c, encodeDeliverAck(wire::Deliver::fromFrame(*frame)->envelopeId));
        } else if (frame->type == FrameType::Error) {
            die("handshake refused", protocol::errorFromFrame(*frame)->second);
        }
    }

    void record(qint64 sentNs)
    {
        if (m_stats.recordLatency && sentNs > 0)
            m_stats.latencyMs.push_back(double(nowNs() - sentNs) / 1e6);
    }

    void sendOne(Client &c)
    {
        if (!c.ready || !c.ws)
            return;
        QByteArray payload(kPayloadSize, 'p');
        const qint64 t = nowNs();
        std::memcpy(payload.data(), &t, 8);
        ++c.outstanding;
        if (!m_authenticate) {
            write(c, payload);
            return;
        }
        const Client &to = m_clients[std::size_t(c.peers[c.nextPeer])];
        c.nextPeer = (c.nextPeer + 1) % c.peers.size();
        // As a Cove client makes them: the sender's clock, then random bytes.
        const QByteArray clientId = wire::newClientEnvelopeId(QDateTime::currentMSecsSinceEpoch());
        static const QByteArray commitment(32, 'c');
        write(c, encodeSend(c.nextRequest++, clientId, to.coveId, payload, commitment));
    }

    void write(Client &c, const QByteArray &frame)
    {
        c.ws->sendBinaryMessage(frame);
        if (!c.unflushed) {
            c.unflushed = true;
            m_unflushed.push_back(&c);
        }
    }

    void flush()
    {
        for (Client *c : std::exchange(m_unflushed, {})) {
            c->unflushed = false;
            if (c->ws)
                c->ws->flush();
        }
    }

    protocol::Context m_context;
    std::vector<Client> m_clients;
    std::vector<Client *> m_unflushed;
    QObject m_flushContext;
    int m_window;
    bool m_authenticate = false;
    bool m_closedLoop = false;
    Stats m_stats;
};

/// The disk's floor for a durable commit: appending 8 KiB to a file and
/// fdatasync(), as a WAL commit does at least once.
std::pair<double, double> syncFloorMs(const QString &dir, int samples)
{
    const QByteArray path = QFile::encodeName(QDir(dir).filePath(QStringLiteral("sync-probe")));
    const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0)
        die("cannot create the sync probe");
    std::vector<double> ms;
    const QByteArray block(8192, 's');
    for (int i = 0; i < samples; ++i) {
        const auto t = Clock::now();
        if (::write(fd, block.constData(), std::size_t(block.size())) != block.size() ||
            ::fdatasync(fd) != 0)
            die("the sync probe failed");
        ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t).count());
    }
    ::close(fd);
    ::unlink(path.constData());
    return {percentile(ms, 0.5), percentile(ms, 0.99)};
}

struct Throughput {
    double perSecond = 0;
    double serverCores = 0;
    double clientCores = 0;
    quint64 errors = 0;
    /// Per relay thread over the measurement: CPU, bytes and write calls,
    /// all per delivered message.
    std::vector<ThreadUse> threads;
};

Throughput measureSaturated(Bench &bench, qint64 serverPid, int warmupMs, int ms)
{
    bench.resetStats();
    bench.startSaturated();
    runFor(warmupMs);
    const quint64 before = bench.stats().delivered;
    const quint64 errorsBefore = bench.stats().errors;
    const double serverCpu = processCpuSeconds(serverPid);
    const std::map<qint64, ThreadUse> threadsBefore = threadUse(serverPid);
    const double ownCpu = ownCpuSeconds();
    QElapsedTimer t;
    t.start();
    runFor(ms);
    const double seconds = double(t.nsecsElapsed()) / 1e9;
    Throughput r;
    const double delivered = double(bench.stats().delivered - before);
    r.perSecond = delivered / seconds;
    for (const auto &[tid, after] : threadUse(serverPid)) {
        const auto was = threadsBefore.find(tid);
        if (was == threadsBefore.end() || delivered <= 0)
            continue;
        r.threads.push_back(
            ThreadUse{after.name + (tid == serverPid ? QStringLiteral(" (main)") : QString()),
                      (after.cpuSeconds - was->second.cpuSeconds) / delivered,
                      (after.bytesWritten - was->second.bytesWritten) / delivered,
                      (after.writeCalls - was->second.writeCalls) / delivered});
    }
    r.serverCores = (processCpuSeconds(serverPid) - serverCpu) / seconds;
    r.clientCores = (ownCpuSeconds() - ownCpu) / seconds;
    r.errors = bench.stats().errors - errorsBefore;
    bench.stopLoad();
    runFor(1000);
    return r;
}

} // namespace

int main(int argc, char **argv)
{
    // The event dispatcher cove-relay uses, for the clients and the echo
    // server too, so the reference runs on the same footing.
    if (!qEnvironmentVariableIsSet("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
    if (auto epoll = std::make_unique<cove::relay::EpollEventDispatcher>(); epoll->isValid())
        QCoreApplication::setEventDispatcher(epoll.release());
    if (argc > 1 && std::strcmp(argv[1], "--echo-server") == 0)
        return runEchoServer(argc, argv);

    QCoreApplication app(argc, argv);
    raiseDescriptorLimit();
    std::signal(SIGPIPE, SIG_IGN);
    int clients = 1000;
    int seconds = 10;
    int window = 4;
    int peers = 8;
    double fixedRate = 0;
    QString relayPath = QStringLiteral(COVE_RELAY_BINARY);
    bool relayReports = true;
    bool latencyOnly = false;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        const QString &k = args[i];
        const QString &v = args[i + 1];
        if (k == QLatin1String("--clients"))
            clients = v.toInt();
        else if (k == QLatin1String("--seconds"))
            seconds = v.toInt();
        else if (k == QLatin1String("--window"))
            window = v.toInt();
        else if (k == QLatin1String("--peers"))
            peers = v.toInt();
        else if (k == QLatin1String("--rate"))
            fixedRate = v.toDouble();
        else if (k == QLatin1String("--relay"))
            relayPath = v;
        else if (k == QLatin1String("--relay-reports"))
            relayReports = v != QLatin1String("no");
        else if (k == QLatin1String("--latency-only"))
            latencyOnly = v == QLatin1String("yes");
        else
            die("unknown option", k);
    }
    if (clients < 2 || seconds < 1 || window < 1 || peers < 1)
        die("bad options");
    // Only the latency phase, at a given rate: quicker, for comparing builds
    // in many alternating runs.
    if (latencyOnly && fixedRate <= 0)
        die("--latency-only yes needs --rate");
    const int ms = seconds * 1000;
    const int warmupMs = 2000;

    std::printf("bench_relay: %d clients, %d-byte envelopes, %d in flight per client, "
                "%d peers each, %d s per phase, %ld cores\n",
                clients, kPayloadSize, window, peers, seconds, ::sysconf(_SC_NPROCESSORS_ONLN));
    std::fflush(stdout);

    Bench bench(clients, window, peers);
    bench.makeIdentities();

    // ---- 1. Reference: the bare echo loop, saturated ---------------------------
    Child echo;
    echo.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--echo-server")},
               QRegularExpression(QStringLiteral("echo listening on 127\\.0\\.0\\.1:(\\d+)")));
    Throughput echoSat;
    if (!latencyOnly) {
        bench.connectAll(echo.port, false);
        echoSat = measureSaturated(bench, echo.process.processId(), warmupMs, ms);
        bench.closeAll();
        std::printf(
            "echo  saturated : %9.0f round trips/s   (server %.2f cores, clients %.2f cores)\n",
            echoSat.perSecond, echoSat.serverCores, echoSat.clientCores);
        std::fflush(stdout);
    }

    // ---- 2. The relay, saturated ---------------------------------------------------
    QTemporaryDir data;
    const auto [sync50, sync99] = syncFloorMs(data.path(), 300);
    std::printf("disk: write 8 KiB + fdatasync p50 %.2f ms, p99 %.2f ms (the floor of one durable "
                "commit)\n",
                sync50, sync99);
    Child relay;
    relay.start(relayPath,
                {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                 QStringLiteral("--data"), data.filePath(QStringLiteral("relay")),
                 QStringLiteral("--no-rate-limits")},
                QRegularExpression(QStringLiteral("listening on 127\\.0\\.0\\.1:(\\d+)")));
    QElapsedTimer connectTimer;
    connectTimer.start();
    bench.connectAll(relay.port, true);
    std::printf("relay: %d clients connected and authenticated in %.1f s\n", clients,
                double(connectTimer.elapsed()) / 1000.0);
    // First contact with every peer happens here, not in the measurement.
    bench.startSaturated();
    runFor(3000);
    bench.stopLoad();
    runFor(1000);

    Throughput relaySat;
    if (!latencyOnly) {
        relaySat = measureSaturated(bench, relay.process.processId(), warmupMs, ms);
        std::printf(
            "relay saturated : %9.0f msgs/s          (server %.2f cores, clients %.2f cores, "
            "%llu errors)\n",
            relaySat.perSecond, relaySat.serverCores, relaySat.clientCores,
            static_cast<unsigned long long>(relaySat.errors));
        std::printf("  ratio to echo : %.2f  (a relayed message is 4 WebSocket messages at the "
                    "server: Send, SendAck, Deliver, DeliverAck; an echo is 2)\n",
                    relaySat.perSecond / echoSat.perSecond);
        for (const ThreadUse &u : relaySat.threads) {
            if (u.cpuSeconds * relaySat.perSecond < 0.01)
                continue; // idle threads
            std::printf("  relay thread %-20s %6.1f us CPU, %6.0f bytes in %4.1f write calls per "
                        "message\n",
                        qUtf8Printable(u.name), u.cpuSeconds * 1e6, u.bytesWritten, u.writeCalls);
        }
    }
    std::fflush(stdout);
    if (relayReports)
        ::kill(pid_t(relay.process.processId()), SIGUSR1); // its figures so far: saturated

    // ---- 3. Latency at half the saturated rate -------------------------------------------
    const double half = fixedRate > 0 ? fixedRate : relaySat.perSecond / 2;
    bench.resetStats();
    const std::map<qint64, ThreadUse> threadsBefore = threadUse(relay.process.processId());
    const double clientCpuBefore = ownCpuSeconds();
    QElapsedTimer latencyTimer;
    latencyTimer.start();
    bench.runOpenLoop(half, ms, warmupMs);
    const double latencySeconds = double(latencyTimer.nsecsElapsed()) / 1e9;
    // How busy each thread was: queueing, hence latency, grows as one nears 1.
    std::printf("busy in the latency phase (cores): clients %.2f",
                (ownCpuSeconds() - clientCpuBefore) / latencySeconds);
    for (const auto &[tid, after] : threadUse(relay.process.processId())) {
        const auto was = threadsBefore.find(tid);
        const double cores = was == threadsBefore.end()
                                 ? 0
                                 : (after.cpuSeconds - was->second.cpuSeconds) / latencySeconds;
        if (cores >= 0.01)
            std::printf(", %s %.2f", qUtf8Printable(after.name), cores);
    }
    std::printf("\n");
    const std::vector<double> relayLatency = bench.stats().latencyMs;
    const quint64 relayErrors = bench.stats().errors;
    const QByteArray relayLog = relay.stop();
    bench.closeAll();

    bench.connectAll(echo.port, false);
    bench.resetStats();
    bench.runOpenLoop(half, ms, warmupMs);
    const std::vector<double> echoLatency = bench.stats().latencyMs;
    bench.closeAll();
    echo.stop();

    const double rp50 = percentile(relayLatency, 0.50);
    const double rp99 = percentile(relayLatency, 0.99);
    const double ep50 = percentile(echoLatency, 0.50);
    const double ep99 = percentile(echoLatency, 0.99);
    std::printf("at %.0f msgs/s (%s), Send -> Deliver latency, %zu samples, %llu errors:\n", half,
                fixedRate > 0 ? "--rate" : "half load", relayLatency.size(),
                static_cast<unsigned long long>(relayErrors));
    std::printf("  relay p50 %7.2f ms   p99 %7.2f ms\n", rp50, rp99);
    std::printf("  echo  p50 %7.2f ms   p99 %7.2f ms   (round trip at the same rate)\n", ep50,
                ep99);
    std::printf("  ratio p50 %.1fx   p99 %.1fx\n", ep50 > 0 ? rp50 / ep50 : 0.0,
                ep99 > 0 ? rp99 / ep99 : 0.0);

    // Group commit and waits, from the relay's reports.
    static const QRegularExpression commits(QStringLiteral(
        "transactions committed: (\\d+) writes: (\\d+) mean run us: (\\d+) mean commit us: "
        "(\\d+) max commit us: (\\d+)(?: mean queued us: (\\d+) max queued us: (\\d+))?(?: syncs: "
        "(\\d+) mean sync us: "
        "(\\d+) max sync us: (\\d+))?(?: sends answered: (\\d+) mean send to answer us: (\\d+) "
        "max send to answer us: (\\d+))?(?: mean finish wait us: (\\d+) max finish wait us: "
        "(\\d+))?(?: mean send to hand-out us: (\\d+) max send to hand-out us: (\\d+) mean "
        "committed wait us: (\\d+) max committed wait us: (\\d+))?(?: handed out before stored: "
        "(\\d+))?"));
    // One report for the saturated phase (SIGUSR1), one at shutdown for the
    // latency phase; a single line from an older relay covers the whole run.
    QList<QRegularExpressionMatch> reports;
    for (auto it = commits.globalMatch(QString::fromUtf8(relayLog)); it.hasNext();)
        reports.append(it.next());
    const char *phases[] = {latencyOnly ? "in the warm-up" : "in the saturated phase",
                            "in the latency phase"};
    for (qsizetype r = 0; r < reports.size() && r < 2; ++r) {
        const QRegularExpressionMatch &m = reports[r];
        const char *phase = reports.size() == 1 ? "over the whole run" : phases[r];
        const double batches = m.captured(1).toDouble();
        const double writes = m.captured(2).toDouble();
        std::printf("relay storage %s: %.0f transactions for %.0f writes (%.1f per "
                    "commit); per transaction %.2f ms running, %.2f ms committing (max %.1f ms)\n",
                    phase, batches, writes, batches > 0 ? writes / batches : 0.0,
                    m.captured(3).toDouble() / 1000, m.captured(4).toDouble() / 1000,
                    m.captured(5).toDouble() / 1000);
        if (!m.captured(6).isEmpty())
            std::printf("  a request waited for its transaction to begin %.2f ms on average (max "
                        "%.1f ms)\n",
                        m.captured(6).toDouble() / 1000, m.captured(7).toDouble() / 1000);
        if (m.captured(8).toDouble() > 0)
            std::printf("  commits wrote the log without waiting for the disk; %.0f syncs on their "
                        "own thread (%.1f transactions each) took %.2f ms on average (max %.1f "
                        "ms)\n",
                        m.captured(8).toDouble(), batches / m.captured(8).toDouble(),
                        m.captured(9).toDouble() / 1000, m.captured(10).toDouble() / 1000);
        if (!m.captured(11).isEmpty())
            std::printf(
                "  at the relay, a Send's arrival to its answer: %.2f ms on average (max %.1f "
                "ms) over %.0f Sends\n",
                m.captured(12).toDouble() / 1000, m.captured(13).toDouble() / 1000,
                m.captured(11).toDouble());
        if (!m.captured(14).isEmpty())
            std::printf("  a stored batch waited for the relay's network thread %.2f ms on average "
                        "(max %.1f ms)\n",
                        m.captured(14).toDouble() / 1000, m.captured(15).toDouble() / 1000);
        if (!m.captured(16).isEmpty())
            std::printf("  a Send's envelope was handed to its recipient's connection "
                        "%.2f ms after the Send arrived on average (max %.1f ms), after its "
                        "committed batch waited %.2f ms for the network thread (max %.1f ms)\n",
                        m.captured(16).toDouble() / 1000, m.captured(17).toDouble() / 1000,
                        m.captured(18).toDouble() / 1000, m.captured(19).toDouble() / 1000);
        if (!m.captured(20).isEmpty())
            std::printf("  %.0f of %.0f Sends were handed to their online recipient before they "
                        "were stored\n",
                        m.captured(20).toDouble(), m.captured(11).toDouble());
    }
    std::printf("targets: >= 20000 msgs/s saturated: %s; p99 < 10 ms at half load: %s\n",
                latencyOnly                   ? "not measured (--latency-only)"
                : relaySat.perSecond >= 20000 ? "met"
                                              : "NOT met",
                fixedRate > 0 ? "not measured (--rate)"
                : rp99 < 10   ? "met"
                              : "NOT met");
    return 0;
}
