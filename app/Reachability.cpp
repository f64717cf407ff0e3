// SPDX-License-Identifier: GPL-3.0-or-later
#include "Reachability.h"

#include "Account.h"
#include "Contacts.h"
#include "Conversations.h"
#include "GroupLinks.h"
#include "RelayClient.h"
#include "RelayMessages.h"
#include "SafetyState.h"

#include <QSet>

namespace cove::app {

namespace {

const QString kSetting = QStringLiteral("who_can_message");
const QByteArray kContactsOnly = QByteArrayLiteral("contacts");
const QByteArray kEveryone = QByteArrayLiteral("everyone");

} // namespace

Reachability::Reachability(Account &account, RelayClient &relay, QObject *parent)
    : QObject(parent), m_account(account), m_relay(relay)
{
    m_syncTimer.setSingleShot(true);
    m_syncTimer.setInterval(250);
    connect(&m_syncTimer, &QTimer::timeout, this, &Reachability::sync);
    connect(&m_relay, &RelayClient::ready, this, [this] {
        m_synced = false;
        m_sending = false;
        sync();
    });
    connect(&m_relay, &RelayClient::disconnected, this, [this] {
        m_synced = false;
        m_sending = false;
    });
}

bool Reachability::contactsOnly()
{
    return m_account.setting(kSetting, kEveryone) == kContactsOnly;
}

AppResult<void> Reachability::setContactsOnly(bool on)
{
    if (on == contactsOnly())
        return {};
    if (AppResult<void> r = m_account.setSetting(kSetting, on ? kContactsOnly : kEveryone); !r)
        return r;
    m_synced = false;
    Q_EMIT changed(on);
    sync();
    return {};
}

AppResult<QStringList> Reachability::allowed()
{
    QSet<QString> ids;
    storage::ContactRepository contacts(m_account.db());
    storage::Result<QList<storage::Contact>> book = contacts.all();
    if (!book)
        return storageAppError(book.error());
    for (const storage::Contact &c : std::as_const(*book))
        ids.insert(c.coveId);
    storage::ConversationRepository conversations(m_account.db());
    for (const storage::ConversationState state :
         {storage::ConversationState::Normal, storage::ConversationState::Archived}) {
        storage::Result<QList<storage::Conversation>> list = conversations.list(state);
        if (!list)
            return storageAppError(list.error());
        for (const storage::Conversation &c : std::as_const(*list)) {
            if (c.kind == storage::ConversationKind::Direct) {
                ids.insert(c.peerId);
                continue;
            }
            // A stranger's group not joined yet lets nobody in.
            storage::Result<std::optional<storage::MessageRequest>> invitation =
                storage::SafetyStateRepository(m_account.db()).request(c.id);
            if (!invitation)
                return storageAppError(invitation.error());
            if (invitation->has_value() && (*invitation)->state == storage::RequestState::Pending)
                continue;
            storage::Result<QList<storage::GroupMember>> members = conversations.members(c.id);
            if (!members)
                return storageAppError(members.error());
            for (const storage::GroupMember &m : std::as_const(*members))
                ids.insert(m.memberId);
        }
    }
    // The admins of groups the person asked to join by a link: their answer.
    storage::Result<QList<storage::JoinAsked>> asked =
        storage::GroupLinkRepository(m_account.db()).joinsAsked();
    if (!asked)
        return storageAppError(asked.error());
    for (const storage::JoinAsked &a : std::as_const(*asked))
        ids.insert(a.adminId);
    ids.remove(m_account.coveId());
    QStringList out(ids.cbegin(), ids.cend());
    out.sort();
    if (out.size() > protocol::wire::kMaxAllowedSenders)
        out.resize(protocol::wire::kMaxAllowedSenders);
    return out;
}

void Reachability::scheduleSync()
{
    // Only a contacts-only list goes stale; "everyone" has no list.
    if (contactsOnly()) {
        m_synced = false;
        m_syncTimer.start();
    }
}

void Reachability::syncNow()
{
    if (contactsOnly()) {
        m_synced = false;
        m_syncTimer.stop();
        sync();
    }
}

void Reachability::sync()
{
    if (!m_relay.isReady() || m_synced)
        return;
    if (m_sending) { // one at a time; the newest state goes next
        m_again = true;
        return;
    }
    protocol::wire::ContactPolicy policy;
    policy.contactsOnly = contactsOnly();
    if (policy.contactsOnly) {
        AppResult<QStringList> ids = allowed();
        if (!ids)
            return;
        policy.allowed = *ids;
    }
    m_sending = true;
    m_again = false;
    m_relay.request(this, policy.toFrame(0), [this](const AppResult<protocol::Frame> &reply) {
        m_sending = false;
        if (m_again) {
            m_again = false;
            sync();
            return;
        }
        if (!reply)
            return; // sent again on the next connection
        protocol::Result<protocol::wire::ContactPolicyAck> ack =
            protocol::wire::ContactPolicyAck::fromFrame(*reply);
        if (!ack)
            return;
        m_synced = ack->contactsOnly == contactsOnly();
        if (m_synced)
            Q_EMIT synced(ack->contactsOnly, int(ack->allowedCount));
        else
            sync();
    });
}

} // namespace cove::app
