// SPDX-License-Identifier: GPL-3.0-or-later
// Safety numbers: both people must see the same 60 digits, and a scan must
// tell "same keys" from "different keys" from "another conversation".

#include "Context.h"
#include "Keys.h"
#include "SafetyNumber.h"

#include <QRegularExpression>
#include <QTest>

using namespace cove::protocol;

class TestSafetyNumber : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void bothSidesSeeTheSameDigits();
    void scanComparesKeys();
    void badInput();
};

void TestSafetyNumber::bothSidesSeeTheSameDigits()
{
    Context ctx;
    const QByteArray alice = generateIdentityKeyPair(ctx)->publicKey;
    const QByteArray bob = generateIdentityKeyPair(ctx)->publicKey;
    Result<SafetyNumber> a = computeSafetyNumber(ctx, "alice-id", alice, "bob-id", bob);
    Result<SafetyNumber> b = computeSafetyNumber(ctx, "bob-id", bob, "alice-id", alice);
    QVERIFY(a && b);
    QCOMPARE(a->digits.size(), 60);
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9]{60}$")).match(a->digits).hasMatch());
    QCOMPARE(a->digits, b->digits);
    QCOMPARE(a->grouped().size(), 60 + 11);
    QCOMPARE(a->grouped().split(QLatin1Char(' ')).size(), 12);
    // Deterministic.
    QCOMPARE(computeSafetyNumber(ctx, "alice-id", alice, "bob-id", bob)->digits, a->digits);
    // Another key, other digits.
    const QByteArray eve = generateIdentityKeyPair(ctx)->publicKey;
    QVERIFY(computeSafetyNumber(ctx, "alice-id", alice, "bob-id", eve)->digits != a->digits);
}

void TestSafetyNumber::scanComparesKeys()
{
    Context ctx;
    const QByteArray alice = generateIdentityKeyPair(ctx)->publicKey;
    const QByteArray bob = generateIdentityKeyPair(ctx)->publicKey;
    const QByteArray eve = generateIdentityKeyPair(ctx)->publicKey;
    Result<SafetyNumber> a = computeSafetyNumber(ctx, "alice-id", alice, "bob-id", bob);
    Result<SafetyNumber> b = computeSafetyNumber(ctx, "bob-id", bob, "alice-id", alice);
    QVERIFY(!a->scannable.isEmpty());
    Result<bool> match = compareScannable(ctx, a->scannable, b->scannable);
    QVERIFY(match);
    QVERIFY(*match);
    QVERIFY(*compareScannable(ctx, b->scannable, a->scannable));

    // Bob's screen shows a man in the middle's key: the scan says "different".
    Result<SafetyNumber> mitm = computeSafetyNumber(ctx, "bob-id", eve, "alice-id", alice);
    Result<bool> differ = compareScannable(ctx, a->scannable, mitm->scannable);
    QVERIFY(!differ || !*differ);

    // A code from another conversation is never a match.
    Result<SafetyNumber> other = computeSafetyNumber(ctx, "carol-id", eve, "dave-id", bob);
    Result<bool> wrong = compareScannable(ctx, a->scannable, other->scannable);
    QVERIFY(!wrong || !*wrong);
    // Comparing our code with itself is not a match either: the halves are
    // swapped between the two screens.
    Result<bool> self = compareScannable(ctx, a->scannable, a->scannable);
    QVERIFY(!self || !*self);
}

void TestSafetyNumber::badInput()
{
    Context ctx;
    const QByteArray k = generateIdentityKeyPair(ctx)->publicKey;
    QCOMPARE(computeSafetyNumber(ctx, "", k, "b", k).code(), ErrorCode::InvalidArgument);
    QCOMPARE(computeSafetyNumber(ctx, QByteArray("a\0b", 3), k, "b", k).code(),
             ErrorCode::InvalidArgument);
    QCOMPARE(computeSafetyNumber(ctx, "a", k.left(32), "b", k).code(), ErrorCode::InvalidKey);
    QVERIFY(!compareScannable(ctx, QByteArray(), QByteArray("x")));
    QVERIFY(!compareScannable(ctx, QByteArray("garbage"), QByteArray("garbage")));
    QVERIFY(!compareScannable(ctx, QByteArray(2000, 'x'), QByteArray("x")));
}

QTEST_GUILESS_MAIN(TestSafetyNumber)
#include "tst_safetynumber.moc"
