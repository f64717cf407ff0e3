// SPDX-License-Identifier: GPL-3.0-or-later
#include "Content.h"
#include "Crypto.h"
#include "Franking.h"
#include "Report.h"
#include "TestHelpers.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QTest>

#include <sodium.h>

#include <functional>
#include <limits>

using namespace cove::protocol;
using cove::test::codeOf;
using cove::test::why;

Q_DECLARE_METATYPE(cove::protocol::Content)
Q_DECLARE_METATYPE(cove::protocol::ReportBundle)
Q_DECLARE_METATYPE(cove::protocol::ReportedMessage)

namespace {

// Cove IDs of the people in the conversations below.
QString alice() // the accused
{
    return QStringLiteral("7G3KQ9XM2PVDH4TW8N");
}
QString bob() // the reporter
{
    return QStringLiteral("0A1B2C3D4E5F6G7H8J");
}
QString carol()
{
    return QStringLiteral("4C6D8E0F2G4H6J8K0M");
}

constexpr qint64 kT0 = 1700000000000;
constexpr qsizetype kSealOverhead = qsizetype(crypto_box_SEALBYTES);

// Deterministic file contents that differ with `seed`.
QByteArray fileBytes(int seed, qsizetype size)
{
    QByteArray out;
    out.reserve(size);
    for (qsizetype i = 0; i < size; ++i)
        out.append(char((qsizetype(seed) * 31 + i * 7) & 0xff));
    return out;
}

AttachmentDescriptor describe(const QByteArray &file, const QString &name)
{
    AttachmentDescriptor a;
    a.blobId = crypto::randomByteArray(16);
    a.key = crypto::randomByteArray(kAttachmentKeySize);
    a.plaintextSha256 = crypto::sha256(file);
    a.size = quint64(file.size());
    a.mimeType = QStringLiteral("image/jpeg");
    a.fileName = name;
    return a;
}

Content makeMessage(const QString &body, qint64 sentAtMs,
                    QList<AttachmentDescriptor> attachments = {})
{
    Content c = makeContent(body);
    c.sentAtMs = sentAtMs;
    c.attachments = std::move(attachments);
    return c;
}

// What the sender commits to, and what the relay signs when it delivers the
// message from `sender` to `recipient` at `serverTimeMs`; built from the
// primitives, not with makeOpening().
ReportedMessage stamp(const Content &content, const QString &sender, const QString &recipient,
                      qint64 serverTimeMs, const SecureBuffer &relaySecret)
{
    ReportedMessage m;
    m.opening.committedBytes = committedBytes(content);
    m.opening.frankingKey = content.frankingKey;
    m.opening.commitment = frankingCommit(content.frankingKey, m.opening.committedBytes);
    m.senderId = sender;
    m.recipientId = recipient;
    m.serverTimeMs = serverTimeMs;
    m.relayTag =
        signFrankingTag(relaySecret, frankingTagPayload(m.opening.commitment, sender.toUtf8(),
                                                        recipient.toUtf8(), serverTimeMs));
    return m;
}

QByteArray flipBit(QByteArray b, qsizetype byte, int bit = 0)
{
    b[byte] = char(b.at(byte) ^ (1 << bit));
    return b;
}

// `bytes` parsed into a generic CBOR map, edited, and written back (not
// canonically: for rejection rows that only need some other shape).
QByteArray viaCborMap(const QByteArray &bytes, const std::function<void(QCborMap &)> &edit)
{
    QCborMap map = QCborValue::fromCbor(bytes).toMap();
    edit(map);
    return QCborValue(map).toCbor();
}

} // namespace

class TestReport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sampleIsRealistic();
    void roundTrip_data();
    void roundTrip();
    void decodeRejects_data();
    void decodeRejects();
    void decodeSurvivesTruncationAndBitFlips();
    void decodeRejectsOversizedInput();
    void sealOpenRoundTrip();
    void openWithAnotherKeyFails();
    void tamperedSealFails();
    void sealRejectsBadKey();
    void sealRejectsTooLarge();
    void openRejectsBadInput();
    void moderationKeyFromSecret();
    void verify_data();
    void verify();
    void verifySealedReportEndToEnd();

private:
    [[nodiscard]] ReportBundle sampleReport() const;
    [[nodiscard]] ReportedMessage sampleMessage(int i) const;

    FrankingKeyPair m_relay = generateFrankingKeyPair();
    FrankingKeyPair m_otherRelay = generateFrankingKeyPair();
    // The files of the sample report's attachment message.
    QByteArray m_photo = fileBytes(1, 3000);
    QByteArray m_doc = fileBytes(2, 777);
    Content m_photoMessage = makeMessage(QStringLiteral("look what I know about you"), kT0 + 2000,
                                         {describe(m_photo, QStringLiteral("house.jpg")),
                                          describe(m_doc, QStringLiteral("address.pdf"))});
};

ReportedMessage TestReport::sampleMessage(int i) const
{
    return stamp(makeMessage(QStringLiteral("message %1").arg(i), kT0 + i), alice(), bob(), kT0 + i,
                 m_relay.secretKey);
}

// Bob reports Alice: a short Direct conversation in which the last message
// (the one reported) carries two attachments, one of which Bob includes.
ReportBundle TestReport::sampleReport() const
{
    ReportBundle r;
    r.reporterId = bob();
    r.reportedId = alice();
    r.category = QStringLiteral("threats");
    r.involvesChild = false;
    r.conversation = ConversationKind::Direct;
    r.createdAtMs = kT0 + 60000;
    r.language = QStringLiteral("en");
    r.comment = QStringLiteral("Keeps sending these. Ünïcödé too 🙂");
    r.messages.append(stamp(makeMessage(QStringLiteral("hey, you there?"), kT0), alice(), bob(),
                            kT0, m_relay.secretKey));
    r.messages.append(stamp(makeMessage(QStringLiteral("who is this?"), kT0 + 1000), bob(), alice(),
                            kT0 + 1000, m_relay.secretKey));
    ReportedMessage reported = stamp(m_photoMessage, alice(), bob(), kT0 + 2000, m_relay.secretKey);
    reported.files.append({0, m_photo});
    r.messages.append(reported);
    r.reportedIndex = 2;
    return r;
}

void TestReport::sampleIsRealistic()
{
    // The hand-built openings are the ones the reporter's device builds.
    const ReportBundle r = sampleReport();
    cove::test::writeFuzzSeed("report", QStringLiteral("sample"), encodeReport(r));
    const FrankingOpening built = makeOpening(m_photoMessage);
    QVERIFY(r.messages.at(2).opening == built);
    COVE_VERIFY_OK(verifyOpening(built));
    QCOMPARE(r.messages.at(2).relayTag.size(), kFrankingSignatureSize);
    QCOMPARE(m_relay.publicKey.size(), kFrankingVerifyKeySize);
    QVERIFY(m_relay.publicKey != m_otherRelay.publicKey);
}

void TestReport::roundTrip_data()
{
    QTest::addColumn<ReportBundle>("report");
    const ReportBundle base = sampleReport();
    QTest::newRow("sample") << base;

    ReportBundle r = base;
    r.messages[0].relayTag.clear();
    r.messages[2].files.append({1, m_doc});
    r.messages[2].files.append({31, QByteArray()}); // an empty file, the highest index
    r.language.clear();
    r.comment.clear();
    r.involvesChild = true;
    r.conversation = ConversationKind::Group;
    r.createdAtMs = 0;
    QTest::newRow("no tag, more files, empty texts") << r;

    r = base;
    r.conversation = ConversationKind::Request;
    r.createdAtMs = std::numeric_limits<qint64>::max();
    r.messages[1].serverTimeMs = 0;
    r.messages[0].serverTimeMs = std::numeric_limits<qint64>::max();
    r.comment = QString(kMaxReportCommentChars, u'c');
    r.category = QString(kMaxCategoryIdChars, u'k');
    r.reporterId = QString(64, u'R');
    r.language = QString(16, u'l');
    r.reportedIndex = 0;
    QTest::newRow("limits") << r;

    r = base;
    r.messages = {sampleMessage(0)};
    r.reportedIndex = 0;
    QTest::newRow("one message") << r;

    r = base;
    r.messages.clear();
    for (int i = 0; i < kMaxReportMessages; ++i)
        r.messages.append(sampleMessage(i));
    r.reportedIndex = quint32(kMaxReportMessages - 1);
    QTest::newRow("30 messages, the last reported") << r;
}

void TestReport::roundTrip()
{
    QFETCH(ReportBundle, report);
    const QByteArray bytes = encodeReport(report);
    QCOMPARE(encodeReport(report), bytes); // deterministic
    // A definite map of 11 entries, version 1 first.
    QCOMPARE(bytes.left(3).toHex(), QByteArray("ab0001"));
    auto decoded = decodeReport(bytes);
    COVE_VERIFY_OK(decoded);
    QVERIFY(decoded.value() == report);
    QCOMPARE(decoded.value().messages.size(), report.messages.size());
    QCOMPARE(encodeReport(decoded.value()).toHex(), bytes.toHex());
}

void TestReport::decodeRejects_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("code");

    const ReportBundle base = sampleReport();
    const QByteArray valid = encodeReport(base);
    QVERIFY(decodeReport(valid).ok());
    auto with = [&base](const std::function<void(ReportBundle &)> &edit) {
        ReportBundle b = base;
        edit(b);
        return encodeReport(b);
    };
    const QByteArray malformed("Malformed");

    QTest::newRow("empty input") << QByteArray() << malformed;
    QTest::newRow("one byte 0xff") << QByteArray("\xff") << malformed;
    QTest::newRow("text") << QByteArray("not a report at all") << malformed;
    QTest::newRow("random bytes") << crypto::randomByteArray(200) << malformed;
    QTest::newRow("CBOR array") << QByteArray::fromHex("83010203") << malformed;
    QTest::newRow("CBOR integer") << QByteArray::fromHex("01") << malformed;
    QTest::newRow("empty map") << QByteArray::fromHex("a0") << malformed;
    QTest::newRow("deeply nested arrays")
        << QByteArray(QByteArray(100000, '\x81') + QByteArray(1, '\0')) << malformed;
    QTest::newRow("byte string claiming 2^64-1 bytes")
        << QByteArray::fromHex("5bffffffffffffffff00") << malformed;
    QTest::newRow("map claiming 2^32-1 entries")
        << QByteArray::fromHex("bb00000000ffffffff0001") << malformed;

    // Byte-level edits of the canonical encoding.
    QTest::newRow("trailing zero byte") << QByteArray(valid + QByteArray(1, '\0')) << malformed;
    QTest::newRow("report twice") << QByteArray(valid + valid) << malformed;
    QCOMPARE(quint8(valid.at(0)), quint8(0xab));
    QCOMPARE(valid.right(2).toHex(), QByteArray("0a02")); // 10: reportedIndex 2
    QTest::newRow("unknown key 11")
        << QByteArray(QByteArray::fromHex("ac") + valid.mid(1) + QByteArray::fromHex("0b00"))
        << malformed;
    QTest::newRow("unknown key 99 text")
        << QByteArray(QByteArray::fromHex("ac") + valid.mid(1) + QByteArray::fromHex("18636178"))
        << malformed;
    QTest::newRow("duplicate key 10")
        << QByteArray(QByteArray::fromHex("ac") + valid.mid(1) + QByteArray::fromHex("0a01"))
        << malformed;
    QTest::newRow("keys out of order (10 first)")
        << QByteArray(valid.left(1) + valid.right(2) + valid.mid(1, valid.size() - 3)) << malformed;
    QTest::newRow("keys out of order (1 before 0)") << viaCborMap(valid, [](QCborMap &m) {
        const QCborValue v = m.take(0);
        m.insert(0, v); // now last
    }) << malformed;
    QTest::newRow("version not in shortest form")
        << QByteArray(valid.left(2) + QByteArray::fromHex("1801") + valid.mid(3)) << malformed;
    QTest::newRow("indefinite-length map")
        << QByteArray(QByteArray::fromHex("bf") + valid.mid(1) + QByteArray::fromHex("ff"))
        << malformed;
    QTest::newRow("version as text")
        << viaCborMap(valid, [](QCborMap &m) { m.insert(0, QStringLiteral("1")); }) << malformed;
    QTest::newRow("version missing")
        << viaCborMap(valid, [](QCborMap &m) { m.remove(0); }) << malformed;
    QTest::newRow("version 2") << QByteArray(valid.left(2) + QByteArray::fromHex("02") +
                                             valid.mid(3))
                               << QByteArray("UnsupportedVersion");
    QTest::newRow("version 0") << QByteArray(valid.left(2) + QByteArray::fromHex("00") +
                                             valid.mid(3))
                               << QByteArray("UnsupportedVersion");
    QTest::newRow("message not a map") << viaCborMap(valid, [](QCborMap &m) {
        QCborArray a = m.value(9).toArray();
        a[1] = 5;
        m.insert(9, a);
    }) << malformed;
    QTest::newRow("messages not an array")
        << viaCborMap(valid, [](QCborMap &m) { m.insert(9, QCborMap()); }) << malformed;
    QTest::newRow("reported index missing")
        << viaCborMap(valid, [](QCborMap &m) { m.remove(10); }) << malformed;
    QTest::newRow("file not a map") << viaCborMap(valid, [](QCborMap &m) {
        QCborArray a = m.value(9).toArray();
        QCborMap msg = a.at(2).toMap();
        msg.insert(7, QCborArray{1});
        a[2] = msg;
        m.insert(9, a);
    }) << malformed;

    // Bundles out of bounds, encoded canonically.
    QTest::newRow("no messages") << with([](ReportBundle &b) {
        b.messages.clear();
        b.reportedIndex = 0;
    }) << malformed;
    QTest::newRow("31 messages") << with([this](ReportBundle &b) {
        b.messages.clear();
        for (int i = 0; i <= kMaxReportMessages; ++i)
            b.messages.append(sampleMessage(i));
        b.reportedIndex = 0;
    }) << malformed;
    QTest::newRow("reported index = message count")
        << with([](ReportBundle &b) { b.reportedIndex = 3; }) << malformed;
    QTest::newRow("reported index 29 of 3")
        << with([](ReportBundle &b) { b.reportedIndex = 29; }) << malformed;
    QTest::newRow("reported index 30 of 30") << with([this](ReportBundle &b) {
        b.messages.clear();
        for (int i = 0; i < kMaxReportMessages; ++i)
            b.messages.append(sampleMessage(i));
        b.reportedIndex = quint32(kMaxReportMessages);
    }) << malformed;
    QTest::newRow("reported index 2^32-1")
        << with([](ReportBundle &b) { b.reportedIndex = 0xffffffffu; }) << malformed;
    for (qsizetype size : {qsizetype(10), qsizetype(1), qsizetype(63), qsizetype(65)}) {
        QTest::addRow("relay tag of %d bytes", int(size))
            << with([size](ReportBundle &b) { b.messages[2].relayTag = QByteArray(size, 't'); })
            << malformed;
    }
    QTest::newRow("empty reporter")
        << with([](ReportBundle &b) { b.reporterId.clear(); }) << malformed;
    QTest::newRow("reporter of 65 characters")
        << with([](ReportBundle &b) { b.reporterId = QString(65, u'R'); }) << malformed;
    QTest::newRow("empty reported account")
        << with([](ReportBundle &b) { b.reportedId.clear(); }) << malformed;
    QTest::newRow("empty category")
        << with([](ReportBundle &b) { b.category.clear(); }) << malformed;
    QTest::newRow("category too long")
        << with([](ReportBundle &b) { b.category = QString(kMaxCategoryIdChars + 1, u'k'); })
        << malformed;
    QTest::newRow("comment too long")
        << with([](ReportBundle &b) { b.comment = QString(kMaxReportCommentChars + 1, u'c'); })
        << malformed;
    QTest::newRow("language too long")
        << with([](ReportBundle &b) { b.language = QString(17, u'l'); }) << malformed;
    QTest::newRow("conversation kind 0")
        << with([](ReportBundle &b) { b.conversation = ConversationKind(0); }) << malformed;
    QTest::newRow("conversation kind 4")
        << with([](ReportBundle &b) { b.conversation = ConversationKind(4); }) << malformed;
    QTest::newRow("negative creation time")
        << with([](ReportBundle &b) { b.createdAtMs = -1; }) << malformed;
    QTest::newRow("negative server time")
        << with([](ReportBundle &b) { b.messages[0].serverTimeMs = -1; }) << malformed;
    QTest::newRow("franking key of 31 bytes")
        << with([](ReportBundle &b) { b.messages[1].opening.frankingKey.chop(1); }) << malformed;
    QTest::newRow("commitment of 33 bytes")
        << with([](ReportBundle &b) { b.messages[1].opening.commitment.append('x'); }) << malformed;
    QTest::newRow("empty committed bytes")
        << with([](ReportBundle &b) { b.messages[0].opening.committedBytes.clear(); }) << malformed;
    QTest::newRow("committed bytes over the content limit") << with([](ReportBundle &b) {
        b.messages[0].opening.committedBytes = QByteArray(kMaxContentSize + 1, 'x');
    }) << malformed;
    QTest::newRow("empty sender") << with([](ReportBundle &b) { b.messages[2].senderId.clear(); })
                                  << malformed;
    QTest::newRow("empty recipient")
        << with([](ReportBundle &b) { b.messages[2].recipientId.clear(); }) << malformed;
    QTest::newRow("file index 32")
        << with([](ReportBundle &b) { b.messages[2].files[0].index = quint32(kMaxAttachments); })
        << malformed;
}

void TestReport::decodeRejects()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, code);
    auto r = decodeReport(bytes);
    QVERIFY2(!r.ok(), "decoded");
    QCOMPARE(codeOf(r), code);
    QVERIFY(!r.error().detail.isEmpty());
}

void TestReport::decodeSurvivesTruncationAndBitFlips()
{
    ReportBundle small = sampleReport();
    small.messages[2].files[0].data = fileBytes(3, 40);
    const QByteArray valid = encodeReport(small);
    COVE_VERIFY_OK(decodeReport(valid));
    for (qsizetype n = 0; n < valid.size(); ++n) {
        auto r = decodeReport(valid.left(n));
        QVERIFY2(codeOf(r) == "Malformed", qPrintable(QStringLiteral("length %1").arg(n)));
    }
    // Any single flipped bit is either rejected or (inside a text or byte
    // string) a different report whose canonical encoding it is.
    int accepted = 0;
    for (qsizetype i = 0; i < valid.size(); ++i) {
        const QByteArray flipped = flipBit(valid, i, int(i % 8));
        auto r = decodeReport(flipped);
        if (r.ok()) {
            ++accepted;
            QVERIFY(!(r.value() == small));
            QCOMPARE(encodeReport(r.value()), flipped);
        }
    }
    QVERIFY(accepted > 0);
}

void TestReport::decodeRejectsOversizedInput()
{
    QCOMPARE(codeOf(decodeReport(QByteArray(kMaxSealedReportSize + 1, '\0'))),
             QByteArray("TooLarge"));
}

void TestReport::sealOpenRoundTrip()
{
    const ModerationKeyPair keys = generateModerationKeyPair();
    QCOMPARE(keys.publicKey.size(), kModerationPublicKeySize);
    QCOMPARE(keys.secretKey.size(), std::size_t(crypto_box_SECRETKEYBYTES));
    const ReportBundle report = sampleReport();
    auto sealed = sealReport(keys.publicKey, report);
    COVE_VERIFY_OK(sealed);
    const QByteArray plain = encodeReport(report);
    QCOMPARE(sealed.value().size(), plain.size() + kSealOverhead);
    // The plaintext does not show through.
    QVERIFY(!sealed.value().contains(plain.mid(100, 32)));
    QVERIFY(!sealed.value().contains(bob().toUtf8()));
    auto opened = openSealedReport(keys, sealed.value());
    COVE_VERIFY_OK(opened);
    QVERIFY(opened.value() == report);
    // Every seal uses a fresh ephemeral key.
    auto again = sealReport(keys.publicKey, report);
    COVE_VERIFY_OK(again);
    QVERIFY(again.value() != sealed.value());
    COVE_VERIFY_OK(openSealedReport(keys, again.value()));
}

void TestReport::openWithAnotherKeyFails()
{
    const ModerationKeyPair keys = generateModerationKeyPair();
    const ModerationKeyPair other = generateModerationKeyPair();
    QVERIFY(keys.publicKey != other.publicKey);
    auto sealed = sealReport(keys.publicKey, sampleReport());
    COVE_VERIFY_OK(sealed);
    QCOMPARE(codeOf(openSealedReport(other, sealed.value())), QByteArray("InvalidMac"));
    // Right public key, wrong secret: still does not open.
    ModerationKeyPair mixed{keys.publicKey, other.secretKey.clone()};
    QCOMPARE(codeOf(openSealedReport(mixed, sealed.value())), QByteArray("InvalidMac"));
}

void TestReport::tamperedSealFails()
{
    const ModerationKeyPair keys = generateModerationKeyPair();
    auto sealed = sealReport(keys.publicKey, sampleReport());
    COVE_VERIFY_OK(sealed);
    const QByteArray s = sealed.value();
    for (qsizetype at :
         {qsizetype(0), qsizetype(31), qsizetype(32), qsizetype(47), s.size() / 2, s.size() - 1}) {
        QVERIFY2(codeOf(openSealedReport(keys, flipBit(s, at, 5))) == "InvalidMac",
                 qPrintable(QStringLiteral("byte %1").arg(at)));
    }
    QCOMPARE(codeOf(openSealedReport(keys, s.chopped(1))), QByteArray("InvalidMac"));
    QCOMPARE(codeOf(openSealedReport(keys, QByteArray(s + QByteArray(1, '\0')))),
             QByteArray("InvalidMac"));
    QCOMPARE(codeOf(openSealedReport(keys, s.left(kSealOverhead))), QByteArray("InvalidMac"));
    QCOMPARE(codeOf(openSealedReport(keys, QByteArray())), QByteArray("InvalidMac"));
}

void TestReport::sealRejectsBadKey()
{
    const ModerationKeyPair keys = generateModerationKeyPair();
    const ReportBundle report = sampleReport();
    QCOMPARE(codeOf(sealReport(keys.publicKey.left(31), report)), QByteArray("InvalidKey"));
    QCOMPARE(codeOf(sealReport(QByteArray(keys.publicKey + QByteArray(1, 'x')), report)),
             QByteArray("InvalidKey"));
    QCOMPARE(codeOf(sealReport(QByteArray(), report)), QByteArray("InvalidKey"));
    // A low-order point gives an all-zero shared secret: libsodium refuses it.
    QCOMPARE(codeOf(sealReport(QByteArray(kModerationPublicKeySize, '\0'), report)),
             QByteArray("InvalidKey"));
    // A key pair of the wrong shape does not open anything.
    auto sealed = sealReport(keys.publicKey, report);
    COVE_VERIFY_OK(sealed);
    ModerationKeyPair broken{keys.publicKey.left(31), keys.secretKey.clone()};
    QCOMPARE(codeOf(openSealedReport(broken, sealed.value())), QByteArray("InvalidKey"));
    ModerationKeyPair noSecret{keys.publicKey, SecureBuffer()};
    QCOMPARE(codeOf(openSealedReport(noSecret, sealed.value())), QByteArray("InvalidKey"));
}

void TestReport::sealRejectsTooLarge()
{
    const ModerationKeyPair keys = generateModerationKeyPair();
    ReportBundle big = sampleReport();
    // Both sizes take the same 5-byte length head, so the encoding grows
    // byte for byte with the file.
    const qsizetype start = 100000;
    big.messages[2].files[0].data = QByteArray(start, 'f');
    const qsizetype fits =
        start + (kMaxSealedReportSize - kSealOverhead - encodeReport(big).size());
    big.messages[2].files[0].data = QByteArray(fits, 'f');
    QCOMPARE(encodeReport(big).size() + kSealOverhead, kMaxSealedReportSize);
    auto sealed = sealReport(keys.publicKey, big);
    COVE_VERIFY_OK(sealed);
    QCOMPARE(sealed.value().size(), kMaxSealedReportSize);
    auto opened = openSealedReport(keys, sealed.value());
    COVE_VERIFY_OK(opened);
    QVERIFY(opened.value() == big);

    big.messages[2].files[0].data.append('f');
    QCOMPARE(codeOf(sealReport(keys.publicKey, big)), QByteArray("TooLarge"));
    big.messages[2].files[0].data = QByteArray(kMaxSealedReportSize, 'f');
    QCOMPARE(codeOf(sealReport(keys.publicKey, big)), QByteArray("TooLarge"));
    // The size check does not hide a bad key.
    QCOMPARE(codeOf(sealReport(keys.publicKey.left(31), big)), QByteArray("InvalidKey"));
}

void TestReport::openRejectsBadInput()
{
    const ModerationKeyPair keys = generateModerationKeyPair();
    QCOMPARE(codeOf(openSealedReport(keys, QByteArray(kMaxSealedReportSize + 1, 's'))),
             QByteArray("TooLarge"));
    // Sealed correctly, but not a report inside.
    auto sealRaw = [&keys](const QByteArray &plain) {
        QByteArray out(plain.size() + kSealOverhead, Qt::Uninitialized);
        const int rc = crypto_box_seal(
            reinterpret_cast<unsigned char *>(out.data()),
            reinterpret_cast<const unsigned char *>(plain.constData()), quint64(plain.size()),
            reinterpret_cast<const unsigned char *>(keys.publicKey.constData()));
        return rc == 0 ? out : QByteArray();
    };
    QCOMPARE(codeOf(openSealedReport(keys, sealRaw(QByteArray("garbage, not CBOR")))),
             QByteArray("Malformed"));
    const QByteArray valid = encodeReport(sampleReport());
    COVE_VERIFY_OK(openSealedReport(keys, sealRaw(valid)));
    const QByteArray v2 = QByteArray(valid.left(2) + QByteArray::fromHex("02") + valid.mid(3));
    QCOMPARE(codeOf(openSealedReport(keys, sealRaw(v2))), QByteArray("UnsupportedVersion"));
    QCOMPARE(codeOf(openSealedReport(keys, sealRaw(QByteArray(valid + QByteArray(1, '\0'))))),
             QByteArray("Malformed"));
}

void TestReport::moderationKeyFromSecret()
{
    const ModerationKeyPair generated = generateModerationKeyPair();
    auto derived = moderationKeyPairFromSecret(generated.secretKey);
    COVE_VERIFY_OK(derived);
    QCOMPARE(derived.value().publicKey.toHex(), generated.publicKey.toHex());
    QVERIFY(derived.value().secretKey.equals(generated.secretKey.view()));
    // The derived pair opens what was sealed to the generated public key.
    auto sealed = sealReport(generated.publicKey, sampleReport());
    COVE_VERIFY_OK(sealed);
    COVE_VERIFY_OK(openSealedReport(derived.value(), sealed.value()));

    const ModerationKeyPair another = generateModerationKeyPair();
    QVERIFY(another.publicKey != generated.publicKey);
    QCOMPARE(moderationKeyPairFromSecret(another.secretKey).value().publicKey, another.publicKey);

    QCOMPARE(codeOf(moderationKeyPairFromSecret(SecureBuffer(std::size_t(31)))),
             QByteArray("InvalidKey"));
    QCOMPARE(codeOf(moderationKeyPairFromSecret(SecureBuffer())), QByteArray("InvalidKey"));
}

void TestReport::verify_data()
{
    QTest::addColumn<ReportedMessage>("message");
    QTest::addColumn<QByteArray>("relayKey");
    QTest::addColumn<QString>("reporter");
    QTest::addColumn<int>("expected");
    QTest::addColumn<bool>("opens");       // whether the content comes back
    QTest::addColumn<Content>("original"); // what it must equal then

    const SecureBuffer &secret = m_relay.secretKey;
    const QByteArray key = m_relay.publicKey;
    const qint64 t = kT0 + 2000;
    const Content c = m_photoMessage;
    const ReportedMessage genuine = stamp(c, alice(), bob(), t, secret);
    auto row = [&](const char *name, const ReportedMessage &m, Verification expected,
                   bool opens = true, const QByteArray *relayKey = nullptr,
                   const QString &reporter = QString()) {
        QTest::newRow(name) << m << (relayKey ? *relayKey : key)
                            << (reporter.isNull() ? bob() : reporter) << int(expected) << opens
                            << c;
    };

    row("genuine", genuine, Verification::Verified);
    ReportedMessage m = genuine;
    m.files = {{0, m_photo}, {1, m_doc}};
    row("genuine with both files", m, Verification::Verified);
    m.files = {{1, m_doc}};
    row("genuine with the second file", m, Verification::Verified);

    // The reporter edits what the message said.
    m = genuine;
    Content edited = c;
    edited.body = QStringLiteral("look what I know about you!");
    m.opening.committedBytes = committedBytes(edited);
    row("edited body", m, Verification::ContentMismatch, false);
    edited = c;
    edited.attachments[0].plaintextSha256 = crypto::sha256(QByteArrayLiteral("other"));
    m.opening.committedBytes = committedBytes(edited);
    row("edited attachment hash", m, Verification::ContentMismatch, false);
    m = genuine;
    m.opening.frankingKey = crypto::randomByteArray(kFrankingKeySize);
    row("another franking key", m, Verification::ContentMismatch, false);
    m = genuine;
    m.opening.commitment = flipBit(m.opening.commitment, 3);
    row("flipped commitment", m, Verification::ContentMismatch, false);
    m = genuine;
    m.opening.commitment.chop(1);
    row("commitment of 31 bytes", m, Verification::ContentMismatch, false);

    // The reporter changes who, to whom or when.
    m = genuine;
    m.senderId = carol();
    row("swapped sender", m, Verification::TagInvalid);
    m = genuine;
    m.recipientId = carol();
    row("changed recipient", m, Verification::TagInvalid);
    m = genuine;
    m.recipientId = carol();
    row("forwarded to another reporter", m, Verification::TagInvalid, true, nullptr, carol());
    m = genuine;
    m.serverTimeMs = t + 1;
    row("server time +1", m, Verification::TagInvalid);
    m = genuine;
    m.serverTimeMs = t - 1;
    row("server time -1", m, Verification::TagInvalid);

    // Tags that are not this message's.
    const Content other = makeMessage(QStringLiteral("a harmless message"), t);
    ReportedMessage otherGenuine = stamp(other, alice(), bob(), t, secret);
    m = otherGenuine;
    m.relayTag = genuine.relayTag;
    QTest::newRow("tag of another message")
        << m << key << bob() << int(Verification::TagInvalid) << true << other;
    otherGenuine.files.clear();
    QTest::newRow("the other message, genuine")
        << otherGenuine << key << bob() << int(Verification::Verified) << true << other;
    m = genuine;
    m.relayTag = flipBit(m.relayTag, 17, 2);
    row("flipped tag", m, Verification::TagInvalid);
    m = genuine;
    m.relayTag.chop(1);
    row("tag of 63 bytes", m, Verification::TagInvalid);
    m = genuine;
    m.relayTag = QByteArray(kFrankingSignatureSize, '\0');
    row("zero tag", m, Verification::TagInvalid);
    m = stamp(c, alice(), bob(), t, m_otherRelay.secretKey);
    row("tag from another relay key", m, Verification::TagInvalid);
    row("checked against another relay key", genuine, Verification::TagInvalid, true,
        &m_otherRelay.publicKey);
    const QByteArray noKey;
    row("no relay key", genuine, Verification::TagInvalid, true, &noKey);
    m = stamp(c, alice(), bob(), t, m_otherRelay.secretKey);
    row("other relay's tag, its key", m, Verification::Verified, true, &m_otherRelay.publicKey);

    m = genuine;
    m.relayTag.clear();
    row("empty tag", m, Verification::TagMissing);

    // The reporter's own message: nothing to verify it against, but the
    // opening must still open.
    m = stamp(c, bob(), alice(), t, secret);
    row("own message", m, Verification::OwnMessage);
    m.relayTag.clear();
    row("own message, no tag", m, Verification::OwnMessage);
    m.opening.committedBytes = committedBytes(edited);
    row("own message, edited", m, Verification::ContentMismatch, false);

    // Included files against the hashes and sizes the content commits to.
    m = genuine;
    m.files = {{0, fileBytes(9, m_photo.size())}};
    row("other bytes at the same index", m, Verification::AttachmentMismatch);
    m.files = {{1, m_photo}};
    row("photo claimed as the document", m, Verification::AttachmentMismatch);
    m.files = {{0, m_photo.chopped(1)}};
    row("truncated file", m, Verification::AttachmentMismatch);
    m.files = {{0, m_photo}, {1, QByteArray(m_doc).append('x')}};
    row("second file extended", m, Verification::AttachmentMismatch);
    m.files = {{2, m_photo}};
    row("index beyond the attachments", m, Verification::AttachmentMismatch);
    m.files = {{31, m_photo}};
    row("index 31", m, Verification::AttachmentMismatch);
    m.files = {{0, m_photo}, {0, m_doc}};
    row("the same index twice, second wrong", m, Verification::AttachmentMismatch);

    // The hash matches but the committed size does not.
    Content wrongSize = c;
    wrongSize.attachments[0].size = quint64(m_photo.size()) + 1;
    m = stamp(wrongSize, alice(), bob(), t, secret);
    m.files = {{0, m_photo}};
    QTest::newRow("committed size differs")
        << m << key << bob() << int(Verification::AttachmentMismatch) << true << wrongSize;
    m.files = {{0, QByteArray(m_photo).append('\0')}};
    QTest::newRow("size fits, hash does not")
        << m << key << bob() << int(Verification::AttachmentMismatch) << true << wrongSize;

    // A file with a message that has no attachments.
    m = otherGenuine;
    m.files = {{0, QByteArray()}};
    QTest::newRow("file with a text message")
        << m << key << bob() << int(Verification::AttachmentMismatch) << true << other;

    // The sender committed to bytes that are no content at all.
    m = genuine;
    m.opening.committedBytes = QByteArrayLiteral("not a content");
    m.opening.commitment = frankingCommit(m.opening.frankingKey, m.opening.committedBytes);
    m.relayTag = signFrankingTag(
        secret, frankingTagPayload(m.opening.commitment, alice().toUtf8(), bob().toUtf8(), t));
    row("not a content", m, Verification::Malformed, false);
    // ... or the full encoding, franking key included.
    m.opening.committedBytes = encodeContent(c);
    m.opening.commitment = frankingCommit(m.opening.frankingKey, m.opening.committedBytes);
    m.relayTag = signFrankingTag(
        secret, frankingTagPayload(m.opening.commitment, alice().toUtf8(), bob().toUtf8(), t));
    row("full encoding committed", m, Verification::Malformed, false);
}

void TestReport::verify()
{
    QFETCH(ReportedMessage, message);
    QFETCH(QByteArray, relayKey);
    QFETCH(QString, reporter);
    QFETCH(int, expected);
    QFETCH(bool, opens);
    QFETCH(Content, original);
    const MessageVerification v = verifyReportedMessage(message, relayKey, reporter);
    QCOMPARE(int(v.result), expected);
    QCOMPARE(v.content.has_value(), opens);
    if (opens)
        QVERIFY(*v.content == original);
}

void TestReport::verifySealedReportEndToEnd()
{
    // Device → sealed → intake: every message of the sample checks out.
    const ModerationKeyPair keys = generateModerationKeyPair();
    auto sealed = sealReport(keys.publicKey, sampleReport());
    COVE_VERIFY_OK(sealed);
    auto opened = openSealedReport(keys, sealed.value());
    COVE_VERIFY_OK(opened);
    const ReportBundle &r = opened.value();
    QCOMPARE(r.messages.size(), qsizetype(3));
    const QList<Verification> expected{Verification::Verified, Verification::OwnMessage,
                                       Verification::Verified};
    for (qsizetype i = 0; i < r.messages.size(); ++i) {
        const MessageVerification v =
            verifyReportedMessage(r.messages.at(i), m_relay.publicKey, r.reporterId);
        QVERIFY2(v.result == expected.at(i), qPrintable(QStringLiteral("message %1").arg(i)));
        QVERIFY(v.content.has_value());
    }
    const MessageVerification reported = verifyReportedMessage(
        r.messages.at(qsizetype(r.reportedIndex)), m_relay.publicKey, r.reporterId);
    QVERIFY(reported.content == m_photoMessage);
    QCOMPARE(reported.content->attachments.size(), qsizetype(2));
    // The same report checked against another relay's key verifies nothing.
    QCOMPARE(
        int(verifyReportedMessage(r.messages.at(0), m_otherRelay.publicKey, r.reporterId).result),
        int(Verification::TagInvalid));
}

QTEST_APPLESS_MAIN(TestReport)
#include "tst_report.moc"
