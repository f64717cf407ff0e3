// SPDX-License-Identifier: GPL-3.0-or-later
#include "SafetyState.h"

#include "RepositorySupport.h"
#include "Sqlite.h"

#include <utility>

namespace cove::storage {

using detail::bindNothing;
using detail::bindOptionalBlob;
using detail::change;
using detail::query;
using detail::Query;
using detail::readAll;
using detail::readOne;
using detail::Savepoint;

namespace {

MessageRequest readRequest(const sqlite::Statement &st)
{
    return MessageRequest{st.int64(0), RequestState(st.int64(1)), st.int64(2), st.blob(3),
                          quint8(st.int64(4))};
}

constexpr const char *kReportColumns = "id, report_id, conversation_id, reported_id, category, "
                                       "involves_child, status, created_at, updated_at, bundle";

QByteArray selectReports(const char *tail)
{
    return QByteArray("SELECT ") + kReportColumns + " FROM reports " + tail;
}

StoredReport readReport(const sqlite::Statement &st)
{
    StoredReport r;
    r.id = st.int64(0);
    r.reportId = st.text(1);
    if (!st.isNull(2))
        r.conversationId = st.int64(2);
    r.reportedId = st.text(3);
    r.category = st.text(4);
    r.involvesChild = st.int64(5) != 0;
    r.status = ReportStatus(st.int64(6));
    r.createdAt = st.int64(7);
    r.updatedAt = st.int64(8);
    r.bundle = st.blob(9);
    return r;
}

GuardianApproval readApproval(const sqlite::Statement &st)
{
    return GuardianApproval{st.text(0), st.blob(1), st.blob(2), st.int64(3)};
}

bool isDecision(ReportStatus s)
{
    return s == ReportStatus::ActionTaken || s == ReportStatus::NoAction;
}

} // namespace

bool reportStatusCanChange(ReportStatus from, ReportStatus to) noexcept
{
    switch (from) {
    case ReportStatus::Queued:
        return to == ReportStatus::Sent;
    case ReportStatus::Sent:
        return to == ReportStatus::Received || to == ReportStatus::Reviewed || isDecision(to);
    case ReportStatus::Received:
        return to == ReportStatus::Reviewed || isDecision(to);
    case ReportStatus::Reviewed:
        return isDecision(to);
    case ReportStatus::ReviewRequested:
        return to == ReportStatus::Reviewed || isDecision(to);
    case ReportStatus::ActionTaken:
    case ReportStatus::NoAction:
        return to == ReportStatus::ReviewRequested;
    }
    return false;
}

// ---- blocks ----------------------------------------------------------------

Result<bool> SafetyStateRepository::block(const QString &coveId, qint64 at)
{
    Result<int> n = change(
        m_db, "INSERT OR IGNORE INTO blocks (cove_id, blocked_at) VALUES (?1, ?2)", "blocking",
        [&](sqlite::Statement &st) { st.bind(1, coveId).bind(2, std::int64_t(at)); });
    if (!n)
        return n.error();
    return *n > 0;
}

Result<bool> SafetyStateRepository::unblock(const QString &coveId)
{
    Result<int> n = change(m_db, "DELETE FROM blocks WHERE cove_id = ?1", "unblocking",
                           [&](sqlite::Statement &st) { st.bind(1, coveId); });
    if (!n)
        return n.error();
    return *n > 0;
}

Result<bool> SafetyStateRepository::isBlocked(const QString &coveId)
{
    Result<std::optional<qint64>> at = readOne<qint64>(
        m_db, "SELECT blocked_at FROM blocks WHERE cove_id = ?1", "reading a block",
        [&](sqlite::Statement &st) { st.bind(1, coveId); },
        [](const sqlite::Statement &st) { return qint64(st.int64(0)); });
    if (!at)
        return at.error();
    return at->has_value();
}

Result<QList<Block>> SafetyStateRepository::blocks()
{
    return readAll<Block>(
        m_db, "SELECT cove_id, blocked_at FROM blocks ORDER BY blocked_at DESC, cove_id",
        "listing blocks", bindNothing, [](const sqlite::Statement &st) {
            return Block{st.text(0), st.int64(1)};
        });
}

// ---- moderation notices ----------------------------------------------------

Result<bool> SafetyStateRepository::addNotice(const ModerationNotice &notice)
{
    Result<int> n = change(
        m_db,
        "INSERT OR IGNORE INTO moderation_notices (case_id, action, category, reason, until_at, "
        "decided_at, received_at, review_requested) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        "storing a moderation notice", [&](sqlite::Statement &st) {
            st.bind(1, notice.caseId)
                .bind(2, notice.action)
                .bind(3, notice.category)
                .bind(4, notice.reason);
            notice.until ? st.bind(5, std::int64_t(*notice.until)) : st.bindNull(5);
            st.bind(6, std::int64_t(notice.decidedAt))
                .bind(7, std::int64_t(notice.receivedAt))
                .bind(8, notice.reviewRequested);
        });
    if (!n)
        return n.error();
    return *n > 0;
}

Result<QList<ModerationNotice>> SafetyStateRepository::notices()
{
    return readAll<ModerationNotice>(
        m_db,
        "SELECT id, case_id, action, category, reason, until_at, decided_at, received_at, "
        "review_requested FROM moderation_notices ORDER BY decided_at DESC, id DESC",
        "listing moderation notices", bindNothing, [](const sqlite::Statement &st) {
            ModerationNotice n;
            n.id = st.int64(0);
            n.caseId = st.text(1);
            n.action = int(st.int64(2));
            n.category = st.text(3);
            n.reason = st.text(4);
            if (!st.isNull(5))
                n.until = st.int64(5);
            n.decidedAt = st.int64(6);
            n.receivedAt = st.int64(7);
            n.reviewRequested = st.int64(8) != 0;
            return n;
        });
}

Result<void> SafetyStateRepository::setNoticeReviewRequested(const QString &caseId)
{
    Result<int> n =
        change(m_db, "UPDATE moderation_notices SET review_requested = 1 WHERE case_id = ?1",
               "recording a review request", [&](sqlite::Statement &st) { st.bind(1, caseId); });
    if (!n)
        return n.error();
    return {};
}

// ---- message requests ------------------------------------------------------

namespace {

/// Writes a pending request with `sql`: an INSERT OR IGNORE (a request
/// already there stays) or an INSERT OR REPLACE. How many rows changed.
Result<int> writeRequest(sqlite::Database &db, const char *sql, qint64 conversationId,
                         qint64 receivedAt, const QByteArray &facts)
{
    Result<int> n = change(db, sql, "recording a message request", [&](sqlite::Statement &st) {
        st.bind(1, std::int64_t(conversationId)).bind(2, std::int64_t(receivedAt));
        bindOptionalBlob(st, 3, facts);
    });
    if (!n && n.error().code == StorageErrorCode::AlreadyExists) // the foreign key
        return storageError(StorageErrorCode::NotFound, QStringLiteral("no such conversation"));
    return n;
}

} // namespace

Result<bool> SafetyStateRepository::openRequest(qint64 conversationId, qint64 receivedAt,
                                                const QByteArray &facts)
{
    Result<int> n = writeRequest(m_db,
                                 "INSERT OR IGNORE INTO message_requests (conversation_id, state, "
                                 "received_at, facts) VALUES (?1, 0, ?2, ?3)",
                                 conversationId, receivedAt, facts);
    if (!n)
        return n.error();
    return *n > 0;
}

Result<void> SafetyStateRepository::reopenRequest(qint64 conversationId, qint64 receivedAt,
                                                  const QByteArray &facts)
{
    Result<int> n = writeRequest(m_db,
                                 "INSERT OR REPLACE INTO message_requests (conversation_id, state, "
                                 "received_at, facts) VALUES (?1, 0, ?2, ?3)",
                                 conversationId, receivedAt, facts);
    if (!n)
        return n.error();
    return {};
}

Result<void> SafetyStateRepository::setRequestState(qint64 conversationId, RequestState state)
{
    Result<std::optional<MessageRequest>> current = request(conversationId);
    if (!current)
        return current.error();
    if (!*current)
        return storageError(StorageErrorCode::NotFound, QStringLiteral("no such message request"));
    const RequestState from = (*current)->state;
    if (from == state)
        return {};
    if (from != RequestState::Pending)
        return storageError(StorageErrorCode::InvalidArgument,
                            QStringLiteral("this message request was already answered"));
    Result<int> n = change(
        m_db, "UPDATE message_requests SET state = ?2 WHERE conversation_id = ?1 AND state = ?3",
        "answering a message request", [&](sqlite::Statement &st) {
            st.bind(1, std::int64_t(conversationId)).bind(2, int(state)).bind(3, int(from));
        });
    if (!n)
        return n.error();
    return {};
}

Result<std::optional<MessageRequest>> SafetyStateRepository::request(qint64 conversationId)
{
    return readOne<MessageRequest>(
        m_db,
        "SELECT conversation_id, state, received_at, facts, notices_dismissed "
        "FROM message_requests "
        "WHERE conversation_id = ?1",
        "reading a message request",
        [&](sqlite::Statement &st) { st.bind(1, std::int64_t(conversationId)); }, readRequest);
}

Result<void> SafetyStateRepository::setNoticesDismissed(qint64 conversationId, quint8 bits)
{
    Result<int> n = change(
        m_db, "UPDATE message_requests SET notices_dismissed = ?2 WHERE conversation_id = ?1",
        "recording dismissed notices", [&](sqlite::Statement &st) {
            st.bind(1, std::int64_t(conversationId)).bind(2, int(bits));
        });
    if (!n)
        return n.error();
    if (*n == 0)
        return storageError(StorageErrorCode::NotFound, QStringLiteral("no such message request"));
    return {};
}

Result<QList<MessageRequest>> SafetyStateRepository::pendingRequests()
{
    return readAll<MessageRequest>(
        m_db,
        "SELECT conversation_id, state, received_at, facts, notices_dismissed "
        "FROM message_requests "
        "WHERE state = 0 ORDER BY received_at DESC, conversation_id DESC",
        "listing message requests", bindNothing, readRequest);
}

// ---- reports ---------------------------------------------------------------

Result<StoredReport> SafetyStateRepository::addReport(const StoredReport &report)
{
    constexpr const char *what = "storing a report";
    Result<Query> q = query(m_db,
                            "INSERT INTO reports (report_id, conversation_id, reported_id, "
                            "category, involves_child, status, created_at, updated_at, bundle) "
                            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                            what);
    if (!q)
        return q.error();
    sqlite::Statement &st = **q;
    report.reportId.isEmpty() ? st.bindNull(1) : st.bind(1, report.reportId);
    report.conversationId ? st.bind(2, std::int64_t(*report.conversationId)) : st.bindNull(2);
    st.bind(3, report.reportedId)
        .bind(4, report.category)
        .bind(5, report.involvesChild)
        .bind(6, int(report.status))
        .bind(7, std::int64_t(report.createdAt))
        .bind(8, std::int64_t(report.updatedAt));
    bindOptionalBlob(st, 9, report.bundle);
    if (sqlite::Result<void> r = st.run(); !r) {
        if (r.error().isConstraint())
            return storageError(StorageErrorCode::AlreadyExists,
                                QStringLiteral("a report with this id or an unknown "
                                               "conversation"));
        return fromSqlite(r.error(), what);
    }
    StoredReport out = report;
    out.id = m_db.lastInsertRowId();
    return out;
}

Result<bool> SafetyStateRepository::setReportStatus(qint64 id, ReportStatus status, qint64 at)
{
    Result<std::optional<StoredReport>> current = report(id);
    if (!current)
        return current.error();
    if (!*current)
        return storageError(StorageErrorCode::NotFound, QStringLiteral("no such report"));
    const ReportStatus from = (*current)->status;
    if (from == status)
        return false;
    if (!reportStatusCanChange(from, status))
        return storageError(StorageErrorCode::InvalidArgument,
                            QStringLiteral("a report cannot go from status %1 to %2")
                                .arg(int(from))
                                .arg(int(status)));
    Result<int> n = change(m_db,
                           "UPDATE reports SET status = ?2, updated_at = ?3 WHERE id = ?1 AND "
                           "status = ?4",
                           "updating a report", [&](sqlite::Statement &st) {
                               st.bind(1, std::int64_t(id))
                                   .bind(2, int(status))
                                   .bind(3, std::int64_t(at))
                                   .bind(4, int(from));
                           });
    if (!n)
        return n.error();
    return *n > 0;
}

Result<void> SafetyStateRepository::setReportId(qint64 id, const QString &reportId, qint64 at)
{
    if (reportId.isEmpty())
        return storageError(StorageErrorCode::InvalidArgument,
                            QStringLiteral("a report id cannot be empty"));
    Result<int> n =
        change(m_db, "UPDATE reports SET report_id = ?2, updated_at = ?3 WHERE id = ?1",
               "updating a report", [&](sqlite::Statement &st) {
                   st.bind(1, std::int64_t(id)).bind(2, reportId).bind(3, std::int64_t(at));
               });
    if (!n)
        return n.error();
    if (*n == 0)
        return storageError(StorageErrorCode::NotFound, QStringLiteral("no such report"));
    return {};
}

Result<std::optional<StoredReport>> SafetyStateRepository::report(qint64 id)
{
    static const QByteArray sql = selectReports("WHERE id = ?1");
    return readOne<StoredReport>(
        m_db, sql, "reading a report", [&](sqlite::Statement &st) { st.bind(1, std::int64_t(id)); },
        readReport);
}

Result<std::optional<StoredReport>> SafetyStateRepository::reportByReportId(const QString &reportId)
{
    static const QByteArray sql = selectReports("WHERE report_id = ?1");
    return readOne<StoredReport>(
        m_db, sql, "reading a report", [&](sqlite::Statement &st) { st.bind(1, reportId); },
        readReport);
}

Result<QList<StoredReport>> SafetyStateRepository::reports()
{
    static const QByteArray sql = selectReports("ORDER BY created_at DESC, id DESC");
    return readAll<StoredReport>(m_db, sql, "listing reports", bindNothing, readReport);
}

Result<QList<StoredReport>> SafetyStateRepository::queuedReports()
{
    static const QByteArray sql = selectReports("WHERE status = 0 ORDER BY created_at, id");
    return readAll<StoredReport>(m_db, sql, "listing queued reports", bindNothing, readReport);
}

// ---- guardian approvals ----------------------------------------------------

Result<void> SafetyStateRepository::approve(const GuardianApproval &approval)
{
    // No foreign key points at guardian_approvals, so REPLACE is safe.
    Result<int> n = change(m_db,
                           "INSERT OR REPLACE INTO guardian_approvals (contact_id, guardian_key, "
                           "signature, approved_at) VALUES (?1, ?2, ?3, ?4)",
                           "recording a guardian approval", [&](sqlite::Statement &st) {
                               st.bind(1, approval.contactId)
                                   .bindBlob(2, approval.guardianKey)
                                   .bindBlob(3, approval.signature)
                                   .bind(4, std::int64_t(approval.approvedAt));
                           });
    if (!n)
        return n.error();
    return {};
}

Result<bool> SafetyStateRepository::revokeApproval(const QString &contactId)
{
    Result<int> n = change(m_db, "DELETE FROM guardian_approvals WHERE contact_id = ?1",
                           "revoking a guardian approval",
                           [&](sqlite::Statement &st) { st.bind(1, contactId); });
    if (!n)
        return n.error();
    return *n > 0;
}

Result<void> SafetyStateRepository::revokeAllApprovals()
{
    Result<int> n = change(m_db, "DELETE FROM guardian_approvals", "forgetting guardian approvals",
                           bindNothing);
    if (!n)
        return n.error();
    return {};
}

Result<std::optional<GuardianApproval>> SafetyStateRepository::approval(const QString &contactId)
{
    return readOne<GuardianApproval>(
        m_db,
        "SELECT contact_id, guardian_key, signature, approved_at FROM guardian_approvals "
        "WHERE contact_id = ?1",
        "reading a guardian approval", [&](sqlite::Statement &st) { st.bind(1, contactId); },
        readApproval);
}

Result<QList<GuardianApproval>> SafetyStateRepository::approvals()
{
    return readAll<GuardianApproval>(
        m_db,
        "SELECT contact_id, guardian_key, signature, approved_at FROM guardian_approvals "
        "ORDER BY approved_at, contact_id",
        "listing guardian approvals", bindNothing, readApproval);
}

} // namespace cove::storage
