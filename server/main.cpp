// SPDX-License-Identifier: GPL-3.0-or-later
// cove-relay: the relay server.
//
//   cove-relay --listen 127.0.0.1:PORT --data DIR [--cert FILE --key FILE]
//              [--envelope-ttl-days N] [--attachment-ttl-days N]
//              [--max-attachment-mib N] [--no-rate-limits]
//
// Prints "cove-relay listening on HOST:PORT" and "franking public key: HEX"
// to standard output once it serves; logs go to standard error. SIGINT and
// SIGTERM store what is pending, close the database and exit 0.

#include "RelayKeys.h"
#include "RelayLog.h"
#include "RelayServer.h"
#include "SqliteRelayStorage.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>
#include <QSocketNotifier>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>

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
};

int g_signalFds[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    // Only async-signal-safe calls here: the event loop does the rest.
    [[maybe_unused]] const ssize_t n = ::write(g_signalFds[0], &byte, 1);
}

bool installSignalHandlers()
{
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, g_signalFds) != 0)
        return false;
    struct sigaction sa = {};
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    if (::sigaction(SIGINT, &sa, nullptr) != 0 || ::sigaction(SIGTERM, &sa, nullptr) != 0)
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

} // namespace

int main(int argc, char **argv)
{
    // Qt's own UNIX event dispatcher costs less per socket event than the
    // GLib one, and a relay is nothing but socket events.
    if (!qEnvironmentVariableIsSet("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("cove-relay"));
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Cove's relay server"));
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
    secrets->databaseKey.clear();
    if (!config.rateLimits)
        qCWarning(relay::lcRelay) << "rate limits are off";

    const QByteArray frankingHex = secrets->franking.publicKey.toHex();
    relay::RelayServer server(config, std::move(*storage), std::move(secrets->franking));
    if (tls)
        server.setSslConfiguration(*tls);
    const quint16 bound = server.listen(address, port);
    if (bound == 0)
        fail(kExitListen, QStringLiteral("cannot listen: ") + server.errorString());

    QSocketNotifier notifier(g_signalFds[1], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &app, [&] {
        char byte = 0;
        [[maybe_unused]] const ssize_t n = ::read(g_signalFds[1], &byte, 1);
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
    std::fflush(stdout);

    const int rc = app.exec();
    server.shutdown();
    return rc;
}
