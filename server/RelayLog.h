// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

namespace cove::relay {

/// The relay's log category ("cove.relay"). Log lines name accounts and
/// counts, never message content, ciphertexts, keys or nonces.
Q_DECLARE_LOGGING_CATEGORY(lcRelay)

} // namespace cove::relay
