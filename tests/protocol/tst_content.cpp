// SPDX-License-Identifier: GPL-3.0-or-later
#include "Content.h"
#include "Crypto.h"
#include "Franking.h"
#include "TestHelpers.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborStreamReader>
#include <QCborValue>
#include <QDateTime>
#include <QRandomGenerator>
#include <QTest>

#include <utility>

using namespace cove::protocol;
using cove::test::codeOf;
using cove::test::hex;
using cove::test::why;

Q_DECLARE_METATYPE(cove::protocol::Content)

namespace {

// An independent, hand-assembled CBOR map: a list of (encoded key, encoded
// value) pairs written in list order. It lets a test build exactly the bytes
// it wants, including ones encodeContent() would never produce.
using Fields = QList<std::pair<QByteArray, QByteArray>>;

QByteArray cborHead(int major, quint64 n)
{
    const auto m = char(major << 5);
    QByteArray out;
    if (n < 24) {
        out.append(char(m | char(n)));
    } else if (n < 0x100) {
        out.append(char(m | 24));
        out.append(char(n));
    } else if (n < 0x10000) {
        out.append(char(m | 25));
        for (int s = 8; s >= 0; s -= 8)
            out.append(char((n >> s) & 0xff));
    } else if (n < 0x100000000ull) {
        out.append(char(m | 26));
        for (int s = 24; s >= 0; s -= 8)
            out.append(char((n >> s) & 0xff));
    } else {
        out.append(char(m | 27));
        for (int s = 56; s >= 0; s -= 8)
            out.append(char((n >> s) & 0xff));
    }
    return out;
}

QByteArray cbor(const QCborValue &v)
{
    return v.toCbor();
}

QByteArray key(qint64 k)
{
    return cbor(QCborValue(k));
}

QByteArray assemble(const Fields &fields)
{
    QByteArray out = cborHead(5, quint64(fields.size()));
    for (const auto &[k, v] : fields)
        out += k + v;
    return out;
}

// Fields of a canonical encoding, in its (ascending) order. QCborValue keeps
// the order it read and re-encodes nested values as they were.
Fields fieldsOf(const QByteArray &encoded)
{
    Fields fields;
    const QCborMap map = QCborValue::fromCbor(encoded).toMap();
    for (auto it = map.constBegin(); it != map.constEnd(); ++it)
        fields.append({cbor(it.key()), cbor(it.value())});
    return fields;
}

// Replaces the value of `k`, or inserts it where ascending order puts it.
void setField(Fields &fields, qint64 k, const QByteArray &value)
{
    for (auto &f : fields) {
        if (f.first == key(k)) {
            f.second = value;
            return;
        }
    }
    qsizetype at = 0;
    while (at < fields.size() && QCborValue::fromCbor(fields.at(at).first).toInteger() < k)
        ++at;
    fields.insert(at, {key(k), value});
}

void removeField(Fields &fields, qint64 k)
{
    fields.removeIf([&](const auto &f) { return f.first == key(k); });
}

QByteArray repeated(char c, qsizetype n)
{
    return QByteArray(n, c);
}

AttachmentDescriptor sampleAttachment(int i = 0)
{
    AttachmentDescriptor a;
    a.blobId = QByteArrayLiteral("blob-") + QByteArray::number(i);
    a.key = repeated(char(0x11 + i), 32);
    a.plaintextSha256 =
        crypto::sha256(QByteArray(QByteArrayLiteral("file ") + QByteArray::number(i)));
    a.size = quint64(1000 + i);
    a.mimeType = QStringLiteral("image/png");
    a.fileName = QStringLiteral("cat-%1.png").arg(i);
    return a;
}

Content minimalContent()
{
    Content c;
    c.messageId = repeated('\x01', 16);
    c.sentAtMs = 1700000000000;
    c.frankingKey = repeated('\x02', 32);
    return c;
}

// The content whose encoding an independent CBOR encoder written in Python
// computed for the known-answer tests.
Content fixedContent()
{
    Content c;
    for (int i = 0; i < 16; ++i)
        c.messageId.append(char(i));
    c.sentAtMs = 1700000000123;
    c.body = QStringLiteral("Hallo, Welt! \u2713");
    AttachmentDescriptor a;
    a.blobId = QByteArrayLiteral("blob-1");
    a.key = repeated('\x11', 32);
    a.plaintextSha256 = crypto::sha256(QByteArrayLiteral("file"));
    a.size = 1234;
    a.mimeType = QStringLiteral("image/png");
    a.fileName = QStringLiteral("cat.png");
    c.attachments.append(a);
    c.forwardCount = 2;
    c.frankingKey = repeated('\x22', 32);
    c.expireTimerSeconds = 3600;
    c.quote = Quote{repeated('\xaa', 16), QByteArrayLiteral("alice"), QStringLiteral("earlier")};
    QByteArray groupId;
    for (int i = 16; i < 36; ++i)
        groupId.append(char(i));
    c.group = GroupContext{groupId, 7};
    return c;
}

QList<qint64> topLevelKeys(const QByteArray &encoded)
{
    QList<qint64> keys;
    QCborStreamReader r(encoded);
    if (!r.isMap() || !r.enterContainer())
        return keys;
    while (r.hasNext()) {
        keys.append(r.toInteger());
        r.next();
        r.next(); // skip the value, whatever its type
    }
    return keys;
}

QByteArray mapOf(std::initializer_list<std::pair<qint64, QCborValue>> entries)
{
    QCborMap m; // inserted in the ascending order given
    for (const auto &[k, v] : entries)
        m.insert(k, v);
    return cbor(m);
}

QByteArray attachmentMap(const AttachmentDescriptor &a)
{
    return mapOf({{0, a.blobId},
                  {1, a.key},
                  {2, a.plaintextSha256},
                  {3, qint64(a.size)},
                  {4, a.mimeType},
                  {5, a.fileName}});
}

} // namespace

class TestContent : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void knownAnswer();
    void minimalKnownAnswer();
    void testHelpersMatchEncoder();
    void roundTrip_data();
    void roundTrip();
    void deterministic();
    void versionFirstKeysAscending();
    void omitsAbsentAndEmptyFields();
    void rejectsTooLarge();
    void rejectsNonCbor_data();
    void rejectsNonCbor();
    void rejectsUnsupportedVersion_data();
    void rejectsUnsupportedVersion();
    void rejectsMissingField_data();
    void rejectsMissingField();
    void rejectsWrongType_data();
    void rejectsWrongType();
    void rejectsOutOfBounds_data();
    void rejectsOutOfBounds();
    void acceptsBoundaries_data();
    void acceptsBoundaries();
    void rejectsUnknownKeys_data();
    void rejectsUnknownKeys();
    void rejectsDuplicateKeys();
    void rejectsNonCanonical_data();
    void rejectsNonCanonical();
    void committedBytesLeaveOutFrankingKey();
    void committedBytesCoverEverythingElse();
    void committedFormDecode();
    void validateContentCatchesBadText();
    void makeContentFillsFreshFields();
    void survivesMutatedInput();
};

void TestContent::knownAnswer()
{
    // Computed with an independent CBOR encoder written in Python.
    const QByteArray expected = hex(
        "aa00010150000102030405060708090a0b0c0d0e0f021b0000018bcfe5687b037048616c6c6f2c2057656c7421"
        "20e29c930481a60046626c6f622d31015820111111111111111111111111111111111111111111111111111111"
        "1"
        "1111111110258203b9c358f36f0a31b6ad3e14f309c7cf198ac9246e8316f9ce543d5b19ac02b80031904d2046"
        "9"
        "696d6167652f706e6705676361742e706e67050206582022222222222222222222222222222222222222222222"
        "2"
        "222222222222222222207190e1008a30050aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa0145616c696365026765617"
        "26c"
        "69657209a20054101112131415161718191a1b1c1d1e1f202122230107");
    const Content c = fixedContent();
    QCOMPARE(encodeContent(c).toHex(), expected.toHex());
    auto decoded = decodeContent(expected);
    COVE_VERIFY_OK(decoded);
    QCOMPARE(decoded.value(), c);
}

void TestContent::minimalKnownAnswer()
{
    Content c;
    c.messageId = QByteArray(16, '\0');
    c.frankingKey = QByteArray(32, '\0');
    const QByteArray expected =
        hex("a50001015000000000000000000000000000000000020005000658200000000"
            "000000000000000000000000000000000000000000000000000000000");
    QCOMPARE(encodeContent(c).toHex(), expected.toHex());
    COVE_VERIFY_OK(decodeContent(expected));
}

void TestContent::testHelpersMatchEncoder()
{
    // The hand-assembly helpers below must reproduce the encoder exactly, or
    // the rejection tests would test the helpers instead.
    const QByteArray encoded = encodeContent(fixedContent());
    QCOMPARE(assemble(fieldsOf(encoded)).toHex(), encoded.toHex());
    Fields f = fieldsOf(encoded);
    setField(f, 4, cborHead(4, 1) + attachmentMap(fixedContent().attachments.at(0)));
    QCOMPARE(assemble(f).toHex(), encoded.toHex());
}

void TestContent::roundTrip_data()
{
    QTest::addColumn<Content>("content");

    QTest::newRow("minimal") << minimalContent();
    Content c = minimalContent();
    c.body = QStringLiteral("hello");
    QTest::newRow("body") << c;
    c.body = QStringLiteral("مرحبا 👋 こんにちは");
    QTest::newRow("unicode body") << c;
    c.sentAtMs = -1;
    QTest::newRow("negative time") << c;
    c.sentAtMs = std::numeric_limits<qint64>::max();
    QTest::newRow("max time") << c;
    c.sentAtMs = std::numeric_limits<qint64>::min();
    QTest::newRow("min time") << c;
    Content a = minimalContent();
    a.attachments.append(sampleAttachment());
    QTest::newRow("one attachment, no body") << a;
    a.attachments.last().mimeType.clear();
    a.attachments.last().fileName.clear();
    a.attachments.last().size = 0;
    QTest::newRow("attachment with empty names") << a;
    Content f = minimalContent();
    f.forwardCount = 0xffffffffu;
    QTest::newRow("max forward count") << f;
    Content t = minimalContent();
    t.expireTimerSeconds = 0;
    QTest::newRow("timer zero") << t;
    Content q = minimalContent();
    q.quote = Quote{repeated('\x05', 16), QByteArrayLiteral("bob"), QString()};
    QTest::newRow("quote with empty excerpt") << q;
    Content g = minimalContent();
    g.group = GroupContext{repeated('\x06', 16), 0xffffffffu};
    QTest::newRow("group") << g;
    QTest::newRow("everything") << fixedContent();
}

void TestContent::roundTrip()
{
    QFETCH(Content, content);
    COVE_VERIFY_OK(validateContent(content));
    const QByteArray encoded = encodeContent(content);
    auto decoded = decodeContent(encoded);
    COVE_VERIFY_OK(decoded);
    QCOMPARE(decoded.value(), content);
    QCOMPARE(encodeContent(decoded.value()), encoded);
}

void TestContent::deterministic()
{
    const Content a = fixedContent();
    // Same values assembled in another order, through another path.
    Content b;
    b.group = a.group;
    b.quote = a.quote;
    b.expireTimerSeconds = a.expireTimerSeconds;
    b.frankingKey = QByteArray(a.frankingKey.constData(), a.frankingKey.size());
    b.forwardCount = a.forwardCount;
    b.attachments = a.attachments;
    b.body = QString(a.body.constData(), a.body.size());
    b.sentAtMs = a.sentAtMs;
    b.messageId = a.messageId;
    QCOMPARE(encodeContent(a), encodeContent(a));
    QCOMPARE(encodeContent(b), encodeContent(a));
    b.forwardCount += 1;
    QVERIFY(encodeContent(b) != encodeContent(a));
}

void TestContent::versionFirstKeysAscending()
{
    const QByteArray encoded = encodeContent(fixedContent());
    const QList<qint64> keys = topLevelKeys(encoded);
    QCOMPARE(keys, (QList<qint64>{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}));
    // Map head, key 0, value 1: a reader can dispatch on the version first.
    QCOMPARE(encoded.mid(1, 2).toHex(), QByteArray("0001"));
}

void TestContent::omitsAbsentAndEmptyFields()
{
    Content c = minimalContent();
    QCOMPARE(topLevelKeys(encodeContent(c)), (QList<qint64>{0, 1, 2, 5, 6}));
    c.body = QStringLiteral("x");
    QCOMPARE(topLevelKeys(encodeContent(c)), (QList<qint64>{0, 1, 2, 3, 5, 6}));
    c.body.clear();
    c.expireTimerSeconds = 0; // present-but-zero is not absent
    QCOMPARE(topLevelKeys(encodeContent(c)), (QList<qint64>{0, 1, 2, 5, 6, 7}));
}

void TestContent::rejectsTooLarge()
{
    QCOMPARE(codeOf(decodeContent(QByteArray(kMaxContentSize + 1, '\xa0'))), "TooLarge");
    // At the limit the size is fine and the bytes are judged on content.
    QCOMPARE(codeOf(decodeContent(QByteArray(kMaxContentSize, '\xa0'))), "Malformed");
}

void TestContent::rejectsNonCbor_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const QByteArray valid = encodeContent(fixedContent());
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("break byte") << hex("ff");
    QTest::newRow("reserved additional info") << hex("1c");
    QTest::newRow("truncated") << valid.left(valid.size() - 1);
    QTest::newRow("truncated to head") << valid.left(1);
    QTest::newRow("trailing byte") << valid + hex("00");
    QTest::newRow("two maps") << valid + valid;
    QTest::newRow("array") << hex("8100");
    QTest::newRow("integer") << hex("01");
    QTest::newRow("text") << hex("6161");
    QTest::newRow("map claiming 2^32 entries") << hex("ba ffffffff 00 01");
    QTest::newRow("byte string longer than input") << hex("a1 01 5a 0000ffff 00");
    Fields f = fieldsOf(valid);
    setField(f, 3, hex("62 c328")); // invalid UTF-8 in the body
    QTest::newRow("invalid utf-8 body") << assemble(f);
    QByteArray deep = QByteArray(5000, '\x81') + hex("00");
    QTest::newRow("deep nesting") << deep;
}

void TestContent::rejectsNonCbor()
{
    QFETCH(QByteArray, bytes);
    QCOMPARE(codeOf(decodeContent(bytes)), "Malformed");
}

void TestContent::rejectsUnsupportedVersion_data()
{
    QTest::addColumn<QByteArray>("version");
    QTest::addColumn<QByteArray>("code");
    QTest::newRow("0") << key(0) << QByteArray("UnsupportedVersion");
    QTest::newRow("2") << key(2) << QByteArray("UnsupportedVersion");
    QTest::newRow("2^40") << key(qint64(1) << 40) << QByteArray("UnsupportedVersion");
    QTest::newRow("-1") << key(-1) << QByteArray("Malformed");
    QTest::newRow("text") << cbor(QStringLiteral("1")) << QByteArray("Malformed");
    QTest::newRow("missing") << QByteArray() << QByteArray("Malformed");
}

void TestContent::rejectsUnsupportedVersion()
{
    QFETCH(QByteArray, version);
    QFETCH(QByteArray, code);
    Fields f = fieldsOf(encodeContent(fixedContent()));
    if (version.isEmpty())
        removeField(f, 0);
    else
        setField(f, 0, version);
    // A future version may lay out the rest differently, so the other fields
    // must not matter: make one of them invalid for version 1.
    setField(f, 1, cbor(QStringLiteral("not bytes")));
    auto r = decodeContent(assemble(f));
    QCOMPARE(codeOf(r), code);
    if (code == "Malformed")
        QVERIFY2(r.error().detail.contains(QStringLiteral("key 0")), why(r).constData());
}

void TestContent::rejectsMissingField_data()
{
    QTest::addColumn<qint64>("missing");
    QTest::newRow("messageId") << qint64(1);
    QTest::newRow("sentAtMs") << qint64(2);
    QTest::newRow("forwardCount") << qint64(5);
    QTest::newRow("frankingKey") << qint64(6);
}

void TestContent::rejectsMissingField()
{
    QFETCH(qint64, missing);
    Fields f = fieldsOf(encodeContent(fixedContent()));
    removeField(f, missing);
    auto r = decodeContent(assemble(f));
    QCOMPARE(codeOf(r), "Malformed");
    QVERIFY2(r.error().detail.contains(QStringLiteral("key ") + QString::number(missing)),
             why(r).constData());
    QVERIFY2(r.error().detail.contains(QStringLiteral("missing")), why(r).constData());
}

void TestContent::rejectsWrongType_data()
{
    QTest::addColumn<qint64>("field");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("where");
    const QByteArray text = cbor(QStringLiteral("x"));
    const QByteArray bytes = cbor(QByteArray(16, 'x'));
    QTest::newRow("messageId as text") << qint64(1) << cbor(QString(16, u'x')) << "key 1";
    QTest::newRow("sentAtMs as text") << qint64(2) << text << "key 2";
    QTest::newRow("sentAtMs as double") << qint64(2) << cbor(QCborValue(1.5)) << "key 2";
    QTest::newRow("body as bytes") << qint64(3) << bytes << "key 3";
    QTest::newRow("attachments as map")
        << qint64(4) << attachmentMap(sampleAttachment()) << "key 4";
    QTest::newRow("attachment entry as array")
        << qint64(4) << cborHead(4, 1) + cborHead(4, 0) << "key 4[0]";
    QTest::newRow("forwardCount as text") << qint64(5) << text << "key 5";
    QTest::newRow("forwardCount negative") << qint64(5) << key(-1) << "key 5";
    QTest::newRow("frankingKey as text") << qint64(6) << cbor(QString(32, u'k')) << "key 6";
    QTest::newRow("timer as bool") << qint64(7) << cbor(QCborValue(true)) << "key 7";
    QTest::newRow("timer null") << qint64(7) << cbor(QCborValue(nullptr)) << "key 7";
    QTest::newRow("quote as array") << qint64(8) << cborHead(4, 0) << "key 8";
    QTest::newRow("group as bytes") << qint64(9) << bytes << "key 9";
    AttachmentDescriptor a = sampleAttachment();
    QTest::newRow("attachment size as text") << qint64(4)
                                             << cborHead(4, 1) + mapOf({{0, a.blobId},
                                                                        {1, a.key},
                                                                        {2, a.plaintextSha256},
                                                                        {3, QStringLiteral("9")},
                                                                        {4, a.mimeType},
                                                                        {5, a.fileName}})
                                             << "key 4[0].3";
    QTest::newRow("attachment mimeType as bytes")
        << qint64(4)
        << cborHead(4, 1) + mapOf({{0, a.blobId},
                                   {1, a.key},
                                   {2, a.plaintextSha256},
                                   {3, 9},
                                   {4, QByteArray("image/png")},
                                   {5, a.fileName}})
        << "key 4[0].4";
    QTest::newRow("quote excerpt as int")
        << qint64(8) << mapOf({{0, QByteArray(16, 'q')}, {1, QByteArray("a")}, {2, 5}})
        << "key 8.2";
    QTest::newRow("group revision as text")
        << qint64(9) << mapOf({{0, QByteArray(16, 'g')}, {1, QStringLiteral("1")}}) << "key 9.1";
}

void TestContent::rejectsWrongType()
{
    QFETCH(qint64, field);
    QFETCH(QByteArray, value);
    QFETCH(QString, where);
    Fields f = fieldsOf(encodeContent(minimalContent()));
    setField(f, field, value);
    auto r = decodeContent(assemble(f));
    QCOMPARE(codeOf(r), "Malformed");
    QVERIFY2(r.error().detail.contains(where), why(r).constData());
}

void TestContent::rejectsOutOfBounds_data()
{
    QTest::addColumn<qint64>("field");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("where");
    const AttachmentDescriptor a = sampleAttachment();
    auto att = [&](qint64 k, const QCborValue &v) -> QByteArray {
        QCborMap m;
        m.insert(0, a.blobId);
        m.insert(1, a.key);
        m.insert(2, a.plaintextSha256);
        m.insert(3, qint64(a.size));
        m.insert(4, a.mimeType);
        m.insert(5, a.fileName);
        m[k] = v;
        return cborHead(4, 1) + cbor(m);
    };
    QTest::newRow("messageId 15") << qint64(1) << cbor(QByteArray(15, 'm')) << "key 1";
    QTest::newRow("messageId 17") << qint64(1) << cbor(QByteArray(17, 'm')) << "key 1";
    QTest::newRow("body 65537 bytes") << qint64(3) << cbor(QString(65537, u'b')) << "key 3";
    QTest::newRow("body 65535 bytes + 2-byte char")
        << qint64(3) << cbor(QString(QString(65535, u'b') + QChar(0xe9))) << "key 3";
    QByteArray many = cborHead(4, 33);
    for (int i = 0; i < 33; ++i)
        many += attachmentMap(sampleAttachment(i));
    QTest::newRow("33 attachments") << qint64(4) << many << "key 4";
    QTest::newRow("blobId empty") << qint64(4) << att(0, QByteArray()) << "key 4[0].0";
    QTest::newRow("blobId 65") << qint64(4) << att(0, QByteArray(65, 'b')) << "key 4[0].0";
    QTest::newRow("attachment key 31") << qint64(4) << att(1, QByteArray(31, 'k')) << "key 4[0].1";
    QTest::newRow("attachment key 33") << qint64(4) << att(1, QByteArray(33, 'k')) << "key 4[0].1";
    QTest::newRow("hash 31") << qint64(4) << att(2, QByteArray(31, 'h')) << "key 4[0].2";
    QTest::newRow("hash 33") << qint64(4) << att(2, QByteArray(33, 'h')) << "key 4[0].2";
    QTest::newRow("size 100 MiB + 1")
        << qint64(4) << att(3, qint64(kMaxAttachmentSize) + 1) << "key 4[0].3";
    QTest::newRow("size negative") << qint64(4) << att(3, -1) << "key 4[0].3";
    QTest::newRow("mimeType 128") << qint64(4) << att(4, QString(128, u'm')) << "key 4[0].4";
    QTest::newRow("fileName 256") << qint64(4) << att(5, QString(256, u'f')) << "key 4[0].5";
    QTest::newRow("fileName 256 emoji")
        << qint64(4) << att(5, QStringLiteral("😀").repeated(256)) << "key 4[0].5";
    QTest::newRow("forwardCount 2^32") << qint64(5) << key(qint64(1) << 32) << "key 5";
    QTest::newRow("frankingKey 31") << qint64(6) << cbor(QByteArray(31, 'k')) << "key 6";
    QTest::newRow("frankingKey 33") << qint64(6) << cbor(QByteArray(33, 'k')) << "key 6";
    QTest::newRow("timer 2^32") << qint64(7) << key(qint64(1) << 32) << "key 7";
    QTest::newRow("timer negative") << qint64(7) << key(-5) << "key 7";
    const QByteArray qid(16, 'q');
    QTest::newRow("quote messageId 15")
        << qint64(8) << mapOf({{0, QByteArray(15, 'q')}, {1, QByteArray("a")}, {2, QString()}})
        << "key 8.0";
    QTest::newRow("quote authorId empty")
        << qint64(8) << mapOf({{0, qid}, {1, QByteArray()}, {2, QString()}}) << "key 8.1";
    QTest::newRow("quote authorId 65")
        << qint64(8) << mapOf({{0, qid}, {1, QByteArray(65, 'a')}, {2, QString()}}) << "key 8.1";
    QTest::newRow("quote excerpt 513")
        << qint64(8) << mapOf({{0, qid}, {1, QByteArray("a")}, {2, QString(513, u'e')}})
        << "key 8.2";
    QTest::newRow("groupId 15") << qint64(9) << mapOf({{0, QByteArray(15, 'g')}, {1, 1}})
                                << "key 9.0";
    QTest::newRow("groupId 33") << qint64(9) << mapOf({{0, QByteArray(33, 'g')}, {1, 1}})
                                << "key 9.0";
    QTest::newRow("revision 2^32")
        << qint64(9) << mapOf({{0, QByteArray(16, 'g')}, {1, qint64(1) << 32}}) << "key 9.1";
    QTest::newRow("quote field missing")
        << qint64(8) << mapOf({{0, qid}, {1, QByteArray("a")}}) << "key 8.2";
    QTest::newRow("group field missing")
        << qint64(9) << mapOf({{0, QByteArray(16, 'g')}}) << "key 9.1";
    QCborMap partial;
    partial.insert(0, a.blobId);
    partial.insert(1, a.key);
    QTest::newRow("attachment fields missing")
        << qint64(4) << cborHead(4, 1) + cbor(partial) << "key 4[0].2";
}

void TestContent::rejectsOutOfBounds()
{
    QFETCH(qint64, field);
    QFETCH(QByteArray, value);
    QFETCH(QString, where);
    Fields f = fieldsOf(encodeContent(minimalContent()));
    setField(f, field, value);
    auto r = decodeContent(assemble(f));
    QCOMPARE(codeOf(r), "Malformed");
    QVERIFY2(r.error().detail.contains(where), why(r).constData());
}

void TestContent::acceptsBoundaries_data()
{
    QTest::addColumn<Content>("content");
    Content c = minimalContent();
    c.body = QString(kMaxBodyUtf8Bytes, u'b');
    QTest::newRow("body 65536 ASCII") << c;
    c.body = QStringLiteral("😀").repeated(kMaxBodyUtf8Bytes / 4);
    QTest::newRow("body 65536 bytes of emoji") << c;
    Content a = minimalContent();
    for (int i = 0; i < kMaxAttachments; ++i)
        a.attachments.append(sampleAttachment(i));
    QTest::newRow("32 attachments") << a;
    Content b = minimalContent();
    AttachmentDescriptor big = sampleAttachment();
    big.blobId = QByteArray(64, 'b');
    big.size = kMaxAttachmentSize;
    big.mimeType = QString(kMaxMimeTypeChars, QChar(0xe9));
    // 255 code points but 510 UTF-16 units: the limit counts code points.
    big.fileName = QStringLiteral("😀").repeated(kMaxFileNameChars);
    b.attachments.append(big);
    QTest::newRow("attachment at limits") << b;
    Content q = minimalContent();
    q.quote = Quote{QByteArray(16, 'q'), QByteArray(64, 'a'),
                    QStringLiteral("😀").repeated(kMaxQuoteExcerptChars)};
    q.group = GroupContext{QByteArray(32, 'g'), 1};
    QTest::newRow("quote and group at limits") << q;
    Content g = minimalContent();
    g.group = GroupContext{QByteArray(16, 'g'), 1};
    QTest::newRow("short group id") << g;
}

void TestContent::acceptsBoundaries()
{
    QFETCH(Content, content);
    auto r = decodeContent(encodeContent(content));
    COVE_VERIFY_OK(r);
    QCOMPARE(r.value(), content);
}

void TestContent::rejectsUnknownKeys_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("where");
    const QByteArray valid = encodeContent(minimalContent());
    Fields f = fieldsOf(valid);
    setField(f, 10, key(0));
    QTest::newRow("top-level key 10") << assemble(f) << "key 10";
    f = fieldsOf(valid);
    setField(f, 1000, key(0));
    QTest::newRow("top-level key 1000") << assemble(f) << "key 1000";
    f = fieldsOf(valid);
    f.prepend({key(-1), key(0)});
    QTest::newRow("negative key") << assemble(f) << "key -1";
    f = fieldsOf(valid);
    f.append({cbor(QStringLiteral("body")), cbor(QStringLiteral("hi"))});
    QTest::newRow("text key") << assemble(f) << "not an integer";

    const AttachmentDescriptor a = sampleAttachment();
    QCborMap m = QCborValue::fromCbor(attachmentMap(a)).toMap();
    m.insert(6, 0);
    f = fieldsOf(valid);
    setField(f, 4, cborHead(4, 1) + cbor(m));
    QTest::newRow("attachment key 6") << assemble(f) << "key 4[0].6";
    f = fieldsOf(valid);
    setField(f, 8, mapOf({{0, QByteArray(16, 'q')}, {1, QByteArray("a")}, {2, QString()}, {3, 0}}));
    QTest::newRow("quote key 3") << assemble(f) << "key 8.3";
    f = fieldsOf(valid);
    setField(f, 9, mapOf({{0, QByteArray(16, 'g')}, {1, 1}, {2, 0}}));
    QTest::newRow("group key 2") << assemble(f) << "key 9.2";
}

void TestContent::rejectsUnknownKeys()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, where);
    auto r = decodeContent(bytes);
    QCOMPARE(codeOf(r), "Malformed");
    QVERIFY2(r.error().detail.contains(where), why(r).constData());
}

void TestContent::rejectsDuplicateKeys()
{
    Fields f = fieldsOf(encodeContent(minimalContent()));
    // Two bodies, adjacent and in order: a lax parser would take either.
    setField(f, 3, cbor(QStringLiteral("first")));
    f.insert(4, {key(3), cbor(QStringLiteral("second"))});
    auto r = decodeContent(assemble(f));
    QCOMPARE(codeOf(r), "Malformed");
    QVERIFY2(r.error().detail.contains(QStringLiteral("key 3")), why(r).constData());
    QVERIFY2(r.error().detail.contains(QStringLiteral("duplicated")), why(r).constData());

    // The same inside an attachment.
    const AttachmentDescriptor a = sampleAttachment();
    const QByteArray dupAttachment = cborHead(5, 7) + key(0) + cbor(a.blobId) + key(0) +
                                     cbor(a.blobId) + key(1) + cbor(a.key) + key(2) +
                                     cbor(a.plaintextSha256) + key(3) + key(qint64(a.size)) +
                                     key(4) + cbor(a.mimeType) + key(5) + cbor(a.fileName);
    f = fieldsOf(encodeContent(minimalContent()));
    setField(f, 4, cborHead(4, 1) + dupAttachment);
    r = decodeContent(assemble(f));
    QCOMPARE(codeOf(r), "Malformed");
    QVERIFY2(r.error().detail.contains(QStringLiteral("key 4[0].0")), why(r).constData());
}

void TestContent::rejectsNonCanonical_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("saysNonCanonical");
    const Content content = fixedContent();
    const QByteArray valid = encodeContent(content);
    Fields f = fieldsOf(valid);

    Fields swapped = f;
    swapped.swapItemsAt(1, 2);
    QTest::newRow("keys out of order") << assemble(swapped) << true;

    Fields last = f;
    last.append(last.takeFirst()); // version last
    QTest::newRow("version last") << assemble(last) << true;

    Fields longInt = f;
    setField(longInt, 5, hex("1802")); // forward count 2 in two bytes
    QTest::newRow("non-shortest integer") << assemble(longInt) << true;

    Fields longKey = f;
    longKey[5].first = hex("1805"); // key 5 in two bytes
    QTest::newRow("non-shortest key") << assemble(longKey) << true;

    Fields longLen = f;
    setField(longLen, 1, hex("5810") + content.messageId); // length in two bytes
    QTest::newRow("non-shortest length") << assemble(longLen) << true;

    QByteArray longMapHead = valid;
    longMapHead.replace(0, 1, hex("b8 0a"));
    QTest::newRow("non-shortest map head") << longMapHead << true;

    QByteArray indefinite = hex("bf") + valid.mid(1) + hex("ff");
    QTest::newRow("indefinite-length map") << indefinite << true;

    Fields chunked = f;
    setField(chunked, 1,
             hex("5f") + cbor(content.messageId.left(8)) + cbor(content.messageId.mid(8)) +
                 hex("ff"));
    QTest::newRow("indefinite-length bytes") << assemble(chunked) << true;

    Fields chunkedText = f;
    setField(chunkedText, 3,
             hex("7f") + cbor(content.body.left(3)) + cbor(content.body.mid(3)) + hex("ff"));
    QTest::newRow("indefinite-length text") << assemble(chunkedText) << true;

    Fields emptyBody = fieldsOf(encodeContent(minimalContent()));
    setField(emptyBody, 3, cbor(QString()));
    QTest::newRow("explicit empty body") << assemble(emptyBody) << false;

    Fields emptyList = fieldsOf(encodeContent(minimalContent()));
    setField(emptyList, 4, cborHead(4, 0));
    QTest::newRow("explicit empty attachments") << assemble(emptyList) << false;

    Fields attachmentOrder = f;
    const AttachmentDescriptor a = content.attachments.at(0);
    setField(attachmentOrder, 4,
             cborHead(4, 1) + cborHead(5, 6) + key(1) + cbor(a.key) + key(0) + cbor(a.blobId) +
                 key(2) + cbor(a.plaintextSha256) + key(3) + key(qint64(a.size)) + key(4) +
                 cbor(a.mimeType) + key(5) + cbor(a.fileName));
    QTest::newRow("attachment keys out of order") << assemble(attachmentOrder) << true;
}

void TestContent::rejectsNonCanonical()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, saysNonCanonical);
    auto r = decodeContent(bytes);
    QCOMPARE(codeOf(r), "Malformed");
    if (saysNonCanonical)
        QVERIFY2(r.error().detail.contains(QStringLiteral("non-canonical")), why(r).constData());
}

void TestContent::committedBytesLeaveOutFrankingKey()
{
    const Content c = fixedContent();
    const QByteArray expected = hex(
        "a900010150000102030405060708090a0b0c0d0e0f021b0000018bcfe5687b037048616c6c6f2c2057656c7421"
        "20e29c930481a60046626c6f622d31015820111111111111111111111111111111111111111111111111111111"
        "1"
        "1111111110258203b9c358f36f0a31b6ad3e14f309c7cf198ac9246e8316f9ce543d5b19ac02b80031904d2046"
        "9"
        "696d6167652f706e6705676361742e706e67050207190e1008a30050aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa01"
        "4561"
        "6c69636502676561726c69657209a20054101112131415161718191a1b1c1d1e1f202122230107");
    QCOMPARE(committedBytes(c).toHex(), expected.toHex());
    QVERIFY(!committedBytes(c).contains(c.frankingKey));
    QVERIFY(encodeContent(c).contains(c.frankingKey));

    // The key does not influence the committed bytes.
    Content other = c;
    other.frankingKey = repeated('\x33', 32);
    QCOMPARE(committedBytes(other), committedBytes(c));
    QVERIFY(encodeContent(other) != encodeContent(c));

    // Committed bytes are not a full content.
    auto r = decodeContent(committedBytes(c));
    QCOMPARE(codeOf(r), "Malformed");
    QVERIFY2(r.error().detail.contains(QStringLiteral("key 6")), why(r).constData());
}

void TestContent::committedBytesCoverEverythingElse()
{
    const Content base = fixedContent();
    const QByteArray committed = committedBytes(base);
    QList<Content> variants;
    Content v = base;
    v.body += QLatin1Char('!');
    variants << v;
    v = base;
    v.forwardCount = 0;
    variants << v;
    v = base;
    v.attachments[0].plaintextSha256 = crypto::sha256(QByteArrayLiteral("another file"));
    variants << v;
    v = base;
    v.attachments[0].key[0] = 0x12;
    variants << v;
    v = base;
    v.sentAtMs += 1;
    variants << v;
    v = base;
    v.expireTimerSeconds.reset();
    variants << v;
    v = base;
    v.quote->excerpt = QStringLiteral("later");
    variants << v;
    v = base;
    v.group->revision = 8;
    variants << v;
    v = base;
    v.messageId[15] = 'x';
    variants << v;
    for (const Content &variant : std::as_const(variants))
        QVERIFY(committedBytes(variant) != committed);
}

void TestContent::committedFormDecode()
{
    const Content c = fixedContent();
    auto r = detail::decodeContentAs(committedBytes(c), detail::ContentForm::Committed);
    COVE_VERIFY_OK(r);
    Content expected = c;
    expected.frankingKey.clear();
    QCOMPARE(r.value(), expected);
    // The full encoding is not a committed form.
    auto full = detail::decodeContentAs(encodeContent(c), detail::ContentForm::Committed);
    QCOMPARE(codeOf(full), "Malformed");
    QVERIFY2(full.error().detail.contains(QStringLiteral("key 6")), why(full).constData());
}

void TestContent::validateContentCatchesBadText()
{
    Content c = minimalContent();
    COVE_VERIFY_OK(validateContent(c));
    c.body = QStringLiteral("lone ") + QChar(0xd800) + QStringLiteral(" surrogate");
    QCOMPARE(codeOf(validateContent(c)), "Malformed");
    c.body.clear();
    c.messageId.chop(1);
    QCOMPARE(codeOf(validateContent(c)), "Malformed");
}

void TestContent::makeContentFillsFreshFields()
{
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const Content a = makeContent(QStringLiteral("hi"));
    const Content b = makeContent(QStringLiteral("hi"));
    const qint64 after = QDateTime::currentMSecsSinceEpoch();
    QCOMPARE(a.body, QStringLiteral("hi"));
    QCOMPARE(a.messageId.size(), kMessageIdSize);
    QCOMPARE(a.frankingKey.size(), qsizetype(kFrankingKeySize));
    QVERIFY(a.sentAtMs >= before && a.sentAtMs <= after);
    QVERIFY(a.messageId != b.messageId);
    QVERIFY(a.frankingKey != b.frankingKey);
    QCOMPARE(a.forwardCount, 0u);
    QVERIFY(a.attachments.isEmpty() && !a.quote && !a.group && !a.expireTimerSeconds);
    COVE_VERIFY_OK(validateContent(a));
}

void TestContent::survivesMutatedInput()
{
    // Mutants of valid contents: never a crash, and anything accepted is the
    // canonical encoding of what was decoded. Fixed seed, so it reproduces.
    QRandomGenerator g(0x5EED0001u);
    QList<QByteArray> seeds;
    for (const Content &c : {minimalContent(), fixedContent()}) {
        seeds << encodeContent(c) << committedBytes(c);
    }
    int accepted = 0;
    for (int i = 0; i < 5000; ++i) {
        QByteArray b = seeds.at(qsizetype(g.bounded(quint32(seeds.size()))));
        const int edits = 1 + int(g.bounded(3u));
        for (int e = 0; e < edits && !b.isEmpty(); ++e) {
            const auto at = qsizetype(g.bounded(quint64(b.size())));
            switch (g.bounded(4u)) {
            case 0:
                b[at] = char(b.at(at) ^ (1 << g.bounded(8u)));
                break;
            case 1:
                b.truncate(at);
                break;
            case 2:
                b.insert(at, char(g.bounded(256u)));
                break;
            default:
                b.remove(at, 1);
                break;
            }
        }
        for (const auto form : {detail::ContentForm::Full, detail::ContentForm::Committed}) {
            auto r = detail::decodeContentAs(b, form);
            if (!r.ok())
                continue;
            ++accepted;
            const QByteArray again = form == detail::ContentForm::Full ? encodeContent(r.value())
                                                                       : committedBytes(r.value());
            QCOMPARE(again.toHex(), b.toHex());
        }
    }
    QVERIFY(accepted > 100);
}

QTEST_APPLESS_MAIN(TestContent)
#include "tst_content.moc"
