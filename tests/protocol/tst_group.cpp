// SPDX-License-Identifier: GPL-3.0-or-later
// Group messaging with sender keys on the real libsignal-protocol-c.

#include "GroupSession.h"
#include "ProtocolParty.h"

#include <QTest>

#include <random>

using namespace cove::protocol;
using cove::test::ProtocolParty;

class TestGroup : public QObject {
    Q_OBJECT

private:
    static const QByteArray &groupId()
    {
        static const QByteArray id = QByteArray::fromHex("00112233445566778899aabbccddeeff");
        return id;
    }
    static SenderKeyName nameOf(const ProtocolParty &p) { return {groupId(), p.address()}; }

private Q_SLOTS:
    void threeMembersTalk();
    void outOfOrderAndDuplicates();
    void unknownSenderAndTampering();
    void rekeyAfterMemberLeaves();
    void badInput();
};

void TestGroup::threeMembersTalk()
{
    ProtocolParty alice("alice"), bob("bob"), carol("carol");
    QList<ProtocolParty *> members = {&alice, &bob, &carol};
    // Everyone hands their distribution message to everyone else (over 1:1
    // sessions in the app; directly here).
    for (ProtocolParty *from : members) {
        Result<QByteArray> dist = createSenderKeyDistribution(from->store(), nameOf(*from));
        QVERIFY(dist);
        for (ProtocolParty *to : members) {
            if (to != from)
                QVERIFY(processSenderKeyDistribution(to->store(), nameOf(*from), *dist));
        }
    }
    for (int i = 0; i < 30; ++i) {
        ProtocolParty *from = members.at(i % 3);
        const QByteArray text = "group message " + QByteArray::number(i);
        Result<QByteArray> c = groupEncrypt(from->store(), nameOf(*from), text);
        QVERIFY(c);
        QVERIFY(!c->contains(text));
        for (ProtocolParty *to : members) {
            if (to == from)
                continue;
            Result<SecureBuffer> p = groupDecrypt(to->store(), nameOf(*from), *c);
            QVERIFY2(p, qPrintable(p ? QString() : p.error().detail));
            QCOMPARE(p->toByteArray(), text);
        }
    }
}

void TestGroup::outOfOrderAndDuplicates()
{
    ProtocolParty alice("alice"), bob("bob");
    Result<QByteArray> dist = createSenderKeyDistribution(alice.store(), nameOf(alice));
    QVERIFY(dist);
    QVERIFY(processSenderKeyDistribution(bob.store(), nameOf(alice), *dist));
    QList<QByteArray> sent;
    for (int i = 0; i < 100; ++i)
        sent.append(*groupEncrypt(alice.store(), nameOf(alice), QByteArray::number(i)));
    QList<int> order(sent.size());
    std::iota(order.begin(), order.end(), 0);
    std::mt19937 rng(99);
    std::shuffle(order.begin(), order.end(), rng);
    for (int i : order)
        QCOMPARE(groupDecrypt(bob.store(), nameOf(alice), sent.at(i))->toByteArray(),
                 QByteArray::number(i));
    Result<SecureBuffer> again = groupDecrypt(bob.store(), nameOf(alice), sent.at(5));
    QCOMPARE(again.code(), ErrorCode::DuplicateMessage);
}

void TestGroup::unknownSenderAndTampering()
{
    ProtocolParty alice("alice"), bob("bob"), mallory("mallory");
    Result<QByteArray> dist = createSenderKeyDistribution(alice.store(), nameOf(alice));
    QVERIFY(processSenderKeyDistribution(bob.store(), nameOf(alice), *dist));
    Result<QByteArray> c = groupEncrypt(alice.store(), nameOf(alice), "members only");
    QVERIFY(c);

    Result<SecureBuffer> outsider = groupDecrypt(mallory.store(), nameOf(alice), *c);
    QCOMPARE(outsider.code(), ErrorCode::NoSession);

    for (qsizetype at : {qsizetype(c->size() - 1), qsizetype(c->size() - 70), qsizetype(8)}) {
        QByteArray forged = *c;
        forged[at] = char(forged[at] ^ 0x04);
        Result<SecureBuffer> r = groupDecrypt(bob.store(), nameOf(alice), forged);
        QVERIFY(!r);
    }
    QCOMPARE(groupDecrypt(bob.store(), nameOf(alice), *c)->toByteArray(),
             QByteArray("members only"));

    // A message signed by Mallory's chain but claiming to be from Alice fails.
    Result<QByteArray> mdist = createSenderKeyDistribution(mallory.store(), nameOf(mallory));
    QVERIFY(mdist);
    Result<QByteArray> fake = groupEncrypt(mallory.store(), nameOf(mallory), "I am alice");
    QVERIFY(!groupDecrypt(bob.store(), nameOf(alice), *fake));
}

void TestGroup::rekeyAfterMemberLeaves()
{
    ProtocolParty alice("alice"), bob("bob"), carol("carol");
    Result<QByteArray> dist = createSenderKeyDistribution(alice.store(), nameOf(alice));
    QVERIFY(processSenderKeyDistribution(bob.store(), nameOf(alice), *dist));
    QVERIFY(processSenderKeyDistribution(carol.store(), nameOf(alice), *dist));

    // Carol leaves: Alice throws away her sender key and makes a new one,
    // which only Bob receives. Carol can no longer read Alice.
    QVERIFY(alice.stores().storeSenderKey(nameOf(alice), QByteArray()));
    SenderKeyName fresh = nameOf(alice);
    Result<QByteArray> dist2 = createSenderKeyDistribution(alice.store(), fresh);
    QVERIFY(dist2);
    QVERIFY(*dist2 != *dist);
    QVERIFY(processSenderKeyDistribution(bob.store(), nameOf(alice), *dist2));
    Result<QByteArray> c = groupEncrypt(alice.store(), nameOf(alice), "after carol left");
    QVERIFY(c);
    QCOMPARE(groupDecrypt(bob.store(), nameOf(alice), *c)->toByteArray(),
             QByteArray("after carol left"));
    QVERIFY(!groupDecrypt(carol.store(), nameOf(alice), *c));
}

void TestGroup::badInput()
{
    ProtocolParty alice("alice");
    QCOMPARE(createSenderKeyDistribution(alice.store(), {QByteArray(), alice.address()}).code(),
             ErrorCode::InvalidArgument);
    QCOMPARE(
        createSenderKeyDistribution(alice.store(), {QByteArray(65, 'g'), alice.address()}).code(),
        ErrorCode::InvalidArgument);
    std::mt19937 rng(3);
    for (int i = 0; i < 300; ++i) {
        QByteArray junk(int(rng() % 200), Qt::Uninitialized);
        for (char &ch : junk)
            ch = char(rng());
        QVERIFY(!processSenderKeyDistribution(alice.store(), nameOf(alice), junk) ||
                junk.size() > 0);
        QVERIFY(!groupDecrypt(alice.store(), nameOf(alice), junk));
    }
    QCOMPARE(groupDecrypt(alice.store(), nameOf(alice), QByteArray(kMaxSignalMessageSize + 1, '3'))
                 .code(),
             ErrorCode::TooLarge);
}

QTEST_GUILESS_MAIN(TestGroup)
#include "tst_group.moc"
