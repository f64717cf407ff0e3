// SPDX-License-Identifier: GPL-3.0-or-later
#include "Attachments.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QSaveFile>

#include <sodium.h>

#include <utility>

namespace cove::storage {

namespace {

using protocol::SecureBuffer;

constexpr char kMagic[8] = {'C', 'o', 'v', 'e', 'A', 't', 't', '\x01'};
constexpr qsizetype kHeaderSize = crypto_secretstream_xchacha20poly1305_HEADERBYTES;
constexpr qsizetype kTagSize = crypto_secretstream_xchacha20poly1305_ABYTES;
constexpr qsizetype kCipherChunkSize = AttachmentStore::kChunkSize + kTagSize;

static_assert(crypto_secretstream_xchacha20poly1305_KEYBYTES == AttachmentStore::kFileKeySize);

const unsigned char *bytes(const char *p)
{
    return reinterpret_cast<const unsigned char *>(p);
}

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

StorageError sodiumUnavailable()
{
    return storageError(StorageErrorCode::Internal, QStringLiteral("libsodium failed to start"));
}

// Reads until `capacity` bytes or the end; -1 on a read error.
qint64 readFully(QIODevice &in, char *out, qint64 capacity)
{
    qint64 total = 0;
    while (total < capacity) {
        const qint64 n = in.read(out + total, capacity - total);
        if (n < 0)
            return -1;
        if (n == 0)
            break;
        total += n;
    }
    return total;
}

StorageError writeError(const QFileDevice &f, const char *what)
{
    const StorageErrorCode code =
        f.error() == QFileDevice::ResourceError ? StorageErrorCode::DiskFull : StorageErrorCode::Io;
    return storageError(code, QLatin1String(what) + QStringLiteral(": ") + f.errorString());
}

QString randomFileName()
{
    unsigned char raw[16];
    randombytes_buf(raw, sizeof raw);
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(raw), qsizetype(sizeof raw)).toHex());
}

// Encrypts what `fill` yields into a new file in `dir`. `fill(buffer,
// capacity)` returns how many bytes it put there (fewer than `capacity`
// only at the end) or -1 on error. One chunk is read ahead so the last
// one can carry the FINAL tag, which is what makes truncation detectable.
template <typename Fill> Result<EncryptedFile> encryptInto(const QString &dir, Fill fill)
{
    if (!sodiumReady())
        return sodiumUnavailable();
    if (!QFileInfo::exists(dir)) {
        const QFileInfo info(dir);
        if (!QDir().mkpath(info.absolutePath()) ||
            !QDir().mkdir(dir,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner))
            return storageError(StorageErrorCode::Io,
                                QStringLiteral("cannot create the attachments directory"));
    }

    EncryptedFile result;
    QString path;
    for (int attempt = 0; attempt < 4; ++attempt) {
        result.fileName = randomFileName();
        path = dir + QLatin1Char('/') + result.fileName;
        if (!QFileInfo::exists(path))
            break;
        path.clear();
    }
    if (path.isEmpty())
        return storageError(StorageErrorCode::Internal,
                            QStringLiteral("cannot pick an unused attachment file name"));

    result.key = SecureBuffer(std::size_t(AttachmentStore::kFileKeySize));
    crypto_secretstream_xchacha20poly1305_keygen(result.key.data());

    // QSaveFile: the file appears under its name only when complete, and
    // what it writes is ciphertext from the first byte.
    QSaveFile out(path);
    out.setDirectWriteFallback(false);
    if (!out.open(QIODevice::WriteOnly))
        return writeError(out, "creating an attachment file");

    crypto_secretstream_xchacha20poly1305_state state;
    unsigned char header[kHeaderSize];
    crypto_secretstream_xchacha20poly1305_init_push(&state, header, result.key.data());
    crypto_hash_sha256_state hash;
    crypto_hash_sha256_init(&hash);

    struct Wipe {
        void *p;
        std::size_t n;
        ~Wipe() { sodium_memzero(p, n); }
    } wipeState{&state, sizeof state}, wipeHash{&hash, sizeof hash};

    if (out.write(kMagic, qint64(sizeof kMagic)) != qint64(sizeof kMagic) ||
        out.write(reinterpret_cast<const char *>(header), kHeaderSize) != kHeaderSize)
        return writeError(out, "writing an attachment file");

    SecureBuffer current(static_cast<std::size_t>(AttachmentStore::kChunkSize));
    SecureBuffer next(static_cast<std::size_t>(AttachmentStore::kChunkSize));
    QByteArray cipher(kCipherChunkSize, Qt::Uninitialized);
    qint64 currentSize =
        fill(reinterpret_cast<char *>(current.data()), AttachmentStore::kChunkSize);
    for (;;) {
        if (currentSize < 0)
            return storageError(StorageErrorCode::Io,
                                QStringLiteral("reading the attachment to store failed"));
        qint64 nextSize = 0;
        if (currentSize == AttachmentStore::kChunkSize)
            nextSize = fill(reinterpret_cast<char *>(next.data()), AttachmentStore::kChunkSize);
        if (nextSize < 0)
            return storageError(StorageErrorCode::Io,
                                QStringLiteral("reading the attachment to store failed"));
        const bool last = nextSize == 0;
        const auto plainSize = static_cast<unsigned long long>(currentSize);
        unsigned long long cipherSize = 0;
        crypto_secretstream_xchacha20poly1305_push(
            &state, reinterpret_cast<unsigned char *>(cipher.data()), &cipherSize, current.data(),
            plainSize, bytes(kMagic), sizeof kMagic,
            last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL
                 : crypto_secretstream_xchacha20poly1305_TAG_MESSAGE);
        crypto_hash_sha256_update(&hash, current.data(), plainSize);
        result.size += plainSize;
        const auto toWrite = qint64(cipherSize);
        if (out.write(cipher.constData(), toWrite) != toWrite)
            return writeError(out, "writing an attachment file");
        if (last)
            break;
        std::swap(current, next);
        currentSize = nextSize;
    }

    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256_final(&hash, digest);
    result.sha256 = QByteArray(reinterpret_cast<const char *>(digest), qsizetype(sizeof digest));
    if (!out.commit())
        return writeError(out, "finishing an attachment file");
    return result;
}

// Decrypts a file and hands each authenticated chunk to `deliver`
// (returns false to stop with an Io error). Returns the plaintext size.
template <typename Deliver>
Result<quint64> decryptFrom(const QString &path, QByteArrayView key, Deliver deliver)
{
    if (!sodiumReady())
        return sodiumUnavailable();
    if (key.size() != AttachmentStore::kFileKeySize)
        return storageError(StorageErrorCode::InvalidArgument,
                            QStringLiteral("an attachment file key must be 32 bytes"));
    QFile in(path);
    if (!in.exists())
        return storageError(StorageErrorCode::NotFound,
                            QStringLiteral("the attachment file is missing"));
    if (!in.open(QIODevice::ReadOnly))
        return storageError(StorageErrorCode::Io,
                            QStringLiteral("cannot open an attachment file: ") + in.errorString());

    const auto corrupt = [](const char *why) {
        return storageError(StorageErrorCode::Corrupt,
                            QStringLiteral("attachment file damaged: ") + QLatin1String(why));
    };
    char magic[sizeof kMagic];
    if (readFully(in, magic, qint64(sizeof magic)) != qint64(sizeof magic) ||
        QByteArrayView(magic, qsizetype(sizeof magic)) !=
            QByteArrayView(kMagic, qsizetype(sizeof kMagic)))
        return corrupt("not a Cove attachment file");
    char header[kHeaderSize];
    if (readFully(in, header, kHeaderSize) != kHeaderSize)
        return corrupt("truncated header");

    crypto_secretstream_xchacha20poly1305_state state;
    struct Wipe {
        void *p;
        std::size_t n;
        ~Wipe() { sodium_memzero(p, n); }
    } wipeState{&state, sizeof state};
    if (crypto_secretstream_xchacha20poly1305_init_pull(&state, bytes(header), bytes(key.data())) !=
        0)
        return corrupt("bad header");

    QByteArray cipher(kCipherChunkSize, Qt::Uninitialized);
    SecureBuffer plain(static_cast<std::size_t>(AttachmentStore::kChunkSize));
    quint64 total = 0;
    for (;;) {
        const qint64 n = readFully(in, cipher.data(), kCipherChunkSize);
        if (n < 0)
            return storageError(StorageErrorCode::Io,
                                QStringLiteral("cannot read an attachment file: ") +
                                    in.errorString());
        if (n < kTagSize)
            return corrupt("truncated");
        unsigned long long plainSize = 0;
        unsigned char tag = 0;
        if (crypto_secretstream_xchacha20poly1305_pull(
                &state, plain.data(), &plainSize, &tag, bytes(cipher.constData()),
                static_cast<unsigned long long>(n), bytes(kMagic), sizeof kMagic) != 0)
            return corrupt("authentication failed");
        const bool last = tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL;
        if (!last &&
            (tag != crypto_secretstream_xchacha20poly1305_TAG_MESSAGE || n != kCipherChunkSize))
            return corrupt("unexpected chunk");
        if (last && !in.atEnd())
            return corrupt("data after the end");
        const QByteArrayView chunk(reinterpret_cast<const char *>(plain.data()),
                                   qsizetype(plainSize));
        if (!deliver(chunk))
            return storageError(StorageErrorCode::Io,
                                QStringLiteral("cannot write the attachment's plaintext"));
        total += plainSize;
        if (last)
            return total;
    }
}

} // namespace

AttachmentStore::AttachmentStore(QString directory) : m_dir(std::move(directory)) {}

bool AttachmentStore::isValidFileName(const QString &fileName)
{
    if (fileName.size() != 32)
        return false;
    for (QChar c : fileName) {
        const char16_t u = c.unicode();
        if (!((u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f')))
            return false;
    }
    return true;
}

QString AttachmentStore::pathOf(const QString &fileName) const
{
    return m_dir + QLatin1Char('/') + fileName;
}

Result<EncryptedFile> AttachmentStore::write(QByteArrayView plaintext)
{
    qsizetype offset = 0;
    return encryptInto(m_dir, [&](char *out, qint64 capacity) -> qint64 {
        const qsizetype n = qMin(qsizetype(capacity), plaintext.size() - offset);
        if (n > 0)
            memcpy(out, plaintext.data() + offset, std::size_t(n));
        offset += n;
        return n;
    });
}

Result<EncryptedFile> AttachmentStore::write(QIODevice &source)
{
    if (!source.isReadable())
        return storageError(StorageErrorCode::InvalidArgument,
                            QStringLiteral("the attachment source is not open for reading"));
    return encryptInto(m_dir, [&](char *out, qint64 capacity) -> qint64 {
        return readFully(source, out, capacity);
    });
}

Result<QByteArray> AttachmentStore::read(const QString &fileName, QByteArrayView key) const
{
    if (!isValidFileName(fileName))
        return storageError(StorageErrorCode::InvalidArgument,
                            QStringLiteral("not an attachment file name"));
    QByteArray plaintext;
    Result<quint64> r = decryptFrom(pathOf(fileName), key, [&](QByteArrayView chunk) {
        plaintext.append(chunk);
        return true;
    });
    if (!r)
        return r.error();
    return plaintext;
}

Result<quint64> AttachmentStore::read(const QString &fileName, QByteArrayView key,
                                      QIODevice &sink) const
{
    if (!isValidFileName(fileName))
        return storageError(StorageErrorCode::InvalidArgument,
                            QStringLiteral("not an attachment file name"));
    if (!sink.isWritable())
        return storageError(StorageErrorCode::InvalidArgument,
                            QStringLiteral("the attachment sink is not open for writing"));
    return decryptFrom(pathOf(fileName), key, [&](QByteArrayView chunk) {
        return chunk.isEmpty() || sink.write(chunk.data(), chunk.size()) == chunk.size();
    });
}

Result<void> AttachmentStore::remove(const QString &fileName)
{
    if (!isValidFileName(fileName))
        return storageError(StorageErrorCode::InvalidArgument,
                            QStringLiteral("not an attachment file name"));
    QFile f(pathOf(fileName));
    if (!f.exists())
        return storageError(StorageErrorCode::NotFound,
                            QStringLiteral("the attachment file is missing"));
    if (!f.remove())
        return storageError(StorageErrorCode::Io,
                            QStringLiteral("cannot delete an attachment file: ") + f.errorString());
    return {};
}

bool AttachmentStore::exists(const QString &fileName) const
{
    return isValidFileName(fileName) && QFileInfo::exists(pathOf(fileName));
}

Result<int> AttachmentStore::removeUnreferenced(const QSet<QString> &referenced)
{
    const QDir dir(m_dir);
    if (!dir.exists())
        return 0;
    int removed = 0;
    const QStringList names = dir.entryList(QDir::Files | QDir::Hidden | QDir::System);
    for (const QString &name : names) {
        // Ours: a finished file, or a partial write named after one.
        const bool finished = isValidFileName(name);
        const bool partial = !finished && name.size() > 33 && name.at(32) == QLatin1Char('.') &&
                             isValidFileName(name.left(32));
        if (!(finished || partial) || (finished && referenced.contains(name)))
            continue;
        if (!QFile::remove(dir.filePath(name)))
            return storageError(StorageErrorCode::Io,
                                QStringLiteral("cannot delete an unreferenced attachment file"));
        ++removed;
    }
    return removed;
}

} // namespace cove::storage
