// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "SecureBuffer.h"
#include "Session.h"
#include "Stores.h"

#include <QByteArray>

namespace cove::protocol {

class StoreContext;

/// Sender keys for groups: each member has one sending chain per group and
/// hands its distribution message to every other member over their 1:1
/// sessions. `name.sender` is the member whose chain it is (ourselves when
/// sending).

/// Creates (or reuses) our sender key for the group and returns the
/// distribution message to send to the other members one to one.
[[nodiscard]] Result<QByteArray> createSenderKeyDistribution(StoreContext &store,
                                                             const SenderKeyName &ownName);

/// Installs a member's sender key from their distribution message.
[[nodiscard]] Result<void> processSenderKeyDistribution(StoreContext &store,
                                                        const SenderKeyName &name,
                                                        QByteArrayView distribution);

[[nodiscard]] Result<QByteArray> groupEncrypt(StoreContext &store, const SenderKeyName &ownName,
                                              QByteArrayView plaintext);

[[nodiscard]] Result<SecureBuffer> groupDecrypt(StoreContext &store, const SenderKeyName &name,
                                                QByteArrayView ciphertext,
                                                const DecryptHook &hook = {});

} // namespace cove::protocol
