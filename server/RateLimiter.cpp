// SPDX-License-Identifier: GPL-3.0-or-later
#include "RateLimiter.h"

#include "RelayConfig.h"

#include <algorithm>

namespace cove::relay {

void RateLimiter::refill(Bucket &b, qint64 nowMs) const
{
    const qint64 elapsed = std::max<qint64>(0, nowMs - b.updatedMs);
    b.tokens = std::min(double(m_perMinute),
                        b.tokens + double(elapsed) * double(m_perMinute) / double(kMinuteMs));
    b.updatedMs = nowMs;
}

bool RateLimiter::take(const QString &key, qint64 nowMs)
{
    if (m_perMinute <= 0)
        return false;
    auto it = m_buckets.find(key);
    if (it == m_buckets.end())
        it = m_buckets.insert(key, Bucket{double(m_perMinute), nowMs});
    refill(*it, nowMs);
    if (it->tokens < 1.0)
        return false;
    it->tokens -= 1.0;
    return true;
}

void RateLimiter::prune(qint64 nowMs)
{
    for (auto it = m_buckets.begin(); it != m_buckets.end();) {
        refill(*it, nowMs);
        if (it->tokens >= double(m_perMinute))
            it = m_buckets.erase(it);
        else
            ++it;
    }
}

} // namespace cove::relay
