// SPDX-License-Identifier: GPL-3.0-or-later
// The address book and the conversation list: one chat per person, groups
// with members and admins, the list ordered as a person expects (pinned,
// then most recent), unread badges, timers, and deleting a chat deleting
// everything in it, attachment files included.

#include "Attachments.h"
#include "Contacts.h"
#include "Conversations.h"
#include "Crypto.h"
#include "EarlyMessages.h"
#include "GroupLinks.h"
#include "Messages.h"
#include "Outbox.h"
#include "SafetyState.h"
#include "Sqlite.h"
#include "Store.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace cove::storage;

namespace {

template <typename T> QByteArray whyNot(const Result<T> &r)
{
    return r.ok() ? QByteArray() : r.error().detail.toUtf8();
}

QList<qint64> idsOf(const QList<Conversation> &list)
{
    QList<qint64> ids;
    for (const Conversation &c : list)
        ids.append(c.id);
    return ids;
}

QStringList memberIds(const QList<GroupMember> &members)
{
    QStringList ids;
    for (const GroupMember &m : members)
        ids.append(m.memberId);
    return ids;
}

} // namespace

#define STORAGE_OK(expr)                                                                           \
    do {                                                                                           \
        const auto &r_ = (expr);                                                                   \
        QVERIFY2(r_.ok(), whyNot(r_).constData());                                                 \
    } while (false)

class TestConversations : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void contacts();
    void oneDirectConversationPerPerson();
    void groupMembersAndRoles();
    void inviteLinksAndRequestsToJoin();
    void earlyGroupMessagesAreBounded();
    void failedGroupChangesLeaveNothingHalfDone();
    void listIsPinnedThenMostRecent();
    void unreadCountsAndTimer();
    void missingConversationIsNotFound();
    void removingAConversationRemovesEverythingInIt();
    void searchOfChatsLeavesStrangersOut();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<AttachmentStore> m_files;
    std::unique_ptr<ConversationRepository> m_conversations;
};

void TestConversations::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    Result<std::unique_ptr<Store>> s =
        Store::open(m_dir->filePath(QStringLiteral("cove.db")),
                    cove::protocol::crypto::randomByteArray(32), Store::Intent::CreateNew);
    STORAGE_OK(s);
    m_store = std::move(*s);
    m_files = std::make_unique<AttachmentStore>(m_dir->filePath(QStringLiteral("attachments")));
    m_conversations = std::make_unique<ConversationRepository>(m_store->db(), m_files.get());
}

void TestConversations::cleanup()
{
    m_conversations.reset();
    m_files.reset();
    m_store.reset();
    m_dir.reset();
}

void TestConversations::contacts()
{
    ContactRepository contacts(m_store->db());
    const Contact zoe{QStringLiteral("cove-zoe"), QStringLiteral("Zoë"), QByteArray(33, 'z'), 10};
    const Contact ann{QStringLiteral("cove-ann"), QStringLiteral("Ann"), {}, 20};
    STORAGE_OK(contacts.add(zoe));
    STORAGE_OK(contacts.add(ann));
    QCOMPARE(contacts.add(zoe).error().code, StorageErrorCode::AlreadyExists);
    QCOMPARE(*contacts.count(), 2);

    QCOMPARE(**contacts.find(zoe.coveId), zoe);
    QVERIFY(!contacts.find(QStringLiteral("cove-nobody"))->has_value());
    Result<QList<Contact>> all = contacts.all();
    STORAGE_OK(all);
    QCOMPARE(*all, (QList<Contact>{ann, zoe}));

    STORAGE_OK(contacts.rename(ann.coveId, QStringLiteral("Annie")));
    STORAGE_OK(contacts.setIdentityKey(ann.coveId, QByteArray(33, 'a')));
    Contact annie = **contacts.find(ann.coveId);
    QCOMPARE(annie.displayName, QStringLiteral("Annie"));
    QCOMPARE(annie.identityKey, QByteArray(33, 'a'));
    QCOMPARE(contacts.rename(QStringLiteral("cove-nobody"), QStringLiteral("x")).error().code,
             StorageErrorCode::NotFound);

    Contact replaced = zoe;
    replaced.displayName = QStringLiteral("Zoe B.");
    STORAGE_OK(contacts.save(replaced));
    QCOMPARE(**contacts.find(zoe.coveId), replaced);

    QCOMPARE(*contacts.remove(zoe.coveId), true);
    QCOMPARE(*contacts.remove(zoe.coveId), false);
    QCOMPARE(*contacts.count(), 1);
}

void TestConversations::oneDirectConversationPerPerson()
{
    Result<Conversation> bob = m_conversations->createDirect(QStringLiteral("bob"), 100);
    STORAGE_OK(bob);
    QCOMPARE(bob->kind, ConversationKind::Direct);
    QCOMPARE(bob->lastActivityAt, 100);
    QCOMPARE(m_conversations->createDirect(QStringLiteral("bob"), 200).error().code,
             StorageErrorCode::AlreadyExists);
    QCOMPARE(m_conversations->createDirect(QString(), 200).error().code,
             StorageErrorCode::InvalidArgument);

    Result<Conversation> again = m_conversations->findOrCreateDirect(
        QStringLiteral("bob"), 300, ConversationState::MessageRequest);
    STORAGE_OK(again);
    QCOMPARE(*again, *bob); // the existing chat, not a request

    Result<Conversation> stranger = m_conversations->findOrCreateDirect(
        QStringLiteral("stranger"), 400, ConversationState::MessageRequest);
    STORAGE_OK(stranger);
    QVERIFY(stranger->id != bob->id);
    QCOMPARE(stranger->state, ConversationState::MessageRequest);
    QCOMPARE(**m_conversations->findDirect(QStringLiteral("stranger")), *stranger);
    QCOMPARE(**m_conversations->find(bob->id), *bob);
    QVERIFY(!m_conversations->findDirect(QStringLiteral("carol"))->has_value());

    // A group's id never collides with a person's chat.
    STORAGE_OK(m_conversations->createGroup(QByteArray(16, 'g'), QStringLiteral("bob"), 500));
    QCOMPARE(**m_conversations->findDirect(QStringLiteral("bob")), *bob);
}

void TestConversations::groupMembersAndRoles()
{
    const QByteArray groupId(16, 'g');
    Result<Conversation> group =
        m_conversations->createGroup(groupId, QStringLiteral("Climbing"), 100,
                                     {GroupMember{QStringLiteral("me"), MemberRole::Admin, 100},
                                      GroupMember{QStringLiteral("ann"), MemberRole::Member, 101},
                                      GroupMember{QStringLiteral("bob"), MemberRole::Member, 102}});
    STORAGE_OK(group);
    QCOMPARE(group->kind, ConversationKind::Group);
    QCOMPARE(group->title, QStringLiteral("Climbing"));
    QCOMPARE(**m_conversations->findGroup(groupId), *group);
    QCOMPARE(m_conversations->createGroup(groupId, QStringLiteral("again"), 1).error().code,
             StorageErrorCode::AlreadyExists);

    const qint64 id = group->id;
    QCOMPARE(memberIds(*m_conversations->members(id)),
             (QStringList{QStringLiteral("me"), QStringLiteral("ann"), QStringLiteral("bob")}));
    QCOMPARE(**m_conversations->roleOf(id, QStringLiteral("me")), MemberRole::Admin);
    QCOMPARE(**m_conversations->roleOf(id, QStringLiteral("ann")), MemberRole::Member);
    QVERIFY(!m_conversations->roleOf(id, QStringLiteral("zed"))->has_value());

    STORAGE_OK(m_conversations->setRole(id, QStringLiteral("ann"), MemberRole::Admin));
    QCOMPARE(**m_conversations->roleOf(id, QStringLiteral("ann")), MemberRole::Admin);
    QCOMPARE(m_conversations->setRole(id, QStringLiteral("zed"), MemberRole::Admin).error().code,
             StorageErrorCode::NotFound);

    QCOMPARE(*m_conversations->addMember(
                 id, GroupMember{QStringLiteral("carol"), MemberRole::Member, 103}),
             true);
    // Adding someone already there keeps their role.
    QCOMPARE(*m_conversations->addMember(
                 id, GroupMember{QStringLiteral("ann"), MemberRole::Member, 104}),
             false);
    QCOMPARE(**m_conversations->roleOf(id, QStringLiteral("ann")), MemberRole::Admin);
    QCOMPARE(*m_conversations->removeMember(id, QStringLiteral("bob")), true);
    QCOMPARE(*m_conversations->removeMember(id, QStringLiteral("bob")), false);
    QCOMPARE(memberIds(*m_conversations->members(id)),
             (QStringList{QStringLiteral("me"), QStringLiteral("ann"), QStringLiteral("carol")}));

    STORAGE_OK(m_conversations->setMembers(
        id, {GroupMember{QStringLiteral("me"), MemberRole::Admin, 200},
             GroupMember{QStringLiteral("dave"), MemberRole::Member, 201}}));
    QCOMPARE(memberIds(*m_conversations->members(id)),
             (QStringList{QStringLiteral("me"), QStringLiteral("dave")}));

    // A direct chat has no members list.
    Result<Conversation> direct = m_conversations->createDirect(QStringLiteral("ann"), 1);
    STORAGE_OK(direct);
    QCOMPARE(m_conversations
                 ->addMember(direct->id, GroupMember{QStringLiteral("x"), MemberRole::Member, 1})
                 .error()
                 .code,
             StorageErrorCode::InvalidArgument);
}

void TestConversations::inviteLinksAndRequestsToJoin()
{
    GroupLinkRepository links(m_store->db());
    Result<Conversation> group =
        m_conversations->createGroup(QByteArray(16, 'l'), QStringLiteral("Choir"), 1,
                                     {GroupMember{QStringLiteral("me"), MemberRole::Admin, 1}});
    STORAGE_OK(group);
    QCOMPARE(*links.inviteLink(group->id), InviteLinkState{});
    const QByteArray token(16, 't');
    STORAGE_OK(links.setInviteLink(group->id, {token, true}));
    QCOMPARE(*links.inviteLink(group->id), (InviteLinkState{token, true}));
    // Approval means nothing without a link.
    STORAGE_OK(links.setInviteLink(group->id, {QByteArray(), true}));
    QCOMPARE(*links.inviteLink(group->id), InviteLinkState{});
    QCOMPARE(links.setInviteLink(9999, {token, false}).error().code, StorageErrorCode::NotFound);

    // An admin's queue: asking twice keeps the first time; oldest first.
    QCOMPARE(*links.addJoinRequest({group->id, QStringLiteral("zoe"), 20, QByteArray("f")}), true);
    QCOMPARE(*links.addJoinRequest({group->id, QStringLiteral("amy"), 10, {}}), true);
    QCOMPARE(*links.addJoinRequest({group->id, QStringLiteral("zoe"), 30, {}}), false);
    QCOMPARE(*links.joinRequests(group->id),
             (QList<JoinRequestRow>{{group->id, QStringLiteral("amy"), 10, {}},
                                    {group->id, QStringLiteral("zoe"), 20, QByteArray("f")}}));
    QCOMPARE(*links.removeJoinRequest(group->id, QStringLiteral("amy")), true);
    QCOMPARE(*links.removeJoinRequest(group->id, QStringLiteral("amy")), false);

    // The joiner's record of what it asked for.
    const QByteArray wanted(16, 'w');
    QVERIFY(!links.joinAsked(wanted)->has_value());
    STORAGE_OK(links.addJoinAsked({wanted, QStringLiteral("ann"), 5}));
    STORAGE_OK(links.addJoinAsked({wanted, QStringLiteral("bob"), 6})); // asked again
    QCOMPARE(**links.joinAsked(wanted), (JoinAsked{wanted, QStringLiteral("bob"), 6}));
    QCOMPARE(links.joinsAsked()->size(), 1);
    QCOMPARE(*links.removeJoinAsked(wanted), true);
    QVERIFY(links.joinsAsked()->isEmpty());

    // Requests go with their group.
    STORAGE_OK(m_conversations->remove(group->id));
    QVERIFY(links.joinRequests(group->id)->isEmpty());
}

void TestConversations::earlyGroupMessagesAreBounded()
{
    EarlyMessageRepository early(m_store->db());
    const auto message = [](const QByteArray &group, const QString &sender, qint64 at) {
        EarlyMessage m;
        m.groupId = group;
        m.senderId = sender;
        m.revision = 7;
        m.content = QByteArray("content ") + QByteArray::number(at);
        m.viaSenderKey = true;
        m.serverTimeMs = at - 5;
        m.commitment = QByteArray(32, 'c');
        m.relayTag = QByteArray(64, 't');
        m.verified = true;
        m.arrivedAt = at;
        return m;
    };
    const QByteArray hikes(16, 'h');
    const QByteArray other(16, 'o');
    QCOMPARE(*early.add(message(hikes, QStringLiteral("cove-dave"), 100), 0), true);
    QCOMPARE(*early.add(message(other, QStringLiteral("cove-erin"), 110), 0), true);
    QCOMPARE(*early.add(message(hikes, QStringLiteral("cove-erin"), 120), 0), true);
    Result<QList<EarlyMessage>> waiting = early.forGroup(hikes, 0);
    STORAGE_OK(waiting);
    QCOMPARE(waiting->size(), 2);
    EarlyMessage expected = message(hikes, QStringLiteral("cove-dave"), 100);
    expected.id = waiting->at(0).id;
    QCOMPARE(waiting->at(0), expected); // every field read back, oldest first
    QCOMPARE(waiting->at(1).senderId, QStringLiteral("cove-erin"));
    STORAGE_OK(early.remove(waiting->at(0).id));
    QCOMPARE(early.forGroup(hikes, 0)->size(), 1);

    // One sender (a stranger making up groups) fills only their own share ...
    for (int i = 2; i < EarlyMessageRepository::kMaxPerSender; ++i)
        QCOMPARE(*early.add(message(QByteArray::number(i), QStringLiteral("cove-erin"), 200), 0),
                 true);
    QCOMPARE(*early.add(message(other, QStringLiteral("cove-erin"), 200), 0), false);
    QCOMPARE(*early.add(message(hikes, QStringLiteral("cove-dave"), 200), 0), true);
    // ... and everyone together no more than the whole.
    for (int i = 0; i < EarlyMessageRepository::kMaxInAll; ++i) {
        Result<bool> kept =
            early.add(message(other, QStringLiteral("cove-%1").arg(i / 50), 300), 0);
        STORAGE_OK(kept);
        if (!*kept)
            break;
    }
    QCOMPARE(*m_store->db().queryInt("SELECT count(*) FROM early_group_messages"),
             EarlyMessageRepository::kMaxInAll);
    QCOMPARE(*early.add(message(hikes, QStringLiteral("cove-zoe"), 300), 0), false);
    // What waited too long goes (Erin's and Dave's), which makes room again.
    QCOMPARE(*early.add(message(hikes, QStringLiteral("cove-zoe"), 400), 250), true);
    QCOMPARE(*m_store->db().queryInt("SELECT count(*) FROM early_group_messages"),
             EarlyMessageRepository::kMaxInAll - EarlyMessageRepository::kMaxPerSender);
    QCOMPARE(early.forGroup(hikes, 0)->size(), 1);
    // What waited too long is never read, even before anything removes it.
    QCOMPARE(early.forGroup(hikes, 401)->size(), 0);
    STORAGE_OK(early.removeExpired(301));
    QCOMPARE(*m_store->db().queryInt("SELECT count(*) FROM early_group_messages"), 1);
    STORAGE_OK(early.removeGroup(hikes));
    QCOMPARE(*m_store->db().queryInt("SELECT count(*) FROM early_group_messages"), 0);

    // Deleting a group's chat deletes what waited for it.
    const Conversation group = *m_conversations->createGroup(
        hikes, QStringLiteral("Hikes"), 1, {{QStringLiteral("cove-me"), MemberRole::Admin, 1}});
    QCOMPARE(*early.add(message(hikes, QStringLiteral("cove-dave"), 500), 0), true);
    QCOMPARE(*early.add(message(other, QStringLiteral("cove-dave"), 500), 0), true);
    QCOMPARE(*m_conversations->remove(group.id), true);
    QCOMPARE(early.forGroup(hikes, 0)->size(), 0);
    QCOMPARE(early.forGroup(other, 0)->size(), 1);
}

void TestConversations::failedGroupChangesLeaveNothingHalfDone()
{
    const GroupMember ann{QStringLiteral("ann"), MemberRole::Member, 1};
    const GroupMember me{QStringLiteral("me"), MemberRole::Admin, 1};

    // Listing someone twice fails the whole creation: no group without members.
    Result<Conversation> bad =
        m_conversations->createGroup(QByteArray(16, 'a'), QStringLiteral("bad"), 1, {ann, ann});
    QVERIFY(!bad);
    QVERIFY(!m_conversations->findGroup(QByteArray(16, 'a'))->has_value());
    QCOMPARE(*m_store->db().queryInt("SELECT count(*) FROM group_members"), 0);

    Result<Conversation> group =
        m_conversations->createGroup(QByteArray(16, 'b'), QStringLiteral("good"), 1, {me, ann});
    STORAGE_OK(group);
    // A failed replacement keeps the old membership, also inside a caller's transaction.
    QVERIFY(!m_conversations->setMembers(group->id, {me, me}));
    QCOMPARE(memberIds(*m_conversations->members(group->id)),
             (QStringList{QStringLiteral("ann"), QStringLiteral("me")}));
    {
        auto tx = cove::sqlite::Transaction::begin(m_store->db());
        QVERIFY(tx);
        QVERIFY(!m_conversations->setMembers(group->id, {ann, ann}));
        STORAGE_OK(m_conversations->setTitle(group->id, QStringLiteral("renamed")));
        QVERIFY(tx->commit());
    }
    QCOMPARE(memberIds(*m_conversations->members(group->id)),
             (QStringList{QStringLiteral("ann"), QStringLiteral("me")}));
    QCOMPARE((*m_conversations->find(group->id))->title, QStringLiteral("renamed"));
}

void TestConversations::listIsPinnedThenMostRecent()
{
    const qint64 a = m_conversations->createDirect(QStringLiteral("a"), 100)->id;
    const qint64 b = m_conversations->createDirect(QStringLiteral("b"), 200)->id;
    const qint64 c = m_conversations->createDirect(QStringLiteral("c"), 300)->id;
    const qint64 request =
        m_conversations
            ->createDirect(QStringLiteral("stranger"), 400, ConversationState::MessageRequest)
            ->id;
    QCOMPARE(idsOf(*m_conversations->list(ConversationState::Normal)), (QList<qint64>{c, b, a}));

    STORAGE_OK(m_conversations->touch(a, 500)); // a new message in a
    QCOMPARE(idsOf(*m_conversations->list(ConversationState::Normal)), (QList<qint64>{a, c, b}));
    // A late message with an old timestamp does not move a chat down.
    STORAGE_OK(m_conversations->touch(a, 50));
    QCOMPARE((*m_conversations->find(a))->lastActivityAt, 500);

    STORAGE_OK(m_conversations->setPinned(b, true));
    QCOMPARE(idsOf(*m_conversations->list(ConversationState::Normal)), (QList<qint64>{b, a, c}));
    QVERIFY((*m_conversations->find(b))->pinned);

    // Requests live in their own list until accepted; archived chats too.
    QCOMPARE(idsOf(*m_conversations->list(ConversationState::MessageRequest)),
             QList<qint64>{request});
    STORAGE_OK(m_conversations->setState(request, ConversationState::Normal));
    STORAGE_OK(m_conversations->setState(c, ConversationState::Archived));
    QCOMPARE(idsOf(*m_conversations->list(ConversationState::Normal)),
             (QList<qint64>{b, a, request}));
    QCOMPARE(idsOf(*m_conversations->list(ConversationState::Archived)), QList<qint64>{c});
    QVERIFY(m_conversations->list(ConversationState::MessageRequest)->isEmpty());
}

void TestConversations::unreadCountsAndTimer()
{
    const qint64 a = m_conversations->createDirect(QStringLiteral("a"), 1)->id;
    const qint64 b = m_conversations->createDirect(QStringLiteral("b"), 1)->id;
    const qint64 request =
        m_conversations->createDirect(QStringLiteral("s"), 1, ConversationState::MessageRequest)
            ->id;
    STORAGE_OK(m_conversations->addUnread(a));
    STORAGE_OK(m_conversations->addUnread(a));
    STORAGE_OK(m_conversations->addUnread(b, 5));
    STORAGE_OK(m_conversations->addUnread(request, 7));
    QCOMPARE((*m_conversations->find(a))->unreadCount, 2);
    // A stranger's messages do not count in the badge.
    QCOMPARE(*m_conversations->totalUnread(), 7);
    STORAGE_OK(m_conversations->clearUnread(b));
    QCOMPARE(*m_conversations->totalUnread(), 2);
    STORAGE_OK(m_conversations->addUnread(a, -10));
    QCOMPARE((*m_conversations->find(a))->unreadCount, 0);

    // "Mark as unread" counts one until a message comes, which counts alone.
    QCOMPARE(*m_conversations->markUnread(a), true);
    QCOMPARE((*m_conversations->find(a))->unreadCount, 1);
    QVERIFY((*m_conversations->find(a))->markedUnread);
    QCOMPARE(*m_conversations->totalUnread(), 1);
    STORAGE_OK(m_conversations->addUnread(a));
    QCOMPARE((*m_conversations->find(a))->unreadCount, 1);
    QVERIFY(!(*m_conversations->find(a))->markedUnread);
    STORAGE_OK(m_conversations->addUnread(a));
    QCOMPARE((*m_conversations->find(a))->unreadCount, 2);
    // A chat with unread messages is left as it is; reading clears the mark.
    QCOMPARE(*m_conversations->markUnread(a), false);
    QCOMPARE((*m_conversations->find(a))->unreadCount, 2);
    STORAGE_OK(m_conversations->clearUnread(a));
    QCOMPARE(*m_conversations->markUnread(a), true);
    STORAGE_OK(m_conversations->clearUnread(a));
    QCOMPARE((*m_conversations->find(a))->unreadCount, 0);
    QVERIFY(!(*m_conversations->find(a))->markedUnread);
    QCOMPARE(m_conversations->markUnread(999).error().code, StorageErrorCode::NotFound);

    QVERIFY(!(*m_conversations->find(a))->expireTimerSeconds);
    STORAGE_OK(m_conversations->setExpireTimer(a, 3600u));
    QCOMPARE((*m_conversations->find(a))->expireTimerSeconds, std::optional<quint32>(3600));
    STORAGE_OK(m_conversations->setExpireTimer(a, std::nullopt));
    QVERIFY(!(*m_conversations->find(a))->expireTimerSeconds);
}

void TestConversations::missingConversationIsNotFound()
{
    const qint64 missing = 999;
    QCOMPARE(m_conversations->setTitle(missing, QStringLiteral("x")).error().code,
             StorageErrorCode::NotFound);
    QCOMPARE(m_conversations->setPinned(missing, true).error().code, StorageErrorCode::NotFound);
    QCOMPARE(m_conversations->touch(missing, 1).error().code, StorageErrorCode::NotFound);
    QCOMPARE(m_conversations->addUnread(missing).error().code, StorageErrorCode::NotFound);
    QCOMPARE(m_conversations->setMembers(missing, {}).error().code, StorageErrorCode::NotFound);
    QVERIFY(!m_conversations->find(missing)->has_value());
    QCOMPARE(*m_conversations->remove(missing), false);
}

void TestConversations::removingAConversationRemovesEverythingInIt()
{
    MessageRepository messages(m_store->db(), m_files.get());
    SafetyStateRepository safety(m_store->db());
    Result<Conversation> chat = m_conversations->findOrCreateDirect(
        QStringLiteral("stranger"), 1, ConversationState::MessageRequest);
    STORAGE_OK(chat);
    const qint64 keep = m_conversations->createDirect(QStringLiteral("friend"), 1)->id;
    STORAGE_OK(safety.openRequest(chat->id, 1));

    Result<EncryptedFile> file = m_files->write(QByteArrayView("their picture"));
    STORAGE_OK(file);
    StoredMessage m;
    m.messageId = cove::protocol::crypto::randomByteArray(16);
    m.conversationId = chat->id;
    m.senderId = QStringLiteral("stranger");
    m.body = QStringLiteral("unwanted platypus");
    StoredAttachment a;
    a.descriptor.blobId = "b";
    a.descriptor.key = QByteArray(32, 'k');
    a.descriptor.plaintextSha256 = file->sha256;
    a.localFile = file->fileName;
    a.fileKey = file->key.toByteArray();
    a.state = AttachmentState::Stored;
    m.attachments.append(a);
    STORAGE_OK(messages.insert(m));
    StoredMessage other = m;
    other.messageId = cove::protocol::crypto::randomByteArray(16);
    other.conversationId = keep;
    other.senderId = QStringLiteral("friend");
    other.attachments.clear();
    STORAGE_OK(messages.insert(other));
    // Unsent: the message of the chat being deleted, one of the chat kept,
    // and a receipt (no message) to the same person.
    OutboxRepository outbox(m_store->db());
    const auto queue = [&](std::optional<qint64> rowId, const char *clientId) {
        OutboxEntry e;
        e.clientId = QByteArray(clientId).leftJustified(16, '.');
        e.messageRowId = rowId;
        e.recipient = QStringLiteral("stranger");
        e.commitment = QByteArray(32, 'c');
        e.createdAt = 1;
        return outbox.add(e);
    };
    STORAGE_OK(queue((*messages.findByMessageId(m.messageId))->rowId, "of-deleted-chat"));
    STORAGE_OK(queue((*messages.findByMessageId(other.messageId))->rowId, "of-kept-chat"));
    STORAGE_OK(queue(std::nullopt, "a-receipt"));

    QCOMPARE(*m_conversations->remove(chat->id), true);
    QCOMPARE(*outbox.count(), 2);
    QVERIFY(
        !outbox.findByClientId(QByteArray("of-deleted-chat").leftJustified(16, '.'))->has_value());
    QVERIFY(!m_conversations->find(chat->id)->has_value());
    QCOMPARE(*messages.count(chat->id), 0);
    QCOMPARE(*m_store->db().queryInt("SELECT count(*) FROM attachments"), 0);
    QVERIFY(!safety.request(chat->id)->has_value());
    QVERIFY(!m_files->exists(file->fileName));
    Result<SearchPage> found = messages.search(QStringLiteral("platypus"), 10);
    STORAGE_OK(found);
    QCOMPARE(found->messages.size(), 1);
    QCOMPARE(found->messages[0].conversationId, keep);
}

void TestConversations::searchOfChatsLeavesStrangersOut()
{
    // A request, a group invitation not joined and a chat all hold the word;
    // a search of the person's chats finds only the chat's message until
    // the others are accepted.
    MessageRepository messages(m_store->db(), m_files.get());
    SafetyStateRepository safety(m_store->db());
    const qint64 request =
        m_conversations
            ->findOrCreateDirect(QStringLiteral("stranger"), 1, ConversationState::MessageRequest)
            ->id;
    STORAGE_OK(safety.openRequest(request, 1));
    const qint64 invitation =
        m_conversations->createGroup("strangers-group", QStringLiteral("G"), 1)->id;
    STORAGE_OK(safety.openRequest(invitation, 1));
    const qint64 chat = m_conversations->createDirect(QStringLiteral("friend"), 1)->id;
    for (const auto &[conv, sender] :
         {std::pair{request, "stranger"}, std::pair{invitation, "stranger"},
          std::pair{chat, "friend"}}) {
        StoredMessage m;
        m.messageId = cove::protocol::crypto::randomByteArray(16);
        m.conversationId = conv;
        m.senderId = QString::fromLatin1(sender);
        m.body = QStringLiteral("a wombat at the door");
        STORAGE_OK(messages.insert(m));
    }
    const auto found = [&](SearchScope scope) {
        QList<qint64> in;
        const Result<SearchPage> page =
            messages.search(QStringLiteral("WOMB"), 10, std::nullopt, std::nullopt, scope);
        for (const StoredMessage &m : page->messages)
            in.append(m.conversationId);
        std::sort(in.begin(), in.end());
        return in;
    };
    QCOMPARE(found(SearchScope::Everything), (QList<qint64>{request, invitation, chat}));
    QCOMPARE(found(SearchScope::AcceptedChats), QList<qint64>{chat});
    STORAGE_OK(safety.setRequestState(invitation, RequestState::Accepted));
    QCOMPARE(found(SearchScope::AcceptedChats), (QList<qint64>{invitation, chat}));
    STORAGE_OK(safety.setRequestState(request, RequestState::Accepted));
    STORAGE_OK(m_conversations->setState(request, ConversationState::Normal));
    QCOMPARE(found(SearchScope::AcceptedChats), (QList<qint64>{request, invitation, chat}));
}

QTEST_GUILESS_MAIN(TestConversations)
#include "tst_conversations.moc"
