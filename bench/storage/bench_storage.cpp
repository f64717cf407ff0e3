// SPDX-License-Identifier: GPL-3.0-or-later
// bench_storage: the encrypted store against the same schema and queries on
// plain SQLite (the same SQLCipher library, no key), side by side in one run.
//
// Each (variant, size) runs in its own child process so that neither page
// cache nor allocator state carries over. "Cold" means a fresh connection
// (SQLite's page cache empty, the key applied, the schema read); the
// operating system's file cache is not dropped.
//
// usage: bench_storage [--sizes 10000,100000,1000000]
//        bench_storage --child keyed|plain --size N --dir DIR   (internal)

#include "Crypto.h"
#include "Messages.h"
#include "Migrations.h"
#include "ProtocolStore.h"
#include "Sqlite.h"
#include "Store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <map>
#include <vector>

using namespace cove;
using Clock = std::chrono::steady_clock;

namespace {

constexpr qint64 kConversation = 1;
constexpr int kPage = 50;

[[noreturn]] void die(const char *what, const QString &detail = {})
{
    std::fprintf(stderr, "bench_storage: %s %s\n", what, qUtf8Printable(detail));
    std::exit(1);
}

double ms(Clock::duration d)
{
    return std::chrono::duration<double, std::milli>(d).count();
}

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, std::size_t(double(v.size()) * p))];
}

/// A deterministic vocabulary, so bodies look like text to the tokenizer.
const QStringList &vocabulary()
{
    static const QStringList words = [] {
        static const char *const syllables[] = {"ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo",
                                                "ze", "pa", "qu", "ri", "do", "fe", "gu", "ha"};
        QStringList out;
        for (int a = 0; a < 16; ++a)
            for (int b = 0; b < 16; ++b)
                for (int c = 0; c < 16; ++c)
                    out.append(QLatin1String(syllables[a]) + QLatin1String(syllables[b]) +
                               QLatin1String(syllables[c]));
        return out;
    }();
    return words;
}

QString body(QRandomGenerator &rng)
{
    const QStringList &words = vocabulary();
    QString out;
    const int n = 6 + int(rng.bounded(14));
    for (int i = 0; i < n; ++i) {
        if (i)
            out += QLatin1Char(' ');
        out += words.at(int(rng.bounded(qsizetype(words.size()))));
    }
    return out;
}

storage::StoredMessage makeMessage(QRandomGenerator &rng, qint64 i)
{
    storage::StoredMessage m;
    m.messageId = protocol::crypto::randomByteArray(16);
    m.conversationId = kConversation;
    m.senderId = (i % 2) ? QStringLiteral("alice") : QStringLiteral("bob");
    m.direction = (i % 2) ? storage::Direction::Incoming : storage::Direction::Outgoing;
    m.status = (i % 2) ? storage::MessageStatus::Received : storage::MessageStatus::Delivered;
    m.sentAt = 1'700'000'000'000 + i * 1000;
    m.serverAt = m.sentAt + 20;
    m.receivedAt = m.sentAt + 40;
    m.body = body(rng);
    m.frankingKey = QByteArray(32, 'k');
    m.commitment = QByteArray(32, 'c');
    return m;
}

/// Opens the bench database: keyed through the Store (the app's own path),
/// or plain with the same page size, pragmas and schema.
struct Opened {
    std::unique_ptr<storage::Store> store; // keyed
    std::unique_ptr<sqlite::Database> plain;
    sqlite::Database &db() { return store ? store->db() : *plain; }
};

Opened openDb(bool keyed, const QString &path, const QByteArray &key, bool create)
{
    Opened o;
    if (keyed) {
        auto s = storage::Store::open(path, key,
                                      create ? storage::Store::Intent::CreateNew
                                             : storage::Store::Intent::OpenExisting);
        if (!s)
            die("open keyed", s.error().detail);
        o.store = std::move(*s);
        return o;
    }
    auto d = sqlite::Database::open(path, create ? sqlite::Database::OpenMode::ReadWriteCreate
                                                 : sqlite::Database::OpenMode::ReadWrite);
    if (!d)
        die("open plain", d.error().message);
    o.plain = std::make_unique<sqlite::Database>(std::move(*d));
    for (const char *p :
         {"PRAGMA page_size = 4096", "PRAGMA foreign_keys = ON", "PRAGMA cache_size = -16384",
          "PRAGMA secure_delete = ON", "PRAGMA temp_store = MEMORY", "PRAGMA journal_mode = WAL",
          "PRAGMA synchronous = NORMAL"}) {
        if (!o.plain->exec(p))
            die("pragma");
    }
    if (!o.plain->queryInt("SELECT count(*) FROM sqlite_master"))
        die("read schema");
    if (!storage::migrate(*o.plain))
        die("migrate plain");
    return o;
}

std::map<QString, double> runChild(bool keyed, qint64 size, const QString &dir)
{
    std::map<QString, double> r;
    const QString path = dir + QStringLiteral("/bench.db");
    const QByteArray key = protocol::crypto::randomByteArray(32);
    QRandomGenerator rng(42);

    // Bulk insert: the whole history, 1,000 messages per transaction.
    {
        Opened o = openDb(keyed, path, key, true);
        if (!o.db().exec(
                "INSERT INTO conversations (id, kind, peer_id, created_at, last_activity_at) "
                "VALUES (1, 1, 'alice', 1, 1)"))
            die("conversation");
        storage::MessageRepository repo(o.db());
        const auto t0 = Clock::now();
        for (qint64 i = 0; i < size;) {
            auto tx = sqlite::Transaction::begin(o.db());
            if (!tx)
                die("begin");
            for (int k = 0; k < 1000 && i < size; ++k, ++i) {
                if (!repo.insert(makeMessage(rng, i)))
                    die("insert");
            }
            if (!tx->commit())
                die("commit");
        }
        r[QStringLiteral("bulk_per_s")] = double(size) / (ms(Clock::now() - t0) / 1000.0);
        if (o.store && !o.store->checkpoint())
            die("checkpoint");
        if (o.plain && !o.plain->exec("PRAGMA wal_checkpoint(TRUNCATE)"))
            die("checkpoint");
    }

    // Open time with the raw key (no passphrase derivation), fresh connections.
    {
        std::vector<double> opens;
        for (int i = 0; i < 20; ++i) {
            const auto t0 = Clock::now();
            Opened o = openDb(keyed, path, key, false);
            opens.push_back(ms(Clock::now() - t0));
        }
        r[QStringLiteral("open_ms")] = percentile(opens, 0.5);
    }

    Opened o = openDb(keyed, path, key, false);
    storage::MessageRepository repo(o.db());

    // Newest page, cold: the first query on a fresh connection.
    {
        std::vector<double> cold;
        for (int i = 0; i < 10; ++i) {
            Opened fresh = openDb(keyed, path, key, false);
            storage::MessageRepository freshRepo(fresh.db());
            const auto t0 = Clock::now();
            auto page = freshRepo.newestPage(kConversation, kPage);
            cold.push_back(ms(Clock::now() - t0));
            if (!page || page->messages.size() != std::min<qint64>(kPage, size))
                die("newest page");
        }
        r[QStringLiteral("newest_cold_ms")] = percentile(cold, 0.5);
    }
    // Newest page, warm; then walking back through older pages.
    qint64 oldest = 0;
    {
        std::vector<double> warm;
        for (int i = 0; i < 200; ++i) {
            const auto t0 = Clock::now();
            auto page = repo.newestPage(kConversation, kPage);
            warm.push_back(ms(Clock::now() - t0));
            if (!page)
                die("newest page");
            oldest = page->messages.first().rowId;
        }
        r[QStringLiteral("newest_warm_ms")] = percentile(warm, 0.5);
        std::vector<double> older;
        for (int i = 0; i < 200; ++i) {
            const auto t0 = Clock::now();
            auto page = repo.olderPage(kConversation, oldest, kPage);
            older.push_back(ms(Clock::now() - t0));
            if (!page || page->messages.isEmpty())
                break;
            oldest = page->messages.first().rowId;
        }
        r[QStringLiteral("older_page_ms")] = percentile(older, 0.5);
    }

    // Full-text search: one or two words, first page of 50.
    {
        std::vector<double> q;
        QRandomGenerator qrng(7);
        const QStringList &words = vocabulary();
        for (int i = 0; i < 200; ++i) {
            QString text = words.at(int(qrng.bounded(qsizetype(words.size()))));
            if (i % 2)
                text += QLatin1Char(' ') + words.at(int(qrng.bounded(qsizetype(words.size()))));
            const auto t0 = Clock::now();
            auto page = repo.search(text, kPage);
            q.push_back(ms(Clock::now() - t0));
            if (!page)
                die("search");
        }
        r[QStringLiteral("fts_p50_ms")] = percentile(q, 0.5);
        r[QStringLiteral("fts_p95_ms")] = percentile(q, 0.95);
    }

    // Persisted receive: one message and its session update per transaction,
    // as receiveAtomically() commits them. NORMAL: the commit survives a
    // killed process. FULL: every commit also survives a power cut. BATCH:
    // NORMAL, plus one fsync of the WAL every 50 messages (Store::syncToDisk)
    // before acknowledging them to the relay, which is what Cove does.
    storage::ProtocolStore protocolStore(o.db());
    const QByteArray session = protocol::crypto::randomByteArray(1600); // a typical record
    struct Mode {
        const char *name;
        const char *sync;
        int syncEvery;
    };
    for (const Mode mode :
         {Mode{"normal", "NORMAL", 0}, Mode{"full", "FULL", 0}, Mode{"batch", "NORMAL", 50}}) {
        if (!o.db().exec(QByteArray(QByteArray("PRAGMA synchronous = ") + mode.sync)))
            die("synchronous");
        std::vector<double> commits;
        const auto start = Clock::now();
        for (int i = 0; i < 1000; ++i) {
            const auto t0 = Clock::now();
            auto tx = sqlite::Transaction::begin(o.db());
            if (!tx || !repo.insert(makeMessage(rng, size + i)) ||
                !protocolStore.storeSession({QByteArrayLiteral("alice"), 1}, session) ||
                !tx->commit())
                die("receive transaction");
            if (mode.syncEvery && (i + 1) % mode.syncEvery == 0) {
                if (!storage::syncToDisk(o.db()))
                    die("sync");
            }
            commits.push_back(ms(Clock::now() - t0));
        }
        const QString s = QString::fromLatin1(mode.name);
        r[QStringLiteral("receive_%1_per_s").arg(s)] = 1000.0 / (ms(Clock::now() - start) / 1000.0);
        r[QStringLiteral("receive_%1_p50_ms").arg(s)] = percentile(commits, 0.5);
        r[QStringLiteral("receive_%1_p99_ms").arg(s)] = percentile(commits, 0.99);
        size += 1000;
    }
    QFileInfo info(path);
    r[QStringLiteral("file_mb")] = double(info.size()) / (1024.0 * 1024.0);
    return r;
}

std::map<QString, double> spawn(const QString &self, bool keyed, qint64 size)
{
    QTemporaryDir dir;
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(self,
            {QStringLiteral("--child"), keyed ? QStringLiteral("keyed") : QStringLiteral("plain"),
             QStringLiteral("--size"), QString::number(size), QStringLiteral("--dir"), dir.path()});
    if (!p.waitForFinished(-1) || p.exitCode() != 0)
        die("child failed");
    std::map<QString, double> r;
    for (const QByteArray &line : p.readAllStandardOutput().split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (eq > 0)
            r[QString::fromLatin1(line.left(eq))] = line.mid(eq + 1).toDouble();
    }
    return r;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() >= 7 && args.at(1) == QLatin1String("--child")) {
        const auto r =
            runChild(args.at(2) == QLatin1String("keyed"), args.at(4).toLongLong(), args.at(6));
        for (const auto &[k, v] : r)
            std::printf("%s=%.6f\n", qUtf8Printable(k), v);
        return 0;
    }
    QList<qint64> sizes = {10'000, 100'000, 1'000'000};
    if (const qsizetype i = args.indexOf(QStringLiteral("--sizes")); i > 0 && i + 1 < args.size()) {
        sizes.clear();
        for (const QString &s : args.at(i + 1).split(QLatin1Char(',')))
            sizes.append(s.toLongLong());
    }

    std::printf("bench_storage: SQLCipher %s (keyed, raw key) vs the same library without a key\n",
                "3.4.1");
    std::printf("(each size and variant in a fresh process; times are p50 unless marked)\n\n");
    struct Row {
        const char *key;
        const char *label;
        bool higherIsBetter;
        double limit; // the ratio target keyed/plain, 0 for none
    };
    const Row rows[] = {
        {"bulk_per_s", "bulk insert (messages/s)", true, 1.2},
        {"newest_cold_ms", "newest 50, cold (ms)", false, 1.2},
        {"newest_warm_ms", "newest 50, warm (ms)", false, 1.2},
        {"older_page_ms", "older page of 50 (ms)", false, 1.2},
        {"fts_p50_ms", "FTS query p50 (ms)", false, 0},
        {"fts_p95_ms", "FTS query p95 (ms)", false, 1.2},
        {"receive_normal_per_s", "persisted receive, NORMAL (msg/s)", true, 0},
        {"receive_normal_p50_ms", "  per commit p50 (ms)", false, 1.5},
        {"receive_normal_p99_ms", "  per commit p99 (ms)", false, 0},
        {"receive_full_per_s", "persisted receive, FULL (msg/s)", true, 0},
        {"receive_full_p50_ms", "  per commit p50 (ms)", false, 1.5},
        {"receive_full_p99_ms", "  per commit p99 (ms)", false, 0},
        {"receive_batch_per_s", "persisted receive, NORMAL+sync/50 (msg/s)", true, 0},
        {"receive_batch_p50_ms", "  per commit p50 (ms)", false, 0},
        {"receive_batch_p99_ms", "  per commit p99 (ms)", false, 0},
        {"open_ms", "open with raw key (ms)", false, 0},
        {"file_mb", "database file (MiB)", false, 0},
    };
    std::map<qint64, std::map<QString, double>> keyedBySize;
    for (qint64 size : sizes) {
        const auto keyed = spawn(args.at(0), true, size);
        const auto plain = spawn(args.at(0), false, size);
        keyedBySize[size] = keyed;
        std::printf("%lld messages in one conversation\n", static_cast<long long>(size));
        std::printf("  %-42s %12s %12s %8s\n", "", "SQLCipher", "plain", "ratio");
        for (const Row &row : rows) {
            const double k = keyed.at(QString::fromLatin1(row.key));
            const double p = plain.at(QString::fromLatin1(row.key));
            // The ratio is always "how much worse encrypted is": >1 means slower.
            const double ratio = row.higherIsBetter ? p / k : k / p;
            std::printf("  %-42s %12.3f %12.3f %7.2fx%s\n", row.label, k, p, ratio,
                        row.limit > 0 ? (ratio <= row.limit ? "  ok" : "  ABOVE TARGET") : "");
        }
        std::printf("\n");
    }
    if (sizes.size() > 1) {
        const auto &small = keyedBySize[sizes.first()];
        const auto &big = keyedBySize[sizes.last()];
        std::printf("scaling, SQLCipher, %lld vs %lld messages:\n",
                    static_cast<long long>(sizes.last()), static_cast<long long>(sizes.first()));
        for (const char *k : {"newest_cold_ms", "newest_warm_ms", "older_page_ms"}) {
            const double ratio = big.at(QString::fromLatin1(k)) / small.at(QString::fromLatin1(k));
            std::printf("  %-20s %7.2fx%s\n", k, ratio,
                        ratio <= 1.5 ? "  ok" : "  ABOVE TARGET (1.5x)");
        }
    }
    return 0;
}
