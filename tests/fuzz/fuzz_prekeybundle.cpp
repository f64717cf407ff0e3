// SPDX-License-Identifier: GPL-3.0-or-later
// A prekey bundle as the relay hands it out, which a hostile relay writes
// entirely: the frame is parsed and, whatever it claims, offered to the
// session layer to start a session from (the app first checks the Cove ID
// against the identity key; here every parsed bundle goes on, so that the
// bundle's own checks meet everything).
//
// Properties: a bundle that starts a session has valid, non-low-order keys
// and a signed prekey whose signature verifies, and the session it starts
// encrypts a first (PreKey) message; a bundle refused leaves no session.
#include "Context.h"
#include "FuzzSupport.h"
#include "Keys.h"
#include "MemoryStore.h"
#include "RelayMessages.h"
#include "Session.h"
#include "StoreContext.h"
#include "WireFormat.h"

#include <cstdint>

using namespace cove::protocol;

namespace {

const Address kPeer{"peer", 1};

struct Local {
    Local()
    {
        auto generated = generateIdentityKeyPair(context);
        auto registration = generateRegistrationId(context);
        COVE_FUZZ_CHECK(generated.ok() && registration.ok());
        identity = std::move(*generated);
        registrationId = *registration;
    }
    Context context;
    IdentityKeyPair identity;
    std::uint32_t registrationId = 0;
};

Local &local()
{
    static Local l;
    return l;
}

bool usablePoint(QByteArrayView key)
{
    return key.size() == 33 && key[0] == 0x05 && !isLowOrderPoint(key.sliced(1));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    Result<Frame> frame = decodeFrame(QByteArrayView(data, qsizetype(size)));
    if (!frame)
        return 0;
    Result<wire::PreKeyBundleReply> reply = wire::PreKeyBundleReply::fromFrame(*frame);
    if (!reply)
        return 0;
    const PreKeyBundle bundle = reply->bundle();

    Local &me = local();
    MemoryStore store({me.identity.publicKey, me.identity.privateKey.clone()}, me.registrationId);
    StoreContext signal(me.context, store.stores());
    const Result<void> started = processPreKeyBundle(signal, kPeer, bundle);
    if (!started) {
        auto session = hasSession(signal, kPeer);
        COVE_FUZZ_CHECK(session.ok() && !*session);
        return 0;
    }
    COVE_FUZZ_CHECK(bundle.validate(me.context).ok());
    COVE_FUZZ_CHECK(usablePoint(bundle.identityKey));
    COVE_FUZZ_CHECK(usablePoint(bundle.signedPreKey));
    if (bundle.preKey)
        COVE_FUZZ_CHECK(usablePoint(bundle.preKey->publicKey));
    COVE_FUZZ_CHECK(verifyIdentitySignature(me.context, bundle.identityKey, bundle.signedPreKey,
                                            bundle.signedPreKeySignature));
    Result<CiphertextMessage> first = encrypt(signal, kPeer, "first");
    COVE_FUZZ_CHECK(first.ok() && first->type == CiphertextMessage::Type::PreKey);
    return 0;
}
