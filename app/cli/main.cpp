// SPDX-License-Identifier: GPL-3.0-or-later
// cove-cli: the Cove core without a window, for scripts, bots and testers.

#include "Account.h"
#include "Contacts.h"
#include "Conversations.h"
#include "CoveId.h"
#include "InviteLink.h"
#include "KeyFile.h"
#include "Messages.h"
#include "Messenger.h"
#include "Profile.h"
#include "ProtocolStore.h"
#include "RelayClient.h"
#include "Reports.h"
#include "SafeText.h"
#include "SafetyNumbers.h"
#include "SafetyState.h"
#include "Store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QScopeGuard>
#include <QSslCertificate>
#include <QTextStream>
#include <QTime>
#include <QTimer>
#include <QTranslator>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace {

using namespace cove;
using app::AppResult;

/// Exit codes scripts can rely on.
enum Exit : int {
    Ok = 0,
    Failure = 1,
    Usage = 2,
    Offline = 3, ///< the relay could not be reached in time; what was sent stays queued
};

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

int fail(const QString &message, int code = Failure)
{
    err() << QCoreApplication::translate("cove-cli", "cove-cli: %1").arg(message) << Qt::endl;
    return code;
}

int failWith(const app::AppError &e)
{
    return fail(e.detail);
}

QString readPassphrase(const QString &prompt)
{
    const QByteArray fromEnv = qgetenv("COVE_PASSPHRASE");
    if (!fromEnv.isEmpty())
        return QString::fromUtf8(fromEnv);
    err() << prompt << Qt::flush;
    termios old{};
    const bool tty = isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &old) == 0;
    if (tty) {
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    QTextStream in(stdin);
    const QString line = in.readLine();
    if (tty) {
        tcsetattr(STDIN_FILENO, TCSANOW, &old);
        err() << Qt::endl;
    }
    return line;
}

QString timeText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(Qt::ISODate);
}

QString statusText(storage::MessageStatus s)
{
    switch (s) {
    case storage::MessageStatus::Pending:
        return QStringLiteral("pending");
    case storage::MessageStatus::Sent:
        return QStringLiteral("sent");
    case storage::MessageStatus::Delivered:
        return QStringLiteral("delivered");
    case storage::MessageStatus::Read:
        return QStringLiteral("read");
    case storage::MessageStatus::Failed:
        return QStringLiteral("failed");
    case storage::MessageStatus::Received:
        return QStringLiteral("received");
    case storage::MessageStatus::ReadByMe:
        return QStringLiteral("seen");
    }
    return {};
}

QString attachmentStateText(storage::AttachmentState s)
{
    switch (s) {
    case storage::AttachmentState::NotDownloaded:
        return QStringLiteral("not-downloaded");
    case storage::AttachmentState::Downloading:
        return QStringLiteral("downloading");
    case storage::AttachmentState::Stored:
        return QStringLiteral("stored");
    case storage::AttachmentState::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

void printJson(const QJsonValue &v)
{
    out() << (v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject()))
                 .toJson(QJsonDocument::Compact)
          << Qt::endl;
}

/// Everything one command needs: the parsed options and the open account.
class Cli {
public:
    explicit Cli(QCommandLineParser &parser) : m_parser(parser) {}

    int run();

private:
    int init();
    int open();
    /// Connects, runs the action, and returns when all is sent and received.
    /// `whileSuspended`: the command also works for an account moderation
    /// suspended (reading its decisions, asking for a review).
    int
    online(const std::function<void(app::Messenger &)> &beforeConnect,
           const std::function<void(app::Messenger &, std::function<void(int)>)> &whenReady = {},
           bool whileSuspended = false);
    /// After a send: Failure, with the reason, when the relay refused the
    /// message at `rowId` (for a group: for at least one member); Ok
    /// otherwise (sent, or still queued).
    int refusedSend(qint64 rowId, bool group = false);
    QUrl relayUrl();
    AppResult<storage::Conversation> target(app::Messenger &m, const QString &typed);
    int history(const storage::Conversation &conv);
    int search(const QString &text);
    int list();
    int group(const QStringList &args);
    int safetyNumber(const QString &typed, bool markVerified);
    int report();
    int reports();
    int review();
    int requests();
    int guardian(const QStringList &args);
    QString nameOf(const QString &coveId);
    QString groupHex(const QByteArray &id) const { return QString::fromLatin1(id.toHex()); }

    QCommandLineParser &m_parser;
    QStringList m_args;
    bool m_json = false;
    std::unique_ptr<app::Account> m_account;
    app::Reports *m_reports = nullptr; ///< while online() runs
};

QUrl Cli::relayUrl()
{
    QString url = m_parser.value(QStringLiteral("relay"));
    if (url.isEmpty() && m_account)
        url = QString::fromUtf8(m_account->setting(QStringLiteral("relay.url")));
    return QUrl(url);
}

QString Cli::nameOf(const QString &coveId)
{
    if (coveId == m_account->coveId())
        return QCoreApplication::translate("cove-cli", "me");
    storage::ContactRepository contacts(m_account->db());
    auto c = contacts.find(coveId);
    // Names are chosen by other people: never raw to a terminal.
    if (c && c->has_value())
        return protocol::terminalText((*c)->displayName);
    return protocol::displayCoveId(coveId);
}

AppResult<storage::Conversation> Cli::target(app::Messenger &m, const QString &typed)
{
    // A group's hex id, or a Cove ID (a contact's direct conversation).
    const QByteArray maybeGroup = QByteArray::fromHex(typed.toLatin1());
    if (typed.size() == 32 && maybeGroup.size() == 16)
        if (auto g = m.groupConversation(maybeGroup); g)
            return g;
    return m.directConversation(typed);
}

int Cli::run()
{
    m_args = m_parser.positionalArguments();
    m_json = m_parser.isSet(QStringLiteral("json"));
    if (m_args.isEmpty()) {
        m_parser.showHelp(Usage);
    }
    const QString command = m_args.takeFirst();
    if (command == QLatin1String("init"))
        return init();
    if (int r = open(); r != Ok)
        return r;

    if (command == QLatin1String("id")) {
        if (m_json)
            printJson(QJsonObject{
                {QStringLiteral("coveId"), m_account->coveId()},
                {QStringLiteral("display"), protocol::displayCoveId(m_account->coveId())},
                {QStringLiteral("link"), protocol::formatContactLink(m_account->coveId())},
                {QStringLiteral("name"), m_account->displayName()}});
        else if (m_parser.isSet(QStringLiteral("link")))
            out() << protocol::formatContactLink(m_account->coveId()) << Qt::endl;
        else
            out() << protocol::displayCoveId(m_account->coveId()) << Qt::endl;
        return Ok;
    }
    if (command == QLatin1String("set-relay")) {
        if (m_args.size() != 1)
            return fail(QCoreApplication::translate("cove-cli", "usage: set-relay URL"), Usage);
        if (auto r = m_account->setSetting(QStringLiteral("relay.url"), m_args[0].toUtf8()); !r)
            return failWith(r.error());
        return Ok;
    }
    if (command == QLatin1String("read-receipts")) {
        if (m_args.size() != 1 ||
            (m_args[0] != QLatin1String("on") && m_args[0] != QLatin1String("off")))
            return fail(QCoreApplication::translate("cove-cli", "usage: read-receipts on|off"),
                        Usage);
        const QByteArray value = m_args[0] == QLatin1String("on") ? "1" : "0";
        if (auto r = m_account->setSetting(QStringLiteral("read_receipts"), value); !r)
            return failWith(r.error());
        return Ok;
    }
    if (command == QLatin1String("who-can-message")) {
        const bool show = m_args.isEmpty();
        if (!show && (m_args.size() != 1 || (m_args[0] != QLatin1String("everyone") &&
                                             m_args[0] != QLatin1String("contacts"))))
            return fail(QCoreApplication::translate("cove-cli",
                                                    "usage: who-can-message [everyone|contacts]"),
                        Usage);
        if (show) {
            app::RelayClient relay(*m_account, {});
            app::Messenger m(*m_account, relay);
            out() << (m.reachability().contactsOnly() ? "contacts" : "everyone") << Qt::endl;
            return Ok;
        }
        const bool contactsOnly = m_args[0] == QLatin1String("contacts");
        return online(
            [&](app::Messenger &m) {
                if (auto r = m.reachability().setContactsOnly(contactsOnly); !r)
                    failWith(r.error());
            },
            [&](app::Messenger &m, std::function<void(int)> done) {
                auto once = std::make_shared<bool>(false);
                const auto report = [done, once](bool on, int allowed) {
                    if (std::exchange(*once, true))
                        return;
                    if (on)
                        out() << QCoreApplication::translate(
                                     "cove-cli",
                                     "contacts only: the relay lets %n person(s) reach you",
                                     nullptr, allowed)
                              << Qt::endl;
                    else
                        out() << QCoreApplication::translate("cove-cli",
                                                             "everyone can message you; strangers "
                                                             "wait in message requests")
                              << Qt::endl;
                    done(Ok);
                };
                QObject::connect(&m.reachability(), &app::Reachability::synced, &m, report);
            });
    }
    if (command == QLatin1String("who-can-add-to-groups")) {
        app::RelayClient relay(*m_account, {});
        app::Messenger m(*m_account, relay);
        if (m_args.isEmpty()) {
            out() << (m.groupAddsFromContactsOnly() ? "contacts" : "everyone") << Qt::endl;
            return Ok;
        }
        if (m_args.size() != 1 ||
            (m_args[0] != QLatin1String("everyone") && m_args[0] != QLatin1String("contacts")))
            return fail(QCoreApplication::translate(
                            "cove-cli", "usage: who-can-add-to-groups [everyone|contacts]"),
                        Usage);
        auto r = m.setGroupAddsFromContactsOnly(m_args[0] == QLatin1String("contacts"));
        return r ? int(Ok) : failWith(r.error());
    }
    if (command == QLatin1String("add-contact")) {
        if (m_args.isEmpty())
            return fail(
                QCoreApplication::translate("cove-cli", "usage: add-contact COVE-ID [NAME]"),
                Usage);
        app::RelayClient relay(*m_account, {});
        app::Messenger m(*m_account, relay);
        auto c = m.addContact(m_args[0], m_args.value(1));
        if (!c)
            return failWith(c.error());
        if (auto conv = m.directConversation(c->coveId); !conv)
            return failWith(conv.error());
        out() << QCoreApplication::translate("cove-cli", "added %1 (%2)")
                     .arg(c->displayName, protocol::displayCoveId(c->coveId))
              << Qt::endl;
        return Ok;
    }
    if (command == QLatin1String("contacts")) {
        storage::ContactRepository contacts(m_account->db());
        auto all = contacts.all();
        if (!all)
            return fail(all.error().detail);
        QJsonArray arr;
        for (const storage::Contact &c : *all) {
            if (m_json)
                arr.append(QJsonObject{{QStringLiteral("coveId"), c.coveId},
                                       {QStringLiteral("name"), c.displayName}});
            else
                out() << protocol::displayCoveId(c.coveId) << "  "
                      << protocol::terminalText(c.displayName) << Qt::endl;
        }
        if (m_json)
            printJson(arr);
        return Ok;
    }
    if (command == QLatin1String("block") || command == QLatin1String("unblock")) {
        if (m_args.size() != 1)
            return fail(QCoreApplication::translate("cove-cli", "usage: block|unblock ID"), Usage);
        app::RelayClient relay(*m_account, {});
        app::Messenger m(*m_account, relay);
        auto r = command == QLatin1String("block") ? m.block(m_args[0]) : m.unblock(m_args[0]);
        return r ? int(Ok) : failWith(r.error());
    }
    if (command == QLatin1String("forward")) {
        if (m_args.size() < 2)
            return fail(
                QCoreApplication::translate("cove-cli", "usage: forward MESSAGE-ID ID|GROUP..."),
                Usage);
        storage::MessageRepository messages(m_account->db());
        auto found = messages.findByMessageId(QByteArray::fromHex(m_args[0].toLatin1()));
        if (!found || !found->has_value())
            return fail(QCoreApplication::translate("cove-cli", "no message %1").arg(m_args[0]),
                        Usage);
        const qint64 row = (*found)->rowId;
        int refused = Ok; // the forward is queued before connecting; a refusal ends it
        const int synced = online([&](app::Messenger &m) {
            QList<qint64> targets;
            for (const QString &typed : m_args.mid(1)) {
                auto conv = target(m, typed);
                if (!conv) {
                    refused = failWith(conv.error());
                    return;
                }
                targets.append(conv->id);
            }
            if (auto r = m.forward(row, targets); !r)
                refused = failWith(r.error());
        });
        return refused != Ok ? refused : synced;
    }
    if (command == QLatin1String("blocked")) {
        app::RelayClient relay(*m_account, {});
        app::Messenger m(*m_account, relay);
        auto list = m.blocked();
        if (!list)
            return failWith(list.error());
        QJsonArray arr;
        for (const storage::Block &b : std::as_const(*list)) {
            if (m_json)
                arr.append(QJsonObject{{QStringLiteral("coveId"), b.coveId},
                                       {QStringLiteral("blockedAt"), b.blockedAt}});
            else
                out() << protocol::displayCoveId(b.coveId) << "  " << timeText(b.blockedAt)
                      << Qt::endl;
        }
        if (m_json)
            printJson(arr);
        return Ok;
    }
    if (command == QLatin1String("send")) {
        if (m_args.size() < 2 && !m_parser.isSet(QStringLiteral("file")))
            return fail(QCoreApplication::translate(
                            "cove-cli", "usage: send COVE-ID|GROUP TEXT [--file PATH]..."),
                        Usage);
        const QString to = m_args.value(0);
        const QString text = m_args.mid(1).join(QLatin1Char(' '));
        const QStringList files = m_parser.values(QStringLiteral("file"));
        qint64 sentRow = 0;
        const int code = files.isEmpty()
                             ? online([&](app::Messenger &m) {
                                   auto conv = target(m, to);
                                   if (!conv) {
                                       fail(conv.error().detail);
                                       return;
                                   }
                                   auto sent = m.sendMessage(conv->id, text);
                                   if (!sent)
                                       fail(sent.error().detail);
                                   else
                                       sentRow = *sent;
                               })
                             : online({}, [&](app::Messenger &m, std::function<void(int)> done) {
                                   auto conv = target(m, to);
                                   if (!conv) {
                                       done(failWith(conv.error()));
                                       return;
                                   }
                                   m.sendFiles(conv->id, text, files,
                                               [done, &sentRow](const AppResult<qint64> &r) {
                                                   if (r)
                                                       sentRow = *r;
                                                   done(r ? int(Ok) : failWith(r.error()));
                                               });
                               });
        return code == Ok ? refusedSend(sentRow) : code;
    }
    if (command == QLatin1String("sync"))
        return online({});
    if (command == QLatin1String("list"))
        return list();
    if (command == QLatin1String("history")) {
        if (m_args.size() != 1)
            return fail(QCoreApplication::translate("cove-cli", "usage: history COVE-ID|GROUP"),
                        Usage);
        app::RelayClient relay(*m_account, {});
        app::Messenger m(*m_account, relay);
        auto conv = target(m, m_args[0]);
        if (!conv)
            return failWith(conv.error());
        return history(*conv);
    }
    if (command == QLatin1String("search")) {
        if (m_args.isEmpty())
            return fail(QCoreApplication::translate("cove-cli", "usage: search WORDS..."), Usage);
        return search(m_args.join(QLatin1Char(' ')));
    }
    if (command == QLatin1String("read")) {
        // Marks a conversation read and sends the read receipts.
        if (m_args.size() != 1)
            return fail(QCoreApplication::translate("cove-cli", "usage: read COVE-ID|GROUP"),
                        Usage);
        return online([&](app::Messenger &m) {
            auto conv = target(m, m_args[0]);
            if (!conv) {
                fail(conv.error().detail);
                return;
            }
            if (auto r = m.markRead(conv->id); !r)
                fail(r.error().detail);
        });
    }
    if (command == QLatin1String("report"))
        return report();
    if (command == QLatin1String("reports"))
        return reports();
    if (command == QLatin1String("review"))
        return review();
    if (command == QLatin1String("requests"))
        return requests();
    if (command == QLatin1String("group"))
        return group(m_args);
    if (command == QLatin1String("guardian"))
        return guardian(m_args);
    if (command == QLatin1String("request-contact")) {
        if (m_args.isEmpty())
            return fail(
                QCoreApplication::translate("cove-cli", "usage: request-contact COVE-ID [NAME]"),
                Usage);
        int code = Ok;
        const int r = online([&](app::Messenger &m) {
            if (auto a = m.askForContact(m_args[0], m_args.value(1)); !a)
                code = failWith(a.error());
        });
        return code != Ok ? code : r;
    }
    if (command == QLatin1String("safety-number")) {
        if (m_args.size() != 1)
            return fail(QCoreApplication::translate("cove-cli", "usage: safety-number COVE-ID"),
                        Usage);
        return safetyNumber(m_args[0], false);
    }
    if (command == QLatin1String("verify")) {
        if (m_args.size() != 1)
            return fail(QCoreApplication::translate("cove-cli", "usage: verify COVE-ID"), Usage);
        return safetyNumber(m_args[0], true);
    }
    if (command == QLatin1String("accept-identity")) {
        if (m_args.size() != 1)
            return fail(QCoreApplication::translate("cove-cli", "usage: accept-identity COVE-ID"),
                        Usage);
        return online([&](app::Messenger &m) {
            if (auto r = m.acceptIdentityChange(m_args[0]); !r)
                fail(r.error().detail);
        });
    }
    if (command == QLatin1String("timer")) {
        if (m_args.size() != 2)
            return fail(
                QCoreApplication::translate("cove-cli", "usage: timer COVE-ID|GROUP SECONDS|off"),
                Usage);
        std::optional<quint32> seconds;
        if (m_args[1] != QLatin1String("off")) {
            bool ok = false;
            seconds = m_args[1].toUInt(&ok);
            if (!ok)
                return fail(
                    QCoreApplication::translate("cove-cli", "SECONDS must be a number or 'off'"),
                    Usage);
        }
        return online([&](app::Messenger &m) {
            auto conv = target(m, m_args[0]);
            if (!conv) {
                fail(conv.error().detail);
                return;
            }
            if (auto r = m.setExpireTimer(conv->id, seconds); !r)
                fail(r.error().detail);
        });
    }
    if (command == QLatin1String("mute")) {
        // Local only: nobody is told a chat is muted.
        static const QHash<QString, qint64> spans = {
            {QStringLiteral("1h"), 3'600'000},
            {QStringLiteral("8h"), 8 * 3'600'000},
            {QStringLiteral("1w"), 7 * 24 * qint64(3'600'000)},
            {QStringLiteral("always"), -1},
            {QStringLiteral("off"), 0}};
        if (m_args.size() != 2 || !spans.contains(m_args[1]))
            return fail(QCoreApplication::translate(
                            "cove-cli", "usage: mute COVE-ID|GROUP 1h|8h|1w|always|off"),
                        Usage);
        const qint64 span = spans.value(m_args[1]);
        std::optional<qint64> until;
        if (span < 0)
            until = std::numeric_limits<qint64>::max();
        else if (span > 0)
            until = QDateTime::currentMSecsSinceEpoch() + span;
        // Only a chat that exists: muting starts no conversation with anyone.
        storage::ConversationRepository conversations(m_account->db());
        const QByteArray groupId = QByteArray::fromHex(m_args[0].toLatin1());
        const QString coveId = protocol::normalizeCoveId(m_args[0]);
        auto found = m_args[0].size() == 32 && groupId.size() == 16
                         ? conversations.findGroup(groupId)
                         : conversations.findDirect(coveId);
        if (!found)
            return fail(found.error().detail);
        if (!found->has_value() || (coveId.isEmpty() && groupId.size() != 16))
            return fail(QCoreApplication::translate("cove-cli", "There is no chat with %1.")
                            .arg(protocol::terminalText(m_args[0])));
        app::RelayClient relay(*m_account, {});
        app::Messenger m(*m_account, relay);
        if (auto r = m.setMutedUntil((*found)->id, until); !r)
            return failWith(r.error());
        return Ok;
    }
    if (command == QLatin1String("save-attachment")) {
        if (m_args.size() != 2)
            return fail(QCoreApplication::translate("cove-cli",
                                                    "usage: save-attachment ATTACHMENT-ID PATH"),
                        Usage);
        app::RelayClient relay(*m_account, {});
        app::Messenger m(*m_account, relay);
        const qint64 id = m_args[0].toLongLong();
        QString path = m_args[1];
        // Into a folder: under the sender's name for the file, made safe.
        if (QFileInfo(path).isDir()) {
            auto a = m.attachment(id);
            if (!a)
                return failWith(a.error());
            const QString name =
                a->has_value() ? protocol::safeFileName((*a)->descriptor.fileName) : QString();
            path = QDir(path).filePath(name.isEmpty() ? QStringLiteral("attachment") : name);
        }
        if (auto r = m.saveAttachment(id, path); !r)
            return failWith(r.error());
        out() << path << Qt::endl;
        return Ok;
    }
    return fail(
        QCoreApplication::translate("cove-cli", "unknown command %1 (see --help)").arg(command),
        Usage);
}

int Cli::init()
{
    const QString dir = m_parser.value(QStringLiteral("profile"));
    if (dir.isEmpty())
        return fail(QCoreApplication::translate("cove-cli", "--profile DIR is required"), Usage);
    const QString name = m_parser.value(QStringLiteral("name"));
    const QString passphrase =
        readPassphrase(QCoreApplication::translate("cove-cli", "New passphrase: "));
    if (passphrase.size() < 8)
        return fail(
            QCoreApplication::translate("cove-cli", "the passphrase needs at least 8 characters"));
    // Tests and scripted demos may choose cheaper key stretching.
    auto account = app::Account::create(dir, passphrase, name, app::Account::passphraseKdf());
    if (!account)
        return failWith(account.error());
    m_account = std::move(*account);
    if (m_parser.isSet(QStringLiteral("child"))) {
        // A child's profile: nobody reaches it until a guardian pairs with it.
        app::RelayClient offline(*m_account, {});
        app::Messenger m(*m_account, offline);
        if (auto r = m.beginGuardedSetup(); !r)
            return failWith(r.error());
    }
    const QString relay = m_parser.value(QStringLiteral("relay"));
    if (!relay.isEmpty())
        if (auto r = m_account->setSetting(QStringLiteral("relay.url"), relay.toUtf8()); !r)
            return failWith(r.error());
    const QString ca = m_parser.value(QStringLiteral("relay-ca"));
    if (!ca.isEmpty())
        if (auto r = m_account->setSetting(QStringLiteral("relay.ca"),
                                           QFileInfo(ca).absoluteFilePath().toUtf8());
            !r)
            return failWith(r.error());
    if (!relay.isEmpty()) {
        // Register with the relay now, so that others can reach this ID at once.
        const int registered = online({});
        if (registered != Ok)
            err() << QCoreApplication::translate(
                         "cove-cli", "The profile is ready; it registers with the relay on "
                                     "the next sync.")
                  << Qt::endl;
    }
    if (m_json)
        printJson(QJsonObject{{QStringLiteral("coveId"), m_account->coveId()}});
    else
        out() << QCoreApplication::translate("cove-cli", "Your Cove ID: %1")
                     .arg(protocol::displayCoveId(m_account->coveId()))
              << Qt::endl;
    return Ok;
}

int Cli::open()
{
    const QString dir = m_parser.value(QStringLiteral("profile"));
    if (dir.isEmpty())
        return fail(QCoreApplication::translate("cove-cli", "--profile DIR is required"), Usage);
    auto account = app::Account::open(
        dir, readPassphrase(QCoreApplication::translate("cove-cli", "Passphrase: ")));
    if (!account)
        return failWith(account.error());
    m_account = std::move(*account);
    if (const QString kept = m_account->profile().store().damagedLogCopy(); !kept.isEmpty())
        err() << QCoreApplication::translate(
                     "cove-cli", "warning: part of the database log was damaged; the changes "
                                 "written after the damage could not be read. The damaged log "
                                 "was kept at %1")
                     .arg(kept)
              << Qt::endl;
    return Ok;
}

QString reportStatusWord(storage::ReportStatus s)
{
    switch (s) {
    case storage::ReportStatus::Queued:
        return QStringLiteral("queued");
    case storage::ReportStatus::Sent:
        return QStringLiteral("sent");
    case storage::ReportStatus::Received:
        return QStringLiteral("received");
    case storage::ReportStatus::Reviewed:
        return QStringLiteral("reviewed");
    case storage::ReportStatus::ActionTaken:
        return QStringLiteral("action-taken");
    case storage::ReportStatus::NoAction:
        return QStringLiteral("no-action");
    case storage::ReportStatus::ReviewRequested:
        return QStringLiteral("review-requested");
    }
    return {};
}

QString actionWord(int action)
{
    static const QStringList words = {QStringLiteral("no-action"), QStringLiteral("warn"),
                                      QStringLiteral("suspend"), QStringLiteral("ban"),
                                      QStringLiteral("restore")};
    return words.value(action - 1, QString::number(action));
}

int Cli::report()
{
    if (m_args.size() != 1 || !m_parser.isSet(QStringLiteral("category")))
        return fail(QCoreApplication::translate("cove-cli",
                                                "usage: report ID|GROUP --category C [--child] "
                                                "[--message ID]... [--comment TEXT] [--block]"),
                    Usage);
    const QString category = m_parser.value(QStringLiteral("category"));
    const QStringList known = [] {
        QStringList ids;
        for (const app::ReportCategoryText &c : app::Reports::categories(QStringLiteral("en")))
            ids << c.id;
        return ids;
    }();
    if (!known.contains(category))
        return fail(QCoreApplication::translate("cove-cli", "unknown category %1; one of: %2")
                        .arg(category, known.join(QStringLiteral(", "))),
                    Usage);
    QList<qint64> rows;
    storage::MessageRepository messages(m_account->db());
    for (const QString &hex : m_parser.values(QStringLiteral("message"))) {
        auto m = messages.findByMessageId(QByteArray::fromHex(hex.toLatin1()));
        if (!m || !m->has_value())
            return fail(QCoreApplication::translate("cove-cli", "no message %1").arg(hex), Usage);
        rows.append((*m)->rowId);
    }
    return online({}, [&](app::Messenger &m, std::function<void(int)> done) {
        auto conv = target(m, m_args[0]);
        if (!conv) {
            done(failWith(conv.error()));
            return;
        }
        AppResult<app::ReportDraft> draft =
            rows.isEmpty() ? m_reports->draftForConversation(conv->id)
                           : m_reports->draftForMessage(conv->id, rows.first());
        if (!draft) {
            done(failWith(draft.error()));
            return;
        }
        if (rows.size() > 1) {
            draft->selected = {rows.first()};
            for (const qint64 row : rows.mid(1))
                if (!app::Reports::select(*draft, row, true)) {
                    done(fail(QCoreApplication::translate(
                        "cove-cli", "a message is not in this conversation, or more than 30")));
                    return;
                }
        }
        app::ReportChoice choice;
        choice.category = category;
        choice.involvesChild = m_parser.isSet(QStringLiteral("child"));
        choice.comment = m_parser.value(QStringLiteral("comment"));
        choice.language = QLocale().name();
        AppResult<protocol::ReportBundle> built = m_reports->build(*draft, choice);
        if (!built) {
            done(failWith(built.error()));
            return;
        }
        AppResult<qint64> id =
            m_reports->submit(*built, conv->id, m_parser.isSet(QStringLiteral("block")));
        if (!id) {
            done(failWith(id.error()));
            return;
        }
        QObject::connect(m_reports, &app::Reports::reportsChanged, m_reports, [this, done] {
            if (m_reports->queuedCount() == 0)
                done(Ok);
        });
    });
}

int Cli::reports()
{
    // Fetch what moderation pushed since the last time; show what is stored
    // even when the relay cannot be reached.
    const int synced = relayUrl().isEmpty() ? int(Offline) : online({}, {}, true);
    storage::SafetyStateRepository safety(m_account->db());
    auto list = safety.reports();
    auto notices = safety.notices();
    if (!list || !notices)
        return fail(!list ? list.error().detail : notices.error().detail);
    if (m_json) {
        QJsonArray reportsJson;
        for (const storage::StoredReport &r : std::as_const(*list))
            reportsJson.append(QJsonObject{{QStringLiteral("reportId"), r.reportId},
                                           {QStringLiteral("reported"), r.reportedId},
                                           {QStringLiteral("category"), r.category},
                                           {QStringLiteral("involvesChild"), r.involvesChild},
                                           {QStringLiteral("status"), reportStatusWord(r.status)},
                                           {QStringLiteral("createdAt"), r.createdAt}});
        QJsonArray noticesJson;
        for (const storage::ModerationNotice &n : std::as_const(*notices))
            noticesJson.append(QJsonObject{
                {QStringLiteral("caseId"), n.caseId},
                {QStringLiteral("action"), actionWord(n.action)},
                {QStringLiteral("category"), n.category},
                {QStringLiteral("reason"), n.reason},
                {QStringLiteral("until"), n.until ? QJsonValue(*n.until) : QJsonValue()},
                {QStringLiteral("reviewRequested"), n.reviewRequested}});
        printJson(QJsonObject{{QStringLiteral("reports"), reportsJson},
                              {QStringLiteral("decisions"), noticesJson}});
    } else {
        for (const storage::StoredReport &r : std::as_const(*list))
            out() << (r.reportId.isEmpty() ? QStringLiteral("(queued)") : r.reportId) << "  "
                  << timeText(r.createdAt) << "  " << nameOf(r.reportedId) << "  " << r.category
                  << (r.involvesChild ? QStringLiteral(" +child") : QString()) << "  "
                  << reportStatusWord(r.status) << Qt::endl;
        for (const storage::ModerationNotice &n : std::as_const(*notices))
            out() << QCoreApplication::translate("cove-cli", "decision %1 about you: %2 (%3)%4")
                         .arg(n.caseId, actionWord(n.action), n.category,
                              n.reason.isEmpty() ? QString() : QStringLiteral(": ") + n.reason)
                  << Qt::endl;
    }
    return synced == Offline ? int(Offline) : int(Ok);
}

int Cli::review()
{
    if (m_args.size() != 1)
        return fail(QCoreApplication::translate("cove-cli", "usage: review CASE [--comment TEXT]"),
                    Usage);
    return online(
        {},
        [&](app::Messenger &, std::function<void(int)> done) {
            m_reports->requestReview(
                m_args[0], m_parser.value(QStringLiteral("comment")),
                [done](const AppResult<void> &r) { done(r ? int(Ok) : failWith(r.error())); });
        },
        true);
}

int Cli::requests()
{
    const QString verb = m_args.value(0, QStringLiteral("list"));
    if (verb == QLatin1String("report-all")) {
        if (!m_parser.isSet(QStringLiteral("category")))
            return fail(
                QCoreApplication::translate(
                    "cove-cli", "usage: requests report-all --category C [--child] [--block]"),
                Usage);
        return online({}, [&](app::Messenger &, std::function<void(int)> done) {
            app::ReportChoice choice;
            choice.category = m_parser.value(QStringLiteral("category"));
            choice.involvesChild = m_parser.isSet(QStringLiteral("child"));
            choice.language = QLocale().name();
            AppResult<int> n =
                m_reports->reportAllRequests(choice, m_parser.isSet(QStringLiteral("block")));
            if (!n) {
                done(failWith(n.error()));
                return;
            }
            out() << QCoreApplication::translate("cove-cli", "%n request(s) reported", nullptr, *n)
                  << Qt::endl;
            if (m_reports->queuedCount() == 0) {
                done(Ok);
                return;
            }
            QObject::connect(m_reports, &app::Reports::reportsChanged, m_reports, [this, done] {
                if (m_reports->queuedCount() == 0)
                    done(Ok);
            });
        });
    }
    app::RelayClient relay(*m_account, {});
    app::Messenger m(*m_account, relay);
    // Requests, and strangers' group invitations waiting in the chat list.
    const auto pending = [this, &m]() -> AppResult<QList<storage::Conversation>> {
        auto list = m.requests();
        if (!list)
            return list;
        storage::ConversationRepository conversations(m_account->db());
        auto chats = conversations.list(storage::ConversationState::Normal);
        if (chats)
            for (const storage::Conversation &c : std::as_const(*chats))
                if (auto inv = m.groupInvitation(c.id); inv && inv->has_value())
                    list->append(c);
        return list;
    };
    if (verb == QLatin1String("list")) {
        auto list = pending();
        if (!list)
            return failWith(list.error());
        QJsonArray arr;
        for (const storage::Conversation &c : std::as_const(*list)) {
            if (c.kind == storage::ConversationKind::Group) {
                // A stranger's group invitation: who invited, not what was said.
                auto invitation = m.groupInvitation(c.id);
                const QString inviter =
                    invitation && invitation->has_value() ? (*invitation)->inviterId : QString();
                const int members =
                    invitation && invitation->has_value() ? (*invitation)->memberCount : 0;
                if (m_json)
                    arr.append(QJsonObject{{QStringLiteral("group"), groupHex(c.groupId)},
                                           {QStringLiteral("name"), c.title},
                                           {QStringLiteral("invitedBy"), inviter},
                                           {QStringLiteral("members"), members},
                                           {QStringLiteral("since"), c.createdAt}});
                else
                    out() << groupHex(c.groupId) << "  "
                          << QCoreApplication::translate("cove-cli",
                                                         "group “%1”, %n member(s), invited by %2",
                                                         nullptr, members)
                                 .arg(protocol::terminalText(c.title),
                                      protocol::displayCoveId(inviter))
                          << "  " << timeText(c.createdAt) << Qt::endl;
                continue;
            }
            if (m_json)
                arr.append(QJsonObject{{QStringLiteral("coveId"), c.peerId},
                                       {QStringLiteral("since"), c.createdAt}});
            else
                out() << protocol::displayCoveId(c.peerId) << "  " << timeText(c.createdAt)
                      << Qt::endl;
        }
        if (m_json)
            printJson(arr);
        return Ok;
    }
    if (verb == QLatin1String("block-all")) {
        auto n = m.blockAllRequests();
        if (!n)
            return failWith(n.error());
        out() << QCoreApplication::translate("cove-cli", "%n sender(s) blocked", nullptr, *n)
              << Qt::endl;
        return Ok;
    }
    if ((verb == QLatin1String("accept") || verb == QLatin1String("delete")) &&
        m_args.size() == 2) {
        // Only an existing request: looking one up must not start a chat.
        const QString id = protocol::normalizeCoveId(m_args[1]);
        auto list = pending();
        if (!list)
            return failWith(list.error());
        for (const storage::Conversation &c : std::as_const(*list)) {
            // A person's Cove ID, or a group invitation's group id (hex).
            if (c.peerId != id && (c.kind != storage::ConversationKind::Group ||
                                   groupHex(c.groupId) != m_args[1].toLower()))
                continue;
            auto r =
                verb == QLatin1String("accept") ? m.acceptRequest(c.id) : m.deleteRequest(c.id);
            return r ? int(Ok) : failWith(r.error());
        }
        return fail(QCoreApplication::translate("cove-cli", "no request from %1").arg(m_args[1]));
    }
    return fail(QCoreApplication::translate(
                    "cove-cli", "usage: requests [list | accept ID | delete ID | block-all | "
                                "report-all --category C]"),
                Usage);
}

int Cli::refusedSend(qint64 rowId, bool group)
{
    // The relay answered: a refusal (the recipient takes messages only
    // from their contacts, or there is no such account) failed the message.
    auto m = storage::MessageRepository(m_account->db()).find(rowId);
    if (rowId <= 0 || !m || !m->has_value() || (*m)->status != storage::MessageStatus::Failed)
        return Ok;
    if (group)
        return fail(QCoreApplication::translate(
            "cove-cli", "Not delivered to every member: the relay refused the message for at "
                        "least one of them. They may take messages only from their contacts."));
    return fail(QCoreApplication::translate(
        "cove-cli", "Not delivered: the relay refused the message. The recipient may take "
                    "messages only from their contacts, or the account does not exist."));
}

int Cli::online(const std::function<void(app::Messenger &)> &beforeConnect,
                const std::function<void(app::Messenger &, std::function<void(int)>)> &whenReady,
                bool whileSuspended)
{
    const QUrl url = relayUrl();
    if (!url.isValid() || url.isEmpty())
        return fail(
            QCoreApplication::translate(
                "cove-cli", "no relay: pass --relay ws://HOST:PORT (remembered after init)"),
            Usage);
    bool ok = false;
    const int timeoutSeconds = m_parser.value(QStringLiteral("timeout")).toInt(&ok);
    app::RelayClient::Options options;
    options.url = url;
    QString ca = m_parser.value(QStringLiteral("relay-ca"));
    if (ca.isEmpty())
        ca = QString::fromUtf8(m_account->setting(QStringLiteral("relay.ca")));
    if (!ca.isEmpty()) {
        options.trustedCertificates = QSslCertificate::fromPath(ca);
        if (options.trustedCertificates.isEmpty())
            return fail(QCoreApplication::translate("cove-cli", "no certificate in %1").arg(ca),
                        Usage);
    }
    app::RelayClient relay(*m_account, options);
    app::Messenger messenger(*m_account, relay);
    app::Reports reports(*m_account, relay, messenger);
    m_reports = &reports;
    const auto forget = qScopeGuard([this] { m_reports = nullptr; });
    QObject::connect(&reports, &app::Reports::problem, [](const QString &detail) {
        err() << QCoreApplication::translate("cove-cli", "warning: %1").arg(detail) << Qt::endl;
    });
    QEventLoop loop;
    int result = Ok;
    bool actionDone = !whenReady;
    bool finished = !whenReady; ///< the action called back: idle may end the run
    bool suspendedEnd = false;
    QObject::connect(&messenger, &app::Messenger::problem, [](const QString &detail) {
        err() << QCoreApplication::translate("cove-cli", "warning: %1").arg(detail) << Qt::endl;
    });
    QObject::connect(&messenger, &app::Messenger::identityChanged, [this](const QString &id) {
        err() << QCoreApplication::translate(
                     "cove-cli", "The safety number with %1 changed. Compare it, then run "
                                 "accept-identity %2 to continue.")
                     .arg(nameOf(id), id)
              << Qt::endl;
    });
    QObject::connect(&messenger, &app::Messenger::newConversationLimitReached,
                     [this, &result](qint64, const QString &recipient) {
                         err() << QCoreApplication::translate(
                                      "cove-cli",
                                      "Not delivered to %1: this account has started as many new "
                                      "conversations today as the relay allows (new accounts can "
                                      "start only a few a day with people who have not written to "
                                      "them). Try again tomorrow, or ask them to write first.")
                                      .arg(nameOf(recipient))
                               << Qt::endl;
                         result = Failure;
                     });
    if (beforeConnect)
        beforeConnect(messenger);
    const auto act = [&] {
        if (actionDone)
            return;
        actionDone = true;
        whenReady(messenger, [&](int code) {
            finished = true;
            result = code;
            if (code != Ok || messenger.isIdle() || relay.isSuspended())
                loop.quit();
        });
    };
    if (whenReady)
        QObject::connect(&relay, &app::RelayClient::ready, &loop, act);
    // A suspended account hears moderation's decisions and may ask for a
    // review (commands that try anything else just end).
    QObject::connect(&relay, &app::RelayClient::suspended, &loop, [&](const QString &detail) {
        err() << QCoreApplication::translate("cove-cli",
                                             "This account is suspended by moderation (%1). "
                                             "Run reports to see why, review CASE to appeal.")
                     .arg(detail)
              << Qt::endl;
        if (whileSuspended && whenReady) {
            act();
            return;
        }
        // Moderation's updates follow the refusal: store them, then end.
        QTimer::singleShot(1000, &loop, [&] {
            if (!whileSuspended)
                result = Failure;
            suspendedEnd = true;
            loop.quit();
        });
    });
    QObject::connect(&messenger, &app::Messenger::idle, &loop, [&] {
        if (actionDone && finished)
            loop.quit();
    });
    QTimer deadline;
    deadline.setSingleShot(true);
    bool timedOut = false;
    QObject::connect(&deadline, &QTimer::timeout, &loop, [&] {
        timedOut = true;
        loop.quit();
    });
    deadline.start(std::chrono::seconds(ok && timeoutSeconds > 0 ? timeoutSeconds : 30));
    relay.start();
    loop.exec();
    relay.stop();
    if (result != Ok)
        return result;
    if (suspendedEnd)
        return result;
    if (timedOut) {
        const qint64 queued = messenger.outboxSize();
        return fail(QCoreApplication::translate("cove-cli",
                                                "the relay did not answer in time; %n "
                                                "message(s) stay queued for the next sync",
                                                nullptr, int(queued)),
                    Offline);
    }
    return Ok;
}

int Cli::list()
{
    storage::ConversationRepository conversations(m_account->db());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QJsonArray arr;
    for (auto state :
         {storage::ConversationState::Normal, storage::ConversationState::MessageRequest}) {
        auto convs = conversations.list(state);
        if (!convs)
            return fail(convs.error().detail);
        for (const storage::Conversation &c : *convs) {
            const bool group = c.kind == storage::ConversationKind::Group;
            const QString id = group ? groupHex(c.groupId) : c.peerId;
            const QString title = group ? protocol::terminalText(c.title) : nameOf(c.peerId);
            const bool request = state == storage::ConversationState::MessageRequest;
            if (m_json)
                arr.append(QJsonObject{{QStringLiteral("id"), id},
                                       {QStringLiteral("title"), title},
                                       {QStringLiteral("group"), group},
                                       {QStringLiteral("request"), request},
                                       {QStringLiteral("unread"), c.unreadCount},
                                       {QStringLiteral("muted"), c.mutedAt(now)}});
            else
                out() << (request ? QStringLiteral("[request] ") : QString())
                      << (c.mutedAt(now) ? QStringLiteral("[muted] ") : QString()) << title << "  "
                      << id << "  "
                      << QCoreApplication::translate("cove-cli", "%n unread", nullptr,
                                                     int(c.unreadCount))
                      << Qt::endl;
        }
    }
    if (m_json)
        printJson(arr);
    return Ok;
}

int Cli::history(const storage::Conversation &conv)
{
    storage::MessageRepository messages(m_account->db());
    bool ok = false;
    int limit = m_parser.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit < 1)
        limit = 50;
    auto page = messages.newestPage(conv.id, limit);
    if (!page)
        return fail(page.error().detail);
    QJsonArray arr;
    for (const storage::StoredMessage &msg : page->messages) {
        if (m_json) {
            QJsonArray attachments;
            for (const storage::StoredAttachment &a : msg.attachments)
                attachments.append(QJsonObject{
                    {QStringLiteral("id"), a.id},
                    {QStringLiteral("name"), protocol::safeFileName(a.descriptor.fileName)},
                    {QStringLiteral("size"), qint64(a.descriptor.size)},
                    {QStringLiteral("state"), attachmentStateText(a.state)}});
            arr.append(QJsonObject{
                {QStringLiteral("id"), QString::fromLatin1(msg.messageId.toHex())},
                {QStringLiteral("sender"), msg.senderId},
                {QStringLiteral("outgoing"), msg.direction == storage::Direction::Outgoing},
                {QStringLiteral("status"), statusText(msg.status)},
                {QStringLiteral("sentAt"), msg.sentAt},
                {QStringLiteral("serverAt"),
                 msg.serverAt ? QJsonValue(*msg.serverAt) : QJsonValue()},
                {QStringLiteral("body"), msg.body},
                {QStringLiteral("verified"), msg.verified},
                {QStringLiteral("expiresAt"),
                 msg.expiresAt ? QJsonValue(*msg.expiresAt) : QJsonValue()},
                {QStringLiteral("attachments"), attachments}});
        } else {
            // Someone else's clock may be off: their messages show the relay's time.
            const qint64 shown = msg.direction == storage::Direction::Outgoing
                                     ? msg.sentAt
                                     : msg.serverAt.value_or(msg.receivedAt.value_or(msg.sentAt));
            out() << timeText(shown) << "  " << nameOf(msg.senderId) << "  ["
                  << statusText(msg.status)
                  << (msg.verified || msg.direction == storage::Direction::Outgoing
                          ? QString()
                          : QStringLiteral(", unverifiable"))
                  << "]  " << protocol::terminalText(msg.body, QStringLiteral("    ")) << Qt::endl;
            for (const storage::StoredAttachment &a : msg.attachments)
                out() << "    #" << a.id << "  "
                      << protocol::terminalText(protocol::safeFileName(a.descriptor.fileName))
                      << "  " << a.descriptor.size << " B  " << attachmentStateText(a.state)
                      << Qt::endl;
        }
    }
    if (m_json)
        printJson(arr);
    return Ok;
}

int Cli::search(const QString &text)
{
    bool ok = false;
    int limit = m_parser.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit < 1)
        limit = 50;
    limit = std::min(limit, 1000);
    storage::MessageRepository messages(m_account->db());
    storage::ConversationRepository conversations(m_account->db());
    auto page = messages.search(text, limit, std::nullopt, std::nullopt,
                                storage::SearchScope::AcceptedChats);
    if (!page)
        return fail(page.error().detail);
    QJsonArray arr;
    for (const storage::StoredMessage &msg : page->messages) {
        auto conv = conversations.find(msg.conversationId);
        if (!conv || !conv->has_value())
            continue;
        const bool group = (*conv)->kind == storage::ConversationKind::Group;
        const QString chatId = group ? groupHex((*conv)->groupId) : (*conv)->peerId;
        const QString title =
            group ? protocol::terminalText((*conv)->title) : nameOf((*conv)->peerId);
        const bool outgoing = msg.direction == storage::Direction::Outgoing;
        const qint64 shown =
            outgoing ? msg.sentAt : msg.serverAt.value_or(msg.receivedAt.value_or(msg.sentAt));
        if (m_json)
            arr.append(
                QJsonObject{{QStringLiteral("id"), QString::fromLatin1(msg.messageId.toHex())},
                            {QStringLiteral("chat"), chatId},
                            {QStringLiteral("chatTitle"), title},
                            {QStringLiteral("sender"), msg.senderId},
                            {QStringLiteral("outgoing"), outgoing},
                            {QStringLiteral("time"), shown},
                            {QStringLiteral("body"), msg.body}});
        else
            out() << timeText(shown) << "  " << title << "  " << nameOf(msg.senderId) << "  "
                  << protocol::terminalText(msg.body, QStringLiteral("    ")) << Qt::endl;
    }
    if (m_json)
        printJson(arr);
    else if (page->messages.isEmpty())
        out() << QCoreApplication::translate("cove-cli", "No messages found.") << Qt::endl;
    return Ok;
}

int Cli::group(const QStringList &args)
{
    const QString sub = args.value(0);
    const QStringList rest = args.mid(1);
    if (sub == QLatin1String("list")) {
        storage::ConversationRepository conversations(m_account->db());
        auto convs = conversations.list(storage::ConversationState::Normal);
        if (!convs)
            return fail(convs.error().detail);
        for (const storage::Conversation &c : *convs)
            if (c.kind == storage::ConversationKind::Group)
                out() << groupHex(c.groupId) << "  " << protocol::terminalText(c.title) << Qt::endl;
        return Ok;
    }
    if (sub == QLatin1String("info")) {
        app::RelayClient relay(*m_account, {});
        app::Messenger m(*m_account, relay);
        auto conv = target(m, rest.value(0));
        if (!conv || conv->kind != storage::ConversationKind::Group)
            return fail(QCoreApplication::translate("cove-cli", "no such group"));
        storage::ConversationRepository conversations(m_account->db());
        auto members = conversations.members(conv->id);
        if (!members)
            return fail(members.error().detail);
        QJsonArray arr;
        for (const storage::GroupMember &mem : *members) {
            const bool admin = mem.role == storage::MemberRole::Admin;
            if (m_json)
                arr.append(QJsonObject{{QStringLiteral("coveId"), mem.memberId},
                                       {QStringLiteral("admin"), admin}});
            else
                out() << mem.memberId << "  " << nameOf(mem.memberId)
                      << (admin ? QStringLiteral("  admin") : QString()) << Qt::endl;
        }
        if (m_json)
            printJson(QJsonObject{{QStringLiteral("name"), conv->title},
                                  {QStringLiteral("members"), arr}});
        return Ok;
    }
    const auto needs = [&](qsizetype n, const char *usage) {
        if (rest.size() < n) {
            fail(QCoreApplication::translate("cove-cli", "usage: group %1")
                     .arg(QLatin1String(usage)),
                 Usage);
            return false;
        }
        return true;
    };
    if (sub == QLatin1String("create")) {
        if (!needs(1, "create NAME [COVE-ID...]"))
            return Usage;
        int code = Ok;
        const int r = online([&](app::Messenger &m) {
            auto g = m.createGroup(rest[0], rest.mid(1));
            if (!g) {
                code = failWith(g.error());
                return;
            }
            if (m_json)
                printJson(QJsonObject{{QStringLiteral("group"), groupHex(g->groupId)}});
            else
                out() << groupHex(g->groupId) << Qt::endl;
        });
        return code != Ok ? code : r;
    }
    if (sub == QLatin1String("settings") && rest.size() == 1) {
        // What members who are not admins may do, as stored here.
        app::RelayClient relay(*m_account, {});
        app::Messenger m(*m_account, relay);
        auto conv = target(m, rest[0]);
        if (!conv || conv->kind != storage::ConversationKind::Group)
            return fail(QCoreApplication::translate("cove-cli", "no such group"));
        auto permissions = m.groupPermissions(conv->id);
        if (!permissions)
            return failWith(permissions.error());
        const auto onOff = [&](quint8 bit) { return (*permissions & bit) ? "on" : "off"; };
        out() << "only-admins-send " << onOff(protocol::GroupUpdate::OnlyAdminsSend) << Qt::endl
              << "members-rename " << onOff(protocol::GroupUpdate::MembersRename) << Qt::endl;
        return Ok;
    }
    if (sub == QLatin1String("link") && rest.size() == 1) {
        // The group's invite link as stored here; an admin changes it online.
        app::RelayClient relay(*m_account, {});
        app::Messenger m(*m_account, relay);
        auto conv = target(m, rest[0]);
        if (!conv || conv->kind != storage::ConversationKind::Group)
            return fail(QCoreApplication::translate("cove-cli", "no such group"));
        auto link = m.inviteLink(conv->id);
        if (!link)
            return failWith(link.error());
        if (m_json)
            printJson(QJsonObject{{QStringLiteral("link"), link->link},
                                  {QStringLiteral("approval"), link->approval}});
        else if (link->link.isEmpty())
            out() << QCoreApplication::translate("cove-cli", "This group has no invite link.")
                  << Qt::endl;
        else
            out() << link->link << Qt::endl
                  << (link->approval ? QCoreApplication::translate(
                                           "cove-cli", "An admin approves each new member.")
                                     : QCoreApplication::translate(
                                           "cove-cli", "Anyone with the link joins at once."))
                  << Qt::endl;
        return Ok;
    }
    if (sub == QLatin1String("requests") && rest.size() == 1) {
        app::RelayClient relay(*m_account, {});
        app::Messenger m(*m_account, relay);
        auto conv = target(m, rest[0]);
        if (!conv || conv->kind != storage::ConversationKind::Group)
            return fail(QCoreApplication::translate("cove-cli", "no such group"));
        auto waiting = m.joinRequests(conv->id);
        if (!waiting)
            return failWith(waiting.error());
        QJsonArray arr;
        for (const app::Messenger::JoinRequestInfo &r : std::as_const(*waiting)) {
            const QString when =
                QDateTime::fromMSecsSinceEpoch(r.requestedAt).toString(Qt::ISODate);
            if (m_json)
                arr.append(QJsonObject{{QStringLiteral("coveId"), r.requester},
                                       {QStringLiteral("requestedAt"), when}});
            else
                out() << r.requester << "  " << when << Qt::endl;
        }
        if (m_json)
            printJson(arr);
        return Ok;
    }
    if (sub == QLatin1String("join")) {
        if (!needs(1, "join LINK"))
            return Usage;
        int code = Ok;
        const int r = online([&](app::Messenger &m) {
            QObject::connect(&m, &app::Messenger::joinByLinkFailed, [&] {
                code = fail(QCoreApplication::translate(
                    "cove-cli", "the request could not reach the group's admin; ask them to "
                                "add you instead"));
            });
            auto joined = m.joinByLink(rest[0]);
            if (!joined) {
                code = failWith(joined.error());
                return;
            }
            if (joined->has_value()) {
                auto conv = m.conversation(**joined);
                out() << QCoreApplication::translate("cove-cli",
                                                     "You are already in this group: %1")
                             .arg(conv ? groupHex(conv->groupId) : QString())
                      << Qt::endl;
                return;
            }
            out() << QCoreApplication::translate(
                         "cove-cli", "Asked to join. The group appears once an admin lets you in.")
                  << Qt::endl;
        });
        return code != Ok ? code : r;
    }
    using Action = std::function<AppResult<void>(app::Messenger &, qint64)>;
    Action action;
    qint64 sentRow = 0; ///< by "send"
    if (sub == QLatin1String("link") && needs(2, "link GROUP [on|off|reset|approval on|off]"))
        action = [&](app::Messenger &m, qint64 id) -> AppResult<void> {
            auto current = m.inviteLink(id);
            if (!current)
                return current.error();
            const QString &what = rest[1];
            AppResult<app::Messenger::InviteLinkInfo> next = current;
            if (what == QLatin1String("on"))
                next = m.setInviteLink(id, true, current->approval);
            else if (what == QLatin1String("off"))
                next = m.setInviteLink(id, false, false);
            else if (what == QLatin1String("reset"))
                next = m.setInviteLink(id, true, current->approval, true);
            else if (what == QLatin1String("approval") && (rest.value(2) == QLatin1String("on") ||
                                                           rest.value(2) == QLatin1String("off")))
                next = m.setInviteLink(id, true, rest.value(2) == QLatin1String("on"));
            else
                return app::appError(app::AppError::Code::InvalidArgument,
                                     QStringLiteral("unknown link setting %1").arg(what));
            if (!next)
                return next.error();
            if (!next->link.isEmpty())
                out() << next->link << Qt::endl;
            return {};
        };
    else if (sub == QLatin1String("approve") && needs(2, "approve GROUP COVE-ID"))
        action = [&](app::Messenger &m, qint64 id) {
            return m.approveJoinRequest(id, protocol::normalizeCoveId(rest[1]));
        };
    else if (sub == QLatin1String("decline") && needs(2, "decline GROUP COVE-ID"))
        action = [&](app::Messenger &m, qint64 id) {
            return m.declineJoinRequest(id, protocol::normalizeCoveId(rest[1]));
        };
    else if (sub == QLatin1String("add") && needs(2, "add GROUP COVE-ID..."))
        action = [&](app::Messenger &m, qint64 id) { return m.addMembers(id, rest.mid(1)); };
    else if (sub == QLatin1String("remove") && needs(2, "remove GROUP COVE-ID"))
        action = [&](app::Messenger &m, qint64 id) { return m.removeMember(id, rest[1]); };
    else if (sub == QLatin1String("leave") && needs(1, "leave GROUP"))
        action = [&](app::Messenger &m, qint64 id) { return m.leaveGroup(id); };
    else if (sub == QLatin1String("settings") &&
             needs(3, "settings GROUP [only-admins-send on|off] [members-rename on|off]"))
        action = [&](app::Messenger &m, qint64 id) -> AppResult<void> {
            AppResult<quint8> permissions = m.groupPermissions(id);
            if (!permissions)
                return permissions.error();
            quint8 next = *permissions;
            for (qsizetype i = 1; i < rest.size(); i += 2) {
                const QString &name = rest[i];
                const QString value = rest.value(i + 1);
                quint8 bit = 0;
                if (name == QLatin1String("only-admins-send"))
                    bit = protocol::GroupUpdate::OnlyAdminsSend;
                else if (name == QLatin1String("members-rename"))
                    bit = protocol::GroupUpdate::MembersRename;
                if (bit == 0 || (value != QLatin1String("on") && value != QLatin1String("off")))
                    return app::appError(app::AppError::Code::InvalidArgument,
                                         QStringLiteral("unknown setting %1 %2").arg(name, value));
                next = quint8(value == QLatin1String("on") ? (next | bit) : (next & ~bit));
            }
            return m.setGroupPermissions(id, next);
        };
    else if (sub == QLatin1String("rename") && needs(2, "rename GROUP NAME"))
        action = [&](app::Messenger &m, qint64 id) { return m.renameGroup(id, rest[1]); };
    else if (sub == QLatin1String("role") && needs(3, "role GROUP COVE-ID admin|member"))
        action = [&](app::Messenger &m, qint64 id) {
            return m.setRole(id, rest[1],
                             rest[2] == QLatin1String("admin") ? storage::MemberRole::Admin
                                                               : storage::MemberRole::Member);
        };
    else if (sub == QLatin1String("send") && needs(2, "send GROUP TEXT"))
        action = [&](app::Messenger &m, qint64 id) -> AppResult<void> {
            auto r = m.sendMessage(id, rest.mid(1).join(QLatin1Char(' ')));
            if (!r)
                return r.error();
            sentRow = *r;
            return {};
        };
    if (!action)
        return rest.isEmpty() && !sub.isEmpty()
                   ? Usage
                   : fail(QCoreApplication::translate("cove-cli", "usage: group "
                                                                  "create|add|remove|leave|"
                                                                  "rename|role|settings|send|"
                                                                  "info|list|link|join|"
                                                                  "requests|approve|decline"),
                          Usage);
    int code = Ok;
    const int r = online([&](app::Messenger &m) {
        auto conv = target(m, rest[0]);
        if (!conv || conv->kind != storage::ConversationKind::Group) {
            code = fail(QCoreApplication::translate("cove-cli", "no such group"));
            return;
        }
        if (auto done = action(m, conv->id); !done)
            code = failWith(done.error());
    });
    if (code != Ok)
        return code;
    return r == Ok && sentRow ? refusedSend(sentRow, true) : r;
}

int Cli::guardian(const QStringList &args)
{
    const QString sub = args.value(0);
    const QStringList rest = args.mid(1);
    const auto usage = [] {
        return fail(QCoreApplication::translate(
                        "cove-cli", "usage: guardian pair [LINK] | confirm [CHILD] | children | "
                                    "approve|decline|remove CHILD ID | release|activity CHILD | "
                                    "quiet CHILD FROM-UNTIL|off | share CHILD on|off | status"),
                    Usage);
    };
    // Commands that change something run online; the answer is sent before
    // the command ends.
    const auto act = [&](const std::function<AppResult<void>(app::Messenger &)> &f) {
        int code = Ok;
        const int r = online([&](app::Messenger &m) {
            if (auto result = f(m); !result)
                code = failWith(result.error());
        });
        return code != Ok ? code : r;
    };
    if (sub == QLatin1String("pair") && rest.isEmpty()) {
        int code = Ok;
        const int r = online([&](app::Messenger &m) {
            auto link = m.openPairing();
            if (!link) {
                code = failWith(link.error());
                return;
            }
            if (m_json)
                printJson(QJsonObject{{QStringLiteral("link"), *link}});
            else
                out() << *link << Qt::endl;
        });
        return code != Ok ? code : r;
    }
    if (sub == QLatin1String("pair"))
        return act([&](app::Messenger &m) { return m.pairWithGuardian(rest[0]); });
    if (sub == QLatin1String("confirm") && rest.isEmpty())
        return act([](app::Messenger &m) { return m.confirmGuardian(); });
    if (sub == QLatin1String("confirm"))
        return act([&](app::Messenger &m) { return m.acceptChild(rest[0]); });
    if ((sub == QLatin1String("approve") || sub == QLatin1String("decline") ||
         sub == QLatin1String("remove")) &&
        rest.size() >= 2) {
        const QString child = protocol::normalizeCoveId(rest[0]);
        const QString contact = protocol::normalizeCoveId(rest[1]);
        return act([&](app::Messenger &m) -> AppResult<void> {
            if (sub == QLatin1String("approve"))
                return m.approveContact(child, contact, rest.value(2));
            if (sub == QLatin1String("decline"))
                return m.declineContact(child, contact);
            return m.removeChildContact(child, contact);
        });
    }
    if (sub == QLatin1String("quiet") && rest.size() == 2) {
        // guardian quiet CHILD 21:00-07:00 | off
        std::optional<app::Messenger::QuietHours> hours;
        if (rest[1] != QLatin1String("off")) {
            const QStringList span = rest[1].split(u'-');
            const QTime from = QTime::fromString(span.value(0), QStringLiteral("H:mm"));
            const QTime until = QTime::fromString(span.value(1), QStringLiteral("H:mm"));
            if (span.size() != 2 || !from.isValid() || !until.isValid())
                return fail(QCoreApplication::translate(
                                "cove-cli", "quiet hours look like 21:00-07:00, or off"),
                            Usage);
            hours = app::Messenger::QuietHours{from.hour() * 60 + from.minute(),
                                               until.hour() * 60 + until.minute()};
        }
        const QString child = protocol::normalizeCoveId(rest[0]);
        return act([&](app::Messenger &m) { return m.setChildQuietHours(child, hours); });
    }
    if (sub == QLatin1String("share") && rest.size() == 2 &&
        (rest[1] == QLatin1String("on") || rest[1] == QLatin1String("off"))) {
        const QString child = protocol::normalizeCoveId(rest[0]);
        const bool on = rest[1] == QLatin1String("on");
        return act([&](app::Messenger &m) { return m.setChildMediaSharing(child, on); });
    }
    if (sub == QLatin1String("release") && rest.size() == 1)
        return act(
            [&](app::Messenger &m) { return m.releaseChild(protocol::normalizeCoveId(rest[0])); });
    if (sub == QLatin1String("activity") && rest.size() == 1) {
        const QString child = protocol::normalizeCoveId(rest[0]);
        int code = Ok;
        const int r = online({}, [&](app::Messenger &m, std::function<void(int)> done) {
            m.childActivity(child, [&, done](const AppResult<protocol::wire::GuardedState> &s) {
                if (!s) {
                    code = failWith(s.error());
                    return done(code);
                }
                const auto when = [](qint64 ms) {
                    return ms == 0 ? QStringLiteral("-")
                                   : QDateTime::fromMSecsSinceEpoch(ms).toString(Qt::ISODate);
                };
                QJsonArray contacts;
                QJsonArray refused;
                if (!m_json)
                    out() << (s->guarded ? QCoreApplication::translate("cove-cli", "guarded")
                                         : QCoreApplication::translate("cove-cli", "not guarded"))
                          << Qt::endl;
                for (const auto &c : s->contacts) {
                    contacts.append(QJsonObject{{QStringLiteral("coveId"), c.contactId},
                                                {QStringLiteral("lastTalked"), when(c.lastAtMs)}});
                    if (!m_json)
                        out() << "contact  " << c.contactId << "  " << when(c.lastAtMs) << Qt::endl;
                }
                for (const auto &f : s->refused) {
                    refused.append(QJsonObject{{QStringLiteral("coveId"), f.sender},
                                               {QStringLiteral("last"), when(f.lastAtMs)},
                                               {QStringLiteral("count"), qint64(f.count)}});
                    if (!m_json)
                        out() << "blocked-by-guarded-mode  " << f.sender << "  " << when(f.lastAtMs)
                              << "  " << f.count << Qt::endl;
                }
                if (m_json)
                    printJson(QJsonObject{{QStringLiteral("guarded"), s->guarded},
                                          {QStringLiteral("contacts"), contacts},
                                          {QStringLiteral("refused"), refused}});
                done(Ok);
            });
        });
        return code != Ok ? code : r;
    }
    // Listings sync first (what arrived is stored), then read the store.
    if (sub == QLatin1String("children") && rest.isEmpty()) {
        if (int r = online({}); r != Ok)
            return r;
        app::RelayClient offline(*m_account, {});
        app::Messenger m(*m_account, offline);
        {
            auto children = m.children();
            if (!children)
                return failWith(children.error());
            QJsonArray arr;
            for (const storage::ChildRow &c : std::as_const(*children)) {
                const bool linked = c.state == storage::ChildRow::State::Linked;
                QString pairing;
                if (!linked)
                    if (auto p = m.pairingCode(c.childId); p && p->has_value())
                        pairing = **p;
                QJsonArray asks;
                if (!m_json)
                    out() << c.childId << "  " << protocol::terminalText(c.name) << "  "
                          << (linked ? QStringLiteral("linked")
                                     : QStringLiteral("asking to pair, code ") + pairing)
                          << Qt::endl;
                if (auto list = m.childAsks(c.childId)) {
                    for (const storage::ContactAsk &a : std::as_const(*list)) {
                        const char *state =
                            a.state == storage::ContactAsk::State::Pending    ? "pending"
                            : a.state == storage::ContactAsk::State::Approved ? "approved"
                                                                              : "declined";
                        asks.append(QJsonObject{{QStringLiteral("coveId"), a.contactId},
                                                {QStringLiteral("name"), a.name},
                                                {QStringLiteral("state"), QLatin1String(state)}});
                        if (!m_json)
                            out() << "  ask  " << a.contactId << "  "
                                  << protocol::terminalText(a.name) << "  " << state << Qt::endl;
                    }
                }
                QJsonArray events;
                if (auto list = m.childEvents(c.childId)) {
                    for (const storage::GuardianEvent &e : std::as_const(*list)) {
                        static const char *const kinds[] = {
                            "", "asked-for-help", "blocked", "reported", "removed", "shared-files"};
                        const char *kind = kinds[std::min<int>(int(e.kind), 5)];
                        const QString when =
                            QDateTime::fromMSecsSinceEpoch(e.at).toString(Qt::ISODate);
                        events.append(QJsonObject{{QStringLiteral("kind"), QLatin1String(kind)},
                                                  {QStringLiteral("coveId"), e.contactId},
                                                  {QStringLiteral("at"), when}});
                        if (!m_json)
                            out() << "  " << kind << "  " << e.contactId << "  " << when
                                  << Qt::endl;
                    }
                }
                arr.append(QJsonObject{{QStringLiteral("coveId"), c.childId},
                                       {QStringLiteral("name"), c.name},
                                       {QStringLiteral("linked"), linked},
                                       {QStringLiteral("code"), pairing},
                                       {QStringLiteral("asks"), asks},
                                       {QStringLiteral("events"), events}});
            }
            if (m_json)
                printJson(arr);
        }
        return Ok;
    }
    if (sub == QLatin1String("status") && rest.isEmpty()) {
        if (int r = online({}); r != Ok)
            return r;
        app::RelayClient offline(*m_account, {});
        app::Messenger m(*m_account, offline);
        {
            static const char *const modes[] = {"off", "setup", "pairing", "confirm", "on"};
            const char *mode = modes[int(m.guardedMode())];
            QString pairing;
            if (auto p = m.pairingCode(); p && p->has_value())
                pairing = **p;
            QJsonArray asks;
            if (auto list = m.contactAsks()) {
                for (const storage::ContactAsk &a : std::as_const(*list)) {
                    const char *state = a.state == storage::ContactAsk::State::Pending ? "pending"
                                        : a.state == storage::ContactAsk::State::Approved
                                            ? "approved"
                                            : "declined";
                    asks.append(QJsonObject{{QStringLiteral("coveId"), a.contactId},
                                            {QStringLiteral("state"), QLatin1String(state)}});
                }
            }
            if (m_json) {
                printJson(QJsonObject{{QStringLiteral("mode"), QLatin1String(mode)},
                                      {QStringLiteral("guardian"), m.guardianId()},
                                      {QStringLiteral("code"), pairing},
                                      {QStringLiteral("asks"), asks}});
            } else {
                out() << "mode " << mode << Qt::endl;
                if (!m.guardianId().isEmpty())
                    out() << "guardian " << m.guardianId() << Qt::endl;
                if (!pairing.isEmpty())
                    out() << "code " << pairing << Qt::endl;
                for (const QJsonValue &a : std::as_const(asks))
                    out() << "ask " << a[QStringLiteral("coveId")].toString() << " "
                          << a[QStringLiteral("state")].toString() << Qt::endl;
            }
        }
        return Ok;
    }
    return usage();
}

int Cli::safetyNumber(const QString &typed, bool markVerified)
{
    app::SafetyNumbers numbers(*m_account);
    auto number = numbers.safetyNumber(typed);
    if (!number) {
        switch (number.code()) {
        case app::AppError::Code::InvalidArgument:
            // The other InvalidArgument is the person's own ID: its detail says so.
            if (protocol::normalizeCoveId(typed).isEmpty())
                return fail(QCoreApplication::translate("cove-cli", "not a Cove ID"));
            return failWith(number.error());
        case app::AppError::Code::NotFound:
            return fail(QCoreApplication::translate(
                "cove-cli", "no safety number yet: exchange a message with them first"));
        default:
            return failWith(number.error());
        }
    }
    if (markVerified) {
        if (auto r = numbers.setVerified(*number, true); !r)
            return failWith(r.error());
        number->verified = true;
    }
    if (m_json)
        printJson(QJsonObject{{QStringLiteral("digits"), number->digits},
                              {QStringLiteral("verified"), number->verified}});
    else
        out() << number->grouped() << Qt::endl
              << (number->verified ? QCoreApplication::translate("cove-cli", "verified")
                                   : QCoreApplication::translate("cove-cli", "not verified"))
              << Qt::endl;
    return Ok;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Cove"));
    QCoreApplication::setApplicationVersion(QStringLiteral(COVE_VERSION));
    QTranslator translator;
    // The person's language, else English (whose plural forms it also carries).
    if (translator.load(QLocale(), QStringLiteral("cove"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")) ||
        translator.load(QStringLiteral(":/i18n/cove_en.qm")))
        QCoreApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cove-cli",
        "Cove without a window.\n\nCommands:\n"
        "  init --name NAME            create the profile (passphrase from COVE_PASSPHRASE or a "
        "prompt)\n"
        "  id                          show your Cove ID (--link: your contact link)\n"
        "  set-relay URL               remember the relay\n"
        "  add-contact ID|LINK [NAME]  add a contact by Cove ID or contact link\n"
        "  contacts                    list contacts\n"
        "  send ID|GROUP TEXT          send a message (--file PATH to attach)\n"
        "  sync                        receive what is waiting and send what is queued\n"
        "  list                        list conversations\n"
        "  history ID|GROUP            show a conversation\n"
        "  search WORDS...             find messages in your chats (--limit N)\n"
        "  read ID|GROUP               mark read (sends read receipts)\n"
        "  read-receipts on|off        whether reading sends read receipts\n"
        "  who-can-message [everyone|contacts]  who may start a conversation with you\n"
        "  who-can-add-to-groups [everyone|contacts]  where strangers' group invitations go\n"
        "  group create NAME ID...     create a group; also add, remove, leave, rename,\n"
        "                              role, settings, send, info, list\n"
        "  group link GROUP [on|off|reset|approval on|off]  the group's invite link\n"
        "  group join LINK             ask to join a group by its invite link; requests,\n"
        "                              approve, decline: the requests an admin answers\n"
        "  timer ID|GROUP SECONDS|off  disappearing messages\n"
        "  mute ID|GROUP 1h|8h|1w|always|off  no notifications from a chat (here only)\n"
        "  safety-number ID            show the safety number; verify ID marks it compared\n"
        "  accept-identity ID          accept a contact's changed safety number\n"
        "  save-attachment N PATH      write attachment #N to a file, or into a folder\n"
        "  report ID|GROUP --category C  report abuse (--child, --message ID from history\n"
        "                              --json, repeatable: the first is the one reported;\n"
        "                              --comment TEXT, --block)\n"
        "  reports                     your reports, their status, and decisions about you\n"
        "  review CASE                 ask for a decision to be reviewed (--comment TEXT)\n"
        "  block ID, unblock ID        stop (or again allow) someone's messages; blocked lists\n"
        "  forward MSG-ID ID|GROUP...  forward a message (at most 5 chats; 1 if forwarded many "
        "times)\n"
        "  guardian pair [LINK]        a guardian: print a pairing link; a child (init --child):\n"
        "                              ask the guardian of LINK to pair\n"
        "  guardian confirm [CHILD]    the codes match: a guardian accepts CHILD, a child "
        "confirms\n"
        "  guardian children           a guardian's children, their asks and what they told you\n"
        "  guardian approve|decline CHILD ID   answer a child's request for a contact\n"
        "  guardian remove CHILD ID, guardian release CHILD, guardian activity CHILD\n"
        "  guardian quiet CHILD 21:00-07:00|off   a child's quiet hours\n"
        "  guardian share CHILD on|off copies of the files of a child's chats\n"
        "  guardian status             a child: the guardian, the code, what you asked for\n"
        "  request-contact ID [NAME]   a child: ask your guardian to add someone"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("profile"),
         QCoreApplication::translate("cove-cli", "The profile directory."), QStringLiteral("dir")},
        {QStringLiteral("relay"),
         QCoreApplication::translate("cove-cli", "The relay, e.g. ws://127.0.0.1:8080."),
         QStringLiteral("url")},
        {QStringLiteral("relay-ca"),
         QCoreApplication::translate(
             "cove-cli", "A PEM certificate to trust for a wss:// relay (remembered at init)."),
         QStringLiteral("file")},
        {QStringLiteral("name"), QCoreApplication::translate("cove-cli", "Display name (init)."),
         QStringLiteral("name")},
        {QStringLiteral("file"), QCoreApplication::translate("cove-cli", "Attach a file (send)."),
         QStringLiteral("path")},
        {QStringLiteral("limit"),
         QCoreApplication::translate("cove-cli", "Messages to show (history, search)."),
         QStringLiteral("n")},
        {QStringLiteral("timeout"),
         QCoreApplication::translate("cove-cli", "Seconds to wait for the relay (default 30)."),
         QStringLiteral("s")},
        {QStringLiteral("json"), QCoreApplication::translate("cove-cli", "Output JSON.")},
        {QStringLiteral("link"),
         QCoreApplication::translate("cove-cli", "Show your contact link instead (id).")},
        {QStringLiteral("category"),
         QCoreApplication::translate("cove-cli", "Report category id (report), e.g. spam."),
         QStringLiteral("id")},
        {QStringLiteral("child"),
         QCoreApplication::translate("cove-cli", "The report involves a child (report); "
                                                 "a child's guarded profile (init).")},
        {QStringLiteral("message"),
         QCoreApplication::translate("cove-cli", "A message id to report (report)."),
         QStringLiteral("id")},
        {QStringLiteral("comment"),
         QCoreApplication::translate("cove-cli", "A note for the moderators (report, review)."),
         QStringLiteral("text")},
        {QStringLiteral("block"),
         QCoreApplication::translate("cove-cli", "Also block the reported person (report).")},
    });
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QCoreApplication::translate("cove-cli", "What to do."));
    parser.process(app);
    Cli cli(parser);
    return cli.run();
}
