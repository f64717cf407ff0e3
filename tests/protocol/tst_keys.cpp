// SPDX-License-Identifier: GPL-3.0-or-later
// Identity keys, registration ids, one-time and signed prekeys.

#include "Keys.h"
#include "ProtocolParty.h"

#include <QSet>
#include <QTest>

#include <sodium.h>

using namespace cove::protocol;
using cove::test::ProtocolParty;

class TestKeys : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(sodium_init() >= 0); }
    void identityKeys();
    void registrationIds();
    void preKeyIdsContinueAndPersist();
    void preKeyIdsWrap();
    void preKeyBatchBounds();
    void signedPreKeyRotation();
    void lowOrderPointsMatchLibsodium();
    void randomKeysAreNotLowOrder();
    void bundleOfOurOwnValidates();
};

void TestKeys::identityKeys()
{
    Context ctx;
    Result<IdentityKeyPair> a = generateIdentityKeyPair(ctx);
    Result<IdentityKeyPair> b = generateIdentityKeyPair(ctx);
    QVERIFY(a && b);
    QCOMPARE(a->publicKey.size(), kPublicKeySize);
    QCOMPARE(quint8(a->publicKey[0]), kDjbKeyType);
    QCOMPARE(qsizetype(a->privateKey.size()), kPrivateKeySize);
    QVERIFY(a->publicKey != b->publicKey);
    QVERIFY(!a->privateKey.equals(b->privateKey.view()));
    QVERIFY(validatePublicKey(a->publicKey));
}

void TestKeys::registrationIds()
{
    Context ctx;
    QSet<std::uint32_t> seen;
    for (int i = 0; i < 200; ++i) {
        Result<std::uint32_t> id = generateRegistrationId(ctx);
        QVERIFY(id);
        QVERIFY(*id >= 1 && *id <= 16380);
        seen.insert(*id);
    }
    QVERIFY(seen.size() > 150); // random, not a constant
}

void TestKeys::preKeyIdsContinueAndPersist()
{
    ProtocolParty p("p");
    Result<QList<PublicPreKey>> first = generatePreKeys(p.store(), 100);
    QVERIFY(first);
    QCOMPARE(first->size(), 100);
    QCOMPARE(first->first().id, 1u);
    QCOMPARE(first->last().id, 100u);
    QCOMPARE(*p.stores().nextPreKeyId(), 101u);
    Result<QList<PublicPreKey>> second = generatePreKeys(p.store(), 5);
    QVERIFY(second);
    QCOMPARE(second->first().id, 101u);
    QCOMPARE(*p.stores().nextPreKeyId(), 106u);
    QCOMPARE(p.stores().preKeyIds()->size(), 105);
    QSet<QByteArray> keys;
    for (const PublicPreKey &k : *first + *second) {
        QVERIFY(validatePublicKey(k.publicKey));
        keys.insert(k.publicKey);
    }
    QCOMPARE(keys.size(), 105);
}

void TestKeys::preKeyIdsWrap()
{
    ProtocolParty p("p");
    QVERIFY(p.stores().setNextPreKeyId(kMaxPreKeyId - 1));
    Result<QList<PublicPreKey>> keys = generatePreKeys(p.store(), 4);
    QVERIFY(keys);
    QList<std::uint32_t> ids;
    for (const PublicPreKey &k : *keys)
        ids.append(k.id);
    QCOMPARE(ids, (QList<std::uint32_t>{kMaxPreKeyId - 1, kMaxPreKeyId, 1, 2}));
    QCOMPARE(*p.stores().nextPreKeyId(), 3u);
}

void TestKeys::preKeyBatchBounds()
{
    ProtocolParty p("p");
    QCOMPARE(generatePreKeys(p.store(), 0).code(), ErrorCode::InvalidArgument);
    QCOMPARE(generatePreKeys(p.store(), 1001).code(), ErrorCode::InvalidArgument);
}

void TestKeys::signedPreKeyRotation()
{
    constexpr std::uint64_t day = 24ull * 3600 * 1000;
    ProtocolParty p("p"); // has signed prekey 1 from "now"
    const std::uint64_t t0 = 1'800'000'000'000ull;
    // Start from a store with no signed prekeys.
    QVERIFY(p.stores().removeSignedPreKey(p.signedPreKeyId()));

    Result<SignedPreKeyInfo> a = rotateSignedPreKey(p.store(), t0);
    QVERIFY(a);
    QCOMPARE(a->timestampMs, t0);
    QCOMPARE(a->signature.size(), kSignatureSize);

    Result<SignedPreKeyInfo> same = rotateSignedPreKey(p.store(), t0 + day);
    QVERIFY(same);
    QCOMPARE(same->id, a->id);

    // A clock set back a week does not mint a new key.
    Result<SignedPreKeyInfo> skewed = rotateSignedPreKey(p.store(), t0 - 7 * day);
    QVERIFY(skewed);
    QCOMPARE(skewed->id, a->id);
    QCOMPARE(p.stores().signedPreKeyIds()->size(), 1);

    Result<SignedPreKeyInfo> b = rotateSignedPreKey(p.store(), t0 + 3 * day);
    QVERIFY(b);
    QVERIFY(b->id != a->id);
    QVERIFY(b->publicKey != a->publicKey);
    QCOMPARE(p.stores().signedPreKeyIds()->size(), 2); // old one kept for late messages

    Result<SignedPreKeyInfo> c = rotateSignedPreKey(p.store(), t0 + 6 * day);
    QVERIFY(c);
    QCOMPARE(p.stores().signedPreKeyIds()->size(), 3);

    // 40 days on: a new one; the one before it stays; older ones go.
    Result<SignedPreKeyInfo> d = rotateSignedPreKey(p.store(), t0 + 40 * day);
    QVERIFY(d);
    QList<std::uint32_t> ids = *p.stores().signedPreKeyIds();
    std::sort(ids.begin(), ids.end());
    QCOMPARE(ids, (QList<std::uint32_t>{c->id, d->id}));

    // The signature verifies as part of a bundle.
    Result<PreKeyBundle> bundle = localBundle(p.store(), 1, std::nullopt, d->id);
    QVERIFY(bundle);
    QVERIFY(bundle->validate(p.context()));
}

void TestKeys::lowOrderPointsMatchLibsodium()
{
    // Every point we refuse makes libsodium's X25519 produce all zeros (it
    // returns -1), with and without the ignored top bit; proof that the table
    // in Keys.cpp is typed correctly.
    const QList<QByteArray> points = {
        QByteArray(32, '\0'),
        QByteArray(1, '\1') + QByteArray(31, '\0'),
        QByteArray::fromHex("e0eb7a7c3b41b8ae1656e3faf19fc46ada098deb9c32b1fd866205165f49b800"),
        QByteArray::fromHex("5f9c95bca3508c24b1d0b1559c83ef5b04445cc4581c8e86d8224eddd09f1157"),
        QByteArray::fromHex("ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f"),
        QByteArray::fromHex("edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f"),
        QByteArray::fromHex("eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f"),
    };
    unsigned char scalar[32];
    randombytes_buf(scalar, sizeof scalar);
    for (QByteArray p : points) {
        for (int topBit = 0; topBit < 2; ++topBit) {
            if (topBit)
                p[31] = char(p[31] | 0x80);
            QVERIFY2(isLowOrderPoint(p), p.toHex().constData());
            unsigned char shared[32];
            QCOMPARE(crypto_scalarmult(shared, scalar,
                                       reinterpret_cast<const unsigned char *>(p.constData())),
                     -1);
            QCOMPARE(validatePublicKey(QByteArray(QByteArray(1, '\x05') + p)).code(),
                     ErrorCode::InvalidKey);
        }
    }
}

void TestKeys::randomKeysAreNotLowOrder()
{
    Context ctx;
    for (int i = 0; i < 100; ++i) {
        Result<IdentityKeyPair> k = generateIdentityKeyPair(ctx);
        QVERIFY(k);
        QVERIFY(!isLowOrderPoint(k->publicKey.sliced(1)));
    }
    QVERIFY(!isLowOrderPoint(QByteArray(31, '\0'))); // wrong size is not a point at all
}

void TestKeys::bundleOfOurOwnValidates()
{
    ProtocolParty p("p");
    PreKeyBundle b = p.bundle();
    QVERIFY(b.preKey.has_value());
    QVERIFY(b.validate(p.context()));
    QCOMPARE(b.identityKey, p.identityKey());
    Result<PreKeyBundle> missing = localBundle(p.store(), 1, 999999, p.signedPreKeyId());
    QCOMPARE(missing.code(), ErrorCode::InvalidKeyId);
}

QTEST_GUILESS_MAIN(TestKeys)
#include "tst_keys.moc"
