// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppError.h"
#include "Contacts.h"
#include "Content.h"
#include "Conversations.h"
#include "GroupLinks.h"
#include "Guardians.h"
#include "Messages.h"
#include "Outbox.h"
#include "Reachability.h"
#include "RelayMessages.h"
#include "SafetyNotice.h"
#include "SafetyState.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>
#include <optional>

namespace cove::app {

class Account;
class RelayClient;

/// Marks a new profile as a child's: guarded mode begins, and nobody
/// reaches it until a guardian pairs with it ("Set up Cove for a child").
[[nodiscard]] AppResult<void> markChildProfile(Account &account);

/// The message pipeline of ../ARCHITECTURE.md, for one account.
///
/// Sending: build the content, commit to it (franking), write the message
/// and one outbox row per recipient in ONE transaction, then encrypt and
/// send; a row leaves the outbox only when the relay acknowledged it, and a
/// resend carries the same client id, so nothing is lost or sent twice.
///
/// Receiving: decrypt, check the content against its franking commitment
/// and the relay's tag, apply it (store the message, a receipt, a group
/// change, a sender key, a timer) together with the new session state in
/// ONE transaction, make it durable, and only then acknowledge.
class Messenger : public QObject {
    Q_OBJECT
public:
    Messenger(Account &account, RelayClient &relay, QObject *parent = nullptr);
    ~Messenger() override;

    // ---- contacts and conversations
    /// Adds (or renames) a contact by a Cove ID as the person typed it, or
    /// by a contact link (cove://contact/…). Everything that takes a typed
    /// Cove ID takes a contact link too.
    [[nodiscard]] AppResult<storage::Contact> addContact(const QString &typedId,
                                                         const QString &name);
    /// The direct conversation with a Cove ID, created when new.
    [[nodiscard]] AppResult<storage::Conversation> directConversation(const QString &typedId);
    [[nodiscard]] AppResult<storage::Conversation> conversation(qint64 id);
    /// Takes someone out of the contacts. The chat with them stays, and
    /// while it does they can still write there, even with "only my
    /// contacts"; deleting the chat (or blocking them) closes that too. On a
    /// guarded child's profile it is removeGuardedContact() (the guardian is told).
    [[nodiscard]] AppResult<void> removeContact(const QString &contactId);
    /// Deletes a message on this computer only: its text and files go,
    /// everyone else keeps their copy.
    [[nodiscard]] AppResult<void> deleteMessage(qint64 rowId);
    /// Deletes a conversation and its history on this computer. A group the
    /// person is still in is left first, so that nobody writes to them there.
    [[nodiscard]] AppResult<void> deleteConversation(qint64 conversationId);
    /// Pinned conversations stay at the top of the list. Not requests.
    [[nodiscard]] AppResult<void> setPinned(qint64 conversationId, bool pinned);
    /// No notifications from a chat until `until` (ms since the epoch), or
    /// again (nullopt). Messages still arrive and count as unread.
    [[nodiscard]] AppResult<void> setMutedUntil(qint64 conversationId, std::optional<qint64> until);
    /// Whether a chat may be muted: never a message request, a group
    /// invitation not joined, or a guarded child's guardian.
    [[nodiscard]] AppResult<bool> mayMute(const storage::Conversation &conv);
    /// Whether a chat's notifications are muted now (a mute set earlier
    /// counts only where one may be).
    [[nodiscard]] AppResult<bool> isMuted(const storage::Conversation &conv);
    /// Shows a chat as unread again (one unread when none was); nothing is
    /// sent: read receipts already sent stay sent.
    [[nodiscard]] AppResult<void> markUnread(qint64 conversationId);
    /// What the person was writing in a conversation and has not sent yet;
    /// kept in the profile, so it survives closing the app.
    [[nodiscard]] AppResult<QString> draft(qint64 conversationId);
    [[nodiscard]] AppResult<void> setDraft(qint64 conversationId, const QString &text);
    [[nodiscard]] AppResult<storage::Conversation> groupConversation(const QByteArray &groupId);

    // ---- sending
    /// Queues a text message (with already uploaded attachments); returns
    /// the message's row id. Works offline: the outbox sends it later.
    [[nodiscard]] AppResult<qint64>
    sendMessage(qint64 conversationId, const QString &body,
                const QList<protocol::AttachmentDescriptor> &attachments = {},
                std::optional<protocol::Quote> quote = {});
    /// A file to send from memory (a pasted image): never written to disk
    /// in plaintext.
    struct OutgoingFile {
        QString fileName;
        QByteArray data;
    };
    /// As sendFiles(), for files already in memory.
    void sendFileData(qint64 conversationId, const QString &body, const QList<OutgoingFile> &files,
                      std::function<void(const AppResult<qint64> &)> done,
                      std::optional<protocol::Quote> quote = std::nullopt);
    /// Sends the text of a message the person (or a scripted peer) passes
    /// on: the content carries `priorForwardCount` + 1, inside the franking
    /// commitment, so the label it earns cannot be forged or dropped.
    [[nodiscard]] AppResult<qint64> forwardText(qint64 conversationId, const QString &body,
                                                quint32 priorForwardCount);
    /// Forwards a stored message (its text and attachments) to `targets`,
    /// each getting a copy that carries one more hop. Refused whole
    /// (NotAllowed) beyond safety::maxForwardTargets(): five chats, and one
    /// for a message forwarded many times. Returns the new rows.
    [[nodiscard]] AppResult<QList<qint64>> forward(qint64 rowId, const QList<qint64> &targets);
    /// How many chats one forward of a message with this count may reach.
    [[nodiscard]] static int maxForwardTargets(quint32 forwardCount);
    /// The same for a stored message.
    [[nodiscard]] AppResult<int> forwardLimit(qint64 rowId);
    /// Encrypts and uploads each file, then sends the message. Needs the
    /// relay; `done` gets the message's row id or why it failed.
    void sendFiles(qint64 conversationId, const QString &body, const QStringList &paths,
                   std::function<void(const AppResult<qint64> &)> done);

    // ---- groups (changes are made by admins and sent end-to-end encrypted)
    [[nodiscard]] AppResult<storage::Conversation> createGroup(const QString &name,
                                                               const QStringList &memberIds);
    [[nodiscard]] AppResult<void> addMembers(qint64 conversationId, const QStringList &memberIds);
    [[nodiscard]] AppResult<void> removeMember(qint64 conversationId, const QString &memberId);
    [[nodiscard]] AppResult<void> setRole(qint64 conversationId, const QString &memberId,
                                          storage::MemberRole role);
    /// The group's members and their roles.
    [[nodiscard]] AppResult<QList<storage::GroupMember>> groupMembers(qint64 conversationId);
    /// On a guarded child's profile, the group's members its guardian has
    /// not approved (someone an admin let in later): while there are any,
    /// the child cannot write in the group. Empty on an adult's profile.
    [[nodiscard]] AppResult<QStringList> unapprovedMembers(qint64 conversationId);
    /// Admins rename; members too when the group allows it (MembersRename).
    [[nodiscard]] AppResult<void> renameGroup(qint64 conversationId, const QString &name);
    /// What members who are not admins may do: protocol::GroupUpdate's
    /// GroupPermission bits. Only admins change them.
    [[nodiscard]] AppResult<quint8> groupPermissions(qint64 conversationId);
    [[nodiscard]] AppResult<void> setGroupPermissions(qint64 conversationId, quint8 permissions);
    [[nodiscard]] AppResult<void> leaveGroup(qint64 conversationId);
    /// The relay's cap on group size (it announces it at login; 256 before).
    /// Creating or growing a group beyond it is NotAllowed, and a group
    /// update from someone else beyond it is refused.
    [[nodiscard]] int maxGroupMembers();

    // ---- disappearing messages
    /// Sets the conversation's timer on both sides (nullopt: off).
    [[nodiscard]] AppResult<void> setExpireTimer(qint64 conversationId,
                                                 std::optional<quint32> seconds);
    /// The timer chats the person starts from now on begin with (nullopt:
    /// off). Chats already there keep theirs.
    [[nodiscard]] std::optional<quint32> defaultExpireTimer();
    [[nodiscard]] AppResult<void> setDefaultExpireTimer(std::optional<quint32> seconds);
    /// Deletes messages whose time is up; returns how many.
    [[nodiscard]] AppResult<qint64> deleteExpired();

    // ---- message requests (a stranger's first message waits here)
    /// What the relay said about the stranger when their first message
    /// arrived, for the request's safety notice.
    struct RequestFacts {
        std::optional<protocol::wire::FirstContactFacts::AccountAge> accountAge;
        bool massContact = false;
        /// Groups the person shares with the stranger.
        int sharedGroups = 0;
    };
    /// The facts of a pending request; nullopt when the conversation is not one.
    [[nodiscard]] AppResult<std::optional<RequestFacts>> requestFacts(qint64 conversationId);
    /// A notice inside a conversation that began as a stranger's request
    /// (see safety::noticeFor): decided from metadata, with the facts the
    /// relay gave about the first message.
    struct SafetyNotice {
        safety::NoticeKind kind = safety::NoticeKind::StrangerFirstContact;
        RequestFacts facts;
        bool dismissible = true;
    };
    /// The notice to show now, if any.
    [[nodiscard]] AppResult<std::optional<SafetyNotice>> safetyNotice(qint64 conversationId);
    /// The person dismissed it; it stays away (the next one may show). A
    /// guarded child's notice cannot be dismissed, only answered.
    [[nodiscard]] AppResult<void> dismissNotice(qint64 conversationId, safety::NoticeKind kind);
    /// How a child answers the notice of a chat with someone new.
    enum class GuardedAnswer { KnowThem, TellGuardian, Block };
    [[nodiscard]] AppResult<void> answerGuardedNotice(qint64 conversationId, GuardedAnswer answer);
    /// A group someone who is not a contact added the person to, not joined
    /// yet: its overview is shown before anything of the group.
    struct GroupInvitation {
        QString inviterId;
        RequestFacts inviterFacts; ///< the relay's facts about the inviter
        qint64 invitedAt = 0;      ///< ms since the Unix epoch
        int memberCount = 0;       ///< including the person invited
        QStringList admins;        ///< Cove IDs
        QString creatorId; ///< who created the group, as the inviter's app says; may be empty
        QStringList contactsInGroup;
    };
    /// The pending invitation of a group conversation; nullopt when none.
    [[nodiscard]] AppResult<std::optional<GroupInvitation>> groupInvitation(qint64 conversationId);
    /// "Who can add me to groups": contacts only puts a stranger's
    /// invitation in Message requests; everyone, in the chat list. Both
    /// show the overview first.
    [[nodiscard]] bool groupAddsFromContactsOnly();
    [[nodiscard]] AppResult<void> setGroupAddsFromContactsOnly(bool on);
    /// A contact, or someone with an accepted chat.
    [[nodiscard]] AppResult<bool> knowsPerson(const QString &coveId);
    /// The person accepts (a request or a group invitation: Join): the
    /// conversation becomes a chat, receipts flow.
    [[nodiscard]] AppResult<void> acceptRequest(qint64 conversationId);
    /// Pending message requests, newest first.
    [[nodiscard]] AppResult<QList<storage::Conversation>> requests();
    /// Blocks the sender of every pending request (the stalking pattern:
    /// many requests from many new accounts); returns how many.
    [[nodiscard]] AppResult<int> blockAllRequests();
    /// The person deletes the request with its messages; the stranger is
    /// not told.
    [[nodiscard]] AppResult<void> deleteRequest(qint64 conversationId);

    // ---- invite links (admins make them; anyone in the group may share them)
    struct InviteLinkInfo {
        QString link;          ///< cove://group/…; empty when the group has none
        bool approval = false; ///< an admin lets each joiner in
    };
    /// The group's link, naming this account when it is an admin (else the
    /// first admin) as the one to ask.
    [[nodiscard]] AppResult<InviteLinkInfo> inviteLink(qint64 conversationId);
    /// Admins turn the link on or off, choose whether joiners need their
    /// approval, and `reset` it (a new secret: links shared before stop
    /// working). Sent to every member like any group change.
    [[nodiscard]] AppResult<InviteLinkInfo> setInviteLink(qint64 conversationId, bool on,
                                                          bool approval, bool reset = false);
    /// Sends the admin a link names a request to be let in (one to one,
    /// end-to-end encrypted). Returns the group's conversation when the
    /// person is already in it, nullopt when the request is on its way: the
    /// group appears once an admin lets them in, without an invitation
    /// overview, since the person asked for it.
    [[nodiscard]] AppResult<std::optional<qint64>> joinByLink(const QString &link);
    /// Someone with the link who asked to join a group this account administers.
    struct JoinRequestInfo {
        QString requester;
        qint64 requestedAt = 0; ///< ms since the Unix epoch
        RequestFacts facts;     ///< what the relay said about them, when it was a first contact
    };
    /// Requests waiting for an admin, oldest first.
    [[nodiscard]] AppResult<QList<JoinRequestInfo>> joinRequests(qint64 conversationId);
    /// Lets them in (admins only).
    [[nodiscard]] AppResult<void> approveJoinRequest(qint64 conversationId,
                                                     const QString &requester);
    /// Drops the request; the person who asked is not told.
    [[nodiscard]] AppResult<void> declineJoinRequest(qint64 conversationId,
                                                     const QString &requester);
    // ---- guarded mode: a child's profile and the guardian who governs it
    /// Where a profile stands in guarded mode.
    enum class GuardedMode {
        Off,     ///< not a child's profile
        Setup,   ///< a child's profile, not paired with a guardian yet: nobody reaches it
        Pairing, ///< asked a guardian to pair; waits for them
        Confirm, ///< the guardian accepted; the child compares the code and confirms
        On,      ///< guarded: only the guardian and the contacts the guardian approved
    };
    [[nodiscard]] GuardedMode guardedMode() const noexcept { return m_guardedMode; }
    /// A child's profile, paired or not.
    [[nodiscard]] bool isGuarded() const noexcept { return m_guardedMode != GuardedMode::Off; }
    /// The child's guardian (while pairing: the one asked); empty when none.
    [[nodiscard]] QString guardianId();
    /// Makes a new profile a child's ("Set up Cove for a child").
    [[nodiscard]] AppResult<void> beginGuardedSetup();
    /// The child's app asks the guardian whose pairing link this is to pair.
    [[nodiscard]] AppResult<void> pairWithGuardian(const QString &link);
    /// The six digits both screens show while pairing: the child's with its
    /// guardian, or the guardian's with `childId`. nullopt until both
    /// identity keys are known.
    [[nodiscard]] AppResult<std::optional<QString>> pairingCode(const QString &childId = {});
    /// The child saw the same code as the guardian did: guarded mode starts,
    /// and the relay is told (with the guardian's signature).
    [[nodiscard]] AppResult<void> confirmGuardian();
    /// The child asks the guardian to approve someone (Cove ID or contact
    /// link); `name` is what the child calls them.
    [[nodiscard]] AppResult<void> askForContact(const QString &typedId, const QString &name);
    /// What the child asked for, newest first.
    [[nodiscard]] AppResult<QList<storage::ContactAsk>> contactAsks();
    /// "Tell my guardian": sends `text` (the child's own words, may be
    /// empty) and an alert naming `aboutId` (may be empty). When the child
    /// chooses, `shareConversation` (a conversation id, 0: none) adds the
    /// last kShareWithGuardian messages of that chat, with who wrote each.
    [[nodiscard]] AppResult<void> tellGuardian(const QString &text, const QString &aboutId = {},
                                               qint64 shareConversation = 0);
    static constexpr int kShareWithGuardian = 10;
    /// The child removes an approved contact; the guardian is told.
    [[nodiscard]] AppResult<void> removeGuardedContact(const QString &contactId);
    /// Ending guarded mode takes the guardian's signed release (it arrives
    /// from the guardian's app); the child alone cannot: NotAllowed.
    [[nodiscard]] AppResult<void> leaveGuardedMode();
    /// A guarded child's app tells the guardian what the child did (blocked
    /// or reported someone): who, never what was said. Nothing otherwise.
    void tellGuardianOf(protocol::GuardianMessage::Kind kind, const QString &contactId);
    /// Whether this profile may exchange messages with `coveId`: always on
    /// an adult's profile; on a child's, only the guardian and approved contacts.
    [[nodiscard]] AppResult<bool> guardedAllows(const QString &coveId);

    /// Quiet hours a guardian sets for a child, in the child's local time as
    /// minutes after midnight; they may span midnight (21:00 to 07:00).
    struct QuietHours {
        int fromMinutes = 0;
        int untilMinutes = 0;
        bool operator==(const QuietHours &) const = default;
        /// Whether `minuteOfDay` (0..1439) falls inside.
        [[nodiscard]] bool contains(int minuteOfDay) const;
    };
    /// The child's quiet hours; nullopt when there are none.
    [[nodiscard]] std::optional<QuietHours> quietHours();
    /// The guardian asked for copies of the photos and files of the child's chats.
    [[nodiscard]] bool sharesMediaWithGuardian();
    /// The child's app rests now: outside the guardian's messages, nothing
    /// arrives (the relay holds it until quiet hours end) and nothing is sent.
    [[nodiscard]] bool isResting() const noexcept { return m_resting; }

    /// A guardian's pairing link, fresh: a child's app that enters it asks to pair.
    [[nodiscard]] AppResult<QString> openPairing();
    /// Children linked to this account, and those asking to be.
    [[nodiscard]] AppResult<QList<storage::ChildRow>> children();
    /// The codes matched: the guardian signs the link and the child's app
    /// starts guarded mode.
    [[nodiscard]] AppResult<void> acceptChild(const QString &childId);
    [[nodiscard]] AppResult<void> declineChild(const QString &childId);
    [[nodiscard]] AppResult<QList<storage::ContactAsk>> childAsks(const QString &childId);
    /// What the child's app told the guardian (help, blocks, reports), newest first.
    [[nodiscard]] AppResult<QList<storage::GuardianEvent>> childEvents(const QString &childId);
    /// Approves a contact for the child (one the child asked for, or one
    /// the guardian adds): signed with the identity key, sent to the child
    /// and to the relay.
    [[nodiscard]] AppResult<void>
    approveContact(const QString &childId, const QString &typedContactId, const QString &name = {});
    [[nodiscard]] AppResult<void> declineContact(const QString &childId, const QString &contactId);
    [[nodiscard]] AppResult<void> removeChildContact(const QString &childId,
                                                     const QString &contactId);
    /// Sets a child's quiet hours (nullopt: none); the child's app follows.
    [[nodiscard]] AppResult<void> setChildQuietHours(const QString &childId,
                                                     std::optional<QuietHours> hours);
    /// Asks the child's app to share the photos and files of its chats with
    /// this guardian (end-to-end encrypted), or to stop. The child sees a
    /// permanent indicator while it is on.
    [[nodiscard]] AppResult<void> setChildMediaSharing(const QString &childId, bool on);
    [[nodiscard]] bool childMediaSharing(const QString &childId);
    /// The quiet hours this guardian last set for the child.
    [[nodiscard]] std::optional<QuietHours> childQuietHours(const QString &childId);
    /// Ends guarded mode for the child (a signed release).
    [[nodiscard]] AppResult<void> releaseChild(const QString &childId);
    /// What the relay knows of the child: approved contacts with when they
    /// last talked (never what), and who it turned away.
    void childActivity(const QString &childId,
                       std::function<void(const AppResult<protocol::wire::GuardedState> &)> done);

    // ---- blocking
    /// Blocks a person: from now on their envelopes are dropped before
    /// anything is decrypted, stored or shown, no receipt goes back, and a
    /// pending request from them is deleted. They are not told. Blocks are
    /// kept in the store (they survive restarts, backups and restores).
    [[nodiscard]] AppResult<void> block(const QString &typedId);
    [[nodiscard]] AppResult<void> unblock(const QString &typedId);
    [[nodiscard]] AppResult<bool> isBlocked(const QString &coveId);
    /// Everyone blocked, newest first.
    [[nodiscard]] AppResult<QList<storage::Block>> blocked();

    // ---- who can message me
    [[nodiscard]] Reachability &reachability() noexcept { return m_reachability; }

    // ---- reading
    /// The person saw the conversation: clears unread, sends read receipts
    /// when they are switched on (setting "read_receipts", on by default).
    [[nodiscard]] AppResult<void> markRead(qint64 conversationId);

    // ---- identities
    /// The person accepted a contact's changed safety number: held messages
    /// to and from them go through again.
    [[nodiscard]] AppResult<void> acceptIdentityChange(const QString &typedId);
    /// Whether a changed identity of this contact waits for the person.
    [[nodiscard]] AppResult<bool> hasPendingIdentityChange(const QString &coveId);
    /// Cove IDs whose changed identity waits for the person.
    [[nodiscard]] AppResult<QStringList> pendingIdentityChanges();

    /// The groups the person is in together with `coveId`, by title.
    [[nodiscard]] AppResult<QList<storage::Conversation>> groupsWith(const QString &coveId);
    /// The address book, in the order stored.
    [[nodiscard]] AppResult<QList<storage::Contact>> contacts();
    /// A contact; nullopt for someone not in the address book.
    [[nodiscard]] AppResult<std::optional<storage::Contact>> contact(const QString &coveId);
    /// A stored message (with its attachments); nullopt once it is gone.
    [[nodiscard]] AppResult<std::optional<storage::StoredMessage>> message(qint64 rowId);
    [[nodiscard]] AppResult<std::optional<storage::StoredAttachment>>
    attachment(qint64 attachmentId);
    /// An attachment's plaintext, for showing it (never written to disk).
    [[nodiscard]] AppResult<QByteArray> attachmentBytes(qint64 attachmentId);
    /// Writes an attachment's plaintext to `path`.
    [[nodiscard]] AppResult<void> saveAttachment(qint64 attachmentId, const QString &path);

    /// Nothing left to do right now: authenticated, the relay's backlog
    /// received and acknowledged, the outbox sent as far as it can go, no
    /// download running. (Rows waiting for a changed identity do not count.)
    [[nodiscard]] bool isIdle() const;
    /// Outbox rows not yet acknowledged.
    [[nodiscard]] qint64 outboxSize();

    /// Sends what the outbox holds (called on every change; public for the app's "retry").
    void pump();

Q_SIGNALS:
    void messageStored(qint64 rowId, qint64 conversationId);
    void messageChanged(qint64 rowId);
    /// Disappearing messages were deleted (rows may be gone from any history).
    void messagesDeleted();
    void conversationChanged(qint64 conversationId);
    void identityChanged(const QString &coveId);
    /// Someone was blocked or unblocked.
    void blocksChanged();
    /// The unsent text of a conversation changed (see setDraft()).
    void draftChanged(qint64 conversationId);
    /// The relay refused a first message to `recipient`: this account opened
    /// as many conversations with people it never wrote to as it may today
    /// (fewer for accounts younger than a week). The message is marked
    /// failed; it can be sent again tomorrow.
    void newConversationLimitReached(qint64 conversationId, const QString &recipient);
    /// Someone asked to join a group this account administers, or a
    /// request was settled.
    void joinRequestsChanged(qint64 conversationId);
    /// A request to join by link could not reach the admin it names (they
    /// let only their contacts write, or are not on this relay).
    void joinByLinkFailed(const QString &adminId);
    /// Guarded mode changed: the mode, a child, an ask or an approval.
    void guardedChanged();
    /// A child asked this account, their guardian, for help.
    void helpRequested(const QString &childId);
    /// Quiet hours began or ended on a child's profile.
    void restingChanged(bool resting);
    void idle();
    void problem(const QString &detail);

private:
    enum class EncryptOutcome { Encrypted, NeedsSession, IdentityChanged, Failed };
    struct ReceiveOutcome;

    void onReady(const protocol::wire::Authenticated &info);
    void onDisconnected();
    void onDelivered(const protocol::wire::Deliver &envelope);
    void onQueueEmpty();
    void maintainPreKeys(quint32 count, bool hasSignedPreKey);

    [[nodiscard]] AppResult<storage::OutboxEntry> queueDirect(const QString &recipient,
                                                              const protocol::Content &content,
                                                              std::optional<qint64> messageRowId);
    [[nodiscard]] AppResult<qint64> sendContent(const storage::Conversation &conversation,
                                                protocol::Content content, bool asMessage);
    [[nodiscard]] AppResult<void> shareSenderKey(const storage::Conversation &conversation,
                                                 const QStringList &recipients);
    [[nodiscard]] AppResult<void>
    sendGroupUpdate(const storage::Conversation &conversation, const QString &name,
                    const QList<storage::GroupMember> &members, const QStringList &recipients,
                    bool rekey, std::optional<quint8> permissions = {},
                    std::optional<storage::InviteLinkState> invite = {});
    /// sendGroupUpdate() inside the caller's transaction, without telling the
    /// window; true when it let in someone who had asked to join.
    [[nodiscard]] AppResult<bool>
    queueGroupUpdate(const storage::Conversation &conversation, const QString &name,
                     const QList<storage::GroupMember> &members, const QStringList &recipients,
                     bool rekey, std::optional<quint8> permissions = {},
                     std::optional<storage::InviteLinkState> invite = {});
    [[nodiscard]] AppResult<QStringList> otherMembers(qint64 conversationId);
    /// Whether this account is a member of the group `groupId` (false when
    /// the group is unknown).
    [[nodiscard]] AppResult<bool> memberOfGroup(const QByteArray &groupId);
    /// On a guarded child's profile, those of `ids` (but itself) its
    /// guardian has not approved; empty on an adult's profile.
    [[nodiscard]] AppResult<QStringList> unapprovedAmong(const QStringList &ids);
    /// A chat the person just started gets the default timer.
    [[nodiscard]] AppResult<void> applyDefaultTimer(const storage::Conversation &conversation);
    /// The relay's stored facts (see requestFactsOf()) about `person`, with
    /// the groups the person shares with them.
    [[nodiscard]] AppResult<RequestFacts> factsOf(const QByteArray &storedFacts,
                                                  const QString &person);
    [[nodiscard]] AppResult<void> requireAdmin(qint64 conversationId);
    [[nodiscard]] AppResult<void> checkGroupSize(int members);
    /// A Cove ID as typed, canonical; refused when malformed or our own.
    [[nodiscard]] AppResult<QString> peerId(const QString &typedId) const;
    struct GroupState {
        storage::Conversation conversation;
        QList<storage::GroupMember> members;
    };
    /// The group as it is now, when we may change it (we are an admin).
    [[nodiscard]] AppResult<GroupState> groupForChange(qint64 conversationId);
    /// The group as it is now.
    [[nodiscard]] AppResult<GroupState> groupState(qint64 conversationId);

    EncryptOutcome encryptRow(storage::OutboxEntry &row);
    void fetchBundle(const QString &recipient);
    void sendRow(const storage::OutboxEntry &row);
    void onSendAcknowledged(const storage::OutboxEntry &row, qint64 serverTimeMs);
    void failRow(const storage::OutboxEntry &row);
    void markIdentityChanged(const QString &coveId, const QByteArray &newKey);

    [[nodiscard]] bool receive(const protocol::wire::Deliver &envelope);
    /// Whether everything from `sender` is dropped unread: someone blocked
    /// or, on a guarded child's profile, someone the guardian did not approve.
    [[nodiscard]] AppResult<bool> refusesFrom(const QString &sender);
    /// What happens once a received envelope's outcome is committed.
    void afterReceiving(const QString &sender, const ReceiveOutcome &outcome);
    /// Whether a group message that is not readable yet (its group or its
    /// sender's membership has not arrived) is kept for later.
    enum class Early { Keep, Refuse };
    [[nodiscard]] AppResult<void> apply(const protocol::wire::Deliver &envelope,
                                        const protocol::Content &content, bool verified,
                                        ReceiveOutcome &outcome, Early early = Early::Keep);
    /// Keeps a group message that came before what makes it readable
    /// (EarlyMessageRepository): its sender's way in to the group `group`
    /// (nullopt: the group itself is not known yet); `refusal` when it is
    /// not kept.
    [[nodiscard]] AppResult<void> keepEarly(const protocol::wire::Deliver &envelope,
                                            const protocol::Content &content, bool verified,
                                            Early early, std::optional<qint64> group,
                                            AppError refusal);
    /// Stores what the members of `groupId` wrote before the change that let
    /// them in reached us.
    void receiveEarly(const QByteArray &groupId);
    /// Drops the early group messages that waited too long.
    void purgeEarly();
    [[nodiscard]] AppResult<void>
    applyGroupUpdate(const QString &sender, const protocol::Content &content,
                     const std::optional<protocol::wire::FirstContactFacts> &facts);
    /// Our change `ours` and `theirs`, made at the same time, were taken
    /// together (`merged`, now the group's state, `members` as stored):
    /// queues the result as the next change, for everyone in any of them.
    [[nodiscard]] AppResult<void> announceMerged(qint64 conversationId,
                                                 const protocol::GroupUpdate &ours,
                                                 const protocol::GroupUpdate &theirs,
                                                 const protocol::GroupUpdate &merged,
                                                 const QList<storage::GroupMember> &members);
    [[nodiscard]] AppResult<void>
    receiveJoinRequest(const QString &sender, const protocol::JoinRequest &request,
                       const std::optional<protocol::wire::FirstContactFacts> &facts,
                       ReceiveOutcome &outcome);
    [[nodiscard]] AppResult<void> receiveGuardian(const QString &sender,
                                                  const protocol::GuardianMessage &message,
                                                  ReceiveOutcome &outcome);
    [[nodiscard]] AppResult<void> receiveFromGuardian(const QString &sender,
                                                      const protocol::GuardianMessage &message,
                                                      ReceiveOutcome &outcome);
    [[nodiscard]] AppResult<void> receiveFromChild(const QString &sender,
                                                   const protocol::GuardianMessage &message,
                                                   ReceiveOutcome &outcome);
    /// Sends a guardian message one to one (never stored as a chat message).
    [[nodiscard]] AppResult<void> sendGuardian(const QString &recipient,
                                               protocol::GuardianMessage message);
    /// Records a change (`record`) and queues `message` to `recipient` in
    /// one transaction, then tells the window and sends.
    [[nodiscard]] AppResult<void> recordAndSend(const QString &recipient,
                                                const protocol::GuardianMessage &message,
                                                const std::function<AppResult<void>()> &record);
    /// A child's linked row; NotFound otherwise.
    [[nodiscard]] AppResult<storage::ChildRow> linkedChild(const QString &childId);
    /// NotAllowed (with `detail`) when a guarded profile may not exchange
    /// messages with one of `ids` (see guardedAllows()).
    [[nodiscard]] AppResult<void> requireApproved(const QStringList &ids, const char *detail);
    /// Saves a contact (new or renamed) without the guarded check.
    [[nodiscard]] AppResult<storage::Contact> saveContact(const QString &id, const QString &name);
    void loadGuardedMode();
    /// Sends the guardian a copy of files the child sent to or received from
    /// `peer`, when the guardian asked for it.
    void shareWithGuardian(const QString &peer, const QList<protocol::AttachmentDescriptor> &files);
    /// Rests or wakes as the quiet hours say; waking fetches what the relay held.
    void updateResting();
    /// Whether the child answered the notice for `coveId`.
    [[nodiscard]] AppResult<bool> guardedNoticeAnswered(const QString &coveId);
    [[nodiscard]] AppResult<void> setGuardedMode(GuardedMode mode);
    /// Brings the relay's copy of guarded mode up to date (link, approvals,
    /// a pending release).
    void syncGuarded();
    /// Sends a guarded-mode request; the pipeline is not idle until it is answered.
    void guardedRequest(const protocol::Frame &frame,
                        std::function<void(const AppResult<protocol::Frame> &)> done = {});
    /// Lets in whoever waits when the group's link needs no approval.
    void settleJoinRequests(qint64 conversationId);
    void flushAcks();
    void queueReceipts();
    void download(const storage::StoredAttachment &attachment);
    /// A contact's envelope could not be decrypted (a ratchet step this
    /// session no longer keeps, a lost session), or a group member's (their
    /// sender key never arrived or was lost, `groupId` set): ask them to
    /// send it again, one to one.
    void askForResend(const protocol::wire::Deliver &envelope,
                      const std::optional<QByteArray> &groupId);
    /// Answers a resend request: the message with that commitment, sent to
    /// `sender` here (in the group `groupId` when set), goes out again,
    /// sealed with the one-to-one session as it is now.
    [[nodiscard]] AppResult<void> resend(const QString &sender, const QByteArray &commitment,
                                         const std::optional<QByteArray> &groupId);
    /// Downloads what waits: after a connection, an accepted request, a restart.
    void resumeDownloads();
    void scheduleExpiry();
    void checkIdle();

    Account &m_account;
    RelayClient &m_relay;
    storage::ContactRepository m_contacts;
    storage::ConversationRepository m_conversations;
    storage::MessageRepository m_messages;
    storage::OutboxRepository m_outbox;

    QSet<QByteArray> m_inFlight; ///< client ids sent and not yet acknowledged
    /// Resend requests sent per contact (times, ms), to bound what a peer
    /// sending undecryptable envelopes can make this account send.
    QHash<QString, QList<qint64>> m_resendsAsked;
    QHash<QByteArray, int> m_resent; ///< resends per commitment and asker, at most kMaxResends
    QSet<QString> m_fetching;        ///< recipients whose bundle is being fetched
    QList<quint64> m_pendingAcks;    ///< stored envelopes to acknowledge after the next sync
    QHash<QString, QList<QByteArray>> m_pendingReceipts; ///< delivery receipts to queue, by author
    bool m_queueEmpty = false;
    bool m_pumping = false;
    bool m_pumpAgain = false;
    int m_sendable = 0;         ///< rows the last pump could not send for lack of window
    int m_downloads = 0;        ///< attachment downloads running
    QSet<qint64> m_downloading; ///< their attachment ids
    bool m_uploadingPreKeys = false;
    bool m_wasIdle = false;
    QTimer m_ackTimer;
    QTimer m_expiryTimer;
    QTimer m_retryTimer;
    QTimer m_redeliverTimer; ///< after a storage failure: reconnect to get the envelopes again
    Reachability m_reachability;
    GuardedMode m_guardedMode = GuardedMode::Off;
    bool m_guardedSyncing = false;
    bool m_guardedAgain = false; ///< something changed while syncing: sync again
    int m_guardedRequests = 0;   ///< guarded-mode requests the relay has not answered
    bool m_resting = false;      ///< inside the child's quiet hours
    QTimer m_restTimer;
};

} // namespace cove::app
