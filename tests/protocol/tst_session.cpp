// SPDX-License-Identifier: GPL-3.0-or-later
// One-to-one Signal sessions on the real libsignal-protocol-c, through
// Cove's wrappers: what a person would notice is whether a message arrives,
// arrives once, and whether a broken or forged one is refused.

#include "CoveId.h"
#include "Crypto.h"
#include "ProtocolParty.h"
#include "RelayMessages.h"
#include "Session.h"
#include "TestHelpers.h"
#include "WireFormat.h"

#include <QTest>

#include <algorithm>
#include <random>

using namespace cove::protocol;
using cove::test::ProtocolParty;

class TestSession : public QObject {
    Q_OBJECT

private:
    static QByteArray text(int i) { return "message " + QByteArray::number(i); }

private Q_SLOTS:
    void conversationBothWays();
    void emptyAndBinaryPlaintexts();
    void bundleWithoutOneTimePreKey();
    void bundleFromTheRelay_data();
    void bundleFromTheRelay();
    void duplicateIsRefused();
    void damagedFirstMessageTrustsNoKey();
    void outOfOrderWithinWindow();
    void gapBeyondWindowIsRefused();
    void tamperedCiphertextIsRefused_data();
    void tamperedCiphertextIsRefused();
    void unknownSession();
    void lowOrderRatchetKeyIsRefused();
    void garbageAndOversizeInput();
    void consumedPreKeyGivesInvalidKeyId();
    void changedIdentityStopsBothWays();
    void invalidBundlesAreRefused_data();
    void invalidBundlesAreRefused();
    void decryptHookFailureLeavesSessionUnchanged();
    void decryptHookSeesPlaintext();
};

void TestSession::conversationBothWays()
{
    ProtocolParty alice("alice"), bob("bob");
    alice.startSessionWith(bob);

    CiphertextMessage first = alice.mustEncrypt(bob.address(), "hello bob");
    QCOMPARE(first.type, CiphertextMessage::Type::PreKey);
    QCOMPARE(bob.mustDecrypt(alice.address(), first), QByteArray("hello bob"));

    // Until Bob answers, Alice keeps sending PreKey messages.
    CiphertextMessage second = alice.mustEncrypt(bob.address(), "still there?");
    QCOMPARE(second.type, CiphertextMessage::Type::PreKey);
    QCOMPARE(bob.mustDecrypt(alice.address(), second), QByteArray("still there?"));

    CiphertextMessage reply = bob.mustEncrypt(alice.address(), "hi alice");
    QCOMPARE(reply.type, CiphertextMessage::Type::Signal);
    QCOMPARE(alice.mustDecrypt(bob.address(), reply), QByteArray("hi alice"));

    for (int i = 0; i < 50; ++i) {
        ProtocolParty &from = (i % 3 == 0) ? bob : alice;
        ProtocolParty &to = (&from == &alice) ? bob : alice;
        CiphertextMessage m = from.mustEncrypt(to.address(), text(i));
        QCOMPARE(m.type, CiphertextMessage::Type::Signal);
        QVERIFY(m.bytes.indexOf(text(i)) < 0); // never in the clear
        QCOMPARE(to.mustDecrypt(from.address(), m), text(i));
    }
}

void TestSession::emptyAndBinaryPlaintexts()
{
    ProtocolParty alice("alice"), bob("bob");
    alice.startSessionWith(bob);
    QCOMPARE(bob.mustDecrypt(alice.address(), alice.mustEncrypt(bob.address(), QByteArray())),
             QByteArray());
    QByteArray binary(4096, Qt::Uninitialized);
    for (int i = 0; i < binary.size(); ++i)
        binary[i] = char(i * 7);
    QCOMPARE(bob.mustDecrypt(alice.address(), alice.mustEncrypt(bob.address(), binary)), binary);
}

void TestSession::bundleWithoutOneTimePreKey()
{
    ProtocolParty alice("alice"), bob("bob");
    alice.startSessionWith(bob, false);
    QCOMPARE(bob.mustDecrypt(alice.address(), alice.mustEncrypt(bob.address(), "no otk")),
             QByteArray("no otk"));
}

void TestSession::bundleFromTheRelay_data()
{
    QTest::addColumn<bool>("withOneTimePreKey");
    QTest::newRow("with one-time prekey") << true;
    QTest::newRow("without one-time prekey") << false;
}

void TestSession::bundleFromTheRelay()
{
    // Bob's bundle as the relay sends it (what fuzz_prekeybundle starts from)
    // starts Alice's session exactly as the bundle itself does.
    QFETCH(bool, withOneTimePreKey);
    ProtocolParty alice("alice"), bob("bob");
    const PreKeyBundle original = bob.bundle(withOneTimePreKey);
    wire::PreKeyBundleReply reply;
    reply.coveId = coveIdForIdentityKey(original.identityKey);
    reply.identityKey = original.identityKey;
    reply.registrationId = original.registrationId;
    reply.signedPreKey = {original.signedPreKeyId, original.signedPreKey,
                          original.signedPreKeySignature};
    if (original.preKey)
        reply.preKey = wire::PreKeyEntry{original.preKey->id, original.preKey->publicKey};
    const QByteArray bytes = encodeFrame(reply.toFrame(7));
    cove::test::writeFuzzSeed("prekeybundle", QString::fromLatin1(QTest::currentDataTag()), bytes);

    Result<Frame> frame = decodeFrame(bytes);
    COVE_VERIFY_OK(frame);
    Result<wire::PreKeyBundleReply> parsed = wire::PreKeyBundleReply::fromFrame(*frame);
    COVE_VERIFY_OK(parsed);
    QVERIFY(coveIdMatchesKey(parsed->coveId, parsed->identityKey));
    const PreKeyBundle b = parsed->bundle();
    QCOMPARE(b.preKey.has_value(), withOneTimePreKey);
    if (withOneTimePreKey)
        QCOMPARE(b.preKey->publicKey, original.preKey->publicKey);
    QCOMPARE(b.signedPreKeySignature, original.signedPreKeySignature);
    COVE_VERIFY_OK(processPreKeyBundle(alice.store(), bob.address(), b));
    QCOMPARE(bob.mustDecrypt(alice.address(), alice.mustEncrypt(bob.address(), "via the relay")),
             QByteArray("via the relay"));
}

void TestSession::damagedFirstMessageTrustsNoKey()
{
    // A first message under Alice's name, from someone else's key, whose
    // authentication code was damaged: refused, and the key it claims is not
    // remembered as Alice's (the library saves it before it checks the
    // message), so her real first message still reads.
    ProtocolParty alice("alice"), bob("bob"), eve("eve");
    eve.startSessionWith(bob);
    const CiphertextMessage forged = eve.mustEncrypt(bob.address(), "I am alice");
    QCOMPARE(forged.type, CiphertextMessage::Type::PreKey);
    // The inner Signal message is field 4 of the PreKey message's protobuf,
    // after a version byte; its last 8 bytes are its MAC.
    qsizetype at = 1, innerEnd = -1;
    const auto varint = [&] {
        quint64 v = 0;
        for (int shift = 0; at < forged.bytes.size(); shift += 7) {
            const auto b = quint8(forged.bytes[at++]);
            v |= quint64(b & 0x7f) << shift;
            if (!(b & 0x80))
                break;
        }
        return v;
    };
    while (at < forged.bytes.size()) {
        const quint64 key = varint();
        const quint64 value = varint();
        if ((key & 7) == 2) { // length-delimited: value is the length
            at += qsizetype(value);
            if (key >> 3 == 4)
                innerEnd = at;
        }
    }
    QVERIFY(innerEnd > 8);
    for (qsizetype i = innerEnd - 8; i < innerEnd; ++i) {
        CiphertextMessage damaged = forged;
        damaged.bytes[i] = char(damaged.bytes[i] ^ 0x01);
        QCOMPARE(decrypt(bob.store(), alice.address(), damaged).code(), ErrorCode::InvalidMessage);
        Result<std::optional<QByteArray>> trusted = bob.stores().peerIdentity(alice.address());
        COVE_VERIFY_OK(trusted);
        QVERIFY(!trusted->has_value());
    }
    alice.startSessionWith(bob);
    QCOMPARE(bob.mustDecrypt(alice.address(), alice.mustEncrypt(bob.address(), "really alice")),
             QByteArray("really alice"));
}

void TestSession::duplicateIsRefused()
{
    ProtocolParty alice("alice"), bob("bob");
    cove::test::handshake(alice, bob);

    CiphertextMessage m = alice.mustEncrypt(bob.address(), "once");
    QCOMPARE(bob.mustDecrypt(alice.address(), m), QByteArray("once"));
    Result<SecureBuffer> again = decrypt(bob.store(), alice.address(), m);
    QVERIFY(!again);
    QCOMPARE(again.code(), ErrorCode::DuplicateMessage);

    // A redelivered first (PreKey) message is a duplicate too, not a new session.
    ProtocolParty carol("carol");
    carol.startSessionWith(bob);
    CiphertextMessage pk = carol.mustEncrypt(bob.address(), "first");
    QCOMPARE(bob.mustDecrypt(carol.address(), pk), QByteArray("first"));
    Result<SecureBuffer> pkAgain = decrypt(bob.store(), carol.address(), pk);
    QVERIFY(!pkAgain);
}

void TestSession::outOfOrderWithinWindow()
{
    ProtocolParty alice("alice"), bob("bob");
    cove::test::handshake(alice, bob);

    QList<CiphertextMessage> batch;
    for (int i = 0; i < 300; ++i)
        batch.append(alice.mustEncrypt(bob.address(), text(i)));
    QList<int> order(batch.size());
    std::iota(order.begin(), order.end(), 0);
    std::mt19937 rng(12345);
    std::shuffle(order.begin(), order.end(), rng);
    for (int i : order)
        QCOMPARE(bob.mustDecrypt(alice.address(), batch.at(i)), text(i));
}

void TestSession::gapBeyondWindowIsRefused()
{
    ProtocolParty alice("alice"), bob("bob");
    cove::test::handshake(alice, bob);

    CiphertextMessage kept = alice.mustEncrypt(bob.address(), "kept");
    CiphertextMessage last;
    for (int i = 0; i < 2100; ++i)
        last = alice.mustEncrypt(bob.address(), text(i));
    Result<SecureBuffer> r = decrypt(bob.store(), alice.address(), last);
    QVERIFY(!r);
    QCOMPARE(r.code(), ErrorCode::InvalidMessage);
    // The refusal changed nothing: the next expected message still decrypts.
    QCOMPARE(bob.mustDecrypt(alice.address(), kept), QByteArray("kept"));
}

void TestSession::tamperedCiphertextIsRefused_data()
{
    QTest::addColumn<int>("offsetFromEnd");
    QTest::newRow("MAC last byte") << 1;
    QTest::newRow("MAC first byte") << 8;
    QTest::newRow("ciphertext body") << 12;
    QTest::newRow("near the start") << -3; // counted from the start
}

void TestSession::tamperedCiphertextIsRefused()
{
    QFETCH(int, offsetFromEnd);
    ProtocolParty alice("alice"), bob("bob");
    cove::test::handshake(alice, bob);

    CiphertextMessage m = alice.mustEncrypt(bob.address(), "transfer 10 euros to carol");
    CiphertextMessage forged = m;
    const qsizetype at = offsetFromEnd > 0 ? m.bytes.size() - offsetFromEnd : -offsetFromEnd;
    forged.bytes[at] = char(forged.bytes[at] ^ 0x01);
    Result<SecureBuffer> r = decrypt(bob.store(), alice.address(), forged);
    QVERIFY(!r);
    QVERIFY2(r.code() == ErrorCode::InvalidMac || r.code() == ErrorCode::InvalidMessage ||
                 r.code() == ErrorCode::Malformed || r.code() == ErrorCode::UnsupportedVersion ||
                 r.code() == ErrorCode::InvalidKey,
             errorCodeName(r.code()));
    QCOMPARE(bob.mustDecrypt(alice.address(), m), QByteArray("transfer 10 euros to carol"));
}

void TestSession::unknownSession()
{
    ProtocolParty alice("alice"), bob("bob"), mallory("mallory");
    cove::test::handshake(alice, bob);
    CiphertextMessage m = bob.mustEncrypt(alice.address(), "for alice");
    // Mallory has no session with Bob and cannot read it.
    Result<SecureBuffer> r = decrypt(mallory.store(), bob.address(), m);
    QVERIFY(!r);
    QCOMPARE(r.code(), ErrorCode::NoSession);
    Result<CiphertextMessage> e = encrypt(mallory.store(), bob.address(), "hi");
    QVERIFY(!e);
    QCOMPARE(e.code(), ErrorCode::NoSession);
}

void TestSession::lowOrderRatchetKeyIsRefused()
{
    ProtocolParty alice("alice"), bob("bob");
    cove::test::handshake(alice, bob);
    CiphertextMessage m = alice.mustEncrypt(bob.address(), "x");
    // version byte, then protobuf field 1 (ratchet key, 33 bytes, 0x05 first)
    QCOMPARE(quint8(m.bytes[1]), quint8(0x0a));
    QCOMPARE(quint8(m.bytes[2]), quint8(33));
    QCOMPARE(quint8(m.bytes[3]), quint8(0x05));
    for (const QByteArray &point :
         {QByteArray(32, '\0'), QByteArray(QByteArray(1, '\1') + QByteArray(31, '\0'))}) {
        CiphertextMessage evil = m;
        evil.bytes.replace(4, 32, point);
        Result<SecureBuffer> r = decrypt(bob.store(), alice.address(), evil);
        QCOMPARE(r.code(), ErrorCode::InvalidKey);
    }
    QCOMPARE(bob.mustDecrypt(alice.address(), m), QByteArray("x"));
}

void TestSession::garbageAndOversizeInput()
{
    ProtocolParty alice("alice"), bob("bob");
    alice.startSessionWith(bob);
    std::mt19937 rng(7);
    for (int i = 0; i < 500; ++i) {
        QByteArray junk(int(rng() % 300), Qt::Uninitialized);
        for (char &c : junk)
            c = char(rng());
        if (i % 2 == 0 && !junk.isEmpty())
            junk[0] = char(0x33); // a plausible version byte
        for (auto type : {CiphertextMessage::Type::Signal, CiphertextMessage::Type::PreKey}) {
            Result<SecureBuffer> r = decrypt(bob.store(), alice.address(), {type, junk});
            QVERIFY(!r);
        }
    }
    Result<SecureBuffer> big =
        decrypt(bob.store(), alice.address(),
                {CiphertextMessage::Type::Signal, QByteArray(kMaxSignalMessageSize + 1, '\x33')});
    QCOMPARE(big.code(), ErrorCode::TooLarge);
    Result<SecureBuffer> wrongType = decrypt(
        bob.store(), alice.address(), {CiphertextMessage::Type::SenderKey, QByteArray(64, 'x')});
    QCOMPARE(wrongType.code(), ErrorCode::InvalidArgument);
    // Bob still works after all that.
    QCOMPARE(bob.mustDecrypt(alice.address(), alice.mustEncrypt(bob.address(), "ok")),
             QByteArray("ok"));
}

void TestSession::consumedPreKeyGivesInvalidKeyId()
{
    ProtocolParty alice("alice"), bob("bob");
    PreKeyBundle bundle = bob.bundle();
    QVERIFY(processPreKeyBundle(alice.store(), bob.address(), bundle));
    CiphertextMessage m = alice.mustEncrypt(bob.address(), "hi");
    QVERIFY(bob.stores().removePreKey(bundle.preKey->id));
    Result<SecureBuffer> r = decrypt(bob.store(), alice.address(), m);
    QVERIFY(!r);
    QCOMPARE(r.code(), ErrorCode::InvalidKeyId);
}

void TestSession::changedIdentityStopsBothWays()
{
    ProtocolParty alice("alice"), bob("bob");
    cove::test::handshake(alice, bob);

    // Bob reinstalls: same name, new identity key.
    ProtocolParty newBob("bob");
    Result<void> setup = processPreKeyBundle(alice.store(), newBob.address(), newBob.bundle());
    QVERIFY(!setup);
    QCOMPARE(setup.code(), ErrorCode::UntrustedIdentity);

    // New Bob writes first: Alice refuses his PreKey message as well.
    newBob.startSessionWith(alice);
    CiphertextMessage m = newBob.mustEncrypt(alice.address(), "it's me, new phone");
    Result<SecureBuffer> r = decrypt(alice.store(), newBob.address(), m);
    QVERIFY(!r);
    QCOMPARE(r.code(), ErrorCode::UntrustedIdentity);
    Result<QByteArray> claimed = preKeyMessageIdentity(alice.store(), m.bytes);
    QVERIFY(claimed);
    QCOMPARE(*claimed, newBob.identityKey());

    // Alice compares safety numbers and accepts the new key: the message reads.
    QVERIFY(alice.stores().saveIdentity(bob.address(), newBob.identityKey()));
    QCOMPARE(alice.mustDecrypt(newBob.address(), m), QByteArray("it's me, new phone"));
    QCOMPARE(newBob.mustDecrypt(alice.address(), alice.mustEncrypt(bob.address(), "welcome back")),
             QByteArray("welcome back"));

    // Sending stops too when the session's key is not the accepted one (here
    // the store's accepted key is set back to the old one).
    QVERIFY(alice.stores().saveIdentity(bob.address(), bob.identityKey()));
    Result<CiphertextMessage> blocked = encrypt(alice.store(), bob.address(), "hello?");
    QVERIFY(!blocked);
    QCOMPARE(blocked.code(), ErrorCode::UntrustedIdentity);
}

void TestSession::invalidBundlesAreRefused_data()
{
    QTest::addColumn<int>("defect");
    QTest::addColumn<int>("expected");
    QTest::newRow("identity key 32 bytes") << 0 << int(ErrorCode::InvalidKey);
    QTest::newRow("identity key wrong type") << 1 << int(ErrorCode::InvalidKey);
    QTest::newRow("identity key all zero") << 2 << int(ErrorCode::InvalidKey);
    QTest::newRow("signed prekey low order") << 3 << int(ErrorCode::InvalidKey);
    QTest::newRow("prekey 34 bytes") << 4 << int(ErrorCode::InvalidKey);
    QTest::newRow("signature flipped") << 5 << int(ErrorCode::InvalidSignature);
    QTest::newRow("signature short") << 6 << int(ErrorCode::InvalidSignature);
    QTest::newRow("signature by another key") << 7 << int(ErrorCode::InvalidSignature);
    QTest::newRow("registration id 0") << 8 << int(ErrorCode::InvalidArgument);
    QTest::newRow("signed prekey id 0") << 9 << int(ErrorCode::InvalidKeyId);
    QTest::newRow("prekey id too big") << 10 << int(ErrorCode::InvalidKeyId);
    QTest::newRow("device id 0") << 11 << int(ErrorCode::InvalidArgument);
}

void TestSession::invalidBundlesAreRefused()
{
    QFETCH(int, defect);
    QFETCH(int, expected);
    ProtocolParty alice("alice"), bob("bob"), eve("eve");
    PreKeyBundle b = bob.bundle();
    QVERIFY(b.validate(alice.context()));
    switch (defect) {
    case 0:
        b.identityKey.chop(1);
        break;
    case 1:
        b.identityKey[0] = 0x06;
        break;
    case 2:
        b.identityKey = QByteArray(1, '\x05') + QByteArray(32, '\0');
        break;
    case 3:
        b.signedPreKey =
            QByteArray(1, '\x05') +
            QByteArray::fromHex("e0eb7a7c3b41b8ae1656e3faf19fc46ada098deb9c32b1fd866205165f49b800");
        break;
    case 4:
        b.preKey->publicKey.append('\0');
        break;
    case 5:
        b.signedPreKeySignature[10] = char(b.signedPreKeySignature[10] ^ 0x20);
        break;
    case 6:
        b.signedPreKeySignature.chop(1);
        break;
    case 7:
        b.identityKey = eve.identityKey();
        break;
    case 8:
        b.registrationId = 0;
        break;
    case 9:
        b.signedPreKeyId = 0;
        break;
    case 10:
        b.preKey->id = kMaxPreKeyId + 1;
        break;
    case 11:
        b.deviceId = 0;
        break;
    }
    Result<void> r = processPreKeyBundle(alice.store(), bob.address(), b);
    QVERIFY(!r);
    QCOMPARE(int(r.code()), expected);
    Result<bool> has = hasSession(alice.store(), bob.address());
    QVERIFY(has);
    QVERIFY(!*has);
}

void TestSession::decryptHookFailureLeavesSessionUnchanged()
{
    ProtocolParty alice("alice"), bob("bob");
    PreKeyBundle bundle = bob.bundle();
    QVERIFY(processPreKeyBundle(alice.store(), bob.address(), bundle));
    CiphertextMessage m = alice.mustEncrypt(bob.address(), "atomic");

    // The store failing to persist the message (disk full, say) must leave
    // the session and the one-time prekey as they were.
    int calls = 0;
    DecryptHook failing = [&](const SecureBuffer &) -> Result<void> {
        ++calls;
        return makeError(ErrorCode::CallbackFailed, QStringLiteral("disk full"));
    };
    Result<SecureBuffer> r = decrypt(bob.store(), alice.address(), m, failing);
    QVERIFY(!r);
    QCOMPARE(r.code(), ErrorCode::CallbackFailed);
    QCOMPARE(r.error().detail, QStringLiteral("disk full"));
    QCOMPARE(calls, 1);
    Result<bool> stillThere = bob.stores().containsPreKey(bundle.preKey->id);
    QVERIFY(stillThere && *stillThere);
    Result<bool> noSession = hasSession(bob.store(), alice.address());
    QVERIFY(noSession && !*noSession);

    QCOMPARE(bob.mustDecrypt(alice.address(), m), QByteArray("atomic"));
    Result<bool> consumed = bob.stores().containsPreKey(bundle.preKey->id);
    QVERIFY(consumed && !*consumed);
}

void TestSession::decryptHookSeesPlaintext()
{
    ProtocolParty alice("alice"), bob("bob");
    alice.startSessionWith(bob);
    QByteArray seen;
    DecryptHook hook = [&](const SecureBuffer &p) -> Result<void> {
        seen = p.toByteArray();
        return {};
    };
    Result<SecureBuffer> r =
        decrypt(bob.store(), alice.address(),
                alice.mustEncrypt(bob.address(), "stored in one transaction"), hook);
    QVERIFY(r);
    QCOMPARE(seen, QByteArray("stored in one transaction"));
}

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
