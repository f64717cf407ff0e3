// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Context.h"
#include "Keys.h"
#include "Session.h"
#include "StoreContext.h"
#include "Stores.h"

#include <QTemporaryDir>

#include <memory>

namespace cove::test {

/// Where a party keeps its protocol state.
enum class Backend {
    Memory,    ///< protocol::MemoryStore
    SqlCipher, ///< storage::ProtocolStore in a fresh encrypted database
};

/// The backend chosen by the environment: COVE_PROTOCOL_STORE=sqlcipher runs
/// the same suites over the encrypted store (CTest registers them twice).
[[nodiscard]] Backend backendFromEnvironment();

/// One device with a fresh identity and its own stores: what a test needs
/// to play Alice or Bob on the real Signal stack.
class ProtocolParty {
public:
    explicit ProtocolParty(QByteArray name, std::int32_t deviceId = 1,
                           Backend backend = backendFromEnvironment());
    ~ProtocolParty();

    [[nodiscard]] protocol::Address address() const { return {m_name, m_deviceId}; }
    [[nodiscard]] const QByteArray &name() const { return m_name; }
    [[nodiscard]] protocol::Context &context() { return m_context; }
    /// The party's stores, to inspect or change state directly.
    [[nodiscard]] protocol::CombinedStore &stores() { return *m_stores; }
    [[nodiscard]] protocol::StoreContext &store() { return *m_store; }
    [[nodiscard]] QByteArray identityKey() const { return m_identityKey; }
    [[nodiscard]] std::uint32_t signedPreKeyId() const { return m_signedPreKeyId; }

    /// A bundle with a freshly generated one-time prekey (or none).
    [[nodiscard]] protocol::PreKeyBundle bundle(bool withOneTimePreKey = true);

    /// Starts a session towards `peer` from a bundle `peer` hands out.
    void startSessionWith(ProtocolParty &peer, bool withOneTimePreKey = true);

    /// Encrypts and aborts the test run on failure: for setting up state.
    [[nodiscard]] protocol::CiphertextMessage mustEncrypt(const protocol::Address &to,
                                                          QByteArrayView plaintext);
    [[nodiscard]] QByteArray mustDecrypt(const protocol::Address &from,
                                         const protocol::CiphertextMessage &m);

private:
    QByteArray m_name;
    std::int32_t m_deviceId;
    protocol::Context m_context;
    struct SqlBackend;
    std::unique_ptr<SqlBackend> m_sql;
    std::unique_ptr<protocol::CombinedStore> m_stores;
    std::unique_ptr<protocol::StoreContext> m_store;
    QByteArray m_identityKey;
    std::uint32_t m_signedPreKeyId = 0;
};

/// Starts a session from `a` to `b` and exchanges one message each way, so
/// both sides are past the PreKey stage.
void handshake(ProtocolParty &a, ProtocolParty &b);

} // namespace cove::test
