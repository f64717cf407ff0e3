// SPDX-License-Identifier: GPL-3.0-or-later
#include "Profile.h"

#include "Sqlite.h"
#include "Store.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QStandardPaths>
#include <QStringList>
#include <QTimer>
#include <qt6keychain/keychain.h>

#include <sodium.h>

#include <algorithm>

namespace cove::storage {

using protocol::SecureBuffer;

namespace {

constexpr QFile::Permissions kOwnerOnlyFile = QFile::ReadOwner | QFile::WriteOwner;

// ---- keychain jobs ----------------------------------------------------------

StorageError keychainError(const QKeychain::Job &job)
{
    // Every failure sends the person to the passphrase, so they share one
    // code; the detail says which situation it was.
    switch (job.error()) {
    case QKeychain::EntryNotFound:
        return storageError(StorageErrorCode::NotFound,
                            QStringLiteral("no key is remembered for this profile"));
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return storageError(StorageErrorCode::NotFound,
                            QStringLiteral("no keychain is available on this system: ") +
                                job.errorString());
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return storageError(StorageErrorCode::NotFound,
                            QStringLiteral("access to the keychain was denied: ") +
                                job.errorString());
    default:
        return storageError(StorageErrorCode::NotFound,
                            QStringLiteral("the keychain is not usable: ") + job.errorString());
    }
}

// Runs a job to completion in a local event loop. Returns the job when it
// finished; on timeout the job is left to delete itself whenever it ends
// (deleting a running job could pull its state from under a callback).
template <typename JobT>
Result<std::unique_ptr<JobT>> runJob(std::unique_ptr<JobT> job, std::chrono::milliseconds timeout)
{
    if (!QCoreApplication::instance())
        return storageError(StorageErrorCode::Internal,
                            QStringLiteral("the keychain needs a QCoreApplication"));
    job->setAutoDelete(false);
    job->setInsecureFallback(false); // never a plaintext copy in QSettings
    QEventLoop loop;
    bool finished = false;
    // `loop` is the context: these connections end when it goes out of scope.
    QObject::connect(job.get(), &QKeychain::Job::finished, &loop, [&finished, &loop] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(timeout, &loop, &QEventLoop::quit);
    job->start();
    if (!finished)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (!finished) {
        job.release()->setAutoDelete(true);
        return storageError(StorageErrorCode::NotFound,
                            QStringLiteral("the keychain did not answer in time"));
    }
    return job;
}

// ---- directories ------------------------------------------------------------

std::uint32_t bigEndian32(const unsigned char *p)
{
    return std::uint32_t(p[0]) << 24 | std::uint32_t(p[1]) << 16 | std::uint32_t(p[2]) << 8 |
           std::uint32_t(p[3]);
}

// SQLite keeps the committed prefix of a WAL whose tail is torn or damaged
// (that is what a crash leaves, and refusing it would make crashes
// unrecoverable), and ignores a WAL whose header is invalid, silently
// dropping every commit in it. A header is synced before any frame follows
// it, so an invalid header in front of frames means damage, not a crash:
// refuse to open instead of losing those commits without a word.
Result<void> checkWalHeader(const QString &walPath)
{
    QFile wal(walPath);
    if (!wal.exists() || wal.size() < 32)
        return {}; // no WAL, or one that never got a complete header
    if (!wal.open(QIODevice::ReadOnly))
        return storageError(StorageErrorCode::Io,
                            QStringLiteral("reading the WAL: ") + wal.errorString());
    const QByteArray header = wal.read(32);
    if (header.size() != 32)
        return storageError(StorageErrorCode::Io, QStringLiteral("reading the WAL"));
    const auto *h = reinterpret_cast<const unsigned char *>(header.constData());
    const std::uint32_t magic = bigEndian32(h);
    if ((magic & 0xfffffffeu) != 0x377f0682u || bigEndian32(h + 4) != 3007000u ||
        bigEndian32(h + 8) != std::uint32_t(Store::kPageSize))
        return storageError(StorageErrorCode::Corrupt,
                            QStringLiteral("the write-ahead log's header is damaged"));
    // The header checksum: 32-bit words in the byte order the magic names.
    const bool bigEndianWords = (magic & 1u) != 0;
    std::uint32_t s1 = 0;
    std::uint32_t s2 = 0;
    for (int i = 0; i < 24; i += 8) {
        const unsigned char *a = h + i;
        const unsigned char *b = h + i + 4;
        const std::uint32_t w1 = bigEndianWords
                                     ? bigEndian32(a)
                                     : std::uint32_t(a[0]) | std::uint32_t(a[1]) << 8 |
                                           std::uint32_t(a[2]) << 16 | std::uint32_t(a[3]) << 24;
        const std::uint32_t w2 = bigEndianWords
                                     ? bigEndian32(b)
                                     : std::uint32_t(b[0]) | std::uint32_t(b[1]) << 8 |
                                           std::uint32_t(b[2]) << 16 | std::uint32_t(b[3]) << 24;
        s1 += w1 + s2;
        s2 += w2 + s1;
    }
    if (s1 != bigEndian32(h + 24) || s2 != bigEndian32(h + 28))
        return storageError(StorageErrorCode::Corrupt,
                            QStringLiteral("the write-ahead log's header is damaged"));
    return {};
}

bool isWindowsReservedName(const QString &name)
{
    const QString stem = name.section(QLatin1Char('.'), 0, 0).toUpper();
    static const QStringList reserved = {QStringLiteral("CON"), QStringLiteral("PRN"),
                                         QStringLiteral("AUX"), QStringLiteral("NUL")};
    if (reserved.contains(stem))
        return true;
    return stem.size() == 4 &&
           (stem.startsWith(QLatin1String("COM")) || stem.startsWith(QLatin1String("LPT"))) &&
           stem.at(3) >= QLatin1Char('1') && stem.at(3) <= QLatin1Char('9');
}

} // namespace

// ---- Keychain ---------------------------------------------------------------

Keychain::Keychain(QString service, std::chrono::milliseconds timeout)
    : m_service(std::move(service)), m_timeout(timeout)
{}

Keychain::~Keychain() = default;

Result<void> Keychain::storeKey(const QString &profileId, QByteArrayView key32)
{
    if (key32.size() != qsizetype(KeyFile::kKeySize))
        return storageError(StorageErrorCode::InvalidArgument,
                            QStringLiteral("database key must be 32 bytes"));
    QByteArray secret = key32.toByteArray();
    Result<void> result;
    {
        auto job = std::make_unique<QKeychain::WritePasswordJob>(m_service);
        job->setKey(profileId);
        job->setBinaryData(secret);
        Result<std::unique_ptr<QKeychain::WritePasswordJob>> done =
            runJob(std::move(job), m_timeout);
        if (!done)
            result = done.error();
        else if ((*done)->error() != QKeychain::NoError)
            result = keychainError(**done);
    }
    // The job (and its shared copy) is gone unless it timed out: wipe ours.
    sodium_memzero(secret.data(), std::size_t(secret.size()));
    return result;
}

Result<SecureBuffer> Keychain::loadKey(const QString &profileId)
{
    auto job = std::make_unique<QKeychain::ReadPasswordJob>(m_service);
    job->setKey(profileId);
    Result<std::unique_ptr<QKeychain::ReadPasswordJob>> done = runJob(std::move(job), m_timeout);
    if (!done)
        return done.error();
    if ((*done)->error() != QKeychain::NoError)
        return keychainError(**done);
    QByteArray secret = (*done)->binaryData();
    done->reset();
    SecureBuffer key(secret);
    sodium_memzero(secret.data(), std::size_t(secret.size()));
    if (key.size() != KeyFile::kKeySize)
        return storageError(StorageErrorCode::Corrupt,
                            QStringLiteral("the keychain entry is not a database key"));
    return key;
}

Result<void> Keychain::removeKey(const QString &profileId)
{
    auto job = std::make_unique<QKeychain::DeletePasswordJob>(m_service);
    job->setKey(profileId);
    Result<std::unique_ptr<QKeychain::DeletePasswordJob>> done = runJob(std::move(job), m_timeout);
    if (!done)
        return done.error();
    const QKeychain::Error e = (*done)->error();
    if (e != QKeychain::NoError && e != QKeychain::EntryNotFound)
        return keychainError(**done);
    return {};
}

// ---- Profile: paths ---------------------------------------------------------

QString Profile::defaultRoot()
{
    QString base;
    if (QCoreApplication::applicationName().isEmpty()) {
        base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
        if (!base.isEmpty())
            base += QStringLiteral("/Cove");
    } else {
        base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    }
    if (base.isEmpty())
        return {};
    return base + QStringLiteral("/profiles");
}

bool Profile::isValidName(const QString &name)
{
    if (name.isEmpty() || name.size() > kMaxNameLength)
        return false;
    if (name.startsWith(QLatin1Char('.')) || name.startsWith(QLatin1Char(' ')) ||
        name.endsWith(QLatin1Char(' ')) || name.endsWith(QLatin1Char('.')))
        return false; // also rules out "." and ".."
    static const QString forbidden = QStringLiteral("/\\:*?\"<>|");
    for (const QChar c : name) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || forbidden.contains(c))
            return false;
        if (c.category() == QChar::Other_Format || c.isSurrogate())
            return false; // invisible or broken characters in a path confuse people
    }
    return !isWindowsReservedName(name);
}

Result<QString> Profile::directoryForName(const QString &name, const QString &root)
{
    if (!isValidName(name))
        return storageError(StorageErrorCode::InvalidArgument,
                            QStringLiteral("not a valid profile name"));
    if (root.isEmpty())
        return storageError(StorageErrorCode::Io,
                            QStringLiteral("the platform gives no writable data location"));
    return QDir(root).absoluteFilePath(name);
}

QString Profile::idFor(const QString &dir)
{
    const QFileInfo info(QDir::cleanPath(QFileInfo(dir).absoluteFilePath()));
    QString canonical = info.canonicalFilePath();
    if (canonical.isEmpty())
        canonical = info.absoluteFilePath();
    const QByteArray hash =
        QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return info.fileName() + QLatin1Char(':') + QString::fromLatin1(hash);
}

QString Profile::databasePath(const QString &dir)
{
    return QDir(dir).filePath(QLatin1String(kDatabaseName));
}

QString Profile::keyFilePath(const QString &dir)
{
    return QDir(dir).filePath(QLatin1String(kKeyFileName));
}

QString Profile::attachmentsPath(const QString &dir)
{
    return QDir(dir).filePath(QLatin1String(kAttachmentsDirName));
}

// ---- Profile: lifecycle -----------------------------------------------------

Profile::Profile(QString dir, SecureBuffer key, std::unique_ptr<Store> store)
    : m_dir(std::move(dir)), m_key(std::move(key)), m_store(std::move(store))
{}

Profile::~Profile() = default;

Result<std::unique_ptr<Profile>> Profile::create(const QString &dir, const QString &passphrase,
                                                 const KdfParams &kdf)
{
    if (dir.isEmpty())
        return storageError(StorageErrorCode::InvalidArgument, QStringLiteral("no directory"));
    const QString absDir = QFileInfo(dir).absoluteFilePath();
    // Check what can be checked before creating anything.
    if (passphrase.isEmpty())
        return storageError(StorageErrorCode::InvalidArgument,
                            QStringLiteral("an empty passphrase protects nothing"));
    if (!kdf.isAcceptable())
        return storageError(StorageErrorCode::InvalidArgument,
                            QStringLiteral("Argon2id parameters out of the accepted range"));
    if (Result<void> r = detail::makeParentDirs(absDir); !r)
        return r.error();
    if (Result<void> r = detail::makeOwnerOnlyDir(absDir); !r)
        return r.error();

    // From here on the directory is ours: on any failure remove all of it.
    auto fail = [&absDir](StorageError e) -> Result<std::unique_ptr<Profile>> {
        QDir(absDir).removeRecursively();
        return e;
    };
    if (Result<void> r = detail::makeOwnerOnlyDir(attachmentsPath(absDir)); !r)
        return fail(r.error());
    Result<SecureBuffer> key = KeyFile::create(keyFilePath(absDir), passphrase, kdf);
    if (!key)
        return fail(key.error());

    const QString dbPath = databasePath(absDir);
    {
        Result<std::unique_ptr<Store>> created =
            Store::open(dbPath, key->view(), Store::Intent::CreateNew);
        if (!created)
            return fail(created.error());
    }
    // SQLite creates files 0644 (less the umask) and gives the -wal and -shm
    // the database's mode. Closing removed those; now make the database
    // owner-only and reopen, so all three are 0600. The 0700 directory kept
    // everyone else out in between.
    if (!QFile::setPermissions(dbPath, kOwnerOnlyFile))
        return fail(storageError(StorageErrorCode::Io,
                                 QStringLiteral("could not make the database owner-only")));
    Result<std::unique_ptr<Store>> store =
        Store::open(dbPath, key->view(), Store::Intent::OpenExisting);
    if (!store)
        return fail(store.error());
    detail::syncDirectory(absDir);
    return std::unique_ptr<Profile>(new Profile(absDir, std::move(*key), std::move(*store)));
}

Result<std::unique_ptr<Profile>> Profile::openWithKey(const QString &dir, SecureBuffer key,
                                                      bool keyFromKeyFile)
{
    const QString dbPath = databasePath(dir);
    // SQLite 3.15 opens a database shorter than its header says and fails
    // only when a missing page is read, so check the size up front: every
    // SQLCipher database is a whole number of pages.
    const qint64 dbSize = QFileInfo(dbPath).size();
    if (dbSize % Store::kPageSize != 0)
        return storageError(StorageErrorCode::Corrupt,
                            QStringLiteral("the database file is truncated (a partial page)"));
    const QString walPath = dbPath + QStringLiteral("-wal");
    if (Result<void> r = checkWalHeader(walPath); !r)
        return r.error();
    const qint64 walSize = QFileInfo(walPath).size();

    Result<std::unique_ptr<Store>> store =
        Store::open(dbPath, key.view(), Store::Intent::OpenExisting);
    if (!store) {
        StorageError e = store.error();
        if (e.code == StorageErrorCode::NotFound) {
            e.code = StorageErrorCode::Corrupt;
            e.detail = QStringLiteral("the profile's database is missing");
        } else if (e.code == StorageErrorCode::WrongPassphrase && keyFromKeyFile) {
            // The key file's AEAD proved the key; if the database still
            // says "not a database", the database is what is damaged.
            e.code = StorageErrorCode::Corrupt;
            e.detail =
                QStringLiteral("the key is right but the database does not open: ") + e.detail;
        } else if (e.code == StorageErrorCode::WrongPassphrase) {
            e.detail = QStringLiteral("the remembered key does not open this database");
        }
        return e;
    }

    // The header's page count must fit in the file plus whatever the WAL
    // can supply; otherwise pages were cut off the end.
    sqlite::Result<std::int64_t> pages = (*store)->db().queryInt("PRAGMA page_count");
    if (!pages)
        return fromSqlite(pages.error(), "reading the page count");
    // Sizes as they are now: opening may have migrated the schema, which
    // grows the database through the WAL.
    constexpr qint64 kWalHeader = 32;
    constexpr qint64 kWalFrame = 24 + Store::kPageSize;
    const qint64 dbSizeNow = QFileInfo(dbPath).size();
    const qint64 walSizeNow = std::max(walSize, QFileInfo(walPath).size());
    const qint64 available =
        dbSizeNow / Store::kPageSize + std::max<qint64>(0, (walSizeNow - kWalHeader) / kWalFrame);
    if (*pages > available)
        return storageError(StorageErrorCode::Corrupt,
                            QStringLiteral("the database file is truncated (%1 of %2 pages)")
                                .arg(dbSizeNow / Store::kPageSize)
                                .arg(*pages));
    return std::unique_ptr<Profile>(new Profile(dir, std::move(key), std::move(*store)));
}

Result<std::unique_ptr<Profile>> Profile::open(const QString &dir, const QString &passphrase)
{
    const QString absDir = QFileInfo(dir).absoluteFilePath();
    if (!QFileInfo(absDir).isDir())
        return storageError(StorageErrorCode::NotFound, QStringLiteral("no profile there"));
    const bool hasKeyFile = QFileInfo::exists(keyFilePath(absDir));
    const bool hasDatabase = QFileInfo::exists(databasePath(absDir));
    if (!hasKeyFile && !hasDatabase)
        return storageError(StorageErrorCode::NotFound, QStringLiteral("no profile there"));
    if (!hasKeyFile)
        return storageError(StorageErrorCode::Corrupt,
                            QStringLiteral("the profile's key file is missing"));
    if (!hasDatabase)
        return storageError(StorageErrorCode::Corrupt,
                            QStringLiteral("the profile's database is missing"));

    Result<SecureBuffer> key = KeyFile::unwrap(keyFilePath(absDir), passphrase);
    if (!key)
        return key.error();
    return openWithKey(absDir, std::move(*key), true);
}

Result<std::unique_ptr<Profile>> Profile::openWithKeychain(const QString &dir, Keychain &keychain)
{
    const QString absDir = QFileInfo(dir).absoluteFilePath();
    if (!QFileInfo::exists(databasePath(absDir)))
        return storageError(StorageErrorCode::NotFound, QStringLiteral("no profile there"));
    Result<SecureBuffer> key = keychain.loadKey(idFor(absDir));
    if (!key)
        return key.error();
    return openWithKey(absDir, std::move(*key), false);
}

Result<void> Profile::changePassphrase(const QString &oldPassphrase, const QString &newPassphrase,
                                       const KdfParams &kdf)
{
    // Refused changes cost no Argon2id run and touch nothing.
    if (newPassphrase.isEmpty())
        return storageError(StorageErrorCode::InvalidArgument,
                            QStringLiteral("an empty passphrase protects nothing"));
    if (!kdf.isAcceptable())
        return storageError(StorageErrorCode::InvalidArgument,
                            QStringLiteral("Argon2id parameters out of the accepted range"));
    const QString path = keyFilePath(m_dir);
    Result<SecureBuffer> current = KeyFile::unwrap(path, oldPassphrase);
    if (!current)
        return current.error();
    // Refuse to re-wrap a key file that does not hold this profile's key
    // (say, replaced on disk while open): the profile would become unopenable.
    if (!current->equals(m_key.view()))
        return storageError(StorageErrorCode::Corrupt,
                            QStringLiteral("the key file does not hold this profile's key"));
    return KeyFile::write(path, m_key.view(), newPassphrase, kdf, true);
}

Result<void> Profile::checkIntegrity()
{
    sqlite::Result<sqlite::Statement> check = m_store->db().prepare("PRAGMA quick_check");
    if (!check)
        return fromSqlite(check.error(), "checking the database");
    sqlite::Result<bool> row = check->step();
    if (!row)
        return fromSqlite(row.error(), "checking the database");
    if (!*row || check->text(0) != QLatin1String("ok"))
        return storageError(StorageErrorCode::Corrupt,
                            QStringLiteral("the database failed its integrity check"));
    return {};
}

Result<void> Profile::rememberKey(Keychain &keychain)
{
    return keychain.storeKey(id(), m_key.view());
}

Result<void> Profile::forgetKey(Keychain &keychain)
{
    return keychain.removeKey(id());
}

} // namespace cove::storage
