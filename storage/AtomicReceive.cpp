// SPDX-License-Identifier: GPL-3.0-or-later
#include "AtomicReceive.h"

#include "ProtocolStore.h"
#include "Sqlite.h"

namespace cove::storage {

namespace {

ReceiveError storageFailure(StorageError e)
{
    ReceiveError r;
    r.kind = ReceiveError::Kind::Storage;
    r.storage = std::move(e);
    return r;
}

} // namespace

ReceiveResult receiveAtomically(
    sqlite::Database &db, ProtocolStore &store,
    const std::function<protocol::Result<protocol::SecureBuffer>(const protocol::DecryptHook &)>
        &decrypt,
    const std::function<Result<void>(const protocol::SecureBuffer &)> &persist)
{
    sqlite::Result<sqlite::Transaction> tx = sqlite::Transaction::begin(db);
    if (!tx)
        return storageFailure(fromSqlite(tx.error(), "starting the receive transaction"));
    store.clearLastError();

    std::optional<StorageError> persistError;
    const protocol::DecryptHook hook =
        [&](const protocol::SecureBuffer &plaintext) -> protocol::Result<void> {
        Result<void> r = persist(plaintext);
        if (r)
            return {};
        persistError = r.error();
        return protocol::Error{protocol::ErrorCode::CallbackFailed, r.error().detail};
    };

    protocol::Result<protocol::SecureBuffer> plaintext = decrypt(hook);
    if (!plaintext) {
        // The transaction rolls back when it goes out of scope.
        if (persistError)
            return storageFailure(*persistError);
        if (store.lastError())
            return storageFailure(*store.lastError());
        ReceiveError r;
        r.kind = ReceiveError::Kind::Protocol;
        r.protocol = plaintext.error();
        return r;
    }
    if (sqlite::Result<void> c = tx->commit(); !c)
        return storageFailure(fromSqlite(c.error(), "committing the received message"));
    return {};
}

} // namespace cove::storage
