// SPDX-License-Identifier: GPL-3.0-or-later
// cove-relay: the relay server, and its moderation console.
//
//   cove-relay --listen 127.0.0.1:PORT --data DIR [--cert FILE --key FILE]
//              [--envelope-ttl-days N] [--attachment-ttl-days N]
//              [--max-attachment-mib N] [--no-rate-limits]
//
// Prints "cove-relay listening on HOST:PORT", "franking public key: HEX" and
// "moderation public key: HEX" to standard output once it serves; logs go to
// standard error. SIGINT and SIGTERM store what is pending, close the
// database and exit 0. SIGUSR1 logs one line of statistics (transactions,
// syncs, waits; never content) covering the time since the last one.
//
// The moderation console works on a data directory while the relay may be
// running (the relay picks decisions up within RelayConfig::moderationSweepMs):
//
//   cove-relay mod list --data DIR
//       the queue: open cases and appeals, most urgent first
//   cove-relay mod show ID --data DIR
//       a case (ID: a case C-, report R-, decision D- or review V- id) with
//       every report, message, attachment and verification result
//   cove-relay mod decide ID dismiss|warn|suspend|ban --reason TEXT
//              [--days N] [--moderator NAME] --data DIR
//       decides a case (C- or R-); suspend needs --days
//   cove-relay mod decide ID restore|uphold --reason TEXT [--moderator NAME] --data DIR
//       answers a review (V-, or the D- appealed, or the R-/C- reviewed)
//   cove-relay transparency [--from YYYY-MM-DD] [--to YYYY-MM-DD] --data DIR
//       the transparency report (dates in UTC, both inclusive)
//
// The console exits 0 on success, 1 on bad usage, 2 when the data directory
// cannot be used, 3 when moderation.db fails, 6 when the id is unknown and 7
// when the decision does not apply (e.g. the case was decided already).

#include "Content.h"
#include "CoveId.h"
#include "EpollEventDispatcher.h"
#include "ModerationDesk.h"
#include "RelayKeys.h"
#include "RelayLog.h"
#include "RelayServer.h"
#include "SafeText.h"
#include "SqliteRelayStorage.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QSocketNotifier>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace cove;

namespace {

enum ExitCode {
    kExitOk = 0,
    kExitUsage = 1,
    kExitDataDir = 2,
    kExitStorage = 3,
    kExitListen = 4,
    kExitTls = 5,
    kExitNotFound = 6,
    kExitRefused = 7,
};

int g_signalFds[2] = {-1, -1};

void onSignal(int signal)
{
    const int saved = errno;
    const char byte = char(signal);
    // Only async-signal-safe calls here: the event loop does the rest. The
    // socket does not block: a signal that finds it full is dropped.
    [[maybe_unused]] const ssize_t n = ::write(g_signalFds[0], &byte, 1);
    errno = saved;
}

bool installSignalHandlers()
{
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0, g_signalFds) != 0)
        return false;
    struct sigaction sa = {};
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    if (::sigaction(SIGINT, &sa, nullptr) != 0 || ::sigaction(SIGTERM, &sa, nullptr) != 0 ||
        ::sigaction(SIGUSR1, &sa, nullptr) != 0)
        return false;
    std::signal(SIGPIPE, SIG_IGN);
    return true;
}

/// A relay holds one descriptor per connection: use all the system allows.
void raiseDescriptorLimit()
{
    struct rlimit limit = {};
    if (::getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        (void)::setrlimit(RLIMIT_NOFILE, &limit);
    }
}

[[noreturn]] void fail(int code, const QString &message)
{
    std::fprintf(stderr, "cove-relay: %s\n", qUtf8Printable(message));
    std::exit(code);
}

bool parseListen(const QString &text, QHostAddress *address, quint16 *port)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return false;
    QString host = text.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint p = text.mid(colon + 1).toUInt(&ok);
    if (!ok || p > 65535 || !address->setAddress(host))
        return false;
    *port = quint16(p);
    return true;
}

int positiveOption(const QCommandLineParser &parser, const QString &name, int fallback)
{
    if (!parser.isSet(name))
        return fallback;
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value <= 0)
        fail(kExitUsage, QStringLiteral("--") + name + QStringLiteral(" needs a positive number"));
    return value;
}

QSslConfiguration loadTls(const QString &certPath, const QString &keyPath)
{
    if (!QSslSocket::supportsSsl())
        fail(kExitTls, QStringLiteral("this Qt has no TLS support"));
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(certPath, QSsl::Pem);
    if (chain.isEmpty())
        fail(kExitTls, QStringLiteral("no PEM certificate in ") + certPath);
    QFile keyFile(keyPath);
    if (!keyFile.open(QIODevice::ReadOnly))
        fail(kExitTls, QStringLiteral("cannot read ") + keyPath);
    const QByteArray pem = keyFile.readAll();
    QSslKey key;
    for (QSsl::KeyAlgorithm algorithm : {QSsl::Ec, QSsl::Rsa}) {
        key = QSslKey(pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            break;
    }
    if (key.isNull())
        fail(kExitTls, QStringLiteral("no PEM private key (EC or RSA) in ") + keyPath);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(chain);
    tls.setPrivateKey(key);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    return tls;
}

// ---- The moderation console ---------------------------------------------------------
// Output is plain English for moderators on standard output; report contents
// are shown here (that is the console's purpose) and never logged.

void out(const QString &line = {})
{
    std::fputs(qUtf8Printable(line), stdout);
    std::fputc('\n', stdout);
}

[[noreturn]] void consoleFail(int code, const QString &message)
{
    std::fflush(stdout);
    fail(code, message);
}

QString utcTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)
               .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) +
           QStringLiteral(" UTC");
}

QString duration(qint64 ms)
{
    if (ms < 1000)
        return QStringLiteral("under a second");
    const qint64 s = ms / 1000;
    if (s < 60)
        return QStringLiteral("%1 s").arg(s);
    if (s < 3600)
        return QStringLiteral("%1 min %2 s").arg(s / 60).arg(s % 60);
    if (s < 86400)
        return QStringLiteral("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
    return QStringLiteral("%1 d %2 h").arg(s / 86400).arg((s % 86400) / 3600);
}

QString percent(int part, int whole)
{
    if (whole == 0)
        return QStringLiteral("-");
    return QString::number(100.0 * part / whole, 'f', 0) + QLatin1Char('%');
}

QString account(const QString &coveId)
{
    const QString shown = protocol::displayCoveId(coveId);
    return shown.isEmpty() ? coveId : shown;
}

QString quoted(const QString &text, const QString &indent)
{
    return QLatin1Char('"') + protocol::terminalText(text, indent) + QLatin1Char('"');
}

QString yesNo(bool b)
{
    return b ? QStringLiteral("yes") : QStringLiteral("no");
}

QString conversationName(protocol::ConversationKind kind)
{
    switch (kind) {
    case protocol::ConversationKind::Direct:
        return QStringLiteral("one-to-one chat");
    case protocol::ConversationKind::Group:
        return QStringLiteral("group");
    case protocol::ConversationKind::Request:
        return QStringLiteral("message request");
    }
    return QStringLiteral("unknown");
}

QString attachmentState(relay::AttachmentEvidence::State state)
{
    switch (state) {
    case relay::AttachmentEvidence::State::IncludedVerified:
        return QStringLiteral("file included and verified");
    case relay::AttachmentEvidence::State::HashOnly:
        return QStringLiteral("hash only (the file was not included)");
    case relay::AttachmentEvidence::State::Mismatch:
        return QStringLiteral("MISMATCH: the included file is not the one sent");
    }
    return QStringLiteral("unknown");
}

QString padded(const QString &text, int width)
{
    return text.leftJustified(width, QLatin1Char(' '));
}

std::unique_ptr<relay::ModerationDesk> openDesk(const QString &dir)
{
    // Never create a relay's keys from the console: the directory must be a
    // relay's already.
    if (!QFileInfo::exists(relay::relayKeyPath(dir)) ||
        !QFileInfo::exists(relay::SqliteRelayStorage::databasePath(dir)))
        consoleFail(kExitDataDir, QStringLiteral("%1 is not a relay data directory (no relay.key "
                                                 "and relay.db); start cove-relay with it first")
                                      .arg(dir));
    auto secrets = relay::loadOrCreateSecrets(dir);
    if (!secrets)
        consoleFail(kExitDataDir, secrets.error().detail);
    auto desk =
        relay::ModerationDesk::open(dir, secrets->databaseKey.view(),
                                    std::move(secrets->moderation), secrets->franking.publicKey);
    if (!desk)
        consoleFail(kExitStorage, desk.error().detail);
    return std::move(*desk);
}

[[noreturn]] void deskFail(const relay::DeskError &e)
{
    switch (e.code) {
    case relay::DeskError::Code::NotFound:
        consoleFail(kExitNotFound, e.detail);
    case relay::DeskError::Code::InvalidState:
    case relay::DeskError::Code::InvalidArgument:
        consoleFail(kExitRefused, e.detail);
    default:
        consoleFail(kExitStorage, e.detail);
    }
}

int consoleList(relay::ModerationDesk &desk)
{
    relay::DeskResult<QList<relay::QueueItem>> queue = desk.queue();
    if (!queue)
        deskFail(queue.error());
    if (queue->isEmpty()) {
        out(QStringLiteral("The moderation queue is empty."));
        return kExitOk;
    }
    out(QStringLiteral("%1 in the moderation queue, most urgent first:")
            .arg(queue->size() == 1 ? QStringLiteral("1 item")
                                    : QStringLiteral("%1 items").arg(queue->size())));
    out();
    out(padded(QStringLiteral("ID"), 14) + padded(QStringLiteral("KIND"), 8) +
        padded(QStringLiteral("CHILD"), 7) + padded(QStringLiteral("CATEGORY"), 20) +
        padded(QStringLiteral("SEV"), 5) + padded(QStringLiteral("REPORTS"), 9) +
        padded(QStringLiteral("VERIFIED"), 10) + padded(QStringLiteral("SINCE"), 25) +
        QStringLiteral("ACCOUNT"));
    for (const relay::QueueItem &item : std::as_const(*queue)) {
        const bool appeal = item.kind == relay::QueueItem::Kind::Appeal;
        QString kind = appeal ? QStringLiteral("appeal") : QStringLiteral("case");
        QString note;
        if (appeal)
            note = QStringLiteral("  (appeal of %1, %2)")
                       .arg(item.decisionId, relay::actionName(item.action));
        else if (item.reviewRequested)
            note = QStringLiteral("  (a reporter asked for review of \"no action\")");
        out(padded(item.id, 14) + padded(kind, 8) +
            padded(item.involvesChild ? QStringLiteral("YES") : QStringLiteral("no"), 7) +
            padded(item.category, 20) + padded(QString::number(item.severity), 5) +
            padded(QString::number(item.reports), 9) +
            padded(QString::number(item.verifiedReports), 10) +
            padded(utcTime(item.receivedAtMs), 25) + account(item.reportedId) + note);
    }
    out();
    out(QStringLiteral("Show one with: cove-relay mod show ID --data DIR"));
    return kExitOk;
}

void printMessage(const relay::MessageEvidence &m, qsizetype index)
{
    const QString indent = QStringLiteral("            ");
    out(QStringLiteral("      [%1]%2 %3, from %4 to %5")
            .arg(index + 1)
            .arg(m.reported ? QStringLiteral(" REPORTED MESSAGE,") : QString())
            .arg(m.serverTimeMs > 0 ? utcTime(m.serverTimeMs) : QStringLiteral("no relay time"),
                 account(m.senderId), account(m.recipientId)));
    out(indent + QStringLiteral("franking: ") + relay::verificationName(m.verification));
    if (!m.parsed) {
        out(indent + QStringLiteral("(the content cannot be read)"));
        return;
    }
    if (!m.contentOpened)
        out(indent + QStringLiteral("what the reporter claims (NOT proven):"));
    if (m.forwardCount > 0)
        out(indent + QStringLiteral("forwarded %1 time(s)").arg(m.forwardCount));
    if (!m.text.isEmpty())
        out(indent + quoted(m.text, indent + QLatin1Char(' ')));
    for (const relay::AttachmentEvidence &a : m.attachments) {
        out(indent +
            QStringLiteral("attachment %1 (%2, %3 bytes, sha256 %4): %5")
                .arg(quoted(a.fileName, indent), a.mimeType.isEmpty()
                                                     ? QStringLiteral("no type")
                                                     : protocol::terminalText(a.mimeType, indent))
                .arg(a.size)
                .arg(QString::fromLatin1(a.plaintextSha256.toHex()), attachmentState(a.state)));
    }
}

int consoleShow(relay::ModerationDesk &desk, const QString &id)
{
    relay::DeskResult<relay::CaseDetails> shown = desk.show(id);
    if (!shown)
        deskFail(shown.error());
    const relay::CaseDetails &c = *shown;
    int verified = 0;
    for (const relay::ReportDetails &r : c.reports)
        verified += r.reportedVerified ? 1 : 0;
    QString status =
        c.status == relay::CaseStatus::Open ? QStringLiteral("open") : QStringLiteral("decided");
    if (c.reviewRequested)
        status += QStringLiteral(" (a reporter asked for review of \"no action\")");
    out(QStringLiteral("Case %1: %2").arg(c.caseId, status));
    if (!c.focusId.isEmpty())
        out(QStringLiteral("(shown for %1)").arg(c.focusId));
    out(QStringLiteral("Reported account:  %1").arg(account(c.reportedId)));
    out(QStringLiteral("Category:          %1 (severity %2)").arg(c.category).arg(c.severity));
    out(QStringLiteral("Involves a child:  %1")
            .arg(c.involvesChild ? QStringLiteral("YES") : QStringLiteral("no")));
    out(QStringLiteral("Opened:            %1").arg(utcTime(c.openedAtMs)));
    out(QStringLiteral("Reports:           %1, of which %2 verified (the reported message was "
                       "proven to come from the reported account)")
            .arg(c.reports.size())
            .arg(verified));
    for (const relay::ReportDetails &r : c.reports) {
        out();
        out(QStringLiteral("  Report %1 from %2, received %3, status: %4")
                .arg(r.reportId, account(r.reporterId), utcTime(r.receivedAtMs),
                     relay::progressName(r.status)));
        out(QStringLiteral("    category %1, involves a child: %2, in a %3%4")
                .arg(r.category, yesNo(r.involvesChild), conversationName(r.conversation),
                     r.language.isEmpty()
                         ? QString()
                         : QStringLiteral(", language %1")
                               .arg(protocol::terminalText(r.language, QString()))));
        out(QStringLiteral("    reported message verified: %1").arg(yesNo(r.reportedVerified)));
        if (!r.comment.isEmpty())
            out(QStringLiteral("    reporter's comment: ") +
                quoted(r.comment, QStringLiteral("     ")));
        out(QStringLiteral("    messages (%1):").arg(r.messages.size()));
        for (qsizetype i = 0; i < r.messages.size(); ++i)
            printMessage(r.messages.at(i), i);
    }
    out();
    if (c.decisions.isEmpty()) {
        out(QStringLiteral("Decisions: none yet"));
    } else {
        out(QStringLiteral("Decisions:"));
        for (const relay::DecisionRecord &d : c.decisions) {
            QString line =
                QStringLiteral("  %1 %2: %3")
                    .arg(d.decisionId, utcTime(d.decidedAtMs), relay::actionName(d.action));
            if (d.untilMs)
                line += QStringLiteral(" until ") + utcTime(*d.untilMs);
            line += QStringLiteral(", by %1, reason ")
                        .arg(protocol::terminalText(d.moderator, QString())) +
                    quoted(d.reason, QStringLiteral("    "));
            if (d.liftedAtMs)
                line += QStringLiteral(" (lifted on review %1)").arg(utcTime(*d.liftedAtMs));
            out(line);
        }
    }
    if (!c.reviews.isEmpty()) {
        out(QStringLiteral("Reviews:"));
        for (const relay::ReviewRecord &v : c.reviews) {
            const QString who =
                v.kind == relay::ReviewKind::Appeal
                    ? QStringLiteral("appeal of %1 by the person acted on")
                    : QStringLiteral("review of \"no action\" on %1 by its reporter");
            QString line = QStringLiteral("  %1 %2, %3: %4")
                               .arg(v.reviewId, who.arg(v.subjectId), utcTime(v.requestedAtMs),
                                    relay::outcomeName(v.outcome));
            if (!v.note.isEmpty())
                line += QStringLiteral(", note ") + quoted(v.note, QStringLiteral("    "));
            if (v.outcome != relay::ReviewOutcome::Pending)
                line += QStringLiteral(", by %1, reason ")
                            .arg(protocol::terminalText(v.moderator, QString())) +
                        quoted(v.reason, QStringLiteral("    "));
            out(line);
        }
    }
    if (!c.otherCases.isEmpty())
        out(QStringLiteral("Other cases about the same message: ") +
            c.otherCases.join(QStringLiteral(", ")));
    out();
    bool pendingAppeal = false;
    for (const relay::ReviewRecord &v : c.reviews)
        pendingAppeal |=
            v.kind == relay::ReviewKind::Appeal && v.outcome == relay::ReviewOutcome::Pending;
    if (c.status == relay::CaseStatus::Open)
        out(QStringLiteral("Decide with: cove-relay mod decide %1 dismiss|warn|suspend|ban "
                           "--reason TEXT [--days N] --data DIR")
                .arg(c.caseId));
    if (pendingAppeal)
        out(QStringLiteral("Answer the appeal with: cove-relay mod decide V-... restore|uphold "
                           "--reason TEXT --data DIR"));
    return kExitOk;
}

int consoleDecide(relay::ModerationDesk &desk, const QString &id, const QString &verb,
                  const QCommandLineParser &parser)
{
    using protocol::wire::ModerationAction;
    const QString reason = parser.value(QStringLiteral("reason")).trimmed();
    if (reason.isEmpty())
        consoleFail(kExitUsage, QStringLiteral("--reason TEXT is required: the person acted on "
                                               "reads it"));
    QString moderator = parser.value(QStringLiteral("moderator")).trimmed();
    if (moderator.isEmpty())
        moderator = qEnvironmentVariable("USER").trimmed();
    if (moderator.isEmpty())
        moderator = QStringLiteral("moderator");
    const bool hasDays = parser.isSet(QStringLiteral("days"));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();

    if (verb == QLatin1String("restore") || verb == QLatin1String("uphold")) {
        if (hasDays)
            consoleFail(kExitUsage, QStringLiteral("--days goes with suspend only"));
        const relay::ReviewVerdict verdict = verb == QLatin1String("restore")
                                                 ? relay::ReviewVerdict::Restore
                                                 : relay::ReviewVerdict::Uphold;
        relay::DeskResult<void> r = desk.decideReview(id, verdict, reason, moderator, now);
        if (!r)
            deskFail(r.error());
        out(verdict == relay::ReviewVerdict::Restore
                ? QStringLiteral("Review of %1 decided: restored. The decision is lifted and the "
                                 "person is told.")
                      .arg(id.trimmed().toUpper())
                : QStringLiteral("Review of %1 decided: upheld. The decision stands and the "
                                 "person is told.")
                      .arg(id.trimmed().toUpper()));
        return kExitOk;
    }

    ModerationAction action = ModerationAction::NoAction;
    if (verb == QLatin1String("dismiss"))
        action = ModerationAction::NoAction;
    else if (verb == QLatin1String("warn"))
        action = ModerationAction::Warn;
    else if (verb == QLatin1String("suspend"))
        action = ModerationAction::Suspend;
    else if (verb == QLatin1String("ban"))
        action = ModerationAction::Ban;
    else
        consoleFail(kExitUsage, QStringLiteral("unknown decision \"%1\"; use dismiss, warn, "
                                               "suspend, ban, restore or uphold")
                                    .arg(verb));
    std::optional<qint64> until;
    if (action == ModerationAction::Suspend) {
        bool ok = false;
        const int days = parser.value(QStringLiteral("days")).toInt(&ok);
        if (!hasDays || !ok || days <= 0 || days > 3650)
            consoleFail(kExitUsage, QStringLiteral("suspend needs --days N (1 to 3650)"));
        until = now + qint64(days) * relay::kDayMs;
    } else if (hasDays) {
        consoleFail(kExitUsage, QStringLiteral("--days goes with suspend only (a ban is "
                                               "permanent)"));
    }
    relay::DeskResult<QString> decided = desk.decide(id, action, reason, until, moderator, now);
    if (!decided)
        deskFail(decided.error());
    QString what = relay::actionName(action);
    if (until)
        what += QStringLiteral(" until ") + utcTime(*until);
    out(QStringLiteral("Decision %1 recorded for %2: %3.")
            .arg(*decided, id.trimmed().toUpper(), what));
    if (action == ModerationAction::NoAction)
        out(QStringLiteral("The reporters are told that no action was taken, with the reason; "
                           "they may ask for a review."));
    else
        out(QStringLiteral("The person is told the decision and the reason and may ask for a "
                           "review; the reporters are told that action was taken."));
    return kExitOk;
}

/// Start of a UTC day from YYYY-MM-DD, or exit with a usage error.
qint64 dayStart(const QString &text, const char *option)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid())
        consoleFail(kExitUsage,
                    QStringLiteral("--%1 needs a date as YYYY-MM-DD").arg(QLatin1String(option)));
    return QDateTime(date, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
}

int consoleTransparency(relay::ModerationDesk &desk, const QCommandLineParser &parser)
{
    const bool hasFrom = parser.isSet(QStringLiteral("from"));
    const bool hasTo = parser.isSet(QStringLiteral("to"));
    const qint64 from = hasFrom ? dayStart(parser.value(QStringLiteral("from")), "from") : 0;
    const qint64 to = hasTo ? dayStart(parser.value(QStringLiteral("to")), "to") + relay::kDayMs
                            : QDateTime::currentMSecsSinceEpoch() + 1;
    if (to <= from)
        consoleFail(kExitUsage, QStringLiteral("--to is before --from"));
    relay::DeskResult<relay::TransparencyReport> report = desk.transparency(from, to);
    if (!report)
        deskFail(report.error());
    const relay::TransparencyReport &t = *report;
    const QString fromText =
        hasFrom ? parser.value(QStringLiteral("from")) : QStringLiteral("the beginning");
    const QString toText = hasTo ? parser.value(QStringLiteral("to")) : QStringLiteral("now");
    out(QStringLiteral("Cove transparency report, %1 to %2 (UTC)").arg(fromText, toText));
    out();
    out(QStringLiteral("Reports received: %1").arg(t.reports));
    out(QStringLiteral("  involving a child: %1 (%2)")
            .arg(t.reportsInvolvingChild)
            .arg(percent(t.reportsInvolvingChild, t.reports)));
    out(QStringLiteral("  reported message verified by franking: %1 (%2)")
            .arg(t.verifiedReports)
            .arg(percent(t.verifiedReports, t.reports)));
    if (!t.reportsByCategory.isEmpty()) {
        out(QStringLiteral("  by category:"));
        for (auto it = t.reportsByCategory.cbegin(); it != t.reportsByCategory.cend(); ++it)
            out(QStringLiteral("    ") + padded(it.key(), 22) + QString::number(it.value()));
    }
    out();
    out(QStringLiteral("Decisions: %1").arg(t.dismissed + t.warned + t.suspended + t.banned));
    out(QStringLiteral("  no action   %1").arg(t.dismissed));
    out(QStringLiteral("  warning     %1").arg(t.warned));
    out(QStringLiteral("  suspension  %1").arg(t.suspended));
    out(QStringLiteral("  ban         %1").arg(t.banned));
    out();
    out(QStringLiteral("Appeals by people acted on: %1 (restored %2, upheld %3, pending %4)")
            .arg(t.appeals)
            .arg(t.appealsRestored)
            .arg(t.appealsUpheld)
            .arg(t.appealsPending));
    out(QStringLiteral("Reporters' reviews of \"no action\": %1 (action taken after review %2, "
                       "upheld %3, pending %4)")
            .arg(t.reporterReviews)
            .arg(t.reporterReviewsChanged)
            .arg(t.reporterReviewsUpheld)
            .arg(t.reporterReviewsPending));
    out();
    if (t.medianMsToDecision)
        out(QStringLiteral("Median time from report to first decision: %1 (over %2)")
                .arg(duration(*t.medianMsToDecision),
                     t.decidedReports == 1
                         ? QStringLiteral("1 decided report")
                         : QStringLiteral("%1 decided reports").arg(t.decidedReports)));
    else
        out(QStringLiteral("Median time from report to first decision: no decided reports"));
    return kExitOk;
}

int runConsole(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Cove's moderation console"));
    parser.addOptions({
        {QStringLiteral("data"), QStringLiteral("The relay's data directory."),
         QStringLiteral("dir")},
        {QStringLiteral("reason"), QStringLiteral("Why (the person acted on reads it)."),
         QStringLiteral("text")},
        {QStringLiteral("days"), QStringLiteral("Length of a suspension in days."),
         QStringLiteral("n")},
        {QStringLiteral("moderator"), QStringLiteral("Who decides (default: $USER)."),
         QStringLiteral("name")},
        {QStringLiteral("from"), QStringLiteral("First day of the report (UTC)."),
         QStringLiteral("YYYY-MM-DD")},
        {QStringLiteral("to"), QStringLiteral("Last day of the report (UTC)."),
         QStringLiteral("YYYY-MM-DD")},
    });
    const QString usage =
        QStringLiteral("usage: cove-relay mod list --data DIR\n"
                       "       cove-relay mod show ID --data DIR\n"
                       "       cove-relay mod decide ID dismiss|warn|suspend|ban --reason TEXT "
                       "[--days N] [--moderator NAME] --data DIR\n"
                       "       cove-relay mod decide ID restore|uphold --reason TEXT "
                       "[--moderator NAME] --data DIR\n"
                       "       cove-relay transparency [--from YYYY-MM-DD] [--to YYYY-MM-DD] "
                       "--data DIR");
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help."));
    parser.addOption(help);
    if (!parser.parse(arguments))
        consoleFail(kExitUsage, parser.errorText() + QLatin1Char('\n') + usage);
    if (parser.isSet(help)) {
        out(usage);
        out();
        out(parser.helpText().section(QLatin1Char('\n'), 2).trimmed()); // the options
        return kExitOk;
    }
    const QStringList words = parser.positionalArguments();
    if (!parser.isSet(QStringLiteral("data")))
        consoleFail(kExitUsage, QStringLiteral("--data DIR is required\n") + usage);
    const QString dir = parser.value(QStringLiteral("data"));
    const QString command = words.value(0);

    if (command == QLatin1String("transparency")) {
        if (words.size() != 1)
            consoleFail(kExitUsage, usage);
        return consoleTransparency(*openDesk(dir), parser);
    }
    const QString sub = words.value(1);
    if (sub == QLatin1String("list") && words.size() == 2)
        return consoleList(*openDesk(dir));
    if (sub == QLatin1String("show") && words.size() == 3)
        return consoleShow(*openDesk(dir), words.at(2));
    if (sub == QLatin1String("decide") && words.size() == 4)
        return consoleDecide(*openDesk(dir), words.at(2), words.at(3), parser);
    consoleFail(kExitUsage, usage);
}

} // namespace

int main(int argc, char **argv)
{
    // A relay is nothing but socket events on many connections: epoll keeps
    // a turn of the event loop in proportion to what is ready, not to the
    // connections (see EpollEventDispatcher). Should the kernel refuse one,
    // Qt's own UNIX dispatcher still costs less per event than GLib's.
    if (!qEnvironmentVariableIsSet("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
    if (auto epoll = std::make_unique<cove::relay::EpollEventDispatcher>(); epoll->isValid())
        QCoreApplication::setEventDispatcher(epoll.release());
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("cove-relay"));
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0"));

    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() >= 2 && (arguments.at(1) == QLatin1String("mod") ||
                                  arguments.at(1) == QLatin1String("transparency")))
        return runConsole(arguments);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Cove's relay server.\n"
                       "Moderation console: cove-relay mod list|show|decide ... --data DIR, "
                       "cove-relay transparency --data DIR (cove-relay mod --help)."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("listen"), QStringLiteral("Address and port to listen on (port 0: any)."),
         QStringLiteral("host:port"), QStringLiteral("127.0.0.1:0")},
        {QStringLiteral("data"), QStringLiteral("Data directory (created 0700)."),
         QStringLiteral("dir")},
        {QStringLiteral("cert"), QStringLiteral("PEM certificate chain: serve wss."),
         QStringLiteral("file")},
        {QStringLiteral("key"), QStringLiteral("PEM private key of the certificate."),
         QStringLiteral("file")},
        {QStringLiteral("envelope-ttl-days"),
         QStringLiteral("Days an undelivered envelope is kept (default 30)."), QStringLiteral("n")},
        {QStringLiteral("attachment-ttl-days"),
         QStringLiteral("Days an attachment is kept (default 30)."), QStringLiteral("n")},
        {QStringLiteral("max-attachment-mib"),
         QStringLiteral("Largest attachment accepted, in MiB (default 100)."), QStringLiteral("n")},
        {QStringLiteral("max-group-members"),
         QStringLiteral("The most members a group may have (default 256)."), QStringLiteral("n")},
        {QStringLiteral("no-rate-limits"),
         QStringLiteral("Turn every rate limit off (benchmarks only).")},
    });
    parser.process(app);

    if (!parser.isSet(QStringLiteral("data")))
        fail(kExitUsage, QStringLiteral("--data DIR is required"));
    QHostAddress address;
    quint16 port = 0;
    if (!parseListen(parser.value(QStringLiteral("listen")), &address, &port))
        fail(kExitUsage, QStringLiteral("--listen needs host:port, e.g. 127.0.0.1:8443"));
    if (parser.isSet(QStringLiteral("cert")) != parser.isSet(QStringLiteral("key")))
        fail(kExitUsage, QStringLiteral("--cert and --key go together"));

    relay::RelayConfig config;
    config.envelopeTtlMs =
        qint64(positiveOption(parser, QStringLiteral("envelope-ttl-days"), 30)) * relay::kDayMs;
    config.attachmentTtlMs =
        qint64(positiveOption(parser, QStringLiteral("attachment-ttl-days"), 30)) * relay::kDayMs;
    config.maxAttachmentSize =
        quint64(positiveOption(parser, QStringLiteral("max-attachment-mib"), 100)) * 1024 * 1024;
    config.maxGroupMembers =
        std::clamp(positiveOption(parser, QStringLiteral("max-group-members"), 256), 2,
                   int(protocol::kMaxGroupMembers));
    config.rateLimits = !parser.isSet(QStringLiteral("no-rate-limits"));

    std::optional<QSslConfiguration> tls;
    if (parser.isSet(QStringLiteral("cert")))
        tls = loadTls(parser.value(QStringLiteral("cert")), parser.value(QStringLiteral("key")));

    if (!installSignalHandlers())
        fail(kExitUsage, QStringLiteral("cannot install signal handlers"));
    raiseDescriptorLimit();

    const QString dataDir = parser.value(QStringLiteral("data"));
    qCInfo(relay::lcRelay).noquote() << "cove-relay" << QCoreApplication::applicationVersion()
                                     << "starting; data directory" << dataDir;
    auto secrets = relay::loadOrCreateSecrets(dataDir);
    if (!secrets)
        fail(kExitDataDir, secrets.error().detail);
    auto storage =
        relay::SqliteRelayStorage::open(dataDir, secrets->databaseKey.view(), secrets->firstStart);
    if (!storage)
        fail(kExitStorage,
             QStringLiteral("cannot open the relay database: ") + storage.error().detail);
    if (secrets->moderationKeyCreated && !secrets->firstStart)
        qCInfo(relay::lcRelay) << "created moderation.key for the moderation service";
    const QByteArray moderationHex = secrets->moderation.publicKey.toHex();
    auto desk =
        relay::ModerationDesk::open(dataDir, secrets->databaseKey.view(),
                                    std::move(secrets->moderation), secrets->franking.publicKey);
    if (!desk)
        fail(kExitStorage, desk.error().detail);
    secrets->databaseKey.clear();
    if (!config.rateLimits)
        qCWarning(relay::lcRelay) << "rate limits are off";

    const QByteArray frankingHex = secrets->franking.publicKey.toHex();
    relay::RelayServer server(config, std::move(*storage), std::move(secrets->franking));
    if (tls)
        server.setSslConfiguration(*tls);
    server.setModeration(std::move(*desk));
    const quint16 bound = server.listen(address, port);
    if (bound == 0)
        fail(kExitListen, QStringLiteral("cannot listen: ") + server.errorString());

    QSocketNotifier notifier(g_signalFds[1], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &app, [&] {
        char byte = 0;
        if (::read(g_signalFds[1], &byte, 1) == 1 && byte == char(SIGUSR1)) {
            server.reportStatistics();
            return;
        }
        notifier.setEnabled(false);
        qCInfo(relay::lcRelay) << "signal received; shutting down";
        server.shutdown();
        QCoreApplication::exit(kExitOk);
    });

    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
                             ? QStringLiteral("[") + address.toString() + QStringLiteral("]")
                             : address.toString();
    qCInfo(relay::lcRelay).noquote() << "franking public key:" << QString::fromLatin1(frankingHex);
    std::printf("cove-relay listening on %s:%u\n", qUtf8Printable(host), unsigned(bound));
    std::printf("franking public key: %s\n", frankingHex.constData());
    std::printf("moderation public key: %s\n", moderationHex.constData());
    std::fflush(stdout);

    const int rc = app.exec();
    server.shutdown();
    return rc;
}
