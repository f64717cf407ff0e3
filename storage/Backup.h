// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "KeyFile.h"
#include "StorageError.h"

#include <QByteArrayView>
#include <QString>

#include <cstdint>
#include <memory>

class QIODevice;

namespace cove::storage {

class Profile;

/// What a record of a backup holds.
enum class BackupRecordKind : std::uint8_t {
    DatabaseKey = 1, ///< the 32-byte raw key of the database record (name empty)
    Database = 2,    ///< the database file, "cove.db"
    Attachment = 3,  ///< a file under "attachments/", as stored (already encrypted)
};

/// A profile exported to ONE encrypted file, and restored from it.
///
/// File layout (integers little-endian):
///
///     "COVEBAK" | version (u8, 1) | opslimit (u32) | memlimit (u64) |
///     salt (16) | secretstream header (24) |
///     { ciphertext length (u32) | crypto_secretstream_xchacha20poly1305 message }*
///
/// The stream key is Argon2id(backup passphrase, salt). The first message
/// authenticates the file header as associated data. Plaintext messages
/// are a record header (1, kind u8, name length u16, UTF-8 name, size u64),
/// data (2, at most kChunkSize bytes) until a record's size is reached, and
/// a last message (3, record count u32) carrying the stream's FINAL tag.
/// Records come in the order DatabaseKey, Database, then Attachments.
///
/// The database record is a consistent snapshot made by sqlcipher_export
/// into a new database under a fresh random key (the DatabaseKey record),
/// so the backup passphrase alone restores and the profile's own key never
/// leaves the profile.
class Backup {
public:
    static constexpr std::uint8_t kVersion = 1;
    static constexpr std::size_t kChunkSize = 64 * 1024;
    static constexpr int kMaxNameBytes = 1024;

    /// Writes a backup of `profile` to `backupPath` (replacing an existing
    /// file only once the new one is complete; 0600), protected by
    /// `backupPassphrase` with `kdf` costs.
    [[nodiscard]] static Result<void>
    exportProfile(Profile &profile, const QString &backupPath, const QString &backupPassphrase,
                  const KdfParams &kdf = KdfParams::interactive());

    /// Restores the backup at `backupPath` into the NEW profile directory
    /// `targetDir` (AlreadyExists when anything is there). Everything is
    /// written into a temporary directory beside the target, verified (the
    /// stream's final tag, every record, the database opening with its key)
    /// and only then renamed into place: a failed restore leaves nothing.
    /// The restored profile gets a fresh key file wrapping the database key
    /// with `backupPassphrase` (with `kdf` costs), so it opens with that
    /// passphrase. A wrong passphrase is WrongPassphrase; a truncated or
    /// damaged backup, or a record whose name leaves attachments/, Corrupt.
    [[nodiscard]] static Result<void> restore(const QString &backupPath,
                                              const QString &backupPassphrase,
                                              const QString &targetDir,
                                              const KdfParams &kdf = KdfParams::interactive());

    /// Whether `name` is acceptable for an attachment record on restore:
    /// "attachments/" followed by relative components that are not empty,
    /// "." or "..", without backslashes, colons or control characters.
    [[nodiscard]] static bool isValidAttachmentName(const QString &name);
};

/// The low-level writer of the backup format. Exports use it; it checks no
/// record names (restore does), so tests can also craft hostile backups.
/// The file appears at its path only when finish() succeeds.
class BackupWriter {
public:
    explicit BackupWriter(QString path);
    ~BackupWriter();
    BackupWriter(const BackupWriter &) = delete;
    BackupWriter &operator=(const BackupWriter &) = delete;

    /// Derives the stream key (Argon2id, `kdf`) and writes the header.
    [[nodiscard]] Result<void> begin(const QString &passphrase, const KdfParams &kdf);
    /// A record whose content is in memory.
    [[nodiscard]] Result<void> addRecord(BackupRecordKind kind, const QString &name,
                                         QByteArrayView content);
    /// A record of exactly `size` bytes read from `source`.
    [[nodiscard]] Result<void> addRecord(BackupRecordKind kind, const QString &name,
                                         QIODevice &source, std::uint64_t size);
    /// Writes the final message, syncs and moves the file into place.
    [[nodiscard]] Result<void> finish();

private:
    struct State;
    [[nodiscard]] Result<void> push(QByteArrayView plain, bool final);
    [[nodiscard]] Result<void> pushHeader(BackupRecordKind kind, const QString &name,
                                          std::uint64_t size);

    std::unique_ptr<State> m_state;
};

} // namespace cove::storage
