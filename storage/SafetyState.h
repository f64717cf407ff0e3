// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StorageError.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace cove::sqlite {
class Database;
}

namespace cove::storage {

/// message_requests.state
enum class RequestState {
    Pending = 0,
    Accepted = 1,
    Deleted = 2,
};

/// reports.status: the report's way from the reporter's device through
/// moderation. See reportStatusCanChange() for the allowed steps.
enum class ReportStatus {
    Queued = 0,          ///< built and waiting to be sent
    Sent = 1,            ///< the relay accepted it
    Received = 2,        ///< moderation has it
    Reviewed = 3,        ///< a moderator looked at it
    ActionTaken = 4,     ///< decision: action taken
    NoAction = 5,        ///< decision: no action
    ReviewRequested = 6, ///< the reporter asked for the decision to be reviewed
};

/// Whether a report may go from `from` to `to`. Forward only: Queued →
/// Sent; from Sent onwards moderation's updates may skip steps (Sent →
/// NoAction) but never go back; after a decision the reporter may request
/// a review, which leads to a new decision. Staying put is not a change.
[[nodiscard]] bool reportStatusCanChange(ReportStatus from, ReportStatus to) noexcept;

/// One row of `blocks`.
struct Block {
    QString coveId;
    qint64 blockedAt = 0;

    bool operator==(const Block &) const = default;
};

/// One row of `message_requests`: a stranger's conversation waiting for
/// the person to accept or delete it.
struct MessageRequest {
    qint64 conversationId = 0;
    RequestState state = RequestState::Pending;
    qint64 receivedAt = 0;
    QByteArray facts;            ///< the relay's first-contact facts (CBOR) for the safety notice
    quint8 noticesDismissed = 0; ///< bits of the safety notices the person dismissed

    bool operator==(const MessageRequest &) const = default;
};

/// One row of `reports`.
struct StoredReport {
    qint64 id = 0;                        ///< local row id
    QString reportId;                     ///< the intake's id once known; empty before
    std::optional<qint64> conversationId; ///< none once the conversation is deleted
    QString reportedId;                   ///< Cove ID of the reported person
    QString category;                     ///< taxonomy code, not a translated label
    bool involvesChild = false;
    ReportStatus status = ReportStatus::Queued;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    QByteArray bundle; ///< the report as sent (the reporter chose its contents)

    bool operator==(const StoredReport &) const = default;
};

/// One row of `moderation_notices`: what moderation decided about this
/// account (the action's values are protocol::wire::ModerationAction's).
struct ModerationNotice {
    qint64 id = 0;
    QString caseId; ///< names the decision when asking for a review
    int action = 0;
    QString category;
    QString reason;
    std::optional<qint64> until;
    qint64 decidedAt = 0;
    qint64 receivedAt = 0;
    bool reviewRequested = false;

    bool operator==(const ModerationNotice &) const = default;
};

/// One row of `guardian_approvals`: a guardian's signed approval of a
/// contact for a guarded account.
struct GuardianApproval {
    QString contactId;
    QByteArray guardianKey;
    QByteArray signature;
    qint64 approvedAt = 0;

    bool operator==(const GuardianApproval &) const = default;
};

/// The safety module's local state: blocks, message requests, reports and
/// guardian approvals. It records decisions; safety/ makes them.
class SafetyStateRepository {
public:
    explicit SafetyStateRepository(sqlite::Database &db) : m_db(db) {}

    // ---- blocks
    /// True when newly blocked; blocking again keeps the first time.
    [[nodiscard]] Result<bool> block(const QString &coveId, qint64 at);
    /// True when a block was lifted.
    [[nodiscard]] Result<bool> unblock(const QString &coveId);
    [[nodiscard]] Result<bool> isBlocked(const QString &coveId);
    /// Newest first.
    [[nodiscard]] Result<QList<Block>> blocks();

    // ---- message requests
    /// Records a pending request for a conversation; true when new (a
    /// request already there, in whatever state, is left as it is).
    [[nodiscard]] Result<bool> openRequest(qint64 conversationId, qint64 receivedAt,
                                           const QByteArray &facts = {});
    /// Records a pending request for a conversation whatever was there
    /// before: someone who left a group and is added again is asked again.
    [[nodiscard]] Result<void> reopenRequest(qint64 conversationId, qint64 receivedAt,
                                             const QByteArray &facts = {});
    /// Pending → Accepted or Deleted; the same state again is a no-op.
    /// InvalidArgument for any other change, NotFound without a request.
    [[nodiscard]] Result<void> setRequestState(qint64 conversationId, RequestState state);
    /// Records which safety notices of the conversation the person dismissed.
    [[nodiscard]] Result<void> setNoticesDismissed(qint64 conversationId, quint8 bits);
    [[nodiscard]] Result<std::optional<MessageRequest>> request(qint64 conversationId);
    /// Pending requests, newest first.
    [[nodiscard]] Result<QList<MessageRequest>> pendingRequests();

    // ---- reports
    /// Stores a report as given (normally Queued) and returns it with its
    /// id. AlreadyExists when its reportId is already stored.
    [[nodiscard]] Result<StoredReport> addReport(const StoredReport &report);
    /// Changes a report's status if reportStatusCanChange() allows it
    /// (InvalidArgument otherwise). False when it already had that status.
    [[nodiscard]] Result<bool> setReportStatus(qint64 id, ReportStatus status, qint64 at);
    /// Records the intake's id for a report (once it is known).
    [[nodiscard]] Result<void> setReportId(qint64 id, const QString &reportId, qint64 at);
    [[nodiscard]] Result<std::optional<StoredReport>> report(qint64 id);
    [[nodiscard]] Result<std::optional<StoredReport>> reportByReportId(const QString &reportId);
    /// Newest first.
    [[nodiscard]] Result<QList<StoredReport>> reports();
    /// Reports still to send, oldest first.
    [[nodiscard]] Result<QList<StoredReport>> queuedReports();

    // ---- moderation notices
    /// Stores a notice; false when the same one (case, action, time) is
    /// already there (a redelivered update).
    [[nodiscard]] Result<bool> addNotice(const ModerationNotice &notice);
    /// Newest first.
    [[nodiscard]] Result<QList<ModerationNotice>> notices();
    /// Marks every notice of a case as under review.
    [[nodiscard]] Result<void> setNoticeReviewRequested(const QString &caseId);

    // ---- guardian approvals
    /// Records an approval, replacing an earlier one for the same contact.
    [[nodiscard]] Result<void> approve(const GuardianApproval &approval);
    /// True when an approval was revoked.
    [[nodiscard]] Result<bool> revokeApproval(const QString &contactId);
    /// Forgets every approval (guarded mode ended).
    [[nodiscard]] Result<void> revokeAllApprovals();
    [[nodiscard]] Result<std::optional<GuardianApproval>> approval(const QString &contactId);
    [[nodiscard]] Result<QList<GuardianApproval>> approvals();

private:
    sqlite::Database &m_db;
};

} // namespace cove::storage
