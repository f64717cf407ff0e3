// SPDX-License-Identifier: GPL-3.0-or-later
// The message pipeline end to end: real accounts on SQLCipher, real Signal
// sessions, a real cove-relay server on loopback in this process.

#include "Account.h"
#include "Crypto.h"
#include "FaultProxy.h"
#include "Franking.h"
#include "GroupLinks.h"
#include "Guardian.h"
#include "InviteLink.h"
#include "KeyFile.h"
#include "Keys.h"
#include "MessageListModel.h"
#include "Messenger.h"
#include "MessengerSupport.h"
#include "Outbox.h"
#include "Profile.h"
#include "ProtocolStore.h"
#include "RelayClient.h"
#include "RelayConfig.h"
#include "RelayServer.h"
#include "SafetyState.h"
#include "Sqlite.h"
#include "SqliteRelayStorage.h"

#include <QFile>
#include <QHostAddress>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace cove;

namespace {

constexpr int kWait = 20000;

/// One person: an account, its relay connection and its pipeline.
struct Client {
    std::unique_ptr<app::Account> account;
    std::unique_ptr<app::RelayClient> relay;
    std::unique_ptr<app::Messenger> messenger;

    QString id() const { return account->coveId(); }

    QList<storage::StoredMessage> messages(qint64 conversationId)
    {
        storage::MessageRepository repo(account->db());
        auto page = repo.newestPage(conversationId, 100000);
        return page ? page->messages : QList<storage::StoredMessage>();
    }
    QList<storage::StoredMessage> incoming(qint64 conversationId)
    {
        QList<storage::StoredMessage> out;
        for (const auto &m : messages(conversationId))
            if (m.direction == storage::Direction::Incoming)
                out.append(m);
        return out;
    }
    qint64 directWith(const Client &other)
    {
        auto c = messenger->directConversation(other.id());
        return c ? c->id : -1;
    }
    qsizetype memberCount(qint64 conversationId)
    {
        auto members = storage::ConversationRepository(account->db()).members(conversationId);
        return members ? members->size() : -1;
    }
    std::optional<storage::StoredMessage> message(qint64 rowId)
    {
        storage::MessageRepository repo(account->db());
        auto m = repo.find(rowId);
        return m && m->has_value() ? std::optional(**m) : std::nullopt;
    }
};

} // namespace

class TestPipeline : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void directChatWithReceipts();
    void groupChatAndRemoval();
    void newMembersMessagesWaitForTheirChange();
    void changesMadeAtOnceAgree();
    void changesMadeAtOnceSettle();
    void attachmentsOfEverySize();
    void thousandMessagesAcrossReconnects();
    void unreliableNetworkShowsEachMessageOnce();
    void connectionsCutMidFrameLoseNothing();
    void unreadableMessageIsSentAgain();
    void unreadableGroupMessageIsSentAgain();
    void groupResendOnlyToWhoWasThere();
    void forgedLeaveCannotTakeOverAGroup();
    void reusedMessageIdIsDroppedOnce();
    void offlineSendIsQueuedDurably();
    void forgedTagAndCommitmentAreUnverifiable();
    void disappearingMessagesOnBothSides();
    void strangerLandsInRequests();
    void blockedSenderIsDroppedWithoutReceipt();
    void forwardLimitsAndLabels();
    void contactsOnlyRefusesStrangers();
    void requestMediaWaitsForAccept();
    void strangerGroupInvitationComesFirst();
    void leavingAGroupSticks();
    void groupSizeCapComesFromTheRelay();
    void adminsChooseWhatMembersMayDo();
    void joinByInviteLink();
    void inviteLinkWithApproval();
    void guardedChildPairsAndAsks();
    void forgedApprovalIsRefusedByTheChild();
    void childFollowsItsGroupsChanges();
    void quietHoursHoldMessages();
    void childShareFilesWithTheGuardian();
    void newAccountHitsTheStrangerCap();
    void changedIdentityIsHeldUntilAccepted();
    void overTlsOnlyWithTheRightCertificate();
    void rateLimitKeepsOrder();

private:
    Client &makeClient(const QString &name, quint16 port = 0);
    /// Pairs a new child's profile with `guardian` the way people do.
    Client &pairChild(Client &guardian);
    /// A guardian, a paired child and a friend the guardian approved for the child.
    struct Family {
        Client &guardian;
        Client &friendOf;
        Client &child;
    };
    Family makeFamily();
    void befriend(Client &a, Client &b);
    bool waitIdle(std::initializer_list<Client *> clients, int ms = kWait);
    /// What a modified app could send: `content` from `from` to `to`, one
    /// to one, past every check of `from`'s own app.
    void sendCrafted(Client &from, const Client &to, const protocol::Content &content);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<relay::RelayServer> m_server;
    quint16 m_port = 0;
    std::vector<std::unique_ptr<Client>> m_clients;
    /// How long makeClient()'s clients wait for an answer before they start
    /// a new connection.
    std::chrono::milliseconds m_requestTimeout{20000};
};

void TestPipeline::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_requestTimeout = std::chrono::milliseconds(20000);
    QVERIFY(m_dir->isValid());
    const QString relayDir = m_dir->filePath(QStringLiteral("relay"));
    QVERIFY(QDir().mkpath(relayDir));
    auto storage =
        relay::SqliteRelayStorage::open(relayDir, protocol::crypto::randomByteArray(32), true);
    QVERIFY(storage);
    relay::RelayConfig config;
    config.messagesPerMinute = 100000; // see rateLimitKeepsOrder for the limit itself
    m_server = std::make_unique<relay::RelayServer>(config, std::move(*storage),
                                                    protocol::generateFrankingKeyPair());
    m_port = m_server->listen(QHostAddress::LocalHost, 0);
    QVERIFY(m_port != 0);
}

void TestPipeline::cleanup()
{
    m_clients.clear();
    if (m_server)
        m_server->shutdown();
    m_server.reset();
    m_dir.reset();
}

Client &TestPipeline::makeClient(const QString &name, quint16 port)
{
    auto c = std::make_unique<Client>();
    auto account = app::Account::create(m_dir->filePath(name), QStringLiteral("passphrase"), name,
                                        storage::KdfParams::cheapForTests());
    if (!account)
        qFatal("creating an account failed: %s", qPrintable(account.error().detail));
    c->account = std::move(*account);
    app::RelayClient::Options options;
    options.url = QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(port ? port : m_port));
    options.minBackoff = std::chrono::milliseconds(20);
    options.maxBackoff = std::chrono::milliseconds(200);
    options.requestTimeout = m_requestTimeout;
    c->relay = std::make_unique<app::RelayClient>(*c->account, options);
    c->messenger = std::make_unique<app::Messenger>(*c->account, *c->relay);
    c->relay->start();
    m_clients.push_back(std::move(c));
    return *m_clients.back();
}

bool TestPipeline::waitIdle(std::initializer_list<Client *> clients, int ms)
{
    QDeadlineTimer deadline(ms);
    // Idle twice in a row with a pause: receipts sent by one may wake another.
    int calm = 0;
    while (!deadline.hasExpired()) {
        QTest::qWait(30);
        bool all = true;
        for (Client *c : clients)
            all = all && c->messenger->isIdle();
        calm = all ? calm + 1 : 0;
        if (calm >= 5)
            return true;
    }
    return false;
}

void TestPipeline::befriend(Client &a, Client &b)
{
    QVERIFY(a.messenger->addContact(b.id(), b.account->displayName()));
    QVERIFY(b.messenger->addContact(a.id(), a.account->displayName()));
}

void TestPipeline::directChatWithReceipts()
{
    Client &alice = makeClient(QStringLiteral("alice"));
    Client &bob = makeClient(QStringLiteral("bob"));
    befriend(alice, bob);
    QVERIFY(waitIdle({&alice, &bob}));

    const qint64 aliceConv = alice.directWith(bob);
    auto sent = alice.messenger->sendMessage(aliceConv, QStringLiteral("Hello Bob 👋"));
    QVERIFY(sent);
    QCOMPARE(alice.message(*sent)->status, storage::MessageStatus::Pending);

    const qint64 bobConv = bob.directWith(alice);
    QTRY_COMPARE_WITH_TIMEOUT(bob.incoming(bobConv).size(), 1, kWait);
    const storage::StoredMessage got = bob.incoming(bobConv).constFirst();
    QCOMPARE(got.body, QStringLiteral("Hello Bob 👋"));
    QCOMPARE(got.senderId, alice.id());
    QVERIFY2(got.verified, "commitment and relay tag must verify");
    QVERIFY(protocol::isWellFormedFrankingTag(got.relayTag));
    QVERIFY(got.serverAt.has_value());

    // The delivery receipt comes back; reading sends a read receipt.
    QTRY_COMPARE_WITH_TIMEOUT(alice.message(*sent)->status, storage::MessageStatus::Delivered,
                              kWait);
    QVERIFY(bob.messenger->markRead(bobConv));
    QTRY_COMPARE_WITH_TIMEOUT(alice.message(*sent)->status, storage::MessageStatus::Read, kWait);

    // And back.
    QVERIFY(bob.messenger->sendMessage(bobConv, QStringLiteral("Hi Alice")));
    QTRY_COMPARE_WITH_TIMEOUT(alice.incoming(aliceConv).size(), 1, kWait);
    QCOMPARE(alice.incoming(aliceConv).constFirst().body, QStringLiteral("Hi Alice"));
    QVERIFY(alice.incoming(aliceConv).constFirst().verified);
    QVERIFY(waitIdle({&alice, &bob}));
    QCOMPARE(alice.messenger->outboxSize(), 0);
    QCOMPARE(bob.messenger->outboxSize(), 0);
}

void TestPipeline::groupChatAndRemoval()
{
    Client &alice = makeClient(QStringLiteral("alice"));
    Client &bob = makeClient(QStringLiteral("bob"));
    Client &carol = makeClient(QStringLiteral("carol"));
    befriend(alice, bob);
    befriend(alice, carol);
    befriend(bob, carol);
    QVERIFY(waitIdle({&alice, &bob, &carol}));

    auto group = alice.messenger->createGroup(QStringLiteral("Book club"), {bob.id(), carol.id()});
    QVERIFY(group);
    const QByteArray groupId = group->groupId;
    QTRY_VERIFY_WITH_TIMEOUT(bob.messenger->groupConversation(groupId).ok(), kWait);
    QTRY_VERIFY_WITH_TIMEOUT(carol.messenger->groupConversation(groupId).ok(), kWait);
    QCOMPARE(bob.messenger->groupConversation(groupId)->title, QStringLiteral("Book club"));

    QVERIFY(alice.messenger->sendMessage(group->id, QStringLiteral("first chapter?")));
    const qint64 bobGroup = bob.messenger->groupConversation(groupId)->id;
    const qint64 carolGroup = carol.messenger->groupConversation(groupId)->id;
    QTRY_COMPARE_WITH_TIMEOUT(bob.incoming(bobGroup).size(), 1, kWait);
    QTRY_COMPARE_WITH_TIMEOUT(carol.incoming(carolGroup).size(), 1, kWait);
    QCOMPARE(carol.incoming(carolGroup).constFirst().body, QStringLiteral("first chapter?"));
    QVERIFY(carol.incoming(carolGroup).constFirst().verified);

    // A member writes to everyone.
    QVERIFY(bob.messenger->sendMessage(bobGroup, QStringLiteral("yes!")));
    QTRY_COMPARE_WITH_TIMEOUT(alice.incoming(group->id).size(), 1, kWait);
    QTRY_COMPARE_WITH_TIMEOUT(carol.incoming(carolGroup).size(), 2, kWait);
    QCOMPARE(carol.incoming(carolGroup).last().senderId, bob.id());

    // A file to the group: every member gets it and checks its hash.
    const QString photo = m_dir->filePath(QStringLiteral("photo.bin"));
    const QByteArray photoBytes = protocol::crypto::randomByteArray(300 * 1024);
    {
        QFile f(photo);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(photoBytes);
    }
    std::optional<app::AppResult<qint64>> shared;
    alice.messenger->sendFiles(group->id, QStringLiteral("the cover"), {photo},
                               [&](const app::AppResult<qint64> &r) { shared = r; });
    QTRY_VERIFY_WITH_TIMEOUT(shared.has_value() && shared->ok(), kWait);
    QTRY_COMPARE_WITH_TIMEOUT(carol.incoming(carolGroup).size(), 3, kWait);
    QVERIFY(waitIdle({&alice, &bob, &carol}));
    for (Client *member : {&bob, &carol}) {
        const qint64 conv = member->messenger->groupConversation(groupId)->id;
        const storage::StoredMessage withFile = member->incoming(conv).last();
        QCOMPARE(withFile.attachments.size(), 1);
        QCOMPARE(withFile.attachments[0].state, storage::AttachmentState::Stored);
        const QString saved = m_dir->filePath(QStringLiteral("saved-") + member->id());
        QVERIFY(member->messenger->saveAttachment(withFile.attachments[0].id, saved));
        QFile f(saved);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll() == photoBytes);
    }

    // A member cannot change the group (add, remove, rename); an admin can.
    QCOMPARE(bob.messenger->addMembers(bobGroup, {alice.id()}).error().code,
             app::AppError::Code::NotAllowed);
    QCOMPARE(bob.messenger->renameGroup(bobGroup, QStringLiteral("Bob's club")).error().code,
             app::AppError::Code::NotAllowed);
    QCOMPARE(bob.messenger->removeMember(bobGroup, carol.id()).error().code,
             app::AppError::Code::NotAllowed);
    QVERIFY(alice.messenger->removeMember(group->id, carol.id()));
    QVERIFY(waitIdle({&alice, &bob, &carol}));
    storage::ConversationRepository carolConvs(carol.account->db());
    QVERIFY(!carolConvs.roleOf(carolGroup, carol.id())->has_value());
    storage::ConversationRepository bobConvs(bob.account->db());
    QCOMPARE(bobConvs.members(bobGroup)->size(), 2);

    // After removal: a new sender key; Carol gets nothing more.
    QVERIFY(alice.messenger->sendMessage(group->id, QStringLiteral("without carol")));
    QTRY_COMPARE_WITH_TIMEOUT(bob.incoming(bobGroup).size(), 3, kWait);
    QVERIFY(waitIdle({&alice, &bob, &carol}));
    QCOMPARE(carol.incoming(carolGroup).size(), 3);
    // Carol can no longer send to the group.
    QCOMPARE(carol.messenger->sendMessage(carolGroup, QStringLiteral("hello?")).error().code,
             app::AppError::Code::NotAllowed);

    // Bob leaves; Alice stays alone as admin.
    QVERIFY(bob.messenger->leaveGroup(bobGroup));
    QTRY_COMPARE_WITH_TIMEOUT(
        storage::ConversationRepository(alice.account->db()).members(group->id)->size(), 1, kWait);
    // The last one in a group can leave it too.
    QVERIFY(alice.messenger->leaveGroup(group->id));
    QCOMPARE(alice.memberCount(group->id), qsizetype(0));
    QCOMPARE(alice.messenger->sendMessage(group->id, QStringLiteral("anyone?")).error().code,
             app::AppError::Code::NotAllowed);
}

void TestPipeline::newMembersMessagesWaitForTheirChange()
{
    // Dave, added by Alice, writes to the group before Alice's change
    // reaches Bob (it waits on Alice's side while she confirms Bob's safety
    // number). Bob keeps Dave's message and shows it once the change comes.
    Client &alice = makeClient(QStringLiteral("alice"));
    Client &bob = makeClient(QStringLiteral("bob"));
    Client &dave = makeClient(QStringLiteral("dave"));
    befriend(alice, bob);
    befriend(alice, dave);
    QVERIFY(waitIdle({&alice, &bob, &dave}));
    auto group = alice.messenger->createGroup(QStringLiteral("Hikes"), {bob.id()});
    QVERIFY(group);
    const QByteArray groupId = group->groupId;
    QTRY_VERIFY_WITH_TIMEOUT(bob.messenger->groupConversation(groupId).ok(), kWait);
    const qint64 bobGroup = bob.messenger->groupConversation(groupId)->id;
    QVERIFY(waitIdle({&alice, &bob, &dave}));

    // Alice's app holds what it sends Bob until she accepts his new key.
    const protocol::Address bobAddress{bob.id().toUtf8(), 1};
    protocol::Result<std::optional<QByteArray>> bobKey =
        alice.account->protocolStore().peerIdentity(bobAddress);
    QVERIFY(bobKey && bobKey->has_value());
    auto otherKey = protocol::generateIdentityKeyPair(alice.account->context());
    QVERIFY(otherKey);
    QVERIFY(alice.account->protocolStore().saveIdentity(bobAddress, otherKey->publicKey));
    QSignalSpy held(alice.messenger.get(), &app::Messenger::identityChanged);
    QVERIFY(alice.messenger->addMembers(group->id, {dave.id()}));
    QTRY_VERIFY_WITH_TIMEOUT(dave.messenger->groupConversation(groupId).ok(), kWait);
    QTRY_VERIFY_WITH_TIMEOUT(!held.isEmpty(), kWait);
    const qint64 daveGroup = dave.messenger->groupConversation(groupId)->id;
    QVERIFY(dave.messenger->sendMessage(daveGroup, QStringLiteral("hello from dave")));
    QVERIFY(dave.messenger->sendMessage(daveGroup, QStringLiteral("see you saturday")));
    QVERIFY(waitIdle({&alice, &bob, &dave}));
    // Dave is not in Bob's copy of the group yet: nothing of his shows.
    QCOMPARE(bob.memberCount(bobGroup), qsizetype(2));
    QCOMPARE(bob.incoming(bobGroup).size(), 0);
    QVERIFY(!storage::ConversationRepository(bob.account->db()).findDirect(dave.id())->has_value());

    QVERIFY(alice.account->protocolStore().setPendingIdentity(bobAddress, **bobKey));
    QVERIFY(alice.messenger->acceptIdentityChange(bob.id()));
    QTRY_COMPARE_WITH_TIMEOUT(bob.memberCount(bobGroup), qsizetype(3), kWait);
    QTRY_COMPARE_WITH_TIMEOUT(bob.incoming(bobGroup).size(), 2, kWait);
    const QList<storage::StoredMessage> fromDave = bob.incoming(bobGroup);
    QCOMPARE(fromDave[0].body, QStringLiteral("hello from dave"));
    QCOMPARE(fromDave[1].body, QStringLiteral("see you saturday"));
    for (const storage::StoredMessage &m : fromDave) {
        QCOMPARE(m.senderId, dave.id());
        QVERIFY(m.verified); // the relay's tag and Dave's commitment, checked on arrival
    }
    // Nothing stays waiting.
    QVERIFY(waitIdle({&alice, &bob, &dave}));
    QCOMPARE(*bob.account->db().queryInt("SELECT count(*) FROM early_group_messages"), 0);

    // What Dave writes after he was removed, knowing only the group from
    // before, is not kept, so being added again does not bring it back.
    dave.relay->stop();
    QVERIFY(dave.messenger->sendMessage(daveGroup, QStringLiteral("one more thing")));
    QVERIFY(alice.messenger->removeMember(group->id, dave.id()));
    QTRY_COMPARE_WITH_TIMEOUT(bob.memberCount(bobGroup), qsizetype(2), kWait);
    dave.relay->start();
    QVERIFY(waitIdle({&alice, &bob, &dave}));
    QCOMPARE(*bob.account->db().queryInt("SELECT count(*) FROM early_group_messages"), 0);
    QVERIFY(alice.messenger->addMembers(group->id, {dave.id()}));
    QTRY_COMPARE_WITH_TIMEOUT(bob.memberCount(bobGroup), qsizetype(3), kWait);
    QVERIFY(waitIdle({&alice, &bob, &dave}));
    QCOMPARE(bob.incoming(bobGroup).size(), 2);
}

void TestPipeline::changesMadeAtOnceAgree()
{
    // Two admins change the group at the same moment, each before the
    // other's change arrives: every copy ends the same, with both changes.
    Client &alice = makeClient(QStringLiteral("alice"));
    Client &bob = makeClient(QStringLiteral("bob"));
    Client &carol = makeClient(QStringLiteral("carol"));
    Client &dave = makeClient(QStringLiteral("dave"));
    Client &erin = makeClient(QStringLiteral("erin"));
    for (Client *a : {&alice, &bob, &carol, &dave, &erin})
        for (Client *b : {&alice, &bob, &carol, &dave, &erin})
            if (a < b)
                befriend(*a, *b);
    QVERIFY(waitIdle({&alice, &bob, &carol, &dave, &erin}));
    auto group = alice.messenger->createGroup(QStringLiteral("Hikes"), {bob.id(), carol.id()});
    QVERIFY(group);
    const QByteArray groupId = group->groupId;
    QVERIFY(alice.messenger->setRole(group->id, bob.id(), storage::MemberRole::Admin));
    QVERIFY(waitIdle({&alice, &bob, &carol, &dave}));
    const qint64 bobGroup = bob.messenger->groupConversation(groupId)->id;

    struct Copy {
        QString title;
        QStringList members;
        quint32 revision = 0;
        bool operator==(const Copy &) const = default;
    };
    const auto copyAt = [&](Client &c) {
        Copy copy;
        auto conv = c.messenger->groupConversation(groupId);
        if (!conv)
            return copy;
        copy.title = conv->title;
        storage::ConversationRepository repo(c.account->db());
        const storage::Result<QList<storage::GroupMember>> stored = repo.members(conv->id);
        if (!stored)
            return copy;
        for (const storage::GroupMember &m : *stored)
            copy.members.append(m.memberId + (m.role == storage::MemberRole::Admin
                                                  ? QStringLiteral(" (admin)")
                                                  : QString()));
        copy.members.sort();
        copy.revision = *repo.groupRevision(conv->id);
        return copy;
    };
    const auto expect = [&](const QString &title, QList<const Client *> in) {
        QStringList members;
        for (const Client *c : in)
            members.append(c->id() +
                           (c == &alice || c == &bob ? QStringLiteral(" (admin)") : QString()));
        members.sort();
        return std::make_pair(title, members);
    };

    // Alice adds Dave while Bob renames the group.
    QVERIFY(alice.messenger->addMembers(group->id, {dave.id()}));
    QVERIFY(bob.messenger->renameGroup(bobGroup, QStringLiteral("Trail crew")));
    QVERIFY(waitIdle({&alice, &bob, &carol, &dave}));
    auto [title, members] = expect(QStringLiteral("Trail crew"), {&alice, &bob, &carol, &dave});
    for (Client *c : {&alice, &bob, &carol, &dave}) {
        const Copy copy = copyAt(*c);
        QCOMPARE(copy.title, title);
        QCOMPARE(copy.members, members);
        QCOMPARE(copy, copyAt(alice));
    }

    // Alice removes Carol while Bob renames it again: Carol stays out.
    QVERIFY(alice.messenger->removeMember(group->id, carol.id()));
    QVERIFY(bob.messenger->renameGroup(bobGroup, QStringLiteral("Trail crew, Sundays")));
    QVERIFY(waitIdle({&alice, &bob, &carol, &dave}));
    std::tie(title, members) = expect(QStringLiteral("Trail crew, Sundays"), {&alice, &bob, &dave});
    for (Client *c : {&alice, &bob, &dave}) {
        const Copy copy = copyAt(*c);
        QCOMPARE(copy.title, title);
        QCOMPARE(copy.members, members);
        QCOMPARE(copy, copyAt(alice));
    }
    const qint64 carolGroup = carol.messenger->groupConversation(groupId)->id;
    QVERIFY(!storage::ConversationRepository(carol.account->db())
                 .roleOf(carolGroup, carol.id())
                 ->has_value());
    // What Bob writes next reaches the others, and not Carol.
    QVERIFY(bob.messenger->sendMessage(bobGroup, QStringLiteral("meet at the bridge")));
    QVERIFY(waitIdle({&alice, &bob, &carol, &dave}));
    QCOMPARE(alice.incoming(group->id).size(), 1);
    QCOMPARE(dave.incoming(dave.messenger->groupConversation(groupId)->id).size(), 1);
    QCOMPARE(carol.incoming(carolGroup).size(), 0);

    // Dave leaves while Alice, offline, renames it; Bob hears of the leave
    // first. His leave holds, and her name too.
    const qint64 daveGroup = dave.messenger->groupConversation(groupId)->id;
    alice.relay->stop();
    QVERIFY(dave.messenger->leaveGroup(daveGroup));
    QTRY_COMPARE_WITH_TIMEOUT(bob.memberCount(bobGroup), qsizetype(2), kWait);
    QVERIFY(alice.messenger->renameGroup(group->id, QStringLiteral("Sunday hikes")));
    alice.relay->start();
    QVERIFY(waitIdle({&alice, &bob, &carol, &dave}));
    std::tie(title, members) = expect(QStringLiteral("Sunday hikes"), {&alice, &bob});
    for (Client *c : {&alice, &bob}) {
        const Copy copy = copyAt(*c);
        QCOMPARE(copy.title, title);
        QCOMPARE(copy.members, members);
        QCOMPARE(copy, copyAt(alice));
    }
    QVERIFY(!storage::ConversationRepository(dave.account->db())
                 .roleOf(daveGroup, dave.id())
                 ->has_value());
    QVERIFY(!dave.messenger->groupInvitation(daveGroup)->has_value());

    // Erin, a member the admins let rename the group, renames it while
    // Alice, offline, lets only admins write: an admin's change wins, and
    // Erin's rename is made again on top of it.
    QVERIFY(alice.messenger->setGroupPermissions(group->id, protocol::GroupUpdate::MembersRename));
    QVERIFY(alice.messenger->addMembers(group->id, {erin.id()}));
    QVERIFY(waitIdle({&alice, &bob, &erin}));
    const qint64 erinGroup = erin.messenger->groupConversation(groupId)->id;
    alice.relay->stop();
    QVERIFY(erin.messenger->renameGroup(erinGroup, QStringLiteral("Erin's hikes")));
    QTRY_COMPARE_WITH_TIMEOUT(bob.messenger->groupConversation(groupId)->title,
                              QStringLiteral("Erin's hikes"), kWait);
    const quint8 quiet =
        protocol::GroupUpdate::MembersRename | protocol::GroupUpdate::OnlyAdminsSend;
    QVERIFY(alice.messenger->setGroupPermissions(group->id, quiet));
    alice.relay->start();
    QVERIFY(waitIdle({&alice, &bob, &erin}));
    std::tie(title, members) = expect(QStringLiteral("Erin's hikes"), {&alice, &bob, &erin});
    for (Client *c : {&alice, &bob, &erin}) {
        const Copy copy = copyAt(*c);
        QCOMPARE(copy.title, title);
        QCOMPARE(copy.members, members);
        QCOMPARE(copy, copyAt(alice));
        QCOMPARE(*c->messenger->groupPermissions(c->messenger->groupConversation(groupId)->id),
                 quiet);
    }

    // Alice removes Bob, another admin, while Bob, offline, renames it;
    // Erin hears of the removal first. Bob stays out everywhere, and his
    // change goes with him.
    bob.relay->stop();
    QVERIFY(bob.messenger->renameGroup(bobGroup, QStringLiteral("Bob's hikes")));
    QVERIFY(alice.messenger->removeMember(group->id, bob.id()));
    QTRY_COMPARE_WITH_TIMEOUT(erin.memberCount(erinGroup), qsizetype(2), kWait);
    bob.relay->start();
    QVERIFY(waitIdle({&alice, &bob, &erin}));
    std::tie(title, members) = expect(QStringLiteral("Erin's hikes"), {&alice, &erin});
    for (Client *c : {&alice, &erin}) {
        const Copy copy = copyAt(*c);
        QCOMPARE(copy.title, title);
        QCOMPARE(copy.members, members);
        QCOMPARE(copy, copyAt(alice));
    }
    QVERIFY(!storage::ConversationRepository(bob.account->db())
                 .roleOf(bobGroup, bob.id())
                 ->has_value());

    // Both rename it at once: the same name wins on both copies.
    alice.relay->stop();
    QVERIFY(alice.messenger->renameGroup(group->id, QStringLiteral("Alice's name")));
    QVERIFY(erin.messenger->renameGroup(erinGroup, QStringLiteral("Erin's name")));
    QTRY_VERIFY_WITH_TIMEOUT(erin.messenger->isIdle(), kWait);
    alice.relay->start();
    QVERIFY(waitIdle({&alice, &erin}));
    const QString named =
        alice.id() < erin.id() ? QStringLiteral("Alice's name") : QStringLiteral("Erin's name");
    QCOMPARE(copyAt(alice).title, named);
    QCOMPARE(copyAt(alice), copyAt(erin));
}

void TestPipeline::changesMadeAtOnceSettle()
{
    // Removing someone from a group whose link lets people in without an
    // admin is two changes in a row (the link changes too). Bob renames the
    // group meanwhile: the apps settle on one group, with all three changes,
    // and stop sending changes.
    Client &alice = makeClient(QStringLiteral("alice"));
    Client &bob = makeClient(QStringLiteral("bob"));
    Client &carol = makeClient(QStringLiteral("carol"));
    Client &dave = makeClient(QStringLiteral("dave"));
    for (Client *a : {&alice, &bob, &carol, &dave})
        for (Client *b : {&alice, &bob, &carol, &dave})
            if (a < b)
                befriend(*a, *b);
    QVERIFY(waitIdle({&alice, &bob, &carol, &dave}));
    auto group =
        alice.messenger->createGroup(QStringLiteral("Band"), {bob.id(), carol.id(), dave.id()});
    QVERIFY(group);
    const QByteArray groupId = group->groupId;
    QVERIFY(alice.messenger->setRole(group->id, bob.id(), storage::MemberRole::Admin));
    QVERIFY(alice.messenger->setInviteLink(group->id, true, false));
    QVERIFY(waitIdle({&alice, &bob, &carol, &dave}));
    const qint64 bobGroup = bob.messenger->groupConversation(groupId)->id;
    const QByteArray oldToken =
        storage::GroupLinkRepository(alice.account->db()).inviteLink(group->id)->token;

    bob.relay->stop();
    QVERIFY(bob.messenger->renameGroup(bobGroup, QStringLiteral("The band")));
    QVERIFY(alice.messenger->removeMember(group->id, carol.id()));
    QTRY_COMPARE_WITH_TIMEOUT(dave.memberCount(dave.messenger->groupConversation(groupId)->id),
                              qsizetype(3), kWait);
    bob.relay->start();
    QVERIFY(waitIdle({&alice, &bob, &carol, &dave}));
    const auto state = [&](Client &c) {
        const qint64 id = c.messenger->groupConversation(groupId)->id;
        storage::ConversationRepository repo(c.account->db());
        QStringList members;
        const storage::Result<QList<storage::GroupMember>> stored = repo.members(id);
        for (const storage::GroupMember &m : stored ? *stored : QList<storage::GroupMember>())
            members.append(m.memberId);
        members.sort();
        return std::make_tuple(c.messenger->groupConversation(groupId)->title, members,
                               storage::GroupLinkRepository(c.account->db()).inviteLink(id)->token,
                               *repo.groupRevision(id));
    };
    QStringList expected{alice.id(), bob.id(), dave.id()};
    expected.sort();
    for (Client *c : {&alice, &bob, &dave}) {
        QCOMPARE(std::get<0>(state(*c)), QStringLiteral("The band"));
        QCOMPARE(std::get<1>(state(*c)), expected);
        QVERIFY(std::get<2>(state(*c)) != oldToken); // Carol's link no longer lets her in
        QCOMPARE(state(*c), state(alice));
    }
    // Nothing more is sent once they agree.
    const auto outboxSizes = [&] {
        QList<qint64> sizes;
        for (Client *c : {&alice, &bob, &carol, &dave})
            sizes.append(*c->account->db().queryInt("SELECT count(*) FROM outbox"));
        return sizes;
    };
    QTest::qWait(500);
    QCOMPARE(outboxSizes(), QList<qint64>({0, 0, 0, 0}));

    // Bob renames it while Alice renames it too and then adds Erin: Bob's
    // app, having sent the two renames together, still takes Erin in.
    Client &erin = makeClient(QStringLiteral("erin"));
    befriend(alice, erin);
    QVERIFY(waitIdle({&alice, &erin}));
    bob.relay->stop();
    QVERIFY(bob.messenger->renameGroup(bobGroup, QStringLiteral("Rehearsal")));
    QVERIFY(alice.messenger->renameGroup(group->id, QStringLiteral("Gig")));
    QVERIFY(alice.messenger->addMembers(group->id, {erin.id()}));
    QTRY_VERIFY_WITH_TIMEOUT(erin.messenger->groupConversation(groupId).ok(), kWait);
    bob.relay->start();
    QVERIFY(waitIdle({&alice, &bob, &dave, &erin}));
    expected = QStringList{alice.id(), bob.id(), dave.id(), erin.id()};
    expected.sort();
    const QString name =
        alice.id() < bob.id() ? QStringLiteral("Gig") : QStringLiteral("Rehearsal");
    for (Client *c : {&alice, &bob, &dave}) {
        QCOMPARE(std::get<0>(state(*c)), name);
        QCOMPARE(std::get<1>(state(*c)), expected);
        QCOMPARE(state(*c), state(alice));
    }

    // Alice, offline, removes Bob while he renames it; Dave hears of the
    // rename first. The rename goes with Bob on every copy. (With a link
    // that needs an admin's approval, a removal is one change.)
    QVERIFY(alice.messenger->setInviteLink(group->id, true, true));
    QVERIFY(waitIdle({&alice, &bob, &dave, &erin}));
    alice.relay->stop();
    QVERIFY(alice.messenger->removeMember(group->id, bob.id()));
    QVERIFY(bob.messenger->renameGroup(bobGroup, QStringLiteral("Bob's band")));
    QTRY_COMPARE_WITH_TIMEOUT(std::get<0>(state(dave)), QStringLiteral("Bob's band"), kWait);
    alice.relay->start();
    QVERIFY(waitIdle({&alice, &bob, &dave, &erin}));
    expected = QStringList{alice.id(), dave.id(), erin.id()};
    expected.sort();
    for (Client *c : {&alice, &dave, &erin}) {
        QCOMPARE(std::get<0>(state(*c)), name);
        QCOMPARE(std::get<1>(state(*c)), expected);
        QCOMPARE(state(*c), state(alice));
    }
}

void TestPipeline::attachmentsOfEverySize()
{
    Client &alice = makeClient(QStringLiteral("alice"));
    Client &bob = makeClient(QStringLiteral("bob"));
    befriend(alice, bob);
    QVERIFY(waitIdle({&alice, &bob}));

    QList<QByteArray> contents{QByteArray(), QByteArray("x"),
                               protocol::crypto::randomByteArray(10 * 1024 * 1024)};
    QStringList paths;
    for (int i = 0; i < contents.size(); ++i) {
        const QString path = m_dir->filePath(QStringLiteral("file%1.bin").arg(i));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(contents[i]);
        paths.append(path);
    }
    std::optional<app::AppResult<qint64>> result;
    alice.messenger->sendFiles(alice.directWith(bob), QStringLiteral("three files"), paths,
                               [&](const app::AppResult<qint64> &r) { result = r; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 60000);
    QVERIFY2(result->ok(), qPrintable(result->ok() ? QString() : result->error().detail));

    const qint64 bobConv = bob.directWith(alice);
    QTRY_COMPARE_WITH_TIMEOUT(bob.incoming(bobConv).size(), 1, kWait);
    QVERIFY(waitIdle({&alice, &bob}, 60000));
    const storage::StoredMessage got = bob.incoming(bobConv).constFirst();
    QCOMPARE(got.attachments.size(), 3);
    for (int i = 0; i < 3; ++i) {
        const storage::StoredAttachment &a = got.attachments[i];
        QCOMPARE(a.state, storage::AttachmentState::Stored);
        QCOMPARE(a.descriptor.size, quint64(contents[i].size()));
        QCOMPARE(a.descriptor.fileName, QStringLiteral("file%1.bin").arg(i));
        const QString out = m_dir->filePath(QStringLiteral("saved%1").arg(i));
        QVERIFY(bob.messenger->saveAttachment(a.id, out));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(f.readAll() == contents[i], "the received file must equal the sent one");
    }
}

void TestPipeline::thousandMessagesAcrossReconnects()
{
    Client &alice = makeClient(QStringLiteral("alice"));
    Client &bob = makeClient(QStringLiteral("bob"));
    befriend(alice, bob);
    QVERIFY(waitIdle({&alice, &bob}));
    const qint64 aliceConv = alice.directWith(bob);
    const qint64 bobConv = bob.directWith(alice);

    constexpr int kEach = 1000;
    auto *rng = QRandomGenerator::global();
    // Cut one side's connection at random moments, while it sends,
    // receives or acknowledges, for as long as messages are on their way.
    int drops = 0;
    QTimer chaos;
    chaos.setInterval(37);
    connect(&chaos, &QTimer::timeout, this, [&] {
        if (drops < 40 && rng->bounded(3) == 0) {
            (rng->bounded(2) ? alice : bob).relay->reconnectNow();
            ++drops;
        }
    });
    chaos.start();
    for (int i = 0; i < kEach; ++i) {
        QVERIFY(alice.messenger->sendMessage(aliceConv, QStringLiteral("a-%1").arg(i)));
        QVERIFY(bob.messenger->sendMessage(bobConv, QStringLiteral("b-%1").arg(i)));
        QTest::qWait(int(rng->bounded(3)));
    }
    QTRY_VERIFY_WITH_TIMEOUT(bob.incoming(bobConv).size() >= kEach / 2, 120000);
    chaos.stop();
    QVERIFY(waitIdle({&alice, &bob}, 120000));
    QTRY_COMPARE_WITH_TIMEOUT(bob.incoming(bobConv).size(), kEach, kWait);
    QTRY_COMPARE_WITH_TIMEOUT(alice.incoming(aliceConv).size(), kEach, kWait);
    const auto check = [](const QList<storage::StoredMessage> &got, QChar prefix) {
        for (int i = 0; i < got.size(); ++i)
            if (got[i].body != QStringLiteral("%1-%2").arg(prefix).arg(i)) {
                QStringList around;
                for (int j = std::max(0, i - 3); j < std::min(int(got.size()), i + 4); ++j)
                    around.append(got[j].body);
                qWarning("first out of place at %d: %s", i, qPrintable(around.join(u' ')));
                return false;
            }
        return true;
    };
    QVERIFY2(check(bob.incoming(bobConv), u'a'), "each shown once, in the order sent");
    QVERIFY2(check(alice.incoming(aliceConv), u'b'), "each shown once, in the order sent");
    qInfo("%d messages each way with %d dropped connections (%d + %d sessions)", kEach, drops,
          alice.relay->sessions(), bob.relay->sessions());
    QCOMPARE(alice.messenger->outboxSize(), 0);
}

namespace {

/// Every message exactly once: the bodies `prefix`-0 … `prefix`-(count-1),
/// each one time, whatever order a misbehaving network left them in.
bool eachOnce(const QList<storage::StoredMessage> &got, QChar prefix, int count)
{
    QStringList bodies;
    QSet<QByteArray> ids;
    for (const storage::StoredMessage &m : got) {
        bodies.append(m.body);
        ids.insert(m.messageId);
    }
    QStringList expected;
    for (int i = 0; i < count; ++i)
        expected.append(QStringLiteral("%1-%2").arg(prefix).arg(i));
    bodies.sort();
    expected.sort();
    if (bodies != expected || ids.size() != got.size()) {
        qWarning("%lld messages, %lld distinct ids, %d expected", qlonglong(got.size()),
                 qlonglong(ids.size()), count);
        return false;
    }
    return true;
}

quint32 faultSeed()
{
    // COVE_FAULT_SEED repeats a run; otherwise each run tries new faults.
    bool ok = false;
    const quint32 fixed = qEnvironmentVariable("COVE_FAULT_SEED").toUInt(&ok);
    return ok ? fixed : QRandomGenerator::global()->generate();
}

} // namespace

void TestPipeline::unreliableNetworkShowsEachMessageOnce()
{
    // Both people reach the relay only through a proxy that drops,
    // duplicates, truncates, delays and reorders frames both ways and cuts
    // connections. A client that hears nothing back for a second starts a
    // new connection, as it would on a real network after a few seconds.
    test::FaultProxy proxy(QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(m_port)), faultSeed());
    QVERIFY(proxy.listen());
    qInfo("fault seed %u (COVE_FAULT_SEED repeats it)", proxy.seed());
    m_requestTimeout = std::chrono::milliseconds(1000);
    Client &alice = makeClient(QStringLiteral("alice"), proxy.port());
    Client &bob = makeClient(QStringLiteral("bob"), proxy.port());
    befriend(alice, bob);
    QVERIFY(waitIdle({&alice, &bob}));
    const qint64 aliceConv = alice.directWith(bob);
    const qint64 bobConv = bob.directWith(alice);

    test::FaultProxy::Faults bad;
    bad.drop = 0.01;
    bad.duplicate = 0.02;
    bad.truncate = 0.003;
    bad.reorder = 0.03;
    bad.cut = 0.002;
    bad.maxDelayMs = 20;
    proxy.setFaults(bad);
    constexpr int kEach = 300;
    auto *rng = QRandomGenerator::global();
    for (int i = 0; i < kEach; ++i) {
        QVERIFY(alice.messenger->sendMessage(aliceConv, QStringLiteral("a-%1").arg(i)));
        QVERIFY(bob.messenger->sendMessage(bobConv, QStringLiteral("b-%1").arg(i)));
        QTest::qWait(int(rng->bounded(4)));
    }
    // Most of it gets through the bad network on its own.
    QTRY_VERIFY_WITH_TIMEOUT(bob.incoming(bobConv).size() >= kEach / 2 &&
                                 alice.incoming(aliceConv).size() >= kEach / 2,
                             120000);
    // The network heals (and, as after any network change, connections
    // start again): everything else arrives, nothing twice.
    proxy.setFaults({});
    proxy.cutAll();
    QVERIFY(waitIdle({&alice, &bob}, 120000));
    const test::FaultProxy::Counts &n = proxy.counts();
    qInfo("%d frames: %d dropped, %d duplicated, %d truncated, %d reordered, %d cuts; "
          "%d + %d sessions",
          n.frames, n.dropped, n.duplicated, n.truncated, n.reordered, n.cuts,
          alice.relay->sessions(), bob.relay->sessions());
    QVERIFY2(eachOnce(bob.incoming(bobConv), u'a', kEach), "each of Alice's shown once");
    QVERIFY2(eachOnce(alice.incoming(aliceConv), u'b', kEach), "each of Bob's shown once");
    QCOMPARE(alice.messenger->outboxSize(), 0);
    QCOMPARE(bob.messenger->outboxSize(), 0);
    QVERIFY2(n.dropped > 0 && n.duplicated > 0 && n.truncated > 0 && n.reordered > 0 && n.cuts > 1,
             "every kind of fault happened");

    // The sessions survived: the next message decrypts on both sides.
    QVERIFY(alice.messenger->sendMessage(aliceConv, QStringLiteral("after")));
    QVERIFY(bob.messenger->sendMessage(bobConv, QStringLiteral("after")));
    QTRY_COMPARE_WITH_TIMEOUT(bob.incoming(bobConv).constLast().body, QStringLiteral("after"),
                              kWait);
    QTRY_COMPARE_WITH_TIMEOUT(alice.incoming(aliceConv).constLast().body, QStringLiteral("after"),
                              kWait);
}

void TestPipeline::connectionsCutMidFrameLoseNothing()
{
    // A TCP proxy that cuts connections in the middle of a WebSocket frame,
    // in either direction, over and over.
    test::ByteCutProxy proxy(m_port, faultSeed());
    QVERIFY(proxy.listen());
    m_requestTimeout = std::chrono::milliseconds(1000);
    Client &alice = makeClient(QStringLiteral("alice"), proxy.port());
    Client &bob = makeClient(QStringLiteral("bob"), proxy.port());
    befriend(alice, bob);
    QVERIFY(waitIdle({&alice, &bob}));
    const qint64 aliceConv = alice.directWith(bob);
    const qint64 bobConv = bob.directWith(alice);

    proxy.setCut(0.002);
    constexpr int kEach = 200;
    for (int i = 0; i < kEach; ++i) {
        QVERIFY(alice.messenger->sendMessage(aliceConv, QStringLiteral("a-%1").arg(i)));
        QVERIFY(bob.messenger->sendMessage(bobConv, QStringLiteral("b-%1").arg(i)));
        QTest::qWait(2);
    }
    QTRY_VERIFY_WITH_TIMEOUT(bob.incoming(bobConv).size() >= kEach / 2 &&
                                 alice.incoming(aliceConv).size() >= kEach / 2,
                             120000);
    proxy.setCut(0);
    QVERIFY(waitIdle({&alice, &bob}, 120000));
    qInfo("%d connections cut mid-frame; %d + %d sessions", proxy.cuts(), alice.relay->sessions(),
          bob.relay->sessions());
    QVERIFY(proxy.cuts() > 3);
    QVERIFY2(eachOnce(bob.incoming(bobConv), u'a', kEach), "each of Alice's shown once");
    QVERIFY2(eachOnce(alice.incoming(aliceConv), u'b', kEach), "each of Bob's shown once");
    QCOMPARE(alice.messenger->outboxSize(), 0);
}

void TestPipeline::unreadableMessageIsSentAgain()
{
    // Bob reaches the relay through a proxy that loses one envelope for him
    // and keeps the connection, so the relay holds it as in flight. By the
    // time it comes again the two have talked back and forth long enough
    // that Bob's session no longer keeps the ratchet step it was sealed
    // with: he cannot read it, asks Alice, and she sends it again.
    test::FaultProxy proxy(QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(m_port)), 1);
    QVERIFY(proxy.listen());
    Client &alice = makeClient(QStringLiteral("alice"));
    Client &bob = makeClient(QStringLiteral("bob"), proxy.port());
    befriend(alice, bob);
    QVERIFY(waitIdle({&alice, &bob}));
    const qint64 aliceConv = alice.directWith(bob);
    const qint64 bobConv = bob.directWith(alice);
    QVERIFY(alice.messenger->sendMessage(aliceConv, QStringLiteral("hello")));
    QTRY_COMPARE_WITH_TIMEOUT(bob.incoming(bobConv).size(), 1, kWait);
    QVERIFY(waitIdle({&alice, &bob}));

    proxy.dropNextToClient();
    QVERIFY(alice.messenger->sendMessage(aliceConv, QStringLiteral("the lost one")));
    QTRY_COMPARE_WITH_TIMEOUT(proxy.counts().dropped, 1, kWait);
    for (int round = 0; round < 8; ++round) {
        QVERIFY(bob.messenger->sendMessage(bobConv, QStringLiteral("b-%1").arg(round)));
        QTRY_COMPARE_WITH_TIMEOUT(alice.incoming(aliceConv).size(), round + 1, kWait);
        QVERIFY(alice.messenger->sendMessage(aliceConv, QStringLiteral("a-%1").arg(round)));
        QTRY_COMPARE_WITH_TIMEOUT(bob.incoming(bobConv).size(), round + 2, kWait);
    }
    const auto bodies = [&] {
        QStringList out;
        for (const storage::StoredMessage &m : bob.incoming(bobConv))
            out.append(m.body);
        return out;
    };
    QVERIFY(!bodies().contains(QStringLiteral("the lost one")));

    // The relay pushes it again on Bob's next connection.
    proxy.cutAll();
    QTRY_VERIFY_WITH_TIMEOUT(bodies().contains(QStringLiteral("the lost one")), kWait);
    QVERIFY(waitIdle({&alice, &bob}));
    QCOMPARE(bodies().count(QStringLiteral("the lost one")), 1);
    QCOMPARE(bodies().size(), 10);
    // Read as Alice wrote it: verified, and the session goes on.
    for (const storage::StoredMessage &m : bob.incoming(bobConv))
        QVERIFY2(m.verified, qPrintable(m.body));
    QVERIFY(alice.messenger->sendMessage(aliceConv, QStringLiteral("after")));
    QTRY_COMPARE_WITH_TIMEOUT(bob.incoming(bobConv).constLast().body, QStringLiteral("after"),
                              kWait);
}

void TestPipeline::unreadableGroupMessageIsSentAgain()
{
    // Carol reaches the relay through a proxy that loses Alice's sender key
    // for her (the relay holds it as in flight) and passes the group
    // message sealed with it: Carol cannot read that message, asks Alice,
    // and Alice sends it again one to one, into the group's chat.
    test::FaultProxy proxy(QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(m_port)), 1);
    QVERIFY(proxy.listen());
    Client &alice = makeClient(QStringLiteral("alice"));
    Client &bob = makeClient(QStringLiteral("bob"));
    Client &carol = makeClient(QStringLiteral("carol"), proxy.port());
    befriend(alice, bob);
    befriend(alice, carol);
    QVERIFY(waitIdle({&alice, &bob, &carol}));
    auto group = alice.messenger->createGroup(QStringLiteral("Choir"), {bob.id(), carol.id()});
    QVERIFY(group);
    QTRY_VERIFY_WITH_TIMEOUT(carol.messenger->groupConversation(group->groupId).ok(), kWait);
    QTRY_VERIFY_WITH_TIMEOUT(bob.messenger->groupConversation(group->groupId).ok(), kWait);
    QVERIFY(waitIdle({&alice, &bob, &carol}));
    const qint64 carolGroup = carol.messenger->groupConversation(group->groupId)->id;
    const qint64 bobGroup = bob.messenger->groupConversation(group->groupId)->id;
    const auto bodies = [](const QList<storage::StoredMessage> &got) {
        QStringList out;
        for (const storage::StoredMessage &m : got)
            out.append(m.body);
        return out;
    };

    // Alice's first group message: her sender key goes to each member one
    // to one, then the message sealed with it.
    proxy.dropNextToClient();
    QVERIFY(alice.messenger->sendMessage(group->id, QStringLiteral("rehearsal at eight")));
    QTRY_COMPARE_WITH_TIMEOUT(proxy.counts().dropped, 1, kWait);
    QTRY_COMPARE_WITH_TIMEOUT(bob.incoming(bobGroup).size(), 1, kWait);

    // Carol gets it without a new connection, in the group, from Alice,
    // verified, and once.
    QTRY_COMPARE_WITH_TIMEOUT(bodies(carol.incoming(carolGroup)),
                              QStringList{QStringLiteral("rehearsal at eight")}, kWait);
    QVERIFY(waitIdle({&alice, &bob, &carol}));
    const storage::StoredMessage got = carol.incoming(carolGroup).constFirst();
    QCOMPARE(got.senderId, alice.id());
    QVERIFY2(got.verified, "the resent copy's commitment and relay tag must verify");
    QVERIFY(carol.incoming(carol.directWith(alice)).isEmpty());

    // Alice's next group message carries her sender key to Carol again,
    // so Carol reads it as sent, sealed for the group.
    const protocol::SenderKeyName aliceKey{group->groupId, app::messenger::addressOf(alice.id())};
    QVERIFY(!carol.account->protocolStore().loadSenderKey(aliceKey)->has_value());
    QVERIFY(alice.messenger->sendMessage(group->id, QStringLiteral("bring the scores")));
    QTRY_COMPARE_WITH_TIMEOUT(
        bodies(carol.incoming(carolGroup)),
        (QStringList{QStringLiteral("rehearsal at eight"), QStringLiteral("bring the scores")}),
        kWait);
    QVERIFY(carol.account->protocolStore().loadSenderKey(aliceKey)->has_value());

    // The lost sender key arrives with the next connection: nothing shows twice.
    proxy.cutAll();
    QVERIFY(waitIdle({&alice, &bob, &carol}));
    QTRY_COMPARE_WITH_TIMEOUT(carol.relay->sessions(), 2, kWait);
    QVERIFY(waitIdle({&alice, &bob, &carol}));
    QCOMPARE(carol.incoming(carolGroup).size(), 2);
    QCOMPARE(bob.incoming(bobGroup).size(), 2);
    QCOMPARE(alice.messenger->outboxSize(), 0);
}

void TestPipeline::sendCrafted(Client &from, const Client &to, const protocol::Content &content)
{
    storage::OutboxEntry row;
    row.clientId = protocol::crypto::randomByteArray(16);
    row.recipient = to.id();
    row.content = protocol::encodeContent(content);
    row.commitment =
        protocol::frankingCommit(content.frankingKey, protocol::committedBytes(content));
    row.createdAt = QDateTime::currentMSecsSinceEpoch();
    QVERIFY(storage::OutboxRepository(from.account->db()).add(row));
    from.messenger->pump();
}

void TestPipeline::groupResendOnlyToWhoWasThere()
{
    // Dave joins after Alice's first message. Asking Alice for it again, by
    // the commitment every member saw, gets him nothing; a message from
    // after he joined that he lost on the way, asked for the same way, comes.
    test::FaultProxy proxy(QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(m_port)), 1);
    QVERIFY(proxy.listen());
    Client &alice = makeClient(QStringLiteral("alice"));
    Client &bob = makeClient(QStringLiteral("bob"));
    Client &dave = makeClient(QStringLiteral("dave"), proxy.port());
    befriend(alice, bob);
    befriend(alice, dave);
    QVERIFY(waitIdle({&alice, &bob, &dave}));
    auto group = alice.messenger->createGroup(QStringLiteral("Choir"), {bob.id()});
    QVERIFY(group);
    QTRY_VERIFY_WITH_TIMEOUT(bob.messenger->groupConversation(group->groupId).ok(), kWait);
    QVERIFY(alice.messenger->sendMessage(group->id, QStringLiteral("before dave")));
    const qint64 bobGroup = bob.messenger->groupConversation(group->groupId)->id;
    QTRY_COMPARE_WITH_TIMEOUT(bob.incoming(bobGroup).size(), 1, kWait);
    QTest::qWait(5); // a later millisecond on Alice's clock
    QVERIFY(alice.messenger->addMembers(group->id, {dave.id()}));
    QTRY_VERIFY_WITH_TIMEOUT(dave.messenger->groupConversation(group->groupId).ok(), kWait);
    const qint64 daveGroup = dave.messenger->groupConversation(group->groupId)->id;
    QVERIFY(alice.messenger->sendMessage(group->id, QStringLiteral("welcome dave")));
    QTRY_COMPARE_WITH_TIMEOUT(dave.incoming(daveGroup).size(), 1, kWait);
    QVERIFY(waitIdle({&alice, &bob, &dave}));

    const auto ask = [&](int bobsMessage) {
        protocol::Content c = protocol::makeContent(QString());
        c.group = protocol::GroupContext{group->groupId, 2};
        c.resend = bob.incoming(bobGroup).at(bobsMessage).commitment;
        sendCrafted(dave, alice, c);
    };
    const auto bodies = [&] {
        QStringList out;
        for (const storage::StoredMessage &m : dave.incoming(daveGroup))
            out.append(m.body);
        return out;
    };
    ask(0); // "before dave"
    QVERIFY(waitIdle({&alice, &bob, &dave}));
    QCOMPARE(bodies(), QStringList{QStringLiteral("welcome dave")});

    // Lost on the way to Dave (the relay holds it as in flight).
    proxy.dropNextToClient();
    QVERIFY(alice.messenger->sendMessage(group->id, QStringLiteral("page 12")));
    QTRY_COMPARE_WITH_TIMEOUT(proxy.counts().dropped, 1, kWait);
    QTRY_COMPARE_WITH_TIMEOUT(bob.incoming(bobGroup).size(), 3, kWait);
    ask(2); // "page 12"
    QTRY_COMPARE_WITH_TIMEOUT(
        bodies(), (QStringList{QStringLiteral("welcome dave"), QStringLiteral("page 12")}), kWait);
}

void TestPipeline::forgedLeaveCannotTakeOverAGroup()
{
    // Bob, a member, sends a "leave" that also drops Alice's admin role,
    // makes Carol admin and renames the group. A leave changes nothing but
    // the leaver's own place.
    Client &alice = makeClient(QStringLiteral("alice"));
    Client &bob = makeClient(QStringLiteral("bob"));
    Client &carol = makeClient(QStringLiteral("carol"));
    befriend(alice, bob);
    befriend(alice, carol);
    befriend(bob, carol);
    QVERIFY(waitIdle({&alice, &bob, &carol}));
    auto group = alice.messenger->createGroup(QStringLiteral("Choir"), {bob.id(), carol.id()});
    QVERIFY(group);
    QTRY_VERIFY_WITH_TIMEOUT(carol.messenger->groupConversation(group->groupId).ok(), kWait);
    QTRY_VERIFY_WITH_TIMEOUT(bob.messenger->groupConversation(group->groupId).ok(), kWait);
    QVERIFY(waitIdle({&alice, &bob, &carol}));
    const qint64 carolGroup = carol.messenger->groupConversation(group->groupId)->id;
    const auto roleAtCarol = [&](const QString &id) {
        return storage::ConversationRepository(carol.account->db()).roleOf(carolGroup, id).value();
    };
    QCOMPARE(roleAtCarol(alice.id()), storage::MemberRole::Admin);

    using Role = protocol::GroupMember::Role;
    const auto forgedLeave = [&](const QString &name, Role aliceRole, quint32 revision) {
        QList<protocol::GroupMember> members{{alice.id(), aliceRole}, {carol.id(), Role::Admin}};
        std::sort(members.begin(), members.end(),
                  [](const auto &a, const auto &b) { return a.coveId < b.coveId; });
        protocol::Content c = protocol::makeContent(QString());
        c.group = protocol::GroupContext{group->groupId, revision};
        c.groupUpdate = protocol::GroupUpdate{name, members, 0, {}, false, alice.id()};
        sendCrafted(bob, carol, c);
        sendCrafted(bob, alice, c);
    };
    const auto revision = [&] {
        return storage::ConversationRepository(carol.account->db())
            .groupRevision(carolGroup)
            .value();
    };
    const quint32 start = revision();
    // Numbered far ahead, it would make every later change of the admins
    // look stale: refused whole.
    forgedLeave(QStringLiteral("Choir"), Role::Member, start + 17);
    QVERIFY(waitIdle({&alice, &bob, &carol}));
    QCOMPARE(roleAtCarol(bob.id()), storage::MemberRole::Member);
    QCOMPARE(revision(), start);

    // A leave is a leave, whatever else it says and even numbered from
    // before the group's last change: Bob goes; Alice stays the admin,
    // Carol a member, and the name stays.
    forgedLeave(QStringLiteral("Bob's now"), Role::Member, start);
    QTRY_VERIFY_WITH_TIMEOUT(!roleAtCarol(bob.id()).has_value(), kWait);
    QVERIFY(waitIdle({&alice, &bob, &carol}));
    QCOMPARE(roleAtCarol(alice.id()), storage::MemberRole::Admin);
    QCOMPARE(roleAtCarol(carol.id()), storage::MemberRole::Member);
    QCOMPARE(carol.messenger->groupConversation(group->groupId)->title, QStringLiteral("Choir"));

    // The admins still change the group afterwards.
    QVERIFY(alice.messenger->renameGroup(group->id, QStringLiteral("Choir 2")));
    QTRY_COMPARE_WITH_TIMEOUT(carol.messenger->groupConversation(group->groupId)->title,
                              QStringLiteral("Choir 2"), kWait);
}

void TestPipeline::reusedMessageIdIsDroppedOnce()
{
    // Bob sends Carol a message under the id of one of Alice's that Carol
    // has: it is dropped, and Carol's app does not keep it on the relay
    // (which would bring it back, and the error, for ever).
    Client &alice = makeClient(QStringLiteral("alice"));
    Client &bob = makeClient(QStringLiteral("bob"));
    Client &carol = makeClient(QStringLiteral("carol"));
    befriend(alice, carol);
    befriend(bob, carol);
    QVERIFY(waitIdle({&alice, &bob, &carol}));
    QVERIFY(alice.messenger->sendMessage(alice.directWith(carol), QStringLiteral("from alice")));
    const qint64 carolAlice = carol.directWith(alice);
    QTRY_COMPARE_WITH_TIMEOUT(carol.incoming(carolAlice).size(), 1, kWait);
    QVERIFY(waitIdle({&alice, &bob, &carol}));
    QSignalSpy problems(carol.messenger.get(), &app::Messenger::problem);

    protocol::Content c = protocol::makeContent(QStringLiteral("not from alice"));
    c.messageId = carol.incoming(carolAlice).constFirst().messageId;
    sendCrafted(bob, carol, c);
    QVERIFY(waitIdle({&alice, &bob, &carol}));
    QCOMPARE(bob.messenger->outboxSize(), 0);
    QVERIFY(carol.incoming(carol.directWith(bob)).isEmpty());
    QCOMPARE(carol.incoming(carolAlice).constFirst().body, QStringLiteral("from alice"));
    QCOMPARE(carol.incoming(carolAlice).constFirst().senderId, alice.id());
    QCOMPARE(problems.count(), 0);
    const int sessions = carol.relay->sessions();
    QTest::qWait(1500);
    QCOMPARE(carol.relay->sessions(), sessions); // nothing left to come again
}

void TestPipeline::offlineSendIsQueuedDurably()
{
    Client &alice = makeClient(QStringLiteral("alice"));
    Client &bob = makeClient(QStringLiteral("bob"));
    befriend(alice, bob);
    QVERIFY(waitIdle({&alice, &bob}));
    const QString bobId = bob.id();

    // Alice goes offline, writes, and closes the app.
    alice.relay->stop();
    QVERIFY(alice.messenger->sendMessage(alice.directWith(bob), QStringLiteral("while offline")));
    QVERIFY(alice.messenger->sendMessage(alice.directWith(bob), QStringLiteral("second")));
    QCOMPARE(alice.messenger->outboxSize(), 2);
    const QString dir = alice.account->profile().directory();
    m_clients.front().reset();

    // Reopened later, online: the outbox goes out.
    auto reopened = app::Account::open(dir, QStringLiteral("passphrase"));
    QVERIFY(reopened);
    Client again;
    again.account = std::move(*reopened);
    app::RelayClient::Options options;
    options.url = QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(m_port));
    again.relay = std::make_unique<app::RelayClient>(*again.account, options);
    again.messenger = std::make_unique<app::Messenger>(*again.account, *again.relay);
    QCOMPARE(again.messenger->outboxSize(), 2);
    again.relay->start();
    const qint64 bobConv = bob.directWith(again);
    QTRY_COMPARE_WITH_TIMEOUT(bob.incoming(bobConv).size(), 2, kWait);
    QCOMPARE(bob.incoming(bobConv)[0].body, QStringLiteral("while offline"));
    QCOMPARE(bob.incoming(bobConv)[1].body, QStringLiteral("second"));
    QVERIFY(waitIdle({&again, &bob}));
    QCOMPARE(again.messenger->outboxSize(), 0);
    Q_UNUSED(bobId);
}

void TestPipeline::forgedTagAndCommitmentAreUnverifiable()
{
    Client &alice = makeClient(QStringLiteral("alice"));
    Client &bob = makeClient(QStringLiteral("bob"));
    befriend(alice, bob);
    QVERIFY(waitIdle({&alice, &bob}));
    const qint64 bobConv = bob.directWith(alice);

    // A commitment that does not match the content (as a lying sender's
    // client would send): the relay signs it, the recipient catches it.
    alice.relay->stop();
    QVERIFY(alice.messenger->sendMessage(alice.directWith(bob), QStringLiteral("tampered")));
    QVERIFY(alice.account->db().exec("UPDATE outbox SET commitment = randomblob(32)"));
    alice.relay->start();
    QTRY_COMPARE_WITH_TIMEOUT(bob.incoming(bobConv).size(), 1, kWait);
    QCOMPARE(bob.incoming(bobConv)[0].body, QStringLiteral("tampered"));
    QVERIFY2(!bob.incoming(bobConv)[0].verified, "a content/commitment mismatch is unverifiable");

    // A tag from another key (a relay that is not the one pinned).
    QVERIFY(waitIdle({&alice, &bob}));
    bob.relay->stop();
    QVERIFY(bob.account->setSetting(QStringLiteral("relay.franking_key"),
                                    protocol::generateFrankingKeyPair().publicKey));
    app::RelayClient::Options options;
    options.url = QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(m_port));
    bob.messenger.reset();
    bob.relay = std::make_unique<app::RelayClient>(*bob.account, options);
    bob.messenger = std::make_unique<app::Messenger>(*bob.account, *bob.relay);
    QSignalSpy changed(bob.relay.get(), &app::RelayClient::frankingKeyChanged);
    bob.relay->start();
    QVERIFY(alice.messenger->sendMessage(alice.directWith(bob), QStringLiteral("forged tag")));
    QTRY_COMPARE_WITH_TIMEOUT(bob.incoming(bobConv).size(), 2, kWait);
    QVERIFY2(!bob.incoming(bobConv)[1].verified, "a tag that does not verify is unverifiable");
    QCOMPARE(changed.size(), 1);
}

void TestPipeline::disappearingMessagesOnBothSides()
{
    Client &alice = makeClient(QStringLiteral("alice"));
    Client &bob = makeClient(QStringLiteral("bob"));
    befriend(alice, bob);
    QVERIFY(waitIdle({&alice, &bob}));
    const qint64 aliceConv = alice.directWith(bob);
    const qint64 bobConv = bob.directWith(alice);

    QVERIFY(alice.messenger->setExpireTimer(aliceConv, 2));
    QTRY_COMPARE_WITH_TIMEOUT(alice.messenger->conversation(bobConv).ok(), true, kWait);
    QTRY_COMPARE_WITH_TIMEOUT(bob.messenger->conversation(bobConv)->expireTimerSeconds,
                              std::optional<quint32>(2), kWait);
    QVERIFY(alice.messenger->sendMessage(aliceConv, QStringLiteral("gone soon")));
    QTRY_COMPARE_WITH_TIMEOUT(bob.incoming(bobConv).size(), 1, kWait);
    QVERIFY(bob.incoming(bobConv)[0].expiresAt.has_value());
    QCOMPARE(alice.messages(aliceConv).size(), 1);
    // Deleted on both devices once the time is up.
    QTRY_COMPARE_WITH_TIMEOUT(bob.messages(bobConv).size(), 0, 8000);
    QTRY_COMPARE_WITH_TIMEOUT(alice.messages(aliceConv).size(), 0, 8000);

    // Either side can switch it off again.
    QVERIFY(bob.messenger->setExpireTimer(bobConv, std::nullopt));
    QTRY_VERIFY_WITH_TIMEOUT(!alice.messenger->conversation(aliceConv)->expireTimerSeconds, kWait);

    // A default for new chats: a group Alice starts now has it on both
    // sides; the chat she already had keeps its own.
    QVERIFY(alice.messenger->setDefaultExpireTimer(3600));
    QCOMPARE(alice.messenger->defaultExpireTimer(), std::optional<quint32>(3600));
    auto group = alice.messenger->createGroup(QStringLiteral("Short-lived"), {bob.id()});
    QVERIFY(group);
    QCOMPARE(group->expireTimerSeconds, std::optional<quint32>(3600));
    QTRY_VERIFY_WITH_TIMEOUT(bob.messenger->groupConversation(group->groupId).ok(), kWait);
    QTRY_COMPARE_WITH_TIMEOUT(bob.messenger->groupConversation(group->groupId)->expireTimerSeconds,
                              std::optional<quint32>(3600), kWait);
    QVERIFY(!alice.messenger->conversation(aliceConv)->expireTimerSeconds);
}

void TestPipeline::strangerLandsInRequests()
{
    Client &alice = makeClient(QStringLiteral("alice"));
    Client &mallory = makeClient(QStringLiteral("mallory"));
    QVERIFY(waitIdle({&alice, &mallory}));
    auto sent = mallory.messenger->sendMessage(mallory.directWith(alice), QStringLiteral("hi"));
    QVERIFY(sent);
    storage::ConversationRepository convs(alice.account->db());
    QTRY_VERIFY_WITH_TIMEOUT(convs.findDirect(mallory.id())->has_value(), kWait);
    const storage::Conversation c = **convs.findDirect(mallory.id());
    QCOMPARE(c.state, storage::ConversationState::MessageRequest);
    QTRY_COMPARE_WITH_TIMEOUT(alice.incoming(c.id).size(), 1, kWait);
    QVERIFY(waitIdle({&alice, &mallory}));
    // No delivery receipt goes back to a stranger, and the relay's facts are kept.
    QCOMPARE(mallory.message(*sent)->status, storage::MessageStatus::Sent);
    storage::SafetyStateRepository safety(alice.account->db());
    auto request = safety.request(c.id);
    QVERIFY(request && request->has_value());
    QVERIFY2(!(*request)->facts.isEmpty(), "first-contact facts from the relay are recorded");
}

void TestPipeline::blockedSenderIsDroppedWithoutReceipt()
{
    Client &alice = makeClient(QStringLiteral("alice"));
    Client &bob = makeClient(QStringLiteral("bob"));
    Client &mallory = makeClient(QStringLiteral("mallory"));
    befriend(alice, bob);
    QVERIFY(waitIdle({&alice, &bob, &mallory}));
    const qint64 aliceWithBob = alice.directWith(bob);
    const qsizetype before = alice.incoming(aliceWithBob).size();

    // A contact: blocked, their next message never appears, and no
    // delivery receipt tells them anything.
    QSignalSpy changed(alice.messenger.get(), &app::Messenger::blocksChanged);
    QVERIFY(alice.messenger->block(bob.id().toLower())); // as typed
    QCOMPARE(changed.size(), 1);
    QCOMPARE(*alice.messenger->isBlocked(bob.id()), true);
    auto hidden =
        bob.messenger->sendMessage(bob.directWith(alice), QStringLiteral("are you there?"));
    QVERIFY(hidden);
    QTRY_COMPARE_WITH_TIMEOUT(bob.message(*hidden)->status, storage::MessageStatus::Sent, kWait);
    QVERIFY(waitIdle({&alice, &bob}));
    QTest::qWait(300); // a receipt, if one went, would be back by now
    QCOMPARE(alice.incoming(aliceWithBob).size(), before);
    QCOMPARE(bob.message(*hidden)->status, storage::MessageStatus::Sent);

    QCOMPARE(alice.messenger->blocked()->size(), 1);

    // Unblocked: the conversation works again (the dropped message stays gone).
    QVERIFY(alice.messenger->unblock(bob.id()));
    auto again = bob.messenger->sendMessage(bob.directWith(alice), QStringLiteral("hello?"));
    QVERIFY(again);
    QTRY_COMPARE_WITH_TIMEOUT(alice.incoming(aliceWithBob).size(), before + 1, kWait);
    QCOMPARE(alice.incoming(aliceWithBob).constLast().body, QStringLiteral("hello?"));
    QTRY_COMPARE_WITH_TIMEOUT(bob.message(*again)->status, storage::MessageStatus::Delivered,
                              kWait);

    // A stranger's request goes when they are blocked, and so does what
    // they send next.
    QVERIFY(mallory.messenger->sendMessage(mallory.directWith(alice), QStringLiteral("hi")));
    storage::ConversationRepository convs(alice.account->db());
    QTRY_VERIFY_WITH_TIMEOUT(convs.findDirect(mallory.id())->has_value(), kWait);
    QVERIFY(alice.messenger->block(mallory.id()));
    QVERIFY(!convs.findDirect(mallory.id())->has_value());
    QVERIFY(mallory.messenger->sendMessage(mallory.directWith(alice), QStringLiteral("hello??")));
    QVERIFY(waitIdle({&alice, &mallory}));
    QVERIFY(!convs.findDirect(mallory.id())->has_value());
    // Nobody can block themselves or a malformed ID.
    QCOMPARE(alice.messenger->block(alice.id()).error().code, app::AppError::Code::InvalidArgument);
    QCOMPARE(alice.messenger->block(QStringLiteral("nope")).error().code,
             app::AppError::Code::InvalidArgument);
}

void TestPipeline::forwardLimitsAndLabels()
{
    Client &alice = makeClient(QStringLiteral("alice"));
    Client &bob = makeClient(QStringLiteral("bob"));
    Client &carol = makeClient(QStringLiteral("carol"));
    befriend(alice, bob);
    befriend(alice, carol);
    // Four more chats of Alice's: the limit is checked before anything leaves.
    QList<qint64> targets{alice.directWith(carol)};
    for (int i = 0; i < 4; ++i) {
        Client &friendN = makeClient(QStringLiteral("friend%1").arg(i));
        befriend(alice, friendN);
        targets.append(alice.directWith(friendN));
    }
    QVERIFY(waitIdle({&alice, &bob, &carol}));
    const qint64 fromBob = alice.directWith(bob);

    QVERIFY(bob.messenger->sendMessage(bob.directWith(alice), QStringLiteral("news")));
    QTRY_COMPARE_WITH_TIMEOUT(alice.incoming(fromBob).size(), 1, kWait);
    const storage::StoredMessage news = alice.incoming(fromBob).constFirst();
    QCOMPARE(news.forwardCount, 0u);

    // A sixth chat is refused, and nothing is sent to the first five.
    QList<qint64> six = targets;
    six.append(fromBob);
    auto refused = alice.messenger->forward(news.rowId, six);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, app::AppError::Code::NotAllowed);
    for (const qint64 t : std::as_const(targets))
        QCOMPARE(alice.messages(t).size(), 0);
    auto five = alice.messenger->forward(news.rowId, targets);
    QVERIFY(five);
    QCOMPARE(five->size(), 5);
    const qint64 carolFromAlice = carol.directWith(alice);
    QTRY_COMPARE_WITH_TIMEOUT(carol.incoming(carolFromAlice).size(), 1, kWait);
    QCOMPARE(carol.incoming(carolFromAlice).constFirst().forwardCount, 1u);
    QCOMPARE(carol.incoming(carolFromAlice).constFirst().body, QStringLiteral("news"));

    // Forwarded many times (5 hops): one chat at a time, and the label
    // stays after another hop.
    QVERIFY(bob.messenger->forwardText(bob.directWith(alice), QStringLiteral("rumour"), 4));
    QTRY_COMPARE_WITH_TIMEOUT(alice.incoming(fromBob).size(), 2, kWait);
    const storage::StoredMessage rumour = alice.incoming(fromBob).constLast();
    QCOMPARE(rumour.forwardCount, 5u);
    QCOMPARE(app::Messenger::maxForwardTargets(rumour.forwardCount), 1);
    auto two = alice.messenger->forward(rumour.rowId, targets.mid(0, 2));
    QVERIFY(!two);
    QCOMPARE(two.error().code, app::AppError::Code::NotAllowed);
    QVERIFY(alice.messenger->forward(rumour.rowId, {targets.first()}));
    QTRY_COMPARE_WITH_TIMEOUT(carol.incoming(carolFromAlice).size(), 2, kWait);
    QCOMPARE(carol.incoming(carolFromAlice).constLast().forwardCount, 6u);
    // The receiving side's label comes from the count in the content.
    app::MessageListModel model(*carol.account, *carol.messenger);
    model.setConversation(carolFromAlice);
    QCOMPARE(model.data(model.index(model.rowCount() - 1), app::MessageListModel::ManyForwardsRole)
                 .toBool(),
             true);
    QCOMPARE(model.data(model.index(model.rowCount() - 2), app::MessageListModel::ManyForwardsRole)
                 .toBool(),
             false);
}

void TestPipeline::changedIdentityIsHeldUntilAccepted()
{
    Client &alice = makeClient(QStringLiteral("alice"));
    Client &bob = makeClient(QStringLiteral("bob"));
    befriend(alice, bob);
    QVERIFY(waitIdle({&alice, &bob}));
    // Bob's store remembers another key for Alice (as if hers had changed):
    // her first message is held, not shown, until Bob accepts.
    const protocol::Address aliceAddress{alice.id().toUtf8(), 1};
    auto otherKey = protocol::generateIdentityKeyPair(bob.account->context());
    QVERIFY(otherKey);
    QVERIFY(bob.account->protocolStore().saveIdentity(aliceAddress, otherKey->publicKey));
    QSignalSpy changed(bob.messenger.get(), &app::Messenger::identityChanged);
    QVERIFY(alice.messenger->sendMessage(alice.directWith(bob), QStringLiteral("held")));
    QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, kWait);
    const qint64 bobConv = bob.directWith(alice);
    QCOMPARE(bob.incoming(bobConv).size(), 0);
    QCOMPARE(*bob.messenger->pendingIdentityChanges(), QStringList{alice.id()});
    QVERIFY(bob.messenger->acceptIdentityChange(alice.id()));
    QTRY_COMPARE_WITH_TIMEOUT(bob.incoming(bobConv).size(), 1, kWait);
    QCOMPARE(bob.incoming(bobConv)[0].body, QStringLiteral("held"));
}

void TestPipeline::overTlsOnlyWithTheRightCertificate()
{
    // A relay with its own (self-signed) certificate.
    const QString key = m_dir->filePath(QStringLiteral("relay-key.pem"));
    const QString cert = m_dir->filePath(QStringLiteral("relay-cert.pem"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                   QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                   QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                   QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1"),
                   QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-keyout"), key,
                   QStringLiteral("-out"), cert});
    QVERIFY(openssl.waitForFinished(20000));
    QCOMPARE(openssl.exitCode(), 0);
    QFile keyFile(key);
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(QSslCertificate::fromPath(cert).constFirst());
    tls.setPrivateKey(QSslKey(&keyFile, QSsl::Ec));
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);

    const QString relayDir = m_dir->filePath(QStringLiteral("tls-relay"));
    QVERIFY(QDir().mkpath(relayDir));
    auto storage =
        relay::SqliteRelayStorage::open(relayDir, protocol::crypto::randomByteArray(32), true);
    QVERIFY(storage);
    relay::RelayServer server(relay::RelayConfig{}, std::move(*storage),
                              protocol::generateFrankingKeyPair());
    server.setSslConfiguration(tls);
    const quint16 port = server.listen(QHostAddress::LocalHost, 0);
    QVERIFY(port != 0);

    const auto connectTo = [&](const QString &name, bool trust) {
        auto c = std::make_unique<Client>();
        auto account = app::Account::create(m_dir->filePath(name), QStringLiteral("passphrase"),
                                            name, storage::KdfParams::cheapForTests());
        if (!account)
            return c;
        c->account = std::move(*account);
        app::RelayClient::Options options;
        options.url = QUrl(QStringLiteral("wss://127.0.0.1:%1").arg(port));
        options.minBackoff = std::chrono::milliseconds(50);
        if (trust)
            options.trustedCertificates = QSslCertificate::fromPath(cert);
        c->relay = std::make_unique<app::RelayClient>(*c->account, options);
        c->messenger = std::make_unique<app::Messenger>(*c->account, *c->relay);
        c->relay->start();
        return c;
    };
    auto alice = connectTo(QStringLiteral("tls-alice"), true);
    auto bob = connectTo(QStringLiteral("tls-bob"), true);
    auto eve = connectTo(QStringLiteral("tls-eve"), false);
    QVERIFY(alice->account && bob->account && eve->account);
    QVERIFY(waitIdle({alice.get(), bob.get()}));
    QVERIFY(alice->messenger->sendMessage(alice->directWith(*bob), QStringLiteral("over TLS")));
    QTRY_COMPARE_WITH_TIMEOUT(bob->incoming(bob->directWith(*alice)).size(), 1, kWait);
    // Without trusting the certificate, a client never gets through.
    QCOMPARE(eve->relay->sessions(), 0);
    QVERIFY(!eve->relay->isReady());
    server.shutdown();
}

void TestPipeline::contactsOnlyRefusesStrangers()
{
    Client &alice = makeClient(QStringLiteral("alice"));
    Client &bob = makeClient(QStringLiteral("bob"));
    Client &carol = makeClient(QStringLiteral("carol"));
    Client &mallory = makeClient(QStringLiteral("mallory"));
    befriend(alice, bob);
    // Carol is in Alice's contacts and never wrote yet.
    QVERIFY(alice.messenger->addContact(carol.id(), QStringLiteral("Carol")));
    QVERIFY(waitIdle({&alice, &bob, &carol, &mallory}));

    app::Reachability &reach = alice.messenger->reachability();
    QVERIFY(!reach.contactsOnly());
    QSignalSpy synced(&reach, &app::Reachability::synced);
    QVERIFY(reach.setContactsOnly(true));
    QVERIFY(reach.contactsOnly());
    QTRY_VERIFY_WITH_TIMEOUT(reach.isSynced(), kWait);
    QCOMPARE(synced.constLast().at(1).toInt(), 2); // Bob and Carol

    // A stranger's first message is refused by the relay: the stranger sees
    // only that it failed, and Alice sees nothing at all.
    auto refused =
        mallory.messenger->sendMessage(mallory.directWith(alice), QStringLiteral("hey cutie"));
    QVERIFY(refused);
    QTRY_COMPARE_WITH_TIMEOUT(mallory.message(*refused)->status, storage::MessageStatus::Failed,
                              kWait);
    storage::ConversationRepository convs(alice.account->db());
    QVERIFY(waitIdle({&alice}));
    QVERIFY(!convs.findDirect(mallory.id())->has_value());
    QVERIFY(alice.messenger->requests()->isEmpty());

    // Contacts get through, also one who never wrote before.
    auto fromCarol = carol.messenger->sendMessage(carol.directWith(alice), QStringLiteral("hi!"));
    QVERIFY(fromCarol);
    QTRY_COMPARE_WITH_TIMEOUT(alice.incoming(alice.directWith(carol)).size(), 1, kWait);
    QVERIFY(bob.messenger->sendMessage(bob.directWith(alice), QStringLiteral("hello")));
    QTRY_COMPARE_WITH_TIMEOUT(alice.incoming(alice.directWith(bob)).size(), 1, kWait);

    // The setting survives a reconnection and is sent again.
    alice.relay->reconnectNow();
    QTRY_VERIFY_WITH_TIMEOUT(alice.relay->isReady() && reach.isSynced(), kWait);
    auto again = mallory.messenger->sendMessage(mallory.directWith(alice), QStringLiteral("??"));
    QVERIFY(again);
    QTRY_COMPARE_WITH_TIMEOUT(mallory.message(*again)->status, storage::MessageStatus::Failed,
                              kWait);

    // Someone taken out of the contacts still reaches the chat that stays;
    // once that chat is deleted too, they are turned away like anyone else.
    QVERIFY(alice.messenger->removeContact(carol.id()));
    QVERIFY(!alice.messenger->contact(carol.id())->has_value());
    QTRY_VERIFY_WITH_TIMEOUT(reach.isSynced(), kWait);
    const qint64 carolChat = alice.directWith(carol);
    QVERIFY(carol.messenger->sendMessage(carol.directWith(alice), QStringLiteral("still here")));
    QTRY_COMPARE_WITH_TIMEOUT(alice.incoming(carolChat).size(), 2, kWait);
    QVERIFY(alice.messenger->deleteConversation(carolChat));
    QVERIFY(
        !storage::ConversationRepository(alice.account->db()).findDirect(carol.id())->has_value());
    QTRY_VERIFY_WITH_TIMEOUT(reach.isSynced(), kWait);
    auto removed = carol.messenger->sendMessage(carol.directWith(alice), QStringLiteral("hello?"));
    QVERIFY(removed);
    QTRY_COMPARE_WITH_TIMEOUT(carol.message(*removed)->status, storage::MessageStatus::Failed,
                              kWait);
    QCOMPARE(alice.messenger->removeContact(carol.id()).error().code,
             app::AppError::Code::NotFound);

    // Back to everyone: the stranger's next message is a request again.
    QVERIFY(reach.setContactsOnly(false));
    QTRY_VERIFY_WITH_TIMEOUT(reach.isSynced(), kWait);
    QVERIFY(
        mallory.messenger->sendMessage(mallory.directWith(alice), QStringLiteral("hello again")));
    QTRY_COMPARE_WITH_TIMEOUT(alice.messenger->requests()->size(), 1, kWait);
}

void TestPipeline::requestMediaWaitsForAccept()
{
    Client &alice = makeClient(QStringLiteral("alice"));
    Client &stranger = makeClient(QStringLiteral("stranger"));
    QVERIFY(waitIdle({&alice, &stranger}));
    const QByteArray photo = protocol::crypto::randomByteArray(40 * 1024);
    std::optional<app::AppResult<qint64>> sent;
    stranger.messenger->sendFileData(stranger.directWith(alice), QStringLiteral("look"),
                                     {{QStringLiteral("me.jpg"), photo}},
                                     [&](const app::AppResult<qint64> &r) { sent = r; });
    QTRY_VERIFY_WITH_TIMEOUT(sent.has_value() && sent->ok(), kWait);

    storage::ConversationRepository convs(alice.account->db());
    QTRY_VERIFY_WITH_TIMEOUT(convs.findDirect(stranger.id())->has_value(), kWait);
    const qint64 request = (**convs.findDirect(stranger.id())).id;
    QVERIFY(waitIdle({&alice, &stranger}));
    QTRY_COMPARE_WITH_TIMEOUT(alice.incoming(request).size(), 1, kWait);
    // Nothing of the stranger's file was fetched: not even the ciphertext.
    storage::StoredAttachment held = alice.incoming(request).constFirst().attachments.value(0);
    QCOMPARE(held.state, storage::AttachmentState::NotDownloaded);
    QVERIFY(held.localFile.isEmpty());
    QVERIFY(!alice.messenger->attachmentBytes(held.id));

    // Also not after a reconnection.
    alice.relay->reconnectNow();
    QTRY_VERIFY_WITH_TIMEOUT(alice.relay->isReady(), kWait);
    QVERIFY(waitIdle({&alice}));
    QCOMPARE(alice.incoming(request).constFirst().attachments.value(0).state,
             storage::AttachmentState::NotDownloaded);

    // Accepted: the photo comes, whole.
    QVERIFY(alice.messenger->acceptRequest(request));
    QTRY_COMPARE_WITH_TIMEOUT(alice.incoming(request).constFirst().attachments.value(0).state,
                              storage::AttachmentState::Stored, kWait);
    auto bytes = alice.messenger->attachmentBytes(held.id);
    QVERIFY(bytes);
    QVERIFY(*bytes == photo);
}

void TestPipeline::leavingAGroupSticks()
{
    // Alice leaves Bob's group. Bob adding her back, contact or not, is an
    // invitation: nothing of the group shows as hers until she joins.
    Client &alice = makeClient(QStringLiteral("alice"));
    Client &bob = makeClient(QStringLiteral("bob"));
    befriend(alice, bob);
    QVERIFY(waitIdle({&alice, &bob}));
    auto group = bob.messenger->createGroup(QStringLiteral("Friends"), {alice.id()});
    QVERIFY(group);
    QTRY_VERIFY_WITH_TIMEOUT(alice.messenger->groupConversation(group->groupId).ok(), kWait);
    const qint64 atAlice = alice.messenger->groupConversation(group->groupId)->id;
    QVERIFY(!alice.messenger->groupInvitation(atAlice)->has_value());
    QVERIFY(alice.messenger->leaveGroup(atAlice));
    QTRY_COMPARE_WITH_TIMEOUT(bob.memberCount(group->id), qsizetype(1), kWait);

    QVERIFY(bob.messenger->addMembers(group->id, {alice.id()}));
    QTRY_COMPARE_WITH_TIMEOUT(alice.memberCount(atAlice), qsizetype(2), kWait);
    auto invitation = alice.messenger->groupInvitation(atAlice);
    QVERIFY(invitation && invitation->has_value());
    QCOMPARE((*invitation)->inviterId, bob.id());
    auto hello = bob.messenger->sendMessage(group->id, QStringLiteral("come back!"));
    QVERIFY(hello);
    QTRY_COMPARE_WITH_TIMEOUT(alice.incoming(atAlice).size(), 1, kWait);
    QVERIFY(waitIdle({&alice, &bob}));
    QTest::qWait(300);
    QCOMPARE(bob.message(*hello)->status, storage::MessageStatus::Sent); // no receipt yet

    // Joining makes it an ordinary group again.
    QVERIFY(alice.messenger->acceptRequest(atAlice));
    QVERIFY(!alice.messenger->groupInvitation(atAlice)->has_value());
    QVERIFY(bob.messenger->sendMessage(group->id, QStringLiteral("welcome back")));
    QTRY_COMPARE_WITH_TIMEOUT(alice.incoming(atAlice).size(), 2, kWait);

    // Left again and added again, Alice declines: she stays out, what the
    // group said while she was in it stays, and nothing more comes.
    QVERIFY(alice.messenger->leaveGroup(atAlice));
    QTRY_COMPARE_WITH_TIMEOUT(bob.memberCount(group->id), qsizetype(1), kWait);
    QVERIFY(bob.messenger->addMembers(group->id, {alice.id()}));
    QTRY_VERIFY_WITH_TIMEOUT(alice.messenger->groupInvitation(atAlice)->has_value(), kWait);
    QVERIFY(alice.messenger->deleteRequest(atAlice));
    QVERIFY(!alice.messenger->groupInvitation(atAlice)->has_value());
    QCOMPARE(alice.incoming(atAlice).size(), 2);
    QVERIFY(!storage::ConversationRepository(alice.account->db())
                 .roleOf(atAlice, alice.id())
                 .value()
                 .has_value());
    QVERIFY(bob.messenger->sendMessage(group->id, QStringLiteral("still there?")));
    QVERIFY(waitIdle({&alice, &bob}));
    QCOMPARE(alice.incoming(atAlice).size(), 2);
}

void TestPipeline::strangerGroupInvitationComesFirst()
{
    Client &alice = makeClient(QStringLiteral("alice"));
    Client &bob = makeClient(QStringLiteral("bob"));
    Client &mallory = makeClient(QStringLiteral("mallory"));
    befriend(alice, bob);
    QVERIFY(waitIdle({&alice, &bob, &mallory}));

    // A contact's group is simply there.
    auto friends = bob.messenger->createGroup(QStringLiteral("Friends"), {alice.id()});
    QVERIFY(friends);
    QTRY_VERIFY_WITH_TIMEOUT(alice.messenger->groupConversation(friends->groupId).ok(), kWait);
    const qint64 friendsAtAlice = alice.messenger->groupConversation(friends->groupId)->id;
    QVERIFY(!alice.messenger->groupInvitation(friendsAtAlice)->has_value());

    // A stranger's group (setting "everyone"): in the chat list, but as an
    // invitation with its overview, holding what is said in it.
    auto party =
        mallory.messenger->createGroup(QStringLiteral("Free crypto"), {alice.id(), bob.id()});
    QVERIFY(party);
    QTRY_VERIFY_WITH_TIMEOUT(alice.messenger->groupConversation(party->groupId).ok(), kWait);
    const storage::Conversation atAlice = *alice.messenger->groupConversation(party->groupId);
    QCOMPARE(atAlice.state, storage::ConversationState::Normal);
    auto invitation = alice.messenger->groupInvitation(atAlice.id);
    QVERIFY(invitation && invitation->has_value());
    QCOMPARE((*invitation)->inviterId, mallory.id());
    QCOMPARE((*invitation)->memberCount, 3);
    QCOMPARE((*invitation)->admins, QStringList{mallory.id()});
    QCOMPARE((*invitation)->creatorId, mallory.id());
    QCOMPARE((*invitation)->contactsInGroup, QStringList{bob.id()});
    QVERIFY((*invitation)->inviterFacts.accountAge.has_value()); // the relay's first-contact facts
    auto pitch = mallory.messenger->sendMessage(party->id, QStringLiteral("send 1 BTC"));
    QVERIFY(pitch);
    QTRY_COMPARE_WITH_TIMEOUT(alice.incoming(atAlice.id).size(), 1, kWait);
    // Marking it read sends nothing while the invitation waits.
    QVERIFY(alice.messenger->markRead(atAlice.id));
    QVERIFY(waitIdle({&alice, &mallory}));
    QTest::qWait(300);
    QCOMPARE(mallory.message(*pitch)->status, storage::MessageStatus::Sent);

    // A photo in the group is not fetched before Join, not even after a
    // reconnection; Join brings it.
    const QByteArray photo = protocol::crypto::randomByteArray(20 * 1024);
    std::optional<app::AppResult<qint64>> sentPhoto;
    mallory.messenger->sendFileData(party->id, QStringLiteral("look"),
                                    {{QStringLiteral("coins.jpg"), photo}},
                                    [&](const app::AppResult<qint64> &r) { sentPhoto = r; });
    QTRY_VERIFY_WITH_TIMEOUT(sentPhoto.has_value() && sentPhoto->ok(), kWait);
    QTRY_COMPARE_WITH_TIMEOUT(alice.incoming(atAlice.id).size(), 2, kWait);
    alice.relay->reconnectNow();
    QTRY_VERIFY_WITH_TIMEOUT(alice.relay->isReady(), kWait);
    QVERIFY(waitIdle({&alice}));
    const storage::StoredAttachment held =
        alice.incoming(atAlice.id).constLast().attachments.value(0);
    QCOMPARE(held.state, storage::AttachmentState::NotDownloaded);

    // Join: an ordinary group from now on.
    QVERIFY(alice.messenger->acceptRequest(atAlice.id));
    QVERIFY(!alice.messenger->groupInvitation(atAlice.id)->has_value());
    QTRY_COMPARE_WITH_TIMEOUT(alice.incoming(atAlice.id).constLast().attachments.value(0).state,
                              storage::AttachmentState::Stored, kWait);

    // "Who can add me to groups: contacts only": the next one waits in
    // Message requests; Decline removes it without telling anyone.
    QVERIFY(alice.messenger->setGroupAddsFromContactsOnly(true));
    QVERIFY(alice.messenger->groupAddsFromContactsOnly());
    auto second = mallory.messenger->createGroup(QStringLiteral("Giveaway"), {alice.id()});
    QVERIFY(second);
    QTRY_VERIFY_WITH_TIMEOUT(alice.messenger->groupConversation(second->groupId).ok(), kWait);
    const storage::Conversation request = *alice.messenger->groupConversation(second->groupId);
    QCOMPARE(request.state, storage::ConversationState::MessageRequest);
    QCOMPARE(alice.messenger->requests()->size(), 1);
    QVERIFY(alice.messenger->groupInvitation(request.id)->has_value());
    QVERIFY(alice.messenger->deleteRequest(request.id));
    QVERIFY(!alice.messenger->groupConversation(second->groupId).ok());
    // A contact's group still goes straight in.
    auto more = bob.messenger->createGroup(QStringLiteral("Hiking"), {alice.id()});
    QVERIFY(more);
    QTRY_VERIFY_WITH_TIMEOUT(alice.messenger->groupConversation(more->groupId).ok(), kWait);
    QCOMPARE(alice.messenger->groupConversation(more->groupId)->state,
             storage::ConversationState::Normal);
}

void TestPipeline::groupSizeCapComesFromTheRelay()
{
    const QString relayDir = m_dir->filePath(QStringLiteral("small-groups-relay"));
    QVERIFY(QDir().mkpath(relayDir));
    auto storage =
        relay::SqliteRelayStorage::open(relayDir, protocol::crypto::randomByteArray(32), true);
    QVERIFY(storage);
    relay::RelayConfig config;
    config.maxGroupMembers = 3;
    relay::RelayServer server(config, std::move(*storage), protocol::generateFrankingKeyPair());
    const quint16 port = server.listen(QHostAddress::LocalHost, 0);
    QVERIFY(port != 0);
    Client &alice = makeClient(QStringLiteral("small-alice"), port);
    Client &bob = makeClient(QStringLiteral("small-bob"), port);
    Client &carol = makeClient(QStringLiteral("small-carol"), port);
    Client &dave = makeClient(QStringLiteral("small-dave"), port);
    QVERIFY(waitIdle({&alice, &bob, &carol, &dave}));
    QCOMPARE(alice.messenger->maxGroupMembers(), 3);

    auto full = alice.messenger->createGroup(QStringLiteral("Three"), {bob.id(), carol.id()});
    QVERIFY(full);
    auto more = alice.messenger->addMembers(full->id, {dave.id()});
    QVERIFY(!more);
    QCOMPARE(more.error().code, app::AppError::Code::NotAllowed);
    QVERIFY(more.error().detail.contains(QStringLiteral("at most 3")));
    auto four =
        alice.messenger->createGroup(QStringLiteral("Four"), {bob.id(), carol.id(), dave.id()});
    QVERIFY(!four);
    QCOMPARE(four.error().code, app::AppError::Code::NotAllowed);
    // The group as it is works.
    QTRY_VERIFY_WITH_TIMEOUT(carol.messenger->groupConversation(full->groupId).ok(), kWait);
    m_clients.clear();
    server.shutdown();
}

void TestPipeline::adminsChooseWhatMembersMayDo()
{
    Client &alice = makeClient(QStringLiteral("alice"));
    Client &bob = makeClient(QStringLiteral("bob"));
    befriend(alice, bob);
    QVERIFY(waitIdle({&alice, &bob}));
    auto group = alice.messenger->createGroup(QStringLiteral("Announcements"), {bob.id()});
    QVERIFY(group);
    QTRY_VERIFY_WITH_TIMEOUT(bob.messenger->groupConversation(group->groupId).ok(), kWait);
    const qint64 bobGroup = bob.messenger->groupConversation(group->groupId)->id;
    using P = protocol::GroupUpdate;

    // Only admins may change what members may do.
    QCOMPARE(bob.messenger->setGroupPermissions(bobGroup, P::MembersRename).error().code,
             app::AppError::Code::NotAllowed);
    // Only admins send: Bob's app refuses, and so would Alice's.
    QVERIFY(alice.messenger->setGroupPermissions(group->id, P::OnlyAdminsSend));
    QTRY_COMPARE_WITH_TIMEOUT(*bob.messenger->groupPermissions(bobGroup), quint8(P::OnlyAdminsSend),
                              kWait);
    auto refused = bob.messenger->sendMessage(bobGroup, QStringLiteral("me too"));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, app::AppError::Code::NotAllowed);
    // Nor does he set the disappearing-message timer: not here, not at Alice's.
    QCOMPARE(bob.messenger->setExpireTimer(bobGroup, 60).error().code,
             app::AppError::Code::NotAllowed);
    QVERIFY(!bob.messenger->conversation(bobGroup)->expireTimerSeconds.has_value());
    {
        protocol::Content timer = protocol::makeContent(QString());
        timer.group = protocol::GroupContext{group->groupId, 99};
        timer.timerUpdate = true;
        timer.expireTimerSeconds = 5;
        sendCrafted(bob, alice, timer); // as a modified app would
        QVERIFY(waitIdle({&alice, &bob}));
        QVERIFY(!alice.messenger->conversation(group->id)->expireTimerSeconds.has_value());
    }
    QVERIFY(alice.messenger->sendMessage(group->id, QStringLiteral("meeting at 6")));
    QTRY_COMPARE_WITH_TIMEOUT(bob.incoming(bobGroup).size(), 1, kWait);

    // Renaming is for admins until they let members do it.
    QCOMPARE(bob.messenger->renameGroup(bobGroup, QStringLiteral("Bob's")).error().code,
             app::AppError::Code::NotAllowed);
    QVERIFY(alice.messenger->setGroupPermissions(group->id, P::MembersRename));
    QTRY_COMPARE_WITH_TIMEOUT(*bob.messenger->groupPermissions(bobGroup), quint8(P::MembersRename),
                              kWait);
    QVERIFY(bob.messenger->renameGroup(bobGroup, QStringLiteral("Our club")));
    QTRY_COMPARE_WITH_TIMEOUT(alice.messenger->conversation(group->id)->title,
                              QStringLiteral("Our club"), kWait);
    // And members may write again.
    QVERIFY(bob.messenger->sendMessage(bobGroup, QStringLiteral("thanks")));
    QTRY_COMPARE_WITH_TIMEOUT(alice.incoming(group->id).size(), 1, kWait);
}

void TestPipeline::joinByInviteLink()
{
    Client &alice = makeClient(QStringLiteral("alice"));
    Client &bob = makeClient(QStringLiteral("bob"));
    Client &carol = makeClient(QStringLiteral("carol"));
    befriend(alice, bob);
    // Carol lets only her contacts write to her: the admin's answer to her
    // request must still get through.
    QVERIFY(carol.messenger->reachability().setContactsOnly(true));
    QVERIFY(waitIdle({&alice, &bob, &carol}));
    auto group = alice.messenger->createGroup(QStringLiteral("Book club"), {bob.id()});
    QVERIFY(group);
    QTRY_VERIFY_WITH_TIMEOUT(bob.messenger->groupConversation(group->groupId).ok(), kWait);
    const qint64 bobGroup = bob.messenger->groupConversation(group->groupId)->id;

    // No link until an admin makes one; members cannot.
    QVERIFY(alice.messenger->inviteLink(group->id)->link.isEmpty());
    QCOMPARE(bob.messenger->setInviteLink(bobGroup, true, false).error().code,
             app::AppError::Code::NotAllowed);
    auto made = alice.messenger->setInviteLink(group->id, true, false);
    QVERIFY(made);
    QVERIFY(made->link.startsWith(QStringLiteral("cove://group/")));
    QVERIFY(made->link.contains(alice.id()));
    // Every member can pass it on; it names the admin to ask.
    QTRY_COMPARE_WITH_TIMEOUT(bob.messenger->inviteLink(bobGroup)->link, made->link, kWait);

    // A contact link is not a group link, and the reverse.
    QCOMPARE(carol.messenger->joinByLink(protocol::formatContactLink(alice.id())).error().code,
             app::AppError::Code::InvalidArgument);
    QCOMPARE(carol.messenger->addContact(made->link, QString()).error().code,
             app::AppError::Code::InvalidArgument);

    auto joined = carol.messenger->joinByLink(made->link);
    QVERIFY2(joined, qPrintable(joined ? QString() : joined.error().detail));
    QVERIFY(!joined->has_value()); // asked, not in yet
    // No approval needed: Carol is let in, and the group is simply there
    // for her (she asked for it), with no stranger's overview first.
    QTRY_VERIFY_WITH_TIMEOUT(carol.messenger->groupConversation(group->groupId).ok(), kWait);
    const storage::Conversation atCarol = *carol.messenger->groupConversation(group->groupId);
    QCOMPARE(atCarol.state, storage::ConversationState::Normal);
    QCOMPARE(atCarol.title, QStringLiteral("Book club"));
    QVERIFY(!carol.messenger->groupInvitation(atCarol.id)->has_value());
    QTRY_COMPARE_WITH_TIMEOUT(alice.memberCount(group->id), 3, kWait);
    // Her request left nothing at Alice's: no message request, nothing waiting.
    QVERIFY(alice.messenger->requests()->isEmpty());
    QVERIFY(alice.messenger->joinRequests(group->id)->isEmpty());

    // She talks with everyone in it.
    QVERIFY(waitIdle({&alice, &bob, &carol}));
    QVERIFY(carol.messenger->sendMessage(atCarol.id, QStringLiteral("hello all")));
    QTRY_COMPARE_WITH_TIMEOUT(alice.incoming(group->id).size(), 1, kWait);
    QTRY_COMPARE_WITH_TIMEOUT(bob.incoming(bobGroup).size(), 1, kWait);
    QVERIFY(alice.messenger->sendMessage(group->id, QStringLiteral("welcome")));
    QTRY_COMPARE_WITH_TIMEOUT(carol.incoming(atCarol.id).size(), 1, kWait);
    // Using the link again once in only opens the group.
    QCOMPARE(**carol.messenger->joinByLink(made->link), atCarol.id);

    // Removed, she cannot walk back in with the link she had: it changed.
    QVERIFY(alice.messenger->removeMember(group->id, carol.id()));
    const QString fresh = alice.messenger->inviteLink(group->id)->link;
    QVERIFY(!fresh.isEmpty() && fresh != made->link);
    QTRY_COMPARE_WITH_TIMEOUT(bob.messenger->inviteLink(bobGroup)->link, fresh, kWait);
    QTRY_COMPARE_WITH_TIMEOUT(carol.memberCount(atCarol.id), 2, kWait);
    QVERIFY(carol.messenger->inviteLink(atCarol.id)->link != fresh);
    QVERIFY(carol.messenger->joinByLink(made->link));
    QVERIFY(waitIdle({&alice, &carol}));
    QTest::qWait(200);
    QCOMPARE(alice.memberCount(group->id), 2);
}

void TestPipeline::inviteLinkWithApproval()
{
    Client &alice = makeClient(QStringLiteral("alice"));
    Client &dave = makeClient(QStringLiteral("dave"));
    Client &erin = makeClient(QStringLiteral("erin"));
    Client &frank = makeClient(QStringLiteral("frank"));
    QVERIFY(waitIdle({&alice, &dave, &erin, &frank}));
    auto group = alice.messenger->createGroup(QStringLiteral("Neighbours"), {});
    QVERIFY(group);
    auto made = alice.messenger->setInviteLink(group->id, true, true);
    QVERIFY(made);
    QVERIFY(made->approval);
    QSignalSpy asked(alice.messenger.get(), &app::Messenger::joinRequestsChanged);

    // Dave asks and waits for Alice, who sees who asked with the relay's facts.
    QVERIFY(dave.messenger->joinByLink(made->link));
    QTRY_COMPARE_WITH_TIMEOUT(alice.messenger->joinRequests(group->id)->size(), 1, kWait);
    QVERIFY(!asked.isEmpty());
    const app::Messenger::JoinRequestInfo request =
        alice.messenger->joinRequests(group->id)->constFirst();
    QCOMPARE(request.requester, dave.id());
    QVERIFY(request.facts.accountAge.has_value());
    QVERIFY(waitIdle({&alice, &dave}));
    QVERIFY(!dave.messenger->groupConversation(group->groupId).ok());
    QCOMPARE(alice.memberCount(group->id), 1);

    // Approved: he is in.
    QVERIFY(alice.messenger->approveJoinRequest(group->id, dave.id()));
    QVERIFY(alice.messenger->joinRequests(group->id)->isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(dave.messenger->groupConversation(group->groupId).ok(), kWait);
    QVERIFY(!dave.messenger->groupInvitation(dave.messenger->groupConversation(group->groupId)->id)
                 ->has_value());

    // Erin asks and is declined: she is not in, and not told.
    QVERIFY(erin.messenger->joinByLink(made->link));
    QTRY_COMPARE_WITH_TIMEOUT(alice.messenger->joinRequests(group->id)->size(), 1, kWait);
    QVERIFY(alice.messenger->declineJoinRequest(group->id, erin.id()));
    QVERIFY(alice.messenger->joinRequests(group->id)->isEmpty());
    QCOMPARE(alice.messenger->approveJoinRequest(group->id, erin.id()).error().code,
             app::AppError::Code::NotFound);
    QVERIFY(waitIdle({&alice, &erin}));
    QVERIFY(!erin.messenger->groupConversation(group->groupId).ok());

    // A reset link retires the old one: asking with it reaches nobody.
    auto fresh = alice.messenger->setInviteLink(group->id, true, true, true);
    QVERIFY(fresh);
    QVERIFY(fresh->link != made->link);
    QVERIFY(frank.messenger->joinByLink(made->link));
    QVERIFY(waitIdle({&alice, &frank}));
    QTest::qWait(200);
    QVERIFY(alice.messenger->joinRequests(group->id)->isEmpty());
    // With the fresh one it does; turning approval off lets him in at once.
    QVERIFY(frank.messenger->joinByLink(fresh->link));
    QTRY_COMPARE_WITH_TIMEOUT(alice.messenger->joinRequests(group->id)->size(), 1, kWait);
    QVERIFY(alice.messenger->setInviteLink(group->id, true, false));
    QTRY_VERIFY_WITH_TIMEOUT(frank.messenger->groupConversation(group->groupId).ok(), kWait);
    QTRY_COMPARE_WITH_TIMEOUT(alice.memberCount(group->id), 3, kWait);

    // An admin who lets only contacts write cannot be asked: the person
    // is told, and stops waiting.
    QVERIFY(alice.messenger->reachability().setContactsOnly(true));
    QVERIFY(waitIdle({&alice}));
    Client &gina = makeClient(QStringLiteral("gina"));
    QVERIFY(waitIdle({&gina}));
    QSignalSpy unreachable(gina.messenger.get(), &app::Messenger::joinByLinkFailed);
    QVERIFY(gina.messenger->joinByLink(alice.messenger->inviteLink(group->id)->link));
    QTRY_COMPARE_WITH_TIMEOUT(unreachable.size(), 1, kWait);
    QCOMPARE(unreachable.constFirst().at(0).toString(), alice.id());
    QVERIFY(
        !storage::GroupLinkRepository(gina.account->db()).joinAsked(group->groupId)->has_value());
    QVERIFY(alice.messenger->reachability().setContactsOnly(false));

    // Off: members see no link.
    QVERIFY(alice.messenger->setInviteLink(group->id, false, false));
    const qint64 daveGroup = dave.messenger->groupConversation(group->groupId)->id;
    QTRY_VERIFY_WITH_TIMEOUT(dave.messenger->inviteLink(daveGroup)->link.isEmpty(), kWait);
}

Client &TestPipeline::pairChild(Client &guardian)
{
    Client &child = makeClient(QStringLiteral("child"));
    app::Messenger &c = *child.messenger;
    app::Messenger &g = *guardian.messenger;
    if (!c.beginGuardedSetup())
        qFatal("setup failed");
    const auto link = g.openPairing();
    if (!link || !c.pairWithGuardian(*link))
        qFatal("pairing could not start");
    // Both screens show the same code once each side knows the other's key.
    if (!QTest::qWaitFor(
            [&] {
                auto kids = g.children();
                auto mine = c.pairingCode();
                auto theirs = g.pairingCode(child.id());
                return kids && kids->size() == 1 && mine && mine->has_value() && theirs &&
                       theirs->has_value();
            },
            kWait))
        qFatal("the pairing request did not arrive");
    if (**c.pairingCode() != **g.pairingCode(child.id()))
        qFatal("the codes differ");
    if (!g.acceptChild(child.id()))
        qFatal("accepting failed");
    if (!QTest::qWaitFor([&] { return c.guardedMode() == app::Messenger::GuardedMode::Confirm; },
                         kWait))
        qFatal("the acceptance did not arrive");
    if (!c.confirmGuardian())
        qFatal("confirming failed");
    return child;
}

TestPipeline::Family TestPipeline::makeFamily()
{
    Client &guardian = makeClient(QStringLiteral("guardian"));
    Client &friendOf = makeClient(QStringLiteral("friend"));
    Client &child = pairChild(guardian);
    if (!guardian.messenger->approveContact(child.id(), friendOf.id(), QStringLiteral("Fay")) ||
        !QTest::qWaitFor(
            [&] {
                const app::AppResult<bool> allowed = child.messenger->guardedAllows(friendOf.id());
                return allowed && *allowed;
            },
            kWait))
        qFatal("the approval did not arrive");
    return {guardian, friendOf, child};
}

void TestPipeline::guardedChildPairsAndAsks()
{
    Client &guardian = makeClient(QStringLiteral("guardian"));
    Client &friendOf = makeClient(QStringLiteral("friend"));
    Client &stranger = makeClient(QStringLiteral("stranger"));
    Client &child = pairChild(guardian);
    app::Messenger &c = *child.messenger;
    app::Messenger &g = *guardian.messenger;
    QCOMPARE(c.guardedMode(), app::Messenger::GuardedMode::On);
    QCOMPARE(c.guardianId(), guardian.id());
    QCOMPARE(g.children()->constFirst().state, storage::ChildRow::State::Linked);
    QCOMPARE(g.children()->constFirst().name, QStringLiteral("child"));

    // The relay holds the link: a stranger's message fails and the child
    // never sees it; the guardian sees the attempt.
    std::optional<protocol::wire::GuardedState> seen;
    const auto activity = [&] {
        seen.reset();
        bool answered = false;
        g.childActivity(child.id(), [&](const auto &s) {
            answered = true;
            if (s)
                seen = *s;
        });
        return QTest::qWaitFor([&] { return answered; }, kWait) && seen.has_value();
    };
    QTRY_VERIFY_WITH_TIMEOUT(activity() && seen->guarded, kWait);
    auto hey = stranger.messenger->sendMessage(stranger.directWith(child), QStringLiteral("hey"));
    QVERIFY(hey);
    QTRY_COMPARE_WITH_TIMEOUT(stranger.message(*hey)->status, storage::MessageStatus::Failed,
                              kWait);
    QVERIFY(!storage::ConversationRepository(child.account->db())
                 .findDirect(stranger.id())
                 ->has_value());
    QVERIFY(c.requests()->isEmpty());
    QVERIFY(activity());
    QCOMPARE(seen->refused.size(), 1);
    QCOMPARE(seen->refused.constFirst().sender, stranger.id());

    // The child cannot add or write to anyone by itself.
    QCOMPARE(c.addContact(friendOf.id(), QStringLiteral("Fay")).error().code,
             app::AppError::Code::NotAllowed);
    QCOMPARE(c.directConversation(friendOf.id()).error().code, app::AppError::Code::NotAllowed);
    QCOMPARE(c.joinByLink(QStringLiteral("cove://group/AAAAAAAAAAAAAAAAAAAAAA/") + guardian.id() +
                          QStringLiteral("/AAAAAAAAAAAAAAAAAAAAAA"))
                 .error()
                 .code,
             app::AppError::Code::NotAllowed);
    QCOMPARE(c.leaveGuardedMode().error().code, app::AppError::Code::NotAllowed);

    // The child asks; the guardian approves one and declines the other.
    QVERIFY(c.askForContact(friendOf.id(), QStringLiteral("Fay")));
    QVERIFY(c.askForContact(stranger.id(), QStringLiteral("Sam")));
    QTRY_COMPARE_WITH_TIMEOUT(g.childAsks(child.id())->size(), 2, kWait);
    QVERIFY(g.approveContact(child.id(), friendOf.id()));
    QVERIFY(g.declineContact(child.id(), stranger.id()));
    QTRY_VERIFY_WITH_TIMEOUT(c.contact(friendOf.id())->has_value(), kWait);
    QCOMPARE((*c.contact(friendOf.id()))->displayName, QStringLiteral("Fay"));
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const QList<storage::ContactAsk> asks = c.contactAsks().value();
            for (const auto &a : asks)
                if (a.contactId == stranger.id())
                    return a.state == storage::ContactAsk::State::Declined;
            return false;
        }(),
        kWait);
    QVERIFY(!c.contact(stranger.id())->has_value());

    // Now the friend and the child talk, both ways.
    QVERIFY(friendOf.messenger->sendMessage(friendOf.directWith(child), QStringLiteral("hi!")));
    QTRY_COMPARE_WITH_TIMEOUT(child.incoming(child.directWith(friendOf)).size(), 1, kWait);
    QVERIFY(c.sendMessage(child.directWith(friendOf), QStringLiteral("hello Fay")));
    QTRY_COMPARE_WITH_TIMEOUT(friendOf.incoming(friendOf.directWith(child)).size(), 1, kWait);
    // The stranger is still turned away.
    auto again = stranger.messenger->sendMessage(stranger.directWith(child), QStringLiteral("?"));
    QTRY_COMPARE_WITH_TIMEOUT(stranger.message(*again)->status, storage::MessageStatus::Failed,
                              kWait);

    // "Tell my guardian" reaches the guardian as words and an alert; a block is told too.
    QSignalSpy help(&g, &app::Messenger::helpRequested);
    QVERIFY(c.tellGuardian(QStringLiteral("someone is scaring me"), friendOf.id()));
    QTRY_COMPARE_WITH_TIMEOUT(help.size(), 1, kWait);
    QCOMPARE(guardian.incoming(guardian.directWith(child)).constLast().body,
             QStringLiteral("someone is scaring me"));
    QVERIFY(c.block(friendOf.id()));
    QTRY_COMPARE_WITH_TIMEOUT(g.childEvents(child.id())->size(), 2, kWait);
    QCOMPARE(g.childEvents(child.id())->constFirst().kind, storage::GuardianEvent::Kind::Blocked);
    QVERIFY(c.unblock(friendOf.id()));

    // The guardian removes the friend: the child is told, the relay forgets.
    QVERIFY(g.removeChildContact(child.id(), friendOf.id()));
    QTRY_VERIFY_WITH_TIMEOUT(!c.contact(friendOf.id())->has_value(), kWait);
    auto after = friendOf.messenger->sendMessage(friendOf.directWith(child), QStringLiteral(":("));
    QTRY_COMPARE_WITH_TIMEOUT(friendOf.message(*after)->status, storage::MessageStatus::Failed,
                              kWait);

    // The child removes a contact itself: the guardian is told, the relay forgets.
    QVERIFY(c.askForContact(stranger.id(), QStringLiteral("Sam")));
    QVERIFY(g.approveContact(child.id(), stranger.id()));
    QTRY_VERIFY_WITH_TIMEOUT(c.guardedAllows(stranger.id()).value(), kWait);
    QVERIFY(c.removeGuardedContact(stranger.id()));
    QVERIFY(!c.guardedAllows(stranger.id()).value());
    QTRY_VERIFY_WITH_TIMEOUT(g.childEvents(child.id())->constFirst().kind ==
                                 storage::GuardianEvent::Kind::ContactRemoved,
                             kWait);
    auto gone = stranger.messenger->sendMessage(stranger.directWith(child), QStringLiteral("!"));
    QTRY_COMPARE_WITH_TIMEOUT(stranger.message(*gone)->status, storage::MessageStatus::Failed,
                              kWait);

    // Guarded mode survives a restart of the child's app.
    child.messenger.reset();
    child.messenger = std::make_unique<app::Messenger>(*child.account, *child.relay);
    QCOMPARE(child.messenger->guardedMode(), app::Messenger::GuardedMode::On);

    // The guardian's release ends it, at the relay too.
    QVERIFY(g.releaseChild(child.id()));
    QTRY_COMPARE_WITH_TIMEOUT(child.messenger->guardedMode(), app::Messenger::GuardedMode::Off,
                              kWait);
    QVERIFY(g.children()->isEmpty());
    QVERIFY(stranger.messenger->sendMessage(stranger.directWith(child), QStringLiteral("hi")));
    QTRY_COMPARE_WITH_TIMEOUT(child.messenger->requests()->size(), 1, kWait);
}

void TestPipeline::childFollowsItsGroupsChanges()
{
    auto [guardian, friendOf, child] = makeFamily();
    Client &bea = makeClient(QStringLiteral("bea"));
    Client &stranger = makeClient(QStringLiteral("stranger"));
    befriend(friendOf, bea);
    befriend(friendOf, stranger);
    QVERIFY(guardian.messenger->approveContact(child.id(), bea.id(), QStringLiteral("Bea")));
    QTRY_VERIFY_WITH_TIMEOUT(child.messenger->guardedAllows(bea.id()).value(), kWait);
    QVERIFY(waitIdle({&guardian, &friendOf, &child, &bea, &stranger}));

    auto group =
        friendOf.messenger->createGroup(QStringLiteral("Art class"), {child.id(), bea.id()});
    QVERIFY(group);
    QTRY_VERIFY_WITH_TIMEOUT(child.messenger->groupConversation(group->groupId).ok(), kWait);
    QTRY_VERIFY_WITH_TIMEOUT(bea.messenger->groupConversation(group->groupId).ok(), kWait);
    const qint64 childGroup = child.messenger->groupConversation(group->groupId)->id;
    const qint64 beaGroup = bea.messenger->groupConversation(group->groupId)->id;
    QVERIFY(child.messenger->unapprovedMembers(childGroup)->isEmpty());
    QVERIFY(child.messenger->sendMessage(childGroup, QStringLiteral("hi all")));
    QTRY_COMPARE_WITH_TIMEOUT(bea.incoming(beaGroup).size(), 1, kWait);
    QTRY_COMPARE_WITH_TIMEOUT(friendOf.incoming(group->id).size(), 1, kWait);

    // The admin lets in someone the guardian never approved, then removes
    // Bea. The child's app follows both changes: Bea is out for it too.
    QVERIFY(friendOf.messenger->addMembers(group->id, {stranger.id()}));
    QVERIFY(friendOf.messenger->removeMember(group->id, bea.id()));
    QVERIFY(waitIdle({&friendOf, &child, &bea, &stranger}));
    storage::ConversationRepository childConvs(child.account->db());
    QVERIFY(!childConvs.roleOf(childGroup, bea.id())->has_value());
    QVERIFY(childConvs.roleOf(childGroup, stranger.id())->has_value());
    QCOMPARE(child.messenger->unapprovedMembers(childGroup).value(), QStringList{stranger.id()});

    // While the stranger is in, the child writes to nobody there and does
    // not see what the stranger writes.
    QCOMPARE(child.messenger->sendMessage(childGroup, QStringLiteral("still here?")).error().code,
             app::AppError::Code::NotAllowed);
    const qint64 strangerGroup = stranger.messenger->groupConversation(group->groupId)->id;
    QVERIFY(stranger.messenger->sendMessage(strangerGroup, QStringLiteral("hello kids")));
    QTRY_COMPARE_WITH_TIMEOUT(friendOf.incoming(group->id).size(), 2, kWait);
    QVERIFY(waitIdle({&friendOf, &child, &stranger}));
    QCOMPARE(child.incoming(childGroup).size(), 0);
    // Not even quoted by someone approved, nor as the group's new name.
    const storage::StoredMessage hello = friendOf.incoming(group->id).constLast();
    QVERIFY(friendOf.messenger->sendMessage(
        group->id, QStringLiteral("who is this?"), {},
        protocol::Quote{hello.messageId, stranger.id().toUtf8(), hello.body}));
    QVERIFY(friendOf.messenger->renameGroup(group->id, QStringLiteral("hello kids")));
    QTRY_COMPARE_WITH_TIMEOUT(child.incoming(childGroup).size(), 1, kWait);
    QVERIFY(waitIdle({&friendOf, &child}));
    const storage::StoredMessage quoting = child.incoming(childGroup).constFirst();
    QCOMPARE(quoting.body, QStringLiteral("who is this?"));
    QVERIFY(quoting.quote.has_value());
    QVERIFY(quoting.quote->excerpt.isEmpty());
    QCOMPARE(child.messenger->conversation(childGroup)->title, QStringLiteral("Art class"));

    // Once the stranger is removed the child writes again, to who is in
    // the group now: the admin, not Bea.
    QVERIFY(friendOf.messenger->removeMember(group->id, stranger.id()));
    QTRY_VERIFY_WITH_TIMEOUT(child.messenger->unapprovedMembers(childGroup)->isEmpty(), kWait);
    QCOMPARE(child.messenger->conversation(childGroup)->title, QStringLiteral("hello kids"));
    QVERIFY(child.messenger->sendMessage(childGroup, QStringLiteral("back")));
    QTRY_COMPARE_WITH_TIMEOUT(friendOf.incoming(group->id).size(), 3, kWait);
    QCOMPARE(friendOf.incoming(group->id).constLast().body, QStringLiteral("back"));
    QVERIFY(waitIdle({&friendOf, &child, &bea}));
    QCOMPARE(bea.incoming(beaGroup).size(), 1);

    // The child leaves while someone not approved is in: the admin learns
    // it; the stranger is told nothing by the child's app.
    QVERIFY(friendOf.messenger->addMembers(group->id, {stranger.id()}));
    QTRY_COMPARE_WITH_TIMEOUT(child.messenger->unapprovedMembers(childGroup)->size(), 1, kWait);
    QVERIFY(waitIdle({&friendOf, &child, &stranger}));
    QVERIFY(child.messenger->leaveGroup(childGroup));
    QTRY_VERIFY_WITH_TIMEOUT(!storage::ConversationRepository(friendOf.account->db())
                                  .roleOf(group->id, child.id())
                                  ->has_value(),
                             kWait);
    QVERIFY(waitIdle({&friendOf, &child, &stranger}));
    // (Not even a session: the child's app never fetched their keys.)
    QVERIFY(!child.account->protocolStore()
                 .containsSession(app::messenger::addressOf(stranger.id()))
                 .value());

    // Added again, the child is asked first; someone not approved let in
    // meanwhile keeps it from joining.
    QVERIFY(friendOf.messenger->removeMember(group->id, stranger.id()));
    QVERIFY(friendOf.messenger->addMembers(group->id, {child.id()}));
    QTRY_VERIFY_WITH_TIMEOUT(child.messenger->groupInvitation(childGroup)->has_value(), kWait);
    QVERIFY(friendOf.messenger->addMembers(group->id, {stranger.id()}));
    QTRY_COMPARE_WITH_TIMEOUT(child.memberCount(childGroup), 3, kWait);
    QCOMPARE(child.messenger->acceptRequest(childGroup).error().code,
             app::AppError::Code::NotAllowed);
    QVERIFY(child.messenger->groupInvitation(childGroup)->has_value());
}

void TestPipeline::forgedApprovalIsRefusedByTheChild()
{
    Client &guardian = makeClient(QStringLiteral("guardian"));
    Client &other = makeClient(QStringLiteral("other"));
    Client &friendOf = makeClient(QStringLiteral("friend"));
    Client &child = pairChild(guardian);
    QTRY_COMPARE_WITH_TIMEOUT(child.messenger->guardedMode(), app::Messenger::GuardedMode::On,
                              kWait);
    QVERIFY(waitIdle({&guardian, &child}));

    // A patched guardian's app sends an approval signed with another key.
    const qint64 at = QDateTime::currentMSecsSinceEpoch();
    auto forged = other.account->sign(
        protocol::guardianApprovalPayload(child.account->identityKey(), friendOf.id(), at));
    QVERIFY(forged);
    protocol::Content content = protocol::makeContent({});
    content.guardian = protocol::GuardianMessage{
        protocol::GuardianMessage::Kind::ContactApproved, {}, friendOf.id(), {}, at, *forged};
    storage::OutboxEntry row;
    row.clientId = protocol::crypto::randomByteArray(16);
    row.recipient = child.id();
    row.content = protocol::encodeContent(content);
    row.commitment =
        protocol::frankingCommit(content.frankingKey, protocol::committedBytes(content));
    row.createdAt = at;
    QVERIFY(storage::OutboxRepository(guardian.account->db()).add(row));
    guardian.messenger->pump();
    QVERIFY(waitIdle({&guardian, &child}));
    QCOMPARE(guardian.messenger->outboxSize(), 0); // delivered, and dropped by the child
    QVERIFY(!child.messenger->guardedAllows(friendOf.id()).value());
    QVERIFY(!child.messenger->contact(friendOf.id())->has_value());
    auto hi = friendOf.messenger->sendMessage(friendOf.directWith(child), QStringLiteral("hi"));
    QTRY_COMPARE_WITH_TIMEOUT(friendOf.message(*hi)->status, storage::MessageStatus::Failed, kWait);
}

void TestPipeline::quietHoursHoldMessages()
{
    auto [guardian, friendOf, child] = makeFamily();
    app::Messenger &c = *child.messenger;
    app::Messenger &g = *guardian.messenger;
    QVERIFY(c.guardedAllows(friendOf.id()).value());
    QVERIFY(!c.isResting());

    // Quiet hours around now: the child's app rests.
    const QTime now = QTime::currentTime();
    const int minute = now.hour() * 60 + now.minute();
    const app::Messenger::QuietHours hours{(minute + 1440 - 60) % 1440, (minute + 60) % 1440};
    QSignalSpy resting(&c, &app::Messenger::restingChanged);
    QVERIFY(g.setChildQuietHours(child.id(), hours));
    QCOMPARE(g.childQuietHours(child.id()), std::optional(hours));
    QTRY_VERIFY_WITH_TIMEOUT(c.isResting(), kWait);
    QCOMPARE(resting.size(), 1);
    QCOMPARE(c.quietHours(), std::optional(hours));

    // A friend's messages wait on the relay, more of them than the relay
    // pushes before an acknowledgement; the guardian's still come through.
    const qint64 fromFriend = child.directWith(friendOf);
    const int held = relay::RelayConfig{}.deliverWindow + 6;
    for (int i = 0; i < held; ++i)
        QVERIFY(friendOf.messenger->sendMessage(friendOf.directWith(child),
                                                QStringLiteral("awake? %1").arg(i)));
    QVERIFY(waitIdle({&friendOf}));
    QVERIFY(g.sendMessage(guardian.directWith(child), QStringLiteral("good night")));
    QTRY_COMPARE_WITH_TIMEOUT(child.incoming(child.directWith(guardian)).size(), 1, kWait);
    QCOMPARE(child.incoming(fromFriend).size(), 0);
    // Nothing goes out but to the guardian.
    QCOMPARE(c.sendMessage(fromFriend, QStringLiteral("yes")).error().code,
             app::AppError::Code::NotAllowed);
    QVERIFY(c.sendMessage(child.directWith(guardian), QStringLiteral("can't sleep")));
    QTRY_COMPARE_WITH_TIMEOUT(guardian.incoming(guardian.directWith(child)).size(), 1, kWait);

    // Quiet hours end: the held messages arrive, each once.
    QVERIFY(g.setChildQuietHours(child.id(), std::nullopt));
    QTRY_VERIFY_WITH_TIMEOUT(!c.isResting(), kWait);
    QTRY_COMPARE_WITH_TIMEOUT(child.incoming(fromFriend).size(), held, kWait);
    QCOMPARE(child.incoming(fromFriend).constFirst().body, QStringLiteral("awake? 0"));
    QVERIFY(waitIdle({&child, &friendOf}));
    QCOMPARE(child.incoming(fromFriend).size(), held);
}

void TestPipeline::childShareFilesWithTheGuardian()
{
    auto [guardian, friendOf, child] = makeFamily();
    app::Messenger &c = *child.messenger;
    app::Messenger &g = *guardian.messenger;
    QVERIFY(c.guardedAllows(friendOf.id()).value());
    QVERIFY(friendOf.messenger->addContact(child.id(), QStringLiteral("Kim")));
    const auto send = [](Client &from, qint64 conversationId, const QByteArray &bytes) {
        std::optional<app::AppResult<qint64>> sent;
        from.messenger->sendFileData(conversationId, QStringLiteral("look"),
                                     {{QStringLiteral("photo.png"), bytes}},
                                     [&](const app::AppResult<qint64> &r) { sent = r; });
        return QTest::qWaitFor([&] { return sent.has_value(); }, kWait) && sent->ok();
    };
    const qint64 withChild = guardian.directWith(child);

    // Off: nothing reaches the guardian.
    QVERIFY(!c.sharesMediaWithGuardian());
    QVERIFY(send(friendOf, friendOf.directWith(child), protocol::crypto::randomByteArray(1000)));
    QTRY_COMPARE_WITH_TIMEOUT(child.incoming(child.directWith(friendOf)).size(), 1, kWait);
    QVERIFY(waitIdle({&guardian, &child}));
    QVERIFY(guardian.incoming(withChild).isEmpty());

    // On: the child sees it, and a file received and one sent reach the
    // guardian, end-to-end encrypted, without the child's words.
    QVERIFY(g.setChildMediaSharing(child.id(), true));
    QVERIFY(g.childMediaSharing(child.id()));
    QTRY_VERIFY_WITH_TIMEOUT(c.sharesMediaWithGuardian(), kWait);
    const QByteArray received = protocol::crypto::randomByteArray(30 * 1024);
    QVERIFY(send(friendOf, friendOf.directWith(child), received));
    QTRY_COMPARE_WITH_TIMEOUT(guardian.incoming(withChild).size(), 1, kWait);
    const QByteArray sentByChild = protocol::crypto::randomByteArray(20 * 1024);
    QVERIFY(send(child, child.directWith(friendOf), sentByChild));
    QTRY_COMPARE_WITH_TIMEOUT(guardian.incoming(withChild).size(), 2, kWait);
    QVERIFY(waitIdle({&guardian, &child, &friendOf}));
    const QList<storage::StoredMessage> copies = guardian.incoming(withChild);
    QList<QByteArray> bytes;
    for (const storage::StoredMessage &m : copies) {
        QVERIFY(m.body.isEmpty());
        QCOMPARE(m.attachments.size(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(guardian.message(m.rowId)->attachments[0].state,
                                  storage::AttachmentState::Stored, kWait);
        auto plain = g.attachmentBytes(guardian.message(m.rowId)->attachments[0].id);
        QVERIFY(plain);
        bytes.append(*plain);
    }
    QCOMPARE(bytes, (QList<QByteArray>{received, sentByChild}));
    const QList<storage::GuardianEvent> events = g.childEvents(child.id()).value();
    QCOMPARE(events.size(), 2);
    QCOMPARE(events.constFirst().kind, storage::GuardianEvent::Kind::MediaShared);
    QCOMPARE(events.constFirst().contactId, friendOf.id());

    // Off again.
    QVERIFY(g.setChildMediaSharing(child.id(), false));
    QTRY_VERIFY_WITH_TIMEOUT(!c.sharesMediaWithGuardian(), kWait);
}

void TestPipeline::newAccountHitsTheStrangerCap()
{
    // A relay that lets an account younger than a week open one new
    // conversation a day with people it never exchanged messages with.
    const QString relayDir = m_dir->filePath(QStringLiteral("capped-relay"));
    QVERIFY(QDir().mkpath(relayDir));
    auto storage =
        relay::SqliteRelayStorage::open(relayDir, protocol::crypto::randomByteArray(32), true);
    QVERIFY(storage);
    relay::RelayConfig config;
    config.newConversationsPerDayYoung = 1;
    relay::RelayServer server(config, std::move(*storage), protocol::generateFrankingKeyPair());
    const quint16 port = server.listen(QHostAddress::LocalHost, 0);
    QVERIFY(port != 0);
    Client &spammer = makeClient(QStringLiteral("capped-spammer"), port);
    Client &first = makeClient(QStringLiteral("capped-first"), port);
    Client &second = makeClient(QStringLiteral("capped-second"), port);
    QVERIFY(waitIdle({&spammer, &first, &second}));

    QSignalSpy limited(spammer.messenger.get(), &app::Messenger::newConversationLimitReached);
    auto opened = spammer.messenger->sendMessage(spammer.directWith(first), QStringLiteral("hi"));
    QVERIFY(opened);
    QTRY_COMPARE_WITH_TIMEOUT(spammer.message(*opened)->status, storage::MessageStatus::Sent,
                              kWait);
    const qint64 toSecond = spammer.directWith(second);
    auto capped = spammer.messenger->sendMessage(toSecond, QStringLiteral("hi too"));
    QVERIFY(capped);
    // Not retried for ever: the message fails and the app is told why, for
    // which conversation.
    QTRY_COMPARE_WITH_TIMEOUT(spammer.message(*capped)->status, storage::MessageStatus::Failed,
                              kWait);
    QCOMPARE(limited.size(), 1);
    QCOMPARE(limited.constFirst().at(0).toLongLong(), toSecond);
    QCOMPARE(limited.constFirst().at(1).toString(), second.id());
    QVERIFY(waitIdle({&spammer}));
    QCOMPARE(spammer.messenger->outboxSize(), 0);
    // The conversation already open goes on (a request: no receipt comes back).
    auto more = spammer.messenger->sendMessage(spammer.directWith(first), QStringLiteral("still"));
    QVERIFY(more);
    QTRY_COMPARE_WITH_TIMEOUT(spammer.message(*more)->status, storage::MessageStatus::Sent, kWait);
    QTRY_COMPARE_WITH_TIMEOUT(first.messenger->requests()->size(), 1, kWait);
    QCOMPARE(second.messenger->requests()->size(), 0);
    m_clients.clear();
    server.shutdown();
}

void TestPipeline::rateLimitKeepsOrder()
{
    // A relay that lets an account send 300 messages per minute (a burst of
    // 300, then 5 a second): the rest are refused and sent again, and
    // still arrive in the order written.
    const QString relayDir = m_dir->filePath(QStringLiteral("limited-relay"));
    QVERIFY(QDir().mkpath(relayDir));
    auto storage =
        relay::SqliteRelayStorage::open(relayDir, protocol::crypto::randomByteArray(32), true);
    QVERIFY(storage);
    relay::RelayConfig config;
    config.messagesPerMinute = 300;
    relay::RelayServer server(config, std::move(*storage), protocol::generateFrankingKeyPair());
    const quint16 port = server.listen(QHostAddress::LocalHost, 0);
    QVERIFY(port != 0);
    Client &alice = makeClient(QStringLiteral("limited-alice"), port);
    Client &bob = makeClient(QStringLiteral("limited-bob"), port);
    befriend(alice, bob);
    QVERIFY(waitIdle({&alice, &bob}));
    constexpr int kCount = 330;
    const qint64 aliceConv = alice.directWith(bob);
    for (int i = 0; i < kCount; ++i)
        QVERIFY(alice.messenger->sendMessage(aliceConv, QStringLiteral("r-%1").arg(i)));
    const qint64 bobConv = bob.directWith(alice);
    QTRY_COMPARE_WITH_TIMEOUT(bob.incoming(bobConv).size(), kCount, 60000);
    const QList<storage::StoredMessage> got = bob.incoming(bobConv);
    for (int i = 0; i < kCount; ++i)
        QCOMPARE(got[i].body, QStringLiteral("r-%1").arg(i));
    m_clients.clear();
    server.shutdown();
}

QTEST_GUILESS_MAIN(TestPipeline)
#include "tst_pipeline.moc"
