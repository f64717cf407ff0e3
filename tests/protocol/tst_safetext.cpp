// SPDX-License-Identifier: GPL-3.0-or-later
#include "SafeText.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace cove::protocol;

class TestSafeText : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void hostileNamesBecomeOneHarmlessComponent_data()
    {
        QTest::addColumn<QString>("given");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << u"holiday photo.jpg"_qs << u"holiday photo.jpg"_qs;
        QTest::newRow("non-latin") << u"صورة العطلة.jpg"_qs << u"صورة العطلة.jpg"_qs;
        QTest::newRow("parent") << u"../../.bashrc"_qs << u"bashrc"_qs;
        QTest::newRow("absolute") << u"/etc/passwd"_qs << u"passwd"_qs;
        QTest::newRow("windows path") << u"C:\\Windows\\System32\\evil.dll"_qs << u"evil.dll"_qs;
        QTest::newRow("drive only") << u"C:evil.exe"_qs << u"C_evil.exe"_qs;
        QTest::newRow("only dots") << u".."_qs << QString();
        QTest::newRow("trailing slash") << u"dir/"_qs << QString();
        QTest::newRow("NUL") << QStringLiteral("report.pdf") + QChar(0) + u".exe"_qs
                             << u"report.pdf.exe"_qs;
        QTest::newRow("newline") << u"a\nb.txt"_qs << u"ab.txt"_qs;
        QTest::newRow("RLO") << QStringLiteral("invoice") + QChar(0x202E) + u"fdp.exe"_qs
                             << u"invoicefdp.exe"_qs;
        QTest::newRow("isolates and marks")
            << QChar(0x2067) + u"a"_qs + QChar(0x200F) + u"b"_qs + QChar(0x2069) + u".png"_qs
            << u"ab.png"_qs;
        QTest::newRow("zero width")
            << u"pay"_qs + QChar(0x200B) + u"pal.html"_qs << u"paypal.html"_qs;
        QTest::newRow("reserved characters")
            << u"a<b>c:d\"e|f?g*h.txt"_qs << u"a_b_c_d_e_f_g_h.txt"_qs;
        QTest::newRow("device") << u"CON"_qs << u"_CON"_qs;
        QTest::newRow("device with extension") << u"nul.txt"_qs << u"_nul.txt"_qs;
        QTest::newRow("lpt") << u"lpt9.log"_qs << u"_lpt9.log"_qs;
        QTest::newRow("not a device") << u"console.txt"_qs << u"console.txt"_qs;
        QTest::newRow("trailing dots and spaces") << u"notes.txt. . "_qs << u"notes.txt"_qs;
        QTest::newRow("empty") << QString() << QString();
    }

    void hostileNamesBecomeOneHarmlessComponent()
    {
        QFETCH(QString, given);
        QFETCH(QString, expected);
        QCOMPARE(safeFileName(given), expected);
    }

    void longNamesKeepTheirExtension()
    {
        const QString name = QString(300, QChar(0x0634)) + u".pdf"_qs; // 2 bytes each in UTF-8
        const QString safe = safeFileName(name);
        QVERIFY(safe.toUtf8().size() <= kMaxSafeFileNameBytes);
        QVERIFY(safe.toUtf8().size() > kMaxSafeFileNameBytes - 2);
        QVERIFY(safe.endsWith(u".pdf"_qs));

        // A character outside the BMP is never cut in half.
        const QString emoji = QString(100, QChar(0x41)) + QString::fromUcs4(U"😀😀😀😀😀😀😀😀😀😀"
                                                                            U"😀😀😀😀😀😀😀😀😀😀"
                                                                            U"😀😀😀😀😀😀😀😀😀😀");
        const QString cut = safeFileName(emoji);
        QVERIFY(cut.toUtf8().size() <= kMaxSafeFileNameBytes);
        QVERIFY(!cut.isEmpty() && !cut.back().isHighSurrogate());
        QCOMPARE(QString::fromUtf8(cut.toUtf8()), cut);
    }

    void savingUnderTheSafeNameStaysInTheFolder()
    {
        // What a person gets when they press Save: a file inside the folder
        // they chose, whatever the sender called it.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QStringList hostile = {u"../escaped"_qs, u"/tmp/absolute"_qs, u"..\\..\\windows"_qs,
                                     u"sub/dir/name.txt"_qs,
                                     QStringLiteral("nul") + QChar(0) + u"byte"_qs};
        for (const QString &name : hostile) {
            const QString safe = safeFileName(name);
            QVERIFY2(!safe.isEmpty(), qPrintable(name));
            const QString path = QDir(dir.path()).filePath(safe);
            QCOMPARE(QFileInfo(path).absolutePath(), QDir(dir.path()).absolutePath());
        }
    }
};

QTEST_GUILESS_MAIN(TestSafeText)
#include "tst_safetext.moc"
