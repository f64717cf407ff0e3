// SPDX-License-Identifier: GPL-3.0-or-later
#include "CoveId.h"
#include "Crypto.h"
#include "TestHelpers.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace cove::protocol;
using cove::test::hex;

namespace {

const QString kAlphabet = QStringLiteral("0123456789ABCDEFGHJKMNPQRSTVWXYZ");

QByteArray randomKey(QRandomGenerator &g)
{
    QByteArray key(33, '\0');
    key[0] = '\x05';
    for (qsizetype i = 1; i < key.size(); ++i)
        key[i] = char(g.bounded(256u));
    return key;
}

QByteArray countingKey(int start)
{
    QByteArray key(1, '\x05');
    for (int i = 0; i < 32; ++i)
        key.append(char(start + i));
    return key;
}

// IDs of random keys from a fixed seed, so every run checks the same ones.
QList<QString> sampleIds(int count)
{
    QRandomGenerator g(0xC0FE1Du);
    QList<QString> ids;
    for (int i = 0; i < count; ++i)
        ids.append(coveIdForIdentityKey(randomKey(g)));
    return ids;
}

} // namespace

class TestCoveId : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void formAndAlphabet();
    void knownAnswer();
    void deterministic();
    void distinctForDistinctKeys();
    void wrongKeySize();
    void normalizeAcceptsTypingVariants_data();
    void normalizeAcceptsTypingVariants();
    void normalizeRejects_data();
    void normalizeRejects();
    void singleSubstitutionsAreCaught();
    void adjacentTranspositionsAreCaught();
    void isCanonical();
    void matchesKey();
    void displayForm();
};

void TestCoveId::formAndAlphabet()
{
    for (const QString &id : sampleIds(200)) {
        QCOMPARE(id.size(), kCoveIdLength);
        for (const QChar c : id)
            QVERIFY2(kAlphabet.contains(c), qPrintable(id));
        QVERIFY(isCanonicalCoveId(id));
        QCOMPARE(normalizeCoveId(id), id);
    }
}

void TestCoveId::knownAnswer()
{
    // The 16 body characters are the first 80 bits of
    // SHA-256("cove-id-v1" || key) in Crockford base32; check them against
    // an independent bit-by-bit encoding of the digest.
    const QByteArray key = countingKey(1);
    const QByteArray digest = crypto::sha256(QByteArray(QByteArrayLiteral("cove-id-v1") + key));
    QString body;
    for (int i = 0; i < 16; ++i) {
        quint64 value = 0;
        for (int bit = i * 5; bit < i * 5 + 5; ++bit)
            value = (value << 1) | quint64((quint8(digest.at(bit / 8)) >> (7 - bit % 8)) & 1);
        body.append(kAlphabet.at(qsizetype(value)));
    }
    const QString id = coveIdForIdentityKey(key);
    QCOMPARE(id.left(16), body);
    // The check characters are the first 10 bits of
    // SHA-256("cove-id-check-v1" || body).
    const QByteArray check =
        crypto::sha256(QByteArray(QByteArrayLiteral("cove-id-check-v1") + body.toLatin1()));
    const auto first = qsizetype(quint8(check.at(0)) >> 3);
    const auto second = qsizetype(((quint8(check.at(0)) & 0x07) << 2) | (quint8(check.at(1)) >> 6));
    QCOMPARE(id.mid(16), QString(kAlphabet.at(first)).append(kAlphabet.at(second)));
}

void TestCoveId::deterministic()
{
    const QByteArray key = countingKey(7);
    const QString id = coveIdForIdentityKey(key);
    QCOMPARE(coveIdForIdentityKey(QByteArray(key.constData(), key.size())), id);
    QByteArray other = key;
    other[32] = char(other.at(32) ^ 0x01);
    QVERIFY(coveIdForIdentityKey(other) != id);
    // The type byte is part of the key.
    other = key;
    other[0] = '\x06';
    QVERIFY(coveIdForIdentityKey(other) != id);
}

void TestCoveId::distinctForDistinctKeys()
{
    QRandomGenerator g(0x1D5EEDu);
    QSet<QByteArray> keys;
    QSet<QString> ids;
    while (keys.size() < 1000) {
        const QByteArray key = randomKey(g);
        if (keys.contains(key))
            continue;
        keys.insert(key);
        const QString id = coveIdForIdentityKey(key);
        QVERIFY2(!ids.contains(id), qPrintable(id));
        ids.insert(id);
    }
    QCOMPARE(ids.size(), 1000);
}

void TestCoveId::wrongKeySize()
{
    for (qsizetype size : {0, 1, 32, 34, 65}) {
        QVERIFY2(coveIdForIdentityKey(QByteArray(size, '\x05')).isEmpty(),
                 qPrintable(QString::number(size)));
        QVERIFY(!coveIdMatchesKey(coveIdForIdentityKey(countingKey(1)), QByteArray(size, '\x05')));
    }
    QVERIFY(coveIdForIdentityKey({}).isEmpty());
}

void TestCoveId::normalizeAcceptsTypingVariants_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("canonical");
    // Find an ID with a 0 and a 1 in it, so the look-alikes can be typed.
    QString id;
    QRandomGenerator g(42);
    while (!(id.contains(u'0') && id.contains(u'1')))
        id = coveIdForIdentityKey(randomKey(g));

    QTest::newRow("canonical") << id << id;
    QTest::newRow("lower case") << id.toLower() << id;
    QString mixed = id;
    for (qsizetype i = 0; i < mixed.size(); i += 2)
        mixed[i] = mixed.at(i).toLower();
    QTest::newRow("mixed case") << mixed << id;
    QTest::newRow("display form") << displayCoveId(id) << id;
    QTest::newRow("display form, lower case") << displayCoveId(id).toLower() << id;
    QString spaced = displayCoveId(id);
    spaced.replace(u'-', u' ');
    QTest::newRow("groups separated by spaces") << spaced << id;
    QTest::newRow("surrounding space")
        << QString(QStringLiteral("  ") + id + QStringLiteral("\t\n")) << id;
    QString everyOther;
    for (const QChar c : id)
        everyOther += QString(c) + QStringLiteral("- ");
    QTest::newRow("dashes and spaces everywhere") << everyOther << id;
    QString o = id;
    o.replace(u'0', u'O');
    QTest::newRow("O for 0") << o << id;
    QTest::newRow("o for 0") << o.toLower() << id;
    QString i = id;
    i.replace(u'1', u'I');
    QTest::newRow("I for 1") << i << id;
    QTest::newRow("i for 1") << i.toLower() << id;
    QString l = id;
    l.replace(u'1', u'L');
    QTest::newRow("L for 1") << l << id;
    QTest::newRow("l for 1") << l.toLower() << id;
}

void TestCoveId::normalizeAcceptsTypingVariants()
{
    QFETCH(QString, typed);
    QFETCH(QString, canonical);
    QCOMPARE(normalizeCoveId(typed), canonical);
    QVERIFY(!isCanonicalCoveId(typed) || typed == canonical);
}

void TestCoveId::normalizeRejects_data()
{
    QTest::addColumn<QString>("typed");
    const QString id = coveIdForIdentityKey(countingKey(3));
    QTest::newRow("empty") << QString();
    QTest::newRow("only dashes and spaces") << QStringLiteral("---- ----");
    QTest::newRow("17 characters") << id.left(17);
    QTest::newRow("19 characters") << QString(id + QLatin1Char('0'));
    QTest::newRow("36 characters") << QString(id + id);
    QTest::newRow("body only") << id.left(16);
    for (const QString &bad :
         {QStringLiteral("U"), QStringLiteral("u"), QStringLiteral("."), QStringLiteral("_"),
          QStringLiteral(","), QStringLiteral("+"), QStringLiteral("*"), QStringLiteral("#"),
          QStringLiteral("\u00c4"), QStringLiteral("\u0660"), QStringLiteral("\uff10"),
          QStringLiteral("\u0131"), QStringLiteral("\u017f")}) {
        QString replaced = id;
        replaced[5] = bad.at(0);
        QTest::newRow(qPrintable(QStringLiteral("replaced by ") + bad)) << replaced;
        QTest::newRow(qPrintable(QStringLiteral("inserted ") + bad))
            << QString(id.left(9) + bad + id.mid(9));
    }
    QTest::newRow("NUL inside") << QString(id.left(9) + QChar(0) + id.mid(9));
    // Look-alikes outside ASCII are not folded: dotless i (upper case I) and
    // long s (upper case S) in place of the characters they fold to.
    QString withOne;
    QString withS;
    QRandomGenerator g(7);
    while (withOne.isEmpty() || withS.isEmpty()) {
        const QString candidate = coveIdForIdentityKey(randomKey(g));
        if (withOne.isEmpty() && candidate.contains(u'1'))
            withOne = candidate;
        if (withS.isEmpty() && candidate.contains(u'S'))
            withS = candidate;
    }
    QTest::newRow("dotless i for 1") << withOne.replace(u'1', QChar(0x0131));
    QTest::newRow("long s for S") << withS.replace(u'S', QChar(0x017f));
    QString fullwidth = id;
    const QChar c = fullwidth.at(3);
    fullwidth[3] =
        c.isDigit() ? QChar(0xff10 + (c.unicode() - u'0')) : QChar(0xff21 + (c.unicode() - u'A'));
    QTest::newRow("fullwidth character") << fullwidth;
    // Dashes or spaces do not stand in for missing characters.
    QString gap = id;
    gap[4] = u'-';
    QTest::newRow("dash instead of a character") << gap;
}

void TestCoveId::normalizeRejects()
{
    QFETCH(QString, typed);
    QVERIFY2(normalizeCoveId(typed).isEmpty(), qPrintable(normalizeCoveId(typed)));
    QVERIFY(!isCanonicalCoveId(typed));
}

void TestCoveId::singleSubstitutionsAreCaught()
{
    // Every character of every ID replaced by each of the 31 others. A
    // random 10-bit check lets about 1 in 1024 body changes through, and no
    // change to the check characters themselves.
    const QList<QString> ids = sampleIds(50);
    int tried = 0;
    int slipped = 0;
    int slippedInFirstId = 0;
    for (const QString &id : ids) {
        for (qsizetype pos = 0; pos < kCoveIdLength; ++pos) {
            for (const QChar c : kAlphabet) {
                if (c == id.at(pos))
                    continue;
                QString changed = id;
                changed[pos] = c;
                ++tried;
                if (!normalizeCoveId(changed).isEmpty()) {
                    QVERIFY2(pos < 16, qPrintable(changed));
                    ++slipped;
                    if (&id == &ids.first())
                        ++slippedInFirstId;
                }
            }
        }
    }
    QCOMPARE(tried, 50 * 18 * 31);
    qInfo("single substitutions: %d of %d slipped through (%.3f%%); %d of %d for the first ID",
          slipped, tried, 100.0 * slipped / tried, slippedInFirstId, 18 * 31);
    QVERIFY2(slipped * 100 <= tried, "more than 1% of substitutions pass the checksum");
    QVERIFY(slippedInFirstId * 100 <= 18 * 31);
}

void TestCoveId::adjacentTranspositionsAreCaught()
{
    const QList<QString> ids = sampleIds(500);
    int tried = 0;
    int slipped = 0;
    for (const QString &id : ids) {
        for (qsizetype pos = 0; pos + 1 < kCoveIdLength; ++pos) {
            if (id.at(pos) == id.at(pos + 1))
                continue;
            QString swapped = id;
            swapped[pos] = id.at(pos + 1);
            swapped[pos + 1] = id.at(pos);
            ++tried;
            if (!normalizeCoveId(swapped).isEmpty())
                ++slipped;
        }
    }
    qInfo("adjacent transpositions: %d of %d slipped through (%.3f%%)", slipped, tried,
          100.0 * slipped / tried);
    QVERIFY(tried > 500 * 15);
    QVERIFY2(slipped * 100 <= tried, "more than 1% of transpositions pass the checksum");
}

void TestCoveId::isCanonical()
{
    const QString id = coveIdForIdentityKey(countingKey(9));
    QVERIFY(isCanonicalCoveId(id));
    QVERIFY(!isCanonicalCoveId(id.toLower()));
    QVERIFY(!isCanonicalCoveId(displayCoveId(id)));
    QVERIFY(!isCanonicalCoveId(id + QLatin1Char(' ')));
    QVERIFY(!isCanonicalCoveId(QString()));
    if (id.contains(u'0')) {
        QString o = id;
        o.replace(u'0', u'O');
        QVERIFY(!isCanonicalCoveId(o));
    }
}

void TestCoveId::matchesKey()
{
    const QByteArray key = countingKey(11);
    const QByteArray other = countingKey(12);
    const QString id = coveIdForIdentityKey(key);
    QVERIFY(coveIdMatchesKey(id, key));
    QVERIFY(!coveIdMatchesKey(id, other));
    QVERIFY(coveIdMatchesKey(coveIdForIdentityKey(other), other));
    QVERIFY(!coveIdMatchesKey(coveIdForIdentityKey(other), key));
    // Only the canonical form matches; normalize typed IDs first.
    QVERIFY(!coveIdMatchesKey(id.toLower(), key));
    QVERIFY(!coveIdMatchesKey(displayCoveId(id), key));
    QVERIFY(coveIdMatchesKey(normalizeCoveId(displayCoveId(id).toLower()), key));
    QVERIFY(!coveIdMatchesKey(QString(), key));
    QVERIFY(!coveIdMatchesKey(QString(), QByteArray()));
    QVERIFY(!coveIdMatchesKey(id, key.left(32)));
}

void TestCoveId::displayForm()
{
    const QString id = coveIdForIdentityKey(countingKey(13));
    const QString shown = displayCoveId(id);
    QCOMPARE(shown.size(), 22);
    const QString expected = id.mid(0, 4) + QLatin1Char('-') + id.mid(4, 4) + QLatin1Char('-') +
                             id.mid(8, 4) + QLatin1Char('-') + id.mid(12, 4) + QLatin1Char('-') +
                             id.mid(16, 2);
    QCOMPARE(shown, expected);
    QCOMPARE(normalizeCoveId(shown), id);
}

QTEST_APPLESS_MAIN(TestCoveId)
#include "tst_coveid.moc"
