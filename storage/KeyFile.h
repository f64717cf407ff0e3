// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SecureBuffer.h"
#include "StorageError.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QFile>
#include <QString>

#include <cstddef>
#include <cstdint>

namespace cove::storage {

/// Argon2id cost parameters for deriving a wrapping key from a passphrase.
struct KdfParams {
    std::uint32_t opsLimit = 0;
    std::uint64_t memLimit = 0; ///< bytes

    /// What the app uses: libsodium's "moderate" (3 passes over 256 MiB).
    [[nodiscard]] static KdfParams interactive() noexcept;
    /// The cheapest parameters libsodium accepts, for tests only: they give
    /// a passphrase no real protection.
    [[nodiscard]] static KdfParams cheapForTests() noexcept;
    /// Whether this code accepts these parameters, both when writing and
    /// when reading them from a file: at least libsodium's minimum and at
    /// most kMaxOpsLimit / kMaxMemLimit, so that a hostile file cannot make
    /// Cove allocate gigabytes or spin for hours.
    [[nodiscard]] bool isAcceptable() const noexcept;

    static constexpr std::uint32_t kMaxOpsLimit = 16;
    static constexpr std::uint64_t kMaxMemLimit = std::uint64_t(1) << 30; // 1 GiB

    friend bool operator==(const KdfParams &, const KdfParams &) = default;
};

/// The profile's key file: a random 256-bit database key wrapped by a key
/// derived from the person's passphrase with Argon2id.
///
/// Layout (integers little-endian), 108 bytes in all:
///
///     "COVEKEY" | version (u8, 1) | opslimit (u32) | memlimit (u64) |
///     salt (16) | nonce (24) | XChaCha20-Poly1305(db key, 32) + tag (16)
///
/// The AEAD's associated data is everything before the ciphertext, so a
/// changed parameter, salt or version is detected like a changed key.
/// Reading validates every length and parameter before use: a damaged file
/// gives Corrupt, never a crash; a wrong passphrase gives WrongPassphrase.
class KeyFile {
public:
    static constexpr std::size_t kKeySize = 32;
    static constexpr std::uint8_t kVersion = 1;
    static constexpr std::size_t kFileSize = 108;

    /// Makes a fresh random database key, writes it wrapped with
    /// `passphrase` to `path` (owner-only, which must not exist yet) and
    /// returns it.
    [[nodiscard]] static Result<protocol::SecureBuffer>
    create(const QString &path, const QString &passphrase,
           const KdfParams &params = KdfParams::interactive());

    /// Writes `key32` wrapped with `passphrase` to `path`, atomically: a
    /// crash leaves the old file or the new one, never neither. With
    /// `mayReplace` false an existing file is an AlreadyExists error.
    [[nodiscard]] static Result<void> write(const QString &path, QByteArrayView key32,
                                            const QString &passphrase, const KdfParams &params,
                                            bool mayReplace);

    /// Reads `path` and unwraps the database key. Changes nothing on disk.
    [[nodiscard]] static Result<protocol::SecureBuffer> unwrap(const QString &path,
                                                               const QString &passphrase);

    /// Changes the passphrase: unwraps with `oldPassphrase` and atomically
    /// replaces the file with the same key wrapped by `newPassphrase` under
    /// a fresh salt. The database is not touched. A wrong old passphrase
    /// gives WrongPassphrase and leaves the file as it was.
    [[nodiscard]] static Result<void> rewrap(const QString &path, const QString &oldPassphrase,
                                             const QString &newPassphrase,
                                             const KdfParams &params = KdfParams::interactive());

    /// The file's bytes for `key32` under `passphrase` (in memory only).
    /// An empty passphrase is refused: it would protect nothing.
    [[nodiscard]] static Result<QByteArray> seal(QByteArrayView key32, const QString &passphrase,
                                                 const KdfParams &params);
    /// Unwraps key-file bytes already in memory.
    [[nodiscard]] static Result<protocol::SecureBuffer> open(QByteArrayView fileBytes,
                                                             const QString &passphrase);
    /// The Argon2id parameters recorded in key-file bytes (Corrupt when the
    /// bytes are not a key file this code accepts).
    [[nodiscard]] static Result<KdfParams> readParams(QByteArrayView fileBytes);
};

namespace detail {

/// libsodium's initialisation, done once per process (thread-safe).
[[nodiscard]] bool sodiumReady() noexcept;

/// The passphrase as NFC-normalised UTF-8 in a zeroising buffer, so the
/// same passphrase typed on any system derives the same key.
[[nodiscard]] protocol::SecureBuffer passphraseBytes(const QString &passphrase);

/// Argon2id of `passphrase` and a 16-byte salt into `outSize` bytes.
[[nodiscard]] Result<protocol::SecureBuffer> deriveKey(const protocol::SecureBuffer &passphrase,
                                                       QByteArrayView salt, const KdfParams &params,
                                                       std::size_t outSize);

/// A file written under a temporary name in the target's directory,
/// created owner-only (0600) from the start, and moved over the target only
/// by commit() after its bytes reached the disk. Removed if not committed.
class AtomicFile {
public:
    explicit AtomicFile(QString target);
    ~AtomicFile();
    AtomicFile(const AtomicFile &) = delete;
    AtomicFile &operator=(const AtomicFile &) = delete;

    [[nodiscard]] Result<void> open();
    [[nodiscard]] Result<void> write(QByteArrayView bytes);
    /// Flushes, syncs, and renames over the target (replacing it when
    /// `mayReplace`), then syncs the directory.
    [[nodiscard]] Result<void> commit(bool mayReplace);

private:
    QString m_target;
    QFile m_file;
    bool m_committed = false;
};

/// Creates `path` as a directory with mode 0700 (given to mkdir, not set
/// afterwards). Fails with AlreadyExists when it exists.
[[nodiscard]] Result<void> makeOwnerOnlyDir(const QString &path);

/// Creates the missing ancestors of `path` (not `path` itself), top-down,
/// each with mode 0700.
[[nodiscard]] Result<void> makeParentDirs(const QString &path);

/// Renames `from` to `to` (files or directories), refusing atomically where
/// the platform allows (AlreadyExists) when `to` exists.
[[nodiscard]] Result<void> renameNoReplace(const QString &from, const QString &to);

/// Flushes a file's data to the disk.
[[nodiscard]] bool syncFile(QFile &file);
/// Makes a rename or creation inside `dir` durable (no-op where unsupported).
void syncDirectory(const QString &dir);

} // namespace detail

} // namespace cove::storage
