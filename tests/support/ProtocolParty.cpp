// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProtocolParty.h"

#include "Crypto.h"
#include "MemoryStore.h"
#include "ProtocolStore.h"
#include "Sqlite.h"
#include "Store.h"

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

Backend backendFromEnvironment()
{
    return qgetenv("COVE_PROTOCOL_STORE") == "sqlcipher" ? Backend::SqlCipher : Backend::Memory;
}

struct ProtocolParty::SqlBackend {
    QTemporaryDir dir;
    std::unique_ptr<storage::Store> store;
};

ProtocolParty::~ProtocolParty()
{
    // The stores use the database: tear down in reverse order of creation.
    m_store.reset();
    m_stores.reset();
    m_sql.reset();
}

ProtocolParty::ProtocolParty(QByteArray name, std::int32_t deviceId, Backend backend)
    : m_name(std::move(name)), m_deviceId(deviceId)
{
    IdentityKeyPair identity = must(generateIdentityKeyPair(m_context), "identity");
    m_identityKey = identity.publicKey;
    const std::uint32_t registrationId = must(generateRegistrationId(m_context), "registration id");
    if (backend == Backend::Memory) {
        m_stores = std::make_unique<MemoryStore>(std::move(identity), registrationId);
    } else {
        m_sql = std::make_unique<SqlBackend>();
        auto opened =
            storage::Store::open(m_sql->dir.filePath(QStringLiteral("cove.db")),
                                 crypto::randomByteArray(32), storage::Store::Intent::CreateNew);
        if (!opened) {
            std::fprintf(stderr, "ProtocolParty: cannot create the store: %s\n",
                         qUtf8Printable(opened.error().detail));
            std::abort();
        }
        m_sql->store = std::move(*opened);
        auto sql = std::make_unique<storage::ProtocolStore>(m_sql->store->db());
        if (!sql->initializeIdentity(QString::fromUtf8(m_name), QString::fromUtf8(m_name), identity,
                                     registrationId, QDateTime::currentMSecsSinceEpoch())) {
            std::fputs("ProtocolParty: cannot store the identity\n", stderr);
            std::abort();
        }
        m_stores = std::move(sql);
    }
    m_store = std::make_unique<StoreContext>(m_context, m_stores->stores());
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
