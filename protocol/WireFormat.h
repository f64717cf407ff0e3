// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCborMap>
#include <QString>

#include <optional>
#include <utility>

namespace cove::protocol {

/// The client-relay frame envelope, shared by the client and cove-relay.
///
/// A frame is the canonical CBOR array
///     [ version (uint), type (uint), requestId (uint), body (map) ]
/// Canonical means RFC 8949 deterministic encoding: definite lengths,
/// shortest integer forms, map keys sorted bytewise by their encoding, no
/// duplicate keys. Bodies may hold integers, byte and text strings, arrays,
/// maps (integer or text keys), booleans and null; no floats, tags,
/// undefined or other simple values. decodeFrame() accepts exactly the
/// bytes encodeFrame() produces, so every accepted frame re-encodes to the
/// same bytes.

inline constexpr int kWireVersion = 1;
inline constexpr qsizetype kMaxFrameSize = 512 * 1024;
/// The body map holds at most this many entries.
inline constexpr qsizetype kMaxBodyEntries = 64;
/// Containers nest at most this deep, counting the body map as 1.
inline constexpr int kMaxBodyDepth = 8;

enum class FrameType : quint8 {
    Hello = 1,
    Challenge,
    Authenticate,
    Authenticated,
    Error,
    Send,
    SendAck,
    Deliver,
    DeliverAck,
    PreKeyUpload,
    PreKeyFetch,
    PreKeyBundle,
    Ping,
    Pong,
    PreKeyStatus,
    AttachmentPut,
    AttachmentPutAck,
    AttachmentGet,
    AttachmentData,
    QueueEmpty,
    ReportSubmit,
    ReportAck,
    ModerationUpdate,
    ModerationUpdateAck,
    ReviewRequest,
    ReviewAck,
    ContactPolicy,
    ContactPolicyAck,
    GuardedLink,
    GuardedContacts,
    GuardedRelease,
    GuardedQuery,
    GuardedState,
    DeliverHold,
};

/// Whether `value` names a FrameType this build knows.
[[nodiscard]] bool isKnownFrameType(quint64 value) noexcept;

struct Frame {
    FrameType type = FrameType::Ping;
    quint64 requestId = 0; ///< pairs a reply with its request; 0 for unsolicited frames
    QCborMap body;         ///< typed by the frame type; may be empty

    bool operator==(const Frame &) const = default;
};

/// The canonical encoding of `frame` (map keys sorted whatever the
/// insertion order). A body holding values outside the allowed types is
/// still written, but decodeFrame() rejects the result.
[[nodiscard]] QByteArray encodeFrame(const Frame &frame);

/// Parses a frame from the other side. TooLarge above kMaxFrameSize (checked
/// before parsing); UnsupportedVersion when the first element is a version
/// other than kWireVersion; Malformed for everything else that encodeFrame()
/// could not have produced: bad CBOR, trailing bytes, wrong shape or types,
/// unknown frame type, a body over kMaxBodyEntries entries or kMaxBodyDepth
/// deep, a string longer than kMaxFrameSize, duplicate keys, non-canonical
/// encoding. Safe on any input.
[[nodiscard]] Result<Frame> decodeFrame(QByteArrayView bytes);

/// Error codes the relay sends in an Error frame.
enum class WireError : quint16 {
    BadFrame = 1,
    UnsupportedVersion,
    NotAuthenticated,
    RateLimited,
    TooLarge,
    NotFound,
    Internal,
    BadSignature,         ///< the challenge signature does not verify
    NoPreKeys,            ///< the account has published no signed prekey
    Expired,              ///< the attachment or envelope is gone
    Refused,              ///< the recipient does not accept this sender
    Busy,                 ///< too many unacknowledged frames; slow down
    Suspended,            ///< moderation suspended or banned this account; detail says until when
    NewConversationLimit, ///< the sender opened as many new conversations today as allowed
};

[[nodiscard]] bool isKnownWireError(quint64 value) noexcept;

/// Body keys of an Error frame: { 0: code (uint), 1: detail (text) }.
inline constexpr qint64 kErrorCodeKey = 0;
inline constexpr qint64 kErrorDetailKey = 1;

/// An Error frame answering `requestId`. `detail` is developer-facing
/// English; it must not contain message content or keys.
[[nodiscard]] Frame makeErrorFrame(quint64 requestId, WireError error, QString detail);

/// The code and detail of an Error frame; nullopt when `frame` is not an
/// Error frame, or its code is missing or unknown, or its detail is not text.
/// A missing detail reads as empty; other keys are ignored.
[[nodiscard]] std::optional<std::pair<WireError, QString>> errorFromFrame(const Frame &frame);

} // namespace cove::protocol
