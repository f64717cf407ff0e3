// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "SecureBuffer.h"

#include <QByteArray>
#include <QList>

#include <cstdint>
#include <optional>

namespace cove::protocol {

/// A peer device: the peer's stable name (Cove ID, UTF-8) and device id.
struct Address {
    QByteArray name;
    std::int32_t deviceId = 1;

    friend bool operator==(const Address &, const Address &) = default;
};

/// The sender-key state of one sender in one group.
struct SenderKeyName {
    QByteArray groupId;
    Address sender;

    friend bool operator==(const SenderKeyName &, const SenderKeyName &) = default;
};

/// An identity key pair: 33-byte public key (0x05-prefixed Curve25519) and
/// the 32-byte private key.
struct IdentityKeyPair {
    QByteArray publicKey;
    SecureBuffer privateKey;
};

/// Whether a peer's identity key may be used.
enum class Trust {
    FirstUse, ///< no key known yet for this peer: trusted on first use
    Same,     ///< the key we already have
    Changed,  ///< a different key: refused until the person accepts it
};

// The five stores libsignal-protocol-c needs, as abstract classes. Records
// are the library's own serialized forms; records holding private keys are
// returned in SecureBuffers. A store reports an I/O failure as an Error;
// "not found" is an empty optional, never an error. The in-memory
// implementation is MemoryStore; storage/ provides the SQLCipher one.

class IdentityKeyStore {
public:
    virtual ~IdentityKeyStore() = default;
    [[nodiscard]] virtual Result<IdentityKeyPair> identityKeyPair() = 0;
    [[nodiscard]] virtual Result<std::uint32_t> localRegistrationId() = 0;
    /// Records `publicKey` as the peer's identity (first use, or after the
    /// person accepted a change).
    [[nodiscard]] virtual Result<void> saveIdentity(const Address &peer,
                                                    QByteArrayView publicKey) = 0;
    [[nodiscard]] virtual Result<std::optional<QByteArray>> peerIdentity(const Address &peer) = 0;
    /// The man-in-the-middle gate. The default policy: first use is trusted,
    /// a changed key is not, until the person accepts it and the app saves
    /// the new key with saveIdentity().
    [[nodiscard]] virtual Result<Trust> trust(const Address &peer, QByteArrayView publicKey);
};

class PreKeyStore {
public:
    virtual ~PreKeyStore() = default;
    [[nodiscard]] virtual Result<std::optional<SecureBuffer>> loadPreKey(std::uint32_t id) = 0;
    [[nodiscard]] virtual Result<void> storePreKey(std::uint32_t id, QByteArrayView record) = 0;
    [[nodiscard]] virtual Result<bool> containsPreKey(std::uint32_t id) = 0;
    [[nodiscard]] virtual Result<void> removePreKey(std::uint32_t id) = 0;
    [[nodiscard]] virtual Result<QList<std::uint32_t>> preKeyIds() = 0;
    /// The id the next generated one-time prekey gets; persisted so ids are
    /// never reused after a restart.
    [[nodiscard]] virtual Result<std::uint32_t> nextPreKeyId() = 0;
    [[nodiscard]] virtual Result<void> setNextPreKeyId(std::uint32_t id) = 0;
};

class SignedPreKeyStore {
public:
    virtual ~SignedPreKeyStore() = default;
    [[nodiscard]] virtual Result<std::optional<SecureBuffer>>
    loadSignedPreKey(std::uint32_t id) = 0;
    [[nodiscard]] virtual Result<void> storeSignedPreKey(std::uint32_t id,
                                                         QByteArrayView record) = 0;
    [[nodiscard]] virtual Result<bool> containsSignedPreKey(std::uint32_t id) = 0;
    [[nodiscard]] virtual Result<void> removeSignedPreKey(std::uint32_t id) = 0;
    [[nodiscard]] virtual Result<QList<std::uint32_t>> signedPreKeyIds() = 0;
    [[nodiscard]] virtual Result<std::uint32_t> nextSignedPreKeyId() = 0;
    [[nodiscard]] virtual Result<void> setNextSignedPreKeyId(std::uint32_t id) = 0;
};

class SessionStore {
public:
    virtual ~SessionStore() = default;
    [[nodiscard]] virtual Result<std::optional<SecureBuffer>> loadSession(const Address &peer) = 0;
    [[nodiscard]] virtual Result<QList<std::int32_t>> subDeviceSessions(QByteArrayView name) = 0;
    [[nodiscard]] virtual Result<void> storeSession(const Address &peer, QByteArrayView record) = 0;
    [[nodiscard]] virtual Result<bool> containsSession(const Address &peer) = 0;
    [[nodiscard]] virtual Result<void> deleteSession(const Address &peer) = 0;
    [[nodiscard]] virtual Result<int> deleteAllSessions(QByteArrayView name) = 0;
};

class SenderKeyStore {
public:
    virtual ~SenderKeyStore() = default;
    [[nodiscard]] virtual Result<std::optional<SecureBuffer>>
    loadSenderKey(const SenderKeyName &name) = 0;
    [[nodiscard]] virtual Result<void> storeSenderKey(const SenderKeyName &name,
                                                      QByteArrayView record) = 0;
};

/// The five stores together; they may all be the same object.
struct Stores {
    IdentityKeyStore *identity = nullptr;
    PreKeyStore *preKeys = nullptr;
    SignedPreKeyStore *signedPreKeys = nullptr;
    SessionStore *sessions = nullptr;
    SenderKeyStore *senderKeys = nullptr;
};

/// The five stores in one object, as the in-memory store and the SQLCipher
/// store both are.
class CombinedStore : public IdentityKeyStore,
                      public PreKeyStore,
                      public SignedPreKeyStore,
                      public SessionStore,
                      public SenderKeyStore {
public:
    [[nodiscard]] Stores stores() { return Stores{this, this, this, this, this}; }
};

} // namespace cove::protocol
