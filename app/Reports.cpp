// SPDX-License-Identifier: GPL-3.0-or-later
#include "Reports.h"

#include "Account.h"
#include "ConversationListModel.h"
#include "Conversations.h"
#include "Crypto.h"
#include "Messages.h"
#include "Messenger.h"
#include "RelayClient.h"
#include "RelayMessages.h"
#include "ReportPolicy.h"
#include "ReportTaxonomy.h"
#include "SafeText.h"

#include <QDateTime>
#include <QLoggingCategory>

namespace cove::app {

Q_LOGGING_CATEGORY(lcReports, "cove.reports")

namespace wire = protocol::wire;

namespace {

/// Earlier and later messages a report sheet offers around the reported one.
constexpr int kOfferedBefore = 60;
constexpr int kOfferedAfter = 10;
constexpr int kRetryMs = 60 * 1000;

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

AppError fromStorageError(const storage::StorageError &e)
{
    return storageAppError(e);
}

/// The relay deduplicates a resent report by this id: the same report
/// always gets the same one.
QByteArray clientIdOf(const QByteArray &encodedReport)
{
    return protocol::crypto::sha256(encodedReport).left(protocol::wire::kClientEnvelopeIdSize);
}

protocol::ConversationKind kindOf(const storage::Conversation &conv)
{
    if (conv.state == storage::ConversationState::MessageRequest)
        return protocol::ConversationKind::Request;
    return conv.kind == storage::ConversationKind::Group ? protocol::ConversationKind::Group
                                                         : protocol::ConversationKind::Direct;
}

} // namespace

Reports::Reports(Account &account, RelayClient &relay, Messenger &messenger, QObject *parent)
    : QObject(parent), m_account(account), m_relay(relay), m_messenger(messenger)
{
    connect(&m_relay, &RelayClient::ready, this, [this] {
        m_inFlight.clear();
        flush();
    });
    connect(&m_relay, &RelayClient::ready, this, &Reports::sendPendingReviews);
    connect(&m_relay, &RelayClient::suspended, this, &Reports::sendPendingReviews);
    connect(&m_relay, &RelayClient::moderationUpdate, this, &Reports::onUpdate);
    m_retry.setInterval(kRetryMs);
    connect(&m_retry, &QTimer::timeout, this, &Reports::flush);
    m_retry.start();
}

Reports::~Reports() = default;

// ---- categories ----------------------------------------------------------------------

QList<ReportCategoryText> Reports::categories(const QString &language, bool childWording)
{
    const safety::ReportTaxonomy &taxonomy = safety::ReportTaxonomy::builtIn();
    const safety::Wording wording = childWording ? safety::Wording::Child : safety::Wording::Adult;
    QList<ReportCategoryText> out;
    for (const safety::ReportCategory &c : taxonomy.categories())
        out.append(ReportCategoryText{c.id, taxonomy.label(c.id, language, wording),
                                      taxonomy.description(c.id, language, wording)});
    return out;
}

QString Reports::categoryLabel(const QString &id, const QString &language)
{
    const QString label = safety::ReportTaxonomy::builtIn().label(id, language);
    return label.isEmpty() ? id : label;
}

QString Reports::defaultCategory()
{
    return QString(safety::kOtherId);
}

// ---- drafts ----------------------------------------------------------------------------

AppResult<ReportDraft> Reports::draftForMessage(qint64 conversationId, qint64 rowId)
{
    return draftAround(conversationId, rowId, {});
}

AppResult<ReportDraft> Reports::draftForConversation(qint64 conversationId, const QString &personId)
{
    return draftAround(conversationId, 0, personId);
}

AppResult<ReportDraft> Reports::draftAround(qint64 conversationId, qint64 rowId,
                                            const QString &personId)
{
    storage::ConversationRepository conversations(m_account.db());
    storage::MessageRepository messages(m_account.db());
    storage::Result<std::optional<storage::Conversation>> conv = conversations.find(conversationId);
    if (!conv)
        return fromStorageError(conv.error());
    if (!*conv)
        return appError(AppError::Code::NotFound, QStringLiteral("no such conversation"));

    ReportDraft draft;
    draft.conversationId = conversationId;
    draft.kind = kindOf(**conv);
    storage::Result<storage::MessagePage> page =
        rowId != 0 ? messages.olderPage(conversationId, rowId + 1, kOfferedBefore + 1)
                   : messages.newestPage(conversationId, kOfferedBefore + 1);
    if (!page)
        return fromStorageError(page.error());
    QList<storage::StoredMessage> rows = page->messages;
    if (rowId != 0) {
        if (rows.isEmpty() || rows.constLast().rowId != rowId)
            return appError(AppError::Code::NotFound, QStringLiteral("no such message"));
        storage::Result<storage::MessagePage> after =
            messages.newerPage(conversationId, rowId, kOfferedAfter);
        if (!after)
            return fromStorageError(after.error());
        rows += after->messages;
    }

    // Whom the report is about: the reported message's author, else the
    // person named, else the other side of a direct conversation.
    QString reported = personId;
    if (rowId != 0) {
        for (const storage::StoredMessage &m : rows)
            if (m.rowId == rowId)
                reported = m.senderId;
    }
    if (reported.isEmpty())
        reported = (*conv)->peerId;
    if (reported == m_account.coveId() && rowId != 0)
        return appError(AppError::Code::InvalidArgument,
                        QStringLiteral("your own message cannot be reported"));
    draft.reportedId = reported;

    QHash<QString, QString> names;
    QList<qint64> order;
    for (const storage::StoredMessage &m : rows) {
        if (m.body.isEmpty() && m.attachments.isEmpty())
            continue; // receipts and group changes are not evidence
        EvidenceItem item;
        item.rowId = m.rowId;
        item.senderId = m.senderId;
        item.own = m.direction == storage::Direction::Outgoing;
        if (!names.contains(m.senderId))
            names.insert(m.senderId,
                         item.own ? m_account.displayName() : personName(m_account, m.senderId));
        item.senderName = names.value(m.senderId);
        item.time = m.serverAt.value_or(m.sentAt);
        item.body = m.body;
        item.reportable = !m.content.isEmpty() && !m.commitment.isEmpty();
        for (const storage::StoredAttachment &a : m.attachments)
            item.files.append(EvidenceItem::File{
                a.id, protocol::safeFileName(a.descriptor.fileName), qint64(a.descriptor.size),
                a.state == storage::AttachmentState::Stored});
        draft.candidates.append(item);
        if (item.reportable)
            order.append(m.rowId);
    }

    qint64 about = rowId;
    if (about == 0) {
        // A group reported as a whole: about the newest message someone
        // else sent, and its author.
        for (auto it = draft.candidates.crbegin(); it != draft.candidates.crend(); ++it)
            if (it->reportable && !it->own && (reported.isEmpty() || it->senderId == reported)) {
                about = it->rowId;
                draft.reportedId = it->senderId;
                break;
            }
    }
    draft.reportedRow = about;
    if (about != 0)
        draft.selected = safety::defaultEvidence(order, about);
    return draft;
}

bool Reports::select(ReportDraft &draft, qint64 rowId, bool on)
{
    QList<qint64> order;
    for (const EvidenceItem &item : std::as_const(draft.candidates))
        if (item.reportable)
            order.append(item.rowId);
    if (on) {
        if (draft.selected.isEmpty() && order.contains(rowId)) {
            draft.selected.append(rowId);
            return true;
        }
        return safety::addEvidence(draft.selected, order, rowId);
    }
    return safety::removeEvidence(draft.selected, rowId);
}

// ---- building --------------------------------------------------------------------------

AppResult<protocol::ReportBundle> Reports::build(const ReportDraft &draft,
                                                 const ReportChoice &choice)
{
    if (draft.selected.isEmpty())
        return appError(AppError::Code::InvalidArgument,
                        QStringLiteral("a report needs at least one message"));
    if (draft.selected.size() > protocol::kMaxReportMessages)
        return appError(AppError::Code::InvalidArgument,
                        QStringLiteral("a report holds at most 30 messages"));
    if (choice.category.isEmpty())
        return appError(AppError::Code::InvalidArgument, QStringLiteral("no category chosen"));

    protocol::ReportBundle report;
    report.reporterId = m_account.coveId();
    report.reportedId = draft.reportedId;
    report.category = choice.category;
    report.involvesChild = choice.involvesChild;
    report.conversation = draft.kind;
    report.createdAtMs = nowMs();
    report.language = choice.language;
    report.comment = choice.comment.left(protocol::kMaxReportCommentChars);

    storage::MessageRepository messages(m_account.db());
    for (const qint64 rowId : draft.selected) {
        storage::Result<std::optional<storage::StoredMessage>> m = messages.find(rowId);
        if (!m)
            return fromStorageError(m.error());
        if (!*m || (*m)->conversationId != draft.conversationId.value_or(-1))
            return appError(AppError::Code::NotFound, QStringLiteral("a selected message is gone"));
        const storage::StoredMessage &stored = **m;
        protocol::Result<protocol::Content> content = protocol::decodeContent(stored.content);
        if (!content)
            return appError(AppError::Code::Protocol,
                            QStringLiteral("a selected message cannot be opened"));
        protocol::ReportedMessage rm;
        rm.opening = protocol::makeOpening(*content);
        rm.senderId = stored.senderId;
        rm.recipientId = stored.direction == storage::Direction::Incoming ? m_account.coveId()
                                                                          : draft.reportedId;
        rm.serverTimeMs = stored.serverAt.value_or(0);
        rm.relayTag = stored.relayTag;
        for (qsizetype i = 0; i < stored.attachments.size(); ++i) {
            const storage::StoredAttachment &a = stored.attachments.at(i);
            if (!draft.includedFiles.contains(a.id))
                continue;
            AppResult<QByteArray> bytes = m_messenger.attachmentBytes(a.id);
            if (!bytes)
                return bytes.error();
            rm.files.append(protocol::ReportedFile{quint32(i), *bytes});
        }
        if (rowId == draft.reportedRow)
            report.reportedIndex = quint32(report.messages.size());
        report.messages.append(std::move(rm));
    }
    return report;
}

QList<ReportPreviewItem> Reports::preview(const protocol::ReportBundle &report)
{
    QList<ReportPreviewItem> out;
    for (qsizetype i = 0; i < report.messages.size(); ++i) {
        const protocol::ReportedMessage &m = report.messages.at(i);
        ReportPreviewItem item;
        item.senderId = m.senderId;
        item.serverTime = m.serverTimeMs;
        item.reported = quint32(i) == report.reportedIndex;
        protocol::Result<protocol::Content> content = protocol::openContent(m.opening);
        if (content) {
            item.body = content->body;
            for (qsizetype a = 0; a < content->attachments.size(); ++a) {
                const protocol::AttachmentDescriptor &d = content->attachments.at(a);
                const bool included =
                    std::any_of(m.files.cbegin(), m.files.cend(),
                                [&](const protocol::ReportedFile &f) { return f.index == a; });
                item.files.append(ReportPreviewItem::File{
                    protocol::safeFileName(d.fileName), qint64(d.size), included,
                    QString::fromLatin1(d.plaintextSha256.toHex())});
            }
        }
        out.append(item);
    }
    return out;
}

// ---- sending ---------------------------------------------------------------------------

AppResult<qint64> Reports::submit(const protocol::ReportBundle &report,
                                  std::optional<qint64> conversationId, bool alsoBlock)
{
    const QByteArray encoded = protocol::encodeReport(report);
    if (encoded.size() + protocol::kReportSealOverhead > protocol::kMaxSealedReportSize)
        return appError(AppError::Code::InvalidArgument,
                        QStringLiteral("the report is too large: include fewer files"));
    storage::SafetyStateRepository safety(m_account.db());
    const qint64 now = nowMs();
    storage::StoredReport row;
    row.conversationId = conversationId;
    row.reportedId = report.reportedId;
    row.category = report.category;
    row.involvesChild = report.involvesChild;
    row.status = storage::ReportStatus::Queued;
    row.createdAt = now;
    row.updatedAt = now;
    row.bundle = encoded;
    storage::Result<storage::StoredReport> added = safety.addReport(row);
    if (!added)
        return fromStorageError(added.error());
    if (alsoBlock) {
        // The report is queued whatever happens here: it is what matters.
        if (AppResult<void> b = m_messenger.block(report.reportedId); !b)
            Q_EMIT problem(b.error().detail);
    }
    // A child's guardian learns that a report was made, and about whom.
    m_messenger.tellGuardianOf(protocol::GuardianMessage::Kind::Reported, report.reportedId);
    qCInfo(lcReports) << "report" << added->id << "queued";
    Q_EMIT reportsChanged();
    send(*added);
    return added->id;
}

AppResult<int> Reports::reportAllRequests(const ReportChoice &choice, bool alsoBlock)
{
    AppResult<QList<storage::Conversation>> pending = m_messenger.requests();
    if (!pending)
        return pending.error();
    int reported = 0;
    for (const storage::Conversation &c : std::as_const(*pending)) {
        AppResult<ReportDraft> draft = draftForConversation(c.id);
        if (!draft)
            return draft.error();
        if (draft->selected.isEmpty())
            continue; // nothing from them to report
        AppResult<protocol::ReportBundle> report = build(*draft, choice);
        if (!report)
            return report.error();
        AppResult<qint64> id = submit(*report, c.id, alsoBlock);
        if (!id)
            return id.error();
        ++reported;
    }
    return reported;
}

void Reports::flush()
{
    if (!m_relay.isReady())
        return;
    storage::SafetyStateRepository safety(m_account.db());
    storage::Result<QList<storage::StoredReport>> queued = safety.queuedReports();
    if (!queued) {
        Q_EMIT problem(queued.error().detail);
        return;
    }
    for (const storage::StoredReport &r : std::as_const(*queued))
        send(r);
}

void Reports::send(const storage::StoredReport &report)
{
    if (!m_relay.isReady() || m_inFlight.contains(report.id))
        return;
    if (m_relay.moderationPublicKey().isEmpty()) {
        Q_EMIT problem(QStringLiteral("this relay runs no moderation service; the report waits"));
        return;
    }
    protocol::Result<protocol::ReportBundle> bundle = protocol::decodeReport(report.bundle);
    if (!bundle) {
        qCWarning(lcReports) << "report" << report.id << "is unreadable:" << bundle.error().detail;
        return;
    }
    protocol::Result<QByteArray> sealed =
        protocol::sealReport(m_relay.moderationPublicKey(), *bundle);
    if (!sealed) {
        Q_EMIT problem(sealed.error().detail);
        return;
    }
    m_inFlight.insert(report.id);
    const qint64 id = report.id;
    wire::ReportSubmit submit{clientIdOf(report.bundle), *sealed};
    m_relay.request(this, submit.toFrame(0), [this, id](const AppResult<protocol::Frame> &reply) {
        m_inFlight.remove(id);
        if (!reply) {
            qCInfo(lcReports) << "report" << id << "not accepted yet:" << reply.error().detail;
            if (reply.error().relayCode != 0)
                Q_EMIT problem(reply.error().detail);
            return;
        }
        protocol::Result<wire::ReportAck> ack = wire::ReportAck::fromFrame(*reply);
        if (!ack) {
            Q_EMIT problem(QStringLiteral("the relay's answer to a report is malformed"));
            return;
        }
        storage::SafetyStateRepository safety(m_account.db());
        const qint64 at = nowMs();
        if (storage::Result<void> r = safety.setReportId(id, ack->reportId, at); !r) {
            Q_EMIT problem(r.error().detail);
            return;
        }
        if (storage::Result<bool> r = safety.setReportStatus(id, storage::ReportStatus::Sent, at);
            !r) {
            Q_EMIT problem(r.error().detail);
            return;
        }
        qCInfo(lcReports) << "report" << id << "acknowledged as" << ack->reportId;
        Q_EMIT reportsChanged();
    });
}

// ---- what moderation answers -----------------------------------------------------------

void Reports::onUpdate(const wire::ModerationUpdate &update)
{
    storage::SafetyStateRepository safety(m_account.db());
    if (update.kind == wire::ModerationUpdate::Kind::ReportStatus) {
        storage::Result<std::optional<storage::StoredReport>> r =
            safety.reportByReportId(update.caseId);
        if (!r)
            return; // not acknowledged: the relay pushes it again next time
        if (*r) {
            // A status that cannot follow the stored one (a late duplicate)
            // is acknowledged and dropped.
            storage::Result<bool> changed =
                safety.setReportStatus((*r)->id, storage::ReportStatus(update.value), update.atMs);
            if (!changed && changed.error().code != storage::StorageErrorCode::InvalidArgument)
                return;
            Q_EMIT reportsChanged();
        }
    } else {
        storage::ModerationNotice notice;
        notice.caseId = update.caseId;
        notice.action = update.value;
        notice.category = update.category;
        notice.reason = update.reason;
        notice.until = update.untilMs;
        notice.decidedAt = update.atMs;
        notice.receivedAt = nowMs();
        storage::Result<bool> added = safety.addNotice(notice);
        if (!added)
            return;
        if (*added)
            Q_EMIT noticeReceived(notice);
    }
    (void)m_relay.post(wire::ModerationUpdateAck{update.updateId}.toFrame(0));
    // A review lifted the suspension: log in again at once.
    if (update.kind == wire::ModerationUpdate::Kind::Decision &&
        update.value == quint8(wire::ModerationAction::Restore) && m_relay.isSuspended())
        m_relay.reconnectNow();
}

void Reports::requestReview(const QString &caseId, const QString &note,
                            std::function<void(const AppResult<void> &)> done)
{
    PendingReview review{caseId, note.left(wire::kMaxModerationReasonChars), std::move(done)};
    if (!m_relay.isReady() && !m_relay.isSuspended()) {
        // Offline (or between a suspension's connections): asked as soon as
        // the relay answers again.
        m_pendingReviews.append(std::move(review));
        return;
    }
    sendReview(std::move(review));
}

void Reports::sendReview(PendingReview review)
{
    const wire::ReviewRequest request{review.caseId, review.note};
    m_relay.request(
        this, request.toFrame(0), [this, review](const AppResult<protocol::Frame> &r) mutable {
            if (!r) {
                if (r.error().relayCode == 0) { // the connection dropped: ask again later
                    m_pendingReviews.append(std::move(review));
                    return;
                }
                review.done(r.error());
                return;
            }
            storage::SafetyStateRepository safety(m_account.db());
            storage::Result<std::optional<storage::StoredReport>> mine =
                safety.reportByReportId(review.caseId);
            if (mine && *mine) {
                (void)safety.setReportStatus((*mine)->id, storage::ReportStatus::ReviewRequested,
                                             nowMs());
                Q_EMIT reportsChanged();
            } else {
                (void)safety.setNoticeReviewRequested(review.caseId);
            }
            review.done({});
        });
}

void Reports::sendPendingReviews()
{
    QList<PendingReview> pending;
    pending.swap(m_pendingReviews);
    for (PendingReview &review : pending)
        sendReview(std::move(review));
}

AppResult<QList<storage::StoredReport>> Reports::reports()
{
    storage::SafetyStateRepository safety(m_account.db());
    storage::Result<QList<storage::StoredReport>> r = safety.reports();
    if (!r)
        return fromStorageError(r.error());
    return *r;
}

AppResult<QList<storage::ModerationNotice>> Reports::notices()
{
    storage::SafetyStateRepository safety(m_account.db());
    storage::Result<QList<storage::ModerationNotice>> r = safety.notices();
    if (!r)
        return fromStorageError(r.error());
    return *r;
}

int Reports::queuedCount()
{
    storage::SafetyStateRepository safety(m_account.db());
    storage::Result<QList<storage::StoredReport>> r = safety.queuedReports();
    return r ? int(r->size()) : 0;
}

} // namespace cove::app
