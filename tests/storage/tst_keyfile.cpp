// SPDX-License-Identifier: GPL-3.0-or-later
// The key file: wraps and unwraps the database key, changes the passphrase
// atomically, and turns every damaged or hostile file into a clear error
// without touching it.

#include "KeyFile.h"
#include "TestHelpers.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace cove::storage;
using cove::protocol::SecureBuffer;

namespace {

const QString kPass = QStringLiteral("correct horse battery staple");

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}

int modeOf(const QString &path)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

template <typename T> QByteArray codeOf(const Result<T> &r)
{
    return r.ok() ? QByteArrayLiteral("ok") : QByteArray(storageErrorName(r.code()));
}

void putU32(QByteArray &b, qsizetype at, std::uint32_t v)
{
    for (int i = 0; i < 4; ++i)
        b[at + i] = char(std::uint8_t(v >> (8 * i)));
}

void putU64(QByteArray &b, qsizetype at, std::uint64_t v)
{
    for (int i = 0; i < 8; ++i)
        b[at + i] = char(std::uint8_t(v >> (8 * i)));
}

} // namespace

class TestKeyFile : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void createAndUnwrap();
    void fileLayoutAndPermissions();
    void createRefusesAnExistingFile();
    void wrongPassphraseChangesNothing();
    void missingFile();
    void emptyPassphraseIsRefused();
    void rewrapChangesThePassphraseOnly();
    void rewrapWithWrongOldPassphraseChangesNothing();
    void truncatedFilesAreCorrupt_data();
    void truncatedFilesAreCorrupt();
    void everyFlippedByteIsRefused();
    void unknownVersionIsCorrupt();
    void hostileParametersAreRefusedWithoutWork();
    void parametersOutOfRangeAreNotWritten();
    void garbageIsCorrupt();
    void passphraseIsNormalised();
    void defaultParametersCost();
};

void TestKeyFile::createAndUnwrap()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cove.key"));
    Result<SecureBuffer> key = KeyFile::create(path, kPass, KdfParams::cheapForTests());
    QVERIFY2(key, qPrintable(key ? QString() : key.error().detail));
    QCOMPARE(key->size(), KeyFile::kKeySize);
    Result<SecureBuffer> again = KeyFile::unwrap(path, kPass);
    QVERIFY(again);
    QVERIFY(again->equals(key->view()));

    // Two profiles never share a key.
    Result<SecureBuffer> other = KeyFile::create(dir.filePath(QStringLiteral("other.key")), kPass,
                                                 KdfParams::cheapForTests());
    QVERIFY(other);
    QVERIFY(!other->equals(key->view()));
}

void TestKeyFile::fileLayoutAndPermissions()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cove.key"));
    Result<SecureBuffer> key = KeyFile::create(path, kPass, KdfParams::cheapForTests());
    QVERIFY(key);
    const QByteArray bytes = readAll(path);
    QCOMPARE(bytes.size(), qsizetype(KeyFile::kFileSize));
    QVERIFY(bytes.startsWith("COVEKEY\x01"));
    QVERIFY(!bytes.contains(key->toByteArray())); // the key is not in the clear
    QCOMPARE(modeOf(path), 0600);
    Result<KdfParams> params = KeyFile::readParams(bytes);
    QVERIFY(params);
    QVERIFY(*params == KdfParams::cheapForTests());
    // Only the key file is left: no temporary beside it.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("cove.key")});
}

void TestKeyFile::createRefusesAnExistingFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cove.key"));
    QVERIFY(KeyFile::create(path, kPass, KdfParams::cheapForTests()));
    const QByteArray before = readAll(path);
    Result<SecureBuffer> again = KeyFile::create(path, kPass, KdfParams::cheapForTests());
    QCOMPARE(codeOf(again), QByteArrayLiteral("AlreadyExists"));
    QCOMPARE(readAll(path), before);
}

void TestKeyFile::wrongPassphraseChangesNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cove.key"));
    QVERIFY(KeyFile::create(path, kPass, KdfParams::cheapForTests()));
    const QByteArray before = readAll(path);
    const auto modified = QFileInfo(path).lastModified();
    for (const QString &wrong : {QStringLiteral("correct horse battery stapl"), QString(),
                                 QStringLiteral("Correct horse battery staple")}) {
        Result<SecureBuffer> r = KeyFile::unwrap(path, wrong);
        QCOMPARE(codeOf(r), QByteArrayLiteral("WrongPassphrase"));
    }
    QCOMPARE(readAll(path), before);
    QCOMPARE(QFileInfo(path).lastModified(), modified);
}

void TestKeyFile::missingFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("nothing.key"));
    QCOMPARE(codeOf(KeyFile::unwrap(path, kPass)), QByteArrayLiteral("NotFound"));
    QCOMPARE(
        codeOf(KeyFile::rewrap(path, kPass, QStringLiteral("new"), KdfParams::cheapForTests())),
        QByteArrayLiteral("NotFound"));
    QVERIFY(!QFile::exists(path));
}

void TestKeyFile::emptyPassphraseIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cove.key"));
    QCOMPARE(codeOf(KeyFile::create(path, QString(), KdfParams::cheapForTests())),
             QByteArrayLiteral("InvalidArgument"));
    QVERIFY(!QFile::exists(path));
    QVERIFY(KeyFile::create(path, kPass, KdfParams::cheapForTests()));
    const QByteArray before = readAll(path);
    QCOMPARE(codeOf(KeyFile::rewrap(path, kPass, QString(), KdfParams::cheapForTests())),
             QByteArrayLiteral("InvalidArgument"));
    QCOMPARE(readAll(path), before);
}

void TestKeyFile::rewrapChangesThePassphraseOnly()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cove.key"));
    Result<SecureBuffer> key = KeyFile::create(path, kPass, KdfParams::cheapForTests());
    QVERIFY(key);
    const QByteArray before = readAll(path);
    const QString newPass = QStringLiteral("a new passphrase");
    const KdfParams newParams{2, KdfParams::cheapForTests().memLimit * 2};
    QCOMPARE(codeOf(KeyFile::rewrap(path, kPass, newPass, newParams)), QByteArrayLiteral("ok"));

    const QByteArray after = readAll(path);
    QCOMPARE(after.size(), before.size());
    QVERIFY(after.mid(20, 16) != before.mid(20, 16)); // a fresh salt
    QVERIFY(*KeyFile::readParams(after) == newParams);
    QCOMPARE(codeOf(KeyFile::unwrap(path, kPass)), QByteArrayLiteral("WrongPassphrase"));
    Result<SecureBuffer> again = KeyFile::unwrap(path, newPass);
    QVERIFY(again);
    QVERIFY(again->equals(key->view())); // same database key
    QCOMPARE(modeOf(path), 0600);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("cove.key")});
}

void TestKeyFile::rewrapWithWrongOldPassphraseChangesNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cove.key"));
    QVERIFY(KeyFile::create(path, kPass, KdfParams::cheapForTests()));
    const QByteArray before = readAll(path);
    QCOMPARE(codeOf(KeyFile::rewrap(path, QStringLiteral("wrong"), QStringLiteral("new"),
                                    KdfParams::cheapForTests())),
             QByteArrayLiteral("WrongPassphrase"));
    QCOMPARE(readAll(path), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("cove.key")});
}

void TestKeyFile::truncatedFilesAreCorrupt_data()
{
    QTest::addColumn<int>("length");
    for (int n : {0, 1, 6, 7, 8, 12, 20, 36, 59, 60, 61, 91, 107})
        QTest::addRow("%d bytes", n) << n;
    QTest::addRow("one byte more") << 109;
    QTest::addRow("4 KiB more") << 108 + 4096;
}

void TestKeyFile::truncatedFilesAreCorrupt()
{
    QFETCH(int, length);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cove.key"));
    QVERIFY(KeyFile::create(path, kPass, KdfParams::cheapForTests()));
    QByteArray bytes = readAll(path);
    if (length < bytes.size())
        bytes.truncate(length);
    else
        bytes.append(QByteArray(length - bytes.size(), 'x'));
    writeAll(path, bytes);
    Result<SecureBuffer> r = KeyFile::unwrap(path, kPass);
    QCOMPARE(codeOf(r), QByteArrayLiteral("Corrupt"));
    QCOMPARE(
        codeOf(KeyFile::rewrap(path, kPass, QStringLiteral("new"), KdfParams::cheapForTests())),
        QByteArrayLiteral("Corrupt"));
    QCOMPARE(readAll(path), bytes);
}

void TestKeyFile::everyFlippedByteIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cove.key"));
    QVERIFY(KeyFile::create(path, kPass, KdfParams::cheapForTests()));
    const QByteArray good = readAll(path);
    for (qsizetype i = 0; i < good.size(); ++i) {
        QByteArray bad = good;
        bad[i] = char(bad[i] ^ 0x01);
        Result<SecureBuffer> r = KeyFile::open(bad, kPass);
        QVERIFY2(!r, qPrintable(QStringLiteral("byte %1 accepted").arg(i)));
        // Magic and version say "not this file"; anything else fails the
        // parameter bounds or the AEAD, which cannot tell a damaged byte
        // from a wrong passphrase.
        if (i < 8)
            QCOMPARE(codeOf(r), QByteArrayLiteral("Corrupt"));
        else
            QVERIFY2(r.code() == StorageErrorCode::Corrupt ||
                         r.code() == StorageErrorCode::WrongPassphrase,
                     codeOf(r).constData());
    }
}

void TestKeyFile::unknownVersionIsCorrupt()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cove.key"));
    QVERIFY(KeyFile::create(path, kPass, KdfParams::cheapForTests()));
    QByteArray bytes = readAll(path);
    for (char v : {char(0), char(2), char(0xff)}) {
        bytes[7] = v;
        Result<SecureBuffer> r = KeyFile::open(bytes, kPass);
        QCOMPARE(codeOf(r), QByteArrayLiteral("Corrupt"));
        QVERIFY(r.error().detail.contains(QStringLiteral("version")));
    }
}

void TestKeyFile::hostileParametersAreRefusedWithoutWork()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cove.key"));
    QVERIFY(KeyFile::create(path, kPass, KdfParams::cheapForTests()));
    const QByteArray good = readAll(path);
    // The fuzz target opens key files with this passphrase.
    auto sealed = KeyFile::seal(QByteArray(32, 'k'), QStringLiteral("fuzz passphrase"),
                                KdfParams::cheapForTests());
    QVERIFY(sealed);
    cove::test::writeFuzzSeed("keyfile", QStringLiteral("opens"), *sealed);
    cove::test::writeFuzzSeed("keyfile", QStringLiteral("other_passphrase"), good);
    struct Case {
        std::uint32_t ops;
        std::uint64_t mem;
    };
    const Case cases[] = {
        {0, 8192},                            // below libsodium's minimum
        {1, 0},                               // no memory
        {1, 1024},                            // below the minimum
        {0xffffffffu, 8192},                  // hours of work
        {1, std::uint64_t(1) << 40},          // 1 TiB
        {1, ~std::uint64_t(0)},               // beyond size_t on any machine
        {3, (std::uint64_t(1) << 30) + 1024}, // just above the 1 GiB cap
        {17, 8192},                           // just above the opslimit cap
    };
    for (const Case &c : cases) {
        QByteArray bad = good;
        putU32(bad, 8, c.ops);
        putU64(bad, 12, c.mem);
        writeAll(path, bad);
        QElapsedTimer timer;
        timer.start();
        Result<SecureBuffer> r = KeyFile::unwrap(path, kPass);
        QCOMPARE(codeOf(r), QByteArrayLiteral("Corrupt"));
        QVERIFY(timer.elapsed() < 1000); // refused before any derivation
        QCOMPARE(readAll(path), bad);
    }
}

void TestKeyFile::parametersOutOfRangeAreNotWritten()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cove.key"));
    QCOMPARE(codeOf(KeyFile::create(path, kPass, KdfParams{0, 8192})),
             QByteArrayLiteral("InvalidArgument"));
    QCOMPARE(codeOf(KeyFile::create(path, kPass, KdfParams{1, std::uint64_t(1) << 31})),
             QByteArrayLiteral("InvalidArgument"));
    QVERIFY(!QFile::exists(path));
    QVERIFY(KdfParams::interactive().isAcceptable());
    QVERIFY(KdfParams::cheapForTests().isAcceptable());
}

void TestKeyFile::garbageIsCorrupt()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cove.key"));
    const QByteArray garbage = SecureBuffer::random(KeyFile::kFileSize).toByteArray();
    writeAll(path, garbage);
    QCOMPARE(codeOf(KeyFile::unwrap(path, kPass)), QByteArrayLiteral("Corrupt"));
    QCOMPARE(readAll(path), garbage);
    // A directory where the file should be.
    const QString asDir = dir.filePath(QStringLiteral("dir.key"));
    QVERIFY(QDir().mkdir(asDir));
    Result<SecureBuffer> r = KeyFile::unwrap(asDir, kPass);
    QVERIFY(!r);
    QVERIFY(r.code() == StorageErrorCode::Io || r.code() == StorageErrorCode::Corrupt);
}

void TestKeyFile::passphraseIsNormalised()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cove.key"));
    // "café" composed (U+00E9) and decomposed (e + U+0301) are one passphrase.
    const QString composed = QStringLiteral("caf\u00e9 \u6f22\u5b57 \U0001F510");
    const QString decomposed = QStringLiteral("cafe\u0301 \u6f22\u5b57 \U0001F510");
    QVERIFY(composed != decomposed);
    Result<SecureBuffer> key = KeyFile::create(path, decomposed, KdfParams::cheapForTests());
    QVERIFY(key);
    Result<SecureBuffer> again = KeyFile::unwrap(path, composed);
    QVERIFY(again);
    QVERIFY(again->equals(key->view()));
    QCOMPARE(codeOf(KeyFile::unwrap(path, QStringLiteral("cafe \u6f22\u5b57 \U0001F510"))),
             QByteArrayLiteral("WrongPassphrase"));
}

void TestKeyFile::defaultParametersCost()
{
    // The one test that pays for the real parameters, to know their cost.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cove.key"));
    Result<SecureBuffer> key = KeyFile::create(path, kPass);
    QVERIFY(key);
    QVERIFY(*KeyFile::readParams(readAll(path)) == KdfParams::interactive());
    QElapsedTimer timer;
    timer.start();
    Result<SecureBuffer> again = KeyFile::unwrap(path, kPass);
    const qint64 ms = timer.elapsed();
    QVERIFY(again);
    QVERIFY(again->equals(key->view()));
    qInfo("Argon2id unwrap with the default parameters (opslimit %u, memlimit %llu MiB): %lld ms",
          unsigned(KdfParams::interactive().opsLimit),
          static_cast<unsigned long long>(KdfParams::interactive().memLimit >> 20), ms);
}

QTEST_GUILESS_MAIN(TestKeyFile)
#include "tst_keyfile.moc"
