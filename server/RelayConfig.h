// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

namespace cove::relay {

inline constexpr qint64 kMinuteMs = 60 * 1000;
inline constexpr qint64 kHourMs = 60 * kMinuteMs;
inline constexpr qint64 kDayMs = 24 * kHourMs;

/// Every limit and tunable of the relay in one place, so that tests and
/// benchmarks can set them. The defaults are what `cove-relay` runs with.
struct RelayConfig {
    // ---- Retention ----------------------------------------------------------
    /// An envelope nobody fetched is deleted this long after it arrived.
    qint64 envelopeTtlMs = 30 * kDayMs;
    /// An attachment blob is deleted this long after its upload started.
    qint64 attachmentTtlMs = 30 * kDayMs;
    /// How often expired envelopes and blobs are purged.
    qint64 purgeIntervalMs = 10 * kMinuteMs;

    // ---- Attachments --------------------------------------------------------
    /// Largest accepted totalSize of one blob (client-encrypted bytes).
    quint64 maxAttachmentSize = quint64(100) * 1024 * 1024;

    // ---- Rate limits (metadata only) ----------------------------------------
    /// False turns every rate limit off (benchmarks only).
    bool rateLimits = true;
    /// Sends per account per minute (a token bucket refilled continuously).
    int messagesPerMinute = 600;
    /// New conversations (sends to an account never exchanged messages
    /// with) an account may open per 24 hours.
    int newConversationsPerDay = 50;
    /// The same for accounts younger than youngAccountMs.
    int newConversationsPerDayYoung = 10;
    qint64 youngAccountMs = 7 * kDayMs;
    /// PreKeyFetch requests per account per minute: each consumes another
    /// account's one-time prekey, so fetching is a way to drain them.
    int preKeyFetchesPerMinute = 120;
    /// New attachments an account may start per minute: each is a file on
    /// the relay's disk, written and synced on the storage thread.
    int attachmentsPerMinute = 120;
    /// FirstContactFacts.massContact is set when the sender opened at least
    /// this many new conversations in the last 24 hours.
    int massContactThreshold = 20;

    // ---- Groups -------------------------------------------------------------
    /// The most members a group may have; announced to every client at
    /// login (Authenticated), which enforce it (the relay cannot see groups).
    int maxGroupMembers = 256;

    // ---- Prekeys ------------------------------------------------------------
    /// Below this many one-time prekeys the account is told to upload more.
    int preKeyLowThreshold = 20;

    // ---- Connections and flow control ----------------------------------------
    /// Deliver frames sent and not yet acknowledged, per connection.
    int deliverWindow = 64;
    /// No further Deliver frames are pushed while more than this many bytes
    /// wait in a connection's outgoing buffer; AttachmentGet is answered
    /// with Busy above twice this, and a connection that still sends
    /// requests above four times this (it does not read) is closed.
    qint64 maxOutgoingBytes = 4 * 1024 * 1024;
    /// Requests of one connection waiting for storage, and the bytes they
    /// hold; more get Busy.
    int maxPendingRequests = 512;
    qint64 maxPendingBytes = 8 * 1024 * 1024;
    /// Hello and Authenticate must be done this long after connecting.
    int handshakeTimeoutMs = 10 * 1000;
    /// A connection that sent this many bad frames is closed.
    int maxBadFrames = 10;
    /// Connections accepted at the same time; more are closed at once.
    int maxConnections = 20000;

    // ---- Group commit --------------------------------------------------------
    /// Write requests stored in one transaction at most (a Send counts 1,
    /// a DeliverAck a quarter).
    int maxBatch = 256;
    /// DeliverAcks (deletions) are collected this long, or up to
    /// maxAckBatch, before they go to the storage thread: deleting many
    /// envelopes in one transaction writes far fewer pages. Nobody waits
    /// for an acknowledgement to be durable; one lost in a crash means the
    /// envelope is delivered again.
    int ackLingerMs = 20;
    int maxAckBatch = 1024;
    /// Pairs whose messages may be handed out before they are stored, and
    /// accounts whose policy changed, remembered at most (a few MiB); more
    /// are forgotten and learned again as messages pass.
    int maxPlainPairs = 1 << 16;
    /// How long the storage thread waits for more writes before it commits
    /// a batch that is not full; 0 commits whatever is queued right away
    /// (writes that arrive during a commit form the next batch).
    int commitLingerMs = 0;
    /// The same wait, for a storage thread that is busy: one whose previous
    /// transaction ended less than this long before. At a steady stream of
    /// messages, transactions hold several times as many writes, for less
    /// CPU on that thread and fewer syncs (BENCHMARKS.md); a write after a
    /// pause is committed at once. Messages handed out before they are
    /// stored do not wait for it; their senders' SendAcks do, and so does
    /// all else the thread does while busy (a first contact and what waits
    /// behind it, a backlog load, an authentication).
    int busyLingerMs = 5;

    // ---- Moderation (only with a ModerationDesk, see setModeration()) -------
    /// How often the relay looks for moderation updates and bans that other
    /// processes (cove-relay mod, the moderation desk) wrote: it pushes the
    /// updates to accounts online and closes connections of banned ones.
    int moderationSweepMs = 1000;
    /// A suspended or banned account's Authenticate is answered with
    /// Error(Suspended); the connection then stays open this long so that
    /// the person can receive the decision and request a review
    /// (ModerationUpdateAck, ReviewRequest and Ping only), then it is closed.
    int suspendedGraceMs = 60 * 1000;
};

} // namespace cove::relay
