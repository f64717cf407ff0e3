// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoWorld.h"

#include "Account.h"
#include "CoveId.h"
#include "Crypto.h"
#include "Franking.h"
#include "KeyFile.h"
#include "Messages.h"
#include "Messenger.h"
#include "ModerationDesk.h"
#include "Outbox.h"
#include "RelayClient.h"
#include "RelayConfig.h"
#include "RelayServer.h"
#include "Reports.h"
#include "SqliteRelayStorage.h"

#include <QColor>
#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QHostAddress>
#include <QImage>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>
#include <QPointer>
#include <QRadialGradient>
#include <QSet>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <vector>

namespace cove::app::demo {

namespace wire = protocol::wire;

namespace {

/// The demo relay's limits on new conversations (see RelayConfig). Low, so
/// that the Prize Desk runs into them within seconds:
///  - an account younger than a week may open kNewConversationsPerDayYoung
///    conversations with strangers per day; the next one is refused with
///    NewConversationLimit;
///  - from kMassContactThreshold new conversations on, the relay stamps the
///    first-contact facts of the next ones with massContact.
/// Every demo account is new, so the tester, Maya, Sam and Alex fall under
/// the same limit: the scripts open one new conversation at most for each
/// of them (the tester's with Maya), which leaves the tester five to start.
constexpr int kNewConversationsPerDayYoung = 6;
constexpr int kMassContactThreshold = 3;
/// The Prize Desk's silent targets: kMassContactThreshold before the
/// tester (so the tester's request carries the flag), then as many as fill
/// the limit, then one more that the relay refuses.
constexpr int kSilentTargets = kNewConversationsPerDayYoung;

/// How long start() waits for one step (registering, a message arriving)
/// before it gives up. Each step normally takes milliseconds.
constexpr int kStepTimeoutMs = 20000;

/// Runs the event loop until `done` or the timeout; true when done.
bool waitUntil(const std::function<bool()> &done, int timeoutMs = kStepTimeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QEventLoop loop;
        QTimer::singleShot(10, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

QString randomPassphrase()
{
    return QString::fromLatin1(protocol::crypto::randomByteArray(24).toBase64(
        QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

/// A pleasant picture for Maya to send: a lake below mountains at sunset,
/// painted (no fonts, so no GUI application is needed) and deterministic.
QImage landscape()
{
    constexpr int kWidth = 800;
    constexpr int kHeight = 600;
    constexpr qreal kHorizon = 420;
    QImage image(kWidth, kHeight, QImage::Format_RGB32);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);

    QLinearGradient sky(0, 0, 0, kHorizon);
    sky.setColorAt(0.0, QColor(0x2b, 0x58, 0x76));
    sky.setColorAt(0.55, QColor(0xf2, 0x9e, 0x6d));
    sky.setColorAt(1.0, QColor(0xfc, 0xdc, 0xa8));
    p.fillRect(QRectF(0, 0, kWidth, kHorizon), sky);

    // The sun, low over the ridge, with its glow.
    const QPointF sunAt(600, 175);
    QRadialGradient glow(sunAt, 150);
    glow.setColorAt(0.0, QColor(0xff, 0xe9, 0xb0, 200));
    glow.setColorAt(1.0, QColor(0xff, 0xe9, 0xb0, 0));
    p.setBrush(glow);
    p.drawEllipse(sunAt, 150, 150);
    p.setBrush(QColor(0xff, 0xf4, 0xd6));
    p.drawEllipse(sunAt, 36, 36);

    // A ridge line as x, y pairs from left to right, filled down to the horizon.
    const auto ridge = [&](std::initializer_list<qreal> xy, const QColor &top,
                           const QColor &bottom) {
        QPainterPath path;
        path.moveTo(0, kHorizon);
        for (auto it = xy.begin(); it + 1 < xy.end(); it += 2)
            path.lineTo(*it, *(it + 1));
        path.lineTo(kWidth, kHorizon);
        path.closeSubpath();
        QLinearGradient fill(0, 200, 0, kHorizon);
        fill.setColorAt(0, top);
        fill.setColorAt(1, bottom);
        p.setBrush(fill);
        p.drawPath(path);
    };
    ridge({0, 300, 110, 230, 210, 290, 330, 200, 450, 280, 560, 240, 680, 300, 800, 250},
          QColor(0x8a, 0x72, 0x9e), QColor(0xb9, 0x8f, 0x9c));
    ridge({0, 360, 90, 320, 180, 350, 300, 290, 420, 360, 520, 330, 640, 370, 740, 320, 800, 345},
          QColor(0x4a, 0x45, 0x6e), QColor(0x5e, 0x55, 0x7a));

    QLinearGradient lake(0, kHorizon, 0, kHeight);
    lake.setColorAt(0, QColor(0xe9, 0xb2, 0x8c));
    lake.setColorAt(0.25, QColor(0x4b, 0x6f, 0x8a));
    lake.setColorAt(1, QColor(0x1f, 0x3b, 0x4d));
    p.setBrush(lake);
    p.drawRect(QRectF(0, kHorizon, kWidth, kHeight - kHorizon));
    // The sun's reflection: a few soft streaks.
    for (int i = 0; i < 6; ++i) {
        const qreal y = kHorizon + 14 + i * 22;
        const qreal half = 70 - i * 9;
        p.setBrush(QColor(0xff, 0xe2, 0xa8, 150 - i * 20));
        p.drawRoundedRect(QRectF(sunAt.x() - half, y, 2 * half, 5), 2.5, 2.5);
    }

    // Pines on both shores.
    p.setBrush(QColor(0x1d, 0x2b, 0x2a));
    const auto pine = [&](qreal x, qreal height) {
        QPainterPath tree;
        tree.setFillRule(Qt::WindingFill); // the tiers overlap
        const qreal base = kHorizon + 6;
        for (int tier = 0; tier < 3; ++tier) {
            const qreal top = base - height + tier * height * 0.22;
            const qreal bottom = base - height * 0.25 + tier * height * 0.12;
            const qreal half = height * (0.16 + tier * 0.06);
            tree.moveTo(x, top);
            tree.lineTo(x + half, bottom);
            tree.lineTo(x - half, bottom);
            tree.closeSubpath();
        }
        tree.addRect(QRectF(x - height * 0.03, base - height * 0.2, height * 0.06, height * 0.2));
        p.drawPath(tree);
    };
    // x, height
    const std::initializer_list<qreal> pines{30,  120, 70, 90,  105, 140, 150, 80,  185,
                                             105, 640, 85, 680, 130, 720, 100, 765, 150};
    for (auto it = pines.begin(); it + 1 < pines.end(); it += 2)
        pine(*it, *(it + 1));
    p.end();
    return image;
}

} // namespace

// ---- the relay on its own thread ------------------------------------------------------

/// A real cove-relay server in this process, on its own thread, listening on
/// loopback (port chosen by the system).
class DemoWorld::Relay {
public:
    Relay() = default;
    ~Relay() { stop(); }
    Relay(const Relay &) = delete;
    Relay &operator=(const Relay &) = delete;

    [[nodiscard]] AppResult<void> start(const QString &dir, const relay::RelayConfig &config)
    {
        if (!QDir().mkpath(dir))
            return appError(AppError::Code::Storage,
                            QStringLiteral("cannot create the relay's directory"));
        m_thread.setObjectName(QStringLiteral("cove-demo-relay"));
        m_thread.start();
        m_context.moveToThread(&m_thread);
        QString error;
        m_dir = dir;
        m_databaseKey = protocol::crypto::randomByteArray(32);
        run([&] {
            auto storage = relay::SqliteRelayStorage::open(dir, m_databaseKey, true);
            if (!storage) {
                error = QStringLiteral("opening the relay's storage failed");
                return;
            }
            protocol::FrankingKeyPair franking = protocol::generateFrankingKeyPair();
            m_frankingKey = franking.publicKey;
            auto desk = relay::ModerationDesk::open(
                dir, m_databaseKey, protocol::generateModerationKeyPair(), m_frankingKey);
            if (!desk) {
                error = desk.error().detail;
                return;
            }
            m_server = std::make_unique<relay::RelayServer>(config, std::move(*storage),
                                                            std::move(franking));
            m_server->setModeration(std::move(*desk));
            m_port = m_server->listen(QHostAddress::LocalHost, 0);
            if (m_port == 0)
                error = m_server->errorString();
        });
        if (m_port == 0)
            return appError(AppError::Code::Network,
                            QStringLiteral("the demo relay did not start: %1").arg(error));
        return {};
    }

    /// Shuts the server down on its thread and ends the thread. Idempotent.
    void stop()
    {
        if (!m_thread.isRunning())
            return;
        QThread *home = QThread::currentThread();
        run([this, home] {
            if (m_server)
                m_server->shutdown();
            m_server.reset();
            m_context.moveToThread(home);
        });
        m_thread.quit();
        m_thread.wait();
    }

    [[nodiscard]] quint16 port() const { return m_port; }
    [[nodiscard]] const QByteArray &frankingKey() const { return m_frankingKey; }

    /// A second connection to the relay's moderation database, for deciding
    /// (the moderation desk window): what it decides, the relay picks up
    /// within a sweep and tells the people concerned.
    [[nodiscard]] AppResult<std::unique_ptr<relay::ModerationDesk>> openDesk() const
    {
        auto desk = relay::ModerationDesk::open(m_dir, m_databaseKey, {}, m_frankingKey);
        if (!desk)
            return appError(AppError::Code::Storage, desk.error().detail);
        return std::move(*desk);
    }

private:
    /// Runs `f` on the relay's thread and waits for it.
    void run(const std::function<void()> &f)
    {
        QMetaObject::invokeMethod(&m_context, f, Qt::BlockingQueuedConnection);
    }

    QThread m_thread;
    QObject m_context; ///< lives on m_thread while it runs; calls into the relay go through it
    std::unique_ptr<relay::RelayServer> m_server;
    quint16 m_port = 0;
    QByteArray m_frankingKey;
    QString m_dir;
    QByteArray m_databaseKey;
};

// ---- peers and the world's state ---------------------------------------------------------

/// A full Cove client: profile, relay connection and message pipeline.
struct DemoWorld::Peer {
    QString name;
    std::unique_ptr<Account> account;
    std::unique_ptr<RelayClient> relay;
    std::unique_ptr<Messenger> messenger;
    std::unique_ptr<Reports> reports; ///< moderation's decisions reach peers too

    [[nodiscard]] QString id() const { return account->coveId(); }
    [[nodiscard]] bool isIdle() const { return messenger && messenger->isIdle(); }

    /// Disconnects and closes the profile (the members go in reverse order
    /// of their dependencies).
    void close()
    {
        if (relay)
            relay->stop();
        reports.reset();
        messenger.reset();
        relay.reset();
        account.reset();
    }
    ~Peer() { close(); }
};

struct DemoWorld::State {
    Options options;
    QSet<QString> appealed; ///< decisions a scripted person asked to review
    // Declared first, destroyed last: the directory outlives everything in it.
    std::unique_ptr<QTemporaryDir> tempDir;
    QString root;
    Relay relay;

    QString testerDir;
    QString testerPassphrase;
    QString testerId;
    QString photoPath;

    std::unique_ptr<Peer> maya;
    std::unique_ptr<Peer> sam;
    std::unique_ptr<Peer> alex;
    std::unique_ptr<Peer> prizeDesk;
    std::unique_ptr<Peer> jordan; ///< guarded demo: the tester's guardian
    std::unique_ptr<Peer> robin;  ///< guarded demo: a classmate the tester may ask for
    QSet<QString> answeredAsks;   ///< asks Jordan answered or is about to
    QStringList silentTargets;    ///< Cove IDs; their clients are closed after registering

    QByteArray groupId;
    qint64 mayaConversation = 0; ///< Maya's side of her chat with the tester
    qint64 alexConversation = 0; ///< Alex's side

    bool scripted = false; ///< the scripts run (after start() returned)
    bool stopping = false;

    int mayaAnswers = 0;
    int alexLines = 0; ///< lines Alex said or is typing

    QStringList prizeOrder; ///< whom the Prize Desk writes to, in order
    qint64 prizeOpened = 0; ///< conversations the relay let it open
    qint64 prizeRow = 0;    ///< the message waiting for the relay, 0 when none
    bool prizeDone = false;
};

// ---- start and stop ----------------------------------------------------------------------

DemoWorld::DemoWorld(const Options &options, QObject *parent)
    : QObject(parent), m_state(std::make_unique<State>())
{
    m_state->options = options;
}

AppResult<std::unique_ptr<DemoWorld>> DemoWorld::start(const Options &options, QObject *parent)
{
    std::unique_ptr<DemoWorld> world(new DemoWorld(options, parent));
    if (AppResult<void> r = world->build(); !r)
        return r.error(); // the destructor takes down what was built
    world->startScripts();
    return world;
}

DemoWorld::~DemoWorld()
{
    State &s = *m_state;
    s.stopping = true;
    s.scripted = false;
    // Clients first (they hold connections to the relay), then the relay on
    // its thread, then the directory. Script timers have this object as
    // their context: no event loop runs from here on, and they die with it.
    for (std::unique_ptr<Peer> *peer :
         {&s.maya, &s.sam, &s.alex, &s.prizeDesk, &s.jordan, &s.robin})
        peer->reset();
    s.relay.stop();
    s.tempDir.reset(); // removes the directory when the world created it
}

AppResult<void> DemoWorld::build()
{
    State &s = *m_state;
    if (s.options.root.isEmpty()) {
        s.tempDir =
            std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/cove-demo-XXXXXX"));
        if (!s.tempDir->isValid())
            return appError(AppError::Code::Storage,
                            QStringLiteral("cannot create a temporary directory for the demo"));
        s.root = s.tempDir->path();
    } else {
        s.root = QDir(s.options.root).absolutePath();
        if (!QDir().mkpath(s.root))
            return appError(AppError::Code::Storage,
                            QStringLiteral("cannot create %1").arg(s.options.root));
        // Never create profiles over someone's files.
        if (!QDir(s.root).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden))
            return appError(AppError::Code::InvalidArgument,
                            QStringLiteral("the demo directory %1 is not empty").arg(s.root));
    }
    const QDir root(s.root);

    relay::RelayConfig config;
    config.newConversationsPerDayYoung = kNewConversationsPerDayYoung;
    config.massContactThreshold = kMassContactThreshold;
    config.moderationSweepMs = m_state->options.fast ? 100 : 1000;
    if (AppResult<void> r = s.relay.start(root.filePath(QStringLiteral("relay")), config); !r)
        return r;

    // Maya's photo, painted once.
    const QString media = root.filePath(QStringLiteral("media"));
    s.photoPath = QDir(media).filePath(QStringLiteral("lake-at-sunset.png"));
    if (!QDir().mkpath(media) || !landscape().save(s.photoPath, "PNG"))
        return appError(AppError::Code::Storage, QStringLiteral("cannot write the demo photo"));

    // Every profile is throwaway: cheap key derivation, so startup is fast.
    const storage::KdfParams kdf = storage::KdfParams::cheapForTests();
    const QDir profiles(root.filePath(QStringLiteral("profiles")));
    RelayClient::Options relayOptions;
    relayOptions.url = relayUrl();
    relayOptions.minBackoff = std::chrono::milliseconds(50);
    relayOptions.maxBackoff = std::chrono::milliseconds(2000);
    const auto makePeer = [&](const QString &dirName, const QString &name,
                              const QString &passphrase) -> AppResult<std::unique_ptr<Peer>> {
        auto peer = std::make_unique<Peer>();
        peer->name = name;
        AppResult<std::unique_ptr<Account>> account =
            Account::create(profiles.filePath(dirName), passphrase, name, kdf);
        if (!account)
            return account.error();
        peer->account = std::move(*account);
        peer->relay = std::make_unique<RelayClient>(*peer->account, relayOptions);
        peer->messenger = std::make_unique<Messenger>(*peer->account, *peer->relay);
        peer->reports = std::make_unique<Reports>(*peer->account, *peer->relay, *peer->messenger);
        peer->relay->start();
        return peer;
    };

    // The tester first: the profile the app opens.
    s.testerDir = profiles.filePath(QStringLiteral("tester"));
    s.testerPassphrase = randomPassphrase();
    AppResult<std::unique_ptr<Peer>> tester =
        makePeer(QStringLiteral("tester"), tr("Tester"), s.testerPassphrase);
    if (!tester)
        return tester.error();
    s.testerId = (*tester)->id();
    if (AppResult<void> r = (*tester)->account->setSetting(QStringLiteral("relay.url"),
                                                           relayUrl().toString().toUtf8());
        !r)
        return r;

    // The characters. (A contact whose safety number changes is not among
    // them: a Cove ID is derived from the identity key, so a changed key is
    // another Cove ID, not a changed contact.)
    struct Casting {
        std::unique_ptr<Peer> *slot;
        QString dirName;
        QString name;
    };
    for (const Casting &c :
         {Casting{&s.maya, QStringLiteral("maya"), tr("Maya")},
          Casting{&s.sam, QStringLiteral("sam"), tr("Sam")},
          Casting{&s.alex, QStringLiteral("alex"), tr("Alex")},
          Casting{&s.prizeDesk, QStringLiteral("prize-desk"), tr("Prize Desk")}}) {
        AppResult<std::unique_ptr<Peer>> peer = makePeer(c.dirName, c.name, randomPassphrase());
        if (!peer)
            return peer.error();
        *c.slot = std::move(*peer);
    }
    if (s.options.guarded) {
        for (const Casting &c : {Casting{&s.jordan, QStringLiteral("jordan"), tr("Jordan")},
                                 Casting{&s.robin, QStringLiteral("robin"), tr("Robin")}}) {
            AppResult<std::unique_ptr<Peer>> peer = makePeer(c.dirName, c.name, randomPassphrase());
            if (!peer)
                return peer.error();
            *c.slot = std::move(*peer);
        }
    }
    std::vector<std::unique_ptr<Peer>> targets;
    for (int i = 1; i <= kSilentTargets; ++i) {
        AppResult<std::unique_ptr<Peer>> peer = makePeer(
            QStringLiteral("stranger-%1").arg(i), tr("Stranger %1").arg(i), randomPassphrase());
        if (!peer)
            return peer.error();
        s.silentTargets.append((*peer)->id());
        targets.push_back(std::move(*peer));
    }

    // Everyone registers with the relay and publishes prekeys.
    std::vector<Peer *> everyone{tester->get(), s.maya.get(), s.sam.get(), s.alex.get(),
                                 s.prizeDesk.get()};
    for (const auto &t : targets)
        everyone.push_back(t.get());
    if (s.options.guarded) {
        everyone.push_back(s.jordan.get());
        everyone.push_back(s.robin.get());
    }
    const auto calm = [](const std::vector<Peer *> &peers) {
        // Idle several times in a row: a receipt one sends may wake another.
        int quiet = 0;
        return waitUntil([&] {
            const bool all =
                std::all_of(peers.cbegin(), peers.cend(), [](Peer *p) { return p->isIdle(); });
            quiet = all ? quiet + 1 : 0;
            return quiet >= 4;
        });
    };
    if (!calm(everyone))
        return appError(AppError::Code::Network,
                        QStringLiteral("the demo peers did not register with the relay in time"));
    // The silent targets only needed to exist on the relay.
    targets.clear();

    if (s.options.guarded)
        if (AppResult<void> r = pairTester(**tester); !r)
            return r;
    if (AppResult<void> r = seedHistory(**tester); !r)
        return r;
    if (!calm({tester->get(), s.maya.get(), s.sam.get()}))
        return appError(AppError::Code::Network,
                        QStringLiteral("the demo's first messages did not settle in time"));
    // Closed again: the app opens the profile itself.
    (*tester)->close();
    return {};
}

AppResult<void> DemoWorld::seedHistory(Peer &tester)
{
    State &s = *m_state;
    Peer &maya = *s.maya;
    Peer &sam = *s.sam;

    // Who knows whom: the tester has Maya and Sam; they have the tester and
    // each other. Alex and the Prize Desk are nobody's contacts.
    for (const auto &[owner, other] : {std::pair{&tester, &maya},
                                       {&tester, &sam},
                                       {&maya, &tester},
                                       {&maya, &sam},
                                       {&sam, &tester},
                                       {&sam, &maya}})
        if (AppResult<storage::Contact> r = owner->messenger->addContact(other->id(), other->name);
            !r)
            return r.error();

    AppResult<storage::Conversation> testerChat = tester.messenger->directConversation(maya.id());
    AppResult<storage::Conversation> mayaChat = maya.messenger->directConversation(tester.id());
    if (!testerChat)
        return testerChat.error();
    if (!mayaChat)
        return mayaChat.error();
    s.mayaConversation = mayaChat->id;

    const auto incoming = [](Peer &peer, qint64 conversationId) {
        storage::MessageRepository messages(peer.account->db());
        storage::Result<storage::MessagePage> page = messages.newestPage(conversationId, 1000);
        if (!page)
            return qsizetype(-1);
        return std::count_if(page->messages.cbegin(), page->messages.cend(), [](const auto &m) {
            return m.direction == storage::Direction::Incoming;
        });
    };
    const auto timeout = [] {
        return appError(AppError::Code::Network,
                        QStringLiteral("a demo message did not arrive in time"));
    };

    // A conversation under way, one message at a time so that it reads in order.
    struct Line {
        bool fromTester;
        QString body;
    };
    const QList<Line> chat{
        {true, tr("Hi Maya! Are we still on for the hike on Saturday?")},
        {false, tr("Yes! I can't wait. I'll bring snacks 🥪")},
        {true, tr("Great, I'll bring the thermos. Which trail?")},
        {false, tr("Sam found one by the lake. I'll make a group for the three of us.")},
    };
    qsizetype testerGot = 0;
    qsizetype mayaGot = 0;
    for (const Line &line : chat) {
        Peer &from = line.fromTester ? tester : maya;
        Peer &to = line.fromTester ? maya : tester;
        const qint64 fromChat = line.fromTester ? testerChat->id : mayaChat->id;
        const qint64 toChat = line.fromTester ? mayaChat->id : testerChat->id;
        qsizetype &got = line.fromTester ? mayaGot : testerGot;
        // Whoever answers has read what came before; Maya's last line
        // waits for the tester, unread.
        if (AppResult<void> r = from.messenger->markRead(fromChat); !r)
            return r;
        if (AppResult<qint64> r = from.messenger->sendMessage(fromChat, line.body); !r)
            return r.error();
        ++got;
        if (!waitUntil([&] { return incoming(to, toChat) >= got; }))
            return timeout();
    }

    // The group, made by Maya; then her message and Sam's forwarded rumour.
    AppResult<storage::Conversation> group =
        maya.messenger->createGroup(tr("Weekend hike"), {tester.id(), sam.id()});
    if (!group)
        return group.error();
    s.groupId = group->groupId;
    if (!waitUntil([&] {
            return tester.messenger->groupConversation(s.groupId).ok() &&
                   sam.messenger->groupConversation(s.groupId).ok();
        }))
        return timeout();
    const qint64 testerGroup = tester.messenger->groupConversation(s.groupId)->id;
    const qint64 samGroup = sam.messenger->groupConversation(s.groupId)->id;
    if (AppResult<qint64> r = maya.messenger->sendMessage(
            group->id, tr("Weather looks great for Saturday ☀️ Meet at the trailhead at 9?"));
        !r)
        return r.error();
    if (!waitUntil([&] { return incoming(tester, testerGroup) >= 1; }))
        return timeout();
    // A rumour that reached Sam after six forwards: the tester sees it as
    // forwarded seven times, "Forwarded many times".
    constexpr quint32 kPriorForwards = 6;
    if (AppResult<qint64> r = sam.messenger->forwardText(
            samGroup,
            tr("URGENT: all national parks close this weekend because of a secret government "
               "order. Share this with everyone you know before it gets deleted!"),
            kPriorForwards);
        !r)
        return r.error();
    if (!waitUntil([&] { return incoming(tester, testerGroup) >= 2; }))
        return timeout();
    return {};
}

AppResult<void> DemoWorld::pairTester(Peer &tester)
{
    State &s = *m_state;
    Messenger &child = *tester.messenger;
    Messenger &jordan = *s.jordan->messenger;
    const auto timeout = [] {
        return appError(AppError::Code::Network,
                        QStringLiteral("the demo's guardian did not pair in time"));
    };
    // The same steps a family takes: the guardian's code, the child's
    // request, the guardian's yes, the child's yes.
    if (AppResult<void> r = child.beginGuardedSetup(); !r)
        return r;
    AppResult<QString> link = jordan.openPairing();
    if (!link)
        return link.error();
    if (AppResult<void> r = child.pairWithGuardian(*link); !r)
        return r;
    if (!waitUntil([&] {
            AppResult<std::optional<QString>> code = jordan.pairingCode(tester.id());
            return code && code->has_value();
        }))
        return timeout();
    if (AppResult<void> r = jordan.acceptChild(tester.id()); !r)
        return r;
    if (!waitUntil([&] { return child.guardedMode() == Messenger::GuardedMode::Confirm; }))
        return timeout();
    if (AppResult<void> r = child.confirmGuardian(); !r)
        return r;
    // Jordan approves the tester's friends, one by one.
    for (const Peer *friendOf : {s.maya.get(), s.sam.get()})
        if (AppResult<void> r = jordan.approveContact(tester.id(), friendOf->id(), friendOf->name);
            !r)
            return r;
    if (!waitUntil([&] {
            const AppResult<bool> maya = child.guardedAllows(s.maya->id());
            const AppResult<bool> sam = child.guardedAllows(s.sam->id());
            return maya && *maya && sam && *sam;
        }))
        return timeout();
    return {};
}

void DemoWorld::jordanAnswers()
{
    State &s = *m_state;
    if (!s.scripted || !s.jordan)
        return;
    AppResult<QList<storage::ContactAsk>> asks = s.jordan->messenger->childAsks(s.testerId);
    if (!asks)
        return;
    for (const storage::ContactAsk &ask : std::as_const(*asks)) {
        if (ask.state != storage::ContactAsk::State::Pending ||
            s.answeredAsks.contains(ask.contactId))
            continue;
        s.answeredAsks.insert(ask.contactId);
        const QString contact = ask.contactId;
        const QString name = ask.name;
        // Jordan knows Robin from school; anyone else, Jordan declines.
        QTimer::singleShot(pace(4000), this, [this, contact, name] {
            State &st = *m_state;
            if (!st.scripted)
                return;
            const bool robin = contact == st.robin->id();
            const AppResult<void> r =
                robin ? st.jordan->messenger->approveContact(st.testerId, contact, name)
                      : st.jordan->messenger->declineContact(st.testerId, contact);
            if (!r)
                return;
            Q_EMIT scriptEvent(
                robin ? tr("Your guardian %1 approved %2.").arg(st.jordan->name, name)
                      : tr("Your guardian %1 declined %2.").arg(st.jordan->name, name));
            if (!robin)
                return;
            QTimer::singleShot(pace(3000), this, [this] {
                State &st2 = *m_state;
                if (!st2.scripted)
                    return;
                AppResult<storage::Conversation> chat =
                    st2.robin->messenger->directConversation(st2.testerId);
                if (chat)
                    (void)st2.robin->messenger->sendMessage(
                        chat->id, tr("Hi! It's Robin from school 👋 Did you finish the "
                                     "project?"));
            });
        });
    }
}

// ---- the scripts -----------------------------------------------------------------------

int DemoWorld::pace(int humanMs) const
{
    return m_state->options.fast ? 50 : humanMs;
}

int DemoWorld::typingDelay(const QString &text) const
{
    if (m_state->options.fast)
        return 50;
    // About as long as typing it would take, within reason.
    return std::clamp(800 + 40 * int(text.size()), 1200, 4500);
}

bool DemoWorld::incomingText(Peer &peer, qint64 rowId, qint64 conversationId,
                             qint64 expectedConversation)
{
    if (conversationId != expectedConversation)
        return false;
    storage::MessageRepository messages(peer.account->db());
    storage::Result<std::optional<storage::StoredMessage>> m = messages.find(rowId);
    return m && m->has_value() && (*m)->direction == storage::Direction::Incoming &&
           (*m)->senderId == m_state->testerId;
}

void DemoWorld::startScripts()
{
    State &s = *m_state;
    s.scripted = true;
    connect(s.maya->messenger.get(), &Messenger::messageStored, this, &DemoWorld::onMayaStored);
    connect(s.alex->messenger.get(), &Messenger::messageStored, this, &DemoWorld::onAlexStored);
    if (s.options.guarded) {
        connect(s.jordan->messenger.get(), &Messenger::guardedChanged, this,
                &DemoWorld::jordanAnswers);
        // Robin and the tester are classmates: Robin has the tester as a contact.
        (void)s.robin->messenger->addContact(s.testerId, tr("Tester"));
    }
    connect(s.prizeDesk->messenger.get(), &Messenger::messageChanged, this,
            &DemoWorld::onPrizeDeskChanged);
    connect(s.prizeDesk->messenger.get(), &Messenger::newConversationLimitReached, this,
            &DemoWorld::onPrizeDeskLimited);

    AppResult<storage::Conversation> alexChat = s.alex->messenger->directConversation(s.testerId);
    s.alexConversation = alexChat ? alexChat->id : 0;

    // Alex writes first (the envelopes wait on the relay until the app
    // connects), and again a little later unless the tester answered first.
    QTimer::singleShot(pace(3000), this, [this] { alexNext(0); });
    QTimer::singleShot(pace(3000) + pace(25000), this, [this] {
        if (m_state->alexLines < 2 && !m_state->options.guarded)
            alexNext(0);
    });

    // The Prize Desk: a few strangers, then the tester, then more until the
    // relay refuses.
    for (int i = 0; i < s.silentTargets.size(); ++i) {
        if (i == kMassContactThreshold)
            s.prizeOrder.append(s.testerId);
        s.prizeOrder.append(s.silentTargets.at(i));
    }
    // In guarded mode strangers never reach the child; Alex tries (and only
    // the guardian sees it), the Prize Desk stays out of this world.
    if (!s.options.guarded)
        QTimer::singleShot(pace(6000), this, &DemoWorld::prizeDeskNext);

    // Moderation's decisions about a scripted person show in the demo log,
    // and whoever is suspended or banned asks for a review, so the tester
    // can decide an appeal at the moderation desk.
    for (Peer *peer : {s.maya.get(), s.sam.get(), s.alex.get(), s.prizeDesk.get()}) {
        connect(
            peer->reports.get(), &Reports::noticeReceived, this,
            [this, peer](const storage::ModerationNotice &notice) { onDecision(*peer, notice); });
    }
}

void DemoWorld::onDecision(Peer &peer, const storage::ModerationNotice &notice)
{
    using Action = protocol::wire::ModerationAction;
    const QString reason =
        notice.reason.isEmpty() ? QString() : tr(" Reason: %1").arg(notice.reason);
    switch (Action(notice.action)) {
    case Action::Warn:
        Q_EMIT scriptEvent(tr("%1 was warned by moderation.%2").arg(peer.name, reason));
        return;
    case Action::Suspend:
        Q_EMIT scriptEvent(tr("%1 was suspended by moderation.%2").arg(peer.name, reason));
        break;
    case Action::Ban:
        Q_EMIT scriptEvent(tr("%1 was banned by moderation.%2").arg(peer.name, reason));
        break;
    case Action::Restore:
        Q_EMIT scriptEvent(tr("%1's account was restored after review.").arg(peer.name));
        return;
    case Action::NoAction:
        return;
    }
    if (notice.reviewRequested || m_state->appealed.contains(notice.caseId))
        return;
    m_state->appealed.insert(notice.caseId);
    const QString caseId = notice.caseId;
    QPointer<Reports> reports(peer.reports.get());
    const QString name = peer.name;
    QTimer::singleShot(pace(4000), this, [this, reports, caseId, name] {
        if (!reports)
            return;
        reports->requestReview(
            caseId, tr("I did nothing wrong."), [this, name](const AppResult<void> &r) {
                Q_EMIT scriptEvent(
                    r ? tr("%1 asked for a review of the decision.").arg(name)
                      : tr("%1 could not ask for a review: %2").arg(name, r.error().detail));
            });
    });
}

void DemoWorld::onMayaStored(qint64 rowId, qint64 conversationId)
{
    State &s = *m_state;
    if (!s.scripted || !incomingText(*s.maya, rowId, conversationId, s.mayaConversation))
        return;
    const QStringList answers{
        tr("Ha, that made me smile 😄 How's your week going?"),
        tr("Oh, and look what I found from our last trip to the lake!"),
        tr("Saturday it is, then. I'll text Sam about the time."),
        tr("Did you see Sam's message in the group? I don't think that's true…"),
        tr("Talk later, I'm heading out. 👋"),
    };
    const QString answer = answers.at(s.mayaAnswers % answers.size());
    const int number = ++s.mayaAnswers;
    // She reads it at once, and answers after typing for a moment.
    (void)s.maya->messenger->markRead(s.mayaConversation);
    QTimer::singleShot(typingDelay(answer), this,
                       [this, answer, number] { mayaAnswer(answer, number); });
}

void DemoWorld::mayaAnswer(const QString &answer, int number)
{
    State &s = *m_state;
    if (!s.scripted)
        return;
    if (!s.maya->messenger->sendMessage(s.mayaConversation, answer)) {
        Q_EMIT scriptEvent(tr("%1 could not send a message").arg(s.maya->name));
        return;
    }
    Q_EMIT scriptEvent(tr("%1 answered your message").arg(s.maya->name));
    // Her second answer comes with a photo.
    if (number == 2)
        QTimer::singleShot(pace(2500), this, &DemoWorld::sendMayaPhoto);
}

void DemoWorld::sendMayaPhoto()
{
    State &s = *m_state;
    if (!s.scripted)
        return;
    s.maya->messenger->sendFiles(s.mayaConversation, tr("The view from the lake 🏞️"),
                                 {s.photoPath}, [this](const AppResult<qint64> &sent) {
                                     State &st = *m_state;
                                     if (st.stopping)
                                         return;
                                     Q_EMIT scriptEvent(
                                         sent ? tr("%1 sent you a photo").arg(st.maya->name)
                                              : tr("%1 could not send a photo").arg(st.maya->name));
                                 });
}

void DemoWorld::alexNext(int delayMs)
{
    State &s = *m_state;
    if (!s.scripted || s.alexConversation == 0)
        return;
    // His lines in order: the opening, the ask to move elsewhere, then
    // pushes (repeating) whenever the tester answers.
    const int line = s.alexLines++;
    QTimer::singleShot(delayMs, this, [this, line] {
        State &st = *m_state;
        if (!st.scripted)
            return;
        const QStringList pushes{
            tr("Come on, it's easier there. Just send me your number and I'll text you."),
            tr("I hardly ever check this app. Add me on the other one, it's quicker."),
            tr("Why not? Everybody uses the other app. Just give me your number 🙂"),
        };
        QString body;
        QString event;
        if (line == 0) {
            body = tr("Hi! We met at the climbing gym last month, remember? 😊");
            event = st.options.guarded
                        ? tr("%1, a stranger, tried to write to you: the relay turned him away. "
                             "Only your guardian sees that he tried.")
                              .arg(st.alex->name)
                        : tr("%1, a stranger, sent you a message request").arg(st.alex->name);
        } else if (line == 1) {
            body = tr("Can we talk on another app? This one is slow for me. What's your number?");
            event = tr("%1 asked to move the chat to another app").arg(st.alex->name);
        } else {
            body = pushes.at((line - 2) % pushes.size());
            event = tr("%1 pushed again to move the chat elsewhere").arg(st.alex->name);
        }
        if (!st.alex->messenger->sendMessage(st.alexConversation, body))
            event = tr("%1 could not send a message").arg(st.alex->name);
        Q_EMIT scriptEvent(event);
        if (line == 0) // queued after his first message, which carries the relay's facts
            QTimer::singleShot(pace(6000), this, &DemoWorld::alexInvites);
    });
}

void DemoWorld::alexInvites()
{
    // Alex, still a stranger, adds the tester to a group: it shows as an
    // invitation with its overview before anything of it.
    State &s = *m_state;
    if (!s.scripted)
        return;
    AppResult<storage::Conversation> group =
        s.alex->messenger->createGroup(tr("Gaming buddies 🎮"), {s.testerId});
    if (!group || !s.alex->messenger->sendMessage(
                      group->id, tr("Welcome! Everyone here shares their Discord and age 😉"))) {
        Q_EMIT scriptEvent(tr("%1 could not send a message").arg(s.alex->name));
        return;
    }
    Q_EMIT scriptEvent(
        s.options.guarded
            ? tr("%1 tried to add you to a group: the relay turned him away.").arg(s.alex->name)
            : tr("%1 added you to a group").arg(s.alex->name));
}

void DemoWorld::onAlexStored(qint64 rowId, qint64 conversationId)
{
    State &s = *m_state;
    if (!s.scripted || !incomingText(*s.alex, rowId, conversationId, s.alexConversation))
        return;
    // Whatever the tester says, Alex pushes to move elsewhere.
    alexNext(pace(3500));
}

void DemoWorld::prizeDeskNext()
{
    State &s = *m_state;
    if (!s.scripted || s.prizeDone)
        return;
    if (s.prizeOpened >= s.prizeOrder.size()) {
        s.prizeDone = true;
        return;
    }
    Peer &desk = *s.prizeDesk;
    const QString target = s.prizeOrder.at(qsizetype(s.prizeOpened));
    AppResult<storage::Conversation> chat = desk.messenger->directConversation(target);
    AppResult<qint64> row =
        chat ? desk.messenger->sendMessage(
                   chat->id, tr("🎉 Congratulations! You have been selected for a €500 gift "
                                "card. Reply with your full name and address to claim it today."))
             : AppResult<qint64>(chat.error());
    if (!row) {
        s.prizeDone = true;
        Q_EMIT scriptEvent(tr("%1 could not send a message").arg(desk.name));
        return;
    }
    s.prizeRow = *row;
}

void DemoWorld::onPrizeDeskChanged(qint64 rowId)
{
    State &s = *m_state;
    if (!s.scripted || rowId != s.prizeRow)
        return;
    storage::MessageRepository messages(s.prizeDesk->account->db());
    storage::Result<std::optional<storage::StoredMessage>> m = messages.find(rowId);
    if (!m || !m->has_value() || (*m)->status == storage::MessageStatus::Pending)
        return;
    s.prizeRow = 0;
    if ((*m)->status == storage::MessageStatus::Failed) {
        s.prizeDone = true;
        Q_EMIT scriptEvent(tr("%1 could not send a message").arg(s.prizeDesk->name));
        return;
    }
    // The relay stored it: one more conversation opened with a stranger.
    ++s.prizeOpened;
    const QString &target = s.prizeOrder.at(qsizetype(s.prizeOpened - 1));
    if (target == s.testerId)
        Q_EMIT scriptEvent(tr("%1 sent you a message request after writing to %n other strangers",
                              nullptr, kMassContactThreshold)
                               .arg(s.prizeDesk->name));
    else
        Q_EMIT scriptEvent(
            tr("%1 opened a conversation with a stranger (%n so far)", nullptr, int(s.prizeOpened))
                .arg(s.prizeDesk->name));
    QTimer::singleShot(pace(2000), this, &DemoWorld::prizeDeskNext);
}

void DemoWorld::onPrizeDeskLimited()
{
    State &s = *m_state;
    if (!s.scripted || s.prizeRow == 0)
        return;
    s.prizeRow = 0;
    s.prizeDone = true;
    Q_EMIT scriptEvent(
        tr("%1 was rate-limited by the relay: too many new conversations for a new account")
            .arg(s.prizeDesk->name));
}

// ---- what the app asks -------------------------------------------------------------------

QString DemoWorld::testerProfileDir() const
{
    return m_state->testerDir;
}

QString DemoWorld::testerPassphrase() const
{
    return m_state->testerPassphrase;
}

QUrl DemoWorld::relayUrl() const
{
    return QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(m_state->relay.port()));
}

QByteArray DemoWorld::relayFrankingKey() const
{
    return m_state->relay.frankingKey();
}

AppResult<std::unique_ptr<relay::ModerationDesk>> DemoWorld::openModerationDesk() const
{
    return m_state->relay.openDesk();
}

QString DemoWorld::rootDir() const
{
    return m_state->root;
}

QByteArray DemoWorld::groupId() const
{
    return m_state->groupId;
}

QString DemoWorld::coveIdOf(Cast who) const
{
    const State &s = *m_state;
    switch (who) {
    case Cast::Maya:
        return s.maya->id();
    case Cast::Sam:
        return s.sam->id();
    case Cast::Alex:
        return s.alex->id();
    case Cast::PrizeDesk:
        return s.prizeDesk->id();
    case Cast::Jordan:
        return s.jordan ? s.jordan->id() : QString();
    case Cast::Robin:
        return s.robin ? s.robin->id() : QString();
    }
    return {};
}

Account *DemoWorld::guardianAccount() const
{
    return m_state->jordan ? m_state->jordan->account.get() : nullptr;
}

Messenger *DemoWorld::guardianMessenger() const
{
    return m_state->jordan ? m_state->jordan->messenger.get() : nullptr;
}

QList<DemoWorld::Character> DemoWorld::characters() const
{
    const State &s = *m_state;
    // (No contact whose safety number changes: see build().)
    if (s.options.guarded)
        return {
            {s.jordan->name, s.jordan->id(),
             tr("Your guardian: approves who can talk to you (Demo › Guardian's view)")},
            {s.maya->name, s.maya->id(), tr("A friend your guardian approved")},
            {s.sam->name, s.sam->id(), tr("A friend in your hiking group who forwards a rumour")},
            {s.robin->name, s.robin->id(),
             tr("A classmate: ask your guardian to add Robin (Cove ID %1)")
                 .arg(protocol::displayCoveId(s.robin->id()))},
            {s.alex->name, s.alex->id(),
             tr("A stranger: guarded mode turns him away (Cove ID %1)")
                 .arg(protocol::displayCoveId(s.alex->id()))},
        };
    return {
        {s.maya->name, s.maya->id(), tr("A friend who answers your messages")},
        {s.sam->name, s.sam->id(), tr("A friend in your hiking group who forwards a rumour")},
        {s.alex->name, s.alex->id(), tr("A stranger who wants to move the chat to another app")},
        {s.prizeDesk->name, s.prizeDesk->id(),
         tr("A new account that writes to many strangers until the relay stops it")},
    };
}

} // namespace cove::app::demo
