// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyFile.h"

#include <QDir>
#include <QFileInfo>
#include <QStringEncoder>
#include <QStringList>

#include <sodium.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <system_error>

#if defined(Q_OS_UNIX)
#include <fcntl.h>
#include <unistd.h>
#elif defined(Q_OS_WIN)
#include <io.h>
#endif

namespace cove::storage {

using protocol::SecureBuffer;

namespace {

constexpr char kMagic[] = {'C', 'O', 'V', 'E', 'K', 'E', 'Y'};
constexpr std::size_t kMagicSize = sizeof kMagic;
constexpr std::size_t kSaltSize = crypto_pwhash_argon2id_SALTBYTES;
constexpr std::size_t kNonceSize = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr std::size_t kTagSize = crypto_aead_xchacha20poly1305_ietf_ABYTES;
constexpr std::size_t kOffsetOps = kMagicSize + 1;
constexpr std::size_t kOffsetMem = kOffsetOps + 4;
constexpr std::size_t kOffsetSalt = kOffsetMem + 8;
constexpr std::size_t kOffsetNonce = kOffsetSalt + kSaltSize;
constexpr std::size_t kHeaderSize = kOffsetNonce + kNonceSize;
static_assert(kSaltSize == 16 && kNonceSize == 24 && kTagSize == 16);
static_assert(kHeaderSize + KeyFile::kKeySize + kTagSize == KeyFile::kFileSize);
static_assert(crypto_aead_xchacha20poly1305_ietf_KEYBYTES == KeyFile::kKeySize);

// A key file is 108 bytes; reading more than this from a damaged or hostile
// file would only waste memory.
constexpr qint64 kMaxReadSize = 4096;

const std::uint8_t *bytes(QByteArrayView v)
{
    return reinterpret_cast<const std::uint8_t *>(v.data());
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

StorageError fileError(const QFileDevice &f, const QString &what)
{
    // errno still holds the cause of the failed call Qt just made.
    const int e = errno;
    const StorageErrorCode code = (e == ENOSPC
#ifdef EDQUOT
                                   || e == EDQUOT
#endif
                                   )
                                      ? StorageErrorCode::DiskFull
                                      : StorageErrorCode::Io;
    return storageError(code, what + QStringLiteral(": ") + f.errorString());
}

std::filesystem::path fsPath(const QString &path)
{
#if defined(Q_OS_WIN)
    return std::filesystem::path(path.toStdWString());
#else
    return std::filesystem::path(QFile::encodeName(path).toStdString());
#endif
}

QString randomSuffix()
{
    std::uint8_t r[6];
    randombytes_buf(r, sizeof r);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(r), sizeof r).toHex());
}

Result<QByteArray> readSmallFile(const QString &path)
{
    QFile f(path);
    if (!f.exists())
        return storageError(StorageErrorCode::NotFound, QStringLiteral("no key file at that path"));
    if (!f.open(QIODevice::ReadOnly))
        return fileError(f, QStringLiteral("opening the key file"));
    const QByteArray data = f.read(kMaxReadSize + 1);
    if (f.error() != QFileDevice::NoError)
        return fileError(f, QStringLiteral("reading the key file"));
    return data;
}

} // namespace

// ---- KdfParams --------------------------------------------------------------

KdfParams KdfParams::interactive() noexcept
{
    return {crypto_pwhash_argon2id_OPSLIMIT_MODERATE, crypto_pwhash_argon2id_MEMLIMIT_MODERATE};
}

KdfParams KdfParams::cheapForTests() noexcept
{
    return {crypto_pwhash_argon2id_OPSLIMIT_MIN, crypto_pwhash_argon2id_MEMLIMIT_MIN};
}

bool KdfParams::isAcceptable() const noexcept
{
    const std::uint64_t maxOps =
        std::min<std::uint64_t>(kMaxOpsLimit, crypto_pwhash_argon2id_OPSLIMIT_MAX);
    const std::uint64_t maxMem =
        std::min<std::uint64_t>(kMaxMemLimit, crypto_pwhash_argon2id_MEMLIMIT_MAX);
    return opsLimit >= crypto_pwhash_argon2id_OPSLIMIT_MIN && opsLimit <= maxOps &&
           memLimit >= crypto_pwhash_argon2id_MEMLIMIT_MIN && memLimit <= maxMem;
}

// ---- detail -----------------------------------------------------------------

namespace detail {

bool sodiumReady() noexcept
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

SecureBuffer passphraseBytes(const QString &passphrase)
{
    QString nfc = passphrase.normalized(QString::NormalizationForm_C);
    SecureBuffer out;
    if (!nfc.isEmpty()) {
        QStringEncoder encoder(QStringEncoder::Utf8, QStringEncoder::Flag::Stateless);
        SecureBuffer scratch(std::size_t(encoder.requiredSpace(nfc.size())));
        char *begin = reinterpret_cast<char *>(scratch.data());
        char *end = encoder.appendToBuffer(begin, nfc);
        out = SecureBuffer(begin, std::size_t(end - begin));
    }
    // normalized() made a copy only when it changed something; wipe that
    // copy (the caller's own string is theirs to manage).
    if (nfc.isDetached() && !nfc.isEmpty())
        sodium_memzero(nfc.data(), std::size_t(nfc.size()) * sizeof(QChar));
    return out;
}

Result<SecureBuffer> deriveKey(const SecureBuffer &passphrase, QByteArrayView salt,
                               const KdfParams &params, std::size_t outSize)
{
    if (!sodiumReady())
        return storageError(StorageErrorCode::Internal,
                            QStringLiteral("libsodium failed to start"));
    if (salt.size() != qsizetype(kSaltSize) || !params.isAcceptable())
        return storageError(StorageErrorCode::Internal,
                            QStringLiteral("key derivation called with bad arguments"));
    static const char empty = 0;
    SecureBuffer out(outSize);
    const char *pw =
        passphrase.isEmpty() ? &empty : reinterpret_cast<const char *>(passphrase.data());
    if (crypto_pwhash(out.data(), outSize, pw, passphrase.size(), bytes(salt), params.opsLimit,
                      std::size_t(params.memLimit), crypto_pwhash_ALG_ARGON2ID13) != 0)
        return storageError(StorageErrorCode::Internal,
                            QStringLiteral("Argon2id failed (probably out of memory)"));
    return out;
}

bool syncFile(QFile &file)
{
    if (!file.flush())
        return false;
#if defined(Q_OS_UNIX)
    return ::fsync(file.handle()) == 0;
#elif defined(Q_OS_WIN)
    return ::_commit(file.handle()) == 0;
#else
    return true;
#endif
}

void syncDirectory(const QString &dir)
{
#if defined(Q_OS_UNIX)
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        (void)::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(dir);
#endif
}

Result<void> makeOwnerOnlyDir(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists() || info.isSymLink())
        return storageError(StorageErrorCode::AlreadyExists,
                            QStringLiteral("something already exists at that path"));
    if (!QDir().mkdir(info.absoluteFilePath(),
                      QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
        return storageError(StorageErrorCode::Io, QStringLiteral("could not create a directory"));
    return {};
}

Result<void> makeParentDirs(const QString &path)
{
    QStringList missing;
    QFileInfo info(QFileInfo(path).absolutePath());
    while (!info.exists()) {
        missing.prepend(info.absoluteFilePath());
        const QString parent = info.absolutePath();
        if (parent == info.absoluteFilePath())
            break;
        info = QFileInfo(parent);
    }
    for (const QString &dir : std::as_const(missing)) {
        if (Result<void> r = makeOwnerOnlyDir(dir);
            !r && r.code() != StorageErrorCode::AlreadyExists)
            return r;
    }
    return {};
}

Result<void> renameNoReplace(const QString &from, const QString &to)
{
#if defined(Q_OS_LINUX) && defined(RENAME_NOREPLACE)
    if (::renameat2(AT_FDCWD, QFile::encodeName(from).constData(), AT_FDCWD,
                    QFile::encodeName(to).constData(), RENAME_NOREPLACE) == 0)
        return {};
    if (errno == EEXIST || errno == ENOTEMPTY)
        return storageError(StorageErrorCode::AlreadyExists,
                            QStringLiteral("something already exists at the destination"));
    if (errno != EINVAL && errno != ENOSYS)
        return storageError(StorageErrorCode::Io, QStringLiteral("renaming into place: ") +
                                                      QString::fromLocal8Bit(std::strerror(errno)));
        // The file system does not support RENAME_NOREPLACE: check, then rename.
#endif
    const QFileInfo target(to);
    if (target.exists() || target.isSymLink())
        return storageError(StorageErrorCode::AlreadyExists,
                            QStringLiteral("something already exists at the destination"));
    std::error_code ec;
    std::filesystem::rename(fsPath(from), fsPath(to), ec);
    if (ec)
        return storageError(StorageErrorCode::Io, QStringLiteral("renaming into place: ") +
                                                      QString::fromStdString(ec.message()));
    return {};
}

AtomicFile::AtomicFile(QString target) : m_target(std::move(target)) {}

AtomicFile::~AtomicFile()
{
    if (m_file.isOpen())
        m_file.close();
    if (!m_committed && !m_file.fileName().isEmpty())
        QFile::remove(m_file.fileName());
}

Result<void> AtomicFile::open()
{
    const QFileInfo target(m_target);
    // The same directory, so the final rename never crosses file systems.
    // A leading dot keeps the temporary out of ordinary listings.
    m_file.setFileName(target.absolutePath() + QStringLiteral("/.") + target.fileName() +
                       QStringLiteral(".tmp-") + randomSuffix());
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                     QFile::ReadOwner | QFile::WriteOwner)) {
        StorageError e = fileError(m_file, QStringLiteral("creating a temporary file"));
        m_file.setFileName(QString());
        return e;
    }
    return {};
}

Result<void> AtomicFile::write(QByteArrayView data)
{
    if (!m_file.isOpen())
        return storageError(StorageErrorCode::Internal, QStringLiteral("file is not open"));
    if (m_file.write(data.data(), data.size()) != data.size())
        return fileError(m_file, QStringLiteral("writing a file"));
    return {};
}

Result<void> AtomicFile::commit(bool mayReplace)
{
    if (!m_file.isOpen())
        return storageError(StorageErrorCode::Internal, QStringLiteral("file is not open"));
    if (!syncFile(m_file))
        return fileError(m_file, QStringLiteral("flushing a file to disk"));
    m_file.close();
    const QString temp = m_file.fileName();
    if (mayReplace) {
        std::error_code ec;
        std::filesystem::rename(fsPath(temp), fsPath(m_target), ec);
        if (ec)
            return storageError(StorageErrorCode::Io,
                                QStringLiteral("renaming a file into place: ") +
                                    QString::fromStdString(ec.message()));
    } else if (Result<void> r = renameNoReplace(temp, m_target); !r) {
        return r;
    }
    m_committed = true;
    syncDirectory(QFileInfo(m_target).absolutePath());
    return {};
}

} // namespace detail

// ---- KeyFile ----------------------------------------------------------------

Result<KdfParams> KeyFile::readParams(QByteArrayView file)
{
    if (file.size() < qsizetype(kMagicSize + 1) ||
        std::memcmp(file.data(), kMagic, kMagicSize) != 0)
        return storageError(StorageErrorCode::Corrupt, QStringLiteral("not a Cove key file"));
    const std::uint8_t version = bytes(file)[kMagicSize];
    if (version != kVersion)
        return storageError(StorageErrorCode::Corrupt,
                            QStringLiteral("unknown key file version %1").arg(version));
    if (file.size() != qsizetype(kFileSize))
        return storageError(
            StorageErrorCode::Corrupt,
            QStringLiteral("key file has %1 bytes, expected %2").arg(file.size()).arg(kFileSize));
    const KdfParams params{readU32(bytes(file) + kOffsetOps), readU64(bytes(file) + kOffsetMem)};
    if (!params.isAcceptable())
        return storageError(StorageErrorCode::Corrupt,
                            QStringLiteral("key file asks for unacceptable Argon2id parameters"));
    return params;
}

Result<QByteArray> KeyFile::seal(QByteArrayView key32, const QString &passphrase,
                                 const KdfParams &params)
{
    if (key32.size() != qsizetype(kKeySize))
        return storageError(StorageErrorCode::InvalidArgument,
                            QStringLiteral("database key must be 32 bytes"));
    if (passphrase.isEmpty())
        return storageError(StorageErrorCode::InvalidArgument,
                            QStringLiteral("an empty passphrase protects nothing"));
    if (!params.isAcceptable())
        return storageError(StorageErrorCode::InvalidArgument,
                            QStringLiteral("Argon2id parameters out of the accepted range"));
    if (!detail::sodiumReady())
        return storageError(StorageErrorCode::Internal,
                            QStringLiteral("libsodium failed to start"));

    QByteArray out(qsizetype(kFileSize), Qt::Uninitialized);
    auto *p = reinterpret_cast<std::uint8_t *>(out.data());
    std::memcpy(p, kMagic, kMagicSize);
    p[kMagicSize] = kVersion;
    putU32(p + kOffsetOps, params.opsLimit);
    putU64(p + kOffsetMem, params.memLimit);
    randombytes_buf(p + kOffsetSalt, kSaltSize);
    randombytes_buf(p + kOffsetNonce, kNonceSize);

    Result<SecureBuffer> wrapKey = detail::deriveKey(
        detail::passphraseBytes(passphrase),
        QByteArrayView(out.constData() + kOffsetSalt, qsizetype(kSaltSize)), params, kKeySize);
    if (!wrapKey)
        return wrapKey.error();
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(p + kHeaderSize, &written, bytes(key32), kKeySize, p,
                                               kHeaderSize, nullptr, p + kOffsetNonce,
                                               wrapKey->data());
    if (written != kKeySize + kTagSize)
        return storageError(StorageErrorCode::Internal, QStringLiteral("AEAD output size"));
    return out;
}

Result<SecureBuffer> KeyFile::open(QByteArrayView file, const QString &passphrase)
{
    Result<KdfParams> params = readParams(file);
    if (!params)
        return params.error();
    const std::uint8_t *p = bytes(file);
    Result<SecureBuffer> wrapKey = detail::deriveKey(
        detail::passphraseBytes(passphrase),
        QByteArrayView(file.data() + kOffsetSalt, qsizetype(kSaltSize)), *params, kKeySize);
    if (!wrapKey)
        return wrapKey.error();
    SecureBuffer key(kKeySize);
    unsigned long long written = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(key.data(), &written, nullptr, p + kHeaderSize,
                                                   kKeySize + kTagSize, p, kHeaderSize,
                                                   p + kOffsetNonce, wrapKey->data()) != 0 ||
        written != kKeySize)
        // A wrong passphrase and a damaged salt, nonce or ciphertext look
        // the same to an AEAD; the passphrase is by far the likelier cause.
        return storageError(StorageErrorCode::WrongPassphrase,
                            QStringLiteral("the passphrase does not unwrap the key file"));
    return key;
}

Result<void> KeyFile::write(const QString &path, QByteArrayView key32, const QString &passphrase,
                            const KdfParams &params, bool mayReplace)
{
    if (!mayReplace && QFileInfo::exists(path))
        return storageError(StorageErrorCode::AlreadyExists,
                            QStringLiteral("a key file already exists there"));
    Result<QByteArray> sealed = seal(key32, passphrase, params);
    if (!sealed)
        return sealed.error();
    detail::AtomicFile file(path);
    if (Result<void> r = file.open(); !r)
        return r;
    if (Result<void> r = file.write(*sealed); !r)
        return r;
    return file.commit(mayReplace);
}

Result<SecureBuffer> KeyFile::create(const QString &path, const QString &passphrase,
                                     const KdfParams &params)
{
    SecureBuffer key = SecureBuffer::random(kKeySize);
    if (Result<void> r = write(path, key.view(), passphrase, params, false); !r)
        return r.error();
    return key;
}

Result<SecureBuffer> KeyFile::unwrap(const QString &path, const QString &passphrase)
{
    Result<QByteArray> data = readSmallFile(path);
    if (!data)
        return data.error();
    return open(*data, passphrase);
}

Result<void> KeyFile::rewrap(const QString &path, const QString &oldPassphrase,
                             const QString &newPassphrase, const KdfParams &params)
{
    // Check the new passphrase and parameters first: a refused change must
    // not cost an Argon2id run, and must not touch the file.
    if (newPassphrase.isEmpty())
        return storageError(StorageErrorCode::InvalidArgument,
                            QStringLiteral("an empty passphrase protects nothing"));
    if (!params.isAcceptable())
        return storageError(StorageErrorCode::InvalidArgument,
                            QStringLiteral("Argon2id parameters out of the accepted range"));
    Result<SecureBuffer> key = unwrap(path, oldPassphrase);
    if (!key)
        return key.error();
    return write(path, key->view(), newPassphrase, params, true);
}

} // namespace cove::storage
