// SPDX-License-Identifier: GPL-3.0-or-later
// No plaintext on disk. A unique canary goes into everything a person
// writes or receives (a contact's name, a group's title, message bodies, a
// quote, a file's name and its content, a report), is searched for so the
// full-text index holds it, and is partly deleted again; then every file in
// the profile directory (database, WAL, shared memory, attachments) is
// scanned for the canary in UTF-8, UTF-16LE and UTF-16BE, both while the
// WAL still holds the writes and after a checkpoint moved them into the
// database. It must appear nowhere.

#include "Attachments.h"
#include "Contacts.h"
#include "Conversations.h"
#include "Crypto.h"
#include "KeyFile.h"
#include "Messages.h"
#include "Profile.h"
#include "SafetyState.h"
#include "Store.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace cove::storage;

namespace {

template <typename T> QByteArray whyNot(const Result<T> &r)
{
    return r.ok() ? QByteArray() : r.error().detail.toUtf8();
}

QByteArray utf16(const QString &s, bool bigEndian)
{
    QByteArray out;
    for (QChar c : s) {
        const char16_t u = c.unicode();
        const char hi = char(u >> 8);
        const char lo = char(u & 0xff);
        out.append(bigEndian ? hi : lo);
        out.append(bigEndian ? lo : hi);
    }
    return out;
}

struct Finding {
    QString file;
    QString encoding;
};

// Every file under `dir` (recursively, hidden ones too) that contains
// `needle` in one of the three encodings.
QList<Finding> scan(const QString &dir, const QString &needle, int *filesScanned)
{
    const QList<QPair<QString, QByteArray>> encodings = {
        {QStringLiteral("UTF-8"), needle.toUtf8()},
        {QStringLiteral("UTF-16LE"), utf16(needle, false)},
        {QStringLiteral("UTF-16BE"), utf16(needle, true)},
    };
    QList<Finding> found;
    *filesScanned = 0;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            found.append({path, QStringLiteral("unreadable")});
            continue;
        }
        const QByteArray bytes = f.readAll();
        ++*filesScanned;
        for (const auto &[name, pattern] : encodings) {
            if (bytes.contains(pattern))
                found.append({QFileInfo(path).fileName(), name});
        }
    }
    return found;
}

QByteArray describe(const QList<Finding> &findings)
{
    QStringList lines;
    for (const Finding &f : findings)
        lines.append(f.file + QStringLiteral(" (") + f.encoding + QLatin1Char(')'));
    return QStringLiteral("canary found in: %1").arg(lines.join(QStringLiteral(", "))).toUtf8();
}

} // namespace

#define STORAGE_OK(expr)                                                                           \
    do {                                                                                           \
        const auto &r_ = (expr);                                                                   \
        QVERIFY2(r_.ok(), whyNot(r_).constData());                                                 \
    } while (false)

class TestCanary : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void theScannerFindsAPlaintextCanary();
    void noPlaintextOnDisk_data();
    void noPlaintextOnDisk();
};

void TestCanary::theScannerFindsAPlaintextCanary()
{
    // The scan below would pass vacuously if it could not see a canary.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString canary = QStringLiteral("zqcanary") +
                           QString::fromLatin1(cove::protocol::crypto::randomByteArray(8).toHex());
    const QList<QPair<QString, QByteArray>> files = {
        {QStringLiteral("a.txt"), QByteArray("xx") + canary.toUtf8() + "yy"},
        {QStringLiteral("sub/.b"), utf16(canary, false)},
        {QStringLiteral("c"), QByteArray(3, '\0') + utf16(canary, true)},
    };
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("sub")));
    for (const auto &[name, bytes] : files) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(bytes), bytes.size());
    }
    int scanned = 0;
    const QList<Finding> found = scan(dir.path(), canary, &scanned);
    QCOMPARE(scanned, 3);
    QStringList encodings;
    for (const Finding &f : found)
        encodings.append(f.encoding);
    encodings.sort();
    QCOMPARE(encodings, (QStringList{QStringLiteral("UTF-16BE"), QStringLiteral("UTF-16LE"),
                                     QStringLiteral("UTF-8")}));
}

void TestCanary::noPlaintextOnDisk_data()
{
    QTest::addColumn<bool>("checkpoint");
    QTest::newRow("before checkpoint (WAL present)") << false;
    QTest::newRow("after checkpoint") << true;
}

void TestCanary::noPlaintextOnDisk()
{
    QFETCH(bool, checkpoint);
    QTemporaryDir profile;
    QVERIFY(profile.isValid());
    // Lowercase letters and digits: one token, stored by the search index
    // exactly as written (it folds case).
    const QString canary = QStringLiteral("zqcanary") +
                           QString::fromLatin1(cove::protocol::crypto::randomByteArray(12).toHex());

    // A real profile: database, WAL, key file (wrapping the key under a
    // passphrase that itself contains the canary) and attachments/.
    const QString dir = profile.filePath(QStringLiteral("p"));
    Result<std::unique_ptr<Profile>> opened =
        Profile::create(dir, QStringLiteral("pass ") + canary, KdfParams::cheapForTests());
    STORAGE_OK(opened);
    Store &store = (*opened)->store();
    AttachmentStore files(Profile::attachmentsPath(dir));
    ContactRepository contacts(store.db());
    ConversationRepository conversations(store.db(), &files);
    MessageRepository messages(store.db(), &files);
    SafetyStateRepository safety(store.db());

    STORAGE_OK(contacts.add(Contact{QStringLiteral("cove-") + canary,
                                    QStringLiteral("Name ") + canary, QByteArray(33, 'k'), 1}));
    Result<Conversation> direct = conversations.createDirect(QStringLiteral("cove-") + canary, 1);
    STORAGE_OK(direct);
    Result<Conversation> group = conversations.createGroup(
        QByteArray(16, 'g'), QStringLiteral("Group ") + canary, 1,
        {GroupMember{QStringLiteral("member-") + canary, MemberRole::Admin, 1}});
    STORAGE_OK(group);

    // The attachment's content straddles a chunk boundary, and its name
    // (metadata in the database) carries the canary too.
    QByteArray content = QByteArray(AttachmentStore::kChunkSize - 10, 'p');
    content += canary.toUtf8() + utf16(canary, false) + canary.toUtf8();
    Result<EncryptedFile> file = files.write(content);
    STORAGE_OK(file);

    QList<qint64> rows;
    for (int i = 0; i < 40; ++i) {
        StoredMessage m;
        m.messageId = cove::protocol::crypto::randomByteArray(16);
        m.conversationId = i % 2 ? direct->id : group->id;
        m.senderId = QStringLiteral("cove-") + canary;
        m.status = MessageStatus::Received;
        m.sentAt = i;
        m.body = QStringLiteral("message %1 says %2 and more").arg(i).arg(canary);
        m.content = (QStringLiteral("content ") + canary).toUtf8();
        if (i == 0) {
            m.quote = StoredQuote{QByteArray(16, 'q'), QStringLiteral("quoted"),
                                  QStringLiteral("excerpt ") + canary};
            StoredAttachment a;
            a.descriptor.blobId = "blob";
            a.descriptor.key = QByteArray(32, 'k');
            a.descriptor.plaintextSha256 = file->sha256;
            a.descriptor.size = file->size;
            a.descriptor.mimeType = QStringLiteral("text/plain");
            a.descriptor.fileName = canary + QStringLiteral(".txt");
            a.localFile = file->fileName;
            a.fileKey = file->key.toByteArray();
            a.state = AttachmentState::Stored;
            m.attachments.append(a);
        }
        Result<MessageRepository::Inserted> r = messages.insert(m);
        STORAGE_OK(r);
        rows.append(r->message.rowId);
    }
    StoredReport report;
    report.reportedId = QStringLiteral("cove-") + canary;
    report.category = QStringLiteral("spam");
    report.createdAt = report.updatedAt = 1;
    report.bundle = (QStringLiteral("disclosed ") + canary).toUtf8();
    STORAGE_OK(safety.addReport(report));
    STORAGE_OK(safety.block(QStringLiteral("cove-") + canary, 1));

    // Searching puts the canary in the index; deleting leaves FTS delete
    // markers holding it, and freed pages that secure_delete must wipe.
    Result<SearchPage> hits = messages.search(canary, 100);
    STORAGE_OK(hits);
    QCOMPARE(hits->messages.size(), 40);
    for (int i = 30; i < 40; ++i)
        QVERIFY(*messages.remove(rows[i]));
    QCOMPARE(messages.search(canary, 100)->messages.size(), 30);
    // The attachment really is there to be scanned.
    Result<QByteArray> back = files.read(file->fileName, file->key.view());
    STORAGE_OK(back);
    QVERIFY(back->contains(canary.toUtf8()));

    const QString wal = store.path() + QStringLiteral("-wal");
    if (checkpoint) {
        STORAGE_OK(store.checkpoint());
        QCOMPARE(QFileInfo(wal).size(), 0);
    } else {
        QVERIFY2(QFileInfo(wal).size() > 0, "the WAL should still hold the writes");
    }

    int scanned = 0;
    QList<Finding> found = scan(profile.path(), canary, &scanned);
    QVERIFY2(found.isEmpty(), describe(found).constData());
    // database, WAL, shared memory, key file, the attachment
    QVERIFY(QFileInfo::exists(Profile::keyFilePath(dir)));
    QVERIFY2(scanned >= 5, qPrintable(QStringLiteral("only %1 files scanned").arg(scanned)));

    // And once more after closing, which may checkpoint on its own.
    opened->reset();
    found = scan(profile.path(), canary, &scanned);
    QVERIFY2(found.isEmpty(), describe(found).constData());
    QVERIFY(scanned >= 3);
}

QTEST_GUILESS_MAIN(TestCanary)
#include "tst_canary.moc"
