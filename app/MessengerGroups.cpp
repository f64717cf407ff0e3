// SPDX-License-Identifier: GPL-3.0-or-later
// The Messenger's groups: changes made by admins and sent end-to-end
// encrypted to every member, invitations, and invite links.
#include "Account.h"
#include "CoveId.h"
#include "Crypto.h"
#include "EarlyMessages.h"
#include "InviteLink.h"
#include "Messenger.h"
#include "MessengerSupport.h"
#include "ProtocolStore.h"
#include "SafetyState.h"

#include <algorithm>
#include <limits>

namespace cove::app {

using namespace messenger;

namespace {
/// How long a group message waits for the change that lets its sender in:
/// as long as the relay keeps the envelope that change travels in.
constexpr qint64 kEarlyKeepMs = 30LL * 24 * 60 * 60 * 1000;

/// How far ahead of ours a group change from a member who is not an admin
/// (a rename, a leave) may be numbered: a few changes they saw before us.
constexpr quint32 kMaxMemberRevisionStep = 16;

/// A group's state, kept as the base of this account's change so that the
/// change can be made again should another one made at once win.
QByteArray encodeBase(const QByteArray &groupId, const protocol::GroupUpdate &state)
{
    protocol::Content c = protocol::makeContent(QString());
    c.group = protocol::GroupContext{groupId, 0};
    c.groupUpdate = state;
    return protocol::encodeContent(c);
}

std::optional<protocol::GroupUpdate> decodeBase(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return std::nullopt;
    protocol::Result<protocol::Content> c = protocol::decodeContent(bytes);
    if (!c || !c->groupUpdate)
        return std::nullopt;
    return c->groupUpdate;
}

/// `id`'s role among `members`; none when not one of them.
std::optional<protocol::GroupMember::Role> roleIn(const QList<protocol::GroupMember> &members,
                                                  const QString &id)
{
    auto it = std::find_if(members.cbegin(), members.cend(),
                           [&](const protocol::GroupMember &m) { return m.coveId == id; });
    return it == members.cend() ? std::nullopt : std::optional(it->role);
}

/// Two changes made at once from the same group `base` (the same revision),
/// `x` by `xAuthor` and `y` by `yAuthor`, taken together. The same whichever
/// came first, so every copy of the group ends the same: whoever either
/// change removed is out (a removal or a leave holds), whoever either added
/// is in, a changed role or permission is taken from the change that made
/// it, and where both changed the name or the link, the change of the lower
/// Cove ID counts. A group keeps an admin.
protocol::GroupUpdate mergeChanges(const protocol::GroupUpdate &base,
                                   const protocol::GroupUpdate &x, const QString &xAuthor,
                                   const protocol::GroupUpdate &y, const QString &yAuthor)
{
    using Role = protocol::GroupMember::Role;
    QStringList ids;
    for (const protocol::GroupUpdate *u : {&base, &x, &y})
        for (const protocol::GroupMember &m : u->members)
            if (!ids.contains(m.coveId))
                ids.append(m.coveId);
    ids.sort();
    protocol::GroupUpdate out = base;
    out.members.clear();
    for (const QString &id : std::as_const(ids)) {
        const std::optional<Role> b = roleIn(base.members, id), rx = roleIn(x.members, id),
                                  ry = roleIn(y.members, id);
        if (b ? !(rx && ry) : !(rx || ry))
            continue;
        Role role = Role::Member;
        if (b)
            role = *rx != *b ? *rx : *ry;
        else if (rx && ry)
            role = std::min(*rx, *ry);
        else
            role = rx ? *rx : *ry;
        out.members.append({id, role});
    }
    if (!out.members.isEmpty() &&
        std::none_of(out.members.cbegin(), out.members.cend(),
                     [](const protocol::GroupMember &m) { return m.role == Role::Admin; }))
        out.members[0].role = Role::Admin;
    const bool xFirst = xAuthor < yAuthor;
    const bool xNamed = x.name != base.name, yNamed = y.name != base.name;
    if (xNamed || yNamed)
        out.name = xNamed && (!yNamed || xFirst) ? x.name : y.name;
    out.permissions = quint8(base.permissions ^ ((base.permissions ^ x.permissions) |
                                                 (base.permissions ^ y.permissions)));
    const bool xLink = x.inviteToken != base.inviteToken || x.inviteApproval != base.inviteApproval;
    const bool yLink = y.inviteToken != base.inviteToken || y.inviteApproval != base.inviteApproval;
    if (xLink || yLink) {
        const protocol::GroupUpdate &from = xLink && (!yLink || xFirst) ? x : y;
        out.inviteToken = from.inviteToken;
        out.inviteApproval = from.inviteApproval;
    }
    return out;
}

/// The members once `id` has left: a group keeps an admin, so when none is
/// left the longest-standing member (members() lists them by when they
/// were added) becomes one, on the leaving app and on every other alike.
QList<storage::GroupMember> afterLeaving(QList<storage::GroupMember> members, const QString &id)
{
    members.removeIf([&](const storage::GroupMember &m) { return m.memberId == id; });
    if (!members.isEmpty() &&
        std::none_of(members.cbegin(), members.cend(), [](const storage::GroupMember &m) {
            return m.role == storage::MemberRole::Admin;
        }))
        members[0].role = storage::MemberRole::Admin;
    return members;
}
} // namespace
using storage::Conversation;
using storage::ConversationKind;

AppResult<void> Messenger::requireAdmin(qint64 conversationId)
{
    storage::Result<std::optional<storage::MemberRole>> role =
        m_conversations.roleOf(conversationId, m_account.coveId());
    if (!role)
        return storageError(role.error());
    if (!role->has_value() || **role != storage::MemberRole::Admin)
        return appError(AppError::Code::NotAllowed,
                        QStringLiteral("only a group's admins can change it"));
    return {};
}

AppResult<Messenger::GroupState> Messenger::groupForChange(qint64 conversationId)
{
    COVE_APP_TRY(requireAdmin(conversationId));
    return groupState(conversationId);
}

AppResult<Messenger::GroupState> Messenger::groupState(qint64 conversationId)
{
    AppResult<Conversation> conv = conversation(conversationId);
    if (!conv)
        return conv.error();
    storage::Result<QList<storage::GroupMember>> members = m_conversations.members(conversationId);
    if (!members)
        return storageError(members.error());
    return GroupState{*conv, *members};
}

AppResult<QList<storage::GroupMember>> Messenger::groupMembers(qint64 conversationId)
{
    storage::Result<QList<storage::GroupMember>> members = m_conversations.members(conversationId);
    if (!members)
        return storageError(members.error());
    return *members;
}

AppResult<QStringList> Messenger::unapprovedMembers(qint64 conversationId)
{
    if (m_guardedMode == GuardedMode::Off)
        return QStringList();
    storage::Result<std::optional<storage::MemberRole>> self =
        m_conversations.roleOf(conversationId, m_account.coveId());
    if (!self)
        return storageError(self.error());
    if (!self->has_value())
        return QStringList(); // not in it (any more): nothing to write to anyway
    AppResult<QStringList> others = otherMembers(conversationId);
    if (!others)
        return others.error();
    return unapprovedAmong(*others);
}

AppResult<QStringList> Messenger::unapprovedAmong(const QStringList &ids)
{
    QStringList out;
    if (m_guardedMode == GuardedMode::Off)
        return out;
    for (const QString &id : ids) {
        if (id == m_account.coveId())
            continue;
        AppResult<bool> allowed = guardedAllows(id);
        if (!allowed)
            return allowed.error();
        if (!*allowed)
            out.append(id);
    }
    return out;
}

AppResult<bool> Messenger::memberOfGroup(const QByteArray &groupId)
{
    storage::Result<std::optional<Conversation>> group = m_conversations.findGroup(groupId);
    if (!group)
        return storageError(group.error());
    if (!group->has_value())
        return false;
    storage::Result<std::optional<storage::MemberRole>> self =
        m_conversations.roleOf((*group)->id, m_account.coveId());
    if (!self)
        return storageError(self.error());
    return self->has_value();
}

AppResult<quint8> Messenger::groupPermissions(qint64 conversationId)
{
    storage::Result<quint8> permissions = m_conversations.groupPermissions(conversationId);
    if (!permissions)
        return storageError(permissions.error());
    return *permissions;
}

AppResult<void> Messenger::setGroupPermissions(qint64 conversationId, quint8 permissions)
{
    if (permissions & ~protocol::GroupUpdate::kKnownPermissions)
        return appError(AppError::Code::InvalidArgument, QStringLiteral("unknown permissions"));
    AppResult<GroupState> group = groupForChange(conversationId);
    if (!group)
        return group.error();
    AppResult<QStringList> others = otherMembers(conversationId);
    if (!others)
        return others.error();
    return sendGroupUpdate(group->conversation, group->conversation.title, group->members, *others,
                           false, permissions);
}

AppResult<void> Messenger::sendGroupUpdate(const Conversation &conv, const QString &name,
                                           const QList<storage::GroupMember> &members,
                                           const QStringList &recipients, bool rekey,
                                           std::optional<quint8> permissions,
                                           std::optional<storage::InviteLinkState> invite)
{
    AppResult<Tx> tx = Tx::begin(m_account.db());
    if (!tx)
        return tx.error();
    AppResult<bool> settled =
        queueGroupUpdate(conv, name, members, recipients, rekey, permissions, invite);
    if (!settled)
        return settled.error();
    COVE_APP_TRY(tx->commit());
    Q_EMIT conversationChanged(conv.id);
    if (*settled)
        Q_EMIT joinRequestsChanged(conv.id);
    pump();
    return {};
}

AppResult<bool> Messenger::queueGroupUpdate(const Conversation &conv, const QString &name,
                                            const QList<storage::GroupMember> &members,
                                            const QStringList &recipients, bool rekey,
                                            std::optional<quint8> permissions,
                                            std::optional<storage::InviteLinkState> invite)
{
    storage::GroupLinkRepository links(m_account.db());
    if (!invite) {
        storage::Result<storage::InviteLinkState> stored = links.inviteLink(conv.id);
        if (!stored)
            return storageError(stored.error());
        invite = *stored;
    }
    storage::Result<quint32> revision = m_conversations.groupRevision(conv.id);
    if (!revision)
        return storageError(revision.error());
    if (!permissions) {
        AppResult<quint8> stored = groupPermissions(conv.id);
        if (!stored)
            return stored.error();
        permissions = *stored;
    }
    if (*revision == std::numeric_limits<quint32>::max())
        return appError(AppError::Code::NotAllowed,
                        QStringLiteral("this group has changed too often to change again"));
    const quint32 next = *revision + 1;
    protocol::Content c = protocol::makeContent(QString());
    c.group = protocol::GroupContext{conv.groupId, next};
    storage::Result<QString> creator = m_conversations.groupCreator(conv.id);
    if (!creator)
        return storageError(creator.error());
    // The group before this change, should another one made at once win.
    storage::Result<QList<storage::GroupMember>> current = m_conversations.members(conv.id);
    if (!current)
        return storageError(current.error());
    storage::Result<storage::InviteLinkState> currentLink = links.inviteLink(conv.id);
    if (!currentLink)
        return storageError(currentLink.error());
    AppResult<quint8> currentPermissions = groupPermissions(conv.id);
    if (!currentPermissions)
        return currentPermissions.error();
    AppResult<Conversation> stored = conversation(conv.id);
    if (!stored)
        return stored.error();
    const protocol::GroupUpdate base{stored->title,         toContentMembers(*current),
                                     *currentPermissions,   currentLink->token,
                                     currentLink->approval, *creator};
    c.groupUpdate = protocol::GroupUpdate{name,          toContentMembers(members), *permissions,
                                          invite->token, invite->approval,          *creator};
    if (protocol::Result<void> valid = protocol::validateContent(c); !valid)
        return appError(AppError::Code::InvalidArgument, valid.error().detail);
    // A guarded child tells nobody its guardian did not approve, not even
    // that it leaves or removes them (the relay would refuse it).
    AppResult<QStringList> unapproved = unapprovedAmong(recipients);
    if (!unapproved)
        return unapproved.error();
    for (const QString &r : recipients)
        if (!unapproved->contains(r))
            COVE_APP_TRY(queueDirect(r, c, std::nullopt));
    COVE_APP_TRY_STORAGE(m_conversations.setMembers(conv.id, members));
    COVE_APP_TRY_STORAGE(m_conversations.setTitle(conv.id, name));
    COVE_APP_TRY_STORAGE(m_conversations.setGroupRevision(conv.id, next));
    COVE_APP_TRY_STORAGE(m_conversations.setGroupRevisionBy(
        conv.id, {m_account.coveId(), encodeBase(conv.groupId, base)}));
    COVE_APP_TRY_STORAGE(m_conversations.setGroupPermissions(conv.id, *permissions));
    COVE_APP_TRY_STORAGE(links.setInviteLink(conv.id, *invite));
    bool settled = false;
    for (const storage::GroupMember &m : members) { // whoever asked to join is in now
        storage::Result<bool> removed = links.removeJoinRequest(conv.id, m.memberId);
        if (!removed)
            return storageError(removed.error());
        settled = settled || *removed;
    }
    if (rekey) {
        // Someone left: a new sender key, so they cannot read what follows.
        if (storage::Result<void> r = m_account.protocolStore().removeSenderKey(
                {conv.groupId, addressOf(m_account.coveId())});
            !r)
            return storageError(r.error());
        COVE_APP_TRY_STORAGE(m_conversations.clearSenderKeyShares(conv.id));
    }
    return settled;
}

AppResult<Conversation> Messenger::createGroup(const QString &name, const QStringList &memberIds)
{
    const qint64 now = nowMs();
    QList<storage::GroupMember> members{{m_account.coveId(), storage::MemberRole::Admin, now}};
    QStringList recipients;
    for (const QString &typed : memberIds) {
        const QString id = protocol::normalizeCoveId(typed);
        if (id.isEmpty())
            return appError(AppError::Code::InvalidArgument,
                            QStringLiteral("not a Cove ID: %1").arg(typed));
        if (id == m_account.coveId() || recipients.contains(id))
            continue;
        recipients.append(id);
        members.append({id, storage::MemberRole::Member, now});
    }
    if (name.size() > protocol::kMaxGroupNameChars)
        return appError(AppError::Code::InvalidArgument, QStringLiteral("group name too long"));
    COVE_APP_TRY(checkGroupSize(int(members.size())));
    COVE_APP_TRY(requireApproved(recipients, "your guardian has not approved everyone here"));
    const QByteArray groupId = protocol::crypto::randomByteArray(16);
    storage::Result<Conversation> conv =
        m_conversations.createGroup(groupId, name, now, {members.constFirst()});
    if (!conv)
        return storageError(conv.error());
    COVE_APP_TRY_STORAGE(m_conversations.setGroupCreator(conv->id, m_account.coveId()));
    COVE_APP_TRY(sendGroupUpdate(*conv, name, members, recipients, false));
    COVE_APP_TRY(applyDefaultTimer(*conv));
    return groupConversation(groupId);
}

AppResult<void> Messenger::addMembers(qint64 conversationId, const QStringList &memberIds)
{
    AppResult<GroupState> group = groupForChange(conversationId);
    if (!group)
        return group.error();
    const Conversation *conv = &group->conversation;
    QList<storage::GroupMember> *members = &group->members;
    for (const QString &typed : memberIds) {
        const QString id = protocol::normalizeCoveId(typed);
        if (id.isEmpty())
            return appError(AppError::Code::InvalidArgument,
                            QStringLiteral("not a Cove ID: %1").arg(typed));
        if (std::none_of(members->cbegin(), members->cend(),
                         [&](const auto &m) { return m.memberId == id; }))
            members->append({id, storage::MemberRole::Member, nowMs()});
    }
    COVE_APP_TRY(checkGroupSize(int(members->size())));
    QStringList recipients;
    for (const auto &m : *members)
        if (m.memberId != m_account.coveId())
            recipients.append(m.memberId);
    COVE_APP_TRY(requireApproved(recipients, "your guardian has not approved everyone here"));
    return sendGroupUpdate(*conv, conv->title, *members, recipients, false);
}

AppResult<void> Messenger::removeMember(qint64 conversationId, const QString &typedId)
{
    AppResult<GroupState> group = groupForChange(conversationId);
    if (!group)
        return group.error();
    const Conversation *conv = &group->conversation;
    QList<storage::GroupMember> *members = &group->members;
    const QString id = protocol::normalizeCoveId(typedId);
    QStringList recipients; // everyone before the change, so the removed member learns it too
    for (const auto &m : *members)
        if (m.memberId != m_account.coveId())
            recipients.append(m.memberId);
    const auto before = members->size();
    members->removeIf([&](const auto &m) { return m.memberId == id; });
    if (members->size() == before)
        return appError(AppError::Code::NotFound, QStringLiteral("not a member of this group"));
    COVE_APP_TRY(sendGroupUpdate(*conv, conv->title, *members, recipients, true));
    // Whoever was removed knows the link: when it lets people in without an
    // admin, it changes, so they cannot walk back in. (With approval, their
    // request would wait for an admin like anyone's.)
    storage::Result<storage::InviteLinkState> link =
        storage::GroupLinkRepository(m_account.db()).inviteLink(conversationId);
    if (!link)
        return storageError(link.error());
    if (link->token.isEmpty() || link->approval)
        return {};
    recipients.removeAll(id);
    return sendGroupUpdate(
        *conv, conv->title, *members, recipients, false, std::nullopt,
        storage::InviteLinkState{protocol::crypto::randomByteArray(protocol::kInviteTokenSize),
                                 false});
}

AppResult<void> Messenger::setRole(qint64 conversationId, const QString &typedId,
                                   storage::MemberRole role)
{
    AppResult<GroupState> group = groupForChange(conversationId);
    if (!group)
        return group.error();
    const Conversation *conv = &group->conversation;
    QList<storage::GroupMember> *members = &group->members;
    const QString id = protocol::normalizeCoveId(typedId);
    bool found = false;
    for (auto &m : *members)
        if (m.memberId == id) {
            m.role = role;
            found = true;
        }
    if (!found)
        return appError(AppError::Code::NotFound, QStringLiteral("not a member of this group"));
    AppResult<QStringList> others = otherMembers(conversationId);
    if (!others)
        return others.error();
    return sendGroupUpdate(*conv, conv->title, *members, *others, false);
}

AppResult<void> Messenger::renameGroup(qint64 conversationId, const QString &name)
{
    AppResult<GroupState> group = groupForChange(conversationId);
    if (!group) {
        // A member may, when the admins allow it.
        AppResult<quint8> permissions = groupPermissions(conversationId);
        if (!permissions)
            return permissions.error();
        storage::Result<std::optional<storage::MemberRole>> self =
            m_conversations.roleOf(conversationId, m_account.coveId());
        if (!self)
            return storageError(self.error());
        if (!(*permissions & protocol::GroupUpdate::MembersRename) || !self->has_value())
            return group.error();
        group = groupState(conversationId);
        if (!group)
            return group.error();
    }
    const Conversation *conv = &group->conversation;
    QList<storage::GroupMember> *members = &group->members;
    AppResult<QStringList> others = otherMembers(conversationId);
    if (!others)
        return others.error();
    return sendGroupUpdate(*conv, name, *members, *others, false);
}

AppResult<void> Messenger::leaveGroup(qint64 conversationId)
{
    AppResult<Conversation> conv = conversation(conversationId);
    if (!conv)
        return conv.error();
    storage::Result<QList<storage::GroupMember>> members = m_conversations.members(conversationId);
    if (!members)
        return storageError(members.error());
    AppResult<QStringList> others = otherMembers(conversationId);
    if (!others)
        return others.error();
    const QList<storage::GroupMember> remaining = afterLeaving(*members, m_account.coveId());
    // What members wrote before their change came stays unread.
    COVE_APP_TRY_STORAGE(
        storage::EarlyMessageRepository(m_account.db()).removeGroup(conv->groupId));
    if (others->isEmpty()) {
        // The last one in it: there is nobody to tell.
        COVE_APP_TRY_STORAGE(m_conversations.setMembers(conversationId, remaining));
        Q_EMIT conversationChanged(conversationId);
        return {};
    }
    return sendGroupUpdate(*conv, conv->title, remaining, *others, true);
}

AppResult<std::optional<Messenger::GroupInvitation>>
Messenger::groupInvitation(qint64 conversationId)
{
    using Result = std::optional<GroupInvitation>;
    AppResult<Conversation> conv = conversation(conversationId);
    if (!conv)
        return conv.error();
    if (conv->kind != ConversationKind::Group)
        return Result{};
    storage::SafetyStateRepository safety(m_account.db());
    storage::Result<std::optional<storage::MessageRequest>> request =
        safety.request(conversationId);
    if (!request)
        return storageError(request.error());
    if (!request->has_value() || (*request)->state != storage::RequestState::Pending)
        return Result{};
    GroupInvitation invitation;
    invitation.invitedAt = (*request)->receivedAt;
    invitation.inviterId = QCborValue::fromCbor((*request)->facts).toArray().at(2).toString();
    AppResult<RequestFacts> facts = factsOf((*request)->facts, invitation.inviterId);
    if (!facts)
        return facts.error();
    invitation.inviterFacts = *facts;
    if (!facts->accountAge) {
        // The relay stamps only the first envelope between two accounts:
        // when the inviter wrote before, their request has the facts.
        storage::Result<std::optional<Conversation>> direct =
            m_conversations.findDirect(invitation.inviterId);
        if (direct && direct->has_value()) {
            storage::Result<std::optional<storage::MessageRequest>> earlier =
                safety.request((*direct)->id);
            if (earlier && earlier->has_value())
                if (AppResult<RequestFacts> f = factsOf((*earlier)->facts, invitation.inviterId);
                    f && f->accountAge)
                    invitation.inviterFacts = *f;
        }
    }
    storage::Result<QList<storage::GroupMember>> members = m_conversations.members(conversationId);
    if (!members)
        return storageError(members.error());
    for (const storage::GroupMember &m : std::as_const(*members)) {
        if (m.memberId == m_account.coveId())
            continue;
        ++invitation.memberCount;
        if (m.role == storage::MemberRole::Admin)
            invitation.admins.append(m.memberId);
        storage::Result<std::optional<storage::Contact>> c = m_contacts.find(m.memberId);
        if (c && c->has_value())
            invitation.contactsInGroup.append(m.memberId);
    }
    ++invitation.memberCount; // and the person invited
    storage::Result<QString> creator = m_conversations.groupCreator(conversationId);
    if (!creator)
        return storageError(creator.error());
    invitation.creatorId = *creator;
    return Result(invitation);
}

bool Messenger::groupAddsFromContactsOnly()
{
    return m_account.setting(kGroupAddsSetting) == kContactsOnlyValue;
}

AppResult<void> Messenger::setGroupAddsFromContactsOnly(bool on)
{
    return m_account.setSetting(kGroupAddsSetting,
                                on ? kContactsOnlyValue : QByteArray("everyone"));
}

int Messenger::maxGroupMembers()
{
    bool ok = false;
    const int cap = m_account.setting(kGroupCapSetting).toInt(&ok);
    return ok && cap >= 2 ? std::min(cap, int(protocol::kMaxGroupMembers)) : kDefaultGroupCap;
}

AppResult<void> Messenger::checkGroupSize(int members)
{
    if (members > maxGroupMembers())
        return appError(
            AppError::Code::NotAllowed,
            QStringLiteral("groups on this relay have at most %1 members").arg(maxGroupMembers()));
    return {};
}

AppResult<void> Messenger::applyGroupUpdate(const QString &sender, const protocol::Content &content,
                                            const std::optional<wire::FirstContactFacts> &facts)
{
    if (!content.group)
        return appError(AppError::Code::Protocol, QStringLiteral("group update without group"));
    const QByteArray &groupId = content.group->groupId;
    const protocol::GroupUpdate &update = *content.groupUpdate;
    const qint64 now = nowMs();
    const bool weAreIn = roleIn(update.members, m_account.coveId()).has_value();
    // Above the relay's cap only a modified client would go: refused whole.
    COVE_APP_TRY(checkGroupSize(int(update.members.size())));

    storage::Result<std::optional<Conversation>> existing = m_conversations.findGroup(groupId);
    if (!existing)
        return storageError(existing.error());
    if (!existing->has_value()) {
        // A new group: its creator must be an admin of it, and we in it.
        if (roleIn(update.members, sender) != protocol::GroupMember::Role::Admin || !weAreIn)
            return appError(AppError::Code::NotAllowed, QStringLiteral("unexpected group"));
        storage::Result<Conversation> conv = m_conversations.createGroup(
            groupId, update.name, now, toStoredMembers(update.members, now));
        if (!conv)
            return storageError(conv.error());
        COVE_APP_TRY_STORAGE(m_conversations.setGroupRevision(conv->id, content.group->revision));
        COVE_APP_TRY_STORAGE(m_conversations.setGroupRevisionBy(conv->id, {sender, {}}));
        COVE_APP_TRY_STORAGE(m_conversations.setGroupPermissions(conv->id, update.permissions));
        if (protocol::isCanonicalCoveId(update.creator))
            COVE_APP_TRY_STORAGE(m_conversations.setGroupCreator(conv->id, update.creator));
        storage::GroupLinkRepository links(m_account.db());
        COVE_APP_TRY_STORAGE(
            links.setInviteLink(conv->id, {update.inviteToken, update.inviteApproval}));
        // The person asked to join by a link: an admin letting them in is
        // their own choice, not a stranger's invitation. (Only when that
        // admin, the one the link named, sent it: someone else who saw the
        // link cannot pass a group of their own off as the one asked for.)
        storage::Result<std::optional<storage::JoinAsked>> joinAsked = links.joinAsked(groupId);
        if (!joinAsked)
            return storageError(joinAsked.error());
        const bool asked =
            joinAsked->has_value() && sender == (*joinAsked)->adminId &&
            roleIn(update.members, (*joinAsked)->adminId) == protocol::GroupMember::Role::Admin;
        if (asked)
            COVE_APP_TRY_STORAGE(links.removeJoinAsked(groupId));
        AppResult<bool> known = knowsPerson(sender);
        if (!known)
            return known.error();
        if (!*known && !asked) {
            // An invitation from a stranger: nothing of the group shows
            // before the person saw the overview and chose Join. With "who
            // can add me to groups: contacts only" it waits in Message
            // requests; otherwise in the chat list.
            if (m_account.setting(kGroupAddsSetting) == kContactsOnlyValue)
                COVE_APP_TRY_STORAGE(
                    m_conversations.setState(conv->id, storage::ConversationState::MessageRequest));
            storage::SafetyStateRepository safety(m_account.db());
            COVE_APP_TRY_STORAGE(safety.openRequest(conv->id, now, requestFactsOf(facts, sender)));
        }
        return {};
    }
    const Conversation &conv = **existing;
    storage::Result<quint32> revision = m_conversations.groupRevision(conv.id);
    if (!revision)
        return storageError(revision.error());
    storage::Result<storage::ConversationRepository::RevisionAuthor> author =
        m_conversations.groupRevisionBy(conv.id);
    if (!author)
        return storageError(author.error());
    storage::Result<QList<storage::GroupMember>> current = m_conversations.members(conv.id);
    if (!current)
        return storageError(current.error());
    const auto currentRole = [&](const QString &id) {
        auto it = std::find_if(current->cbegin(), current->cend(),
                               [&](const auto &m) { return m.memberId == id; });
        return it == current->cend() ? std::optional<storage::MemberRole>()
                                     : std::optional(it->role);
    };
    storage::Result<quint8> permissions = m_conversations.groupPermissions(conv.id);
    if (!permissions)
        return storageError(permissions.error());
    storage::GroupLinkRepository links(m_account.db());
    storage::Result<storage::InviteLinkState> link = links.inviteLink(conv.id);
    if (!link)
        return storageError(link.error());
    storage::Result<QString> creator = m_conversations.groupCreator(conv.id);
    if (!creator)
        return storageError(creator.error());
    // The group as it is, before this change.
    const protocol::GroupUpdate before{conv.title,     toContentMembers(*current),
                                       *permissions,   link->token,
                                       link->approval, *creator};
    // A change numbered like the one the group is at, from someone else,
    // was made at the same time from the same group (kept with the change
    // as its base): the two are taken together (mergeChanges()).
    // (Not on a guarded child's profile, where the name shown may be held
    // back, below: the later of the two waits for the next change there.)
    const std::optional<protocol::GroupUpdate> base = decodeBase(author->base);
    const bool concurrent = content.group->revision == *revision && base && !isGuarded() &&
                            !author->by.isEmpty() && sender != author->by;
    const bool stale = content.group->revision < *revision ||
                       (content.group->revision == *revision && !concurrent);
    const bool senderIsAdmin = currentRole(sender) == storage::MemberRole::Admin;
    // A member may rename when the admins allow it: nothing else changes.
    bool isRename =
        currentRole(sender).has_value() && (*permissions & protocol::GroupUpdate::MembersRename) &&
        update.permissions == *permissions && update.inviteToken == link->token &&
        update.inviteApproval == link->approval && update.members.size() == current->size();
    for (const protocol::GroupMember &m : update.members) {
        const std::optional<storage::MemberRole> role = currentRole(m.coveId);
        if (!role || int(*role) != int(m.role))
            isRename = false;
    }
    // Anyone may leave. From someone who is not an admin, a leave is taken
    // as just that, whatever else their update says (they may have seen a
    // change we have not): afterLeaving(), as on the leaving app.
    // (A leave is an operation, not a state: it holds even when numbered
    // from before a change the leaver had not seen yet.)
    // (Of two changes made at once, judged against the group both came from.)
    const bool memberLeaves =
        currentRole(sender).has_value() && !roleIn(update.members, sender) &&
        (!senderIsAdmin ||
         (concurrent && roleIn(base->members, sender) == protocol::GroupMember::Role::Member));
    if (stale && !memberLeaves)
        return {}; // stale or repeated
    const bool merging = concurrent && !memberLeaves;
    protocol::GroupUpdate effective = update;
    if (merging) {
        // Each change counts if its author could make it in the group both
        // came from and the other change leaves them able to: an admin the
        // other removed or made a member has their change dropped, as a late
        // one is (a leave always holds). Judged the same on every copy,
        // whichever came first. When each undid the other's author, the
        // lower Cove ID's change is the one kept.
        using Role = protocol::GroupMember::Role;
        const std::optional<Role> was = roleIn(base->members, sender);
        protocol::GroupUpdate renamed = *base;
        renamed.name = update.name;
        renamed.creator = update.creator;
        const bool renames =
            (base->permissions & protocol::GroupUpdate::MembersRename) && update == renamed;
        if (was != Role::Admin && !(was && renames))
            return {}; // not theirs to make even then
        const bool theirsCounts =
            was == Role::Admin ? roleIn(before.members, sender) == Role::Admin
                               : roleIn(before.members, sender).has_value() &&
                                     (before.permissions & protocol::GroupUpdate::MembersRename);
        const QString &first = author->by;
        const std::optional<Role> firstWas = roleIn(base->members, first);
        const bool firstCounts =
            !roleIn(before.members, first) ||
            (firstWas == Role::Admin
                 ? roleIn(update.members, first) == Role::Admin
                 : roleIn(update.members, first).has_value() &&
                       (update.permissions & protocol::GroupUpdate::MembersRename));
        if (theirsCounts && firstCounts) {
            effective = mergeChanges(*base, before, first, update, sender);
            if (!checkGroupSize(int(effective.members.size())))
                return {}; // too many together: the first change stays
        } else if (!theirsCounts && (firstCounts || first < sender)) {
            return {};
        }
    } else {
        if (!senderIsAdmin && !memberLeaves && !isRename)
            return appError(AppError::Code::NotAllowed,
                            QStringLiteral("group change from someone who is not an admin"));
        // A member's change follows the revision it saw; a leap would put
        // the group out of its admins' reach (their next change would look
        // stale).
        if (!senderIsAdmin && !stale &&
            content.group->revision - *revision > kMaxMemberRevisionStep)
            return appError(AppError::Code::NotAllowed,
                            QStringLiteral("group change far ahead of this group's revision"));
    }

    QList<storage::GroupMember> members;
    if (memberLeaves) {
        members = afterLeaving(*current, sender);
    } else {
        members = toStoredMembers(effective.members, now);
        for (storage::GroupMember &m : members)
            for (const storage::GroupMember &old : *current)
                if (old.memberId == m.memberId)
                    m.addedAt = old.addedAt;
    }
    const auto inNew = [&](const QString &id) {
        return std::any_of(members.cbegin(), members.cend(),
                           [&](const storage::GroupMember &m) { return m.memberId == id; });
    };

    // Whoever left a group (or was removed) is not put back into it
    // unasked: being added again is an invitation, whoever sends it, and
    // nothing of the group shows before the person chooses Join. Unless
    // they asked that admin by the group's link.
    if (!currentRole(m_account.coveId()) && inNew(m_account.coveId())) {
        storage::Result<std::optional<storage::JoinAsked>> joinAsked = links.joinAsked(groupId);
        if (!joinAsked)
            return storageError(joinAsked.error());
        if (joinAsked->has_value() && sender == (*joinAsked)->adminId) {
            COVE_APP_TRY_STORAGE(links.removeJoinAsked(groupId));
        } else {
            if (m_account.setting(kGroupAddsSetting) == kContactsOnlyValue)
                COVE_APP_TRY_STORAGE(
                    m_conversations.setState(conv.id, storage::ConversationState::MessageRequest));
            COVE_APP_TRY_STORAGE(storage::SafetyStateRepository(m_account.db())
                                     .reopenRequest(conv.id, now, requestFactsOf(facts, sender)));
            // Muted before leaving: an invitation is never silenced.
            COVE_APP_TRY_STORAGE(m_conversations.setMutedUntil(conv.id, std::nullopt));
        }
    }

    bool someoneLeft = false;
    for (const storage::GroupMember &m : *current)
        if (!inNew(m.memberId))
            someoneLeft = true;
    COVE_APP_TRY_STORAGE(m_conversations.setMembers(conv.id, members));
    if (!inNew(m_account.coveId())) // removed: what waited stays unread
        COVE_APP_TRY_STORAGE(storage::EarlyMessageRepository(m_account.db()).removeGroup(groupId));
    // A child does not read words from someone its guardian did not
    // approve: while such a person is in the group, a new name (theirs,
    // perhaps) waits until the change that lets them out.
    QStringList ids;
    for (const storage::GroupMember &m : std::as_const(members))
        ids.append(m.memberId);
    AppResult<QStringList> unapproved = unapprovedAmong(ids);
    if (!unapproved)
        return unapproved.error();
    if (!memberLeaves && unapproved->isEmpty())
        COVE_APP_TRY_STORAGE(m_conversations.setTitle(conv.id, effective.name));
    COVE_APP_TRY_STORAGE(
        m_conversations.setGroupRevision(conv.id, std::max(*revision, content.group->revision)));
    // The change the group is at now, and the group it was made from. (Two
    // changes taken together keep the first's; a leave numbered from
    // before the change we are at is done on top of it.)
    if (content.group->revision > *revision)
        COVE_APP_TRY_STORAGE(
            m_conversations.setGroupRevisionBy(conv.id, {sender, encodeBase(groupId, before)}));
    // Who created a group does not change; learnt once when it was not known.
    if (creator->isEmpty() && senderIsAdmin && protocol::isCanonicalCoveId(update.creator))
        COVE_APP_TRY_STORAGE(m_conversations.setGroupCreator(conv.id, update.creator));
    if (!memberLeaves) { // a leave keeps what the admins set
        COVE_APP_TRY_STORAGE(m_conversations.setGroupPermissions(conv.id, effective.permissions));
        COVE_APP_TRY_STORAGE(
            links.setInviteLink(conv.id, {effective.inviteToken, effective.inviteApproval}));
    }
    // Whoever another admin let in no longer waits for us.
    for (const storage::GroupMember &m : std::as_const(members))
        COVE_APP_TRY_STORAGE(links.removeJoinRequest(conv.id, m.memberId));
    if (someoneLeft) {
        // Whoever left must not read what we send next.
        if (storage::Result<void> r =
                m_account.protocolStore().removeSenderKey({groupId, addressOf(m_account.coveId())});
            !r)
            return storageError(r.error());
        COVE_APP_TRY_STORAGE(m_conversations.clearSenderKeyShares(conv.id));
    }
    // Our own change was taken together with one made at the same time:
    // everyone hears the two together, also whoever got only one of them
    // (someone ours added, or removed). The other admin's app does the same,
    // with the same result.
    if (merging && author->by == m_account.coveId() && (effective != before || effective != update))
        COVE_APP_TRY(announceMerged(conv.id, before, update, effective, members));
    return {};
}

AppResult<void> Messenger::announceMerged(qint64 conversationId, const protocol::GroupUpdate &ours,
                                          const protocol::GroupUpdate &theirs,
                                          const protocol::GroupUpdate &merged,
                                          const QList<storage::GroupMember> &members)
{
    const QString &self = m_account.coveId();
    if (roleIn(merged.members, self) != protocol::GroupMember::Role::Admin)
        return {}; // only an admin changes a group; a member's rename reached everyone
    QStringList recipients;
    for (const protocol::GroupUpdate *u : {&ours, &theirs, &merged})
        for (const protocol::GroupMember &m : u->members)
            if (m.coveId != self && !recipients.contains(m.coveId))
                recipients.append(m.coveId);
    const bool rekey = std::any_of(
        ours.members.cbegin(), ours.members.cend(),
        [&](const protocol::GroupMember &m) { return !roleIn(merged.members, m.coveId); });
    AppResult<Conversation> conv = conversation(conversationId);
    if (!conv)
        return conv.error();
    AppResult<bool> queued =
        queueGroupUpdate(*conv, merged.name, members, recipients, rekey, merged.permissions,
                         storage::InviteLinkState{merged.inviteToken, merged.inviteApproval});
    if (!queued && queued.error().code == AppError::Code::Storage)
        return queued.error();
    if (!queued) { // the change is taken in all the same; others hear it with the next one
        Q_EMIT problem(queued.error().detail);
        return {};
    }
    // What we announce is not merged with anything sent at the same time
    // (that waits for the next change): two apps announcing could otherwise
    // answer each other without end.
    COVE_APP_TRY_STORAGE(m_conversations.setGroupRevisionBy(conversationId, {self, {}}));
    return {};
}

// ---- messages ahead of their group change -------------------------------------------

AppResult<void> Messenger::keepEarly(const wire::Deliver &envelope,
                                     const protocol::Content &content, bool verified, Early early,
                                     std::optional<qint64> group, AppError refusal)
{
    // Only messages and files: a late timer change would undo a newer one.
    if (early == Early::Refuse || !content.group ||
        (content.body.isEmpty() && content.attachments.isEmpty()))
        return refusal;
    if (group) {
        // Only when the sender saw a change of the group that has not
        // reached us (not someone writing after they were removed), and
        // only while we are in it.
        storage::Result<quint32> revision = m_conversations.groupRevision(*group);
        if (!revision)
            return storageError(revision.error());
        if (content.group->revision <= *revision)
            return refusal;
        storage::Result<std::optional<storage::MemberRole>> self =
            m_conversations.roleOf(*group, m_account.coveId());
        if (!self)
            return storageError(self.error());
        if (!self->has_value())
            return refusal;
    } else {
        // A group not known yet: only from people we know, so that made-up
        // groups cannot fill what others may leave waiting.
        AppResult<bool> known = knowsPerson(envelope.sender);
        if (!known)
            return known.error();
        if (!*known)
            return refusal;
    }
    const qint64 now = nowMs();
    storage::EarlyMessage m;
    m.groupId = content.group->groupId;
    m.senderId = envelope.sender;
    m.revision = content.group->revision;
    m.content = protocol::encodeContent(content);
    m.viaSenderKey = envelope.type == wire::EnvelopeType::SenderKey;
    m.serverTimeMs = envelope.serverTimeMs;
    m.commitment = envelope.commitment;
    m.relayTag = envelope.frankingTag;
    m.verified = verified;
    m.arrivedAt = now;
    storage::Result<bool> kept =
        storage::EarlyMessageRepository(m_account.db()).add(m, now - kEarlyKeepMs);
    if (!kept)
        return storageError(kept.error());
    if (!*kept)
        return refusal; // beyond what one sender, or everyone, may leave waiting
    return {};
}

void Messenger::purgeEarly()
{
    if (storage::Result<void> r =
            storage::EarlyMessageRepository(m_account.db()).removeExpired(nowMs() - kEarlyKeepMs);
        !r)
        Q_EMIT problem(r.error().detail);
}

void Messenger::receiveEarly(const QByteArray &groupId)
{
    // (What waited too long is left out here and purged on each connection.)
    storage::EarlyMessageRepository early(m_account.db());
    storage::Result<QList<storage::EarlyMessage>> waiting =
        early.forGroup(groupId, nowMs() - kEarlyKeepMs);
    if (!waiting) {
        Q_EMIT problem(waiting.error().detail);
        return;
    }
    if (waiting->isEmpty())
        return;
    storage::Result<std::optional<Conversation>> group = m_conversations.findGroup(groupId);
    if (!group || !group->has_value())
        return;
    storage::Result<quint32> revision = m_conversations.groupRevision((*group)->id);
    if (!revision)
        return;
    for (const storage::EarlyMessage &m : std::as_const(*waiting)) {
        storage::Result<std::optional<storage::MemberRole>> role =
            m_conversations.roleOf((*group)->id, m.senderId);
        if (!role) {
            Q_EMIT problem(role.error().detail);
            return;
        }
        if (m.revision > *revision)
            continue; // the change its sender saw is still on its way
        const bool show = role->has_value();
        AppResult<bool> refused = refusesFrom(m.senderId);
        if (!refused) {
            Q_EMIT problem(refused.error().detail);
            return;
        }
        protocol::Result<protocol::Content> content = protocol::decodeContent(m.content);
        ReceiveOutcome outcome;
        if (show && !*refused && content) {
            AppResult<Tx> tx = Tx::begin(m_account.db());
            if (!tx) {
                Q_EMIT problem(tx.error().detail);
                return;
            }
            wire::Deliver envelope;
            envelope.sender = m.senderId;
            envelope.type =
                m.viaSenderKey ? wire::EnvelopeType::SenderKey : wire::EnvelopeType::Signal;
            envelope.commitment = m.commitment;
            envelope.serverTimeMs = m.serverTimeMs;
            envelope.frankingTag = m.relayTag;
            AppResult<void> r = apply(envelope, *content, m.verified, outcome, Early::Refuse);
            if (r) {
                if (storage::Result<void> removed = early.remove(m.id); !removed)
                    r = storageError(removed.error());
            }
            if (r)
                r = tx->commit();
            if (r) {
                afterReceiving(m.senderId, outcome);
                continue;
            }
            if (r.error().code == AppError::Code::Storage) {
                Q_EMIT problem(r.error().detail);
                return; // kept; tried again with the group's next change
            }
        }
        // Not to be shown: the change its sender saw came without them, or
        // they were blocked meanwhile, or it is not allowed after all.
        if (storage::Result<void> r = early.remove(m.id); !r) {
            Q_EMIT problem(r.error().detail);
            return;
        }
    }
}

// ---- invite links ----------------------------------------------------------------

AppResult<Messenger::InviteLinkInfo> Messenger::inviteLink(qint64 conversationId)
{
    AppResult<GroupState> group = groupState(conversationId);
    if (!group)
        return group.error();
    if (group->conversation.kind != ConversationKind::Group)
        return appError(AppError::Code::InvalidArgument, QStringLiteral("not a group"));
    storage::Result<storage::InviteLinkState> state =
        storage::GroupLinkRepository(m_account.db()).inviteLink(conversationId);
    if (!state)
        return storageError(state.error());
    InviteLinkInfo info;
    info.approval = state->approval;
    if (state->token.isEmpty())
        return info;
    // The admin asked: this account when it is one, else the first admin.
    QString admin;
    for (const storage::GroupMember &m : std::as_const(group->members)) {
        if (m.role != storage::MemberRole::Admin)
            continue;
        if (m.memberId == m_account.coveId() || admin.isEmpty() || m.memberId < admin)
            admin = m.memberId;
        if (admin == m_account.coveId())
            break;
    }
    if (admin.isEmpty())
        return info;
    info.link = protocol::formatGroupLink({group->conversation.groupId, admin, state->token});
    return info;
}

AppResult<Messenger::InviteLinkInfo> Messenger::setInviteLink(qint64 conversationId, bool on,
                                                              bool approval, bool reset)
{
    AppResult<GroupState> group = groupForChange(conversationId);
    if (!group)
        return group.error();
    storage::Result<storage::InviteLinkState> current =
        storage::GroupLinkRepository(m_account.db()).inviteLink(conversationId);
    if (!current)
        return storageError(current.error());
    storage::InviteLinkState next;
    if (on) {
        next.token = reset || current->token.isEmpty()
                         ? protocol::crypto::randomByteArray(protocol::kInviteTokenSize)
                         : current->token;
        next.approval = approval;
    }
    if (next != *current) {
        AppResult<QStringList> others = otherMembers(conversationId);
        if (!others)
            return others.error();
        COVE_APP_TRY(sendGroupUpdate(group->conversation, group->conversation.title, group->members,
                                     *others, false, std::nullopt, next));
    }
    if (!next.approval)
        settleJoinRequests(conversationId);
    return inviteLink(conversationId);
}

AppResult<std::optional<qint64>> Messenger::joinByLink(const QString &text)
{
    protocol::Result<protocol::InviteLink> parsed = protocol::parseInviteLink(text);
    if (!parsed)
        return appError(AppError::Code::InvalidArgument, parsed.error().detail);
    const auto *link = std::get_if<protocol::GroupLink>(&*parsed);
    if (!link)
        return appError(AppError::Code::InvalidArgument,
                        QStringLiteral("this is not a group link"));
    if (isGuarded())
        return appError(AppError::Code::NotAllowed,
                        QStringLiteral("ask your guardian before joining a group"));
    if (link->adminId == m_account.coveId())
        return appError(AppError::Code::InvalidArgument,
                        QStringLiteral("this link names this account as the admin"));
    storage::Result<std::optional<Conversation>> existing =
        m_conversations.findGroup(link->groupId);
    if (!existing)
        return storageError(existing.error());
    if (existing->has_value()) {
        storage::Result<std::optional<storage::MemberRole>> role =
            m_conversations.roleOf((*existing)->id, m_account.coveId());
        if (!role)
            return storageError(role.error());
        if (role->has_value())
            return std::optional<qint64>((*existing)->id);
    }
    AppResult<Tx> tx = Tx::begin(m_account.db());
    if (!tx)
        return tx.error();
    protocol::Content c = protocol::makeContent(QString());
    c.joinRequest = protocol::JoinRequest{link->groupId, link->token};
    COVE_APP_TRY(queueDirect(link->adminId, c, std::nullopt));
    COVE_APP_TRY_STORAGE(storage::GroupLinkRepository(m_account.db())
                             .addJoinAsked({link->groupId, link->adminId, nowMs()}));
    COVE_APP_TRY(tx->commit());
    // With "only my contacts" the admin's answer must get through.
    m_reachability.syncNow();
    pump();
    return std::optional<qint64>();
}

AppResult<void> Messenger::receiveJoinRequest(const QString &sender,
                                              const protocol::JoinRequest &request,
                                              const std::optional<wire::FirstContactFacts> &facts,
                                              ReceiveOutcome &outcome)
{
    // Anything that does not match a link of a group we administer is
    // dropped without a trace: a stale or guessed link learns nothing.
    storage::Result<std::optional<Conversation>> group = m_conversations.findGroup(request.groupId);
    if (!group)
        return storageError(group.error());
    if (!group->has_value())
        return {};
    const qint64 id = (*group)->id;
    storage::Result<std::optional<storage::MemberRole>> self =
        m_conversations.roleOf(id, m_account.coveId());
    if (!self)
        return storageError(self.error());
    storage::Result<std::optional<storage::MemberRole>> theirs = m_conversations.roleOf(id, sender);
    if (!theirs)
        return storageError(theirs.error());
    storage::GroupLinkRepository links(m_account.db());
    storage::Result<storage::InviteLinkState> link = links.inviteLink(id);
    if (!link)
        return storageError(link.error());
    if (*self != storage::MemberRole::Admin || theirs->has_value() || link->token.isEmpty() ||
        !protocol::crypto::constantTimeEquals(link->token, request.token))
        return {};
    storage::Result<bool> added =
        links.addJoinRequest({id, sender, nowMs(), requestFactsOf(facts)});
    if (!added)
        return storageError(added.error());
    outcome.joinRequestFor = id;
    return {};
}

void Messenger::settleJoinRequests(qint64 conversationId)
{
    storage::GroupLinkRepository links(m_account.db());
    storage::Result<storage::InviteLinkState> link = links.inviteLink(conversationId);
    if (!link || link->token.isEmpty() || link->approval)
        return; // an admin decides, one by one
    storage::Result<QList<storage::JoinRequestRow>> waiting = links.joinRequests(conversationId);
    if (!waiting || waiting->isEmpty())
        return;
    QStringList ids;
    for (const storage::JoinRequestRow &r : std::as_const(*waiting))
        ids.append(r.requester);
    if (AppResult<void> r = addMembers(conversationId, ids); !r)
        Q_EMIT problem(r.error().detail); // e.g. the group is full: they stay in the list
}

AppResult<QList<Messenger::JoinRequestInfo>> Messenger::joinRequests(qint64 conversationId)
{
    storage::Result<QList<storage::JoinRequestRow>> rows =
        storage::GroupLinkRepository(m_account.db()).joinRequests(conversationId);
    if (!rows)
        return storageError(rows.error());
    QList<JoinRequestInfo> out;
    for (const storage::JoinRequestRow &r : std::as_const(*rows)) {
        AppResult<RequestFacts> facts = factsOf(r.facts, r.requester);
        if (!facts)
            return facts.error();
        out.append({r.requester, r.requestedAt, *facts});
    }
    return out;
}

AppResult<void> Messenger::approveJoinRequest(qint64 conversationId, const QString &requester)
{
    COVE_APP_TRY(requireAdmin(conversationId));
    storage::Result<QList<storage::JoinRequestRow>> rows =
        storage::GroupLinkRepository(m_account.db()).joinRequests(conversationId);
    if (!rows)
        return storageError(rows.error());
    if (std::none_of(rows->cbegin(), rows->cend(),
                     [&](const auto &r) { return r.requester == requester; }))
        return appError(AppError::Code::NotFound, QStringLiteral("no such request to join"));
    return addMembers(conversationId, {requester}); // which settles the request
}

AppResult<void> Messenger::declineJoinRequest(qint64 conversationId, const QString &requester)
{
    COVE_APP_TRY(requireAdmin(conversationId));
    storage::Result<bool> removed =
        storage::GroupLinkRepository(m_account.db()).removeJoinRequest(conversationId, requester);
    if (!removed)
        return storageError(removed.error());
    if (!*removed)
        return appError(AppError::Code::NotFound, QStringLiteral("no such request to join"));
    Q_EMIT joinRequestsChanged(conversationId);
    return {};
}

} // namespace cove::app
