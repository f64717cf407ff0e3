// SPDX-License-Identifier: GPL-3.0-or-later
// Guarded mode: a child's profile whose contacts are exactly those a
// guardian approved. The guardian's identity key signs the link and every
// approval (Guardian.h); the child's app and the relay both check them.
#include "Account.h"
#include "ConversationListModel.h"
#include "CoveId.h"
#include "Crypto.h"
#include "Guardian.h"
#include "InviteLink.h"
#include "Messenger.h"
#include "MessengerSupport.h"
#include "ProtocolStore.h"
#include "RelayClient.h"
#include "SafetyState.h"

#include <QCborArray>
#include <QCborValue>
#include <QDateTime>
#include <QTime>

namespace cove::app {

using namespace messenger;
using protocol::GuardianMessage;
using storage::ChildRow;
using storage::ContactAsk;
using storage::Conversation;
using storage::GuardianEvent;

namespace {

/// The profile's mode: absent (an adult's), "setup", "pairing", "confirm", "on".
const QString kModeSetting = QStringLiteral("guarded");
/// The child's link as the guardian signed it: [guardianId, guardianKey, linkedAtMs, signature].
const QString kLinkSetting = QStringLiteral("guardian.link");
/// While pairing, on the child's side: [guardianId, secret].
const QString kPairingSetting = QStringLiteral("guardian.pairing");
/// The guardian's signed link, waiting for the child to confirm the code:
/// [linkedAtMs, signature].
const QString kAcceptSetting = QStringLiteral("guardian.accept");
/// A release from the guardian the relay has not confirmed yet: [linkedAtMs, signature].
const QString kReleaseSetting = QStringLiteral("guardian.release");
/// On a child's side: whom the child answered the new-contact notice for.
const QString kAnsweredSetting = QStringLiteral("guarded.answered");
/// On a child's side: the guardian's quiet hours, [fromMinutes, untilMinutes].
const QString kQuietSetting = QStringLiteral("guarded.quiet");
/// On a guardian's side: the quiet hours set for a child (the Cove ID follows).
const QString kChildQuietPrefix = QStringLiteral("guardian.quiet.");
/// On a child's side: "1" while the guardian asked for the chats' files.
const QString kShareSetting = QStringLiteral("guarded.share_media");
/// On a guardian's side: "1" for a child sharing files (the Cove ID follows).
const QString kChildSharePrefix = QStringLiteral("guardian.share.");
/// On a guardian's side: the secret of the pairing link shown last.
const QString kOpenPairingSetting = QStringLiteral("guardian.open_pairing");

struct StoredLink {
    QString guardianId;
    QByteArray guardianKey;
    qint64 linkedAtMs = 0;
    QByteArray signature;
};

QByteArray cborOf(const QCborArray &array)
{
    return QCborValue(array).toCbor();
}

QCborArray arrayOf(const QByteArray &bytes)
{
    return QCborValue::fromCbor(bytes).toArray();
}

std::optional<StoredLink> storedLink(Account &account)
{
    const QCborArray a = arrayOf(account.setting(kLinkSetting));
    if (a.size() != 4)
        return std::nullopt;
    return StoredLink{a.at(0).toString(), a.at(1).toByteArray(), a.at(2).toInteger(),
                      a.at(3).toByteArray()};
}

/// A stored timed signature ([atMs, signature]).
std::optional<std::pair<qint64, QByteArray>> storedSignature(Account &account, const QString &key)
{
    const QCborArray a = arrayOf(account.setting(key));
    if (a.size() != 2)
        return std::nullopt;
    return std::make_pair(a.at(0).toInteger(), a.at(1).toByteArray());
}

const char *modeName(Messenger::GuardedMode mode)
{
    switch (mode) {
    case Messenger::GuardedMode::Off:
        return "";
    case Messenger::GuardedMode::Setup:
        return "setup";
    case Messenger::GuardedMode::Pairing:
        return "pairing";
    case Messenger::GuardedMode::Confirm:
        return "confirm";
    case Messenger::GuardedMode::On:
        return "on";
    }
    return "";
}

AppError notAllowed(const char *detail)
{
    return appError(AppError::Code::NotAllowed, QString::fromLatin1(detail));
}

} // namespace

AppResult<void> markChildProfile(Account &account)
{
    if (!account.setting(kModeSetting).isEmpty())
        return {};
    return account.setSetting(kModeSetting, QByteArray(modeName(Messenger::GuardedMode::Setup)));
}

// ---- the mode -----------------------------------------------------------------------

namespace {

std::optional<Messenger::QuietHours> quietOf(const QByteArray &stored)
{
    const QCborArray a = arrayOf(stored);
    if (a.size() != 2)
        return std::nullopt;
    return Messenger::QuietHours{int(a.at(0).toInteger()), int(a.at(1).toInteger())};
}

QByteArray storedQuiet(const std::optional<Messenger::QuietHours> &hours)
{
    return hours ? cborOf(QCborArray{hours->fromMinutes, hours->untilMinutes}) : QByteArray();
}

} // namespace

bool Messenger::QuietHours::contains(int minuteOfDay) const
{
    if (fromMinutes <= untilMinutes)
        return minuteOfDay >= fromMinutes && minuteOfDay < untilMinutes;
    return minuteOfDay >= fromMinutes || minuteOfDay < untilMinutes; // across midnight
}

bool Messenger::sharesMediaWithGuardian()
{
    return m_guardedMode == GuardedMode::On && m_account.setting(kShareSetting) == "1";
}

void Messenger::shareWithGuardian(const QString &peer,
                                  const QList<protocol::AttachmentDescriptor> &files)
{
    if (files.isEmpty() || !sharesMediaWithGuardian() || peer == guardianId())
        return;
    protocol::Content content = protocol::makeContent({});
    content.attachments = files;
    content.guardian = GuardianMessage{GuardianMessage::Kind::SharedMedia};
    content.guardian->contactId = peer;
    if (!protocol::validateContent(content) || !queueDirect(guardianId(), content, std::nullopt))
        Q_EMIT problem(QStringLiteral("files could not be shared with the guardian"));
}

std::optional<Messenger::QuietHours> Messenger::quietHours()
{
    return quietOf(m_account.setting(kQuietSetting));
}

void Messenger::updateResting()
{
    bool resting = false;
    if (m_guardedMode == GuardedMode::On) {
        if (const std::optional<QuietHours> q = quietHours()) {
            const QTime now = QTime::currentTime();
            resting = q->contains(now.hour() * 60 + now.minute());
        }
        if (!m_restTimer.isActive())
            m_restTimer.start();
    } else {
        m_restTimer.stop();
    }
    if (resting == m_resting)
        return;
    m_resting = resting;
    Q_EMIT restingChanged(resting);
    // Awake again: what the relay held comes now.
    if (!resting && m_relay.isReady())
        m_relay.reconnectNow();
}

void Messenger::loadGuardedMode()
{
    const QByteArray stored = m_account.setting(kModeSetting);
    m_guardedMode = GuardedMode::Off;
    for (GuardedMode mode :
         {GuardedMode::Setup, GuardedMode::Pairing, GuardedMode::Confirm, GuardedMode::On}) {
        if (stored == modeName(mode))
            m_guardedMode = mode;
    }
    updateResting();
}

AppResult<void> Messenger::setGuardedMode(GuardedMode mode)
{
    COVE_APP_TRY(m_account.setSetting(kModeSetting, QByteArray(modeName(mode))));
    m_guardedMode = mode;
    return {};
}

QString Messenger::guardianId()
{
    if (std::optional<StoredLink> link = storedLink(m_account))
        return link->guardianId;
    const QCborArray pairing = arrayOf(m_account.setting(kPairingSetting));
    return pairing.size() == 2 ? pairing.at(0).toString() : QString();
}

AppResult<bool> Messenger::guardedAllows(const QString &coveId)
{
    if (m_guardedMode == GuardedMode::Off)
        return true;
    if (coveId == guardianId() && m_guardedMode != GuardedMode::Setup)
        return true;
    if (m_guardedMode != GuardedMode::On)
        return false;
    storage::Result<std::optional<storage::GuardianApproval>> approval =
        storage::SafetyStateRepository(m_account.db()).approval(coveId);
    if (!approval)
        return storageError(approval.error());
    return approval->has_value();
}

AppResult<void> Messenger::requireApproved(const QStringList &ids, const char *detail)
{
    if (m_guardedMode == GuardedMode::Off)
        return {};
    for (const QString &id : ids) {
        if (id == m_account.coveId())
            continue;
        AppResult<bool> allowed = guardedAllows(id);
        if (!allowed)
            return allowed.error();
        if (!*allowed)
            return notAllowed(detail);
    }
    return {};
}

AppResult<bool> Messenger::guardedNoticeAnswered(const QString &coveId)
{
    return arrayOf(m_account.setting(kAnsweredSetting)).contains(QCborValue(coveId));
}

AppResult<void> Messenger::answerGuardedNotice(qint64 conversationId, GuardedAnswer answer)
{
    AppResult<Conversation> conv = conversation(conversationId);
    if (!conv)
        return conv.error();
    if (m_guardedMode != GuardedMode::On || conv->kind != storage::ConversationKind::Direct)
        return notAllowed("no guarded notice here");
    switch (answer) {
    case GuardedAnswer::KnowThem:
        break;
    case GuardedAnswer::TellGuardian:
        COVE_APP_TRY(tellGuardian({}, conv->peerId));
        break;
    case GuardedAnswer::Block:
        COVE_APP_TRY(block(conv->peerId));
        break;
    }
    QCborArray answered = arrayOf(m_account.setting(kAnsweredSetting));
    if (!answered.contains(QCborValue(conv->peerId)))
        answered.append(conv->peerId);
    COVE_APP_TRY(m_account.setSetting(kAnsweredSetting, cborOf(answered)));
    Q_EMIT conversationChanged(conversationId);
    return {};
}

// ---- the child's side ---------------------------------------------------------------

AppResult<void> Messenger::beginGuardedSetup()
{
    if (m_guardedMode != GuardedMode::Off)
        return {};
    COVE_APP_TRY(markChildProfile(m_account));
    loadGuardedMode();
    Q_EMIT guardedChanged();
    return {};
}

AppResult<void> Messenger::pairWithGuardian(const QString &text)
{
    if (m_guardedMode == GuardedMode::Off)
        return notAllowed("only a child's profile pairs with a guardian");
    if (m_guardedMode == GuardedMode::On)
        return notAllowed("this profile already has a guardian");
    protocol::Result<protocol::InviteLink> parsed = protocol::parseInviteLink(text);
    if (!parsed)
        return appError(AppError::Code::InvalidArgument, parsed.error().detail);
    const auto *link = std::get_if<protocol::GuardianLink>(&*parsed);
    if (!link)
        return appError(AppError::Code::InvalidArgument,
                        QStringLiteral("this is not a guardian's pairing link"));
    if (link->guardianId == m_account.coveId())
        return appError(AppError::Code::InvalidArgument,
                        QStringLiteral("a profile cannot be its own guardian"));
    AppResult<Tx> tx = Tx::begin(m_account.db());
    if (!tx)
        return tx.error();
    COVE_APP_TRY(
        m_account.setSetting(kPairingSetting, cborOf(QCborArray{link->guardianId, link->secret})));
    COVE_APP_TRY(m_account.setSetting(kAcceptSetting, {}));
    COVE_APP_TRY(setGuardedMode(GuardedMode::Pairing));
    GuardianMessage request;
    request.kind = GuardianMessage::Kind::PairRequest;
    request.secret = link->secret;
    request.name = m_account.displayName().left(protocol::kMaxGuardianNameChars);
    if (request.name.isEmpty())
        request.name = protocol::displayCoveId(m_account.coveId());
    COVE_APP_TRY(sendGuardian(link->guardianId, request));
    COVE_APP_TRY(tx->commit());
    Q_EMIT guardedChanged();
    pump();
    return {};
}

AppResult<std::optional<QString>> Messenger::pairingCode(const QString &childId)
{
    QString guardian = m_account.coveId();
    QString child = childId;
    QByteArray secret;
    if (childId.isEmpty()) {
        const QCborArray pairing = arrayOf(m_account.setting(kPairingSetting));
        if (pairing.size() != 2)
            return std::optional<QString>();
        guardian = pairing.at(0).toString();
        secret = pairing.at(1).toByteArray();
        child = m_account.coveId();
    } else {
        secret = m_account.setting(kOpenPairingSetting);
    }
    const QString other = childId.isEmpty() ? guardian : child;
    storage::Result<std::optional<storage::ProtocolStore::PeerIdentity>> identity =
        m_account.protocolStore().peerIdentityState(addressOf(other));
    if (!identity)
        return storageError(identity.error());
    if (!identity->has_value() || secret.isEmpty() ||
        !protocol::coveIdMatchesKey(other, (*identity)->publicKey))
        return std::optional<QString>();
    const QByteArray &otherKey = (*identity)->publicKey;
    return std::optional<QString>(
        childId.isEmpty() ? protocol::pairingCode(secret, otherKey, m_account.identityKey())
                          : protocol::pairingCode(secret, m_account.identityKey(), otherKey));
}

AppResult<void> Messenger::confirmGuardian()
{
    if (m_guardedMode != GuardedMode::Confirm)
        return notAllowed("the guardian has not accepted yet");
    std::optional<std::pair<qint64, QByteArray>> accept =
        storedSignature(m_account, kAcceptSetting);
    const QString guardian = guardianId();
    storage::Result<std::optional<storage::ProtocolStore::PeerIdentity>> identity =
        m_account.protocolStore().peerIdentityState(addressOf(guardian));
    if (!identity)
        return storageError(identity.error());
    if (!accept || !identity->has_value())
        return notAllowed("the guardian's acceptance is missing");
    const QByteArray guardianKey = (*identity)->publicKey;
    AppResult<Tx> tx = Tx::begin(m_account.db());
    if (!tx)
        return tx.error();
    COVE_APP_TRY(m_account.setSetting(
        kLinkSetting, cborOf(QCborArray{guardian, guardianKey, accept->first, accept->second})));
    COVE_APP_TRY(m_account.setSetting(kAcceptSetting, {}));
    COVE_APP_TRY(m_account.setSetting(kPairingSetting, {}));
    COVE_APP_TRY(setGuardedMode(GuardedMode::On));
    COVE_APP_TRY(tx->commit());
    Q_EMIT guardedChanged();
    syncGuarded();
    return {};
}

AppResult<void> Messenger::askForContact(const QString &typedId, const QString &name)
{
    if (m_guardedMode != GuardedMode::On)
        return notAllowed("only a guarded profile asks its guardian");
    AppResult<QString> id = peerId(typedId);
    if (!id)
        return id.error();
    if (*id == guardianId())
        return appError(AppError::Code::InvalidArgument,
                        QStringLiteral("that is your guardian, already a contact"));
    AppResult<bool> approved = guardedAllows(*id);
    if (!approved)
        return approved.error();
    if (*approved)
        return appError(AppError::Code::InvalidArgument,
                        QStringLiteral("your guardian already approved this person"));
    const QString shownName = name.trimmed().isEmpty()
                                  ? protocol::displayCoveId(*id)
                                  : name.trimmed().left(protocol::kMaxGuardianNameChars);
    AppResult<Tx> tx = Tx::begin(m_account.db());
    if (!tx)
        return tx.error();
    COVE_APP_TRY_STORAGE(storage::GuardianRepository(m_account.db())
                             .putAsk(ContactAsk{m_account.coveId(), *id, shownName, nowMs(),
                                                ContactAsk::State::Pending}));
    GuardianMessage ask;
    ask.kind = GuardianMessage::Kind::ContactAsk;
    ask.contactId = *id;
    ask.name = shownName;
    COVE_APP_TRY(sendGuardian(guardianId(), ask));
    COVE_APP_TRY(tx->commit());
    Q_EMIT guardedChanged();
    pump();
    return {};
}

AppResult<QList<ContactAsk>> Messenger::contactAsks()
{
    storage::Result<QList<ContactAsk>> asks =
        storage::GuardianRepository(m_account.db()).asks(m_account.coveId());
    if (!asks)
        return storageError(asks.error());
    return *asks;
}

AppResult<void> Messenger::tellGuardian(const QString &text, const QString &aboutId,
                                        qint64 shareConversation)
{
    if (m_guardedMode != GuardedMode::On)
        return notAllowed("only a guarded profile has a guardian to tell");
    const QString guardian = guardianId();
    QString words = text.trimmed();
    if (shareConversation != 0) {
        // The chat as the child sees it: who wrote what, and when. Only
        // because the child chose to share it.
        storage::Result<storage::MessagePage> page =
            m_messages.newestPage(shareConversation, kShareWithGuardian);
        if (!page)
            return storageError(page.error());
        QStringList lines;
        for (const storage::StoredMessage &m : std::as_const(page->messages)) {
            if (m.body.isEmpty())
                continue;
            const QString who = m.senderId == m_account.coveId()
                                    ? m_account.displayName()
                                    : personName(m_account, m.senderId);
            lines.append(QStringLiteral("%1 %2: %3")
                             .arg(QDateTime::fromMSecsSinceEpoch(m.sentAt).toString(
                                      QStringLiteral("yyyy-MM-dd HH:mm")),
                                  who, m.body));
        }
        if (!lines.isEmpty())
            words += (words.isEmpty() ? QString() : QStringLiteral("\n\n")) + lines.join(u'\n');
    }
    if (!words.isEmpty()) {
        AppResult<storage::Conversation> conv = directConversation(guardian);
        if (!conv)
            return conv.error();
        AppResult<qint64> sent =
            sendMessage(conv->id, words.left(int(protocol::kMaxBodyUtf8Bytes / 4)));
        if (!sent)
            return sent.error();
    }
    GuardianMessage help;
    help.kind = GuardianMessage::Kind::HelpRequest;
    if (protocol::isCanonicalCoveId(aboutId))
        help.contactId = aboutId;
    COVE_APP_TRY(sendGuardian(guardian, help));
    pump();
    return {};
}

AppResult<void> Messenger::removeGuardedContact(const QString &contactId)
{
    if (m_guardedMode != GuardedMode::On)
        return notAllowed("only a guarded profile has approved contacts");
    AppResult<Tx> tx = Tx::begin(m_account.db());
    if (!tx)
        return tx.error();
    COVE_APP_TRY_STORAGE(storage::SafetyStateRepository(m_account.db()).revokeApproval(contactId));
    COVE_APP_TRY_STORAGE(
        storage::GuardianRepository(m_account.db()).removeAsk(m_account.coveId(), contactId));
    COVE_APP_TRY_STORAGE(m_contacts.remove(contactId));
    GuardianMessage removed;
    removed.kind = GuardianMessage::Kind::ContactRemoved;
    removed.contactId = contactId;
    COVE_APP_TRY(sendGuardian(guardianId(), removed));
    COVE_APP_TRY(tx->commit());
    // The relay forgets the approval too; a removal needs no signature.
    guardedRequest(wire::GuardedContacts{m_account.coveId(), {}, {contactId}}.toFrame(0));
    Q_EMIT guardedChanged();
    pump();
    return {};
}

AppResult<void> Messenger::leaveGuardedMode()
{
    if (m_guardedMode == GuardedMode::Off)
        return {};
    if (m_guardedMode == GuardedMode::Setup || m_guardedMode == GuardedMode::Pairing) {
        // Not linked yet: nothing to leave but the wait.
        return notAllowed("a child's profile stays guarded; pair it with a guardian");
    }
    return notAllowed("only your guardian can end guarded mode");
}

void Messenger::tellGuardianOf(GuardianMessage::Kind kind, const QString &contactId)
{
    if (m_guardedMode != GuardedMode::On || !protocol::isCanonicalCoveId(contactId))
        return;
    GuardianMessage note;
    note.kind = kind;
    note.contactId = contactId;
    if (sendGuardian(guardianId(), note))
        pump();
}

void Messenger::guardedRequest(const protocol::Frame &frame,
                               std::function<void(const AppResult<protocol::Frame> &)> done)
{
    ++m_guardedRequests;
    m_wasIdle = false;
    m_relay.request(this, frame,
                    [this, done = std::move(done)](const AppResult<protocol::Frame> &reply) {
                        --m_guardedRequests;
                        if (done)
                            done(reply);
                        checkIdle();
                    });
}

void Messenger::syncGuarded()
{
    if (!m_relay.isReady())
        return;
    if (m_guardedSyncing) { // one at a time; what changed meanwhile goes next
        m_guardedAgain = true;
        return;
    }
    m_guardedAgain = false;
    const auto finished = [this] {
        m_guardedSyncing = false;
        if (m_guardedAgain)
            syncGuarded();
        checkIdle();
    };
    const std::optional<std::pair<qint64, QByteArray>> release =
        storedSignature(m_account, kReleaseSetting);
    if (release) {
        m_guardedSyncing = true;
        guardedRequest(
            wire::GuardedRelease{release->first, release->second}.toFrame(0),
            [this, finished](const AppResult<protocol::Frame> &reply) {
                if (!reply && reply.error().relayCode == 0)
                    return finished(); // offline: again on the next connection
                // The relay took it, or holds no link (released already). A
                // release it refuses is dropped: it will never verify.
                bool released = false;
                if (reply) {
                    protocol::Result<wire::GuardedState> state =
                        wire::GuardedState::fromFrame(*reply);
                    released = state && !state->guarded;
                } else {
                    released = reply.error().relayCode == int(protocol::WireError::NotFound);
                }
                AppResult<Tx> tx = Tx::begin(m_account.db());
                if (tx && m_account.setSetting(kReleaseSetting, {}) &&
                    (!released ||
                     (m_account.setSetting(kLinkSetting, {}) &&
                      m_account.setSetting(kQuietSetting, {}) &&
                      m_account.setSetting(kShareSetting, {}) &&
                      storage::SafetyStateRepository(m_account.db()).revokeAllApprovals() &&
                      m_account.setSetting(kModeSetting, {}))) &&
                    tx->commit()) {
                    loadGuardedMode();
                    Q_EMIT guardedChanged();
                }
                loadGuardedMode();
                finished();
            });
        return;
    }
    const std::optional<StoredLink> link = storedLink(m_account);
    if (m_guardedMode != GuardedMode::On || !link)
        return;
    m_guardedSyncing = true;
    guardedRequest(
        wire::GuardedLink{link->guardianKey, link->linkedAtMs, link->signature}.toFrame(0),
        [this, finished](const AppResult<protocol::Frame> &reply) {
            if (!reply) {
                if (reply.error().relayCode != 0)
                    Q_EMIT problem(QStringLiteral("the relay refused guarded mode: ") +
                                   reply.error().detail);
                return finished();
            }
            storage::Result<QList<storage::GuardianApproval>> approvals =
                storage::SafetyStateRepository(m_account.db()).approvals();
            if (!approvals)
                return finished();
            // The approvals go in batches; the relay checks each signature.
            auto remaining = std::make_shared<QList<storage::GuardianApproval>>(*approvals);
            // Each step holds itself only weakly; the request in flight holds
            // the next one. So nothing outlives a request whose answer never
            // comes (a connection gone, the pipeline closed).
            auto next = std::make_shared<std::function<void()>>();
            *next = [this, remaining, self = std::weak_ptr<std::function<void()>>(next), finished] {
                if (remaining->isEmpty())
                    return finished();
                wire::GuardedContacts change{m_account.coveId(), {}, {}};
                while (!remaining->isEmpty() && change.add.size() < wire::kMaxGuardedChanges) {
                    const storage::GuardianApproval a = remaining->takeFirst();
                    change.add.append({a.contactId, a.approvedAt, a.signature});
                }
                guardedRequest(change.toFrame(0),
                               [step = self.lock(), finished](const AppResult<protocol::Frame> &r) {
                                   if (!r)
                                       return finished();
                                   (*step)();
                               });
            };
            (*next)();
        });
}

// ---- the guardian's side ------------------------------------------------------------

AppResult<QString> Messenger::openPairing()
{
    if (m_guardedMode != GuardedMode::Off)
        return notAllowed("a child's profile cannot be a guardian");
    const QByteArray secret = protocol::crypto::randomByteArray(protocol::kPairingSecretSize);
    COVE_APP_TRY(m_account.setSetting(kOpenPairingSetting, secret));
    return protocol::formatGuardianLink(protocol::GuardianLink{m_account.coveId(), secret});
}

AppResult<QList<ChildRow>> Messenger::children()
{
    storage::Result<QList<ChildRow>> rows = storage::GuardianRepository(m_account.db()).children();
    if (!rows)
        return storageError(rows.error());
    return *rows;
}

AppResult<ChildRow> Messenger::linkedChild(const QString &childId)
{
    storage::Result<std::optional<ChildRow>> row =
        storage::GuardianRepository(m_account.db()).child(childId);
    if (!row)
        return storageError(row.error());
    if (!row->has_value() || (*row)->state != ChildRow::State::Linked)
        return appError(AppError::Code::NotFound, QStringLiteral("no such child"));
    return **row;
}

AppResult<void> Messenger::acceptChild(const QString &childId)
{
    storage::GuardianRepository guardians(m_account.db());
    storage::Result<std::optional<ChildRow>> row = guardians.child(childId);
    if (!row)
        return storageError(row.error());
    if (!row->has_value() || (*row)->state != ChildRow::State::Asking)
        return appError(AppError::Code::NotFound, QStringLiteral("no child is asking to pair"));
    storage::Result<std::optional<storage::ProtocolStore::PeerIdentity>> identity =
        m_account.protocolStore().peerIdentityState(addressOf(childId));
    if (!identity)
        return storageError(identity.error());
    if (!identity->has_value() || !protocol::coveIdMatchesKey(childId, (*identity)->publicKey))
        return appError(AppError::Code::NotFound, QStringLiteral("the child's key is unknown"));
    ChildRow child = **row;
    child.childKey = (*identity)->publicKey;
    child.state = ChildRow::State::Linked;
    child.linkedAt = nowMs();
    AppResult<QByteArray> signature = m_account.sign(
        protocol::guardianLinkPayload(child.childKey, m_account.identityKey(), child.linkedAt));
    if (!signature)
        return signature.error();
    AppResult<Tx> tx = Tx::begin(m_account.db());
    if (!tx)
        return tx.error();
    COVE_APP_TRY_STORAGE(guardians.putChild(child));
    COVE_APP_TRY(saveContact(childId, child.name));
    // One pairing per link: the next child needs a new one.
    COVE_APP_TRY(m_account.setSetting(kOpenPairingSetting, {}));
    GuardianMessage accept;
    accept.kind = GuardianMessage::Kind::PairAccept;
    accept.atMs = child.linkedAt;
    accept.signature = *signature;
    accept.name = m_account.displayName().left(protocol::kMaxGuardianNameChars);
    COVE_APP_TRY(sendGuardian(childId, accept));
    COVE_APP_TRY(tx->commit());
    Q_EMIT guardedChanged();
    pump();
    return {};
}

AppResult<void> Messenger::declineChild(const QString &childId)
{
    storage::Result<bool> removed =
        storage::GuardianRepository(m_account.db()).removeChild(childId);
    if (!removed)
        return storageError(removed.error());
    Q_EMIT guardedChanged();
    return {};
}

AppResult<QList<ContactAsk>> Messenger::childAsks(const QString &childId)
{
    storage::Result<QList<ContactAsk>> asks =
        storage::GuardianRepository(m_account.db()).asks(childId);
    if (!asks)
        return storageError(asks.error());
    return *asks;
}

AppResult<QList<GuardianEvent>> Messenger::childEvents(const QString &childId)
{
    storage::Result<QList<GuardianEvent>> events =
        storage::GuardianRepository(m_account.db()).events(childId);
    if (!events)
        return storageError(events.error());
    return *events;
}

AppResult<void> Messenger::approveContact(const QString &childId, const QString &typedContactId,
                                          const QString &name)
{
    AppResult<ChildRow> child = linkedChild(childId);
    if (!child)
        return child.error();
    const QString contactId = protocol::normalizeCoveId(typedContactId);
    if (contactId.isEmpty() || contactId == childId)
        return appError(AppError::Code::InvalidArgument,
                        QStringLiteral("not a Cove ID (check for a mistyped character)"));
    storage::GuardianRepository guardians(m_account.db());
    storage::Result<std::optional<ContactAsk>> earlier = guardians.ask(childId, contactId);
    if (!earlier)
        return storageError(earlier.error());
    ContactAsk ask = earlier->value_or(ContactAsk{childId, contactId, {}, nowMs(), {}});
    if (!name.trimmed().isEmpty())
        ask.name = name.trimmed().left(protocol::kMaxGuardianNameChars);
    if (ask.name.isEmpty())
        ask.name = protocol::displayCoveId(contactId);
    ask.state = ContactAsk::State::Approved;
    const qint64 at = nowMs();
    AppResult<QByteArray> signature =
        m_account.sign(protocol::guardianApprovalPayload(child->childKey, contactId, at));
    if (!signature)
        return signature.error();
    AppResult<Tx> tx = Tx::begin(m_account.db());
    if (!tx)
        return tx.error();
    COVE_APP_TRY_STORAGE(guardians.putAsk(ask));
    GuardianMessage approved;
    approved.kind = GuardianMessage::Kind::ContactApproved;
    approved.contactId = contactId;
    approved.atMs = at;
    approved.signature = *signature;
    COVE_APP_TRY(sendGuardian(childId, approved));
    COVE_APP_TRY(tx->commit());
    // The relay lets the contact through at once, even while the child's
    // app is offline.
    guardedRequest(wire::GuardedContacts{childId, {{contactId, at, *signature}}, {}}.toFrame(0));
    Q_EMIT guardedChanged();
    pump();
    return {};
}

AppResult<void> Messenger::declineContact(const QString &childId, const QString &contactId)
{
    AppResult<ChildRow> child = linkedChild(childId);
    if (!child)
        return child.error();
    storage::GuardianRepository guardians(m_account.db());
    storage::Result<std::optional<ContactAsk>> ask = guardians.ask(childId, contactId);
    if (!ask)
        return storageError(ask.error());
    if (!ask->has_value())
        return appError(AppError::Code::NotFound, QStringLiteral("the child did not ask"));
    ContactAsk declined = **ask;
    declined.state = ContactAsk::State::Declined;
    GuardianMessage message;
    message.kind = GuardianMessage::Kind::ContactDeclined;
    message.contactId = contactId;
    return recordAndSend(childId, message, [&]() -> AppResult<void> {
        COVE_APP_TRY_STORAGE(guardians.putAsk(declined));
        return {};
    });
}

AppResult<void> Messenger::removeChildContact(const QString &childId, const QString &contactId)
{
    AppResult<ChildRow> child = linkedChild(childId);
    if (!child)
        return child.error();
    GuardianMessage message;
    message.kind = GuardianMessage::Kind::ContactRemoved;
    message.contactId = contactId;
    const AppResult<void> sent = recordAndSend(childId, message, [&]() -> AppResult<void> {
        COVE_APP_TRY_STORAGE(
            storage::GuardianRepository(m_account.db()).removeAsk(childId, contactId));
        return {};
    });
    if (!sent)
        return sent;
    guardedRequest(wire::GuardedContacts{childId, {}, {contactId}}.toFrame(0));
    return {};
}

AppResult<void> Messenger::setChildQuietHours(const QString &childId,
                                              std::optional<QuietHours> hours)
{
    AppResult<ChildRow> child = linkedChild(childId);
    if (!child)
        return child.error();
    const auto valid = [](int m) { return m >= 0 && m < int(GuardianMessage::kMinutesPerDay); };
    if (hours && (!valid(hours->fromMinutes) || !valid(hours->untilMinutes) ||
                  hours->fromMinutes == hours->untilMinutes))
        return appError(AppError::Code::InvalidArgument,
                        QStringLiteral("quiet hours need a start and a different end"));
    GuardianMessage message;
    message.kind = GuardianMessage::Kind::QuietHours;
    if (hours) {
        message.quietFrom = quint32(hours->fromMinutes);
        message.quietUntil = quint32(hours->untilMinutes);
    }
    return recordAndSend(childId, message, [&] {
        return m_account.setSetting(kChildQuietPrefix + childId, storedQuiet(hours));
    });
}

AppResult<void> Messenger::setChildMediaSharing(const QString &childId, bool on)
{
    AppResult<ChildRow> child = linkedChild(childId);
    if (!child)
        return child.error();
    return recordAndSend(
        childId,
        GuardianMessage{on ? GuardianMessage::Kind::MediaSharingOn
                           : GuardianMessage::Kind::MediaSharingOff},
        [&] { return m_account.setSetting(kChildSharePrefix + childId, on ? "1" : QByteArray()); });
}

bool Messenger::childMediaSharing(const QString &childId)
{
    return m_account.setting(kChildSharePrefix + childId) == "1";
}

std::optional<Messenger::QuietHours> Messenger::childQuietHours(const QString &childId)
{
    return quietOf(m_account.setting(kChildQuietPrefix + childId));
}

AppResult<void> Messenger::releaseChild(const QString &childId)
{
    AppResult<ChildRow> child = linkedChild(childId);
    if (!child)
        return child.error();
    AppResult<QByteArray> signature =
        m_account.sign(protocol::guardianReleasePayload(child->childKey, child->linkedAt));
    if (!signature)
        return signature.error();
    GuardianMessage release;
    release.kind = GuardianMessage::Kind::Release;
    release.atMs = child->linkedAt;
    release.signature = *signature;
    return recordAndSend(childId, release, [&]() -> AppResult<void> {
        COVE_APP_TRY_STORAGE(storage::GuardianRepository(m_account.db()).removeChild(childId));
        return {};
    });
}

void Messenger::childActivity(const QString &childId,
                              std::function<void(const AppResult<wire::GuardedState> &)> done)
{
    m_relay.request(this, wire::GuardedQuery{childId}.toFrame(0),
                    [done = std::move(done)](const AppResult<protocol::Frame> &reply) {
                        if (!reply)
                            return done(reply.error());
                        protocol::Result<wire::GuardedState> state =
                            wire::GuardedState::fromFrame(*reply);
                        if (!state)
                            return done(protocolError(state.error()));
                        done(*state);
                    });
}

// ---- sending and receiving ----------------------------------------------------------

AppResult<void> Messenger::sendGuardian(const QString &recipient, GuardianMessage message)
{
    protocol::Content content = protocol::makeContent({});
    content.guardian = std::move(message);
    if (protocol::Result<void> valid = protocol::validateContent(content); !valid)
        return appError(AppError::Code::InvalidArgument, valid.error().detail);
    AppResult<storage::OutboxEntry> row = queueDirect(recipient, content, std::nullopt);
    if (!row)
        return row.error();
    return {};
}

AppResult<void> Messenger::recordAndSend(const QString &recipient, const GuardianMessage &message,
                                         const std::function<AppResult<void>()> &record)
{
    AppResult<Tx> tx = Tx::begin(m_account.db());
    if (!tx)
        return tx.error();
    COVE_APP_TRY(record());
    COVE_APP_TRY(sendGuardian(recipient, message));
    COVE_APP_TRY(tx->commit());
    Q_EMIT guardedChanged();
    pump();
    return {};
}

AppResult<void> Messenger::receiveGuardian(const QString &sender, const GuardianMessage &message,
                                           ReceiveOutcome &outcome)
{
    switch (message.kind) {
    case GuardianMessage::Kind::PairAccept:
    case GuardianMessage::Kind::ContactApproved:
    case GuardianMessage::Kind::ContactDeclined:
    case GuardianMessage::Kind::Release:
    case GuardianMessage::Kind::QuietHours:
    case GuardianMessage::Kind::MediaSharingOn:
    case GuardianMessage::Kind::MediaSharingOff:
        return receiveFromGuardian(sender, message, outcome);
    case GuardianMessage::Kind::SharedMedia:
        return receiveFromChild(sender, message, outcome);
    case GuardianMessage::Kind::ContactRemoved:
        if (m_guardedMode != GuardedMode::Off)
            return receiveFromGuardian(sender, message, outcome);
        return receiveFromChild(sender, message, outcome);
    case GuardianMessage::Kind::PairRequest:
    case GuardianMessage::Kind::ContactAsk:
    case GuardianMessage::Kind::HelpRequest:
    case GuardianMessage::Kind::Blocked:
    case GuardianMessage::Kind::Reported:
        return receiveFromChild(sender, message, outcome);
    }
    return {};
}

AppResult<void> Messenger::receiveFromGuardian(const QString &sender,
                                               const GuardianMessage &message,
                                               ReceiveOutcome &outcome)
{
    if (m_guardedMode == GuardedMode::Off || sender != guardianId())
        return notAllowed("a guardian's message from someone who is not our guardian");
    storage::SafetyStateRepository safety(m_account.db());
    storage::GuardianRepository guardians(m_account.db());
    const std::optional<StoredLink> link = storedLink(m_account);
    switch (message.kind) {
    case GuardianMessage::Kind::PairAccept: {
        if (m_guardedMode != GuardedMode::Pairing)
            return notAllowed("no pairing is waiting");
        storage::Result<std::optional<storage::ProtocolStore::PeerIdentity>> identity =
            m_account.protocolStore().peerIdentityState(addressOf(sender));
        if (!identity)
            return storageError(identity.error());
        if (!identity->has_value() || !protocol::coveIdMatchesKey(sender, (*identity)->publicKey))
            return notAllowed("the guardian's key is unknown");
        const QByteArray payload = protocol::guardianLinkPayload(
            m_account.identityKey(), (*identity)->publicKey, *message.atMs);
        if (!protocol::verifyGuardianSignature(m_account.context(), (*identity)->publicKey, payload,
                                               message.signature))
            return notAllowed("the guardian's signature does not verify");
        COVE_APP_TRY(m_account.setSetting(kAcceptSetting,
                                          cborOf(QCborArray{*message.atMs, message.signature})));
        COVE_APP_TRY(m_account.setSetting(kModeSetting, modeName(GuardedMode::Confirm)));
        COVE_APP_TRY(saveContact(sender, message.name));
        outcome.guardedChanged = true;
        return {};
    }
    case GuardianMessage::Kind::ContactApproved: {
        if (m_guardedMode != GuardedMode::On || !link)
            return notAllowed("not guarded");
        const QByteArray payload = protocol::guardianApprovalPayload(
            m_account.identityKey(), message.contactId, *message.atMs);
        // An approval not signed by our guardian's key is refused here, as
        // the relay refuses it.
        if (message.contactId == m_account.coveId() ||
            !protocol::isCanonicalCoveId(message.contactId) ||
            !protocol::verifyGuardianSignature(m_account.context(), link->guardianKey, payload,
                                               message.signature))
            return notAllowed("an approval that is not the guardian's");
        COVE_APP_TRY_STORAGE(safety.approve(storage::GuardianApproval{
            message.contactId, link->guardianKey, message.signature, *message.atMs}));
        storage::Result<std::optional<ContactAsk>> asked =
            guardians.ask(m_account.coveId(), message.contactId);
        if (!asked)
            return storageError(asked.error());
        ContactAsk ask = asked->value_or(ContactAsk{m_account.coveId(),
                                                    message.contactId,
                                                    protocol::displayCoveId(message.contactId),
                                                    nowMs(),
                                                    {}});
        ask.state = ContactAsk::State::Approved;
        COVE_APP_TRY_STORAGE(guardians.putAsk(ask));
        COVE_APP_TRY(saveContact(message.contactId, ask.name));
        outcome.guardedChanged = true;
        return {};
    }
    case GuardianMessage::Kind::ContactDeclined: {
        storage::Result<std::optional<ContactAsk>> asked =
            guardians.ask(m_account.coveId(), message.contactId);
        if (!asked)
            return storageError(asked.error());
        if (!asked->has_value())
            return {};
        ContactAsk ask = **asked;
        ask.state = ContactAsk::State::Declined;
        COVE_APP_TRY_STORAGE(guardians.putAsk(ask));
        outcome.guardedChanged = true;
        return {};
    }
    case GuardianMessage::Kind::MediaSharingOn:
    case GuardianMessage::Kind::MediaSharingOff:
        COVE_APP_TRY(m_account.setSetting(
            kShareSetting,
            message.kind == GuardianMessage::Kind::MediaSharingOn ? "1" : QByteArray()));
        outcome.guardedChanged = true;
        return {};
    case GuardianMessage::Kind::QuietHours: {
        std::optional<QuietHours> hours;
        if (message.quietFrom)
            hours = QuietHours{int(*message.quietFrom), int(*message.quietUntil)};
        COVE_APP_TRY(m_account.setSetting(kQuietSetting, storedQuiet(hours)));
        outcome.guardedChanged = true;
        return {};
    }
    case GuardianMessage::Kind::ContactRemoved:
        COVE_APP_TRY_STORAGE(safety.revokeApproval(message.contactId));
        COVE_APP_TRY_STORAGE(guardians.removeAsk(m_account.coveId(), message.contactId));
        COVE_APP_TRY_STORAGE(m_contacts.remove(message.contactId));
        outcome.guardedChanged = true;
        return {};
    case GuardianMessage::Kind::Release: {
        if (!link || *message.atMs != link->linkedAtMs)
            return notAllowed("a release of another link");
        const QByteArray payload =
            protocol::guardianReleasePayload(m_account.identityKey(), link->linkedAtMs);
        if (!protocol::verifyGuardianSignature(m_account.context(), link->guardianKey, payload,
                                               message.signature))
            return notAllowed("a release that is not the guardian's");
        COVE_APP_TRY(m_account.setSetting(kReleaseSetting,
                                          cborOf(QCborArray{*message.atMs, message.signature})));
        outcome.guardedChanged = true;
        return {};
    }
    default:
        return {};
    }
}

AppResult<void> Messenger::receiveFromChild(const QString &sender, const GuardianMessage &message,
                                            ReceiveOutcome &outcome)
{
    if (m_guardedMode != GuardedMode::Off)
        return notAllowed("a child's profile is no guardian");
    storage::GuardianRepository guardians(m_account.db());
    if (message.kind == GuardianMessage::Kind::PairRequest) {
        const QByteArray open = m_account.setting(kOpenPairingSetting);
        // A stale or guessed link learns nothing: the request is dropped.
        if (open.isEmpty() || !protocol::crypto::constantTimeEquals(open, message.secret))
            return notAllowed("no such pairing");
        storage::Result<std::optional<ChildRow>> existing = guardians.child(sender);
        if (!existing)
            return storageError(existing.error());
        if (existing->has_value() && (*existing)->state == ChildRow::State::Linked)
            return {};
        COVE_APP_TRY_STORAGE(guardians.putChild(
            ChildRow{sender, message.name, {}, ChildRow::State::Asking, nowMs(), 0}));
        outcome.guardedChanged = true;
        return {};
    }
    AppResult<ChildRow> child = linkedChild(sender);
    if (!child)
        return notAllowed("a child's message from someone who is not our child");
    switch (message.kind) {
    case GuardianMessage::Kind::ContactAsk:
        COVE_APP_TRY_STORAGE(guardians.putAsk(ContactAsk{sender, message.contactId, message.name,
                                                         nowMs(), ContactAsk::State::Pending}));
        break;
    case GuardianMessage::Kind::HelpRequest:
        COVE_APP_TRY_STORAGE(guardians.addEvent(
            GuardianEvent{0, sender, GuardianEvent::Kind::HelpAsked, message.contactId, nowMs()}));
        outcome.helpFrom = sender;
        break;
    case GuardianMessage::Kind::Blocked:
    case GuardianMessage::Kind::Reported:
    case GuardianMessage::Kind::ContactRemoved:
    case GuardianMessage::Kind::SharedMedia: {
        if (message.kind == GuardianMessage::Kind::SharedMedia && !childMediaSharing(sender))
            return notAllowed("files shared without being asked");
        const GuardianEvent::Kind kind =
            message.kind == GuardianMessage::Kind::Blocked    ? GuardianEvent::Kind::Blocked
            : message.kind == GuardianMessage::Kind::Reported ? GuardianEvent::Kind::Reported
            : message.kind == GuardianMessage::Kind::SharedMedia
                ? GuardianEvent::Kind::MediaShared
                : GuardianEvent::Kind::ContactRemoved;
        COVE_APP_TRY_STORAGE(
            guardians.addEvent(GuardianEvent{0, sender, kind, message.contactId, nowMs()}));
        if (kind == GuardianEvent::Kind::ContactRemoved)
            COVE_APP_TRY_STORAGE(guardians.removeAsk(sender, message.contactId));
        break;
    }
    default:
        break;
    }
    outcome.guardedChanged = true;
    return {};
}

} // namespace cove::app
