// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportPolicy.h"

#include <algorithm>
#include <tuple>

namespace cove::safety {

QList<qint64> defaultEvidence(const QList<qint64> &conversation, qint64 reported)
{
    const qsizetype at = conversation.indexOf(reported);
    if (at < 0)
        return {};
    const qsizetype first = std::max<qsizetype>(0, at - kDefaultMessagesBefore);
    return conversation.mid(first, at - first + 1);
}

bool addEvidence(QList<qint64> &selection, const QList<qint64> &conversation, qint64 key)
{
    if (selection.size() >= kMaxEvidenceMessages || selection.contains(key))
        return false;
    const qsizetype position = conversation.indexOf(key);
    if (position < 0)
        return false;
    // Insert before the first selected message that comes later in the
    // conversation, so the report reads in the order it was written.
    const auto later = std::find_if(selection.cbegin(), selection.cend(), [&](qint64 selected) {
        return conversation.indexOf(selected) > position;
    });
    selection.insert(later - selection.cbegin(), key);
    return true;
}

bool removeEvidence(QList<qint64> &selection, qint64 key)
{
    if (selection.size() <= 1)
        return false;
    return selection.removeOne(key);
}

int urgencyRank(bool involvesChild, int severity)
{
    constexpr int kLevels = 5;
    const int level = std::clamp(severity, 1, kLevels) - 1;
    return involvesChild ? level : kLevels + level;
}

bool moreUrgent(const QueuedReportKey &a, const QueuedReportKey &b)
{
    return std::tuple(urgencyRank(a.involvesChild, a.severity), a.receivedAtMs, a.id) <
           std::tuple(urgencyRank(b.involvesChild, b.severity), b.receivedAtMs, b.id);
}

bool reporterThrottled(const QList<qint64> &recent, qint64 now)
{
    const auto countSince = [&](qint64 window) {
        return std::count_if(recent.cbegin(), recent.cend(),
                             [&](qint64 at) { return at > now - window; });
    };
    return countSince(kHourMs) >= kReportsPerHour || countSince(kDayMs) >= kReportsPerDay;
}

} // namespace cove::safety
