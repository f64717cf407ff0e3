// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreContext.h"

#include "Context.h"
#include "Handles.h"

#include <cstdio>
#include <cstdlib>
#include <optional>

namespace cove::protocol {

using namespace detail;

// A store failure is reported to the library with this code (below
// SG_ERR_MINIMUM, so it can never collide with the library's own codes); the
// store's Error is kept here and handed back by failure().
static constexpr int kStoreFailed = -10000;

struct StoreContext::Private {
    Context *context = nullptr;
    Stores stores;
    signal_protocol_store_context *store = nullptr;
    std::optional<Error> lastStoreError;
    bool holdIdentity = false;
    std::optional<std::pair<Address, QByteArray>> heldIdentity;

    int fail(const Error &e)
    {
        lastStoreError = e;
        return kStoreFailed;
    }
};

namespace {

using P = StoreContext::Private;

P *priv(void *userData)
{
    return static_cast<P *>(userData);
}

Address toAddress(const signal_protocol_address *a)
{
    // signal_protocol_address.name is not NUL-terminated: use name_len.
    return Address{QByteArray(a->name, qsizetype(a->name_len)), a->device_id};
}

QByteArrayView bytes(const std::uint8_t *data, std::size_t len)
{
    return QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(len));
}

int emit(signal_buffer **out, const SecureBuffer &b)
{
    *out = signal_buffer_create(b.data(), b.size());
    return *out ? SG_SUCCESS : SG_ERR_NOMEM;
}

// ---- identity -------------------------------------------------------------

int getIdentityKeyPair(signal_buffer **pub, signal_buffer **priv_, void *ud)
{
    Result<IdentityKeyPair> r = priv(ud)->stores.identity->identityKeyPair();
    if (!r)
        return priv(ud)->fail(r.error());
    *pub = signal_buffer_create(u8(r->publicKey), std::size_t(r->publicKey.size()));
    *priv_ = signal_buffer_create(r->privateKey.data(), r->privateKey.size());
    if (!*pub || !*priv_) {
        signal_buffer_free(*pub);
        signal_buffer_bzero_free(*priv_);
        return SG_ERR_NOMEM;
    }
    return SG_SUCCESS;
}

int getRegistrationId(void *ud, std::uint32_t *id)
{
    Result<std::uint32_t> r = priv(ud)->stores.identity->localRegistrationId();
    if (!r)
        return priv(ud)->fail(r.error());
    *id = *r;
    return SG_SUCCESS;
}

int saveIdentity(const signal_protocol_address *a, std::uint8_t *key, std::size_t len, void *ud)
{
    if (priv(ud)->holdIdentity) {
        priv(ud)->heldIdentity.emplace(toAddress(a), bytes(key, key ? len : 0).toByteArray());
        return SG_SUCCESS;
    }
    Result<void> r =
        priv(ud)->stores.identity->saveIdentity(toAddress(a), bytes(key, key ? len : 0));
    return r ? SG_SUCCESS : priv(ud)->fail(r.error());
}

int isTrustedIdentity(const signal_protocol_address *a, std::uint8_t *key, std::size_t len,
                      void *ud)
{
    Result<Trust> r = priv(ud)->stores.identity->trust(toAddress(a), bytes(key, len));
    if (!r)
        return priv(ud)->fail(r.error());
    return *r == Trust::Changed ? 0 : 1;
}

// ---- one-time prekeys -----------------------------------------------------

int loadPreKey(signal_buffer **record, std::uint32_t id, void *ud)
{
    Result<std::optional<SecureBuffer>> r = priv(ud)->stores.preKeys->loadPreKey(id);
    if (!r)
        return priv(ud)->fail(r.error());
    if (!r->has_value())
        return SG_ERR_INVALID_KEY_ID;
    return emit(record, **r);
}

int storePreKey(std::uint32_t id, std::uint8_t *record, std::size_t len, void *ud)
{
    Result<void> r = priv(ud)->stores.preKeys->storePreKey(id, bytes(record, len));
    return r ? SG_SUCCESS : priv(ud)->fail(r.error());
}

int containsPreKey(std::uint32_t id, void *ud)
{
    Result<bool> r = priv(ud)->stores.preKeys->containsPreKey(id);
    return r ? int(*r) : priv(ud)->fail(r.error());
}

int removePreKey(std::uint32_t id, void *ud)
{
    Result<void> r = priv(ud)->stores.preKeys->removePreKey(id);
    return r ? SG_SUCCESS : priv(ud)->fail(r.error());
}

// ---- signed prekeys -------------------------------------------------------

int loadSignedPreKey(signal_buffer **record, std::uint32_t id, void *ud)
{
    Result<std::optional<SecureBuffer>> r = priv(ud)->stores.signedPreKeys->loadSignedPreKey(id);
    if (!r)
        return priv(ud)->fail(r.error());
    if (!r->has_value())
        return SG_ERR_INVALID_KEY_ID;
    return emit(record, **r);
}

int storeSignedPreKey(std::uint32_t id, std::uint8_t *record, std::size_t len, void *ud)
{
    Result<void> r = priv(ud)->stores.signedPreKeys->storeSignedPreKey(id, bytes(record, len));
    return r ? SG_SUCCESS : priv(ud)->fail(r.error());
}

int containsSignedPreKey(std::uint32_t id, void *ud)
{
    Result<bool> r = priv(ud)->stores.signedPreKeys->containsSignedPreKey(id);
    return r ? int(*r) : priv(ud)->fail(r.error());
}

int removeSignedPreKey(std::uint32_t id, void *ud)
{
    Result<void> r = priv(ud)->stores.signedPreKeys->removeSignedPreKey(id);
    return r ? SG_SUCCESS : priv(ud)->fail(r.error());
}

// ---- sessions -------------------------------------------------------------

int loadSession(signal_buffer **record, signal_buffer **userRecord,
                const signal_protocol_address *a, void *ud)
{
    *userRecord = nullptr;
    Result<std::optional<SecureBuffer>> r = priv(ud)->stores.sessions->loadSession(toAddress(a));
    if (!r)
        return priv(ud)->fail(r.error());
    if (!r->has_value())
        return 0;
    const int rc = emit(record, **r);
    return rc == SG_SUCCESS ? 1 : rc;
}

int subDeviceSessions(signal_int_list **sessions, const char *name, std::size_t len, void *ud)
{
    Result<QList<std::int32_t>> r =
        priv(ud)->stores.sessions->subDeviceSessions(QByteArrayView(name, qsizetype(len)));
    if (!r)
        return priv(ud)->fail(r.error());
    signal_int_list *list = signal_int_list_alloc();
    if (!list)
        return SG_ERR_NOMEM;
    for (std::int32_t id : *r) {
        if (signal_int_list_push_back(list, id) != 0) {
            signal_int_list_free(list);
            return SG_ERR_NOMEM;
        }
    }
    *sessions = list;
    return int(r->size());
}

int storeSession(const signal_protocol_address *a, std::uint8_t *record, std::size_t len,
                 std::uint8_t *, std::size_t, void *ud)
{
    Result<void> r = priv(ud)->stores.sessions->storeSession(toAddress(a), bytes(record, len));
    return r ? SG_SUCCESS : priv(ud)->fail(r.error());
}

int containsSession(const signal_protocol_address *a, void *ud)
{
    Result<bool> r = priv(ud)->stores.sessions->containsSession(toAddress(a));
    return r ? int(*r) : priv(ud)->fail(r.error());
}

int deleteSession(const signal_protocol_address *a, void *ud)
{
    Result<void> r = priv(ud)->stores.sessions->deleteSession(toAddress(a));
    return r ? 1 : priv(ud)->fail(r.error());
}

int deleteAllSessions(const char *name, std::size_t len, void *ud)
{
    Result<int> r =
        priv(ud)->stores.sessions->deleteAllSessions(QByteArrayView(name, qsizetype(len)));
    return r ? *r : priv(ud)->fail(r.error());
}

// ---- sender keys ----------------------------------------------------------

SenderKeyName toSenderKeyName(const signal_protocol_sender_key_name *n)
{
    return SenderKeyName{QByteArray(n->group_id, qsizetype(n->group_id_len)),
                         toAddress(&n->sender)};
}

int storeSenderKey(const signal_protocol_sender_key_name *n, std::uint8_t *record, std::size_t len,
                   std::uint8_t *, std::size_t, void *ud)
{
    Result<void> r =
        priv(ud)->stores.senderKeys->storeSenderKey(toSenderKeyName(n), bytes(record, len));
    return r ? SG_SUCCESS : priv(ud)->fail(r.error());
}

int loadSenderKey(signal_buffer **record, signal_buffer **userRecord,
                  const signal_protocol_sender_key_name *n, void *ud)
{
    *userRecord = nullptr;
    Result<std::optional<SecureBuffer>> r =
        priv(ud)->stores.senderKeys->loadSenderKey(toSenderKeyName(n));
    if (!r)
        return priv(ud)->fail(r.error());
    if (!r->has_value())
        return 0;
    const int rc = emit(record, **r);
    return rc == SG_SUCCESS ? 1 : rc;
}

} // namespace

StoreContext::StoreContext(Context &context, Stores stores) : d(std::make_unique<Private>())
{
    d->context = &context;
    d->stores = stores;
    if (!stores.identity || !stores.preKeys || !stores.signedPreKeys || !stores.sessions ||
        !stores.senderKeys) {
        std::fputs("cove: StoreContext needs all five stores\n", stderr);
        std::abort();
    }

    void *ud = d.get();
    const signal_protocol_session_store sessionStore = {
        loadSession,   subDeviceSessions, storeSession, containsSession,
        deleteSession, deleteAllSessions, nullptr,      ud};
    const signal_protocol_pre_key_store preKeyStore = {loadPreKey,   storePreKey, containsPreKey,
                                                       removePreKey, nullptr,     ud};
    const signal_protocol_signed_pre_key_store signedPreKeyStore = {
        loadSignedPreKey, storeSignedPreKey, containsSignedPreKey, removeSignedPreKey, nullptr, ud};
    const signal_protocol_identity_key_store identityStore = {
        getIdentityKeyPair, getRegistrationId, saveIdentity, isTrustedIdentity, nullptr, ud};
    const signal_protocol_sender_key_store senderKeyStore = {storeSenderKey, loadSenderKey, nullptr,
                                                             ud};

    if (signal_protocol_store_context_create(&d->store, context.raw()) != 0 ||
        signal_protocol_store_context_set_session_store(d->store, &sessionStore) != 0 ||
        signal_protocol_store_context_set_pre_key_store(d->store, &preKeyStore) != 0 ||
        signal_protocol_store_context_set_signed_pre_key_store(d->store, &signedPreKeyStore) != 0 ||
        signal_protocol_store_context_set_identity_key_store(d->store, &identityStore) != 0 ||
        signal_protocol_store_context_set_sender_key_store(d->store, &senderKeyStore) != 0) {
        std::fputs("cove: cannot create the Signal store context\n", stderr);
        std::abort();
    }
}

StoreContext::~StoreContext()
{
    signal_protocol_store_context_destroy(d->store);
}

Context &StoreContext::context() const noexcept
{
    return *d->context;
}

const Stores &StoreContext::stores() const noexcept
{
    return d->stores;
}

signal_protocol_store_context *StoreContext::raw() const noexcept
{
    return d->store;
}

Error StoreContext::failure(int rc, const char *where)
{
    if (rc == kStoreFailed && d->lastStoreError) {
        Error e = std::move(*d->lastStoreError);
        d->lastStoreError.reset();
        return e;
    }
    d->lastStoreError.reset();
    return errorFromSignal(rc, where);
}

void StoreContext::holdIdentitySaves()
{
    d->holdIdentity = true;
    d->heldIdentity.reset();
}

Result<void> StoreContext::writeHeldIdentity()
{
    d->holdIdentity = false;
    if (!d->heldIdentity)
        return {};
    const auto [peer, key] = std::move(*d->heldIdentity);
    d->heldIdentity.reset();
    return d->stores.identity->saveIdentity(peer, key);
}

void StoreContext::dropHeldIdentity()
{
    d->holdIdentity = false;
    d->heldIdentity.reset();
}

} // namespace cove::protocol
