// SPDX-License-Identifier: GPL-3.0-or-later
// Backup and restore: one encrypted file holds the whole profile; restoring
// it makes a new profile that opens with the backup passphrase, and a wrong
// passphrase, a damaged or truncated file or a hostile record name leaves
// nothing behind.

#include "Backup.h"
#include "Migrations.h"
#include "Profile.h"
#include "Sqlite.h"
#include "Store.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace cove::storage;
using cove::protocol::SecureBuffer;

namespace {

const QString kProfilePass = QStringLiteral("profile passphrase");
const QString kBackupPass = QStringLiteral("backup passphrase");

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

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

/// Relative path -> content of every file under `dir`, hidden ones too.
QMap<QString, QByteArray> filesUnder(const QString &dir)
{
    QMap<QString, QByteArray> out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        out.insert(QDir(dir).relativeFilePath(path), readAll(path));
    }
    return out;
}

QStringList entriesOf(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System |
                               QDir::NoDotAndDotDot);
}

bool exec(Profile &p, const char *sql)
{
    return p.store().db().exec(sql).ok();
}

QStringList column(Profile &p, const char *sql)
{
    QStringList out;
    auto st = p.store().db().prepare(sql);
    if (!st)
        return {QStringLiteral("<prepare failed>")};
    for (;;) {
        auto row = st->step();
        if (!row || !*row)
            break;
        out << st->text(0);
    }
    return out;
}

/// A profile with rows in several tables and a few attachment files.
std::unique_ptr<Profile> makeRichProfile(const QString &dir)
{
    Result<std::unique_ptr<Profile>> p =
        Profile::create(dir, kProfilePass, KdfParams::cheapForTests());
    if (!p)
        return nullptr;
    Profile &profile = **p;
    const bool ok =
        exec(profile, "INSERT INTO contacts VALUES ('id-1', 'CANARY Alice', x'0102', 1)") &&
        exec(profile, "INSERT INTO contacts VALUES ('id-2', 'Bob', NULL, 2)") &&
        exec(profile, "INSERT INTO settings VALUES ('theme', 'dark')") &&
        exec(profile, "INSERT INTO conversations (id, kind, peer_id, created_at, "
                      "last_activity_at) VALUES (1, 1, 'id-1', 1, 2)") &&
        exec(profile, "INSERT INTO messages (message_id, conversation_id, sender_id, direction, "
                      "status, sent_at, body) VALUES (x'aa', 1, 'id-1', 1, 10, 5, "
                      "'hello from the backup')") &&
        exec(profile, "PRAGMA user_version") &&
        writeAll(dir + QStringLiteral("/attachments/small.bin"), "small encrypted file") &&
        writeAll(dir + QStringLiteral("/attachments/ab/cd/nested.bin"),
                 SecureBuffer::random(200 * 1024 + 7).toByteArray()) &&
        writeAll(dir + QStringLiteral("/attachments/ab/empty"), QByteArray()) &&
        writeAll(dir + QStringLiteral("/attachments/.hidden"), "hidden");
    return ok ? std::move(*p) : nullptr;
}

} // namespace

class TestBackup : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void roundTripPreservesEverything();
    void backupIsOneEncryptedFile();
    void restoredProfileIsOwnerOnly();
    void backupSeesUncheckpointedWrites();
    void wrongBackupPassphraseLeavesNothing();
    void truncatedBackup_data();
    void truncatedBackup();
    void damagedBackupLeavesNothing();
    void hostileRecordNames_data();
    void hostileRecordNames();
    void malformedRecordSequences();
    void restoreRefusesAnExistingTarget();
    void refusesToWriteInsideTheProfile();
    void exportLeavesTheProfileAsItWas();
};

void TestBackup::roundTripPreservesEverything()
{
    QTemporaryDir root;
    const QString source = root.filePath(QStringLiteral("alice"));
    const QString backup = root.filePath(QStringLiteral("alice.covebackup"));
    const QString target = root.filePath(QStringLiteral("restored"));
    QMap<QString, QByteArray> attachmentsBefore;
    {
        std::unique_ptr<Profile> p = makeRichProfile(source);
        QVERIFY(p);
        attachmentsBefore = filesUnder(Profile::attachmentsPath(source));
        QCOMPARE(attachmentsBefore.size(), 4);
        Result<void> r = Backup::exportProfile(*p, backup, kBackupPass, KdfParams::cheapForTests());
        QVERIFY2(r, why(r).constData());
    }
    Result<void> r = Backup::restore(backup, kBackupPass, target, KdfParams::cheapForTests());
    QVERIFY2(r, why(r).constData());

    // The restored profile opens with the backup passphrase, not the old one.
    QCOMPARE(codeOf(Profile::open(target, kProfilePass)), QByteArrayLiteral("WrongPassphrase"));
    Result<std::unique_ptr<Profile>> restored = Profile::open(target, kBackupPass);
    QVERIFY2(restored, why(restored).constData());
    Profile &p = **restored;
    QCOMPARE(column(p, "SELECT display_name || '/' || hex(identity_key) FROM contacts "
                       "ORDER BY cove_id"),
             (QStringList{QStringLiteral("CANARY Alice/0102"), QStringLiteral("Bob/")}));
    QCOMPARE(column(p, "SELECT value FROM settings"), QStringList{QStringLiteral("dark")});
    QCOMPARE(column(p, "SELECT body FROM messages"),
             QStringList{QStringLiteral("hello from the backup")});
    // The full-text index came along and works.
    QCOMPARE(column(p, "SELECT docid FROM message_search WHERE message_search MATCH 'backup'"),
             QStringList{QStringLiteral("1")});
    QCOMPARE(*p.store().db().queryInt("PRAGMA user_version"), latestSchemaVersion());
    QCOMPARE(filesUnder(Profile::attachmentsPath(target)), attachmentsBefore);
    auto check = p.store().db().prepare("PRAGMA integrity_check");
    QVERIFY(check && *check->step());
    QCOMPARE(check->text(0), QStringLiteral("ok"));
    // No temporaries left beside the target.
    QCOMPARE(entriesOf(root.path()),
             (QStringList{QStringLiteral("alice"), QStringLiteral("alice.covebackup"),
                          QStringLiteral("restored")}));
}

void TestBackup::backupIsOneEncryptedFile()
{
    QTemporaryDir root;
    const QString source = root.filePath(QStringLiteral("alice"));
    const QString backup = root.filePath(QStringLiteral("b.covebackup"));
    std::unique_ptr<Profile> p = makeRichProfile(source);
    QVERIFY(p);
    QVERIFY(writeAll(source + QStringLiteral("/attachments/plain.txt"), "PLAINCANARY"));
    QVERIFY(Backup::exportProfile(*p, backup, kBackupPass, KdfParams::cheapForTests()));
    const QByteArray bytes = readAll(backup);
    QVERIFY(bytes.startsWith("COVEBAK\x01"));
    QVERIFY(!bytes.contains("CANARY"));
    QVERIFY(!bytes.contains("attachments/"));
    QVERIFY(!bytes.contains("hello from the backup"));
    QCOMPARE(modeOf(backup), 0600);
}

void TestBackup::restoredProfileIsOwnerOnly()
{
    QTemporaryDir root;
    const QString source = root.filePath(QStringLiteral("alice"));
    const QString backup = root.filePath(QStringLiteral("b.covebackup"));
    const QString target = root.filePath(QStringLiteral("new/parent/restored"));
    {
        std::unique_ptr<Profile> p = makeRichProfile(source);
        QVERIFY(p);
        QVERIFY(Backup::exportProfile(*p, backup, kBackupPass, KdfParams::cheapForTests()));
    }
    QVERIFY(Backup::restore(backup, kBackupPass, target, KdfParams::cheapForTests()));
    QCOMPARE(modeOf(root.filePath(QStringLiteral("new"))), 0700);
    QCOMPARE(modeOf(target), 0700);
    QCOMPARE(modeOf(Profile::keyFilePath(target)), 0600);
    QCOMPARE(modeOf(Profile::databasePath(target)), 0600);
    QCOMPARE(modeOf(Profile::attachmentsPath(target)), 0700);
    QCOMPARE(modeOf(Profile::attachmentsPath(target) + QStringLiteral("/ab/cd")), 0700);
    QCOMPARE(modeOf(Profile::attachmentsPath(target) + QStringLiteral("/ab/cd/nested.bin")), 0600);
}

void TestBackup::backupSeesUncheckpointedWrites()
{
    QTemporaryDir root;
    const QString source = root.filePath(QStringLiteral("alice"));
    const QString backup = root.filePath(QStringLiteral("b.covebackup"));
    const QString target = root.filePath(QStringLiteral("restored"));
    std::unique_ptr<Profile> p = makeRichProfile(source);
    QVERIFY(p);
    QVERIFY(p->store().checkpoint());
    // Still in the WAL when the backup is taken.
    QVERIFY(exec(*p, "INSERT INTO contacts VALUES ('id-3', 'Only in the WAL', NULL, 3)"));
    QVERIFY(QFileInfo(Profile::databasePath(source) + QStringLiteral("-wal")).size() > 0);
    QVERIFY(Backup::exportProfile(*p, backup, kBackupPass, KdfParams::cheapForTests()));
    QVERIFY(Backup::restore(backup, kBackupPass, target, KdfParams::cheapForTests()));
    Result<std::unique_ptr<Profile>> restored = Profile::open(target, kBackupPass);
    QVERIFY(restored);
    QCOMPARE(column(**restored, "SELECT display_name FROM contacts WHERE cove_id = 'id-3'"),
             QStringList{QStringLiteral("Only in the WAL")});
}

void TestBackup::wrongBackupPassphraseLeavesNothing()
{
    QTemporaryDir root;
    const QString backup = root.filePath(QStringLiteral("b.covebackup"));
    {
        std::unique_ptr<Profile> p = makeRichProfile(root.filePath(QStringLiteral("alice")));
        QVERIFY(p);
        QVERIFY(Backup::exportProfile(*p, backup, kBackupPass, KdfParams::cheapForTests()));
    }
    const QStringList before = entriesOf(root.path());
    const QByteArray backupBytes = readAll(backup);
    for (const QString &wrong : {kProfilePass, QString(), QStringLiteral("backup passphrasE")}) {
        // Not even the target's missing parents are created.
        Result<void> r =
            Backup::restore(backup, wrong, root.filePath(QStringLiteral("new/restored")),
                            KdfParams::cheapForTests());
        QCOMPARE(codeOf(r), QByteArrayLiteral("WrongPassphrase"));
    }
    QCOMPARE(entriesOf(root.path()), before);
    QCOMPARE(readAll(backup), backupBytes);
}

void TestBackup::truncatedBackup_data()
{
    QTest::addColumn<qint64>("cut");
    QTest::addColumn<bool>("fromEnd");
    for (qint64 n : {0, 7, 8, 30, 59, 60, 61, 63, 64, 100, 1000, 50000})
        QTest::addRow("kept %lld bytes", n) << n << false;
    QTest::addRow("half") << qint64(-1) << false;
    for (qint64 n : {1, 17, 22, 23, 24, 1000})
        QTest::addRow("lost last %lld bytes", n) << n << true;
}

void TestBackup::truncatedBackup()
{
    QFETCH(qint64, cut);
    QFETCH(bool, fromEnd);
    // One backup serves every row: only its truncation differs.
    static const QByteArray whole = [] {
        QTemporaryDir root;
        const QString backup = root.filePath(QStringLiteral("b.covebackup"));
        std::unique_ptr<Profile> p = makeRichProfile(root.filePath(QStringLiteral("alice")));
        if (!p || !Backup::exportProfile(*p, backup, kBackupPass, KdfParams::cheapForTests()))
            return QByteArray();
        return readAll(backup);
    }();
    QVERIFY(whole.size() > 200 * 1024);
    QTemporaryDir root;
    const QString backup = root.filePath(QStringLiteral("b.covebackup"));
    const qint64 keep = cut < 0 ? whole.size() / 2 : fromEnd ? whole.size() - cut : cut;
    QVERIFY(writeAll(backup, whole.left(keep)));
    const QStringList before = entriesOf(root.path());
    Result<void> r = Backup::restore(backup, kBackupPass, root.filePath(QStringLiteral("restored")),
                                     KdfParams::cheapForTests());
    QCOMPARE(codeOf(r), QByteArrayLiteral("Corrupt"));
    QCOMPARE(entriesOf(root.path()), before);
}

void TestBackup::damagedBackupLeavesNothing()
{
    QTemporaryDir root;
    const QString backup = root.filePath(QStringLiteral("b.covebackup"));
    {
        std::unique_ptr<Profile> p = makeRichProfile(root.filePath(QStringLiteral("alice")));
        QVERIFY(p);
        QVERIFY(Backup::exportProfile(*p, backup, kBackupPass, KdfParams::cheapForTests()));
    }
    const QByteArray good = readAll(backup);
    const QStringList before = entriesOf(root.path());
    const QString target = root.filePath(QStringLiteral("restored"));
    struct Case {
        const char *what;
        QByteArray bytes;
        const char *code;
    };
    QByteArray flippedMiddle = good;
    flippedMiddle[good.size() / 2] = char(flippedMiddle[good.size() / 2] ^ 0x10);
    QByteArray flippedLast = good;
    flippedLast[good.size() - 1] = char(flippedLast[good.size() - 1] ^ 0x01);
    QByteArray badMagic = good;
    badMagic[0] = 'X';
    QByteArray badVersion = good;
    badVersion[7] = char(2);
    QByteArray hugeMemory = good;
    hugeMemory[12 + 5] = char(0x7f); // memlimit far beyond the cap
    QByteArray hugeLength = good;
    for (int i = 0; i < 4; ++i)
        hugeLength[60 + i] = char(0xff); // first message claims 4 GiB
    const Case cases[] = {
        {"flipped middle byte", flippedMiddle, "Corrupt"},
        {"flipped last byte", flippedLast, "Corrupt"},
        {"trailing bytes", good + QByteArray("more"), "Corrupt"},
        {"bad magic", badMagic, "Corrupt"},
        {"unknown version", badVersion, "Corrupt"},
        {"absurd memlimit", hugeMemory, "Corrupt"},
        {"absurd message length", hugeLength, "Corrupt"},
        {"random bytes", SecureBuffer::random(4096).toByteArray(), "Corrupt"},
    };
    for (const Case &c : cases) {
        QVERIFY(writeAll(backup, c.bytes));
        Result<void> r = Backup::restore(backup, kBackupPass, target, KdfParams::cheapForTests());
        QVERIFY2(codeOf(r) == c.code, c.what);
        QCOMPARE(entriesOf(root.path()), before);
    }
    QCOMPARE(codeOf(Backup::restore(root.filePath(QStringLiteral("none")), kBackupPass, target,
                                    KdfParams::cheapForTests())),
             QByteArrayLiteral("NotFound"));
}

void TestBackup::hostileRecordNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addRow("parent") << QStringLiteral("../x");
    QTest::addRow("through attachments") << QStringLiteral("attachments/../../x");
    QTest::addRow("up one inside") << QStringLiteral("attachments/../x");
    QTest::addRow("absolute") << QStringLiteral("/tmp/x");
    QTest::addRow("outside attachments") << QStringLiteral("cove.key");
    QTest::addRow("attachments itself") << QStringLiteral("attachments");
    QTest::addRow("empty component") << QStringLiteral("attachments//x");
    QTest::addRow("trailing slash") << QStringLiteral("attachments/x/");
    QTest::addRow("dot component") << QStringLiteral("attachments/./x");
    QTest::addRow("windows separators") << QStringLiteral("attachments/..\\..\\x");
    QTest::addRow("windows dots") << QStringLiteral("attachments/.../x");
    QTest::addRow("drive") << QStringLiteral("attachments/c:x");
    QTest::addRow("nul") << QStringLiteral("attachments/a\0b");
    QTest::addRow("empty") << QString();
}

void TestBackup::hostileRecordNames()
{
    QFETCH(QString, name);
    QTemporaryDir root;
    const QString backup = root.filePath(QStringLiteral("evil.covebackup"));
    {
        BackupWriter w(backup);
        QVERIFY(w.begin(kBackupPass, KdfParams::cheapForTests()));
        QVERIFY(
            w.addRecord(BackupRecordKind::DatabaseKey, QString(), SecureBuffer::random(32).view()));
        QVERIFY(w.addRecord(BackupRecordKind::Database, QStringLiteral("cove.db"),
                            QByteArray("not really a database")));
        QVERIFY(w.addRecord(BackupRecordKind::Attachment, QStringLiteral("attachments/fine"),
                            QByteArray("fine")));
        QVERIFY(w.addRecord(BackupRecordKind::Attachment, name, QByteArray("EVIL")));
        QVERIFY(w.finish());
    }
    QVERIFY(!Backup::isValidAttachmentName(name));
    const QString target = root.filePath(QStringLiteral("p/restored"));
    Result<void> r = Backup::restore(backup, kBackupPass, target, KdfParams::cheapForTests());
    QCOMPARE(codeOf(r), QByteArrayLiteral("Corrupt"));
    QVERIFY(!QFileInfo::exists(target));
    // Nothing was written anywhere under the root except the backup (and
    // the target's parent, created for the temporary directory).
    QDirIterator it(root.path(), QDir::Files | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    QStringList files;
    while (it.hasNext())
        files << QDir(root.path()).relativeFilePath(it.next());
    QCOMPARE(files, QStringList{QStringLiteral("evil.covebackup")});
    QVERIFY(!QFileInfo::exists(QStringLiteral("/tmp/x")) ||
            readAll(QStringLiteral("/tmp/x")) != "EVIL");
}

void TestBackup::malformedRecordSequences()
{
    QTemporaryDir root;
    const QString backup = root.filePath(QStringLiteral("b.covebackup"));
    const QString target = root.filePath(QStringLiteral("restored"));
    const QByteArray key = SecureBuffer::random(32).toByteArray();
    using Kind = BackupRecordKind;
    struct Record {
        Kind kind;
        QString name;
        QByteArray content;
    };
    const QList<QPair<const char *, QList<Record>>> cases = {
        {"no records", {}},
        {"no database", {{Kind::DatabaseKey, QString(), key}}},
        {"database first",
         {{Kind::Database, QStringLiteral("cove.db"), "x"}, {Kind::DatabaseKey, QString(), key}}},
        {"short key",
         {{Kind::DatabaseKey, QString(), key.left(31)},
          {Kind::Database, QStringLiteral("cove.db"), "x"}}},
        {"two keys", {{Kind::DatabaseKey, QString(), key}, {Kind::DatabaseKey, QString(), key}}},
        {"misnamed database",
         {{Kind::DatabaseKey, QString(), key},
          {Kind::Database, QStringLiteral("../cove.db"), "x"}}},
        {"duplicate file",
         {{Kind::DatabaseKey, QString(), key},
          {Kind::Database, QStringLiteral("cove.db"), "x"},
          {Kind::Attachment, QStringLiteral("attachments/a"), "1"},
          {Kind::Attachment, QStringLiteral("attachments/a"), "2"}}},
        {"file under a file",
         {{Kind::DatabaseKey, QString(), key},
          {Kind::Database, QStringLiteral("cove.db"), "x"},
          {Kind::Attachment, QStringLiteral("attachments/a"), "1"},
          {Kind::Attachment, QStringLiteral("attachments/a/b"), "2"}}},
        {"unknown kind",
         {{Kind::DatabaseKey, QString(), key},
          {Kind::Database, QStringLiteral("cove.db"), "x"},
          {Kind(9), QStringLiteral("attachments/a"), "1"}}},
        {"database that does not open",
         {{Kind::DatabaseKey, QString(), key},
          {Kind::Database, QStringLiteral("cove.db"), SecureBuffer::random(8192).toByteArray()}}},
    };
    for (const auto &c : cases) {
        {
            BackupWriter w(backup);
            QVERIFY(w.begin(kBackupPass, KdfParams::cheapForTests()));
            for (const Record &rec : c.second)
                QVERIFY(w.addRecord(rec.kind, rec.name, rec.content));
            QVERIFY(w.finish());
        }
        Result<void> r = Backup::restore(backup, kBackupPass, target, KdfParams::cheapForTests());
        QVERIFY2(codeOf(r) == "Corrupt", c.first);
        QCOMPARE(entriesOf(root.path()), QStringList{QStringLiteral("b.covebackup")});
    }
}

void TestBackup::restoreRefusesAnExistingTarget()
{
    QTemporaryDir root;
    const QString backup = root.filePath(QStringLiteral("b.covebackup"));
    const QString existing = root.filePath(QStringLiteral("alice"));
    {
        std::unique_ptr<Profile> p = makeRichProfile(existing);
        QVERIFY(p);
        QVERIFY(Backup::exportProfile(*p, backup, kBackupPass, KdfParams::cheapForTests()));
    }
    const auto before = filesUnder(root.path());
    QCOMPARE(codeOf(Backup::restore(backup, kBackupPass, existing, KdfParams::cheapForTests())),
             QByteArrayLiteral("AlreadyExists"));
    const QString empty = root.filePath(QStringLiteral("empty"));
    QVERIFY(QDir().mkdir(empty));
    QCOMPARE(codeOf(Backup::restore(backup, kBackupPass, empty, KdfParams::cheapForTests())),
             QByteArrayLiteral("AlreadyExists"));
    QVERIFY(QDir(empty).isEmpty());
    const QString file = root.filePath(QStringLiteral("afile"));
    QVERIFY(writeAll(file, "x"));
    QCOMPARE(codeOf(Backup::restore(backup, kBackupPass, file, KdfParams::cheapForTests())),
             QByteArrayLiteral("AlreadyExists"));
    QCOMPARE(readAll(file), QByteArray("x"));
    QVERIFY(QFile::remove(file));
    QVERIFY(QDir().rmdir(empty));
    QCOMPARE(filesUnder(root.path()), before);
}

void TestBackup::refusesToWriteInsideTheProfile()
{
    QTemporaryDir root;
    const QString source = root.filePath(QStringLiteral("alice"));
    std::unique_ptr<Profile> p = makeRichProfile(source);
    QVERIFY(p);
    const QString inside = source + QStringLiteral("/attachments/backup.covebackup");
    QCOMPARE(codeOf(Backup::exportProfile(*p, inside, kBackupPass, KdfParams::cheapForTests())),
             QByteArrayLiteral("InvalidArgument"));
    QVERIFY(!QFileInfo::exists(inside));
    QCOMPARE(codeOf(Backup::exportProfile(*p, root.filePath(QStringLiteral("b")), QString(),
                                          KdfParams::cheapForTests())),
             QByteArrayLiteral("InvalidArgument"));
}

void TestBackup::exportLeavesTheProfileAsItWas()
{
    QTemporaryDir root;
    const QString source = root.filePath(QStringLiteral("alice"));
    const QString backup = root.filePath(QStringLiteral("b.covebackup"));
    std::unique_ptr<Profile> p = makeRichProfile(source);
    QVERIFY(p);
    const QStringList entries = entriesOf(source);
    const auto attachments = filesUnder(Profile::attachmentsPath(source));
    const QByteArray keyFile = readAll(Profile::keyFilePath(source));
    QVERIFY(Backup::exportProfile(*p, backup, kBackupPass, KdfParams::cheapForTests()));
    // Replacing an earlier backup works too, atomically.
    QVERIFY(Backup::exportProfile(*p, backup, kBackupPass, KdfParams::cheapForTests()));
    QCOMPARE(entriesOf(source), entries); // no snapshot left behind
    QCOMPARE(filesUnder(Profile::attachmentsPath(source)), attachments);
    QCOMPARE(readAll(Profile::keyFilePath(source)), keyFile);
    QVERIFY(exec(*p, "INSERT INTO contacts VALUES ('id-9', 'After', NULL, 9)"));
    QCOMPARE(column(*p, "SELECT count(*) FROM contacts"), QStringList{QStringLiteral("3")});
    QCOMPARE(entriesOf(root.path()),
             (QStringList{QStringLiteral("alice"), QStringLiteral("b.covebackup")}));
}

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
