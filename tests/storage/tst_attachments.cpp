// SPDX-License-Identifier: GPL-3.0-or-later
// Attachment files on disk: what is written is never the plaintext, what is
// read back is exactly what was written, and a file that was cut short,
// extended, reordered or altered is refused as a whole.

#include "Attachments.h"
#include "Crypto.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
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

constexpr qint64 kPrefix = 8 + 24; // magic + secretstream header
constexpr qint64 kTag = 17;

// What a file of `size` plaintext bytes takes on disk.
qint64 expectedFileSize(qint64 size)
{
    const qint64 chunk = AttachmentStore::kChunkSize;
    // At least one chunk: even an empty file ends with an authenticated FINAL.
    const qint64 chunks = size == 0 ? 1 : (size + chunk - 1) / chunk;
    return kPrefix + size + chunks * kTag;
}

QByteArray patterned(qint64 size)
{
    // Not random: a repeating pattern would show through a weak cipher.
    QByteArray data(size, Qt::Uninitialized);
    for (qint64 i = 0; i < size; ++i)
        data[i] = char('a' + i % 26);
    return data;
}

} // namespace

#define STORAGE_OK(expr)                                                                           \
    do {                                                                                           \
        const auto &r_ = (expr);                                                                   \
        QVERIFY2(r_.ok(), whyNot(r_).constData());                                                 \
    } while (false)

class TestAttachments : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void roundTrip_data();
    void roundTrip();
    void streamsInAndOut();
    void eachFileHasItsOwnKeyAndName();
    void damagedFilesAreRefused_data();
    void damagedFilesAreRefused();
    void truncationAtAChunkBoundaryIsCaught();
    void streamingReadReportsDamageAfterGoodChunks();
    void wrongKeyOrNameIsRefused();
    void removeAndSweep();

private:
    [[nodiscard]] QString pathOf(const QString &name) const
    {
        return m_store->directory() + QLatin1Char('/') + name;
    }
    [[nodiscard]] QByteArray fileBytes(const QString &name) const;
    [[nodiscard]] bool setFileBytes(const QString &name, const QByteArray &bytes) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AttachmentStore> m_store;
};

void TestAttachments::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store =
        std::make_unique<AttachmentStore>(m_dir->filePath(QStringLiteral("profile/attachments")));
}

void TestAttachments::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

QByteArray TestAttachments::fileBytes(const QString &name) const
{
    QFile f(pathOf(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool TestAttachments::setFileBytes(const QString &name, const QByteArray &bytes) const
{
    QFile f(pathOf(name));
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

void TestAttachments::roundTrip_data()
{
    QTest::addColumn<qint64>("size");
    QTest::newRow("0 B") << qint64(0);
    QTest::newRow("1 B") << qint64(1);
    QTest::newRow("chunk - 1") << qint64(AttachmentStore::kChunkSize - 1);
    QTest::newRow("chunk") << qint64(AttachmentStore::kChunkSize);
    QTest::newRow("chunk + 1") << qint64(AttachmentStore::kChunkSize + 1);
    QTest::newRow("10 MiB") << qint64(10 * 1024 * 1024);
}

void TestAttachments::roundTrip()
{
    QFETCH(qint64, size);
    const QByteArray plain = patterned(size);
    Result<EncryptedFile> file = m_store->write(plain);
    STORAGE_OK(file);
    QCOMPARE(file->size, quint64(size));
    QCOMPARE(file->key.size(), std::size_t(32));
    QCOMPARE(file->sha256, QCryptographicHash::hash(plain, QCryptographicHash::Sha256));
    QVERIFY(AttachmentStore::isValidFileName(file->fileName));

    // On disk: not the plaintext, nor any recognisable piece of it.
    const QByteArray onDisk = fileBytes(file->fileName);
    QCOMPARE(onDisk.size(), expectedFileSize(size));
    QVERIFY(onDisk != plain);
    if (size >= 26)
        QVERIFY(!onDisk.contains(plain.left(26)));

    Result<QByteArray> back = m_store->read(file->fileName, file->key.view());
    STORAGE_OK(back);
    QCOMPARE(back->size(), size);
    QVERIFY(*back == plain);
}

void TestAttachments::streamsInAndOut()
{
    QByteArray plain = patterned(3 * AttachmentStore::kChunkSize + 12345);
    QBuffer source(&plain);
    QVERIFY(source.open(QIODevice::ReadOnly));
    Result<EncryptedFile> file = m_store->write(source);
    STORAGE_OK(file);
    QCOMPARE(file->size, quint64(plain.size()));
    QCOMPARE(file->sha256, QCryptographicHash::hash(plain, QCryptographicHash::Sha256));

    QByteArray out;
    QBuffer sink(&out);
    QVERIFY(sink.open(QIODevice::WriteOnly));
    Result<quint64> n = m_store->read(file->fileName, file->key.view(), sink);
    STORAGE_OK(n);
    QCOMPARE(*n, quint64(plain.size()));
    QVERIFY(out == plain);

    QBuffer closed;
    QCOMPARE(m_store->write(closed).error().code, StorageErrorCode::InvalidArgument);
    QCOMPARE(m_store->read(file->fileName, file->key.view(), closed).error().code,
             StorageErrorCode::InvalidArgument);
}

void TestAttachments::eachFileHasItsOwnKeyAndName()
{
    const QByteArray plain("the same holiday photo");
    Result<EncryptedFile> a = m_store->write(plain);
    Result<EncryptedFile> b = m_store->write(plain);
    STORAGE_OK(a);
    STORAGE_OK(b);
    QVERIFY(a->fileName != b->fileName);
    QVERIFY(!a->key.equals(b->key.view()));
    QVERIFY(fileBytes(a->fileName) != fileBytes(b->fileName));
    QCOMPARE(QDir(m_store->directory()).entryList(QDir::Files).size(), 2);
    // The directory is the owner's alone.
    QCOMPARE(QFileInfo(m_store->directory()).permissions() &
                 (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup |
                  QFileDevice::WriteOther),
             QFileDevice::Permissions());
}

void TestAttachments::damagedFilesAreRefused_data()
{
    QTest::addColumn<QString>("damage");
    QTest::newRow("magic") << QStringLiteral("flip:0");
    QTest::newRow("header") << QStringLiteral("flip:20");
    QTest::newRow("first chunk") << QStringLiteral("flip:40");
    QTest::newRow("last byte") << QStringLiteral("flip:-1");
    QTest::newRow("empty file") << QStringLiteral("cut:0");
    QTest::newRow("header only") << QStringLiteral("cut:32");
    QTest::newRow("mid chunk") << QStringLiteral("cut:1000");
    QTest::newRow("last tag cut") << QStringLiteral("cut:-1");
    QTest::newRow("data appended") << QStringLiteral("append");
    QTest::newRow("chunks swapped") << QStringLiteral("swap");
}

void TestAttachments::damagedFilesAreRefused()
{
    QFETCH(QString, damage);
    const QByteArray plain = patterned(2 * AttachmentStore::kChunkSize + 500);
    Result<EncryptedFile> file = m_store->write(plain);
    STORAGE_OK(file);
    QByteArray bytes = fileBytes(file->fileName);
    const qint64 size = bytes.size();
    const qint64 chunk = AttachmentStore::kChunkSize + kTag;

    const QStringList parts = damage.split(QLatin1Char(':'));
    const qint64 at = parts.size() > 1 ? parts[1].toLongLong() : 0;
    if (parts[0] == QLatin1String("flip")) {
        const qint64 i = at < 0 ? size + at : at;
        bytes[i] = char(bytes[i] ^ 0x01);
    } else if (parts[0] == QLatin1String("cut")) {
        bytes.truncate(at < 0 ? size + at : at);
    } else if (parts[0] == QLatin1String("append")) {
        bytes.append(QByteArray(kTag, '\0'));
    } else {
        const QByteArray first = bytes.mid(kPrefix, chunk);
        const QByteArray second = bytes.mid(kPrefix + chunk, chunk);
        bytes = bytes.left(kPrefix) + second + first + bytes.mid(kPrefix + 2 * chunk);
        QCOMPARE(bytes.size(), size);
    }
    QVERIFY(setFileBytes(file->fileName, bytes));

    Result<QByteArray> back = m_store->read(file->fileName, file->key.view());
    QVERIFY(!back);
    QCOMPARE(back.error().code, StorageErrorCode::Corrupt);
}

void TestAttachments::truncationAtAChunkBoundaryIsCaught()
{
    // Every remaining chunk authenticates; only the missing end gives it away.
    const QByteArray plain = patterned(3 * AttachmentStore::kChunkSize);
    Result<EncryptedFile> file = m_store->write(plain);
    STORAGE_OK(file);
    const QByteArray bytes = fileBytes(file->fileName);
    for (int chunks = 0; chunks < 3; ++chunks) {
        QVERIFY(setFileBytes(file->fileName,
                             bytes.left(kPrefix + chunks * (AttachmentStore::kChunkSize + kTag))));
        Result<QByteArray> back = m_store->read(file->fileName, file->key.view());
        QVERIFY2(!back, qPrintable(QStringLiteral("%1 whole chunks").arg(chunks)));
        QCOMPARE(back.error().code, StorageErrorCode::Corrupt);
    }
    QVERIFY(setFileBytes(file->fileName, bytes));
    STORAGE_OK(m_store->read(file->fileName, file->key.view()));
}

void TestAttachments::streamingReadReportsDamageAfterGoodChunks()
{
    const QByteArray plain = patterned(3 * AttachmentStore::kChunkSize + 1);
    Result<EncryptedFile> file = m_store->write(plain);
    STORAGE_OK(file);
    QByteArray bytes = fileBytes(file->fileName);
    bytes[bytes.size() - 5] = char(bytes[bytes.size() - 5] ^ 0x80);
    QVERIFY(setFileBytes(file->fileName, bytes));

    QByteArray out;
    QBuffer sink(&out);
    QVERIFY(sink.open(QIODevice::WriteOnly));
    Result<quint64> n = m_store->read(file->fileName, file->key.view(), sink);
    QVERIFY(!n);
    QCOMPARE(n.error().code, StorageErrorCode::Corrupt);
    // What did arrive is authentic but incomplete, and never the tampered part.
    QVERIFY(out.size() < plain.size());
    QVERIFY(plain.startsWith(out));
}

void TestAttachments::wrongKeyOrNameIsRefused()
{
    Result<EncryptedFile> file = m_store->write(QByteArrayView("secret"));
    STORAGE_OK(file);
    QCOMPARE(
        m_store->read(file->fileName, cove::protocol::crypto::randomByteArray(32)).error().code,
        StorageErrorCode::Corrupt);
    QCOMPARE(m_store->read(file->fileName, QByteArray(31, 'k')).error().code,
             StorageErrorCode::InvalidArgument);

    // Names are ours alone: nothing reaches outside the directory.
    const QStringList badNames = {QStringLiteral("../cove.db"),
                                  QStringLiteral("/etc/passwd"),
                                  QString(),
                                  file->fileName.toUpper(),
                                  QString(file->fileName + QStringLiteral("/..")),
                                  file->fileName.left(31)};
    for (const QString &bad : badNames) {
        QVERIFY(!AttachmentStore::isValidFileName(bad));
        QCOMPARE(m_store->read(bad, file->key.view()).error().code,
                 StorageErrorCode::InvalidArgument);
        QCOMPARE(m_store->remove(bad).error().code, StorageErrorCode::InvalidArgument);
    }
    QCOMPARE(m_store->read(QString(32, QLatin1Char('0')), file->key.view()).error().code,
             StorageErrorCode::NotFound);
}

void TestAttachments::removeAndSweep()
{
    Result<EncryptedFile> kept = m_store->write(QByteArrayView("kept"));
    Result<EncryptedFile> orphan = m_store->write(QByteArrayView("orphan"));
    Result<EncryptedFile> removed = m_store->write(QByteArrayView("removed"));
    STORAGE_OK(kept);
    STORAGE_OK(orphan);
    STORAGE_OK(removed);

    STORAGE_OK(m_store->remove(removed->fileName));
    QVERIFY(!m_store->exists(removed->fileName));
    QCOMPARE(m_store->read(removed->fileName, removed->key.view()).error().code,
             StorageErrorCode::NotFound);
    QCOMPARE(m_store->remove(removed->fileName).error().code, StorageErrorCode::NotFound);

    // A partial write left by a crash, and a file that is not ours.
    QVERIFY(setFileBytes(kept->fileName + QStringLiteral(".aB3xYz"), "partial"));
    QVERIFY(setFileBytes(QStringLiteral("notes.txt"), "someone else's"));

    Result<int> swept = m_store->removeUnreferenced({kept->fileName});
    STORAGE_OK(swept);
    QCOMPARE(*swept, 2);
    QVERIFY(m_store->exists(kept->fileName));
    QVERIFY(!m_store->exists(orphan->fileName));
    QVERIFY(QFile::exists(pathOf(QStringLiteral("notes.txt"))));
    STORAGE_OK(m_store->read(kept->fileName, kept->key.view()));

    AttachmentStore neverUsed(m_dir->filePath(QStringLiteral("nothing/here")));
    QCOMPARE(*neverUsed.removeUnreferenced({}), 0);
}

QTEST_GUILESS_MAIN(TestAttachments)
#include "tst_attachments.moc"
