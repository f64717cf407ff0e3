// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Session.h"
#include "StorageError.h"

#include <functional>

namespace cove::sqlite {
class Database;
}

namespace cove::storage {

class ProtocolStore;

/// Why a message could not be received: the protocol refused it (tampered,
/// duplicate, unknown session, changed identity, ...) or the store could not
/// keep it (disk full, ...). Either way nothing changed on disk.
struct ReceiveError {
    enum class Kind { Protocol, Storage };
    Kind kind = Kind::Protocol;
    protocol::Error protocol;
    StorageError storage;
};

using ReceiveResult = Expected<void, ReceiveError>;

/// Decrypts one message and stores its consequences in ONE transaction:
/// what `persist` writes (the decrypted message), the new session or
/// sender-key state and the consumed one-time prekey. libsignal-protocol-c
/// calls `persist` after decrypting and before writing its state; the
/// transaction commits only when all of it succeeded. A crash or error at
/// any point leaves either everything or nothing, so a message is never
/// acknowledged to the relay before it is safely stored, and a failed
/// attempt can be retried with the same ciphertext.
///
/// `decrypt` runs the protocol operation with the hook it is given, e.g.
///   [&](const protocol::DecryptHook &h) { return protocol::decrypt(ctx, peer, msg, h); }
[[nodiscard]] ReceiveResult receiveAtomically(
    sqlite::Database &db, ProtocolStore &store,
    const std::function<protocol::Result<protocol::SecureBuffer>(const protocol::DecryptHook &)>
        &decrypt,
    const std::function<Result<void>(const protocol::SecureBuffer &plaintext)> &persist);

} // namespace cove::storage
