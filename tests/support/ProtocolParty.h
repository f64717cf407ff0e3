// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Context.h"
#include "Keys.h"
#include "MemoryStore.h"
#include "Session.h"
#include "StoreContext.h"

#include <memory>

namespace cove::test {

/// One device with a fresh identity and in-memory stores: what a test needs
/// to play Alice or Bob on the real Signal stack.
class ProtocolParty {
public:
    explicit ProtocolParty(QByteArray name, std::int32_t deviceId = 1);

    [[nodiscard]] protocol::Address address() const { return {m_name, m_deviceId}; }
    [[nodiscard]] const QByteArray &name() const { return m_name; }
    [[nodiscard]] protocol::Context &context() { return m_context; }
    [[nodiscard]] protocol::MemoryStore &memory() { return *m_memory; }
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
    std::unique_ptr<protocol::MemoryStore> m_memory;
    std::unique_ptr<protocol::StoreContext> m_store;
    QByteArray m_identityKey;
    std::uint32_t m_signedPreKeyId = 0;
};

/// Starts a session from `a` to `b` and exchanges one message each way, so
/// both sides are past the PreKey stage.
void handshake(ProtocolParty &a, ProtocolParty &b);

} // namespace cove::test
