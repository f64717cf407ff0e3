// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCache>
#include <QImage>
#include <QSet>
#include <QTimer>
#include <QWidget>

class QLabel;
class QListView;
class QPushButton;
class QToolButton;
class QFrame;

namespace cove::app {
class Session;
class MessageListModel;
} // namespace cove::app

namespace cove::ui {

class Composer;
class MessageDelegate;
class AvatarLabel;

/// One open conversation: its header, the notices that need the person
/// (a message request, a changed safety number), the history and the
/// composer.
class ChatView : public QWidget {
    Q_OBJECT
public:
    explicit ChatView(app::Session &session, QWidget *parent = nullptr);
    ~ChatView() override;

    /// Opens a conversation at its newest messages, or around `messageRowId`
    /// (a search result), which shows selected.
    void showConversation(qint64 conversationId, qint64 messageRowId = 0);
    /// Answers a message: the composer shows it, and the next message
    /// sent quotes it.
    void replyTo(qint64 messageRowId);
    [[nodiscard]] qint64 conversationId() const;
    [[nodiscard]] QListView *messageList() const noexcept { return m_list; }
    [[nodiscard]] app::MessageListModel &model() noexcept { return *m_model; }
    [[nodiscard]] Composer *composer() const noexcept { return m_composer; }
    /// Sends what the composer holds (Enter, the send button).
    void send();
    /// Marks the conversation read shortly, if the person is looking at it.
    void scheduleMarkRead();

Q_SIGNALS:
    /// The person wants to compare safety numbers with a contact.
    void safetyNumberRequested(const QString &coveId);
    /// The person wants the conversation's details (members, timer, ...).
    void detailsRequested(qint64 conversationId);
    /// The conversation is gone (a deleted request).
    void closed();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// Keeps what is typed in `conversationId` (when not 0) in the profile.
    void saveDraft(qint64 conversationId);
    void retranslate();
    void refreshHeader();
    void refreshNotices();
    void refreshSafetyNotice(qint64 conversationId);
    /// The overview of a stranger's group invitation; false when there is none.
    bool refreshInvitation(qint64 conversationId);
    void onScroll(int value);
    void onAppended();
    void openAttachment(const QModelIndex &index, const QPoint &pos);
    void showContextMenu(const QPoint &pos);
    void saveAttachment(qint64 attachmentId);
    /// Reports the selected message (Ctrl+Shift+R), else the conversation.
    void reportSelected();
    /// Blocks the other person (after asking, unless it is a request), or
    /// unblocks them.
    void toggleBlock(bool ask);
    /// A guarded child answered the notice of a chat with someone new.
    void answerGuarded(int answer);
    [[nodiscard]] QImage thumbnail(qint64 attachmentId);

    app::Session &m_session;
    app::MessageListModel *m_model;
    AvatarLabel *m_avatar;
    QLabel *m_title;
    QLabel *m_subtitle;
    QToolButton *m_safetyButton;
    QToolButton *m_detailsButton;
    QToolButton *m_timerButton; ///< the conversation's disappearing-message timer
    QToolButton *m_reportButton;
    QToolButton *m_blockButton;
    QFrame *m_requestBar;
    QLabel *m_requestText;
    QPushButton *m_accept;
    QPushButton *m_delete;
    QPushButton *m_reportRequest;
    QPushButton *m_blockRequest;
    QFrame *m_safetyBar; ///< a stranger's notice (safety::NoticeKind)
    QLabel *m_safetyText;
    QPushButton *m_noticeBlock;
    QPushButton *m_noticeReport;
    QPushButton *m_knowPerson;
    QPushButton *m_tellGuardian;
    QToolButton *m_dismissNotice;
    QFrame *m_inviteBar; ///< a stranger's group invitation: the overview before anything else
    QLabel *m_inviteText;
    QPushButton *m_join;
    QPushButton *m_decline;
    QPushButton *m_blockInviter;
    QPushButton *m_reportInvite;
    QFrame *m_limitBar; ///< the relay refused a new conversation today
    QLabel *m_limitText;
    QFrame *m_identityBar;
    QLabel *m_identityText;
    QPushButton *m_identityBlock;
    QPushButton *m_identityReport;
    QPushButton *m_compare;
    QPushButton *m_acceptIdentity;
    QListView *m_list;
    QPushButton *m_toNewest; ///< shown while the history window is away from the newest
    MessageDelegate *m_delegate;
    Composer *m_composer;
    QTimer m_markRead;
    QTimer m_prefetch;  ///< reads and measures the next older page while idle
    QTimer m_saveDraft; ///< saves what is typed shortly after the typing stops
    QCache<qint64, QImage> m_thumbnails;
    QSet<qint64> m_limited; ///< conversations whose first message hit the daily limit
    QByteArray m_replyId;   ///< the message being answered; empty when none
    QString m_replyAuthor;  ///< its author's Cove ID
    QString m_replyExcerpt;
    quint64 m_sends = 0;  ///< sends so far: a late failure restores only the latest
    int m_noticeKind = 0; ///< the safety notice shown, 0 when none
    bool m_loadingOlder = false;
    bool m_isRequest = false;
    bool m_isInvitation = false; ///< a group not joined yet
    QString m_inviterId;
    bool m_blocked = false;
    QString m_peerId;
};

} // namespace cove::ui
