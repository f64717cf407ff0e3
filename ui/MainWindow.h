// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QSystemTrayIcon;
class QTimer;
class QToolButton;

namespace cove::app {
class Session;
class ConversationListModel;
class MessageSearchModel;
} // namespace cove::app

namespace cove::ui {

class ChatView;
class AvatarLabel;

/// Cove's main window: the conversation list (with search and the message
/// requests) beside the open conversation.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(app::Session &session, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens a conversation (and shows the list it belongs to), at its
    /// newest messages or around one (a search result).
    void openConversation(qint64 conversationId, qint64 messageRowId = 0);
    /// Asks, then deletes a chat (leaving the group, for one the person is in).
    void deleteChat(qint64 conversationId);
    /// Shows the chats (false) or the message requests (true).
    void showRequests(bool requests);
    [[nodiscard]] bool showingRequests() const noexcept { return m_showingRequests; }

    [[nodiscard]] ChatView *chatView() const noexcept { return m_chat; }
    [[nodiscard]] QListView *conversationList() const noexcept { return m_list; }
    /// Messages that hold the searched words (shown while searching).
    [[nodiscard]] QListView *messageHits() const noexcept { return m_hits; }
    [[nodiscard]] app::MessageSearchModel &messageSearch() noexcept { return *m_hitsModel; }
    [[nodiscard]] app::ConversationListModel &chats() noexcept { return *m_chats; }
    [[nodiscard]] app::ConversationListModel &requests() noexcept { return *m_requests; }

    /// Adds a contact; `link` (a Cove ID or contact link) fills the dialog in.
    void addContact(const QString &link = {});
    void newGroup();
    /// Asks to join a group; `link` fills the question in.
    void joinGroupByLink(const QString &link = {});
    /// A cove:// link opened from outside (a browser, another start of the
    /// app): comes forward and offers what the link is for. Nothing happens
    /// without the person's OK.
    void openLink(const QString &link);
    void openSettings();
    void showSafetyNumber(const QString &coveId);
    /// Help › My reports.
    void showReports();
    /// Help › Get help: what to do when something is wrong, and reporting.
    void getHelp();
    /// A guardian's Children panel.
    void showChildren();
    /// A child's profile not yet connected: the pairing window (`link`: the
    /// guardian's code, filled in).
    void pairWithGuardian(const QString &link = {});

Q_SIGNALS:
    /// A message asked for the person's attention (the taskbar, and the
    /// tray's notification when they are on).
    void alerted(qint64 conversationId);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void retranslate();
    void togglePinned(qint64 conversationId);
    /// Mutes a chat's notifications for `minutes` (-1: until unmuted; 0: unmutes).
    void mute(qint64 conversationId, int minutes);
    void markUnread(qint64 conversationId);
    void updateRequestsButton();
    void updateStatus();
    /// Shows what a guarded child's window has, and hides what it has not.
    void applyGuardedMode();
    /// Quiet hours: a calm screen instead of the chats.
    void updateResting();
    void onSelected();
    /// Searches message text for what the search field holds.
    void searchMessages();
    void updateHitsTitle();
    /// While searching, the chats show only when a name matches.
    void updateListShown();
    void notify(qint64 rowId, qint64 conversationId);
    void showDetails(qint64 conversationId);

    app::Session &m_session;
    app::ConversationListModel *m_chats;
    app::ConversationListModel *m_requests;
    QSortFilterProxyModel *m_filter;
    AvatarLabel *m_me;
    QLabel *m_myName;
    QLabel *m_status;
    QToolButton *m_newChat;
    QLineEdit *m_search;
    QPushButton *m_requestsButton;
    QWidget *m_requestActions;
    QPushButton *m_blockAll;
    QPushButton *m_reportAll;
    QListView *m_list;
    app::MessageSearchModel *m_hitsModel;
    QLabel *m_hitsTitle;
    QListView *m_hits;
    QTimer *m_searchDelay;
    QStackedWidget *m_right;
    QStackedWidget *m_central = nullptr; ///< the chats, or the resting screen of quiet hours
    QLabel *m_restingText = nullptr;
    QLabel *m_emptyTitle;
    QLabel *m_emptyText;
    QLabel *m_emptyId;
    QPushButton *m_emptyAdd;
    ChatView *m_chat;
    QSystemTrayIcon *m_tray = nullptr;
    qint64 m_notified = 0; ///< the chat of the last notification shown (0: none)
    bool m_showingRequests = false;
    // menus (retranslated)
    QMenu *m_coveMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_addContactAction = nullptr;
    QAction *m_newGroupAction = nullptr;
    QAction *m_joinGroupAction = nullptr;
    QAction *m_copyIdAction = nullptr;
    QAction *m_copyLinkAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_chatsAction = nullptr;
    QAction *m_requestsAction = nullptr;
    QAction *m_searchAction = nullptr;
    QAction *m_nextAction = nullptr;
    QAction *m_previousAction = nullptr;
    QAction *m_pinAction = nullptr; ///< pins or unpins the open chat
    QAction *m_aboutAction = nullptr;
    QAction *m_getHelpAction = nullptr;
    QAction *m_childrenAction = nullptr;
    QPushButton *m_helpButton = nullptr;  ///< guarded mode: "Get help", always in view
    QLabel *m_sharingIndicator = nullptr; ///< guarded mode: files go to the guardian too
    QAction *m_reportAction = nullptr;
    QAction *m_myReportsAction = nullptr;
};

} // namespace cove::ui
