// SPDX-License-Identifier: GPL-3.0-or-later
// Cove as a person at a terminal uses it: the cove-cli and cove-relay
// executables as separate processes, killed with SIGKILL at awkward moments.

#include "Account.h"
#include "CoveId.h"
#include "KeyFile.h"
#include "Messages.h"
#include "Messenger.h"
#include "RelayClient.h"
#include "TestHelpers.h"

#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace cove;

namespace {

const QString kPassphrase = QStringLiteral("correct horse battery");

QProcessEnvironment cliEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("COVE_PASSPHRASE"), kPassphrase);
    env.insert(QStringLiteral("COVE_CHEAP_KDF"), QStringLiteral("1"));
    return env;
}

/// libfaketime (Debian's faketime package), to run a client with its clock moved.
constexpr char kFakeTime[] = "/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1";

/// Runs cove-cli and fails the test with what it printed unless it succeeds.
#define COVE_CLI_OK(profile, ...)                                                                  \
    do {                                                                                           \
        const CliResult r_ = cli(profile, __VA_ARGS__);                                            \
        QVERIFY2(r_.exitCode == 0, r_.err.constData());                                            \
    } while (false)

struct CliResult {
    int exitCode = -1;
    bool crashed = false; ///< killed by a signal (a crash point)
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestCli : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void twoPeopleChatFromTheCommandLine();
    void relayKilledWithQueuedMessages();
    void receiverKilledWhileReceiving();
    void crashPointsLoseNothing_data();
    void crashPointsLoseNothing();
    void crashAfterHandingOutLosesNothing();
    void damagedLogIsReported();
    void wrongPassphraseAndBadInput();
    void reportFromTheCommandLine();
    void requestsFromTheCommandLine();
    void contactsOnlyFromTheCommandLine();
    void groupInvitationFromTheCommandLine();
    void inviteLinksFromTheCommandLine();
    void guardedModeFromTheCommandLine();
    void skewedClocksChangeNothing();

private:
    void startRelay(const QString &failPoint = {});
    void killRelay();
    /// Whether the relay has died of its crash point; if so it starts again.
    bool relayCrashed(int waitMs);
    CliResult cli(const QString &profile, const QStringList &args, int timeoutMs = 60000);
    /// `cove-relay ARGS --data <the relay's directory>`, next to the running relay.
    CliResult relayConsole(const QStringList &args);
    QString initProfile(const QString &name);
    QJsonArray history(const QString &profile, const QString &peer);

    std::unique_ptr<QTemporaryDir> m_dir;
    /// Profiles whose cove-cli runs with its clock moved (libfaketime's FAKETIME).
    QHash<QString, QString> m_clockOffset;
    /// Profiles whose cove-cli runs with a crash point armed (COVE_FAIL_POINT).
    QHash<QString, QString> m_failPoint;
    std::unique_ptr<QProcess> m_relay;
    quint16 m_port = 0;
};

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    startRelay();
}

void TestCli::cleanup()
{
    if (m_relay) {
        m_relay->terminate();
        m_relay->waitForFinished(5000);
    }
    m_relay.reset();
    m_dir.reset();
    m_clockOffset.clear();
    m_failPoint.clear();
}

void TestCli::startRelay(const QString &failPoint)
{
    m_relay = std::make_unique<QProcess>();
    m_relay->setProcessChannelMode(QProcess::SeparateChannels);
    if (!failPoint.isEmpty()) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("COVE_FAIL_POINT"), failPoint);
        m_relay->setProcessEnvironment(env);
    }
    // The same port after a restart, so that clients find it again.
    const QString listen = QStringLiteral("127.0.0.1:%1").arg(m_port);
    m_relay->start(QStringLiteral(COVE_RELAY_BINARY),
                   {QStringLiteral("--listen"), listen, QStringLiteral("--data"),
                    m_dir->filePath(QStringLiteral("relay"))});
    QVERIFY(m_relay->waitForStarted());
    QByteArray output;
    const QRegularExpression re(QStringLiteral("listening on 127\\.0\\.0\\.1:(\\d+)"));
    QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired()) {
        m_relay->waitForReadyRead(200);
        output += m_relay->readAllStandardOutput();
        const auto match = re.match(QString::fromUtf8(output));
        if (match.hasMatch()) {
            m_port = quint16(match.captured(1).toUInt());
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("cove-relay did not start: ") +
                     QString::fromUtf8(m_relay->readAllStandardError())));
}

void TestCli::killRelay()
{
    ::kill(pid_t(m_relay->processId()), SIGKILL);
    QVERIFY(m_relay->waitForFinished(5000));
}

CliResult TestCli::cli(const QString &profile, const QStringList &args, int timeoutMs)
{
    QProcess p;
    QProcessEnvironment env = cliEnvironment();
    if (m_clockOffset.contains(profile)) {
        env.insert(QStringLiteral("LD_PRELOAD"), QString::fromLatin1(kFakeTime));
        env.insert(QStringLiteral("FAKETIME"), m_clockOffset.value(profile));
        env.insert(QStringLiteral("DONT_FAKE_MONOTONIC"), QStringLiteral("1"));
    }
    if (m_failPoint.contains(profile))
        env.insert(QStringLiteral("COVE_FAIL_POINT"), m_failPoint.value(profile));
    p.setProcessEnvironment(env);
    QStringList all{QStringLiteral("--profile"), m_dir->filePath(profile)};
    all += args;
    p.start(QStringLiteral(COVE_CLI_BINARY), all);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    return {p.exitCode(), p.exitStatus() == QProcess::CrashExit, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

bool TestCli::relayCrashed(int waitMs)
{
    if (m_relay->state() != QProcess::NotRunning && !m_relay->waitForFinished(waitMs))
        return false;
    const bool crashed = m_relay->exitStatus() == QProcess::CrashExit;
    startRelay();
    return crashed;
}

CliResult TestCli::relayConsole(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(COVE_RELAY_BINARY),
            args + QStringList{QStringLiteral("--data"), m_dir->filePath(QStringLiteral("relay"))});
    if (!p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    return {p.exitCode(), p.exitStatus() == QProcess::CrashExit, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

QString TestCli::initProfile(const QString &name)
{
    CliResult r = cli(
        name, {QStringLiteral("init"), QStringLiteral("--name"), name, QStringLiteral("--relay"),
               QStringLiteral("ws://127.0.0.1:%1").arg(m_port), QStringLiteral("--json")});
    if (r.exitCode != 0) {
        qWarning("init %s: exit %d: %s", qPrintable(name), r.exitCode, r.err.constData());
        return {};
    }
    return QJsonDocument::fromJson(r.out).object().value(QStringLiteral("coveId")).toString();
}

QJsonArray TestCli::history(const QString &profile, const QString &peer)
{
    CliResult r = cli(profile, {QStringLiteral("history"), peer, QStringLiteral("--json"),
                                QStringLiteral("--limit"), QStringLiteral("100000")});
    return QJsonDocument::fromJson(r.out).array();
}

void TestCli::twoPeopleChatFromTheCommandLine()
{
    const QString alice = initProfile(QStringLiteral("alice"));
    const QString bob = initProfile(QStringLiteral("bob"));
    QVERIFY(!alice.isEmpty() && !bob.isEmpty());
    QCOMPARE(cli(QStringLiteral("bob"), {QStringLiteral("sync")}).exitCode, 0);
    QCOMPARE(
        cli(QStringLiteral("alice"), {QStringLiteral("add-contact"), bob, QStringLiteral("Bob")})
            .exitCode,
        0);
    QCOMPARE(
        cli(QStringLiteral("bob"), {QStringLiteral("add-contact"), alice, QStringLiteral("Alice")})
            .exitCode,
        0);
    // People type IDs as they read them: grouped, any case.
    const QString typed = bob.toLower().insert(4, u'-');
    CliResult sent =
        cli(QStringLiteral("alice"), {QStringLiteral("send"), typed, QStringLiteral("Hello Bob")});
    QVERIFY2(sent.exitCode == 0, sent.err.constData());
    QCOMPARE(cli(QStringLiteral("bob"), {QStringLiteral("sync")}).exitCode, 0);
    QJsonArray bobSees = history(QStringLiteral("bob"), alice);
    QCOMPARE(bobSees.size(), 1);
    QCOMPARE(bobSees[0][QStringLiteral("body")].toString(), QStringLiteral("Hello Bob"));
    QCOMPARE(bobSees[0][QStringLiteral("verified")].toBool(), true);

    QCOMPARE(cli(QStringLiteral("bob"),
                 {QStringLiteral("send"), alice, QStringLiteral("Hi"), QStringLiteral("Alice")})
                 .exitCode,
             0);
    QCOMPARE(cli(QStringLiteral("alice"), {QStringLiteral("sync")}).exitCode, 0);
    QJsonArray aliceSees = history(QStringLiteral("alice"), bob);
    QCOMPARE(aliceSees.size(), 2);
    QCOMPARE(aliceSees[0][QStringLiteral("status")].toString(), QStringLiteral("delivered"));
    QCOMPARE(aliceSees[1][QStringLiteral("body")].toString(), QStringLiteral("Hi Alice"));

    // Both see the same safety number.
    CliResult a = cli(QStringLiteral("alice"), {QStringLiteral("safety-number"), bob});
    CliResult b = cli(QStringLiteral("bob"), {QStringLiteral("safety-number"), alice});
    QCOMPARE(a.exitCode, 0);
    QCOMPARE(a.out.split('\n').first(), b.out.split('\n').first());
    QCOMPARE(a.out.split('\n').first().size(), 60 + 11);

    // A group of two from the command line.
    CliResult group =
        cli(QStringLiteral("alice"),
            {QStringLiteral("group"), QStringLiteral("create"), QStringLiteral("Pair"), bob});
    QVERIFY2(group.exitCode == 0, group.err.constData());
    const QString groupId = QString::fromUtf8(group.out.trimmed());
    QCOMPARE(cli(QStringLiteral("alice"), {QStringLiteral("group"), QStringLiteral("send"), groupId,
                                           QStringLiteral("to the group")})
                 .exitCode,
             0);
    QCOMPARE(cli(QStringLiteral("bob"), {QStringLiteral("sync")}).exitCode, 0);
    QJsonArray inGroup = history(QStringLiteral("bob"), groupId);
    QCOMPARE(inGroup.size(), 1);
    QCOMPARE(inGroup[0][QStringLiteral("body")].toString(), QStringLiteral("to the group"));

    // Muting is Bob's own business: it shows in his list, and nothing else changes.
    const auto mutedIn = [&](const QString &profile, const QString &chat) {
        const QJsonArray list =
            QJsonDocument::fromJson(
                cli(profile, {QStringLiteral("list"), QStringLiteral("--json")}).out)
                .array();
        for (const QJsonValue &c : list)
            if (c[QStringLiteral("id")].toString() == chat)
                return c[QStringLiteral("muted")].toBool();
        return false;
    };
    QCOMPARE(cli(QStringLiteral("bob"), {QStringLiteral("mute"), groupId, QStringLiteral("1w")})
                 .exitCode,
             0);
    QVERIFY(mutedIn(QStringLiteral("bob"), groupId));
    QVERIFY(!mutedIn(QStringLiteral("bob"), alice));
    QCOMPARE(cli(QStringLiteral("bob"), {QStringLiteral("mute"), groupId, QStringLiteral("soon")})
                 .exitCode,
             2);
    QCOMPARE(cli(QStringLiteral("bob"), {QStringLiteral("mute"), groupId, QStringLiteral("off")})
                 .exitCode,
             0);
    QVERIFY(!mutedIn(QStringLiteral("bob"), groupId));
    // Muting someone Bob has no chat with starts none (it would let them past requests).
    const QString stranger = protocol::coveIdForIdentityKey(QByteArray(33, 7));
    const qsizetype chats =
        QJsonDocument::fromJson(
            cli(QStringLiteral("bob"), {QStringLiteral("list"), QStringLiteral("--json")}).out)
            .array()
            .size();
    QCOMPARE(
        cli(QStringLiteral("bob"), {QStringLiteral("mute"), stranger, QStringLiteral("always")})
            .exitCode,
        1);
    QCOMPARE(QJsonDocument::fromJson(
                 cli(QStringLiteral("bob"), {QStringLiteral("list"), QStringLiteral("--json")}).out)
                 .array()
                 .size(),
             chats);
}

void TestCli::relayKilledWithQueuedMessages()
{
    const QString alice = initProfile(QStringLiteral("alice"));
    const QString bob = initProfile(QStringLiteral("bob"));
    QCOMPARE(cli(QStringLiteral("bob"), {QStringLiteral("sync")}).exitCode, 0);
    QCOMPARE(cli(QStringLiteral("bob"), {QStringLiteral("add-contact"), alice}).exitCode, 0);
    constexpr int kCount = 20;
    for (int i = 0; i < kCount; ++i)
        QCOMPARE(cli(QStringLiteral("alice"),
                     {QStringLiteral("send"), bob, QStringLiteral("queued %1").arg(i)})
                     .exitCode,
                 0);
    // Every send was acknowledged, so every envelope is on the relay's disk.
    killRelay();
    // While the relay is down, sending queues and says so.
    CliResult offline = cli(QStringLiteral("alice"),
                            {QStringLiteral("send"), bob, QStringLiteral("queued %1").arg(kCount),
                             QStringLiteral("--timeout"), QStringLiteral("2")});
    QCOMPARE(offline.exitCode, 3);
    startRelay();
    QCOMPARE(cli(QStringLiteral("alice"), {QStringLiteral("sync")}).exitCode, 0);
    QCOMPARE(cli(QStringLiteral("bob"), {QStringLiteral("sync")}).exitCode, 0);
    QJsonArray got = history(QStringLiteral("bob"), alice);
    QCOMPARE(got.size(), kCount + 1);
    for (int i = 0; i <= kCount; ++i)
        QCOMPARE(got[i][QStringLiteral("body")].toString(), QStringLiteral("queued %1").arg(i));
}

void TestCli::receiverKilledWhileReceiving()
{
    const QString bob = initProfile(QStringLiteral("bob"));
    QCOMPARE(cli(QStringLiteral("bob"), {QStringLiteral("sync")}).exitCode, 0);

    // Alice is an app in this process on the same relay, sending 300 messages.
    auto account =
        app::Account::create(m_dir->filePath(QStringLiteral("alice")), kPassphrase,
                             QStringLiteral("Alice"), storage::KdfParams::cheapForTests());
    QVERIFY(account);
    app::RelayClient relay(**account, {QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(m_port))});
    app::Messenger alice(**account, relay);
    relay.start();
    auto conv = alice.directConversation(bob);
    QVERIFY(conv);
    constexpr int kCount = 300;
    for (int i = 0; i < kCount; ++i)
        QVERIFY(alice.sendMessage(conv->id, QStringLiteral("m%1").arg(i)));
    QTRY_COMPARE_WITH_TIMEOUT(alice.outboxSize(), 0, 60000);
    QCOMPARE(
        cli(QStringLiteral("bob"), {QStringLiteral("add-contact"), (*account)->coveId()}).exitCode,
        0);

    // Bob's sync is killed again and again, at different points.
    int kills = 0;
    for (int delay : {30, 60, 90, 120, 160, 200, 260, 330}) {
        QProcess p;
        p.setProcessEnvironment(cliEnvironment());
        p.start(QStringLiteral(COVE_CLI_BINARY),
                {QStringLiteral("--profile"), m_dir->filePath(QStringLiteral("bob")),
                 QStringLiteral("sync")});
        QVERIFY(p.waitForStarted());
        QTest::qWait(delay);
        if (p.state() == QProcess::Running) {
            ::kill(pid_t(p.processId()), SIGKILL);
            ++kills;
        }
        p.waitForFinished();
    }
    QCOMPARE(cli(QStringLiteral("bob"), {QStringLiteral("sync")}).exitCode, 0);
    QJsonArray got = history(QStringLiteral("bob"), (*account)->coveId());
    QCOMPARE(got.size(), kCount);
    for (int i = 0; i < kCount; ++i)
        QCOMPARE(got[i][QStringLiteral("body")].toString(), QStringLiteral("m%1").arg(i));
    qInfo("300 messages received exactly once across %d killed syncs", kills);

    // The session survived: one more message still decrypts.
    QVERIFY(alice.sendMessage(conv->id, QStringLiteral("after the crashes")));
    QTRY_COMPARE_WITH_TIMEOUT(alice.outboxSize(), 0, 20000);
    QCOMPARE(cli(QStringLiteral("bob"), {QStringLiteral("sync")}).exitCode, 0);
    got = history(QStringLiteral("bob"), (*account)->coveId());
    QCOMPARE(got.size(), kCount + 1);
    QCOMPARE(got.last()[QStringLiteral("body")].toString(), QStringLiteral("after the crashes"));
}

void TestCli::crashPointsLoseNothing_data()
{
    QTest::addColumn<QString>("point");
    QTest::addColumn<bool>("inRelay");
    // Bob's app, at each step of receiving. ":3" is the third pass, so that
    // the crash comes with messages before it stored and after it pending.
    QTest::newRow("client, pushed to it") << QStringLiteral("receive.pushed:3") << false;
    QTest::newRow("client, decrypted") << QStringLiteral("receive.decrypted:3") << false;
    QTest::newRow("client, committed") << QStringLiteral("receive.committed:3") << false;
    QTest::newRow("client, before its ack") << QStringLiteral("receive.before-ack") << false;
    // The relay, at each step of store and forward.
    QTest::newRow("relay, read") << QStringLiteral("relay.received:3") << true;
    QTest::newRow("relay, committed, not synced") << QStringLiteral("relay.committed:3") << true;
    QTest::newRow("relay, stored") << QStringLiteral("relay.stored:3") << true;
    QTest::newRow("relay, pushed") << QStringLiteral("relay.pushed:3") << true;
    QTest::newRow("relay, acknowledged") << QStringLiteral("relay.acknowledged:3") << true;
    QTest::newRow("relay, deleted") << QStringLiteral("relay.deleted") << true;
}

void TestCli::crashPointsLoseNothing()
{
#ifndef COVE_FAIL_POINTS
    QSKIP("built without COVE_FAIL_POINTS");
#endif
    QFETCH(QString, point);
    QFETCH(bool, inRelay);
    const QString alice = initProfile(QStringLiteral("alice"));
    const QString bob = initProfile(QStringLiteral("bob"));
    QVERIFY(!alice.isEmpty() && !bob.isEmpty());
    COVE_CLI_OK(QStringLiteral("alice"), {QStringLiteral("add-contact"), bob});
    COVE_CLI_OK(QStringLiteral("bob"), {QStringLiteral("add-contact"), alice});
    if (inRelay) {
        m_relay->terminate();
        QVERIFY(m_relay->waitForFinished(5000));
        startRelay(point);
    }

    // Alice's first messages: each a PreKey message, as nothing came back yet.
    constexpr int kCount = 6;
    bool crashed = false;
    for (int i = 0; i < kCount; ++i) {
        const CliResult sent =
            cli(QStringLiteral("alice"), {QStringLiteral("send"), bob, QStringLiteral("m%1").arg(i),
                                          QStringLiteral("--timeout"), QStringLiteral("3")});
        QVERIFY2(sent.exitCode == 0 || (inRelay && sent.exitCode == 3), sent.err.constData());
        if (sent.exitCode == 3 && !crashed) { // queued: the relay went down
            QVERIFY2(relayCrashed(5000), "the relay stopped other than at its crash point");
            crashed = true;
        }
    }
    COVE_CLI_OK(QStringLiteral("alice"), {QStringLiteral("sync")}); // the outbox

    // Bob receives them.
    if (!inRelay)
        m_failPoint.insert(QStringLiteral("bob"), point);
    const CliResult interrupted =
        cli(QStringLiteral("bob"),
            {QStringLiteral("sync"), QStringLiteral("--timeout"), QStringLiteral("3")});
    m_failPoint.remove(QStringLiteral("bob"));
    if (inRelay) {
        if (!crashed)
            QVERIFY2(relayCrashed(5000), "the relay passed its crash point");
    } else {
        QVERIFY2(interrupted.crashed, interrupted.err.constData()); // it passed its crash point
    }

    // Once both run again: every message once, in order.
    COVE_CLI_OK(QStringLiteral("bob"), {QStringLiteral("sync")});
    const auto bodies = [this](const QString &profile, const QString &peer) {
        QStringList out;
        for (const QJsonValue &m : history(profile, peer))
            out.append(m[QStringLiteral("body")].toString());
        return out;
    };
    QStringList expected;
    for (int i = 0; i < kCount; ++i)
        expected.append(QStringLiteral("m%1").arg(i));
    QCOMPARE(bodies(QStringLiteral("bob"), alice), expected);

    // The sessions survived, both ways.
    COVE_CLI_OK(QStringLiteral("bob"), {QStringLiteral("send"), alice, QStringLiteral("reply")});
    COVE_CLI_OK(QStringLiteral("alice"), {QStringLiteral("sync")});
    COVE_CLI_OK(QStringLiteral("alice"), {QStringLiteral("send"), bob, QStringLiteral("after")});
    COVE_CLI_OK(QStringLiteral("bob"), {QStringLiteral("sync")});
    expected << QStringLiteral("reply") << QStringLiteral("after");
    QCOMPARE(bodies(QStringLiteral("alice"), bob), expected);
    QCOMPARE(bodies(QStringLiteral("bob"), alice), expected);
}

// The relay hands a message to a recipient who is online before the
// message is on its disk. Should it crash in between, the sender was not
// answered and sends again, and the recipient shows the message once.
void TestCli::crashAfterHandingOutLosesNothing()
{
#ifndef COVE_FAIL_POINTS
    QSKIP("built without COVE_FAIL_POINTS");
#endif
    const QString aliceId = initProfile(QStringLiteral("alice"));
    const QString bobId = initProfile(QStringLiteral("bob"));
    QVERIFY(!aliceId.isEmpty() && !bobId.isEmpty());
    COVE_CLI_OK(QStringLiteral("alice"), {QStringLiteral("add-contact"), bobId});
    COVE_CLI_OK(QStringLiteral("bob"), {QStringLiteral("add-contact"), aliceId});
    m_relay->terminate();
    QVERIFY(m_relay->waitForFinished(5000));
    startRelay(QStringLiteral("relay.handedOut:1"));

    constexpr int kCount = 6;
    {
        // Both online in this process, as two people with the app open.
        const QUrl url(QStringLiteral("ws://127.0.0.1:%1").arg(m_port));
        auto aliceAccount =
            app::Account::open(m_dir->filePath(QStringLiteral("alice")), kPassphrase);
        auto bobAccount = app::Account::open(m_dir->filePath(QStringLiteral("bob")), kPassphrase);
        QVERIFY(aliceAccount && bobAccount);
        app::RelayClient aliceRelay(**aliceAccount, {url});
        app::RelayClient bobRelay(**bobAccount, {url});
        app::Messenger alice(**aliceAccount, aliceRelay);
        app::Messenger bob(**bobAccount, bobRelay);
        QSignalSpy received(&bob, &app::Messenger::messageStored);
        aliceRelay.start();
        bobRelay.start();
        QTRY_VERIFY_WITH_TIMEOUT(aliceRelay.isReady() && bobRelay.isReady(), 10000);
        auto conv = alice.directConversation(bobId);
        QVERIFY(conv);
        // The relay dies at its first early hand-out: Alice's second message
        // (her first is a first contact, which is stored before it goes out,
        // and so is the delivery receipt of Bob's that answers it).
        const auto down = [this] { return m_relay->state() == QProcess::NotRunning; };
        bool crashed = false;
        for (int i = 0; i < kCount; ++i) {
            QVERIFY(alice.sendMessage(conv->id, QStringLiteral("m%1").arg(i)));
            const auto through = [&] { return alice.outboxSize() == 0 && received.size() > i; };
            QTRY_VERIFY_WITH_TIMEOUT(through() || down(), 30000);
            if (down()) {
                QVERIFY2(i == 1 && relayCrashed(1000),
                         "the relay stopped other than at its crash point");
                crashed = true;
                QTRY_VERIFY_WITH_TIMEOUT(through(), 30000);
            }
        }
        QVERIFY2(crashed, "the relay passed its crash point");
        QTRY_VERIFY_WITH_TIMEOUT(bob.isIdle(), 10000);
        QTest::qWait(200); // a second copy would have come by now
    }

    QStringList bodies;
    for (const QJsonValue &m : history(QStringLiteral("bob"), aliceId))
        bodies.append(m[QStringLiteral("body")].toString());
    QStringList expected;
    for (int i = 0; i < kCount; ++i)
        expected.append(QStringLiteral("m%1").arg(i));
    QCOMPARE(bodies, expected);
}

void TestCli::damagedLogIsReported()
{
#ifndef COVE_FAIL_POINTS
    QSKIP("built without COVE_FAIL_POINTS");
#endif
    // Bob's cove-cli dies while receiving, leaving its commits in the
    // write-ahead log; then a byte of the log goes bad. The next run says
    // so, keeps the damaged log, and works with what came before it.
    const QString alice = initProfile(QStringLiteral("alice"));
    const QString bob = initProfile(QStringLiteral("bob"));
    QVERIFY(!alice.isEmpty() && !bob.isEmpty());
    COVE_CLI_OK(QStringLiteral("bob"), {QStringLiteral("add-contact"), alice});
    for (int i = 0; i < 6; ++i)
        COVE_CLI_OK(QStringLiteral("alice"),
                    {QStringLiteral("send"), bob, QStringLiteral("m%1").arg(i)});
    m_failPoint.insert(QStringLiteral("bob"), QStringLiteral("receive.committed:5"));
    QVERIFY(cli(QStringLiteral("bob"), {QStringLiteral("sync")}).crashed);
    m_failPoint.remove(QStringLiteral("bob"));
    const QDir profile(m_dir->filePath(QStringLiteral("bob")));
    const QString wal = profile.filePath(QStringLiteral("cove.db-wal"));
    const qint64 middle = cove::test::middleOfWriteAheadLog(wal, 4);
    QVERIFY(middle > 0);
    QVERIFY(cove::test::flipBits(wal, middle, 0x04));

    const CliResult listed = cli(QStringLiteral("bob"), {QStringLiteral("list")});
    QCOMPARE(listed.exitCode, 0);
    QVERIFY2(listed.err.contains("database log was damaged"), listed.err.constData());
    QCOMPARE(profile.entryList({QStringLiteral("cove.db-wal.damaged-*")}).size(), 1);
    // Bob goes on: nothing was acknowledged, so a sync brings back from the
    // relay what the damage took, each message once.
    COVE_CLI_OK(QStringLiteral("bob"), {QStringLiteral("sync")});
    QStringList bodies;
    for (const QJsonValue &m : history(QStringLiteral("bob"), alice))
        bodies.append(m[QStringLiteral("body")].toString());
    QCOMPARE(bodies,
             (QStringList{QStringLiteral("m0"), QStringLiteral("m1"), QStringLiteral("m2"),
                          QStringLiteral("m3"), QStringLiteral("m4"), QStringLiteral("m5")}));
    const CliResult again = cli(QStringLiteral("bob"), {QStringLiteral("list")});
    QVERIFY(!again.err.contains("damaged"));
}

void TestCli::wrongPassphraseAndBadInput()
{
    const QString alice = initProfile(QStringLiteral("alice"));
    QVERIFY(!alice.isEmpty());
    QProcess p;
    QProcessEnvironment env = cliEnvironment();
    env.insert(QStringLiteral("COVE_PASSPHRASE"), QStringLiteral("wrong passphrase"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(COVE_CLI_BINARY),
            {QStringLiteral("--profile"), m_dir->filePath(QStringLiteral("alice")),
             QStringLiteral("id")});
    QVERIFY(p.waitForFinished());
    QCOMPARE(p.exitCode(), 1);
    QVERIFY(p.readAllStandardError().contains("passphrase"));

    // A mistyped Cove ID is caught by its checksum before anything is sent.
    QString typo = alice;
    typo[3] = typo[3] == u'7' ? u'8' : u'7';
    CliResult r = cli(QStringLiteral("alice"), {QStringLiteral("add-contact"), typo});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("not a Cove ID"));
    QCOMPARE(cli(QStringLiteral("alice"), {QStringLiteral("no-such-command")}).exitCode, 2);
}

void TestCli::reportFromTheCommandLine()
{
    const QString alice = initProfile(QStringLiteral("alice"));
    const QString mallory = initProfile(QStringLiteral("mallory"));
    QVERIFY(!alice.isEmpty() && !mallory.isEmpty());
    QCOMPARE(cli(QStringLiteral("alice"), {QStringLiteral("sync")}).exitCode, 0);
    for (const QString &text : {QStringLiteral("hi"), QStringLiteral("send me money now")})
        QCOMPARE(cli(QStringLiteral("mallory"), {QStringLiteral("send"), alice, text}).exitCode, 0);
    QCOMPARE(cli(QStringLiteral("alice"), {QStringLiteral("sync")}).exitCode, 0);
    const QJsonArray seen = history(QStringLiteral("alice"), mallory);
    QCOMPARE(seen.size(), 2);
    const QString scam = seen[1][QStringLiteral("id")].toString();

    // Bad input: an unknown category, a message that is not there.
    CliResult bad =
        cli(QStringLiteral("alice"), {QStringLiteral("report"), mallory,
                                      QStringLiteral("--category"), QStringLiteral("rudeness")});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(bad.err.contains("unknown category rudeness"));
    QVERIFY(bad.err.contains("scam"));
    bad = cli(QStringLiteral("alice"),
              {QStringLiteral("report"), mallory, QStringLiteral("--category"),
               QStringLiteral("scam"), QStringLiteral("--message"), QStringLiteral("00ff")});
    QCOMPARE(bad.exitCode, 2);

    CliResult reported =
        cli(QStringLiteral("alice"),
            {QStringLiteral("report"), mallory, QStringLiteral("--category"),
             QStringLiteral("scam"), QStringLiteral("--message"), scam, QStringLiteral("--block")});
    QVERIFY2(reported.exitCode == 0, reported.err.constData());
    CliResult listed =
        cli(QStringLiteral("alice"), {QStringLiteral("reports"), QStringLiteral("--json")});
    QCOMPARE(listed.exitCode, 0);
    const QJsonArray reports =
        QJsonDocument::fromJson(listed.out).object().value(QStringLiteral("reports")).toArray();
    QCOMPARE(reports.size(), 1);
    const QString reportId = reports[0][QStringLiteral("reportId")].toString();
    QVERIFY(reportId.startsWith(QStringLiteral("R-")));
    QCOMPARE(reports[0][QStringLiteral("status")].toString(), QStringLiteral("sent"));
    QCOMPARE(reports[0][QStringLiteral("category")].toString(), QStringLiteral("scam"));
    // --block blocked Mallory in the same step; unblock and block again by hand.
    const auto blockedIds = [&] {
        QStringList ids;
        const QJsonArray list =
            QJsonDocument::fromJson(
                cli(QStringLiteral("alice"), {QStringLiteral("blocked"), QStringLiteral("--json")})
                    .out)
                .array();
        for (const QJsonValue &b : list)
            ids << b[QStringLiteral("coveId")].toString();
        return ids;
    };
    QCOMPARE(blockedIds(), QStringList{mallory});
    QCOMPARE(cli(QStringLiteral("alice"), {QStringLiteral("unblock"), mallory}).exitCode, 0);
    QCOMPARE(blockedIds(), QStringList());
    QCOMPARE(cli(QStringLiteral("alice"), {QStringLiteral("block"), mallory}).exitCode, 0);
    QCOMPARE(blockedIds(), QStringList{mallory});
    QCOMPARE(
        cli(QStringLiteral("alice"), {QStringLiteral("block"), QStringLiteral("nope")}).exitCode,
        1);

    // The moderator sees it verified, and bans; both sides hear of it.
    CliResult shown = relayConsole({QStringLiteral("mod"), QStringLiteral("show"), reportId});
    QVERIFY2(shown.exitCode == 0, shown.err.constData());
    QVERIFY(shown.out.contains("send me money now"));
    QVERIFY(shown.out.contains("verified"));
    CliResult decided = relayConsole({QStringLiteral("mod"), QStringLiteral("decide"), reportId,
                                      QStringLiteral("ban"), QStringLiteral("--reason"),
                                      QStringLiteral("Asked for money")});
    QVERIFY2(decided.exitCode == 0, decided.err.constData());
    QTRY_VERIFY_WITH_TIMEOUT(
        QJsonDocument::fromJson(
            cli(QStringLiteral("alice"), {QStringLiteral("reports"), QStringLiteral("--json")}).out)
                .object()
                .value(QStringLiteral("reports"))
                .toArray()[0][QStringLiteral("status")]
                .toString() == QStringLiteral("action-taken"),
        30000);
    // Mallory cannot log in any more, but hears the decision and can appeal.
    CliResult mine =
        cli(QStringLiteral("mallory"), {QStringLiteral("reports"), QStringLiteral("--json"),
                                        QStringLiteral("--timeout"), QStringLiteral("3")});
    const QJsonArray decisions =
        QJsonDocument::fromJson(mine.out).object().value(QStringLiteral("decisions")).toArray();
    QCOMPARE(decisions.size(), 1);
    QCOMPARE(decisions[0][QStringLiteral("action")].toString(), QStringLiteral("ban"));
    QCOMPARE(decisions[0][QStringLiteral("reason")].toString(), QStringLiteral("Asked for money"));
    CliResult appeal =
        cli(QStringLiteral("mallory"),
            {QStringLiteral("review"), decisions[0][QStringLiteral("caseId")].toString(),
             QStringLiteral("--comment"), QStringLiteral("It was a joke")});
    QCOMPARE(appeal.exitCode, 0);
    QVERIFY(relayConsole({QStringLiteral("mod"), QStringLiteral("list")}).out.contains("ppeal"));
    CliResult transparency = relayConsole({QStringLiteral("transparency")});
    QCOMPARE(transparency.exitCode, 0);
    QVERIFY(transparency.out.contains("scam"));
}

void TestCli::requestsFromTheCommandLine()
{
    const QString alice = initProfile(QStringLiteral("alice"));
    const QString s1 = initProfile(QStringLiteral("stranger1"));
    const QString s2 = initProfile(QStringLiteral("stranger2"));
    QVERIFY(!alice.isEmpty() && !s1.isEmpty() && !s2.isEmpty());
    QCOMPARE(cli(QStringLiteral("alice"), {QStringLiteral("sync")}).exitCode, 0);
    QCOMPARE(cli(QStringLiteral("stranger1"), {QStringLiteral("send"), alice, QStringLiteral("hi")})
                 .exitCode,
             0);
    QCOMPARE(cli(QStringLiteral("stranger2"),
                 {QStringLiteral("send"), alice, QStringLiteral("win a prize")})
                 .exitCode,
             0);
    QCOMPARE(cli(QStringLiteral("alice"), {QStringLiteral("sync")}).exitCode, 0);
    const auto pending = [&] {
        QStringList ids;
        const QJsonArray list =
            QJsonDocument::fromJson(
                cli(QStringLiteral("alice"), {QStringLiteral("requests"), QStringLiteral("--json")})
                    .out)
                .array();
        for (const QJsonValue &r : list)
            ids << r[QStringLiteral("coveId")].toString();
        ids.sort();
        return ids;
    };
    QStringList both{s1, s2};
    both.sort();
    QCOMPARE(pending(), both);
    // Search looks in the person's chats: strangers' words stay in Requests.
    const auto found = [&](const QString &words) {
        return QJsonDocument::fromJson(
                   cli(QStringLiteral("alice"),
                       {QStringLiteral("search"), words, QStringLiteral("--json")})
                       .out)
            .array();
    };
    QCOMPARE(found(QStringLiteral("prize")).size(), 0);
    QCOMPARE(found(QStringLiteral("hi")).size(), 0);
    // A request that is not there is an error, and starts no chat.
    CliResult none =
        cli(QStringLiteral("alice"), {QStringLiteral("requests"), QStringLiteral("accept"), alice});
    QCOMPARE(none.exitCode, 1);
    QCOMPARE(cli(QStringLiteral("alice"),
                 {QStringLiteral("requests"), QStringLiteral("accept"), s1.toLower()})
                 .exitCode,
             0);
    QCOMPARE(pending(), QStringList{s2});
    const QJsonArray hi = found(QStringLiteral("HI"));
    QCOMPARE(hi.size(), 1);
    QCOMPARE(hi[0][QStringLiteral("chat")].toString(), s1);
    QCOMPARE(hi[0][QStringLiteral("body")].toString(), QStringLiteral("hi"));
    QCOMPARE(found(QStringLiteral("prize")).size(), 0);
    CliResult plain =
        cli(QStringLiteral("alice"), {QStringLiteral("search"), QStringLiteral("nothing here")});
    QCOMPARE(plain.exitCode, 0);
    QVERIFY(plain.out.contains("No messages found."));
    // Report all that are left, and block them in the same step.
    CliResult all =
        cli(QStringLiteral("alice"),
            {QStringLiteral("requests"), QStringLiteral("report-all"), QStringLiteral("--category"),
             QStringLiteral("spam"), QStringLiteral("--block")});
    QVERIFY2(all.exitCode == 0, all.err.constData());
    QVERIFY(all.out.contains("1 request"));
    QCOMPARE(pending(), QStringList());
    const QJsonArray reports =
        QJsonDocument::fromJson(
            cli(QStringLiteral("alice"), {QStringLiteral("reports"), QStringLiteral("--json")}).out)
            .object()
            .value(QStringLiteral("reports"))
            .toArray();
    QCOMPARE(reports.size(), 1);
    QCOMPARE(reports[0][QStringLiteral("reported")].toString(), s2);
    QCOMPARE(reports[0][QStringLiteral("status")].toString(), QStringLiteral("sent"));
    QVERIFY(relayConsole({QStringLiteral("mod"), QStringLiteral("list")}).out.contains("spam"));
    QVERIFY(cli(QStringLiteral("alice"), {QStringLiteral("blocked")})
                .out.contains(protocol::displayCoveId(s2).toUtf8()));
}

void TestCli::contactsOnlyFromTheCommandLine()
{
    const QString alice = initProfile(QStringLiteral("alice"));
    const QString bob = initProfile(QStringLiteral("bob"));
    const QString stranger = initProfile(QStringLiteral("stranger"));
    QVERIFY(!alice.isEmpty() && !bob.isEmpty() && !stranger.isEmpty());
    QCOMPARE(
        cli(QStringLiteral("alice"), {QStringLiteral("add-contact"), bob, QStringLiteral("Bob")})
            .exitCode,
        0);
    QCOMPARE(cli(QStringLiteral("alice"), {QStringLiteral("who-can-message")}).out.trimmed(),
             QByteArray("everyone"));
    CliResult set = cli(QStringLiteral("alice"),
                        {QStringLiteral("who-can-message"), QStringLiteral("contacts")});
    QVERIFY2(set.exitCode == 0, set.err.constData());
    QVERIFY2(set.out.contains("1 person"), set.out.constData());
    QCOMPARE(cli(QStringLiteral("alice"), {QStringLiteral("who-can-message")}).out.trimmed(),
             QByteArray("contacts"));
    QCOMPARE(
        cli(QStringLiteral("alice"), {QStringLiteral("who-can-message"), QStringLiteral("nobody")})
            .exitCode,
        2);

    // The stranger's message is refused; all they see is that it failed,
    // and a script sees it in the exit code.
    const CliResult refused =
        cli(QStringLiteral("stranger"), {QStringLiteral("send"), alice, QStringLiteral("hi")});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("Not delivered"), refused.err.constData());
    const QJsonArray sent = history(QStringLiteral("stranger"), alice);
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent[0][QStringLiteral("status")].toString(), QStringLiteral("failed"));
    // In a group with her, the stranger's message reaches Bob, not Alice,
    // and the command says so.
    const CliResult mixed =
        cli(QStringLiteral("stranger"), {QStringLiteral("group"), QStringLiteral("create"),
                                         QStringLiteral("Mixed"), alice, bob});
    QVERIFY2(mixed.exitCode == 0, mixed.err.constData());
    const QString mixedId = QString::fromUtf8(mixed.out.trimmed());
    const CliResult toGroup =
        cli(QStringLiteral("stranger"), {QStringLiteral("group"), QStringLiteral("send"), mixedId,
                                         QStringLiteral("hello all")});
    QCOMPARE(toGroup.exitCode, 1);
    QVERIFY2(toGroup.err.contains("Not delivered to every member"), toGroup.err.constData());
    QCOMPARE(cli(QStringLiteral("bob"), {QStringLiteral("sync")}).exitCode, 0);
    const QJsonArray bobInGroup = history(QStringLiteral("bob"), mixedId);
    QCOMPARE(bobInGroup.size(), 1);
    QCOMPARE(bobInGroup[0][QStringLiteral("body")].toString(), QStringLiteral("hello all"));
    QCOMPARE(cli(QStringLiteral("bob"), {QStringLiteral("send"), alice, QStringLiteral("hello")})
                 .exitCode,
             0);
    QCOMPARE(cli(QStringLiteral("alice"), {QStringLiteral("sync")}).exitCode, 0);
    QCOMPARE(history(QStringLiteral("alice"), bob).size(), 1);
    const QJsonArray requests =
        QJsonDocument::fromJson(
            cli(QStringLiteral("alice"), {QStringLiteral("requests"), QStringLiteral("--json")})
                .out)
            .array();
    QVERIFY(requests.isEmpty());
}

void TestCli::inviteLinksFromTheCommandLine()
{
    const QString admin = initProfile(QStringLiteral("admin"));
    const QString joiner = initProfile(QStringLiteral("joiner"));
    QVERIFY(!admin.isEmpty() && !joiner.isEmpty());
    const auto run = [&](const QString &who, const QStringList &args) { return cli(who, args); };
    const QString a = QStringLiteral("admin"), j = QStringLiteral("joiner");
    const QString g = QStringLiteral("group");

    // A contact link adds a contact like the Cove ID it names.
    const CliResult myLink = run(a, {QStringLiteral("id"), QStringLiteral("--link")});
    QVERIFY(myLink.out.startsWith("cove://contact/"));
    QCOMPARE(run(j, {QStringLiteral("add-contact"), QString::fromUtf8(myLink.out.trimmed()),
                     QStringLiteral("Admin")})
                 .exitCode,
             0);
    QVERIFY(run(j, {QStringLiteral("contacts")}).out.contains("Admin"));

    CliResult made = run(a, {g, QStringLiteral("create"), QStringLiteral("Runners")});
    QVERIFY2(made.exitCode == 0, made.err.constData());
    const QString group = QString::fromUtf8(made.out.trimmed());
    QVERIFY(run(a, {g, QStringLiteral("link"), group}).out.contains("no invite link"));
    CliResult on = run(
        a, {g, QStringLiteral("link"), group, QStringLiteral("approval"), QStringLiteral("on")});
    QVERIFY2(on.exitCode == 0, on.err.constData());
    const QString link = QString::fromUtf8(on.out.trimmed());
    QVERIFY2(link.startsWith(QStringLiteral("cove://group/")), on.out.constData());
    QVERIFY(run(a, {g, QStringLiteral("link"), group}).out.contains("An admin approves"));

    // Asking, waiting, being let in.
    CliResult asked = run(j, {g, QStringLiteral("join"), link});
    QVERIFY2(asked.exitCode == 0, asked.err.constData());
    QVERIFY(asked.out.contains("Asked to join"));
    QCOMPARE(run(a, {QStringLiteral("sync")}).exitCode, 0);
    const QJsonArray waiting =
        QJsonDocument::fromJson(
            run(a, {g, QStringLiteral("requests"), group, QStringLiteral("--json")}).out)
            .array();
    QCOMPARE(waiting.size(), 1);
    QCOMPARE(waiting[0][QStringLiteral("coveId")].toString(), joiner);
    QCOMPARE(run(a, {g, QStringLiteral("approve"), group, joiner}).exitCode, 0);
    QVERIFY(run(a, {g, QStringLiteral("requests"), group}).out.isEmpty());
    QCOMPARE(run(j, {QStringLiteral("sync")}).exitCode, 0);
    QVERIFY(run(j, {g, QStringLiteral("list")}).out.contains("Runners"));
    QVERIFY(run(j, {g, QStringLiteral("join"), link}).out.contains("already in this group"));
    // A member cannot change the link; a bad link is refused with a reason.
    QCOMPARE(run(j, {g, QStringLiteral("link"), group, QStringLiteral("reset")}).exitCode, 1);
    const CliResult bad = run(j, {g, QStringLiteral("join"), QStringLiteral("cove://group/x")});
    QCOMPARE(bad.exitCode, 1);
    QVERIFY2(bad.err.contains("three parts"), bad.err.constData());
}

void TestCli::guardedModeFromTheCommandLine()
{
    const QString parent = initProfile(QStringLiteral("parent"));
    const QString buddy = initProfile(QStringLiteral("buddy"));
    const QString stranger = initProfile(QStringLiteral("stranger"));
    QVERIFY(!parent.isEmpty() && !buddy.isEmpty() && !stranger.isEmpty());
    const QString p = QStringLiteral("parent"), k = QStringLiteral("kid");
    const QString guardian = QStringLiteral("guardian");
    // A child's profile: init --child.
    CliResult made =
        cli(k, {QStringLiteral("init"), QStringLiteral("--child"), QStringLiteral("--name"),
                QStringLiteral("Kim"), QStringLiteral("--relay"),
                QStringLiteral("ws://127.0.0.1:%1").arg(m_port), QStringLiteral("--json")});
    QVERIFY2(made.exitCode == 0, made.err.constData());
    const QString kid =
        QJsonDocument::fromJson(made.out).object().value(QStringLiteral("coveId")).toString();
    const auto status = [&] {
        return QJsonDocument::fromJson(
                   cli(k, {guardian, QStringLiteral("status"), QStringLiteral("--json")}).out)
            .object();
    };
    QCOMPARE(status().value(QStringLiteral("mode")).toString(), QStringLiteral("setup"));
    // The child cannot add anyone by itself, nor leave the setup.
    QCOMPARE(cli(k, {QStringLiteral("add-contact"), buddy}).exitCode, 1);

    // Pairing: the guardian's link, the child's request, the same code on
    // both sides, both confirm.
    CliResult link = cli(p, {guardian, QStringLiteral("pair")});
    QVERIFY2(link.exitCode == 0, link.err.constData());
    QVERIFY(link.out.startsWith("cove://guardian/"));
    CliResult asked =
        cli(k, {guardian, QStringLiteral("pair"), QString::fromUtf8(link.out.trimmed())});
    QVERIFY2(asked.exitCode == 0, asked.err.constData());
    const QJsonArray children =
        QJsonDocument::fromJson(
            cli(p, {guardian, QStringLiteral("children"), QStringLiteral("--json")}).out)
            .array();
    QCOMPARE(children.size(), 1);
    QCOMPARE(children[0][QStringLiteral("name")].toString(), QStringLiteral("Kim"));
    QVERIFY(!children[0][QStringLiteral("linked")].toBool());
    const QString code = children[0][QStringLiteral("code")].toString();
    QCOMPARE(code.size(), 7); // "123 456"
    QCOMPARE(status().value(QStringLiteral("code")).toString(), code);
    QCOMPARE(cli(p, {guardian, QStringLiteral("confirm"), kid}).exitCode, 0);
    QCOMPARE(cli(k, {QStringLiteral("sync")}).exitCode, 0);
    QCOMPARE(status().value(QStringLiteral("mode")).toString(), QStringLiteral("confirm"));
    QCOMPARE(cli(k, {guardian, QStringLiteral("confirm")}).exitCode, 0);
    QCOMPARE(status().value(QStringLiteral("mode")).toString(), QStringLiteral("on"));

    // A stranger's message fails; the guardian sees the attempt.
    const CliResult hey =
        cli(QStringLiteral("stranger"), {QStringLiteral("send"), kid, QStringLiteral("hey")});
    QCOMPARE(hey.exitCode, 1);
    QVERIFY2(hey.err.contains("Not delivered"), hey.err.constData());
    const QJsonArray sent = history(QStringLiteral("stranger"), kid);
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent[0][QStringLiteral("status")].toString(), QStringLiteral("failed"));
    const CliResult activity =
        cli(p, {guardian, QStringLiteral("activity"), kid, QStringLiteral("--json")});
    QVERIFY2(activity.exitCode == 0, activity.err.constData());
    const QJsonObject seen = QJsonDocument::fromJson(activity.out).object();
    QVERIFY(seen.value(QStringLiteral("guarded")).toBool());
    QCOMPARE(seen.value(QStringLiteral("refused")).toArray().size(), 1);
    QCOMPARE(
        seen.value(QStringLiteral("refused")).toArray()[0][QStringLiteral("coveId")].toString(),
        stranger);

    // The child asks for a buddy; the guardian approves; they can talk.
    QCOMPARE(cli(k, {QStringLiteral("request-contact"), buddy, QStringLiteral("Bo")}).exitCode, 0);
    QCOMPARE(cli(p, {QStringLiteral("sync")}).exitCode, 0);
    QVERIFY(cli(p, {guardian, QStringLiteral("children")}).out.contains("pending"));
    QCOMPARE(cli(p, {guardian, QStringLiteral("approve"), kid, buddy}).exitCode, 0);
    QCOMPARE(cli(k, {QStringLiteral("sync")}).exitCode, 0);
    QVERIFY(cli(k, {QStringLiteral("contacts")}).out.contains("Bo"));
    QCOMPARE(cli(QStringLiteral("buddy"), {QStringLiteral("send"), kid, QStringLiteral("hi Kim")})
                 .exitCode,
             0);
    QCOMPARE(cli(k, {QStringLiteral("sync")}).exitCode, 0);
    QCOMPARE(history(k, buddy).size(), 1);
    // Declining works the same way; leaving needs the guardian.
    QCOMPARE(cli(k, {QStringLiteral("request-contact"), stranger}).exitCode, 0);
    QCOMPARE(cli(p, {QStringLiteral("sync")}).exitCode, 0);
    QCOMPARE(cli(p, {guardian, QStringLiteral("decline"), kid, stranger}).exitCode, 0);
    QCOMPARE(cli(k, {QStringLiteral("sync")}).exitCode, 0);
    QVERIFY(cli(k, {guardian, QStringLiteral("status")}).out.contains("declined"));
    QVERIFY(cli(p, {guardian, QStringLiteral("quiet"), kid, QStringLiteral("late")}).exitCode != 0);
    QCOMPARE(
        cli(p, {guardian, QStringLiteral("quiet"), kid, QStringLiteral("21:00-07:00")}).exitCode,
        0);
    QCOMPARE(cli(p, {guardian, QStringLiteral("share"), kid, QStringLiteral("on")}).exitCode, 0);
    QCOMPARE(cli(p, {guardian, QStringLiteral("release"), kid}).exitCode, 0);
    QCOMPARE(cli(k, {QStringLiteral("sync")}).exitCode, 0);
    QCOMPARE(cli(k, {QStringLiteral("sync")}).exitCode, 0);
    QCOMPARE(status().value(QStringLiteral("mode")).toString(), QStringLiteral("off"));
}

void TestCli::groupInvitationFromTheCommandLine()
{
    const QString alice = initProfile(QStringLiteral("alice"));
    const QString stranger = initProfile(QStringLiteral("stranger"));
    QVERIFY(!alice.isEmpty() && !stranger.isEmpty());
    QCOMPARE(cli(QStringLiteral("alice"), {QStringLiteral("sync")}).exitCode, 0);
    CliResult made =
        cli(QStringLiteral("stranger"),
            {QStringLiteral("group"), QStringLiteral("create"), QStringLiteral("Party"), alice});
    QVERIFY2(made.exitCode == 0, made.err.constData());
    QCOMPARE(cli(QStringLiteral("alice"), {QStringLiteral("sync")}).exitCode, 0);
    const auto pending = [&] {
        return QJsonDocument::fromJson(cli(QStringLiteral("alice"),
                                           {QStringLiteral("requests"), QStringLiteral("--json")})
                                           .out)
            .array();
    };
    const QJsonArray before = pending();
    QCOMPARE(before.size(), 1);
    QCOMPARE(before[0][QStringLiteral("invitedBy")].toString(), stranger);
    QCOMPARE(before[0][QStringLiteral("name")].toString(), QStringLiteral("Party"));
    QCOMPARE(before[0][QStringLiteral("members")].toInt(), 2);
    const QString group = before[0][QStringLiteral("group")].toString();
    QVERIFY(!group.isEmpty());
    QCOMPARE(
        cli(QStringLiteral("alice"), {QStringLiteral("requests"), QStringLiteral("accept"), group})
            .exitCode,
        0);
    QVERIFY(pending().isEmpty());

    // The admin decides that only admins send; the member's app follows.
    CliResult set =
        cli(QStringLiteral("stranger"), {QStringLiteral("group"), QStringLiteral("settings"), group,
                                         QStringLiteral("only-admins-send"), QStringLiteral("on")});
    QVERIFY2(set.exitCode == 0, set.err.constData());
    QCOMPARE(cli(QStringLiteral("alice"), {QStringLiteral("sync")}).exitCode, 0);
    const CliResult shown =
        cli(QStringLiteral("alice"), {QStringLiteral("group"), QStringLiteral("settings"), group});
    QVERIFY2(shown.out.contains("only-admins-send on"), shown.out.constData());
    QVERIFY(shown.out.contains("members-rename off"));
    QCOMPARE(
        cli(QStringLiteral("alice"), {QStringLiteral("group"), QStringLiteral("settings"), group,
                                      QStringLiteral("members-rename"), QStringLiteral("on")})
            .exitCode,
        1); // not an admin
    QCOMPARE(cli(QStringLiteral("alice"),
                 {QStringLiteral("group"), QStringLiteral("send"), group, QStringLiteral("hi")})
                 .exitCode,
             1);
}

void TestCli::skewedClocksChangeNothing()
{
    // Alice's computer thinks it is next year, Carol's is two hours behind
    // and Dave's two hours ahead; Bob's is right. Their messages still
    // arrive in the order they were sent, show the relay's time, verify,
    // and the sessions work both ways.
#ifdef COVE_ASAN_BUILD
    QSKIP("libfaketime can hang a program built with AddressSanitizer; the ordinary build runs "
          "this test");
#endif
    QVERIFY2(QFile::exists(QLatin1String(kFakeTime)), "scripts/deps.sh installs faketime");
    m_clockOffset.insert(QStringLiteral("alice"), QStringLiteral("+365d"));
    m_clockOffset.insert(QStringLiteral("carol"), QStringLiteral("-2h"));
    m_clockOffset.insert(QStringLiteral("dave"), QStringLiteral("+2h"));
    const QString bob = initProfile(QStringLiteral("bob"));
    QVERIFY(!bob.isEmpty());
    const qint64 realNow = QDateTime::currentMSecsSinceEpoch();
    constexpr qint64 kMinute = 60 * 1000;
    constexpr qint64 kHour = 60 * kMinute;
    const QList<QPair<QString, qint64>> skewed = {{QStringLiteral("alice"), 365 * 24 * kHour},
                                                  {QStringLiteral("carol"), -2 * kHour},
                                                  {QStringLiteral("dave"), 2 * kHour}};
    for (const auto &[name, offset] : skewed) {
        const QString id = initProfile(name);
        QVERIFY2(!id.isEmpty(), qPrintable(name));
        QCOMPARE(cli(name, {QStringLiteral("add-contact"), bob, QStringLiteral("Bob")}).exitCode,
                 0);
        QCOMPARE(cli(QStringLiteral("bob"), {QStringLiteral("add-contact"), id, name}).exitCode, 0);
        for (const QString &text : {QStringLiteral("one"), QStringLiteral("two")})
            QCOMPARE(cli(name, {QStringLiteral("send"), bob, text}).exitCode, 0);
        QCOMPARE(cli(QStringLiteral("bob"), {QStringLiteral("sync")}).exitCode, 0);
        QCOMPARE(cli(QStringLiteral("bob"), {QStringLiteral("send"), id, QStringLiteral("three")})
                     .exitCode,
                 0);
        QCOMPARE(cli(name, {QStringLiteral("sync")}).exitCode, 0);
        QCOMPARE(cli(name, {QStringLiteral("send"), bob, QStringLiteral("four")}).exitCode, 0);
        QCOMPARE(cli(QStringLiteral("bob"), {QStringLiteral("sync")}).exitCode, 0);
        QCOMPARE(cli(name, {QStringLiteral("sync")}).exitCode, 0);

        // Bob: in the order written, each verified; the skewed clock is
        // recorded as theirs, and the relay's time is what he is shown.
        const QJsonArray seen = history(QStringLiteral("bob"), id);
        QStringList bodies;
        for (const QJsonValue &m : seen) {
            bodies.append(m[QStringLiteral("body")].toString());
            if (m[QStringLiteral("outgoing")].toBool())
                continue;
            QVERIFY(m[QStringLiteral("verified")].toBool());
            const qint64 sentAt = qint64(m[QStringLiteral("sentAt")].toDouble());
            const qint64 serverAt = qint64(m[QStringLiteral("serverAt")].toDouble());
            QVERIFY2(qAbs(serverAt - realNow) < 10 * kMinute, qPrintable(name));
            QVERIFY2(qAbs(sentAt - serverAt - offset) < 10 * kMinute, qPrintable(name));
        }
        QCOMPARE(bodies, (QStringList{QStringLiteral("one"), QStringLiteral("two"),
                                      QStringLiteral("three"), QStringLiteral("four")}));
        // The skewed side sees the same conversation, Bob's reply verified
        // and read with the relay's time.
        const QJsonArray theirs = history(name, bob);
        bodies.clear();
        for (const QJsonValue &m : theirs)
            bodies.append(m[QStringLiteral("body")].toString());
        QCOMPARE(bodies, (QStringList{QStringLiteral("one"), QStringLiteral("two"),
                                      QStringLiteral("three"), QStringLiteral("four")}));
        QVERIFY(theirs[2][QStringLiteral("verified")].toBool());
        // Bob's receipts reached them: their messages are marked delivered.
        QCOMPARE(theirs[0][QStringLiteral("status")].toString(), QStringLiteral("delivered"));
    }
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
