// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChatView.h"

#include "Account.h"
#include "AppSession.h"
#include "Bidi.h"
#include "Composer.h"
#include "Contacts.h"
#include "ConversationListModel.h"
#include "Conversations.h"
#include "CoveId.h"
#include "Dialogs.h"
#include "FactLines.h"
#include "ForwardDialog.h"
#include "MessageDelegate.h"
#include "MessageListModel.h"
#include "Messages.h"
#include "Messenger.h"
#include "ReportDialog.h"
#include "SafeText.h"
#include "Theme.h"
#include "WireFormat.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

namespace cove::ui {

namespace {

/// Rich text laid out in the interface's direction. Qt gives a paragraph of
/// rich text the direction of its first strong letter and, unlike plain
/// text, does not skip isolated names: an Arabic sentence that begins with
/// a Cove ID would run left to right.
QString inInterfaceDirection(const QString &html)
{
    return QApplication::isRightToLeft()
               ? QStringLiteral("<div dir=\"rtl\">") + html + QStringLiteral("</div>")
               : html;
}

constexpr int kThumbnailCacheKb = 64 * 1024;

QFrame *noticeBar(QWidget *parent)
{
    auto *bar = new QFrame(parent);
    bar->setAutoFillBackground(true);
    QPalette p = bar->palette();
    p.setColor(QPalette::Window, Theme::notice());
    p.setColor(QPalette::WindowText, Theme::noticeText());
    bar->setPalette(p);
    bar->hide();
    return bar;
}

} // namespace

ChatView::ChatView(app::Session &session, QWidget *parent)
    : QWidget(parent), m_session(session),
      m_model(new app::MessageListModel(session.account(), session.messenger(), this)),
      m_avatar(new AvatarLabel(36, this)), m_title(new QLabel(this)), m_subtitle(new QLabel(this)),
      m_safetyButton(new QToolButton(this)), m_detailsButton(new QToolButton(this)),
      m_timerButton(new QToolButton(this)), m_reportButton(new QToolButton(this)),
      m_blockButton(new QToolButton(this)), m_requestBar(noticeBar(this)),
      m_requestText(new QLabel(m_requestBar)), m_accept(new QPushButton(m_requestBar)),
      m_delete(new QPushButton(m_requestBar)), m_reportRequest(new QPushButton(m_requestBar)),
      m_blockRequest(new QPushButton(m_requestBar)), m_safetyBar(noticeBar(this)),
      m_safetyText(new QLabel(m_safetyBar)), m_noticeBlock(new QPushButton(m_safetyBar)),
      m_noticeReport(new QPushButton(m_safetyBar)), m_knowPerson(new QPushButton(m_safetyBar)),
      m_tellGuardian(new QPushButton(m_safetyBar)), m_dismissNotice(new QToolButton(m_safetyBar)),
      m_inviteBar(noticeBar(this)), m_inviteText(new QLabel(m_inviteBar)),
      m_join(new QPushButton(m_inviteBar)), m_decline(new QPushButton(m_inviteBar)),
      m_blockInviter(new QPushButton(m_inviteBar)), m_reportInvite(new QPushButton(m_inviteBar)),
      m_limitBar(noticeBar(this)), m_limitText(new QLabel(m_limitBar)),
      m_identityBar(noticeBar(this)), m_identityText(new QLabel(m_identityBar)),
      m_identityBlock(new QPushButton(m_identityBar)),
      m_identityReport(new QPushButton(m_identityBar)), m_compare(new QPushButton(m_identityBar)),
      m_acceptIdentity(new QPushButton(m_identityBar)), m_list(new QListView(this)),
      m_toNewest(new QPushButton(this)), m_composer(new Composer(this))
{
    m_thumbnails.setMaxCost(kThumbnailCacheKb);
    m_delegate = new MessageDelegate(
        *m_model, [this](qint64 id) { return thumbnail(id); }, this);

    // Header
    auto *header = new QWidget(this);
    header->setAutoFillBackground(true);
    header->setBackgroundRole(QPalette::Base);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    m_title->setObjectName(QStringLiteral("chatTitle"));
    // A group's name is whatever its creator typed: shown as text, never markup.
    m_title->setTextFormat(Qt::PlainText);
    m_subtitle->setTextFormat(Qt::PlainText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette muted = m_subtitle->palette();
    muted.setColor(QPalette::WindowText, Theme::mutedText());
    m_subtitle->setPalette(muted);
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reportButton->setObjectName(QStringLiteral("reportButton"));
    m_reportButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_blockButton->setObjectName(QStringLiteral("blockButton"));
    m_blockButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_timerButton->setObjectName(QStringLiteral("timerButton"));
    m_timerButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_timerButton->setPopupMode(QToolButton::InstantPopup);
    auto *timerMenu = new QMenu(m_timerButton);
    auto *timerChoice = new QActionGroup(timerMenu);
    for (const quint32 seconds : timerChoices()) {
        QAction *a = timerMenu->addAction(QString());
        a->setCheckable(true);
        a->setData(seconds);
        timerChoice->addAction(a);
    }
    m_timerButton->setMenu(timerMenu);
    for (QToolButton *b :
         {m_safetyButton, m_detailsButton, m_reportButton, m_blockButton, m_timerButton}) {
        b->setAutoRaise(true);
        b->setMinimumSize(34, 34);
        QFont f = b->font();
        f.setPointSizeF(f.pointSizeF() * 1.25);
        b->setFont(f);
    }
    m_safetyButton->setIcon(Theme::icon(Theme::Icon::Shield));
    m_detailsButton->setIcon(Theme::icon(Theme::Icon::Info));
    m_safetyButton->setIconSize(QSize(22, 22));
    m_detailsButton->setIconSize(QSize(22, 22));
    auto *titles = new QVBoxLayout;
    titles->setSpacing(0);
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    auto *headerRow = new QHBoxLayout(header);
    headerRow->setContentsMargins(14, 8, 10, 8);
    headerRow->addWidget(m_avatar);
    headerRow->addSpacing(6);
    headerRow->addLayout(titles, 1);
    headerRow->addWidget(m_timerButton);
    headerRow->addWidget(m_blockButton);
    headerRow->addWidget(m_reportButton);
    headerRow->addWidget(m_safetyButton);
    headerRow->addWidget(m_detailsButton);

    // Notices
    m_requestText->setWordWrap(true);
    m_requestText->setObjectName(QStringLiteral("requestFacts"));
    m_accept->setObjectName(QStringLiteral("acceptRequest"));
    m_delete->setObjectName(QStringLiteral("deleteRequest"));
    m_reportRequest->setObjectName(QStringLiteral("reportRequest"));
    m_blockRequest->setObjectName(QStringLiteral("blockRequest"));
    m_accept->setDefault(false);
    auto *requestButtons = new QHBoxLayout;
    requestButtons->addStretch();
    requestButtons->addWidget(m_blockRequest);
    requestButtons->addWidget(m_reportRequest);
    requestButtons->addWidget(m_delete);
    requestButtons->addWidget(m_accept);
    auto *requestBox = new QVBoxLayout(m_requestBar);
    requestBox->setContentsMargins(16, 10, 16, 10);
    requestBox->addWidget(m_requestText);
    requestBox->addLayout(requestButtons);
    m_safetyBar->setObjectName(QStringLiteral("safetyNotice"));
    m_safetyText->setObjectName(QStringLiteral("safetyNoticeText"));
    m_safetyText->setWordWrap(true);
    m_noticeBlock->setObjectName(QStringLiteral("noticeBlock"));
    m_noticeReport->setObjectName(QStringLiteral("noticeReport"));
    m_knowPerson->setObjectName(QStringLiteral("knowPerson"));
    m_tellGuardian->setObjectName(QStringLiteral("noticeTellGuardian"));
    m_tellGuardian->hide();
    m_dismissNotice->setObjectName(QStringLiteral("dismissNotice"));
    m_dismissNotice->setText(QStringLiteral("✕"));
    m_dismissNotice->setAutoRaise(true);
    auto *safetyTop = new QHBoxLayout;
    safetyTop->addWidget(m_safetyText, 1);
    safetyTop->addWidget(m_dismissNotice, 0, Qt::AlignTop);
    auto *safetyButtons = new QHBoxLayout;
    safetyButtons->addStretch();
    safetyButtons->addWidget(m_noticeBlock);
    safetyButtons->addWidget(m_noticeReport);
    safetyButtons->addWidget(m_tellGuardian);
    safetyButtons->addWidget(m_knowPerson);
    auto *safetyBox = new QVBoxLayout(m_safetyBar);
    safetyBox->setContentsMargins(16, 10, 10, 10);
    safetyBox->addLayout(safetyTop);
    safetyBox->addLayout(safetyButtons);
    m_inviteBar->setObjectName(QStringLiteral("groupInvitation"));
    m_inviteText->setObjectName(QStringLiteral("groupInvitationText"));
    m_inviteText->setWordWrap(true);
    m_join->setObjectName(QStringLiteral("joinGroup"));
    m_decline->setObjectName(QStringLiteral("declineGroup"));
    m_blockInviter->setObjectName(QStringLiteral("blockInviter"));
    m_reportInvite->setObjectName(QStringLiteral("reportInvitation"));
    auto *inviteButtons = new QHBoxLayout;
    inviteButtons->addStretch();
    inviteButtons->addWidget(m_blockInviter);
    inviteButtons->addWidget(m_reportInvite);
    inviteButtons->addWidget(m_decline);
    inviteButtons->addWidget(m_join);
    auto *inviteBox = new QVBoxLayout(m_inviteBar);
    inviteBox->setContentsMargins(16, 10, 16, 10);
    inviteBox->addWidget(m_inviteText);
    inviteBox->addLayout(inviteButtons);
    m_limitBar->setObjectName(QStringLiteral("conversationLimit"));
    m_limitText->setWordWrap(true);
    auto *limitBox = new QHBoxLayout(m_limitBar);
    limitBox->setContentsMargins(16, 8, 16, 8);
    limitBox->addWidget(m_limitText, 1);
    m_identityText->setWordWrap(true);
    auto *identityBox = new QHBoxLayout(m_identityBar);
    identityBox->setContentsMargins(16, 8, 16, 8);
    identityBox->addWidget(m_identityText, 1);
    // Block and Report next to Compare and Continue ("I know this person").
    m_identityBlock->setObjectName(QStringLiteral("identityBlock"));
    m_identityReport->setObjectName(QStringLiteral("identityReport"));
    identityBox->addWidget(m_identityBlock);
    identityBox->addWidget(m_identityReport);
    identityBox->addWidget(m_compare);
    identityBox->addWidget(m_acceptIdentity);

    // History
    m_list->setModel(m_model);
    m_list->setItemDelegate(m_delegate);
    m_list->setObjectName(QStringLiteral("messageList"));
    m_toNewest->setObjectName(QStringLiteral("toNewest"));
    m_toNewest->setFlat(true);
    m_toNewest->hide();
    connect(m_toNewest, &QPushButton::clicked, this, [this] {
        m_model->showNewest();
        m_toNewest->hide();
        m_list->scrollToBottom();
        scheduleMarkRead();
    });
    connect(m_model, &app::MessageListModel::arrivedBelow, this, [this] {
        m_toNewest->setText(tr("New messages below ↓"));
        m_toNewest->show();
    });
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->verticalScrollBar()->setSingleStep(24);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_list->setMouseTracking(true);
    m_list->viewport()->installEventFilter(this);
    QPalette lp = m_list->palette();
    lp.setColor(QPalette::Base, Theme::chatBackground());
    m_list->setPalette(lp);

    auto *box = new QVBoxLayout(this);
    box->setContentsMargins(0, 0, 0, 0);
    box->setSpacing(0);
    box->addWidget(header);
    box->addWidget(m_identityBar);
    box->addWidget(m_requestBar);
    box->addWidget(m_safetyBar);
    box->addWidget(m_inviteBar);
    box->addWidget(m_limitBar);
    box->addWidget(m_list, 1);
    box->addWidget(m_toNewest, 0, Qt::AlignTrailing);
    box->addStretch(0); // takes the room while the list is hidden (an invitation)
    box->addWidget(m_composer);

    // Reaching the top should not wait for the database or for shaping
    // text: shortly after the rows changed, the next older page is read
    // and measured, and fetchOlder() takes it from there.
    m_prefetch.setSingleShot(true);
    m_prefetch.setInterval(30);
    connect(&m_prefetch, &QTimer::timeout, this, [this] {
        m_delegate->premeasure(m_model->prefetchOlder(), m_list->font(),
                               m_list->viewport()->width());
    });
    m_saveDraft.setSingleShot(true);
    m_saveDraft.setInterval(800);
    connect(&m_saveDraft, &QTimer::timeout, this, [this] { saveDraft(m_model->conversationId()); });
    connect(m_composer, &Composer::edited, &m_saveDraft, qOverload<>(&QTimer::start));
    m_markRead.setSingleShot(true);
    m_markRead.setInterval(400);
    connect(&m_markRead, &QTimer::timeout, this, [this] {
        // Only with the newest messages in view (not opened at a search
        // result or at the first unread, above them): read receipts say the
        // person saw them.
        const QScrollBar *bar = m_list->verticalScrollBar();
        if (m_model->conversationId() != 0 && !m_isRequest && !m_isInvitation && isVisible() &&
            window()->isActiveWindow() && !m_model->hasNewer() &&
            bar->value() >= bar->maximum() - 40)
            (void)m_session.messenger().markRead(m_model->conversationId());
    });
    connect(m_composer, &Composer::sendRequested, this, &ChatView::send);
    connect(m_composer, &Composer::replyCancelled, this, [this] { m_replyId.clear(); });
    // A message answered and then deleted (or expired) is not quoted.
    connect(&m_session.messenger(), &app::Messenger::messagesDeleted, this, [this] {
        if (m_replyId.isEmpty())
            return;
        auto m = storage::MessageRepository(m_session.account().db()).findByMessageId(m_replyId);
        if (m && !m->has_value()) {
            m_replyId.clear();
            m_composer->setReplyPreview({}, {});
        }
    });
    connect(m_list->verticalScrollBar(), &QScrollBar::valueChanged, this, &ChatView::onScroll);
    connect(m_model, &app::MessageListModel::appended, this, &ChatView::onAppended);
    connect(m_list, &QListView::customContextMenuRequested, this, &ChatView::showContextMenu);
    connect(m_safetyButton, &QToolButton::clicked, this,
            [this] { Q_EMIT safetyNumberRequested(m_peerId); });
    connect(m_detailsButton, &QToolButton::clicked, this,
            [this] { Q_EMIT detailsRequested(m_model->conversationId()); });
    connect(timerChoice, &QActionGroup::triggered, this, [this](QAction *a) {
        const quint32 seconds = a->data().toUInt();
        if (auto r = m_session.messenger().setExpireTimer(m_model->conversationId(),
                                                          seconds ? std::optional<quint32>(seconds)
                                                                  : std::nullopt);
            !r)
            QMessageBox::warning(this, tr("Cove"), describe(r.error()));
        refreshHeader();
    });
    connect(m_accept, &QPushButton::clicked, this, [this] {
        if (auto r = m_session.messenger().acceptRequest(m_model->conversationId()); !r)
            QMessageBox::warning(this, tr("Cove"), describe(r.error()));
        refreshHeader();
        refreshNotices();
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        const auto answer =
            QMessageBox::question(this, tr("Delete this request?"),
                                  tr("The messages are deleted from this computer. %1 is not told.")
                                      .arg(isolate(m_title->text())));
        if (answer != QMessageBox::Yes)
            return;
        if (auto r = m_session.messenger().deleteRequest(m_model->conversationId()); !r) {
            QMessageBox::warning(this, tr("Cove"), describe(r.error()));
            return;
        }
        showConversation(0);
        Q_EMIT closed();
    });
    connect(m_reportButton, &QToolButton::clicked, this, [this] {
        ReportDialog::reportConversation(m_session, m_model->conversationId(), QString(), this);
    });
    connect(m_reportRequest, &QPushButton::clicked, this, [this] {
        ReportDialog::reportConversation(m_session, m_model->conversationId(), QString(), this);
    });
    connect(m_blockButton, &QToolButton::clicked, this, [this] { toggleBlock(true); });
    connect(m_noticeBlock, &QPushButton::clicked, this, [this] {
        if (m_noticeKind == int(safety::NoticeKind::GuardedNewContact))
            answerGuarded(int(app::Messenger::GuardedAnswer::Block));
        else
            toggleBlock(true);
    });
    connect(m_tellGuardian, &QPushButton::clicked, this,
            [this] { answerGuarded(int(app::Messenger::GuardedAnswer::TellGuardian)); });
    connect(m_join, &QPushButton::clicked, this, [this] {
        if (auto r = m_session.messenger().acceptRequest(m_model->conversationId()); !r)
            QMessageBox::warning(this, tr("Cove"), describe(r.error()));
        refreshHeader();
        refreshNotices();
        scheduleMarkRead();
    });
    const auto dropInvitation = [this](bool blockInviter) {
        const QString inviter = m_inviterId;
        if (auto r = m_session.messenger().deleteRequest(m_model->conversationId()); !r) {
            QMessageBox::warning(this, tr("Cove"), describe(r.error()));
            return;
        }
        if (blockInviter && !inviter.isEmpty())
            if (auto r = m_session.messenger().block(inviter); !r)
                QMessageBox::warning(this, tr("Cove"), describe(r.error()));
        showConversation(0);
        Q_EMIT closed();
    };
    connect(m_decline, &QPushButton::clicked, this, [dropInvitation] { dropInvitation(false); });
    connect(m_blockInviter, &QPushButton::clicked, this,
            [dropInvitation] { dropInvitation(true); });
    connect(m_reportInvite, &QPushButton::clicked, this, [this] {
        ReportDialog::reportConversation(m_session, m_model->conversationId(), m_inviterId, this);
    });
    connect(m_noticeReport, &QPushButton::clicked, this, [this] {
        ReportDialog::reportConversation(m_session, m_model->conversationId(), QString(), this);
    });
    connect(m_knowPerson, &QPushButton::clicked, this, [this] {
        if (m_noticeKind == int(safety::NoticeKind::GuardedNewContact))
            return answerGuarded(int(app::Messenger::GuardedAnswer::KnowThem));
        // Someone the person knows goes into their contacts: no more
        // stranger notices, and they stay reachable under contacts only.
        if (auto r = m_session.messenger().addContact(m_peerId, m_title->text()); !r)
            QMessageBox::warning(this, tr("Cove"), describe(r.error()));
        refreshHeader();
        refreshNotices();
    });
    connect(m_dismissNotice, &QToolButton::clicked, this, [this] {
        if (m_noticeKind == 0)
            return;
        if (auto r = m_session.messenger().dismissNotice(m_model->conversationId(),
                                                         safety::NoticeKind(m_noticeKind));
            !r)
            QMessageBox::warning(this, tr("Cove"), describe(r.error()));
        refreshNotices();
    });
    connect(&m_session.messenger(), &app::Messenger::newConversationLimitReached, this,
            [this](qint64 conversationId, const QString &) {
                m_limited.insert(conversationId);
                if (conversationId == m_model->conversationId())
                    refreshNotices();
            });
    connect(&m_session.messenger(), &app::Messenger::messageStored, this,
            [this](qint64, qint64 conversationId) {
                if (conversationId == m_model->conversationId() && m_safetyBar->isHidden())
                    refreshNotices(); // a stranger's first file or link
            });
    connect(m_blockRequest, &QPushButton::clicked, this, [this] { toggleBlock(false); });
    // Blocking, or a guardian approving or removing someone, changes who
    // this chat reaches.
    for (auto signal : {&app::Messenger::blocksChanged, &app::Messenger::guardedChanged})
        connect(&m_session.messenger(), signal, this, [this] {
            refreshHeader();
            refreshNotices();
        });
    auto *reportShortcut = new QAction(this);
    reportShortcut->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    reportShortcut->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(reportShortcut, &QAction::triggered, this, &ChatView::reportSelected);
    addAction(reportShortcut);
    connect(m_identityBlock, &QPushButton::clicked, this, [this] { toggleBlock(true); });
    connect(m_identityReport, &QPushButton::clicked, this, [this] {
        ReportDialog::reportConversation(m_session, m_model->conversationId(), m_peerId, this);
    });
    connect(m_compare, &QPushButton::clicked, this,
            [this] { Q_EMIT safetyNumberRequested(m_peerId); });
    connect(m_acceptIdentity, &QPushButton::clicked, this, [this] {
        if (auto r = m_session.messenger().acceptIdentityChange(m_peerId); !r)
            QMessageBox::warning(this, tr("Cove"), describe(r.error()));
        refreshNotices();
    });
    connect(&m_session.messenger(), &app::Messenger::identityChanged, this,
            [this](const QString &id) {
                if (id == m_peerId)
                    refreshNotices();
            });
    connect(&m_session.messenger(), &app::Messenger::conversationChanged, this, [this](qint64 id) {
        if (!m_session.messenger().conversation(id)) { // deleted
            if (id == m_model->conversationId())
                showConversation(0); // before forget(): leaving parks its files
            m_composer->forget(id);
            return;
        }
        if (id == m_model->conversationId()) {
            refreshHeader();
            refreshNotices();
        }
    });
    retranslate();
    showConversation(0);
}

ChatView::~ChatView()
{
    if (m_saveDraft.isActive())
        saveDraft(m_model->conversationId());
}

void ChatView::saveDraft(qint64 conversationId)
{
    m_saveDraft.stop();
    // Best effort: the conversation may have been deleted meanwhile.
    if (conversationId != 0)
        (void)m_session.messenger().setDraft(conversationId, m_composer->draftText());
}

qint64 ChatView::conversationId() const
{
    return m_model->conversationId();
}

void ChatView::showConversation(qint64 conversationId, qint64 messageRowId)
{
    const qint64 leaving = m_model->conversationId();
    if (m_saveDraft.isActive())
        saveDraft(leaving); // typed since the last save
    const int found = messageRowId != 0 ? m_model->showAround(conversationId, messageRowId) : -1;
    int firstUnread = -1;
    if (messageRowId == 0) {
        m_model->setConversation(conversationId);
        // Where the unread messages start, before they are marked read.
        if (auto conv = m_session.messenger().conversation(conversationId);
            conv && conversationId != leaving)
            firstUnread = m_model->markUnread(conv->markedUnread ? 0 : conv->unreadCount);
    }
    m_toNewest->hide();
    refreshHeader();
    refreshNotices();
    if (found >= 0) {
        m_list->doItemsLayout();
        const QModelIndex at = m_model->index(found);
        m_list->setCurrentIndex(at);
        m_list->scrollTo(at, QAbstractItemView::PositionAtCenter);
        if (m_model->hasNewer()) {
            m_toNewest->setText(tr("Newest messages ↓"));
            m_toNewest->show();
        }
    } else if (firstUnread >= 0) {
        // The first unread message at the top, unless all of them fit.
        m_list->doItemsLayout();
        m_list->scrollToBottom();
        const QModelIndex first = m_model->index(firstUnread);
        if (m_list->visualRect(first).top() < 0)
            m_list->scrollTo(first, QAbstractItemView::PositionAtTop);
    } else {
        m_list->scrollToBottom();
    }
    // The first page may not fill the view: read older ones until it does.
    QTimer::singleShot(0, this, [this] { onScroll(m_list->verticalScrollBar()->value()); });
    m_prefetch.start();
    scheduleMarkRead();
    // What the person was writing there comes back.
    const app::AppResult<QString> draft = conversationId != 0
                                              ? m_session.messenger().draft(conversationId)
                                              : app::AppResult<QString>(QString());
    if (conversationId != leaving) { // the same chat again keeps its cursor and undo
        m_composer->switchDraft(leaving, conversationId, draft ? *draft : QString());
        m_replyId.clear();
        m_composer->setReplyPreview({}, {});
    }
    if (conversationId != 0)
        m_composer->focusText();
}

void ChatView::refreshHeader()
{
    const qint64 id = m_model->conversationId();
    m_peerId.clear();
    m_isRequest = false;
    auto conv = id != 0 ? m_session.messenger().conversation(id)
                        : app::AppResult<storage::Conversation>(
                              app::appError(app::AppError::Code::NotFound, {}));
    if (!conv) {
        m_title->clear();
        m_subtitle->clear();
        m_safetyButton->hide();
        m_detailsButton->hide();
        m_blockButton->hide();
        m_timerButton->hide();
        m_composer->setBlockedReason({});
        return;
    }
    // Disappearing messages: the header says when they are on.
    const quint32 timer = conv->expireTimerSeconds.value_or(0);
    m_timerButton->setText(timer ? QStringLiteral("⏱ ") + timerLabel(timer) : QStringLiteral("⏱"));
    m_timerButton->setToolTip(
        QCoreApplication::translate("Disappearing", "Disappearing messages: %1")
            .arg(timerLabel(timer)));
    m_timerButton->setAccessibleName(m_timerButton->toolTip());
    for (QAction *a : m_timerButton->menu()->actions()) {
        a->setText(timerLabel(a->data().toUInt()));
        a->setChecked(a->data().toUInt() == timer);
    }
    // Not before the person accepted a request or joined a stranger's group.
    const auto invitation = m_session.messenger().groupInvitation(id);
    m_timerButton->setVisible(conv->state != storage::ConversationState::MessageRequest &&
                              !(invitation && invitation->has_value()));
    const QString title = app::conversationTitle(m_session.account(), *conv);
    m_title->setText(title);
    m_isRequest = conv->state == storage::ConversationState::MessageRequest;
    if (conv->kind == storage::ConversationKind::Group) {
        const auto members = m_session.messenger().groupMembers(id);
        m_subtitle->setText(tr("%n member(s)", nullptr, members ? int(members->size()) : 0));
        m_avatar->setPerson(title, title);
        m_safetyButton->hide();
    } else {
        m_peerId = conv->peerId;
        const auto contact = m_session.messenger().contact(conv->peerId);
        const bool known = contact && contact->has_value();
        m_subtitle->setText(known ? protocol::displayCoveId(conv->peerId)
                                  : tr("Not in your contacts"));
        m_avatar->setPerson(title, conv->peerId);
        m_safetyButton->show();
    }
    m_detailsButton->show();
    const app::AppResult<bool> blocked = m_peerId.isEmpty()
                                             ? app::AppResult<bool>(false)
                                             : m_session.messenger().isBlocked(m_peerId);
    m_blocked = blocked && *blocked;
    m_blockButton->setVisible(!m_peerId.isEmpty() && !m_isRequest);
    m_blockButton->setText(m_blocked ? QCoreApplication::translate("Blocking", "Unblock")
                                     : QCoreApplication::translate("Blocking", "Block"));
    m_blockButton->setAccessibleName(m_blockButton->text());
    QString reason;
    if (m_blocked)
        reason = QCoreApplication::translate("Blocking", "You blocked %1. Their messages do not "
                                                         "reach you. Unblock them to write.")
                     .arg(isolate(title));
    else if (m_isRequest)
        reason = tr("Accept the request to reply. Until then, %1 cannot see that you read it.")
                     .arg(isolate(title));
    else if (conv->kind == storage::ConversationKind::Group) {
        const auto members = m_session.messenger().groupMembers(id);
        const QString me = m_session.account().coveId();
        const bool admin =
            members && std::any_of(members->cbegin(), members->cend(), [&](const auto &m) {
                return m.memberId == me && m.role == storage::MemberRole::Admin;
            });
        const auto stored = m_session.messenger().groupPermissions(id);
        const quint8 permissions = stored ? *stored : quint8(0);
        if (!admin && (permissions & protocol::GroupUpdate::OnlyAdminsSend))
            reason = QCoreApplication::translate("GroupInfo",
                                                 "Only admins can send messages in this group.");
        // A child's app writes to nobody the guardian did not approve.
        const auto unapproved = m_session.messenger().unapprovedMembers(id);
        if (unapproved && !unapproved->isEmpty())
            reason = QCoreApplication::translate(
                "Guarded", "Someone your guardian has not approved is in this group. Until they "
                           "leave, you can't write here and you don't see what they write.");
    }
    m_composer->setBlockedReason(reason);
}

void ChatView::answerGuarded(int answer)
{
    if (auto r = m_session.messenger().answerGuardedNotice(m_model->conversationId(),
                                                           app::Messenger::GuardedAnswer(answer));
        !r)
        QMessageBox::warning(this, tr("Cove"), describe(r.error()));
    refreshHeader();
    refreshNotices();
}

void ChatView::toggleBlock(bool ask)
{
    if (m_peerId.isEmpty())
        return;
    const QString name = m_title->text();
    if (m_blocked) {
        if (auto r = m_session.messenger().unblock(m_peerId); !r)
            QMessageBox::warning(this, tr("Cove"), describe(r.error()));
        return;
    }
    if (ask) {
        const auto answer = QMessageBox::question(
            this, QCoreApplication::translate("Blocking", "Block %1?").arg(isolate(name)),
            QCoreApplication::translate("Blocking",
                                        "%1 is not told. Their messages and group invitations "
                                        "stop reaching you. You can unblock them in Settings.")
                .arg(isolate(name)));
        if (answer != QMessageBox::Yes)
            return;
    }
    const bool wasRequest = m_isRequest;
    if (auto r = m_session.messenger().block(m_peerId); !r) {
        QMessageBox::warning(this, tr("Cove"), describe(r.error()));
        return;
    }
    if (wasRequest) { // the request is gone with the block
        showConversation(0);
        Q_EMIT closed();
    }
}

void ChatView::refreshNotices()
{
    const qint64 id = m_model->conversationId();
    m_requestBar->setVisible(false);
    m_identityBar->setVisible(false);
    m_safetyBar->setVisible(false);
    m_limitBar->setVisible(m_limited.contains(id));
    m_noticeKind = 0;
    m_isInvitation = id != 0 && refreshInvitation(id);
    m_inviteBar->setVisible(m_isInvitation);
    // Nothing of a stranger's group shows before the person chose Join.
    m_list->setVisible(!m_isInvitation);
    m_composer->setVisible(!m_isInvitation);
    if (id == 0 || m_isInvitation)
        return;
    if (m_limited.contains(id))
        m_limitText->setText(inInterfaceDirection(
            QCoreApplication::translate(
                "Reachability",
                "<b>Your message to %1 was not delivered.</b> To protect people from spam, "
                "new accounts can start only a few conversations a day with people who have "
                "not written to them. Try again tomorrow, or ask them to write to you first.")
                .arg(isolate(m_title->text().toHtmlEscaped()))));
    refreshSafetyNotice(id);
    if (m_isRequest) {
        auto facts = m_session.messenger().requestFacts(id);
        QStringList lines;
        lines.append(tr("<b>%1 is not in your contacts.</b> Their messages wait here until you "
                        "accept. They don't know whether you have seen them.")
                         .arg(isolate(m_title->text().toHtmlEscaped())));
        if (facts && facts->has_value())
            lines.append(factLines(**facts));
        lines.append(tr("Never share personal details, photos or passwords with someone you "
                        "don't know, and be careful if they ask to move to another app."));
        m_requestText->setText(inInterfaceDirection(lines.join(QStringLiteral("<br>"))));
        m_requestBar->setVisible(true);
    }
    if (!m_peerId.isEmpty()) {
        auto pending = m_session.messenger().hasPendingIdentityChange(m_peerId);
        if (pending && *pending) {
            m_identityText->setText(inInterfaceDirection(
                tr("<b>The safety number with %1 has changed.</b> They may have reinstalled "
                   "Cove, or someone may be trying to listen in. Messages wait until you "
                   "continue.")
                    .arg(isolate(m_title->text().toHtmlEscaped()))));
            m_identityBar->setVisible(true);
        }
    }
}

bool ChatView::refreshInvitation(qint64 conversationId)
{
    m_inviterId.clear();
    auto invitation = m_session.messenger().groupInvitation(conversationId);
    if (!invitation || !invitation->has_value())
        return false;
    const app::Messenger::GroupInvitation &inv = **invitation;
    m_inviterId = inv.inviterId;
    app::Account &account = m_session.account();
    const auto nameOf = [&account](const QString &id) {
        return app::personName(account, id).toHtmlEscaped();
    };
    QStringList admins;
    for (const QString &id : inv.admins)
        admins.append(isolate(nameOf(id)));
    QStringList lines;
    // A contact adding someone back to a group they left asks too.
    const app::AppResult<std::optional<storage::Contact>> inviter =
        m_session.messenger().contact(inv.inviterId);
    const bool fromContact = inviter && inviter->has_value();
    lines.append(
        (fromContact
             ? QCoreApplication::translate("GroupInvite",
                                           "<b>%1 added you to the group “%2” again.</b> "
                                           "Nothing of the group is shown until you join.")
             : QCoreApplication::translate(
                   "GroupInvite", "<b>%1 added you to the group “%2”.</b> %1 is not in your "
                                  "contacts. Nothing of the group is shown until you join."))
            .arg(isolate(nameOf(inv.inviterId)), isolate(m_title->text().toHtmlEscaped())));
    lines.append(QCoreApplication::translate("GroupInvite", "• Invited %1")
                     .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(inv.invitedAt),
                                             QLocale::ShortFormat)));
    // Only the inviter is certain. Who made the group, who runs it and who
    // is in it are the inviter's word: a stranger can name the person's
    // contacts to look trustworthy.
    lines.append(QCoreApplication::translate(
        "GroupInvite", "<i>The rest is what the invitation says; Cove cannot check it. Anyone can "
                       "name people you know, so ask them before you join.</i>"));
    if (!inv.creatorId.isEmpty())
        lines.append(QCoreApplication::translate("GroupInvite", "• Created by %1")
                         .arg(isolate(nameOf(inv.creatorId))));
    lines.append(QCoreApplication::translate("GroupInvite", "• Admins: %1")
                     .arg(admins.join(QStringLiteral(", "))));
    lines.append(
        QCoreApplication::translate("GroupInvite", "• %n member(s)", nullptr, inv.memberCount));
    lines.append(
        inv.contactsInGroup.isEmpty()
            ? QCoreApplication::translate("GroupInvite", "• None of your contacts are in it.")
            : QCoreApplication::translate("GroupInvite", "• %n of your contacts are in it.",
                                          nullptr, int(inv.contactsInGroup.size())));
    app::Messenger::RequestFacts facts = inv.inviterFacts;
    QStringList about = factLines(facts);
    about.removeLast(); // the shared-groups line counts this very group
    lines.append(about);
    m_inviteText->setText(inInterfaceDirection(lines.join(QStringLiteral("<br>"))));
    return true;
}

void ChatView::refreshSafetyNotice(qint64 conversationId)
{
    auto notice = m_session.messenger().safetyNotice(conversationId);
    if (!notice || !notice->has_value())
        return;
    const app::Messenger::SafetyNotice &n = **notice;
    const QString name = m_title->text().toHtmlEscaped();
    const bool guarded = n.kind == safety::NoticeKind::GuardedNewContact;
    m_noticeReport->setVisible(!guarded);
    m_tellGuardian->setVisible(guarded);
    m_knowPerson->setToolTip(
        guarded ? QString()
                : QCoreApplication::translate("SafetyNotice",
                                              "Adds them to your contacts; these notices stop."));
    QStringList lines;
    switch (n.kind) {
    case safety::NoticeKind::GuardedNewContact:
        // A child answers before chatting on: the composer waits.
        lines.append(QCoreApplication::translate(
                         "Guarded", "<b>Do you know %1 in real life?</b> Pick one answer before "
                                    "you chat. If you are not sure, tell your guardian.")
                         .arg(isolate(name)));
        m_composer->setBlockedReason(
            QCoreApplication::translate("Guarded", "Answer the question above to start."));
        break;
    case safety::NoticeKind::MassContact:
        lines.append(QCoreApplication::translate(
                         "SafetyNotice",
                         "<b>%1 recently started conversations with many people they don't "
                         "know.</b> That is common for spam and scams. Don't send money, codes "
                         "or personal details.")
                         .arg(isolate(name)));
        break;
    case safety::NoticeKind::StrangerLinkOrMedia:
        lines.append(QCoreApplication::translate(
                         "SafetyNotice",
                         "<b>%1, who is not in your contacts, sent a file or a link.</b> Open only "
                         "what you expected: files and links from strangers can lead to scams or "
                         "to pictures you did not want to see.")
                         .arg(isolate(name)));
        break;
    case safety::NoticeKind::StrangerFirstContact:
        lines.append(QCoreApplication::translate(
                         "SafetyNotice",
                         "<b>%1 is not in your contacts.</b> You accepted their request. Take "
                         "care before sharing photos, where you live or where you are.")
                         .arg(isolate(name)));
        break;
    }
    app::Messenger::RequestFacts facts = n.facts;
    facts.massContact =
        facts.massContact && n.kind != safety::NoticeKind::MassContact; // said above
    lines.append(factLines(facts));
    m_safetyText->setText(inInterfaceDirection(lines.join(QStringLiteral("<br>"))));
    m_dismissNotice->setVisible(n.dismissible);
    m_noticeKind = int(n.kind);
    m_safetyBar->setVisible(true);
}

void ChatView::replyTo(qint64 messageRowId)
{
    auto found = storage::MessageRepository(m_session.account().db()).find(messageRowId);
    if (!found || !found->has_value() || (*found)->conversationId != m_model->conversationId())
        return;
    const storage::StoredMessage &m = **found;
    QString excerpt = m.body.left(protocol::kMaxQuoteExcerptChars);
    QString shown = excerpt;
    if (excerpt.isEmpty() && !m.attachments.isEmpty()) {
        // The excerpt travels to people who read other languages: the file's
        // name (a camera for a nameless picture), not this app's word "Photo".
        const auto &d = m.attachments.constFirst().descriptor;
        const bool image = d.mimeType.startsWith(QLatin1String("image/"));
        excerpt = protocol::safeFileName(d.fileName).left(protocol::kMaxQuoteExcerptChars);
        if (excerpt.isEmpty() && image)
            excerpt = QStringLiteral("📷");
        shown = image ? QCoreApplication::translate("cove::app::ConversationListModel", "Photo")
                      : excerpt;
    }
    m_replyId = m.messageId;
    m_replyAuthor = m.senderId;
    m_replyExcerpt = excerpt;
    m_composer->setReplyPreview(app::personName(m_session.account(), m.senderId), shown);
    m_composer->focusText();
}

void ChatView::send()
{
    const qint64 id = m_model->conversationId();
    const QString text = m_composer->text();
    if (id == 0 || (text.isEmpty() && m_composer->files().isEmpty()))
        return;
    const quint64 serial = ++m_sends;
    std::optional<protocol::Quote> quote;
    if (!m_replyId.isEmpty())
        quote = protocol::Quote{m_replyId, m_replyAuthor.toUtf8(), m_replyExcerpt};
    if (m_composer->files().isEmpty()) {
        if (auto r = m_session.messenger().sendMessage(id, text, {}, quote); !r) {
            QMessageBox::warning(this, tr("Not sent"), describe(r.error()));
            return;
        }
        m_composer->clear();
        saveDraft(id); // sent: no draft comes back, even after a crash
        m_replyId.clear();
        m_composer->setReplyPreview({}, {});
    } else {
        QPointer<ChatView> self(this);
        const auto files = m_composer->files();
        m_composer->clear();
        saveDraft(id);
        m_replyId.clear();
        m_composer->setReplyPreview({}, {});
        m_session.messenger().sendFileData(
            id, text, files,
            [self, id, text, files, serial, quote](const app::AppResult<qint64> &r) {
                ChatView *view = self.data();
                if (r || view == nullptr)
                    return;
                // Files are uploaded before the message is queued: unlike a
                // text, they do not wait for the connection. Nothing the
                // person chose is lost: it goes back into the message box.
                const app::AppError &error = r.error();
                QString what;
                if (error.relayCode == int(protocol::WireError::RateLimited))
                    what = tr("You sent many files in a short time. Wait a minute, then send "
                              "them again.");
                else if (error.code == app::AppError::Code::Network && error.relayCode == 0)
                    what = tr("The relay cannot be reached right now, so the files were not "
                              "sent.");
                else
                    what = describe(error);
                // Not over a later send; into that chat's draft when another
                // one is open now.
                bool back = false;
                if (view->m_model->conversationId() == id) {
                    back = view->m_sends == serial && view->m_composer->restore(text, files);
                    // The answer still answers the same message, if it is there.
                    if (back && quote && view->m_replyId.isEmpty()) {
                        auto quoted = storage::MessageRepository(view->m_session.account().db())
                                          .findByMessageId(quote->messageId);
                        if (quoted && quoted->has_value() && (*quoted)->conversationId == id)
                            view->replyTo((*quoted)->rowId);
                    }
                } else {
                    app::Messenger &messenger = view->m_session.messenger();
                    const app::AppResult<QString> draft = messenger.draft(id);
                    back = draft && draft->isEmpty() && messenger.setDraft(id, text);
                    if (back)
                        view->m_composer->keepFiles(id, files);
                }
                if (back)
                    what += QLatin1Char(' ') + tr("They are back in the message box.");
                QMessageBox::warning(view, tr("Not sent"), what);
            },
            quote);
    }
    if (m_model->hasNewer()) {
        m_model->showNewest(); // what was sent shows at the bottom of the newest page
        m_toNewest->hide();
    }
    m_list->scrollToBottom();
}

void ChatView::onScroll(int value)
{
    QScrollBar *bar = m_list->verticalScrollBar();
    if (value >= bar->maximum() - 40 && !m_model->hasNewer())
        scheduleMarkRead(); // down to the newest: what was unread has been seen
    const bool top = value <= bar->minimum() + 40 && m_model->hasOlder();
    const bool bottom = value >= bar->maximum() - 40 && m_model->hasNewer();
    if (m_loadingOlder || (!top && !bottom))
        return;
    m_loadingOlder = true;
    // Keep the message the person is looking at where it is, while rows
    // come in at one end and go at the other.
    const QModelIndex anchor = m_list->indexAt(QPoint(m_list->viewport()->width() / 2, 1));
    const qint64 anchorId = anchor.data(app::MessageListModel::RowIdRole).toLongLong();
    const int offset = m_list->visualRect(anchor).top();
    const int fromBottom = bar->maximum() - value;
    if ((top ? m_model->fetchOlder() : m_model->fetchNewer()) > 0) {
        m_prefetch.start();
        if (!top && !m_model->hasNewer())
            scheduleMarkRead(); // scrolled down to the newest
        m_list->doItemsLayout();
        const int row = anchor.isValid() ? m_model->rowOf(anchorId) : -1;
        if (row >= 0)
            bar->setValue(bar->value() + m_list->visualRect(m_model->index(row)).top() - offset);
        else
            bar->setValue(bar->maximum() - fromBottom);
    }
    // Far from the newest messages: one click brings them back.
    if (m_model->hasNewer() && m_toNewest->isHidden()) {
        m_toNewest->setText(tr("Newest messages ↓"));
        m_toNewest->show();
    } else if (!m_model->hasNewer()) {
        m_toNewest->hide();
    }
    m_loadingOlder = false;
}

void ChatView::onAppended()
{
    QScrollBar *bar = m_list->verticalScrollBar();
    const bool atBottom = bar->value() >= bar->maximum() - 80;
    const int last = m_model->rowCount() - 1;
    const bool own =
        last >= 0 &&
        m_model->data(m_model->index(last), app::MessageListModel::OutgoingRole).toBool();
    if (atBottom || own)
        QTimer::singleShot(0, m_list, &QListView::scrollToBottom);
    scheduleMarkRead();
}

void ChatView::scheduleMarkRead()
{
    m_markRead.start();
}

QImage ChatView::thumbnail(qint64 attachmentId)
{
    if (QImage *cached = m_thumbnails.object(attachmentId))
        return *cached;
    auto bytes = m_session.messenger().attachmentBytes(attachmentId);
    if (!bytes)
        return {};
    QImage image = QImage::fromData(*bytes);
    if (image.isNull())
        return {};
    const int side = int(MessageDelegate::kMaxImageSide * devicePixelRatioF());
    if (image.width() > side || image.height() > side)
        image = image.scaled(side, side, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    image.setDevicePixelRatio(1.0);
    const int cost = int(std::max<qsizetype>(1, image.sizeInBytes() / 1024));
    m_thumbnails.insert(attachmentId, new QImage(image), cost);
    return image;
}

bool ChatView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list->viewport() && event->type() == QEvent::MouseButtonDblClick) {
        auto *me = static_cast<QMouseEvent *>(event);
        const QModelIndex index = m_list->indexAt(me->position().toPoint());
        if (index.isValid()) {
            openAttachment(index, me->position().toPoint());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ChatView::openAttachment(const QModelIndex &index, const QPoint &pos)
{
    QStyleOptionViewItem option;
    option.initFrom(m_list);
    option.rect = m_list->visualRect(index);
    option.font = m_list->font();
    const auto id = m_delegate->attachmentAt(option, index, pos);
    if (!id)
        return;
    const storage::StoredMessage &m = m_model->messageAt(index.row());
    for (const auto &a : m.attachments) {
        if (a.id != *id)
            continue;
        if (a.descriptor.mimeType.startsWith(QLatin1String("image/"))) {
            auto bytes = m_session.messenger().attachmentBytes(a.id);
            QImage image = bytes ? QImage::fromData(*bytes) : QImage();
            if (image.isNull())
                return;
            QDialog viewer(this);
            const QString name = protocol::safeFileName(a.descriptor.fileName);
            viewer.setWindowTitle(name.isEmpty() ? tr("Photo") : name);
            auto *label = new QLabel;
            label->setPixmap(QPixmap::fromImage(image));
            auto *area = new QScrollArea;
            area->setWidget(label);
            area->setAlignment(Qt::AlignCenter);
            auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close);
            connect(buttons, &QDialogButtonBox::accepted, &viewer,
                    [this, &a] { saveAttachment(a.id); });
            connect(buttons, &QDialogButtonBox::rejected, &viewer, &QDialog::reject);
            auto *box = new QVBoxLayout(&viewer);
            box->addWidget(area, 1);
            box->addWidget(buttons);
            viewer.resize(std::min(image.width() + 60, 1100), std::min(image.height() + 100, 800));
            viewer.exec();
        } else {
            saveAttachment(a.id);
        }
    }
}

void ChatView::saveAttachment(qint64 attachmentId)
{
    auto a = m_session.messenger().attachment(attachmentId);
    if (!a || !a->has_value())
        return;
    // The sender chose the name: only its safe form, and only inside Downloads.
    const QString name = protocol::safeFileName((*a)->descriptor.fileName);
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DownloadLocation))
            .filePath(name.isEmpty() ? tr("attachment") : name);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save attachment"), suggested);
    if (path.isEmpty())
        return;
    if (auto r = m_session.messenger().saveAttachment(attachmentId, path); !r)
        QMessageBox::warning(this, tr("Not saved"), describe(r.error()));
}

void ChatView::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_list->indexAt(pos);
    if (!index.isValid())
        return;
    const storage::StoredMessage m = m_model->messageAt(index.row());
    QMenu menu(this);
    if (!m.body.isEmpty())
        menu.addAction(tr("Copy text"), this, [m] { QApplication::clipboard()->setText(m.body); });
    for (const auto &a : m.attachments)
        if (a.state == storage::AttachmentState::Stored) {
            const QString name = protocol::safeFileName(a.descriptor.fileName);
            menu.addAction(tr("Save “%1”…").arg(name.isEmpty() ? tr("attachment") : name), this,
                           [this, id = a.id] { saveAttachment(id); });
        }
    if ((!m.body.isEmpty() || !m.attachments.isEmpty()) && !m_isRequest && !m_isInvitation) {
        QAction *reply = menu.addAction(tr("Reply"), this, [this, row = m.rowId] { replyTo(row); });
        reply->setObjectName(QStringLiteral("replyAction"));
    }
    if (!m.body.isEmpty() || !m.attachments.isEmpty()) {
        QAction *forward = menu.addAction(QCoreApplication::translate("Forwarding", "Forward…"),
                                          this, [this, row = m.rowId] {
                                              ForwardDialog dialog(m_session, row, this);
                                              dialog.exec();
                                          });
        forward->setObjectName(QStringLiteral("forwardAction"));
    }
    if (m.direction == storage::Direction::Incoming && !m.body.isEmpty() &&
        m_model->data(m_model->index(index.row()), app::MessageListModel::ManyForwardsRole)
            .toBool()) {
        QAction *verify = menu.addAction(
            QCoreApplication::translate("Forwarding", "Verify: search the web for this text"), this,
            [body = m.body] { searchTheWeb(body); });
        verify->setToolTip(QCoreApplication::translate(
            "Forwarding", "Opens a web search in your browser. Nothing is sent to Cove."));
    }
    if (m.direction == storage::Direction::Incoming &&
        (!m.body.isEmpty() || !m.attachments.isEmpty())) {
        if (!menu.isEmpty())
            menu.addSeparator();
        QAction *report = menu.addAction(
            QCoreApplication::translate("ReportDialog", "Report…"), this, [this, row = m.rowId] {
                ReportDialog::reportMessage(m_session, m_model->conversationId(), row, this);
            });
        report->setObjectName(QStringLiteral("reportMessageAction"));
        report->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    }
    if (!menu.isEmpty())
        menu.addSeparator();
    QAction *remove = menu.addAction(tr("Delete for me…"), this, [this, id = m.messageId] {
        const auto answer = QMessageBox::question(
            this, tr("Delete this message?"),
            tr("It is deleted from this computer only. Everyone else keeps their copy."));
        if (answer != QMessageBox::Yes)
            return;
        // Found again by its message id: while the question was open it may
        // have disappeared, and its row id may now name another message.
        auto still = storage::MessageRepository(m_session.account().db()).findByMessageId(id);
        if (!still || !still->has_value())
            return; // gone already
        if (auto r = m_session.messenger().deleteMessage((*still)->rowId); !r)
            QMessageBox::warning(this, tr("Cove"), describe(r.error()));
    });
    remove->setObjectName(QStringLiteral("deleteMessageAction"));
    // Not while it waits to go out: it would still be sent.
    remove->setEnabled(!(m.direction == storage::Direction::Outgoing &&
                         m.status == storage::MessageStatus::Pending));
    menu.exec(m_list->viewport()->mapToGlobal(pos));
}

void ChatView::reportSelected()
{
    const qint64 conversation = m_model->conversationId();
    if (conversation == 0)
        return;
    const QModelIndex index = m_list->currentIndex();
    if (index.isValid()) {
        const storage::StoredMessage m = m_model->messageAt(index.row());
        if (m.direction == storage::Direction::Incoming) {
            ReportDialog::reportMessage(m_session, conversation, m.rowId, this);
            return;
        }
    }
    ReportDialog::reportConversation(m_session, conversation, QString(), this);
}

void ChatView::retranslate()
{
    m_safetyButton->setToolTip(tr("Safety number"));
    m_safetyButton->setAccessibleName(tr("Safety number"));
    m_detailsButton->setToolTip(tr("Conversation details"));
    m_detailsButton->setAccessibleName(tr("Conversation details"));
    m_accept->setText(tr("Accept"));
    m_accept->setAccessibleName(tr("Accept the message request"));
    m_delete->setText(tr("Delete"));
    m_delete->setAccessibleName(tr("Delete the message request"));
    m_blockRequest->setText(QCoreApplication::translate("Blocking", "Block"));
    m_blockRequest->setAccessibleName(
        QCoreApplication::translate("Blocking", "Block the sender of this request"));
    m_reportRequest->setText(QCoreApplication::translate("ReportDialog", "Report"));
    m_reportRequest->setAccessibleName(
        QCoreApplication::translate("ReportDialog", "Report this message request"));
    m_reportButton->setText(QCoreApplication::translate("ReportDialog", "Report"));
    m_reportButton->setToolTip(QCoreApplication::translate("ReportDialog",
                                                           "Report this conversation "
                                                           "(Ctrl+Shift+R reports the "
                                                           "selected message)"));
    m_reportButton->setAccessibleName(
        QCoreApplication::translate("ReportDialog", "Report this conversation"));
    m_noticeBlock->setText(QCoreApplication::translate("Blocking", "Block"));
    m_noticeReport->setText(QCoreApplication::translate("ReportDialog", "Report"));
    m_noticeReport->setAccessibleName(
        QCoreApplication::translate("ReportDialog", "Report this conversation"));
    m_join->setText(QCoreApplication::translate("GroupInvite", "Join"));
    m_join->setAccessibleName(QCoreApplication::translate("GroupInvite", "Join the group"));
    m_decline->setText(QCoreApplication::translate("GroupInvite", "Decline"));
    m_decline->setAccessibleName(
        QCoreApplication::translate("GroupInvite", "Decline the invitation"));
    m_blockInviter->setText(QCoreApplication::translate("GroupInvite", "Block inviter"));
    m_reportInvite->setText(QCoreApplication::translate("ReportDialog", "Report"));
    m_reportInvite->setAccessibleName(
        QCoreApplication::translate("GroupInvite", "Report the group and who invited you"));
    m_knowPerson->setText(QCoreApplication::translate("SafetyNotice", "I know this person"));
    m_tellGuardian->setText(QCoreApplication::translate("Guarded", "Tell my guardian"));
    m_dismissNotice->setToolTip(QCoreApplication::translate("SafetyNotice", "Dismiss"));
    m_dismissNotice->setAccessibleName(
        QCoreApplication::translate("SafetyNotice", "Dismiss this notice"));
    m_identityBlock->setText(QCoreApplication::translate("Blocking", "Block"));
    m_identityReport->setText(QCoreApplication::translate("ReportDialog", "Report"));
    m_identityReport->setAccessibleName(
        QCoreApplication::translate("ReportDialog", "Report this conversation"));
    m_compare->setText(tr("Compare"));
    m_acceptIdentity->setText(tr("Continue"));
    m_list->setAccessibleName(tr("Messages"));
    m_delegate->clearSizes(); // day names and labels change width
    m_list->doItemsLayout();
    refreshHeader();
    refreshNotices();
}

void ChatView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace cove::ui
