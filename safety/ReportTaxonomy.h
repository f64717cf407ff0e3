// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Expected.h"

#include <QByteArray>
#include <QHash>
#include <QLatin1StringView>
#include <QList>
#include <QString>
#include <QStringList>

namespace cove::safety {

/// Which wording of a category to show: the plain adult one, or the simpler
/// one written for children (guarded profiles).
enum class Wording { Adult, Child };

/// One report category. The id is stable across releases and languages: it
/// is what a report carries, what the moderation service counts, and what
/// the transparency report groups by.
struct ReportCategory {
    QString id;
    int severity = 5; ///< 1 = most severe, 5 = least.

    bool operator==(const ReportCategory &) const = default;
};

/// The report category list, its severities and its wording in every
/// shipped language. Data, not code: it lives in report-categories.json.
class ReportTaxonomy {
public:
    /// Parses and validates the JSON: version 1; "languages" is a non-empty
    /// list of unique codes that includes "en"; every category has a unique
    /// non-empty id matching [a-z_]+, an integer severity 1..5, and all four
    /// strings (label, description, childLabel, childDescription), non-empty
    /// and without '%', in every listed language and no other. Error text is
    /// for developers.
    [[nodiscard]] static Expected<ReportTaxonomy, QString> fromJson(const QByteArray &json);

    /// The taxonomy shipped in the library's resource
    /// (":/cove/safety/report-categories.json"), parsed once; qFatal when it
    /// is missing or invalid. Thread-safe.
    [[nodiscard]] static const ReportTaxonomy &builtIn();

    /// All categories, in display order.
    [[nodiscard]] const QList<ReportCategory> &categories() const;

    /// The category with this id, or nullptr when unknown.
    [[nodiscard]] const ReportCategory *find(const QString &id) const;

    /// The category's short name. Language lookup: the exact code ("zh_CN"),
    /// then the base language ("pt_BR" -> "pt", "zh" or "zh_TW" -> "zh_CN"),
    /// then "en"; '-' is accepted for '_' ("pt-BR"). Empty for an unknown id.
    [[nodiscard]] QString label(const QString &id, const QString &language,
                                Wording wording = Wording::Adult) const;

    /// The category's one-sentence description; same lookup as label().
    [[nodiscard]] QString description(const QString &id, const QString &language,
                                      Wording wording = Wording::Adult) const;

    /// The language codes with a full set of strings, in file order.
    [[nodiscard]] QStringList languages() const;

    /// The listed language label() and description() use for `language`.
    [[nodiscard]] QString resolveLanguage(const QString &language) const;

private:
    struct Text {
        QString label;
        QString description;
        QString childLabel;
        QString childDescription;
    };

    ReportTaxonomy() = default;
    [[nodiscard]] const Text *text(const QString &id, const QString &language) const;

    QList<ReportCategory> m_categories;
    QStringList m_languages;
    QHash<QString, QHash<QString, Text>> m_text; // id -> language -> strings
};

/// The category that is always offered first; also the one whose reports a
/// client should send with "involves a child" set.
inline constexpr QLatin1StringView kChildExploitationId{"child_exploitation"};
/// The catch-all category.
inline constexpr QLatin1StringView kOtherId{"other"};
/// The language every other one falls back to.
inline constexpr QLatin1StringView kFallbackLanguage{"en"};

} // namespace cove::safety
