// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Messenger.h"

#include <QStringList>

namespace cove::ui {

/// The relay's plain facts about a stranger (a request, an invitation, a
/// request to join), as the bullet lines of a notice; rich text.
[[nodiscard]] QStringList factLines(const app::Messenger::RequestFacts &facts);

} // namespace cove::ui
