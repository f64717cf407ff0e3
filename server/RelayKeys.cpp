// SPDX-License-Identifier: GPL-3.0-or-later
#include "RelayKeys.h"

#include "SqliteRelayStorage.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sodium.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace cove::relay {

namespace {

constexpr qsizetype kDatabaseKeySize = 32;

KeyError keyError(QString detail)
{
    return KeyError{std::move(detail)};
}

QString errnoText()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

/// mkdir -p with mode 0700 for every directory it creates.
bool makeDirs(const QString &dir, QString *why)
{
    const QString absolute = QDir::cleanPath(QDir(dir).absolutePath());
    const QStringList parts = absolute.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    QString path;
    for (const QString &part : parts) {
        path += QLatin1Char('/') + part;
        if (QFileInfo(path).isDir())
            continue;
        if (::mkdir(QFile::encodeName(path).constData(), S_IRWXU) != 0 && errno != EEXIST) {
            *why = QStringLiteral("cannot create ") + path + QStringLiteral(": ") + errnoText();
            return false;
        }
    }
    return true;
}

void syncDirectory(const QString &dir)
{
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        (void)::fsync(fd);
        ::close(fd);
    }
}

/// Reads a whole key file of exactly `size` bytes that only its owner may read.
Expected<protocol::SecureBuffer, KeyError> readKeyFile(const QString &path, qsizetype size)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0)
        return keyError(QStringLiteral("cannot read ") + path + QStringLiteral(": ") + errnoText());
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        return keyError(path + QStringLiteral(" is not a regular file"));
    }
    if ((st.st_mode & (S_IRWXG | S_IRWXO)) != 0) {
        ::close(fd);
        return keyError(path + QStringLiteral(" may be read by others than its owner; "
                                              "make it owner-only (chmod 600)"));
    }
    if (st.st_size != off_t(size)) {
        ::close(fd);
        return keyError(
            path + QStringLiteral(" has the wrong size for a key (expected %1 bytes)").arg(size));
    }
    protocol::SecureBuffer key{std::size_t(size)};
    std::size_t done = 0;
    while (done < std::size_t(size)) {
        const ssize_t n = ::read(fd, key.data() + done, std::size_t(size) - done);
        if (n <= 0) {
            ::close(fd);
            return keyError(QStringLiteral("cannot read ") + path);
        }
        done += std::size_t(n);
    }
    ::close(fd);
    return key;
}

/// Writes a new key file: under a temporary name, synced, then linked to
/// its name (which fails when the name exists), so a crash leaves either
/// no key file or a complete one.
Expected<void, KeyError> writeKeyFile(const QString &path, QByteArrayView bytes)
{
    const QString temp = path + QStringLiteral(".new");
    const QByteArray nativeTemp = QFile::encodeName(temp);
    (void)::unlink(nativeTemp.constData()); // a leftover of an interrupted first start
    const int fd = ::open(nativeTemp.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return keyError(QStringLiteral("cannot create ") + temp + QStringLiteral(": ") +
                        errnoText());
    qsizetype done = 0;
    bool ok = true;
    while (ok && done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + done, std::size_t(bytes.size() - done));
        if (n <= 0)
            ok = false;
        else
            done += qsizetype(n);
    }
    ok = ok && ::fsync(fd) == 0;
    ::close(fd);
    if (ok && ::link(nativeTemp.constData(), QFile::encodeName(path).constData()) != 0)
        ok = false;
    const QString why = errnoText();
    (void)::unlink(nativeTemp.constData());
    if (!ok)
        return keyError(QStringLiteral("cannot write ") + path + QStringLiteral(": ") + why);
    syncDirectory(QFileInfo(path).absolutePath());
    return {};
}

Expected<protocol::FrankingKeyPair, KeyError> frankingPairFrom(protocol::SecureBuffer secret,
                                                               const QString &path)
{
    // A libsodium secret key is seed || public key: derive both again from
    // the seed and require the file to match, so a damaged file is refused
    // rather than producing tags nobody can verify.
    unsigned char seed[crypto_sign_SEEDBYTES];
    crypto_sign_ed25519_sk_to_seed(seed, secret.data());
    unsigned char pk[crypto_sign_PUBLICKEYBYTES];
    protocol::SecureBuffer derived{crypto_sign_SECRETKEYBYTES};
    crypto_sign_seed_keypair(pk, derived.data(), seed);
    sodium_memzero(seed, sizeof seed);
    if (!secret.equals(derived.view()))
        return keyError(path + QStringLiteral(" is not a valid franking key"));
    protocol::FrankingKeyPair pair;
    pair.publicKey = QByteArray(reinterpret_cast<const char *>(pk), qsizetype(sizeof pk));
    pair.secretKey = std::move(secret);
    return pair;
}

} // namespace

QString relayKeyPath(const QString &dir)
{
    return QDir(dir).filePath(QStringLiteral("relay.key"));
}

QString frankingKeyPath(const QString &dir)
{
    return QDir(dir).filePath(QStringLiteral("franking.key"));
}

QString moderationKeyPath(const QString &dir)
{
    return QDir(dir).filePath(QStringLiteral("moderation.key"));
}

Expected<RelaySecrets, KeyError> loadOrCreateSecrets(const QString &dir)
{
    if (sodium_init() < 0)
        return keyError(QStringLiteral("libsodium failed to initialise"));
    if (dir.isEmpty())
        return keyError(QStringLiteral("no data directory given"));
    QString why;
    if (!makeDirs(dir, &why))
        return keyError(why);
    const QByteArray nativeDir = QFile::encodeName(dir);
    if (::access(nativeDir.constData(), R_OK | W_OK | X_OK) != 0)
        return keyError(QStringLiteral("the data directory ") + dir +
                        QStringLiteral(" is not usable: ") + errnoText());

    RelaySecrets secrets;
    secrets.firstStart = !QFileInfo::exists(SqliteRelayStorage::databasePath(dir));

    const QString dbKeyPath = relayKeyPath(dir);
    if (QFileInfo::exists(dbKeyPath)) {
        auto key = readKeyFile(dbKeyPath, kDatabaseKeySize);
        if (!key)
            return key.error();
        secrets.databaseKey = std::move(*key);
    } else if (!secrets.firstStart) {
        return keyError(dbKeyPath + QStringLiteral(" is missing, but relay.db exists; refusing to "
                                                   "create a new key for an existing database"));
    } else {
        protocol::SecureBuffer key = protocol::SecureBuffer::random(std::size_t(kDatabaseKeySize));
        if (auto r = writeKeyFile(dbKeyPath, key.view()); !r)
            return r.error();
        secrets.databaseKey = std::move(key);
    }

    const QString frankingPath = frankingKeyPath(dir);
    if (QFileInfo::exists(frankingPath)) {
        auto secret = readKeyFile(frankingPath, protocol::kFrankingSigningKeySize);
        if (!secret)
            return secret.error();
        auto pair = frankingPairFrom(std::move(*secret), frankingPath);
        if (!pair)
            return pair.error();
        secrets.franking = std::move(*pair);
    } else if (!secrets.firstStart) {
        return keyError(frankingPath + QStringLiteral(" is missing, but relay.db exists; "
                                                      "refusing to replace the franking key"));
    } else {
        protocol::FrankingKeyPair pair = protocol::generateFrankingKeyPair();
        if (pair.secretKey.size() != std::size_t(protocol::kFrankingSigningKeySize))
            return keyError(QStringLiteral("cannot generate a franking key"));
        if (auto r = writeKeyFile(frankingPath, pair.secretKey.view()); !r)
            return r.error();
        secrets.franking = std::move(pair);
    }

    const QString moderationPath = moderationKeyPath(dir);
    if (!QFileInfo::exists(moderationPath)) {
        protocol::ModerationKeyPair pair = protocol::generateModerationKeyPair();
        if (pair.secretKey.size() != std::size_t(crypto_box_SECRETKEYBYTES))
            return keyError(QStringLiteral("cannot generate a moderation key"));
        if (auto r = writeKeyFile(moderationPath, pair.secretKey.view()); !r) {
            // Another process (a console command next to the starting relay)
            // created it in the meantime: use that one.
            if (!QFileInfo::exists(moderationPath))
                return r.error();
        } else {
            secrets.moderation = std::move(pair);
            secrets.moderationKeyCreated = true;
        }
    }
    if (!secrets.moderationKeyCreated) {
        auto secret = readKeyFile(moderationPath, qsizetype(crypto_box_SECRETKEYBYTES));
        if (!secret)
            return secret.error();
        protocol::Result<protocol::ModerationKeyPair> pair =
            protocol::moderationKeyPairFromSecret(*secret);
        if (!pair)
            return keyError(moderationPath + QStringLiteral(" is not a valid moderation key"));
        secrets.moderation = std::move(*pair);
    }
    return secrets;
}

} // namespace cove::relay
