// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Franking.h"
#include "Report.h"
#include "SecureBuffer.h"

#include <QString>

#include <optional>

namespace cove::relay {

/// The relay's secrets in its data directory, each in its own owner-only
/// file (mode 0600, the directory 0700):
///
///   relay.key    32 random bytes: the SQLCipher key of relay.db, so the
///                relay's metadata is encrypted at rest.
///   franking.key 64 bytes: the libsodium Ed25519 secret key (seed and
///                public key) the relay signs franking tags with.
///   moderation.key 32 bytes: the libsodium crypto_box (X25519) secret key
///                of the moderation service; reports are sealed to its
///                public key, which the relay presents in every Challenge.
///
/// relay.key and franking.key are created only on the first start, when
/// relay.db does not exist yet: a database is never re-created over an
/// existing one with a new key, and an existing database never gets a new
/// franking key. moderation.key is created whenever it is missing (a data
/// directory of a relay from before the moderation service has none):
/// nothing was sealed to a key that did not exist.
struct RelaySecrets {
    protocol::SecureBuffer databaseKey;
    protocol::FrankingKeyPair franking;
    protocol::ModerationKeyPair moderation;
    bool firstStart = false;           ///< relay.db did not exist yet
    bool moderationKeyCreated = false; ///< moderation.key was created by this call
};

struct KeyError {
    QString detail; ///< for the operator; names files, never bytes
};

/// Creates `dir` (mode 0700, with missing parents) when needed, then loads
/// or, on the first start, creates the key files. Refuses a directory that
/// is not writable, key files of the wrong size or whose franking key pair
/// does not match itself, and a missing key file next to an existing database.
[[nodiscard]] Expected<RelaySecrets, KeyError> loadOrCreateSecrets(const QString &dir);

[[nodiscard]] QString relayKeyPath(const QString &dir);
[[nodiscard]] QString frankingKeyPath(const QString &dir);
[[nodiscard]] QString moderationKeyPath(const QString &dir);

} // namespace cove::relay
