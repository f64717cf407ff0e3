// SPDX-License-Identifier: GPL-3.0-or-later
// The safety module's local state: a block holds across restarts, a
// message request is answered once, a report's status only moves the way
// moderation can move it, and guardian approvals are kept and revoked.

#include "Conversations.h"
#include "Crypto.h"
#include "SafetyState.h"
#include "Store.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace cove::storage;

namespace {

template <typename T> QByteArray whyNot(const Result<T> &r)
{
    return r.ok() ? QByteArray() : r.error().detail.toUtf8();
}

} // namespace

#define STORAGE_OK(expr)                                                                           \
    do {                                                                                           \
        const auto &r_ = (expr);                                                                   \
        QVERIFY2(r_.ok(), whyNot(r_).constData());                                                 \
    } while (false)

class TestSafetyState : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void blocksSurviveReopening();
    void messageRequestIsAnsweredOnce();
    void reportStatusRules_data();
    void reportStatusRules();
    void reportGoesThroughModeration();
    void reportsAreListedAndKeptWithoutTheirConversation();
    void guardianApprovals();
    void moderationNoticesAreKeptOnceAndSurviveReopening();

private:
    [[nodiscard]] bool reopen();
    StoredReport newReport(qint64 createdAt);

    std::unique_ptr<QTemporaryDir> m_dir;
    QByteArray m_key;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<SafetyStateRepository> m_safety;
};

void TestSafetyState::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_key = cove::protocol::crypto::randomByteArray(32);
    Result<std::unique_ptr<Store>> s =
        Store::open(m_dir->filePath(QStringLiteral("cove.db")), m_key, Store::Intent::CreateNew);
    STORAGE_OK(s);
    m_store = std::move(*s);
    m_safety = std::make_unique<SafetyStateRepository>(m_store->db());
}

void TestSafetyState::cleanup()
{
    m_safety.reset();
    m_store.reset();
    m_dir.reset();
}

bool TestSafetyState::reopen()
{
    m_safety.reset();
    m_store.reset();
    Result<std::unique_ptr<Store>> s =
        Store::open(m_dir->filePath(QStringLiteral("cove.db")), m_key, Store::Intent::OpenExisting);
    if (!s)
        return false;
    m_store = std::move(*s);
    m_safety = std::make_unique<SafetyStateRepository>(m_store->db());
    return true;
}

StoredReport TestSafetyState::newReport(qint64 createdAt)
{
    StoredReport r;
    r.reportedId = QStringLiteral("cove-harasser");
    r.category = QStringLiteral("harassment");
    r.involvesChild = true;
    r.createdAt = createdAt;
    r.updatedAt = createdAt;
    r.bundle = "bundle bytes";
    return r;
}

void TestSafetyState::blocksSurviveReopening()
{
    QCOMPARE(*m_safety->block(QStringLiteral("cove-spammer"), 100), true);
    QCOMPARE(*m_safety->block(QStringLiteral("cove-troll"), 200), true);
    QCOMPARE(*m_safety->block(QStringLiteral("cove-spammer"), 300), false);
    QVERIFY(reopen());

    QCOMPARE(*m_safety->isBlocked(QStringLiteral("cove-spammer")), true);
    QCOMPARE(*m_safety->isBlocked(QStringLiteral("cove-friend")), false);
    Result<QList<Block>> blocks = m_safety->blocks();
    STORAGE_OK(blocks);
    QCOMPARE(*blocks, (QList<Block>{{QStringLiteral("cove-troll"), 200},
                                    {QStringLiteral("cove-spammer"), 100}}));

    QCOMPARE(*m_safety->unblock(QStringLiteral("cove-troll")), true);
    QCOMPARE(*m_safety->unblock(QStringLiteral("cove-troll")), false);
    QVERIFY(reopen());
    QCOMPARE(*m_safety->isBlocked(QStringLiteral("cove-troll")), false);
    QCOMPARE(m_safety->blocks()->size(), 1);
}

void TestSafetyState::messageRequestIsAnsweredOnce()
{
    ConversationRepository conversations(m_store->db());
    const qint64 first =
        conversations
            .createDirect(QStringLiteral("stranger-1"), 1, ConversationState::MessageRequest)
            ->id;
    const qint64 second =
        conversations
            .createDirect(QStringLiteral("stranger-2"), 2, ConversationState::MessageRequest)
            ->id;
    QCOMPARE(*m_safety->openRequest(first, 10, "facts"), true);
    QCOMPARE(*m_safety->openRequest(first, 11), false); // a second message, same request
    QCOMPARE(*m_safety->openRequest(second, 20), true);
    QCOMPARE(m_safety->openRequest(999, 1).error().code, StorageErrorCode::NotFound);

    Result<QList<MessageRequest>> pending = m_safety->pendingRequests();
    STORAGE_OK(pending);
    QCOMPARE(pending->size(), 2);
    QCOMPARE(pending->at(0).conversationId, second);
    QCOMPARE(pending->at(1), (MessageRequest{first, RequestState::Pending, 10, "facts"}));

    STORAGE_OK(m_safety->setRequestState(first, RequestState::Accepted));
    STORAGE_OK(m_safety->setRequestState(first, RequestState::Accepted)); // a double tap
    QCOMPARE(m_safety->setRequestState(first, RequestState::Deleted).error().code,
             StorageErrorCode::InvalidArgument);
    QCOMPARE(m_safety->setRequestState(first, RequestState::Pending).error().code,
             StorageErrorCode::InvalidArgument);
    QCOMPARE((*m_safety->request(first))->state, RequestState::Accepted);
    STORAGE_OK(m_safety->setRequestState(second, RequestState::Deleted));
    QVERIFY(m_safety->pendingRequests()->isEmpty());
    QCOMPARE(m_safety->setRequestState(999, RequestState::Accepted).error().code,
             StorageErrorCode::NotFound);

    // Dismissed notices stay with the accepted request, and go with it.
    QCOMPARE((*m_safety->request(first))->noticesDismissed, quint8(0));
    STORAGE_OK(m_safety->setNoticesDismissed(first, 0b110));
    QCOMPARE((*m_safety->request(first))->noticesDismissed, quint8(0b110));
    QCOMPARE(m_safety->setNoticesDismissed(999, 1).error().code, StorageErrorCode::NotFound);
    STORAGE_OK(m_safety->setNoticesDismissed(second, 0b10));

    // Deleting the conversation takes its request with it.
    QVERIFY(*conversations.remove(second));
    QVERIFY(!m_safety->request(second)->has_value());
}

void TestSafetyState::reportStatusRules_data()
{
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    QTest::addColumn<bool>("allowed");

    // Every allowed step; every other pair (below) is refused.
    const QList<QPair<int, int>> allowed = {
        {0, 1},                         // queued -> sent
        {1, 2}, {1, 3}, {1, 4}, {1, 5}, // sent -> received, or any later news
        {2, 3}, {2, 4}, {2, 5},         // received -> reviewed or decided
        {3, 4}, {3, 5},                 // reviewed -> decided
        {4, 6}, {5, 6},                 // decided -> review requested
        {6, 3}, {6, 4}, {6, 5},         // review requested -> reviewed or decided again
    };
    for (int from = 0; from <= 6; ++from) {
        for (int to = 0; to <= 6; ++to) {
            QTest::addRow("%d->%d", from, to)
                << from << to << allowed.contains(QPair<int, int>(from, to));
        }
    }
}

void TestSafetyState::reportStatusRules()
{
    QFETCH(int, from);
    QFETCH(int, to);
    QFETCH(bool, allowed);
    QCOMPARE(reportStatusCanChange(ReportStatus(from), ReportStatus(to)), allowed);
}

void TestSafetyState::reportGoesThroughModeration()
{
    Result<StoredReport> added = m_safety->addReport(newReport(1000));
    STORAGE_OK(added);
    const qint64 id = added->id;
    QVERIFY(id > 0);
    QCOMPARE(added->status, ReportStatus::Queued);

    // Queued reports cannot skip sending.
    QCOMPARE(m_safety->setReportStatus(id, ReportStatus::Reviewed, 1001).error().code,
             StorageErrorCode::InvalidArgument);
    QCOMPARE(*m_safety->setReportStatus(id, ReportStatus::Sent, 1002), true);
    STORAGE_OK(m_safety->setReportId(id, QStringLiteral("R-42"), 1002));
    QCOMPARE(*m_safety->setReportStatus(id, ReportStatus::Sent, 1003), false); // repeated ack
    QCOMPARE(*m_safety->setReportStatus(id, ReportStatus::Received, 1004), true);
    QCOMPARE(*m_safety->setReportStatus(id, ReportStatus::NoAction, 1005), true);
    // A stale "received" update arriving late changes nothing.
    QCOMPARE(m_safety->setReportStatus(id, ReportStatus::Received, 1006).error().code,
             StorageErrorCode::InvalidArgument);
    QCOMPARE(*m_safety->setReportStatus(id, ReportStatus::ReviewRequested, 1007), true);
    QCOMPARE(*m_safety->setReportStatus(id, ReportStatus::ActionTaken, 1008), true);
    QCOMPARE(m_safety->setReportStatus(id, ReportStatus::Queued, 1009).error().code,
             StorageErrorCode::InvalidArgument);

    QVERIFY(reopen());
    Result<std::optional<StoredReport>> back = m_safety->reportByReportId(QStringLiteral("R-42"));
    STORAGE_OK(back);
    QVERIFY(back->has_value());
    QCOMPARE((*back)->id, id);
    QCOMPARE((*back)->status, ReportStatus::ActionTaken);
    QCOMPARE((*back)->updatedAt, 1008);
    QCOMPARE((*back)->createdAt, 1000);
    QVERIFY((*back)->involvesChild);
    QCOMPARE((*back)->bundle, QByteArray("bundle bytes"));
    QCOMPARE(m_safety->setReportStatus(id + 1, ReportStatus::Sent, 1).error().code,
             StorageErrorCode::NotFound);
}

void TestSafetyState::reportsAreListedAndKeptWithoutTheirConversation()
{
    ConversationRepository conversations(m_store->db());
    const qint64 conv = conversations.createDirect(QStringLiteral("cove-harasser"), 1)->id;
    StoredReport withConversation = newReport(100);
    withConversation.conversationId = conv;
    withConversation.reportId = QStringLiteral("R-1");
    const qint64 a = m_safety->addReport(withConversation)->id;
    const qint64 b = m_safety->addReport(newReport(200))->id;
    const qint64 c = m_safety->addReport(newReport(300))->id;
    QCOMPARE(m_safety->addReport(withConversation).error().code, StorageErrorCode::AlreadyExists);
    QVERIFY(*m_safety->setReportStatus(b, ReportStatus::Sent, 201));

    Result<QList<StoredReport>> reports = m_safety->reports();
    STORAGE_OK(reports);
    QList<qint64> all;
    for (const StoredReport &r : std::as_const(*reports))
        all.append(r.id);
    QCOMPARE(all, (QList<qint64>{c, b, a}));
    Result<QList<StoredReport>> queuedReports = m_safety->queuedReports();
    STORAGE_OK(queuedReports);
    QList<qint64> queued;
    for (const StoredReport &r : std::as_const(*queuedReports))
        queued.append(r.id);
    QCOMPARE(queued, (QList<qint64>{a, c})); // oldest first: sent in order

    // Deleting the chat keeps the report (and its status) for the reporter.
    QVERIFY(*conversations.remove(conv));
    Result<std::optional<StoredReport>> kept = m_safety->report(a);
    STORAGE_OK(kept);
    QVERIFY(kept->has_value());
    QVERIFY(!(*kept)->conversationId);
    QCOMPARE((*kept)->reportId, QStringLiteral("R-1"));
}

void TestSafetyState::guardianApprovals()
{
    const GuardianApproval grandma{QStringLiteral("cove-grandma"), QByteArray(32, 'g'),
                                   QByteArray(64, 's'), 10};
    const GuardianApproval friendApproval{QStringLiteral("cove-friend"), QByteArray(32, 'g'),
                                          QByteArray(64, 't'), 20};
    QVERIFY(!m_safety->approval(grandma.contactId)->has_value());
    STORAGE_OK(m_safety->approve(grandma));
    STORAGE_OK(m_safety->approve(friendApproval));
    QCOMPARE(**m_safety->approval(grandma.contactId), grandma);

    GuardianApproval renewed = grandma;
    renewed.signature = QByteArray(64, 'r');
    renewed.approvedAt = 30;
    STORAGE_OK(m_safety->approve(renewed));
    QVERIFY(reopen());
    QCOMPARE(*m_safety->approvals(), (QList<GuardianApproval>{friendApproval, renewed}));

    QCOMPARE(*m_safety->revokeApproval(friendApproval.contactId), true);
    QCOMPARE(*m_safety->revokeApproval(friendApproval.contactId), false);
    QCOMPARE(*m_safety->approvals(), QList<GuardianApproval>{renewed});
}

void TestSafetyState::moderationNoticesAreKeptOnceAndSurviveReopening()
{
    ModerationNotice ban;
    ban.caseId = QStringLiteral("D-AAAA");
    ban.action = 4;
    ban.category = QStringLiteral("spam");
    ban.reason = QStringLiteral("sent the same link to 40 strangers");
    ban.decidedAt = 1000;
    ban.receivedAt = 1005;
    Result<bool> added = m_safety->addNotice(ban);
    STORAGE_OK(added);
    QVERIFY(*added);
    // The relay pushes the same update again after a lost acknowledgement.
    added = m_safety->addNotice(ban);
    STORAGE_OK(added);
    QVERIFY(!*added);

    ModerationNotice restore = ban;
    restore.action = 5;
    restore.reason.clear();
    restore.decidedAt = 2000;
    restore.until = 9000;
    STORAGE_OK(m_safety->addNotice(restore));
    STORAGE_OK(m_safety->setNoticeReviewRequested(ban.caseId));

    QVERIFY(reopen());
    Result<QList<ModerationNotice>> list = m_safety->notices();
    STORAGE_OK(list);
    QCOMPARE(list->size(), 2);
    QCOMPARE(list->at(0).action, 5); // newest first
    QCOMPARE(list->at(0).until, std::optional<qint64>(9000));
    QCOMPARE(list->at(1).reason, ban.reason);
    QCOMPARE(list->at(1).until, std::nullopt);
    QVERIFY(list->at(0).reviewRequested && list->at(1).reviewRequested);
}

QTEST_GUILESS_MAIN(TestSafetyState)
#include "tst_safetystate.moc"
