// SPDX-License-Identifier: GPL-3.0-or-later
#include "SupportDirectory.h"

#include <QHash>

namespace cove::safety {
namespace {

struct Country {
    QList<HelpLine> childLines;
    QString emergency;
};

/// Kept small and checked by hand: a wrong number here is worse than none.
/// 116 111 is the child help line number reserved across the European Union.
const QHash<QString, Country> &directory()
{
    static const QHash<QString, Country> countries = {
        {QStringLiteral("GB"),
         {{{QStringLiteral("Childline"), QStringLiteral("0800 1111")}}, QStringLiteral("999")}},
        {QStringLiteral("IE"),
         {{{QStringLiteral("Childline"), QStringLiteral("1800 66 66 66")}}, QStringLiteral("112")}},
        {QStringLiteral("US"),
         {{{QStringLiteral("Childhelp National Child Abuse Hotline"),
            QStringLiteral("1-800-422-4453")},
           {QStringLiteral("988 Suicide & Crisis Lifeline"), QStringLiteral("988")}},
          QStringLiteral("911")}},
        {QStringLiteral("CA"),
         {{{QStringLiteral("Kids Help Phone"), QStringLiteral("1-800-668-6868")}},
          QStringLiteral("911")}},
        {QStringLiteral("AU"),
         {{{QStringLiteral("Kids Helpline"), QStringLiteral("1800 55 1800")}},
          QStringLiteral("000")}},
        {QStringLiteral("DE"),
         {{{QStringLiteral("Nummer gegen Kummer"), QStringLiteral("116 111")}},
          QStringLiteral("112")}},
        {QStringLiteral("FR"),
         {{{QStringLiteral("Allô Enfance en Danger"), QStringLiteral("119")}},
          QStringLiteral("112")}},
        {QStringLiteral("ES"),
         {{{QStringLiteral("Fundación ANAR"), QStringLiteral("900 20 20 10")}},
          QStringLiteral("112")}},
        {QStringLiteral("IT"),
         {{{QStringLiteral("Telefono Azzurro"), QStringLiteral("19696")}}, QStringLiteral("112")}},
        {QStringLiteral("NL"),
         {{{QStringLiteral("De Kindertelefoon"), QStringLiteral("0800 0432")}},
          QStringLiteral("112")}},
        {QStringLiteral("IN"),
         {{{QStringLiteral("Childline"), QStringLiteral("1098")}}, QStringLiteral("112")}},
        {QStringLiteral("ZA"),
         {{{QStringLiteral("Childline South Africa"), QStringLiteral("116")}},
          QStringLiteral("10111")}},
    };
    return countries;
}

} // namespace

QList<HelpLine> childHelpLines(const QString &countryCode)
{
    return directory().value(countryCode.toUpper()).childLines;
}

QString emergencyNumber(const QString &countryCode)
{
    const QString number = directory().value(countryCode.toUpper()).emergency;
    return number.isEmpty() ? QStringLiteral("112") : number;
}

QString childHelplineFinder()
{
    return QStringLiteral("https://childhelplineinternational.org/helplines/");
}

} // namespace cove::safety
