// SPDX-License-Identifier: GPL-3.0-or-later
#include "CoveId.h"

#include "Crypto.h"

#include <array>

namespace cove::protocol {
namespace {

constexpr char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr qsizetype kBodyChars = 16;
constexpr char kIdLabel[] = "cove-id-v1";
constexpr char kCheckLabel[] = "cove-id-check-v1";

/// The value of a Crockford character, folding the look-alikes; -1 if none.
int valueOf(QChar c)
{
    // Only ASCII: QChar::toUpper() would also fold e.g. dotless i to I and
    // long s to S.
    if (c.unicode() > 0x7f)
        return -1;
    const char16_t u = c.toUpper().unicode();
    if (u == u'O')
        return 0;
    if (u == u'I' || u == u'L')
        return 1;
    for (int i = 0; i < 32; ++i)
        if (char16_t(kAlphabet[i]) == u)
            return i;
    return -1;
}

/// Base32 of the first `chars` * 5 bits of `bytes`.
QString encodeBits(QByteArrayView bytes, qsizetype chars)
{
    QString out;
    out.reserve(chars);
    for (qsizetype i = 0; i < chars; ++i) {
        int value = 0;
        for (qsizetype b = i * 5; b < i * 5 + 5; ++b) {
            const auto byte = quint8(bytes[b / 8]);
            value = (value << 1) | ((byte >> (7 - b % 8)) & 1);
        }
        out.append(QLatin1Char(kAlphabet[value]));
    }
    return out;
}

QString checksum(const QString &body)
{
    QByteArray message(kCheckLabel);
    message.append(body.toLatin1());
    return encodeBits(crypto::sha256(message), 2);
}

} // namespace

QString coveIdForIdentityKey(QByteArrayView identityKey)
{
    if (identityKey.size() != 33)
        return {};
    QByteArray message(kIdLabel);
    message.append(identityKey);
    const QString body = encodeBits(crypto::sha256(message), kBodyChars);
    return body + checksum(body);
}

QString normalizeCoveId(const QString &typed)
{
    QString canonical;
    canonical.reserve(kCoveIdLength);
    for (const QChar c : typed) {
        if (c == u'-' || c.isSpace())
            continue;
        const int v = valueOf(c);
        if (v < 0 || canonical.size() == kCoveIdLength)
            return {};
        canonical.append(QLatin1Char(kAlphabet[v]));
    }
    if (canonical.size() != kCoveIdLength)
        return {};
    if (checksum(canonical.left(kBodyChars)) != canonical.mid(kBodyChars))
        return {};
    return canonical;
}

bool isCanonicalCoveId(const QString &coveId)
{
    return coveId.size() == kCoveIdLength && normalizeCoveId(coveId) == coveId;
}

bool coveIdMatchesKey(const QString &coveId, QByteArrayView identityKey)
{
    const QString derived = coveIdForIdentityKey(identityKey);
    return !derived.isEmpty() && derived == coveId;
}

QString displayCoveId(const QString &coveId)
{
    QString out;
    for (qsizetype i = 0; i < coveId.size(); ++i) {
        if (i > 0 && i % 4 == 0)
            out.append(u'-');
        out.append(coveId.at(i));
    }
    return out;
}

} // namespace cove::protocol
