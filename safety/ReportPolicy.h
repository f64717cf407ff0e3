// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QtGlobal>

namespace cove::safety {

// ---- Evidence: what a report carries, chosen on the reporter's device ------

/// By default a report carries the reported message and the 4 before it.
inline constexpr int kDefaultMessagesBefore = 4;
/// The most messages a reporter may attach to one report.
inline constexpr int kMaxEvidenceMessages = 30;

/// `conversation` holds message keys in conversation order (oldest first).
/// Returns the default evidence: `reported` and up to kDefaultMessagesBefore
/// messages right before it, in conversation order; empty when `reported` is
/// not in the list.
[[nodiscard]] QList<qint64> defaultEvidence(const QList<qint64> &conversation, qint64 reported);

/// Adds `key` to `selection` keeping conversation order; false (and no
/// change) when it is already there, not in `conversation`, or the selection
/// already holds kMaxEvidenceMessages. `selection` is expected to hold keys
/// of `conversation` only, as the functions here produce.
[[nodiscard]] bool addEvidence(QList<qint64> &selection, const QList<qint64> &conversation,
                               qint64 key);

/// Removes `key` from `selection`; false (and no change) when it is absent or
/// is the only message left: a report always carries at least one message.
[[nodiscard]] bool removeEvidence(QList<qint64> &selection, qint64 key);

// ---- Intake: the moderation queue's order ----------------------------------

/// Intake ordering: a lower rank is more urgent. "Involves a child" comes
/// first whatever the category (ranks 0..4), then the category's severity
/// (1 before 5); reports not involving a child rank 5..9. Severities outside
/// 1..5 are clamped. Ties are broken by the caller (see moreUrgent()).
[[nodiscard]] int urgencyRank(bool involvesChild, int severity);

/// What the intake queue orders reports by.
struct QueuedReportKey {
    bool involvesChild = false;
    int severity = 5;
    qint64 receivedAtMs = 0;
    qint64 id = 0;
};

/// true when a report with `a` should be handled before `b`: lower
/// urgencyRank(), then received earlier, then the lower id. A strict weak
/// ordering, usable with std::sort and priority queues.
[[nodiscard]] bool moreUrgent(const QueuedReportKey &a, const QueuedReportKey &b);

// ---- Reporter throttling ---------------------------------------------------

/// At most this many reports per reporter in any rolling hour...
inline constexpr int kReportsPerHour = 10;
/// ...and in any rolling 24 hours.
inline constexpr int kReportsPerDay = 30;
inline constexpr qint64 kHourMs = 60LL * 60 * 1000;
inline constexpr qint64 kDayMs = 24 * kHourMs;

/// `recent` are the reporter's earlier reports' times (ms, any order); true
/// when one more at `now` exceeds a limit. An earlier report counts while it
/// is less than an hour (a day) old: one filed exactly kHourMs before `now`
/// no longer counts towards the hourly limit. Times after `now` (a clock that
/// moved back) count as recent.
[[nodiscard]] bool reporterThrottled(const QList<qint64> &recent, qint64 now);

} // namespace cove::safety
