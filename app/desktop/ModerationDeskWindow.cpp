// SPDX-License-Identifier: GPL-3.0-or-later
#include "ModerationDeskWindow.h"

#include "CoveId.h"
#include "ModerationDesk.h"
#include "Reports.h"
#include "SafeText.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QVBoxLayout>

namespace cove::desktop {
namespace {

using protocol::wire::ModerationAction;

constexpr qint64 kDayMs = 24 * 60 * 60 * 1000;

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString timeText(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}

QString verificationText(protocol::Verification v)
{
    using V = protocol::Verification;
    switch (v) {
    case V::Verified:
        return ModerationDeskWindow::tr("✔ verified: the sender really sent this");
    case V::OwnMessage:
        return ModerationDeskWindow::tr("– the reporter's own message");
    case V::TagMissing:
        return ModerationDeskWindow::tr("⚠ not verifiable: no relay tag");
    case V::ContentMismatch:
        return ModerationDeskWindow::tr("✘ forged: the text does not match what was sent");
    case V::TagInvalid:
        return ModerationDeskWindow::tr("✘ forged: sender, recipient or time do not match");
    case V::AttachmentMismatch:
        return ModerationDeskWindow::tr("✘ forged: a file is not the one that was sent");
    case V::Malformed:
        return ModerationDeskWindow::tr("✘ unreadable");
    }
    return QString();
}

QString actionName(ModerationAction a)
{
    switch (a) {
    case ModerationAction::NoAction:
        return ModerationDeskWindow::tr("dismissed");
    case ModerationAction::Warn:
        return ModerationDeskWindow::tr("warned");
    case ModerationAction::Suspend:
        return ModerationDeskWindow::tr("suspended");
    case ModerationAction::Ban:
        return ModerationDeskWindow::tr("banned");
    case ModerationAction::Restore:
        return ModerationDeskWindow::tr("restored");
    }
    return QString();
}

} // namespace

ModerationDeskWindow::ModerationDeskWindow(std::unique_ptr<relay::ModerationDesk> desk,
                                           QWidget *parent)
    : QWidget(parent, Qt::Window), m_desk(std::move(desk)), m_queue(new QListWidget(this)),
      m_details(new QPlainTextEdit(this)), m_reason(new QLineEdit(this)),
      m_days(new QSpinBox(this)), m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("moderationDesk"));
    setWindowTitle(tr("Moderation desk"));
    resize(980, 640);
    m_queue->setObjectName(QStringLiteral("moderationQueue"));
    m_queue->setAccessibleName(tr("Moderation queue"));
    m_queue->setWordWrap(true);
    m_details->setObjectName(QStringLiteral("moderationDetails"));
    m_details->setAccessibleName(tr("Case details"));
    m_details->setReadOnly(true);
    m_reason->setObjectName(QStringLiteral("decisionReason"));
    m_reason->setPlaceholderText(tr("Reason, shown to the person (required)"));
    m_reason->setAccessibleName(tr("Reason for the decision"));
    m_days->setRange(1, 365);
    m_days->setValue(7);
    m_days->setSuffix(tr(" days"));
    m_days->setAccessibleName(tr("Suspension length in days"));
    m_status->setWordWrap(true);

    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    intro->setText(tr("The relay's moderation queue, as a moderator sees it: reports that "
                      "involve a child first, then by severity and age. Each message shows "
                      "whether the relay's franking proves who sent it."));

    auto *actions = new QHBoxLayout;
    const QList<std::pair<QString, QString>> buttons = {
        {QStringLiteral("dismiss"), tr("Dismiss")},
        {QStringLiteral("warn"), tr("Warn")},
        {QStringLiteral("suspend"), tr("Suspend")},
        {QStringLiteral("ban"), tr("Ban")},
        {QStringLiteral("restore"), tr("Restore (appeal)")},
        {QStringLiteral("uphold"), tr("Uphold (review)")},
    };
    actions->addWidget(m_reason, 1);
    actions->addWidget(m_days);
    for (const auto &[action, label] : buttons) {
        auto *b = new QPushButton(label, this);
        b->setObjectName(action);
        b->setEnabled(false);
        connect(b, &QPushButton::clicked, this, [this, name = action] { decide(name); });
        actions->addWidget(b);
        m_buttons.append(b);
    }
    auto *transparency = new QPushButton(tr("Transparency report"), this);
    transparency->setObjectName(QStringLiteral("transparency"));
    connect(transparency, &QPushButton::clicked, this, &ModerationDeskWindow::showTransparency);

    auto *split = new QSplitter(this);
    split->addWidget(m_queue);
    split->addWidget(m_details);
    split->setStretchFactor(1, 2);
    auto *box = new QVBoxLayout(this);
    box->addWidget(intro);
    box->addWidget(split, 1);
    box->addLayout(actions);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(transparency);
    box->addLayout(bottom);

    connect(m_queue, &QListWidget::currentRowChanged, this, &ModerationDeskWindow::showSelected);
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &ModerationDeskWindow::refresh);
    m_timer.start();
    refresh();
}

ModerationDeskWindow::~ModerationDeskWindow() = default;

QPushButton *ModerationDeskWindow::button(const QString &action) const
{
    for (QPushButton *b : m_buttons)
        if (b->objectName() == action)
            return b;
    return nullptr;
}

void ModerationDeskWindow::refresh()
{
    relay::DeskResult<QList<relay::QueueItem>> queue = m_desk->queue();
    if (!queue) {
        m_status->setText(tr("The queue cannot be read: %1").arg(queue.error().detail));
        return;
    }
    QStringList ids;
    for (const relay::QueueItem &item : std::as_const(*queue))
        ids << item.id;
    QStringList shown;
    for (int i = 0; i < m_queue->count(); ++i)
        shown << m_queue->item(i)->data(Qt::UserRole).toString();
    if (ids == shown)
        return; // keep the selection and scroll position
    const QString keep = m_selected;
    m_queue->blockSignals(true);
    m_queue->clear();
    const QString language = QLocale().name();
    for (const relay::QueueItem &item : std::as_const(*queue)) {
        QString line = item.kind == relay::QueueItem::Kind::Appeal
                           ? tr("Appeal of %1 (%2)").arg(item.decisionId, actionName(item.action))
                           : tr("%1 · %2 report(s), %3 verified")
                                 .arg(app::Reports::categoryLabel(item.category, language))
                                 .arg(item.reports)
                                 .arg(item.verifiedReports);
        if (item.involvesChild)
            line = tr("INVOLVES A CHILD · %1").arg(line);
        if (item.reviewRequested)
            line += tr(" · review requested");
        line += QLatin1Char('\n') +
                tr("about %1, since %2")
                    .arg(protocol::displayCoveId(item.reportedId), timeText(item.receivedAtMs));
        auto *row = new QListWidgetItem(line, m_queue);
        row->setData(Qt::UserRole, item.id);
        row->setData(Qt::UserRole + 1, int(item.kind));
        if (item.involvesChild) {
            QFont f = row->font();
            f.setWeight(QFont::DemiBold);
            row->setFont(f);
            row->setForeground(QColor(0xb7, 0x1c, 0x1c));
        }
        if (item.id == keep)
            m_queue->setCurrentItem(row);
    }
    m_queue->blockSignals(false);
    m_status->setText(tr("%n case(s) waiting.", nullptr, int(queue->size())));
    if (!m_queue->currentItem()) {
        m_selected.clear();
        showSelected();
    }
}

void ModerationDeskWindow::showSelected()
{
    const QListWidgetItem *item = m_queue->currentItem();
    const bool appeal =
        item && item->data(Qt::UserRole + 1).toInt() == int(relay::QueueItem::Kind::Appeal);
    for (QPushButton *b : m_buttons) {
        const bool forAppeals = b->objectName() == QLatin1String("restore") ||
                                b->objectName() == QLatin1String("uphold");
        b->setEnabled(item && forAppeals == appeal);
    }
    if (!item) {
        m_details->setPlainText(tr("Choose a case."));
        return;
    }
    m_selected = item->data(Qt::UserRole).toString();
    relay::DeskResult<relay::CaseDetails> details = m_desk->show(m_selected);
    if (!details) {
        m_details->setPlainText(details.error().detail);
        return;
    }
    const QString language = QLocale().name();
    QStringList lines;
    lines << tr("Case %1 about %2")
                 .arg(details->caseId, protocol::displayCoveId(details->reportedId));
    for (const relay::ReportDetails &r : std::as_const(details->reports)) {
        lines << QString() << tr("Report %1, received %2").arg(r.reportId, timeText(r.receivedAtMs))
              << tr("Category: %1%2")
                     .arg(app::Reports::categoryLabel(r.category, language),
                          r.involvesChild ? tr(" · involves a child") : QString())
              << tr("From: %1").arg(protocol::displayCoveId(r.reporterId));
        if (!r.comment.isEmpty())
            lines << tr("Reporter's comment: %1").arg(r.comment);
        for (const relay::MessageEvidence &m : r.messages) {
            lines << QString()
                  << tr("%1%2 at %3")
                         .arg(m.reported ? tr("▶ ") : QString(),
                              protocol::displayCoveId(m.senderId), timeText(m.serverTimeMs))
                  << QStringLiteral("   ") + verificationText(m.verification);
            if (!m.text.isEmpty())
                lines << QStringLiteral("   ") + m.text;
            if (m.forwardCount > 0)
                lines << QStringLiteral("   ") +
                             tr("forwarded %n time(s)", nullptr, int(m.forwardCount));
            for (const relay::AttachmentEvidence &a : m.attachments) {
                const QString what = a.state == relay::AttachmentEvidence::State::IncludedVerified
                                         ? tr("file included, matches what was sent")
                                     : a.state == relay::AttachmentEvidence::State::Mismatch
                                         ? tr("file included, does NOT match what was sent")
                                         : tr("only its fingerprint");
                lines << QStringLiteral("   ") +
                             tr("Attachment “%1” (%2): %3")
                                 .arg(protocol::safeFileName(a.fileName),
                                      QLocale().formattedDataSize(qint64(a.size)), what);
            }
        }
    }
    for (const relay::DecisionRecord &d : std::as_const(details->decisions))
        lines << QString()
              << tr("Decision %1: %2 by %3 at %4 — %5")
                     .arg(d.decisionId, actionName(d.action), d.moderator, timeText(d.decidedAtMs),
                          d.reason);
    m_details->setPlainText(lines.join(QLatin1Char('\n')));
}

void ModerationDeskWindow::decide(const QString &action)
{
    if (m_selected.isEmpty())
        return;
    const QString reason = m_reason->text().trimmed();
    if (reason.isEmpty()) {
        m_status->setText(tr("Write the reason first: the person is shown it."));
        m_reason->setFocus();
        return;
    }
    const QString moderator = tr("demo moderator");
    const qint64 now = nowMs();
    QString result;
    if (action == QLatin1String("restore") || action == QLatin1String("uphold")) {
        const relay::ReviewVerdict verdict = action == QLatin1String("restore")
                                                 ? relay::ReviewVerdict::Restore
                                                 : relay::ReviewVerdict::Uphold;
        relay::DeskResult<void> r =
            m_desk->decideReview(m_selected, verdict, reason, moderator, now);
        result = r ? tr("Review decided.") : r.error().detail;
    } else {
        ModerationAction a = ModerationAction::NoAction;
        std::optional<qint64> until;
        if (action == QLatin1String("warn"))
            a = ModerationAction::Warn;
        else if (action == QLatin1String("suspend")) {
            a = ModerationAction::Suspend;
            until = now + m_days->value() * kDayMs;
        } else if (action == QLatin1String("ban"))
            a = ModerationAction::Ban;
        relay::DeskResult<QString> r = m_desk->decide(m_selected, a, reason, until, moderator, now);
        result = r ? tr("Decided: %1 (%2). The people concerned are told.").arg(actionName(a), *r)
                   : r.error().detail;
    }
    m_status->setText(result);
    m_reason->clear();
    m_selected.clear();
    refresh();
}

void ModerationDeskWindow::showTransparency()
{
    const qint64 now = nowMs();
    relay::DeskResult<relay::TransparencyReport> t =
        m_desk->transparency(now - 365 * kDayMs, now + 1);
    if (!t) {
        m_status->setText(t.error().detail);
        return;
    }
    const QString language = QLocale().name();
    const auto share = [](int part, int whole) {
        return whole == 0 ? QStringLiteral("–")
                          : QLocale().toString(100.0 * part / whole, 'f', 0) + QStringLiteral(" %");
    };
    QStringList lines;
    lines << tr("Reports received: %1").arg(t->reports);
    for (auto it = t->reportsByCategory.cbegin(); it != t->reportsByCategory.cend(); ++it)
        lines << QStringLiteral("   ") + tr("%1: %2")
                                             .arg(app::Reports::categoryLabel(it.key(), language))
                                             .arg(it.value());
    lines << tr("Involving a child: %1").arg(share(t->reportsInvolvingChild, t->reports))
          << tr("Verified by franking: %1").arg(share(t->verifiedReports, t->reports))
          << tr("Decisions: %1 dismissed, %2 warnings, %3 suspensions, %4 bans")
                 .arg(t->dismissed)
                 .arg(t->warned)
                 .arg(t->suspended)
                 .arg(t->banned)
          << tr("Appeals: %1 (%2 restored, %3 upheld, %4 waiting)")
                 .arg(t->appeals)
                 .arg(t->appealsRestored)
                 .arg(t->appealsUpheld)
                 .arg(t->appealsPending)
          << tr("Reporters' reviews of “no action”: %1 (%2 changed, %3 upheld, %4 waiting)")
                 .arg(t->reporterReviews)
                 .arg(t->reporterReviewsChanged)
                 .arg(t->reporterReviewsUpheld)
                 .arg(t->reporterReviewsPending)
          << (t->medianMsToDecision
                  ? tr("Median time from report to decision: %1 minutes")
                        .arg(QLocale().toString(double(*t->medianMsToDecision) / 60000.0, 'f', 1))
                  : tr("Median time from report to decision: no decisions yet"));
    QMessageBox box(this);
    box.setObjectName(QStringLiteral("transparencyReport"));
    box.setWindowTitle(tr("Transparency report, last 12 months"));
    box.setText(lines.join(QLatin1Char('\n')));
    box.exec();
}

} // namespace cove::desktop
