// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

namespace cove::relay {

/// Token buckets keyed by account, from metadata only (who, how often):
/// each holds up to `perMinute` tokens and refills continuously at
/// `perMinute` per minute, so a burst of a minute's worth is allowed and
/// the sustained rate is bounded. Kept in memory; a restart forgets them.
class RateLimiter {
public:
    explicit RateLimiter(int perMinute = 60) : m_perMinute(perMinute) {}

    void setRate(int perMinute) { m_perMinute = perMinute; }
    [[nodiscard]] int rate() const { return m_perMinute; }

    /// Takes one token for `key` at `nowMs`; false when none is left.
    [[nodiscard]] bool take(const QString &key, qint64 nowMs);

    /// Forgets buckets that refilled completely (idle accounts).
    void prune(qint64 nowMs);

    [[nodiscard]] qsizetype size() const { return m_buckets.size(); }

private:
    struct Bucket {
        double tokens = 0;
        qint64 updatedMs = 0;
    };
    void refill(Bucket &b, qint64 nowMs) const;

    int m_perMinute;
    QHash<QString, Bucket> m_buckets;
};

} // namespace cove::relay
