// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChar>
#include <QString>

namespace cove::ui {

/// Someone else's text inside a sentence of the interface, isolated
/// (U+2068 … U+2069), so that an English message inside an Arabic sentence
/// (or the reverse) keeps its own order and its punctuation where it belongs.
[[nodiscard]] inline QString isolate(const QString &text)
{
    return QChar(0x2068) + text + QChar(0x2069);
}

} // namespace cove::ui
