// SPDX-License-Identifier: GPL-3.0-or-later
#include "WireFormat.h"

#include <QCborArray>
#include <QCborStreamReader>
#include <QCborValue>

#include <algorithm>
#include <cstring>
#include <vector>

namespace cove::protocol {
namespace {

constexpr quint64 kLastFrameType = quint64(FrameType::DeliverHold);
constexpr quint64 kLastWireError = quint64(WireError::NewConversationLimit);

// ---- Canonical writing --------------------------------------------------------
// Written byte by byte rather than through QCborStreamWriter, which opens a
// QBuffer (a QObject) for every QByteArray it writes to: one per map key
// below, on every frame the relay sends.

/// A CBOR head (RFC 8949 section 3) in its shortest form.
void appendHead(QByteArray &out, quint8 major, quint64 value)
{
    const auto initial = [major](unsigned low) { return char((unsigned(major) << 5) | low); };
    int bytes = 0;
    if (value < 24) {
        out.append(initial(unsigned(value)));
        return;
    }
    if (value <= 0xff) {
        out.append(initial(24));
        bytes = 1;
    } else if (value <= 0xffff) {
        out.append(initial(25));
        bytes = 2;
    } else if (value <= 0xffffffffULL) {
        out.append(initial(26));
        bytes = 4;
    } else {
        out.append(initial(27));
        bytes = 8;
    }
    for (int i = bytes - 1; i >= 0; --i)
        out.append(char((value >> (8 * i)) & 0xff));
}

void writeCanonical(QByteArray &out, const QCborValue &v);

QByteArray canonicalBytes(const QCborValue &v)
{
    QByteArray out;
    writeCanonical(out, v);
    return out;
}

struct MapEntry {
    QByteArray encodedKey;
    QCborValue value;
};

// Entries sorted bytewise by the canonical encoding of their keys
// (RFC 8949 section 4.2.1); stable, so duplicates keep their order.
std::vector<MapEntry> sortedEntries(const QCborMap &map)
{
    std::vector<MapEntry> entries;
    entries.reserve(std::size_t(map.size()));
    for (auto it = map.constBegin(); it != map.constEnd(); ++it)
        entries.push_back({canonicalBytes(it.key()), it.value()});
    std::stable_sort(entries.begin(), entries.end(), [](const MapEntry &a, const MapEntry &b) {
        return a.encodedKey < b.encodedKey;
    });
    return entries;
}

void writeCanonical(QByteArray &out, const QCborValue &v)
{
    switch (v.type()) {
    case QCborValue::Integer: {
        const qint64 i = v.toInteger();
        if (i >= 0)
            appendHead(out, 0, quint64(i));
        else
            appendHead(out, 1, quint64(-1 - i));
        return;
    }
    case QCborValue::ByteArray: {
        const QByteArray b = v.toByteArray();
        appendHead(out, 2, quint64(b.size()));
        out.append(b);
        return;
    }
    case QCborValue::String: {
        const QByteArray utf8 = v.toString().toUtf8();
        appendHead(out, 3, quint64(utf8.size()));
        out.append(utf8);
        return;
    }
    case QCborValue::Array: {
        const QCborArray array = v.toArray();
        appendHead(out, 4, quint64(array.size()));
        for (const QCborValue &element : array)
            writeCanonical(out, element);
        return;
    }
    case QCborValue::Map: {
        const std::vector<MapEntry> entries = sortedEntries(v.toMap());
        appendHead(out, 5, quint64(entries.size()));
        for (const MapEntry &e : entries) {
            out.append(e.encodedKey);
            writeCanonical(out, e.value);
        }
        return;
    }
    case QCborValue::False:
        out.append(char(0xf4));
        return;
    case QCborValue::True:
        out.append(char(0xf5));
        return;
    case QCborValue::Null:
        out.append(char(0xf6));
        return;
    default:
        // Not allowed in a body; written as Qt would so the count of items
        // stays right, and decodeFrame() rejects it.
        out.append(v.toCbor());
        return;
    }
}

// ---- Validation -----------------------------------------------------------------

Error malformed(QString detail)
{
    return makeError(ErrorCode::Malformed, QStringLiteral("frame ") + detail);
}

std::optional<Error> validateValue(const QCborValue &v, int depth)
{
    switch (v.type()) {
    case QCborValue::Integer:
    case QCborValue::False:
    case QCborValue::True:
    case QCborValue::Null:
        return std::nullopt;
    case QCborValue::ByteArray:
        if (v.toByteArray().size() > kMaxFrameSize)
            return malformed(QStringLiteral("body holds a byte string that is too long"));
        return std::nullopt;
    case QCborValue::String:
        if (v.toString().toUtf8().size() > kMaxFrameSize)
            return malformed(QStringLiteral("body holds a text string that is too long"));
        return std::nullopt;
    case QCborValue::Array: {
        if (depth + 1 > kMaxBodyDepth)
            return malformed(QStringLiteral("body nests deeper than 8"));
        const QCborArray array = v.toArray();
        for (const QCborValue &element : array) {
            if (auto e = validateValue(element, depth + 1))
                return e;
        }
        return std::nullopt;
    }
    case QCborValue::Map: {
        if (depth + 1 > kMaxBodyDepth)
            return malformed(QStringLiteral("body nests deeper than 8"));
        const QCborMap map = v.toMap();
        for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
            const QCborValue key = it.key();
            if (!key.isInteger() && !key.isString())
                return malformed(
                    QStringLiteral("body has a map key that is not an integer or text"));
            if (auto e = validateValue(key, depth + 1))
                return e;
            if (auto e = validateValue(it.value(), depth + 1))
                return e;
        }
        // Duplicates are found here, not by the canonical comparison: sorted
        // duplicates would re-encode to the same bytes.
        const std::vector<MapEntry> entries = sortedEntries(map);
        for (std::size_t i = 1; i < entries.size(); ++i) {
            if (entries[i - 1].encodedKey == entries[i].encodedKey)
                return malformed(QStringLiteral("body has a duplicate map key"));
        }
        return std::nullopt;
    }
    default:
        return malformed(QStringLiteral("body holds an unsupported CBOR type ") +
                         QString::number(int(v.type())));
    }
}

// The body map itself is depth 1: validateValue() counts the container it
// is asked about as one level below `depth`.
std::optional<Error> validateBody(const QCborValue &body)
{
    if (body.toMap().size() > kMaxBodyEntries)
        return malformed(QStringLiteral("body has more than 64 entries"));
    return validateValue(body, 0);
}

bool sameBytes(const QByteArray &a, QByteArrayView b)
{
    return a.size() == b.size() &&
           (a.isEmpty() || std::memcmp(a.constData(), b.data(), std::size_t(a.size())) == 0);
}

} // namespace

bool isKnownFrameType(quint64 value) noexcept
{
    return value >= quint64(FrameType::Hello) && value <= kLastFrameType;
}

bool isKnownWireError(quint64 value) noexcept
{
    return value >= quint64(WireError::BadFrame) && value <= kLastWireError;
}

QByteArray encodeFrame(const Frame &frame)
{
    QByteArray out;
    appendHead(out, 4, 4);
    appendHead(out, 0, quint64(kWireVersion));
    appendHead(out, 0, quint64(frame.type));
    appendHead(out, 0, frame.requestId);
    writeCanonical(out, frame.body);
    return out;
}

Result<Frame> decodeFrame(QByteArrayView bytes)
{
    if (bytes.size() > kMaxFrameSize)
        return makeError(ErrorCode::TooLarge, QStringLiteral("frame exceeds 512 KiB"));
    if (bytes.isEmpty())
        return malformed(QStringLiteral("is empty"));

    QCborStreamReader r(bytes.data(), bytes.size());
    if (!r.isArray() || !r.enterContainer())
        return malformed(QStringLiteral("is not a CBOR array"));

    // The version comes first and decides the shape of the rest, so nothing
    // after it is looked at before it is known.
    if (!r.hasNext() || !r.isUnsignedInteger())
        return malformed(QStringLiteral("version is not an unsigned integer"));
    const quint64 version = r.toUnsignedInteger();
    if (version != quint64(kWireVersion))
        return makeError(ErrorCode::UnsupportedVersion, QStringLiteral("frame version ") +
                                                            QString::number(version) +
                                                            QStringLiteral(" is not supported"));
    r.next();

    if (!r.hasNext() || !r.isUnsignedInteger())
        return malformed(QStringLiteral("type is not an unsigned integer"));
    const quint64 type = r.toUnsignedInteger();
    if (!isKnownFrameType(type))
        return malformed(QStringLiteral("type ") + QString::number(type) +
                         QStringLiteral(" is unknown"));
    r.next();

    if (!r.hasNext() || !r.isUnsignedInteger())
        return malformed(QStringLiteral("request id is not an unsigned integer"));
    const quint64 requestId = r.toUnsignedInteger();
    r.next();

    if (!r.hasNext() || !r.isMap())
        return malformed(QStringLiteral("body is not a map"));
    const QCborValue body = QCborValue::fromCbor(r);
    // Qt 6.4 can leave a half-built value behind on error (touching it, e.g.
    // with toCbor(), crashes), so the body is used only after this check.
    if (r.lastError() != QCborError::NoError)
        return malformed(QStringLiteral("body is not valid CBOR"));
    if (r.hasNext())
        return malformed(QStringLiteral("has more than four elements"));
    if (r.lastError() != QCborError::NoError || !r.leaveContainer() ||
        r.lastError() != QCborError::NoError)
        return malformed(QStringLiteral("is not valid CBOR"));
    if (r.currentOffset() != bytes.size())
        return malformed(QStringLiteral("has trailing bytes"));

    if (auto e = validateBody(body))
        return *e;

    Frame frame{FrameType(type), requestId, body.toMap()};
    if (!sameBytes(encodeFrame(frame), bytes))
        return malformed(QStringLiteral("encoding is non-canonical"));
    return frame;
}

Frame makeErrorFrame(quint64 requestId, WireError error, QString detail)
{
    QCborMap body;
    body.insert(kErrorCodeKey, qint64(error));
    body.insert(kErrorDetailKey, detail);
    return Frame{FrameType::Error, requestId, body};
}

std::optional<std::pair<WireError, QString>> errorFromFrame(const Frame &frame)
{
    if (frame.type != FrameType::Error)
        return std::nullopt;
    const QCborValue code = frame.body.value(kErrorCodeKey);
    if (!code.isInteger() || code.toInteger() < 0 || !isKnownWireError(quint64(code.toInteger())))
        return std::nullopt;
    QString detail;
    if (frame.body.contains(kErrorDetailKey)) {
        const QCborValue value = frame.body.value(kErrorDetailKey);
        if (!value.isString())
            return std::nullopt;
        detail = value.toString();
    }
    return std::pair{WireError(code.toInteger()), detail};
}

} // namespace cove::protocol
