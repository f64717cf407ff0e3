// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace cove::safety {

/// Forwarding slows what spreads without reading it: a message carries how
/// many times it was forwarded (inside its franking commitment, so the
/// count cannot be forged or dropped), and the count alone decides the
/// label and how far one forward may reach.

/// From this many hops on, a message is "Forwarded many times".
inline constexpr quint32 kManyTimesHops = 5;
/// Chats one forward may reach.
inline constexpr int kMaxForwardTargets = 5;
/// Chats one forward of a message forwarded many times may reach.
inline constexpr int kMaxManyTimesTargets = 1;

[[nodiscard]] constexpr bool forwardedManyTimes(quint32 forwardCount) noexcept
{
    return forwardCount >= kManyTimesHops;
}

/// How many chats the person may forward a message with `forwardCount` to
/// in one action.
[[nodiscard]] constexpr int maxForwardTargets(quint32 forwardCount) noexcept
{
    return forwardedManyTimes(forwardCount) ? kMaxManyTimesTargets : kMaxForwardTargets;
}

/// The count a forwarded copy carries (one more hop; it never wraps).
[[nodiscard]] constexpr quint32 nextForwardCount(quint32 forwardCount) noexcept
{
    return forwardCount == 0xffffffffu ? forwardCount : forwardCount + 1;
}

} // namespace cove::safety
