// SPDX-License-Identifier: GPL-3.0-or-later
// Restoring a backup file, which may come from anyone: a person can be
// talked into restoring a file and typing the passphrase they were given.
// The first byte picks what the rest is:
// - even: the file itself, as bytes on disk (header, KDF parameters, stream);
// - odd: the messages inside the encrypted stream, which this harness seals
//   under the right key, so that what restore does with authenticated but
//   hostile records (names, sizes, order, counts, tags) is reached.
//   Each message is: length (u16, little-endian) | stream tag (u8) | bytes.
//
// Properties: a restore that fails leaves nothing at the target and no
// work folder beside it; a sealed stream is never called a wrong passphrase;
// whatever succeeds is a profile whose database opens.
#include "Backup.h"
#include "FuzzSupport.h"
#include "KeyFile.h"
#include "Profile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <sodium.h>

#include <cstdint>
#include <cstring>

using namespace cove::storage;

namespace {

const QString kPassphrase = QStringLiteral("fuzz passphrase");
constexpr std::size_t kHeaderSize = 60;

/// Where each input is written and restored: in memory when /dev/shm is.
QTemporaryDir &workDir()
{
    static QTemporaryDir dir(QDir(QStringLiteral("/dev/shm")).exists()
                                 ? QStringLiteral("/dev/shm/cove-fuzz-backup-XXXXXX")
                                 : QDir::tempPath() + QStringLiteral("/cove-fuzz-backup-XXXXXX"));
    return dir;
}

/// The file header for the cheapest parameters and a fixed salt, and the
/// stream key it derives from the passphrase: computed once.
struct Sealing {
    QByteArray fileStart; ///< magic, version, parameters, salt
    cove::protocol::SecureBuffer key;
};

const Sealing &sealing()
{
    static const Sealing s = [] {
        Sealing out;
        const KdfParams kdf = KdfParams::cheapForTests();
        out.fileStart = QByteArray("COVEBAK\x01", 8);
        for (int i = 0; i < 4; ++i)
            out.fileStart.append(char((kdf.opsLimit >> (8 * i)) & 0xff));
        for (int i = 0; i < 8; ++i)
            out.fileStart.append(char((std::uint64_t(kdf.memLimit) >> (8 * i)) & 0xff));
        const QByteArray salt(16, '\x5a');
        out.fileStart.append(salt);
        auto key = detail::deriveKey(detail::passphraseBytes(kPassphrase), salt, kdf,
                                     crypto_secretstream_xchacha20poly1305_KEYBYTES);
        COVE_FUZZ_CHECK(key.ok());
        out.key = std::move(*key);
        return out;
    }();
    return s;
}

QByteArray seal(const std::uint8_t *data, std::size_t size)
{
    const Sealing &s = sealing();
    crypto_secretstream_xchacha20poly1305_state state;
    std::uint8_t streamHeader[crypto_secretstream_xchacha20poly1305_HEADERBYTES];
    crypto_secretstream_xchacha20poly1305_init_push(&state, streamHeader, s.key.data());
    QByteArray file = s.fileStart;
    file.append(reinterpret_cast<const char *>(streamHeader), sizeof streamHeader);
    COVE_FUZZ_CHECK(std::size_t(file.size()) == kHeaderSize);
    const QByteArray header = file;
    bool first = true;
    std::size_t at = 0;
    while (at + 3 <= size) {
        const std::size_t length = std::size_t(data[at]) | std::size_t(data[at + 1]) << 8;
        const std::uint8_t tag = data[at + 2];
        at += 3;
        const std::size_t n = std::min(length, size - at);
        QByteArray cipher(qsizetype(n + crypto_secretstream_xchacha20poly1305_ABYTES),
                          Qt::Uninitialized);
        crypto_secretstream_xchacha20poly1305_push(
            &state, reinterpret_cast<std::uint8_t *>(cipher.data()), nullptr, data + at, n,
            first ? reinterpret_cast<const std::uint8_t *>(header.constData()) : nullptr,
            first ? kHeaderSize : 0, tag);
        first = false;
        at += n;
        const auto length32 = std::uint32_t(cipher.size());
        for (int i = 0; i < 4; ++i)
            file.append(char((length32 >> (8 * i)) & 0xff));
        file.append(cipher);
    }
    sodium_memzero(&state, sizeof state);
    return file;
}

/// Whether the file's parameters are the cheapest: other acceptable ones are
/// refused or derived correctly too, only too slowly for every input.
bool cheapParameters(const QByteArray &file)
{
    return file.size() < 20 || file.mid(8, 12) == sealing().fileStart.mid(8, 12);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 1 || size > 256 * 1024)
        return 0;
    COVE_FUZZ_CHECK(workDir().isValid());
    const bool sealed = data[0] & 1;
    const QByteArray file =
        sealed ? seal(data + 1, size - 1)
               : QByteArray(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    if (!sealed && !cheapParameters(file))
        return 0;
    const QDir dir(workDir().path());
    const QString backupPath = dir.filePath(QStringLiteral("input.cove-backup"));
    {
        QFile f(backupPath);
        COVE_FUZZ_CHECK(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        COVE_FUZZ_CHECK(f.write(file) == file.size());
    }
    const QString target = dir.filePath(QStringLiteral("restored"));
    const Result<void> restored =
        Backup::restore(backupPath, kPassphrase, target, KdfParams::cheapForTests());
    if (restored) {
        auto key = KeyFile::unwrap(Profile::keyFilePath(target), kPassphrase);
        COVE_FUZZ_CHECK(key.ok());
        QDir(target).removeRecursively();
    } else {
        COVE_FUZZ_CHECK(!QFileInfo::exists(target));
        COVE_FUZZ_CHECK(!(sealed && restored.error().code == StorageErrorCode::WrongPassphrase));
    }
    // No work folder is left beside the target, whatever happened.
    COVE_FUZZ_CHECK(dir.entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot) ==
                    QStringList{QStringLiteral("input.cove-backup")});
    return 0;
}
