// SPDX-License-Identifier: GPL-3.0-or-later
// The demo world of `cove --demo`, used as the app uses it: start the
// world, open the tester's profile, connect to the relay in its settings,
// and find what the scripted peers (real clients on a real relay) did.

#include "Account.h"
#include "Conversations.h"
#include "CoveId.h"
#include "DemoWorld.h"
#include "Messages.h"
#include "Messenger.h"
#include "RelayClient.h"
#include "RelayMessages.h"
#include "SafetyState.h"

#include <QCborArray>
#include <QCborValue>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <optional>

using namespace cove;
using app::demo::DemoWorld;

namespace {

constexpr int kWait = 20000;

/// The relay's first-contact facts as Messenger keeps them with a message
/// request: the CBOR array [accountAge, massContact].
std::optional<protocol::wire::FirstContactFacts> parseFacts(const QByteArray &bytes)
{
    using Facts = protocol::wire::FirstContactFacts;
    const QCborValue value = QCborValue::fromCbor(bytes);
    if (!value.isArray())
        return std::nullopt;
    const QCborArray array = value.toArray();
    if (array.size() != 2 || !array.at(0).isInteger() || !array.at(1).isBool())
        return std::nullopt;
    const qint64 age = array.at(0).toInteger();
    if (age < qint64(Facts::AccountAge::UnderOneDay) ||
        age > qint64(Facts::AccountAge::OlderThanAMonth))
        return std::nullopt;
    return Facts{Facts::AccountAge(age), array.at(1).toBool()};
}

/// The tester's app, reduced to what the test needs: the profile opened
/// through Account::open and connected to the relay its settings name.
struct Tester {
    std::unique_ptr<app::Account> account;
    std::unique_ptr<app::RelayClient> relay;
    std::unique_ptr<app::Messenger> messenger;

    ~Tester()
    {
        if (relay)
            relay->stop();
        messenger.reset();
        relay.reset();
        account.reset();
    }

    QList<storage::StoredMessage> messages(qint64 conversationId)
    {
        storage::MessageRepository repo(account->db());
        auto page = repo.newestPage(conversationId, 100000);
        return page ? page->messages : QList<storage::StoredMessage>();
    }
    qsizetype count(qint64 conversationId, storage::Direction direction)
    {
        const auto all = messages(conversationId);
        return std::count_if(all.cbegin(), all.cend(),
                             [&](const auto &m) { return m.direction == direction; });
    }
    std::optional<storage::Conversation> direct(const QString &peerId)
    {
        storage::ConversationRepository repo(account->db());
        auto c = repo.findDirect(peerId);
        return c && c->has_value() ? std::optional(**c) : std::nullopt;
    }
    std::optional<storage::MessageRequest> request(qint64 conversationId)
    {
        storage::SafetyStateRepository safety(account->db());
        auto r = safety.request(conversationId);
        return r && r->has_value() ? std::optional(**r) : std::nullopt;
    }
    bool isPendingRequest(const QString &peerId)
    {
        const auto c = direct(peerId);
        if (!c || c->state != storage::ConversationState::MessageRequest)
            return false;
        const auto r = request(c->id);
        return r && r->state == storage::RequestState::Pending;
    }
    std::optional<protocol::wire::FirstContactFacts> factsOf(const QString &peerId)
    {
        const auto c = direct(peerId);
        const auto r = c ? request(c->id) : std::nullopt;
        return r ? parseFacts(r->facts) : std::nullopt;
    }
};

bool anyLineContains(const QSignalSpy &spy, const QString &needle)
{
    return std::any_of(spy.cbegin(), spy.cend(), [&](const QList<QVariant> &args) {
        return args.value(0).toString().contains(needle);
    });
}

} // namespace

class TestDemo : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void theTesterFindsALivedInWorld();
    void destroyingTheWorldRemovesItsDirectory();
    void aGivenRootMustBeEmptyAndIsKept();
};

void TestDemo::theTesterFindsALivedInWorld()
{
    QElapsedTimer clock;
    clock.start();
    auto started = DemoWorld::start({QString(), true});
    QVERIFY2(started, started ? "" : qPrintable(started.error().detail));
    std::unique_ptr<DemoWorld> world = std::move(*started);
    qInfo("DemoWorld::start took %lld ms", clock.elapsed());
    QSignalSpy events(world.get(), &DemoWorld::scriptEvent);

    // Four characters, each with a name, a role and a real Cove ID.
    const QList<DemoWorld::Character> cast = world->characters();
    QCOMPARE(cast.size(), 4);
    for (const DemoWorld::Character &c : cast) {
        QVERIFY(!c.name.isEmpty());
        QVERIFY(!c.role.isEmpty());
        QVERIFY(protocol::isCanonicalCoveId(c.coveId));
    }
    const QString maya = world->coveIdOf(DemoWorld::Cast::Maya);
    const QString sam = world->coveIdOf(DemoWorld::Cast::Sam);
    const QString alex = world->coveIdOf(DemoWorld::Cast::Alex);
    const QString prizeDesk = world->coveIdOf(DemoWorld::Cast::PrizeDesk);
    QCOMPARE(cast.at(0).coveId, maya);
    QCOMPARE(cast.at(3).coveId, prizeDesk);

    // As the app does it: open the profile, connect to the relay it names.
    Tester t;
    auto account = app::Account::open(world->testerProfileDir(), world->testerPassphrase());
    QVERIFY2(account, account ? "" : qPrintable(account.error().detail));
    t.account = std::move(*account);
    QCOMPARE(t.account->displayName(), QStringLiteral("Tester"));
    const QUrl url(QString::fromUtf8(t.account->setting(QStringLiteral("relay.url"))));
    QCOMPARE(url, world->relayUrl());
    QVERIFY(!app::Account::open(world->testerProfileDir(), QStringLiteral("wrong")));
    app::RelayClient::Options options;
    options.url = url;
    t.relay = std::make_unique<app::RelayClient>(*t.account, options);
    t.messenger = std::make_unique<app::Messenger>(*t.account, *t.relay);
    t.relay->start();
    QTRY_VERIFY_WITH_TIMEOUT(t.relay->isReady(), kWait);
    QCOMPARE(t.relay->frankingPublicKey(), world->relayFrankingKey());

    // Maya: a contact, with a conversation both ways already there.
    const auto mayaChat = t.direct(maya);
    QVERIFY(mayaChat);
    QCOMPARE(mayaChat->state, storage::ConversationState::Normal);
    QVERIFY(t.count(mayaChat->id, storage::Direction::Incoming) >= 1);
    QVERIFY(t.count(mayaChat->id, storage::Direction::Outgoing) >= 1);
    QVERIFY(t.messenger->addContact(maya, QString())); // already one: a rename, no request
    QVERIFY(!t.request(mayaChat->id));

    // The group, with Maya's message and Sam's rumour forwarded many times.
    auto group = t.messenger->groupConversation(world->groupId());
    QVERIFY(group);
    QCOMPARE(group->title, QStringLiteral("Weekend hike"));
    const QList<storage::StoredMessage> inGroup = t.messages(group->id);
    QVERIFY(std::any_of(inGroup.cbegin(), inGroup.cend(), [&](const auto &m) {
        return m.senderId == sam && m.forwardCount >= 5 && m.verified;
    }));
    QVERIFY(std::any_of(inGroup.cbegin(), inGroup.cend(),
                        [&](const auto &m) { return m.senderId == maya && m.forwardCount == 0; }));

    // Alex, a stranger on a new account: a message request with the
    // relay's facts, and his second message a little later.
    QTRY_VERIFY_WITH_TIMEOUT(t.isPendingRequest(alex), kWait);
    const qint64 alexChat = t.direct(alex)->id;
    const auto alexFacts = t.factsOf(alex);
    QVERIFY2(alexFacts, "the request keeps the relay's first-contact facts");
    QCOMPARE(alexFacts->accountAge, protocol::wire::FirstContactFacts::AccountAge::UnderOneDay);
    QVERIFY(!alexFacts->massContact);
    // The same, as the request's safety notice reads them.
    auto alexNotice = t.messenger->requestFacts(alexChat);
    QVERIFY(alexNotice && alexNotice->has_value());
    QCOMPARE((*alexNotice)->accountAge, alexFacts->accountAge);
    QVERIFY(!(*alexNotice)->massContact);
    QCOMPARE((*alexNotice)->sharedGroups, 0);
    QTRY_COMPARE_WITH_TIMEOUT(t.count(alexChat, storage::Direction::Incoming), 2, kWait);

    // The Prize Desk: its request carries the mass-contact flag, and the
    // relay refuses its next new conversation.
    QTRY_VERIFY_WITH_TIMEOUT(t.isPendingRequest(prizeDesk), kWait);
    const auto prizeFacts = t.factsOf(prizeDesk);
    QVERIFY(prizeFacts);
    QVERIFY2(prizeFacts->massContact, "the relay flags an account that contacts many strangers");
    auto prizeNotice = t.messenger->requestFacts(t.direct(prizeDesk)->id);
    QVERIFY(prizeNotice && prizeNotice->has_value() && (*prizeNotice)->massContact);
    QTRY_VERIFY_WITH_TIMEOUT(anyLineContains(events, QStringLiteral("rate-limited")), kWait);

    // Maya answers each text; her second answer comes with a photo.
    QVERIFY(t.messenger->sendMessage(mayaChat->id, QStringLiteral("Hi Maya, how are you?")));
    const qsizetype before = t.count(mayaChat->id, storage::Direction::Incoming);
    QTRY_COMPARE_WITH_TIMEOUT(t.count(mayaChat->id, storage::Direction::Incoming), before + 1,
                              kWait);
    QVERIFY(t.messenger->sendMessage(mayaChat->id, QStringLiteral("Any photos from last time?")));
    const auto photo = [&]() -> std::optional<storage::StoredAttachment> {
        for (const storage::StoredMessage &m : t.messages(mayaChat->id))
            if (m.direction == storage::Direction::Incoming && !m.attachments.isEmpty())
                return m.attachments.constFirst();
        return std::nullopt;
    };
    QTRY_VERIFY_WITH_TIMEOUT(photo() && photo()->state == storage::AttachmentState::Stored, kWait);
    QCOMPARE(t.count(mayaChat->id, storage::Direction::Incoming), before + 3);
    QCOMPARE(photo()->descriptor.mimeType, QStringLiteral("image/png"));
    auto bytes = t.messenger->attachmentBytes(photo()->id);
    QVERIFY(bytes);
    QVERIFY(bytes->startsWith("\x89PNG\r\n\x1a\n"));
    QVERIFY(bytes->size() > 10000);
    QVERIFY(anyLineContains(events, QStringLiteral("photo")));

    // Accepting Alex's request and answering: he pushes again.
    QVERIFY(t.messenger->acceptRequest(alexChat));
    QVERIFY(t.messenger->sendMessage(alexChat, QStringLiteral("Why not here?")));
    QTRY_COMPARE_WITH_TIMEOUT(t.count(alexChat, storage::Direction::Incoming), 3, kWait);

    // The log says what happened, never what was written.
    for (const QList<QVariant> &args : std::as_const(events)) {
        const QString line = args.value(0).toString();
        QVERIFY(!line.isEmpty());
        QVERIFY2(!line.contains(QStringLiteral("gift card")) &&
                     !line.contains(QStringLiteral("number")),
                 qPrintable(line));
    }
}

void TestDemo::destroyingTheWorldRemovesItsDirectory()
{
    auto started = DemoWorld::start({QString(), true});
    QVERIFY2(started, started ? "" : qPrintable(started.error().detail));
    std::unique_ptr<DemoWorld> world = std::move(*started);
    const QString root = world->rootDir();
    QVERIFY(QDir(root).exists());
    QVERIFY(world->testerProfileDir().startsWith(root));
    // Scripts are under way (Alex's first message is due in 50 ms).
    QTest::qWait(120);
    world.reset();
    QVERIFY(!QDir(root).exists());
    // Nothing fires into the destroyed world.
    QTest::qWait(200);
}

void TestDemo::aGivenRootMustBeEmptyAndIsKept()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile stray(dir.filePath(QStringLiteral("notes.txt")));
    QVERIFY(stray.open(QIODevice::WriteOnly));
    stray.close();
    auto refused = DemoWorld::start({dir.path(), true});
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, app::AppError::Code::InvalidArgument);
    QVERIFY(stray.exists());

    const QString root = dir.filePath(QStringLiteral("world"));
    auto started = DemoWorld::start({root, true});
    QVERIFY2(started, started ? "" : qPrintable(started.error().detail));
    QCOMPARE((*started)->rootDir(), root);
    started = app::AppError{}; // destroys the world
    QVERIFY(QDir(root).exists());
    auto reopened = app::Account::open(QDir(root).filePath(QStringLiteral("profiles/tester")),
                                       QStringLiteral("not the passphrase"));
    QVERIFY2(!reopened, "the profile is kept, and still needs its passphrase");
}

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
