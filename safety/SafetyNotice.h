// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <optional>

namespace cove::safety {

/// The notices a conversation can show from metadata alone (the relay's
/// first-contact facts, the address book, whether files or links came in),
/// never from what the messages say. A changed safety number has its own
/// notice, which also holds messages back until the person continues.
enum class NoticeKind : quint8 {
    /// The person accepted a request from someone who is not in their contacts.
    StrangerFirstContact = 1,
    /// That person sent a file, a photo or a link.
    StrangerLinkOrMedia = 2,
    /// The relay saw that account start conversations with many strangers.
    MassContact = 3,
    /// Guarded mode: a chat with a contact the guardian approved, until the
    /// child said whether they know this person (or blocked them, or told
    /// their guardian).
    GuardedNewContact = 4,
};

/// What a conversation's notice is decided from.
struct NoticeFacts {
    bool direct = false;          ///< a one-to-one conversation
    bool isContact = false;       ///< the other person is in the address book
    bool pendingRequest = false;  ///< still a request (its own bar shows the facts)
    bool beganAsRequest = false;  ///< they wrote first, as a stranger
    bool massContact = false;     ///< the relay's flag on their first message
    bool sentLinkOrMedia = false; ///< an incoming file, photo or link
    quint8 dismissed = 0;         ///< bit (1 << kind) per notice the person dismissed
    bool guarded = false;         ///< a child's profile in guarded mode
    bool isGuardian = false;      ///< the other person is the child's guardian
    bool guardedAnswered = false; ///< the child answered the guarded notice for them
};

/// The notice to show, the most serious first; none for contacts, groups,
/// pending requests and conversations the person started.
[[nodiscard]] constexpr std::optional<NoticeKind> noticeFor(const NoticeFacts &f)
{
    // A child meets only people the guardian approved, and answers for each.
    if (f.guarded) {
        if (!f.direct || f.isGuardian || f.guardedAnswered)
            return std::nullopt;
        return NoticeKind::GuardedNewContact;
    }
    if (!f.direct || f.isContact || f.pendingRequest || !f.beganAsRequest)
        return std::nullopt;
    const auto open = [&f](NoticeKind k) { return (f.dismissed & (1u << unsigned(k))) == 0; };
    if (f.massContact && open(NoticeKind::MassContact))
        return NoticeKind::MassContact;
    if (f.sentLinkOrMedia && open(NoticeKind::StrangerLinkOrMedia))
        return NoticeKind::StrangerLinkOrMedia;
    if (open(NoticeKind::StrangerFirstContact))
        return NoticeKind::StrangerFirstContact;
    return std::nullopt;
}

/// An adult may dismiss a notice; in guarded mode the child must answer it
/// (Block, Tell my guardian or I know this person) before chatting on.
[[nodiscard]] constexpr bool noticeIsDismissible(bool guarded)
{
    return !guarded;
}

} // namespace cove::safety
