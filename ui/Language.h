// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <memory>

class QTranslator;

namespace cove::ui {

/// The app's language: Cove's translations (compiled in under :/i18n) and
/// Qt's own, switched at runtime. Every widget retranslates itself on the
/// LanguageChange event this sends; right-to-left languages mirror the
/// layout.
class Language {
public:
    struct Entry {
        QString code;       ///< "en", "ar", ...
        QString nativeName; ///< the language's name in itself
    };

    /// English plus every language Cove has a translation for.
    [[nodiscard]] static QList<Entry> available();
    /// The best available match for the system's languages.
    [[nodiscard]] static QString systemDefault();
    /// Installs `code` ("en" for the source strings). False when there is
    /// no such translation (English is used then).
    static bool apply(const QString &code);
    [[nodiscard]] static QString current();
};

} // namespace cove::ui
