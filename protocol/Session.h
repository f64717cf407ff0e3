// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Keys.h"
#include "Result.h"
#include "SecureBuffer.h"
#include "Stores.h"

#include <QByteArray>

#include <functional>

namespace cove::protocol {

class StoreContext;

/// Largest serialized Signal message Cove accepts from a peer. Content is
/// bounded well below this (attachments travel as separate blobs), and the
/// bound keeps oversized input away from the library's protobuf parser.
inline constexpr qsizetype kMaxSignalMessageSize = 320 * 1024;

/// A serialized Signal protocol message and its type, with the library's
/// numbering (2 = SignalMessage, 3 = PreKeySignalMessage, 4 = SenderKey
/// message, 5 = SenderKey distribution).
struct CiphertextMessage {
    enum class Type : int { Signal = 2, PreKey = 3, SenderKey = 4, SenderKeyDistribution = 5 };
    Type type = Type::Signal;
    QByteArray bytes;
};

/// Called after a message decrypts and before the new session state (and
/// the consumed one-time prekey) is written. storage/ stores the decrypted
/// message here inside the same transaction; an Error aborts decryption and
/// leaves the session unchanged, so the message can be decrypted again.
using DecryptHook = std::function<Result<void>(const SecureBuffer &plaintext)>;

/// Starts a session with `peer` from their bundle (X3DH). The bundle is
/// validated first; a changed identity key gives UntrustedIdentity.
[[nodiscard]] Result<void> processPreKeyBundle(StoreContext &store, const Address &peer,
                                               const PreKeyBundle &bundle);

[[nodiscard]] Result<bool> hasSession(StoreContext &store, const Address &peer);

/// Encrypts for `peer`. The first messages are PreKey messages until the
/// peer answers. Empty plaintexts are allowed. A peer whose identity key
/// changed gives UntrustedIdentity until the person accepts the new key.
[[nodiscard]] Result<CiphertextMessage> encrypt(StoreContext &store, const Address &peer,
                                                QByteArrayView plaintext);

/// Decrypts a Signal or PreKey message from `peer`. Duplicates, tampering,
/// unknown sessions or keys, changed identities and messages too far ahead
/// each give their own ErrorCode and never change the session.
[[nodiscard]] Result<SecureBuffer> decrypt(StoreContext &store, const Address &peer,
                                           const CiphertextMessage &message,
                                           const DecryptHook &hook = {});

/// The identity key a PreKey message claims, so the app can show a changed
/// safety number before deciding whether to accept it.
[[nodiscard]] Result<QByteArray> preKeyMessageIdentity(StoreContext &store, QByteArrayView message);

} // namespace cove::protocol
