// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "Account.h"
#include "AppSession.h"
#include "Bidi.h"
#include "ChatView.h"
#include "ContactInfoDialog.h"
#include "ConversationDelegate.h"
#include "ConversationListModel.h"
#include "CoveId.h"
#include "Dialogs.h"
#include "GroupInfoDialog.h"
#include "GuardedMode.h"
#include "InviteLink.h"
#include "MessageListModel.h"
#include "MessageSearchModel.h"
#include "Messages.h"
#include "Messenger.h"
#include "RelayClient.h"
#include "ReportDialog.h"
#include "Reports.h"
#include "SafeText.h"
#include "SafetyNumberDialog.h"
#include "Theme.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTime>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace cove::ui {

using ListModel = app::ConversationListModel;

MainWindow::MainWindow(app::Session &session, QWidget *parent)
    : QMainWindow(parent), m_session(session),
      m_chats(new ListModel(session.account(), session.messenger(),
                            storage::ConversationState::Normal, this)),
      m_requests(new ListModel(session.account(), session.messenger(),
                               storage::ConversationState::MessageRequest, this)),
      m_filter(new QSortFilterProxyModel(this)), m_me(new AvatarLabel(36)), m_myName(new QLabel),
      m_status(new QLabel), m_newChat(new QToolButton), m_search(new QLineEdit),
      m_requestsButton(new QPushButton), m_requestActions(new QWidget),
      m_blockAll(new QPushButton(m_requestActions)), m_reportAll(new QPushButton(m_requestActions)),
      m_list(new QListView),
      m_hitsModel(new app::MessageSearchModel(session.account(), session.messenger(), this)),
      m_hitsTitle(new QLabel), m_hits(new QListView), m_searchDelay(new QTimer(this)),
      m_right(new QStackedWidget), m_emptyTitle(new QLabel), m_emptyText(new QLabel),
      m_emptyId(new QLabel), m_emptyAdd(new QPushButton), m_chat(new ChatView(session))
{
    setObjectName(QStringLiteral("mainWindow"));
    // ---- the list side
    auto *side = new QWidget;
    side->setAutoFillBackground(true);
    side->setBackgroundRole(QPalette::Window);
    const QString myName = session.account().displayName();
    m_me->setPerson(myName, session.account().coveId());
    m_myName->setText(myName);
    QFont bold = m_myName->font();
    bold.setWeight(QFont::DemiBold);
    m_myName->setFont(bold);
    QPalette muted = m_status->palette();
    muted.setColor(QPalette::WindowText, Theme::mutedText());
    m_status->setPalette(muted);
    m_newChat->setIcon(Theme::icon(Theme::Icon::Compose));
    m_newChat->setIconSize(QSize(22, 22));
    m_newChat->setAutoRaise(true);
    m_newChat->setMinimumSize(34, 34);
    m_newChat->setPopupMode(QToolButton::InstantPopup);
    QFont big = m_newChat->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    m_newChat->setFont(big);
    auto *names = new QVBoxLayout;
    names->setSpacing(0);
    names->addWidget(m_myName);
    names->addWidget(m_status);
    auto *top = new QHBoxLayout;
    top->addWidget(m_me);
    top->addSpacing(4);
    top->addLayout(names, 1);
    top->addWidget(m_newChat);
    m_search->setObjectName(QStringLiteral("searchInput"));
    m_search->setClearButtonEnabled(true);
    m_requestsButton->setObjectName(QStringLiteral("requestsButton"));
    m_requestsButton->setFlat(true);
    m_requestsButton->setCursor(Qt::PointingHandCursor);
    m_filter->setSourceModel(m_chats);
    m_filter->setFilterRole(ListModel::TitleRole);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_list->setObjectName(QStringLiteral("conversationList"));
    m_list->setModel(m_filter);
    m_list->setItemDelegate(new ConversationDelegate(m_list));
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setMouseTracking(true);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    QPalette lp = m_list->palette();
    lp.setColor(QPalette::Base, lp.color(QPalette::Window));
    m_list->setPalette(lp);
    auto *sideBox = new QVBoxLayout(side);
    sideBox->setContentsMargins(10, 10, 4, 6);
    sideBox->setSpacing(6);
    sideBox->addLayout(top);
    sideBox->addWidget(m_search);
    m_helpButton = new QPushButton(side);
    m_helpButton->setObjectName(QStringLiteral("getHelpButton"));
    m_helpButton->setMinimumHeight(44);
    QPalette helpPalette = m_helpButton->palette();
    helpPalette.setColor(QPalette::Button, Theme::notice());
    helpPalette.setColor(QPalette::ButtonText, Theme::noticeText());
    m_helpButton->setPalette(helpPalette);
    QFont helpFont = m_helpButton->font();
    helpFont.setWeight(QFont::Bold);
    m_helpButton->setFont(helpFont);
    m_helpButton->hide();
    sideBox->addWidget(m_helpButton);
    m_sharingIndicator = new QLabel(side);
    m_sharingIndicator->setObjectName(QStringLiteral("mediaSharedIndicator"));
    m_sharingIndicator->setWordWrap(true);
    m_sharingIndicator->hide();
    sideBox->addWidget(m_sharingIndicator);
    sideBox->addWidget(m_requestsButton);
    m_blockAll->setObjectName(QStringLiteral("blockAllRequests"));
    m_reportAll->setObjectName(QStringLiteral("reportAllRequests"));
    auto *requestActions = new QHBoxLayout(m_requestActions);
    requestActions->setContentsMargins(8, 0, 8, 4);
    requestActions->addWidget(m_blockAll);
    requestActions->addWidget(m_reportAll);
    m_requestActions->hide();
    sideBox->addWidget(m_requestActions);
    sideBox->addWidget(m_list, 1);
    // While searching: the messages that hold the words, below the chats.
    m_hitsTitle->setObjectName(QStringLiteral("messageHitsTitle"));
    m_hitsTitle->setPalette(muted);
    m_hitsTitle->setFont(bold);
    m_hits->setObjectName(QStringLiteral("messageHits"));
    m_hits->setModel(m_hitsModel);
    m_hits->setItemDelegate(new ConversationDelegate(m_hits));
    m_hits->setFrameShape(QFrame::NoFrame);
    m_hits->setMouseTracking(true);
    m_hits->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_hits->setPalette(lp);
    m_hitsTitle->hide();
    m_hits->hide();
    sideBox->addWidget(m_hitsTitle);
    sideBox->addWidget(m_hits, 2);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250); // a search per pause in typing, not per key

    // ---- the right side: nothing open, or a conversation
    auto *empty = new QWidget;
    QFont titleFont = m_emptyTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setWeight(QFont::DemiBold);
    m_emptyTitle->setFont(titleFont);
    m_emptyTitle->setAlignment(Qt::AlignCenter);
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setWordWrap(true);
    m_emptyId->setAlignment(Qt::AlignCenter);
    m_emptyId->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_emptyId->setLayoutDirection(Qt::LeftToRight);
    QFont mono = m_emptyId->font();
    mono.setFamily(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    mono.setPointSizeF(mono.pointSizeF() * 1.3);
    m_emptyId->setFont(mono);
    m_emptyId->setText(protocol::displayCoveId(session.account().coveId()));
    auto *emptyBox = new QVBoxLayout(empty);
    emptyBox->addStretch();
    emptyBox->addWidget(m_emptyTitle);
    emptyBox->addWidget(m_emptyText);
    emptyBox->addSpacing(12);
    emptyBox->addWidget(m_emptyId);
    emptyBox->addSpacing(12);
    emptyBox->addWidget(m_emptyAdd, 0, Qt::AlignCenter);
    emptyBox->addStretch();
    empty->setAutoFillBackground(true);
    QPalette ep = empty->palette();
    ep.setColor(QPalette::Window, Theme::chatBackground());
    empty->setPalette(ep);
    m_right->addWidget(empty);
    m_right->addWidget(m_chat);

    auto *split = new QSplitter;
    split->addWidget(side);
    split->addWidget(m_right);
    split->setStretchFactor(1, 1);
    split->setSizes({320, 780});
    split->setChildrenCollapsible(false);
    side->setMinimumWidth(240);
    // Quiet hours (guarded mode): a calm screen; Get help stays one click away.
    auto *resting = new QWidget;
    resting->setObjectName(QStringLiteral("restingScreen"));
    resting->setAutoFillBackground(true);
    QPalette rp = resting->palette();
    rp.setColor(QPalette::Window, Theme::chatBackground());
    resting->setPalette(rp);
    auto *moon = new QLabel(QStringLiteral("🌙"), resting);
    QFont moonFont = moon->font();
    moonFont.setPointSizeF(moonFont.pointSizeF() * 5);
    moon->setFont(moonFont);
    moon->setAlignment(Qt::AlignCenter);
    m_restingText = new QLabel(resting);
    m_restingText->setObjectName(QStringLiteral("restingText"));
    m_restingText->setAlignment(Qt::AlignCenter);
    m_restingText->setWordWrap(true);
    auto *restingHelp = new QPushButton(resting);
    restingHelp->setObjectName(QStringLiteral("restingHelp"));
    restingHelp->setMinimumHeight(44);
    connect(restingHelp, &QPushButton::clicked, this, &MainWindow::getHelp);
    auto *restingBox = new QVBoxLayout(resting);
    restingBox->addStretch();
    restingBox->addWidget(moon);
    restingBox->addWidget(m_restingText);
    restingBox->addSpacing(16);
    restingBox->addWidget(restingHelp, 0, Qt::AlignCenter);
    restingBox->addStretch();
    m_central = new QStackedWidget;
    m_central->addWidget(split);
    m_central->addWidget(resting);
    setCentralWidget(m_central);

    buildMenus();

    connect(m_search, &QLineEdit::textChanged, m_filter, [this](const QString &t) {
        m_filter->setFilterFixedString(t.trimmed());
        m_searchDelay->start();
    });
    connect(m_searchDelay, &QTimer::timeout, this, &MainWindow::searchMessages);
    // In the search field: Escape clears it, Down goes to what was found.
    auto *clearSearch = new QAction(m_search);
    clearSearch->setShortcut(Qt::Key_Escape);
    clearSearch->setShortcutContext(Qt::WidgetShortcut);
    connect(clearSearch, &QAction::triggered, this, [this] {
        m_search->clear();
        searchMessages();
    });
    m_search->addAction(clearSearch);
    auto *toResults = new QAction(m_search);
    toResults->setShortcut(Qt::Key_Down);
    toResults->setShortcutContext(Qt::WidgetShortcut);
    connect(toResults, &QAction::triggered, this, [this] {
        QListView *target = m_list->isVisible() && m_filter->rowCount() > 0 ? m_list : m_hits;
        if (!target->isVisible() || target->model()->rowCount() == 0)
            return;
        target->setFocus();
        if (!target->currentIndex().isValid())
            target->setCurrentIndex(target->model()->index(0, 0));
    });
    m_search->addAction(toResults);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateListShown);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateListShown);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &MainWindow::updateListShown);
    connect(m_hitsModel, &QAbstractItemModel::modelReset, this, &MainWindow::updateHitsTitle);
    // A click, or Enter on the keyboard, opens the chat at that message.
    const auto openHit = [this](const QModelIndex &index) {
        if (!index.isValid())
            return;
        const qint64 conversation = index.data(app::ConversationListModel::IdRole).toLongLong();
        const qint64 row = index.data(app::MessageSearchModel::MessageRowIdRole).toLongLong();
        const QModelIndex shown = m_chat->messageList()->currentIndex();
        if (m_chat->conversationId() == conversation && shown.isValid() &&
            shown.data(app::MessageListModel::RowIdRole).toLongLong() == row)
            return; // already there (a click, then its activation)
        auto message = m_session.messenger().message(row);
        if (!message || !message->has_value() || (*message)->conversationId != conversation) {
            statusBar()->showMessage(tr("That message is not there any more."), 5000);
            m_hitsModel->prune();
            return;
        }
        openConversation(conversation, row);
    };
    connect(m_hits, &QListView::clicked, this, openHit);
    connect(m_hits, &QListView::activated, this, openHit);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onSelected);
    connect(m_requestsButton, &QPushButton::clicked, this,
            [this] { showRequests(!m_showingRequests); });
    connect(m_blockAll, &QPushButton::clicked, this, [this] {
        const int n = m_requests->rowCount();
        const auto answer = QMessageBox::question(
            this, QCoreApplication::translate("Requests", "Block all?"),
            QCoreApplication::translate("Requests",
                                        "Block the senders of all %n request(s)? They are not "
                                        "told, and you can unblock them in Settings.",
                                        nullptr, n));
        if (answer != QMessageBox::Yes)
            return;
        if (auto r = m_session.messenger().blockAllRequests(); !r)
            QMessageBox::warning(this, tr("Cove"), describe(r.error()));
        m_requests->reload();
        showRequests(m_requests->rowCount() > 0);
    });
    connect(m_reportAll, &QPushButton::clicked, this, [this] {
        if (reportAllRequests(m_session, this) == 0)
            return;
        m_requests->reload();
        showRequests(m_requests->rowCount() > 0);
    });
    connect(m_emptyAdd, &QPushButton::clicked, this, [this] {
        const auto mode = m_session.messenger().guardedMode();
        if (mode != app::Messenger::GuardedMode::Off && mode != app::Messenger::GuardedMode::On)
            pairWithGuardian();
        else
            addContact();
    });
    connect(m_helpButton, &QPushButton::clicked, this, &MainWindow::getHelp);
    connect(&session.messenger(), &app::Messenger::guardedChanged, this, [this] {
        applyGuardedMode();
        m_chats->reload();
    });
    connect(&session.messenger(), &app::Messenger::restingChanged, this,
            &MainWindow::updateResting);
    connect(&session.messenger(), &app::Messenger::helpRequested, this,
            [this](const QString &childId) {
                const QString text =
                    QCoreApplication::translate("Children", "%1 is asking you for help.")
                        .arg(isolate(app::personName(m_session.account(), childId)));
                statusBar()->showMessage(text, 60000);
                if (m_tray) {
                    m_notified = 0; // a guardian's alert, not a chat's message
                    m_tray->showMessage(tr("Cove"), text, QSystemTrayIcon::Warning);
                }
            });
    connect(m_chats, &ListModel::reloaded, this, [this] {
        updateStatus();
        // A reset loses the selection: keep the open conversation selected.
        if (!m_showingRequests && m_chat->conversationId() != 0) {
            const int row = m_chats->rowOf(m_chat->conversationId());
            const QModelIndex index = m_filter->mapFromSource(m_chats->index(row));
            if (row >= 0 && m_list->currentIndex() != index) {
                const QSignalBlocker block(m_list->selectionModel());
                m_list->setCurrentIndex(index);
            }
        }
    });
    connect(m_requests, &ListModel::reloaded, this, &MainWindow::updateRequestsButton);
    connect(m_chat, &ChatView::safetyNumberRequested, this, &MainWindow::showSafetyNumber);
    connect(m_chat, &ChatView::detailsRequested, this, &MainWindow::showDetails);
    connect(m_chat, &ChatView::closed, this, [this] { m_right->setCurrentIndex(0); });
    connect(&session, &app::Session::onlineChanged, this, &MainWindow::updateStatus);
    connect(&session.messenger(), &app::Messenger::messageStored, this, &MainWindow::notify);
    connect(&session.messenger(), &app::Messenger::joinByLinkFailed, this, [this] {
        statusBar()->showMessage(
            QCoreApplication::translate("GroupInvite",
                                        "Your request to join a group could not reach its admin. "
                                        "Ask them to add you instead."),
            15000);
    });
    connect(&session.relay(), &app::RelayClient::suspended, this, &MainWindow::updateStatus);
    connect(&session.reports(), &app::Reports::noticeReceived, this,
            [this](const storage::ModerationNotice &notice) {
                QTimer::singleShot(
                    0, this, [this, notice] { showModerationNotice(m_session, notice, this); });
            });
    connect(&session.messenger(), &app::Messenger::conversationChanged, this, [this](qint64 id) {
        // A request accepted elsewhere in the window moves to the chats.
        if (m_chat->conversationId() == id && m_showingRequests && m_requests->rowOf(id) < 0 &&
            m_chats->rowOf(id) >= 0)
            openConversation(id);
    });

    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        m_tray->show();
        connect(m_tray, &QSystemTrayIcon::activated, this, [this] {
            showNormal();
            raise();
            activateWindow();
        });
        // A click on a message's notification opens its chat.
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            showNormal();
            raise();
            activateWindow();
            // (The chat open already stays where the person left it.)
            if (m_notified != 0 && m_notified != m_chat->conversationId() &&
                m_session.messenger().conversation(m_notified))
                openConversation(m_notified);
        });
    }

    retranslate();
    updateRequestsButton();
    updateStatus();
    if (session.messenger().isGuarded()) {
        // A child's window: larger text and targets, fewer controls.
        QFont font = QApplication::font();
        font.setPointSizeF(font.pointSizeF() * 1.15);
        QApplication::setFont(font);
        const auto mode = session.messenger().guardedMode();
        if (mode != app::Messenger::GuardedMode::On)
            QTimer::singleShot(0, this, [this] { pairWithGuardian(); });
    }
    applyGuardedMode();
    updateResting();
    QSettings prefs(QStringLiteral("Cove"), QStringLiteral("Cove"));
    if (!restoreGeometry(prefs.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1100, 720);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    m_coveMenu = menuBar()->addMenu(QString());
    m_addContactAction = m_coveMenu->addAction(QString(), this, [this] { addContact(); });
    m_addContactAction->setShortcut(QKeySequence::New);
    m_newGroupAction = m_coveMenu->addAction(QString(), this, &MainWindow::newGroup);
    m_newGroupAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    m_joinGroupAction = m_coveMenu->addAction(QString(), this, [this] { joinGroupByLink(); });
    m_copyIdAction = m_coveMenu->addAction(QString(), this, [this] {
        QApplication::clipboard()->setText(protocol::displayCoveId(m_session.account().coveId()));
        statusBar()->showMessage(tr("Your Cove ID is copied."), 3000);
    });
    m_childrenAction = m_coveMenu->addAction(QString(), this, &MainWindow::showChildren);
    m_copyLinkAction = m_coveMenu->addAction(QString(), this, [this] {
        QApplication::clipboard()->setText(
            protocol::formatContactLink(m_session.account().coveId()));
        statusBar()->showMessage(tr("Your contact link is copied."), 3000);
    });
    m_coveMenu->addSeparator();
    m_settingsAction = m_coveMenu->addAction(QString(), this, &MainWindow::openSettings);
    m_settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    m_coveMenu->addSeparator();
    m_quitAction = m_coveMenu->addAction(QString(), qApp, &QApplication::quit);
    m_quitAction->setShortcut(QKeySequence::Quit);

    m_viewMenu = menuBar()->addMenu(QString());
    m_chatsAction = m_viewMenu->addAction(QString(), this, [this] { showRequests(false); });
    m_chatsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    m_requestsAction = m_viewMenu->addAction(QString(), this, [this] { showRequests(true); });
    m_requestsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    m_searchAction = m_viewMenu->addAction(QString(), this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    m_searchAction->setShortcut(QKeySequence::Find);
    m_viewMenu->addSeparator();
    auto step = [this](int delta) {
        const int rows = m_filter->rowCount();
        if (rows == 0)
            return;
        const int row = m_list->currentIndex().isValid() ? m_list->currentIndex().row() : -delta;
        m_list->setCurrentIndex(m_filter->index((row + delta + rows) % rows, 0));
    };
    m_nextAction = m_viewMenu->addAction(QString(), this, [step] { step(1); });
    m_nextAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Tab));
    m_previousAction = m_viewMenu->addAction(QString(), this, [step] { step(-1); });
    m_previousAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Tab));
    m_pinAction = m_viewMenu->addAction(QString(), this, [this] {
        if (const qint64 id = m_chat->conversationId(); id != 0)
            togglePinned(id);
    });
    m_pinAction->setObjectName(QStringLiteral("pinChat"));
    m_pinAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    // The list's own menu: pin or unpin the chat under the pointer.
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_list, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = m_list->indexAt(pos);
        const qint64 id = index.data(app::ConversationListModel::IdRole).toLongLong();
        if (id == 0 || showingRequests())
            return;
        QMenu menu(this);
        const bool pinned = index.data(app::ConversationListModel::PinnedRole).toBool();
        menu.addAction(pinned ? tr("Unpin") : tr("Pin to top"), this,
                       [this, id] { togglePinned(id); });
        if (index.data(app::ConversationListModel::UnreadRole).toLongLong() > 0)
            menu.addAction(tr("Mark as read"), this, [this, id] {
                if (auto r = m_session.messenger().markRead(id); !r)
                    QMessageBox::warning(this, tr("Cove"), describe(r.error()));
            });
        else
            menu.addAction(tr("Mark as unread"), this, [this, id] { markUnread(id); })
                ->setObjectName(QStringLiteral("markUnread"));
        const auto conv = m_session.messenger().conversation(id);
        const auto may = conv ? m_session.messenger().mayMute(*conv) : app::AppResult<bool>(false);
        if (!may || !*may) {
            // A stranger's group (Join or Decline first), a child's guardian:
            // never muted.
        } else if (conv->mutedAt(QDateTime::currentMSecsSinceEpoch())) {
            menu.addAction(tr("Unmute notifications"), this, [this, id] { mute(id, 0); })
                ->setObjectName(QStringLiteral("unmute"));
        } else {
            QMenu *mutes = menu.addMenu(tr("Mute notifications"));
            mutes->setObjectName(QStringLiteral("muteMenu"));
            for (const auto &[text, minutes] :
                 {std::pair{tr("For 1 hour"), 60}, std::pair{tr("For 8 hours"), 8 * 60},
                  std::pair{tr("For 1 week"), 7 * 24 * 60}, std::pair{tr("Until I unmute"), -1}})
                mutes->addAction(text, this, [this, id, m = minutes] { mute(id, m); })
                    ->setObjectName(QStringLiteral("mute%1").arg(minutes));
        }
        menu.addSeparator();
        menu.addAction(tr("Delete chat…"), this, [this, id] { deleteChat(id); });
        menu.exec(m_list->viewport()->mapToGlobal(pos));
    });

    m_helpMenu = menuBar()->addMenu(QString());
    m_getHelpAction = m_helpMenu->addAction(QString(), this, &MainWindow::getHelp);
    m_getHelpAction->setShortcut(QKeySequence::HelpContents);
    m_reportAction = m_helpMenu->addAction(QString(), this, [this] {
        const qint64 id = m_chat->conversationId();
        if (id == 0) {
            getHelp();
            return;
        }
        ReportDialog::reportConversation(m_session, id, QString(), this);
    });
    m_myReportsAction = m_helpMenu->addAction(QString(), this, &MainWindow::showReports);
    m_helpMenu->addSeparator();
    m_aboutAction = m_helpMenu->addAction(QString(), this, [this] {
        QMessageBox::about(
            this, tr("About Cove"),
            tr("<h3>Cove %1</h3><p>A private messenger: end-to-end encrypted with the Signal "
               "protocol, stored encrypted on this computer, with safety tools that never read "
               "your messages.</p><p>Free software under the GNU General Public License, version "
               "3 or later. Built on Qt, libsignal-protocol-c, SQLCipher, libsodium and "
               "libqrencode.</p>")
                .arg(QCoreApplication::applicationVersion()));
    });
    m_aboutAction->setMenuRole(QAction::AboutRole);

    auto *menu = new QMenu(m_newChat);
    menu->addAction(m_addContactAction);
    menu->addAction(m_newGroupAction);
    menu->addAction(m_joinGroupAction);
    m_newChat->setMenu(menu);
}

void MainWindow::deleteChat(qint64 conversationId)
{
    app::Messenger &messenger = m_session.messenger();
    const auto conv = messenger.conversation(conversationId);
    if (!conv)
        return;
    const QString title = isolate(app::conversationTitle(m_session.account(), *conv));
    bool member = false;
    if (const auto members = messenger.groupMembers(conversationId); members)
        for (const storage::GroupMember &m : *members)
            member = member || m.memberId == m_session.account().coveId();
    const QString text =
        member ? tr("You also leave the group %1. Its messages are deleted from this computer.")
                     .arg(title)
               : tr("Its messages are deleted from this computer. %1 is not told.").arg(title);
    if (QMessageBox::question(this, tr("Delete this chat?"), text) != QMessageBox::Yes)
        return;
    if (auto r = messenger.deleteConversation(conversationId); !r) {
        QMessageBox::warning(this, tr("Cove"), describe(r.error()));
        return;
    }
    if (m_chat->conversationId() == conversationId)
        m_chat->showConversation(0);
}

void MainWindow::mute(qint64 conversationId, int minutes)
{
    std::optional<qint64> until;
    if (minutes < 0)
        until = std::numeric_limits<qint64>::max();
    else if (minutes > 0)
        until = QDateTime::currentMSecsSinceEpoch() + qint64(minutes) * 60'000;
    if (auto r = m_session.messenger().setMutedUntil(conversationId, until); !r)
        QMessageBox::warning(this, tr("Cove"), describe(r.error()));
}

void MainWindow::markUnread(qint64 conversationId)
{
    if (auto r = m_session.messenger().markUnread(conversationId); !r) {
        QMessageBox::warning(this, tr("Cove"), describe(r.error()));
        return;
    }
    // Left open, it would be read again at once.
    if (m_chat->conversationId() == conversationId)
        openConversation(0);
}

void MainWindow::togglePinned(qint64 conversationId)
{
    const auto conv = m_session.messenger().conversation(conversationId);
    if (!conv)
        return;
    const auto invitation = m_session.messenger().groupInvitation(conversationId);
    if (conv->state == storage::ConversationState::MessageRequest ||
        (invitation && invitation->has_value())) {
        statusBar()->showMessage(tr("Accept the request before you pin it."), 5000);
        return;
    }
    if (auto r = m_session.messenger().setPinned(conversationId, !conv->pinned); !r)
        QMessageBox::warning(this, tr("Cove"), describe(r.error()));
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Cove"));
    m_coveMenu->setTitle(tr("&Cove"));
    m_addContactAction->setText(tr("&Add a contact…"));
    m_newGroupAction->setText(tr("New &group…"));
    m_copyIdAction->setText(tr("&Copy my Cove ID"));
    m_copyLinkAction->setText(tr("Copy my contact &link"));
    m_joinGroupAction->setText(
        QCoreApplication::translate("GroupInvite", "&Join a group by link…"));
    m_settingsAction->setText(tr("&Settings…"));
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_chatsAction->setText(tr("&Chats"));
    m_requestsAction->setText(tr("Message &requests"));
    m_searchAction->setText(tr("&Search conversations"));
    m_nextAction->setText(tr("&Next conversation"));
    m_previousAction->setText(tr("&Previous conversation"));
    m_pinAction->setText(tr("Pin or unpin this chat"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Cove"));
    m_blockAll->setText(QCoreApplication::translate("Requests", "Block all"));
    m_reportAll->setText(QCoreApplication::translate("Requests", "Report all…"));
    m_getHelpAction->setText(QCoreApplication::translate("GetHelp", "&Get help…"));
    m_childrenAction->setText(QCoreApplication::translate("Children", "C&hildren…"));
    m_helpButton->setText(QCoreApplication::translate("Guarded", "Get help"));
    m_reportAction->setText(QCoreApplication::translate("GetHelp", "&Report this conversation…"));
    m_myReportsAction->setText(QCoreApplication::translate("GetHelp", "&My reports"));
    m_newChat->setToolTip(tr("New conversation"));
    m_newChat->setAccessibleName(tr("New conversation"));
    m_search->setPlaceholderText(tr("Search"));
    updateHitsTitle();
    m_hitsModel->refreshTitles(); // "Unnamed group" in the new language
    m_hits->setAccessibleName(tr("Messages found"));
    m_search->setAccessibleName(tr("Search conversations"));
    m_list->setAccessibleName(tr("Conversations"));
    m_emptyTitle->setText(tr("Your conversations are private"));
    m_emptyText->setText(tr("Choose a conversation, or add someone by their Cove ID. Give "
                            "people yours:"));
    m_emptyAdd->setText(tr("Add a contact"));
    m_me->setAccessibleName(tr("You"));
    updateRequestsButton();
    updateStatus();
    applyGuardedMode();
    updateResting();
}

void MainWindow::applyGuardedMode()
{
    using Mode = app::Messenger::GuardedMode;
    const Mode mode = m_session.messenger().guardedMode();
    const bool guarded = mode != Mode::Off;
    m_helpButton->setVisible(guarded);
    // Permanent while it is on: the child always knows.
    m_sharingIndicator->setText(QCoreApplication::translate(
        "Guarded", "📎 Photos and files you send or get are shared with your guardian."));
    m_sharingIndicator->setVisible(m_session.messenger().sharesMediaWithGuardian());
    // A child meets nobody but through the guardian: no groups of their
    // own, no links, no message requests.
    m_newGroupAction->setVisible(!guarded);
    m_joinGroupAction->setVisible(!guarded);
    m_requestsAction->setVisible(!guarded);
    m_childrenAction->setVisible(!guarded);
    m_addContactAction->setVisible(mode == Mode::Off || mode == Mode::On);
    if (!guarded)
        return;
    m_requestsButton->hide();
    m_addContactAction->setText(QCoreApplication::translate("Guarded", "&Ask to add someone…"));
    if (mode == Mode::On) {
        m_emptyTitle->setText(QCoreApplication::translate("Guarded", "Your chats are private"));
        m_emptyText->setText(QCoreApplication::translate(
            "Guarded", "Your guardian picks who can talk to you. Want to talk to someone new? "
                       "Ask your guardian."));
        m_emptyAdd->setText(QCoreApplication::translate("Guarded", "Ask to add someone"));
        m_emptyId->hide();
    } else {
        m_emptyTitle->setText(QCoreApplication::translate("Guarded", "Connect to your guardian"));
        m_emptyText->setText(QCoreApplication::translate(
            "Guarded", "Nobody can write to you yet. First connect to your guardian."));
        m_emptyAdd->setText(QCoreApplication::translate("Guarded", "Connect"));
        m_emptyId->hide();
    }
}

void MainWindow::updateResting()
{
    if (!m_central)
        return;
    app::Messenger &m = m_session.messenger();
    const bool resting = m.isResting();
    if (auto *help = findChild<QPushButton *>(QStringLiteral("restingHelp")))
        help->setText(QCoreApplication::translate("Guarded", "Get help"));
    if (resting) {
        const auto hours = m.quietHours();
        const QTime until = QTime(0, 0).addSecs(hours ? hours->untilMinutes * 60 : 0);
        m_restingText->setText(QCoreApplication::translate(
                                   "Guarded", "<b>Time to rest.</b><br>Your guardian set quiet "
                                              "hours. Cove wakes up at %1.")
                                   .arg(QLocale().toString(until, QLocale::ShortFormat)));
    }
    m_central->setCurrentIndex(resting ? 1 : 0);
}

void MainWindow::pairWithGuardian(const QString &link)
{
    PairGuardianDialog dialog(m_session, this);
    if (!link.isEmpty())
        dialog.setLink(link);
    dialog.exec();
    applyGuardedMode();
    m_chats->reload();
}

void MainWindow::showChildren()
{
    auto *dialog = findChild<ChildrenDialog *>();
    if (!dialog) {
        dialog = new ChildrenDialog(m_session.account(), m_session.messenger(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    dialog->show();
    dialog->raise();
}

void MainWindow::updateRequestsButton()
{
    const int n = m_requests->rowCount();
    if (m_showingRequests)
        m_requestsButton->setText(tr("← Back to chats"));
    else
        m_requestsButton->setText(tr("Message requests (%1)").arg(QLocale().toString(n)));
    m_requestsButton->setVisible((n > 0 || m_showingRequests) &&
                                 !m_session.messenger().isGuarded());
    m_requestsButton->setAccessibleName(m_requestsButton->text());
}

void MainWindow::updateStatus()
{
    const bool online = m_session.isOnline();
    const qint64 queued = online ? 0 : m_session.messenger().outboxSize();
    QString text = online ? tr("Connected") : tr("Connecting…");
    if (queued > 0)
        text = tr("Offline: %n message(s) waiting to be sent", nullptr, int(queued));
    if (!online && m_session.relay().isSuspended())
        text = QCoreApplication::translate("ModerationNotice",
                                           "Your account is suspended: see Help › My reports");
    m_status->setText(text);
    m_status->setAccessibleName(text);
    const qint64 unread = m_chats->totalUnread();
    setWindowTitle(unread > 0 ? tr("Cove (%1)").arg(unread) : tr("Cove"));
}

void MainWindow::showRequests(bool requests)
{
    if (requests && m_requests->rowCount() == 0)
        requests = false;
    m_showingRequests = requests;
    m_requestActions->setVisible(requests);
    m_filter->setSourceModel(requests ? m_requests : m_chats);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onSelected, Qt::UniqueConnection);
    updateRequestsButton();
}

void MainWindow::searchMessages()
{
    m_searchDelay->stop();
    const QString text = m_search->text().trimmed();
    if (text == m_hitsModel->query() && !text.isEmpty())
        return;
    m_hitsModel->setQuery(text);
    // Only words are searched: "?!" alone finds nothing and shows nothing.
    const bool searching = !storage::MessageRepository::matchExpression(text).isEmpty();
    m_hitsTitle->setVisible(searching);
    m_hits->setVisible(searching);
    // No chat's name matches: the messages take the whole side.
    updateListShown();
}

void MainWindow::updateListShown()
{
    m_list->setVisible(m_hits->isHidden() || m_filter->rowCount() > 0);
}

void MainWindow::updateHitsTitle()
{
    m_hitsTitle->setText(m_hitsModel->rowCount() > 0 ? tr("Messages") : tr("No messages found"));
}

void MainWindow::openConversation(qint64 conversationId, qint64 messageRowId)
{
    const bool isRequest = m_requests->rowOf(conversationId) >= 0;
    if (isRequest != m_showingRequests)
        showRequests(isRequest);
    ListModel *model = isRequest ? m_requests : m_chats;
    const int row = model->rowOf(conversationId);
    if (row >= 0) {
        const QSignalBlocker block(m_list->selectionModel());
        m_list->setCurrentIndex(m_filter->mapFromSource(model->index(row)));
    }
    m_chat->showConversation(conversationId, messageRowId);
    m_right->setCurrentIndex(conversationId != 0 ? 1 : 0);
}

void MainWindow::onSelected()
{
    const QModelIndex index = m_list->currentIndex();
    if (!index.isValid())
        return;
    const qint64 id = index.data(ListModel::IdRole).toLongLong();
    if (id != m_chat->conversationId()) {
        m_chat->showConversation(id);
        m_right->setCurrentIndex(1);
    }
}

void MainWindow::notify(qint64 rowId, qint64 conversationId)
{
    if (isActiveWindow() && conversationId == m_chat->conversationId())
        return;
    auto message = m_session.messenger().message(rowId);
    if (!message || !message->has_value() || (*message)->direction != storage::Direction::Incoming)
        return;
    auto conv = m_session.messenger().conversation(conversationId);
    if (!conv)
        return;
    // Muted: it waits in the list, unread, without a sound or a flash (never
    // a request, an invitation or a child's guardian: Messenger::mayMute).
    if (const auto muted = m_session.messenger().isMuted(*conv); muted && *muted)
        return;
    const auto invitation = m_session.messenger().groupInvitation(conversationId);
    const bool request = conv->state == storage::ConversationState::MessageRequest ||
                         (invitation && invitation->has_value());
    QApplication::alert(this);
    Q_EMIT alerted(conversationId);
    const QString mode = QString::fromUtf8(
        m_session.account().setting(QString::fromLatin1(kNotificationsSetting), "name"));
    if (!m_tray || mode == QLatin1String("off"))
        return;
    // Requests never show their text: a stranger's words wait for the person.
    const QString title =
        request ? tr("New message request") : app::conversationTitle(m_session.account(), *conv);
    // Notification servers read the body as markup (links, images): the
    // preview is escaped, so it shows the words and never loads anything.
    const QString body = mode == QLatin1String("content") && !request
                             ? protocol::terminalText((*message)->body.left(120)).toHtmlEscaped()
                             : tr("New message");
    m_notified = conversationId;
    m_tray->showMessage(title, body, QSystemTrayIcon::NoIcon, 5000);
}

void MainWindow::addContact(const QString &link)
{
    AddContactDialog dialog(m_session, this);
    if (!link.isEmpty())
        dialog.setLink(link);
    if (dialog.exec() == QDialog::Accepted && dialog.conversationId() != 0) {
        m_chats->reload();
        m_requests->reload();
        openConversation(dialog.conversationId());
    }
}

void MainWindow::openLink(const QString &link)
{
    if (isMinimized())
        showNormal();
    raise();
    activateWindow();
    if (link.isEmpty())
        return; // the app started again: this window is the one
    const protocol::Result<protocol::InviteLink> parsed = protocol::parseInviteLink(link);
    if (!parsed) {
        QMessageBox::warning(this, tr("Cove"), tr("This is not a link Cove can open."));
        return;
    }
    const auto mode = m_session.messenger().guardedMode();
    const bool unpairedChild =
        mode != app::Messenger::GuardedMode::Off && mode != app::Messenger::GuardedMode::On;
    if (std::holds_alternative<protocol::GuardianLink>(*parsed)) {
        if (unpairedChild)
            pairWithGuardian(link);
        else
            QMessageBox::information(
                this, tr("Cove"),
                tr("This link connects a child's Cove to their guardian. Open it on the child's "
                   "computer, in a profile set up for a child."));
        return;
    }
    if (unpairedChild) {
        pairWithGuardian(); // nothing else before the guardian is connected
        return;
    }
    if (std::holds_alternative<protocol::ContactLink>(*parsed))
        addContact(link);
    else
        joinGroupByLink(link);
}

void MainWindow::newGroup()
{
    NewGroupDialog dialog(m_session, this);
    if (dialog.exec() == QDialog::Accepted && dialog.conversationId() != 0) {
        m_chats->reload();
        openConversation(dialog.conversationId());
    }
}

void MainWindow::joinGroupByLink(const QString &given)
{
    const QString title = QCoreApplication::translate("GroupInvite", "Join a group by link");
    QString link = given;
    if (const auto parsed = protocol::parseInviteLink(given);
        parsed && std::holds_alternative<protocol::GroupLink>(*parsed)) {
        // A link opened from elsewhere: say who is asked, and Enter cancels.
        const QString admin = std::get<protocol::GroupLink>(*parsed).adminId;
        const auto answer = QMessageBox::question(
            this, title,
            tr("Ask to join this group? Its admin %1 is asked, end-to-end encrypted, to let you "
               "in, and learns your Cove ID.")
                .arg(isolate(app::personName(m_session.account(), admin))),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
    } else {
        bool ok = false;
        link = QInputDialog::getText(
                   this, title,
                   QCoreApplication::translate("GroupInvite",
                                               "Paste the group's invite link (cove://group/…):"),
                   QLineEdit::Normal, given, &ok)
                   .trimmed();
        if (!ok || link.isEmpty())
            return;
    }
    auto joined = m_session.messenger().joinByLink(link);
    if (!joined) {
        QMessageBox::warning(this, title, describe(joined.error()));
        return;
    }
    if (joined->has_value()) {
        openConversation(**joined);
        return;
    }
    QMessageBox::information(
        this, title,
        QCoreApplication::translate("GroupInvite",
                                    "Your request went to the group's admin, end-to-end "
                                    "encrypted. The group appears in your chats when they let "
                                    "you in."));
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(m_session, this);
    dialog.exec();
}

void MainWindow::showSafetyNumber(const QString &coveId)
{
    if (coveId.isEmpty())
        return;
    SafetyNumberDialog dialog(m_session.account(), coveId,
                              app::personName(m_session.account(), coveId), this);
    dialog.exec();
}

void MainWindow::showDetails(qint64 conversationId)
{
    auto conv = m_session.messenger().conversation(conversationId);
    if (!conv)
        return;
    if (conv->kind == storage::ConversationKind::Group) {
        auto *dialog = new GroupInfoDialog(m_session, conversationId, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
        return;
    }
    auto *dialog = new ContactInfoDialog(m_session, conversationId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ContactInfoDialog::safetyNumberRequested, this, &MainWindow::showSafetyNumber);
    connect(dialog, &QDialog::finished, this, [this] { m_chats->reload(); });
    dialog->show();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::ActivationChange && isActiveWindow())
        m_chat->scheduleMarkRead(); // the person is looking again
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings prefs(QStringLiteral("Cove"), QStringLiteral("Cove"));
    prefs.setValue(QStringLiteral("window/geometry"), saveGeometry());
    QMainWindow::closeEvent(event);
}

void MainWindow::showReports()
{
    auto *dialog = new ReportsDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::getHelp()
{
    if (m_session.messenger().isGuarded()) {
        GuardedHelpDialog dialog(m_session, m_chat->conversationId(), this);
        dialog.exec();
        return;
    }
    QMessageBox box(this);
    box.setObjectName(QStringLiteral("getHelp"));
    box.setWindowTitle(QCoreApplication::translate("GetHelp", "Get help"));
    box.setIcon(QMessageBox::Information);
    box.setText(
        QCoreApplication::translate("GetHelp", "Is someone bothering you, or is something wrong?"));
    box.setInformativeText(QCoreApplication::translate(
        "GetHelp",
        "You can report any message: right-click it and choose Report, or select it and press "
        "Ctrl+Shift+R. You choose exactly which messages are sent, and the person is not "
        "told who reported them. You can also block anyone. If you or a child are in danger "
        "right now, call your local emergency number."));
    QPushButton *report = nullptr;
    if (m_chat->conversationId() != 0)
        report = box.addButton(QCoreApplication::translate("GetHelp", "Report this conversation"),
                               QMessageBox::ActionRole);
    QPushButton *mine = box.addButton(QCoreApplication::translate("GetHelp", "My reports"),
                                      QMessageBox::ActionRole);
    box.addButton(QMessageBox::Close);
    box.exec();
    if (report && box.clickedButton() == report)
        ReportDialog::reportConversation(m_session, m_chat->conversationId(), QString(), this);
    else if (box.clickedButton() == mine)
        showReports();
}

} // namespace cove::ui
