// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "WireFormat.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cove::protocol {
struct PreKeyBundle;
}

namespace cove::protocol::wire {

/// The typed bodies of the client-relay frames. Every body is a CBOR map
/// with small unsigned integer keys; each struct documents its keys. A
/// struct's toFrame() builds the frame, and its static fromFrame() parses
/// one from the other side: the frame type must match, required keys must
/// be present with the right CBOR type and every size within its bound,
/// else Malformed. Unknown keys are ignored so that later versions can add
/// optional fields.
///
/// The conversation, in order:
///   client Hello            → relay Challenge (same requestId)
///   client Authenticate     → relay Authenticated | Error(BadSignature)
///   then, in any order, until the connection closes:
///   client Send             → relay SendAck | Error
///   relay  Deliver          → client DeliverAck (relay deletes the envelope)
///                           | client DeliverHold (kept for the next connection)
///   relay  QueueEmpty          (once, after the stored backlog was pushed)
///   client PreKeyUpload     → relay PreKeyStatus
///   relay  PreKeyStatus        (unsolicited, requestId 0, when stock runs low)
///   client PreKeyFetch      → relay PreKeyBundle | Error(NotFound, NoPreKeys)
///   client AttachmentPut    → relay AttachmentPutAck
///   client AttachmentGet    → relay AttachmentData | Error(NotFound, Expired)
///   client ReportSubmit     → relay ReportAck | Error(RateLimited, BadFrame)
///   relay  ModerationUpdate    (pushed after authentication and when one
///                              is decided) → client ModerationUpdateAck
///   client ReviewRequest    → relay ReviewAck | Error(NotFound)
///   client ContactPolicy    → relay ContactPolicyAck
///   client GuardedLink      → relay GuardedState | Error(BadSignature, NotFound)
///   client GuardedContacts  → relay GuardedState | Error(BadSignature, Refused)
///   client GuardedRelease   → relay GuardedState | Error(BadSignature)
///   client GuardedQuery     → relay GuardedState | Error(Refused)
///   either Ping             → Pong
/// Anything but Hello, Authenticate and Ping before authentication is
/// answered with Error(NotAuthenticated).

inline constexpr qsizetype kChallengeNonceSize = 32;
inline constexpr qsizetype kClientEnvelopeIdSize = 16;
/// The leading bytes of a client envelope id that hold the sender's clock.
inline constexpr qsizetype kClientEnvelopeIdClockSize = 6;
inline constexpr qsizetype kFrankingPublicKeySize = 32; ///< Ed25519
inline constexpr qsizetype kMaxCoveIdChars = 32;
inline constexpr qsizetype kMaxPreKeysPerUpload = 200;
/// Attachment bytes per AttachmentPut / AttachmentData frame.
inline constexpr qsizetype kAttachmentChunkSize = 256 * 1024;
inline constexpr qsizetype kBlobIdSize = 16;

/// What the client signs with its identity key to answer a Challenge: the
/// canonical CBOR array [ "cove-auth-v1", nonce, identityKey ]. Binding the
/// identity key stops a signature being replayed for another account.
[[nodiscard]] QByteArray authPayload(QByteArrayView nonce, QByteArrayView identityKey);

/// A new client envelope id (the key under which the relay remembers a Send
/// so that a resend is answered, never stored twice): 6 bytes of the
/// sender's clock in milliseconds, big-endian, then 10 random bytes. Ids of
/// one moment sort together, so the relay's record of sends grows at its
/// end instead of at random places, and a resend's id lies before a new
/// message's, so the relay hands only new messages out before storing them;
/// the relay relies on nothing else.
[[nodiscard]] QByteArray newClientEnvelopeId(qint64 nowMs);

/// Hello { 0: identityKey bytes(33), 1: registrationId uint }
struct Hello {
    QByteArray identityKey;
    quint32 registrationId = 0;
    [[nodiscard]] Frame toFrame(quint64 requestId) const;
    [[nodiscard]] static Result<Hello> fromFrame(const Frame &frame);
};

/// Challenge { 0: nonce bytes(32), 1: serverTimeMs int,
///             2: frankingPublicKey bytes(32),
///             3: moderationPublicKey bytes(32) (optional) }
/// The moderation key is what reports are sealed to (Report.h).
struct Challenge {
    QByteArray nonce;
    qint64 serverTimeMs = 0;
    QByteArray frankingPublicKey;
    QByteArray moderationPublicKey; ///< empty when the relay runs no moderation service
    [[nodiscard]] Frame toFrame(quint64 requestId) const;
    [[nodiscard]] static Result<Challenge> fromFrame(const Frame &frame);
};

/// Authenticate { 0: signature bytes(64) }: XEdDSA over authPayload().
struct Authenticate {
    QByteArray signature;
    [[nodiscard]] Frame toFrame(quint64 requestId) const;
    [[nodiscard]] static Result<Authenticate> fromFrame(const Frame &frame);
};

/// Authenticated { 0: coveId text, 1: preKeyCount uint, 2: accountCreatedMs int,
///                 3: hasSignedPreKey bool, 4: maxGroupMembers uint (optional, 2..1000) }
struct Authenticated {
    QString coveId;
    quint32 preKeyCount = 0;
    qint64 accountCreatedMs = 0;
    bool hasSignedPreKey = false;
    /// The relay's cap on group size (key 4, optional: 0 when absent).
    /// Groups are end-to-end encrypted and the relay cannot count their
    /// members, so every client enforces the cap its relay announces.
    quint32 maxGroupMembers = 0;
    [[nodiscard]] Frame toFrame(quint64 requestId) const;
    [[nodiscard]] static Result<Authenticated> fromFrame(const Frame &frame);
};

/// How the recipient decrypts an envelope: the Signal message types.
enum class EnvelopeType : quint8 {
    Signal = 2,    ///< a 1:1 SignalMessage
    PreKey = 3,    ///< a 1:1 PreKeySignalMessage (first messages of a session)
    SenderKey = 4, ///< a group message under the sender's sender key
};
[[nodiscard]] bool isKnownEnvelopeType(quint64 value) noexcept;

/// Send { 0: clientId bytes(16), 1: recipient text, 2: type uint,
///        3: ciphertext bytes, 4: commitment bytes(32) }
/// clientId is chosen by the sender and makes resending idempotent: the
/// relay answers a repeated (sender, clientId) with the first SendAck.
struct Send {
    QByteArray clientId;
    QString recipient;
    EnvelopeType type = EnvelopeType::Signal;
    QByteArray ciphertext;
    QByteArray commitment;
    [[nodiscard]] Frame toFrame(quint64 requestId) const;
    [[nodiscard]] static Result<Send> fromFrame(const Frame &frame);
};

/// SendAck { 0: clientId bytes(16), 1: serverTimeMs int }: the envelope is durable.
struct SendAck {
    QByteArray clientId;
    qint64 serverTimeMs = 0;
    [[nodiscard]] Frame toFrame(quint64 requestId) const;
    [[nodiscard]] static Result<SendAck> fromFrame(const Frame &frame);
};

/// Plain facts the relay adds to an envelope that opens a conversation
/// between two accounts that never exchanged messages: the recipient's
/// safety notice shows them. Map { 0: accountAgeBucket uint, 1: massContact bool }.
struct FirstContactFacts {
    enum class AccountAge : quint8 {
        UnderOneDay = 1,
        UnderOneWeek = 2,
        UnderOneMonth = 3,
        OlderThanAMonth = 4,
    };
    AccountAge accountAge = AccountAge::OlderThanAMonth;
    /// The sender recently started many conversations with strangers.
    bool massContact = false;
    bool operator==(const FirstContactFacts &) const = default;
};

/// Deliver { 0: envelopeId uint, 1: sender text, 2: type uint,
///           3: ciphertext bytes, 4: commitment bytes(32), 5: serverTimeMs int,
///           6: frankingTag bytes(64..388), 7: facts map (optional) }
/// frankingTag is the relay's tag (signFrankingTag() or signFrankingTags())
/// over frankingTagPayload(commitment, sender, recipient, serverTimeMs), with
/// the Cove IDs as UTF-8 bytes.
struct Deliver {
    quint64 envelopeId = 0;
    QString sender;
    EnvelopeType type = EnvelopeType::Signal;
    QByteArray ciphertext;
    QByteArray commitment;
    qint64 serverTimeMs = 0;
    QByteArray frankingTag;
    std::optional<FirstContactFacts> facts;
    [[nodiscard]] Frame toFrame(quint64 requestId) const;
    [[nodiscard]] static Result<Deliver> fromFrame(const Frame &frame);
};

/// DeliverAck { 0: envelopeId uint }: stored; the relay may delete it.
struct DeliverAck {
    quint64 envelopeId = 0;
    [[nodiscard]] Frame toFrame(quint64 requestId) const;
    [[nodiscard]] static Result<DeliverAck> fromFrame(const Frame &frame);
};

/// DeliverHold { 0: envelopeId uint }: not now (a child's quiet hours). The
/// relay keeps the envelope, pushes the ones after it, and delivers it
/// again on the next connection.
struct DeliverHold {
    quint64 envelopeId = 0;
    [[nodiscard]] Frame toFrame(quint64 requestId) const;
    [[nodiscard]] static Result<DeliverHold> fromFrame(const Frame &frame);
};

/// A signed prekey as published: map { 0: id uint, 1: publicKey bytes(33), 2: signature bytes(64)
/// }.
struct SignedPreKeyEntry {
    quint32 id = 0;
    QByteArray publicKey;
    QByteArray signature;
    bool operator==(const SignedPreKeyEntry &) const = default;
};
/// A one-time prekey as published: map { 0: id uint, 1: publicKey bytes(33) }.
struct PreKeyEntry {
    quint32 id = 0;
    QByteArray publicKey;
    bool operator==(const PreKeyEntry &) const = default;
};

/// PreKeyUpload { 0: signedPreKey map (optional), 1: preKeys array (optional) }
/// A new signed prekey replaces the published one; one-time prekeys are
/// added (a repeated id replaces the old one).
struct PreKeyUpload {
    std::optional<SignedPreKeyEntry> signedPreKey;
    QList<PreKeyEntry> preKeys; ///< at most kMaxPreKeysPerUpload
    [[nodiscard]] Frame toFrame(quint64 requestId) const;
    [[nodiscard]] static Result<PreKeyUpload> fromFrame(const Frame &frame);
};

/// PreKeyStatus { 0: count uint, 1: low bool }: one-time prekeys left on the
/// relay, and whether the client should upload more.
struct PreKeyStatus {
    quint32 count = 0;
    bool low = false;
    [[nodiscard]] Frame toFrame(quint64 requestId) const;
    [[nodiscard]] static Result<PreKeyStatus> fromFrame(const Frame &frame);
};

/// PreKeyFetch { 0: coveId text }: consumes one one-time prekey.
struct PreKeyFetch {
    QString coveId;
    [[nodiscard]] Frame toFrame(quint64 requestId) const;
    [[nodiscard]] static Result<PreKeyFetch> fromFrame(const Frame &frame);
};

/// PreKeyBundle { 0: coveId text, 1: identityKey bytes(33), 2: registrationId uint,
///                3: signedPreKey map, 4: preKey map (optional) }
struct PreKeyBundleReply {
    QString coveId;
    QByteArray identityKey;
    quint32 registrationId = 0;
    SignedPreKeyEntry signedPreKey;
    std::optional<PreKeyEntry> preKey;
    [[nodiscard]] Frame toFrame(quint64 requestId) const;
    [[nodiscard]] static Result<PreKeyBundleReply> fromFrame(const Frame &frame);
    /// The bundle for processPreKeyBundle() (device 1), which validates it.
    /// The caller first checks that coveId is the one it asked for and was
    /// derived from identityKey.
    [[nodiscard]] PreKeyBundle bundle() const;
};

/// AttachmentPut { 0: blobId bytes(16) (absent on the first chunk),
///                 1: offset uint, 2: data bytes, 3: totalSize uint }
/// The first chunk (offset 0, no blobId) reserves a random blob id; later
/// chunks name it. Chunks arrive in order; data is at most
/// kAttachmentChunkSize bytes. The blob is complete when offset + data
/// reaches totalSize.
struct AttachmentPut {
    QByteArray blobId;
    quint64 offset = 0;
    QByteArray data;
    quint64 totalSize = 0;
    [[nodiscard]] Frame toFrame(quint64 requestId) const;
    [[nodiscard]] static Result<AttachmentPut> fromFrame(const Frame &frame);
};

/// AttachmentPutAck { 0: blobId bytes(16), 1: received uint, 2: complete bool }
struct AttachmentPutAck {
    QByteArray blobId;
    quint64 received = 0;
    bool complete = false;
    [[nodiscard]] Frame toFrame(quint64 requestId) const;
    [[nodiscard]] static Result<AttachmentPutAck> fromFrame(const Frame &frame);
};

/// AttachmentGet { 0: blobId bytes(16), 1: offset uint }
struct AttachmentGet {
    QByteArray blobId;
    quint64 offset = 0;
    [[nodiscard]] Frame toFrame(quint64 requestId) const;
    [[nodiscard]] static Result<AttachmentGet> fromFrame(const Frame &frame);
};

/// AttachmentData { 0: blobId bytes(16), 1: offset uint, 2: data bytes,
///                  3: totalSize uint }: at most kAttachmentChunkSize bytes from offset.
struct AttachmentData {
    QByteArray blobId;
    quint64 offset = 0;
    QByteArray data;
    quint64 totalSize = 0;
    [[nodiscard]] Frame toFrame(quint64 requestId) const;
    [[nodiscard]] static Result<AttachmentData> fromFrame(const Frame &frame);
};

inline constexpr qsizetype kMaxCaseIdChars = 64;
inline constexpr qsizetype kMaxModerationReasonChars = 2000;

/// ReportSubmit { 0: clientId bytes(16), 1: sealed bytes(1..kMaxSealedReportSize) }
/// A report sealed to the moderation key. clientId makes resending
/// idempotent: the relay answers a repeated (reporter, clientId) with the
/// first ReportAck.
struct ReportSubmit {
    QByteArray clientId;
    QByteArray sealed;
    [[nodiscard]] Frame toFrame(quint64 requestId) const;
    [[nodiscard]] static Result<ReportSubmit> fromFrame(const Frame &frame);
};

/// ReportAck { 0: clientId bytes(16), 1: reportId text, 2: serverTimeMs int }:
/// the report is durable in the moderation queue.
struct ReportAck {
    QByteArray clientId;
    QString reportId;
    qint64 serverTimeMs = 0;
    [[nodiscard]] Frame toFrame(quint64 requestId) const;
    [[nodiscard]] static Result<ReportAck> fromFrame(const Frame &frame);
};

/// What moderation decided about an account.
enum class ModerationAction : quint8 {
    NoAction = 1, ///< the report was dismissed
    Warn = 2,
    Suspend = 3, ///< cannot connect until `untilMs`
    Ban = 4,     ///< cannot connect
    Restore = 5, ///< a review lifted an earlier warning, suspension or ban
};
[[nodiscard]] bool isKnownModerationAction(quint64 value) noexcept;

/// How far a report has come, as its reporter sees it (the values match
/// storage::ReportStatus from Received on).
enum class ReportProgress : quint8 {
    Received = 2,
    Reviewed = 3,
    ActionTaken = 4,
    NoAction = 5,
    ReviewRequested = 6,
};
[[nodiscard]] bool isKnownReportProgress(quint64 value) noexcept;

/// ModerationUpdate { 0: updateId uint, 1: kind uint, 2: caseId text,
///                    3: value uint, 4: category text (may be empty),
///                    5: reason text (optional),
///                    6: untilMs int (optional), 7: atMs int }
/// kind ReportStatus: caseId is the reporter's reportId, value a ReportProgress.
/// kind Decision: a decision about the receiving account; caseId names the
/// decision (for ReviewRequest), value a ModerationAction.
struct ModerationUpdate {
    enum class Kind : quint8 { ReportStatus = 1, Decision = 2 };
    quint64 updateId = 0;
    Kind kind = Kind::ReportStatus;
    QString caseId;
    quint8 value = 0;
    QString category;
    QString reason;
    std::optional<qint64> untilMs;
    qint64 atMs = 0;
    bool operator==(const ModerationUpdate &) const = default;
    [[nodiscard]] Frame toFrame(quint64 requestId) const;
    [[nodiscard]] static Result<ModerationUpdate> fromFrame(const Frame &frame);
};

/// ModerationUpdateAck { 0: updateId uint }: stored; the relay stops pushing it.
struct ModerationUpdateAck {
    quint64 updateId = 0;
    [[nodiscard]] Frame toFrame(quint64 requestId) const;
    [[nodiscard]] static Result<ModerationUpdateAck> fromFrame(const Frame &frame);
};

/// ReviewRequest { 0: caseId text, 1: note text (optional) }: the person
/// asks for a decision to be reviewed by a person: a decision about them
/// (caseId from a Decision update) or their report's "no action" (their
/// reportId).
struct ReviewRequest {
    QString caseId;
    QString note;
    [[nodiscard]] Frame toFrame(quint64 requestId) const;
    [[nodiscard]] static Result<ReviewRequest> fromFrame(const Frame &frame);
};

/// ReviewAck { 0: caseId text }: the review is queued.
struct ReviewAck {
    QString caseId;
    [[nodiscard]] Frame toFrame(quint64 requestId) const;
    [[nodiscard]] static Result<ReviewAck> fromFrame(const Frame &frame);
};

/// How many senders one ContactPolicy may allow.
inline constexpr qsizetype kMaxAllowedSenders = 5000;

/// ContactPolicy { 0: contactsOnly bool, 1: allowed array of Cove ID text
/// (0..kMaxAllowedSenders) }: who may open a conversation with this
/// account. When contactsOnly is set the relay refuses envelopes from
/// anyone not in `allowed` with Error(Refused), which tells the sender only
/// that delivery failed. Replaces the account's earlier policy whole.
struct ContactPolicy {
    bool contactsOnly = false;
    QStringList allowed; ///< the person's contacts and fellow group members
    [[nodiscard]] Frame toFrame(quint64 requestId) const;
    [[nodiscard]] static Result<ContactPolicy> fromFrame(const Frame &frame);
};

/// ContactPolicyAck { 0: contactsOnly bool, 1: allowed count uint }: the policy is stored.
struct ContactPolicyAck {
    bool contactsOnly = false;
    quint32 allowedCount = 0;
    [[nodiscard]] Frame toFrame(quint64 requestId) const;
    [[nodiscard]] static Result<ContactPolicyAck> fromFrame(const Frame &frame);
};

// ---- guarded mode (see Guardian.h for what the guardian signs)

/// How many approvals one GuardedContacts frame may add or remove.
inline constexpr qsizetype kMaxGuardedChanges = 200;
/// How many refused senders a GuardedState lists (the most recent).
inline constexpr qsizetype kMaxGuardedRefusals = 100;

/// GuardedLink { 0: guardianKey bytes(33), 1: linkedAtMs int, 2: signature bytes(64) }
/// The child's app makes its account guarded: the signature is the
/// guardian's over guardianLinkPayload(the child's identity key,
/// guardianKey, linkedAtMs). From then on the relay delivers to and from
/// the account only the guardian and the contacts the guardian approved.
struct GuardedLink {
    QByteArray guardianKey;
    qint64 linkedAtMs = 0;
    QByteArray signature;
    [[nodiscard]] Frame toFrame(quint64 requestId) const;
    [[nodiscard]] static Result<GuardedLink> fromFrame(const Frame &frame);
};

/// One approval as the relay checks it: map { 0: contactId text,
/// 1: approvedAtMs int, 2: signature bytes(64) } over
/// guardianApprovalPayload(child's identity key, contactId, approvedAtMs).
struct GuardedApproval {
    QString contactId;
    qint64 approvedAtMs = 0;
    QByteArray signature;
    bool operator==(const GuardedApproval &) const = default;
};

/// GuardedContacts { 0: child text, 1: add array of approvals (optional),
///                   2: remove array of Cove IDs (optional) }
/// Sent by the child or by their guardian. Every approval must verify
/// against the child's guardian's key; removing needs no signature (it only
/// narrows who may write), and an approval once removed cannot be added
/// again (a new one, signed anew, can).
struct GuardedContacts {
    QString child;
    QList<GuardedApproval> add;
    QStringList remove;
    [[nodiscard]] Frame toFrame(quint64 requestId) const;
    [[nodiscard]] static Result<GuardedContacts> fromFrame(const Frame &frame);
};

/// GuardedRelease { 0: linkedAtMs int, 1: signature bytes(64) }
/// The child's app ends guarded mode with the guardian's signature over
/// guardianReleasePayload(child's identity key, linkedAtMs of the current link).
struct GuardedRelease {
    qint64 linkedAtMs = 0;
    QByteArray signature;
    [[nodiscard]] Frame toFrame(quint64 requestId) const;
    [[nodiscard]] static Result<GuardedRelease> fromFrame(const Frame &frame);
};

/// GuardedQuery { 0: child text }: the child, or their guardian, asks for
/// the account's guarded state.
struct GuardedQuery {
    QString child;
    [[nodiscard]] Frame toFrame(quint64 requestId) const;
    [[nodiscard]] static Result<GuardedQuery> fromFrame(const Frame &frame);
};

/// GuardedState { 0: child text, 1: guarded bool, 2: guardian text (optional),
///                3: linkedAtMs int (optional), 4: contacts array of maps
///                { 0: contactId text, 1: lastAtMs int (0: never) },
///                5: refused array of maps { 0: sender text, 1: lastAtMs int,
///                2: count uint } }
/// `contacts` are the approved ones with when a message last passed
/// between them and the child (never what); `refused` are accounts the
/// relay turned away because they are not approved, newest first.
struct GuardedState {
    struct Contact {
        QString contactId;
        qint64 lastAtMs = 0;
        bool operator==(const Contact &) const = default;
    };
    struct Refusal {
        QString sender;
        qint64 lastAtMs = 0;
        quint32 count = 0;
        bool operator==(const Refusal &) const = default;
    };
    QString child;
    bool guarded = false;
    QString guardian;
    qint64 linkedAtMs = 0;
    QList<Contact> contacts;
    QList<Refusal> refused;
    [[nodiscard]] Frame toFrame(quint64 requestId) const;
    [[nodiscard]] static Result<GuardedState> fromFrame(const Frame &frame);
};

} // namespace cove::protocol::wire
