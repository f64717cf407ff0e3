// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Content.h"
#include "Franking.h"
#include "Result.h"
#include "SecureBuffer.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace cove::protocol {

/// An abuse report as the reporter's device builds it and the moderation
/// intake reads it. Nothing else leaves the device: the messages the
/// reporter picked (each with its franking opening), the attachment files
/// they chose to include (the rest only by the hash the opening already
/// commits to), the category and the "involves a child" flag.
///
/// Encoding: canonical CBOR map (integer keys, ascending)
///   0 version uint (kReportVersion)      1 reporterId text
///   2 reportedId text                    3 category text (taxonomy id)
///   4 involvesChild bool                 5 conversation uint (ConversationKind)
///   6 createdAtMs int                    7 language text (may be empty)
///   8 comment text (may be empty)        9 messages array of 1..kMaxReportMessages
///   10 reportedIndex uint (the message the report is about, into 9)
/// message map:
///   0 committedBytes bytes   1 frankingKey bytes(32)   2 commitment bytes(32)
///   3 senderId text          4 recipientId text        5 serverTimeMs int
///   6 relayTag bytes (empty, or a franking tag)        7 files array of file maps
/// file map: 0 index uint (into the content's attachments), 1 data bytes
///
/// On the way to the relay the encoded report is sealed to the moderation
/// service's X25519 public key (libsodium crypto_box_seal), so the relay's
/// network layer and anyone on the path see only its size.

inline constexpr int kReportVersion = 1;
inline constexpr qsizetype kMaxReportMessages = 30;
inline constexpr qsizetype kMaxReportCommentChars = 1000;
inline constexpr qsizetype kMaxCategoryIdChars = 64;
inline constexpr qsizetype kModerationPublicKeySize = 32; ///< X25519 (crypto_box)
/// A sealed report travels in one ReportSubmit frame: the messages' texts and
/// the files the reporter includes must fit in this many bytes.
inline constexpr qsizetype kMaxSealedReportSize = 480 * 1024;
/// What sealing adds to the encoded report (an ephemeral key and a MAC).
inline constexpr qsizetype kReportSealOverhead = 48;

enum class ConversationKind : quint8 {
    Direct = 1,
    Group = 2,
    Request = 3, ///< a message request not (yet) accepted
};

/// A file the reporter chose to include with a reported message.
struct ReportedFile {
    quint32 index = 0; ///< the attachment's position in the message's content
    QByteArray data;   ///< the plaintext file
    bool operator==(const ReportedFile &) const = default;
};

/// One reported message with everything that proves who sent it.
struct ReportedMessage {
    FrankingOpening opening;
    QString senderId;
    QString recipientId; ///< whom the relay delivered it to (the reporter)
    qint64 serverTimeMs = 0;
    QByteArray relayTag; ///< the relay's franking tag; empty when the reporter has none
    QList<ReportedFile> files;
    bool operator==(const ReportedMessage &) const = default;
};

struct ReportBundle {
    QString reporterId;
    QString reportedId;
    QString category;
    bool involvesChild = false;
    ConversationKind conversation = ConversationKind::Direct;
    qint64 createdAtMs = 0;
    QString language;
    QString comment;
    QList<ReportedMessage> messages; ///< in conversation order
    quint32 reportedIndex = 0;       ///< the message the report is about
    bool operator==(const ReportBundle &) const = default;
};

[[nodiscard]] QByteArray encodeReport(const ReportBundle &report);
/// Parses a report: Malformed for anything that encodeReport() could not
/// have produced from an in-bounds bundle, UnsupportedVersion for another
/// version. The openings are parsed, not verified (see verifyReportedMessage()).
[[nodiscard]] Result<ReportBundle> decodeReport(QByteArrayView bytes);

/// The moderation service's key pair (libsodium crypto_box).
struct ModerationKeyPair {
    QByteArray publicKey;   ///< kModerationPublicKeySize bytes, published by the relay
    SecureBuffer secretKey; ///< 32 bytes, never leaves the moderation service
};
[[nodiscard]] ModerationKeyPair generateModerationKeyPair();
/// The key pair of a stored secret key (the public key is derived).
[[nodiscard]] Result<ModerationKeyPair> moderationKeyPairFromSecret(const SecureBuffer &secretKey);

/// encodeReport() sealed to `moderationPublicKey`. InvalidKey for a key of
/// the wrong size; TooLarge when the sealed report exceeds kMaxSealedReportSize.
[[nodiscard]] Result<QByteArray> sealReport(QByteArrayView moderationPublicKey,
                                            const ReportBundle &report);
/// Opens and parses a sealed report: InvalidMac when it was not sealed to
/// this key or was altered, then decodeReport()'s errors.
[[nodiscard]] Result<ReportBundle> openSealedReport(const ModerationKeyPair &keys,
                                                    QByteArrayView sealed);

/// What the intake can say about one reported message.
enum class Verification : quint8 {
    Verified = 1,           ///< the accused sent exactly this content to the recipient
    OwnMessage = 2,         ///< the reporter's own message: nothing to verify against
    TagMissing = 3,         ///< no relay tag came with it
    ContentMismatch = 4,    ///< the opening does not open the commitment (edited content)
    TagInvalid = 5,         ///< the tag does not sign (commitment, sender, recipient, time)
    AttachmentMismatch = 6, ///< an included file is not the one the content committed to
    Malformed = 7,          ///< the opened bytes are not a valid content
};

struct MessageVerification {
    Verification result = Verification::Malformed;
    std::optional<Content> content; ///< the opened content, whenever it opened
};

/// Checks one reported message against the relay's franking public key:
/// the opening against its commitment, the relay's tag over (commitment,
/// sender, recipient, server time), and each included file against the
/// plaintext hash and size the content committed to.
[[nodiscard]] MessageVerification verifyReportedMessage(const ReportedMessage &message,
                                                        QByteArrayView frankingPublicKey,
                                                        const QString &reporterId);

} // namespace cove::protocol
