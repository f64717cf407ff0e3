// SPDX-License-Identifier: GPL-3.0-or-later
// A profile on disk: created owner-only, opened only with the right
// passphrase, never re-created or changed by a failed open, its passphrase
// changed without touching the database, and the keychain optional.

#include "Profile.h"
#include "Sqlite.h"
#include "Store.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QMap>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace cove::storage;
using cove::protocol::SecureBuffer;

namespace {

const QString kPass = QStringLiteral("profile passphrase");

template <typename T> QByteArray codeOf(const Result<T> &r)
{
    return r.ok() ? QByteArrayLiteral("ok") : QByteArray(storageErrorName(r.code()));
}

template <typename T> QByteArray why(const Result<T> &r)
{
    return r.ok() ? QByteArray() : r.error().detail.toUtf8();
}

int modeOf(const QString &path)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

/// Every file and directory under `dir` (hidden ones too) with a hash of
/// its bytes, to prove an operation changed nothing.
QMap<QString, QByteArray> snapshotTree(const QString &dir)
{
    QMap<QString, QByteArray> out;
    QDirIterator it(dir, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString rel = QDir(dir).relativeFilePath(path);
        if (it.fileInfo().isDir()) {
            out.insert(rel + QLatin1Char('/'), QByteArray());
            continue;
        }
        QFile f(path);
        out.insert(rel, f.open(QIODevice::ReadOnly)
                            ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                            : QByteArrayLiteral("unreadable"));
    }
    return out;
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly)
               ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
               : QByteArray();
}

std::unique_ptr<Profile> makeProfile(const QString &dir, int contacts = 3)
{
    Result<std::unique_ptr<Profile>> p = Profile::create(dir, kPass, KdfParams::cheapForTests());
    if (!p) {
        qWarning("create failed: %s", why(p).constData());
        return nullptr;
    }
    cove::sqlite::Database &db = (*p)->store().db();
    for (int i = 0; i < contacts; ++i) {
        auto st = db.prepare("INSERT INTO contacts (cove_id, display_name, added_at) "
                             "VALUES (?1, ?2, ?3)");
        if (!st ||
            !st->bind(1, QStringLiteral("id-%1").arg(i))
                 .bind(2, QStringLiteral("Contact %1 ").arg(i) + QString(200, QLatin1Char('x')))
                 .bind(3, i)
                 .run())
            return nullptr;
    }
    return std::move(*p);
}

qint64 contactCount(Profile &p)
{
    auto n = p.store().db().queryInt("SELECT count(*) FROM contacts");
    return n ? *n : -1;
}

void truncateFile(const QString &path, qint64 size)
{
    QFile f(path);
    QVERIFY(f.resize(size));
}

/// A keychain in memory, standing in for the OS one.
class MemoryKeychain : public Keychain {
public:
    Result<void> storeKey(const QString &id, QByteArrayView key32) override
    {
        m_entries.insert(id, key32.toByteArray());
        return {};
    }
    Result<SecureBuffer> loadKey(const QString &id) override
    {
        if (!m_entries.contains(id))
            return storageError(StorageErrorCode::NotFound, QStringLiteral("nothing remembered"));
        return SecureBuffer(m_entries.value(id));
    }
    Result<void> removeKey(const QString &id) override
    {
        m_entries.remove(id);
        return {};
    }
    QMap<QString, QByteArray> m_entries;
};

} // namespace

class TestProfile : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void createAndOpen();
    void permissionsAreOwnerOnly();
    void createMakesMissingParentsOwnerOnly();
    void createRefusesAnExistingDirectory();
    void createLeavesNothingWhenRefused();
    void wrongPassphraseChangesNoFile();
    void changePassphraseRewrapsOnly();
    void changePassphraseWithWrongOldChangesNothing();
    void missingPiecesNeverCreateADatabase();
    void truncatedDatabase_data();
    void truncatedDatabase();
    void garbageDatabase();
    void damagedWal_data();
    void damagedWal();
    void damagedKeyFile();
    void names_data();
    void names();
    void defaultRootIsUnderAppData();
    void idIsStableAndDistinct();
    void keychainUnavailableFallsBackToPassphrase();
    void keychainRemembersAndForgets();
};

void TestProfile::initTestCase()
{
    // No session bus: the normal case on CI and this machine, made certain
    // here so the keychain test is deterministic.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/cove-test-bus");
    qunsetenv("DISPLAY");
    QStandardPaths::setTestModeEnabled(true);
}

void TestProfile::createAndOpen()
{
    QTemporaryDir root;
    const QString dir = root.filePath(QStringLiteral("alice"));
    {
        std::unique_ptr<Profile> p = makeProfile(dir, 5);
        QVERIFY(p);
        QCOMPARE(p->directory(), QFileInfo(dir).absoluteFilePath());
        QCOMPARE(contactCount(*p), 5);
    }
    QVERIFY(QFileInfo(Profile::databasePath(dir)).isFile());
    QVERIFY(QFileInfo(Profile::keyFilePath(dir)).isFile());
    QVERIFY(QFileInfo(Profile::attachmentsPath(dir)).isDir());
    Result<std::unique_ptr<Profile>> again = Profile::open(dir, kPass);
    QVERIFY2(again, why(again).constData());
    QCOMPARE(contactCount(**again), 5);
}

void TestProfile::permissionsAreOwnerOnly()
{
    QTemporaryDir root;
    const QString dir = root.filePath(QStringLiteral("alice"));
    std::unique_ptr<Profile> p = makeProfile(dir);
    QVERIFY(p);
    QCOMPARE(modeOf(dir), 0700);
    QCOMPARE(modeOf(Profile::attachmentsPath(dir)), 0700);
    QCOMPARE(modeOf(Profile::keyFilePath(dir)), 0600);
    QCOMPARE(modeOf(Profile::databasePath(dir)), 0600);
    // The WAL and shared-memory files take the database's mode.
    QCOMPARE(modeOf(Profile::databasePath(dir) + QStringLiteral("-wal")), 0600);
    QCOMPARE(modeOf(Profile::databasePath(dir) + QStringLiteral("-shm")), 0600);
    const QFileInfo info(dir);
    QCOMPARE(info.permissions() & (QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                   QFile::ReadOther | QFile::WriteOther | QFile::ExeOther),
             QFile::Permissions());
    QVERIFY(p->changePassphrase(kPass, QStringLiteral("next"), KdfParams::cheapForTests()));
    QCOMPARE(modeOf(Profile::keyFilePath(dir)), 0600);
}

void TestProfile::createMakesMissingParentsOwnerOnly()
{
    QTemporaryDir root;
    const QString dir = root.filePath(QStringLiteral("a/b/alice"));
    QVERIFY(makeProfile(dir));
    QCOMPARE(modeOf(root.filePath(QStringLiteral("a"))), 0700);
    QCOMPARE(modeOf(root.filePath(QStringLiteral("a/b"))), 0700);
    QCOMPARE(modeOf(dir), 0700);
}

void TestProfile::createRefusesAnExistingDirectory()
{
    QTemporaryDir root;
    const QString dir = root.filePath(QStringLiteral("alice"));
    QVERIFY(makeProfile(dir));
    const auto before = snapshotTree(root.path());
    Result<std::unique_ptr<Profile>> again =
        Profile::create(dir, QStringLiteral("other"), KdfParams::cheapForTests());
    QCOMPARE(codeOf(again), QByteArrayLiteral("AlreadyExists"));
    QCOMPARE(snapshotTree(root.path()), before);
    // An empty directory someone made is not ours either.
    const QString empty = root.filePath(QStringLiteral("empty"));
    QVERIFY(QDir().mkdir(empty));
    QCOMPARE(codeOf(Profile::create(empty, kPass, KdfParams::cheapForTests())),
             QByteArrayLiteral("AlreadyExists"));
    QVERIFY(QDir(empty).isEmpty());
}

void TestProfile::createLeavesNothingWhenRefused()
{
    QTemporaryDir root;
    const QString dir = root.filePath(QStringLiteral("alice"));
    QCOMPARE(codeOf(Profile::create(dir, QString(), KdfParams::cheapForTests())),
             QByteArrayLiteral("InvalidArgument"));
    QCOMPARE(codeOf(Profile::create(dir, kPass, KdfParams{0, 0})),
             QByteArrayLiteral("InvalidArgument"));
    QVERIFY(QDir(root.path()).isEmpty());
}

void TestProfile::wrongPassphraseChangesNoFile()
{
    QTemporaryDir root;
    const QString dir = root.filePath(QStringLiteral("alice"));
    QVERIFY(makeProfile(dir));
    const auto before = snapshotTree(root.path());
    for (const QString &wrong :
         {QStringLiteral("profile passphrasE"), QString(), QStringLiteral("x")}) {
        Result<std::unique_ptr<Profile>> r = Profile::open(dir, wrong);
        QCOMPARE(codeOf(r), QByteArrayLiteral("WrongPassphrase"));
        QVERIFY(!r.error().detail.contains(wrong.isEmpty() ? QStringLiteral("\x01") : wrong));
    }
    QCOMPARE(snapshotTree(root.path()), before);
    QVERIFY(Profile::open(dir, kPass));
}

void TestProfile::changePassphraseRewrapsOnly()
{
    QTemporaryDir root;
    const QString dir = root.filePath(QStringLiteral("alice"));
    const QString newPass = QStringLiteral("a brand new passphrase");
    {
        std::unique_ptr<Profile> p = makeProfile(dir, 4);
        QVERIFY(p);
        QVERIFY(p->store().checkpoint());
        const QByteArray dbBefore = fileHash(Profile::databasePath(dir));
        const QByteArray keyBefore = fileHash(Profile::keyFilePath(dir));
        QCOMPARE(codeOf(p->changePassphrase(kPass, newPass, KdfParams::cheapForTests())),
                 QByteArrayLiteral("ok"));
        QCOMPARE(fileHash(Profile::databasePath(dir)), dbBefore); // not re-encrypted
        QVERIFY(fileHash(Profile::keyFilePath(dir)) != keyBefore);
        QCOMPARE(contactCount(*p), 4); // still usable
    }
    QCOMPARE(codeOf(Profile::open(dir, kPass)), QByteArrayLiteral("WrongPassphrase"));
    Result<std::unique_ptr<Profile>> p = Profile::open(dir, newPass);
    QVERIFY2(p, why(p).constData());
    QCOMPARE(contactCount(**p), 4);
    QCOMPARE(QDir(dir).entryList(QDir::Files | QDir::Hidden).filter(QStringLiteral("tmp")),
             QStringList());
}

void TestProfile::changePassphraseWithWrongOldChangesNothing()
{
    QTemporaryDir root;
    const QString dir = root.filePath(QStringLiteral("alice"));
    std::unique_ptr<Profile> p = makeProfile(dir);
    QVERIFY(p);
    const QByteArray keyBefore = fileHash(Profile::keyFilePath(dir));
    QCOMPARE(codeOf(p->changePassphrase(QStringLiteral("wrong"), QStringLiteral("new"),
                                        KdfParams::cheapForTests())),
             QByteArrayLiteral("WrongPassphrase"));
    QCOMPARE(codeOf(p->changePassphrase(kPass, QString(), KdfParams::cheapForTests())),
             QByteArrayLiteral("InvalidArgument"));
    QCOMPARE(fileHash(Profile::keyFilePath(dir)), keyBefore);
    p.reset();
    QVERIFY(Profile::open(dir, kPass));
}

void TestProfile::missingPiecesNeverCreateADatabase()
{
    QTemporaryDir root;
    const QString dir = root.filePath(QStringLiteral("alice"));
    // No directory at all.
    QCOMPARE(codeOf(Profile::open(dir, kPass)), QByteArrayLiteral("NotFound"));
    QVERIFY(!QFileInfo::exists(dir));
    // A key file but no database.
    QVERIFY(makeProfile(dir));
    QVERIFY(QFile::remove(Profile::databasePath(dir)));
    const auto before = snapshotTree(root.path());
    Result<std::unique_ptr<Profile>> r = Profile::open(dir, kPass);
    QCOMPARE(codeOf(r), QByteArrayLiteral("Corrupt"));
    QCOMPARE(snapshotTree(root.path()), before);
    QVERIFY(!QFile::exists(Profile::databasePath(dir)));
    // A database but no key file.
    const QString dir2 = root.filePath(QStringLiteral("bob"));
    QVERIFY(makeProfile(dir2));
    QVERIFY(QFile::remove(Profile::keyFilePath(dir2)));
    QCOMPARE(codeOf(Profile::open(dir2, kPass)), QByteArrayLiteral("Corrupt"));
    QVERIFY(!QFile::exists(Profile::keyFilePath(dir2)));
    // An empty directory.
    const QString dir3 = root.filePath(QStringLiteral("carol"));
    QVERIFY(QDir().mkdir(dir3));
    QCOMPARE(codeOf(Profile::open(dir3, kPass)), QByteArrayLiteral("NotFound"));
    QVERIFY(QDir(dir3).isEmpty());
}

void TestProfile::truncatedDatabase_data()
{
    QTest::addColumn<qint64>("length");
    QTest::addColumn<bool>("fromEnd");
    QTest::addRow("empty") << qint64(0) << false;
    QTest::addRow("16 bytes (salt only)") << qint64(16) << false;
    QTest::addRow("100 bytes") << qint64(100) << false;
    QTest::addRow("half a page") << qint64(2048) << false;
    QTest::addRow("one page") << qint64(4096) << false;
    QTest::addRow("two pages") << qint64(8192) << false;
    QTest::addRow("half the file") << qint64(-1) << false;
    QTest::addRow("last page missing") << qint64(4096) << true;
    QTest::addRow("last byte missing") << qint64(1) << true;
}

void TestProfile::truncatedDatabase()
{
    QFETCH(qint64, length);
    QFETCH(bool, fromEnd);
    QTemporaryDir root;
    const QString dir = root.filePath(QStringLiteral("alice"));
    {
        std::unique_ptr<Profile> p = makeProfile(dir, 200);
        QVERIFY(p);
    }
    const QString db = Profile::databasePath(dir);
    const qint64 size = QFileInfo(db).size();
    QVERIFY(size > 16 * 4096);
    const qint64 newSize = length < 0 ? (size / 2) : fromEnd ? size - length : length;
    truncateFile(db, newSize);
    const auto before = snapshotTree(root.path());
    Result<std::unique_ptr<Profile>> r = Profile::open(dir, kPass);
    QCOMPARE(codeOf(r), QByteArrayLiteral("Corrupt"));
    QVERIFY(!r.error().detail.isEmpty());
    QCOMPARE(snapshotTree(root.path()), before);
    QCOMPARE(QFileInfo(db).size(), newSize); // never re-created
}

void TestProfile::garbageDatabase()
{
    QTemporaryDir root;
    const QString dir = root.filePath(QStringLiteral("alice"));
    QVERIFY(makeProfile(dir));
    const QString db = Profile::databasePath(dir);
    {
        QFile f(db);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(SecureBuffer::random(64 * 1024).toByteArray());
    }
    const auto before = snapshotTree(root.path());
    QCOMPARE(codeOf(Profile::open(dir, kPass)), QByteArrayLiteral("Corrupt"));
    QCOMPARE(snapshotTree(root.path()), before);
    // A plain, unencrypted SQLite file in its place is refused the same way.
    {
        QFile f(db);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QByteArray page("SQLite format 3");
        page.append('\0');
        page.append(QByteArray(4096 - page.size(), '\0'));
        f.write(page);
    }
    const auto before2 = snapshotTree(root.path());
    QCOMPARE(codeOf(Profile::open(dir, kPass)), QByteArrayLiteral("Corrupt"));
    QCOMPARE(snapshotTree(root.path()), before2);
}

void TestProfile::damagedWal_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<qint64>("arg");
    for (qint64 n : {0, 10, 32, 100, 4096 + 24 + 32 - 1})
        QTest::addRow("truncated to %lld", n) << QStringLiteral("truncate") << n;
    QTest::addRow("last byte cut") << QStringLiteral("cutEnd") << qint64(1);
    QTest::addRow("last frame cut") << QStringLiteral("cutEnd") << qint64(4096 + 24);
    QTest::addRow("garbage header") << QStringLiteral("garbageHeader") << qint64(0);
    QTest::addRow("garbage frame") << QStringLiteral("garbageMiddle") << qint64(0);
    QTest::addRow("all garbage") << QStringLiteral("garbageAll") << qint64(0);
}

void TestProfile::damagedWal()
{
    // A WAL left by a process that stopped without checkpointing, then
    // damaged. SQLite by design uses the WAL's valid committed prefix (a
    // torn tail is what a crash leaves), so the outcome is either a clean
    // open with the data of some committed prefix, or a clear error with
    // every file untouched; never a crash, never a new database. A damaged
    // header would make SQLite drop the whole WAL silently: that is refused.
    QFETCH(QString, damage);
    QFETCH(qint64, arg);
    QTemporaryDir root;
    const QString live = root.filePath(QStringLiteral("live"));
    const QString copy = root.filePath(QStringLiteral("copy"));
    QList<qint64> committedCounts;
    std::unique_ptr<Profile> p = makeProfile(live, 10);
    QVERIFY(p);
    QVERIFY(p->store().checkpoint());
    committedCounts << contactCount(*p);
    for (int batch = 0; batch < 5; ++batch) {
        auto tx = cove::sqlite::Transaction::begin(p->store().db());
        QVERIFY(tx);
        for (int i = 0; i < 20; ++i) {
            auto st = p->store().db().prepare(
                "INSERT INTO contacts (cove_id, display_name, added_at) VALUES (?1, ?2, 0)");
            QVERIFY(st);
            QVERIFY(st->bind(1, QStringLiteral("b%1-%2").arg(batch).arg(i))
                        .bind(2, QString(300, QLatin1Char('y')))
                        .run());
        }
        QVERIFY(tx->commit());
        committedCounts << contactCount(*p);
    }
    // Copy the files as a crash would leave them (the live connection is
    // still open, so the WAL is not checkpointed).
    QVERIFY(QDir().mkdir(copy));
    for (const char *name : {"cove.db", "cove.db-wal", "cove.key"})
        QVERIFY(QFile::copy(QDir(live).filePath(QLatin1String(name)),
                            QDir(copy).filePath(QLatin1String(name))));
    QVERIFY(QDir(copy).mkdir(QStringLiteral("attachments")));
    p.reset();

    const QString wal = Profile::databasePath(copy) + QStringLiteral("-wal");
    const qint64 walSize = QFileInfo(wal).size();
    QVERIFY(walSize > 4 * (4096 + 24));
    {
        QFile f(wal);
        QVERIFY(f.open(QIODevice::ReadWrite));
        if (damage == QLatin1String("truncate")) {
            QVERIFY(f.resize(arg));
        } else if (damage == QLatin1String("cutEnd")) {
            QVERIFY(f.resize(walSize - arg));
        } else if (damage == QLatin1String("garbageHeader")) {
            f.write(SecureBuffer::random(32).toByteArray());
        } else if (damage == QLatin1String("garbageMiddle")) {
            QVERIFY(f.seek(32 + 2 * (4096 + 24) + 100));
            f.write(SecureBuffer::random(512).toByteArray());
        } else {
            f.write(SecureBuffer::random(std::size_t(walSize)).toByteArray());
        }
    }
    const qint64 dbSize = QFileInfo(Profile::databasePath(copy)).size();
    const auto before = snapshotTree(copy);
    Result<std::unique_ptr<Profile>> r = Profile::open(copy, kPass);
    if (r) {
        const qint64 n = contactCount(**r);
        qInfo("opened with %lld of %lld committed rows", n, committedCounts.constLast());
        QVERIFY2(committedCounts.contains(n), qPrintable(QString::number(n)));
        QCOMPARE(codeOf((*r)->checkIntegrity()), QByteArrayLiteral("ok"));
        if (damage == QLatin1String("cutEnd") && arg == 1)
            QCOMPARE(n, committedCounts.constLast() - 20); // only the torn commit is lost
        QVERIFY(!damage.startsWith(QLatin1String("garbage")) ||
                damage == QLatin1String("garbageMiddle"));
    } else {
        qInfo("refused: %s", why(r).constData());
        QCOMPARE(codeOf(r), QByteArrayLiteral("Corrupt"));
        QCOMPARE(snapshotTree(copy), before);
    }
    QVERIFY(QFileInfo(Profile::databasePath(copy)).size() >= dbSize); // never re-created
}

void TestProfile::damagedKeyFile()
{
    QTemporaryDir root;
    const QString dir = root.filePath(QStringLiteral("alice"));
    QVERIFY(makeProfile(dir));
    const QString key = Profile::keyFilePath(dir);
    QFile f(key);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray good = f.readAll();
    f.close();
    for (qsizetype len : {qsizetype(0), qsizetype(10), qsizetype(60), good.size() - 1}) {
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(good.left(len));
        f.close();
        const auto before = snapshotTree(root.path());
        QCOMPARE(codeOf(Profile::open(dir, kPass)), QByteArrayLiteral("Corrupt"));
        QCOMPARE(snapshotTree(root.path()), before);
    }
    QByteArray flipped = good;
    flipped[80] = char(flipped[80] ^ 0x40);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(flipped);
    f.close();
    const auto before = snapshotTree(root.path());
    QCOMPARE(codeOf(Profile::open(dir, kPass)), QByteArrayLiteral("WrongPassphrase"));
    QCOMPARE(snapshotTree(root.path()), before);
}

void TestProfile::names_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::addRow("plain") << QStringLiteral("alice") << true;
    QTest::addRow("spaces inside") << QStringLiteral("Alice at work") << true;
    QTest::addRow("unicode") << QStringLiteral("\u0623\u0644\u064a\u0633 \u6f22") << true;
    QTest::addRow("max length") << QString(Profile::kMaxNameLength, QLatin1Char('a')) << true;
    QTest::addRow("too long") << QString(Profile::kMaxNameLength + 1, QLatin1Char('a')) << false;
    QTest::addRow("empty") << QString() << false;
    QTest::addRow("dot") << QStringLiteral(".") << false;
    QTest::addRow("dotdot") << QStringLiteral("..") << false;
    QTest::addRow("hidden") << QStringLiteral(".alice") << false;
    QTest::addRow("slash") << QStringLiteral("a/b") << false;
    QTest::addRow("traversal") << QStringLiteral("../etc") << false;
    QTest::addRow("backslash") << QStringLiteral("a\\b") << false;
    QTest::addRow("colon") << QStringLiteral("c:x") << false;
    QTest::addRow("nul") << QStringLiteral("a\0b") << false;
    QTest::addRow("newline") << QStringLiteral("a\nb") << false;
    QTest::addRow("trailing space") << QStringLiteral("alice ") << false;
    QTest::addRow("leading space") << QStringLiteral(" alice") << false;
    QTest::addRow("trailing dot") << QStringLiteral("alice.") << false;
    QTest::addRow("windows device") << QStringLiteral("con") << false;
    QTest::addRow("windows device ext") << QStringLiteral("COM1.txt") << false;
    QTest::addRow("not a device") << QStringLiteral("console") << true;
    QTest::addRow("bidi override") << QStringLiteral("a\u202eb") << false;
}

void TestProfile::names()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QCOMPARE(Profile::isValidName(name), valid);
    QTemporaryDir root;
    Result<QString> dir = Profile::directoryForName(name, root.path());
    QCOMPARE(dir.ok(), valid);
    if (valid) {
        QCOMPARE(QFileInfo(*dir).absolutePath(), QFileInfo(root.path()).absoluteFilePath());
        QCOMPARE(QFileInfo(*dir).fileName(), name);
    } else {
        QCOMPARE(codeOf(dir), QByteArrayLiteral("InvalidArgument"));
    }
}

void TestProfile::defaultRootIsUnderAppData()
{
    // With a QCoreApplication there is always an application name (the
    // executable's by default), so this is the app-data branch.
    const QString root = Profile::defaultRoot();
    QCOMPARE(root, QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                       QStringLiteral("/profiles"));
    Result<QString> dir = Profile::directoryForName(QStringLiteral("alice"));
    QVERIFY(dir);
    QCOMPARE(*dir, root + QStringLiteral("/alice"));
}

void TestProfile::idIsStableAndDistinct()
{
    QTemporaryDir root;
    const QString a = root.filePath(QStringLiteral("alice"));
    const QString b = root.filePath(QStringLiteral("bob"));
    QVERIFY(QDir().mkdir(a));
    QVERIFY(QDir().mkdir(b));
    QCOMPARE(Profile::idFor(a), Profile::idFor(a));
    QCOMPARE(Profile::idFor(a), Profile::idFor(a + QStringLiteral("/.")));
    QVERIFY(Profile::idFor(a) != Profile::idFor(b));
    QVERIFY(Profile::idFor(a).startsWith(QLatin1String("alice:")));
}

void TestProfile::keychainUnavailableFallsBackToPassphrase()
{
    QTemporaryDir root;
    const QString dir = root.filePath(QStringLiteral("alice"));
    Keychain keychain(QStringLiteral("Cove-test"), std::chrono::seconds(20));
    {
        std::unique_ptr<Profile> p = makeProfile(dir);
        QVERIFY(p);
        // "Remember on this computer" says clearly that it cannot.
        Result<void> remembered = p->rememberKey(keychain);
        QCOMPARE(codeOf(remembered), QByteArrayLiteral("NotFound"));
        qInfo("keychain says: %s", why(remembered).constData());
        QVERIFY(remembered.error().detail.contains(QLatin1String("keychain")));
    }
    const auto before = snapshotTree(root.path());
    Result<std::unique_ptr<Profile>> viaKeychain = Profile::openWithKeychain(dir, keychain);
    QCOMPARE(codeOf(viaKeychain), QByteArrayLiteral("NotFound"));
    QCOMPARE(snapshotTree(root.path()), before);
    // The passphrase still opens it; forgetting reports the same problem.
    Result<std::unique_ptr<Profile>> viaPassphrase = Profile::open(dir, kPass);
    QVERIFY2(viaPassphrase, why(viaPassphrase).constData());
    QCOMPARE(codeOf((*viaPassphrase)->forgetKey(keychain)), QByteArrayLiteral("NotFound"));
}

void TestProfile::keychainRemembersAndForgets()
{
    QTemporaryDir root;
    const QString dir = root.filePath(QStringLiteral("alice"));
    MemoryKeychain keychain;
    {
        std::unique_ptr<Profile> p = makeProfile(dir, 2);
        QVERIFY(p);
        QCOMPARE(codeOf(p->rememberKey(keychain)), QByteArrayLiteral("ok"));
        QCOMPARE(keychain.m_entries.size(), 1);
        QVERIFY(keychain.m_entries.contains(p->id()));
    }
    {
        Result<std::unique_ptr<Profile>> p = Profile::openWithKeychain(dir, keychain);
        QVERIFY2(p, why(p).constData());
        QCOMPARE(contactCount(**p), 2);
        // The remembered key survives a passphrase change (same database key).
        QVERIFY((*p)->changePassphrase(kPass, QStringLiteral("new"), KdfParams::cheapForTests()));
    }
    QVERIFY(Profile::openWithKeychain(dir, keychain));

    // A stale entry (a different key) is WrongPassphrase, and changes nothing.
    const QString id = Profile::idFor(dir);
    QVERIFY(keychain.m_entries.contains(id));
    keychain.m_entries[id] = SecureBuffer::random(32).toByteArray();
    const auto before = snapshotTree(root.path());
    QCOMPARE(codeOf(Profile::openWithKeychain(dir, keychain)),
             QByteArrayLiteral("WrongPassphrase"));
    QCOMPARE(snapshotTree(root.path()), before);

    Result<std::unique_ptr<Profile>> p = Profile::open(dir, QStringLiteral("new"));
    QVERIFY(p);
    QVERIFY((*p)->forgetKey(keychain));
    QVERIFY(keychain.m_entries.isEmpty());
    QCOMPARE(codeOf(Profile::openWithKeychain(dir, keychain)), QByteArrayLiteral("NotFound"));
}

QTEST_GUILESS_MAIN(TestProfile)
#include "tst_profile.moc"
