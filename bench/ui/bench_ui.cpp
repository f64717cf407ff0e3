// SPDX-License-Identifier: GPL-3.0-or-later
// bench_ui: the desktop app over a big profile: 1,000,000 messages in one
// conversation and 1,000 conversations in all (offscreen, real SQLCipher).
//
// Measures, each in a fresh process:
//  - start-up: process start (and main()) until the main window has painted
//    its conversation list, the profile unlocked with a raw key held by a
//    keychain (no Argon2id);
//  - opening the big conversation until its history is painted;
//  - loading older pages by scrolling to the top (fetch, layout, paint),
//    100 ms apart as while the person scrolls through each page (the view
//    reads and measures the next one in that idle time), then 50 more back
//    to back with no idle time;
//  - resident memory after scrolling through 10,000 messages.
// Next to each figure it prints a reference measured in the same run: the
// bare storage calls underneath (Profile + Account::open, newestPage,
// olderPage), run alone in a process of their own with the same order of
// calls; and Signal Desktop's reported 10 s for opening a big conversation.
//
// The profile is generated once and cached under the build directory
// (bench-data/ui-<messages>-<conversations>/), with its raw key in a file
// next to it that only this benchmark reads. Generation runs in a child
// process, so no measured process ever held its memory.
//
// usage: bench_ui [--messages N] [--conversations N] [--runs N] [--pages N]
//                 [--page-pause MS] [--regenerate] [--cold] [--diagnose]
//                 [--data DIR] [--csv FILE]
//        bench_ui --child generate|reference|ui ... [--diagnose [--cache-heights]]
//                                                  (internal)

#include "Account.h"
#include "AppSession.h"
#include "ChatView.h"
#include "Contacts.h"
#include "ConversationListModel.h"
#include "Conversations.h"
#include "CoveId.h"
#include "KeyFile.h"
#include "Language.h"
#include "MainWindow.h"
#include "MessageListModel.h"
#include "Messages.h"
#include "Messenger.h"
#include "Profile.h"
#include "Sqlite.h"
#include "Theme.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QListView>
#include <QMap>
#include <QProcess>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QSet>
#include <QStandardPaths>
#include <QStyledItemDelegate>
#include <QThread>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fcntl.h>
#include <malloc.h>
#include <memory>
#include <optional>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>
#include <vector>

using namespace cove;
using Clock = std::chrono::steady_clock;

namespace {

/// Bumped whenever the generated profile changes shape: older caches are
/// regenerated.
constexpr int kDataVersion = 1;
constexpr auto kSpawnEnv = "COVE_BENCH_UI_SPAWN_NS";
constexpr double kSignalDesktopOpenMs = 10'000.0; // best case users report (10-22 s)
constexpr double kTargetInteractiveMs = 1000.0;
constexpr double kTargetOpenMs = 100.0;
constexpr double kTargetPageMs = 8.0;
constexpr double kTargetRssMiB = 200.0;
constexpr int kWarmOpens = 10;

[[noreturn]] void die(const char *what, const QString &detail = {})
{
    std::fprintf(stderr, "bench_ui: %s %s\n", what, qUtf8Printable(detail));
    std::exit(1);
}

double ms(Clock::duration d)
{
    return std::chrono::duration<double, std::milli>(d).count();
}

qint64 nowNs()
{
    return qint64(
        std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now().time_since_epoch())
            .count());
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const auto i = std::size_t(double(v.size() - 1) * p + 0.5);
    return v[std::min(v.size() - 1, i)];
}

double meanOf(const std::vector<double> &v, std::size_t from, std::size_t to)
{
    to = std::min(to, v.size());
    if (from >= to)
        return 0;
    double sum = 0;
    for (std::size_t i = from; i < to; ++i)
        sum += v[i];
    return sum / double(to - from);
}

/// One figure for the orchestrator: "key value" on stdout.
void report(const char *key, double value)
{
    std::printf("%s %.6f\n", key, value);
}

/// A line of /proc/self/status in KiB (VmRSS, VmHWM, RssAnon, RssFile).
double statusKiB(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toDouble();
    }
    return 0;
}

double heapInUseKiB()
{
    const struct mallinfo2 mi = mallinfo2();
    return double(mi.uordblks + mi.hblkhd) / 1024.0;
}

/// The time this process existed before `atMain` according to the kernel
/// (/proc/self/stat field 22, in clock ticks: 10 ms resolution).
double preMainFromProcMs(double bootTimeAtMainSec)
{
    QFile f(QStringLiteral("/proc/self/stat"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray stat = f.readAll();
    const auto paren = stat.lastIndexOf(')');
    if (paren < 0)
        return -1;
    // Fields after the command name start at field 3 (state).
    const QList<QByteArray> fields = stat.mid(paren + 2).split(' ');
    if (fields.size() < 20)
        return -1;
    const double ticks = double(sysconf(_SC_CLK_TCK));
    const double startSec = fields.at(19).toDouble() / ticks;
    return (bootTimeAtMainSec - startSec) * 1000.0;
}

double bootTimeSec()
{
    timespec ts{};
    clock_gettime(CLOCK_BOOTTIME, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

/// Drops a file's pages from the operating system's cache (no root needed).
void evictFromPageCache(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    if (fd < 0)
        return;
    (void)::fdatasync(fd);
    (void)::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
    ::close(fd);
}

/// The "remember on this computer" keychain, holding the raw database key in
/// a file only this benchmark reads (0600, next to the profile).
class FileKeychain : public storage::Keychain {
public:
    explicit FileKeychain(QString path) : m_path(std::move(path)) {}

    storage::Result<void> storeKey(const QString &, QByteArrayView key32) override
    {
        QFile f(m_path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return storage::storageError(storage::StorageErrorCode::Io, f.errorString());
        (void)f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        if (f.write(key32.toByteArray().toHex()) < 0)
            return storage::storageError(storage::StorageErrorCode::Io, f.errorString());
        return {};
    }
    storage::Result<protocol::SecureBuffer> loadKey(const QString &) override
    {
        QFile f(m_path);
        if (!f.open(QIODevice::ReadOnly))
            return storage::storageError(storage::StorageErrorCode::NotFound,
                                         QStringLiteral("nothing remembered"));
        QByteArray key = QByteArray::fromHex(f.readAll().trimmed());
        protocol::SecureBuffer buffer{QByteArrayView(key)};
        key.fill('\0');
        return buffer;
    }
    storage::Result<void> removeKey(const QString &) override
    {
        QFile::remove(m_path);
        return {};
    }

private:
    QString m_path;
};

// ---- options -----------------------------------------------------------------

struct Options {
    QString child; ///< empty: the orchestrator
    qint64 messages = 1'000'000;
    int conversations = 1000;
    int runs = 3;
    int pages = 200;
    /// The event loop runs this long after each older page, as while the
    /// person scrolls through the page that just came; 0: back to back.
    int pagePauseMs = 100;
    bool regenerate = false;
    bool cold = false;
    bool diagnose = false;
    bool cacheHeights = false; ///< children, with --diagnose
    QString dataDir;
    QString cacheDir; ///< children: the generated data
    QString csv;
    qint64 big = 0;   ///< children: the big conversation
    qint64 small = 0; ///< children: a small one to switch to
};

Options parseOptions(int argc, char **argv)
{
    Options o;
    for (int i = 1; i < argc; ++i) {
        const QString a = QString::fromLocal8Bit(argv[i]);
        auto value = [&]() -> QString {
            if (i + 1 >= argc)
                die("missing value after", a);
            return QString::fromLocal8Bit(argv[++i]);
        };
        auto number = [&]() -> qint64 {
            bool ok = false;
            const qint64 n = value().toLongLong(&ok);
            if (!ok || n < 0)
                die("not a number after", a);
            return n;
        };
        if (a == QLatin1String("--child"))
            o.child = value();
        else if (a == QLatin1String("--messages"))
            o.messages = number();
        else if (a == QLatin1String("--conversations"))
            o.conversations = int(number());
        else if (a == QLatin1String("--runs"))
            o.runs = std::max(1, int(number()));
        else if (a == QLatin1String("--pages"))
            o.pages = int(number());
        else if (a == QLatin1String("--page-pause"))
            o.pagePauseMs = int(number());
        else if (a == QLatin1String("--regenerate"))
            o.regenerate = true;
        else if (a == QLatin1String("--cold"))
            o.cold = true;
        else if (a == QLatin1String("--diagnose"))
            o.diagnose = true;
        else if (a == QLatin1String("--cache-heights"))
            o.cacheHeights = true;
        else if (a == QLatin1String("--data"))
            o.dataDir = value();
        else if (a == QLatin1String("--dir"))
            o.cacheDir = value();
        else if (a == QLatin1String("--csv"))
            o.csv = value();
        else if (a == QLatin1String("--big"))
            o.big = number();
        else if (a == QLatin1String("--small"))
            o.small = number();
        else if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            std::printf("usage: bench_ui [--messages N] [--conversations N] [--runs N] "
                        "[--pages N] [--page-pause MS] [--regenerate] [--cold] [--diagnose] "
                        "[--data DIR] "
                        "[--csv FILE]\n");
            std::exit(0);
        } else {
            die("unknown option", a);
        }
    }
    if (o.conversations < 2)
        die("need at least 2 conversations");
    return o;
}

QString profileDirOf(const QString &cacheDir)
{
    return cacheDir + QStringLiteral("/profile");
}
QString keyPathOf(const QString &cacheDir)
{
    return cacheDir + QStringLiteral("/bench-raw-key.hex");
}
QString markerPathOf(const QString &cacheDir)
{
    return cacheDir + QStringLiteral("/bench-version");
}

// ---- generating the profile ----------------------------------------------------

const QStringList &words()
{
    static const QStringList list =
        QStringLiteral(
            "the be to of and a in that have I it for not on with he as you do at this but his by "
            "from they we say her she or an will my one all would there their what so up out if "
            "about who get which go me when make can like time no just him know take people into "
            "year your good some could them see other than then now look only come its over think "
            "also back after use two how our work first well way even new want because any these "
            "give day most us okay yes sure tomorrow tonight dinner lunch coffee train station "
            "meeting later sorry thanks great awesome maybe weekend morning evening kids school "
            "doctor appointment picture photo call text message phone battery home office late "
            "early traffic weather rain sunny cold warm movie book game match score team win lost "
            "birthday party present gift cake flight hotel trip beach mountain walk run gym tired "
            "hungry happy sad funny crazy love miss soon ready leaving arrived parking groceries "
            "milk bread eggs cheese wine beer pizza pasta salad soup chicken rice recipe kitchen "
            "garden dog cat vet walked fed cleaned laundry dishes bills rent landlord plumber "
            "fixed "
            "broken laptop update password email link article read watched listening podcast song "
            "concert tickets sold booked cancelled moved Tuesday Friday Saturday Sunday Monday "
            "week month honestly actually literally probably definitely remember forgot told asked")
            .split(QLatin1Char(' '));
    return list;
}

const QStringList &emoji()
{
    static const QStringList list = {QStringLiteral("😂"),      QStringLiteral("👍"),
                                     QStringLiteral("❤️"), QStringLiteral("🙏"),
                                     QStringLiteral("😅"),      QStringLiteral("🎉")};
    return list;
}

/// A chat-like body of 20 to 200 characters, most of them short.
QString makeBody(QRandomGenerator &rng)
{
    const double u = rng.generateDouble();
    const int length = 20 + int(u * u * 180.0);
    const QStringList &w = words();
    QString out;
    while (out.size() < length) {
        if (!out.isEmpty())
            out += QLatin1Char(' ');
        out += w.at(int(rng.bounded(int(w.size()))));
    }
    out.truncate(200);
    while (out.endsWith(QLatin1Char(' ')))
        out.chop(1);
    out[0] = out.at(0).toUpper();
    const quint32 end = rng.bounded(20u);
    out += end < 12 ? QStringLiteral(".") : end < 16 ? QStringLiteral("?") : QStringLiteral("!");
    if (rng.bounded(20u) == 0 && out.size() < 196)
        out += QLatin1Char(' ') + emoji().at(int(rng.bounded(int(emoji().size()))));
    return out;
}

QString makeName(QRandomGenerator &rng)
{
    static const QStringList first =
        QStringLiteral(
            "Maya Leo Amara Noah Ines Omar Sofia Liam Chloe Yusuf Hana Jonas Priya Mateo Aiko "
            "Elena "
            "Kwame Freya Ravi Lucia Tomas Zara Felix Nadia Hugo Mei Sami Lena Arjun Clara")
            .split(QLatin1Char(' '));
    static const QStringList last =
        QStringLiteral(
            "Okafor Jensen Haddad Silva Novak Tanaka Moreau Fischer Rossi Kowalski Ahmed Larsen "
            "Costa Ivanova Murphy Nguyen Schmidt Dubois Garcia Patel")
            .split(QLatin1Char(' '));
    return first.at(int(rng.bounded(int(first.size())))) + QLatin1Char(' ') +
           last.at(int(rng.bounded(int(last.size()))));
}

QByteArray randomBytes(QRandomGenerator &rng, int n)
{
    QByteArray b(n, Qt::Uninitialized);
    for (int i = 0; i < n; ++i)
        b[i] = char(rng.bounded(256u));
    return b;
}

QString makePeerId(QRandomGenerator &rng)
{
    QByteArray key = randomBytes(rng, 33);
    key[0] = 0x05;
    return protocol::coveIdForIdentityKey(key);
}

struct Generator {
    sqlite::Database &db;
    storage::MessageRepository messages;
    QRandomGenerator rng{20261123u};
    QString me;
    qint64 inserted = 0;
    Clock::time_point started = Clock::now();
    std::optional<sqlite::Transaction> tx;

    explicit Generator(app::Account &account)
        : db(account.db()), messages(account.db()), me(account.coveId())
    {}

    void begin()
    {
        auto t = sqlite::Transaction::begin(db);
        if (!t)
            die("begin:", t.error().message);
        tx.emplace(std::move(*t));
    }
    void commit()
    {
        if (!tx)
            return;
        if (auto r = tx->commit(); !r)
            die("commit:", r.error().message);
        tx.reset();
    }
    /// Stores a message; returns it as stored.
    storage::StoredMessage add(qint64 conversationId, const QString &sender, qint64 sentAt,
                               bool unread, const storage::StoredMessage *quoted)
    {
        storage::StoredMessage m;
        m.messageId = randomBytes(rng, 16);
        m.conversationId = conversationId;
        m.senderId = sender;
        const bool outgoing = sender == me;
        m.direction = outgoing ? storage::Direction::Outgoing : storage::Direction::Incoming;
        m.status = outgoing ? storage::MessageStatus::Read
                   : unread ? storage::MessageStatus::Received
                            : storage::MessageStatus::ReadByMe;
        m.sentAt = sentAt;
        m.serverAt = sentAt + 180;
        if (!outgoing)
            m.receivedAt = sentAt + 420;
        m.body = makeBody(rng);
        if (quoted) {
            m.quote =
                storage::StoredQuote{quoted->messageId, quoted->senderId, quoted->body.left(100)};
        }
        const quint32 f = rng.bounded(1000u);
        m.forwardCount = f < 3 ? 5 + f : f < 20 ? 1 : 0;
        m.frankingKey = randomBytes(rng, 32);
        m.commitment = randomBytes(rng, 32);
        if (!outgoing) {
            m.relayTag = randomBytes(rng, 64);
            m.verified = true;
        }
        // The encoded content is kept as sent: about the body plus framing.
        m.content = m.body.toUtf8() + randomBytes(rng, 40);
        auto r = messages.insert(m);
        if (!r)
            die("insert:", r.error().detail);
        ++inserted;
        return r->message;
    }
    double rate() const
    {
        return double(inserted) / std::max(1e-9, ms(Clock::now() - started) / 1000.0);
    }
};

int generateChild(const Options &o, int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString dir = o.cacheDir;
    QDir(dir).removeRecursively();
    if (!QDir().mkpath(dir))
        die("cannot create", dir);
    (void)QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                         QFileDevice::ExeOwner);
    const auto t0 = Clock::now();
    auto created =
        app::Account::create(profileDirOf(dir), QStringLiteral("bench passphrase"),
                             QStringLiteral("Sam Rivera"), storage::KdfParams::cheapForTests());
    if (!created)
        die("creating the profile:", created.error().detail);
    std::unique_ptr<app::Account> account = std::move(*created);
    if (auto r = account->setSetting(QStringLiteral("relay.url"), "ws://127.0.0.1:1"); !r)
        die("setting the relay:", r.error().detail);
    FileKeychain keychain(keyPathOf(dir));
    if (auto r = account->profile().rememberKey(keychain); !r)
        die("remembering the key:", r.error().detail);

    Generator g(*account);
    storage::ContactRepository contacts(g.db);
    storage::ConversationRepository conversations(g.db);
    QRandomGenerator &rng = g.rng;

    // Two years of history, a minute apart for the big conversation.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 minute = 60'000;
    const qint64 bigMessages = o.messages;
    const qint64 start = now - std::max<qint64>(bigMessages, 2 * 365 * 24 * 60) * minute;
    const int others = o.conversations - 1;

    // People: one per direct conversation, plus members for groups.
    QStringList peers;
    for (int i = 0; i < others + 1; ++i)
        peers.append(makePeerId(rng));

    qint64 small = 0;
    qint64 unreadConversations = 0;
    g.begin();
    for (int i = 0; i < others; ++i) {
        const bool group = i % 20 == 0;
        const bool request = !group && i % 97 == 5;
        const bool stranger = !group && (request || i % 13 == 0);
        const bool unread = !group && !request && i % 50 == 7;
        storage::Conversation c;
        QStringList members;
        if (group) {
            const int n = 3 + int(rng.bounded(6u));
            QList<storage::GroupMember> list;
            for (int k = 0; k < n; ++k) {
                const QString id = peers.at(int(rng.bounded(int(peers.size()))));
                if (members.contains(id))
                    continue;
                members.append(id);
                list.append({id, storage::MemberRole::Member, start});
            }
            const QString title = QStringLiteral("%1 group %2")
                                      .arg(words().at(int(rng.bounded(int(words().size())))))
                                      .arg(i);
            auto r = conversations.createGroup(randomBytes(rng, 32), title, start, list);
            if (!r)
                die("group:", r.error().detail);
            c = *r;
        } else {
            const QString peer = peers.at(i);
            members.append(peer);
            if (!stranger) {
                storage::Contact contact{peer, makeName(rng), QByteArray(), start};
                if (auto r = contacts.add(contact); !r)
                    die("contact:", r.error().detail);
            }
            auto r = conversations.createDirect(peer, start,
                                                request ? storage::ConversationState::MessageRequest
                                                        : storage::ConversationState::Normal);
            if (!r)
                die("conversation:", r.error().detail);
            c = *r;
            if (small == 0 && !unread)
                small = c.id;
        }
        // Five messages at random times, in order.
        std::vector<qint64> times;
        for (int k = 0; k < 5; ++k)
            times.push_back(start + qint64(rng.bounded(quint64(now - start))));
        std::sort(times.begin(), times.end());
        qint64 unreadCount = 0;
        for (int k = 0; k < 5; ++k) {
            const bool mine = !request && rng.bounded(3u) == 0;
            const QString sender = mine ? g.me : members.at(int(rng.bounded(int(members.size()))));
            const bool isUnread = (unread || request) && !mine && k >= 3;
            g.add(c.id, sender, times[std::size_t(k)], isUnread, nullptr);
            unreadCount += isUnread ? 1 : 0;
        }
        if (unreadCount > 0) {
            ++unreadConversations;
            if (auto r = conversations.addUnread(c.id, unreadCount); !r)
                die("unread:", r.error().detail);
        }
        if (auto r = conversations.touch(c.id, times.back()); !r)
            die("touch:", r.error().detail);
    }
    g.commit();
    const qint64 smallMessages = g.inserted;
    const double smallSeconds = ms(Clock::now() - g.started) / 1000.0;

    // The big one: a contact, a million messages a minute apart, runs of
    // one to four messages per side, some quoting, some forwarded.
    const QString friendId = peers.constLast();
    if (auto r = contacts.add({friendId, QStringLiteral("Maya Okafor"), QByteArray(), start}); !r)
        die("contact:", r.error().detail);
    auto bigConv = conversations.createDirect(friendId, start);
    if (!bigConv)
        die("conversation:", bigConv.error().detail);
    const qint64 big = bigConv->id;
    constexpr qint64 kBatch = 10'000;
    const auto bigStarted = Clock::now();
    QString sender = g.me;
    int runLeft = 0;
    storage::StoredMessage previousOther;
    qint64 lastAt = start;
    for (qint64 i = 0; i < bigMessages; ++i) {
        if (i % kBatch == 0)
            g.begin();
        if (runLeft == 0) {
            sender = sender == g.me ? friendId : g.me;
            runLeft = 1 + int(rng.bounded(4u));
        }
        --runLeft;
        const bool quote = !previousOther.messageId.isEmpty() && rng.bounded(20u) == 0;
        lastAt = start + i * minute + qint64(rng.bounded(30'000u));
        storage::StoredMessage m =
            g.add(big, sender, lastAt, false, quote ? &previousOther : nullptr);
        if (sender != g.me)
            previousOther = std::move(m);
        if (i % kBatch == kBatch - 1 || i == bigMessages - 1) {
            g.commit();
            if ((i + 1) % 100'000 == 0 || i == bigMessages - 1) {
                const double s = ms(Clock::now() - bigStarted) / 1000.0;
                std::fprintf(stderr, "bench_ui: generated %lld of %lld messages, %.0f msg/s\n",
                             static_cast<long long>(i + 1), static_cast<long long>(bigMessages),
                             double(i + 1) / s);
            }
        }
    }
    if (auto r = conversations.touch(big, lastAt); !r)
        die("touch:", r.error().detail);
    const double bigSeconds = ms(Clock::now() - bigStarted) / 1000.0;
    (void)g.db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    account.reset();
    const double totalSeconds = ms(Clock::now() - t0) / 1000.0;
    const qint64 dbBytes = QFileInfo(storage::Profile::databasePath(profileDirOf(dir))).size();

    QFile marker(markerPathOf(dir));
    if (!marker.open(QIODevice::WriteOnly | QIODevice::Truncate))
        die("cannot write", marker.fileName());
    const QString text = QStringLiteral("version=%1\nmessages=%2\nconversations=%3\nbig=%4\n"
                                        "small=%5\ngenSeconds=%6\nbigRate=%7\nsmallRate=%8\n"
                                        "dbBytes=%9\nunreadConversations=%10\n")
                             .arg(kDataVersion)
                             .arg(bigMessages)
                             .arg(o.conversations)
                             .arg(big)
                             .arg(small)
                             .arg(totalSeconds, 0, 'f', 1)
                             .arg(double(bigMessages) / std::max(1e-9, bigSeconds), 0, 'f', 0)
                             .arg(double(smallMessages) / std::max(1e-9, smallSeconds), 0, 'f', 0)
                             .arg(dbBytes)
                             .arg(unreadConversations);
    marker.write(text.toUtf8());
    return 0;
}

QMap<QString, QString> readMarker(const QString &cacheDir)
{
    QMap<QString, QString> m;
    QFile f(markerPathOf(cacheDir));
    if (!f.open(QIODevice::ReadOnly))
        return m;
    for (const QByteArray &line : f.readAll().split('\n')) {
        const auto eq = line.indexOf('=');
        if (eq > 0)
            m.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)));
    }
    return m;
}

// ---- the reference: the bare storage calls, alone ------------------------------------

std::unique_ptr<app::Account> unlock(const Options &o)
{
    FileKeychain keychain(keyPathOf(o.cacheDir));
    auto profile = storage::Profile::openWithKeychain(profileDirOf(o.cacheDir), keychain);
    if (!profile)
        die("opening the profile:", profile.error().detail);
    auto account = app::Account::open(std::move(*profile));
    if (!account)
        die("opening the account:", account.error().detail);
    return std::move(*account);
}

double preMainMs(Clock::time_point mainEntry)
{
    const QByteArray spawn = qgetenv(kSpawnEnv);
    if (spawn.isEmpty())
        return -1;
    return double(nowNs() - spawn.toLongLong()) / 1e6 - ms(Clock::now() - mainEntry);
}

int referenceChild(const Options &o, Clock::time_point mainEntry, double bootAtMain, int argc,
                   char **argv)
{
    const double preMain = preMainMs(mainEntry);
    QCoreApplication app(argc, argv);
    const auto t0 = Clock::now();
    std::unique_ptr<app::Account> account = unlock(o);
    const auto tUnlocked = Clock::now();
    report("ref.preMainMs", preMain);
    report("ref.preMainProcMs", preMainFromProcMs(bootAtMain));
    report("ref.unlockMs", ms(tUnlocked - t0));
    report("ref.startMainMs", ms(tUnlocked - mainEntry));
    report("ref.startSpawnMs", preMain + ms(tUnlocked - mainEntry));

    // What the conversation lists read (both lists, with each last message).
    storage::ConversationRepository conversations(account->db());
    storage::MessageRepository messages(account->db());
    const auto tl = Clock::now();
    for (auto state :
         {storage::ConversationState::Normal, storage::ConversationState::MessageRequest}) {
        auto list = conversations.list(state);
        if (!list)
            die("list:", list.error().detail);
        for (const storage::Conversation &c : *list)
            (void)messages.newestPage(c.id, 1);
    }
    report("ref.listsMs", ms(Clock::now() - tl));

    // Opening: the newest page, first on this connection, then warm.
    auto t = Clock::now();
    auto page = messages.newestPage(o.big, app::MessageListModel::kPageSize);
    report("ref.newestColdMs", ms(Clock::now() - t));
    if (!page || page->messages.isEmpty())
        die("the big conversation is empty");
    QList<storage::StoredMessage> held = page->messages;

    // Older pages, keyed on the first row, as the model reads them.
    std::vector<double> older;
    qint64 first = held.constFirst().rowId;
    for (int i = 0; i < o.pages; ++i) {
        t = Clock::now();
        auto p = messages.olderPage(o.big, first, app::MessageListModel::kPageSize);
        older.push_back(ms(Clock::now() - t));
        if (!p || p->messages.isEmpty())
            break;
        first = p->messages.constFirst().rowId;
        p->messages.append(std::move(held));
        held = std::move(p->messages);
    }
    report("ref.olderP50Ms", percentile(older, 0.5));
    report("ref.olderP95Ms", percentile(older, 0.95));
    report("ref.olderMaxMs", percentile(older, 1.0));
    report("ref.olderFirst10Ms", meanOf(older, 0, 10));
    report("ref.olderLast10Ms",
           meanOf(older, older.size() - std::min<std::size_t>(10, older.size()), older.size()));
    report("ref.heldRows", double(held.size()));
    report("ref.rssKiB", statusKiB("VmRSS"));
    report("ref.heapKiB", heapInUseKiB());

    std::vector<double> warm;
    for (int i = 0; i < kWarmOpens; ++i) {
        t = Clock::now();
        (void)messages.newestPage(o.big, app::MessageListModel::kPageSize);
        warm.push_back(ms(Clock::now() - t));
    }
    report("ref.newestWarmMs", percentile(warm, 0.5));

    // What marking the conversation read reads (nothing is unread: no write).
    t = Clock::now();
    auto marked = messages.markConversationRead(o.big);
    report("ref.markReadMs", ms(Clock::now() - t));
    report("ref.markReadChanged", marked ? double(marked->size()) : -1);
    return 0;
}

// ---- the desktop app ----------------------------------------------------------

/// What the calling thread used: CPU time, the time it was ready to run but
/// waited for a CPU, the times the kernel took the CPU from it (preempted),
/// and page faults.
struct ThreadUse {
    double cpuMs = 0;
    double waitingMs = 0;
    long preempted = 0;
    long faults = 0;

    static ThreadUse now()
    {
        rusage u{};
        getrusage(RUSAGE_THREAD, &u);
        const auto msOf = [](const timeval &t) {
            return double(t.tv_sec) * 1000.0 + double(t.tv_usec) / 1000.0;
        };
        // schedstat: nanoseconds on a CPU, nanoseconds waiting for one, time slices.
        double waiting = 0;
        QFile f(QStringLiteral("/proc/thread-self/schedstat"));
        if (f.open(QIODevice::ReadOnly)) {
            const QList<QByteArray> fields = f.readAll().simplified().split(' ');
            if (fields.size() >= 2)
                waiting = fields.at(1).toDouble() / 1e6;
        }
        return {msOf(u.ru_utime) + msOf(u.ru_stime), waiting, u.ru_nivcsw,
                u.ru_minflt + u.ru_majflt};
    }
    ThreadUse operator-(const ThreadUse &o) const
    {
        return {cpuMs - o.cpuMs, waitingMs - o.waitingMs, preempted - o.preempted,
                faults - o.faults};
    }
};

/// The application, noting the longest event it delivered (outermost only)
/// since the last reset, and what it was.
class TimedApplication : public QApplication {
public:
    using QApplication::QApplication;

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (m_depth++ > 0) {
            const bool handled = QApplication::notify(receiver, event);
            --m_depth;
            return handled;
        }
        const int type = int(event->type()); // the event may be gone afterwards
        const auto t = Clock::now();
        const bool handled = QApplication::notify(receiver, event);
        const double took = ms(Clock::now() - t);
        --m_depth;
        if (took > m_longestMs) {
            m_longestMs = took;
            m_longest = QStringLiteral("event %1 to %2 \"%3\"")
                            .arg(type)
                            .arg(QString::fromLatin1(receiver->metaObject()->className()),
                                 receiver->objectName());
        }
        return handled;
    }
    void resetLongest()
    {
        m_longestMs = 0;
        m_longest.clear();
    }
    [[nodiscard]] QString longest() const
    {
        return QStringLiteral("%1 (%2 ms)").arg(m_longest).arg(m_longestMs, 0, 'f', 2);
    }

private:
    int m_depth = 0;
    double m_longestMs = 0;
    QString m_longest;
};

/// Notes paint events of one widget.
class PaintWatch : public QObject {
public:
    explicit PaintWatch(QWidget *widget) : m_widget(widget) { widget->installEventFilter(this); }

    void reset() { m_painted = false; }
    /// Runs the event loop until the widget painted; false after `timeoutMs`.
    bool wait(int timeoutMs = 10'000)
    {
        QDeadlineTimer deadline(timeoutMs);
        while (!m_painted) {
            if (deadline.hasExpired())
                return false;
            QCoreApplication::processEvents(QEventLoop::AllEvents);
        }
        return true;
    }
    [[nodiscard]] int count() const noexcept { return m_count; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_widget && event->type() == QEvent::Paint) {
            m_painted = true;
            ++m_count;
        }
        return false;
    }

private:
    QWidget *m_widget;
    bool m_painted = false;
    int m_count = 0;
};

/// Runs the event loop for `durationMs`; returns the longest single turn
/// (a freeze the person would feel) and the sum of turns over 5 ms.
std::pair<double, double> settle(int durationMs)
{
    QDeadlineTimer deadline(durationMs);
    double longest = 0;
    double busy = 0;
    while (!deadline.hasExpired()) {
        const auto t = Clock::now();
        QCoreApplication::processEvents(QEventLoop::AllEvents);
        const double d = ms(Clock::now() - t);
        longest = std::max(longest, d);
        if (d > 5)
            busy += d;
        if (d < 1)
            QThread::usleep(300);
    }
    return {longest, busy};
}

/// Forwards to the chat view's delegate, counting and timing the calls
/// (--diagnose only: the measured runs use the delegate as it is).
/// With `cacheHeights`, it remembers each message's size (by row id, for one
/// width), to show what a height cache in MessageDelegate would save.
class CountingDelegate : public QStyledItemDelegate {
public:
    CountingDelegate(QAbstractItemDelegate *inner, bool cacheHeights, QObject *parent)
        : QStyledItemDelegate(parent), m_inner(inner), m_cacheHeights(cacheHeights)
    {}
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const auto t = Clock::now();
        QSize s;
        if (m_cacheHeights) {
            // Keyed by width too: the view asks at more than one width.
            const int width = option.rect.width();
            if (width == 0)
                ++zeroWidthHints;
            if (!m_widths.contains(width)) {
                m_widths.insert(width);
                ++widthChanges;
            }
            const qint64 id = index.data(app::MessageListModel::RowIdRole).toLongLong();
            const QPair<int, qint64> key(width, id);
            auto it = m_sizes.constFind(key);
            if (it == m_sizes.cend())
                it = m_sizes.insert(key, m_inner->sizeHint(option, index));
            s = *it;
        } else {
            s = m_inner->sizeHint(option, index);
        }
        sizeHintTime += Clock::now() - t;
        ++sizeHints;
        return s;
    }
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        const auto t = Clock::now();
        m_inner->paint(painter, option, index);
        paintTime += Clock::now() - t;
        ++paints;
    }
    mutable qint64 sizeHints = 0;
    mutable qint64 paints = 0;
    mutable qint64 widthChanges = 0;
    mutable qint64 zeroWidthHints = 0; ///< asked with an empty option.rect
    mutable Clock::duration sizeHintTime{};
    mutable Clock::duration paintTime{};

    [[nodiscard]] int widthMin() const
    {
        return m_widths.isEmpty() ? 0 : *std::min_element(m_widths.cbegin(), m_widths.cend());
    }
    [[nodiscard]] int widthMax() const
    {
        return m_widths.isEmpty() ? 0 : *std::max_element(m_widths.cbegin(), m_widths.cend());
    }

private:
    QAbstractItemDelegate *m_inner;
    bool m_cacheHeights;
    mutable QHash<QPair<int, qint64>, QSize> m_sizes;
    mutable QSet<int> m_widths;
};

int uiChild(const Options &o, Clock::time_point mainEntry, double bootAtMain, int argc, char **argv)
{
    const double preMain = preMainMs(mainEntry);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true); // never read or write the person's settings

    // As the app's main() does, up to the window.
    const auto t0 = Clock::now();
    TimedApplication qapp(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Cove"));
    QApplication::setOrganizationName(QStringLiteral("Cove"));
    QApplication::setWindowIcon(ui::Theme::appIcon());
    (void)ui::Language::apply(QStringLiteral("en"));
    ui::Theme::apply(ui::Theme::Mode::Light);
    const auto tApp = Clock::now();
    std::unique_ptr<app::Account> account = unlock(o);
    const auto tUnlocked = Clock::now();
    auto opened = app::Session::open(std::move(account));
    if (!opened)
        die("session:", opened.error().detail);
    std::unique_ptr<app::Session> session = std::move(*opened);
    const auto tSession = Clock::now();
    auto window = std::make_unique<ui::MainWindow>(*session);
    window->resize(1100, 720);
    const auto tWindow = Clock::now();
    PaintWatch listPaint(window->conversationList()->viewport());
    window->show();
    session->start();
    if (!listPaint.wait())
        die("the window never painted");
    const auto tInteractive = Clock::now();

    report("ui.preMainMs", preMain);
    report("ui.preMainProcMs", preMainFromProcMs(bootAtMain));
    report("ui.toMainToAppMs", ms(t0 - mainEntry));
    report("ui.appMs", ms(tApp - t0));
    report("ui.unlockMs", ms(tUnlocked - tApp));
    report("ui.sessionMs", ms(tSession - tUnlocked));
    report("ui.windowMs", ms(tWindow - tSession));
    report("ui.showPaintMs", ms(tInteractive - tWindow));
    report("ui.interactiveMainMs", ms(tInteractive - mainEntry));
    report("ui.interactiveSpawnMs", preMain + ms(tInteractive - mainEntry));
    report("ui.chatRows", double(window->chats().rowCount()));
    report("ui.requestRows", double(window->requests().rowCount()));
    report("ui.activeWindow", window->isActiveWindow() ? 1 : 0);
    report("ui.rssInteractiveKiB", statusKiB("VmRSS"));
    {
        const auto [longest, busy] = settle(1000);
        report("ui.stallAfterStartMs", longest);
        (void)busy;
    }

    // Open the big conversation: the click's work, then its first paint.
    ui::ChatView *chat = window->chatView();
    app::MessageListModel &model = chat->model();
    QListView *list = chat->messageList();
    PaintWatch chatPaint(list->viewport());
    int resets = 0;
    int listReloads = 0;
    QObject::connect(&model, &QAbstractItemModel::modelReset, &qapp, [&] { ++resets; });
    QObject::connect(&window->chats(), &app::ConversationListModel::reloaded, &qapp,
                     [&] { ++listReloads; });
    auto openAndPaint = [&](qint64 id) {
        chatPaint.reset();
        const auto t = Clock::now();
        window->openConversation(id);
        const auto tCall = Clock::now();
        if (!chatPaint.wait())
            die("the conversation never painted");
        return std::pair<double, double>{ms(tCall - t), ms(Clock::now() - t)};
    };
    const auto [openCallMs, openMs] = openAndPaint(o.big);
    report("ui.openCallMs", openCallMs);
    report("ui.openMs", openMs);
    report("ui.openRows", double(model.rowCount()));
    // Whatever the open set off afterwards (marking read, list reloads).
    resets = 0;
    listReloads = 0;
    {
        const auto [longest, busy] = settle(1500);
        report("ui.stallAfterOpenMs", longest);
        report("ui.busyAfterOpenMs", busy);
        report("ui.resetsAfterOpen", resets);
        report("ui.listReloadsAfterOpen", listReloads);
    }
    // Warm: back and forth between a small conversation and the big one.
    std::vector<double> warm;
    std::vector<double> warmCall;
    for (int i = 0; i < kWarmOpens; ++i) {
        (void)openAndPaint(o.small);
        const auto [call, total] = openAndPaint(o.big);
        warm.push_back(total);
        warmCall.push_back(call);
    }
    report("ui.openWarmMs", percentile(warm, 0.5));
    report("ui.openWarmCallMs", percentile(warmCall, 0.5));
    {
        const auto [longest, busy] = settle(1500);
        report("ui.stallAfterWarmMs", longest);
        (void)busy;
    }
    // What opening a direct conversation asks for the notices.
    {
        std::vector<double> v;
        for (int i = 0; i < kWarmOpens; ++i) {
            const auto t = Clock::now();
            (void)session->messenger().pendingIdentityChanges();
            v.push_back(ms(Clock::now() - t));
        }
        report("ui.pendingIdentityChangesMs", percentile(v, 0.5));
    }
    // Reading both conversation lists again, as any change does.
    {
        const auto t = Clock::now();
        window->chats().reload();
        window->requests().reload();
        report("ui.listsReloadMs", ms(Clock::now() - t));
    }
    report("ui.rssOpenKiB", statusKiB("VmRSS"));

    // Older pages: scroll to the top, as a person dragging up does.
    CountingDelegate *counting = nullptr;
    if (o.diagnose) {
        counting = new CountingDelegate(list->itemDelegate(), o.cacheHeights, list);
        list->setItemDelegate(counting);
    }
    Clock::time_point tAbout{};
    Clock::time_point tInserted{};
    QObject::connect(&model, &QAbstractItemModel::rowsAboutToBeInserted, &qapp,
                     [&] { tAbout = Clock::now(); });
    qint64 rowsScrolled = 0; // inserted at the top (the window drops as many below)
    QObject::connect(&model, &QAbstractItemModel::rowsInserted, &qapp,
                     [&](const QModelIndex &, int first, int last) {
                         tInserted = Clock::now();
                         rowsScrolled += last - first + 1;
                     });
    QScrollBar *bar = list->verticalScrollBar();
    std::vector<double> total, fetch, insert, layout, paint;
    std::vector<double> hints, hintMs;
    std::vector<double> pauseTurns; ///< the longest event-loop turn in each pause
    // One older page: the scroll bar to its top, until the view painted.
    struct PageTimes {
        Clock::time_point start, scrolled, painted;
        ThreadUse used; ///< this thread's CPU time, preemptions and page faults meanwhile
        QString longestEvent;
    };
    const auto olderPage = [&](int page) {
        const qint64 firstRow = model.messageAt(0).rowId;
        chatPaint.reset();
        PageTimes p;
        const ThreadUse before = ThreadUse::now();
        qapp.resetLongest();
        p.start = Clock::now();
        bar->setValue(bar->minimum());
        p.scrolled = Clock::now();
        if (model.messageAt(0).rowId == firstRow)
            die("scrolling to the top loaded nothing at page", QString::number(page));
        if (!chatPaint.wait())
            die("the older page never painted");
        p.painted = Clock::now();
        p.used = ThreadUse::now() - before;
        p.longestEvent = qapp.longest();
        return p;
    };
    QFile csv(o.csv);
    if (!o.csv.isEmpty() && csv.open(QIODevice::WriteOnly | QIODevice::Truncate))
        csv.write("page,rows,fetch_ms,insert_ms,layout_ms,paint_ms,total_ms,size_hints,"
                  "size_hint_ms,cpu_ms,waiting_ms,preempted,page_faults\n");
    PageTimes slowest{};
    for (int i = 0; i < o.pages && model.hasOlder(); ++i) {
        const qint64 hints0 = counting ? counting->sizeHints : 0;
        const auto hintTime0 = counting ? counting->sizeHintTime : Clock::duration{};
        tAbout = tInserted = {};
        const PageTimes page = olderPage(i);
        const auto t = page.start;
        const auto tScrolled = page.scrolled;
        const auto tPainted = page.painted;
        total.push_back(ms(tPainted - t));
        fetch.push_back(ms(tAbout - t));
        insert.push_back(ms(tInserted - tAbout));
        layout.push_back(ms(tScrolled - tInserted));
        paint.push_back(ms(tPainted - tScrolled));
        if (total.back() >= ms(slowest.painted - slowest.start))
            slowest = page;
        if (counting) {
            hints.push_back(double(counting->sizeHints - hints0));
            hintMs.push_back(ms(counting->sizeHintTime - hintTime0));
        }
        if (o.pagePauseMs > 0)
            pauseTurns.push_back(settle(o.pagePauseMs).first);
        if (csv.isOpen()) {
            csv.write(QStringLiteral("%1,%2,%3,%4,%5,%6,%7,%8,%9,%10,%11,%12,%13\n")
                          .arg(i + 1)
                          .arg(model.rowCount())
                          .arg(fetch.back(), 0, 'f', 3)
                          .arg(insert.back(), 0, 'f', 3)
                          .arg(layout.back(), 0, 'f', 3)
                          .arg(paint.back(), 0, 'f', 3)
                          .arg(total.back(), 0, 'f', 3)
                          .arg(hints.empty() ? 0.0 : hints.back(), 0, 'f', 0)
                          .arg(hintMs.empty() ? 0.0 : hintMs.back(), 0, 'f', 3)
                          .arg(page.used.cpuMs, 0, 'f', 3)
                          .arg(page.used.waitingMs, 0, 'f', 3)
                          .arg(page.used.preempted)
                          .arg(page.used.faults)
                          .toUtf8());
        }
    }
    const std::size_t n = total.size();
    const std::size_t last10 = n - std::min<std::size_t>(10, n);
    report("ui.pages", double(n));
    report("ui.pageRowsLoaded", double(rowsScrolled));
    report("ui.pageP50Ms", percentile(total, 0.5));
    report("ui.pageP95Ms", percentile(total, 0.95));
    report("ui.pageMaxMs", percentile(total, 1.0));
    report("ui.slowPageCpuMs", slowest.used.cpuMs);
    report("ui.slowPageWaitingMs", slowest.used.waitingMs);
    if (o.diagnose || !o.csv.isEmpty()) {
        // In CLOCK_MONOTONIC seconds, to find the page in `perf record -k CLOCK_MONOTONIC`.
        const auto monotonic = [](Clock::time_point t) {
            return double(
                       std::chrono::duration_cast<std::chrono::microseconds>(t.time_since_epoch())
                           .count()) /
                   1e6;
        };
        std::fprintf(stderr, "bench_ui: the slowest page (%.6f to %.6f s): longest event %s\n",
                     monotonic(slowest.start), monotonic(slowest.painted),
                     qUtf8Printable(slowest.longestEvent));
    }
    report("ui.slowPagePreempted", double(slowest.used.preempted));
    report("ui.slowPageFaults", double(slowest.used.faults));
    report("ui.pageFirst10Ms", meanOf(total, 0, 10));
    report("ui.pagePauseMs", double(o.pagePauseMs));
    report("ui.pauseTurnMaxMs", pauseTurns.empty() ? 0.0 : percentile(pauseTurns, 1.0));
    report("ui.pauseTurnP50Ms", pauseTurns.empty() ? 0.0 : percentile(pauseTurns, 0.5));
    report("ui.pageLast10Ms", meanOf(total, last10, n));
    report("ui.fetchP50Ms", percentile(fetch, 0.5));
    report("ui.insertP50Ms", percentile(insert, 0.5));
    report("ui.layoutP50Ms", percentile(layout, 0.5));
    report("ui.layoutFirst10Ms", meanOf(layout, 0, 10));
    report("ui.layoutLast10Ms", meanOf(layout, last10, n));
    report("ui.paintP50Ms", percentile(paint, 0.5));
    report("ui.pagePaintFirst10Ms", meanOf(paint, 0, 10));
    report("ui.pagePaintLast10Ms", meanOf(paint, last10, n));
    if (counting) {
        report("diag.hintsFirst10", meanOf(hints, 0, 10));
        report("diag.hintsLast10", meanOf(hints, last10, n));
        report("diag.hintMsFirst10", meanOf(hintMs, 0, 10));
        report("diag.hintMsLast10", meanOf(hintMs, last10, n));
        const double perHintUs = counting->sizeHints > 0 ? ms(counting->sizeHintTime) * 1000.0 /
                                                               double(counting->sizeHints)
                                                         : 0;
        report("diag.usPerHint", perHintUs);
        report("diag.paints", double(counting->paints));
        report("diag.widths", double(counting->widthChanges));
        report("diag.widthMin", double(counting->widthMin()));
        report("diag.zeroWidthHints", double(counting->zeroWidthHints));
        report("diag.hints", double(counting->sizeHints));
        report("diag.widthMax", double(counting->widthMax()));
        report("diag.usPerPaint", counting->paints > 0
                                      ? ms(counting->paintTime) * 1000.0 / double(counting->paints)
                                      : 0);
    }
    report("ui.rowsHeld", double(model.rowCount()));
    report("ui.rssKiB", statusKiB("VmRSS"));
    report("ui.rssAnonKiB", statusKiB("RssAnon"));
    report("ui.rssFileKiB", statusKiB("RssFile"));
    report("ui.hwmKiB", statusKiB("VmHWM"));
    report("ui.heapKiB", heapInUseKiB());
    // The worst case: pages one after the other with no idle time between
    // them, so (after the first) nothing is read or measured ahead.
    {
        std::vector<double> burst;
        for (int i = 0; i < 50 && model.hasOlder(); ++i) {
            const PageTimes page = olderPage(o.pages + i);
            burst.push_back(ms(page.painted - page.start));
        }
        report("ui.burstPages", double(burst.size()));
        report("ui.burstP50Ms", percentile(burst, 0.5));
        report("ui.burstMaxMs", percentile(burst, 1.0));
    }
    // Any change to the open conversation (marked read, renamed, a timer
    // set) reloads every loaded row and lays them all out again.
    {
        chatPaint.reset();
        resets = 0;
        const auto t = Clock::now();
        Q_EMIT session->messenger().conversationChanged(o.big);
        const auto tCall = Clock::now();
        // Nothing to repaint is the good case: the rows stay as they are.
        const bool repainted = chatPaint.wait();
        report("ui.changedCallMs", ms(tCall - t));
        report("ui.changedMs", repainted ? ms(Clock::now() - t) : ms(tCall - t));
        report("ui.changedRepainted", repainted ? 1 : 0);
        report("ui.changedResets", resets);
        report("ui.changedRows", double(model.rowCount()));
    }
    std::fflush(stdout);
    window.reset();
    session.reset();
    return 0;
}

// ---- the orchestrator ---------------------------------------------------------

using Figures = QMap<QString, double>;

Figures runChild(const QStringList &args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QString::fromLatin1(kSpawnEnv), QString::number(nowNs()));
    p.setProcessEnvironment(env);
    p.start(QCoreApplication::applicationFilePath(), args);
    if (!p.waitForStarted(-1))
        die("cannot start myself:", p.errorString());
    p.waitForFinished(-1);
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        die("a child failed:", args.join(QLatin1Char(' ')));
    Figures f;
    for (const QByteArray &line : p.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> parts = line.trimmed().split(' ');
        if (parts.size() == 2)
            f.insert(QString::fromUtf8(parts[0]), parts[1].toDouble());
    }
    return f;
}

struct Stat {
    double median = 0;
    double min = 0;
    double max = 0;
};

Stat statOf(const std::vector<Figures> &runs, const QString &key)
{
    std::vector<double> v;
    for (const Figures &f : runs)
        if (f.contains(key))
            v.push_back(f.value(key));
    if (v.empty())
        return {};
    return {percentile(v, 0.5), *std::min_element(v.begin(), v.end()),
            *std::max_element(v.begin(), v.end())};
}

QString fmtMs(double v)
{
    if (v >= 100)
        return QString::number(v, 'f', 0) + QStringLiteral(" ms");
    if (v >= 10)
        return QString::number(v, 'f', 1) + QStringLiteral(" ms");
    if (v >= 1)
        return QString::number(v, 'f', 2) + QStringLiteral(" ms");
    return QString::number(v, 'f', 3) + QStringLiteral(" ms");
}

QString fmtMiB(double kib)
{
    return QString::number(kib / 1024.0, 'f', 1) + QStringLiteral(" MiB");
}

QString fmtRatio(double a, double b)
{
    if (b <= 0)
        return QStringLiteral("-");
    const double r = a / b;
    return r >= 100    ? QString::number(r, 'f', 0) + QStringLiteral("x")
           : r >= 0.01 ? QString::number(r, 'f', 2) + QStringLiteral("x")
                       : QString::number(r, 'g', 2) + QStringLiteral("x");
}

void row(const QString &figure, const QString &cove, const QString &range, const QString &ref,
         const QString &ratio, const QString &target, const QString &met)
{
    std::printf("| %s | %s | %s | %s | %s | %s | %s |\n", qUtf8Printable(figure),
                qUtf8Printable(cove), qUtf8Printable(range), qUtf8Printable(ref),
                qUtf8Printable(ratio), qUtf8Printable(target), qUtf8Printable(met));
}

QString rangeMs(const Stat &s)
{
    return fmtMs(s.min) + QStringLiteral(" – ") + fmtMs(s.max);
}

int orchestrate(const Options &o, int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString dataDir =
        o.dataDir.isEmpty()
            ? QDir(QCoreApplication::applicationDirPath() + QStringLiteral("/../bench-data"))
                  .absolutePath()
            : QDir(o.dataDir).absolutePath();
    const QString cacheDir =
        dataDir + QStringLiteral("/ui-%1-%2").arg(o.messages).arg(o.conversations);
    auto marker = readMarker(cacheDir);
    const bool fits = marker.value(QStringLiteral("version")).toInt() == kDataVersion &&
                      marker.value(QStringLiteral("messages")).toLongLong() == o.messages &&
                      marker.value(QStringLiteral("conversations")).toInt() == o.conversations &&
                      QFileInfo::exists(keyPathOf(cacheDir));
    bool generated = false;
    if (o.regenerate || !fits) {
        std::fprintf(stderr, "bench_ui: generating %lld messages in %d conversations into %s\n",
                     static_cast<long long>(o.messages), o.conversations, qUtf8Printable(cacheDir));
        (void)runChild({QStringLiteral("--child"), QStringLiteral("generate"),
                        QStringLiteral("--dir"), cacheDir, QStringLiteral("--messages"),
                        QString::number(o.messages), QStringLiteral("--conversations"),
                        QString::number(o.conversations)});
        marker = readMarker(cacheDir);
        if (marker.value(QStringLiteral("version")).toInt() != kDataVersion)
            die("generation left no marker in", cacheDir);
        generated = true;
    }
    const QString big = marker.value(QStringLiteral("big"));
    const QString small = marker.value(QStringLiteral("small"));
    const QString dbPath = storage::Profile::databasePath(profileDirOf(cacheDir));
    auto evict = [&] {
        if (!o.cold)
            return;
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            evictFromPageCache(dbPath + suffix);
        evictFromPageCache(storage::Profile::keyFilePath(profileDirOf(cacheDir)));
    };

    const QStringList common = {QStringLiteral("--dir"),        cacheDir,
                                QStringLiteral("--big"),        big,
                                QStringLiteral("--small"),      small,
                                QStringLiteral("--pages"),      QString::number(o.pages),
                                QStringLiteral("--page-pause"), QString::number(o.pagePauseMs)};
    std::vector<Figures> refs;
    std::vector<Figures> uis;
    for (int r = 0; r < o.runs; ++r) {
        evict();
        refs.push_back(
            runChild(QStringList{QStringLiteral("--child"), QStringLiteral("reference")} + common));
        evict();
        QStringList uiArgs = QStringList{QStringLiteral("--child"), QStringLiteral("ui")} + common;
        if (!o.csv.isEmpty())
            uiArgs +=
                QStringList{QStringLiteral("--csv"), r == 0 ? o.csv : o.csv + QString::number(r)};
        uis.push_back(runChild(uiArgs));
        std::fprintf(stderr, "bench_ui: run %d of %d done\n", r + 1, o.runs);
    }
    Figures diag;
    Figures diagCached;
    if (o.diagnose) {
        diag = runChild(QStringList{QStringLiteral("--child"), QStringLiteral("ui")} + common +
                        QStringList{QStringLiteral("--diagnose")});
        diagCached =
            runChild(QStringList{QStringLiteral("--child"), QStringLiteral("ui")} + common +
                     QStringList{QStringLiteral("--diagnose"), QStringLiteral("--cache-heights")});
    }

    auto ui = [&](const char *k) { return statOf(uis, QString::fromLatin1(k)); };
    auto ref = [&](const char *k) { return statOf(refs, QString::fromLatin1(k)); };
    auto met = [](bool ok) { return ok ? QStringLiteral("met") : QStringLiteral("**missed**"); };

    std::printf("\nbench_ui: %lld messages in the big conversation, %d conversations; "
                "%s file cache; median of %d runs (each figure in a fresh process)\n",
                static_cast<long long>(o.messages), o.conversations,
                o.cold ? "cold (profile evicted before each process)" : "warm", o.runs);
    std::printf("profile: %s (%.0f MiB)\n", qUtf8Printable(cacheDir),
                marker.value(QStringLiteral("dbBytes")).toDouble() / 1048576.0);
    std::printf("generation%s: %s s in all; the big conversation at %s msg/s, the small ones "
                "at %s msg/s\n\n",
                generated ? " (this run)" : " (cached, from its run)",
                qUtf8Printable(marker.value(QStringLiteral("genSeconds"))),
                qUtf8Printable(marker.value(QStringLiteral("bigRate"))),
                qUtf8Printable(marker.value(QStringLiteral("smallRate"))));

    std::printf("| figure | Cove | range over runs | reference | ratio | target | |\n");
    std::printf("|---|---:|---:|---:|---:|---|---|\n");
    const Stat inter = ui("ui.interactiveSpawnMs");
    const Stat refStart = ref("ref.startSpawnMs");
    row(QStringLiteral("start → interactive window, from process start"), fmtMs(inter.median),
        rangeMs(inter), fmtMs(refStart.median) + QStringLiteral(" (start → unlocked, no UI)"),
        fmtRatio(inter.median, refStart.median), QStringLiteral("< 1 s"),
        met(inter.median < kTargetInteractiveMs));
    const Stat interMain = ui("ui.interactiveMainMs");
    const Stat unlockIn = ui("ui.unlockMs");
    row(QStringLiteral("start → interactive window, from main()"), fmtMs(interMain.median),
        rangeMs(interMain),
        fmtMs(unlockIn.median) + QStringLiteral(" (Profile + Account::open in it)"),
        fmtRatio(interMain.median, unlockIn.median), QString(), QString());
    const Stat openCold = ui("ui.openMs");
    const Stat refCold = ref("ref.newestColdMs");
    row(QStringLiteral("open the big conversation (first open)"), fmtMs(openCold.median),
        rangeMs(openCold), fmtMs(refCold.median) + QStringLiteral(" (newestPage 50, first)"),
        fmtRatio(openCold.median, refCold.median), QStringLiteral("< 100 ms"),
        met(openCold.median < kTargetOpenMs));
    row(QStringLiteral("… against Signal Desktop"), fmtMs(openCold.median), QString(),
        QStringLiteral("10,000 ms (reported 10-22 s)"),
        fmtRatio(openCold.median, kSignalDesktopOpenMs) + QStringLiteral(" (") +
            QString::number(kSignalDesktopOpenMs / std::max(1e-9, openCold.median), 'f', 0) +
            QStringLiteral("x faster)"),
        QString(), QString());
    const Stat openWarm = ui("ui.openWarmMs");
    const Stat refWarm = ref("ref.newestWarmMs");
    row(QStringLiteral("open the big conversation again (p50 of 10)"), fmtMs(openWarm.median),
        rangeMs(openWarm), fmtMs(refWarm.median) + QStringLiteral(" (newestPage 50, warm)"),
        fmtRatio(openWarm.median, refWarm.median), QStringLiteral("< 100 ms"),
        met(openWarm.median < kTargetOpenMs));
    const Stat pageP50 = ui("ui.pageP50Ms");
    const Stat pageP95 = ui("ui.pageP95Ms");
    const Stat pageMax = ui("ui.pageMaxMs");
    const Stat refP50 = ref("ref.olderP50Ms");
    const Stat refP95 = ref("ref.olderP95Ms");
    const Stat refMax = ref("ref.olderMaxMs");
    const QString pagesNote = QStringLiteral(" over %1 pages").arg(ui("ui.pages").median);
    row(QStringLiteral("older page, p50") + pagesNote, fmtMs(pageP50.median), rangeMs(pageP50),
        fmtMs(refP50.median) + QStringLiteral(" (olderPage 50)"),
        fmtRatio(pageP50.median, refP50.median), QStringLiteral("< 8 ms each"),
        met(pageP50.median < kTargetPageMs));
    row(QStringLiteral("older page, p95"), fmtMs(pageP95.median), rangeMs(pageP95),
        fmtMs(refP95.median), fmtRatio(pageP95.median, refP95.median),
        QStringLiteral("< 8 ms each"), met(pageP95.median < kTargetPageMs));
    row(QStringLiteral("older page, max"), fmtMs(pageMax.median), rangeMs(pageMax),
        fmtMs(refMax.median), fmtRatio(pageMax.median, refMax.median),
        QStringLiteral("< 8 ms each"), met(pageMax.median < kTargetPageMs));
    if (ui("ui.pagePauseMs").median > 0) {
        const Stat burstP50 = ui("ui.burstP50Ms");
        const Stat burstMax = ui("ui.burstMaxMs");
        row(QStringLiteral("older page, %1 pages back to back (no idle time to read ahead), p50")
                .arg(ui("ui.burstPages").median),
            fmtMs(burstP50.median), rangeMs(burstP50), fmtMs(refP50.median),
            fmtRatio(burstP50.median, refP50.median), QString(), QString());
        row(QStringLiteral("older page, back to back, max"), fmtMs(burstMax.median),
            rangeMs(burstMax), fmtMs(refMax.median), fmtRatio(burstMax.median, refMax.median),
            QString(), QString());
    }
    const Stat rss = ui("ui.rssKiB");
    const Stat refRss = ref("ref.rssKiB");
    row(QStringLiteral("resident memory after %1 messages scrolled")
            .arg(ui("ui.pageRowsLoaded").median),
        fmtMiB(rss.median), fmtMiB(rss.min) + QStringLiteral(" – ") + fmtMiB(rss.max),
        fmtMiB(refRss.median) + QStringLiteral(" (the same rows held, no UI)"),
        fmtRatio(rss.median, refRss.median), QStringLiteral("< 200 MB"),
        met(rss.median / 1024.0 * 1.048576 < kTargetRssMiB));

    std::printf("\nWhere the time goes (medians):\n");
    std::printf("  before main() %s (kernel's count: %s); QApplication + theme %s; unlock %s; "
                "Session::open %s;\n  MainWindow constructed %s (both conversation lists read: "
                "bare storage %s, reload both again %s);\n  show → first paint %s; "
                "conversation list %g chats + %g requests; active window: %s\n",
                qUtf8Printable(fmtMs(ui("ui.preMainMs").median)),
                qUtf8Printable(fmtMs(ui("ui.preMainProcMs").median)),
                qUtf8Printable(fmtMs(ui("ui.appMs").median)),
                qUtf8Printable(fmtMs(ui("ui.unlockMs").median)),
                qUtf8Printable(fmtMs(ui("ui.sessionMs").median)),
                qUtf8Printable(fmtMs(ui("ui.windowMs").median)),
                qUtf8Printable(fmtMs(ref("ref.listsMs").median)),
                qUtf8Printable(fmtMs(ui("ui.listsReloadMs").median)),
                qUtf8Printable(fmtMs(ui("ui.showPaintMs").median)), ui("ui.chatRows").median,
                ui("ui.requestRows").median, ui("ui.activeWindow").median > 0 ? "yes" : "no");
    std::printf("  open: openConversation() %s, then paint; rows after open %g; warm "
                "openConversation() %s, of which Messenger::pendingIdentityChanges() %s\n",
                qUtf8Printable(fmtMs(ui("ui.openCallMs").median)), ui("ui.openRows").median,
                qUtf8Printable(fmtMs(ui("ui.openWarmCallMs").median)),
                qUtf8Printable(fmtMs(ui("ui.pendingIdentityChangesMs").median)));
    std::printf("  after the open, within 1.5 s: longest freeze %s (busy %s), %g model reset(s), "
                "%g list reload(s); bare markConversationRead %s;\n  longest freeze within 1 s "
                "of start-up %s, within 1.5 s after the warm opens %s\n",
                qUtf8Printable(fmtMs(ui("ui.stallAfterOpenMs").median)),
                qUtf8Printable(fmtMs(ui("ui.busyAfterOpenMs").median)),
                ui("ui.resetsAfterOpen").median, ui("ui.listReloadsAfterOpen").median,
                qUtf8Printable(fmtMs(ref("ref.markReadMs").median)),
                qUtf8Printable(fmtMs(ui("ui.stallAfterStartMs").median)),
                qUtf8Printable(fmtMs(ui("ui.stallAfterWarmMs").median)));
    std::printf("  conversationChanged for the open conversation with %g rows loaded: %s "
                "(%s synchronous, %g model reset, %s), then %g rows\n",
                ui("ui.rowsHeld").median, qUtf8Printable(fmtMs(ui("ui.changedMs").median)),
                qUtf8Printable(fmtMs(ui("ui.changedCallMs").median)), ui("ui.changedResets").median,
                ui("ui.changedRepainted").median > 0 ? "repainted" : "nothing repainted",
                ui("ui.changedRows").median);
    if (ui("ui.pagePauseMs").median > 0)
        std::printf("  older pages %.0f ms apart (the person scrolling through each page): the "
                    "longest event-loop turn in a pause, where the next page is read and "
                    "measured ahead, p50 %s, max %s\n",
                    ui("ui.pagePauseMs").median,
                    qUtf8Printable(fmtMs(ui("ui.pauseTurnP50Ms").median)),
                    qUtf8Printable(fmtMs(ui("ui.pauseTurnMaxMs").median)));
    std::printf(
        "  the slowest older page (medians over runs): %s, of which on the CPU %s, waiting for a "
        "CPU %s (preempted %.0f times), the rest neither (blocked, or the VM's host "
        "running something else); %.0f page faults\n",
        qUtf8Printable(fmtMs(ui("ui.pageMaxMs").median)),
        qUtf8Printable(fmtMs(ui("ui.slowPageCpuMs").median)),
        qUtf8Printable(fmtMs(ui("ui.slowPageWaitingMs").median)), ui("ui.slowPagePreempted").median,
        ui("ui.slowPageFaults").median);
    std::printf("  older page (p50): fetch %s, insert rows %s, layout + scroll %s, paint %s\n",
                qUtf8Printable(fmtMs(ui("ui.fetchP50Ms").median)),
                qUtf8Printable(fmtMs(ui("ui.insertP50Ms").median)),
                qUtf8Printable(fmtMs(ui("ui.layoutP50Ms").median)),
                qUtf8Printable(fmtMs(ui("ui.paintP50Ms").median)));
    std::printf("  older page, mean of the first 10 → last 10: total %s → %s, layout %s → %s, "
                "paint %s → %s; bare olderPage %s → %s\n",
                qUtf8Printable(fmtMs(ui("ui.pageFirst10Ms").median)),
                qUtf8Printable(fmtMs(ui("ui.pageLast10Ms").median)),
                qUtf8Printable(fmtMs(ui("ui.layoutFirst10Ms").median)),
                qUtf8Printable(fmtMs(ui("ui.layoutLast10Ms").median)),
                qUtf8Printable(fmtMs(ui("ui.pagePaintFirst10Ms").median)),
                qUtf8Printable(fmtMs(ui("ui.pagePaintLast10Ms").median)),
                qUtf8Printable(fmtMs(ref("ref.olderFirst10Ms").median)),
                qUtf8Printable(fmtMs(ref("ref.olderLast10Ms").median)));
    std::printf("  memory: RSS at interactive %s, after opening %s, after scrolling %s "
                "(anonymous %s, file-backed %s, peak %s, malloc in use %s; reference heap %s)\n",
                qUtf8Printable(fmtMiB(ui("ui.rssInteractiveKiB").median)),
                qUtf8Printable(fmtMiB(ui("ui.rssOpenKiB").median)),
                qUtf8Printable(fmtMiB(ui("ui.rssKiB").median)),
                qUtf8Printable(fmtMiB(ui("ui.rssAnonKiB").median)),
                qUtf8Printable(fmtMiB(ui("ui.rssFileKiB").median)),
                qUtf8Printable(fmtMiB(ui("ui.hwmKiB").median)),
                qUtf8Printable(fmtMiB(ui("ui.heapKiB").median)),
                qUtf8Printable(fmtMiB(ref("ref.heapKiB").median)));
    if (o.diagnose) {
        std::printf("  --diagnose (one more run, delegate wrapped): sizeHint calls per page "
                    "%.0f (first 10) → %.0f (last 10), %.1f µs each, %s → %s per page;\n"
                    "  %g paints, %.1f µs each\n",
                    diag.value(QStringLiteral("diag.hintsFirst10")),
                    diag.value(QStringLiteral("diag.hintsLast10")),
                    diag.value(QStringLiteral("diag.usPerHint")),
                    qUtf8Printable(fmtMs(diag.value(QStringLiteral("diag.hintMsFirst10")))),
                    qUtf8Printable(fmtMs(diag.value(QStringLiteral("diag.hintMsLast10")))),
                    diag.value(QStringLiteral("diag.paints")),
                    diag.value(QStringLiteral("diag.usPerPaint")));
        auto d = [&](const char *k) { return diagCached.value(QString::fromLatin1(k)); };
        std::printf(
            "  --diagnose with each message's size cached by row id (what a height cache "
            "in MessageDelegate would give):\n  older page p50 %s, p95 %s, max %s; "
            "first 10 → last 10: %s → %s (layout %s → %s); sizeHint %.2f µs per call\n",
            qUtf8Printable(fmtMs(d("ui.pageP50Ms"))), qUtf8Printable(fmtMs(d("ui.pageP95Ms"))),
            qUtf8Printable(fmtMs(d("ui.pageMaxMs"))), qUtf8Printable(fmtMs(d("ui.pageFirst10Ms"))),
            qUtf8Printable(fmtMs(d("ui.pageLast10Ms"))),
            qUtf8Printable(fmtMs(d("ui.layoutFirst10Ms"))),
            qUtf8Printable(fmtMs(d("ui.layoutLast10Ms"))), d("diag.usPerHint"));
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    const auto mainEntry = Clock::now();
    const double bootAtMain = bootTimeSec();
    const Options o = parseOptions(argc, argv);
    if (o.child == QLatin1String("generate"))
        return generateChild(o, argc, argv);
    if (o.child == QLatin1String("reference"))
        return referenceChild(o, mainEntry, bootAtMain, argc, argv);
    if (o.child == QLatin1String("ui"))
        return uiChild(o, mainEntry, bootAtMain, argc, argv);
    if (!o.child.isEmpty())
        die("unknown child", o.child);
    return orchestrate(o, argc, argv);
}
