// SPDX-License-Identifier: GPL-3.0-or-later
#include "Messenger.h"

#include "Account.h"
#include "AtomicReceive.h"
#include "AttachmentCipher.h"
#include "Attachments.h"
#include "CoveId.h"
#include "Crypto.h"
#include "FailPoint.h"
#include "ForwardPolicy.h"
#include "Franking.h"
#include "GroupSession.h"
#include "InviteLink.h"
#include "Keys.h"
#include "MessengerSupport.h"
#include "ProtocolStore.h"
#include "RelayClient.h"
#include "SafetyNotice.h"
#include "SafetyState.h"
#include "Session.h"
#include "Sqlite.h"
#include "Store.h"
#include "StoreContext.h"

#include <QCborArray>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMimeDatabase>
#include <QSaveFile>

#include <algorithm>
#include <limits>
#include <memory>

namespace cove::app {

using storage::Conversation;
using storage::ConversationKind;
using storage::OutboxEntry;

using namespace messenger;

namespace {

Q_LOGGING_CATEGORY(lcPipeline, "cove.pipeline")

constexpr int kSendWindow = 256;
constexpr quint32 kLowPreKeys = 30;
constexpr int kPreKeyBatch = 100;
const QString kSignedPreKeySetting = QStringLiteral("relay.signed_prekey_id");
const QString kReadReceiptsSetting = QStringLiteral("read_receipts");
/// Seconds of the disappearing-message timer new chats start with; "0": off.
const QString kDefaultTimerSetting = QStringLiteral("default_expire_timer");

/// Attachments one connection starts downloading again at once.
constexpr int kResumeDownloads = 64;

/// A group message on the wire: the group id (length-prefixed) and the
/// sender-key message. The recipient needs the id to find the sender's
/// key; the relay sees an opaque random id, as it sees who the envelopes go to.
QByteArray frameGroupCiphertext(const QByteArray &groupId, const QByteArray &message)
{
    QByteArray out;
    out.reserve(1 + groupId.size() + message.size());
    out.append(char(groupId.size()));
    out.append(groupId);
    out.append(message);
    return out;
}

std::optional<std::pair<QByteArray, QByteArray>> splitGroupCiphertext(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return std::nullopt;
    const auto length = qsizetype(quint8(bytes.at(0)));
    if (length < protocol::kMinGroupIdSize || length > protocol::kMaxGroupIdSize ||
        bytes.size() <= 1 + length)
        return std::nullopt;
    return std::make_pair(bytes.mid(1, length), bytes.mid(1 + length));
}

QByteArray commitmentOf(const protocol::Content &content)
{
    return protocol::frankingCommit(content.frankingKey, protocol::committedBytes(content));
}

/// A message row for `content`: what both directions store alike.
/// The caller fills in direction, status and the relay's fields.
storage::StoredMessage storedMessageOf(const protocol::Content &content, qint64 conversationId,
                                       const QString &senderId, qint64 now)
{
    storage::StoredMessage m;
    m.messageId = content.messageId;
    m.conversationId = conversationId;
    m.senderId = senderId;
    m.sentAt = content.sentAtMs;
    m.body = content.body;
    if (content.quote)
        m.quote = storage::StoredQuote{content.quote->messageId,
                                       QString::fromUtf8(content.quote->authorId),
                                       content.quote->excerpt};
    m.forwardCount = content.forwardCount;
    m.frankingKey = content.frankingKey;
    m.commitment = commitmentOf(content);
    m.content = protocol::encodeContent(content);
    if (content.expireTimerSeconds && *content.expireTimerSeconds > 0)
        m.expiresAt = now + qint64(*content.expireTimerSeconds) * 1000;
    for (const protocol::AttachmentDescriptor &a : content.attachments)
        m.attachments.append(
            storage::StoredAttachment{0, a, {}, {}, storage::AttachmentState::NotDownloaded});
    return m;
}

} // namespace

Messenger::Messenger(Account &account, RelayClient &relay, QObject *parent)
    : QObject(parent), m_account(account), m_relay(relay), m_contacts(account.db()),
      m_conversations(account.db(), &account.attachments()),
      m_messages(account.db(), &account.attachments()), m_outbox(account.db()),
      m_reachability(account, relay)
{
    // Who may reach a contacts-only account follows the chats and groups.
    connect(this, &Messenger::conversationChanged, &m_reachability, &Reachability::scheduleSync);
    connect(&m_relay, &RelayClient::ready, this, &Messenger::onReady);
    connect(&m_relay, &RelayClient::disconnected, this, &Messenger::onDisconnected);
    connect(&m_relay, &RelayClient::delivered, this, &Messenger::onDelivered);
    connect(&m_relay, &RelayClient::queueEmpty, this, &Messenger::onQueueEmpty);
    connect(&m_relay, &RelayClient::preKeysLow, this,
            [this](const wire::PreKeyStatus &s) { maintainPreKeys(s.count, true); });
    m_ackTimer.setSingleShot(true);
    m_ackTimer.setInterval(0);
    connect(&m_ackTimer, &QTimer::timeout, this, &Messenger::flushAcks);
    m_expiryTimer.setSingleShot(true);
    connect(&m_expiryTimer, &QTimer::timeout, this, [this] { (void)deleteExpired(); });
    m_retryTimer.setSingleShot(true);
    m_retryTimer.setInterval(2000);
    connect(&m_retryTimer, &QTimer::timeout, this, &Messenger::pump);
    m_redeliverTimer.setSingleShot(true);
    m_redeliverTimer.setInterval(5000);
    connect(&m_redeliverTimer, &QTimer::timeout, &m_relay, &RelayClient::reconnectNow);
    m_restTimer.setInterval(20000);
    connect(&m_restTimer, &QTimer::timeout, this, &Messenger::updateResting);
    loadGuardedMode();
    (void)deleteExpired();
}

Messenger::~Messenger() = default;

// ---- contacts and conversations ----------------------------------------------

AppResult<QString> Messenger::peerId(const QString &typedId) const
{
    QString id = protocol::normalizeCoveId(typedId);
    if (id.isEmpty() && typedId.contains(QStringLiteral("://"))) {
        // A contact link names the account the same way.
        protocol::Result<protocol::InviteLink> link = protocol::parseInviteLink(typedId);
        if (!link)
            return appError(AppError::Code::InvalidArgument, link.error().detail);
        const auto *contact = std::get_if<protocol::ContactLink>(&*link);
        if (!contact)
            return appError(AppError::Code::InvalidArgument,
                            QStringLiteral("this is a group link: join the group with it"));
        id = contact->coveId;
    }
    if (id.isEmpty())
        return appError(AppError::Code::InvalidArgument,
                        QStringLiteral("not a Cove ID (check for a mistyped character)"));
    if (id == m_account.coveId())
        return appError(AppError::Code::InvalidArgument,
                        QStringLiteral("that is your own Cove ID"));
    return id;
}

AppResult<storage::Contact> Messenger::addContact(const QString &typedId, const QString &name)
{
    AppResult<QString> peer = peerId(typedId);
    if (!peer)
        return peer.error();
    // A child's contacts are those the guardian approved; renaming them is fine.
    COVE_APP_TRY(requireApproved({*peer}, "ask your guardian to add this person"));
    return saveContact(*peer, name);
}

AppResult<storage::Contact> Messenger::saveContact(const QString &id, const QString &name)
{
    storage::Contact contact{
        id, name.trimmed().isEmpty() ? protocol::displayCoveId(id) : name, {}, nowMs()};
    if (auto existing = m_contacts.find(id); existing && existing->has_value())
        contact.addedAt = (*existing)->addedAt;
    COVE_APP_TRY_STORAGE(m_contacts.save(contact));
    // Someone the person added is no stranger: their requests become chats.
    storage::Result<std::optional<Conversation>> conv = m_conversations.findDirect(id);
    if (conv && conv->has_value()) {
        if ((*conv)->state == storage::ConversationState::MessageRequest)
            COVE_APP_TRY_STORAGE(
                m_conversations.setState((*conv)->id, storage::ConversationState::Normal));
        Q_EMIT conversationChanged((*conv)->id); // its title is the contact's name
    }
    m_reachability.scheduleSync();
    return contact;
}

AppResult<Conversation> Messenger::directConversation(const QString &typedId)
{
    AppResult<QString> peer = peerId(typedId);
    if (!peer)
        return peer.error();
    const QString &id = *peer;
    COVE_APP_TRY(requireApproved({id}, "your guardian has not approved this person"));
    storage::Result<std::optional<Conversation>> existing = m_conversations.findDirect(id);
    if (!existing)
        return storageError(existing.error());
    if (existing->has_value())
        return **existing;
    storage::Result<Conversation> c =
        m_conversations.findOrCreateDirect(id, nowMs(), storage::ConversationState::Normal);
    if (!c)
        return storageError(c.error());
    COVE_APP_TRY(applyDefaultTimer(*c));
    return conversation(c->id);
}

std::optional<quint32> Messenger::defaultExpireTimer()
{
    bool ok = false;
    const uint seconds = m_account.setting(kDefaultTimerSetting).toUInt(&ok);
    return ok && seconds > 0 ? std::optional<quint32>(seconds) : std::nullopt;
}

AppResult<void> Messenger::setDefaultExpireTimer(std::optional<quint32> seconds)
{
    return m_account.setSetting(kDefaultTimerSetting,
                                seconds && *seconds > 0 ? QByteArray::number(*seconds) : "0");
}

AppResult<void> Messenger::applyDefaultTimer(const Conversation &conv)
{
    const std::optional<quint32> seconds = defaultExpireTimer();
    if (!seconds || conv.expireTimerSeconds)
        return {};
    return setExpireTimer(conv.id, seconds);
}

AppResult<Conversation> Messenger::conversation(qint64 id)
{
    storage::Result<std::optional<Conversation>> c = m_conversations.find(id);
    if (!c)
        return storageError(c.error());
    if (!c->has_value())
        return appError(AppError::Code::NotFound, QStringLiteral("no such conversation"));
    return **c;
}

AppResult<void> Messenger::removeContact(const QString &contactId)
{
    if (m_guardedMode == GuardedMode::On)
        return removeGuardedContact(contactId);
    storage::Result<bool> removed = m_contacts.remove(contactId);
    if (!removed)
        return storageError(removed.error());
    if (!*removed)
        return appError(AppError::Code::NotFound, QStringLiteral("not in your contacts"));
    m_reachability.scheduleSync(); // "only my contacts" at the relay
    storage::Result<std::optional<Conversation>> conv = m_conversations.findDirect(contactId);
    if (conv && conv->has_value())
        Q_EMIT conversationChanged((*conv)->id); // titled by the Cove ID now
    return {};
}

AppResult<void> Messenger::deleteMessage(qint64 rowId)
{
    storage::Result<std::optional<storage::StoredMessage>> m = m_messages.find(rowId);
    if (!m)
        return storageError(m.error());
    if (!m->has_value())
        return appError(AppError::Code::NotFound, QStringLiteral("no such message"));
    // It would still go out: the outbox holds it, encrypted, until sent.
    if ((*m)->direction == storage::Direction::Outgoing &&
        (*m)->status == storage::MessageStatus::Pending)
        return appError(AppError::Code::NotAllowed,
                        QStringLiteral("a message is deleted once it is sent"));
    COVE_APP_TRY_STORAGE(m_messages.remove(rowId));
    Q_EMIT messagesDeleted();
    Q_EMIT conversationChanged((*m)->conversationId);
    return {};
}

AppResult<void> Messenger::deleteConversation(qint64 conversationId)
{
    AppResult<Conversation> conv = conversation(conversationId);
    if (!conv)
        return conv.error();
    AppResult<std::optional<GroupInvitation>> invitation = groupInvitation(conversationId);
    if (!invitation)
        return invitation.error();
    if (conv->state == storage::ConversationState::MessageRequest || invitation->has_value())
        return deleteRequest(conversationId); // declining has its own rules
    if (conv->kind == ConversationKind::Group) {
        AppResult<bool> member = memberOfGroup(conv->groupId);
        if (!member)
            return member.error();
        if (*member)
            COVE_APP_TRY(leaveGroup(conversationId));
    }
    COVE_APP_TRY_STORAGE(m_conversations.remove(conversationId));
    Q_EMIT conversationChanged(conversationId);
    Q_EMIT messagesDeleted(); // its messages went with it (search results)
    return {};
}

AppResult<void> Messenger::setPinned(qint64 conversationId, bool pinned)
{
    AppResult<Conversation> conv = conversation(conversationId);
    if (!conv)
        return conv.error();
    if (pinned && conv->state == storage::ConversationState::MessageRequest)
        return appError(AppError::Code::NotAllowed,
                        QStringLiteral("accept the request before pinning it"));
    if (conv->pinned == pinned)
        return {};
    COVE_APP_TRY_STORAGE(m_conversations.setPinned(conversationId, pinned));
    Q_EMIT conversationChanged(conversationId);
    return {};
}

AppResult<bool> Messenger::mayMute(const Conversation &conv)
{
    // A stranger's first words are never silenced, nor a child's guardian.
    if (conv.state == storage::ConversationState::MessageRequest)
        return false;
    if (isGuarded() && conv.kind == ConversationKind::Direct && conv.peerId == guardianId())
        return false;
    AppResult<std::optional<GroupInvitation>> invitation = groupInvitation(conv.id);
    if (!invitation)
        return invitation.error();
    return !invitation->has_value();
}

AppResult<bool> Messenger::isMuted(const Conversation &conv)
{
    if (!conv.mutedAt(nowMs()))
        return false;
    return mayMute(conv);
}

AppResult<void> Messenger::setMutedUntil(qint64 conversationId, std::optional<qint64> until)
{
    AppResult<Conversation> conv = conversation(conversationId);
    if (!conv)
        return conv.error();
    if (until) {
        AppResult<bool> may = mayMute(*conv);
        if (!may)
            return may.error();
        if (!*may)
            return appError(AppError::Code::NotAllowed,
                            QStringLiteral("requests, invitations and a guardian's chat are "
                                           "not muted"));
    }
    if (conv->mutedUntil == until)
        return {};
    COVE_APP_TRY_STORAGE(m_conversations.setMutedUntil(conversationId, until));
    Q_EMIT conversationChanged(conversationId);
    return {};
}

AppResult<void> Messenger::markUnread(qint64 conversationId)
{
    storage::Result<bool> marked = m_conversations.markUnread(conversationId);
    if (!marked)
        return storageError(marked.error());
    if (*marked)
        Q_EMIT conversationChanged(conversationId);
    return {};
}

AppResult<QString> Messenger::draft(qint64 conversationId)
{
    storage::Result<QString> text = m_conversations.draft(conversationId);
    if (!text)
        return storageError(text.error());
    return *text;
}

AppResult<void> Messenger::setDraft(qint64 conversationId, const QString &text)
{
    AppResult<QString> before = draft(conversationId);
    if (!before)
        return before.error();
    if (*before == text)
        return {};
    COVE_APP_TRY_STORAGE(m_conversations.setDraft(conversationId, text));
    Q_EMIT draftChanged(conversationId);
    return {};
}

AppResult<Conversation> Messenger::groupConversation(const QByteArray &groupId)
{
    storage::Result<std::optional<Conversation>> c = m_conversations.findGroup(groupId);
    if (!c)
        return storageError(c.error());
    if (!c->has_value())
        return appError(AppError::Code::NotFound, QStringLiteral("no such group"));
    return **c;
}

AppResult<QStringList> Messenger::otherMembers(qint64 conversationId)
{
    storage::Result<QList<storage::GroupMember>> members = m_conversations.members(conversationId);
    if (!members)
        return storageError(members.error());
    QStringList out;
    for (const storage::GroupMember &m : *members)
        if (m.memberId != m_account.coveId())
            out.append(m.memberId);
    return out;
}

// ---- sending -----------------------------------------------------------------

AppResult<OutboxEntry> Messenger::queueDirect(const QString &recipient,
                                              const protocol::Content &content,
                                              std::optional<qint64> messageRowId)
{
    OutboxEntry row;
    row.clientId = wire::newClientEnvelopeId(nowMs());
    row.messageRowId = messageRowId;
    row.recipient = recipient;
    row.kind = OutboxEntry::Kind::Direct;
    row.content = protocol::encodeContent(content);
    row.commitment = commitmentOf(content);
    row.createdAt = nowMs();
    storage::Result<qint64> id = m_outbox.add(row);
    if (!id)
        return storageError(id.error());
    row.id = *id;
    return row;
}

AppResult<qint64> Messenger::sendMessage(qint64 conversationId, const QString &body,
                                         const QList<protocol::AttachmentDescriptor> &attachments,
                                         std::optional<protocol::Quote> quote)
{
    AppResult<Conversation> conv = conversation(conversationId);
    if (!conv)
        return conv.error();
    if (body.isEmpty() && attachments.isEmpty())
        return appError(AppError::Code::InvalidArgument, QStringLiteral("nothing to send"));
    protocol::Content content = protocol::makeContent(body);
    content.attachments = attachments;
    content.quote = std::move(quote);
    return sendContent(*conv, std::move(content), true);
}

AppResult<qint64> Messenger::forwardText(qint64 conversationId, const QString &body,
                                         quint32 priorForwardCount)
{
    AppResult<Conversation> conv = conversation(conversationId);
    if (!conv)
        return conv.error();
    if (body.isEmpty())
        return appError(AppError::Code::InvalidArgument, QStringLiteral("nothing to send"));
    protocol::Content content = protocol::makeContent(body);
    content.forwardCount = safety::nextForwardCount(priorForwardCount);
    return sendContent(*conv, std::move(content), true);
}

int Messenger::maxForwardTargets(quint32 forwardCount)
{
    return safety::maxForwardTargets(forwardCount);
}

AppResult<int> Messenger::forwardLimit(qint64 rowId)
{
    storage::Result<std::optional<storage::StoredMessage>> found = m_messages.find(rowId);
    if (!found)
        return storageError(found.error());
    if (!*found)
        return appError(AppError::Code::NotFound, QStringLiteral("no such message"));
    return safety::maxForwardTargets((*found)->forwardCount);
}

AppResult<QList<qint64>> Messenger::forward(qint64 rowId, const QList<qint64> &targets)
{
    storage::Result<std::optional<storage::StoredMessage>> found = m_messages.find(rowId);
    if (!found)
        return storageError(found.error());
    if (!*found || ((*found)->body.isEmpty() && (*found)->attachments.isEmpty()))
        return appError(AppError::Code::NotFound, QStringLiteral("no such message to forward"));
    const storage::StoredMessage &original = **found;
    QList<qint64> unique;
    for (const qint64 t : targets)
        if (!unique.contains(t))
            unique.append(t);
    if (unique.isEmpty())
        return appError(AppError::Code::InvalidArgument, QStringLiteral("no chat chosen"));
    const int limit = safety::maxForwardTargets(original.forwardCount);
    if (unique.size() > limit)
        return appError(AppError::Code::NotAllowed,
                        safety::forwardedManyTimes(original.forwardCount)
                            ? QStringLiteral("a message forwarded many times goes to one chat at "
                                             "a time")
                            : QStringLiteral("a message can be forwarded to at most 5 chats at "
                                             "once"));
    QList<Conversation> chats;
    for (const qint64 t : std::as_const(unique)) {
        AppResult<Conversation> conv = conversation(t);
        if (!conv)
            return conv.error();
        if (conv->state != storage::ConversationState::Normal)
            return appError(AppError::Code::NotAllowed,
                            QStringLiteral("accept the request before forwarding to it"));
        chats.append(*conv);
    }
    QList<qint64> rows;
    for (const Conversation &conv : std::as_const(chats)) {
        protocol::Content content = protocol::makeContent(original.body);
        for (const storage::StoredAttachment &a : original.attachments)
            content.attachments.append(a.descriptor);
        content.forwardCount = safety::nextForwardCount(original.forwardCount);
        AppResult<qint64> row = sendContent(conv, std::move(content), true);
        if (!row)
            return row.error();
        rows.append(*row);
    }
    return rows;
}

AppResult<qint64> Messenger::sendContent(const Conversation &conv, protocol::Content content,
                                         bool asMessage)
{
    if (!content.expireTimerSeconds && conv.expireTimerSeconds)
        content.expireTimerSeconds = conv.expireTimerSeconds;
    QStringList recipients;
    if (conv.kind == ConversationKind::Group) {
        AppResult<QStringList> others = otherMembers(conv.id);
        if (!others)
            return others.error();
        storage::Result<std::optional<storage::MemberRole>> self =
            m_conversations.roleOf(conv.id, m_account.coveId());
        if (!self)
            return storageError(self.error());
        if (!self->has_value())
            return appError(AppError::Code::NotAllowed,
                            QStringLiteral("you are no longer a member of this group"));
        if ((asMessage || content.timerUpdate) && **self != storage::MemberRole::Admin) {
            AppResult<quint8> permissions = groupPermissions(conv.id);
            if (!permissions)
                return permissions.error();
            if (*permissions & protocol::GroupUpdate::OnlyAdminsSend)
                return appError(AppError::Code::NotAllowed,
                                QStringLiteral("only admins can send messages in this group"));
        }
        recipients = *others;
        storage::Result<quint32> revision = m_conversations.groupRevision(conv.id);
        if (!revision)
            return storageError(revision.error());
        content.group = protocol::GroupContext{conv.groupId, *revision};
    } else {
        recipients = {conv.peerId};
    }
    // A guarded child writes to nobody its guardian did not approve, and
    // during quiet hours only to the guardian.
    COVE_APP_TRY(requireApproved(recipients, "your guardian has not approved everyone here"));
    if (m_resting && (recipients.size() != 1 || recipients.constFirst() != guardianId()))
        return appError(AppError::Code::NotAllowed,
                        QStringLiteral("quiet hours: messages wait until they end"));
    if (protocol::Result<void> valid = protocol::validateContent(content); !valid)
        return appError(AppError::Code::InvalidArgument, valid.error().detail);

    const qint64 now = nowMs();
    AppResult<Tx> tx = Tx::begin(m_account.db());
    if (!tx)
        return tx.error();
    std::optional<qint64> rowId;
    if (asMessage) {
        storage::StoredMessage m = storedMessageOf(content, conv.id, m_account.coveId(), now);
        m.direction = storage::Direction::Outgoing;
        m.status =
            recipients.isEmpty() ? storage::MessageStatus::Sent : storage::MessageStatus::Pending;
        m.verified = true;
        storage::Result<storage::MessageRepository::Inserted> inserted = m_messages.insert(m);
        if (!inserted)
            return storageError(inserted.error());
        rowId = inserted->message.rowId;
        COVE_APP_TRY_STORAGE(m_conversations.touch(conv.id, now));
    }
    if (conv.kind == ConversationKind::Direct) {
        COVE_APP_TRY(queueDirect(conv.peerId, content, rowId));
    } else if (!recipients.isEmpty()) {
        COVE_APP_TRY(shareSenderKey(conv, recipients));
        const protocol::SenderKeyName own{conv.groupId, addressOf(m_account.coveId())};
        const QByteArray encoded = protocol::encodeContent(content);
        protocol::Result<QByteArray> sealed =
            protocol::groupEncrypt(m_account.signal(), own, encoded);
        if (!sealed)
            return protocolError(sealed.error());
        OutboxEntry row;
        row.messageRowId = rowId;
        row.kind = OutboxEntry::Kind::Group;
        row.envelopeType = int(wire::EnvelopeType::SenderKey);
        row.ciphertext = frameGroupCiphertext(conv.groupId, *sealed);
        row.commitment = commitmentOf(content);
        row.createdAt = now;
        for (const QString &member : recipients) {
            row.clientId = wire::newClientEnvelopeId(now);
            row.recipient = member;
            COVE_APP_TRY_STORAGE(m_outbox.add(row));
        }
    }
    COVE_APP_TRY(tx->commit());
    if (rowId)
        Q_EMIT messageStored(*rowId, conv.id);
    // A child's files go to the guardian too, when the guardian asked.
    if (asMessage && !content.attachments.isEmpty())
        shareWithGuardian(conv.kind == ConversationKind::Direct ? conv.peerId : m_account.coveId(),
                          content.attachments);
    scheduleExpiry();
    pump();
    return rowId.value_or(0);
}

AppResult<void> Messenger::shareSenderKey(const Conversation &conv, const QStringList &recipients)
{
    storage::Result<QSet<QString>> shared = m_conversations.senderKeyShares(conv.id);
    if (!shared)
        return storageError(shared.error());
    QStringList missing;
    for (const QString &r : recipients)
        if (!shared->contains(r))
            missing.append(r);
    if (missing.isEmpty())
        return {};
    const protocol::SenderKeyName own{conv.groupId, addressOf(m_account.coveId())};
    protocol::Result<QByteArray> distribution =
        protocol::createSenderKeyDistribution(m_account.signal(), own);
    if (!distribution)
        return protocolError(distribution.error());
    storage::Result<quint32> revision = m_conversations.groupRevision(conv.id);
    if (!revision)
        return storageError(revision.error());
    for (const QString &member : missing) {
        protocol::Content c = protocol::makeContent(QString());
        c.group = protocol::GroupContext{conv.groupId, *revision};
        c.senderKeyDistribution = *distribution;
        COVE_APP_TRY(queueDirect(member, c, std::nullopt));
        COVE_APP_TRY_STORAGE(m_conversations.addSenderKeyShare(conv.id, member));
    }
    return {};
}

void Messenger::sendFiles(qint64 conversationId, const QString &body, const QStringList &paths,
                          std::function<void(const AppResult<qint64> &)> done)
{
    QList<OutgoingFile> files;
    for (const QString &path : paths) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            done(appError(AppError::Code::InvalidArgument,
                          QStringLiteral("cannot read %1").arg(path)));
            return;
        }
        if (quint64(file.size()) > protocol::kMaxAttachmentSize) {
            done(appError(AppError::Code::InvalidArgument,
                          QStringLiteral("%1 is larger than 100 MiB").arg(path)));
            return;
        }
        files.append(OutgoingFile{QFileInfo(path).fileName(), file.readAll()});
    }
    sendFileData(conversationId, body, files, std::move(done));
}

void Messenger::sendFileData(qint64 conversationId, const QString &body,
                             const QList<OutgoingFile> &files,
                             std::function<void(const AppResult<qint64> &)> done,
                             std::optional<protocol::Quote> quote)
{
    struct Upload {
        QList<protocol::AttachmentDescriptor> descriptors;
        QList<QByteArray> blobs;
        qsizetype index = 0;
        quint64 offset = 0;
        QByteArray blobId;
    };
    // The conversation as it is now: deleted meanwhile (its id perhaps
    // taken by a new one), the files go nowhere.
    AppResult<Conversation> target = conversation(conversationId);
    if (!target) {
        done(target.error());
        return;
    }
    auto state = std::make_shared<Upload>();
    QMimeDatabase mimes;
    for (const OutgoingFile &file : files) {
        const QByteArray &plaintext = file.data;
        if (quint64(plaintext.size()) > protocol::kMaxAttachmentSize) {
            done(appError(AppError::Code::InvalidArgument,
                          QStringLiteral("%1 is larger than 100 MiB").arg(file.fileName)));
            return;
        }
        protocol::AttachmentDescriptor d;
        d.key = protocol::newAttachmentKey();
        d.plaintextSha256 = protocol::crypto::sha256(plaintext);
        d.size = quint64(plaintext.size());
        d.mimeType = mimes.mimeTypeForFileNameAndData(file.fileName, plaintext).name();
        d.fileName = file.fileName.left(protocol::kMaxFileNameChars);
        protocol::Result<QByteArray> blob = protocol::encryptAttachment(d.key, plaintext);
        if (!blob) {
            done(protocolError(blob.error()));
            return;
        }
        state->descriptors.append(d);
        state->blobs.append(*blob);
    }
    // Uploads the blobs one chunk at a time, then sends the message.
    auto step = std::make_shared<std::function<void()>>();
    *step = [this, state, step, conversationId, body, done, quote, target = *target]() {
        if (state->index == state->blobs.size()) {
            AppResult<Conversation> now = conversation(conversationId);
            if (!now || now->createdAt != target.createdAt || now->peerId != target.peerId ||
                now->groupId != target.groupId)
                done(appError(AppError::Code::NotFound,
                              QStringLiteral("the conversation was deleted")));
            else
                done(sendMessage(conversationId, body, state->descriptors, quote));
            *step = nullptr; // breaks the cycle
            return;
        }
        const QByteArray &blob = state->blobs.at(state->index);
        wire::AttachmentPut put;
        put.blobId = state->blobId;
        put.offset = state->offset;
        put.totalSize = quint64(blob.size());
        put.data = blob.mid(qsizetype(state->offset), wire::kAttachmentChunkSize);
        m_relay.request(
            this, put.toFrame(0), [state, step, done](const AppResult<protocol::Frame> &r) {
                if (!*step)
                    return;
                if (!r) {
                    // Keeps the relay's code (RateLimited, TooLarge) for the person.
                    AppError e = r.error();
                    e.detail = QStringLiteral("uploading the attachment failed: %1").arg(e.detail);
                    done(e);
                    *step = nullptr;
                    return;
                }
                protocol::Result<wire::AttachmentPutAck> ack =
                    wire::AttachmentPutAck::fromFrame(*r);
                if (!ack) {
                    done(appError(AppError::Code::Protocol,
                                  QStringLiteral("uploading the attachment failed: %1")
                                      .arg(ack.error().detail)));
                    *step = nullptr;
                    return;
                }
                state->blobId = ack->blobId;
                state->offset = ack->received;
                if (ack->complete) {
                    state->descriptors[state->index].blobId = ack->blobId;
                    ++state->index;
                    state->offset = 0;
                    state->blobId.clear();
                }
                (*step)();
            });
    };
    (*step)();
}

// ---- disappearing messages -----------------------------------------------------

AppResult<void> Messenger::setExpireTimer(qint64 conversationId, std::optional<quint32> seconds)
{
    AppResult<Conversation> conv = conversation(conversationId);
    if (!conv)
        return conv.error();
    if (seconds && *seconds == 0)
        seconds.reset();
    conv->expireTimerSeconds = seconds;
    protocol::Content c = protocol::makeContent(QString());
    c.timerUpdate = true;
    c.expireTimerSeconds = seconds.value_or(0);
    // Sent first: where only admins write, a member's change goes nowhere.
    COVE_APP_TRY(sendContent(*conv, std::move(c), false));
    COVE_APP_TRY_STORAGE(m_conversations.setExpireTimer(conversationId, seconds));
    Q_EMIT conversationChanged(conversationId);
    return {};
}

AppResult<qint64> Messenger::deleteExpired()
{
    storage::Result<qint64> n = m_messages.deleteExpired(nowMs());
    if (!n)
        return storageError(n.error());
    scheduleExpiry();
    if (*n > 0)
        Q_EMIT messagesDeleted();
    return *n;
}

void Messenger::scheduleExpiry()
{
    storage::Result<std::optional<qint64>> next = m_messages.nextExpiry();
    if (!next || !next->has_value()) {
        m_expiryTimer.stop();
        return;
    }
    const qint64 wait = std::clamp<qint64>(**next - nowMs() + 1, 0, 24ll * 3600 * 1000);
    m_expiryTimer.start(std::chrono::milliseconds(wait));
}

// ---- reading -----------------------------------------------------------------

AppResult<void> Messenger::markRead(qint64 conversationId)
{
    AppResult<Conversation> conv = conversation(conversationId);
    if (!conv)
        return conv.error();
    if (conv->unreadCount == 0)
        return {}; // nothing new was seen: no write, no signal
    AppResult<std::optional<GroupInvitation>> invitation = groupInvitation(conversationId);
    if (!invitation)
        return invitation.error();
    AppResult<Tx> tx = Tx::begin(m_account.db());
    if (!tx)
        return tx.error();
    storage::Result<QList<storage::StoredMessage>> seen =
        m_messages.markConversationRead(conversationId);
    if (!seen)
        return storageError(seen.error());
    COVE_APP_TRY_STORAGE(m_conversations.clearUnread(conversationId));
    const bool receipts = m_account.setting(kReadReceiptsSetting, "1") != "0" &&
                          conv->state == storage::ConversationState::Normal &&
                          !invitation->has_value(); // a stranger's group learns nothing
    if (receipts) {
        QHash<QString, QList<QByteArray>> bySender;
        for (const storage::StoredMessage &m : *seen)
            bySender[m.senderId].append(m.messageId);
        for (auto it = bySender.cbegin(); it != bySender.cend(); ++it)
            for (qsizetype i = 0; i < it->size(); i += protocol::kMaxReceiptIds) {
                protocol::Content c = protocol::makeContent(QString());
                c.receipt = protocol::Receipt{protocol::Receipt::Type::Read,
                                              it->mid(i, protocol::kMaxReceiptIds)};
                COVE_APP_TRY(queueDirect(it.key(), c, std::nullopt));
            }
    }
    COVE_APP_TRY(tx->commit());
    Q_EMIT conversationChanged(conversationId);
    pump();
    return {};
}

// ---- identities ----------------------------------------------------------------

void Messenger::markIdentityChanged(const QString &coveId, const QByteArray &newKey)
{
    (void)m_account.protocolStore().setPendingIdentity(addressOf(coveId), newKey);
    (void)m_outbox.setStateFor(coveId, OutboxEntry::State::WaitingForIdentity);
    Q_EMIT identityChanged(coveId);
}

AppResult<void> Messenger::acceptIdentityChange(const QString &typedId)
{
    const QString id = protocol::normalizeCoveId(typedId);
    if (id.isEmpty())
        return appError(AppError::Code::InvalidArgument, QStringLiteral("not a Cove ID"));
    AppResult<Tx> tx = Tx::begin(m_account.db());
    if (!tx)
        return tx.error();
    COVE_APP_TRY_STORAGE(m_account.protocolStore().acceptPendingIdentity(addressOf(id)));
    COVE_APP_TRY_STORAGE(m_outbox.setStateFor(id, OutboxEntry::State::Ready));
    // Encrypted rows were for the old session; encrypt them again.
    COVE_APP_TRY(tx->commit());
    // The relay holds back what the new identity sent until it is
    // acknowledged: a new connection brings it again.
    m_relay.reconnectNow();
    pump();
    return {};
}

AppResult<std::optional<Messenger::RequestFacts>> Messenger::requestFacts(qint64 conversationId)
{
    storage::SafetyStateRepository safety(m_account.db());
    storage::Result<std::optional<storage::MessageRequest>> request =
        safety.request(conversationId);
    if (!request)
        return storageError(request.error());
    if (!request->has_value() || (*request)->state != storage::RequestState::Pending)
        return std::optional<RequestFacts>{};
    AppResult<Conversation> conv = conversation(conversationId);
    if (!conv)
        return conv.error();
    AppResult<RequestFacts> facts = factsOf((*request)->facts, conv->peerId);
    if (!facts)
        return facts.error();
    return std::optional<RequestFacts>(*facts);
}

AppResult<Messenger::RequestFacts> Messenger::factsOf(const QByteArray &storedFacts,
                                                      const QString &person)
{
    RequestFacts facts;
    // Stored by apply() as [accountAge, massContact]; empty when the relay
    // sent none.
    const QCborArray stored = QCborValue::fromCbor(storedFacts).toArray();
    if (stored.size() >= 2) {
        const qint64 age = stored.at(0).toInteger();
        if (age >= 1 && age <= 4)
            facts.accountAge = protocol::wire::FirstContactFacts::AccountAge(age);
        facts.massContact = stored.at(1).toBool();
    }
    storage::Result<QList<Conversation>> groups =
        m_conversations.list(storage::ConversationState::Normal);
    if (!groups)
        return storageError(groups.error());
    for (const Conversation &g : *groups) {
        if (g.kind != ConversationKind::Group)
            continue;
        storage::Result<std::optional<storage::MemberRole>> role =
            m_conversations.roleOf(g.id, person);
        if (role && role->has_value())
            ++facts.sharedGroups;
    }
    return facts;
}

AppResult<bool> Messenger::knowsPerson(const QString &coveId)
{
    storage::Result<std::optional<storage::Contact>> contact = m_contacts.find(coveId);
    if (!contact)
        return storageError(contact.error());
    if (contact->has_value())
        return true;
    storage::Result<std::optional<Conversation>> direct = m_conversations.findDirect(coveId);
    if (!direct)
        return storageError(direct.error());
    return direct->has_value() && (*direct)->state != storage::ConversationState::MessageRequest;
}

AppResult<std::optional<Messenger::SafetyNotice>> Messenger::safetyNotice(qint64 conversationId)
{
    using Result = std::optional<SafetyNotice>;
    AppResult<Conversation> conv = conversation(conversationId);
    if (!conv)
        return conv.error();
    safety::NoticeFacts in;
    in.direct = conv->kind == ConversationKind::Direct;
    if (!in.direct)
        return Result{};
    if (m_guardedMode == GuardedMode::On) {
        in.guarded = true;
        in.isGuardian = conv->peerId == guardianId();
        AppResult<bool> answered = guardedNoticeAnswered(conv->peerId);
        if (!answered)
            return answered.error();
        in.guardedAnswered = *answered;
        const std::optional<safety::NoticeKind> kind = safety::noticeFor(in);
        if (!kind)
            return Result{};
        return Result(SafetyNotice{*kind, {}, safety::noticeIsDismissible(true)});
    }
    storage::SafetyStateRepository safety(m_account.db());
    storage::Result<std::optional<storage::MessageRequest>> request =
        safety.request(conversationId);
    if (!request)
        return storageError(request.error());
    if (!request->has_value())
        return Result{}; // the person wrote first
    storage::Result<std::optional<storage::Contact>> contact = m_contacts.find(conv->peerId);
    if (!contact)
        return storageError(contact.error());
    in.isContact = contact->has_value();
    in.beganAsRequest = true;
    in.pendingRequest = conv->state == storage::ConversationState::MessageRequest;
    AppResult<RequestFacts> facts = factsOf((*request)->facts, conv->peerId);
    if (!facts)
        return facts.error();
    in.massContact = facts->massContact;
    storage::Result<bool> sent = m_messages.hasIncomingLinkOrMedia(conversationId);
    if (!sent)
        return storageError(sent.error());
    in.sentLinkOrMedia = *sent;
    in.dismissed = (*request)->noticesDismissed;
    const std::optional<safety::NoticeKind> kind = safety::noticeFor(in);
    if (!kind)
        return Result{};
    return Result(SafetyNotice{*kind, *facts, safety::noticeIsDismissible(false)});
}

AppResult<void> Messenger::dismissNotice(qint64 conversationId, safety::NoticeKind kind)
{
    if (!safety::noticeIsDismissible(m_guardedMode == GuardedMode::On))
        return appError(AppError::Code::NotAllowed,
                        QStringLiteral("a child answers the notice; it cannot be dismissed"));
    storage::SafetyStateRepository safety(m_account.db());
    storage::Result<std::optional<storage::MessageRequest>> request =
        safety.request(conversationId);
    if (!request)
        return storageError(request.error());
    if (!request->has_value())
        return appError(AppError::Code::NotFound, QStringLiteral("no notice in this conversation"));
    const auto bits = quint8((*request)->noticesDismissed | (1u << unsigned(kind)));
    COVE_APP_TRY_STORAGE(safety.setNoticesDismissed(conversationId, bits));
    Q_EMIT conversationChanged(conversationId);
    return {};
}

AppResult<void> Messenger::acceptRequest(qint64 conversationId)
{
    AppResult<Conversation> conv = conversation(conversationId);
    if (!conv)
        return conv.error();
    AppResult<std::optional<GroupInvitation>> invitation = groupInvitation(conversationId);
    if (!invitation)
        return invitation.error();
    if (conv->state != storage::ConversationState::MessageRequest && !invitation->has_value())
        return {};
    if (invitation->has_value()) {
        // A child joins only groups whose members its guardian approved.
        AppResult<QStringList> others = otherMembers(conversationId);
        if (!others)
            return others.error();
        COVE_APP_TRY(requireApproved(*others, "your guardian has not approved everyone here"));
    }
    storage::SafetyStateRepository safety(m_account.db());
    AppResult<Tx> tx = Tx::begin(m_account.db());
    if (!tx)
        return tx.error();
    COVE_APP_TRY_STORAGE(
        m_conversations.setState(conversationId, storage::ConversationState::Normal));
    storage::Result<std::optional<storage::MessageRequest>> request =
        safety.request(conversationId);
    if (!request)
        return storageError(request.error());
    if (request->has_value())
        COVE_APP_TRY_STORAGE(
            safety.setRequestState(conversationId, storage::RequestState::Accepted));
    COVE_APP_TRY(tx->commit());
    Q_EMIT conversationChanged(conversationId);
    resumeDownloads(); // the request's media, held until now
    return {};
}

AppResult<QList<storage::Conversation>> Messenger::requests()
{
    storage::Result<QList<Conversation>> list =
        m_conversations.list(storage::ConversationState::MessageRequest);
    if (!list)
        return storageError(list.error());
    return *list;
}

AppResult<int> Messenger::blockAllRequests()
{
    AppResult<QList<Conversation>> pending = requests();
    if (!pending)
        return pending.error();
    int blocked = 0;
    for (const Conversation &c : std::as_const(*pending)) {
        if (c.kind != ConversationKind::Direct)
            continue;
        if (AppResult<void> r = block(c.peerId); !r)
            return r.error();
        ++blocked;
    }
    return blocked;
}

AppResult<void> Messenger::deleteRequest(qint64 conversationId)
{
    AppResult<Conversation> conv = conversation(conversationId);
    if (!conv)
        return conv.error();
    AppResult<std::optional<GroupInvitation>> invitation = groupInvitation(conversationId);
    if (!invitation)
        return invitation.error();
    if (conv->state != storage::ConversationState::MessageRequest && !invitation->has_value())
        return appError(AppError::Code::NotAllowed, QStringLiteral("not a message request"));
    if (invitation->has_value() && conv->createdAt < (*invitation)->invitedAt) {
        // Added again to a group the person had left: declining keeps them
        // out, and keeps what the group said while they were in it.
        AppResult<Tx> tx = Tx::begin(m_account.db());
        if (!tx)
            return tx.error();
        storage::Result<QList<storage::GroupMember>> members =
            m_conversations.members(conversationId);
        if (!members)
            return storageError(members.error());
        members->removeIf([&](const auto &m) { return m.memberId == m_account.coveId(); });
        COVE_APP_TRY_STORAGE(m_conversations.setMembers(conversationId, *members));
        COVE_APP_TRY_STORAGE(storage::SafetyStateRepository(m_account.db())
                                 .setRequestState(conversationId, storage::RequestState::Deleted));
        COVE_APP_TRY_STORAGE(
            m_conversations.setState(conversationId, storage::ConversationState::Normal));
        COVE_APP_TRY(tx->commit());
        Q_EMIT conversationChanged(conversationId);
        return {};
    }
    COVE_APP_TRY_STORAGE(m_conversations.remove(conversationId));
    Q_EMIT conversationChanged(conversationId);
    return {};
}

// ---- blocking ---------------------------------------------------------------------------

AppResult<void> Messenger::block(const QString &typedId)
{
    AppResult<QString> checked = peerId(typedId);
    if (!checked)
        return checked.error();
    const QString id = *checked;
    storage::SafetyStateRepository safety(m_account.db());
    COVE_APP_TRY_STORAGE(safety.block(id, nowMs()));
    tellGuardianOf(protocol::GuardianMessage::Kind::Blocked, id);
    // Their request goes with them; an accepted chat stays, as history.
    storage::Result<std::optional<Conversation>> conv = m_conversations.findDirect(id);
    if (conv && *conv && (*conv)->state == storage::ConversationState::MessageRequest) {
        COVE_APP_TRY_STORAGE(m_conversations.remove((*conv)->id));
        Q_EMIT conversationChanged((*conv)->id);
    }
    Q_EMIT blocksChanged();
    return {};
}

AppResult<void> Messenger::unblock(const QString &typedId)
{
    AppResult<QString> id = peerId(typedId);
    if (!id)
        return id.error();
    storage::SafetyStateRepository safety(m_account.db());
    COVE_APP_TRY_STORAGE(safety.unblock(*id));
    Q_EMIT blocksChanged();
    return {};
}

AppResult<bool> Messenger::isBlocked(const QString &coveId)
{
    storage::SafetyStateRepository safety(m_account.db());
    storage::Result<bool> blocked = safety.isBlocked(coveId);
    if (!blocked)
        return storageError(blocked.error());
    return *blocked;
}

AppResult<QList<storage::Block>> Messenger::blocked()
{
    storage::SafetyStateRepository safety(m_account.db());
    storage::Result<QList<storage::Block>> list = safety.blocks();
    if (!list)
        return storageError(list.error());
    return *list;
}

AppResult<bool> Messenger::hasPendingIdentityChange(const QString &coveId)
{
    storage::Result<std::optional<QByteArray>> pending =
        m_account.protocolStore().pendingIdentity(addressOf(coveId));
    if (!pending)
        return storageError(pending.error());
    return pending->has_value();
}

AppResult<QStringList> Messenger::pendingIdentityChanges()
{
    QStringList out;
    storage::Result<QList<storage::Conversation>> convs =
        m_conversations.list(storage::ConversationState::Normal);
    if (!convs)
        return storageError(convs.error());
    storage::Result<QList<storage::Conversation>> requests =
        m_conversations.list(storage::ConversationState::MessageRequest);
    if (!requests)
        return storageError(requests.error());
    convs->append(*requests);
    for (const storage::Conversation &c : *convs) {
        if (c.kind != ConversationKind::Direct)
            continue;
        storage::Result<std::optional<QByteArray>> pending =
            m_account.protocolStore().pendingIdentity(addressOf(c.peerId));
        if (pending && pending->has_value())
            out.append(c.peerId);
    }
    return out;
}

// ---- the outbox ------------------------------------------------------------------

qint64 Messenger::outboxSize()
{
    storage::Result<qint64> n = m_outbox.count();
    return n ? *n : -1;
}

void Messenger::pump()
{
    // After a "slow down" from the relay nothing goes out until the retry
    // timer fires; then the outbox resends from its oldest row, in order.
    if (!m_relay.isReady() || m_retryTimer.isActive())
        return;
    if (m_pumping) {
        m_pumpAgain = true;
        return;
    }
    m_pumping = true;
    do {
        m_pumpAgain = false;
        m_sendable = 0;
        storage::Result<QList<OutboxEntry>> rows =
            m_outbox.ready(int(m_inFlight.size()) + kSendWindow);
        if (!rows) {
            Q_EMIT problem(rows.error().detail);
            break;
        }
        QSet<QString> stalled = m_fetching;
        for (OutboxEntry &row : *rows) {
            if (m_inFlight.contains(row.clientId) || stalled.contains(row.recipient))
                continue;
            if (m_inFlight.size() >= kSendWindow) {
                ++m_sendable;
                continue;
            }
            if (row.ciphertext.isEmpty()) {
                switch (encryptRow(row)) {
                case EncryptOutcome::Encrypted:
                    break;
                case EncryptOutcome::NeedsSession:
                    fetchBundle(row.recipient);
                    stalled.insert(row.recipient);
                    continue;
                case EncryptOutcome::IdentityChanged:
                case EncryptOutcome::Failed:
                    stalled.insert(row.recipient);
                    continue;
                }
            }
            sendRow(row);
            if (!m_relay.isReady())
                break;
        }
    } while (m_pumpAgain && m_relay.isReady());
    m_pumping = false;
    checkIdle();
}

Messenger::EncryptOutcome Messenger::encryptRow(OutboxEntry &row)
{
    const protocol::Address peer = addressOf(row.recipient);
    protocol::Result<bool> has = protocol::hasSession(m_account.signal(), peer);
    if (!has) {
        Q_EMIT problem(has.error().detail);
        return EncryptOutcome::Failed;
    }
    if (!*has)
        return EncryptOutcome::NeedsSession;
    AppResult<Tx> tx = Tx::begin(m_account.db());
    if (!tx) {
        Q_EMIT problem(tx.error().detail);
        return EncryptOutcome::Failed;
    }
    protocol::Result<protocol::CiphertextMessage> sealed =
        protocol::encrypt(m_account.signal(), peer, row.content);
    if (!sealed) {
        if (sealed.error().code == protocol::ErrorCode::UntrustedIdentity) {
            (void)m_outbox.setStateFor(row.recipient, OutboxEntry::State::WaitingForIdentity);
            (void)tx->commit();
            Q_EMIT identityChanged(row.recipient);
            return EncryptOutcome::IdentityChanged;
        }
        Q_EMIT problem(sealed.error().detail);
        return EncryptOutcome::Failed;
    }
    row.envelopeType = int(sealed->type);
    row.ciphertext = sealed->bytes;
    if (storage::Result<void> r = m_outbox.setCiphertext(row.id, row.envelopeType, row.ciphertext);
        !r) {
        Q_EMIT problem(r.error().detail);
        return EncryptOutcome::Failed;
    }
    if (AppResult<void> r = tx->commit(); !r) {
        Q_EMIT problem(r.error().detail);
        return EncryptOutcome::Failed;
    }
    return EncryptOutcome::Encrypted;
}

void Messenger::fetchBundle(const QString &recipient)
{
    if (m_fetching.contains(recipient))
        return;
    m_fetching.insert(recipient);
    m_relay.request(
        this, wire::PreKeyFetch{recipient}.toFrame(0),
        [this, recipient](const AppResult<protocol::Frame> &r) {
            m_fetching.remove(recipient);
            if (!r) {
                if (r.error().relayCode == int(protocol::WireError::NotFound) ||
                    r.error().relayCode == int(protocol::WireError::NoPreKeys)) {
                    // Nobody has this Cove ID (or they never finished
                    // setting up): what waits for them cannot be sent.
                    storage::Result<QList<OutboxEntry>> rows = m_outbox.ready(100000);
                    if (rows)
                        for (const OutboxEntry &row : *rows)
                            if (row.recipient == recipient)
                                failRow(row);
                    Q_EMIT problem(QStringLiteral("%1 is not on this relay").arg(recipient));
                }
                checkIdle();
                return;
            }
            protocol::Result<wire::PreKeyBundleReply> reply =
                wire::PreKeyBundleReply::fromFrame(*r);
            if (!reply || reply->coveId != recipient ||
                !protocol::coveIdMatchesKey(recipient, reply->identityKey)) {
                // The relay cannot hand out someone else's key under this
                // ID: the ID is derived from the key.
                Q_EMIT problem(QStringLiteral("the relay sent a key that does not belong to %1")
                                   .arg(recipient));
                checkIdle();
                return;
            }
            protocol::Result<void> started = protocol::processPreKeyBundle(
                m_account.signal(), addressOf(recipient), reply->bundle());
            if (!started) {
                if (started.error().code == protocol::ErrorCode::UntrustedIdentity)
                    markIdentityChanged(recipient, reply->identityKey);
                else
                    Q_EMIT problem(started.error().detail);
                checkIdle();
                return;
            }
            pump();
        });
}

void Messenger::sendRow(const OutboxEntry &row)
{
    m_inFlight.insert(row.clientId);
    (void)m_outbox.countAttempt(row.id);
    wire::Send send{row.clientId, row.recipient, wire::EnvelopeType(row.envelopeType),
                    row.ciphertext, row.commitment};
    m_relay.request(this, send.toFrame(0), [this, row](const AppResult<protocol::Frame> &r) {
        m_inFlight.remove(row.clientId);
        if (r) {
            protocol::Result<wire::SendAck> ack = wire::SendAck::fromFrame(*r);
            if (ack && ack->clientId == row.clientId)
                onSendAcknowledged(row, ack->serverTimeMs);
        } else {
            const int code = r.error().relayCode;
            if (code == int(protocol::WireError::NewConversationLimit)) {
                // Retrying today cannot help: the person is told why.
                qint64 conversationId = 0;
                if (row.messageRowId)
                    if (auto m = m_messages.find(*row.messageRowId); m && m->has_value())
                        conversationId = (*m)->conversationId;
                Q_EMIT newConversationLimitReached(conversationId, row.recipient);
                failRow(row);
            } else if (code == int(protocol::WireError::NotFound) ||
                       code == int(protocol::WireError::Refused) ||
                       code == int(protocol::WireError::TooLarge) ||
                       code == int(protocol::WireError::BadFrame)) {
                failRow(row);
            } else if (code != 0) {
                m_retryTimer.start(); // rate limited or busy: try again shortly
                checkIdle();
                return;
            }
        }
        if (!m_pumping)
            pump();
    });
}

void Messenger::onSendAcknowledged(const OutboxEntry &row, qint64 serverTimeMs)
{
    AppResult<Tx> tx = Tx::begin(m_account.db());
    if (!tx)
        return;
    // Gone already (its chat deleted meanwhile): its message's row id may
    // name another message by now, so nothing is recorded.
    storage::Result<std::optional<OutboxEntry>> acked = m_outbox.acknowledge(row.clientId);
    if (!acked || !acked->has_value())
        return;
    bool changed = false;
    if (row.messageRowId) {
        storage::Result<qint64> left = m_outbox.remainingFor(*row.messageRowId);
        storage::Result<std::optional<storage::StoredMessage>> m =
            m_messages.find(*row.messageRowId);
        if (left && m && m->has_value()) {
            if (!(*m)->serverAt)
                (void)m_messages.setServerAt(*row.messageRowId, serverTimeMs);
            if (*left == 0 && (*m)->status == storage::MessageStatus::Pending) {
                (void)m_messages.setStatus(*row.messageRowId, storage::MessageStatus::Sent);
                changed = true;
            }
        }
    }
    if (tx->commit() && changed)
        Q_EMIT messageChanged(*row.messageRowId);
}

void Messenger::failRow(const OutboxEntry &row)
{
    // Row and status change together: a message is never left Pending
    // with nothing left to send it.
    AppResult<Tx> tx = Tx::begin(m_account.db());
    if (!tx)
        return;
    storage::Result<std::optional<OutboxEntry>> gone = m_outbox.acknowledge(row.clientId);
    if (!gone || !gone->has_value())
        return; // deleted with its chat: nothing to mark
    if (row.messageRowId &&
        !m_messages.setStatus(*row.messageRowId, storage::MessageStatus::Failed))
        return;
    // A request to join a group that could not be delivered (the admin
    // turns strangers away, or is gone): the person stops waiting for it.
    std::optional<protocol::JoinRequest> join;
    if (!row.messageRowId && row.kind == OutboxEntry::Kind::Direct)
        if (protocol::Result<protocol::Content> c = protocol::decodeContent(row.content);
            c && c->joinRequest)
            join = c->joinRequest;
    if (join && !storage::GroupLinkRepository(m_account.db()).removeJoinAsked(join->groupId))
        return;
    if (!tx->commit())
        return;
    if (row.messageRowId)
        Q_EMIT messageChanged(*row.messageRowId);
    if (join) {
        m_reachability.scheduleSync();
        Q_EMIT joinByLinkFailed(row.recipient);
    }
}

// ---- the connection ----------------------------------------------------------------

void Messenger::onReady(const wire::Authenticated &info)
{
    m_queueEmpty = false;
    m_inFlight.clear();
    m_fetching.clear();
    m_pendingAcks.clear();
    m_wasIdle = false;
    if (info.maxGroupMembers != 0 && info.maxGroupMembers != quint32(maxGroupMembers()))
        (void)m_account.setSetting(kGroupCapSetting, QByteArray::number(info.maxGroupMembers));
    maintainPreKeys(info.preKeyCount, info.hasSignedPreKey);
    purgeEarly();
    m_guardedSyncing = false;
    syncGuarded();
    pump();
    resumeDownloads();
}

void Messenger::resumeDownloads()
{
    if (!m_relay.isReady())
        return;
    storage::Result<QList<storage::StoredAttachment>> waiting =
        m_messages.attachmentsToDownload(kResumeDownloads);
    if (!waiting)
        return;
    for (const storage::StoredAttachment &a : std::as_const(*waiting))
        download(a);
}

void Messenger::onDisconnected()
{
    m_queueEmpty = false;
    m_inFlight.clear();
    m_fetching.clear();
    m_pendingAcks.clear(); // not acknowledged: the relay sends them again
    m_downloads = 0;
    m_downloading.clear();
    m_uploadingPreKeys = false;
    m_wasIdle = false;
}

void Messenger::onQueueEmpty()
{
    m_queueEmpty = true;
    checkIdle();
}

void Messenger::maintainPreKeys(quint32 count, bool hasSignedPreKey)
{
    const qint64 now = nowMs();
    AppResult<Tx> tx = Tx::begin(m_account.db());
    if (!tx)
        return;
    protocol::Result<protocol::SignedPreKeyInfo> current =
        protocol::rotateSignedPreKey(m_account.signal(), std::uint64_t(now));
    if (!current) {
        Q_EMIT problem(current.error().detail);
        return;
    }
    wire::PreKeyUpload upload;
    const bool signedUploaded =
        hasSignedPreKey && m_account.setting(kSignedPreKeySetting).toUInt() == current->id;
    if (!signedUploaded)
        upload.signedPreKey =
            wire::SignedPreKeyEntry{current->id, current->publicKey, current->signature};
    if (count < kLowPreKeys) {
        protocol::Result<QList<protocol::PublicPreKey>> keys =
            protocol::generatePreKeys(m_account.signal(), kPreKeyBatch);
        if (!keys) {
            Q_EMIT problem(keys.error().detail);
            return;
        }
        for (const protocol::PublicPreKey &k : *keys)
            upload.preKeys.append(wire::PreKeyEntry{k.id, k.publicKey});
    }
    if (!tx->commit())
        return;
    if (!upload.signedPreKey && upload.preKeys.isEmpty())
        return;
    const quint32 signedId = current->id;
    m_uploadingPreKeys = true;
    m_relay.request(this, upload.toFrame(0), [this, signedId](const AppResult<protocol::Frame> &r) {
        m_uploadingPreKeys = false;
        checkIdle();
        if (r)
            (void)m_account.setSetting(kSignedPreKeySetting, QByteArray::number(signedId));
        else
            Q_EMIT problem(QStringLiteral("publishing prekeys failed: %1").arg(r.error().detail));
    });
}

// ---- receiving -----------------------------------------------------------------------

void Messenger::onDelivered(const wire::Deliver &envelope)
{
    failPoint("receive.pushed");
    // Quiet hours: the relay keeps everything but the guardian's until they end.
    if (m_resting && envelope.sender != guardianId()) {
        (void)m_relay.post(wire::DeliverHold{envelope.envelopeId}.toFrame(0));
        checkIdle();
        return;
    }
    if (receive(envelope))
        m_pendingAcks.append(envelope.envelopeId);
    if (!m_pendingAcks.isEmpty() || !m_pendingReceipts.isEmpty())
        m_ackTimer.start();
    checkIdle();
}

void Messenger::queueReceipts()
{
    if (m_pendingReceipts.isEmpty())
        return;
    // One receipt per author for the whole batch, not one per message.
    AppResult<Tx> tx = Tx::begin(m_account.db());
    if (!tx)
        return; // receipts are a courtesy; the messages are stored
    for (auto it = m_pendingReceipts.cbegin(); it != m_pendingReceipts.cend(); ++it)
        for (qsizetype i = 0; i < it->size(); i += protocol::kMaxReceiptIds) {
            protocol::Content c = protocol::makeContent(QString());
            c.receipt = protocol::Receipt{protocol::Receipt::Type::Delivered,
                                          it->mid(i, protocol::kMaxReceiptIds)};
            if (!queueDirect(it.key(), c, std::nullopt))
                return;
        }
    if (tx->commit())
        m_pendingReceipts.clear();
}

void Messenger::flushAcks()
{
    queueReceipts();
    if (m_pendingAcks.isEmpty()) {
        pump();
        return;
    }
    // What we acknowledge must survive a power cut, not only a crash.
    if (storage::Result<void> r = storage::syncToDisk(m_account.db()); !r) {
        Q_EMIT problem(r.error().detail);
        m_pendingAcks.clear(); // unacknowledged: the relay delivers them again
        return;
    }
    failPoint("receive.before-ack");
    for (quint64 id : std::as_const(m_pendingAcks))
        (void)m_relay.post(wire::DeliverAck{id}.toFrame(0));
    m_pendingAcks.clear();
    pump(); // the receipts
    checkIdle();
}

/// Returns whether the envelope is done with (stored, or unreadable for
/// good) and may be acknowledged.
bool Messenger::receive(const wire::Deliver &envelope)
{
    const QString sender = envelope.sender;
    if (!protocol::isCanonicalCoveId(sender) || sender == m_account.coveId())
        return true; // nothing anyone could read; drop it
    if (AppResult<bool> refused = refusesFrom(sender); !refused || *refused)
        return refused.ok(); // unsure: it stays on the relay and comes again
    const protocol::Address peer = addressOf(sender);

    std::optional<protocol::SenderKeyName> groupName;
    QByteArray groupMessage;
    QByteArray claimedIdentity; ///< of a PreKey message
    if (envelope.type == wire::EnvelopeType::SenderKey) {
        auto parts = splitGroupCiphertext(envelope.ciphertext);
        if (!parts)
            return true;
        groupName = protocol::SenderKeyName{parts->first, peer};
        groupMessage = parts->second;
    } else if (envelope.type == wire::EnvelopeType::PreKey) {
        // The identity in a first message must be the one the sender's Cove
        // ID was derived from, whatever the relay claims.
        protocol::Result<QByteArray> claimed =
            protocol::preKeyMessageIdentity(m_account.signal(), envelope.ciphertext);
        if (claimed)
            claimedIdentity = *claimed;
        if (!claimed || !protocol::coveIdMatchesKey(sender, *claimed)) {
            qCWarning(lcPipeline) << "dropped a first message whose key does not match its sender";
            return true;
        }
    }

    // The relay's tag binds commitment, sender, us and time; the content's
    // franking key opens the commitment. Both checked in persist below.
    const QByteArray tagPayload = protocol::frankingTagPayload(
        envelope.commitment, sender.toUtf8(), m_account.coveId().toUtf8(), envelope.serverTimeMs);
    const bool tagValid =
        protocol::verifyFrankingTag(m_relay.frankingPublicKey(), tagPayload, envelope.frankingTag);
    ReceiveOutcome outcome;
    AppError applyError;
    bool contentRejected = false;
    auto persist = [&](const protocol::SecureBuffer &plaintext) -> storage::Result<void> {
        failPoint("receive.decrypted"); // the session has moved, nothing is committed
        protocol::Result<protocol::Content> content = protocol::decodeContent(plaintext.view());
        if (!content) {
            contentRejected = true;
            return storage::StorageError{storage::StorageErrorCode::InvalidArgument,
                                         QStringLiteral("unreadable content")};
        }
        const bool committed = protocol::frankingVerify(
            content->frankingKey, protocol::committedBytes(*content), envelope.commitment);
        if (AppResult<void> r = apply(envelope, *content, committed && tagValid, outcome); !r) {
            applyError = r.error();
            if (r.error().code != AppError::Code::Storage)
                contentRejected = true;
            return storage::StorageError{storage::StorageErrorCode::InvalidArgument,
                                         r.error().detail};
        }
        return {};
    };

    storage::ReceiveResult result;
    if (groupName) {
        result = storage::receiveAtomically(
            m_account.db(), m_account.protocolStore(),
            [&](const protocol::DecryptHook &hook) {
                return protocol::groupDecrypt(m_account.signal(), *groupName, groupMessage, hook);
            },
            persist);
    } else {
        const protocol::CiphertextMessage message{envelope.type == wire::EnvelopeType::PreKey
                                                      ? protocol::CiphertextMessage::Type::PreKey
                                                      : protocol::CiphertextMessage::Type::Signal,
                                                  envelope.ciphertext};
        result = storage::receiveAtomically(
            m_account.db(), m_account.protocolStore(),
            [&](const protocol::DecryptHook &hook) {
                return protocol::decrypt(m_account.signal(), peer, message, hook);
            },
            persist);
    }

    if (!result) {
        const storage::ReceiveError &e = result.error();
        if (contentRejected)
            return true; // decrypted, but nothing in it we accept
        if (e.kind == storage::ReceiveError::Kind::Storage) {
            // Disk full or the like: keep it on the relay; it comes again
            // with the next connection, made after a pause.
            Q_EMIT problem(e.storage.detail);
            if (!m_redeliverTimer.isActive())
                m_redeliverTimer.start();
            return false;
        }
        switch (e.protocol.code) {
        case protocol::ErrorCode::UntrustedIdentity:
            if (!claimedIdentity.isEmpty())
                markIdentityChanged(sender, claimedIdentity);
            return false; // held by the relay until the person accepts
        case protocol::ErrorCode::CallbackFailed:
            if (applyError.code == AppError::Code::Storage && !applyError.detail.isEmpty()) {
                Q_EMIT problem(applyError.detail);
                if (!m_redeliverTimer.isActive())
                    m_redeliverTimer.start();
                return false;
            }
            return true;
        case protocol::ErrorCode::InvalidMessage:
        case protocol::ErrorCode::InvalidMac:
        case protocol::ErrorCode::InvalidKeyId:
        case protocol::ErrorCode::NoSession:
            // Never readable here; the sender can seal it again.
            askForResend(envelope, groupName ? std::optional(groupName->groupId) : std::nullopt);
            return true;
        default:
            // Duplicates were stored before; other envelopes that fail
            // never will be readable: either way, done with.
            return true;
        }
    }
    failPoint("receive.committed"); // stored, not yet acknowledged
    afterReceiving(sender, outcome);
    return true;
}

AppResult<bool> Messenger::refusesFrom(const QString &sender)
{
    // A blocked person's envelopes are dropped before anything is
    // decrypted, stored or shown, and no receipt goes back.
    storage::SafetyStateRepository safety(m_account.db());
    storage::Result<bool> blocked = safety.isBlocked(sender);
    if (!blocked)
        return storageError(blocked.error());
    if (*blocked)
        return true;
    // A guarded child's app never shows anything from someone its
    // guardian did not approve (the relay refuses them too).
    AppResult<bool> allowed = guardedAllows(sender);
    if (!allowed)
        return allowed.error();
    return !*allowed;
}

void Messenger::afterReceiving(const QString &sender, const ReceiveOutcome &outcome)
{
    if (outcome.stored) {
        Q_EMIT messageStored(outcome.stored->rowId, outcome.stored->conversationId);
        if (!outcome.stored->attachments.isEmpty()) {
            QList<protocol::AttachmentDescriptor> files;
            for (const storage::StoredAttachment &a : std::as_const(outcome.stored->attachments))
                files.append(a.descriptor);
            shareWithGuardian(sender, files);
        }
        for (const storage::StoredAttachment &a : std::as_const(outcome.stored->attachments))
            download(a);
        scheduleExpiry();
    }
    for (qint64 id : std::as_const(outcome.changedMessages))
        Q_EMIT messageChanged(id);
    if (outcome.changedConversation)
        Q_EMIT conversationChanged(*outcome.changedConversation);
    if (outcome.receiptFor)
        m_pendingReceipts[outcome.receiptFor->first].append(outcome.receiptFor->second);
    if (outcome.joinRequestFor) {
        Q_EMIT joinRequestsChanged(*outcome.joinRequestFor);
        settleJoinRequests(*outcome.joinRequestFor);
    }
    if (outcome.guardedChanged) {
        loadGuardedMode();
        Q_EMIT guardedChanged();
        syncGuarded();
    }
    if (!outcome.helpFrom.isEmpty())
        Q_EMIT helpRequested(outcome.helpFrom);
    // What its new members wrote before the change reached us.
    if (outcome.groupChanged)
        receiveEarly(*outcome.groupChanged);
}

AppResult<void> Messenger::apply(const wire::Deliver &envelope, const protocol::Content &content,
                                 bool verified, ReceiveOutcome &outcome, Early early)
{
    const QString &sender = envelope.sender;
    const qint64 now = nowMs();
    const bool viaSenderKey = envelope.type == wire::EnvelopeType::SenderKey;

    // Sender keys and group changes come one to one.
    if (!content.senderKeyDistribution.isEmpty()) {
        if (viaSenderKey || !content.group)
            return appError(AppError::Code::Protocol, QStringLiteral("misplaced sender key"));
        protocol::Result<void> r = protocol::processSenderKeyDistribution(
            m_account.signal(), {content.group->groupId, addressOf(sender)},
            content.senderKeyDistribution);
        if (!r)
            return protocolError(r.error());
        return {};
    }
    if (content.guardian) {
        if (viaSenderKey || content.group)
            return appError(AppError::Code::Protocol, QStringLiteral("misplaced guardian message"));
        const bool shared = content.guardian->kind == protocol::GuardianMessage::Kind::SharedMedia;
        if (shared && (content.attachments.isEmpty() || !content.body.isEmpty()))
            return appError(AppError::Code::Protocol, QStringLiteral("a share without files"));
        AppResult<void> r = receiveGuardian(sender, *content.guardian, outcome);
        if (!r || !shared)
            return r;
        // The files a child shared are kept in the chat with the child.
    }
    if (content.groupUpdate) {
        if (viaSenderKey)
            return appError(AppError::Code::Protocol, QStringLiteral("misplaced group update"));
        // A child joins only groups whose members the guardian approved.
        // Once in one, it follows every change, even one that lets in
        // someone not approved: a removal must reach the child, or it would
        // go on writing to whoever was removed. While someone not approved
        // is in it, the child neither writes there nor reads them.
        if (!content.group)
            return appError(AppError::Code::Protocol, QStringLiteral("group update without group"));
        AppResult<bool> isMember = memberOfGroup(content.group->groupId);
        if (!isMember)
            return isMember.error();
        if (!*isMember) {
            QStringList members;
            for (const protocol::GroupMember &m : content.groupUpdate->members)
                members.append(m.coveId);
            COVE_APP_TRY(requireApproved(members, "a group with someone not approved"));
        }
        AppResult<void> r = applyGroupUpdate(sender, content, envelope.facts);
        if (r) {
            storage::Result<std::optional<Conversation>> conv =
                m_conversations.findGroup(content.group->groupId);
            if (conv && conv->has_value())
                outcome.changedConversation = (*conv)->id;
            outcome.groupChanged = content.group->groupId;
        }
        return r;
    }
    if (content.joinRequest) {
        if (viaSenderKey)
            return appError(AppError::Code::Protocol, QStringLiteral("misplaced join request"));
        return receiveJoinRequest(sender, *content.joinRequest, envelope.facts, outcome);
    }
    if (!content.resend.isEmpty()) {
        if (viaSenderKey)
            return appError(AppError::Code::Protocol, QStringLiteral("misplaced resend request"));
        return resend(sender, content.resend,
                      content.group ? std::optional(content.group->groupId) : std::nullopt);
    }
    if (content.receipt) {
        const auto status = content.receipt->type == protocol::Receipt::Type::Read
                                ? storage::MessageStatus::Read
                                : storage::MessageStatus::Delivered;
        for (const QByteArray &id : content.receipt->messageIds) {
            storage::Result<std::optional<storage::StoredMessage>> m =
                m_messages.findByMessageId(id);
            if (!m)
                return storageError(m.error());
            if (!m->has_value() || (*m)->direction != storage::Direction::Outgoing)
                continue;
            // Only someone the message went to can acknowledge it.
            AppResult<Conversation> conv = conversation((*m)->conversationId);
            if (!conv)
                continue;
            if (conv->kind == ConversationKind::Direct) {
                if (conv->peerId != sender)
                    continue;
            } else {
                storage::Result<std::optional<storage::MemberRole>> role =
                    m_conversations.roleOf(conv->id, sender);
                if (!role || !role->has_value())
                    continue;
            }
            storage::Result<bool> changed = m_messages.advanceStatus(id, status);
            if (!changed)
                return storageError(changed.error());
            if (*changed)
                outcome.changedMessages.append((*m)->rowId);
        }
        return {};
    }

    // Which conversation it belongs to.
    Conversation conv;
    if (content.group) {
        storage::Result<std::optional<Conversation>> group =
            m_conversations.findGroup(content.group->groupId);
        if (!group)
            return storageError(group.error());
        if (!group->has_value())
            return keepEarly(
                envelope, content, verified, early, std::nullopt,
                appError(AppError::Code::NotFound, QStringLiteral("message for unknown group")));
        storage::Result<std::optional<storage::MemberRole>> role =
            m_conversations.roleOf((*group)->id, sender);
        if (!role)
            return storageError(role.error());
        if (!role->has_value())
            return keepEarly(envelope, content, verified, early, (*group)->id,
                             appError(AppError::Code::NotAllowed,
                                      QStringLiteral("message from someone not in the group")));
        // Nor for us once we left (its members may not know yet).
        storage::Result<std::optional<storage::MemberRole>> self =
            m_conversations.roleOf((*group)->id, m_account.coveId());
        if (!self)
            return storageError(self.error());
        if (!self->has_value())
            return appError(AppError::Code::NotAllowed,
                            QStringLiteral("message for a group this account is not in"));
        if (**role != storage::MemberRole::Admin &&
            (!content.body.isEmpty() || !content.attachments.isEmpty() || content.timerUpdate)) {
            storage::Result<quint8> permissions = m_conversations.groupPermissions((*group)->id);
            if (!permissions)
                return storageError(permissions.error());
            if (*permissions & protocol::GroupUpdate::OnlyAdminsSend)
                return appError(AppError::Code::NotAllowed,
                                QStringLiteral("only admins send messages in this group"));
        }
        conv = **group;
    } else {
        if (viaSenderKey)
            return appError(AppError::Code::Protocol,
                            QStringLiteral("group message without group"));
        storage::Result<std::optional<storage::Contact>> contact = m_contacts.find(sender);
        if (!contact)
            return storageError(contact.error());
        storage::Result<Conversation> direct = m_conversations.findOrCreateDirect(
            sender, now,
            contact->has_value() ? storage::ConversationState::Normal
                                 : storage::ConversationState::MessageRequest);
        if (!direct)
            return storageError(direct.error());
        conv = *direct;
    }

    if (content.timerUpdate) {
        std::optional<quint32> seconds = content.expireTimerSeconds;
        if (seconds && *seconds == 0)
            seconds.reset();
        COVE_APP_TRY_STORAGE(m_conversations.setExpireTimer(conv.id, seconds));
        outcome.changedConversation = conv.id;
        return {};
    }
    if (content.body.isEmpty() && content.attachments.isEmpty())
        return {};

    storage::StoredMessage m = storedMessageOf(content, conv.id, sender, now);
    if (m.quote && m.quote->authorId != m_account.coveId()) {
        // A child does not read, even quoted, what someone its guardian
        // did not approve wrote (in a group they are both in).
        AppResult<bool> allowed = guardedAllows(m.quote->authorId);
        if (!allowed)
            return allowed.error();
        if (!*allowed)
            m.quote->excerpt.clear();
    }
    m.direction = storage::Direction::Incoming;
    m.status = storage::MessageStatus::Received;
    m.serverAt = envelope.serverTimeMs;
    m.receivedAt = now;
    // The commitment the relay signed, which differs from the content's own
    // when the sender lied; `verified` says whether the two match.
    m.commitment = envelope.commitment;
    m.relayTag = envelope.frankingTag;
    m.verified = verified;
    storage::Result<storage::MessageRepository::Inserted> inserted = m_messages.insert(m);
    if (!inserted && inserted.error().code == storage::StorageErrorCode::AlreadyExists)
        // Someone else's message has this id: a sender reusing ids it saw
        // (in a group, everyone sees them) gets its message dropped, not
        // redelivered for ever.
        return appError(AppError::Code::Protocol, QStringLiteral("message id already taken"));
    if (!inserted)
        return storageError(inserted.error());
    if (inserted->alreadyStored) {
        if (conv.state == storage::ConversationState::Normal)
            outcome.receiptFor = std::make_pair(sender, m.messageId); // the first may be lost
        return {};
    }
    COVE_APP_TRY_STORAGE(m_conversations.touch(conv.id, now));
    COVE_APP_TRY_STORAGE(m_conversations.addUnread(conv.id));
    outcome.stored = inserted->message;
    if (conv.state == storage::ConversationState::MessageRequest) {
        // The relay's plain facts about a first contact travel with the
        // request, for its safety notice: account age bucket, mass contact.
        storage::SafetyStateRepository safety(m_account.db());
        COVE_APP_TRY_STORAGE(safety.openRequest(conv.id, now, requestFactsOf(envelope.facts)));
    }
    // A stranger's group waits for Join like a request, also in the chat list.
    bool held = false;
    if (conv.kind == ConversationKind::Group && conv.state == storage::ConversationState::Normal) {
        storage::Result<std::optional<storage::MessageRequest>> invitation =
            storage::SafetyStateRepository(m_account.db()).request(conv.id);
        if (!invitation)
            return storageError(invitation.error());
        held = invitation->has_value() && (*invitation)->state == storage::RequestState::Pending;
    }
    if (conv.state == storage::ConversationState::Normal && !held) {
        // A delivery receipt, sent with the others of this batch (see
        // flushAcks()). None go back to strangers until the person accepts
        // their request.
        outcome.receiptFor = std::make_pair(sender, m.messageId);
    } else {
        outcome.stored->attachments.clear(); // no downloads for requests
    }
    return {};
}

// ---- resending what could not be read -----------------------------------------------

namespace {
constexpr int kMaxResendsAskedPerWindow = 50; ///< per contact
constexpr qint64 kResendWindowMs = 10 * 60 * 1000;
constexpr int kMaxResends = 2; ///< per message
} // namespace

void Messenger::askForResend(const wire::Deliver &envelope,
                             const std::optional<QByteArray> &groupId)
{
    // Only people this account talks with: a stranger's or a blocked
    // person's unreadable envelope gets no answer at all, nor does a
    // group's that this account has not joined.
    if (envelope.commitment.size() != protocol::kResendSize)
        return;
    protocol::Content c = protocol::makeContent(QString());
    if (groupId) {
        storage::Result<std::optional<Conversation>> group = m_conversations.findGroup(*groupId);
        if (!group || !group->has_value() || (*group)->state != storage::ConversationState::Normal)
            return;
        storage::Result<std::optional<storage::MemberRole>> role =
            m_conversations.roleOf((*group)->id, envelope.sender);
        storage::Result<std::optional<storage::MemberRole>> self =
            m_conversations.roleOf((*group)->id, m_account.coveId());
        if (!role || !role->has_value() || !self || !self->has_value())
            return;
        storage::Result<std::optional<storage::MessageRequest>> invitation =
            storage::SafetyStateRepository(m_account.db()).request((*group)->id);
        if (!invitation ||
            (invitation->has_value() && (*invitation)->state == storage::RequestState::Pending))
            return;
        storage::Result<quint32> revision = m_conversations.groupRevision((*group)->id);
        if (!revision)
            return;
        c.group = protocol::GroupContext{*groupId, *revision};
    } else {
        storage::Result<std::optional<Conversation>> conv =
            m_conversations.findDirect(envelope.sender);
        if (!conv || !conv->has_value() || (*conv)->state != storage::ConversationState::Normal)
            return;
    }
    if (AppResult<bool> blocked = isBlocked(envelope.sender); !blocked || *blocked)
        return;
    const qint64 now = nowMs();
    QList<qint64> &asked = m_resendsAsked[envelope.sender];
    asked.removeIf([now](qint64 at) { return now - at > kResendWindowMs; });
    if (asked.size() >= kMaxResendsAskedPerWindow)
        return;
    asked.append(now);
    c.resend = envelope.commitment;
    if (AppResult<OutboxEntry> row = queueDirect(envelope.sender, c, std::nullopt); !row)
        Q_EMIT problem(row.error().detail);
}

AppResult<void> Messenger::resend(const QString &sender, const QByteArray &commitment,
                                  const std::optional<QByteArray> &groupId)
{
    storage::Result<std::optional<Conversation>> conv =
        groupId ? m_conversations.findGroup(*groupId) : m_conversations.findDirect(sender);
    if (!conv)
        return storageError(conv.error());
    if (!conv->has_value())
        return {};
    storage::Result<std::optional<storage::StoredMessage>> sent =
        m_messages.findSentByCommitment((*conv)->id, commitment);
    if (!sent)
        return storageError(sent.error());
    // Unknown, or sent twice again to them already: nothing more to do.
    // (Every member of a group asks with the same commitment.)
    const QByteArray resentKey = commitment + sender.toUtf8();
    if (!sent->has_value() || (*sent)->content.isEmpty() ||
        m_resent.value(resentKey) >= kMaxResends)
        return {};
    if (groupId) {
        // Only to a member who was one when it was sent: a message from
        // before someone joined stays out of their reach. And only while we
        // may still write to the group, or they would drop it.
        storage::Result<QList<storage::GroupMember>> members = m_conversations.members((*conv)->id);
        if (!members)
            return storageError(members.error());
        const auto find = [&](const QString &id) {
            return std::find_if(members->cbegin(), members->cend(),
                                [&](const storage::GroupMember &m) { return m.memberId == id; });
        };
        const auto member = find(sender);
        const auto self = find(m_account.coveId());
        if (member == members->cend() || member->addedAt >= (*sent)->sentAt ||
            self == members->cend())
            return {};
        if (self->role != storage::MemberRole::Admin) {
            storage::Result<quint8> permissions = m_conversations.groupPermissions((*conv)->id);
            if (!permissions)
                return storageError(permissions.error());
            if (*permissions & protocol::GroupUpdate::OnlyAdminsSend)
                return {};
        }
        // They may not hold our sender key at all (it never arrived, or
        // their profile came back from a backup): the next group message
        // gives it to them again.
        COVE_APP_TRY_STORAGE(m_conversations.removeSenderKeyShare((*conv)->id, sender));
    }
    OutboxEntry row;
    row.clientId = wire::newClientEnvelopeId(nowMs());
    row.recipient = sender;
    row.kind = OutboxEntry::Kind::Direct;
    // The same message id: stored once however often it comes. A group's
    // message carries its group, so it lands in the group's chat.
    row.content = (*sent)->content;
    row.commitment = (*sent)->commitment;
    row.createdAt = nowMs();
    if (storage::Result<qint64> id = m_outbox.add(row); !id)
        return storageError(id.error());
    ++m_resent[resentKey];
    return {};
}

// ---- attachments ---------------------------------------------------------------------

void Messenger::download(const storage::StoredAttachment &attachment)
{
    if (attachment.id == 0)
        return;
    struct Fetch {
        QByteArray blob;
    };
    if (m_downloading.contains(attachment.id))
        return;
    m_downloading.insert(attachment.id);
    auto state = std::make_shared<Fetch>();
    ++m_downloads;
    (void)m_messages.setAttachmentState(attachment.id, storage::AttachmentState::Downloading);
    auto step = std::make_shared<std::function<void()>>();
    const auto finish = [this, step, attachmentId = attachment.id,
                         blobId = attachment.descriptor.blobId](storage::AttachmentState result,
                                                                const QString &file,
                                                                const QByteArray &key) {
        *step = nullptr;
        m_downloading.remove(attachmentId);
        if (m_downloads > 0)
            --m_downloads;
        // The message may have been deleted meanwhile, and its attachment's
        // row id taken by another file: nothing is recorded on a row that is
        // not this download's, and the file written for it goes.
        const auto now = m_messages.attachment(attachmentId);
        if (!now || !now->has_value() || (*now)->descriptor.blobId != blobId) {
            if (!file.isEmpty())
                (void)m_account.attachments().remove(file);
            if (now && now->has_value() && (*now)->state == storage::AttachmentState::NotDownloaded)
                download(**now); // the newcomer waited behind this one
            checkIdle();
            return;
        }
        if (result == storage::AttachmentState::Stored)
            (void)m_messages.setAttachmentFile(attachmentId, file, key, result);
        else
            (void)m_messages.setAttachmentState(attachmentId, result);
        // The open chat shows the photo (or the failure) without reopening.
        if (auto row = m_messages.messageOfAttachment(attachmentId); row && row->has_value())
            Q_EMIT messageChanged(**row);
        checkIdle();
    };
    *step = [this, state, step, attachment, finish]() {
        const protocol::AttachmentDescriptor &d = attachment.descriptor;
        wire::AttachmentGet get{d.blobId, quint64(state->blob.size())};
        m_relay.request(
            this, get.toFrame(0),
            [state, step, d, finish, this](const AppResult<protocol::Frame> &r) {
                if (!*step)
                    return;
                if (!r) {
                    // Offline: NotDownloaded, tried again on the next connection.
                    finish(r.error().relayCode == 0 ? storage::AttachmentState::NotDownloaded
                                                    : storage::AttachmentState::Failed,
                           {}, {});
                    return;
                }
                protocol::Result<wire::AttachmentData> data = wire::AttachmentData::fromFrame(*r);
                if (!data || data->offset != quint64(state->blob.size()) ||
                    data->totalSize > quint64(d.size) + quint64(protocol::kAttachmentOverhead)) {
                    finish(storage::AttachmentState::Failed, {}, {});
                    return;
                }
                state->blob.append(data->data);
                if (quint64(state->blob.size()) < data->totalSize && !data->data.isEmpty()) {
                    (*step)();
                    return;
                }
                protocol::Result<QByteArray> plain =
                    protocol::decryptAttachment(d.key, state->blob);
                // The hash is what the sender committed to: a different file
                // under the same key is refused.
                if (!plain || quint64(plain->size()) != d.size ||
                    !protocol::crypto::constantTimeEquals(protocol::crypto::sha256(*plain),
                                                          d.plaintextSha256)) {
                    finish(storage::AttachmentState::Failed, {}, {});
                    return;
                }
                storage::Result<storage::EncryptedFile> file =
                    m_account.attachments().write(*plain);
                if (!file) {
                    finish(storage::AttachmentState::Failed, {}, {});
                    return;
                }
                finish(storage::AttachmentState::Stored, file->fileName, file->key.toByteArray());
            });
    };
    (*step)();
}

AppResult<QList<storage::Conversation>> Messenger::groupsWith(const QString &coveId)
{
    storage::Result<QList<Conversation>> all =
        m_conversations.list(storage::ConversationState::Normal);
    if (!all)
        return storageError(all.error());
    QList<Conversation> shared;
    for (const Conversation &c : std::as_const(*all)) {
        if (c.kind != ConversationKind::Group)
            continue;
        storage::Result<std::optional<storage::MemberRole>> theirs =
            m_conversations.roleOf(c.id, coveId);
        storage::Result<std::optional<storage::MemberRole>> ours =
            m_conversations.roleOf(c.id, m_account.coveId());
        if (theirs && theirs->has_value() && ours && ours->has_value())
            shared.append(c);
    }
    std::sort(shared.begin(), shared.end(), [](const Conversation &a, const Conversation &b) {
        return QString::localeAwareCompare(a.title, b.title) < 0;
    });
    return shared;
}

AppResult<QList<storage::Contact>> Messenger::contacts()
{
    storage::Result<QList<storage::Contact>> all = m_contacts.all();
    if (!all)
        return storageError(all.error());
    return *all;
}

AppResult<std::optional<storage::Contact>> Messenger::contact(const QString &coveId)
{
    storage::Result<std::optional<storage::Contact>> c = m_contacts.find(coveId);
    if (!c)
        return storageError(c.error());
    return *c;
}

AppResult<std::optional<storage::StoredMessage>> Messenger::message(qint64 rowId)
{
    storage::Result<std::optional<storage::StoredMessage>> m = m_messages.find(rowId);
    if (!m)
        return storageError(m.error());
    return *m;
}

AppResult<std::optional<storage::StoredAttachment>> Messenger::attachment(qint64 attachmentId)
{
    storage::Result<std::optional<storage::StoredAttachment>> a =
        m_messages.attachment(attachmentId);
    if (!a)
        return storageError(a.error());
    return *a;
}

AppResult<QByteArray> Messenger::attachmentBytes(qint64 attachmentId)
{
    storage::Result<std::optional<storage::StoredAttachment>> a =
        m_messages.attachment(attachmentId);
    if (!a)
        return storageError(a.error());
    if (!a->has_value() || (*a)->state != storage::AttachmentState::Stored)
        return appError(AppError::Code::NotFound,
                        QStringLiteral("that attachment is not downloaded"));
    storage::Result<QByteArray> plain =
        m_account.attachments().read((*a)->localFile, (*a)->fileKey);
    if (!plain)
        return storageError(plain.error());
    return *plain;
}

AppResult<void> Messenger::saveAttachment(qint64 attachmentId, const QString &path)
{
    AppResult<QByteArray> plain = attachmentBytes(attachmentId);
    if (!plain)
        return plain.error();
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(*plain) != plain->size() || !out.commit())
        return appError(AppError::Code::InvalidArgument,
                        QStringLiteral("cannot write %1").arg(path));
    return {};
}

// ---- idleness --------------------------------------------------------------------------

bool Messenger::isIdle() const
{
    return m_relay.isReady() && m_queueEmpty && m_inFlight.isEmpty() && m_fetching.isEmpty() &&
           m_pendingAcks.isEmpty() && m_pendingReceipts.isEmpty() && m_downloads == 0 &&
           m_sendable == 0 && !m_pumping && !m_uploadingPreKeys && !m_retryTimer.isActive() &&
           !m_guardedSyncing && m_guardedRequests == 0;
}

void Messenger::checkIdle()
{
    const bool idleNow = isIdle();
    if (idleNow && !m_wasIdle) {
        m_wasIdle = true;
        Q_EMIT idle();
    } else if (!idleNow) {
        m_wasIdle = false;
    }
}

} // namespace cove::app
