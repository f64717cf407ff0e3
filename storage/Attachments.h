// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SecureBuffer.h"
#include "StorageError.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QSet>
#include <QString>

class QIODevice;

namespace cove::storage {

/// What AttachmentStore::write() made: keep `fileName` and `key` in the
/// attachment's row (attachments.local_file and attachments.file_key).
struct EncryptedFile {
    QString fileName; ///< relative to the store's directory; random, never the person's name
    protocol::SecureBuffer key; ///< kFileKeySize bytes, unique to this file
    quint64 size = 0;           ///< plaintext bytes
    QByteArray sha256;          ///< SHA-256 of the plaintext (the content's plaintextSha256)
};

/// Attachment files of a profile, encrypted on disk (`<profile>/attachments`).
///
/// Each file has its own fresh 32-byte key and is written as a libsodium
/// crypto_secretstream_xchacha20poly1305 stream in 64 KiB chunks, so a large
/// file is never held twice in memory and plaintext never touches the disk,
/// not even in a temporary file. Reading authenticates every chunk and the
/// end of the stream: a truncated, reordered or altered file is Corrupt.
/// File names are random hex; the person's file name is metadata in the
/// database and never part of a path. Deleting a file and the key in its
/// row (the database uses secure_delete) leaves nothing readable.
///
/// File format: 8-byte magic "CoveAtt" + version 1, the 24-byte secretstream
/// header, then chunks of (plaintext up to 64 KiB + 17 bytes); the last
/// chunk, possibly empty, carries the FINAL tag. The magic is each chunk's
/// associated data.
class AttachmentStore {
public:
    static constexpr qsizetype kFileKeySize = 32;
    static constexpr qsizetype kChunkSize = 64 * 1024;

    /// `directory` is created (owner-only) on the first write.
    explicit AttachmentStore(QString directory);

    [[nodiscard]] const QString &directory() const noexcept { return m_dir; }

    /// Encrypts `plaintext` into a new file.
    [[nodiscard]] Result<EncryptedFile> write(QByteArrayView plaintext);
    /// Encrypts everything `source` yields until it reports the end (0 bytes
    /// read) into a new file, 64 KiB at a time. `source` must be open for
    /// reading and deliver its data without waiting (a file, a buffer).
    [[nodiscard]] Result<EncryptedFile> write(QIODevice &source);

    /// The whole plaintext of a file, only when every byte authenticated.
    [[nodiscard]] Result<QByteArray> read(const QString &fileName, QByteArrayView key) const;
    /// Streams the plaintext into `sink` chunk by chunk and returns its size.
    /// Every chunk written is authentic, but on failure (Corrupt for a
    /// truncated or tampered file) what was already written is incomplete:
    /// the caller must discard it. Writing into a file puts plaintext on
    /// disk; that is only for the person's explicit "save as".
    [[nodiscard]] Result<quint64> read(const QString &fileName, QByteArrayView key,
                                       QIODevice &sink) const;

    /// Deletes a file; NotFound when it is not there.
    [[nodiscard]] Result<void> remove(const QString &fileName);
    [[nodiscard]] bool exists(const QString &fileName) const;
    /// Deletes every attachment file (and leftover partial write) whose name
    /// is not in `referenced`: what a crash between deleting rows and files,
    /// or between writing a file and its row, left behind. Run it at startup,
    /// before anything is being written. Returns how many were deleted.
    [[nodiscard]] Result<int> removeUnreferenced(const QSet<QString> &referenced);

    /// True for names this store makes (32 lowercase hex digits), the only
    /// names it accepts, so a damaged row cannot point outside the directory.
    [[nodiscard]] static bool isValidFileName(const QString &fileName);

private:
    [[nodiscard]] QString pathOf(const QString &fileName) const;

    QString m_dir;
};

} // namespace cove::storage
