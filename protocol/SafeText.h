// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace cove::protocol {

/// A file name someone else chose, made safe to show and to save under.
///
/// The name in a received attachment is the sender's to pick, so it may be
/// "../../.bashrc", "/etc/passwd", "C:\\x", "CON.txt", contain NUL or other
/// control characters, or hide its real extension behind a right-to-left
/// override ("invoice<U+202E>fdp.exe" shows as "invoiceexe.pdf"). The result
/// is a single path component: the last one of the name, without control,
/// formatting or bidirectional-control characters, without characters that
/// some file systems reserve, not starting with a dot, not a device name of
/// any system Cove runs on, at most kMaxSafeFileNameBytes in UTF-8 with the
/// extension kept. Empty when nothing usable is left: callers choose their
/// own fallback ("attachment", "File").
[[nodiscard]] QString safeFileName(const QString &name);

/// File systems on Linux, macOS and Windows allow 255 bytes per name.
inline constexpr int kMaxSafeFileNameBytes = 200;

/// Someone else's text for a terminal: control and formatting characters,
/// which could move the cursor, retitle the window, hide what follows or
/// reorder it, become U+FFFD; a tab becomes a space; each new line starts
/// with `indent`.
[[nodiscard]] QString terminalText(const QString &text, const QString &indent = {});

} // namespace cove::protocol
