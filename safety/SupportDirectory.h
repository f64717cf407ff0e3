// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace cove::safety {

/// A help line someone can call (or text) for free.
struct HelpLine {
    QString name;  ///< the service's own name, as it calls itself
    QString phone; ///< as dialled in that country
    bool operator==(const HelpLine &) const = default;
};

/// Help lines for children and young people in the country with this
/// ISO 3166 alpha-2 code (upper case), most general first. Empty when the
/// directory has none for that country: then childHelplineFinder() points
/// to the international directory.
[[nodiscard]] QList<HelpLine> childHelpLines(const QString &countryCode);

/// The emergency number of that country (112 where the directory knows no
/// other, as it works across Europe and on most mobile phones).
[[nodiscard]] QString emergencyNumber(const QString &countryCode);

/// Where to look up a child help line in any country.
[[nodiscard]] QString childHelplineFinder();

} // namespace cove::safety
