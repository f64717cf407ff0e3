// SPDX-License-Identifier: GPL-3.0-or-later
#include "Session.h"

#include "Context.h"
#include "Handles.h"
#include "StoreContext.h"

#include <QScopeGuard>

#include <protocol.h>
#include <session_builder.h>
#include <session_cipher.h>
#include <session_pre_key.h>
#include <session_record.h>
#include <session_state.h>

namespace cove::protocol {

using namespace detail;

namespace {

using SessionBuilderPtr = Owned<session_builder, session_builder_free>;
using SessionCipherPtr = Owned<session_cipher, session_cipher_free>;

// Keeps the name bytes alive for the C struct, which borrows them.
struct CAddress {
    explicit CAddress(const Address &a) : name(a.name)
    {
        raw.name = name.constData();
        raw.name_len = std::size_t(name.size());
        raw.device_id = a.deviceId;
    }
    QByteArray name;
    signal_protocol_address raw{};
};

int decryptionCallback(session_cipher *, signal_buffer *plaintext, void *decryptContext)
{
    return runDecryptHook(plaintext, decryptContext);
}

Result<void> checkMessageSize(QByteArrayView bytes)
{
    if (bytes.size() > kMaxSignalMessageSize)
        return makeError(ErrorCode::TooLarge,
                         QStringLiteral("Signal message exceeds the size bound"));
    // version byte + at least one protobuf field + 8-byte MAC
    if (bytes.size() < 10)
        return makeError(ErrorCode::Malformed, QStringLiteral("Signal message too short"));
    return {};
}

// libsignal-protocol-c decodes any 32 bytes as a peer's ratchet, base or
// identity key; a hostile peer could send a low-order point and make the
// agreement predictable. Refuse those before the library computes with them.
Result<void> checkPeerKey(const ec_public_key *key)
{
    Buffer serialized;
    const int rc = ec_public_key_serialize(OutPtr(serialized), key);
    if (rc < 0)
        return sgError(rc, "ec_public_key_serialize");
    return validatePublicKey(viewOf(serialized.get()));
}

Result<SessionCipherPtr> makeCipher(StoreContext &store, const CAddress &address)
{
    SessionCipherPtr cipher;
    const int rc =
        session_cipher_create(OutPtr(cipher), store.raw(), &address.raw, store.context().raw());
    if (rc < 0)
        return sgError(rc, "session_cipher_create");
    return cipher;
}

} // namespace

Result<void> processPreKeyBundle(StoreContext &store, const Address &peer,
                                 const PreKeyBundle &bundle)
{
    Context &ctx = store.context();
    if (Result<void> valid = bundle.validate(ctx); !valid)
        return valid;

    Result<Ref<ec_public_key>> identity = decodePublicKey(ctx, bundle.identityKey);
    Result<Ref<ec_public_key>> signedPreKey = decodePublicKey(ctx, bundle.signedPreKey);
    if (!identity)
        return identity.error();
    if (!signedPreKey)
        return signedPreKey.error();
    Ref<ec_public_key> preKey;
    if (bundle.preKey) {
        Result<Ref<ec_public_key>> k = decodePublicKey(ctx, bundle.preKey->publicKey);
        if (!k)
            return k.error();
        preKey = std::move(*k);
    }

    Ref<session_pre_key_bundle> raw;
    int rc = session_pre_key_bundle_create(
        raw.out(), bundle.registrationId, bundle.deviceId, bundle.preKey ? bundle.preKey->id : 0,
        preKey.get(), bundle.signedPreKeyId, signedPreKey->get(), u8(bundle.signedPreKeySignature),
        std::size_t(bundle.signedPreKeySignature.size()), identity->get());
    if (rc < 0)
        return sgError(rc, "session_pre_key_bundle_create");

    const CAddress address(peer);
    SessionBuilderPtr builder;
    rc = session_builder_create(OutPtr(builder), store.raw(), &address.raw, ctx.raw());
    if (rc < 0)
        return sgError(rc, "session_builder_create");
    rc = session_builder_process_pre_key_bundle(builder.get(), raw.get());
    if (rc < 0)
        return store.failure(rc, "process prekey bundle");
    return {};
}

Result<bool> hasSession(StoreContext &store, const Address &peer)
{
    const CAddress address(peer);
    const int rc = signal_protocol_session_contains_session(store.raw(), &address.raw);
    if (rc < 0)
        return store.failure(rc, "contains session");
    return rc == 1;
}

Result<CiphertextMessage> encrypt(StoreContext &store, const Address &peer,
                                  QByteArrayView plaintext)
{
    if (plaintext.size() > kMaxSignalMessageSize - 1024)
        return makeError(ErrorCode::TooLarge, QStringLiteral("plaintext exceeds the size bound"));
    const CAddress address(peer);

    Result<bool> exists = hasSession(store, peer);
    if (!exists)
        return exists.error();
    if (!*exists)
        return makeError(ErrorCode::NoSession, QStringLiteral("no session with this peer"));

    // libsignal-protocol-c 2.3.3 does not check the identity on encrypt; a
    // key change learned from a later bundle or message must stop sending too.
    Ref<session_record> record;
    int rc = signal_protocol_session_load_session(store.raw(), record.out(), &address.raw);
    if (rc < 0)
        return store.failure(rc, "load session");
    session_state *state = session_record_get_state(record.get());
    if (ec_public_key *remote = state ? session_state_get_remote_identity_key(state) : nullptr) {
        rc = signal_protocol_identity_is_trusted_identity(store.raw(), &address.raw, remote);
        if (rc < 0)
            return store.failure(rc, "is trusted identity");
        if (rc == 0)
            return makeError(ErrorCode::UntrustedIdentity,
                             QStringLiteral("the peer's identity key changed"));
    }

    Result<SessionCipherPtr> cipher = makeCipher(store, address);
    if (!cipher)
        return cipher.error();
    Ref<ciphertext_message> message;
    // The library reads the plaintext and never writes to it.
    rc = session_cipher_encrypt(cipher->get(), u8(plaintext), std::size_t(plaintext.size()),
                                message.out());
    if (rc < 0)
        return store.failure(rc, "session_cipher_encrypt");

    CiphertextMessage out;
    out.type = ciphertext_message_get_type(message.get()) == CIPHERTEXT_PREKEY_TYPE
                   ? CiphertextMessage::Type::PreKey
                   : CiphertextMessage::Type::Signal;
    // Borrowed: owned by the message, never unref'd here.
    out.bytes = bytesOf(ciphertext_message_get_serialized(message.get()));
    return out;
}

Result<SecureBuffer> decrypt(StoreContext &store, const Address &peer,
                             const CiphertextMessage &message, const DecryptHook &hook)
{
    if (Result<void> size = checkMessageSize(message.bytes); !size)
        return size.error();
    Context &ctx = store.context();
    const CAddress address(peer);
    Result<SessionCipherPtr> cipher = makeCipher(store, address);
    if (!cipher)
        return cipher.error();
    session_cipher_set_decryption_callback(cipher->get(), decryptionCallback);

    HookContext hookContext{&hook, std::nullopt, {}};
    Buffer plaintext;
    int rc = 0;
    const auto *data = u8(message.bytes);
    const auto len = std::size_t(message.bytes.size());
    switch (message.type) {
    case CiphertextMessage::Type::PreKey: {
        Ref<pre_key_signal_message> m;
        rc = pre_key_signal_message_deserialize(m.out(), data, len, ctx.raw());
        if (rc < 0)
            return sgError(rc, "parse PreKey message");
        for (const ec_public_key *k : {pre_key_signal_message_get_identity_key(m.get()),
                                       pre_key_signal_message_get_base_key(m.get()),
                                       signal_message_get_sender_ratchet_key(
                                           pre_key_signal_message_get_signal_message(m.get()))}) {
            if (Result<void> valid = checkPeerKey(k); !valid)
                return valid.error();
        }
        // The claimed identity is trusted only once the message proves it.
        store.holdIdentitySaves();
        const auto drop = qScopeGuard([&store] { store.dropHeldIdentity(); });
        hookContext.first = [&store] { return store.writeHeldIdentity(); };
        rc = session_cipher_decrypt_pre_key_signal_message(cipher->get(), m.get(), &hookContext,
                                                           OutPtr(plaintext));
        break;
    }
    case CiphertextMessage::Type::Signal: {
        Ref<signal_message> m;
        rc = signal_message_deserialize(m.out(), data, len, ctx.raw());
        if (rc < 0)
            return sgError(rc, "parse Signal message");
        if (Result<void> valid = checkPeerKey(signal_message_get_sender_ratchet_key(m.get()));
            !valid)
            return valid.error();
        rc = session_cipher_decrypt_signal_message(cipher->get(), m.get(), &hookContext,
                                                   OutPtr(plaintext));
        break;
    }
    default:
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("not a one-to-one message type"));
    }
    if (hookContext.error)
        return *hookContext.error;
    if (rc < 0)
        return store.failure(rc, "decrypt");
    return secureOf(plaintext.get());
}

Result<QByteArray> preKeyMessageIdentity(StoreContext &store, QByteArrayView bytes)
{
    if (Result<void> size = checkMessageSize(bytes); !size)
        return size.error();
    Ref<pre_key_signal_message> m;
    const int rc = pre_key_signal_message_deserialize(m.out(), u8(bytes), std::size_t(bytes.size()),
                                                      store.context().raw());
    if (rc < 0)
        return sgError(rc, "parse PreKey message");
    Buffer out;
    const int src =
        ec_public_key_serialize(OutPtr(out), pre_key_signal_message_get_identity_key(m.get()));
    if (src < 0)
        return sgError(src, "ec_public_key_serialize");
    return bytesOf(out.get());
}

} // namespace cove::protocol
