// SPDX-License-Identifier: GPL-3.0-or-later
#include "Content.h"
#include "Crypto.h"
#include "Franking.h"
#include "Guardian.h"
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

// A minimal content inside a group, so that keys 11 and 12 are allowed.
Content groupContent()
{
    Content c = minimalContent();
    c.group = GroupContext{repeated('g', 16), 1};
    return c;
}

QList<QByteArray> receiptIds(int count)
{
    QList<QByteArray> ids;
    for (int i = 0; i < count; ++i)
        ids.append(repeated(char(0x40 + i % 64), 15) + char(i / 64));
    return ids;
}

GroupUpdate sampleGroupUpdate()
{
    GroupUpdate u;
    u.name = QStringLiteral("Wanderers \u2713");
    u.members = {{QStringLiteral("0A1B2C3D4E5F6G7H8J"), GroupMember::Role::Admin},
                 {QStringLiteral("7G3KQ9XM2PVDH4TW8N"), GroupMember::Role::Member},
                 {QStringLiteral("ZZZZZZZZZZZZZZZZZZ"), GroupMember::Role::Member}};
    return u;
}

// fixedContent() with every newer field set as well.
Content everythingContent()
{
    Content c = fixedContent();
    c.receipt = Receipt{Receipt::Type::Read, receiptIds(3)};
    c.groupUpdate = sampleGroupUpdate();
    c.senderKeyDistribution = QByteArrayLiteral("\x33\x0a\x21sender key distribution");
    c.timerUpdate = true;
    return c;
}

QByteArray receiptMap(const QCborValue &type, const QCborValue &ids)
{
    return mapOf({{0, type}, {1, ids}});
}

QByteArray idArray(const QList<QByteArray> &ids)
{
    QCborArray a;
    for (const QByteArray &id : ids)
        a.append(id);
    return cbor(a);
}

QByteArray memberMap(const QCborValue &coveId, const QCborValue &role)
{
    return mapOf({{0, coveId}, {1, role}});
}

// A group update map whose members array holds the given encoded maps.
QByteArray groupUpdateMap(const QCborValue &name, const QList<QByteArray> &members)
{
    QByteArray list = cborHead(4, quint64(members.size()));
    for (const QByteArray &m : members)
        list += m;
    return assemble({{key(0), cbor(name)}, {key(1), list}});
}

QByteArray oneMember(const QCborValue &coveId, const QCborValue &role)
{
    return groupUpdateMap(QStringLiteral("g"), {memberMap(coveId, role)});
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

    void receiptKnownAnswer();
    void groupFieldsKnownAnswer();
    void newFieldsKeysAscending();
    void omitsEmptyNewFields();
    void rejectsBadNewFields_data();
    void rejectsBadNewFields();
    void rejectsGroupFieldsWithoutGroup_data();
    void rejectsGroupFieldsWithoutGroup();
    void rejectsDuplicateNewKeys();
    void rejectsNonCanonicalNewFields_data();
    void rejectsNonCanonicalNewFields();
    void acceptsNewFieldBoundaries_data();
    void acceptsNewFieldBoundaries();
    void committedBytesCoverNewFields();
    void committedFormCarriesNewFields();
    void validateContentEnforcesNewBounds_data();
    void validateContentEnforcesNewBounds();
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
    Content resend = minimalContent();
    resend.resend = repeated('\x5e', kResendSize);
    QTest::newRow("resend request") << resend;
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

    Content r = minimalContent();
    r.receipt = Receipt{Receipt::Type::Delivered, receiptIds(1)};
    QTest::newRow("delivered receipt") << r;
    r.receipt = Receipt{Receipt::Type::Read, receiptIds(7)};
    QTest::newRow("read receipt, 7 ids") << r;
    r.receipt->messageIds.append(r.receipt->messageIds.first());
    QTest::newRow("receipt repeating an id") << r;
    Content u = groupContent();
    u.groupUpdate = sampleGroupUpdate();
    QTest::newRow("group update") << u;
    u.groupUpdate = GroupUpdate{QString(), {{QStringLiteral("A"), GroupMember::Role::Admin}}};
    QTest::newRow("group update, no name, one member") << u;
    u.groupUpdate->permissions = GroupUpdate::OnlyAdminsSend | GroupUpdate::MembersRename;
    QTest::newRow("group update with permissions") << u;
    u.groupUpdate->inviteToken = repeated('\x0b', kInviteTokenSize);
    QTest::newRow("group update with an invite link") << u;
    u.groupUpdate->inviteApproval = true;
    QTest::newRow("group update, joining needs approval") << u;
    u.groupUpdate->creator = QStringLiteral("0A1B2C3D4E5F6G7H8J");
    QTest::newRow("group update naming its creator") << u;
    Content j = minimalContent();
    j.joinRequest = JoinRequest{repeated('\x0c', 16), repeated('\x0d', kInviteTokenSize)};
    QTest::newRow("join request") << j;
    const auto guardianOf = [](GuardianMessage::Kind kind) {
        Content m = minimalContent();
        m.guardian = GuardianMessage{kind};
        return m;
    };
    Content pair = guardianOf(GuardianMessage::Kind::PairRequest);
    pair.guardian->secret = repeated('\x0e', kPairingSecretSize);
    pair.guardian->name = QStringLiteral("Mia 🐢");
    QTest::newRow("guardian: pair request") << pair;
    Content accept = guardianOf(GuardianMessage::Kind::PairAccept);
    accept.guardian->atMs = 1'700'000'000'000;
    accept.guardian->signature = repeated('\x0f', kGuardianSignatureSize);
    QTest::newRow("guardian: pair accept") << accept;
    Content named = accept;
    named.guardian->name = QStringLiteral("Jordan");
    QTest::newRow("guardian: pair accept with the guardian's name") << named;
    Content ask = guardianOf(GuardianMessage::Kind::ContactAsk);
    ask.guardian->contactId = QStringLiteral("0A1B2C3D4E5F6G7H8J");
    ask.guardian->name = QStringLiteral("Fay");
    QTest::newRow("guardian: contact ask") << ask;
    Content approved = accept;
    approved.guardian->kind = GuardianMessage::Kind::ContactApproved;
    approved.guardian->contactId = QStringLiteral("0A1B2C3D4E5F6G7H8J");
    QTest::newRow("guardian: approval") << approved;
    Content help = guardianOf(GuardianMessage::Kind::HelpRequest);
    QTest::newRow("guardian: help, about nobody") << help;
    help.guardian->contactId = QStringLiteral("0A1B2C3D4E5F6G7H8J");
    QTest::newRow("guardian: help, about someone") << help;
    Content blocked = guardianOf(GuardianMessage::Kind::Blocked);
    blocked.guardian->contactId = QStringLiteral("0A1B2C3D4E5F6G7H8J");
    QTest::newRow("guardian: blocked") << blocked;
    Content quiet = guardianOf(GuardianMessage::Kind::QuietHours);
    QTest::newRow("guardian: no quiet hours") << quiet;
    quiet.guardian->quietFrom = 21 * 60;
    quiet.guardian->quietUntil = 7 * 60;
    QTest::newRow("guardian: quiet hours overnight") << quiet;
    QTest::newRow("guardian: share media") << guardianOf(GuardianMessage::Kind::MediaSharingOn);
    Content shared = guardianOf(GuardianMessage::Kind::SharedMedia);
    shared.guardian->contactId = QStringLiteral("0A1B2C3D4E5F6G7H8J");
    shared.attachments = everythingContent().attachments;
    QTest::newRow("guardian: a shared file") << shared;
    Content k = groupContent();
    k.senderKeyDistribution = repeated('\x07', 100);
    QTest::newRow("sender key") << k;
    Content tu = minimalContent();
    tu.timerUpdate = true;
    QTest::newRow("timer update, timer off") << tu;
    tu.expireTimerSeconds = 86400;
    QTest::newRow("timer update, one day") << tu;
    Content all = groupContent();
    all.receipt = Receipt{Receipt::Type::Read, receiptIds(2)};
    all.groupUpdate = sampleGroupUpdate();
    all.senderKeyDistribution = repeated('\x08', 3);
    all.timerUpdate = true;
    QTest::newRow("all new fields") << all;
    QTest::newRow("everything, old and new") << everythingContent();
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
    cove::test::writeFuzzSeed("content", QString::fromLatin1(QTest::currentDataTag()), encoded);
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
    setField(f, 17, key(0));
    QTest::newRow("top-level key 17") << assemble(f) << "key 17";
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
    for (const Content &c : {minimalContent(), fixedContent(), everythingContent()}) {
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

void TestContent::receiptKnownAnswer()
{
    // Assembled by hand, head byte by head byte, and checked with Python:
    //   a6                        map, 6 entries
    //   00 01                     0: version 1
    //   01 50 00*16               1: messageId
    //   02 00                     2: sentAtMs 0
    //   05 00                     5: forwardCount 0
    //   06 58 20 00*32            6: frankingKey
    //   0a a2                     10: receipt, map of 2
    //      00 02                      0: type read
    //      01 81 50 aa*16             1: one 16-byte id
    Content c;
    c.messageId = QByteArray(16, '\0');
    c.frankingKey = QByteArray(32, '\0');
    c.receipt = Receipt{Receipt::Type::Read, {repeated('\xaa', 16)}};
    const QByteArray expected =
        hex("a6000101500000000000000000000000000000000002000500065820000000000000000000000000"
            "00000000000000000000000000000000000000000aa20002018150aaaaaaaaaaaaaaaaaaaaaaaaaaa"
            "aaaaa");
    QCOMPARE(encodeContent(c).toHex(), expected.toHex());
    auto decoded = decodeContent(expected);
    COVE_VERIFY_OK(decoded);
    QCOMPARE(decoded.value(), c);

    const QByteArray committed =
        hex("a50001015000000000000000000000000000000000020005000aa20002018150aaaaaaaaaaaaaaaaaaaa"
            "aaaaaaaaaaaa");
    QCOMPARE(committedBytes(c).toHex(), committed.toHex());
}

void TestContent::groupFieldsKnownAnswer()
{
    // Built with a few lines of Python writing each CBOR head by hand.
    Content c;
    c.messageId = QByteArray(16, '\0');
    c.frankingKey = QByteArray(32, '\0');
    c.expireTimerSeconds = 60;
    c.group = GroupContext{repeated('\x11', 16), 3};
    c.groupUpdate = GroupUpdate{QStringLiteral("Team \u2713"),
                                {{QStringLiteral("AAAA"), GroupMember::Role::Admin},
                                 {QStringLiteral("BBBB"), GroupMember::Role::Member}}};
    c.senderKeyDistribution = hex("010203");
    c.timerUpdate = true;
    const QByteArray expected = hex(
        "aa00010150000000000000000000000000000000000200050006582000000000000000000000000000000000"
        "0000000000000000000000000000000007183c09a20050111111111111111111111111111111110103"
        "0ba200685465616d20e29c930182a20064414141410102a20064424242420101"
        "0c43010203"
        "0df5");
    QCOMPARE(encodeContent(c).toHex(), expected.toHex());
    auto decoded = decodeContent(expected);
    COVE_VERIFY_OK(decoded);
    QCOMPARE(decoded.value(), c);
}

void TestContent::newFieldsKeysAscending()
{
    const QByteArray encoded = encodeContent(everythingContent());
    QCOMPARE(topLevelKeys(encoded), (QList<qint64>{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13}));
    QCOMPARE(topLevelKeys(committedBytes(everythingContent())),
             (QList<qint64>{0, 1, 2, 3, 4, 5, 7, 8, 9, 10, 11, 12, 13}));
}

void TestContent::omitsEmptyNewFields()
{
    Content c = groupContent();
    c.senderKeyDistribution = QByteArray();
    c.timerUpdate = false;
    QCOMPARE(topLevelKeys(encodeContent(c)), (QList<qint64>{0, 1, 2, 5, 6, 9}));
    c.timerUpdate = true;
    QCOMPARE(topLevelKeys(encodeContent(c)), (QList<qint64>{0, 1, 2, 5, 6, 9, 13}));
    c.senderKeyDistribution = QByteArrayLiteral("k");
    QCOMPARE(topLevelKeys(encodeContent(c)), (QList<qint64>{0, 1, 2, 5, 6, 9, 12, 13}));
    // `true` is the one simple value the timer update takes.
    QVERIFY(encodeContent(c).endsWith(hex("0df5")));
}

void TestContent::rejectsBadNewFields_data()
{
    QTest::addColumn<qint64>("field");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("problem");

    const QByteArray id = repeated('i', 16);
    const QByteArray ids = idArray({id});
    const QString m = QStringLiteral("M");

    // Key 10, receipt.
    QTest::newRow("receipt as array") << qint64(10) << cborHead(4, 0) << "key 10"
                                      << "not a map";
    // Key 16, resend: exactly one commitment.
    QTest::newRow("resend 31 bytes") << qint64(16) << cbor(QByteArray(31, 'c')) << "key 16"
                                     << "wrong size";
    QTest::newRow("resend 33 bytes") << qint64(16) << cbor(QByteArray(33, 'c')) << "key 16"
                                     << "wrong size";
    QTest::newRow("resend as text") << qint64(16) << cbor(QStringLiteral("c")) << "key 16"
                                    << "not a byte string";
    QTest::newRow("receipt as bytes") << qint64(10) << cbor(id) << "key 10"
                                      << "not a map";
    QTest::newRow("receipt as true") << qint64(10) << cbor(QCborValue(true)) << "key 10"
                                     << "not a map";
    QTest::newRow("receipt type missing")
        << qint64(10) << mapOf({{1, QCborValue::fromCbor(ids)}}) << "key 10.0"
        << "missing";
    QTest::newRow("receipt ids missing") << qint64(10) << mapOf({{0, 1}}) << "key 10.1"
                                         << "missing";
    QTest::newRow("receipt empty map") << qint64(10) << cborHead(5, 0) << "key 10.0"
                                       << "missing";
    QTest::newRow("receipt unknown key 2")
        << qint64(10) << mapOf({{0, 1}, {1, QCborValue::fromCbor(ids)}, {2, 0}}) << "key 10.2"
        << "unknown";
    QTest::newRow("receipt text key")
        << qint64(10)
        << assemble({{key(0), key(1)}, {key(1), ids}, {cbor(QStringLiteral("x")), key(0)}})
        << "key 10"
        << "not an integer";
    QTest::newRow("receipt type 0")
        << qint64(10) << receiptMap(0, QCborValue::fromCbor(ids)) << "key 10.0"
        << "out of range";
    QTest::newRow("receipt type 3")
        << qint64(10) << receiptMap(3, QCborValue::fromCbor(ids)) << "key 10.0"
        << "out of range";
    QTest::newRow("receipt type 2^40")
        << qint64(10) << receiptMap(qint64(1) << 40, QCborValue::fromCbor(ids)) << "key 10.0"
        << "out of range";
    QTest::newRow("receipt type negative")
        << qint64(10) << receiptMap(-1, QCborValue::fromCbor(ids)) << "key 10.0"
        << "not an unsigned integer";
    QTest::newRow("receipt type as text")
        << qint64(10) << receiptMap(QStringLiteral("1"), QCborValue::fromCbor(ids)) << "key 10.0"
        << "not an unsigned integer";
    QTest::newRow("receipt type as bool")
        << qint64(10) << receiptMap(true, QCborValue::fromCbor(ids)) << "key 10.0"
        << "not an unsigned integer";
    QTest::newRow("receipt ids empty") << qint64(10) << receiptMap(1, QCborArray()) << "key 10.1"
                                       << "empty";
    QTest::newRow("receipt 101 ids")
        << qint64(10) << receiptMap(1, QCborValue::fromCbor(idArray(receiptIds(101)))) << "key 10.1"
        << "too many";
    QTest::newRow("receipt ids as bytes") << qint64(10) << receiptMap(1, id) << "key 10.1"
                                          << "not an array";
    QTest::newRow("receipt ids as map")
        << qint64(10) << receiptMap(1, QCborMap{{0, id}}) << "key 10.1"
        << "not an array";
    QTest::newRow("receipt id 15 bytes")
        << qint64(10) << receiptMap(1, QCborArray{repeated('i', 15)}) << "key 10.1[0]"
        << "wrong size";
    QTest::newRow("receipt second id 17 bytes")
        << qint64(10) << receiptMap(1, QCborArray{id, repeated('i', 17)}) << "key 10.1[1]"
        << "wrong size";
    QTest::newRow("receipt id empty")
        << qint64(10) << receiptMap(1, QCborArray{QByteArray()}) << "key 10.1[0]"
        << "wrong size";
    QTest::newRow("receipt id as text")
        << qint64(10) << receiptMap(1, QCborArray{QString(16, u'i')}) << "key 10.1[0]"
        << "not a byte string";

    // Key 11, group update.
    QTest::newRow("group update as array") << qint64(11) << cborHead(4, 0) << "key 11"
                                           << "not a map";
    QTest::newRow("group update name missing")
        << qint64(11) << assemble({{key(1), cborHead(4, 1) + memberMap(m, 1)}}) << "key 11.0"
        << "missing";
    QTest::newRow("group update members missing")
        << qint64(11) << mapOf({{0, QStringLiteral("g")}}) << "key 11.1"
        << "missing";
    // Key 2 (permissions) is written only when not 0, with known bits only.
    for (const int bits : {0, 4, 255}) {
        QTest::newRow(qPrintable(QStringLiteral("group permissions %1").arg(bits)))
            << qint64(11)
            << assemble({{key(0), cbor(QStringLiteral("g"))},
                         {key(1), cborHead(4, 1) + memberMap(m, 1)},
                         {key(2), cbor(bits)}})
            << "key 11.2"
            << "out of range";
    }
    QTest::newRow("group update unknown key 6")
        << qint64(11)
        << assemble({{key(0), cbor(QStringLiteral("g"))},
                     {key(1), cborHead(4, 1) + memberMap(m, 1)},
                     {key(6), key(0)}})
        << "key 11.6"
        << "unknown";
    QTest::newRow("group creator empty") << qint64(11)
                                         << assemble({{key(0), cbor(QStringLiteral("g"))},
                                                      {key(1), cborHead(4, 1) + memberMap(m, 1)},
                                                      {key(5), cbor(QString())}})
                                         << "key 11.5"
                                         << "empty";
    QTest::newRow("group creator not ASCII")
        << qint64(11)
        << assemble({{key(0), cbor(QStringLiteral("g"))},
                     {key(1), cborHead(4, 1) + memberMap(m, 1)},
                     {key(5), cbor(QStringLiteral("\u00c9"))}})
        << "key 11.5"
        << "not ASCII";
    // Keys 3 and 4: the invite link's token, and whether joiners wait for an admin.
    for (const int size : {0, 15, 17}) {
        QTest::newRow(qPrintable(QStringLiteral("invite token of %1 bytes").arg(size)))
            << qint64(11)
            << assemble({{key(0), cbor(QStringLiteral("g"))},
                         {key(1), cborHead(4, 1) + memberMap(m, 1)},
                         {key(3), cbor(QByteArray(size, 't'))}})
            << "key 11.3"
            << "wrong size";
    }
    QTest::newRow("invite approval false")
        << qint64(11)
        << assemble({{key(0), cbor(QStringLiteral("g"))},
                     {key(1), cborHead(4, 1) + memberMap(m, 1)},
                     {key(3), cbor(QByteArray(kInviteTokenSize, 't'))},
                     {key(4), cbor(QCborValue(false))}})
        << "key 11.4"
        << "not true";
    QTest::newRow("invite approval without a link")
        << qint64(11)
        << assemble({{key(0), cbor(QStringLiteral("g"))},
                     {key(1), cborHead(4, 1) + memberMap(m, 1)},
                     {key(4), cbor(QCborValue(true))}})
        << "key 11.4"
        << "needs key 11.3";
    // Key 14, a join request.
    QTest::newRow("join request token short")
        << qint64(14) << mapOf({{0, QByteArray(16, 'g')}, {1, QByteArray(15, 't')}}) << "key 14.1"
        << "wrong size";
    QTest::newRow("join request group id short")
        << qint64(14) << mapOf({{0, QByteArray(15, 'g')}, {1, QByteArray(16, 't')}}) << "key 14.0"
        << "wrong size";
    QTest::newRow("join request without token")
        << qint64(14) << mapOf({{0, QByteArray(16, 'g')}}) << "key 14.1"
        << "missing";
    QTest::newRow("join request as bytes") << qint64(14) << cbor(QByteArray(16, 'g')) << "key 14"
                                           << "not a map";
    QTest::newRow("group name as bytes")
        << qint64(11) << groupUpdateMap(QByteArray("g"), {memberMap(m, 1)}) << "key 11.0"
        << "not a text string";
    QTest::newRow("group name 129 chars")
        << qint64(11) << groupUpdateMap(QString(129, u'n'), {memberMap(m, 1)}) << "key 11.0"
        << "too long";
    QTest::newRow("group name 129 code points of emoji")
        << qint64(11)
        << groupUpdateMap(QStringLiteral("😀").repeated(kMaxGroupNameChars + 1), {memberMap(m, 1)})
        << "key 11.0"
        << "too long";
    QTest::newRow("group members empty")
        << qint64(11) << groupUpdateMap(QStringLiteral("g"), {}) << "key 11.1"
        << "empty";
    QList<QByteArray> many;
    for (int i = 0; i <= kMaxGroupMembers; ++i)
        many.append(memberMap(QStringLiteral("M%1").arg(i, 5, 10, QLatin1Char('0')), 1));
    QTest::newRow("group 1001 members")
        << qint64(11) << groupUpdateMap(QStringLiteral("g"), many) << "key 11.1"
        << "too many";
    QTest::newRow("group members as map")
        << qint64(11) << assemble({{key(0), cbor(QStringLiteral("g"))}, {key(1), memberMap(m, 1)}})
        << "key 11.1"
        << "not an array";
    QTest::newRow("member as array")
        << qint64(11) << groupUpdateMap(QStringLiteral("g"), {cborHead(4, 0)}) << "key 11.1[0]"
        << "not a map";
    QTest::newRow("member coveId missing")
        << qint64(11) << groupUpdateMap(QStringLiteral("g"), {mapOf({{1, 1}})}) << "key 11.1[0].0"
        << "missing";
    QTest::newRow("member role missing")
        << qint64(11) << groupUpdateMap(QStringLiteral("g"), {mapOf({{0, m}})}) << "key 11.1[0].1"
        << "missing";
    QTest::newRow("member unknown key 2")
        << qint64(11) << groupUpdateMap(QStringLiteral("g"), {mapOf({{0, m}, {1, 1}, {2, 0}})})
        << "key 11.1[0].2"
        << "unknown";
    QTest::newRow("second member broken")
        << qint64(11)
        << groupUpdateMap(QStringLiteral("g"), {memberMap(m, 1), memberMap(QStringLiteral("N"), 7)})
        << "key 11.1[1].1"
        << "out of range";
    QTest::newRow("member coveId empty") << qint64(11) << oneMember(QString(), 1) << "key 11.1[0].0"
                                         << "empty";
    QTest::newRow("member coveId 65 chars")
        << qint64(11) << oneMember(QString(kMaxAuthorIdSize + 1, u'C'), 1) << "key 11.1[0].0"
        << "too long";
    QTest::newRow("member coveId not ASCII")
        << qint64(11) << oneMember(QStringLiteral("CAF\u00c9"), 1) << "key 11.1[0].0"
        << "not ASCII";
    QTest::newRow("member coveId emoji")
        << qint64(11) << oneMember(QStringLiteral("😀"), 1) << "key 11.1[0].0"
        << "not ASCII";
    QTest::newRow("member coveId as bytes")
        << qint64(11) << oneMember(QByteArray("M"), 1) << "key 11.1[0].0"
        << "not a text string";
    QTest::newRow("member role 0") << qint64(11) << oneMember(m, 0) << "key 11.1[0].1"
                                   << "out of range";
    QTest::newRow("member role 3") << qint64(11) << oneMember(m, 3) << "key 11.1[0].1"
                                   << "out of range";
    QTest::newRow("member role negative") << qint64(11) << oneMember(m, -2) << "key 11.1[0].1"
                                          << "not an unsigned integer";
    QTest::newRow("member role as text")
        << qint64(11) << oneMember(m, QStringLiteral("2")) << "key 11.1[0].1"
        << "not an unsigned integer";
    QTest::newRow("members unsorted")
        << qint64(11)
        << groupUpdateMap(QStringLiteral("g"),
                          {memberMap(QStringLiteral("B"), 1), memberMap(QStringLiteral("A"), 1)})
        << "key 11.1"
        << "sorted";
    QTest::newRow("members sorted by role instead")
        << qint64(11)
        << groupUpdateMap(QStringLiteral("g"),
                          {memberMap(QStringLiteral("A"), 1), memberMap(QStringLiteral("C"), 2),
                           memberMap(QStringLiteral("B"), 2)})
        << "key 11.1"
        << "sorted";
    QTest::newRow("duplicate member")
        << qint64(11) << groupUpdateMap(QStringLiteral("g"), {memberMap(m, 1), memberMap(m, 1)})
        << "key 11.1"
        << "sorted";
    QTest::newRow("duplicate member, other role")
        << qint64(11) << groupUpdateMap(QStringLiteral("g"), {memberMap(m, 1), memberMap(m, 2)})
        << "key 11.1"
        << "sorted";
    QTest::newRow("lower case sorts after upper case")
        << qint64(11)
        << groupUpdateMap(QStringLiteral("g"),
                          {memberMap(QStringLiteral("a"), 1), memberMap(QStringLiteral("B"), 1)})
        << "key 11.1"
        << "sorted";

    // Key 12, sender key distribution.
    QTest::newRow("sender key empty") << qint64(12) << cbor(QByteArray()) << "key 12"
                                      << "wrong size";
    QTest::newRow("sender key 1025 bytes")
        << qint64(12) << cbor(repeated('s', kMaxSenderKeyDistributionSize + 1)) << "key 12"
        << "wrong size";
    QTest::newRow("sender key as text") << qint64(12) << cbor(QStringLiteral("s")) << "key 12"
                                        << "not a byte string";
    QTest::newRow("sender key as array") << qint64(12) << cborHead(4, 0) << "key 12"
                                         << "not a byte string";

    // Key 13, timer update.
    QTest::newRow("timer update false") << qint64(13) << cbor(QCborValue(false)) << "key 13"
                                        << "false";
    QTest::newRow("timer update 1") << qint64(13) << key(1) << "key 13"
                                    << "not a boolean";
    QTest::newRow("timer update null") << qint64(13) << cbor(QCborValue(nullptr)) << "key 13"
                                       << "not a boolean";
    QTest::newRow("timer update undefined") << qint64(13) << hex("f7") << "key 13"
                                            << "not a boolean";
    QTest::newRow("timer update text") << qint64(13) << cbor(QStringLiteral("true")) << "key 13"
                                       << "not a boolean";
}

void TestContent::rejectsBadNewFields()
{
    QFETCH(qint64, field);
    QFETCH(QByteArray, value);
    QFETCH(QString, where);
    QFETCH(QString, problem);
    // The base content has a group, so keys 11 and 12 are allowed here.
    Fields f = fieldsOf(encodeContent(groupContent()));
    setField(f, field, value);
    auto r = decodeContent(assemble(f));
    QCOMPARE(codeOf(r), "Malformed");
    QVERIFY2(r.error().detail.contains(where), why(r).constData());
    QVERIFY2(r.error().detail.contains(problem), why(r).constData());

    // The committed form runs the same checks.
    removeField(f, 6);
    auto c = detail::decodeContentAs(assemble(f), detail::ContentForm::Committed);
    QCOMPARE(codeOf(c), "Malformed");
    QVERIFY2(c.error().detail.contains(where), why(c).constData());
    QVERIFY2(c.error().detail.contains(problem), why(c).constData());
}

void TestContent::rejectsGroupFieldsWithoutGroup_data()
{
    QTest::addColumn<Content>("content");
    QTest::addColumn<QString>("where");
    Content u = groupContent();
    u.groupUpdate = sampleGroupUpdate();
    QTest::newRow("group update") << u << "key 11";
    Content k = groupContent();
    k.senderKeyDistribution = QByteArrayLiteral("skdm");
    QTest::newRow("sender key") << k << "key 12";
    Content both = u;
    both.senderKeyDistribution = k.senderKeyDistribution;
    QTest::newRow("both") << both << "needs key 9";
}

void TestContent::rejectsGroupFieldsWithoutGroup()
{
    QFETCH(Content, content);
    QFETCH(QString, where);
    COVE_VERIFY_OK(validateContent(content));
    Content without = content;
    without.group.reset();
    for (const auto form : {detail::ContentForm::Full, detail::ContentForm::Committed}) {
        const QByteArray bytes =
            form == detail::ContentForm::Full ? encodeContent(without) : committedBytes(without);
        auto r = detail::decodeContentAs(bytes, form);
        QCOMPARE(codeOf(r), "Malformed");
        QVERIFY2(r.error().detail.contains(where), why(r).constData());
        QVERIFY2(r.error().detail.contains(QStringLiteral("needs key 9")), why(r).constData());
    }
    QCOMPARE(codeOf(validateContent(without)), "Malformed");
}

void TestContent::rejectsDuplicateNewKeys()
{
    const QByteArray id = repeated('i', 16);
    const QByteArray ids = idArray({id});
    struct Case {
        qint64 field;
        QByteArray value;
        QString where;
    };
    const QList<Case> cases = {
        {10, assemble({{key(0), key(1)}, {key(0), key(1)}, {key(1), ids}}),
         QStringLiteral("key 10.0")},
        {10, assemble({{key(0), key(1)}, {key(1), ids}, {key(1), ids}}),
         QStringLiteral("key 10.1")},
        {11,
         assemble({{key(0), cbor(QStringLiteral("a"))},
                   {key(0), cbor(QStringLiteral("a"))},
                   {key(1), cborHead(4, 1) + memberMap(QStringLiteral("M"), 1)}}),
         QStringLiteral("key 11.0")},
        {11,
         groupUpdateMap(
             QStringLiteral("g"),
             {assemble({{key(0), cbor(QStringLiteral("M"))}, {key(1), key(1)}, {key(1), key(2)}})}),
         QStringLiteral("key 11.1[0].1")},
    };
    for (const Case &c : cases) {
        Fields f = fieldsOf(encodeContent(groupContent()));
        setField(f, c.field, c.value);
        auto r = decodeContent(assemble(f));
        QCOMPARE(codeOf(r), "Malformed");
        QVERIFY2(r.error().detail.contains(c.where), why(r).constData());
        QVERIFY2(r.error().detail.contains(QStringLiteral("duplicated")), why(r).constData());
    }

    // Two top-level entries for each new key.
    Content all = groupContent();
    all.receipt = Receipt{Receipt::Type::Read, {id}};
    all.groupUpdate = sampleGroupUpdate();
    all.senderKeyDistribution = QByteArrayLiteral("skdm");
    all.timerUpdate = true;
    const Fields base = fieldsOf(encodeContent(all));
    for (qint64 k = 10; k <= 13; ++k) {
        Fields f = base;
        for (qsizetype i = 0; i < f.size(); ++i) {
            if (f.at(i).first == key(k)) {
                f.insert(i + 1, f.at(i));
                break;
            }
        }
        QCOMPARE(f.size(), base.size() + 1);
        auto r = decodeContent(assemble(f));
        QCOMPARE(codeOf(r), "Malformed");
        QVERIFY2(r.error().detail.contains(QStringLiteral("key ") + QString::number(k)),
                 why(r).constData());
        QVERIFY2(r.error().detail.contains(QStringLiteral("duplicated")), why(r).constData());
    }
}

void TestContent::rejectsNonCanonicalNewFields_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const QByteArray id = repeated('i', 16);
    Content all = groupContent();
    all.receipt = Receipt{Receipt::Type::Read, {id, repeated('j', 16)}};
    all.groupUpdate =
        GroupUpdate{QStringLiteral("g"), {{QStringLiteral("M"), GroupMember::Role::Admin}}};
    all.senderKeyDistribution = QByteArrayLiteral("skdm");
    all.timerUpdate = true;
    const Fields base = fieldsOf(encodeContent(all));
    QVERIFY(decodeContent(assemble(base)).ok());

    Fields f = base;
    setField(f, 10, assemble({{key(1), idArray({id, repeated('j', 16)})}, {key(0), key(2)}}));
    QTest::newRow("receipt keys out of order") << assemble(f);
    f = base;
    setField(f, 10, assemble({{key(0), hex("1802")}, {key(1), idArray({id, repeated('j', 16)})}}));
    QTest::newRow("receipt type in two bytes") << assemble(f);
    f = base;
    setField(f, 10, hex("b802") + key(0) + key(2) + key(1) + idArray({id, repeated('j', 16)}));
    QTest::newRow("receipt map head in two bytes") << assemble(f);
    f = base;
    setField(f, 10,
             assemble({{key(0), key(2)},
                       {key(1), hex("9f") + cbor(id) + cbor(repeated('j', 16)) + hex("ff")}}));
    QTest::newRow("indefinite-length id array") << assemble(f);
    f = base;
    setField(f, 10,
             assemble({{key(0), key(2)},
                       {key(1), hex("82") + hex("5810") + id + cbor(repeated('j', 16))}}));
    QTest::newRow("id length in two bytes") << assemble(f);
    f = base;
    setField(f, 10,
             hex("bf") + key(0) + key(2) + key(1) + idArray({id, repeated('j', 16)}) + hex("ff"));
    QTest::newRow("indefinite-length receipt map") << assemble(f);

    f = base;
    setField(f, 11,
             assemble({{key(1), cborHead(4, 1) + memberMap(QStringLiteral("M"), 2)},
                       {key(0), cbor(QStringLiteral("g"))}}));
    QTest::newRow("group update keys out of order") << assemble(f);
    f = base;
    setField(f, 11,
             groupUpdateMap(QStringLiteral("g"),
                            {assemble({{key(1), key(2)}, {key(0), cbor(QStringLiteral("M"))}})}));
    QTest::newRow("member keys out of order") << assemble(f);
    f = base;
    setField(f, 11,
             groupUpdateMap(QStringLiteral("g"), {assemble({{key(0), cbor(QStringLiteral("M"))},
                                                            {key(1), hex("1802")}})}));
    QTest::newRow("member role in two bytes") << assemble(f);
    f = base;
    setField(f, 11,
             assemble({{key(0), hex("7f 61 67 ff")},
                       {key(1), cborHead(4, 1) + memberMap(QStringLiteral("M"), 2)}}));
    QTest::newRow("indefinite-length group name") << assemble(f);
    f = base;
    setField(f, 11,
             assemble({{key(0), cbor(QStringLiteral("g"))},
                       {key(1), hex("9f") + memberMap(QStringLiteral("M"), 2) + hex("ff")}}));
    QTest::newRow("indefinite-length member array") << assemble(f);

    f = base;
    setField(f, 12, hex("5804") + QByteArrayLiteral("skdm"));
    QTest::newRow("sender key length in two bytes") << assemble(f);
    f = base;
    setField(f, 12, hex("5f 42 736b 42 646d ff"));
    QTest::newRow("indefinite-length sender key") << assemble(f);

    f = base;
    f.swapItemsAt(f.size() - 1, f.size() - 2); // 13 before 12
    QTest::newRow("timer update before sender key") << assemble(f);
    f = base;
    f.swapItemsAt(f.size() - 4, f.size() - 5); // 10 before 9
    QTest::newRow("receipt before group") << assemble(f);
    f = base;
    setField(f, 13, hex("f8 15")); // true as a two-byte simple value
    QTest::newRow("true in two bytes") << assemble(f);
}

void TestContent::rejectsNonCanonicalNewFields()
{
    QFETCH(QByteArray, bytes);
    auto r = decodeContent(bytes);
    QCOMPARE(codeOf(r), "Malformed");
    QVERIFY2(r.error().detail.contains(QStringLiteral("non-canonical")) ||
                 r.error().detail.contains(QStringLiteral("not valid CBOR")),
             why(r).constData());
}

void TestContent::acceptsNewFieldBoundaries_data()
{
    QTest::addColumn<Content>("content");
    Content r = minimalContent();
    r.receipt = Receipt{Receipt::Type::Read, receiptIds(int(kMaxReceiptIds))};
    QTest::newRow("100 receipt ids") << r;
    Content u = groupContent();
    GroupUpdate big;
    big.name = QStringLiteral("😀").repeated(kMaxGroupNameChars);
    for (int i = 0; i < kMaxGroupMembers; ++i)
        big.members.append({QStringLiteral("M%1").arg(i, 4, 10, QLatin1Char('0')),
                            i % 7 == 0 ? GroupMember::Role::Admin : GroupMember::Role::Member});
    u.groupUpdate = big;
    QTest::newRow("1000 members, 128 code point name") << u;
    Content id = groupContent();
    // Every printable ASCII character is allowed, and they sort bytewise.
    id.groupUpdate = GroupUpdate{QString(kMaxGroupNameChars, u'n'),
                                 {{QStringLiteral(" !\"#"), GroupMember::Role::Member},
                                  {QString(kMaxAuthorIdSize, u'0'), GroupMember::Role::Admin},
                                  {QStringLiteral("a-b_c~"), GroupMember::Role::Member}}};
    QTest::newRow("64-character Cove ID") << id;
    Content k = groupContent();
    k.senderKeyDistribution = repeated('s', kMaxSenderKeyDistributionSize);
    QTest::newRow("1024-byte sender key") << k;
    k.senderKeyDistribution = QByteArray(1, '\0');
    QTest::newRow("1-byte sender key") << k;
}

void TestContent::acceptsNewFieldBoundaries()
{
    QFETCH(Content, content);
    COVE_VERIFY_OK(validateContent(content));
    auto r = decodeContent(encodeContent(content));
    COVE_VERIFY_OK(r);
    QCOMPARE(r.value(), content);
    auto c = detail::decodeContentAs(committedBytes(content), detail::ContentForm::Committed);
    COVE_VERIFY_OK(c);
}

void TestContent::committedBytesCoverNewFields()
{
    const Content base = everythingContent();
    const QByteArray committed = committedBytes(base);
    QVERIFY(!committed.contains(base.frankingKey));
    QVERIFY(committed.contains(base.receipt->messageIds.at(1)));
    QVERIFY(committed.contains(base.senderKeyDistribution));

    QList<std::pair<const char *, Content>> variants;
    Content v = base;
    v.receipt->messageIds[1][0] = 'X';
    variants.append({"receipt id changed", v});
    v = base;
    v.receipt->messageIds.removeLast();
    variants.append({"receipt id dropped", v});
    v = base;
    v.receipt->type = Receipt::Type::Delivered;
    variants.append({"receipt type", v});
    v = base;
    v.receipt.reset();
    variants.append({"no receipt", v});
    v = base;
    v.groupUpdate->name = QStringLiteral("Renamed");
    variants.append({"group name", v});
    v = base;
    v.groupUpdate->members[1].role = GroupMember::Role::Admin;
    variants.append({"member role", v});
    v = base;
    v.groupUpdate->members.removeAt(1);
    variants.append({"member removed", v});
    v = base;
    v.groupUpdate.reset();
    variants.append({"no group update", v});
    v = base;
    v.senderKeyDistribution[0] = '\x34';
    variants.append({"sender key", v});
    v = base;
    v.timerUpdate = false;
    variants.append({"timer update", v});
    for (const auto &[what, variant] : std::as_const(variants)) {
        QVERIFY2(committedBytes(variant) != committed, what);
        QVERIFY2(frankingCommit(base.frankingKey, committedBytes(variant)) !=
                     frankingCommit(base.frankingKey, committed),
                 what);
    }

    // The franking key is still the one thing left out.
    Content other = base;
    other.frankingKey = repeated('\x44', 32);
    QCOMPARE(committedBytes(other), committed);
}

void TestContent::committedFormCarriesNewFields()
{
    const Content c = everythingContent();
    auto r = detail::decodeContentAs(committedBytes(c), detail::ContentForm::Committed);
    COVE_VERIFY_OK(r);
    Content expected = c;
    expected.frankingKey.clear();
    QCOMPARE(r.value(), expected);
    QCOMPARE(committedBytes(r.value()), committedBytes(c));
}

void TestContent::validateContentEnforcesNewBounds_data()
{
    QTest::addColumn<Content>("content");
    {
        // A guardian message carries exactly what its kind needs.
        Content m = minimalContent();
        m.guardian = GuardianMessage{GuardianMessage::Kind::ContactApproved};
        m.guardian->contactId = QStringLiteral("0A1B2C3D4E5F6G7H8J");
        m.guardian->atMs = 5;
        QTest::newRow("guardian approval without signature") << m;
        m.guardian->signature = repeated('s', kGuardianSignatureSize);
        m.guardian->name = QStringLiteral("extra");
        QTest::newRow("guardian approval with a name") << m;
        m.guardian->name.clear();
        m.guardian->signature = repeated('s', 63);
        QTest::newRow("guardian short signature") << m;
        m.guardian = GuardianMessage{GuardianMessage::Kind::PairRequest};
        m.guardian->secret = repeated('p', kPairingSecretSize - 1);
        m.guardian->name = QStringLiteral("Mia");
        QTest::newRow("guardian short pairing secret") << m;
        m.guardian->secret = repeated('p', kPairingSecretSize);
        m.guardian->name = QString(kMaxGuardianNameChars + 1, u'n');
        QTest::newRow("guardian name too long") << m;
        m.guardian = GuardianMessage{GuardianMessage::Kind(0)};
        QTest::newRow("guardian kind 0") << m;
        m.guardian = GuardianMessage{GuardianMessage::Kind(GuardianMessage::kLastKind + 1)};
        m.guardian->contactId = QStringLiteral("0A1B2C3D4E5F6G7H8J");
        QTest::newRow("guardian kind unknown") << m;
        m.guardian = GuardianMessage{GuardianMessage::Kind::Blocked};
        m.guardian->contactId = QStringLiteral("caf\u00e9");
        QTest::newRow("guardian contact not ASCII") << m;
        m.guardian = GuardianMessage{GuardianMessage::Kind::QuietHours};
        m.guardian->quietFrom = 60;
        QTest::newRow("quiet hours without an end") << m;
        m.guardian->quietUntil = 60;
        QTest::newRow("quiet hours ending when they start") << m;
        m.guardian->quietUntil = 24 * 60;
        QTest::newRow("quiet hours ending after midnight's minute") << m;
        m.guardian = GuardianMessage{GuardianMessage::Kind::Blocked};
        m.guardian->contactId = QStringLiteral("0A1B2C3D4E5F6G7H8J");
        m.guardian->quietFrom = 1;
        m.guardian->quietUntil = 2;
        QTest::newRow("quiet hours on another kind") << m;
    }
    const Content g = groupContent();
    Content c = g;
    c.receipt = Receipt{Receipt::Type::Read, {}};
    QTest::newRow("receipt without ids") << c;
    c.receipt = Receipt{Receipt::Type::Read, receiptIds(int(kMaxReceiptIds) + 1)};
    QTest::newRow("101 receipt ids") << c;
    c.receipt = Receipt{Receipt::Type::Read, {repeated('i', 16), repeated('i', 8)}};
    QTest::newRow("short receipt id") << c;
    c.receipt = Receipt{Receipt::Type(0), receiptIds(1)};
    QTest::newRow("receipt type 0") << c;
    c.receipt = Receipt{Receipt::Type(3), receiptIds(1)};
    QTest::newRow("receipt type 3") << c;

    const GroupUpdate u = sampleGroupUpdate();
    c = g;
    c.groupUpdate = u;
    c.groupUpdate->members.swapItemsAt(0, 2);
    QTest::newRow("members unsorted") << c;
    c.groupUpdate = u;
    c.groupUpdate->members.append(u.members.last());
    QTest::newRow("member twice") << c;
    c.groupUpdate = u;
    c.groupUpdate->members.clear();
    QTest::newRow("no members") << c;
    c.groupUpdate = u;
    c.groupUpdate->members[0].role = GroupMember::Role(0);
    QTest::newRow("role 0") << c;
    c.groupUpdate = u;
    c.groupUpdate->members[0].role = GroupMember::Role(3);
    QTest::newRow("role 3") << c;
    c.groupUpdate = u;
    c.groupUpdate->members[2].coveId = QStringLiteral("ZZZ\u00dc");
    QTest::newRow("non-ASCII Cove ID") << c;
    c.groupUpdate = u;
    c.groupUpdate->members[0].coveId.clear();
    QTest::newRow("empty Cove ID") << c;
    c.groupUpdate = u;
    c.groupUpdate->members[2].coveId = QString(kMaxAuthorIdSize + 1, u'Z');
    QTest::newRow("65-character Cove ID") << c;
    c.groupUpdate = u;
    c.groupUpdate->name = QString(kMaxGroupNameChars + 1, u'n');
    QTest::newRow("long group name") << c;
    c.groupUpdate = u;
    c.groupUpdate->name = QStringLiteral("lone ") + QChar(0xdc00);
    QTest::newRow("group name with a lone surrogate") << c;
    c.groupUpdate = u;
    c.groupUpdate->members.clear();
    for (int i = 0; i <= kMaxGroupMembers; ++i)
        c.groupUpdate->members.append(
            {QStringLiteral("M%1").arg(i, 5, 10, QLatin1Char('0')), GroupMember::Role::Member});
    QTest::newRow("1001 members") << c;

    c = g;
    c.senderKeyDistribution = repeated('s', kMaxSenderKeyDistributionSize + 1);
    QTest::newRow("sender key too large") << c;
    c = minimalContent();
    c.senderKeyDistribution = QByteArrayLiteral("s");
    QTest::newRow("sender key without group") << c;
    c = minimalContent();
    c.groupUpdate = u;
    QTest::newRow("group update without group") << c;
}

void TestContent::validateContentEnforcesNewBounds()
{
    QFETCH(Content, content);
    QCOMPARE(codeOf(validateContent(content)), "Malformed");
}

QTEST_APPLESS_MAIN(TestContent)
#include "tst_content.moc"
