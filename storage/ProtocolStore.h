// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StorageError.h"
#include "Stores.h"

#include <QString>

#include <optional>

namespace cove::sqlite {
class Database;
}

namespace cove::storage {

/// The protocol layer's five stores over the profile's SQLCipher database:
/// own identity and prekeys, peer identities with trust state, sessions and
/// sender keys. Every write goes through the connection it was given, so a
/// caller's open transaction covers it (see receiveAtomically()).
class ProtocolStore final : public protocol::CombinedStore {
public:
    explicit ProtocolStore(sqlite::Database &db);

    /// Stores the account's identity once, at profile creation.
    [[nodiscard]] Result<void> initializeIdentity(const QString &coveId, const QString &displayName,
                                                  const protocol::IdentityKeyPair &identity,
                                                  std::uint32_t registrationId, qint64 nowMs);
    [[nodiscard]] Result<bool> hasIdentity();
    /// The name the person gave themselves at profile creation.
    [[nodiscard]] Result<QString> displayName();

    /// Trust as the person sees it.
    enum class Verification { Unverified = 0, Verified = 1 };
    struct PeerIdentity {
        QByteArray publicKey;
        Verification verification = Verification::Unverified;
        qint64 firstSeenMs = 0;
        std::optional<qint64> changedAtMs;
    };
    [[nodiscard]] Result<std::optional<PeerIdentity>>
    peerIdentityState(const protocol::Address &peer);
    /// Marks the current key as compared in person (or clears that).
    [[nodiscard]] Result<void> setVerified(const protocol::Address &peer, bool verified);

    /// Records a different identity key a peer presented (in a bundle or a
    /// PreKey message) while the current one stays in force: nothing is
    /// sent to or accepted from the new key until acceptPendingIdentity().
    [[nodiscard]] Result<void> setPendingIdentity(const protocol::Address &peer,
                                                  const QByteArray &publicKey);
    [[nodiscard]] Result<std::optional<QByteArray>> pendingIdentity(const protocol::Address &peer);
    /// The person accepted the changed key (after seeing the new safety
    /// number): it replaces the old one, unverified, and the old sessions
    /// with that peer are dropped so the next message starts afresh.
    /// NotFound when no change is pending.
    [[nodiscard]] Result<void> acceptPendingIdentity(const protocol::Address &peer);
    /// Forgets a sender key, so that the next distribution creates a new one.
    [[nodiscard]] Result<void> removeSenderKey(const protocol::SenderKeyName &name);

    /// The storage error behind the last failed protocol-store call, so a
    /// caller can tell a full disk from a bug after the library reports
    /// CallbackFailed.
    [[nodiscard]] const std::optional<StorageError> &lastError() const noexcept
    {
        return m_lastError;
    }
    void clearLastError() noexcept { m_lastError.reset(); }

    // protocol::IdentityKeyStore
    protocol::Result<protocol::IdentityKeyPair> identityKeyPair() override;
    protocol::Result<std::uint32_t> localRegistrationId() override;
    protocol::Result<void> saveIdentity(const protocol::Address &peer,
                                        QByteArrayView publicKey) override;
    protocol::Result<std::optional<QByteArray>>
    peerIdentity(const protocol::Address &peer) override;

    // protocol::PreKeyStore
    protocol::Result<std::optional<protocol::SecureBuffer>> loadPreKey(std::uint32_t id) override;
    protocol::Result<void> storePreKey(std::uint32_t id, QByteArrayView record) override;
    protocol::Result<bool> containsPreKey(std::uint32_t id) override;
    protocol::Result<void> removePreKey(std::uint32_t id) override;
    protocol::Result<QList<std::uint32_t>> preKeyIds() override;
    protocol::Result<std::uint32_t> nextPreKeyId() override;
    protocol::Result<void> setNextPreKeyId(std::uint32_t id) override;

    // protocol::SignedPreKeyStore
    protocol::Result<std::optional<protocol::SecureBuffer>>
    loadSignedPreKey(std::uint32_t id) override;
    protocol::Result<void> storeSignedPreKey(std::uint32_t id, QByteArrayView record) override;
    protocol::Result<bool> containsSignedPreKey(std::uint32_t id) override;
    protocol::Result<void> removeSignedPreKey(std::uint32_t id) override;
    protocol::Result<QList<std::uint32_t>> signedPreKeyIds() override;
    protocol::Result<std::uint32_t> nextSignedPreKeyId() override;
    protocol::Result<void> setNextSignedPreKeyId(std::uint32_t id) override;

    // protocol::SessionStore
    protocol::Result<std::optional<protocol::SecureBuffer>>
    loadSession(const protocol::Address &peer) override;
    protocol::Result<QList<std::int32_t>> subDeviceSessions(QByteArrayView name) override;
    protocol::Result<void> storeSession(const protocol::Address &peer,
                                        QByteArrayView record) override;
    protocol::Result<bool> containsSession(const protocol::Address &peer) override;
    protocol::Result<void> deleteSession(const protocol::Address &peer) override;
    protocol::Result<int> deleteAllSessions(QByteArrayView name) override;

    // protocol::SenderKeyStore
    protocol::Result<std::optional<protocol::SecureBuffer>>
    loadSenderKey(const protocol::SenderKeyName &name) override;
    protocol::Result<void> storeSenderKey(const protocol::SenderKeyName &name,
                                          QByteArrayView record) override;

private:
    protocol::Error fail(const sqlite::Error &e, const char *what);

    sqlite::Database &m_db;
    std::optional<StorageError> m_lastError;
};

} // namespace cove::storage
