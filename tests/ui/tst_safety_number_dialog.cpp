// SPDX-License-Identifier: GPL-3.0-or-later
// "Compare safety numbers" as a person meets it: two real accounts on
// SQLCipher that exchanged a first message over real Signal sessions (handed
// across in memory, no relay needed), each opening the dialog for the other.

#include "Account.h"
#include "KeyFile.h"
#include "Keys.h"
#include "ProtocolStore.h"
#include "QrCode.h"
#include "SafetyNumberDialog.h"
#include "SafetyNumbers.h"
#include "Session.h"
#include "TestHelpers.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace cove;

/// Verifies that an AppResult is ok, printing its detail when it is not.
#define VERIFY_APP_OK(expr)                                                                        \
    do {                                                                                           \
        const auto &r_ = (expr);                                                                   \
        QVERIFY2(r_.ok(), r_.ok() ? "" : qPrintable(r_.error().detail));                           \
    } while (false)

namespace {

const QString kPassphrase = QStringLiteral("correct horse battery");

/// A translator that marks every string, to see the dialog retranslate.
class MarkingTranslator : public QTranslator {
public:
    [[nodiscard]] bool isEmpty() const override { return false; }
    [[nodiscard]] QString translate(const char *context, const char *sourceText,
                                    const char * = nullptr, int = -1) const override
    {
        if (qstrcmp(context, "cove::ui::SafetyNumberDialog") != 0)
            return {};
        return QStringLiteral("<<") + QString::fromUtf8(sourceText) + QStringLiteral(">>");
    }
};

QLabel *label(QWidget &dialog, const char *name)
{
    return dialog.findChild<QLabel *>(QLatin1String(name));
}

QPushButton *button(QWidget &dialog, const char *name)
{
    return dialog.findChild<QPushButton *>(QLatin1String(name));
}

/// The 60 digits a person reads in the dialog, without the spacing.
QString shownDigits(QWidget &dialog)
{
    QString text = label(dialog, "digits")->text();
    text.remove(QLatin1Char(' ')).remove(QLatin1Char('\n'));
    return text;
}

/// Whether the 7x7 finder pattern of a QR code has its top-left corner at
/// (x0, y0): a dark ring, a light ring, a dark 3x3 centre.
bool finderAt(const ui::QrMatrix &m, int x0, int y0)
{
    for (int y = 0; y < 7; ++y) {
        for (int x = 0; x < 7; ++x) {
            const bool ring = x == 0 || y == 0 || x == 6 || y == 6;
            const bool centre = x >= 2 && x <= 4 && y >= 2 && y <= 4;
            if (m.isDark(x0 + x, y0 + y) != (ring || centre))
                return false;
        }
    }
    return true;
}

} // namespace

class TestSafetyNumberDialog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void noSafetyNumberBeforeTheFirstMessage();
    void bothSidesShowTheSameDigits();
    void qrCodeIsAWellFormedSymbolOfTheScannablePayload();
    void scannedCodesMatchOnlyBetweenTheSamePair();
    void markingVerifiedFlipsTheLabelAndPersists();
    void copyPutsTheGroupedDigitsOnTheClipboard();
    void digitsStayLeftToRightInARightToLeftLayout();
    void retranslatesOnLanguageChange();
    void looksRight();

private:
    std::unique_ptr<app::Account> makeAccount(const QString &name);
    /// Alice starts a session from Bob's bundle and sends him a message;
    /// Bob decrypts it. Each side now knows the other's identity key.
    void exchange(app::Account &from, app::Account &to);
    bool saveScreenshot(const QImage &image, const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<app::Account> m_alice;
    std::unique_ptr<app::Account> m_bob;
};

std::unique_ptr<app::Account> TestSafetyNumberDialog::makeAccount(const QString &name)
{
    auto account = app::Account::create(m_dir->filePath(name), kPassphrase, name,
                                        storage::KdfParams::cheapForTests());
    if (!account)
        qFatal("creating an account failed: %s", qPrintable(account.error().detail));
    return std::move(*account);
}

void TestSafetyNumberDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_alice = makeAccount(QStringLiteral("alice"));
    m_bob = makeAccount(QStringLiteral("bob"));
}

void TestSafetyNumberDialog::cleanup()
{
    m_alice.reset();
    m_bob.reset();
    m_dir.reset();
}

void TestSafetyNumberDialog::exchange(app::Account &from, app::Account &to)
{
    const protocol::Address toAddress{to.coveId().toUtf8(), 1};
    const protocol::Address fromAddress{from.coveId().toUtf8(), 1};
    auto preKeys = to.protocolStore().preKeyIds();
    auto signedPreKeys = to.protocolStore().signedPreKeyIds();
    COVE_VERIFY_OK(preKeys);
    COVE_VERIFY_OK(signedPreKeys);
    QVERIFY(!preKeys->isEmpty() && !signedPreKeys->isEmpty());
    auto bundle =
        protocol::localBundle(to.signal(), 1, preKeys->constFirst(), signedPreKeys->constLast());
    COVE_VERIFY_OK(bundle);
    COVE_VERIFY_OK(protocol::processPreKeyBundle(from.signal(), toAddress, *bundle));
    auto sealed = protocol::encrypt(from.signal(), toAddress, "hello");
    COVE_VERIFY_OK(sealed);
    auto opened = protocol::decrypt(to.signal(), fromAddress, *sealed);
    COVE_VERIFY_OK(opened);
    QCOMPARE(opened->toByteArray(), QByteArray("hello"));
}

void TestSafetyNumberDialog::noSafetyNumberBeforeTheFirstMessage()
{
    ui::SafetyNumberDialog dialog(*m_alice, m_bob->coveId(), QStringLiteral("Bob"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!dialog.safetyNumber());
    QCOMPARE(label(dialog, "title")->text(), QStringLiteral("Safety number with \u2068Bob\u2069"));
    QLabel *noNumber = label(dialog, "noNumber");
    QVERIFY(noNumber->isVisible());
    QVERIFY2(noNumber->text().contains(QStringLiteral("no safety number with \u2068Bob\u2069 yet")),
             qPrintable(noNumber->text()));
    // Nothing to compare, copy or verify.
    QVERIFY(!label(dialog, "digits")->isVisible());
    QVERIFY(!button(dialog, "verify")->isVisible());
    QVERIFY(!button(dialog, "copy")->isVisible());
    QVERIFY(!dialog.findChild<ui::QrCodeWidget *>()->isVisible());
    if (qEnvironmentVariableIsSet("COVE_TEST_SCREENSHOTS"))
        QVERIFY(saveScreenshot(dialog.grab().toImage(), QStringLiteral("no-safety-number")));

    // The app layer says why, for the CLI and the dialog alike.
    app::SafetyNumbers numbers(*m_alice);
    QCOMPARE(numbers.safetyNumber(m_bob->coveId()).code(), app::AppError::Code::NotFound);
    QString typo = m_bob->coveId();
    typo[3] = typo[3] == u'7' ? u'8' : u'7';
    QCOMPARE(numbers.safetyNumber(typo).code(), app::AppError::Code::InvalidArgument);

    // Once the first message arrived, reloading shows the number.
    exchange(*m_bob, *m_alice);
    dialog.reload();
    QVERIFY(dialog.safetyNumber());
    QVERIFY(!noNumber->isVisible());
    QVERIFY(label(dialog, "digits")->isVisible());
}

void TestSafetyNumberDialog::bothSidesShowTheSameDigits()
{
    exchange(*m_alice, *m_bob);
    ui::SafetyNumberDialog atAlice(*m_alice, m_bob->coveId(), QStringLiteral("Bob"));
    // Typed the way people type IDs: lower case, with a dash.
    const QString typed = m_alice->coveId().toLower().insert(4, u'-');
    ui::SafetyNumberDialog atBob(*m_bob, typed, QStringLiteral("Alice"));
    atAlice.show();
    atBob.show();
    QVERIFY(QTest::qWaitForWindowExposed(&atAlice));
    QVERIFY(QTest::qWaitForWindowExposed(&atBob));

    const QString a = shownDigits(atAlice);
    QCOMPARE(a.size(), 60);
    QVERIFY(std::all_of(a.cbegin(), a.cend(), [](QChar c) { return c.isDigit(); }));
    QCOMPARE(shownDigits(atBob), a);

    // 3 rows of 4 groups of 5.
    const QStringList rows = label(atAlice, "digits")->text().split(QLatin1Char('\n'));
    QCOMPARE(rows.size(), 3);
    for (const QString &row : rows) {
        const QStringList groups = row.split(QLatin1Char(' '));
        QCOMPARE(groups.size(), 4);
        for (const QString &g : groups)
            QCOMPARE(g.size(), 5);
    }
    QCOMPARE(label(atAlice, "title")->text(), QStringLiteral("Safety number with \u2068Bob\u2069"));
    QCOMPARE(label(atBob, "title")->text(), QStringLiteral("Safety number with \u2068Alice\u2069"));
    QVERIFY(label(atAlice, "explanation")
                ->text()
                .contains(QStringLiteral("with \u2068Bob\u2069 in person")));
    QCOMPARE(label(atAlice, "verifiedState")->text(), QStringLiteral("Not verified"));
    QVERIFY(!label(atAlice, "verifiedIcon")->isVisible());
    QVERIFY(!label(atAlice, "digits")->accessibleName().isEmpty());
    QVERIFY(!button(atAlice, "copy")->accessibleName().isEmpty());
    QVERIFY(!button(atAlice, "verify")->accessibleName().isEmpty());
}

void TestSafetyNumberDialog::qrCodeIsAWellFormedSymbolOfTheScannablePayload()
{
    exchange(*m_alice, *m_bob);
    ui::SafetyNumberDialog dialog(*m_alice, m_bob->coveId(), QStringLiteral("Bob"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *qr = dialog.findChild<ui::QrCodeWidget *>();
    QVERIFY(qr && qr->isVisible());
    QCOMPARE(qr->data(), dialog.safetyNumber()->scannable);
    QVERIFY(!qr->accessibleName().isEmpty());
    QVERIFY(!qr->accessibleDescription().isEmpty());

    const ui::QrMatrix &m = qr->matrix();
    QVERIFY(!m.isEmpty());
    // Versions 1..40: 21 modules plus 4 per version.
    QVERIFY(m.size() >= 21 && m.size() <= 177);
    QCOMPARE((m.size() - 21) % 4, 0);
    const int far = m.size() - 7;
    QVERIFY(finderAt(m, 0, 0));
    QVERIFY(finderAt(m, far, 0));
    QVERIFY(finderAt(m, 0, far));
    QVERIFY(!finderAt(m, far, far)); // a QR code has three, not four
    // Timing pattern between the top finders: alternating, dark first.
    for (int x = 8; x < far - 1; ++x)
        QCOMPARE(m.isDark(x, 6), x % 2 == 0);

    // Square whatever the space it gets, with a white quiet zone.
    QCOMPARE(qr->heightForWidth(300), 300);
    QCOMPARE(qr->sizeHint().width(), qr->sizeHint().height());
    const QImage image = m.toImage(3);
    QCOMPARE(image.width(), (m.size() + 2 * ui::kQrQuietZone) * 3);
    QCOMPARE(image.height(), image.width());
    QCOMPARE(image.pixelColor(0, 0), QColor(Qt::white));
    QCOMPARE(image.pixelColor(ui::kQrQuietZone * 3 - 1, ui::kQrQuietZone * 3 - 1),
             QColor(Qt::white));
    QCOMPARE(image.pixelColor(ui::kQrQuietZone * 3, ui::kQrQuietZone * 3), QColor(Qt::black));

    // Crisp on screen: only black and white pixels, no smoothing grey.
    qr->resize(301, 257);
    const QImage shown = qr->grab().toImage().convertToFormat(QImage::Format_RGB32);
    QSet<QRgb> colours;
    int dark = 0;
    for (int y = 0; y < shown.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(shown.constScanLine(y));
        for (int x = 0; x < shown.width(); ++x) {
            colours.insert(line[x]);
            dark += qGray(line[x]) < 128;
        }
    }
    // Black, white and whatever lies outside the square (the window background).
    QVERIFY2(colours.size() <= 3, qPrintable(QString::number(colours.size())));
    QVERIFY(colours.contains(qRgb(0, 0, 0)));
    QVERIFY(colours.contains(qRgb(255, 255, 255)));
    QVERIFY(dark > 1000);

    // A payload too large for any QR code gives an empty matrix, not a crash.
    QVERIFY(ui::QrMatrix::encode(QByteArray(8000, 'x')).isEmpty());
    QVERIFY(ui::QrMatrix::encode(QByteArray()).isEmpty());
}

void TestSafetyNumberDialog::scannedCodesMatchOnlyBetweenTheSamePair()
{
    exchange(*m_alice, *m_bob);
    auto carol = makeAccount(QStringLiteral("carol"));
    exchange(*carol, *m_alice);

    ui::SafetyNumberDialog atAlice(*m_alice, m_bob->coveId(), QStringLiteral("Bob"));
    ui::SafetyNumberDialog atBob(*m_bob, m_alice->coveId(), QStringLiteral("Alice"));
    ui::SafetyNumberDialog aliceWithCarol(*m_alice, carol->coveId(), QStringLiteral("Carol"));
    // What Alice's camera would read from Bob's screen.
    const QByteArray fromBobsScreen = atBob.findChild<ui::QrCodeWidget *>()->data();
    QVERIFY(!fromBobsScreen.isEmpty());

    app::SafetyNumbers numbers(*m_alice);
    auto same = numbers.compareScanned(*atAlice.safetyNumber(), fromBobsScreen);
    VERIFY_APP_OK(same);
    QVERIFY(*same);

    // Carol's code held up to Alice's Bob screen does not match.
    auto other =
        numbers.compareScanned(*atAlice.safetyNumber(), aliceWithCarol.safetyNumber()->scannable);
    VERIFY_APP_OK(other);
    QVERIFY(!*other);

    // Something that is no safety number code at all.
    QCOMPARE(numbers.compareScanned(*atAlice.safetyNumber(), "https://example.org").code(),
             app::AppError::Code::InvalidArgument);
}

void TestSafetyNumberDialog::markingVerifiedFlipsTheLabelAndPersists()
{
    exchange(*m_alice, *m_bob);
    const QString bobId = m_bob->coveId();
    {
        ui::SafetyNumberDialog dialog(*m_alice, bobId, QStringLiteral("Bob"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy changed(&dialog, &ui::SafetyNumberDialog::verifiedChanged);
        QPushButton *verify = button(dialog, "verify");
        QCOMPARE(verify->text(), QStringLiteral("Mark as verified"));
        QCOMPARE(label(dialog, "verifiedState")->text(), QStringLiteral("Not verified"));

        QTest::mouseClick(verify, Qt::LeftButton);
        QCOMPARE(label(dialog, "verifiedState")->text(), QStringLiteral("Verified"));
        QVERIFY(label(dialog, "verifiedIcon")->isVisible());
        QCOMPARE(label(dialog, "verifiedIcon")->text(), QString(QChar(0x2713)));
        QCOMPARE(verify->text(), QStringLiteral("Clear verification"));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toBool(), true);
        QVERIFY(!label(dialog, "actionMessage")->isVisible());
    }
    // Reopened, even after the profile was closed and opened again.
    m_alice.reset();
    auto reopened = app::Account::open(m_dir->filePath(QStringLiteral("alice")), kPassphrase);
    VERIFY_APP_OK(reopened);
    m_alice = std::move(*reopened);
    {
        ui::SafetyNumberDialog dialog(*m_alice, bobId, QStringLiteral("Bob"));
        QCOMPARE(label(dialog, "verifiedState")->text(), QStringLiteral("Verified"));
        QVERIFY(dialog.safetyNumber()->verified);
        // Verifying is Alice's own judgement: Bob's side is unchanged.
        ui::SafetyNumberDialog atBob(*m_bob, m_alice->coveId(), QStringLiteral("Alice"));
        QCOMPARE(label(atBob, "verifiedState")->text(), QStringLiteral("Not verified"));

        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::mouseClick(button(dialog, "verify"), Qt::LeftButton);
        QCOMPARE(label(dialog, "verifiedState")->text(), QStringLiteral("Not verified"));
        QVERIFY(!label(dialog, "verifiedIcon")->isVisible());
    }
    ui::SafetyNumberDialog again(*m_alice, bobId, QStringLiteral("Bob"));
    QCOMPARE(label(again, "verifiedState")->text(), QStringLiteral("Not verified"));

    // A number that is no longer the current one cannot be marked verified.
    app::SafetyNumberView stale = *again.safetyNumber();
    stale.digits[0] = stale.digits[0] == u'1' ? u'2' : u'1';
    QCOMPARE(app::SafetyNumbers(*m_alice).setVerified(stale, true).code(),
             app::AppError::Code::IdentityChanged);
    again.reload();
    QVERIFY(!again.safetyNumber()->verified);
}

void TestSafetyNumberDialog::copyPutsTheGroupedDigitsOnTheClipboard()
{
    exchange(*m_alice, *m_bob);
    ui::SafetyNumberDialog dialog(*m_alice, m_bob->coveId(), QStringLiteral("Bob"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QGuiApplication::clipboard()->clear();
    QPushButton *copy = button(dialog, "copy");
    QCOMPARE(copy->text(), QStringLiteral("Copy"));
    QTest::mouseClick(copy, Qt::LeftButton);
    const QString copied = QGuiApplication::clipboard()->text();
    QCOMPARE(copied, dialog.safetyNumber()->grouped());
    QCOMPARE(copied.size(), 60 + 11);
    QCOMPARE(copy->text(), QStringLiteral("Copied"));
    QTRY_COMPARE_WITH_TIMEOUT(copy->text(), QStringLiteral("Copy"), 5000);
}

void TestSafetyNumberDialog::digitsStayLeftToRightInARightToLeftLayout()
{
    exchange(*m_alice, *m_bob);
    ui::SafetyNumberDialog dialog(*m_alice, m_bob->coveId(), QStringLiteral("Bob"));
    dialog.setLayoutDirection(Qt::RightToLeft);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QLabel *digits = label(dialog, "digits");
    QCOMPARE(digits->layoutDirection(), Qt::LeftToRight);
    QCOMPARE(shownDigits(dialog), dialog.safetyNumber()->digits);
    // The rest of the dialog does follow the language's direction: the QR
    // code is now on the left of the digits.
    auto *qr = dialog.findChild<ui::QrCodeWidget *>();
    QVERIFY(qr->mapTo(&dialog, QPoint(0, 0)).x() < digits->mapTo(&dialog, QPoint(0, 0)).x());
}

void TestSafetyNumberDialog::retranslatesOnLanguageChange()
{
    exchange(*m_alice, *m_bob);
    ui::SafetyNumberDialog dialog(*m_alice, m_bob->coveId(), QStringLiteral("Bob"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    MarkingTranslator marking;
    QVERIFY(QCoreApplication::installTranslator(&marking));
    QTRY_COMPARE(label(dialog, "title")->text(),
                 QStringLiteral("<<Safety number with \u2068Bob\u2069>>"));
    QCOMPARE(label(dialog, "verifiedState")->text(), QStringLiteral("<<Not verified>>"));
    QCOMPARE(button(dialog, "verify")->text(), QStringLiteral("<<Mark as verified>>"));
    QCOMPARE(dialog.windowTitle(), QStringLiteral("<<Safety number with \u2068Bob\u2069>>"));
    // The digits are no words to translate.
    QCOMPARE(shownDigits(dialog), dialog.safetyNumber()->digits);
    QVERIFY(QCoreApplication::removeTranslator(&marking));
    QTRY_COMPARE(label(dialog, "title")->text(),
                 QStringLiteral("Safety number with \u2068Bob\u2069"));
}

void TestSafetyNumberDialog::looksRight()
{
    exchange(*m_alice, *m_bob);
    ui::SafetyNumberDialog dialog(*m_alice, m_bob->coveId(), QStringLiteral("Bob"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::mouseClick(button(dialog, "verify"), Qt::LeftButton);
    QCoreApplication::sendPostedEvents(); // the new button text's layout
    const QImage image = dialog.grab().toImage();
    QVERIFY(!image.isNull());
    QVERIFY(image.width() >= 300 && image.height() >= 200);
    // Not blank: text, the QR code and buttons give many colours.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            colours.insert(image.pixel(x, y));
    QVERIFY2(colours.size() > 10, qPrintable(QString::number(colours.size())));

    QVERIFY(saveScreenshot(image, QStringLiteral("safety-number-dialog")));
}

bool TestSafetyNumberDialog::saveScreenshot(const QImage &image, const QString &name)
{
    // COVE_TEST_SCREENSHOTS names a directory to keep the pictures in.
    const QString dir = qEnvironmentVariableIsSet("COVE_TEST_SCREENSHOTS")
                            ? qEnvironmentVariable("COVE_TEST_SCREENSHOTS")
                            : m_dir->path();
    const QString file =
        QDir(dir).filePath(name + (QGuiApplication::isRightToLeft() ? QStringLiteral("-rtl.png")
                                                                    : QStringLiteral("-ltr.png")));
    if (!image.save(file))
        return false;
    qInfo("screenshot: %s", qPrintable(file));
    return true;
}

QTEST_MAIN(TestSafetyNumberDialog)
#include "tst_safety_number_dialog.moc"
