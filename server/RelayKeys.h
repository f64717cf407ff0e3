// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Franking.h"
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
///
/// A key file is created only on the first start, when relay.db does not
/// exist yet: a database is never re-created over an existing one with a
/// new key, and an existing database never gets a new franking key.
struct RelaySecrets {
    protocol::SecureBuffer databaseKey;
    protocol::FrankingKeyPair franking;
    bool firstStart = false; ///< relay.db did not exist yet
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

} // namespace cove::relay
