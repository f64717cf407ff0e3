// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "KeyFile.h"
#include "SecureBuffer.h"
#include "StorageError.h"

#include <QByteArrayView>
#include <QString>

#include <chrono>
#include <memory>

namespace cove::storage {

class Store;

/// The operating system's keychain (through QtKeychain), holding a
/// profile's raw database key when the person chose "remember on this
/// computer". Entries live under service "Cove" with the profile's id as
/// key; QtKeychain's plaintext fallback is never enabled.
///
/// Every failure is reported as NotFound (the caller then asks for the
/// passphrase); the detail says whether no keychain is available, access
/// was denied, or nothing is remembered. Jobs run to completion in a local
/// event loop, so a QCoreApplication must exist. Virtual so that tests and
/// other platforms can substitute their own.
class Keychain {
public:
    explicit Keychain(QString service = QStringLiteral("Cove"),
                      std::chrono::milliseconds timeout = std::chrono::seconds(15));
    virtual ~Keychain();
    Keychain(const Keychain &) = delete;
    Keychain &operator=(const Keychain &) = delete;

    [[nodiscard]] virtual Result<void> storeKey(const QString &profileId, QByteArrayView key32);
    [[nodiscard]] virtual Result<protocol::SecureBuffer> loadKey(const QString &profileId);
    /// Forgets the key; succeeds when nothing was remembered.
    [[nodiscard]] virtual Result<void> removeKey(const QString &profileId);

private:
    QString m_service;
    std::chrono::milliseconds m_timeout;
};

/// One person's profile: a directory (0700) holding the encrypted database
/// `cove.db` (with its `-wal` and `-shm`), the key file `cove.key` and the
/// encrypted attachment files under `attachments/`, all owner-only.
///
/// Opening never writes before the key is proven, never creates a
/// database, and a wrong passphrase changes no file.
class Profile {
public:
    static constexpr auto kDatabaseName = "cove.db";
    static constexpr auto kKeyFileName = "cove.key";
    static constexpr auto kAttachmentsDirName = "attachments";
    static constexpr int kMaxNameLength = 64;

    /// Where profiles live: the platform's app-data location (or the generic
    /// data location + "/Cove" when no application name is set) +
    /// "/profiles". Empty when the platform gives no writable location.
    [[nodiscard]] static QString defaultRoot();
    /// Whether `name` can name a profile directory on every platform: 1 to
    /// kMaxNameLength characters, no path separators or characters Windows
    /// forbids, no control characters, not "." or "..", no leading dot
    /// (reserved for temporaries), no leading or trailing space.
    [[nodiscard]] static bool isValidName(const QString &name);
    /// `root`/`name`, or InvalidArgument when the name is not valid.
    [[nodiscard]] static Result<QString> directoryForName(const QString &name,
                                                          const QString &root = defaultRoot());
    /// The profile's id in the keychain, derived from its canonical path.
    [[nodiscard]] static QString idFor(const QString &dir);

    [[nodiscard]] static QString databasePath(const QString &dir);
    [[nodiscard]] static QString keyFilePath(const QString &dir);
    [[nodiscard]] static QString attachmentsPath(const QString &dir);

    /// Creates a new profile at `dir` (which must not exist; missing parent
    /// directories are created 0700): the directory and attachments/ with
    /// mode 0700, a key file (0600) wrapping a fresh random key with
    /// `passphrase`, and an empty database of the current schema (0600).
    /// On failure nothing is left behind.
    [[nodiscard]] static Result<std::unique_ptr<Profile>>
    create(const QString &dir, const QString &passphrase,
           const KdfParams &kdf = KdfParams::interactive());

    /// Opens an existing profile. A wrong passphrase is WrongPassphrase and
    /// touches nothing; a database the right key does not open, or one
    /// shorter than its header says, is Corrupt; a missing profile is
    /// NotFound; a missing database or key file in a profile is Corrupt.
    [[nodiscard]] static Result<std::unique_ptr<Profile>> open(const QString &dir,
                                                               const QString &passphrase);

    /// Opens with the key remembered in `keychain`. Any keychain problem
    /// (none available, nothing remembered, access denied) is NotFound, a
    /// remembered key that no longer fits is WrongPassphrase: in both cases
    /// the caller asks for the passphrase instead.
    [[nodiscard]] static Result<std::unique_ptr<Profile>> openWithKeychain(const QString &dir,
                                                                           Keychain &keychain);

    ~Profile();
    Profile(const Profile &) = delete;
    Profile &operator=(const Profile &) = delete;

    /// Re-wraps the database key with `newPassphrase` (fresh salt, `kdf`
    /// costs). The database is not re-encrypted. A wrong `oldPassphrase` is
    /// WrongPassphrase and changes nothing.
    [[nodiscard]] Result<void> changePassphrase(const QString &oldPassphrase,
                                                const QString &newPassphrase,
                                                const KdfParams &kdf = KdfParams::interactive());

    /// Reads every page (PRAGMA quick_check): Corrupt when the database is
    /// damaged. Opening only checks what is cheap (the key, the schema, the
    /// file's size against its header), so run this after a crash or now
    /// and then, not on every open: it costs time in proportion to the size.
    [[nodiscard]] Result<void> checkIntegrity();

    /// "Remember on this computer": puts the raw key into `keychain`.
    /// NotFound when no keychain is available (the app says so).
    [[nodiscard]] Result<void> rememberKey(Keychain &keychain);
    /// Removes the remembered key from `keychain`.
    [[nodiscard]] Result<void> forgetKey(Keychain &keychain);

    [[nodiscard]] Store &store() noexcept { return *m_store; }
    [[nodiscard]] const QString &directory() const noexcept { return m_dir; }
    [[nodiscard]] QString id() const { return idFor(m_dir); }

private:
    Profile(QString dir, protocol::SecureBuffer key, std::unique_ptr<Store> store);
    [[nodiscard]] static Result<std::unique_ptr<Profile>>
    openWithKey(const QString &dir, protocol::SecureBuffer key, bool keyFromKeyFile);

    QString m_dir;
    protocol::SecureBuffer m_key;
    std::unique_ptr<Store> m_store;
};

} // namespace cove::storage
