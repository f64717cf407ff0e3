// SPDX-License-Identifier: GPL-3.0-or-later
#include "FactLines.h"

#include <QCoreApplication>

namespace cove::ui {

QStringList factLines(const app::Messenger::RequestFacts &f)
{
    QStringList lines;
    using Age = protocol::wire::FirstContactFacts::AccountAge;
    if (f.accountAge) {
        switch (*f.accountAge) {
        case Age::UnderOneDay:
            lines.append(QCoreApplication::translate(
                "cove::ui::ChatView", "• The account was created less than a day ago."));
            break;
        case Age::UnderOneWeek:
            lines.append(QCoreApplication::translate("cove::ui::ChatView",
                                                     "• The account is less than a week old."));
            break;
        case Age::UnderOneMonth:
            lines.append(QCoreApplication::translate("cove::ui::ChatView",
                                                     "• The account is less than a month old."));
            break;
        case Age::OlderThanAMonth:
            lines.append(QCoreApplication::translate("cove::ui::ChatView",
                                                     "• The account is more than a month old."));
            break;
        }
    }
    if (f.massContact)
        lines.append(QCoreApplication::translate(
            "cove::ui::ChatView", "• <b>This account recently started conversations with many "
                                  "people it does not know.</b>"));
    lines.append(f.sharedGroups > 0
                     ? QCoreApplication::translate("cove::ui::ChatView", "• You share %n group(s).",
                                                   nullptr, f.sharedGroups)
                     : QCoreApplication::translate("cove::ui::ChatView",
                                                   "• You share no contacts or groups."));
    return lines;
}

} // namespace cove::ui
