// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppError.h"
#include "Report.h"
#include "SafetyState.h"

#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>
#include <optional>

namespace cove::protocol::wire {
struct ModerationUpdate;
}

namespace cove::app {

class Account;
class RelayClient;
class Messenger;

/// One message the reporter may put into a report, as the report sheet
/// lists it.
struct EvidenceItem {
    qint64 rowId = 0;
    QString senderId;
    QString senderName;
    bool own = false; ///< the reporter's own message
    qint64 time = 0;  ///< ms: the relay's time when known, else the sender's
    QString body;
    struct File {
        qint64 attachmentId = 0;
        QString fileName;
        qint64 size = 0;
        bool available = false; ///< stored on this device, so it can be included
    };
    QList<File> files;
    /// False when the message carries no franking opening (it cannot be
    /// reported verifiably and is not offered).
    bool reportable = true;
};

/// A report being prepared: the conversation's messages around the reported
/// one, what is selected, and which attachment files go with it (the rest
/// are disclosed only by the hash the message already commits to).
struct ReportDraft {
    std::optional<qint64> conversationId;
    protocol::ConversationKind kind = protocol::ConversationKind::Direct;
    QString reportedId;             ///< the person reported
    qint64 reportedRow = 0;         ///< the message the report is about; 0 for a conversation
    QList<EvidenceItem> candidates; ///< in conversation order
    QList<qint64> selected;         ///< row ids, in conversation order
    QSet<qint64> includedFiles;     ///< attachment ids whose files are included
};

/// What the reporter chooses on the sheet besides the evidence.
struct ReportChoice {
    QString category; ///< a taxonomy id
    bool involvesChild = false;
    QString comment;
    QString language; ///< the reporter's language, for moderation's replies
};

/// One message of a report as it will leave the device, read back from the
/// report itself: the preview shows exactly this.
struct ReportPreviewItem {
    QString senderId;
    qint64 serverTime = 0;
    QString body;
    struct File {
        QString fileName;
        qint64 size = 0;
        bool included = false; ///< the file itself, else only its hash
        QString sha256Hex;
    };
    QList<File> files;
    bool reported = false; ///< the message the report is about
};

/// A report category in the person's language.
struct ReportCategoryText {
    QString id;
    QString label;
    QString description;
};

/// Reporting abuse and what moderation answers: builds reports on this
/// device from messages the person picks, seals them to the moderation
/// service's key, keeps them queued in the store until the relay
/// acknowledges them, and records the status updates and decisions that
/// come back.
class Reports : public QObject {
    Q_OBJECT
public:
    Reports(Account &account, RelayClient &relay, Messenger &messenger, QObject *parent = nullptr);
    ~Reports() override;

    /// The report categories in display order, in `language` (adult or
    /// child wording).
    [[nodiscard]] static QList<ReportCategoryText> categories(const QString &language,
                                                              bool childWording = false);
    /// One category's label; the id itself when unknown.
    [[nodiscard]] static QString categoryLabel(const QString &id, const QString &language);
    /// The category a report sheet starts with ("something else").
    [[nodiscard]] static QString defaultCategory();

    /// A draft for reporting `rowId` of `conversationId`: the message and
    /// the four before it selected, up to 60 earlier and 10 later messages
    /// offered.
    [[nodiscard]] AppResult<ReportDraft> draftForMessage(qint64 conversationId, qint64 rowId);
    /// A draft for reporting a conversation, a request or a person: the
    /// newest message from them and the four before it selected (nothing
    /// selected when they sent nothing).
    [[nodiscard]] AppResult<ReportDraft> draftForConversation(qint64 conversationId,
                                                              const QString &personId = {});

    /// Selection changes within the limits (at most 30 messages, at least one).
    [[nodiscard]] static bool select(ReportDraft &draft, qint64 rowId, bool on);

    /// The report exactly as it would be sent.
    [[nodiscard]] AppResult<protocol::ReportBundle> build(const ReportDraft &draft,
                                                          const ReportChoice &choice);
    /// Reads a built report back for the preview.
    [[nodiscard]] static QList<ReportPreviewItem> preview(const protocol::ReportBundle &report);

    /// Queues the report durably and sends it when the relay is reachable;
    /// returns its local id. `alsoBlock` blocks the reported person in the
    /// same step.
    [[nodiscard]] AppResult<qint64> submit(const protocol::ReportBundle &report,
                                           std::optional<qint64> conversationId, bool alsoBlock);

    /// Reports every pending message request at once, each with its
    /// default evidence (the newest message and the four before it), and
    /// blocks the senders when `alsoBlock`. Returns how many were reported.
    [[nodiscard]] AppResult<int> reportAllRequests(const ReportChoice &choice, bool alsoBlock);

    /// Asks for a decision to be reviewed by a person: a decision about this
    /// account (its notice's caseId) or "no action" on one of its reports
    /// (the report's id). Also works for a suspended account, and waits for
    /// the relay when it cannot be reached.
    void requestReview(const QString &caseId, const QString &note,
                       std::function<void(const AppResult<void> &)> done);

    [[nodiscard]] AppResult<QList<storage::StoredReport>> reports();
    [[nodiscard]] AppResult<QList<storage::ModerationNotice>> notices();
    /// Reports not yet acknowledged by the relay.
    [[nodiscard]] int queuedCount();

    /// Sends what is queued (also on every connection and every minute).
    void flush();

Q_SIGNALS:
    /// A report was queued, sent or changed status.
    void reportsChanged();
    /// Moderation decided something about this account.
    void noticeReceived(const cove::storage::ModerationNotice &notice);
    void problem(const QString &detail);

private:
    struct PendingReview {
        QString caseId;
        QString note;
        std::function<void(const AppResult<void> &)> done;
    };
    void onUpdate(const protocol::wire::ModerationUpdate &update);
    void sendReview(PendingReview review);
    void sendPendingReviews();
    void send(const storage::StoredReport &report);
    [[nodiscard]] AppResult<ReportDraft> draftAround(qint64 conversationId, qint64 rowId,
                                                     const QString &personId);

    Account &m_account;
    RelayClient &m_relay;
    Messenger &m_messenger;
    QSet<qint64> m_inFlight;
    QList<PendingReview> m_pendingReviews;
    QTimer m_retry;
};

} // namespace cove::app
