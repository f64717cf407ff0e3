// SPDX-License-Identifier: GPL-3.0-or-later
// The path from a received envelope through decryption, as a conversation
// between two parties on the real Signal stack that the input drives: who
// writes, and what the network does with each message (delivers it in
// order or out of it, drops, repeats, corrupts, or mislabels it).
//
// Properties:
// - whatever decrypts is exactly the text the other party wrote to this
//   one: never forged, never another message's text;
// - a message is read at most once, however often it arrives;
// - once the network heals, a new message each way decrypts: nothing the
//   network did broke the session.
#include "Context.h"
#include "FuzzSupport.h"
#include "MemoryStore.h"
#include "Session.h"
#include "StoreContext.h"

#include <QDateTime>
#include <QLoggingCategory>

#include <cstdint>
#include <memory>
#include <vector>

using namespace cove::protocol;

namespace {

template <typename T> T must(Result<T> r)
{
    COVE_FUZZ_CHECK(r.ok());
    return std::move(r).value();
}

/// Everything both parties hold once Alice has processed Bob's bundle and
/// before anyone wrote: made once, copied into fresh stores for each input.
struct Baseline {
    IdentityKeyPair alice, bob;
    std::uint32_t aliceRegistration = 0, bobRegistration = 0;
    std::uint32_t signedPreKeyId = 0, preKeyId = 0;
    QByteArray signedPreKeyRecord, preKeyRecord;
    QByteArray aliceSession; ///< Alice's session towards Bob
};

const Address kAlice{"alice", 1};
const Address kBob{"bob", 1};

IdentityKeyPair copy(const IdentityKeyPair &k)
{
    return {k.publicKey, k.privateKey.clone()};
}

const Baseline &baseline()
{
    static const Baseline b = [] {
        Baseline out;
        Context context;
        out.alice = must(generateIdentityKeyPair(context));
        out.bob = must(generateIdentityKeyPair(context));
        out.aliceRegistration = must(generateRegistrationId(context));
        out.bobRegistration = must(generateRegistrationId(context));

        MemoryStore bobStore(copy(out.bob), out.bobRegistration);
        StoreContext bob(context, bobStore.stores());
        out.signedPreKeyId =
            must(generateSignedPreKey(bob, std::uint64_t(QDateTime::currentMSecsSinceEpoch()))).id;
        out.preKeyId = must(generatePreKeys(bob, 1)).constFirst().id;
        const PreKeyBundle bundle = must(localBundle(bob, 1, out.preKeyId, out.signedPreKeyId));
        out.signedPreKeyRecord = must(bobStore.loadSignedPreKey(out.signedPreKeyId))->toByteArray();
        out.preKeyRecord = must(bobStore.loadPreKey(out.preKeyId))->toByteArray();

        MemoryStore aliceStore(copy(out.alice), out.aliceRegistration);
        StoreContext alice(context, aliceStore.stores());
        COVE_FUZZ_CHECK(processPreKeyBundle(alice, kBob, bundle).ok());
        out.aliceSession = must(aliceStore.loadSession(kBob))->toByteArray();
        return out;
    }();
    return b;
}

struct Party {
    Party(Context &context, const IdentityKeyPair &identity, std::uint32_t registration)
        : store(copy(identity), registration), signal(context, store.stores())
    {}
    MemoryStore store;
    StoreContext signal;
};

struct Message {
    bool fromAlice = true;
    CiphertextMessage ciphertext;
    QByteArray plaintext;
    bool read = false;
};

/// Reads the input a byte at a time; past its end, zeros.
struct Input {
    const std::uint8_t *data;
    std::size_t size;
    std::size_t at = 0;
    bool done() const { return at >= size; }
    std::uint8_t next() { return at < size ? data[at++] : 0; }
    std::size_t pick(std::size_t n) { return n == 0 ? 0 : std::size_t(next()) % n; }
};

struct Conversation {
    Context context;
    Party alice{context, baseline().alice, baseline().aliceRegistration};
    Party bob{context, baseline().bob, baseline().bobRegistration};
    std::vector<Message> sent;
    std::vector<std::size_t> inFlight; ///< indexes into sent
    int written = 0;

    Conversation()
    {
        const Baseline &b = baseline();
        COVE_FUZZ_CHECK(bob.store.storeSignedPreKey(b.signedPreKeyId, b.signedPreKeyRecord).ok());
        COVE_FUZZ_CHECK(bob.store.storePreKey(b.preKeyId, b.preKeyRecord).ok());
        COVE_FUZZ_CHECK(alice.store.saveIdentity(kBob, b.bob.publicKey).ok());
        COVE_FUZZ_CHECK(alice.store.storeSession(kBob, b.aliceSession).ok());
    }

    /// Returns whether anything was written (Bob cannot write first).
    bool write(bool fromAlice)
    {
        Party &from = fromAlice ? alice : bob;
        const Address &to = fromAlice ? kBob : kAlice;
        if (!must(hasSession(from.signal, to)))
            return false;
        Message m;
        m.fromAlice = fromAlice;
        m.plaintext =
            QByteArray(fromAlice ? "from alice " : "from bob ") + QByteArray::number(written++);
        m.ciphertext = must(encrypt(from.signal, to, m.plaintext));
        COVE_FUZZ_CHECK(m.ciphertext.bytes.indexOf(m.plaintext) < 0);
        inFlight.push_back(sent.size());
        sent.push_back(std::move(m));
        return true;
    }

    /// Delivers `bytes` as message `index`; returns whether it decrypted.
    bool deliver(std::size_t index, const CiphertextMessage &bytes)
    {
        Message &m = sent[index];
        Party &to = m.fromAlice ? bob : alice;
        Result<SecureBuffer> plain = decrypt(to.signal, m.fromAlice ? kAlice : kBob, bytes);
        if (!plain)
            return false;
        // Never forged, never another message's text, never twice.
        COVE_FUZZ_CHECK(plain->toByteArray() == m.plaintext);
        COVE_FUZZ_CHECK(!m.read);
        m.read = true;
        return true;
    }

    std::size_t takeInFlight(std::size_t position)
    {
        const std::size_t index = inFlight[position];
        inFlight.erase(inFlight.begin() + std::ptrdiff_t(position));
        return index;
    }

    /// A new message each way, delivered at once, decrypts.
    void heal()
    {
        for (bool fromAlice : {true, false, true}) {
            COVE_FUZZ_CHECK(write(fromAlice));
            const std::size_t index = takeInFlight(inFlight.size() - 1);
            COVE_FUZZ_CHECK(deliver(index, sent[index].ciphertext));
        }
    }
};

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    // The library's complaint about each refused message is expected here.
    QLoggingCategory::setFilterRules(QStringLiteral("cove.protocol.signal=false"));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size > 128)
        return 0; // a hundred steps say what a longer input would, and each costs
    Conversation c;
    Input in{data, size};
    while (!in.done()) {
        switch (in.next() % 8) {
        case 0:
            (void)c.write(true);
            break;
        case 1:
            (void)c.write(false);
            break;
        case 2: // in order
            if (!c.inFlight.empty()) {
                const std::size_t index = c.takeInFlight(0);
                (void)c.deliver(index, c.sent[index].ciphertext);
            }
            break;
        case 3: // out of order
            if (!c.inFlight.empty()) {
                const std::size_t index = c.takeInFlight(in.pick(c.inFlight.size()));
                (void)c.deliver(index, c.sent[index].ciphertext);
            }
            break;
        case 4: // lost
            if (!c.inFlight.empty())
                (void)c.takeInFlight(in.pick(c.inFlight.size()));
            break;
        case 5: // again, whether it was read or not
            if (!c.sent.empty()) {
                const std::size_t index = in.pick(c.sent.size());
                const bool wasRead = c.sent[index].read;
                const bool readNow = c.deliver(index, c.sent[index].ciphertext);
                COVE_FUZZ_CHECK(!(wasRead && readNow));
            }
            break;
        case 6: // corrupted on the way; the intact one may still come
            if (!c.inFlight.empty()) {
                const std::size_t index = c.inFlight[in.pick(c.inFlight.size())];
                CiphertextMessage bad = c.sent[index].ciphertext;
                const std::size_t at =
                    (std::size_t(in.next()) << 8 | in.next()) % std::size_t(bad.bytes.size());
                bad.bytes[qsizetype(at)] = char(bad.bytes[qsizetype(at)] ^ (in.next() | 1));
                (void)c.deliver(index, bad);
            }
            break;
        case 7: // labelled as the other kind of message
            if (!c.inFlight.empty()) {
                const std::size_t index = c.inFlight[in.pick(c.inFlight.size())];
                CiphertextMessage relabelled = c.sent[index].ciphertext;
                relabelled.type = relabelled.type == CiphertextMessage::Type::PreKey
                                      ? CiphertextMessage::Type::Signal
                                      : CiphertextMessage::Type::PreKey;
                (void)c.deliver(index, relabelled);
            }
            break;
        }
    }
    c.heal();
    return 0;
}
