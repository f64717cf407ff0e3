// SPDX-License-Identifier: GPL-3.0-or-later
#include "ModerationDesk.h"

#include "Content.h"
#include "CoveId.h"
#include "Crypto.h"
#include "RelayConfig.h"
#include "RelayDatabase.h"
#include "ReportPolicy.h"
#include "ReportTaxonomy.h"
#include "Sqlite.h"

#include <QDir>

#include <algorithm>

namespace cove::relay {

namespace {

using protocol::Verification;
using protocol::wire::ModerationAction;
using protocol::wire::ModerationUpdate;
using protocol::wire::ReportProgress;

// ---- Schema -------------------------------------------------------------------
// Numbered migrations (see openRelayDatabase()). Times are ms since the
// epoch; ids are a letter, a dash and 10 Crockford base32 characters.

constexpr const char *kMigrations[] = {
    // 1: the first schema.
    R"sql(
-- One case per reported message: reports whose reported message has the
-- same commitment (and reported account) join the open case. A decided
-- case stays decided; a later report of the same message opens a new one.
CREATE TABLE cases(
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    reported TEXT NOT NULL,
    commitment BLOB NOT NULL,
    category TEXT NOT NULL,            -- the most severe category of its reports
    severity INTEGER NOT NULL,
    involves_child INTEGER NOT NULL,
    opened_at INTEGER NOT NULL,
    status INTEGER NOT NULL,           -- CaseStatus
    review_requested INTEGER NOT NULL  -- a reporter asked to review "no action"
);
CREATE INDEX cases_by_message ON cases(commitment, reported, status);
CREATE INDEX cases_by_status ON cases(status);

-- The report as the reporter's device built it (encodeReport() of the
-- opened bundle; SQLCipher encrypts it at rest) and what verification said
-- of each of its messages (one protocol::Verification byte per message).
CREATE TABLE reports(
    id TEXT PRIMARY KEY,
    case_id TEXT NOT NULL,
    reporter TEXT NOT NULL,
    reported TEXT NOT NULL,
    category TEXT NOT NULL,
    severity INTEGER NOT NULL,
    involves_child INTEGER NOT NULL,
    received_at INTEGER NOT NULL,
    bundle BLOB NOT NULL,
    verification BLOB NOT NULL,
    reported_verified INTEGER NOT NULL,
    status INTEGER NOT NULL            -- wire::ReportProgress
) WITHOUT ROWID;
CREATE INDEX reports_by_case ON reports(case_id);
CREATE INDEX reports_by_reporter ON reports(reporter, received_at);
CREATE INDEX reports_by_time ON reports(received_at);

-- Every accepted ReportSubmit by (reporter, clientId): a resend gets the
-- first ReportAck again.
CREATE TABLE submissions(
    reporter TEXT NOT NULL,
    client_id BLOB NOT NULL,
    report_id TEXT NOT NULL,
    received_at INTEGER NOT NULL,
    PRIMARY KEY(reporter, client_id)
) WITHOUT ROWID;

CREATE TABLE decisions(
    id TEXT PRIMARY KEY,
    case_id TEXT NOT NULL,
    account TEXT NOT NULL,
    action INTEGER NOT NULL,           -- wire::ModerationAction
    category TEXT NOT NULL,
    reason TEXT NOT NULL,
    until_at INTEGER,                  -- a suspension's end
    moderator TEXT NOT NULL,
    decided_at INTEGER NOT NULL,
    lifted_at INTEGER                  -- an appeal restored the account
) WITHOUT ROWID;
CREATE INDEX decisions_by_case ON decisions(case_id, decided_at);
CREATE INDEX decisions_by_time ON decisions(decided_at);

-- Appeals by the person acted on (subject: the decision) and reporters'
-- reviews of "no action" (subject: the report); one per subject.
CREATE TABLE reviews(
    id TEXT PRIMARY KEY,
    kind INTEGER NOT NULL,             -- ReviewKind
    requester TEXT NOT NULL,
    subject TEXT NOT NULL UNIQUE,
    case_id TEXT NOT NULL,
    note TEXT NOT NULL,
    requested_at INTEGER NOT NULL,
    outcome INTEGER NOT NULL,          -- ReviewOutcome, 0 while pending
    reason TEXT NOT NULL,
    moderator TEXT NOT NULL,
    decided_at INTEGER
) WITHOUT ROWID;
CREATE INDEX reviews_by_case ON reviews(case_id);
CREATE INDEX reviews_by_time ON reviews(requested_at);

-- Suspensions (until_at) and bans (until_at NULL) in force unless lifted.
CREATE TABLE bans(
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    decision_id TEXT NOT NULL UNIQUE,
    account TEXT NOT NULL,
    until_at INTEGER,
    lifted_at INTEGER
);
CREATE INDEX bans_by_account ON bans(account);

-- Per-account outbox of ModerationUpdate frames, pushed until acknowledged.
CREATE TABLE updates(
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    account TEXT NOT NULL,
    kind INTEGER NOT NULL,
    case_id TEXT NOT NULL,
    value INTEGER NOT NULL,
    category TEXT NOT NULL,
    reason TEXT NOT NULL,
    until_at INTEGER,
    at INTEGER NOT NULL,
    delivered INTEGER NOT NULL
);
CREATE INDEX updates_pending ON updates(account, id) WHERE delivered = 0;
)sql",
};

// synchronous=FULL: an acknowledged report survives a power cut.
// secure_delete: nothing of a report lingers in free pages.
constexpr const char *kPragmas[] = {
    "PRAGMA synchronous = FULL",
    "PRAGMA secure_delete = ON",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA foreign_keys = OFF",
};

DeskError deskError(DeskError::Code code, QString detail)
{
    return DeskError{code, std::move(detail)};
}

DeskError storageFailure(const sqlite::Error &e, const char *what)
{
    return deskError(DeskError::Code::Storage,
                     QLatin1String(what) + QStringLiteral(": ") + e.message);
}

DeskResult<sqlite::Statement> prepare(sqlite::Database &db, const char *sql, const char *what)
{
    sqlite::Result<sqlite::Statement> st = db.prepare(sql);
    if (!st)
        return storageFailure(st.error(), what);
    return std::move(*st);
}

DeskResult<bool> step(sqlite::Statement &st, const char *what)
{
    sqlite::Result<bool> row = st.step();
    if (!row)
        return storageFailure(row.error(), what);
    return *row;
}

DeskResult<void> run(sqlite::Statement &st, const char *what)
{
    if (sqlite::Result<void> r = st.run(); !r)
        return storageFailure(r.error(), what);
    return {};
}

DeskResult<sqlite::Transaction> beginWrite(sqlite::Database &db)
{
    sqlite::Result<sqlite::Transaction> tx =
        sqlite::Transaction::begin(db, sqlite::Transaction::Mode::Immediate);
    if (!tx)
        return storageFailure(tx.error(), "beginning a transaction");
    return std::move(*tx);
}

DeskResult<sqlite::Transaction> beginRead(sqlite::Database &db)
{
    sqlite::Result<sqlite::Transaction> tx =
        sqlite::Transaction::begin(db, sqlite::Transaction::Mode::Deferred);
    if (!tx)
        return storageFailure(tx.error(), "beginning a read");
    return std::move(*tx);
}

DeskResult<void> commit(sqlite::Transaction &tx)
{
    if (sqlite::Result<void> r = tx.commit(); !r)
        return storageFailure(r.error(), "committing");
    return {};
}

/// qint64 is long long and std::int64_t long: the binder takes the latter.
std::optional<std::int64_t> asInt64(std::optional<qint64> v)
{
    return v ? std::optional<std::int64_t>(std::int64_t(*v)) : std::nullopt;
}

std::optional<qint64> optionalInt(const sqlite::Statement &st, int column)
{
    if (st.isNull(column))
        return std::nullopt;
    return qint64(st.int64(column));
}

/// "X-" and 10 characters of Crockford base32: 50 random bits, easy to read
/// aloud and to type (no I, L, O, U).
QString newId(char prefix)
{
    static const char alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    const QByteArray random = protocol::crypto::randomByteArray(8);
    quint64 bits = 0;
    for (char b : random)
        bits = (bits << 8) | quint64(quint8(b));
    QString id;
    id.reserve(12);
    id.append(QLatin1Char(prefix));
    id.append(QLatin1Char('-'));
    for (int i = 0; i < 10; ++i) {
        id.append(QLatin1Char(alphabet[bits & 31u]));
        bits >>= 5;
    }
    return id;
}

/// An id as people type it: upper case, without surrounding blanks.
QString normalizeId(const QString &id)
{
    return id.trimmed().toUpper();
}

bool hasPrefix(const QString &id, char prefix)
{
    return id.size() == 12 && id.at(0) == QLatin1Char(prefix) && id.at(1) == QLatin1Char('-');
}

QString trimmedText(const QString &text)
{
    return text.trimmed();
}

/// Whether `table` has a row with `id` (tables with an id column).
DeskResult<bool> idExists(sqlite::Database &db, const char *sql, const QString &id)
{
    auto st = prepare(db, sql, "looking up an id");
    if (!st)
        return st.error();
    st->bind(1, id);
    return step(*st, "looking up an id");
}

/// A fresh id that no row of the table uses yet (inside the write transaction).
DeskResult<QString> freshId(sqlite::Database &db, char prefix, const char *existsSql)
{
    for (int attempt = 0; attempt < 8; ++attempt) {
        const QString id = newId(prefix);
        DeskResult<bool> taken = idExists(db, existsSql, id);
        if (!taken)
            return taken.error();
        if (!*taken)
            return id;
    }
    return deskError(DeskError::Code::Storage, QStringLiteral("cannot find a free id"));
}

struct UpdateRow {
    QString account;
    ModerationUpdate::Kind kind = ModerationUpdate::Kind::ReportStatus;
    QString caseId;
    quint8 value = 0;
    QString category;
    QString reason;
    std::optional<qint64> untilMs;
    qint64 atMs = 0;
};

DeskResult<void> insertUpdate(sqlite::Database &db, const UpdateRow &u)
{
    auto st = prepare(db,
                      "INSERT INTO updates(account, kind, case_id, value, category, reason, "
                      "until_at, at, delivered) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)",
                      "queueing an update");
    if (!st)
        return st.error();
    st->bind(1, u.account)
        .bind(2, int(u.kind))
        .bind(3, u.caseId)
        .bind(4, int(u.value))
        .bind(5, u.category)
        .bind(6, u.reason)
        .bind(7, asInt64(u.untilMs))
        .bind(8, std::int64_t(u.atMs));
    return run(*st, "queueing an update");
}

ModerationUpdate updateFrom(const sqlite::Statement &st, int first)
{
    // Columns from `first`: id, kind, case_id, value, category, reason, until_at, at.
    ModerationUpdate u;
    u.updateId = quint64(st.int64(first));
    u.kind = ModerationUpdate::Kind(quint8(st.int64(first + 1)));
    u.caseId = st.text(first + 2);
    u.value = quint8(st.int64(first + 3));
    u.category = st.text(first + 4);
    u.reason = st.text(first + 5);
    u.untilMs = optionalInt(st, first + 6);
    u.atMs = st.int64(first + 7);
    return u;
}

struct CaseRow {
    QString id;
    qint64 seq = 0;
    QString reported;
    QByteArray commitment;
    QString category;
    int severity = 5;
    bool involvesChild = false;
    qint64 openedAtMs = 0;
    CaseStatus status = CaseStatus::Open;
    bool reviewRequested = false;
};

DeskResult<std::optional<CaseRow>> loadCase(sqlite::Database &db, const QString &caseId)
{
    auto st = prepare(db,
                      "SELECT seq, reported, commitment, category, severity, involves_child, "
                      "opened_at, status, review_requested FROM cases WHERE id = ?",
                      "reading a case");
    if (!st)
        return st.error();
    st->bind(1, caseId);
    DeskResult<bool> row = step(*st, "reading a case");
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<CaseRow>();
    CaseRow c;
    c.id = caseId;
    c.seq = st->int64(0);
    c.reported = st->text(1);
    c.commitment = st->blob(2);
    c.category = st->text(3);
    c.severity = int(st->int64(4));
    c.involvesChild = st->int64(5) != 0;
    c.openedAtMs = st->int64(6);
    c.status = CaseStatus(quint8(st->int64(7)));
    c.reviewRequested = st->int64(8) != 0;
    return std::optional<CaseRow>(std::move(c));
}

/// The case a case, report, decision or review id belongs to; empty when
/// there is none.
DeskResult<QString> caseOf(sqlite::Database &db, const QString &id)
{
    const char *sql = nullptr;
    if (hasPrefix(id, 'C'))
        sql = "SELECT id FROM cases WHERE id = ?";
    else if (hasPrefix(id, 'R'))
        sql = "SELECT case_id FROM reports WHERE id = ?";
    else if (hasPrefix(id, 'D'))
        sql = "SELECT case_id FROM decisions WHERE id = ?";
    else if (hasPrefix(id, 'V'))
        sql = "SELECT case_id FROM reviews WHERE id = ?";
    else
        return QString();
    auto st = prepare(db, sql, "looking up a case");
    if (!st)
        return st.error();
    st->bind(1, id);
    DeskResult<bool> row = step(*st, "looking up a case");
    if (!row)
        return row.error();
    return *row ? st->text(0) : QString();
}

struct ReviewRow {
    QString id;
    ReviewKind kind = ReviewKind::Appeal;
    QString requester;
    QString subject;
    QString caseId;
    ReviewOutcome outcome = ReviewOutcome::Pending;
};

/// A review by its id, or the pending review of a decision, report or case.
DeskResult<std::optional<ReviewRow>> findReview(sqlite::Database &db, const QString &id)
{
    const char *sql = nullptr;
    if (hasPrefix(id, 'V'))
        sql = "SELECT id, kind, requester, subject, case_id, outcome FROM reviews WHERE id = ?";
    else if (hasPrefix(id, 'D') || hasPrefix(id, 'R'))
        sql = "SELECT id, kind, requester, subject, case_id, outcome FROM reviews "
              "WHERE subject = ? AND outcome = 0";
    else if (hasPrefix(id, 'C'))
        sql = "SELECT id, kind, requester, subject, case_id, outcome FROM reviews "
              "WHERE case_id = ? AND outcome = 0 ORDER BY requested_at LIMIT 1";
    else
        return std::optional<ReviewRow>();
    auto st = prepare(db, sql, "reading a review");
    if (!st)
        return st.error();
    st->bind(1, id);
    DeskResult<bool> row = step(*st, "reading a review");
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<ReviewRow>();
    ReviewRow r;
    r.id = st->text(0);
    r.kind = ReviewKind(quint8(st->int64(1)));
    r.requester = st->text(2);
    r.subject = st->text(3);
    r.caseId = st->text(4);
    r.outcome = ReviewOutcome(quint8(st->int64(5)));
    return std::optional<ReviewRow>(std::move(r));
}

DeskResult<void> closeReview(sqlite::Database &db, const QString &reviewId, ReviewOutcome outcome,
                             const QString &reason, const QString &moderator, qint64 nowMs)
{
    auto st = prepare(db,
                      "UPDATE reviews SET outcome = ?, reason = ?, moderator = ?, decided_at = ? "
                      "WHERE id = ?",
                      "recording a review's outcome");
    if (!st)
        return st.error();
    st->bind(1, int(outcome)).bind(2, reason).bind(3, moderator).bind(4, std::int64_t(nowMs));
    st->bind(5, reviewId);
    return run(*st, "recording a review's outcome");
}

DeskResult<void> checkReason(const QString &reason)
{
    if (reason.isEmpty())
        return deskError(DeskError::Code::InvalidArgument, QStringLiteral("a reason is required"));
    if (reason.size() > protocol::wire::kMaxModerationReasonChars)
        return deskError(DeskError::Code::InvalidArgument,
                         QStringLiteral("the reason is longer than %1 characters")
                             .arg(protocol::wire::kMaxModerationReasonChars));
    return {};
}

/// The evidence of one reported message, read back from the stored report.
MessageEvidence evidenceOf(const protocol::ReportedMessage &m, Verification verification)
{
    MessageEvidence ev;
    ev.senderId = m.senderId;
    ev.recipientId = m.recipientId;
    ev.serverTimeMs = m.serverTimeMs;
    ev.verification = verification;
    std::optional<protocol::Content> content;
    if (protocol::Result<protocol::Content> opened = protocol::openContent(m.opening)) {
        content = std::move(*opened);
        ev.contentOpened = true;
    } else if (protocol::Result<protocol::Content> claimed = protocol::detail::decodeContentAs(
                   m.opening.committedBytes, protocol::detail::ContentForm::Committed)) {
        content = std::move(*claimed);
    }
    if (!content)
        return ev;
    ev.parsed = true;
    ev.sentAtMs = content->sentAtMs;
    ev.text = content->body;
    ev.forwardCount = content->forwardCount;
    for (qsizetype i = 0; i < content->attachments.size(); ++i) {
        const protocol::AttachmentDescriptor &d = content->attachments.at(i);
        AttachmentEvidence a;
        a.fileName = d.fileName;
        a.mimeType = d.mimeType;
        a.size = d.size;
        a.plaintextSha256 = d.plaintextSha256;
        for (const protocol::ReportedFile &f : m.files) {
            if (qsizetype(f.index) != i)
                continue;
            a.data = f.data;
            const bool matches = quint64(f.data.size()) == d.size &&
                                 protocol::crypto::sha256(f.data) == d.plaintextSha256;
            a.state = matches && ev.contentOpened ? AttachmentEvidence::State::IncludedVerified
                                                  : AttachmentEvidence::State::Mismatch;
            break;
        }
        ev.attachments.append(std::move(a));
    }
    return ev;
}

} // namespace

// ---- Opening ------------------------------------------------------------------------

ModerationDesk::ModerationDesk(std::unique_ptr<sqlite::Database> db,
                               protocol::ModerationKeyPair keys, QByteArray frankingPublicKey)
    : m_db(std::move(db)), m_keys(std::move(keys)),
      m_frankingPublicKey(std::move(frankingPublicKey))
{}

ModerationDesk::~ModerationDesk() = default;

QString ModerationDesk::databasePath(const QString &dir)
{
    return QDir(dir).filePath(QStringLiteral("moderation.db"));
}

DeskResult<std::unique_ptr<ModerationDesk>>
ModerationDesk::open(const QString &dir, QByteArrayView databaseKey,
                     protocol::ModerationKeyPair moderationKeys, QByteArray frankingPublicKey,
                     int busyTimeoutMs)
{
    RelayDatabaseSpec spec;
    spec.fileName = QStringLiteral("moderation.db");
    spec.migrations = kMigrations;
    spec.pragmas = kPragmas;
    spec.busyTimeoutMs = std::max(0, busyTimeoutMs);
    StorageResult<std::unique_ptr<sqlite::Database>> db =
        openRelayDatabase(dir, spec, databaseKey, true);
    if (!db)
        return deskError(DeskError::Code::Storage,
                         QStringLiteral("cannot open moderation.db: ") + db.error().detail);
    return std::unique_ptr<ModerationDesk>(new ModerationDesk(
        std::move(*db), std::move(moderationKeys), std::move(frankingPublicKey)));
}

// ---- Intake -------------------------------------------------------------------------

DeskResult<IntakeReceipt> ModerationDesk::intake(const QString &reporterId, QByteArrayView clientId,
                                                 QByteArrayView sealed, qint64 nowMs,
                                                 bool fromGuarded)
{
    sqlite::Database &db = *m_db;
    DeskResult<sqlite::Transaction> tx = beginWrite(db);
    if (!tx)
        return tx.error();

    {
        auto st = prepare(db,
                          "SELECT report_id, received_at FROM submissions "
                          "WHERE reporter = ? AND client_id = ?",
                          "looking up a submission");
        if (!st)
            return st.error();
        st->bind(1, reporterId).bindBlob(2, clientId);
        DeskResult<bool> row = step(*st, "looking up a submission");
        if (!row)
            return row.error();
        if (*row)
            return IntakeReceipt{st->text(0), st->int64(1), true};
    }

    {
        QList<qint64> recent;
        auto st = prepare(db,
                          "SELECT received_at FROM reports WHERE reporter = ? AND received_at > ? "
                          "ORDER BY received_at",
                          "counting recent reports");
        if (!st)
            return st.error();
        st->bind(1, reporterId).bind(2, std::int64_t(nowMs - kDayMs));
        for (;;) {
            DeskResult<bool> row = step(*st, "counting recent reports");
            if (!row)
                return row.error();
            if (!*row)
                break;
            recent.append(st->int64(0));
        }
        if (safety::reporterThrottled(recent, nowMs))
            return deskError(DeskError::Code::Throttled,
                             QStringLiteral("too many reports from this account lately"));
    }

    if (m_keys.secretKey.isEmpty())
        return deskError(DeskError::Code::Unreadable,
                         QStringLiteral("this desk holds no moderation key"));
    protocol::Result<protocol::ReportBundle> opened = protocol::openSealedReport(m_keys, sealed);
    if (!opened)
        return deskError(DeskError::Code::Unreadable,
                         QStringLiteral("the report cannot be opened: ") +
                             QLatin1String(protocol::errorCodeName(opened.code())));
    protocol::ReportBundle &report = *opened;
    report.involvesChild = report.involvesChild || fromGuarded;
    if (protocol::normalizeCoveId(report.reporterId) != reporterId)
        return deskError(DeskError::Code::ReporterMismatch,
                         QStringLiteral("the report names another reporter"));
    const QString reportedId = protocol::normalizeCoveId(report.reportedId);
    if (reportedId.isEmpty() || reportedId == reporterId)
        return deskError(DeskError::Code::Unreadable,
                         QStringLiteral("the reported account is not a valid other account"));
    const auto &taxonomy = safety::ReportTaxonomy::builtIn();
    const safety::ReportCategory *category = taxonomy.find(report.category);
    if (!category)
        return deskError(DeskError::Code::UnknownCategory,
                         QStringLiteral("the category is not in the report taxonomy"));
    if (report.messages.isEmpty() || qsizetype(report.reportedIndex) >= report.messages.size())
        return deskError(DeskError::Code::Unreadable,
                         QStringLiteral("the report names no reported message"));
    for (const protocol::ReportedMessage &m : report.messages) {
        if (m.senderId != reporterId && m.recipientId != reporterId)
            return deskError(DeskError::Code::NotInvolved,
                             QStringLiteral("a message was neither sent nor delivered to the "
                                            "reporter"));
    }

    // Franking, message by message.
    QByteArray verification;
    verification.reserve(report.messages.size());
    for (const protocol::ReportedMessage &m : report.messages) {
        const protocol::MessageVerification v =
            protocol::verifyReportedMessage(m, m_frankingPublicKey, reporterId);
        verification.append(char(quint8(v.result)));
    }
    const protocol::ReportedMessage &reported = report.messages.at(qsizetype(report.reportedIndex));
    const bool reportedVerified =
        Verification(quint8(verification.at(qsizetype(report.reportedIndex)))) ==
            Verification::Verified &&
        reported.senderId == reportedId;
    const QByteArray commitment = reported.opening.commitment;

    // The open case of the same message, or a new one.
    QString caseId;
    QString caseCategory;
    int caseSeverity = 5;
    bool caseChild = false;
    {
        auto st = prepare(db,
                          "SELECT id, category, severity, involves_child FROM cases "
                          "WHERE commitment = ? AND reported = ? AND status = ? "
                          "ORDER BY seq LIMIT 1",
                          "looking for the case of a message");
        if (!st)
            return st.error();
        st->bindBlob(1, commitment).bind(2, reportedId).bind(3, int(CaseStatus::Open));
        DeskResult<bool> row = step(*st, "looking for the case of a message");
        if (!row)
            return row.error();
        if (*row) {
            caseId = st->text(0);
            caseCategory = st->text(1);
            caseSeverity = int(st->int64(2));
            caseChild = st->int64(3) != 0;
        }
    }
    if (!caseId.isEmpty()) {
        // The case takes the most severe category of its reports, and the
        // child flag of any of them.
        if (category->severity < caseSeverity) {
            caseSeverity = category->severity;
            caseCategory = report.category;
        }
        auto st = prepare(db,
                          "UPDATE cases SET category = ?, severity = ?, involves_child = ? "
                          "WHERE id = ?",
                          "updating a case");
        if (!st)
            return st.error();
        st->bind(1, caseCategory)
            .bind(2, caseSeverity)
            .bind(3, caseChild || report.involvesChild)
            .bind(4, caseId);
        if (DeskResult<void> r = run(*st, "updating a case"); !r)
            return r.error();
    }
    if (caseId.isEmpty()) {
        DeskResult<QString> id = freshId(db, 'C', "SELECT 1 FROM cases WHERE id = ?");
        if (!id)
            return id.error();
        caseId = *id;
        auto st = prepare(db,
                          "INSERT INTO cases(id, reported, commitment, category, severity, "
                          "involves_child, opened_at, status, review_requested) "
                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)",
                          "opening a case");
        if (!st)
            return st.error();
        st->bind(1, caseId)
            .bind(2, reportedId)
            .bindBlob(3, commitment)
            .bind(4, report.category)
            .bind(5, category->severity)
            .bind(6, report.involvesChild)
            .bind(7, std::int64_t(nowMs))
            .bind(8, int(CaseStatus::Open));
        if (DeskResult<void> r = run(*st, "opening a case"); !r)
            return r.error();
    }

    DeskResult<QString> reportId = freshId(db, 'R', "SELECT 1 FROM reports WHERE id = ?");
    if (!reportId)
        return reportId.error();
    {
        auto st = prepare(db,
                          "INSERT INTO reports(id, case_id, reporter, reported, category, "
                          "severity, involves_child, received_at, bundle, verification, "
                          "reported_verified, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                          "storing a report");
        if (!st)
            return st.error();
        st->bind(1, *reportId)
            .bind(2, caseId)
            .bind(3, reporterId)
            .bind(4, reportedId)
            .bind(5, report.category)
            .bind(6, category->severity)
            .bind(7, report.involvesChild)
            .bind(8, std::int64_t(nowMs))
            .bindBlob(9, protocol::encodeReport(report))
            .bindBlob(10, verification)
            .bind(11, reportedVerified)
            .bind(12, int(ReportProgress::Received));
        if (DeskResult<void> r = run(*st, "storing a report"); !r)
            return r.error();
    }
    {
        auto st = prepare(db,
                          "INSERT INTO submissions(reporter, client_id, report_id, received_at) "
                          "VALUES (?, ?, ?, ?)",
                          "recording a submission");
        if (!st)
            return st.error();
        st->bind(1, reporterId).bindBlob(2, clientId).bind(3, *reportId);
        st->bind(4, std::int64_t(nowMs));
        if (DeskResult<void> r = run(*st, "recording a submission"); !r)
            return r.error();
    }
    if (DeskResult<void> r = commit(*tx); !r)
        return r.error();
    return IntakeReceipt{*reportId, nowMs, false};
}

// ---- Queue and cases ------------------------------------------------------------------

DeskResult<QList<QueueItem>> ModerationDesk::queue()
{
    sqlite::Database &db = *m_db;
    DeskResult<sqlite::Transaction> tx = beginRead(db);
    if (!tx)
        return tx.error();
    struct Keyed {
        QueueItem item;
        safety::QueuedReportKey key;
    };
    QList<Keyed> items;
    {
        auto st = prepare(db,
                          "SELECT c.seq, c.id, c.reported, c.category, c.severity, "
                          "c.involves_child, c.review_requested, min(r.received_at), "
                          "count(r.id), coalesce(sum(r.reported_verified), 0) "
                          "FROM cases c JOIN reports r ON r.case_id = c.id "
                          "WHERE c.status = ? GROUP BY c.seq",
                          "reading the queue");
        if (!st)
            return st.error();
        st->bind(1, int(CaseStatus::Open));
        for (;;) {
            DeskResult<bool> row = step(*st, "reading the queue");
            if (!row)
                return row.error();
            if (!*row)
                break;
            Keyed k;
            k.item.kind = QueueItem::Kind::Case;
            k.item.id = st->text(1);
            k.item.caseId = k.item.id;
            k.item.reportedId = st->text(2);
            k.item.category = st->text(3);
            k.item.severity = int(st->int64(4));
            k.item.involvesChild = st->int64(5) != 0;
            k.item.reviewRequested = st->int64(6) != 0;
            k.item.receivedAtMs = st->int64(7);
            k.item.reports = int(st->int64(8));
            k.item.verifiedReports = int(st->int64(9));
            k.key = safety::QueuedReportKey{k.item.involvesChild, k.item.severity,
                                            k.item.receivedAtMs, st->int64(0)};
            items.append(std::move(k));
        }
    }
    {
        auto st = prepare(db,
                          "SELECT v.id, v.case_id, v.requested_at, d.id, d.action, d.account, "
                          "c.category, c.severity, c.involves_child, c.seq, "
                          "(SELECT count(*) FROM reports WHERE case_id = c.id), "
                          "(SELECT coalesce(sum(reported_verified), 0) FROM reports "
                          " WHERE case_id = c.id) "
                          "FROM reviews v JOIN decisions d ON d.id = v.subject "
                          "JOIN cases c ON c.id = v.case_id "
                          "WHERE v.kind = ? AND v.outcome = 0",
                          "reading the appeals");
        if (!st)
            return st.error();
        st->bind(1, int(ReviewKind::Appeal));
        for (;;) {
            DeskResult<bool> row = step(*st, "reading the appeals");
            if (!row)
                return row.error();
            if (!*row)
                break;
            Keyed k;
            k.item.kind = QueueItem::Kind::Appeal;
            k.item.id = st->text(0);
            k.item.caseId = st->text(1);
            k.item.receivedAtMs = st->int64(2);
            k.item.decisionId = st->text(3);
            k.item.action = ModerationAction(quint8(st->int64(4)));
            k.item.reportedId = st->text(5);
            k.item.category = st->text(6);
            k.item.severity = int(st->int64(7));
            k.item.involvesChild = st->int64(8) != 0;
            k.item.reports = int(st->int64(10));
            k.item.verifiedReports = int(st->int64(11));
            k.key = safety::QueuedReportKey{k.item.involvesChild, k.item.severity,
                                            k.item.receivedAtMs, st->int64(9)};
            items.append(std::move(k));
        }
    }
    std::stable_sort(items.begin(), items.end(), [](const Keyed &a, const Keyed &b) {
        return safety::moreUrgent(a.key, b.key);
    });
    QList<QueueItem> out;
    out.reserve(items.size());
    for (Keyed &k : items)
        out.append(std::move(k.item));
    return out;
}

DeskResult<CaseDetails> ModerationDesk::show(const QString &idIn)
{
    sqlite::Database &db = *m_db;
    const QString id = normalizeId(idIn);
    DeskResult<sqlite::Transaction> tx = beginRead(db);
    if (!tx)
        return tx.error();
    DeskResult<QString> caseId = caseOf(db, id);
    if (!caseId)
        return caseId.error();
    if (caseId->isEmpty())
        return deskError(DeskError::Code::NotFound,
                         QStringLiteral("no case, report, decision or review ") + id);
    DeskResult<std::optional<CaseRow>> row = loadCase(db, *caseId);
    if (!row)
        return row.error();
    if (!*row)
        return deskError(DeskError::Code::NotFound, QStringLiteral("no case ") + *caseId);
    const CaseRow &c = **row;

    CaseDetails details;
    details.caseId = c.id;
    details.reportedId = c.reported;
    details.category = c.category;
    details.severity = c.severity;
    details.involvesChild = c.involvesChild;
    details.status = c.status;
    details.reviewRequested = c.reviewRequested;
    details.openedAtMs = c.openedAtMs;
    if (id != c.id)
        details.focusId = id;

    {
        auto st = prepare(db,
                          "SELECT id, reporter, reported, category, severity, involves_child, "
                          "received_at, bundle, verification, reported_verified, status "
                          "FROM reports WHERE case_id = ? ORDER BY received_at, id",
                          "reading reports");
        if (!st)
            return st.error();
        st->bind(1, c.id);
        for (;;) {
            DeskResult<bool> more = step(*st, "reading reports");
            if (!more)
                return more.error();
            if (!*more)
                break;
            ReportDetails r;
            r.reportId = st->text(0);
            r.reporterId = st->text(1);
            r.reportedId = st->text(2);
            r.category = st->text(3);
            r.severity = int(st->int64(4));
            r.involvesChild = st->int64(5) != 0;
            r.receivedAtMs = st->int64(6);
            const QByteArray verification = st->blob(8);
            r.reportedVerified = st->int64(9) != 0;
            r.status = ReportProgress(quint8(st->int64(10)));
            protocol::Result<protocol::ReportBundle> bundle = protocol::decodeReport(st->blob(7));
            if (bundle) {
                r.createdAtMs = bundle->createdAtMs;
                r.conversation = bundle->conversation;
                r.language = bundle->language;
                r.comment = bundle->comment;
                for (qsizetype i = 0; i < bundle->messages.size(); ++i) {
                    const auto v = i < verification.size()
                                       ? Verification(quint8(verification.at(i)))
                                       : Verification::Malformed;
                    MessageEvidence ev = evidenceOf(bundle->messages.at(i), v);
                    ev.reported = i == qsizetype(bundle->reportedIndex);
                    r.messages.append(std::move(ev));
                }
            }
            details.reports.append(std::move(r));
        }
    }
    {
        auto st = prepare(db,
                          "SELECT id, account, action, category, reason, until_at, moderator, "
                          "decided_at, lifted_at FROM decisions WHERE case_id = ? "
                          "ORDER BY decided_at, id",
                          "reading decisions");
        if (!st)
            return st.error();
        st->bind(1, c.id);
        for (;;) {
            DeskResult<bool> more = step(*st, "reading decisions");
            if (!more)
                return more.error();
            if (!*more)
                break;
            DecisionRecord d;
            d.decisionId = st->text(0);
            d.caseId = c.id;
            d.accountId = st->text(1);
            d.action = ModerationAction(quint8(st->int64(2)));
            d.category = st->text(3);
            d.reason = st->text(4);
            d.untilMs = optionalInt(*st, 5);
            d.moderator = st->text(6);
            d.decidedAtMs = st->int64(7);
            d.liftedAtMs = optionalInt(*st, 8);
            details.decisions.append(std::move(d));
        }
    }
    {
        auto st = prepare(db,
                          "SELECT id, kind, requester, subject, note, requested_at, outcome, "
                          "reason, moderator, decided_at FROM reviews WHERE case_id = ? "
                          "ORDER BY requested_at, id",
                          "reading reviews");
        if (!st)
            return st.error();
        st->bind(1, c.id);
        for (;;) {
            DeskResult<bool> more = step(*st, "reading reviews");
            if (!more)
                return more.error();
            if (!*more)
                break;
            ReviewRecord v;
            v.reviewId = st->text(0);
            v.kind = ReviewKind(quint8(st->int64(1)));
            v.requesterId = st->text(2);
            v.subjectId = st->text(3);
            v.caseId = c.id;
            v.note = st->text(4);
            v.requestedAtMs = st->int64(5);
            v.outcome = ReviewOutcome(quint8(st->int64(6)));
            v.reason = st->text(7);
            v.moderator = st->text(8);
            v.decidedAtMs = optionalInt(*st, 9);
            details.reviews.append(std::move(v));
        }
    }
    {
        auto st = prepare(db,
                          "SELECT id FROM cases WHERE commitment = ? AND reported = ? AND id != ? "
                          "ORDER BY seq",
                          "reading related cases");
        if (!st)
            return st.error();
        st->bindBlob(1, c.commitment).bind(2, c.reported).bind(3, c.id);
        for (;;) {
            DeskResult<bool> more = step(*st, "reading related cases");
            if (!more)
                return more.error();
            if (!*more)
                break;
            details.otherCases.append(st->text(0));
        }
    }
    return details;
}

// ---- Decisions ----------------------------------------------------------------------

DeskResult<QString> ModerationDesk::decide(const QString &caseIdIn, ModerationAction action,
                                           const QString &reasonIn, std::optional<qint64> untilMs,
                                           const QString &moderatorIn, qint64 nowMs)
{
    const QString reason = trimmedText(reasonIn);
    const QString moderator = trimmedText(moderatorIn);
    if (DeskResult<void> r = checkReason(reason); !r)
        return r.error();
    if (moderator.isEmpty())
        return deskError(DeskError::Code::InvalidArgument,
                         QStringLiteral("the moderator must be named"));
    switch (action) {
    case ModerationAction::NoAction:
    case ModerationAction::Warn:
    case ModerationAction::Ban:
        if (untilMs)
            return deskError(DeskError::Code::InvalidArgument,
                             QStringLiteral("only a suspension has an end; a ban is permanent"));
        break;
    case ModerationAction::Suspend:
        if (!untilMs || *untilMs <= nowMs)
            return deskError(DeskError::Code::InvalidArgument,
                             QStringLiteral("a suspension needs an end in the future"));
        break;
    case ModerationAction::Restore:
        return deskError(DeskError::Code::InvalidArgument,
                         QStringLiteral("restoring answers an appeal (decide its review)"));
    }
    const QString id = normalizeId(caseIdIn);
    if (!hasPrefix(id, 'C') && !hasPrefix(id, 'R'))
        return deskError(DeskError::Code::InvalidArgument,
                         QStringLiteral("decide a case (C-...) or a report (R-...)"));

    sqlite::Database &db = *m_db;
    DeskResult<sqlite::Transaction> tx = beginWrite(db);
    if (!tx)
        return tx.error();
    DeskResult<QString> caseId = caseOf(db, id);
    if (!caseId)
        return caseId.error();
    if (caseId->isEmpty())
        return deskError(DeskError::Code::NotFound, QStringLiteral("no case or report ") + id);
    DeskResult<std::optional<CaseRow>> row = loadCase(db, *caseId);
    if (!row)
        return row.error();
    if (!*row)
        return deskError(DeskError::Code::NotFound, QStringLiteral("no case ") + *caseId);
    const CaseRow &c = **row;
    if (c.status != CaseStatus::Open)
        return deskError(DeskError::Code::InvalidState,
                         QStringLiteral("case %1 is decided already").arg(c.id));

    DeskResult<QString> decisionId = freshId(db, 'D', "SELECT 1 FROM decisions WHERE id = ?");
    if (!decisionId)
        return decisionId.error();
    {
        auto st = prepare(db,
                          "INSERT INTO decisions(id, case_id, account, action, category, reason, "
                          "until_at, moderator, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                          "recording a decision");
        if (!st)
            return st.error();
        st->bind(1, *decisionId)
            .bind(2, c.id)
            .bind(3, c.reported)
            .bind(4, int(action))
            .bind(5, c.category)
            .bind(6, reason)
            .bind(7, asInt64(untilMs))
            .bind(8, moderator)
            .bind(9, std::int64_t(nowMs));
        if (DeskResult<void> r = run(*st, "recording a decision"); !r)
            return r.error();
    }
    if (action == ModerationAction::Suspend || action == ModerationAction::Ban) {
        auto st = prepare(db, "INSERT INTO bans(decision_id, account, until_at) VALUES (?, ?, ?)",
                          "recording a ban");
        if (!st)
            return st.error();
        st->bind(1, *decisionId).bind(2, c.reported).bind(3, asInt64(untilMs));
        if (DeskResult<void> r = run(*st, "recording a ban"); !r)
            return r.error();
    }
    if (action != ModerationAction::NoAction) {
        UpdateRow u;
        u.account = c.reported;
        u.kind = ModerationUpdate::Kind::Decision;
        u.caseId = *decisionId;
        u.value = quint8(action);
        u.category = c.category;
        u.reason = reason;
        u.untilMs = untilMs;
        u.atMs = nowMs;
        if (DeskResult<void> r = insertUpdate(db, u); !r)
            return r.error();
    }

    // Every reporter of the case learns the outcome, not what was done to
    // whom; the reason goes with "no action" only (the reporter may want it
    // reviewed), since a reason for action is addressed to the person acted on.
    const ReportProgress progress = action == ModerationAction::NoAction
                                        ? ReportProgress::NoAction
                                        : ReportProgress::ActionTaken;
    QList<UpdateRow> reporterUpdates;
    {
        auto st = prepare(db, "SELECT id, reporter, category FROM reports WHERE case_id = ?",
                          "reading a case's reports");
        if (!st)
            return st.error();
        st->bind(1, c.id);
        for (;;) {
            DeskResult<bool> more = step(*st, "reading a case's reports");
            if (!more)
                return more.error();
            if (!*more)
                break;
            UpdateRow u;
            u.caseId = st->text(0);
            u.account = st->text(1);
            u.category = st->text(2);
            u.kind = ModerationUpdate::Kind::ReportStatus;
            u.value = quint8(progress);
            if (progress == ReportProgress::NoAction)
                u.reason = reason;
            u.atMs = nowMs;
            reporterUpdates.append(std::move(u));
        }
    }
    for (const UpdateRow &u : reporterUpdates) {
        if (DeskResult<void> r = insertUpdate(db, u); !r)
            return r.error();
    }
    {
        auto st =
            prepare(db, "UPDATE reports SET status = ? WHERE case_id = ?", "updating reports");
        if (!st)
            return st.error();
        st->bind(1, int(progress)).bind(2, c.id);
        if (DeskResult<void> r = run(*st, "updating reports"); !r)
            return r.error();
    }
    {
        // Reporters' reviews of an earlier "no action" are answered by this decision.
        auto st = prepare(db,
                          "UPDATE reviews SET outcome = ?, reason = ?, moderator = ?, "
                          "decided_at = ? WHERE case_id = ? AND kind = ? AND outcome = 0",
                          "answering reviews");
        if (!st)
            return st.error();
        st->bind(1, int(action == ModerationAction::NoAction ? ReviewOutcome::Upheld
                                                             : ReviewOutcome::Changed))
            .bind(2, reason)
            .bind(3, moderator)
            .bind(4, std::int64_t(nowMs))
            .bind(5, c.id)
            .bind(6, int(ReviewKind::ReporterReview));
        if (DeskResult<void> r = run(*st, "answering reviews"); !r)
            return r.error();
    }
    {
        auto st = prepare(db, "UPDATE cases SET status = ?, review_requested = 0 WHERE id = ?",
                          "closing a case");
        if (!st)
            return st.error();
        st->bind(1, int(CaseStatus::Decided)).bind(2, c.id);
        if (DeskResult<void> r = run(*st, "closing a case"); !r)
            return r.error();
    }
    if (DeskResult<void> r = commit(*tx); !r)
        return r.error();
    return *decisionId;
}

DeskResult<void> ModerationDesk::decideReview(const QString &idIn, ReviewVerdict verdict,
                                              const QString &reasonIn, const QString &moderatorIn,
                                              qint64 nowMs)
{
    const QString reason = trimmedText(reasonIn);
    const QString moderator = trimmedText(moderatorIn);
    if (DeskResult<void> r = checkReason(reason); !r)
        return r.error();
    if (moderator.isEmpty())
        return deskError(DeskError::Code::InvalidArgument,
                         QStringLiteral("the moderator must be named"));
    const QString id = normalizeId(idIn);

    sqlite::Database &db = *m_db;
    std::optional<ReviewRow> review;
    {
        DeskResult<sqlite::Transaction> tx = beginRead(db);
        if (!tx)
            return tx.error();
        DeskResult<std::optional<ReviewRow>> found = findReview(db, id);
        if (!found)
            return found.error();
        review = *found;
    }
    if (!review)
        return deskError(DeskError::Code::NotFound, QStringLiteral("no pending review for ") + id);
    if (review->outcome != ReviewOutcome::Pending)
        return deskError(DeskError::Code::InvalidState,
                         QStringLiteral("review %1 was decided already").arg(review->id));

    if (review->kind == ReviewKind::ReporterReview) {
        if (verdict == ReviewVerdict::Restore)
            return deskError(DeskError::Code::InvalidArgument,
                             QStringLiteral("a reporter's review is answered by deciding case %1 "
                                            "again (uphold keeps \"no action\")")
                                 .arg(review->caseId));
        // Upholding "no action" is deciding the reopened case "no action" again.
        DeskResult<QString> decided = decide(review->caseId, ModerationAction::NoAction, reason,
                                             std::nullopt, moderator, nowMs);
        if (!decided)
            return decided.error();
        return {};
    }

    DeskResult<sqlite::Transaction> tx = beginWrite(db);
    if (!tx)
        return tx.error();
    DecisionRecord d;
    {
        auto st = prepare(db,
                          "SELECT account, action, category, until_at, lifted_at FROM decisions "
                          "WHERE id = ?",
                          "reading a decision");
        if (!st)
            return st.error();
        st->bind(1, review->subject);
        DeskResult<bool> row = step(*st, "reading a decision");
        if (!row)
            return row.error();
        if (!*row)
            return deskError(DeskError::Code::NotFound,
                             QStringLiteral("no decision ") + review->subject);
        d.decisionId = review->subject;
        d.accountId = st->text(0);
        d.action = ModerationAction(quint8(st->int64(1)));
        d.category = st->text(2);
        d.untilMs = optionalInt(*st, 3);
        d.liftedAtMs = optionalInt(*st, 4);
    }
    // Re-read inside the write transaction: another process may have decided it.
    {
        DeskResult<std::optional<ReviewRow>> again = findReview(db, review->id);
        if (!again)
            return again.error();
        if (!*again || (*again)->outcome != ReviewOutcome::Pending)
            return deskError(DeskError::Code::InvalidState,
                             QStringLiteral("review %1 was decided already").arg(review->id));
    }
    UpdateRow u;
    u.account = d.accountId;
    u.kind = ModerationUpdate::Kind::Decision;
    u.caseId = d.decisionId;
    u.category = d.category;
    u.reason = reason;
    u.atMs = nowMs;
    if (verdict == ReviewVerdict::Restore) {
        for (const char *sql : {"UPDATE decisions SET lifted_at = ? WHERE id = ?",
                                "UPDATE bans SET lifted_at = ? WHERE decision_id = ?"}) {
            auto st = prepare(db, sql, "lifting a decision");
            if (!st)
                return st.error();
            st->bind(1, std::int64_t(nowMs)).bind(2, d.decisionId);
            if (DeskResult<void> r = run(*st, "lifting a decision"); !r)
                return r.error();
        }
        u.value = quint8(ModerationAction::Restore);
    } else {
        // The decision stands: it reaches the person again with the
        // reviewer's reason, under the same decision id.
        u.value = quint8(d.action);
        u.untilMs = d.untilMs;
    }
    if (DeskResult<void> r = insertUpdate(db, u); !r)
        return r.error();
    if (DeskResult<void> r = closeReview(db, review->id,
                                         verdict == ReviewVerdict::Restore ? ReviewOutcome::Restored
                                                                           : ReviewOutcome::Upheld,
                                         reason, moderator, nowMs);
        !r)
        return r.error();
    return commit(*tx);
}

// ---- Reviews and updates ---------------------------------------------------------------

DeskResult<QString> ModerationDesk::requestReview(const QString &accountId, const QString &caseIdIn,
                                                  const QString &noteIn, qint64 nowMs)
{
    const QString id = normalizeId(caseIdIn);
    const QString note = trimmedText(noteIn);
    if (note.size() > protocol::wire::kMaxModerationReasonChars)
        return deskError(DeskError::Code::InvalidArgument, QStringLiteral("the note is too long"));
    const bool appeal = hasPrefix(id, 'D');
    if (!appeal && !hasPrefix(id, 'R'))
        return deskError(DeskError::Code::NotFound,
                         QStringLiteral("no decision or report of this account with that id"));

    sqlite::Database &db = *m_db;
    DeskResult<sqlite::Transaction> tx = beginWrite(db);
    if (!tx)
        return tx.error();

    QString caseId;
    if (appeal) {
        auto st = prepare(db,
                          "SELECT case_id, action, lifted_at FROM decisions "
                          "WHERE id = ? AND account = ?",
                          "reading a decision");
        if (!st)
            return st.error();
        st->bind(1, id).bind(2, accountId);
        DeskResult<bool> row = step(*st, "reading a decision");
        if (!row)
            return row.error();
        // "No action" is never told to the person reported: there is nothing
        // of theirs to review.
        const auto action =
            *row ? ModerationAction(quint8(st->int64(1))) : ModerationAction::NoAction;
        if (!*row || action == ModerationAction::NoAction)
            return deskError(DeskError::Code::NotFound,
                             QStringLiteral("no decision about this account with that id"));
        if (!st->isNull(2))
            return deskError(DeskError::Code::InvalidState,
                             QStringLiteral("the decision was lifted already"));
        caseId = st->text(0);
    } else {
        auto st = prepare(db, "SELECT case_id, status FROM reports WHERE id = ? AND reporter = ?",
                          "reading a report");
        if (!st)
            return st.error();
        st->bind(1, id).bind(2, accountId);
        DeskResult<bool> row = step(*st, "reading a report");
        if (!row)
            return row.error();
        if (!*row)
            return deskError(DeskError::Code::NotFound,
                             QStringLiteral("no report of this account with that id"));
        caseId = st->text(0);
        const auto status = ReportProgress(quint8(st->int64(1)));
        if (status != ReportProgress::NoAction && status != ReportProgress::ReviewRequested)
            return deskError(DeskError::Code::InvalidState,
                             QStringLiteral("only \"no action\" on a report can be reviewed"));
    }

    {
        auto st =
            prepare(db, "SELECT id, outcome FROM reviews WHERE subject = ?", "looking up a review");
        if (!st)
            return st.error();
        st->bind(1, id);
        DeskResult<bool> row = step(*st, "looking up a review");
        if (!row)
            return row.error();
        if (*row) {
            if (ReviewOutcome(quint8(st->int64(1))) == ReviewOutcome::Pending)
                return st->text(0); // asked again while pending: the same review
            return deskError(DeskError::Code::InvalidState,
                             QStringLiteral("this was reviewed already"));
        }
    }

    DeskResult<QString> reviewId = freshId(db, 'V', "SELECT 1 FROM reviews WHERE id = ?");
    if (!reviewId)
        return reviewId.error();
    {
        auto st = prepare(db,
                          "INSERT INTO reviews(id, kind, requester, subject, case_id, note, "
                          "requested_at, outcome, reason, moderator) "
                          "VALUES (?, ?, ?, ?, ?, ?, ?, 0, '', '')",
                          "recording a review request");
        if (!st)
            return st.error();
        st->bind(1, *reviewId)
            .bind(2, int(appeal ? ReviewKind::Appeal : ReviewKind::ReporterReview))
            .bind(3, accountId)
            .bind(4, id)
            .bind(5, caseId)
            .bind(6, note)
            .bind(7, std::int64_t(nowMs));
        if (DeskResult<void> r = run(*st, "recording a review request"); !r)
            return r.error();
    }
    if (!appeal) {
        // The case goes back into the queue for a person to look at again.
        auto st = prepare(db, "UPDATE reports SET status = ? WHERE id = ?", "reopening a case");
        if (!st)
            return st.error();
        st->bind(1, int(ReportProgress::ReviewRequested)).bind(2, id);
        if (DeskResult<void> r = run(*st, "reopening a case"); !r)
            return r.error();
        st = prepare(db, "UPDATE cases SET status = ?, review_requested = 1 WHERE id = ?",
                     "reopening a case");
        if (!st)
            return st.error();
        st->bind(1, int(CaseStatus::Open)).bind(2, caseId);
        if (DeskResult<void> r = run(*st, "reopening a case"); !r)
            return r.error();
    }
    if (DeskResult<void> r = commit(*tx); !r)
        return r.error();
    return *reviewId;
}

DeskResult<QList<ModerationUpdate>> ModerationDesk::pendingUpdates(const QString &accountId)
{
    auto st = prepare(*m_db,
                      "SELECT id, kind, case_id, value, category, reason, until_at, at "
                      "FROM updates WHERE account = ? AND delivered = 0 ORDER BY id",
                      "reading updates");
    if (!st)
        return st.error();
    st->bind(1, accountId);
    QList<ModerationUpdate> out;
    for (;;) {
        DeskResult<bool> row = step(*st, "reading updates");
        if (!row)
            return row.error();
        if (!*row)
            break;
        out.append(updateFrom(*st, 0));
    }
    return out;
}

DeskResult<void> ModerationDesk::markDelivered(const QString &accountId, quint64 updateId)
{
    auto st = prepare(*m_db, "UPDATE updates SET delivered = 1 WHERE id = ? AND account = ?",
                      "marking an update delivered");
    if (!st)
        return st.error();
    st->bind(1, std::int64_t(updateId)).bind(2, accountId);
    return run(*st, "marking an update delivered");
}

DeskResult<std::optional<Ban>> ModerationDesk::isBanned(const QString &accountId, qint64 nowMs)
{
    auto st = prepare(*m_db,
                      "SELECT decision_id, until_at FROM bans WHERE account = ? "
                      "AND lifted_at IS NULL AND (until_at IS NULL OR until_at > ?)",
                      "checking for a ban");
    if (!st)
        return st.error();
    st->bind(1, accountId).bind(2, std::int64_t(nowMs));
    std::optional<Ban> ban;
    for (;;) {
        DeskResult<bool> row = step(*st, "checking for a ban");
        if (!row)
            return row.error();
        if (!*row)
            break;
        Ban b{st->text(0), optionalInt(*st, 1)};
        const bool wins = !ban || (ban->untilMs && (!b.untilMs || *b.untilMs > *ban->untilMs));
        if (wins)
            ban = std::move(b);
    }
    return ban;
}

DeskResult<SweepCursor> ModerationDesk::sweepCursor()
{
    DeskResult<sqlite::Transaction> tx = beginRead(*m_db);
    if (!tx)
        return tx.error();
    SweepCursor cursor;
    sqlite::Result<std::int64_t> updates =
        m_db->queryInt("SELECT coalesce(max(id), 0) FROM updates");
    if (!updates)
        return storageFailure(updates.error(), "reading the newest update");
    sqlite::Result<std::int64_t> bans = m_db->queryInt("SELECT coalesce(max(seq), 0) FROM bans");
    if (!bans)
        return storageFailure(bans.error(), "reading the newest ban");
    cursor.lastUpdateId = *updates;
    cursor.lastBanSeq = *bans;
    return cursor;
}

DeskResult<ModerationChanges> ModerationDesk::changesSince(SweepCursor &cursor, qint64 nowMs)
{
    DeskResult<sqlite::Transaction> tx = beginRead(*m_db);
    if (!tx)
        return tx.error();
    ModerationChanges changes;
    SweepCursor next = cursor;
    {
        auto st = prepare(*m_db,
                          "SELECT account, id, kind, case_id, value, category, reason, until_at, "
                          "at FROM updates WHERE id > ? AND delivered = 0 ORDER BY id",
                          "reading new updates");
        if (!st)
            return st.error();
        st->bind(1, std::int64_t(cursor.lastUpdateId));
        for (;;) {
            DeskResult<bool> row = step(*st, "reading new updates");
            if (!row)
                return row.error();
            if (!*row)
                break;
            AccountUpdate u{st->text(0), updateFrom(*st, 1)};
            next.lastUpdateId = std::max(next.lastUpdateId, qint64(u.update.updateId));
            changes.updates.append(std::move(u));
        }
    }
    {
        auto st = prepare(*m_db,
                          "SELECT seq, account, until_at, lifted_at FROM bans WHERE seq > ? "
                          "ORDER BY seq",
                          "reading new bans");
        if (!st)
            return st.error();
        st->bind(1, std::int64_t(cursor.lastBanSeq));
        for (;;) {
            DeskResult<bool> row = step(*st, "reading new bans");
            if (!row)
                return row.error();
            if (!*row)
                break;
            next.lastBanSeq = std::max(next.lastBanSeq, qint64(st->int64(0)));
            const std::optional<qint64> until = optionalInt(*st, 2);
            const bool inForce = st->isNull(3) && (!until || *until > nowMs);
            if (inForce && !changes.banned.contains(st->text(1)))
                changes.banned.append(st->text(1));
        }
    }
    cursor = next;
    return changes;
}

// ---- Transparency -----------------------------------------------------------------------

DeskResult<TransparencyReport> ModerationDesk::transparency(qint64 fromMs, qint64 toMs)
{
    sqlite::Database &db = *m_db;
    DeskResult<sqlite::Transaction> tx = beginRead(db);
    if (!tx)
        return tx.error();
    TransparencyReport t;
    t.fromMs = fromMs;
    t.toMs = toMs;
    QList<qint64> delays;
    {
        auto st = prepare(db,
                          "SELECT r.category, r.involves_child, r.reported_verified, "
                          "(SELECT min(d.decided_at) FROM decisions d WHERE d.case_id = r.case_id "
                          " AND d.decided_at >= r.received_at) - r.received_at "
                          "FROM reports r WHERE r.received_at >= ? AND r.received_at < ?",
                          "counting reports");
        if (!st)
            return st.error();
        st->bind(1, std::int64_t(fromMs)).bind(2, std::int64_t(toMs));
        for (;;) {
            DeskResult<bool> row = step(*st, "counting reports");
            if (!row)
                return row.error();
            if (!*row)
                break;
            ++t.reports;
            t.reportsByCategory[st->text(0)] += 1;
            t.reportsInvolvingChild += st->int64(1) != 0 ? 1 : 0;
            t.verifiedReports += st->int64(2) != 0 ? 1 : 0;
            if (!st->isNull(3))
                delays.append(st->int64(3));
        }
    }
    {
        auto st = prepare(db,
                          "SELECT action, count(*) FROM decisions "
                          "WHERE decided_at >= ? AND decided_at < ? GROUP BY action",
                          "counting decisions");
        if (!st)
            return st.error();
        st->bind(1, std::int64_t(fromMs)).bind(2, std::int64_t(toMs));
        for (;;) {
            DeskResult<bool> row = step(*st, "counting decisions");
            if (!row)
                return row.error();
            if (!*row)
                break;
            const int n = int(st->int64(1));
            switch (ModerationAction(quint8(st->int64(0)))) {
            case ModerationAction::NoAction:
                t.dismissed += n;
                break;
            case ModerationAction::Warn:
                t.warned += n;
                break;
            case ModerationAction::Suspend:
                t.suspended += n;
                break;
            case ModerationAction::Ban:
                t.banned += n;
                break;
            case ModerationAction::Restore:
                break;
            }
        }
    }
    {
        auto st = prepare(db,
                          "SELECT kind, outcome, count(*) FROM reviews "
                          "WHERE requested_at >= ? AND requested_at < ? GROUP BY kind, outcome",
                          "counting reviews");
        if (!st)
            return st.error();
        st->bind(1, std::int64_t(fromMs)).bind(2, std::int64_t(toMs));
        for (;;) {
            DeskResult<bool> row = step(*st, "counting reviews");
            if (!row)
                return row.error();
            if (!*row)
                break;
            const auto kind = ReviewKind(quint8(st->int64(0)));
            const auto outcome = ReviewOutcome(quint8(st->int64(1)));
            const int n = int(st->int64(2));
            if (kind == ReviewKind::Appeal) {
                t.appeals += n;
                t.appealsRestored += outcome == ReviewOutcome::Restored ? n : 0;
                t.appealsUpheld += outcome == ReviewOutcome::Upheld ? n : 0;
                t.appealsPending += outcome == ReviewOutcome::Pending ? n : 0;
            } else {
                t.reporterReviews += n;
                t.reporterReviewsChanged += outcome == ReviewOutcome::Changed ? n : 0;
                t.reporterReviewsUpheld += outcome == ReviewOutcome::Upheld ? n : 0;
                t.reporterReviewsPending += outcome == ReviewOutcome::Pending ? n : 0;
            }
        }
    }
    t.decidedReports = int(delays.size());
    if (!delays.isEmpty()) {
        std::sort(delays.begin(), delays.end());
        const qsizetype n = delays.size();
        t.medianMsToDecision =
            n % 2 == 1 ? delays.at(n / 2) : (delays.at(n / 2 - 1) + delays.at(n / 2)) / 2;
    }
    return t;
}

// ---- Names --------------------------------------------------------------------------------

QString actionName(ModerationAction action)
{
    switch (action) {
    case ModerationAction::NoAction:
        return QStringLiteral("no action");
    case ModerationAction::Warn:
        return QStringLiteral("warning");
    case ModerationAction::Suspend:
        return QStringLiteral("suspension");
    case ModerationAction::Ban:
        return QStringLiteral("ban");
    case ModerationAction::Restore:
        return QStringLiteral("restored");
    }
    return QStringLiteral("unknown");
}

QString verificationName(Verification verification)
{
    switch (verification) {
    case Verification::Verified:
        return QStringLiteral("verified");
    case Verification::OwnMessage:
        return QStringLiteral("the reporter's own message");
    case Verification::TagMissing:
        return QStringLiteral("NOT VERIFIED: no relay tag");
    case Verification::ContentMismatch:
        return QStringLiteral("FORGED: the content is not what was sent");
    case Verification::TagInvalid:
        return QStringLiteral("FORGED: the relay never delivered this from this sender");
    case Verification::AttachmentMismatch:
        return QStringLiteral("FORGED: an included file is not the one sent");
    case Verification::Malformed:
        return QStringLiteral("UNREADABLE: the content does not parse");
    }
    return QStringLiteral("unknown");
}

QString progressName(ReportProgress progress)
{
    switch (progress) {
    case ReportProgress::Received:
        return QStringLiteral("received");
    case ReportProgress::Reviewed:
        return QStringLiteral("reviewed");
    case ReportProgress::ActionTaken:
        return QStringLiteral("action taken");
    case ReportProgress::NoAction:
        return QStringLiteral("no action");
    case ReportProgress::ReviewRequested:
        return QStringLiteral("review requested");
    }
    return QStringLiteral("unknown");
}

QString outcomeName(ReviewOutcome outcome)
{
    switch (outcome) {
    case ReviewOutcome::Pending:
        return QStringLiteral("pending");
    case ReviewOutcome::Upheld:
        return QStringLiteral("upheld");
    case ReviewOutcome::Restored:
        return QStringLiteral("restored");
    case ReviewOutcome::Changed:
        return QStringLiteral("changed to action");
    }
    return QStringLiteral("unknown");
}

} // namespace cove::relay
