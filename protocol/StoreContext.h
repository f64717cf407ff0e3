// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "Stores.h"

#include <memory>

struct signal_protocol_store_context;

namespace cove::protocol {

class Context;

/// Binds Cove's store interfaces to one libsignal-protocol-c store context.
/// Sessions, key generation and group ciphers all run through one of these.
/// The stores and the Context must outlive it.
class StoreContext {
public:
    StoreContext(Context &context, Stores stores);
    ~StoreContext();
    StoreContext(const StoreContext &) = delete;
    StoreContext &operator=(const StoreContext &) = delete;

    [[nodiscard]] Context &context() const noexcept;
    [[nodiscard]] const Stores &stores() const noexcept;
    [[nodiscard]] signal_protocol_store_context *raw() const noexcept;

    /// Turns a libsignal return code into an Error; when a store callback
    /// caused it, the store's own error is returned instead.
    [[nodiscard]] Error failure(int rc, const char *where);

    /// While a message is decrypted, the peer identity the library saves is
    /// held back: written by writeHeldIdentity() once the message has
    /// decrypted, dropped by dropHeldIdentity() otherwise. The library saves
    /// the key a first message claims before it checks the message, so
    /// without this a forged one would make its key the trusted one.
    void holdIdentitySaves();
    [[nodiscard]] Result<void> writeHeldIdentity();
    void dropHeldIdentity();

    struct Private;

private:
    std::unique_ptr<Private> d;
};

} // namespace cove::protocol
