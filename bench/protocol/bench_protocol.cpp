// SPDX-License-Identifier: GPL-3.0-or-later
// bench_protocol: what one Signal message costs in Cove, against the floor
// of the primitives that message needs, measured side by side in one run.
//
// The floor F is the primitive sequence of one steady-state message through
// Cove's own crypto provider: the chain-key HMAC for the message key seed,
// HKDF (extract + three expand blocks) for the cipher key, MAC key and IV,
// one AES-256-CBC pass over the plaintext, the HMAC-SHA256 message MAC over
// both identity keys and the serialized message, and the chain-key HMAC for
// the next chain key. Everything above F is protobuf, the session record
// round trip through the store, and allocation.

#include "Crypto.h"
#include "GroupSession.h"
#include "ProtocolParty.h"

#include <signal_protocol.h>
#include <sodium.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <vector>

using namespace cove::protocol;
using cove::test::ProtocolParty;
using Clock = std::chrono::steady_clock;

namespace {

struct Stats {
    double p50 = 0;
    double p95 = 0;
    double mean = 0;
};

Stats summarize(std::vector<double> us)
{
    std::sort(us.begin(), us.end());
    Stats s;
    s.p50 = us[us.size() / 2];
    s.p95 = us[std::min(us.size() - 1, us.size() * 95 / 100)];
    double sum = 0;
    for (double v : us)
        sum += v;
    s.mean = sum / double(us.size());
    return s;
}

/// Times `op` `n` times, one sample per call, after `n / 10` warm-up calls.
Stats measure(int n, const std::function<void(int)> &op)
{
    for (int i = 0; i < n / 10; ++i)
        op(i);
    std::vector<double> samples;
    samples.reserve(std::size_t(n));
    for (int i = 0; i < n; ++i) {
        const auto t0 = Clock::now();
        op(i);
        const auto t1 = Clock::now();
        samples.push_back(std::chrono::duration<double, std::micro>(t1 - t0).count());
    }
    return summarize(std::move(samples));
}

void die(const char *what)
{
    std::fprintf(stderr, "bench_protocol: %s failed\n", what);
    std::exit(1);
}

// ---- the floor ------------------------------------------------------------

struct Provider {
    const signal_crypto_provider &p = crypto::signalProvider();

    void hmac(const std::uint8_t *key, std::size_t keyLen, const std::uint8_t *data,
              std::size_t len, std::uint8_t out[32]) const
    {
        void *ctx = nullptr;
        signal_buffer *result = nullptr;
        if (p.hmac_sha256_init_func(&ctx, key, keyLen, nullptr) != 0 ||
            p.hmac_sha256_update_func(ctx, data, len, nullptr) != 0 ||
            p.hmac_sha256_final_func(ctx, &result, nullptr) != 0)
            die("floor hmac");
        std::copy_n(signal_buffer_data(result), 32, out);
        signal_buffer_free(result);
        p.hmac_sha256_cleanup_func(ctx, nullptr);
    }
};

/// One steady-state message's primitives; sizes as in a real SignalMessage.
void floorMessage(const Provider &prov, const QByteArray &plaintext, std::uint8_t chainKey[32])
{
    static const std::uint8_t one = 0x01, two = 0x02;
    static const std::uint8_t salt[32] = {};
    static const char info[] = "WhisperMessageKeys";
    std::uint8_t seed[32], prk[32], okm[96], next[32];

    prov.hmac(chainKey, 32, &one, 1, seed); // message key seed
    prov.hmac(salt, 32, seed, 32, prk);     // HKDF extract
    std::uint8_t block[32 + sizeof info + 1];
    std::size_t prev = 0;
    for (std::uint8_t i = 1; i <= 3; ++i) { // HKDF expand: 80 bytes
        std::size_t n = 0;
        if (prev) {
            std::copy_n(okm + (i - 2) * 32, 32, block);
            n = 32;
        }
        std::copy_n(reinterpret_cast<const std::uint8_t *>(info), sizeof info - 1, block + n);
        n += sizeof info - 1;
        block[n++] = i;
        prov.hmac(prk, 32, block, n, okm + (i - 1) * 32);
        prev = 32;
    }
    signal_buffer *ciphertext = nullptr; // AES-256-CBC
    if (prov.p.encrypt_func(&ciphertext, SG_CIPHER_AES_CBC_PKCS5, okm, 32, okm + 64, 16,
                            reinterpret_cast<const std::uint8_t *>(plaintext.constData()),
                            std::size_t(plaintext.size()), nullptr) != 0)
        die("floor aes");
    // MAC input: both identity keys (2 x 33), version byte, protobuf header
    // (ratchet key 35, counters ~6, body tag ~3) and the ciphertext.
    std::vector<std::uint8_t> macInput(66 + 1 + 44 + signal_buffer_len(ciphertext), 0x5a);
    std::copy_n(signal_buffer_data(ciphertext), signal_buffer_len(ciphertext),
                macInput.end() - std::ptrdiff_t(signal_buffer_len(ciphertext)));
    std::uint8_t mac[32];
    prov.hmac(okm + 32, 32, macInput.data(), macInput.size(), mac);
    signal_buffer_free(ciphertext);
    prov.hmac(chainKey, 32, &two, 1, next); // next chain key
    std::copy_n(next, 32, chainKey);
}

struct CurveFloor {
    Stats keyPair, agreement, sodiumAgreement, sign, verify;
};

/// The Curve25519 operations a ratchet step and a sender-key message need,
/// through libsignal-protocol-c's own curve code (the same the sessions use).
CurveFloor measureCurve(signal_context *ctx)
{
    ec_key_pair *a = nullptr;
    ec_key_pair *b = nullptr;
    if (curve_generate_key_pair(ctx, &a) != 0 || curve_generate_key_pair(ctx, &b) != 0)
        die("curve setup");
    const QByteArray message(100, 'm');
    const auto *msg = reinterpret_cast<const std::uint8_t *>(message.constData());
    signal_buffer *signature = nullptr;
    if (curve_calculate_signature(ctx, &signature, ec_key_pair_get_private(a), msg, 100) != 0)
        die("curve sign");
    CurveFloor f;
    f.keyPair = measure(2000, [&](int) {
        ec_key_pair *k = nullptr;
        if (curve_generate_key_pair(ctx, &k) != 0)
            die("keygen");
        signal_type_unref(reinterpret_cast<signal_type_base *>(k));
    });
    f.agreement = measure(2000, [&](int) {
        std::uint8_t *shared = nullptr;
        if (curve_calculate_agreement(&shared, ec_key_pair_get_public(b),
                                      ec_key_pair_get_private(a)) < 0)
            die("agreement");
        std::free(shared);
    });
    unsigned char scalar[32], point[32], out[32];
    randombytes_buf(scalar, sizeof scalar);
    crypto_scalarmult_base(point, scalar);
    f.sodiumAgreement = measure(2000, [&](int) {
        if (crypto_scalarmult(out, scalar, point) != 0)
            die("libsodium agreement");
    });
    f.sign = measure(2000, [&](int) {
        signal_buffer *sig = nullptr;
        if (curve_calculate_signature(ctx, &sig, ec_key_pair_get_private(a), msg, 100) != 0)
            die("sign");
        signal_buffer_free(sig);
    });
    f.verify = measure(2000, [&](int) {
        if (curve_verify_signature(ec_key_pair_get_public(a), msg, 100,
                                   signal_buffer_data(signature),
                                   signal_buffer_len(signature)) != 1)
            die("verify");
    });
    signal_buffer_free(signature);
    signal_type_unref(reinterpret_cast<signal_type_base *>(a));
    signal_type_unref(reinterpret_cast<signal_type_base *>(b));
    return f;
}

QByteArray payload(int size)
{
    QByteArray p(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i)
        p[i] = char('a' + i % 26);
    return p;
}

void row(const char *name, int size, const Stats &s, double floorP50, const char *note = "")
{
    if (floorP50 > 0)
        std::printf("  %-34s %6d B  p50 %8.2f us  p95 %8.2f us  %6.2fx %s\n", name, size, s.p50,
                    s.p95, s.p50 / floorP50, *note ? note : "F");
    else
        std::printf("  %-34s %6d B  p50 %8.2f us  p95 %8.2f us  %s\n", name, size, s.p50, s.p95,
                    note);
}

} // namespace

int main()
{
    constexpr int kSteady = 20000;
    const Provider prov;
    std::printf("bench_protocol: libsignal-protocol-c %s, OpenSSL provider, in-memory store\n",
                "2.3.3");
    std::printf("(p50/p95 per operation; F = primitive floor of one steady-state message)\n\n");

    if (sodium_init() < 0)
        die("sodium_init");
    cove::protocol::Context curveContext;
    const CurveFloor curve = measureCurve(curveContext.raw());
    std::printf("curve25519 (libsignal-protocol-c's own implementation)\n");
    row("key pair", 32, curve.keyPair, 0, "");
    row("agreement (X25519)", 32, curve.agreement, 0, "");
    row("libsodium X25519, for reference", 32, curve.sodiumAgreement, 0, "");
    row("XEdDSA sign", 100, curve.sign, 0, "");
    row("XEdDSA verify", 100, curve.verify, 0, "");
    std::printf("\n");

    for (int size : {100, 1024}) {
        const QByteArray plaintext = payload(size);
        std::uint8_t chainKey[32] = {1};
        const Stats floorStats =
            measure(kSteady, [&](int) { floorMessage(prov, plaintext, chainKey); });
        const double F = floorStats.p50;

        ProtocolParty alice("alice"), bob("bob");
        cove::test::handshake(alice, bob);

        const Stats enc = measure(kSteady, [&](int) {
            if (!encrypt(alice.store(), bob.address(), plaintext))
                die("encrypt");
        });

        // Decrypt messages sent in the same direction, in order.
        std::vector<CiphertextMessage> queue;
        const int nDec = kSteady + kSteady / 10;
        queue.reserve(std::size_t(nDec));
        ProtocolParty carol("carol"), dave("dave");
        cove::test::handshake(carol, dave);
        for (int i = 0; i < nDec; ++i)
            queue.push_back(carol.mustEncrypt(dave.address(), plaintext));
        std::size_t next = 0;
        const Stats dec = measure(kSteady, [&](int) {
            if (!decrypt(dave.store(), carol.address(), queue[next++]))
                die("decrypt");
        });

        // Ping-pong: every message answers the previous one, so every
        // decrypt performs a Diffie-Hellman ratchet step.
        ProtocolParty erin("erin"), frank("frank");
        cove::test::handshake(erin, frank);
        const Stats turn = measure(kSteady / 4, [&](int i) {
            ProtocolParty &from = (i % 2) ? erin : frank;
            ProtocolParty &to = (i % 2) ? frank : erin;
            Result<CiphertextMessage> m = encrypt(from.store(), to.address(), plaintext);
            if (!m || !decrypt(to.store(), from.address(), *m))
                die("ping-pong");
        });

        // Sender keys.
        const SenderKeyName groupName{QByteArrayLiteral("bench-group-0001"), alice.address()};
        Result<QByteArray> dist = createSenderKeyDistribution(alice.store(), groupName);
        if (!dist || !processSenderKeyDistribution(bob.store(), groupName, *dist))
            die("sender key setup");
        std::vector<QByteArray> groupQueue;
        const Stats genc = measure(kSteady, [&](int) {
            Result<QByteArray> c = groupEncrypt(alice.store(), groupName, plaintext);
            if (!c)
                die("group encrypt");
            groupQueue.push_back(std::move(*c));
        });
        std::size_t gnext = 0;
        const Stats gdec = measure(kSteady, [&](int) {
            if (!groupDecrypt(bob.store(), groupName, groupQueue[gnext++]))
                die("group decrypt");
        });

        std::printf("payload %d B\n", size);
        row("floor F (primitives of one message)", size, floorStats, 0);
        row("steady-state encrypt", size, enc, F);
        row("steady-state decrypt", size, dec, F);
        // A turn's floor: two messages' primitives plus the receiver's DH
        // ratchet step (one new key pair, two agreements). A sender-key
        // message's floor: one message's primitives plus its signature.
        const double turnFloor = 2 * F + curve.keyPair.p50 + 2 * curve.agreement.p50;
        row("ping-pong turn (encrypt+decrypt)", size, turn, turnFloor, "its floor (2F + DH step)");
        row("sender-key group encrypt", size, genc, F + curve.sign.p50, "its floor (F + sign)");
        row("sender-key group decrypt", size, gdec, F + curve.verify.p50, "its floor (F + verify)");
        std::printf("  ratios: encrypt/F %.2f  decrypt/F %.2f  decrypt/encrypt %.2f\n\n",
                    enc.p50 / F, dec.p50 / F, dec.p50 / enc.p50);
    }

    // Session setup: processing a bundle (validation, signature, X3DH) and
    // the responder's first decrypt of a PreKey message.
    constexpr int kSetup = 500;
    std::vector<std::unique_ptr<ProtocolParty>> responders;
    std::vector<PreKeyBundle> bundles;
    for (int i = 0; i < kSetup + kSetup / 10; ++i) {
        responders.push_back(std::make_unique<ProtocolParty>("responder" + QByteArray::number(i)));
        bundles.push_back(responders.back()->bundle());
    }
    ProtocolParty initiator("initiator");
    std::vector<CiphertextMessage> firsts;
    const Stats setup = measure(kSetup, [&](int) {
        const std::size_t idx = firsts.size();
        if (!processPreKeyBundle(initiator.store(), responders[idx]->address(), bundles[idx]))
            die("process bundle");
        firsts.push_back(initiator.mustEncrypt(responders[idx]->address(), "first"));
    });
    std::size_t fidx = 0;
    const Stats firstDecrypt = measure(kSetup, [&](int) {
        ProtocolParty &r = *responders[fidx];
        if (!decrypt(r.store(), initiator.address(), firsts[fidx]))
            die("first decrypt");
        ++fidx;
    });
    std::printf("session setup\n");
    row("process bundle + first encrypt", 5, setup, 0);
    row("first decrypt (PreKey message)", 5, firstDecrypt, 0);
    return 0;
}
