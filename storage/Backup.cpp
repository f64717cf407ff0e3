// SPDX-License-Identifier: GPL-3.0-or-later
#include "Backup.h"

#include "Profile.h"
#include "Sqlite.h"
#include "Store.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QStringList>
#include <QTemporaryDir>

#include <sodium.h>

#include <algorithm>
#include <cstring>

namespace cove::storage {

using protocol::SecureBuffer;

namespace {

constexpr char kMagic[] = {'C', 'O', 'V', 'E', 'B', 'A', 'K'};
constexpr std::size_t kMagicSize = sizeof kMagic;
constexpr std::size_t kSaltSize = crypto_pwhash_argon2id_SALTBYTES;
constexpr std::size_t kStreamHeaderSize = crypto_secretstream_xchacha20poly1305_HEADERBYTES;
constexpr std::size_t kOffsetOps = kMagicSize + 1;
constexpr std::size_t kOffsetMem = kOffsetOps + 4;
constexpr std::size_t kOffsetSalt = kOffsetMem + 8;
constexpr std::size_t kOffsetStream = kOffsetSalt + kSaltSize;
constexpr std::size_t kHeaderSize = kOffsetStream + kStreamHeaderSize;
static_assert(kHeaderSize == 60);
static_assert(crypto_secretstream_xchacha20poly1305_KEYBYTES == 32);

constexpr std::size_t kAbytes = crypto_secretstream_xchacha20poly1305_ABYTES;
constexpr std::uint8_t kMsgRecord = 1;
constexpr std::uint8_t kMsgData = 2;
constexpr std::uint8_t kMsgEnd = 3;
// The largest plaintext message is a full data chunk; a record header with
// the longest name is smaller.
constexpr std::size_t kMaxPlain = 1 + Backup::kChunkSize;
static_assert(1 + 1 + 2 + Backup::kMaxNameBytes + 8 <= kMaxPlain);
constexpr std::size_t kMaxCipher = kMaxPlain + kAbytes;

const QString kAttachmentsPrefix = QStringLiteral("attachments/");

void putU16(std::uint8_t *p, std::uint16_t v)
{
    p[0] = std::uint8_t(v);
    p[1] = std::uint8_t(v >> 8);
}

void putU32(std::uint8_t *p, std::uint32_t v)
{
    for (int i = 0; i < 4; ++i)
        p[i] = std::uint8_t(v >> (8 * i));
}

void putU64(std::uint8_t *p, std::uint64_t v)
{
    for (int i = 0; i < 8; ++i)
        p[i] = std::uint8_t(v >> (8 * i));
}

std::uint16_t readU16(const std::uint8_t *p)
{
    return std::uint16_t(p[0] | p[1] << 8);
}

std::uint32_t readU32(const std::uint8_t *p)
{
    return std::uint32_t(p[0]) | std::uint32_t(p[1]) << 8 | std::uint32_t(p[2]) << 16 |
           std::uint32_t(p[3]) << 24;
}

std::uint64_t readU64(const std::uint8_t *p)
{
    return std::uint64_t(readU32(p)) | std::uint64_t(readU32(p + 4)) << 32;
}

StorageError corrupt(const QString &detail)
{
    return storageError(StorageErrorCode::Corrupt, detail);
}

bool isInside(const QString &path, const QString &dir)
{
    const QString d = QDir::cleanPath(QFileInfo(dir).absoluteFilePath());
    const QString p = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    return p == d || p.startsWith(d + QLatin1Char('/'));
}

// ---- snapshot ---------------------------------------------------------------

// A consistent copy of the open database in a new file under `key32`.
// sqlcipher_export reads through SQL inside one read transaction, so it
// sees exactly the committed state, WAL included, whatever other
// connections do meanwhile; a file copy would need the WAL checkpointed and
// no checkpoint running during the copy. It also drops free pages and gives
// the copy its own key, so the profile's key never leaves the profile.
Result<void> snapshotDatabase(sqlite::Database &db, const QString &path, const SecureBuffer &key32)
{
    if (db.inTransaction())
        return storageError(StorageErrorCode::Busy,
                            QStringLiteral("a transaction is open on the profile's database"));
    // The profile's connection was opened without SQLITE_OPEN_CREATE and
    // ATTACH inherits its flags: create the (empty, owner-only) file here.
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                       QFile::ReadOwner | QFile::WriteOwner))
            return storageError(StorageErrorCode::Io,
                                QStringLiteral("creating the snapshot: ") + file.errorString());
    }
    // The raw-key form "x'<hex>'" as SQLCipher expects it, bound as a
    // parameter so the key never appears in SQL text.
    SecureBuffer keySpec(2 + 64 + 1);
    {
        auto *k = keySpec.data();
        k[0] = 'x';
        k[1] = '\'';
        sodium_bin2hex(reinterpret_cast<char *>(k + 2), 65, key32.data(), key32.size());
        k[66] = '\'';
    }
    {
        sqlite::Result<sqlite::Statement> attach =
            db.prepare("ATTACH DATABASE ?1 AS cove_backup KEY ?2");
        if (!attach)
            return fromSqlite(attach.error(), "preparing the snapshot");
        attach->bind(1, path).bindBlob(2, keySpec.view());
        if (sqlite::Result<void> r = attach->run(); !r)
            return fromSqlite(r.error(), "creating the snapshot");
    }
    keySpec.clear();

    auto exportAll = [&db]() -> Result<void> {
        // Before the first page of the new file is written.
        if (sqlite::Result<void> r = db.exec("PRAGMA cove_backup.cipher_page_size = 4096"); !r)
            return fromSqlite(r.error(), "setting the snapshot's page size");
        sqlite::Result<sqlite::Transaction> tx =
            sqlite::Transaction::begin(db, sqlite::Transaction::Mode::Deferred);
        if (!tx)
            return fromSqlite(tx.error(), "starting the snapshot");
        sqlite::Result<std::int64_t> version = db.queryInt("PRAGMA main.user_version");
        if (!version)
            return fromSqlite(version.error(), "reading the schema version");
        if (sqlite::Result<void> r = db.exec("SELECT sqlcipher_export('cove_backup')"); !r)
            return fromSqlite(r.error(), "exporting the database");
        // sqlcipher_export copies schema and rows, not the header's version.
        if (sqlite::Result<void> r = db.exec(
                QByteArray("PRAGMA cove_backup.user_version = " + QByteArray::number(*version)));
            !r)
            return fromSqlite(r.error(), "recording the snapshot's schema version");
        if (sqlite::Result<void> r = tx->commit(); !r)
            return fromSqlite(r.error(), "finishing the snapshot");
        return {};
    };
    Result<void> exported = exportAll();
    sqlite::Result<void> detached = db.exec("DETACH DATABASE cove_backup");
    if (!exported)
        return exported;
    if (!detached)
        return fromSqlite(detached.error(), "closing the snapshot");
    return {};
}

// ---- reading ----------------------------------------------------------------

class BackupReader {
public:
    BackupReader() = default;
    ~BackupReader() { sodium_memzero(&m_stream, sizeof m_stream); }
    BackupReader(const BackupReader &) = delete;
    BackupReader &operator=(const BackupReader &) = delete;

    Result<void> open(const QString &path, const QString &passphrase)
    {
        m_file.setFileName(path);
        if (!m_file.exists())
            return storageError(StorageErrorCode::NotFound, QStringLiteral("no backup there"));
        if (!m_file.open(QIODevice::ReadOnly))
            return storageError(StorageErrorCode::Io,
                                QStringLiteral("opening the backup: ") + m_file.errorString());
        m_fileSize = m_file.size();
        if (Result<void> r = readExactly(m_header, kHeaderSize); !r)
            return r;
        const auto *h = reinterpret_cast<const std::uint8_t *>(m_header.constData());
        if (std::memcmp(h, kMagic, kMagicSize) != 0)
            return corrupt(QStringLiteral("not a Cove backup"));
        if (h[kMagicSize] != Backup::kVersion)
            return corrupt(QStringLiteral("unknown backup version %1").arg(h[kMagicSize]));
        const KdfParams params{readU32(h + kOffsetOps), readU64(h + kOffsetMem)};
        if (!params.isAcceptable())
            return corrupt(QStringLiteral("backup asks for unacceptable Argon2id parameters"));
        Result<SecureBuffer> key = detail::deriveKey(
            detail::passphraseBytes(passphrase),
            QByteArrayView(m_header.constData() + kOffsetSalt, qsizetype(kSaltSize)), params,
            crypto_secretstream_xchacha20poly1305_KEYBYTES);
        if (!key)
            return key.error();
        if (crypto_secretstream_xchacha20poly1305_init_pull(&m_stream, h + kOffsetStream,
                                                            key->data()) != 0)
            return corrupt(QStringLiteral("the backup's stream header is invalid"));
        // Authenticate the first message now, so a wrong passphrase is
        // known before the caller creates anything on disk.
        Result<QByteArrayView> first = pull(m_firstTag);
        if (!first)
            return first.error();
        m_pending = true;
        m_firstView = *first;
        return {};
    }

    /// The next message's plaintext (valid until the next call) and tag.
    Result<QByteArrayView> next(std::uint8_t &tag)
    {
        if (m_pending) {
            m_pending = false;
            tag = m_firstTag;
            return m_firstView;
        }
        return pull(tag);
    }

    bool atEnd() { return m_file.atEnd(); }
    qint64 fileSize() const noexcept { return m_fileSize; }

private:
    Result<QByteArrayView> pull(std::uint8_t &tag)
    {
        QByteArray lengthBytes;
        if (Result<void> r = readExactly(lengthBytes, 4); !r)
            return r.error();
        const std::uint32_t length =
            readU32(reinterpret_cast<const std::uint8_t *>(lengthBytes.constData()));
        if (length <= kAbytes || length > kMaxCipher)
            return corrupt(QStringLiteral("a backup message has an impossible length"));
        if (Result<void> r = readExactly(m_cipher, length); !r)
            return r.error();
        unsigned long long plainLength = 0;
        if (crypto_secretstream_xchacha20poly1305_pull(
                &m_stream, m_plain.data(), &plainLength, &tag,
                reinterpret_cast<const std::uint8_t *>(m_cipher.constData()), length,
                m_first ? reinterpret_cast<const std::uint8_t *>(m_header.constData()) : nullptr,
                m_first ? kHeaderSize : 0) != 0) {
            // The first message fails to authenticate under a key from the
            // wrong passphrase; later ones only when the file is damaged.
            if (m_first)
                return storageError(StorageErrorCode::WrongPassphrase,
                                    QStringLiteral("the passphrase does not open this backup"));
            return corrupt(QStringLiteral("a backup message does not authenticate"));
        }
        m_first = false;
        return QByteArrayView(reinterpret_cast<const char *>(m_plain.data()),
                              qsizetype(plainLength));
    }

    Result<void> readExactly(QByteArray &out, std::size_t n)
    {
        out.resize(qsizetype(n));
        qint64 done = 0;
        while (done < qint64(n)) {
            const qint64 got = m_file.read(out.data() + done, qint64(n) - done);
            if (got < 0)
                return storageError(StorageErrorCode::Io,
                                    QStringLiteral("reading the backup: ") + m_file.errorString());
            if (got == 0)
                return corrupt(QStringLiteral("the backup is truncated"));
            done += got;
        }
        return {};
    }

    QFile m_file;
    qint64 m_fileSize = 0;
    QByteArray m_header;
    QByteArray m_cipher;
    SecureBuffer m_plain{kMaxPlain};
    crypto_secretstream_xchacha20poly1305_state m_stream{};
    bool m_first = true;
    bool m_pending = false;
    std::uint8_t m_firstTag = 0;
    QByteArrayView m_firstView;
};

// Creates the directories of `relative` (a validated attachment name)
// below `root`, 0700 each, and returns the file's full path.
Result<QString> prepareAttachmentPath(const QString &root, const QString &relative)
{
    const QStringList parts = relative.split(QLatin1Char('/'));
    QString dir = root;
    for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
        dir += QLatin1Char('/') + parts[i];
        const QFileInfo info(dir);
        if (info.isSymLink() || (info.exists() && !info.isDir()))
            return corrupt(QStringLiteral("backup records clash with each other"));
        if (!info.exists()) {
            if (Result<void> r = detail::makeOwnerOnlyDir(dir); !r)
                return r.error();
        }
    }
    return QString(dir + QLatin1Char('/') + parts.constLast());
}

} // namespace

// ---- BackupWriter -----------------------------------------------------------

struct BackupWriter::State {
    explicit State(QString path) : file(std::move(path)) {}
    ~State() { sodium_memzero(&stream, sizeof stream); }

    detail::AtomicFile file;
    crypto_secretstream_xchacha20poly1305_state stream{};
    QByteArray header;
    SecureBuffer plain{kMaxPlain};
    QByteArray cipher;
    std::uint32_t records = 0;
    bool begun = false;
    bool first = true;
    bool broken = false;
    bool finished = false;
};

BackupWriter::BackupWriter(QString path) : m_state(std::make_unique<State>(std::move(path))) {}

BackupWriter::~BackupWriter() = default;

Result<void> BackupWriter::begin(const QString &passphrase, const KdfParams &kdf)
{
    State &s = *m_state;
    if (s.begun)
        return storageError(StorageErrorCode::Internal, QStringLiteral("backup already begun"));
    if (passphrase.isEmpty())
        return storageError(StorageErrorCode::InvalidArgument,
                            QStringLiteral("an empty passphrase protects nothing"));
    if (!kdf.isAcceptable())
        return storageError(StorageErrorCode::InvalidArgument,
                            QStringLiteral("Argon2id parameters out of the accepted range"));
    if (!detail::sodiumReady())
        return storageError(StorageErrorCode::Internal,
                            QStringLiteral("libsodium failed to start"));
    s.header = QByteArray(qsizetype(kHeaderSize), Qt::Uninitialized);
    auto *h = reinterpret_cast<std::uint8_t *>(s.header.data());
    std::memcpy(h, kMagic, kMagicSize);
    h[kMagicSize] = Backup::kVersion;
    putU32(h + kOffsetOps, kdf.opsLimit);
    putU64(h + kOffsetMem, kdf.memLimit);
    randombytes_buf(h + kOffsetSalt, kSaltSize);
    Result<SecureBuffer> key =
        detail::deriveKey(detail::passphraseBytes(passphrase),
                          QByteArrayView(s.header.constData() + kOffsetSalt, qsizetype(kSaltSize)),
                          kdf, crypto_secretstream_xchacha20poly1305_KEYBYTES);
    if (!key)
        return key.error();
    crypto_secretstream_xchacha20poly1305_init_push(&s.stream, h + kOffsetStream, key->data());
    if (Result<void> r = s.file.open(); !r)
        return r;
    if (Result<void> r = s.file.write(s.header); !r)
        return r;
    s.begun = true;
    return {};
}

Result<void> BackupWriter::push(QByteArrayView plain, bool final)
{
    State &s = *m_state;
    if (!s.begun || s.broken || s.finished)
        return storageError(StorageErrorCode::Internal,
                            QStringLiteral("the backup writer is not ready"));
    if (plain.isEmpty() || std::size_t(plain.size()) > kMaxPlain)
        return storageError(StorageErrorCode::Internal, QStringLiteral("bad message size"));
    s.cipher.resize(qsizetype(4 + std::size_t(plain.size()) + kAbytes));
    auto *c = reinterpret_cast<std::uint8_t *>(s.cipher.data());
    unsigned long long length = 0;
    crypto_secretstream_xchacha20poly1305_push(
        &s.stream, c + 4, &length, reinterpret_cast<const std::uint8_t *>(plain.data()),
        std::size_t(plain.size()),
        s.first ? reinterpret_cast<const std::uint8_t *>(s.header.constData()) : nullptr,
        s.first ? kHeaderSize : 0,
        final ? crypto_secretstream_xchacha20poly1305_TAG_FINAL
              : crypto_secretstream_xchacha20poly1305_TAG_MESSAGE);
    s.first = false;
    putU32(c, std::uint32_t(length));
    if (Result<void> r = s.file.write(QByteArrayView(s.cipher.constData(), qsizetype(4 + length)));
        !r) {
        s.broken = true;
        return r;
    }
    return {};
}

Result<void> BackupWriter::pushHeader(BackupRecordKind kind, const QString &name,
                                      std::uint64_t size)
{
    const QByteArray utf8 = name.toUtf8();
    if (utf8.size() > Backup::kMaxNameBytes)
        return storageError(StorageErrorCode::InvalidArgument,
                            QStringLiteral("record name too long"));
    QByteArray header(qsizetype(1 + 1 + 2 + std::size_t(utf8.size()) + 8), Qt::Uninitialized);
    auto *p = reinterpret_cast<std::uint8_t *>(header.data());
    p[0] = kMsgRecord;
    p[1] = std::uint8_t(kind);
    putU16(p + 2, std::uint16_t(utf8.size()));
    std::memcpy(p + 4, utf8.constData(), std::size_t(utf8.size()));
    putU64(p + 4 + utf8.size(), size);
    if (Result<void> r = push(header, false); !r)
        return r;
    ++m_state->records;
    return {};
}

Result<void> BackupWriter::addRecord(BackupRecordKind kind, const QString &name,
                                     QByteArrayView content)
{
    if (Result<void> r = pushHeader(kind, name, std::uint64_t(content.size())); !r)
        return r;
    SecureBuffer &plain = m_state->plain;
    plain.data()[0] = kMsgData;
    for (qsizetype offset = 0; offset < content.size();) {
        const auto n =
            std::min<std::size_t>(Backup::kChunkSize, std::size_t(content.size() - offset));
        std::memcpy(plain.data() + 1, content.data() + offset, n);
        if (Result<void> r =
                push(QByteArrayView(reinterpret_cast<const char *>(plain.data()), qsizetype(1 + n)),
                     false);
            !r)
            return r;
        offset += qsizetype(n);
    }
    return {};
}

Result<void> BackupWriter::addRecord(BackupRecordKind kind, const QString &name, QIODevice &source,
                                     std::uint64_t size)
{
    if (Result<void> r = pushHeader(kind, name, size); !r)
        return r;
    SecureBuffer &plain = m_state->plain;
    plain.data()[0] = kMsgData;
    std::uint64_t remaining = size;
    while (remaining > 0) {
        const auto want = std::min<std::uint64_t>(Backup::kChunkSize, remaining);
        qint64 got = 0;
        while (got < qint64(want)) {
            const qint64 n =
                source.read(reinterpret_cast<char *>(plain.data() + 1) + got, qint64(want) - got);
            if (n <= 0) {
                m_state->broken = true;
                return storageError(StorageErrorCode::Io,
                                    QStringLiteral("a file changed or failed while backing up"));
            }
            got += n;
        }
        if (Result<void> r = push(
                QByteArrayView(reinterpret_cast<const char *>(plain.data()), qsizetype(1 + got)),
                false);
            !r)
            return r;
        remaining -= std::uint64_t(got);
    }
    return {};
}

Result<void> BackupWriter::finish()
{
    std::uint8_t end[5];
    end[0] = kMsgEnd;
    putU32(end + 1, m_state->records);
    if (Result<void> r = push(QByteArrayView(reinterpret_cast<const char *>(end), 5), true); !r)
        return r;
    m_state->finished = true;
    return m_state->file.commit(true);
}

// ---- Backup -----------------------------------------------------------------

bool Backup::isValidAttachmentName(const QString &name)
{
    if (!name.startsWith(kAttachmentsPrefix) || name.toUtf8().size() > kMaxNameBytes)
        return false;
    const QStringList parts = name.mid(kAttachmentsPrefix.size()).split(QLatin1Char('/'));
    for (const QString &part : parts) {
        // Trailing dots and spaces: Windows strips them, so "..." or ".. "
        // could still climb out there.
        if (part.isEmpty() || part.endsWith(QLatin1Char('.')) || part.endsWith(QLatin1Char(' ')))
            return false;
        for (const QChar c : part) {
            if (c.unicode() < 0x20 || c.unicode() == 0x7f || c == QLatin1Char('\\') ||
                c == QLatin1Char(':'))
                return false;
        }
    }
    return true;
}

Result<void> Backup::exportProfile(Profile &profile, const QString &backupPath,
                                   const QString &backupPassphrase, const KdfParams &kdf)
{
    if (backupPassphrase.isEmpty())
        return storageError(StorageErrorCode::InvalidArgument,
                            QStringLiteral("an empty passphrase protects nothing"));
    if (!kdf.isAcceptable())
        return storageError(StorageErrorCode::InvalidArgument,
                            QStringLiteral("Argon2id parameters out of the accepted range"));
    const QString profileDir = profile.directory();
    if (isInside(backupPath, profileDir))
        return storageError(StorageErrorCode::InvalidArgument,
                            QStringLiteral("a backup cannot be written inside its profile"));

    // Gather the attachments first, so a name that could not be restored
    // stops the export before any work.
    QStringList attachments;
    const QString attachmentsDir = Profile::attachmentsPath(profileDir);
    QDirIterator it(attachmentsDir, QDir::Files | QDir::Hidden | QDir::NoSymLinks,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString name = QDir(profileDir).relativeFilePath(it.next());
        if (!isValidAttachmentName(name))
            return storageError(StorageErrorCode::InvalidArgument,
                                QStringLiteral("an attachment's file name cannot be backed up"));
        attachments.append(name);
    }
    attachments.sort();

    // The snapshot lives inside the profile (same owner-only directory,
    // same file system, never a RAM-backed /tmp), encrypted under a key
    // that only this process and the backup know.
    QTemporaryDir snapshotDir(profileDir + QStringLiteral("/.backup-XXXXXX"));
    if (!snapshotDir.isValid())
        return storageError(StorageErrorCode::Io,
                            QStringLiteral("could not create a temporary directory: ") +
                                snapshotDir.errorString());
    const QString snapshotPath = snapshotDir.filePath(QStringLiteral("snapshot.db"));
    const SecureBuffer snapshotKey = SecureBuffer::random(KeyFile::kKeySize);
    if (Result<void> r = snapshotDatabase(profile.store().db(), snapshotPath, snapshotKey); !r)
        return r;

    BackupWriter writer(backupPath);
    if (Result<void> r = writer.begin(backupPassphrase, kdf); !r)
        return r;
    if (Result<void> r =
            writer.addRecord(BackupRecordKind::DatabaseKey, QString(), snapshotKey.view());
        !r)
        return r;
    {
        QFile db(snapshotPath);
        if (!db.open(QIODevice::ReadOnly))
            return storageError(StorageErrorCode::Io,
                                QStringLiteral("reading the snapshot: ") + db.errorString());
        if (Result<void> r =
                writer.addRecord(BackupRecordKind::Database, QLatin1String(Profile::kDatabaseName),
                                 db, std::uint64_t(db.size()));
            !r)
            return r;
    }
    for (const QString &name : std::as_const(attachments)) {
        QFile f(QDir(profileDir).filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            return storageError(StorageErrorCode::Io,
                                QStringLiteral("reading an attachment: ") + f.errorString());
        if (Result<void> r =
                writer.addRecord(BackupRecordKind::Attachment, name, f, std::uint64_t(f.size()));
            !r)
            return r;
    }
    return writer.finish();
}

Result<void> Backup::restore(const QString &backupPath, const QString &backupPassphrase,
                             const QString &targetDir, const KdfParams &kdf)
{
    if (targetDir.isEmpty())
        return storageError(StorageErrorCode::InvalidArgument, QStringLiteral("no directory"));
    const QFileInfo target(QFileInfo(targetDir).absoluteFilePath());
    if (target.exists() || target.isSymLink())
        return storageError(StorageErrorCode::AlreadyExists,
                            QStringLiteral("something already exists at the restore target"));
    if (!kdf.isAcceptable())
        return storageError(StorageErrorCode::InvalidArgument,
                            QStringLiteral("Argon2id parameters out of the accepted range"));

    BackupReader reader;
    if (Result<void> r = reader.open(backupPath, backupPassphrase); !r)
        return r;
    // Nothing in a record can be larger than the backup holding it.
    const auto maxRecordSize = std::uint64_t(std::max<qint64>(reader.fileSize(), 0));

    if (Result<void> r = detail::makeParentDirs(target.absoluteFilePath()); !r)
        return r;
    // Beside the target, so the final rename stays on one file system; the
    // leading dot keeps it out of profile listings. Created 0700.
    QTemporaryDir work(target.absolutePath() + QStringLiteral("/.") + target.fileName() +
                       QStringLiteral(".restore-XXXXXX"));
    if (!work.isValid())
        return storageError(StorageErrorCode::Io,
                            QStringLiteral("could not create a temporary directory: ") +
                                work.errorString());
    const QString workDir = work.path();
    if (Result<void> r = detail::makeOwnerOnlyDir(Profile::attachmentsPath(workDir)); !r)
        return r;

    enum class Expect { Key, Database, AttachmentOrEnd };
    Expect expect = Expect::Key;
    SecureBuffer dbKey;
    std::size_t keyFill = 0;
    QFile sink;
    bool toKey = false;
    std::uint64_t remaining = 0;
    std::uint32_t records = 0;
    QSet<QString> seen;

    for (;;) {
        std::uint8_t tag = 0;
        Result<QByteArrayView> message = reader.next(tag);
        if (!message)
            return message.error();
        const QByteArrayView m = *message;
        const auto *p = reinterpret_cast<const std::uint8_t *>(m.data());
        if (m.isEmpty())
            return corrupt(QStringLiteral("an empty backup message"));
        const bool final = tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL;
        if (final != (p[0] == kMsgEnd) ||
            (!final && tag != crypto_secretstream_xchacha20poly1305_TAG_MESSAGE))
            return corrupt(QStringLiteral("the backup's stream ends in the wrong place"));

        if (remaining > 0) {
            const auto n = std::size_t(m.size() - 1);
            if (p[0] != kMsgData || n == 0 || n > remaining)
                return corrupt(QStringLiteral("a backup record is cut short"));
            if (toKey) {
                std::memcpy(dbKey.data() + keyFill, p + 1, n);
                keyFill += n;
            } else if (sink.write(m.data() + 1, qint64(n)) != qint64(n)) {
                return storageError(StorageErrorCode::Io,
                                    QStringLiteral("writing a restored file: ") +
                                        sink.errorString());
            }
            remaining -= n;
            continue;
        }
        if (sink.isOpen()) {
            if (!detail::syncFile(sink))
                return storageError(StorageErrorCode::Io,
                                    QStringLiteral("writing a restored file: ") +
                                        sink.errorString());
            sink.close();
        }
        toKey = false;

        if (p[0] == kMsgEnd) {
            if (m.size() != 5 || readU32(p + 1) != records)
                return corrupt(QStringLiteral("the backup's record count does not match"));
            if (expect != Expect::AttachmentOrEnd)
                return corrupt(QStringLiteral("the backup lacks its database"));
            if (!reader.atEnd())
                return corrupt(QStringLiteral("the backup has bytes after its end"));
            break;
        }
        if (p[0] != kMsgRecord || m.size() < 1 + 1 + 2 + 8)
            return corrupt(QStringLiteral("unexpected message in the backup"));
        const std::uint8_t kind = p[1];
        const std::size_t nameLength = readU16(p + 2);
        if (nameLength > std::size_t(kMaxNameBytes) ||
            std::size_t(m.size()) != 1 + 1 + 2 + nameLength + 8)
            return corrupt(QStringLiteral("a backup record header is malformed"));
        const QByteArrayView rawName(m.data() + 4, qsizetype(nameLength));
        const QString name = QString::fromUtf8(rawName);
        if (name.toUtf8() != rawName)
            return corrupt(QStringLiteral("a backup record name is not UTF-8"));
        const std::uint64_t size = readU64(p + 4 + nameLength);
        if (size > maxRecordSize)
            return corrupt(QStringLiteral("a backup record claims more bytes than the file has"));
        ++records;

        switch (kind) {
        case std::uint8_t(BackupRecordKind::DatabaseKey):
            if (expect != Expect::Key || !name.isEmpty() || size != KeyFile::kKeySize)
                return corrupt(QStringLiteral("the backup's key record is malformed"));
            dbKey = SecureBuffer(KeyFile::kKeySize);
            toKey = true;
            expect = Expect::Database;
            break;
        case std::uint8_t(BackupRecordKind::Database):
            if (expect != Expect::Database || name != QLatin1String(Profile::kDatabaseName))
                return corrupt(QStringLiteral("the backup's database record is malformed"));
            sink.setFileName(Profile::databasePath(workDir));
            if (!sink.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                           QFile::ReadOwner | QFile::WriteOwner))
                return storageError(StorageErrorCode::Io,
                                    QStringLiteral("creating the restored database: ") +
                                        sink.errorString());
            expect = Expect::AttachmentOrEnd;
            break;
        case std::uint8_t(BackupRecordKind::Attachment): {
            if (expect != Expect::AttachmentOrEnd)
                return corrupt(QStringLiteral("the backup's records are out of order"));
            if (!isValidAttachmentName(name))
                return corrupt(QStringLiteral("a backup record's name leaves attachments/"));
            if (seen.contains(name.toCaseFolded()))
                return corrupt(QStringLiteral("the backup holds a file twice"));
            seen.insert(name.toCaseFolded());
            Result<QString> path = prepareAttachmentPath(workDir, name);
            if (!path)
                return path.error();
            sink.setFileName(*path);
            if (!sink.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                           QFile::ReadOwner | QFile::WriteOwner))
                return corrupt(QStringLiteral("could not create a restored file: ") +
                               sink.errorString());
            break;
        }
        default:
            return corrupt(QStringLiteral("unknown backup record kind %1").arg(kind));
        }
        remaining = size;
    }

    // The whole stream authenticated up to its final tag; now make it a
    // profile and prove the database opens with the key.
    if (Result<void> r = KeyFile::write(Profile::keyFilePath(workDir), dbKey.view(),
                                        backupPassphrase, kdf, false);
        !r)
        return r;
    {
        Result<std::unique_ptr<Store>> store =
            Store::open(Profile::databasePath(workDir), dbKey.view(), Store::Intent::OpenExisting);
        if (!store) {
            StorageError e = store.error();
            if (e.code == StorageErrorCode::WrongPassphrase)
                e.code = StorageErrorCode::Corrupt;
            e.detail = QStringLiteral("the restored database does not open: ") + e.detail;
            return e;
        }
    }
    if (Result<void> r = detail::renameNoReplace(workDir, target.absoluteFilePath()); !r)
        return r;
    work.setAutoRemove(false);
    detail::syncDirectory(target.absolutePath());
    return {};
}

} // namespace cove::storage
