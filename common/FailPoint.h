// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Crash points for crash-consistency tests. A build configured with
// COVE_FAIL_POINTS (on wherever the tests are built) kills its own process
// with SIGKILL at the point named by the environment variable
// COVE_FAIL_POINT, as `kill -9` would: "name" stops at the first pass,
// "name:N" at the Nth. Nothing is written, flushed or logged on the way
// down. A few points make an operation fail instead (failPointReached()),
// as a failing disk would. Without COVE_FAIL_POINTS a point compiles to
// nothing.

#ifdef COVE_FAIL_POINTS
#include <algorithm>
#include <atomic>
#include <csignal>
#include <cstdlib>
#include <string_view>
#endif

namespace cove {

#ifdef COVE_FAIL_POINTS
/// Whether this pass is the one COVE_FAIL_POINT arms, for a point that must
/// finish something first (then crashNow()), or one that makes an operation
/// fail as a failing disk would, instead of stopping the process.
inline bool failPointReached(std::string_view name)
{
    struct Armed {
        std::string_view name;
        long after = 1;
    };
    static const Armed armed = [] {
        Armed a;
        const char *spec = std::getenv("COVE_FAIL_POINT");
        if (!spec || !*spec)
            return a;
        std::string_view s(spec);
        if (const auto colon = s.find(':'); colon != std::string_view::npos) {
            a.after = std::max(1L, std::strtol(spec + colon + 1, nullptr, 10));
            s = s.substr(0, colon);
        }
        a.name = s;
        return a;
    }();
    static std::atomic<long> passes{0};
    if (armed.name.empty() || armed.name != name)
        return false;
    return passes.fetch_add(1) + 1 == armed.after;
}

[[noreturn]] inline void crashNow()
{
    std::raise(SIGKILL);
    std::abort(); // not reached
}
#else
constexpr bool failPointReached(const char *)
{
    return false;
}
[[noreturn]] inline void crashNow()
{
    std::abort();
}
#endif

/// Stops the process here when COVE_FAIL_POINT arms `name`.
inline void failPoint(const char *name)
{
    if (failPointReached(name))
        crashNow();
}

} // namespace cove
