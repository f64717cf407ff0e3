// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Reports.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace cove::app {
class Session;
}

namespace cove::ui {

/// The report sheet: what happened (one category), "this involves a child",
/// the messages that go with the report (preselected: the reported one and
/// the four before it), per attachment the file or only its fingerprint,
/// and a preview of exactly what leaves the device, read back from the
/// report that will be sent. Submitting with the defaults is one click.
class ReportDialog : public QDialog {
    Q_OBJECT
public:
    ReportDialog(app::Session &session, app::ReportDraft draft, QWidget *parent = nullptr);

    /// The report that Submit sends, as it stands now.
    [[nodiscard]] const protocol::ReportBundle &report() const noexcept { return m_report; }
    /// The local id of the submitted report (after accept()).
    [[nodiscard]] qint64 submittedId() const noexcept { return m_submittedId; }
    [[nodiscard]] bool involvesChild() const;

    /// Opens the sheet for a message, a conversation or a person, and after
    /// sending shows the receipt. Explains instead when there is nothing to
    /// report yet.
    static void reportMessage(app::Session &session, qint64 conversationId, qint64 rowId,
                              QWidget *parent);
    static void reportConversation(app::Session &session, qint64 conversationId,
                                   const QString &personId, QWidget *parent);

private:
    void fillEvidence();
    void onEvidenceChanged(QTreeWidgetItem *item, int column);
    void rebuild();
    void submit();
    static void open(app::Session &session, const app::AppResult<app::ReportDraft> &draft,
                     QWidget *parent);

    app::Session &m_session;
    app::ReportDraft m_draft;
    protocol::ReportBundle m_report;
    QString m_language;
    QString m_reportedName;
    QListWidget *m_categories;
    QCheckBox *m_child;
    QTreeWidget *m_evidence;
    QLabel *m_evidenceCount;
    QPlainTextEdit *m_preview;
    QLineEdit *m_comment;
    QCheckBox *m_block;
    QLabel *m_error;
    QPushButton *m_submit;
    qint64 m_submittedId = 0;
    bool m_filling = false;
};

/// The receipt after sending: the report's number once the relay has it,
/// what happens next, and child-protection help when a child is involved.
class ReportSentDialog : public QDialog {
    Q_OBJECT
public:
    ReportSentDialog(app::Session &session, qint64 reportId, bool involvesChild,
                     QWidget *parent = nullptr);

private:
    void refresh();

    app::Session &m_session;
    qint64 m_id;
    QLabel *m_number;
};

/// "My reports": each report's category, person and status, with "Ask for
/// a review" after a decision; and moderation's decisions about this
/// account, each with "Request review".
class ReportsDialog : public QDialog {
    Q_OBJECT
public:
    explicit ReportsDialog(app::Session &session, QWidget *parent = nullptr);

private:
    void refresh();
    void askReview(const QString &caseId);

    app::Session &m_session;
    QTreeWidget *m_reports;
    QTreeWidget *m_notices;
    QPushButton *m_review;
    QLabel *m_message;
};

/// "Report all" for message requests: one category for all, "involves a
/// child", "also block them"; each request gets its own report with its
/// default evidence. Returns how many were reported (0 when cancelled).
int reportAllRequests(app::Session &session, QWidget *parent);

/// Shown when moderation decided something about this account.
void showModerationNotice(app::Session &session, const storage::ModerationNotice &notice,
                          QWidget *parent);

/// Human words for moderation's actions and a report's status.
[[nodiscard]] QString actionText(int action);
[[nodiscard]] QString reportStatusText(storage::ReportStatus status);

} // namespace cove::ui
