// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportDialog.h"

#include "Account.h"
#include "AppSession.h"
#include "Bidi.h"
#include "ConversationListModel.h"
#include "CoveId.h"
#include "Dialogs.h"
#include "Language.h"
#include "Messenger.h"
#include "RelayMessages.h"
#include "Theme.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cove::ui {
namespace {

constexpr int kRowRole = Qt::UserRole + 1;
constexpr int kDescriptionRole = Qt::UserRole + 4;
constexpr int kAttachmentRole = Qt::UserRole + 2;
constexpr int kCaseRole = Qt::UserRole + 3;

QString timeText(qint64 ms)
{
    if (ms <= 0)
        return QString();
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes);
}

QString conversationKindText(protocol::ConversationKind kind)
{
    switch (kind) {
    case protocol::ConversationKind::Direct:
        return QCoreApplication::translate("ReportDialog", "one-to-one chat");
    case protocol::ConversationKind::Group:
        return QCoreApplication::translate("ReportDialog", "group");
    case protocol::ConversationKind::Request:
        return QCoreApplication::translate("ReportDialog", "message request");
    }
    return QString();
}

QLabel *wrappedLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QLabel *sectionLabel(QWidget *parent)
{
    QLabel *label = wrappedLabel(parent);
    QFont f = label->font();
    f.setWeight(QFont::DemiBold);
    label->setFont(f);
    return label;
}

/// A report category: its name in bold, its plain description below.
class CategoryDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionViewItem base = option;
        initStyleOption(&base, index);
        base.text.clear();
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &base, painter, widget);
        const QRect area = option.rect.adjusted(kPad, kPad, -kPad, -kPad);
        const bool selected = option.state & QStyle::State_Selected;
        painter->save();
        painter->setPen(
            option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
        painter->setFont(boldFont(option.font));
        const int align = int(QStyle::visualAlignment(option.direction, Qt::AlignLeft)) |
                          Qt::AlignTop | Qt::TextWordWrap;
        QRect used;
        painter->drawText(area, align, index.data(Qt::DisplayRole).toString(), &used);
        painter->setFont(option.font);
        if (!selected)
            painter->setPen(Theme::mutedText());
        painter->drawText(area.adjusted(0, used.height() + 2, 0, 0), align,
                          index.data(kDescriptionRole).toString());
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const int width = std::max(120, (option.widget ? option.widget->width() - 30 : 260));
        const QRect bounds(0, 0, width - 2 * kPad, 10000);
        const int flags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;
        const QRect label = QFontMetrics(boldFont(option.font))
                                .boundingRect(bounds, flags, index.data().toString());
        const QRect text =
            QFontMetrics(option.font)
                .boundingRect(bounds, flags, index.data(kDescriptionRole).toString());
        return {width, label.height() + text.height() + 2 + 2 * kPad};
    }

private:
    static constexpr int kPad = 6;
    static QFont boldFont(QFont f)
    {
        f.setWeight(QFont::DemiBold);
        return f;
    }
};

} // namespace

// ---- the report sheet ------------------------------------------------------------------

ReportDialog::ReportDialog(app::Session &session, app::ReportDraft draft, QWidget *parent)
    : QDialog(parent), m_session(session), m_draft(std::move(draft)),
      m_language(Language::current()), m_categories(new QListWidget(this)),
      m_child(new QCheckBox(this)), m_evidence(new QTreeWidget(this)),
      m_evidenceCount(wrappedLabel(this)), m_preview(new QPlainTextEdit(this)),
      m_comment(new QLineEdit(this)), m_block(new QCheckBox(this)), m_error(wrappedLabel(this)),
      m_submit(nullptr)
{
    m_reportedName = app::personName(session.account(), m_draft.reportedId);
    setWindowTitle(tr("Report %1").arg(isolate(m_reportedName)));
    setObjectName(QStringLiteral("reportDialog"));
    resize(760, 720);

    auto *what = sectionLabel(this);
    what->setText(tr("What is happening?"));
    m_categories->setObjectName(QStringLiteral("reportCategories"));
    m_categories->setAccessibleName(tr("Report category"));
    m_categories->setWordWrap(true);
    m_categories->setUniformItemSizes(false);
    m_categories->setItemDelegate(new CategoryDelegate(m_categories));
    m_categories->setResizeMode(QListView::Adjust);
    // A child in guarded mode reads the categories written for children,
    // and the report is marked as involving a child from the start.
    const bool guarded = session.messenger().isGuarded();
    for (const app::ReportCategoryText &c : app::Reports::categories(m_language, guarded)) {
        auto *item = new QListWidgetItem(c.label);
        item->setData(Qt::UserRole, c.id);
        item->setData(kDescriptionRole, c.description);
        item->setData(Qt::AccessibleDescriptionRole, c.description);
        item->setToolTip(c.description);
        m_categories->addItem(item);
        if (c.id == app::Reports::defaultCategory())
            m_categories->setCurrentItem(item);
    }
    QFont childFont = m_child->font();
    childFont.setWeight(QFont::DemiBold);
    m_child->setFont(childFont);
    m_child->setObjectName(QStringLiteral("involvesChild"));
    m_child->setText(tr("This involves a child"));
    m_child->setToolTip(tr("Reports about children are handled first."));
    m_child->setChecked(guarded);

    auto *evidenceLabel = sectionLabel(this);
    evidenceLabel->setText(tr("Messages to include"));
    m_evidence->setObjectName(QStringLiteral("reportEvidence"));
    m_evidence->setAccessibleName(tr("Messages to include in the report"));
    m_evidence->setHeaderHidden(true);
    m_evidence->setRootIsDecorated(true);
    m_evidence->setUniformRowHeights(false);
    m_evidence->setWordWrap(true);

    auto *previewLabel = sectionLabel(this);
    previewLabel->setText(tr("Exactly what leaves this computer"));
    m_preview->setObjectName(QStringLiteral("reportPreview"));
    m_preview->setAccessibleName(tr("Report preview"));
    m_preview->setReadOnly(true);
    m_preview->setTabChangesFocus(true); // keyboard users move on with Tab
    m_preview->setLineWrapMode(QPlainTextEdit::WidgetWidth);

    auto *who = wrappedLabel(this);
    who->setText(tr("Your report goes to Cove's moderation team, encrypted so that only they can "
                    "read it. %1 is not told who reported them. A person reviews every report "
                    "and may warn, suspend or ban the account. You can follow your report under "
                    "Help › My reports.")
                     .arg(isolate(m_reportedName)));
    m_comment->setObjectName(QStringLiteral("reportComment"));
    m_comment->setPlaceholderText(tr("Anything else moderators should know (optional)"));
    m_comment->setAccessibleName(tr("Comment for the moderators"));
    m_comment->setMaxLength(int(protocol::kMaxReportCommentChars));
    m_block->setObjectName(QStringLiteral("alsoBlock"));
    m_block->setText(tr("Also block %1").arg(isolate(m_reportedName)));
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    m_error->setPalette(errorPalette);
    m_error->setObjectName(QStringLiteral("reportError"));
    m_error->hide();

    auto *buttons = new QDialogButtonBox(this);
    m_submit = buttons->addButton(tr("Submit report"), QDialogButtonBox::AcceptRole);
    m_submit->setObjectName(QStringLiteral("submitReport"));
    m_submit->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &ReportDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *left = new QWidget(this);
    auto *leftBox = new QVBoxLayout(left);
    leftBox->setContentsMargins(0, 0, 0, 0);
    leftBox->addWidget(what);
    leftBox->addWidget(m_categories, 1);
    leftBox->addWidget(m_child);
    auto *right = new QWidget(this);
    auto *rightBox = new QVBoxLayout(right);
    rightBox->setContentsMargins(0, 0, 0, 0);
    rightBox->addWidget(evidenceLabel);
    rightBox->addWidget(m_evidence, 3);
    rightBox->addWidget(m_evidenceCount);
    rightBox->addWidget(previewLabel);
    rightBox->addWidget(m_preview, 2);
    auto *split = new QSplitter(this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);

    auto *box = new QVBoxLayout(this);
    box->addWidget(split, 1);
    box->addWidget(who);
    box->addWidget(m_comment);
    box->addWidget(m_block);
    box->addWidget(m_error);
    box->addWidget(buttons);

    // The list reads from the most serious down, whatever is preselected.
    QTimer::singleShot(0, m_categories, [list = m_categories] { list->scrollToTop(); });
    fillEvidence();
    connect(m_evidence, &QTreeWidget::itemChanged, this, &ReportDialog::onEvidenceChanged);
    connect(m_categories, &QListWidget::currentItemChanged, this, &ReportDialog::rebuild);
    connect(m_child, &QCheckBox::toggled, this, &ReportDialog::rebuild);
    connect(m_comment, &QLineEdit::textChanged, this, &ReportDialog::rebuild);
    rebuild();
    m_submit->setFocus();
}

bool ReportDialog::involvesChild() const
{
    return m_child->isChecked();
}

void ReportDialog::fillEvidence()
{
    m_filling = true;
    m_evidence->clear();
    QTreeWidgetItem *reported = nullptr;
    for (const app::EvidenceItem &e : std::as_const(m_draft.candidates)) {
        auto *item = new QTreeWidgetItem(m_evidence);
        QString text = e.body.isEmpty() ? tr("(no text)") : isolate(e.body.left(300));
        item->setText(0, tr("%1 · %2\n%3").arg(isolate(e.senderName), timeText(e.time), text));
        item->setData(0, kRowRole, e.rowId);
        if (e.reportable) {
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(0,
                                m_draft.selected.contains(e.rowId) ? Qt::Checked : Qt::Unchecked);
        } else {
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
            item->setToolTip(0, tr("This message cannot be verified and is not offered."));
        }
        if (e.rowId == m_draft.reportedRow) {
            QFont f = item->font(0);
            f.setWeight(QFont::DemiBold);
            item->setFont(0, f);
            reported = item;
        }
        for (const app::EvidenceItem::File &file : e.files) {
            auto *child = new QTreeWidgetItem(item);
            child->setData(0, kAttachmentRole, file.attachmentId);
            if (file.available) {
                child->setText(0, tr("Include the file “%1” (%2); otherwise only its fingerprint")
                                      .arg(isolate(file.fileName), sizeText(file.size)));
                child->setFlags(child->flags() | Qt::ItemIsUserCheckable);
                child->setCheckState(0, m_draft.includedFiles.contains(file.attachmentId)
                                            ? Qt::Checked
                                            : Qt::Unchecked);
            } else {
                child->setText(0, tr("“%1”: only its fingerprint (not on this computer)")
                                      .arg(isolate(file.fileName)));
            }
        }
        item->setExpanded(!e.files.isEmpty());
    }
    if (reported)
        m_evidence->scrollToItem(reported, QAbstractItemView::PositionAtCenter);
    m_filling = false;
}

void ReportDialog::onEvidenceChanged(QTreeWidgetItem *item, int column)
{
    if (m_filling || column != 0)
        return;
    const QVariant attachment = item->data(0, kAttachmentRole);
    if (attachment.isValid()) {
        if (item->checkState(0) == Qt::Checked)
            m_draft.includedFiles.insert(attachment.toLongLong());
        else
            m_draft.includedFiles.remove(attachment.toLongLong());
    } else {
        const qint64 row = item->data(0, kRowRole).toLongLong();
        const bool on = item->checkState(0) == Qt::Checked;
        if (!app::Reports::select(m_draft, row, on)) {
            // Out of bounds (the 31st message, or the last one): undo the tick.
            m_filling = true;
            item->setCheckState(0, on ? Qt::Unchecked : Qt::Checked);
            m_filling = false;
        }
    }
    rebuild();
}

void ReportDialog::rebuild()
{
    app::ReportChoice choice;
    if (const QListWidgetItem *item = m_categories->currentItem())
        choice.category = item->data(Qt::UserRole).toString();
    choice.involvesChild = m_child->isChecked();
    choice.comment = m_comment->text().trimmed();
    choice.language = m_language;
    m_evidenceCount->setText(
        tr("%n message(s) selected, at most 30.", nullptr, int(m_draft.selected.size())));
    app::AppResult<protocol::ReportBundle> built = m_session.reports().build(m_draft, choice);
    if (!built) {
        m_report = {};
        m_preview->setPlainText(describe(built.error()));
        m_submit->setEnabled(false);
        return;
    }
    m_report = std::move(built).value();
    m_submit->setEnabled(true);

    QStringList lines;
    lines << tr("To: Cove moderation")
          << tr("Category: %1").arg(app::Reports::categoryLabel(m_report.category, m_language))
          << (m_report.involvesChild ? tr("Involves a child: yes") : tr("Involves a child: no"))
          << tr("Reported account: %1").arg(isolate(protocol::displayCoveId(m_report.reportedId)))
          << tr("Your account: %1").arg(isolate(protocol::displayCoveId(m_report.reporterId)))
          << tr("Conversation: %1").arg(conversationKindText(m_report.conversation));
    if (!m_report.comment.isEmpty())
        lines << tr("Your comment: %1").arg(isolate(m_report.comment));
    const QList<app::ReportPreviewItem> items = app::Reports::preview(m_report);
    for (qsizetype i = 0; i < items.size(); ++i) {
        const app::ReportPreviewItem &p = items.at(i);
        lines << QString();
        lines << tr("Message %1 of %2%3")
                     .arg(i + 1)
                     .arg(items.size())
                     .arg(p.reported ? tr(" (the one reported)") : QString());
        lines << tr("From: %1, %2")
                     .arg(isolate(protocol::displayCoveId(p.senderId)), timeText(p.serverTime));
        if (!p.body.isEmpty())
            lines << tr("Text: %1").arg(isolate(p.body));
        for (const app::ReportPreviewItem::File &f : p.files)
            lines << (f.included ? tr("File: “%1”, %2").arg(isolate(f.fileName), sizeText(f.size))
                                 : tr("Fingerprint only of “%1”: %2")
                                       .arg(isolate(f.fileName),
                                            f.sha256Hex.left(16) + QStringLiteral("…")));
    }
    lines << QString() << tr("Nothing else is sent: no other messages, no other conversations.");
    m_preview->setPlainText(lines.join(QLatin1Char('\n')));
}

void ReportDialog::submit()
{
    rebuild();
    if (m_report.messages.isEmpty())
        return;
    app::AppResult<qint64> id =
        m_session.reports().submit(m_report, m_draft.conversationId, m_block->isChecked());
    if (!id) {
        m_error->setText(describe(id.error()));
        m_error->show();
        return;
    }
    m_submittedId = *id;
    accept();
}

void ReportDialog::open(app::Session &session, const app::AppResult<app::ReportDraft> &draft,
                        QWidget *parent)
{
    if (!draft) {
        QMessageBox::warning(parent, tr("Cannot report"), describe(draft.error()));
        return;
    }
    if (draft->selected.isEmpty()) {
        QMessageBox::information(
            parent, tr("Nothing to report yet"),
            tr("There is no message from this person here yet. You can block them, "
               "and report a message as soon as one arrives."));
        return;
    }
    auto *dialog = new ReportDialog(session, *draft, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, parent, [&session, dialog, parent] {
        auto *sent =
            new ReportSentDialog(session, dialog->submittedId(), dialog->involvesChild(), parent);
        sent->setAttribute(Qt::WA_DeleteOnClose);
        sent->show();
    });
    dialog->show();
}

void ReportDialog::reportMessage(app::Session &session, qint64 conversationId, qint64 rowId,
                                 QWidget *parent)
{
    open(session, session.reports().draftForMessage(conversationId, rowId), parent);
}

void ReportDialog::reportConversation(app::Session &session, qint64 conversationId,
                                      const QString &personId, QWidget *parent)
{
    open(session, session.reports().draftForConversation(conversationId, personId), parent);
}

// ---- the receipt -----------------------------------------------------------------------

ReportSentDialog::ReportSentDialog(app::Session &session, qint64 reportId, bool involvesChild,
                                   QWidget *parent)
    : QDialog(parent), m_session(session), m_id(reportId), m_number(wrappedLabel(this))
{
    setWindowTitle(tr("Report sent"));
    setObjectName(QStringLiteral("reportSent"));
    auto *thanks = sectionLabel(this);
    thanks->setText(tr("Thank you. Your report is on its way to Cove's moderation team."));
    m_number->setObjectName(QStringLiteral("reportNumber"));
    auto *next = wrappedLabel(this);
    next->setText(tr("A person will review it. The reported account is not told who reported "
                     "it. You will see the outcome under Help › My reports, and you can ask for "
                     "a review if you disagree."));
    auto *box = new QVBoxLayout(this);
    box->addWidget(thanks);
    box->addWidget(m_number);
    box->addWidget(next);
    if (involvesChild) {
        auto *help = wrappedLabel(this);
        help->setObjectName(QStringLiteral("childHelp"));
        help->setText(tr("If a child is in danger right now, call your local emergency number. "
                         "Do not forward or keep copies of images of a child: your report "
                         "already carries what moderators need. A child helpline can also "
                         "help: in Europe call 116 111; elsewhere, find yours at "
                         "childhelplineinternational.org."));
        QPalette p = help->palette();
        p.setColor(QPalette::WindowText, QColor(0xb7, 0x1c, 0x1c));
        help->setPalette(p);
        box->addWidget(help);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    box->addWidget(buttons);
    connect(&m_session.reports(), &app::Reports::reportsChanged, this, &ReportSentDialog::refresh);
    refresh();
}

void ReportSentDialog::refresh()
{
    QString number;
    if (app::AppResult<QList<storage::StoredReport>> list = m_session.reports().reports(); list)
        for (const storage::StoredReport &r : std::as_const(*list))
            if (r.id == m_id)
                number = r.reportId;
    m_number->setText(number.isEmpty()
                          ? tr("Report number: waiting for the relay (it is kept safe on this "
                               "computer and sent as soon as Cove is online).")
                          : tr("Report number: %1").arg(number));
}

// ---- my reports ------------------------------------------------------------------------

QString actionText(int action)
{
    using A = protocol::wire::ModerationAction;
    switch (A(action)) {
    case A::NoAction:
        return QCoreApplication::translate("ReportsDialog", "No action");
    case A::Warn:
        return QCoreApplication::translate("ReportsDialog", "Warning");
    case A::Suspend:
        return QCoreApplication::translate("ReportsDialog", "Suspended");
    case A::Ban:
        return QCoreApplication::translate("ReportsDialog", "Banned");
    case A::Restore:
        return QCoreApplication::translate("ReportsDialog", "Lifted after review");
    }
    return QString();
}

QString reportStatusText(storage::ReportStatus status)
{
    using S = storage::ReportStatus;
    switch (status) {
    case S::Queued:
        return QCoreApplication::translate("ReportsDialog", "Waiting to be sent");
    case S::Sent:
    case S::Received:
        return QCoreApplication::translate("ReportsDialog", "Received by moderation");
    case S::Reviewed:
        return QCoreApplication::translate("ReportsDialog", "Reviewed");
    case S::ActionTaken:
        return QCoreApplication::translate("ReportsDialog", "Action taken");
    case S::NoAction:
        return QCoreApplication::translate("ReportsDialog", "No action taken");
    case S::ReviewRequested:
        return QCoreApplication::translate("ReportsDialog", "Review requested");
    }
    return QString();
}

ReportsDialog::ReportsDialog(app::Session &session, QWidget *parent)
    : QDialog(parent), m_session(session), m_reports(new QTreeWidget(this)),
      m_notices(new QTreeWidget(this)), m_review(new QPushButton(this)),
      m_message(wrappedLabel(this))
{
    m_message->setObjectName(QStringLiteral("reviewMessage"));
    setWindowTitle(tr("My reports"));
    setObjectName(QStringLiteral("myReports"));
    resize(720, 480);
    auto *reportsLabel = sectionLabel(this);
    reportsLabel->setText(tr("Reports you sent"));
    m_reports->setObjectName(QStringLiteral("reportList"));
    m_reports->setAccessibleName(tr("Reports you sent"));
    m_reports->setHeaderLabels(
        {tr("Sent"), tr("About"), tr("Category"), tr("Status"), tr("Number")});
    m_reports->setRootIsDecorated(false);
    auto *noticesLabel = sectionLabel(this);
    noticesLabel->setText(tr("Decisions about your account"));
    m_notices->setObjectName(QStringLiteral("noticeList"));
    m_notices->setAccessibleName(tr("Decisions about your account"));
    m_notices->setHeaderLabels({tr("Date"), tr("Decision"), tr("Category"), tr("Reason")});
    m_notices->setRootIsDecorated(false);
    m_review->setObjectName(QStringLiteral("askReview"));
    m_review->setText(tr("Ask for a review"));
    m_review->setEnabled(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_review, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    const auto updateButton = [this] {
        QTreeWidgetItem *item = m_reports->hasFocus() || !m_notices->currentItem()
                                    ? m_reports->currentItem()
                                    : m_notices->currentItem();
        m_review->setEnabled(item && !item->data(0, kCaseRole).toString().isEmpty());
    };
    connect(m_reports, &QTreeWidget::currentItemChanged, this, updateButton);
    connect(m_notices, &QTreeWidget::currentItemChanged, this, updateButton);
    connect(m_review, &QPushButton::clicked, this, [this] {
        QTreeWidgetItem *item = m_notices->hasFocus() && m_notices->currentItem()
                                    ? m_notices->currentItem()
                                    : m_reports->currentItem();
        if (!item)
            item = m_notices->currentItem();
        if (item)
            askReview(item->data(0, kCaseRole).toString());
    });

    auto *box = new QVBoxLayout(this);
    box->addWidget(reportsLabel);
    box->addWidget(m_reports, 2);
    box->addWidget(noticesLabel);
    box->addWidget(m_notices, 1);
    box->addWidget(m_message);
    box->addWidget(buttons);
    connect(&m_session.reports(), &app::Reports::reportsChanged, this, &ReportsDialog::refresh);
    connect(&m_session.reports(), &app::Reports::noticeReceived, this, &ReportsDialog::refresh);
    refresh();
}

void ReportsDialog::refresh()
{
    const QString language = Language::current();
    m_reports->clear();
    if (app::AppResult<QList<storage::StoredReport>> list = m_session.reports().reports(); list) {
        for (const storage::StoredReport &r : std::as_const(*list)) {
            auto *item = new QTreeWidgetItem(m_reports);
            item->setText(0, timeText(r.createdAt));
            item->setText(1, app::personName(m_session.account(), r.reportedId));
            item->setText(2, app::Reports::categoryLabel(r.category, language) +
                                 (r.involvesChild ? tr(" · involves a child") : QString()));
            item->setText(3, reportStatusText(r.status));
            item->setText(4, r.reportId);
            const bool decided = r.status == storage::ReportStatus::NoAction;
            if (decided && !r.reportId.isEmpty())
                item->setData(0, kCaseRole, r.reportId);
        }
    }
    m_notices->clear();
    if (app::AppResult<QList<storage::ModerationNotice>> list = m_session.reports().notices();
        list) {
        for (const storage::ModerationNotice &n : std::as_const(*list)) {
            auto *item = new QTreeWidgetItem(m_notices);
            item->setText(0, timeText(n.decidedAt));
            item->setText(1, actionText(n.action) +
                                 (n.reviewRequested ? tr(" · review requested") : QString()));
            item->setText(2, app::Reports::categoryLabel(n.category, language));
            item->setText(3, n.reason);
            if (!n.reviewRequested && n.action != int(protocol::wire::ModerationAction::Restore))
                item->setData(0, kCaseRole, n.caseId);
        }
    }
    m_review->setEnabled(false);
}

void ReportsDialog::askReview(const QString &caseId)
{
    if (caseId.isEmpty())
        return;
    m_review->setEnabled(false);
    m_message->setText(tr("Asking for a review…"));
    QPointer<ReportsDialog> self(this);
    m_session.reports().requestReview(caseId, QString(), [self](const app::AppResult<void> &r) {
        ReportsDialog *const that = self.data();
        if (!that)
            return;
        that->m_message->setText(
            r ? tr("Review requested. A person who did not make the first decision will look at "
                   "it again. You will see the outcome here.")
              : tr("The review could not be requested: %1").arg(describe(r.error())));
        that->refresh();
    });
}

int reportAllRequests(app::Session &session, QWidget *parent)
{
    const app::AppResult<QList<storage::Conversation>> pending = session.messenger().requests();
    const int count = pending ? int(pending->size()) : 0;
    if (count == 0)
        return 0;
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("reportAllDialog"));
    dialog.setWindowTitle(
        QCoreApplication::translate("Requests", "Report %n request(s)", nullptr, count));
    auto *intro = wrappedLabel(&dialog);
    intro->setText(QCoreApplication::translate(
        "Requests", "Each request is reported on its own, with its newest message and the four "
                    "before it, to Cove's moderation team. Nobody is told who reported them."));
    auto *category = new QComboBox(&dialog);
    category->setObjectName(QStringLiteral("reportAllCategory"));
    category->setAccessibleName(QCoreApplication::translate("Requests", "Report category"));
    for (const app::ReportCategoryText &c : app::Reports::categories(Language::current()))
        category->addItem(c.label, c.id);
    category->setCurrentIndex(std::max(0, category->findData(QStringLiteral("spam"))));
    auto *child = new QCheckBox(
        QCoreApplication::translate("ReportDialog", "This involves a child"), &dialog);
    child->setObjectName(QStringLiteral("reportAllChild"));
    auto *block =
        new QCheckBox(QCoreApplication::translate("Requests", "Also block them"), &dialog);
    block->setObjectName(QStringLiteral("reportAllBlock"));
    block->setChecked(true);
    auto *buttons = new QDialogButtonBox(&dialog);
    QPushButton *go = buttons->addButton(QCoreApplication::translate("Requests", "Report all"),
                                         QDialogButtonBox::AcceptRole);
    go->setObjectName(QStringLiteral("reportAllButton"));
    go->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *box = new QVBoxLayout(&dialog);
    box->addWidget(intro);
    box->addWidget(category);
    box->addWidget(child);
    box->addWidget(block);
    box->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return 0;
    app::ReportChoice choice;
    choice.category = category->currentData().toString();
    choice.involvesChild = child->isChecked();
    choice.language = Language::current();
    app::AppResult<int> reported = session.reports().reportAllRequests(choice, block->isChecked());
    if (!reported) {
        QMessageBox::warning(parent, QCoreApplication::translate("Requests", "Not reported"),
                             describe(reported.error()));
        return 0;
    }
    return *reported;
}

void showModerationNotice(app::Session &session, const storage::ModerationNotice &notice,
                          QWidget *parent)
{
    using A = protocol::wire::ModerationAction;
    const QString category = app::Reports::categoryLabel(notice.category, Language::current());
    QString text;
    switch (A(notice.action)) {
    case A::Warn:
        text = QCoreApplication::translate(
                   "ModerationNotice",
                   "Cove's moderation team reviewed a report about your account (%1) and is "
                   "giving you a warning.")
                   .arg(category);
        break;
    case A::Suspend:
        text = QCoreApplication::translate(
                   "ModerationNotice",
                   "Cove's moderation team reviewed a report about your account (%1) and "
                   "suspended it until %2.")
                   .arg(category, timeText(notice.until.value_or(0)));
        break;
    case A::Ban:
        text = QCoreApplication::translate(
                   "ModerationNotice",
                   "Cove's moderation team reviewed a report about your account (%1) and banned "
                   "it.")
                   .arg(category);
        break;
    case A::Restore:
        text = QCoreApplication::translate(
            "ModerationNotice",
            "A person reviewed the earlier decision about your account and lifted it.");
        break;
    case A::NoAction:
        return;
    }
    QMessageBox box(parent);
    box.setObjectName(QStringLiteral("moderationNotice"));
    box.setIcon(QMessageBox::Information);
    box.setWindowTitle(
        QCoreApplication::translate("ModerationNotice", "A decision about your account"));
    box.setText(text);
    if (!notice.reason.isEmpty())
        box.setInformativeText(
            QCoreApplication::translate("ModerationNotice", "Reason: %1").arg(notice.reason));
    QPushButton *review = nullptr;
    if (A(notice.action) != A::Restore)
        review = box.addButton(QCoreApplication::translate("ModerationNotice", "Request review"),
                               QMessageBox::ActionRole);
    box.addButton(QMessageBox::Ok);
    box.exec();
    if (review && box.clickedButton() == review)
        session.reports().requestReview(notice.caseId, QString(),
                                        [](const app::AppResult<void> &) {});
}

} // namespace cove::ui
