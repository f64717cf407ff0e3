// SPDX-License-Identifier: GPL-3.0-or-later
#include "Keys.h"

#include "Context.h"
#include "Handles.h"
#include "StoreContext.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <key_helper.h>
#include <session_pre_key.h>

namespace cove::protocol {

using namespace detail;

namespace {

// Curve25519 points of small order, as 32-byte little-endian u-coordinates
// with the (ignored) top bit cleared: 0, 1, the two points of order 8, and
// p-1, p, p+1. The same list libsodium refuses in crypto_scalarmult.
constexpr std::array<std::array<std::uint8_t, 32>, 7> kLowOrderPoints = {{
    {0},
    {1},
    {0xe0, 0xeb, 0x7a, 0x7c, 0x3b, 0x41, 0xb8, 0xae, 0x16, 0x56, 0xe3,
     0xfa, 0xf1, 0x9f, 0xc4, 0x6a, 0xda, 0x09, 0x8d, 0xeb, 0x9c, 0x32,
     0xb1, 0xfd, 0x86, 0x62, 0x05, 0x16, 0x5f, 0x49, 0xb8, 0x00},
    {0x5f, 0x9c, 0x95, 0xbc, 0xa3, 0x50, 0x8c, 0x24, 0xb1, 0xd0, 0xb1,
     0x55, 0x9c, 0x83, 0xef, 0x5b, 0x04, 0x44, 0x5c, 0xc4, 0x58, 0x1c,
     0x8e, 0x86, 0xd8, 0x22, 0x4e, 0xdd, 0xd0, 0x9f, 0x11, 0x57},
    {0xec, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
     0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
     0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f},
    {0xed, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
     0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
     0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f},
    {0xee, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
     0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
     0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f},
}};

Result<QByteArray> serializePublic(const ec_public_key *key)
{
    Buffer out;
    const int rc = ec_public_key_serialize(OutPtr(out), key);
    if (rc < 0)
        return sgError(rc, "ec_public_key_serialize");
    return bytesOf(out.get());
}

Result<Ref<ratchet_identity_key_pair>> ownIdentity(StoreContext &store)
{
    Ref<ratchet_identity_key_pair> pair;
    const int rc = signal_protocol_identity_get_key_pair(store.raw(), pair.out());
    if (rc < 0)
        return store.failure(rc, "identity key pair");
    return pair;
}

std::uint32_t nextId(std::uint32_t id)
{
    return id >= kMaxPreKeyId ? 1 : id + 1;
}

} // namespace

Result<Ref<ec_public_key>> detail::decodePublicKey(Context &context, QByteArrayView key)
{
    if (Result<void> valid = validatePublicKey(key); !valid)
        return valid.error();
    Ref<ec_public_key> out;
    const int rc = curve_decode_point(out.out(), u8(key), std::size_t(key.size()), context.raw());
    if (rc < 0)
        return sgError(rc, "curve_decode_point");
    return out;
}

bool isLowOrderPoint(QByteArrayView point)
{
    if (point.size() != 32)
        return false;
    std::array<std::uint8_t, 32> p;
    std::memcpy(p.data(), point.data(), 32);
    p[31] &= 0x7f;
    return std::any_of(kLowOrderPoints.begin(), kLowOrderPoints.end(),
                       [&](const auto &bad) { return p == bad; });
}

Result<void> validatePublicKey(QByteArrayView key)
{
    if (key.size() != kPublicKeySize)
        return makeError(ErrorCode::InvalidKey, QStringLiteral("public key must be 33 bytes"));
    if (std::uint8_t(key[0]) != kDjbKeyType)
        return makeError(ErrorCode::InvalidKey,
                         QStringLiteral("public key has an unknown type byte"));
    if (isLowOrderPoint(key.sliced(1)))
        return makeError(ErrorCode::InvalidKey, QStringLiteral("public key is a low-order point"));
    return {};
}

Result<void> PreKeyBundle::validate(Context &context) const
{
    if (registrationId == 0 || registrationId > 0x3FFF)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("bundle registration id out of range"));
    if (deviceId < 1)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("bundle device id out of range"));
    if (signedPreKeyId == 0 || signedPreKeyId > kMaxPreKeyId)
        return makeError(ErrorCode::InvalidKeyId, QStringLiteral("signed prekey id out of range"));
    for (QByteArrayView k : {QByteArrayView(identityKey), QByteArrayView(signedPreKey)}) {
        if (Result<void> r = validatePublicKey(k); !r)
            return r;
    }
    if (preKey) {
        if (preKey->id == 0 || preKey->id > kMaxPreKeyId)
            return makeError(ErrorCode::InvalidKeyId, QStringLiteral("prekey id out of range"));
        if (Result<void> r = validatePublicKey(preKey->publicKey); !r)
            return r;
    }
    if (signedPreKeySignature.size() != kSignatureSize)
        return makeError(ErrorCode::InvalidSignature, QStringLiteral("signature must be 64 bytes"));

    Result<Ref<ec_public_key>> identity = decodePublicKey(context, identityKey);
    if (!identity)
        return identity.error();
    const int rc = curve_verify_signature(
        identity->get(), u8(signedPreKey), std::size_t(signedPreKey.size()),
        u8(signedPreKeySignature), std::size_t(signedPreKeySignature.size()));
    if (rc != 1)
        return makeError(ErrorCode::InvalidSignature,
                         QStringLiteral("signed prekey signature does not verify"));
    return {};
}

Result<IdentityKeyPair> generateIdentityKeyPair(Context &context)
{
    Ref<ratchet_identity_key_pair> pair;
    int rc = signal_protocol_key_helper_generate_identity_key_pair(pair.out(), context.raw());
    if (rc < 0)
        return sgError(rc, "generate identity key pair");
    Result<QByteArray> pub = serializePublic(ratchet_identity_key_pair_get_public(pair.get()));
    if (!pub)
        return pub.error();
    Buffer priv;
    rc = ec_private_key_serialize(OutPtr(priv), ratchet_identity_key_pair_get_private(pair.get()));
    if (rc < 0)
        return sgError(rc, "ec_private_key_serialize");
    return IdentityKeyPair{*pub, secureOf(priv.get())};
}

Result<QByteArray> signWithIdentity(Context &context, const IdentityKeyPair &identity,
                                    QByteArrayView message)
{
    if (identity.privateKey.size() != kPrivateKeySize)
        return makeError(ErrorCode::InvalidKey, QStringLiteral("private key must be 32 bytes"));
    Ref<ec_private_key> key;
    int rc = curve_decode_private_point(key.out(), u8(identity.privateKey.view()),
                                        std::size_t(identity.privateKey.size()), context.raw());
    if (rc < 0)
        return sgError(rc, "curve_decode_private_point");
    Buffer signature;
    rc = curve_calculate_signature(context.raw(), OutPtr(signature), key.get(), u8(message),
                                   std::size_t(message.size()));
    if (rc < 0)
        return sgError(rc, "curve_calculate_signature");
    return bytesOf(signature.get());
}

bool verifyIdentitySignature(Context &context, QByteArrayView publicKey, QByteArrayView message,
                             QByteArrayView signature)
{
    if (signature.size() != kSignatureSize)
        return false;
    Result<Ref<ec_public_key>> key = decodePublicKey(context, publicKey);
    if (!key)
        return false;
    return curve_verify_signature(key->get(), u8(message), std::size_t(message.size()),
                                  u8(signature), std::size_t(signature.size())) == 1;
}

Result<std::uint32_t> generateRegistrationId(Context &context)
{
    std::uint32_t id = 0;
    const int rc = signal_protocol_key_helper_generate_registration_id(&id, 0, context.raw());
    if (rc < 0)
        return sgError(rc, "generate registration id");
    return id;
}

Result<QList<PublicPreKey>> generatePreKeys(StoreContext &store, int count)
{
    if (count < 1 || count > 1000)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("prekey batch must be 1..1000"));
    Result<std::uint32_t> first = store.stores().preKeys->nextPreKeyId();
    if (!first)
        return first.error();
    std::uint32_t id = std::clamp<std::uint32_t>(*first, 1, kMaxPreKeyId);

    QList<PublicPreKey> out;
    out.reserve(count);
    for (int i = 0; i < count; ++i, id = nextId(id)) {
        Ref<ec_key_pair> pair;
        int rc = curve_generate_key_pair(store.context().raw(), pair.out());
        if (rc < 0)
            return sgError(rc, "curve_generate_key_pair");
        Ref<session_pre_key> preKey;
        rc = session_pre_key_create(preKey.out(), id, pair.get());
        if (rc < 0)
            return sgError(rc, "session_pre_key_create");
        rc = signal_protocol_pre_key_store_key(store.raw(), preKey.get());
        if (rc < 0)
            return store.failure(rc, "store prekey");
        Result<QByteArray> pub = serializePublic(ec_key_pair_get_public(pair.get()));
        if (!pub)
            return pub.error();
        out.append(PublicPreKey{id, *pub});
    }
    if (Result<void> r = store.stores().preKeys->setNextPreKeyId(id); !r)
        return r.error();
    return out;
}

Result<SignedPreKeyInfo> loadSignedPreKeyInfo(StoreContext &store, std::uint32_t id)
{
    Ref<session_signed_pre_key> spk;
    const int rc = signal_protocol_signed_pre_key_load_key(store.raw(), spk.out(), id);
    if (rc < 0)
        return store.failure(rc, "load signed prekey");
    Result<QByteArray> pub =
        serializePublic(ec_key_pair_get_public(session_signed_pre_key_get_key_pair(spk.get())));
    if (!pub)
        return pub.error();
    const auto *sig =
        reinterpret_cast<const char *>(session_signed_pre_key_get_signature(spk.get()));
    return SignedPreKeyInfo{
        id, *pub, QByteArray(sig, qsizetype(session_signed_pre_key_get_signature_len(spk.get()))),
        session_signed_pre_key_get_timestamp(spk.get())};
}

Result<SignedPreKeyInfo> generateSignedPreKey(StoreContext &store, std::uint64_t nowMs)
{
    Result<Ref<ratchet_identity_key_pair>> identity = ownIdentity(store);
    if (!identity)
        return identity.error();
    Result<std::uint32_t> next = store.stores().signedPreKeys->nextSignedPreKeyId();
    if (!next)
        return next.error();
    const std::uint32_t id = std::clamp<std::uint32_t>(*next, 1, kMaxPreKeyId);

    Ref<session_signed_pre_key> spk;
    int rc = signal_protocol_key_helper_generate_signed_pre_key(spk.out(), identity->get(), id,
                                                                nowMs, store.context().raw());
    if (rc < 0)
        return sgError(rc, "generate signed prekey");
    rc = signal_protocol_signed_pre_key_store_key(store.raw(), spk.get());
    if (rc < 0)
        return store.failure(rc, "store signed prekey");
    if (Result<void> r = store.stores().signedPreKeys->setNextSignedPreKeyId(nextId(id)); !r)
        return r.error();
    return loadSignedPreKeyInfo(store, id);
}

Result<SignedPreKeyInfo> rotateSignedPreKey(StoreContext &store, std::uint64_t nowMs,
                                            RotationPolicy policy)
{
    Result<QList<std::uint32_t>> ids = store.stores().signedPreKeys->signedPreKeyIds();
    if (!ids)
        return ids.error();
    QList<SignedPreKeyInfo> existing;
    for (std::uint32_t id : *ids) {
        Result<SignedPreKeyInfo> info = loadSignedPreKeyInfo(store, id);
        if (!info)
            return info.error();
        existing.append(std::move(*info));
    }
    std::sort(existing.begin(), existing.end(),
              [](const auto &a, const auto &b) { return a.timestampMs > b.timestampMs; });

    std::optional<SignedPreKeyInfo> current;
    // A clock that went backwards keeps the current key rather than minting
    // a new one on every call.
    const bool due =
        existing.isEmpty() || (nowMs > existing.front().timestampMs &&
                               nowMs - existing.front().timestampMs >= policy.rotateAfterMs);
    if (!due) {
        current = existing.front();
    } else {
        Result<SignedPreKeyInfo> fresh = generateSignedPreKey(store, nowMs);
        if (!fresh)
            return fresh.error();
        current = std::move(*fresh);
        existing.prepend(*current);
    }
    // Keep the newest previous key whatever its age, so a message sent to it
    // just before the rotation still decrypts.
    for (qsizetype i = 2; i < existing.size(); ++i) {
        const SignedPreKeyInfo &old = existing.at(i);
        if (nowMs > old.timestampMs && nowMs - old.timestampMs > policy.keepOldMs) {
            if (Result<void> r = store.stores().signedPreKeys->removeSignedPreKey(old.id); !r)
                return r.error();
        }
    }
    return *current;
}

Result<PreKeyBundle> localBundle(StoreContext &store, std::int32_t deviceId,
                                 std::optional<std::uint32_t> preKeyId,
                                 std::uint32_t signedPreKeyId)
{
    PreKeyBundle bundle;
    bundle.deviceId = deviceId;
    Result<std::uint32_t> reg = store.stores().identity->localRegistrationId();
    if (!reg)
        return reg.error();
    bundle.registrationId = *reg;
    Result<IdentityKeyPair> identity = store.stores().identity->identityKeyPair();
    if (!identity)
        return identity.error();
    bundle.identityKey = identity->publicKey;

    Result<SignedPreKeyInfo> spk = loadSignedPreKeyInfo(store, signedPreKeyId);
    if (!spk)
        return spk.error();
    bundle.signedPreKeyId = spk->id;
    bundle.signedPreKey = spk->publicKey;
    bundle.signedPreKeySignature = spk->signature;

    if (preKeyId) {
        Ref<session_pre_key> preKey;
        const int rc = signal_protocol_pre_key_load_key(store.raw(), preKey.out(), *preKeyId);
        if (rc < 0)
            return store.failure(rc, "load prekey");
        Result<QByteArray> pub =
            serializePublic(ec_key_pair_get_public(session_pre_key_get_key_pair(preKey.get())));
        if (!pub)
            return pub.error();
        bundle.preKey = PublicPreKey{*preKeyId, *pub};
    }
    return bundle;
}

} // namespace cove::protocol
