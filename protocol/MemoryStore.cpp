// SPDX-License-Identifier: GPL-3.0-or-later
#include "MemoryStore.h"

namespace cove::protocol {

namespace {

template <typename Map, typename K> std::optional<SecureBuffer> cloneAt(const Map &map, const K &k)
{
    auto it = map.find(k);
    if (it == map.end())
        return std::nullopt;
    return it->second.clone();
}

template <typename Map> QList<std::uint32_t> keysOf(const Map &map)
{
    QList<std::uint32_t> ids;
    ids.reserve(qsizetype(map.size()));
    for (const auto &entry : map)
        ids.append(entry.first);
    return ids;
}

} // namespace

MemoryStore::MemoryStore(IdentityKeyPair identity, std::uint32_t registrationId)
    : m_identity(std::move(identity)), m_registrationId(registrationId)
{}

Result<IdentityKeyPair> MemoryStore::identityKeyPair()
{
    return IdentityKeyPair{m_identity.publicKey, m_identity.privateKey.clone()};
}

Result<std::uint32_t> MemoryStore::localRegistrationId()
{
    return m_registrationId;
}

Result<void> MemoryStore::saveIdentity(const Address &peer, QByteArrayView publicKey)
{
    if (publicKey.isEmpty())
        m_identities.erase(key(peer));
    else
        m_identities[key(peer)] = publicKey.toByteArray();
    return {};
}

Result<std::optional<QByteArray>> MemoryStore::peerIdentity(const Address &peer)
{
    auto it = m_identities.find(key(peer));
    if (it == m_identities.end())
        return std::optional<QByteArray>();
    return std::optional<QByteArray>(it->second);
}

Result<std::optional<SecureBuffer>> MemoryStore::loadPreKey(std::uint32_t id)
{
    return cloneAt(m_preKeys, id);
}

Result<void> MemoryStore::storePreKey(std::uint32_t id, QByteArrayView record)
{
    m_preKeys[id] = SecureBuffer(record);
    return {};
}

Result<bool> MemoryStore::containsPreKey(std::uint32_t id)
{
    return m_preKeys.count(id) != 0;
}

Result<void> MemoryStore::removePreKey(std::uint32_t id)
{
    m_preKeys.erase(id);
    return {};
}

Result<QList<std::uint32_t>> MemoryStore::preKeyIds()
{
    return keysOf(m_preKeys);
}

Result<std::uint32_t> MemoryStore::nextPreKeyId()
{
    return m_nextPreKeyId;
}

Result<void> MemoryStore::setNextPreKeyId(std::uint32_t id)
{
    m_nextPreKeyId = id;
    return {};
}

Result<std::optional<SecureBuffer>> MemoryStore::loadSignedPreKey(std::uint32_t id)
{
    return cloneAt(m_signedPreKeys, id);
}

Result<void> MemoryStore::storeSignedPreKey(std::uint32_t id, QByteArrayView record)
{
    m_signedPreKeys[id] = SecureBuffer(record);
    return {};
}

Result<bool> MemoryStore::containsSignedPreKey(std::uint32_t id)
{
    return m_signedPreKeys.count(id) != 0;
}

Result<void> MemoryStore::removeSignedPreKey(std::uint32_t id)
{
    m_signedPreKeys.erase(id);
    return {};
}

Result<QList<std::uint32_t>> MemoryStore::signedPreKeyIds()
{
    return keysOf(m_signedPreKeys);
}

Result<std::uint32_t> MemoryStore::nextSignedPreKeyId()
{
    return m_nextSignedPreKeyId;
}

Result<void> MemoryStore::setNextSignedPreKeyId(std::uint32_t id)
{
    m_nextSignedPreKeyId = id;
    return {};
}

Result<std::optional<SecureBuffer>> MemoryStore::loadSession(const Address &peer)
{
    return cloneAt(m_sessions, key(peer));
}

Result<QList<std::int32_t>> MemoryStore::subDeviceSessions(QByteArrayView name)
{
    QList<std::int32_t> ids;
    for (const auto &entry : m_sessions) {
        if (entry.first.first == name && entry.first.second != 1)
            ids.append(entry.first.second);
    }
    return ids;
}

Result<void> MemoryStore::storeSession(const Address &peer, QByteArrayView record)
{
    m_sessions[key(peer)] = SecureBuffer(record);
    return {};
}

Result<bool> MemoryStore::containsSession(const Address &peer)
{
    return m_sessions.count(key(peer)) != 0;
}

Result<void> MemoryStore::deleteSession(const Address &peer)
{
    m_sessions.erase(key(peer));
    return {};
}

Result<int> MemoryStore::deleteAllSessions(QByteArrayView name)
{
    int removed = 0;
    for (auto it = m_sessions.begin(); it != m_sessions.end();) {
        if (it->first.first == name) {
            it = m_sessions.erase(it);
            ++removed;
        } else {
            ++it;
        }
    }
    return removed;
}

Result<std::optional<SecureBuffer>> MemoryStore::loadSenderKey(const SenderKeyName &name)
{
    return cloneAt(m_senderKeys, SenderKeyKey{name.groupId, key(name.sender)});
}

Result<void> MemoryStore::storeSenderKey(const SenderKeyName &name, QByteArrayView record)
{
    m_senderKeys[SenderKeyKey{name.groupId, key(name.sender)}] = SecureBuffer(record);
    return {};
}

} // namespace cove::protocol
