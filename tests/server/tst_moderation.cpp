// SPDX-License-Identifier: GPL-3.0-or-later
// The moderation service inside cove-relay: real reports built from
// messages really sent through the relay (so the franking tags are the
// relay's own), sealed to the relay's moderation key and submitted over
// loopback WebSocket; forged reports; the queue's order; duplicates,
// throttling and idempotency; decisions, bans, reviews and the updates that
// tell people; transparency figures; the moderation key of an old data
// directory; and the `cove-relay mod` console as a separate process working
// next to the running relay.

#include "Content.h"
#include "CoveId.h"
#include "Crypto.h"
#include "Franking.h"
#include "Guardian.h"
#include "ModerationDesk.h"
#include "RelayKeys.h"
#include "RelayServer.h"
#include "RelayTestClient.h"
#include "Report.h"
#include "SqliteRelayStorage.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <sys/stat.h>

using namespace cove;
using namespace cove::relay;
using cove::protocol::Frame;
using cove::protocol::FrameType;
using cove::protocol::Verification;
using cove::protocol::WireError;
using cove::test::errorCode;
using cove::test::RelayTestClient;
namespace wire = cove::protocol::wire;
using wire::ModerationAction;
using wire::ModerationUpdate;
using wire::ReportProgress;

namespace {

RelayConfig testConfig()
{
    RelayConfig config;
    config.moderationSweepMs = 50;
    config.suspendedGraceMs = 2000;
    return config;
}

/// A relay on 127.0.0.1 with a fresh data directory and (by default) the
/// moderation service. openDesk() opens moderation.db a second time, as
/// `cove-relay mod` or the moderation desk window would.
struct Relay {
    QTemporaryDir dir;
    protocol::SecureBuffer databaseKey;
    QByteArray frankingPublicKey;
    QByteArray moderationPublicKey;
    std::unique_ptr<RelayServer> server;
    QUrl url;

    explicit Relay(const RelayConfig &config = testConfig(), bool withModeration = true)
    {
        auto secrets = loadOrCreateSecrets(dir.path());
        if (!secrets)
            qFatal("secrets: %s", qUtf8Printable(secrets.error().detail));
        auto storage = SqliteRelayStorage::open(dir.path(), secrets->databaseKey.view(), true);
        if (!storage)
            qFatal("storage: %s", qUtf8Printable(storage.error().detail));
        databaseKey = secrets->databaseKey.clone();
        frankingPublicKey = secrets->franking.publicKey;
        moderationPublicKey = secrets->moderation.publicKey;
        std::unique_ptr<ModerationDesk> desk;
        if (withModeration) {
            auto opened = ModerationDesk::open(dir.path(), databaseKey.view(),
                                               std::move(secrets->moderation), frankingPublicKey);
            if (!opened)
                qFatal("desk: %s", qUtf8Printable(opened.error().detail));
            desk = std::move(*opened);
        }
        server = std::make_unique<RelayServer>(config, std::move(*storage),
                                               std::move(secrets->franking));
        if (desk)
            server->setModeration(std::move(desk));
        const quint16 port = server->listen(QHostAddress::LocalHost, 0);
        if (port == 0)
            qFatal("listen: %s", qUtf8Printable(server->errorString()));
        url = QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(port));
    }

    /// Another connection to moderation.db (without the moderation key).
    std::unique_ptr<ModerationDesk> openDesk() const
    {
        auto desk = ModerationDesk::open(dir.path(), databaseKey.view(), {}, frankingPublicKey);
        if (!desk)
            qFatal("desk: %s", qUtf8Printable(desk.error().detail));
        return std::move(*desk);
    }
};

std::unique_ptr<RelayTestClient> online(const Relay &relay)
{
    auto c = std::make_unique<RelayTestClient>();
    if (!c->connectAndAuthenticate(relay.url))
        return nullptr;
    if (!c->waitForType(FrameType::QueueEmpty))
        return nullptr;
    return c;
}

/// A message really sent from `from` to `to` through the relay.
struct Sent {
    protocol::Content content;
    wire::Deliver deliver;
};

std::optional<Sent> sendContent(RelayTestClient &from, RelayTestClient &to,
                                protocol::Content content)
{
    wire::Send s = RelayTestClient::makeSend(to.coveId(), QByteArrayLiteral("ciphertext"));
    s.commitment = protocol::makeOpening(content).commitment;
    if (!from.sendMessage(s))
        return std::nullopt;
    std::optional<Frame> f = to.waitForType(FrameType::Deliver);
    if (!f)
        return std::nullopt;
    auto d = wire::Deliver::fromFrame(*f);
    if (!d || d->commitment != s.commitment)
        return std::nullopt;
    to.sendFrame(wire::DeliverAck{d->envelopeId}.toFrame(0));
    return Sent{std::move(content), *d};
}

std::optional<Sent> sendText(RelayTestClient &from, RelayTestClient &to, const QString &body)
{
    return sendContent(from, to, protocol::makeContent(body));
}

/// The reported message as the recipient's device puts it into a report.
protocol::ReportedMessage evidence(const Sent &sent, const QString &recipient)
{
    protocol::ReportedMessage m;
    m.opening = protocol::makeOpening(sent.content);
    m.senderId = sent.deliver.sender;
    m.recipientId = recipient;
    m.serverTimeMs = sent.deliver.serverTimeMs;
    m.relayTag = sent.deliver.frankingTag;
    return m;
}

protocol::ReportBundle makeReport(const QString &reporter, const QString &reported,
                                  const QString &category, bool child,
                                  QList<protocol::ReportedMessage> messages,
                                  quint32 reportedIndex = 0)
{
    protocol::ReportBundle b;
    b.reporterId = reporter;
    b.reportedId = reported;
    b.category = category;
    b.involvesChild = child;
    b.createdAtMs = QDateTime::currentMSecsSinceEpoch();
    b.language = QStringLiteral("en");
    b.messages = std::move(messages);
    b.reportedIndex = reportedIndex;
    return b;
}

/// Seals and submits a report; the relay's answer.
std::optional<Frame> submit(RelayTestClient &reporter, const QByteArray &moderationKey,
                            const protocol::ReportBundle &report,
                            QByteArray clientId = protocol::crypto::randomByteArray(16))
{
    protocol::Result<QByteArray> sealed = protocol::sealReport(moderationKey, report);
    if (!sealed)
        return std::nullopt;
    return reporter.request(wire::ReportSubmit{clientId, *sealed}.toFrame(0));
}

/// Submits and returns the report id (empty on any error).
QString reportId(RelayTestClient &reporter, const QByteArray &moderationKey,
                 const protocol::ReportBundle &report)
{
    std::optional<Frame> reply = submit(reporter, moderationKey, report);
    if (!reply || reply->type != FrameType::ReportAck)
        return {};
    auto ack = wire::ReportAck::fromFrame(*reply);
    return ack ? ack->reportId : QString();
}

std::optional<ModerationUpdate> nextUpdate(RelayTestClient &c, int timeoutMs = 5000)
{
    std::optional<Frame> f = c.waitForType(FrameType::ModerationUpdate, timeoutMs);
    if (!f)
        return std::nullopt;
    auto u = ModerationUpdate::fromFrame(*f);
    if (!u)
        return std::nullopt;
    return *u;
}

void ackUpdate(RelayTestClient &c, const ModerationUpdate &u)
{
    c.sendFrame(wire::ModerationUpdateAck{u.updateId}.toFrame(0));
}

const QueueItem *findItem(const QList<QueueItem> &queue, const QString &id)
{
    for (const QueueItem &item : queue) {
        if (item.id == id)
            return &item;
    }
    return nullptr;
}

struct Console {
    int exitCode = -1;
    QString out;
    QString err;
};

Console console(const QString &dataDir, QStringList args)
{
    args << QStringLiteral("--data") << dataDir;
    QProcess p;
    p.start(QStringLiteral(COVE_RELAY_BINARY), args);
    if (!p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

class TestModeration : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // ---- Keys -------------------------------------------------------------------

    void moderationKeyCreatedForOldDataDirectory()
    {
        QTemporaryDir dir;
        QByteArray franking;
        {
            auto first = loadOrCreateSecrets(dir.path());
            QVERIFY2(first, qPrintable(first ? QString() : first.error().detail));
            QVERIFY(first->moderationKeyCreated);
            franking = first->franking.publicKey;
            auto storage = SqliteRelayStorage::open(dir.path(), first->databaseKey.view(), true);
            QVERIFY(storage);
        }
        // A relay from before the moderation service: relay.db, relay.key and
        // franking.key, but no moderation.key.
        QVERIFY(QFile::remove(moderationKeyPath(dir.path())));
        auto upgraded = loadOrCreateSecrets(dir.path());
        QVERIFY2(upgraded, qPrintable(upgraded ? QString() : upgraded.error().detail));
        QVERIFY(!upgraded->firstStart);
        QVERIFY(upgraded->moderationKeyCreated);
        QCOMPARE(upgraded->franking.publicKey, franking); // the old keys stay
        QCOMPARE(upgraded->moderation.publicKey.size(), protocol::kModerationPublicKeySize);
        const QFileInfo info(moderationKeyPath(dir.path()));
        QVERIFY(info.exists());
        QCOMPARE(info.size(), 32);
        struct stat st {};
        QCOMPARE(::stat(QFile::encodeName(info.filePath()).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, 0600u);

        // The next start loads the same key.
        auto again = loadOrCreateSecrets(dir.path());
        QVERIFY(again);
        QVERIFY(!again->moderationKeyCreated);
        QCOMPARE(again->moderation.publicKey, upgraded->moderation.publicKey);

        // A damaged moderation.key is refused, not replaced.
        QFile damaged(moderationKeyPath(dir.path()));
        QVERIFY(damaged.open(QIODevice::WriteOnly | QIODevice::Truncate));
        damaged.write("short");
        damaged.close();
        QVERIFY(!loadOrCreateSecrets(dir.path()));
    }

    void challengeCarriesModerationKey()
    {
        Relay relay;
        RelayTestClient a;
        QVERIFY(a.open(relay.url));
        auto reply = a.request(wire::Hello{a.identityKey(), a.registrationId()}.toFrame(0));
        QVERIFY(reply);
        auto challenge = wire::Challenge::fromFrame(*reply);
        QVERIFY(challenge);
        QCOMPARE(challenge->moderationPublicKey, relay.moderationPublicKey);
        QCOMPARE(relay.server->moderationPublicKey(), relay.moderationPublicKey);
    }

    void withoutModerationThereIsNoKeyAndNoIntake()
    {
        Relay relay(testConfig(), false);
        RelayTestClient a;
        QVERIFY(a.open(relay.url));
        auto reply = a.request(wire::Hello{a.identityKey(), a.registrationId()}.toFrame(0));
        QVERIFY(reply);
        QVERIFY(wire::Challenge::fromFrame(*reply)->moderationPublicKey.isEmpty());
        a.close();

        auto reporter = online(relay);
        QVERIFY(reporter);
        auto answer = reporter->request(
            wire::ReportSubmit{protocol::crypto::randomByteArray(16), QByteArray(100, 'x')}.toFrame(
                0));
        QCOMPARE(errorCode(answer), WireError::NotFound);
        auto review =
            reporter->request(wire::ReviewRequest{QStringLiteral("D-0000000000"), {}}.toFrame(0));
        QCOMPARE(errorCode(review), WireError::NotFound);
    }

    // ---- Intake ---------------------------------------------------------------

    void verifiedReportLandsInTheQueue()
    {
        Relay relay;
        auto reporter = online(relay);
        auto accused = online(relay);
        QVERIFY(reporter && accused);
        auto before = sendText(*accused, *reporter, QStringLiteral("hello"));
        auto sent = sendText(*accused, *reporter, QStringLiteral("send me photos or else"));
        QVERIFY(before && sent);

        auto report = makeReport(
            reporter->coveId(), accused->coveId(), QStringLiteral("threats"), true,
            {evidence(*before, reporter->coveId()), evidence(*sent, reporter->coveId())}, 1);
        report.comment = QStringLiteral("they keep writing");
        const QByteArray clientId = protocol::crypto::randomByteArray(16);
        auto reply = submit(*reporter, relay.moderationPublicKey, report, clientId);
        QVERIFY(reply);
        QCOMPARE(reply->type, FrameType::ReportAck);
        auto ack = wire::ReportAck::fromFrame(*reply);
        QVERIFY(ack);
        QCOMPARE(ack->clientId, clientId);
        QVERIFY(
            QRegularExpression(QStringLiteral("^R-[0-9A-Z]{10}$")).match(ack->reportId).hasMatch());
        QVERIFY(qAbs(ack->serverTimeMs - QDateTime::currentMSecsSinceEpoch()) < 60'000);

        auto desk = relay.openDesk();
        auto queue = desk->queue();
        QVERIFY(queue);
        QCOMPARE(queue->size(), 1);
        const QueueItem &item = queue->first();
        QCOMPARE(item.kind, QueueItem::Kind::Case);
        QVERIFY(item.id.startsWith(QStringLiteral("C-")));
        QCOMPARE(item.reportedId, accused->coveId());
        QCOMPARE(item.category, QStringLiteral("threats"));
        QCOMPARE(item.severity, 2);
        QVERIFY(item.involvesChild);
        QCOMPARE(item.reports, 1);
        QCOMPARE(item.verifiedReports, 1);
        QCOMPARE(item.receivedAtMs, ack->serverTimeMs);

        auto shown = desk->show(ack->reportId);
        QVERIFY(shown);
        QCOMPARE(shown->caseId, item.id);
        QCOMPARE(shown->focusId, ack->reportId);
        QCOMPARE(shown->reports.size(), 1);
        const ReportDetails &r = shown->reports.first();
        QCOMPARE(r.reporterId, reporter->coveId());
        QCOMPARE(r.comment, QStringLiteral("they keep writing"));
        QVERIFY(r.reportedVerified);
        QCOMPARE(r.status, ReportProgress::Received);
        QCOMPARE(r.messages.size(), 2);
        QCOMPARE(r.messages.at(0).text, QStringLiteral("hello"));
        QVERIFY(!r.messages.at(0).reported);
        QCOMPARE(r.messages.at(1).text, QStringLiteral("send me photos or else"));
        QVERIFY(r.messages.at(1).reported);
        QVERIFY(r.messages.at(1).contentOpened);
        QCOMPARE(r.messages.at(1).verification, Verification::Verified);
        QCOMPARE(r.messages.at(1).senderId, accused->coveId());
        QCOMPARE(r.messages.at(1).serverTimeMs, sent->deliver.serverTimeMs);
    }

    void childReportOutranksOlderSevereReport()
    {
        Relay relay;
        auto reporter = online(relay);
        auto accused = online(relay);
        QVERIFY(reporter && accused);
        const QString me = reporter->coveId();
        const QString them = accused->coveId();
        QStringList ids;
        const QList<std::pair<QString, bool>> reports = {
            {QStringLiteral("terrorism"), false}, // most severe, oldest
            {QStringLiteral("harassment"), false},
            {QStringLiteral("spam"), true}, // least severe, but involves a child
            {QStringLiteral("harassment"), false},
        };
        for (const auto &[category, child] : reports) {
            auto sent = sendText(*accused, *reporter, QStringLiteral("message about ") + category);
            QVERIFY(sent);
            const QString id =
                reportId(*reporter, relay.moderationPublicKey,
                         makeReport(me, them, category, child, {evidence(*sent, me)}));
            QVERIFY(!id.isEmpty());
            ids << id;
            QTest::qWait(5); // distinct arrival times
        }
        auto desk = relay.openDesk();
        auto queue = desk->queue();
        QVERIFY(queue);
        QCOMPARE(queue->size(), 4);
        QStringList order;
        for (const QueueItem &item : *queue) {
            auto shown = desk->show(item.id);
            QVERIFY(shown);
            order << shown->reports.first().reportId;
        }
        // Child first, then severity, then age.
        QCOMPARE(order, (QStringList{ids.at(2), ids.at(0), ids.at(1), ids.at(3)}));
        QVERIFY(queue->at(0).involvesChild);
        QCOMPARE(queue->at(0).category, QStringLiteral("spam"));
        QCOMPARE(queue->at(1).severity, 1);
    }

    void guardedChildsReportIsAlwaysUrgent()
    {
        Relay relay;
        auto adult = online(relay);
        auto child = online(relay);
        auto guardian = online(relay);
        auto accused = online(relay);
        QVERIFY(adult && child && guardian && accused);
        // The child's account is guarded, and the accused is approved (a
        // contact gone bad).
        const qint64 at = 1'700'000'000'000;
        QVERIFY(child->request(
            wire::GuardedLink{guardian->identityKey(), at,
                              guardian->sign(protocol::guardianLinkPayload(
                                  child->identityKey(), guardian->identityKey(), at))}
                .toFrame(0)));
        const wire::GuardedApproval approval{accused->coveId(), at,
                                             guardian->sign(protocol::guardianApprovalPayload(
                                                 child->identityKey(), accused->coveId(), at))};
        QVERIFY(child->request(wire::GuardedContacts{child->coveId(), {approval}, {}}.toFrame(0)));
        // An adult's severe report first, then the child's mild one that
        // does not say "involves a child".
        auto toAdult = sendText(*accused, *adult, QStringLiteral("threat"));
        auto toChild = sendText(*accused, *child, QStringLiteral("spam"));
        QVERIFY(toAdult && toChild);
        QVERIFY(
            !reportId(*adult, relay.moderationPublicKey,
                      makeReport(adult->coveId(), accused->coveId(), QStringLiteral("terrorism"),
                                 false, {evidence(*toAdult, adult->coveId())}))
                 .isEmpty());
        QTest::qWait(5);
        QVERIFY(!reportId(*child, relay.moderationPublicKey,
                          makeReport(child->coveId(), accused->coveId(), QStringLiteral("spam"),
                                     false, {evidence(*toChild, child->coveId())}))
                     .isEmpty());
        auto desk = relay.openDesk();
        auto queue = desk->queue();
        QVERIFY(queue);
        QCOMPARE(queue->size(), 2);
        QCOMPARE(queue->at(0).category, QStringLiteral("spam"));
        QVERIFY(queue->at(0).involvesChild);
        QVERIFY(!queue->at(1).involvesChild);
    }

    void forgedReportsAreCaught()
    {
        Relay relay;
        auto reporter = online(relay);
        auto accused = online(relay);
        auto other = online(relay);
        QVERIFY(reporter && accused && other);
        const QString me = reporter->coveId();
        const QString them = accused->coveId();
        auto desk = relay.openDesk();

        const auto firstMessageOf = [&](const QString &id) -> MessageEvidence {
            auto shown = desk->show(id);
            if (!shown)
                return {};
            for (const ReportDetails &r : shown->reports) {
                if (r.reportId == id && !r.messages.isEmpty())
                    return r.messages.first();
            }
            return {};
        };
        const auto verifiedCount = [&](const QString &id) {
            auto shown = desk->show(id);
            auto queue = desk->queue();
            const QueueItem *item = shown && queue ? findItem(*queue, shown->caseId) : nullptr;
            return item ? item->verifiedReports : -1;
        };

        // 1. Edited text: the opening no longer opens the commitment the relay signed.
        {
            auto sent = sendText(*accused, *reporter, QStringLiteral("see you tomorrow"));
            QVERIFY(sent);
            protocol::ReportedMessage m = evidence(*sent, me);
            protocol::Content edited = sent->content;
            edited.body = QStringLiteral("I will hurt you tomorrow");
            m.opening.committedBytes = protocol::committedBytes(edited);
            const QString id =
                reportId(*reporter, relay.moderationPublicKey,
                         makeReport(me, them, QStringLiteral("threats"), false, {m}));
            QVERIFY(!id.isEmpty());
            const MessageEvidence ev = firstMessageOf(id);
            QCOMPARE(ev.verification, Verification::ContentMismatch);
            QVERIFY(!ev.contentOpened);
            QCOMPARE(ev.text, QStringLiteral("I will hurt you tomorrow")); // shown as a claim
            QCOMPARE(verifiedCount(id), 0);
        }
        // 2. Swapped sender: another account's genuine message attributed to the accused.
        {
            auto sent = sendText(*other, *reporter, QStringLiteral("you are worthless"));
            QVERIFY(sent);
            protocol::ReportedMessage m = evidence(*sent, me);
            m.senderId = them;
            const QString id =
                reportId(*reporter, relay.moderationPublicKey,
                         makeReport(me, them, QStringLiteral("harassment"), false, {m}));
            QVERIFY(!id.isEmpty());
            QCOMPARE(firstMessageOf(id).verification, Verification::TagInvalid);
            QCOMPARE(verifiedCount(id), 0);
        }
        // 3. A genuine tag reused for a message that was never sent.
        {
            auto sent = sendText(*accused, *reporter, QStringLiteral("good morning"));
            QVERIFY(sent);
            protocol::ReportedMessage m = evidence(*sent, me);
            m.opening = protocol::makeOpening(protocol::makeContent(QStringLiteral("buy drugs")));
            const QString id =
                reportId(*reporter, relay.moderationPublicKey,
                         makeReport(me, them, QStringLiteral("illegal_goods"), false, {m}));
            QVERIFY(!id.isEmpty());
            const MessageEvidence ev = firstMessageOf(id);
            QCOMPARE(ev.verification, Verification::TagInvalid);
            QVERIFY(ev.contentOpened); // the opening is consistent; the relay never saw it
            QCOMPARE(verifiedCount(id), 0);
        }
        // 4. An included file with the right hash claim but other bytes.
        {
            const QByteArray photo = QByteArrayLiteral("the real picture bytes");
            protocol::Content content = protocol::makeContent(QStringLiteral("look"));
            protocol::AttachmentDescriptor a;
            a.blobId = protocol::crypto::randomByteArray(16);
            a.key = protocol::crypto::randomByteArray(32);
            a.plaintextSha256 = protocol::crypto::sha256(photo);
            a.size = quint64(photo.size());
            a.mimeType = QStringLiteral("image/png");
            a.fileName = QStringLiteral("photo.png");
            content.attachments.append(a);
            a.blobId = protocol::crypto::randomByteArray(16);
            a.fileName = QStringLiteral("second.png");
            content.attachments.append(a);
            auto sent = sendContent(*accused, *reporter, content);
            QVERIFY(sent);

            // First the honest report: the file included verifies, the other is hash only.
            protocol::ReportedMessage honest = evidence(*sent, me);
            honest.files.append(protocol::ReportedFile{0, photo});
            const QString okId =
                reportId(*reporter, relay.moderationPublicKey,
                         makeReport(me, them, QStringLiteral("sexual_content"), false, {honest}));
            QVERIFY(!okId.isEmpty());
            MessageEvidence ev = firstMessageOf(okId);
            QCOMPARE(ev.verification, Verification::Verified);
            QCOMPARE(ev.attachments.size(), 2);
            QCOMPARE(ev.attachments.at(0).state, AttachmentEvidence::State::IncludedVerified);
            QCOMPARE(ev.attachments.at(0).data, photo);
            QCOMPARE(ev.attachments.at(1).state, AttachmentEvidence::State::HashOnly);

            protocol::ReportedMessage forged = evidence(*sent, me);
            forged.files.append(
                protocol::ReportedFile{0, QByteArrayLiteral("other picture bytes")});
            const QString badId =
                reportId(*reporter, relay.moderationPublicKey,
                         makeReport(me, them, QStringLiteral("sexual_content"), false, {forged}));
            QVERIFY(!badId.isEmpty());
            ev = firstMessageOf(badId);
            QCOMPARE(ev.verification, Verification::AttachmentMismatch);
            QCOMPARE(ev.attachments.at(0).state, AttachmentEvidence::State::Mismatch);
            // Both reports are about the same message: one case, one of two verified.
            auto shown = desk->show(badId);
            QVERIFY(shown);
            QCOMPARE(shown->reports.size(), 2);
            QCOMPARE(verifiedCount(badId), 1);
        }
        // 5. The reporter's own message is marked as such, not verified.
        {
            auto own = sendText(*reporter, *accused, QStringLiteral("leave me alone"));
            auto sent = sendText(*accused, *reporter, QStringLiteral("never"));
            QVERIFY(own && sent);
            const QString id = reportId(*reporter, relay.moderationPublicKey,
                                        makeReport(me, them, QStringLiteral("harassment"), false,
                                                   {evidence(*own, them), evidence(*sent, me)}, 1));
            QVERIFY(!id.isEmpty());
            auto shown = desk->show(id);
            QVERIFY(shown);
            QCOMPARE(shown->reports.first().messages.at(0).verification, Verification::OwnMessage);
            QCOMPARE(shown->reports.first().messages.at(1).verification, Verification::Verified);
        }
    }

    void badReportsAreRefused()
    {
        Relay relay;
        auto reporter = online(relay);
        auto accused = online(relay);
        auto bystander = online(relay);
        QVERIFY(reporter && accused && bystander);
        const QString me = reporter->coveId();
        auto sent = sendText(*accused, *reporter, QStringLiteral("hi"));
        QVERIFY(sent);
        const auto good = [&] {
            return makeReport(me, accused->coveId(), QStringLiteral("spam"), false,
                              {evidence(*sent, me)});
        };

        // Sealed to another key.
        const protocol::ModerationKeyPair wrong = protocol::generateModerationKeyPair();
        QCOMPARE(errorCode(submit(*reporter, wrong.publicKey, good())), WireError::BadFrame);
        // Not sealed at all.
        QCOMPARE(errorCode(reporter->request(wire::ReportSubmit{
                     protocol::crypto::randomByteArray(16), protocol::encodeReport(good())}
                                                 .toFrame(0))),
                 WireError::BadFrame);
        // Someone else's name as the reporter.
        auto mismatch = good();
        mismatch.reporterId = bystander->coveId();
        QCOMPARE(errorCode(submit(*reporter, relay.moderationPublicKey, mismatch)),
                 WireError::BadFrame);
        // A category the taxonomy does not know.
        auto unknown = good();
        unknown.category = QStringLiteral("no_such_category");
        QCOMPARE(errorCode(submit(*reporter, relay.moderationPublicKey, unknown)),
                 WireError::BadFrame);
        // Evidence from a conversation the reporter was not in.
        auto overheard = sendText(*accused, *bystander, QStringLiteral("secret"));
        QVERIFY(overheard);
        auto notInvolved = good();
        notInvolved.messages = {evidence(*overheard, bystander->coveId())};
        QCOMPARE(errorCode(submit(*reporter, relay.moderationPublicKey, notInvolved)),
                 WireError::BadFrame);

        auto queue = relay.openDesk()->queue();
        QVERIFY(queue);
        QVERIFY(queue->isEmpty());
        // The connection is still usable for a good report.
        QVERIFY(!reportId(*reporter, relay.moderationPublicKey, good()).isEmpty());
    }

    void duplicatesJoinOneCase()
    {
        Relay relay;
        auto first = online(relay);
        auto second = online(relay);
        auto accused = online(relay);
        QVERIFY(first && second && accused);
        // A group message: the same content (one commitment) to each member,
        // each copy with its own tag.
        const protocol::Content content = protocol::makeContent(QStringLiteral("hateful words"));
        auto toFirst = sendContent(*accused, *first, content);
        auto toSecond = sendContent(*accused, *second, content);
        QVERIFY(toFirst && toSecond);
        QCOMPARE(toFirst->deliver.commitment, toSecond->deliver.commitment);

        const QString r1 =
            reportId(*first, relay.moderationPublicKey,
                     makeReport(first->coveId(), accused->coveId(), QStringLiteral("harassment"),
                                false, {evidence(*toFirst, first->coveId())}));
        const QString r2 =
            reportId(*second, relay.moderationPublicKey,
                     makeReport(second->coveId(), accused->coveId(), QStringLiteral("hate"), true,
                                {evidence(*toSecond, second->coveId())}));
        QVERIFY(!r1.isEmpty() && !r2.isEmpty());
        QVERIFY(r1 != r2);
        auto other = sendText(*accused, *first, QStringLiteral("another message"));
        QVERIFY(other);
        const QString r3 =
            reportId(*first, relay.moderationPublicKey,
                     makeReport(first->coveId(), accused->coveId(), QStringLiteral("harassment"),
                                false, {evidence(*other, first->coveId())}));
        QVERIFY(!r3.isEmpty());

        auto desk = relay.openDesk();
        auto queue = desk->queue();
        QVERIFY(queue);
        QCOMPARE(queue->size(), 2);
        auto shared = desk->show(r1);
        QVERIFY(shared);
        QCOMPARE(desk->show(r2)->caseId, shared->caseId);
        QVERIFY(desk->show(r3)->caseId != shared->caseId);
        const QueueItem *item = findItem(*queue, shared->caseId);
        QVERIFY(item);
        QCOMPARE(item->reports, 2);
        QCOMPARE(item->verifiedReports, 2);
        QVERIFY(item->involvesChild); // from the second report
    }

    void eleventhReportInAnHourIsThrottled()
    {
        Relay relay;
        auto reporter = online(relay);
        auto accused = online(relay);
        QVERIFY(reporter && accused);
        auto sent = sendText(*accused, *reporter, QStringLiteral("spam spam spam"));
        QVERIFY(sent);
        const auto report =
            makeReport(reporter->coveId(), accused->coveId(), QStringLiteral("spam"), false,
                       {evidence(*sent, reporter->coveId())});
        for (int i = 0; i < 10; ++i)
            QVERIFY2(!reportId(*reporter, relay.moderationPublicKey, report).isEmpty(),
                     qPrintable(QString::number(i)));
        QCOMPARE(errorCode(submit(*reporter, relay.moderationPublicKey, report)),
                 WireError::RateLimited);
        QVERIFY(reporter->isConnected());
        // Another reporter is not affected.
        auto other = online(relay);
        QVERIFY(other);
        auto toOther = sendText(*accused, *other, QStringLiteral("spam"));
        QVERIFY(toOther);
        QVERIFY(!reportId(*other, relay.moderationPublicKey,
                          makeReport(other->coveId(), accused->coveId(), QStringLiteral("spam"),
                                     false, {evidence(*toOther, other->coveId())}))
                     .isEmpty());
    }

    void resubmissionIsIdempotent()
    {
        Relay relay;
        auto reporter = online(relay);
        auto accused = online(relay);
        QVERIFY(reporter && accused);
        auto sent = sendText(*accused, *reporter, QStringLiteral("scam link"));
        QVERIFY(sent);
        const auto report =
            makeReport(reporter->coveId(), accused->coveId(), QStringLiteral("scam"), false,
                       {evidence(*sent, reporter->coveId())});
        const QByteArray clientId = protocol::crypto::randomByteArray(16);
        auto first = submit(*reporter, relay.moderationPublicKey, report, clientId);
        QTest::qWait(20);
        // Resent after a lost ack (sealed again: other bytes, same clientId).
        auto second = submit(*reporter, relay.moderationPublicKey, report, clientId);
        QVERIFY(first && second);
        QCOMPARE(first->type, FrameType::ReportAck);
        QCOMPARE(second->type, FrameType::ReportAck);
        auto a = wire::ReportAck::fromFrame(*first);
        auto b = wire::ReportAck::fromFrame(*second);
        QCOMPARE(a->reportId, b->reportId);
        QCOMPARE(a->serverTimeMs, b->serverTimeMs);
        // Also on a new connection.
        reporter->close();
        QVERIFY(reporter->connectAndAuthenticate(relay.url));
        auto third = submit(*reporter, relay.moderationPublicKey, report, clientId);
        QVERIFY(third);
        QCOMPARE(wire::ReportAck::fromFrame(*third)->reportId, a->reportId);
        auto queue = relay.openDesk()->queue();
        QVERIFY(queue);
        QCOMPARE(queue->size(), 1);
        QCOMPARE(queue->first().reports, 1);
    }

    // ---- Decisions, bans and reviews -----------------------------------------

    void banReviewAndRestore()
    {
        Relay relay;
        auto reporter = online(relay);
        auto accused = online(relay);
        QVERIFY(reporter && accused);
        const QString accusedId = accused->coveId();
        auto sent = sendText(*accused, *reporter, QStringLiteral("vile abuse"));
        QVERIFY(sent);
        const QString reportIdText =
            reportId(*reporter, relay.moderationPublicKey,
                     makeReport(reporter->coveId(), accusedId, QStringLiteral("harassment"), false,
                                {evidence(*sent, reporter->coveId())}));
        QVERIFY(!reportIdText.isEmpty());

        // A moderator in another process bans the accused.
        auto desk = relay.openDesk();
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        auto decided = desk->decide(reportIdText, ModerationAction::Ban,
                                    QStringLiteral("repeated targeted abuse"), std::nullopt,
                                    QStringLiteral("tester"), now);
        QVERIFY2(decided, qPrintable(decided ? QString() : decided.error().detail));
        const QString decisionId = *decided;
        QVERIFY(decisionId.startsWith(QStringLiteral("D-")));
        QVERIFY(desk->isBanned(accusedId, now + 1)->has_value());
        QVERIFY(!desk->isBanned(accusedId, now + 1)->value().untilMs);

        // The live connection hears the decision, then is closed.
        auto decision = nextUpdate(*accused);
        QVERIFY(decision);
        QCOMPARE(decision->kind, ModerationUpdate::Kind::Decision);
        QCOMPARE(decision->caseId, decisionId);
        QCOMPARE(decision->value, quint8(ModerationAction::Ban));
        QCOMPARE(decision->category, QStringLiteral("harassment"));
        QCOMPARE(decision->reason, QStringLiteral("repeated targeted abuse"));
        QVERIFY(accused->waitForDisconnected());
        QVERIFY(accused->countPending(FrameType::Error) >= 1);

        // The reporter learns that action was taken (not what, not the reason).
        auto status = nextUpdate(*reporter);
        QVERIFY(status);
        QCOMPARE(status->kind, ModerationUpdate::Kind::ReportStatus);
        QCOMPARE(status->caseId, reportIdText);
        QCOMPARE(status->value, quint8(ReportProgress::ActionTaken));
        QVERIFY(status->reason.isEmpty());
        ackUpdate(*reporter, *status);

        // The banned account cannot authenticate; it is told why and until
        // when, receives the decision and may ask for a review.
        QVERIFY(accused->open(relay.url));
        QVERIFY(!accused->authenticate());
        QCOMPARE(errorCode(accused->lastError()), WireError::Suspended);
        QCOMPARE(protocol::errorFromFrame(*accused->lastError())->second,
                 QStringLiteral("permanently"));
        auto again = nextUpdate(*accused);
        QVERIFY(again);
        QCOMPARE(again->caseId, decisionId);
        ackUpdate(*accused, *again);
        auto reviewAck = accused->request(
            wire::ReviewRequest{decisionId, QStringLiteral("it was a joke between friends")}
                .toFrame(0));
        QVERIFY(reviewAck);
        QCOMPARE(reviewAck->type, FrameType::ReviewAck);
        QCOMPARE(wire::ReviewAck::fromFrame(*reviewAck)->caseId, decisionId);
        // Nothing else is allowed, and the connection ends after the grace period.
        QVERIFY(accused->waitForDisconnected(relay.server->config().suspendedGraceMs + 3000));

        // The appeal is in the queue.
        auto queue = desk->queue();
        QVERIFY(queue);
        QCOMPARE(queue->size(), 1);
        QCOMPARE(queue->first().kind, QueueItem::Kind::Appeal);
        QCOMPARE(queue->first().decisionId, decisionId);
        QCOMPARE(queue->first().action, ModerationAction::Ban);
        const QString reviewId = queue->first().id;
        QVERIFY(reviewId.startsWith(QStringLiteral("V-")));

        // Anything but reviews and acks on a suspended connection is refused at once.
        QVERIFY(accused->open(relay.url));
        QVERIFY(!accused->authenticate());
        auto refused = accused->request(
            RelayTestClient::makeSend(reporter->coveId(), QByteArrayLiteral("x")).toFrame(0));
        QCOMPARE(errorCode(refused), WireError::Suspended);
        QVERIFY(accused->waitForDisconnected());
        // A second review of the same decision is the same review.
        QCOMPARE(*desk->requestReview(accusedId, decisionId, {}, now + 2), reviewId);

        // Restored on review: the account can authenticate and hears it.
        auto restored = desk->decideReview(reviewId, ReviewVerdict::Restore,
                                           QStringLiteral("context shows it was consensual banter"),
                                           QStringLiteral("second moderator"), now + 3);
        QVERIFY2(restored, qPrintable(restored ? QString() : restored.error().detail));
        QVERIFY(!desk->isBanned(accusedId, now + 4)->has_value());
        QVERIFY(accused->connectAndAuthenticate(relay.url));
        auto restore = nextUpdate(*accused);
        QVERIFY(restore);
        QCOMPARE(restore->kind, ModerationUpdate::Kind::Decision);
        QCOMPARE(restore->caseId, decisionId);
        QCOMPARE(restore->value, quint8(ModerationAction::Restore));
        ackUpdate(*accused, *restore);
        QVERIFY(accused->waitForType(FrameType::QueueEmpty));

        // Acknowledged updates are not pushed again.
        accused->close();
        QVERIFY(accused->connectAndAuthenticate(relay.url));
        reporter->close();
        QVERIFY(reporter->connectAndAuthenticate(relay.url));
        accused->settle(300);
        QCOMPARE(accused->countPending(FrameType::ModerationUpdate), 0);
        QCOMPARE(reporter->countPending(FrameType::ModerationUpdate), 0);

        // The decision was reviewed once; it cannot be reviewed again.
        auto second = accused->request(wire::ReviewRequest{decisionId, {}}.toFrame(0));
        QCOMPARE(errorCode(second), WireError::Refused);
        // Someone else's decision is not found.
        auto foreign = reporter->request(wire::ReviewRequest{decisionId, {}}.toFrame(0));
        QCOMPARE(errorCode(foreign), WireError::NotFound);

        auto shown = desk->show(reviewId);
        QVERIFY(shown);
        QCOMPARE(shown->decisions.size(), 1);
        QVERIFY(shown->decisions.first().liftedAtMs);
        QCOMPARE(shown->reviews.size(), 1);
        QCOMPARE(shown->reviews.first().outcome, ReviewOutcome::Restored);
        QCOMPARE(shown->reviews.first().note, QStringLiteral("it was a joke between friends"));
    }

    void suspensionSaysUntilWhen()
    {
        Relay relay;
        auto reporter = online(relay);
        auto accused = online(relay);
        QVERIFY(reporter && accused);
        auto sent = sendText(*accused, *reporter, QStringLiteral("buy followers cheap"));
        QVERIFY(sent);
        const QString id =
            reportId(*reporter, relay.moderationPublicKey,
                     makeReport(reporter->coveId(), accused->coveId(), QStringLiteral("spam"),
                                false, {evidence(*sent, reporter->coveId())}));
        QVERIFY(!id.isEmpty());
        accused->close();
        auto desk = relay.openDesk();
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const qint64 until = now + 3 * kDayMs;
        // Bad decisions are refused.
        QCOMPARE(desk->decide(id, ModerationAction::Suspend, QStringLiteral("spam"), std::nullopt,
                              QStringLiteral("t"), now)
                     .code(),
                 DeskError::Code::InvalidArgument);
        QCOMPARE(desk->decide(id, ModerationAction::Warn, QStringLiteral(" "), std::nullopt,
                              QStringLiteral("t"), now)
                     .code(),
                 DeskError::Code::InvalidArgument);
        auto decided = desk->decide(id, ModerationAction::Suspend, QStringLiteral("spam"), until,
                                    QStringLiteral("t"), now);
        QVERIFY(decided);
        QCOMPARE(desk->decide(id, ModerationAction::Ban, QStringLiteral("again"), std::nullopt,
                              QStringLiteral("t"), now)
                     .code(),
                 DeskError::Code::InvalidState);

        QVERIFY(accused->open(relay.url));
        QVERIFY(!accused->authenticate());
        const auto error = protocol::errorFromFrame(*accused->lastError());
        QVERIFY(error);
        QCOMPARE(error->first, WireError::Suspended);
        QVERIFY2(error->second.startsWith(QStringLiteral("until ")), qPrintable(error->second));
        const QDateTime shown = QDateTime::fromString(error->second.mid(6), Qt::ISODate);
        QVERIFY(shown.isValid());
        QVERIFY(qAbs(shown.toMSecsSinceEpoch() - until) < 1000);
        auto update = nextUpdate(*accused);
        QVERIFY(update);
        QCOMPARE(update->value, quint8(ModerationAction::Suspend));
        QCOMPARE(update->untilMs, std::optional<qint64>(until));
        // After the suspension ends the account is let in again.
        QVERIFY(!desk->isBanned(accused->coveId(), until + 1)->has_value());
    }

    void reporterReviewOfNoActionReopensTheCase()
    {
        Relay relay;
        auto reporter = online(relay);
        auto accused = online(relay);
        QVERIFY(reporter && accused);
        auto sent = sendText(*accused, *reporter, QStringLiteral("I know where you live"));
        QVERIFY(sent);
        const QString id = reportId(*reporter, relay.moderationPublicKey,
                                    makeReport(reporter->coveId(), accused->coveId(),
                                               QStringLiteral("private_info"), false,
                                               {evidence(*sent, reporter->coveId())}));
        QVERIFY(!id.isEmpty());
        auto desk = relay.openDesk();
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(desk->decide(id, ModerationAction::NoAction,
                             QStringLiteral("no private information was shared"), std::nullopt,
                             QStringLiteral("t"), now));
        QVERIFY(desk->queue()->isEmpty());

        // The reporter is told, with the reason; the accused hears nothing.
        auto status = nextUpdate(*reporter);
        QVERIFY(status);
        QCOMPARE(status->caseId, id);
        QCOMPARE(status->value, quint8(ReportProgress::NoAction));
        QCOMPARE(status->reason, QStringLiteral("no private information was shared"));
        ackUpdate(*reporter, *status);
        accused->settle(200);
        QCOMPARE(accused->countPending(FrameType::ModerationUpdate), 0);
        QVERIFY(desk->pendingUpdates(accused->coveId())->isEmpty());

        // The accused cannot review a dismissal; the reporter can.
        QCOMPARE(errorCode(accused->request(wire::ReviewRequest{id, {}}.toFrame(0))),
                 WireError::NotFound);
        auto ack = reporter->request(
            wire::ReviewRequest{id, QStringLiteral("they posted my address")}.toFrame(0));
        QVERIFY(ack);
        QCOMPARE(ack->type, FrameType::ReviewAck);

        auto queue = desk->queue();
        QVERIFY(queue);
        QCOMPARE(queue->size(), 1);
        QCOMPARE(queue->first().kind, QueueItem::Kind::Case);
        QVERIFY(queue->first().reviewRequested);
        auto shown = desk->show(id);
        QCOMPARE(shown->reports.first().status, ReportProgress::ReviewRequested);

        // A second look leads to a warning: the accused is told, the reporter too.
        auto warned = desk->decide(queue->first().id, ModerationAction::Warn,
                                   QStringLiteral("sharing addresses is not allowed"), std::nullopt,
                                   QStringLiteral("t2"), now + 10);
        QVERIFY(warned);
        auto decision = nextUpdate(*accused);
        QVERIFY(decision);
        QCOMPARE(decision->value, quint8(ModerationAction::Warn));
        auto second = nextUpdate(*reporter);
        QVERIFY(second);
        QCOMPARE(second->value, quint8(ReportProgress::ActionTaken));
        shown = desk->show(id);
        QCOMPARE(shown->reviews.size(), 1);
        QCOMPARE(shown->reviews.first().outcome, ReviewOutcome::Changed);
        QCOMPARE(shown->decisions.size(), 2);
        // A warning can be appealed; the accused is not locked out by it.
        QVERIFY(accused->isConnected());
        auto appeal = accused->request(wire::ReviewRequest{*warned, {}}.toFrame(0));
        QVERIFY(appeal);
        QCOMPARE(appeal->type, FrameType::ReviewAck);
        auto upheld =
            desk->decideReview(*warned, ReviewVerdict::Uphold, QStringLiteral("the warning stands"),
                               QStringLiteral("t3"), now + 20);
        QVERIFY(upheld);
        auto told = nextUpdate(*accused);
        QVERIFY(told);
        QCOMPARE(told->caseId, *warned);
        QCOMPARE(told->value, quint8(ModerationAction::Warn));
        QCOMPARE(told->reason, QStringLiteral("the warning stands"));
    }

    void transparencyFiguresMatch()
    {
        Relay relay;
        auto r1 = online(relay);
        auto r2 = online(relay);
        auto r3 = online(relay);
        auto a = online(relay);
        auto b = online(relay);
        QVERIFY(r1 && r2 && r3 && a && b);
        const protocol::Content content = protocol::makeContent(QStringLiteral("abuse"));
        auto m1 = sendContent(*a, *r1, content);
        auto m1b = sendContent(*a, *r2, content);
        auto m2 = sendText(*b, *r1, QStringLiteral("spam"));
        auto m3 = sendText(*b, *r3, QStringLiteral("nice day"));
        QVERIFY(m1 && m1b && m2 && m3);

        const auto ack = [&](RelayTestClient &c, const protocol::ReportBundle &report) {
            auto reply = submit(c, relay.moderationPublicKey, report);
            return reply ? wire::ReportAck::fromFrame(*reply).value() : wire::ReportAck{};
        };
        const auto case1a =
            ack(*r1, makeReport(r1->coveId(), a->coveId(), QStringLiteral("harassment"), false,
                                {evidence(*m1, r1->coveId())}));
        const auto case1b =
            ack(*r2, makeReport(r2->coveId(), a->coveId(), QStringLiteral("harassment"), true,
                                {evidence(*m1b, r2->coveId())}));
        const auto case2 = ack(*r1, makeReport(r1->coveId(), b->coveId(), QStringLiteral("spam"),
                                               false, {evidence(*m2, r1->coveId())}));
        protocol::ReportedMessage forged = evidence(*m3, r3->coveId());
        protocol::Content edited = m3->content;
        edited.body = QStringLiteral("send me money");
        forged.opening.committedBytes = protocol::committedBytes(edited);
        const auto case3 = ack(
            *r3, makeReport(r3->coveId(), b->coveId(), QStringLiteral("scam"), false, {forged}));
        for (const auto *r : {&case1a, &case1b, &case2, &case3})
            QVERIFY(!r->reportId.isEmpty());

        auto desk = relay.openDesk();
        const qint64 d1 = case1b.serverTimeMs + 60'000;
        auto ban = desk->decide(case1a.reportId, ModerationAction::Ban, QStringLiteral("abuse"),
                                std::nullopt, QStringLiteral("m"), d1);
        QVERIFY(ban);
        QVERIFY(desk->decide(case2.reportId, ModerationAction::NoAction, QStringLiteral("fine"),
                             std::nullopt, QStringLiteral("m"), case2.serverTimeMs + 30'000));
        QVERIFY(desk->decide(case3.reportId, ModerationAction::NoAction,
                             QStringLiteral("not verified"), std::nullopt, QStringLiteral("m"),
                             case3.serverTimeMs + 10'000));
        const QString appeal =
            *desk->requestReview(a->coveId(), *ban, QStringLiteral("please"), d1 + 1000);
        QVERIFY(desk->decideReview(appeal, ReviewVerdict::Restore, QStringLiteral("ok"),
                                   QStringLiteral("m2"), d1 + 2000));
        QVERIFY(desk->requestReview(r1->coveId(), case2.reportId, {}, d1 + 3000));

        auto t = desk->transparency(0, d1 + 86'400'000);
        QVERIFY(t);
        QCOMPARE(t->reports, 4);
        QCOMPARE(t->reportsInvolvingChild, 1);
        QCOMPARE(t->verifiedReports, 3);
        QCOMPARE(t->reportsByCategory.value(QStringLiteral("harassment")), 2);
        QCOMPARE(t->reportsByCategory.value(QStringLiteral("spam")), 1);
        QCOMPARE(t->reportsByCategory.value(QStringLiteral("scam")), 1);
        QCOMPARE(t->dismissed, 2);
        QCOMPARE(t->warned, 0);
        QCOMPARE(t->suspended, 0);
        QCOMPARE(t->banned, 1);
        QCOMPARE(t->appeals, 1);
        QCOMPARE(t->appealsRestored, 1);
        QCOMPARE(t->appealsUpheld, 0);
        QCOMPARE(t->appealsPending, 0);
        QCOMPARE(t->reporterReviews, 1);
        QCOMPARE(t->reporterReviewsPending, 1);
        QCOMPARE(t->decidedReports, 4);
        // Delays 60 s + (case1b - case1a), 60 s, 30 s, 10 s: the median is 45 s.
        QCOMPARE(t->medianMsToDecision, std::optional<qint64>(45'000));

        // Another period holds none of it.
        auto later = desk->transparency(d1 + 86'400'000, d1 + 2 * 86'400'000);
        QVERIFY(later);
        QCOMPARE(later->reports, 0);
        QCOMPARE(later->banned, 0);
        QVERIFY(!later->medianMsToDecision);
    }

    // ---- The console -------------------------------------------------------------

    void consoleNextToTheRunningRelay()
    {
        Relay relay;
        const QString dir = relay.dir.path();
        auto reporter = online(relay);
        auto accused = online(relay);
        QVERIFY(reporter && accused);

        Console empty = console(dir, {QStringLiteral("mod"), QStringLiteral("list")});
        QCOMPARE(empty.exitCode, 0);
        QVERIFY2(empty.out.contains(QStringLiteral("queue is empty")), qPrintable(empty.out));

        auto sent = sendText(*accused, *reporter, QStringLiteral("threatening words\x1b[2J"));
        QVERIFY(sent);
        const QString id =
            reportId(*reporter, relay.moderationPublicKey,
                     makeReport(reporter->coveId(), accused->coveId(), QStringLiteral("threats"),
                                true, {evidence(*sent, reporter->coveId())}));
        QVERIFY(!id.isEmpty());
        const QString caseId = relay.openDesk()->show(id)->caseId;

        Console list = console(dir, {QStringLiteral("mod"), QStringLiteral("list")});
        QCOMPARE(list.exitCode, 0);
        QVERIFY2(list.out.contains(caseId), qPrintable(list.out));
        QVERIFY(list.out.contains(QStringLiteral("threats")));
        QVERIFY(list.out.contains(QStringLiteral("YES"))); // involves a child
        QVERIFY(list.out.contains(protocol::displayCoveId(accused->coveId())));

        Console show = console(dir, {QStringLiteral("mod"), QStringLiteral("show"), id.toLower()});
        QCOMPARE(show.exitCode, 0);
        QVERIFY2(show.out.contains(caseId), qPrintable(show.out));
        QVERIFY(show.out.contains(QStringLiteral("threatening words")));
        QVERIFY(!show.out.contains(QChar(0x1b))); // no terminal control from a report
        QVERIFY(show.out.contains(QStringLiteral("franking: verified")));
        QVERIFY(show.out.contains(QStringLiteral("REPORTED MESSAGE")));

        // Bad input: a clear message and a non-zero exit.
        Console unknown =
            console(dir, {QStringLiteral("mod"), QStringLiteral("show"), QStringLiteral("C-NOPE")});
        QCOMPARE(unknown.exitCode, 6);
        QVERIFY(!unknown.err.isEmpty());
        Console noDays = console(dir, {QStringLiteral("mod"), QStringLiteral("decide"), caseId,
                                       QStringLiteral("suspend"), QStringLiteral("--reason"),
                                       QStringLiteral("x")});
        QCOMPARE(noDays.exitCode, 1);
        QVERIFY(noDays.err.contains(QStringLiteral("--days")));
        Console noReason = console(
            dir, {QStringLiteral("mod"), QStringLiteral("decide"), caseId, QStringLiteral("ban")});
        QCOMPARE(noReason.exitCode, 1);
        Console badVerb = console(dir, {QStringLiteral("mod"), QStringLiteral("decide"), caseId,
                                        QStringLiteral("obliterate"), QStringLiteral("--reason"),
                                        QStringLiteral("x")});
        QCOMPARE(badVerb.exitCode, 1);
        Console noData = console(relay.dir.filePath(QStringLiteral("nowhere")),
                                 {QStringLiteral("mod"), QStringLiteral("list")});
        QCOMPARE(noData.exitCode, 2);
        QVERIFY(!QFileInfo::exists(relay.dir.filePath(QStringLiteral("nowhere"))));

        // Decided from the console while the relay runs: the relay pushes the
        // decision to the accused and closes its connection.
        Console decide =
            console(dir, {QStringLiteral("mod"), QStringLiteral("decide"), caseId,
                          QStringLiteral("suspend"), QStringLiteral("--days"), QStringLiteral("7"),
                          QStringLiteral("--reason"), QStringLiteral("threats are not allowed"),
                          QStringLiteral("--moderator"), QStringLiteral("console")});
        QCOMPARE(decide.exitCode, 0);
        QVERIFY2(decide.out.contains(QStringLiteral("Decision D-")), qPrintable(decide.out));
        auto update = nextUpdate(*accused);
        QVERIFY(update);
        QCOMPARE(update->value, quint8(ModerationAction::Suspend));
        QCOMPARE(update->reason, QStringLiteral("threats are not allowed"));
        QVERIFY(accused->waitForDisconnected());
        auto status = nextUpdate(*reporter);
        QVERIFY(status);
        QCOMPARE(status->value, quint8(ReportProgress::ActionTaken));

        Console twice =
            console(dir, {QStringLiteral("mod"), QStringLiteral("decide"), caseId,
                          QStringLiteral("ban"), QStringLiteral("--reason"), QStringLiteral("x")});
        QCOMPARE(twice.exitCode, 7);

        // The appeal comes in over the relay and is answered from the console.
        QVERIFY(accused->open(relay.url));
        QVERIFY(!accused->authenticate());
        QCOMPARE(errorCode(accused->lastError()), WireError::Suspended);
        auto appealAck = accused->request(wire::ReviewRequest{update->caseId, {}}.toFrame(0));
        QVERIFY(appealAck);
        QCOMPARE(appealAck->type, FrameType::ReviewAck);
        Console appeals = console(dir, {QStringLiteral("mod"), QStringLiteral("list")});
        QVERIFY2(appeals.out.contains(QStringLiteral("appeal of ") + update->caseId),
                 qPrintable(appeals.out));
        Console restore = console(dir, {QStringLiteral("mod"), QStringLiteral("decide"),
                                        update->caseId, QStringLiteral("restore"),
                                        QStringLiteral("--reason"), QStringLiteral("on review")});
        QCOMPARE(restore.exitCode, 0);
        QVERIFY2(restore.out.contains(QStringLiteral("restored")), qPrintable(restore.out));
        accused->close();
        QVERIFY(accused->connectAndAuthenticate(relay.url));

        const QString today = QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate);
        Console report = console(dir, {QStringLiteral("transparency"), QStringLiteral("--from"),
                                       today, QStringLiteral("--to"), today});
        QCOMPARE(report.exitCode, 0);
        QVERIFY2(report.out.contains(QStringLiteral("Reports received: 1")),
                 qPrintable(report.out));
        QVERIFY(report.out.contains(QStringLiteral("involving a child: 1 (100%)")));
        QVERIFY(report.out.contains(QStringLiteral("threats")));
        QVERIFY(report.out.contains(QStringLiteral("suspension  1")));
        QVERIFY(report.out.contains(QStringLiteral("restored 1")));
        Console badDate = console(dir, {QStringLiteral("transparency"), QStringLiteral("--from"),
                                        QStringLiteral("yesterday")});
        QCOMPARE(badDate.exitCode, 1);
        QVERIFY(badDate.err.contains(QStringLiteral("YYYY-MM-DD")));
    }
};

QTEST_GUILESS_MAIN(TestModeration)
#include "tst_moderation.moc"
