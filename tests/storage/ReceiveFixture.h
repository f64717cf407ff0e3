// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A receiving profile in an encrypted database and the stream of messages a
// sender wrote to it, shared by the atomic-receive tests and the writer
// process they kill.

#include "AtomicReceive.h"
#include "Context.h"
#include "ProtocolStore.h"
#include "Session.h"
#include "Sqlite.h"
#include "Store.h"
#include "StoreContext.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace cove::test {

/// Bob's side: his store, protocol state and the conversation messages land in.
struct Receiver {
    std::unique_ptr<protocol::Context> context;
    std::unique_ptr<storage::Store> store;
    std::unique_ptr<storage::ProtocolStore> protocolStore;
    std::unique_ptr<protocol::StoreContext> storeContext;

    static std::unique_ptr<Receiver> open(const QString &dbPath, const QByteArray &key);

    /// Receives message number `index` atomically: decrypts and inserts it
    /// into `messages` of conversation 1, in one transaction.
    [[nodiscard]] storage::ReceiveResult receive(const protocol::Address &from,
                                                 const protocol::CiphertextMessage &message,
                                                 int index, bool failPersist = false);
    [[nodiscard]] std::int64_t messageCount();
};

/// Writes and reads a stream of ciphertexts: type byte, 4-byte length, bytes.
QByteArray serializeStream(const QList<protocol::CiphertextMessage> &messages);
QList<protocol::CiphertextMessage> parseStream(const QByteArray &bytes);

inline const protocol::Address &senderAddress()
{
    static const protocol::Address a{QByteArrayLiteral("alice"), 1};
    return a;
}

} // namespace cove::test
