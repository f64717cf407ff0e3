// SPDX-License-Identifier: GPL-3.0-or-later
#include "Content.h"
#include "Crypto.h"
#include "Franking.h"
#include "TestHelpers.h"

#include <QTest>

using namespace cove::protocol;
using cove::test::codeOf;
using cove::test::hex;
using cove::test::why;

Q_DECLARE_METATYPE(cove::protocol::Content)

namespace {

QByteArray counting(int from, int count)
{
    QByteArray out;
    for (int i = 0; i < count; ++i)
        out.append(char(from + i));
    return out;
}

// Same values as fixedContent() in tst_content; its commitment below was
// computed with Python's hmac module over the Python-encoded bytes.
Content fixedContent()
{
    Content c;
    c.messageId = counting(0, 16);
    c.sentAtMs = 1700000000123;
    c.body = QStringLiteral("Hallo, Welt! \u2713");
    AttachmentDescriptor a;
    a.blobId = QByteArrayLiteral("blob-1");
    a.key = QByteArray(32, '\x11');
    a.plaintextSha256 = crypto::sha256(QByteArrayLiteral("file"));
    a.size = 1234;
    a.mimeType = QStringLiteral("image/png");
    a.fileName = QStringLiteral("cat.png");
    c.attachments.append(a);
    c.forwardCount = 2;
    c.frankingKey = QByteArray(32, '\x22');
    c.expireTimerSeconds = 3600;
    c.quote = Quote{QByteArray(16, '\xaa'), QByteArrayLiteral("alice"), QStringLiteral("earlier")};
    c.group = GroupContext{counting(16, 20), 7};
    return c;
}

QByteArray flipBit(QByteArray b, qsizetype byte, int bit = 0)
{
    b[byte] = char(b.at(byte) ^ (1 << bit));
    return b;
}

} // namespace

class TestFranking : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void knownAnswers_data();
    void knownAnswers();
    void labelSeparatesDomain();
    void contentKnownAnswer();
    void verifyAcceptsGenuine();
    void verifyRejectsWrongKeyOrCommitment();
    void wrongSizesRejected_data();
    void wrongSizesRejected();
    void shortFrankingKeyRejectedEverywhere();
    void tamperedContentFails_data();
    void tamperedContentFails();
    void freshKeysGiveUnrelatedCommitments();
    void openContentRoundTrip_data();
    void openContentRoundTrip();
    void openContentRejectsFullEncoding();
    void openContentRejectsNonCanonicalBytes();
    void openContentRejectsGarbage();
    void verifyOpeningRejectsOversizedBytes();
    void tagPayloadKnownAnswer();
    void tagPayloadBindsSenderRecipientTime();
};

void TestFranking::knownAnswers_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("committed");
    QTest::addColumn<QByteArray>("expected");

    // Python: hmac.new(key, b"cove-franking-v1" + msg, hashlib.sha256).hexdigest()
    QTest::newRow("empty")
        << counting(0, 32) << QByteArray()
        << hex("837575f5242c9790fd22bf9638c1ba6ce7303fc1055d4d95efff48ab90e150a3");
    QTest::newRow("short ascii")
        << QByteArray(32, '\x42') << QByteArrayLiteral("hello, cove")
        << hex("f260c6181c70221f961f54c70887922aeba017829f78fd46303ac2f7916f504c");
    QByteArray kib;
    for (int i = 0; i < 1024; ++i)
        kib.append(char(i % 251));
    QTest::newRow("1 KiB")
        << counting(32, 32) << kib
        << hex("e375792a1e4e7cae9eb000cb3bfbb8d7aca95c88f4730639a64450b566275089");
}

void TestFranking::knownAnswers()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, committed);
    QFETCH(QByteArray, expected);
    const QByteArray commitment = frankingCommit(key, committed);
    QCOMPARE(commitment.toHex(), expected.toHex());
    QCOMPARE(commitment.size(), qsizetype(kCommitmentSize));
    QVERIFY(frankingVerify(key, committed, expected));
}

void TestFranking::labelSeparatesDomain()
{
    const QByteArray key(32, '\x07');
    const QByteArray msg = QByteArrayLiteral("message");
    QVERIFY(frankingCommit(key, msg) != crypto::hmacSha256(key, msg));
    QCOMPARE(frankingCommit(key, msg),
             crypto::hmacSha256(key, QByteArray(QByteArrayLiteral("cove-franking-v1") + msg)));
}

void TestFranking::contentKnownAnswer()
{
    const FrankingOpening opening = makeOpening(fixedContent());
    QCOMPARE(opening.frankingKey, QByteArray(32, '\x22'));
    QCOMPARE(opening.committedBytes, committedBytes(fixedContent()));
    QCOMPARE(opening.commitment.toHex(),
             QByteArray("611f06e3b70185b60cdf8e5d3b4865dbeb028992b6ec5ff14ae709ca13b038c5"));
}

void TestFranking::verifyAcceptsGenuine()
{
    const Content c = makeContent(QStringLiteral("see you at 5"));
    const FrankingOpening opening = makeOpening(c);
    QCOMPARE(opening.commitment.size(), qsizetype(kCommitmentSize));
    QVERIFY(frankingVerify(opening.frankingKey, opening.committedBytes, opening.commitment));
    COVE_VERIFY_OK(verifyOpening(opening));
}

void TestFranking::verifyRejectsWrongKeyOrCommitment()
{
    const FrankingOpening genuine = makeOpening(makeContent(QStringLiteral("hello")));
    for (qsizetype i : {qsizetype(0), qsizetype(17), qsizetype(31)}) {
        FrankingOpening o = genuine;
        o.frankingKey = flipBit(o.frankingKey, i, 3);
        QVERIFY(!frankingVerify(o.frankingKey, o.committedBytes, o.commitment));
        QCOMPARE(codeOf(verifyOpening(o)), "InvalidMac");
        QCOMPARE(codeOf(openContent(o)), "InvalidMac");

        o = genuine;
        o.commitment = flipBit(o.commitment, i, 7);
        QVERIFY(!frankingVerify(o.frankingKey, o.committedBytes, o.commitment));
        QCOMPARE(codeOf(verifyOpening(o)), "InvalidMac");
    }
    // Another message's key does not open this one.
    FrankingOpening o = genuine;
    o.frankingKey = crypto::randomByteArray(kFrankingKeySize);
    QCOMPARE(codeOf(verifyOpening(o)), "InvalidMac");
}

void TestFranking::wrongSizesRejected_data()
{
    QTest::addColumn<int>("keySize");
    QTest::addColumn<int>("commitmentSize");
    QTest::newRow("key 0") << 0 << 32;
    QTest::newRow("key 31") << 31 << 32;
    QTest::newRow("key 33") << 33 << 32;
    QTest::newRow("key 64") << 64 << 32;
    QTest::newRow("commitment 0") << 32 << 0;
    QTest::newRow("commitment 31") << 32 << 31;
    QTest::newRow("commitment 33") << 32 << 33;
}

void TestFranking::wrongSizesRejected()
{
    QFETCH(int, keySize);
    QFETCH(int, commitmentSize);
    const FrankingOpening genuine = makeOpening(makeContent(QStringLiteral("hello")));
    FrankingOpening o = genuine;
    // Keep a prefix/extension of the genuine values, so only the size is wrong.
    o.frankingKey = QByteArray(genuine.frankingKey + QByteArray(32, '\0')).left(keySize);
    o.commitment = QByteArray(genuine.commitment + QByteArray(32, '\0')).left(commitmentSize);
    QVERIFY(!frankingVerify(o.frankingKey, o.committedBytes, o.commitment));
    auto r = verifyOpening(o);
    QCOMPARE(codeOf(r), "InvalidArgument");
    QCOMPARE(codeOf(openContent(o)), "InvalidArgument");
}

void TestFranking::shortFrankingKeyRejectedEverywhere()
{
    Content c = makeContent(QStringLiteral("hi"));
    c.frankingKey.chop(1);
    QCOMPARE(c.frankingKey.size(), 31);

    QVERIFY(frankingCommit(c.frankingKey, committedBytes(c)).isEmpty());
    // Not even the HMAC a 31-byte key would give verifies.
    const QByteArray hmac31 = crypto::hmacSha256(
        c.frankingKey, QByteArray(QByteArrayLiteral("cove-franking-v1") + committedBytes(c)));
    QVERIFY(!frankingVerify(c.frankingKey, committedBytes(c), hmac31));
    QCOMPARE(codeOf(verifyOpening({committedBytes(c), c.frankingKey, hmac31})), "InvalidArgument");

    // A content carrying it neither validates nor decodes.
    QCOMPARE(codeOf(validateContent(c)), "Malformed");
    auto decoded = decodeContent(encodeContent(c));
    QCOMPARE(codeOf(decoded), "Malformed");
    QVERIFY2(decoded.error().detail.contains(QStringLiteral("key 6")), why(decoded).constData());
}

void TestFranking::tamperedContentFails_data()
{
    QTest::addColumn<Content>("tampered");
    const Content c = fixedContent();
    Content t = c;
    t.body = QStringLiteral("Hallo, Welt! \u2717");
    QTest::newRow("body") << t;
    t = c;
    t.body.clear();
    QTest::newRow("body removed") << t;
    t = c;
    t.forwardCount = 0; // disowning "forwarded"
    QTest::newRow("forward count lowered") << t;
    t = c;
    t.forwardCount = 9;
    QTest::newRow("forward count raised") << t;
    t = c;
    t.attachments[0].plaintextSha256 = crypto::sha256(QByteArrayLiteral("other file"));
    QTest::newRow("attachment hash") << t;
    t = c;
    t.attachments[0].key = QByteArray(32, '\x12');
    QTest::newRow("attachment key") << t;
    t = c;
    t.attachments.clear();
    QTest::newRow("attachment removed") << t;
    t = c;
    t.quote->authorId = QByteArrayLiteral("mallory");
    QTest::newRow("quoted author") << t;
    t = c;
    t.sentAtMs -= 60000;
    QTest::newRow("sent time") << t;
    t = c;
    t.expireTimerSeconds.reset();
    QTest::newRow("timer removed") << t;
    t = c;
    t.group->groupId = counting(17, 20);
    QTest::newRow("group") << t;
}

void TestFranking::tamperedContentFails()
{
    QFETCH(Content, tampered);
    const FrankingOpening genuine = makeOpening(fixedContent());
    COVE_VERIFY_OK(verifyOpening(genuine));
    FrankingOpening forged = genuine;
    forged.committedBytes = committedBytes(tampered);
    QVERIFY(forged.committedBytes != genuine.committedBytes);
    QVERIFY(!frankingVerify(forged.frankingKey, forged.committedBytes, forged.commitment));
    QCOMPARE(codeOf(verifyOpening(forged)), "InvalidMac");
    QCOMPARE(codeOf(openContent(forged)), "InvalidMac");
}

void TestFranking::freshKeysGiveUnrelatedCommitments()
{
    const QByteArray committed = committedBytes(fixedContent());
    const QByteArray a = frankingCommit(crypto::randomByteArray(kFrankingKeySize), committed);
    const QByteArray b = frankingCommit(crypto::randomByteArray(kFrankingKeySize), committed);
    QCOMPARE(a.size(), qsizetype(kCommitmentSize));
    QVERIFY(a != b);
}

void TestFranking::openContentRoundTrip_data()
{
    QTest::addColumn<Content>("content");
    QTest::newRow("fixed") << fixedContent();
    QTest::newRow("fresh") << makeContent(QStringLiteral("ünïcödé 🙂"));
    QTest::newRow("empty body") << makeContent(QString());
}

void TestFranking::openContentRoundTrip()
{
    QFETCH(Content, content);
    auto opened = openContent(makeOpening(content));
    COVE_VERIFY_OK(opened);
    QCOMPARE(opened.value(), content);
}

void TestFranking::openContentRejectsFullEncoding()
{
    // Commitment genuinely over the full encoding: verification passes, but
    // a committed form never carries the key.
    const Content c = fixedContent();
    const QByteArray full = encodeContent(c);
    const FrankingOpening o{full, c.frankingKey, frankingCommit(c.frankingKey, full)};
    COVE_VERIFY_OK(verifyOpening(o));
    auto r = openContent(o);
    QCOMPARE(codeOf(r), "Malformed");
    QVERIFY2(r.error().detail.contains(QStringLiteral("key 6")), why(r).constData());
}

void TestFranking::openContentRejectsNonCanonicalBytes()
{
    // A sender who commits to a non-canonical encoding cannot have it opened:
    // exactly one byte string stands for one content.
    const Content c = fixedContent();
    QByteArray committed = committedBytes(c);
    QCOMPARE(committed.at(0), char(0xa9));
    committed = QByteArray::fromHex("bf") + committed.mid(1) + QByteArray::fromHex("ff");
    const FrankingOpening o{committed, c.frankingKey, frankingCommit(c.frankingKey, committed)};
    COVE_VERIFY_OK(verifyOpening(o));
    auto r = openContent(o);
    QCOMPARE(codeOf(r), "Malformed");
    QVERIFY2(r.error().detail.contains(QStringLiteral("non-canonical")), why(r).constData());
}

void TestFranking::openContentRejectsGarbage()
{
    const QByteArray key(32, '\x01');
    for (const QByteArray &bytes : {QByteArray(), QByteArray("\xff"), QByteArray("not cbor")}) {
        const FrankingOpening o{bytes, key, frankingCommit(key, bytes)};
        COVE_VERIFY_OK(verifyOpening(o));
        QCOMPARE(codeOf(openContent(o)), "Malformed");
    }
}

void TestFranking::verifyOpeningRejectsOversizedBytes()
{
    const QByteArray key(32, '\x01');
    const QByteArray big(kMaxContentSize + 1, 'x');
    const FrankingOpening o{big, key, frankingCommit(key, big)};
    QVERIFY(frankingVerify(o.frankingKey, o.committedBytes, o.commitment));
    QCOMPARE(codeOf(verifyOpening(o)), "TooLarge");
    QCOMPARE(codeOf(openContent(o)), "TooLarge");
}

void TestFranking::tagPayloadKnownAnswer()
{
    // Python, with a hand-written CBOR encoder:
    // enc(["cove-franking-tag-v1", b"\xc0"*32, b"alice", b"bob", 1700000000123])
    QCOMPARE(
        frankingTagPayload(QByteArray(32, '\xc0'), "alice", "bob", 1700000000123).toHex(),
        QByteArray("8574636f76652d6672616e6b696e672d7461672d76315820c0c0c0c0c0c0c0c0c0c0c0c0c"
                   "0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c045616c69636543626f621b0000018bcfe568"
                   "7b"));
    QCOMPARE(frankingTagPayload({}, {}, {}, -1).toHex(),
             QByteArray("8574636f76652d6672616e6b696e672d7461672d763140404020"));
}

void TestFranking::tagPayloadBindsSenderRecipientTime()
{
    // The relay signs this payload; any field a reporter changes gives other
    // bytes, so the relay's signature no longer verifies.
    const QByteArray commitment = makeOpening(fixedContent()).commitment;
    const QByteArray genuine = frankingTagPayload(commitment, "alice", "bob", 1000);
    QCOMPARE(frankingTagPayload(commitment, "alice", "bob", 1000), genuine);
    QVERIFY(frankingTagPayload(commitment, "mallory", "bob", 1000) != genuine);
    QVERIFY(frankingTagPayload(commitment, "alice", "carol", 1000) != genuine);
    QVERIFY(frankingTagPayload(commitment, "bob", "alice", 1000) != genuine);
    QVERIFY(frankingTagPayload(commitment, "alice", "bob", 1001) != genuine);
    QVERIFY(frankingTagPayload(flipBit(commitment, 0), "alice", "bob", 1000) != genuine);
    // Field boundaries are unambiguous: moving a byte between sender and
    // recipient changes the payload.
    QVERIFY(frankingTagPayload(commitment, "aliceb", "ob", 1000) != genuine);
}

QTEST_APPLESS_MAIN(TestFranking)
#include "tst_franking.moc"
