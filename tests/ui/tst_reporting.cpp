// SPDX-License-Identifier: GPL-3.0-or-later
// The reporting flow as a person goes through it, offscreen, over the real
// stack: the demo world's relay with its moderation service, real SQLCipher
// profiles and Signal sessions. A report leaves the window in two clicks,
// arrives verified with exactly the previewed messages, a child report goes
// to the top of the queue, the moderator's decision reaches the reporter,
// and the flow works by keyboard alone in a right-to-left language.

#include "Account.h"
#include "AppSession.h"
#include "ChatView.h"
#include "ContactInfoDialog.h"
#include "Contacts.h"
#include "ConversationListModel.h"
#include "Conversations.h"
#include "CoveId.h"
#include "DemoWorld.h"
#include "Dialogs.h"
#include "ForwardDialog.h"
#include "GroupInfoDialog.h"
#include "Language.h"
#include "MainWindow.h"
#include "MessageListModel.h"
#include "Messages.h"
#include "Messenger.h"
#include "ModerationDesk.h"
#include "ModerationDeskWindow.h"
#include "Profile.h"
#include "RelayClient.h"
#include "ReportDialog.h"
#include "Reports.h"
#include "TestHelpers.h"
#include "Theme.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDebug>
#include <QFileDialog>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>

using namespace cove;
using Cast = app::demo::DemoWorld::Cast;

namespace {

/// The row of the newest message from someone else in the open chat.
int lastIncomingRow(ui::ChatView *chat)
{
    app::MessageListModel &model = chat->model();
    for (int row = model.rowCount() - 1; row >= 0; --row)
        if (model.messageAt(row).direction == storage::Direction::Incoming)
            return row;
    return -1;
}

ui::ReportDialog *openReportDialog(QWidget *within)
{
    for (QWidget *w : QApplication::topLevelWidgets())
        if (auto *d = qobject_cast<ui::ReportDialog *>(w); d && d->isVisible())
            return d;
    return within->findChild<ui::ReportDialog *>();
}

/// The request from `peerId` once it is listed (0 until then). Looking it
/// up must not create a conversation, or the stranger's message would land
/// in an ordinary chat.
qint64 requestFrom(ui::MainWindow &window, const QString &peerId)
{
    app::ConversationListModel &requests = window.requests();
    for (int row = 0; row < requests.rowCount(); ++row) {
        const QModelIndex index = requests.index(row);
        if (index.data(app::ConversationListModel::PeerIdRole).toString() == peerId)
            return index.data(app::ConversationListModel::IdRole).toLongLong();
    }
    return 0;
}

/// The texts of a report's messages, as the report itself carries them.
QStringList texts(const protocol::ReportBundle &report)
{
    QStringList out;
    for (const app::ReportPreviewItem &p : app::Reports::preview(report))
        out << p.body;
    return out;
}

/// Presses Tab until `target` has the focus (at most 40 times).
bool tabTo(QWidget *dialog, QWidget *target)
{
    for (int i = 0; i < 40 && QApplication::focusWidget() != target; ++i)
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : dialog,
                        Qt::Key_Tab);
    if (QApplication::focusWidget() != target)
        qWarning() << "focus is on" << QApplication::focusWidget() << "active"
                   << QApplication::activeWindow() << "dialog" << dialog;
    return QApplication::focusWidget() == target;
}

/// The demo world (scripts in fast mode) and the tester's profile, opened
/// as the app opens them.
struct Demo {
    std::unique_ptr<app::demo::DemoWorld> world;
    std::unique_ptr<app::Session> session; ///< closed before the world stops
};

std::optional<Demo> startDemo()
{
    auto world = app::demo::DemoWorld::start({QString(), true});
    if (!world) {
        qWarning() << "the demo world did not start:" << world.error().detail;
        return std::nullopt;
    }
    auto account = app::Account::open((*world)->testerProfileDir(), (*world)->testerPassphrase());
    if (!account)
        return std::nullopt;
    auto session = app::Session::open(std::move(*account));
    if (!session)
        return std::nullopt;
    return Demo{std::move(*world), std::move(*session)};
}

/// Every label on screen that would read `raw` (someone else's text) as
/// markup instead of showing it character for character.
QStringList labelsReadingMarkup(const QString &raw)
{
    QStringList found;
    for (QWidget *top : QApplication::topLevelWidgets()) {
        if (!top->isVisible())
            continue;
        for (QLabel *l : top->findChildren<QLabel *>()) {
            const bool markup = l->textFormat() == Qt::RichText ||
                                (l->textFormat() == Qt::AutoText && Qt::mightBeRichText(l->text()));
            if (markup && l->text().contains(raw))
                found << l->objectName() + QStringLiteral(": ") + l->text();
        }
    }
    return found;
}

} // namespace

class TestReporting : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("COVE_CHEAP_KDF", "1");
        ui::Theme::apply(ui::Theme::Mode::Light);
    }

    void cleanup() { ui::Language::apply(QStringLiteral("en")); }

    void reportDecideAndReview();
    void blockInOneTapAndUnblockInSettings();
    void forwardedManyTimesGoesToOneChat();
    void reportAllRequestsAtOnce();
    void strangerNoticesAndContactsOnly();
    void groupMembersAndAdminPowers();
    void disappearingMessagesFromTheHeader();
    void contactInfoPanel();
    void hostileTextStaysInert();
};

void TestReporting::reportDecideAndReview()
{
    ui::Language::apply(QStringLiteral("en"));
    std::optional<Demo> demo = startDemo();
    QVERIFY(demo);
    const std::unique_ptr<app::demo::DemoWorld> &world = demo->world;
    app::Session &s = *demo->session;
    ui::MainWindow window(s);
    window.resize(1100, 760);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    s.start();
    QTRY_VERIFY_WITH_TIMEOUT(s.isOnline(), 20000);
    auto desk = world->openModerationDesk();
    QVERIFY2(desk, desk ? "" : qPrintable(desk.error().detail));

    // ---- 1. The stranger's request: right-click a message, Report, Submit.
    const QString alex = world->coveIdOf(Cast::Alex);
    QTRY_VERIFY_WITH_TIMEOUT(requestFrom(window, alex) != 0, 20000);
    window.openConversation(requestFrom(window, alex));
    ui::ChatView *chat = window.chatView();
    QTRY_VERIFY_WITH_TIMEOUT(lastIncomingRow(chat) >= 0, 20000);
    QVERIFY(chat->findChild<QPushButton *>(QStringLiteral("reportRequest"))->isVisible());
    const int row = lastIncomingRow(chat);
    const storage::StoredMessage reported = chat->model().messageAt(row);
    QListView *list = chat->messageList();
    list->scrollTo(chat->model().index(row));
    const QPoint at = list->visualRect(chat->model().index(row)).center();
    bool clicked = false;
    QTimer::singleShot(50, this, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        QVERIFY(menu);
        auto *action = menu->findChild<QAction *>(QStringLiteral("reportMessageAction"));
        QVERIFY(action);
        menu->setActiveAction(action); // click 1: "Report…"
        QTest::keyClick(menu, Qt::Key_Return);
        clicked = true;
    });
    Q_EMIT list->customContextMenuRequested(at);
    QVERIFY(clicked);
    ui::ReportDialog *dialog = openReportDialog(chat);
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    // The defaults: the reported message and the ones before it, "something
    // else", not about a child; the preview names exactly what leaves.
    const protocol::ReportBundle previewed = dialog->report();
    QCOMPARE(previewed.category, QStringLiteral("other"));
    QVERIFY(!previewed.involvesChild);
    QCOMPARE(previewed.reportedId, alex);
    QCOMPARE(previewed.conversation, protocol::ConversationKind::Request);
    QVERIFY(previewed.messages.size() >= 1 && previewed.messages.size() <= 5);
    QCOMPARE(texts(previewed).at(qsizetype(previewed.reportedIndex)), reported.body);
    auto *preview = dialog->findChild<QPlainTextEdit *>(QStringLiteral("reportPreview"));
    for (const QString &t : texts(previewed))
        QVERIFY(preview->toPlainText().contains(t));
    auto *submit = dialog->findChild<QPushButton *>(QStringLiteral("submitReport"));
    QVERIFY(submit && submit->isEnabled());
    QTest::mouseClick(submit, Qt::LeftButton); // click 2: Submit
    QTRY_VERIFY(!dialog->isVisible());
    // The receipt shows the report's number once the relay acknowledged it.
    QLabel *number = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (number = window.findChild<QLabel *>(QStringLiteral("reportNumber"))) != nullptr, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(number->text().contains(QStringLiteral("R-")), 20000);
    QVERIFY(!window.findChild<QLabel *>(QStringLiteral("childHelp")));
    auto *receipt = qobject_cast<QDialog *>(number->window());
    QVERIFY(receipt);
    receipt->accept(); // OK

    // The intake has it, verified, with exactly the previewed messages.
    auto queue = (*desk)->queue();
    QVERIFY(queue);
    QCOMPARE(queue->size(), 1);
    QCOMPARE(queue->at(0).reportedId, alex);
    QCOMPARE(queue->at(0).category, QStringLiteral("other"));
    QCOMPARE(queue->at(0).verifiedReports, 1);
    auto alexCase = (*desk)->show(queue->at(0).id);
    QVERIFY(alexCase);
    QCOMPARE(alexCase->reports.size(), 1);
    const relay::ReportDetails &arrived = alexCase->reports.at(0);
    QVERIFY(arrived.reportedVerified);
    QCOMPARE(arrived.reporterId, s.account().coveId());
    QCOMPARE(arrived.messages.size(), previewed.messages.size());
    for (qsizetype i = 0; i < arrived.messages.size(); ++i) {
        const relay::MessageEvidence &m = arrived.messages.at(i);
        QCOMPARE(m.text, texts(previewed).at(i));
        QCOMPARE(m.senderId, previewed.messages.at(i).senderId);
        QCOMPARE(m.verification, m.senderId == alex ? protocol::Verification::Verified
                                                    : protocol::Verification::OwnMessage);
    }

    // ---- 2. By keyboard alone, in Arabic, "involves a child": the Prize
    // Desk's request. Its report goes to the top though it is newer.
    QVERIFY(ui::Language::apply(QStringLiteral("ar")));
    const QString prize = world->coveIdOf(Cast::PrizeDesk);
    QTRY_VERIFY_WITH_TIMEOUT(requestFrom(window, prize) != 0, 20000);
    window.openConversation(requestFrom(window, prize));
    QTRY_VERIFY_WITH_TIMEOUT(lastIncomingRow(chat) >= 0, 20000);
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    list->setFocus();
    QTest::keyClick(list, Qt::Key_End); // select the newest message
    QVERIFY(list->currentIndex().isValid());
    QTest::keyClick(list, Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    dialog = nullptr;
    QTRY_VERIFY((dialog = openReportDialog(chat)) != nullptr && dialog->isVisible());
    // A new dialog is the active window (offscreen, activation can lag
    // behind the main window's own).
    dialog->activateWindow();
    QTRY_COMPARE(QApplication::activeWindow(), dialog);
    QCOMPARE(dialog->layoutDirection(), Qt::RightToLeft);
    QVERIFY(!dialog->windowTitle().startsWith(QStringLiteral("Report")));
    auto *categories = dialog->findChild<QListWidget *>(QStringLiteral("reportCategories"));
    auto *child = dialog->findChild<QCheckBox *>(QStringLiteral("involvesChild"));
    QVERIFY(categories && child);
    QVERIFY(tabTo(dialog, categories));
    QTest::keyClick(categories, Qt::Key_Home); // the first: a child's sexual exploitation
    QCOMPARE(dialog->report().category, QStringLiteral("child_exploitation"));
    QVERIFY(tabTo(dialog, child));
    QTest::keyClick(child, Qt::Key_Space);
    QVERIFY(child->isChecked());
    QVERIFY(dialog->report().involvesChild);
    QTest::keyClick(child, Qt::Key_Return); // the default button: Submit
    QTRY_VERIFY(!dialog->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(window.findChild<QLabel *>(QStringLiteral("childHelp")) != nullptr,
                             5000);
    QTRY_VERIFY_WITH_TIMEOUT((*desk)->queue()->size() == 2, 20000);
    queue = (*desk)->queue();
    QCOMPARE(queue->at(0).reportedId, prize);
    QVERIFY(queue->at(0).involvesChild);
    QCOMPARE(queue->at(1).reportedId, alex);
    ui::Language::apply(QStringLiteral("en"));

    // A group reported from its header: about its newest message from
    // someone else, and that person.
    auto group = s.messenger().groupConversation(world->groupId());
    QVERIFY(group);
    auto groupDraft = s.reports().draftForConversation(group->id);
    QVERIFY(groupDraft);
    QCOMPARE(groupDraft->kind, protocol::ConversationKind::Group);
    QVERIFY(groupDraft->reportedId == world->coveIdOf(Cast::Sam) ||
            groupDraft->reportedId == world->coveIdOf(Cast::Maya));
    QVERIFY(!groupDraft->selected.isEmpty());

    // ---- 3. The moderation desk decides; both sides hear of it; the banned
    // account appeals, and a person restores it.
    QSignalSpy log(world.get(), &app::demo::DemoWorld::scriptEvent);
    const auto logged = [&](const QString &needle) {
        for (const QList<QVariant> &line : std::as_const(log))
            if (line.at(0).toString().contains(needle))
                return true;
        return false;
    };
    desktop::ModerationDeskWindow deskWindow(std::move(*desk));
    deskWindow.show();
    QTRY_COMPARE(deskWindow.queue()->count(), 2);
    deskWindow.queue()->setCurrentRow(0);
    QVERIFY(deskWindow.details()->toPlainText().contains(QStringLiteral("verified")));
    QTest::keyClicks(deskWindow.reason(), QStringLiteral("Asked a child for photos"));
    QTest::mouseClick(deskWindow.button(QStringLiteral("ban")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(logged(QStringLiteral("Prize Desk was banned by moderation. Reason: "
                                                   "Asked a child for photos")),
                             20000);
    QTRY_VERIFY_WITH_TIMEOUT(logged(QStringLiteral("Prize Desk asked for a review")), 20000);
    // The queue: Alex's case and the Prize Desk's appeal.
    const auto rowStarting = [&](const QString &prefix) {
        for (int i = 0; i < deskWindow.queue()->count(); ++i)
            if (deskWindow.queue()->item(i)->text().contains(prefix))
                return i;
        return -1;
    };
    QTRY_VERIFY_WITH_TIMEOUT(rowStarting(QStringLiteral("Appeal of")) >= 0, 5000);
    deskWindow.queue()->setCurrentRow(rowStarting(QStringLiteral("Something else")));
    QVERIFY(deskWindow.queue()->currentRow() >= 0);
    QTest::keyClicks(deskWindow.reason(), QStringLiteral("Not enough to act on"));
    QTest::mouseClick(deskWindow.button(QStringLiteral("dismiss")), Qt::LeftButton);
    QTRY_COMPARE(deskWindow.queue()->count(), 1);
    deskWindow.queue()->setCurrentRow(rowStarting(QStringLiteral("Appeal of")));
    QVERIFY(deskWindow.button(QStringLiteral("restore"))->isEnabled());
    QVERIFY(!deskWindow.button(QStringLiteral("ban"))->isEnabled());
    QTest::keyClicks(deskWindow.reason(), QStringLiteral("The photos were of a product"));
    QTest::mouseClick(deskWindow.button(QStringLiteral("restore")), Qt::LeftButton);
    QTRY_COMPARE(deskWindow.queue()->count(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(logged(QStringLiteral("Prize Desk's account was restored")), 20000);

    const auto statusOf = [&](const QString &reportedId) {
        auto reports = s.reports().reports();
        for (const storage::StoredReport &r : *reports)
            if (r.reportedId == reportedId)
                return r;
        return storage::StoredReport{};
    };
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(prize).status, storage::ReportStatus::ActionTaken, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(alex).status, storage::ReportStatus::NoAction, 20000);

    // ---- 4. The reporter asks for "no action" to be reviewed: it is back
    // in the queue, marked.
    ui::ReportsDialog mine(s, &window);
    mine.show();
    auto *reportList = mine.findChild<QTreeWidget *>(QStringLiteral("reportList"));
    auto *askReview = mine.findChild<QPushButton *>(QStringLiteral("askReview"));
    QVERIFY(reportList && askReview);
    QCOMPARE(reportList->topLevelItemCount(), 2);
    QTreeWidgetItem *noAction = nullptr;
    for (int i = 0; i < reportList->topLevelItemCount(); ++i)
        if (reportList->topLevelItem(i)->text(3) == QStringLiteral("No action taken"))
            noAction = reportList->topLevelItem(i);
    QVERIFY(noAction);
    reportList->setFocus();
    reportList->setCurrentItem(noAction);
    QVERIFY(askReview->isEnabled());
    QTest::mouseClick(askReview, Qt::LeftButton);
    auto *message = mine.findChild<QLabel *>(QStringLiteral("reviewMessage"));
    QTRY_VERIFY_WITH_TIMEOUT(message->text().startsWith(QStringLiteral("Review requested")), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(alex).status, storage::ReportStatus::ReviewRequested, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(deskWindow.queue()->count(), 1, 5000);
    QVERIFY(deskWindow.queue()->item(0)->text().contains(QStringLiteral("review requested")));
}

void TestReporting::blockInOneTapAndUnblockInSettings()
{
    std::optional<Demo> demo = startDemo();
    QVERIFY(demo);
    const std::unique_ptr<app::demo::DemoWorld> &world = demo->world;
    app::Session &s = *demo->session;
    ui::MainWindow window(s);
    window.resize(1100, 760);
    window.show();
    s.start();
    QTRY_VERIFY_WITH_TIMEOUT(s.isOnline(), 20000);

    // The stranger's request: Block is one tap; the request is gone and
    // what Alex sends next never shows.
    const QString alex = world->coveIdOf(Cast::Alex);
    QTRY_VERIFY_WITH_TIMEOUT(requestFrom(window, alex) != 0, 20000);
    window.openConversation(requestFrom(window, alex));
    ui::ChatView *chat = window.chatView();
    auto *block = chat->findChild<QPushButton *>(QStringLiteral("blockRequest"));
    QVERIFY(block && block->isVisible());
    QTest::mouseClick(block, Qt::LeftButton);
    QTRY_COMPARE(requestFrom(window, alex), qint64(0));
    QCOMPARE(chat->conversationId(), qint64(0));
    QCOMPARE(*s.messenger().isBlocked(alex), true);

    // Maya, a contact: Block in the header asks first; then the composer
    // says she is blocked and the button offers Unblock.
    const QString maya = world->coveIdOf(Cast::Maya);
    auto mayaChat = s.messenger().directConversation(maya);
    QVERIFY(mayaChat);
    window.openConversation(mayaChat->id);
    auto *header = chat->findChild<QToolButton *>(QStringLiteral("blockButton"));
    QVERIFY(header && header->isVisible());
    QCOMPARE(header->text(), QStringLiteral("Block"));
    QTimer::singleShot(0, this, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->button(QMessageBox::Yes)->click();
    });
    QTest::mouseClick(header, Qt::LeftButton);
    QTRY_COMPARE(header->text(), QStringLiteral("Unblock"));
    QCOMPARE(*s.messenger().isBlocked(maya), true);
    auto *text = chat->findChild<QPlainTextEdit *>(QStringLiteral("composerText"));
    QVERIFY(text && !text->isVisible());

    // Settings lists both; Unblock there lets Maya in again.
    ui::SettingsDialog settings(s, &window);
    settings.show();
    auto *list = settings.findChild<QListWidget *>(QStringLiteral("blockedList"));
    auto *unblock = settings.findChild<QPushButton *>(QStringLiteral("unblockButton"));
    QVERIFY(list && unblock);
    QCOMPARE(list->count(), 2);
    QListWidgetItem *mayaRow = nullptr;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->data(Qt::UserRole).toString() == maya)
            mayaRow = list->item(i);
    QVERIFY(mayaRow);
    list->setCurrentItem(mayaRow);
    QVERIFY(unblock->isEnabled());
    QTest::mouseClick(unblock, Qt::LeftButton);
    QTRY_COMPARE(list->count(), 1);
    QCOMPARE(*s.messenger().isBlocked(maya), false);
    QTRY_COMPARE(header->text(), QStringLiteral("Block"));
    QVERIFY(text->isVisible());
}

void TestReporting::forwardedManyTimesGoesToOneChat()
{
    std::optional<Demo> demo = startDemo();
    QVERIFY(demo);
    const std::unique_ptr<app::demo::DemoWorld> &world = demo->world;
    app::Session &s = *demo->session;
    s.start();
    QTRY_VERIFY_WITH_TIMEOUT(s.isOnline(), 20000);

    // Sam's rumour in the group arrived forwarded many times.
    auto group = s.messenger().groupConversation(world->groupId());
    QVERIFY(group);
    storage::MessageRepository messages(s.account().db());
    const auto rumour = [&]() -> std::optional<storage::StoredMessage> {
        auto page = messages.newestPage(group->id, 50);
        for (const storage::StoredMessage &m : page->messages)
            if (m.forwardCount >= 5)
                return m;
        return std::nullopt;
    };
    QTRY_VERIFY_WITH_TIMEOUT(rumour().has_value(), 20000);
    const storage::StoredMessage viral = *rumour();

    ui::ForwardDialog dialog(s, viral.rowId);
    dialog.show();
    auto *hint = dialog.findChild<QLabel *>(QStringLiteral("forwardHint"));
    QVERIFY(hint->text().contains(QStringLiteral("one chat at a time")));
    QListWidget *chats = dialog.chats();
    QVERIFY(chats->count() >= 2);
    chats->item(0)->setCheckState(Qt::Checked);
    chats->item(1)->setCheckState(Qt::Checked); // refused: one chat only
    QCOMPARE(chats->item(1)->checkState(), Qt::Unchecked);
    QCOMPARE(dialog.chosen().size(), 1);
    const qint64 target = dialog.chosen().constFirst();
    const qint64 before = messages.count(target).value();
    auto *forward = dialog.findChild<QPushButton *>(QStringLiteral("forwardButton"));
    QVERIFY(forward && forward->isEnabled());
    QTest::mouseClick(forward, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(messages.count(target).value(), before + 1);
    const auto sent = messages.newestPage(target, 1)->messages.constFirst();
    QCOMPARE(sent.body, viral.body);
    QCOMPARE(sent.forwardCount, viral.forwardCount + 1);
}

void TestReporting::reportAllRequestsAtOnce()
{
    std::optional<Demo> demo = startDemo();
    QVERIFY(demo);
    const std::unique_ptr<app::demo::DemoWorld> &world = demo->world;
    app::Session &s = *demo->session;
    ui::MainWindow window(s);
    window.resize(1100, 760);
    window.show();
    s.start();
    QTRY_VERIFY_WITH_TIMEOUT(s.isOnline(), 20000);
    const QString alex = world->coveIdOf(Cast::Alex);
    const QString prize = world->coveIdOf(Cast::PrizeDesk);
    QTRY_VERIFY_WITH_TIMEOUT(requestFrom(window, alex) != 0 && requestFrom(window, prize) != 0,
                             20000);
    window.showRequests(true);
    auto *reportAll = window.findChild<QPushButton *>(QStringLiteral("reportAllRequests"));
    QVERIFY(reportAll && reportAll->isVisible());
    // The sheet: one category for all (spam preselected), "also block" on.
    QTimer::singleShot(0, this, [] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QCOMPARE(dialog->objectName(), QStringLiteral("reportAllDialog"));
        auto *block = dialog->findChild<QCheckBox *>(QStringLiteral("reportAllBlock"));
        auto *category = dialog->findChild<QComboBox *>(QStringLiteral("reportAllCategory"));
        QVERIFY(block && block->isChecked());
        QCOMPARE(category->currentData().toString(), QStringLiteral("spam"));
        dialog->findChild<QPushButton *>(QStringLiteral("reportAllButton"))->click();
    });
    QTest::mouseClick(reportAll, Qt::LeftButton);
    QCOMPARE(window.requests().rowCount(), 0);
    QVERIFY(!window.showingRequests());
    QCOMPARE(*s.messenger().isBlocked(alex), true);
    QCOMPARE(*s.messenger().isBlocked(prize), true);
    auto desk = world->openModerationDesk();
    QVERIFY(desk);
    QTRY_COMPARE_WITH_TIMEOUT((*desk)->queue()->size(), 2, 20000);
    const auto queue = (*desk)->queue();
    QVERIFY(queue);
    for (const relay::QueueItem &item : *queue) {
        QCOMPARE(item.category, QStringLiteral("spam"));
        QCOMPARE(item.verifiedReports, 1);
        QVERIFY(item.reportedId == alex || item.reportedId == prize);
    }
}

void TestReporting::strangerNoticesAndContactsOnly()
{
    std::optional<Demo> demo = startDemo();
    QVERIFY(demo);
    const std::unique_ptr<app::demo::DemoWorld> &world = demo->world;
    app::Session &s = *demo->session;
    ui::MainWindow window(s);
    window.resize(1100, 760);
    window.show();
    s.start();
    QTRY_VERIFY_WITH_TIMEOUT(s.isOnline(), 20000);
    ui::ChatView *chat = window.chatView();

    // Alex's request: the bar states the relay's facts; no notice yet.
    const QString alex = world->coveIdOf(Cast::Alex);
    QTRY_VERIFY_WITH_TIMEOUT(requestFrom(window, alex) != 0, 20000);
    const qint64 alexChat = requestFrom(window, alex);
    window.openConversation(alexChat);
    auto *requestFacts = chat->findChild<QLabel *>(QStringLiteral("requestFacts"));
    auto *notice = chat->findChild<QFrame *>(QStringLiteral("safetyNotice"));
    auto *noticeText = chat->findChild<QLabel *>(QStringLiteral("safetyNoticeText"));
    QVERIFY(requestFacts && notice && noticeText);
    QVERIFY(requestFacts->isVisible());
    QVERIFY(requestFacts->text().contains(QStringLiteral("not in your contacts")));
    QVERIFY(requestFacts->text().contains(QStringLiteral("account")));
    QVERIFY(!notice->isVisible());

    // Accepted: the chat opens with a notice about a stranger, with Block,
    // Report and "I know this person"; an adult can dismiss it for good.
    QTest::mouseClick(chat->findChild<QPushButton *>(QStringLiteral("acceptRequest")),
                      Qt::LeftButton);
    QTRY_VERIFY(notice->isVisible());
    QVERIFY(!requestFacts->isVisible());
    QVERIFY2(noticeText->text().contains(QStringLiteral("is not in your contacts")),
             qPrintable(noticeText->text()));
    for (const char *name : {"noticeBlock", "noticeReport", "knowPerson", "dismissNotice"}) {
        QWidget *button = chat->findChild<QWidget *>(QLatin1String(name));
        QVERIFY2(button && button->isVisible(), name);
    }
    QTest::mouseClick(chat->findChild<QToolButton *>(QStringLiteral("dismissNotice")),
                      Qt::LeftButton);
    QTRY_VERIFY(!notice->isVisible());
    window.openConversation(0);
    window.openConversation(alexChat);
    QVERIFY(!notice->isVisible()); // dismissed stays dismissed

    // The Prize Desk wrote to many strangers: its notice says so, and "I
    // know this person" makes it a contact, which ends the notices.
    const QString desk = world->coveIdOf(Cast::PrizeDesk);
    QTRY_VERIFY_WITH_TIMEOUT(requestFrom(window, desk) != 0, 20000);
    const qint64 deskChat = requestFrom(window, desk);
    window.openConversation(deskChat);
    QTest::mouseClick(chat->findChild<QPushButton *>(QStringLiteral("acceptRequest")),
                      Qt::LeftButton);
    QTRY_VERIFY(notice->isVisible());
    QVERIFY2(noticeText->text().contains(QStringLiteral("many people")),
             qPrintable(noticeText->text()));
    const QImage shot = window.grab().toImage();
    QVERIFY(!shot.isNull());
    if (const QByteArray dir = qgetenv("COVE_SCREENSHOTS"); !dir.isEmpty())
        shot.save(QString::fromLocal8Bit(dir) + QStringLiteral("/stranger-notice.png"));
    QTest::mouseClick(chat->findChild<QPushButton *>(QStringLiteral("knowPerson")), Qt::LeftButton);
    QTRY_VERIFY(!notice->isVisible());
    storage::ContactRepository contacts(s.account().db());
    QVERIFY(contacts.find(desk)->has_value());

    // Alex's group: listed as an invitation, and opening it shows the
    // overview, not the group's messages, until Join.
    qint64 groupId = 0;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            app::ConversationListModel &chats = window.chats();
            for (int row = 0; row < chats.rowCount(); ++row) {
                const QModelIndex index = chats.index(row);
                if (index.data(app::ConversationListModel::PreviewRole).toString() ==
                    QStringLiteral("Group invitation"))
                    groupId = index.data(app::ConversationListModel::IdRole).toLongLong();
            }
            return groupId != 0;
        }(),
        20000);
    window.openConversation(groupId);
    auto *overview = chat->findChild<QFrame *>(QStringLiteral("groupInvitation"));
    auto *overviewText = chat->findChild<QLabel *>(QStringLiteral("groupInvitationText"));
    QVERIFY(overview && overviewText);
    QVERIFY(overview->isVisible());
    QVERIFY(!chat->messageList()->isVisible());
    QVERIFY2(overviewText->text().contains(QStringLiteral("is not in your contacts")),
             qPrintable(overviewText->text()));
    QVERIFY2(overviewText->text().contains(QStringLiteral("2 member")),
             qPrintable(overviewText->text()));
    // What the inviter claims about the group is marked as a claim.
    QVERIFY2(overviewText->text().contains(QStringLiteral("Cove cannot check it")),
             qPrintable(overviewText->text()));
    for (const char *name : {"joinGroup", "declineGroup", "blockInviter", "reportInvitation"})
        QVERIFY2(chat->findChild<QPushButton *>(QLatin1String(name))->isVisible(), name);
    if (const QByteArray dir = qgetenv("COVE_SCREENSHOTS"); !dir.isEmpty()) {
        QTest::qWait(500); // the list's reload
        window.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/group-invitation.png"));
    }
    QTest::mouseClick(chat->findChild<QPushButton *>(QStringLiteral("joinGroup")), Qt::LeftButton);
    QTRY_VERIFY(!overview->isVisible());
    QVERIFY(chat->messageList()->isVisible());
    QTRY_VERIFY(chat->model().rowCount() > 0);

    // Settings: "Only my contacts" reaches the relay.
    ui::SettingsDialog settings(s, &window);
    settings.show();
    auto *who = settings.findChild<QComboBox *>(QStringLiteral("whoCanMessageBox"));
    QVERIFY(who && who->isVisible());
    QCOMPARE(who->currentIndex(), 0);
    QVERIFY(!s.messenger().reachability().contactsOnly());
    who->setCurrentIndex(1);
    Q_EMIT who->activated(1);
    QVERIFY(s.messenger().reachability().contactsOnly());
    QTRY_VERIFY_WITH_TIMEOUT(s.messenger().reachability().isSynced(), 20000);
}

void TestReporting::groupMembersAndAdminPowers()
{
    std::optional<Demo> demo = startDemo();
    QVERIFY(demo);
    const std::unique_ptr<app::demo::DemoWorld> &world = demo->world;
    app::Session &s = *demo->session;
    ui::MainWindow window(s);
    window.resize(1100, 760);
    window.show();
    s.start();
    QTRY_VERIFY_WITH_TIMEOUT(s.isOnline(), 20000);
    const QString sam = world->coveIdOf(Cast::Sam);
    const QString maya = world->coveIdOf(Cast::Maya);

    // Maya's group: the tester is a member, not an admin. Reporting a chosen
    // member is one click; admin powers are not offered.
    storage::ConversationRepository repo(s.account().db());
    qint64 hike = 0;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            auto list = repo.list(storage::ConversationState::Normal);
            for (const storage::Conversation &c : *list)
                if (c.kind == storage::ConversationKind::Group)
                    if (auto m = s.messenger().groupInvitation(c.id);
                        m && !m->has_value() && repo.roleOf(c.id, sam)->has_value())
                        hike = c.id;
            return hike != 0;
        }(),
        20000);
    window.openConversation(hike);
    auto *info = new ui::GroupInfoDialog(s, hike, &window);
    info->setAttribute(Qt::WA_DeleteOnClose);
    info->show();
    auto *members = info->findChild<QListWidget *>(QStringLiteral("groupMembers"));
    QVERIFY(members);
    QCOMPARE(members->count(), 3);
    QVERIFY(!info->findChild<QPushButton *>(QStringLiteral("addMember"))->isVisible());
    QVERIFY(!info->findChild<QCheckBox *>(QStringLiteral("onlyAdminsSend"))->isEnabled());
    for (int i = 0; i < members->count(); ++i)
        if (members->item(i)->data(Qt::UserRole).toString() == sam)
            members->setCurrentRow(i);
    auto *report = info->findChild<QPushButton *>(QStringLiteral("reportMember"));
    QVERIFY(report->isEnabled());
    QTest::mouseClick(report, Qt::LeftButton);
    ui::ReportDialog *sheet = nullptr;
    QTRY_VERIFY((sheet = openReportDialog(info)) != nullptr);
    QCOMPARE(sheet->report().reportedId, sam);
    sheet->reject();
    info->close();

    // A group of the tester's own: admin powers, and "only admins send"
    // reaches the other member, whose app then refuses to send.
    auto own = s.messenger().createGroup(QStringLiteral("Climbing"), {maya});
    QVERIFY(own);
    auto *mine = new ui::GroupInfoDialog(s, own->id, &window);
    mine->setAttribute(Qt::WA_DeleteOnClose);
    mine->show();
    QVERIFY(mine->findChild<QPushButton *>(QStringLiteral("addMember"))->isVisible());
    auto *onlyAdmins = mine->findChild<QCheckBox *>(QStringLiteral("onlyAdminsSend"));
    QVERIFY(onlyAdmins->isEnabled() && !onlyAdmins->isChecked());
    onlyAdmins->click(); // (a mouse click in its middle can miss its short label)
    QTRY_VERIFY(onlyAdmins->isChecked());
    QCOMPARE(*s.messenger().groupPermissions(own->id),
             quint8(protocol::GroupUpdate::OnlyAdminsSend));

    // An invite link that needs the admin's approval; someone asks with it
    // and is let in from the same panel.
    auto *linkOn = mine->findChild<QCheckBox *>(QStringLiteral("inviteLinkOn"));
    auto *approval = mine->findChild<QCheckBox *>(QStringLiteral("inviteLinkApproval"));
    auto *linkText = mine->findChild<QLineEdit *>(QStringLiteral("inviteLink"));
    QVERIFY(linkOn && approval && linkText);
    QVERIFY(linkText->text().isEmpty() && !approval->isEnabled());
    linkOn->click();
    QTRY_VERIFY(linkText->text().startsWith(QStringLiteral("cove://group/")));
    approval->click();
    QTRY_VERIFY(approval->isChecked());
    QVERIFY(s.messenger().inviteLink(own->id)->approval);
    QTemporaryDir visitorDir;
    auto visitorAccount =
        app::Account::create(visitorDir.filePath(QStringLiteral("v")), QStringLiteral("passphrase"),
                             QStringLiteral("Visitor"), storage::KdfParams::cheapForTests());
    QVERIFY(visitorAccount);
    app::RelayClient::Options options;
    options.url = world->relayUrl();
    app::RelayClient visitorRelay(**visitorAccount, options);
    app::Messenger visitor(**visitorAccount, visitorRelay);
    visitorRelay.start();
    QTRY_VERIFY_WITH_TIMEOUT(visitorRelay.isReady(), 20000);
    QVERIFY(visitor.joinByLink(linkText->text()));
    auto *requests = mine->findChild<QListWidget *>(QStringLiteral("joinRequests"));
    QTRY_COMPARE_WITH_TIMEOUT(requests->count(), 1, 20000);
    QVERIFY(requests->isVisible());
    // Who asked, with what the relay knows about a first contact.
    QVERIFY(
        requests->item(0)->text().contains(protocol::displayCoveId((*visitorAccount)->coveId())));
    QVERIFY2(requests->item(0)->text().contains(QStringLiteral("less than a day")),
             qPrintable(requests->item(0)->text()));
    if (const QByteArray dir = qgetenv("COVE_SCREENSHOTS"); !dir.isEmpty())
        mine->grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/group-info.png"));
    auto *letIn = mine->findChild<QPushButton *>(QStringLiteral("approveJoin"));
    QVERIFY(!letIn->isEnabled());
    requests->setCurrentRow(0);
    QVERIFY(letIn->isEnabled());
    QTest::mouseClick(letIn, Qt::LeftButton);
    QTRY_VERIFY(!requests->isVisible());
    QTRY_COMPARE(mine->findChild<QListWidget *>(QStringLiteral("groupMembers"))->count(), 3);
    QTRY_VERIFY_WITH_TIMEOUT(visitor.groupConversation(own->groupId).ok(), 20000);
    mine->close();
}

void TestReporting::disappearingMessagesFromTheHeader()
{
    QVERIFY(ui::Language::apply(QStringLiteral("en"))); // English plurals
    std::optional<Demo> demo = startDemo();
    QVERIFY(demo);
    app::Session &s = *demo->session;
    ui::MainWindow window(s);
    window.resize(1100, 760);
    window.show();
    s.start();
    const QString maya = demo->world->coveIdOf(Cast::Maya);
    auto chat = s.messenger().directConversation(maya);
    QVERIFY(chat);
    window.openConversation(chat->id);
    auto *timer = window.findChild<QToolButton *>(QStringLiteral("timerButton"));
    QVERIFY(timer && timer->isVisible());
    QVERIFY(timer->toolTip().contains(QStringLiteral("Off")));
    QAction *day = nullptr;
    for (QAction *a : timer->menu()->actions())
        if (a->data().toUInt() == 86400)
            day = a;
    QVERIFY(day);
    QCOMPARE(day->text(), QStringLiteral("1 day"));
    day->trigger();
    QCOMPARE(s.messenger().conversation(chat->id)->expireTimerSeconds,
             std::optional<quint32>(86400));
    QTRY_VERIFY(timer->text().contains(QStringLiteral("1 day")));
    QVERIFY(day->isChecked());

    // The default for new chats, from Settings.
    ui::SettingsDialog settings(s, &window);
    auto *box = settings.findChild<QComboBox *>(QStringLiteral("defaultTimerBox"));
    QVERIFY(box);
    QCOMPARE(box->currentText(), QStringLiteral("Off"));
    const int week = box->findData(7u * 24 * 3600);
    QVERIFY(week > 0);
    QCOMPARE(box->itemText(week), QStringLiteral("1 week"));
    box->setCurrentIndex(week);
    Q_EMIT box->activated(week);
    QCOMPARE(s.messenger().defaultExpireTimer(), std::optional<quint32>(7u * 24 * 3600));
}

void TestReporting::contactInfoPanel()
{
    QVERIFY(ui::Language::apply(QStringLiteral("en")));
    std::optional<Demo> demo = startDemo();
    QVERIFY(demo);
    app::Session &s = *demo->session;
    s.start();
    QTRY_VERIFY_WITH_TIMEOUT(s.isOnline(), 20000);
    const QString maya = demo->world->coveIdOf(Cast::Maya);
    auto chat = s.messenger().directConversation(maya);
    QVERIFY(chat);
    // The demo's group with Maya is there once its invitation came in.
    QTRY_VERIFY_WITH_TIMEOUT(!s.messenger().groupsWith(maya)->isEmpty(), 20000);
    ui::ContactInfoDialog info(s, chat->id);
    info.show();
    auto *name = info.findChild<QLineEdit *>(QStringLiteral("contactName"));
    auto *save = info.findChild<QPushButton *>(QStringLiteral("saveContactName"));
    auto *safety = info.findChild<QLabel *>(QStringLiteral("safetyState"));
    auto *groups = info.findChild<QListWidget *>(QStringLiteral("sharedGroups"));
    auto *block = info.findChild<QPushButton *>(QStringLiteral("blockContact"));
    QVERIFY(name && save && safety && groups && block);
    QCOMPARE(name->text(), QStringLiteral("Maya"));
    QCOMPARE(save->text(), QStringLiteral("Rename"));
    QCOMPARE(safety->text(), QStringLiteral("Not verified"));
    QVERIFY(groups->findItems(QStringLiteral("Weekend hike"), Qt::MatchExactly).size() == 1);
    // Renaming changes the name everywhere it shows.
    name->setText(QStringLiteral("Maya R."));
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE((*s.messenger().contact(maya))->displayName, QStringLiteral("Maya R."));
    QCOMPARE(info.windowTitle(), QStringLiteral("Maya R."));
    // Block (after a question) and unblock from here.
    QCOMPARE(block->text(), QStringLiteral("Block"));
    QTimer::singleShot(0, this, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->button(QMessageBox::Yes)->click();
    });
    QTest::mouseClick(block, Qt::LeftButton);
    QVERIFY(*s.messenger().isBlocked(maya));
    QCOMPARE(block->text(), QStringLiteral("Unblock"));
    QTest::mouseClick(block, Qt::LeftButton);
    QVERIFY(!*s.messenger().isBlocked(maya));
}

QTEST_MAIN(TestReporting)
void TestReporting::hostileTextStaysInert()
{
    QVERIFY(ui::Language::apply(QStringLiteral("en")));
    std::optional<Demo> demo = startDemo();
    QVERIFY(demo);
    app::Session &s = *demo->session;
    ui::MainWindow window(s);
    window.resize(1100, 760);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    s.start();
    QTRY_VERIFY_WITH_TIMEOUT(s.isOnline(), 20000);

    // A stranger with a real client on the demo's relay, sending what an
    // attacker would: markup, script, local and network links, bidi
    // overrides, a line longer than any window, and a file whose name climbs
    // out of the Downloads folder and hides its extension.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto account =
        app::Account::create(dir.filePath(QStringLiteral("mallory")), QStringLiteral("passphrase"),
                             QStringLiteral("Mallory"), storage::KdfParams::cheapForTests());
    QVERIFY(account);
    app::RelayClient::Options options;
    options.url = demo->world->relayUrl();
    app::RelayClient relay(**account, options);
    app::Messenger mallory(**account, relay);
    const QString malloryId = (*account)->coveId();
    relay.start();
    QTRY_VERIFY_WITH_TIMEOUT(relay.isReady(), 20000);

    const QString markup = QStringLiteral("<b>Hostile</b>");
    const QString body =
        markup +
        QStringLiteral("<script>alert(1)</script> <a href=\"file:///etc/passwd\">open</a> "
                       "smb://attacker/share <img src=\"https://attacker.example/t.png\"> ") +
        QChar(0x202E) + QStringLiteral("txt.exe ") + QString(20000, QLatin1Char('W'));
    const QString fileName = QStringLiteral("../../.config/autostart/evil") + QChar(0x202E) +
                             QStringLiteral("gpj.desktop");
    const QString safeName = QStringLiteral("evilgpj.desktop");
    const QString tester = s.account().coveId();
    auto toTester = mallory.directConversation(tester);
    QVERIFY(toTester);
    std::optional<app::AppResult<qint64>> sent;
    mallory.sendFileData(toTester->id, body, {{fileName, QByteArray("[Desktop Entry]\n")}},
                         [&](const app::AppResult<qint64> &r) { sent = r; });
    QTRY_VERIFY_WITH_TIMEOUT(sent.has_value(), 20000);
    QVERIFY2(sent->ok(), sent->ok() ? "" : qPrintable(sent->error().detail));
    const QString groupName = markup + QStringLiteral("<img src=\"file:///etc/passwd\">");
    auto created = mallory.createGroup(groupName, {tester});
    QVERIFY(created);

    // The request opens; the text is exactly what was sent, drawn as text,
    // and the long line stays inside the window.
    QTRY_VERIFY_WITH_TIMEOUT(requestFrom(window, malloryId) != 0, 20000);
    const qint64 request = requestFrom(window, malloryId);
    window.openConversation(request);
    ui::ChatView *chat = window.chatView();
    QTRY_VERIFY_WITH_TIMEOUT(lastIncomingRow(chat) >= 0, 20000);
    const int row = lastIncomingRow(chat);
    QCOMPARE(chat->model().messageAt(row).body, body);
    QListView *list = chat->messageList();
    QVERIFY(list->visualRect(chat->model().index(row)).width() <= list->viewport()->width());
    QVERIFY2(labelsReadingMarkup(markup).isEmpty(),
             qPrintable(labelsReadingMarkup(markup).join(u'\n')));

    // The group invitation from the same stranger, its panel included.
    QTRY_VERIFY_WITH_TIMEOUT(s.messenger().groupConversation(created->groupId).ok(), 20000);
    const qint64 group = s.messenger().groupConversation(created->groupId)->id;
    window.openConversation(group);
    QVERIFY2(labelsReadingMarkup(markup).isEmpty(),
             qPrintable(labelsReadingMarkup(markup).join(u'\n')));
    {
        ui::GroupInfoDialog info(s, group);
        info.show();
        QVERIFY2(labelsReadingMarkup(markup).isEmpty(),
                 qPrintable(labelsReadingMarkup(markup).join(u'\n')));
    }

    // Accepted, the file arrives; saving it offers only its safe name,
    // inside Downloads, and writes nothing anywhere else.
    window.openConversation(request);
    chat = window.chatView();
    auto *accept = chat->findChild<QPushButton *>(QStringLiteral("acceptRequest"));
    QVERIFY(accept && accept->isVisible());
    QTest::mouseClick(accept, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const storage::StoredMessage m = chat->model().messageAt(lastIncomingRow(chat));
            return !m.attachments.isEmpty() &&
                   m.attachments.first().state == storage::AttachmentState::Stored;
        }(),
        20000);
    // The dialog opens in Downloads only when it exists (a fresh CI home has none).
    const QString downloads = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    const bool made = !QFileInfo::exists(downloads) && QDir().mkpath(downloads);
    const auto forget = qScopeGuard([&] {
        if (made)
            QDir().rmdir(downloads);
    });
    QDir out(dir.filePath(QStringLiteral("saved")));
    QVERIFY(out.mkpath(QStringLiteral(".")));
    QString offered;
    QString menuText;
    QTimer fileDialog;
    fileDialog.setInterval(20);
    connect(&fileDialog, &QTimer::timeout, this, [&] {
        auto *d = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!d)
            return;
        fileDialog.stop();
        offered = d->selectedFiles().value(0);
        d->selectFile(out.filePath(QFileInfo(offered).fileName()));
        static_cast<QDialog *>(d)->accept();
    });
    QTimer::singleShot(50, this, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        QVERIFY(menu);
        for (QAction *a : menu->actions())
            if (a->text().startsWith(QStringLiteral("Save")))
                menuText = a->text(), menu->setActiveAction(a);
        if (menuText.isEmpty()) {
            menu->close();
            return;
        }
        fileDialog.start();
        QTest::keyClick(menu, Qt::Key_Return);
    });
    const QModelIndex index = chat->model().index(lastIncomingRow(chat));
    list = chat->messageList();
    list->scrollTo(index);
    Q_EMIT list->customContextMenuRequested(list->visualRect(index).center());
    QCOMPARE(menuText, QStringLiteral("Save “%1”…").arg(safeName));
    QTRY_VERIFY(!offered.isEmpty());
    QCOMPARE(QFileInfo(offered).fileName(), safeName);
    QCOMPARE(QFileInfo(offered).absolutePath(), QFileInfo(downloads).absoluteFilePath());
    QTRY_COMPARE(out.entryList(QDir::Files | QDir::Hidden), QStringList{safeName});
    QFile saved(out.filePath(safeName));
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), QByteArray("[Desktop Entry]\n"));
    relay.stop();
}

#include "tst_reporting.moc"
