// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

namespace cove::protocol {

/// The encrypted content format: what travels inside a Signal ciphertext.
///
/// Content is canonical CBOR (RFC 8949): one definite-length map with small
/// unsigned integer keys written in ascending order, integers in their
/// shortest form, definite-length strings, no tags, no floats. Optional
/// fields are left out when absent, and so are an empty body and an empty
/// attachment list. Every Content has exactly one encoding, and the decoder
/// accepts only that one, because franking commits to exact bytes.
///
/// Top-level map (ContentKey):
///   0 version        uint, kContentVersion
///   1 messageId      bytes, kMessageIdSize
///   2 sentAtMs       int (milliseconds since the Unix epoch, sender's clock)
///   3 body           text, 1..kMaxBodyUtf8Bytes UTF-8 bytes      (optional)
///   4 attachments    array of 1..kMaxAttachments attachment maps (optional)
///   5 forwardCount   uint, 0..2^32-1
///   6 frankingKey    bytes, kFrankingKeySize (absent in committedBytes())
///   7 expireTimer    uint, 0..2^32-1 seconds                      (optional)
///   8 quote          quote map                                    (optional)
///   9 group          group map                                    (optional)
///  10 receipt        receipt map                                  (optional)
///  11 groupUpdate    group update map; needs 9                    (optional)
///  12 senderKey      bytes, 1..kMaxSenderKeyDistributionSize; needs 9 (optional)
///  13 timerUpdate    true: this message sets the conversation's timer to 7
///                    (0 or absent 7: off)                          (optional)
///  14 joinRequest    join request map: asks a group's admin to be let in
///                    by the group's invite link                    (optional)
///  15 guardian       guardian map: guarded mode between a child's app and
///                    their guardian's (pairing, contact approvals) (optional)
///  16 resend         bytes, kResendSize: the franking commitment of an
///                    envelope from this content's recipient that could not
///                    be decrypted; asks them to send that message again
///                    (optional)
/// Attachment map (AttachmentKey), all required: 0 blobId, 1 key,
/// 2 plaintextSha256, 3 size, 4 mimeType, 5 fileName.
/// Quote map (QuoteKey), all required: 0 messageId, 1 authorId, 2 excerpt.
/// Group map (GroupKey), all required: 0 groupId, 1 revision.
/// Receipt map (ReceiptKey), all required: 0 type (1 delivered, 2 read),
///   1 messageIds: array of 1..kMaxReceiptIds kMessageIdSize-byte ids.
/// Group update map (GroupUpdateKey): 0 name (text, 0..kMaxGroupNameChars
///   code points), 1 members: array of 1..kMaxGroupMembers member maps,
///   sorted by Cove ID, no duplicates (both required); 2 permissions (uint,
///   known GroupPermission bits, 1..3; left out when 0); 3 inviteToken
///   (bytes, kInviteTokenSize; the group's invite link, left out when it
///   has none); 4 inviteApproval (true: an admin lets each joiner in; needs
///   3, left out when false); 5 creator (text, the Cove ID of whoever
///   created the group, 1..kMaxAuthorIdSize ASCII characters; left out when
///   unknown, in groups made before it was sent).
/// Join request map (JoinRequestKey), all required: 0 groupId, 1 token
///   (kInviteTokenSize bytes, from the link).
/// Guardian map (GuardianKey): 0 kind (uint, a GuardianMessage::Kind) and
///   what that kind needs, nothing else: 1 secret (bytes, kPairingSecretSize),
///   2 contactId (text, 1..kMaxAuthorIdSize ASCII characters), 3 name
///   (text, 1..kMaxGuardianNameChars code points), 4 atMs (uint),
///   5 signature (bytes, kGuardianSignatureSize), 6 quietFrom and 7
///   quietUntil (uint, minutes after midnight, 0..1439; both or neither).
///   See GuardianMessage.
/// Member map (MemberKey), all required: 0 coveId (text, 1..kMaxAuthorIdSize
///   ASCII characters), 1 role (1 member, 2 admin).

inline constexpr int kContentVersion = 1;
/// Largest encoded content decodeContent() looks at.
inline constexpr qsizetype kMaxContentSize = 256 * 1024;

inline constexpr qsizetype kMessageIdSize = 16;
inline constexpr qsizetype kMaxBodyUtf8Bytes = 65536;
inline constexpr qsizetype kMaxAttachments = 32;
inline constexpr qsizetype kMaxBlobIdSize = 64;
inline constexpr qsizetype kAttachmentKeySize = 32;
inline constexpr qsizetype kAttachmentHashSize = 32;
inline constexpr quint64 kMaxAttachmentSize = 100 * 1024 * 1024;
/// Text limits other than the body count Unicode code points.
inline constexpr qsizetype kMaxMimeTypeChars = 127;
inline constexpr qsizetype kMaxFileNameChars = 255;
inline constexpr qsizetype kMaxAuthorIdSize = 64;
inline constexpr qsizetype kMaxQuoteExcerptChars = 512;
inline constexpr qsizetype kMinGroupIdSize = 16;
inline constexpr qsizetype kMaxGroupIdSize = 32;
inline constexpr qsizetype kMaxReceiptIds = 100;
inline constexpr qsizetype kMaxGroupNameChars = 128;
inline constexpr qsizetype kMaxGroupMembers = 1000;
inline constexpr qsizetype kMaxSenderKeyDistributionSize = 1024;
/// A resend request names an envelope by its franking commitment.
inline constexpr qsizetype kResendSize = 32;
inline constexpr qsizetype kInviteTokenSize = 16;
inline constexpr qsizetype kMaxGuardianNameChars = 128;
inline constexpr qsizetype kGuardianSignatureSize = 64; ///< XEdDSA

/// Map keys of the top-level content map.
enum class ContentKey : quint8 {
    Version = 0,
    MessageId = 1,
    SentAtMs = 2,
    Body = 3,
    Attachments = 4,
    ForwardCount = 5,
    FrankingKey = 6,
    ExpireTimer = 7,
    Quote = 8,
    Group = 9,
    Receipt = 10,
    GroupUpdate = 11,
    SenderKey = 12,
    TimerUpdate = 13,
    JoinRequest = 14,
    Guardian = 15,
    Resend = 16,
};
enum class AttachmentKey : quint8 {
    BlobId = 0,
    Key = 1,
    PlaintextSha256 = 2,
    Size = 3,
    MimeType = 4,
    FileName = 5
};
enum class QuoteKey : quint8 { MessageId = 0, AuthorId = 1, Excerpt = 2 };
enum class GroupKey : quint8 { GroupId = 0, Revision = 1 };
enum class ReceiptKey : quint8 { Type = 0, MessageIds = 1 };
enum class GroupUpdateKey : quint8 {
    Name = 0,
    Members = 1,
    Permissions = 2,
    InviteToken = 3,
    InviteApproval = 4,
    Creator = 5,
};
enum class JoinRequestKey : quint8 { GroupId = 0, Token = 1 };
enum class MemberKey : quint8 { CoveId = 0, Role = 1 };
enum class GuardianKey : quint8 {
    Kind = 0,
    Secret = 1,
    ContactId = 2,
    Name = 3,
    AtMs = 4,
    Signature = 5,
    QuietFrom = 6,
    QuietUntil = 7,
};

/// An encrypted attachment as the message refers to it. The blob itself is
/// stored elsewhere, encrypted under `key`.
struct AttachmentDescriptor {
    QByteArray blobId;          ///< 1..kMaxBlobIdSize bytes, names the encrypted blob
    QByteArray key;             ///< kAttachmentKeySize bytes
    QByteArray plaintextSha256; ///< SHA-256 of the plaintext file; what franking commits to
    quint64 size = 0;           ///< plaintext size in bytes, at most kMaxAttachmentSize
    QString mimeType;           ///< at most kMaxMimeTypeChars code points, may be empty
    QString fileName;           ///< at most kMaxFileNameChars code points, may be empty

    bool operator==(const AttachmentDescriptor &) const = default;
};

/// A reply's reference to an earlier message.
struct Quote {
    QByteArray messageId; ///< kMessageIdSize bytes
    QByteArray authorId;  ///< 1..kMaxAuthorIdSize bytes
    QString excerpt;      ///< at most kMaxQuoteExcerptChars code points, may be empty

    bool operator==(const Quote &) const = default;
};

/// Which group (and which revision of its membership) a message belongs to.
struct GroupContext {
    QByteArray groupId; ///< kMinGroupIdSize..kMaxGroupIdSize bytes
    quint32 revision = 0;

    bool operator==(const GroupContext &) const = default;
};

/// Delivery and read receipts, sent back to a message's author.
struct Receipt {
    enum class Type : quint8 { Delivered = 1, Read = 2 };
    Type type = Type::Delivered;
    QList<QByteArray> messageIds; ///< 1..kMaxReceiptIds ids of the author's messages
    bool operator==(const Receipt &) const = default;
};

/// One member of a group and their role.
struct GroupMember {
    enum class Role : quint8 { Member = 1, Admin = 2 };
    QString coveId;
    Role role = Role::Member;
    bool operator==(const GroupMember &) const = default;
};

/// A group's full state after a change (creation, rename, members added or
/// removed, roles changed, someone leaving), sent end-to-end encrypted to
/// every member old and new. The revision is in the group map (key 9).
struct GroupUpdate {
    /// What members who are not admins may do; admins always may. Bits of
    /// GroupPermission; 0 (the default, left out on the wire): members send
    /// messages and do nothing else.
    enum GroupPermission : quint8 {
        OnlyAdminsSend = 1, ///< members read; only admins send messages
        MembersRename = 2,  ///< members may change the group's name
    };
    static constexpr quint8 kKnownPermissions = OnlyAdminsSend | MembersRename;
    QString name;
    QList<GroupMember> members; ///< sorted by coveId, unique
    quint8 permissions = 0;
    /// The secret of the group's invite link (kInviteTokenSize bytes);
    /// empty: no link. Whoever holds the link may ask an admin to join.
    QByteArray inviteToken = {};
    /// Joining by the link needs an admin's approval (needs a token).
    bool inviteApproval = false;
    /// Who created the group (a claim of the admin who sent the update,
    /// shown in an invitation's overview); empty when unknown.
    QString creator = {};
    bool operator==(const GroupUpdate &) const = default;
};

/// Someone with a group's invite link asks one of its admins, one to one,
/// to be let in. The admin's app checks the token against the group's.
struct JoinRequest {
    QByteArray groupId; ///< kMinGroupIdSize..kMaxGroupIdSize bytes
    QByteArray token;   ///< kInviteTokenSize bytes
    bool operator==(const JoinRequest &) const = default;
};

/// Guarded mode, between a child's app and their guardian's, one to one.
/// The statements the guardian signs are those of Guardian.h.
struct GuardianMessage {
    enum class Kind : quint8 {
        /// child → guardian: pair with me. secret (from the guardian's
        /// link), name (the child's name).
        PairRequest = 1,
        /// guardian → child: paired. atMs (linkedAtMs), signature (the link
        /// statement), and optionally name (the guardian's name).
        PairAccept = 2,
        /// child → guardian: may I add this person? contactId, name (as the child calls them).
        ContactAsk = 3,
        /// guardian → child: yes. contactId, atMs, signature (the approval statement).
        ContactApproved = 4,
        /// guardian → child: no. contactId.
        ContactDeclined = 5,
        /// guardian → child: guarded mode ends. atMs (the link's linkedAtMs), signature.
        Release = 6,
        /// child → guardian: I need help (the body may say more; contactId
        /// names whom it is about, when the child chose someone).
        HelpRequest = 7,
        /// either way: this contact was removed. contactId.
        ContactRemoved = 8,
        /// child → guardian: I blocked this person. contactId.
        Blocked = 9,
        /// child → guardian: I reported this person. contactId.
        Reported = 10,
        /// guardian → child: quiet hours from quietFrom to quietUntil (local
        /// time, minutes after midnight); neither: no quiet hours.
        QuietHours = 11,
        /// guardian → child: share the photos and files of your chats with me.
        MediaSharingOn = 12,
        /// guardian → child: stop sharing them.
        MediaSharingOff = 13,
        /// child → guardian: a copy of the files (content key 4 of the same
        /// content) the child sent to or received from contactId.
        SharedMedia = 14,
    };
    static constexpr quint8 kLastKind = quint8(Kind::SharedMedia);
    static constexpr quint32 kMinutesPerDay = 24 * 60;
    Kind kind = Kind::PairRequest;
    QByteArray secret = {};
    QString contactId = {};
    QString name = {};
    std::optional<qint64> atMs = {};
    QByteArray signature = {};
    std::optional<quint32> quietFrom = {};
    std::optional<quint32> quietUntil = {};
    bool operator==(const GuardianMessage &) const = default;
};

/// One message's content.
struct Content {
    QByteArray messageId; ///< kMessageIdSize random bytes; makes receiving idempotent
    qint64 sentAtMs = 0;
    QString body;                            ///< at most kMaxBodyUtf8Bytes in UTF-8
    QList<AttachmentDescriptor> attachments; ///< at most kMaxAttachments
    quint32 forwardCount = 0;
    QByteArray frankingKey; ///< kFrankingKeySize fresh random bytes per message
    std::optional<quint32> expireTimerSeconds;
    std::optional<Quote> quote;
    std::optional<GroupContext> group;
    std::optional<Receipt> receipt;
    std::optional<GroupUpdate> groupUpdate;
    QByteArray senderKeyDistribution; ///< empty when absent
    bool timerUpdate = false;
    std::optional<JoinRequest> joinRequest;
    std::optional<GuardianMessage> guardian;
    /// The commitment of a message to send again (kResendSize bytes; empty when absent).
    QByteArray resend;

    bool operator==(const Content &) const = default;
};

/// The canonical encoding of `content`. Deterministic: equal contents give
/// equal bytes. It does not check bounds; a content out of bounds encodes to
/// bytes that decodeContent() rejects (see validateContent()).
[[nodiscard]] QByteArray encodeContent(const Content &content);

/// Parses content received inside a ciphertext. Fails with TooLarge above
/// kMaxContentSize, UnsupportedVersion for another version, and Malformed for
/// anything else that is not the canonical encoding of an in-bounds Content:
/// bad CBOR, trailing bytes, missing/unknown/duplicate keys, wrong types,
/// values out of bounds, or a valid value encoded non-canonically.
[[nodiscard]] Result<Content> decodeContent(QByteArrayView bytes);

/// The bytes franking commits to: encodeContent() with the franking key
/// left out, since the key travels inside the same ciphertext and cannot
/// commit to itself. Everything else is inside, so a reporter cannot alter
/// it: the body, the forward count (forward labels and limits cannot be
/// disowned), the quote, the timer, and each attachment through its
/// plaintextSha256 (so one attachment ciphertext cannot be passed off as a
/// different file: the "invisible salamanders" attack).
[[nodiscard]] QByteArray committedBytes(const Content &content);

/// Ok when `content` is within every bound and survives an encode/decode
/// round trip unchanged (so, e.g., text holding lone surrogates fails).
/// The send path calls this before encrypting.
[[nodiscard]] Result<void> validateContent(const Content &content);

/// A new content carrying `body`, with a fresh random messageId and
/// frankingKey and the current time.
[[nodiscard]] Content makeContent(QString body);

namespace detail {

/// Which encoding decodeContentAs() expects.
enum class ContentForm {
    Full,      ///< encodeContent(): the franking key is required
    Committed, ///< committedBytes(): the franking key must be absent
};

/// decodeContent() with the choice of form; openContent() decodes the
/// committed form with the same parser. The franking key of a Committed
/// decode is left empty.
[[nodiscard]] Result<Content> decodeContentAs(QByteArrayView bytes, ContentForm form);

} // namespace detail

} // namespace cove::protocol
