// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppError.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace cove::protocol {
class Context;
class StoreContext;
struct IdentityKeyPair;
} // namespace cove::protocol
namespace cove::sqlite {
class Database;
}
namespace cove::storage {
class Profile;
class ProtocolStore;
class AttachmentStore;
class Keychain;
struct KdfParams;
} // namespace cove::storage

namespace cove::app {

/// One person's open profile: the encrypted store, the Signal state over it
/// and the identity that is their Cove ID.
class Account {
public:
    /// Creates a profile at `dir` with a fresh identity, registration id,
    /// signed prekey and first batch of one-time prekeys.
    [[nodiscard]] static AppResult<std::unique_ptr<Account>> create(const QString &dir,
                                                                    const QString &passphrase,
                                                                    const QString &displayName,
                                                                    const storage::KdfParams &kdf);
    [[nodiscard]] static AppResult<std::unique_ptr<Account>> open(const QString &dir,
                                                                  const QString &passphrase);
    /// An account over a profile already unlocked (e.g. with the key the
    /// keychain remembered).
    [[nodiscard]] static AppResult<std::unique_ptr<Account>>
    open(std::unique_ptr<storage::Profile> profile);
    /// Opens with the key the keychain remembered ("unlock on this
    /// computer"). NotFound or WrongPassphrase: ask for the passphrase.
    [[nodiscard]] static AppResult<std::unique_ptr<Account>>
    openWithKeychain(const QString &dir, storage::Keychain &keychain);
    /// Restores a backup file into the new profile directory `dir` (nothing
    /// is left there when it fails) and opens it with the backup's passphrase,
    /// which becomes the profile's passphrase.
    [[nodiscard]] static AppResult<std::unique_ptr<Account>>
    restoreBackup(const QString &backupPath, const QString &passphrase, const QString &dir);
    /// The costs of a new passphrase's key derivation: interactive, or
    /// cheap when COVE_CHEAP_KDF is set (tests only).
    [[nodiscard]] static storage::KdfParams passphraseKdf();
    ~Account();
    Account(const Account &) = delete;
    Account &operator=(const Account &) = delete;

    [[nodiscard]] const QString &coveId() const noexcept { return m_coveId; }
    [[nodiscard]] const QByteArray &identityKey() const noexcept { return m_identityKey; }
    [[nodiscard]] QString displayName();
    [[nodiscard]] quint32 registrationId() const noexcept { return m_registrationId; }

    [[nodiscard]] storage::Profile &profile() noexcept { return *m_profile; }
    [[nodiscard]] sqlite::Database &db() noexcept;
    [[nodiscard]] storage::ProtocolStore &protocolStore() noexcept { return *m_protocolStore; }
    [[nodiscard]] protocol::Context &context() noexcept { return *m_context; }
    [[nodiscard]] protocol::StoreContext &signal() noexcept { return *m_signal; }
    [[nodiscard]] storage::AttachmentStore &attachments() noexcept { return *m_attachments; }

    /// Writes the whole profile (messages, keys, attachments) to one file
    /// encrypted under `passphrase`; an existing file is replaced only once
    /// the new one is complete.
    [[nodiscard]] AppResult<void> exportBackup(const QString &path, const QString &passphrase);
    /// "Unlock on this computer": puts the profile's key into (or takes it
    /// out of) the keychain. NotFound when no keychain is available.
    [[nodiscard]] AppResult<void> rememberKey(storage::Keychain &keychain, bool remember);

    /// Signs with the identity key (the relay's login challenge).
    [[nodiscard]] AppResult<QByteArray> sign(QByteArrayView message);

    /// Small settings kept in the encrypted store.
    [[nodiscard]] QByteArray setting(const QString &key, const QByteArray &fallback = {});
    [[nodiscard]] AppResult<void> setSetting(const QString &key, const QByteArray &value);

private:
    explicit Account(std::unique_ptr<storage::Profile> profile);
    [[nodiscard]] AppResult<void> load();

    std::unique_ptr<storage::Profile> m_profile;
    std::unique_ptr<protocol::Context> m_context;
    std::unique_ptr<storage::ProtocolStore> m_protocolStore;
    std::unique_ptr<protocol::StoreContext> m_signal;
    std::unique_ptr<storage::AttachmentStore> m_attachments;
    QString m_coveId;
    QByteArray m_identityKey;
    quint32 m_registrationId = 0;
};

/// The app-layer error for a storage failure.
AppError fromStorage(const QString &detail);

} // namespace cove::app
