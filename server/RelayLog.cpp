// SPDX-License-Identifier: GPL-3.0-or-later
#include "RelayLog.h"

namespace cove::relay {

// Info by default: which account connected is metadata, logged only when
// someone asks for debug output (QT_LOGGING_RULES="cove.relay.debug=true").
Q_LOGGING_CATEGORY(lcRelay, "cove.relay", QtInfoMsg)

} // namespace cove::relay
