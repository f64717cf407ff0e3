// SPDX-License-Identifier: GPL-3.0-or-later
#include "Account.h"

#include "Attachments.h"
#include "Backup.h"
#include "Context.h"
#include "CoveId.h"
#include "Keys.h"
#include "Profile.h"
#include "ProtocolStore.h"
#include "Settings.h"
#include "Sqlite.h"
#include "Store.h"
#include "StoreContext.h"

#include <QDateTime>

namespace cove::app {

namespace {

constexpr int kInitialPreKeys = 100;

AppError storageFailure(const storage::StorageError &e)
{
    switch (e.code) {
    case storage::StorageErrorCode::WrongPassphrase:
        return appError(AppError::Code::WrongPassphrase, e.detail);
    case storage::StorageErrorCode::Busy:
        return appError(AppError::Code::ProfileBusy, e.detail);
    case storage::StorageErrorCode::NotFound:
        return appError(AppError::Code::NotFound, e.detail);
    default:
        return appError(AppError::Code::Storage, e.detail);
    }
}

} // namespace

AppError fromStorage(const QString &detail)
{
    return appError(AppError::Code::Storage, detail);
}

Account::Account(std::unique_ptr<storage::Profile> profile)
    : m_profile(std::move(profile)), m_context(std::make_unique<protocol::Context>()),
      m_protocolStore(std::make_unique<storage::ProtocolStore>(m_profile->store().db())),
      m_signal(std::make_unique<protocol::StoreContext>(*m_context, m_protocolStore->stores())),
      m_attachments(std::make_unique<storage::AttachmentStore>(
          storage::Profile::attachmentsPath(m_profile->directory())))
{}

Account::~Account() = default;

sqlite::Database &Account::db() noexcept
{
    return m_profile->store().db();
}

AppResult<std::unique_ptr<Account>> Account::create(const QString &dir, const QString &passphrase,
                                                    const QString &displayName,
                                                    const storage::KdfParams &kdf)
{
    storage::Result<std::unique_ptr<storage::Profile>> profile =
        storage::Profile::create(dir, passphrase, kdf);
    if (!profile)
        return storageFailure(profile.error());
    std::unique_ptr<Account> account(new Account(std::move(*profile)));

    protocol::Result<protocol::IdentityKeyPair> identity =
        protocol::generateIdentityKeyPair(account->context());
    if (!identity)
        return appError(AppError::Code::Protocol, identity.error().detail);
    protocol::Result<std::uint32_t> registrationId =
        protocol::generateRegistrationId(account->context());
    if (!registrationId)
        return appError(AppError::Code::Protocol, registrationId.error().detail);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString coveId = protocol::coveIdForIdentityKey(identity->publicKey);

    sqlite::Result<sqlite::Transaction> tx = sqlite::Transaction::begin(account->db());
    if (!tx)
        return fromStorage(tx.error().message);
    if (storage::Result<void> r = account->protocolStore().initializeIdentity(
            coveId, displayName, *identity, *registrationId, now);
        !r)
        return storageFailure(r.error());
    if (auto r = protocol::generateSignedPreKey(account->signal(), std::uint64_t(now)); !r)
        return appError(AppError::Code::Protocol, r.error().detail);
    if (auto r = protocol::generatePreKeys(account->signal(), kInitialPreKeys); !r)
        return appError(AppError::Code::Protocol, r.error().detail);
    if (sqlite::Result<void> r = tx->commit(); !r)
        return fromStorage(r.error().message);
    if (AppResult<void> r = account->load(); !r)
        return r.error();
    return account;
}

AppResult<std::unique_ptr<Account>> Account::open(const QString &dir, const QString &passphrase)
{
    storage::Result<std::unique_ptr<storage::Profile>> profile =
        storage::Profile::open(dir, passphrase);
    if (!profile)
        return storageFailure(profile.error());
    return open(std::move(*profile));
}

AppResult<std::unique_ptr<Account>> Account::openWithKeychain(const QString &dir,
                                                              storage::Keychain &keychain)
{
    storage::Result<std::unique_ptr<storage::Profile>> profile =
        storage::Profile::openWithKeychain(dir, keychain);
    if (!profile)
        return storageFailure(profile.error());
    return open(std::move(*profile));
}

AppResult<std::unique_ptr<Account>>
Account::restoreBackup(const QString &backupPath, const QString &passphrase, const QString &dir)
{
    if (storage::Result<void> r =
            storage::Backup::restore(backupPath, passphrase, dir, passphraseKdf());
        !r)
        return storageFailure(r.error());
    return open(dir, passphrase);
}

storage::KdfParams Account::passphraseKdf()
{
    return qEnvironmentVariableIsSet("COVE_CHEAP_KDF") ? storage::KdfParams::cheapForTests()
                                                       : storage::KdfParams::interactive();
}

AppResult<void> Account::exportBackup(const QString &path, const QString &passphrase)
{
    if (storage::Result<void> r =
            storage::Backup::exportProfile(*m_profile, path, passphrase, passphraseKdf());
        !r)
        return storageFailure(r.error());
    return {};
}

AppResult<void> Account::rememberKey(storage::Keychain &keychain, bool remember)
{
    storage::Result<void> r =
        remember ? m_profile->rememberKey(keychain) : m_profile->forgetKey(keychain);
    if (!r)
        return storageFailure(r.error());
    return {};
}

AppResult<std::unique_ptr<Account>> Account::open(std::unique_ptr<storage::Profile> profile)
{
    std::unique_ptr<Account> account(new Account(std::move(profile)));
    if (AppResult<void> r = account->load(); !r)
        return r.error();
    return account;
}

AppResult<void> Account::load()
{
    protocol::Result<protocol::IdentityKeyPair> identity = m_protocolStore->identityKeyPair();
    if (!identity)
        return appError(AppError::Code::Storage, identity.error().detail);
    protocol::Result<std::uint32_t> registrationId = m_protocolStore->localRegistrationId();
    if (!registrationId)
        return appError(AppError::Code::Storage, registrationId.error().detail);
    m_identityKey = identity->publicKey;
    m_coveId = protocol::coveIdForIdentityKey(m_identityKey);
    m_registrationId = *registrationId;
    return {};
}

QString Account::displayName()
{
    storage::Result<QString> name = m_protocolStore->displayName();
    return name ? *name : QString();
}

AppResult<QByteArray> Account::sign(QByteArrayView message)
{
    protocol::Result<protocol::IdentityKeyPair> identity = m_protocolStore->identityKeyPair();
    if (!identity)
        return appError(AppError::Code::Storage, identity.error().detail);
    protocol::Result<QByteArray> signature =
        protocol::signWithIdentity(*m_context, *identity, message);
    if (!signature)
        return appError(AppError::Code::Protocol, signature.error().detail);
    return *signature;
}

QByteArray Account::setting(const QString &key, const QByteArray &fallback)
{
    storage::Result<std::optional<QByteArray>> value = storage::SettingsRepository(db()).value(key);
    return value && value->has_value() ? **value : fallback;
}

AppResult<void> Account::setSetting(const QString &key, const QByteArray &value)
{
    if (storage::Result<void> r = storage::SettingsRepository(db()).setValue(key, value); !r)
        return storageFailure(r.error());
    return {};
}

} // namespace cove::app
