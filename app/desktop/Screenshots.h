// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace cove::desktop {

/// `cove --screenshot DIR`: starts the demo world, opens the main screens
/// (chats, a group, a message request, a safety number, settings, the
/// first-run window) and saves each as DIR/<screen>-<language>.png, in
/// English and in Arabic (right-to-left). Returns the process exit code.
int renderScreenshots(const QString &dir);

} // namespace cove::desktop
