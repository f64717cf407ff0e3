// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

struct signal_context;

namespace cove::protocol {

/// The libsignal-protocol-c global context: Cove's OpenSSL crypto provider,
/// a recursive lock and a log sink that never sees content. Create one per
/// thread that runs protocol code; Cove keeps all protocol objects on one
/// thread, and the lock is there for the library's own re-entrant calls.
class Context {
public:
    Context();
    ~Context();
    Context(const Context &) = delete;
    Context &operator=(const Context &) = delete;

    [[nodiscard]] signal_context *raw() const noexcept;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace cove::protocol
