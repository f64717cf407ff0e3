// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProtocolParty.h"

#include <QDateTime>

#include <cstdio>
#include <cstdlib>

namespace cove::test {

using namespace protocol;

namespace {

template <typename T> T must(Result<T> r, const char *what)
{
    if (!r) {
        std::fprintf(stderr, "ProtocolParty: %s failed: %s\n", what,
                     qUtf8Printable(r.error().detail));
        std::abort();
    }
    return std::move(r).value();
}

} // namespace

ProtocolParty::ProtocolParty(QByteArray name, std::int32_t deviceId)
    : m_name(std::move(name)), m_deviceId(deviceId)
{
    IdentityKeyPair identity = must(generateIdentityKeyPair(m_context), "identity");
    m_identityKey = identity.publicKey;
    const std::uint32_t registrationId = must(generateRegistrationId(m_context), "registration id");
    m_memory = std::make_unique<MemoryStore>(std::move(identity), registrationId);
    m_store = std::make_unique<StoreContext>(m_context, m_memory->stores());
    const auto now = std::uint64_t(QDateTime::currentMSecsSinceEpoch());
    m_signedPreKeyId = must(generateSignedPreKey(*m_store, now), "signed prekey").id;
}

PreKeyBundle ProtocolParty::bundle(bool withOneTimePreKey)
{
    std::optional<std::uint32_t> preKeyId;
    if (withOneTimePreKey)
        preKeyId = must(generatePreKeys(*m_store, 1), "prekey").constFirst().id;
    return must(localBundle(*m_store, m_deviceId, preKeyId, m_signedPreKeyId), "bundle");
}

void ProtocolParty::startSessionWith(ProtocolParty &peer, bool withOneTimePreKey)
{
    Result<void> r = processPreKeyBundle(*m_store, peer.address(), peer.bundle(withOneTimePreKey));
    if (!r) {
        std::fprintf(stderr, "ProtocolParty: session setup failed: %s\n",
                     qUtf8Printable(r.error().detail));
        std::abort();
    }
}

CiphertextMessage ProtocolParty::mustEncrypt(const Address &to, QByteArrayView plaintext)
{
    return must(encrypt(*m_store, to, plaintext), "encrypt");
}

QByteArray ProtocolParty::mustDecrypt(const Address &from, const CiphertextMessage &m)
{
    return must(decrypt(*m_store, from, m), "decrypt").toByteArray();
}

void handshake(ProtocolParty &a, ProtocolParty &b)
{
    a.startSessionWith(b);
    if (b.mustDecrypt(a.address(), a.mustEncrypt(b.address(), "hello")) != "hello" ||
        a.mustDecrypt(b.address(), b.mustEncrypt(a.address(), "hi")) != "hi") {
        std::fputs("ProtocolParty: handshake plaintext mismatch\n", stderr);
        std::abort();
    }
}

} // namespace cove::test
