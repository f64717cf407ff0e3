// SPDX-License-Identifier: GPL-3.0-or-later
#include "Content.h"
#include "CoveId.h"
#include "Guardian.h"
#include "InviteLink.h"
#include "TestHelpers.h"

#include <QTest>

using namespace cove::protocol;

namespace {

QString sampleId(char first)
{
    QByteArray key(1, '\x05');
    for (int i = 0; i < 32; ++i)
        key.append(char(first + i));
    return coveIdForIdentityKey(key);
}

GroupLink sampleGroupLink()
{
    return GroupLink{QByteArray(16, '\xfb'), sampleId(7), QByteArray(kInviteTokenSize, '\x3e')};
}

} // namespace

class TestInviteLink : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void contactLinkRoundTrips()
    {
        const QString id = sampleId(1);
        const QString link = formatContactLink(id);
        QCOMPARE(link, QStringLiteral("cove://contact/") + id);
        auto parsed = parseInviteLink(link);
        COVE_VERIFY_OK(parsed);
        QCOMPARE(std::get<ContactLink>(*parsed).coveId, id);
    }

    void groupLinkRoundTrips()
    {
        const GroupLink g = sampleGroupLink();
        const QString link = formatGroupLink(g);
        // URL-safe: nothing a chat or mail program would break the link at.
        QVERIFY(!link.contains(u'+') && !link.contains(u'=') && !link.contains(u' '));
        auto parsed = parseInviteLink(link);
        COVE_VERIFY_OK(parsed);
        QCOMPARE(std::get<GroupLink>(*parsed), g);
        cove::test::writeFuzzSeed("invitelink", QStringLiteral("group"), link.toUtf8());
        cove::test::writeFuzzSeed("invitelink", QStringLiteral("contact"),
                                  formatContactLink(sampleId(1)).toUtf8());
    }

    void guardianLinkRoundTrips()
    {
        const GuardianLink g{sampleId(2), QByteArray(kPairingSecretSize, '\x11')};
        const QString link = formatGuardianLink(g);
        QVERIFY(link.startsWith(QStringLiteral("cove://guardian/") + g.guardianId + u'/'));
        auto parsed = parseInviteLink(link);
        COVE_VERIFY_OK(parsed);
        QCOMPARE(std::get<GuardianLink>(*parsed), g);
        QCOMPARE(formatInviteLink(*parsed), link);
        cove::test::writeFuzzSeed("invitelink", QStringLiteral("guardian"), link.toUtf8());
        // A secret of the wrong size, or a bad Cove ID, is no link.
        QVERIFY(!parseInviteLink(link.chopped(2)).ok());
        const QString noId = QStringLiteral("cove://guardian/nope/") + link.section(u'/', 4);
        QVERIFY(!parseInviteLink(noId).ok());
        const QString extra = link + QStringLiteral("/more");
        QVERIFY(!parseInviteLink(extra).ok());
    }

    void acceptsWhatPeoplePaste()
    {
        const QString id = sampleId(1);
        const QString spaced = QStringLiteral("  COVE://Contact/") + displayCoveId(id).toLower() +
                               QStringLiteral("\n");
        auto parsed = parseInviteLink(spaced);
        COVE_VERIFY_OK(parsed);
        QCOMPARE(std::get<ContactLink>(*parsed).coveId, id);
    }

    void rejectsMalformed_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("problem");
        const QString id = sampleId(1);
        const GroupLink g = sampleGroupLink();
        const QString group = formatGroupLink(g);
        const QString gid = QString::fromLatin1(
            g.groupId.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        const QString token = QString::fromLatin1(
            g.token.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        QTest::newRow("empty") << QString() << "not a Cove link";
        QTest::newRow("web address")
            << QStringLiteral("https://example.org/contact/") + id << "not a Cove link";
        QTest::newRow("unknown kind") << QStringLiteral("cove://call/") + id << "not a contact";
        QTest::newRow("contact, bad checksum")
            << QStringLiteral("cove://contact/") + id.left(17) +
                   (id.at(17) == u'0' ? QStringLiteral("1") : QStringLiteral("0"))
            << "Cove ID";
        QTest::newRow("contact, extra part")
            << QStringLiteral("cove://contact/") + id + QStringLiteral("/x") << "one part";
        QTest::newRow("contact, trailing slash")
            << QStringLiteral("cove://contact/") + id + QStringLiteral("/") << "one part";
        QTest::newRow("group, missing token")
            << QStringLiteral("cove://group/%1/%2").arg(gid, g.adminId) << "three parts";
        QTest::newRow("group, padded id")
            << QStringLiteral("cove://group/%1==/%2/%3").arg(gid, g.adminId, token) << "group";
        QTest::newRow("group, standard base64 id")
            << QStringLiteral("cove://group/%1/%2/%3")
                   .arg(QString::fromLatin1(QByteArray(16, '\xfb').toBase64()), g.adminId, token)
            << "group";
        QTest::newRow("group, id too short")
            << QStringLiteral("cove://group/%1/%2/%3").arg(QStringLiteral("AAAA"), g.adminId, token)
            << "group";
        QTest::newRow("group, token too long")
            << QStringLiteral("cove://group/%1/%2/%3").arg(gid, g.adminId, token + token)
            << "token";
        QTest::newRow("group, token with stray bits")
            << QStringLiteral("cove://group/%1/%2/%3")
                   .arg(gid, g.adminId, token.left(token.size() - 1) + QStringLiteral("9"))
            << "token";
        QTest::newRow("group, bad admin")
            << QStringLiteral("cove://group/%1/%2/%3").arg(gid, QStringLiteral("nobody"), token)
            << "Cove ID";
        QTest::newRow("too long") << group + QString(300, u'A') << "too long";
    }

    void rejectsMalformed()
    {
        QFETCH(QString, text);
        QFETCH(QString, problem);
        auto parsed = parseInviteLink(text);
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().code, ErrorCode::Malformed);
        QVERIFY2(parsed.error().detail.contains(problem), qPrintable(parsed.error().detail));
    }
};

QTEST_GUILESS_MAIN(TestInviteLink)
#include "tst_invitelink.moc"
