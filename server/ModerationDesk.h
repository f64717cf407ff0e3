// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Expected.h"
#include "RelayMessages.h"
#include "Report.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QMap>
#include <QString>

#include <memory>
#include <optional>

namespace cove::sqlite {
class Database;
}

namespace cove::relay {

/// Why a moderation operation failed. The detail is plain English for the
/// relay's log and the moderation console; it never holds report contents.
struct DeskError {
    enum class Code {
        Throttled,        ///< the reporter sent too many reports lately (safety::reporterThrottled)
        Unreadable,       ///< the sealed report does not open with the moderation key or not parse
        ReporterMismatch, ///< the report names another reporter than the account that sent it
        UnknownCategory,  ///< the category is not in the report taxonomy
        NotInvolved,     ///< a message in the report was neither sent nor delivered to the reporter
        NotFound,        ///< no such case, report, decision or review (or not the asker's)
        InvalidState,    ///< e.g. deciding a decided case, a second review of one decision
        InvalidArgument, ///< e.g. a suspension without an end, an empty reason
        Storage,         ///< moderation.db failed (locked beyond the busy timeout, disk, key)
    };
    Code code = Code::Storage;
    QString detail;
};

template <typename T> using DeskResult = Expected<T, DeskError>;

/// Where a case stands.
enum class CaseStatus : quint8 {
    Open = 1,    ///< in the queue
    Decided = 2, ///< decided; a reporter's review of "no action" opens it again
};

enum class ReviewKind : quint8 {
    Appeal = 1,         ///< the person acted on asks for a decision to be reviewed
    ReporterReview = 2, ///< a reporter asks for "no action" on their report to be reviewed
};

enum class ReviewOutcome : quint8 {
    Pending = 0,
    Upheld = 1,   ///< the decision stands
    Restored = 2, ///< an appeal lifted the decision (warning, suspension or ban)
    Changed = 3,  ///< a reporter's review led to action after "no action"
};

/// How a moderator answers an appeal.
enum class ReviewVerdict : quint8 { Restore = 1, Uphold = 2 };

/// The answer to an accepted report.
struct IntakeReceipt {
    QString reportId;
    qint64 receivedAtMs = 0;
    bool repeated = false; ///< the same (reporter, clientId) was accepted before
};

/// One entry of the moderation queue: an open case, or an appeal waiting
/// for a moderator.
struct QueueItem {
    enum class Kind : quint8 { Case = 1, Appeal = 2 };
    Kind kind = Kind::Case;
    QString id;     ///< the case id, or the appeal's review id
    QString caseId; ///< the case (an appeal's: the case of the decision appealed)
    QString reportedId;
    QString category; ///< the most severe category among the case's reports
    int severity = 5; ///< 1 most severe .. 5
    bool involvesChild = false;
    qint64 receivedAtMs = 0; ///< the oldest report; an appeal: when it was requested
    int reports = 0;
    int verifiedReports = 0;      ///< reports whose reported message verified
    bool reviewRequested = false; ///< a reporter asked for review of "no action"
    /// An appeal: the decision appealed and what it was.
    QString decisionId;
    protocol::wire::ModerationAction action = protocol::wire::ModerationAction::NoAction;
};

/// An attachment of a reported message as the moderator sees it.
struct AttachmentEvidence {
    enum class State : quint8 {
        IncludedVerified = 1, ///< the reporter included the file; it matches the committed hash
        HashOnly = 2,         ///< only the hash the message commits to is known
        Mismatch = 3,         ///< the included file is not the one the message committed to
    };
    State state = State::HashOnly;
    QString fileName;
    QString mimeType;
    quint64 size = 0; ///< as committed
    QByteArray plaintextSha256;
    QByteArray data; ///< the included file (also when it mismatches); empty when hash only
};

/// One message of a report.
struct MessageEvidence {
    QString senderId;
    QString recipientId;
    qint64 serverTimeMs = 0;
    protocol::Verification verification = protocol::Verification::Malformed;
    /// The content opened with its franking key. When false (ContentMismatch,
    /// Malformed) the fields below are what the reporter claims, if they
    /// parse at all, and prove nothing.
    bool contentOpened = false;
    bool parsed = false;
    qint64 sentAtMs = 0; ///< the sender's clock
    QString text;
    quint32 forwardCount = 0;
    QList<AttachmentEvidence> attachments;
    bool reported = false; ///< the message the report is about
};

/// One report with its evidence.
struct ReportDetails {
    QString reportId;
    QString reporterId;
    QString reportedId;
    QString category;
    int severity = 5;
    bool involvesChild = false;
    qint64 receivedAtMs = 0;
    qint64 createdAtMs = 0; ///< the reporter's clock
    protocol::ConversationKind conversation = protocol::ConversationKind::Direct;
    QString language;
    QString comment;
    bool reportedVerified =
        false; ///< the reported message verified as sent by the reported account
    protocol::wire::ReportProgress status = protocol::wire::ReportProgress::Received;
    QList<MessageEvidence> messages;
};

struct DecisionRecord {
    QString decisionId;
    QString caseId;
    QString accountId;
    protocol::wire::ModerationAction action = protocol::wire::ModerationAction::NoAction;
    QString category;
    QString reason;
    std::optional<qint64> untilMs; ///< a suspension's end
    QString moderator;
    qint64 decidedAtMs = 0;
    std::optional<qint64> liftedAtMs; ///< an appeal restored the account
};

struct ReviewRecord {
    QString reviewId;
    ReviewKind kind = ReviewKind::Appeal;
    QString requesterId;
    QString subjectId; ///< the decision (appeal) or the report (reporter review)
    QString caseId;
    QString note;
    qint64 requestedAtMs = 0;
    ReviewOutcome outcome = ReviewOutcome::Pending;
    QString reason;
    QString moderator;
    std::optional<qint64> decidedAtMs;
};

/// Everything a moderator needs about one case.
struct CaseDetails {
    QString caseId;
    QString reportedId;
    QString category;
    int severity = 5;
    bool involvesChild = false;
    CaseStatus status = CaseStatus::Open;
    bool reviewRequested = false;
    qint64 openedAtMs = 0;
    QString focusId; ///< the id asked for, when it was a report, decision or review
    QList<ReportDetails> reports;
    QList<DecisionRecord> decisions;
    QList<ReviewRecord> reviews;
    QStringList otherCases; ///< earlier cases about the same message
};

/// An active suspension or ban.
struct Ban {
    QString decisionId;
    std::optional<qint64> untilMs; ///< empty: permanently
};

/// A moderation update for one account, waiting for delivery.
struct AccountUpdate {
    QString accountId;
    protocol::wire::ModerationUpdate update;
};

/// What other processes wrote since the relay last looked.
struct SweepCursor {
    qint64 lastUpdateId = 0;
    qint64 lastBanSeq = 0;
};
struct ModerationChanges {
    QList<AccountUpdate> updates; ///< undelivered, in order
    QStringList banned;           ///< accounts with a new ban in force now
};

/// The transparency report's figures for reports received, decisions made
/// and reviews requested in [fromMs, toMs).
struct TransparencyReport {
    qint64 fromMs = 0;
    qint64 toMs = 0;
    int reports = 0;
    QMap<QString, int> reportsByCategory;
    int reportsInvolvingChild = 0;
    int verifiedReports = 0; ///< the reported message verified as the reported account's
    int dismissed = 0;       ///< decisions: no action
    int warned = 0;
    int suspended = 0;
    int banned = 0;
    int appeals = 0;
    int appealsRestored = 0;
    int appealsUpheld = 0;
    int appealsPending = 0;
    int reporterReviews = 0;
    int reporterReviewsChanged = 0;
    int reporterReviewsUpheld = 0;
    int reporterReviewsPending = 0;
    int decidedReports = 0; ///< reports of the period with a decision on their case
    /// Median time from a report's arrival to the first decision on its case
    /// after it (reports of the period that were decided).
    std::optional<qint64> medianMsToDecision;
};

/// The moderation service: intake, queue, decisions, reviews, bans, the
/// updates that tell people about them, and the transparency figures, over
/// its own SQLCipher database `moderation.db` in the relay's data directory,
/// keyed with the relay's database key (relay.key).
///
/// Several processes use it at once: the running relay (intake, reviews,
/// pushing updates, refusing banned accounts), `cove-relay mod ...` and the
/// demo's moderation desk (deciding). The database is in WAL mode with a
/// busy timeout; every write is one immediate transaction, so what another
/// process decided is seen by the next read. One instance is used from one
/// thread.
///
/// It sees only what reporters chose to submit: report contents are stored
/// (encrypted at rest by SQLCipher) and shown to moderators, never logged.
class ModerationDesk {
public:
    /// Opens (creating when missing) `dir/moderation.db`. `moderationKeys`
    /// opens sealed reports and may be empty for a desk that only decides
    /// (intake then answers Unreadable); `frankingPublicKey` verifies the
    /// relay's franking tags at intake.
    [[nodiscard]] static DeskResult<std::unique_ptr<ModerationDesk>>
    open(const QString &dir, QByteArrayView databaseKey, protocol::ModerationKeyPair moderationKeys,
         QByteArray frankingPublicKey, int busyTimeoutMs = 5000);
    ~ModerationDesk();
    ModerationDesk(const ModerationDesk &) = delete;
    ModerationDesk &operator=(const ModerationDesk &) = delete;

    [[nodiscard]] static QString databasePath(const QString &dir);
    /// The key reports are sealed to (empty for a desk without one).
    [[nodiscard]] const QByteArray &moderationPublicKey() const { return m_keys.publicKey; }

    // ---- Intake (the relay) ---------------------------------------------------
    /// Opens, checks, verifies and queues a sealed report from the
    /// authenticated `reporterId`. A repeated (reporter, clientId) returns
    /// the first receipt. Every message is verified with
    /// protocol::verifyReportedMessage() and the results are stored; a
    /// report joins the open case of the same reported message (same
    /// commitment and reported account) or opens a new case. A report from
    /// a guarded account (`fromGuarded`: a child in guarded mode) is always
    /// urgent: it is queued as involving a child, whatever the child chose.
    [[nodiscard]] DeskResult<IntakeReceipt> intake(const QString &reporterId,
                                                   QByteArrayView clientId, QByteArrayView sealed,
                                                   qint64 nowMs, bool fromGuarded = false);

    // ---- The console ----------------------------------------------------------
    /// Open cases and pending appeals, most urgent first (safety::moreUrgent:
    /// "involves a child" first, then severity, then age).
    [[nodiscard]] DeskResult<QList<QueueItem>> queue();
    /// The case of a case, report, decision or review id.
    [[nodiscard]] DeskResult<CaseDetails> show(const QString &id);
    /// Decides an open case (or the case of a report id): NoAction (dismiss),
    /// Warn, Suspend (untilMs required, in the future) or Ban (permanent, no
    /// untilMs). The reported account gets a Decision update unless
    /// NoAction; every reporter of the case a ReportStatus update
    /// (ActionTaken or NoAction); Suspend and Ban record a ban. Returns the
    /// decision id ("D-...").
    [[nodiscard]] DeskResult<QString> decide(const QString &caseId,
                                             protocol::wire::ModerationAction action,
                                             const QString &reason, std::optional<qint64> untilMs,
                                             const QString &moderator, qint64 nowMs);
    /// Decides a pending review, named by its review id, the decision
    /// appealed or the report reviewed. An appeal: Restore lifts the
    /// decision (and its ban) and sends the person a Restore update; Uphold
    /// keeps it and sends the decision again with this reason. A reporter's
    /// review: Uphold decides the reopened case "no action" again (Restore
    /// does not apply; decide the case to act).
    [[nodiscard]] DeskResult<void> decideReview(const QString &id, ReviewVerdict verdict,
                                                const QString &reason, const QString &moderator,
                                                qint64 nowMs);

    // ---- Reviews and updates (the relay) -------------------------------------
    /// A review asked for by `accountId`: of a decision about them (its
    /// decision id) or of "no action" on their report (its report id), which
    /// puts the case back into the queue. Asking again while it is pending
    /// returns the same review id; InvalidState once it was decided.
    [[nodiscard]] DeskResult<QString> requestReview(const QString &accountId, const QString &caseId,
                                                    const QString &note, qint64 nowMs);
    /// Updates for `accountId` not acknowledged yet, oldest first.
    [[nodiscard]] DeskResult<QList<protocol::wire::ModerationUpdate>>
    pendingUpdates(const QString &accountId);
    /// The account stored the update: it is not pushed again. Only the
    /// account's own updates are marked.
    [[nodiscard]] DeskResult<void> markDelivered(const QString &accountId, quint64 updateId);
    /// The suspension or ban in force for `accountId` at `nowMs`, if any (a
    /// permanent ban wins over a suspension, a later end over an earlier one).
    [[nodiscard]] DeskResult<std::optional<Ban>> isBanned(const QString &accountId, qint64 nowMs);
    /// A cursor at the newest update and ban, for changesSince().
    [[nodiscard]] DeskResult<SweepCursor> sweepCursor();
    /// Undelivered updates and bans in force written after `cursor` (by any
    /// process); advances `cursor`.
    [[nodiscard]] DeskResult<ModerationChanges> changesSince(SweepCursor &cursor, qint64 nowMs);

    // ---- Transparency ---------------------------------------------------------
    [[nodiscard]] DeskResult<TransparencyReport> transparency(qint64 fromMs, qint64 toMs);

private:
    ModerationDesk(std::unique_ptr<sqlite::Database> db, protocol::ModerationKeyPair keys,
                   QByteArray frankingPublicKey);

    std::unique_ptr<sqlite::Database> m_db;
    protocol::ModerationKeyPair m_keys;
    QByteArray m_frankingPublicKey;
};

/// Stable English names for the console and logs.
[[nodiscard]] QString actionName(protocol::wire::ModerationAction action);
[[nodiscard]] QString verificationName(protocol::Verification verification);
[[nodiscard]] QString progressName(protocol::wire::ReportProgress progress);
[[nodiscard]] QString outcomeName(ReviewOutcome outcome);

} // namespace cove::relay
