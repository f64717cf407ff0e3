// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Stores.h"

#include <map>
#include <utility>

namespace cove::protocol {

/// All five protocol stores in memory, for tests, benchmarks and the
/// interoperability peer. Nothing survives the object.
class MemoryStore final : public CombinedStore {
public:
    MemoryStore(IdentityKeyPair identity, std::uint32_t registrationId);

    Result<IdentityKeyPair> identityKeyPair() override;
    Result<std::uint32_t> localRegistrationId() override;
    Result<void> saveIdentity(const Address &peer, QByteArrayView publicKey) override;
    Result<std::optional<QByteArray>> peerIdentity(const Address &peer) override;

    Result<std::optional<SecureBuffer>> loadPreKey(std::uint32_t id) override;
    Result<void> storePreKey(std::uint32_t id, QByteArrayView record) override;
    Result<bool> containsPreKey(std::uint32_t id) override;
    Result<void> removePreKey(std::uint32_t id) override;
    Result<QList<std::uint32_t>> preKeyIds() override;
    Result<std::uint32_t> nextPreKeyId() override;
    Result<void> setNextPreKeyId(std::uint32_t id) override;

    Result<std::optional<SecureBuffer>> loadSignedPreKey(std::uint32_t id) override;
    Result<void> storeSignedPreKey(std::uint32_t id, QByteArrayView record) override;
    Result<bool> containsSignedPreKey(std::uint32_t id) override;
    Result<void> removeSignedPreKey(std::uint32_t id) override;
    Result<QList<std::uint32_t>> signedPreKeyIds() override;
    Result<std::uint32_t> nextSignedPreKeyId() override;
    Result<void> setNextSignedPreKeyId(std::uint32_t id) override;

    Result<std::optional<SecureBuffer>> loadSession(const Address &peer) override;
    Result<QList<std::int32_t>> subDeviceSessions(QByteArrayView name) override;
    Result<void> storeSession(const Address &peer, QByteArrayView record) override;
    Result<bool> containsSession(const Address &peer) override;
    Result<void> deleteSession(const Address &peer) override;
    Result<int> deleteAllSessions(QByteArrayView name) override;

    Result<std::optional<SecureBuffer>> loadSenderKey(const SenderKeyName &name) override;
    Result<void> storeSenderKey(const SenderKeyName &name, QByteArrayView record) override;

private:
    using AddressKey = std::pair<QByteArray, std::int32_t>;
    using SenderKeyKey = std::pair<QByteArray, AddressKey>;
    static AddressKey key(const Address &a) { return {a.name, a.deviceId}; }

    IdentityKeyPair m_identity;
    std::uint32_t m_registrationId;
    std::map<AddressKey, QByteArray> m_identities;
    std::map<std::uint32_t, SecureBuffer> m_preKeys;
    std::map<std::uint32_t, SecureBuffer> m_signedPreKeys;
    std::map<AddressKey, SecureBuffer> m_sessions;
    std::map<SenderKeyKey, SecureBuffer> m_senderKeys;
    std::uint32_t m_nextPreKeyId = 1;
    std::uint32_t m_nextSignedPreKeyId = 1;
};

} // namespace cove::protocol
