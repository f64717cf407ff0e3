// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Small helpers for Qt Test suites that check protocol Results.

#include "Result.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

namespace cove::test {

/// Flips the bits of `mask` in the byte at `offset` of the file at `path`,
/// as a bad sector or a damaged copy would. Returns whether it could.
inline bool flipBits(const QString &path, qint64 offset, char mask)
{
    QFile f(path);
    char byte = 0;
    return f.open(QIODevice::ReadWrite) && f.seek(offset) && f.getChar(&byte) && f.seek(offset) &&
           f.putChar(char(byte ^ mask));
}

/// A byte inside the page of the middle frame of the SQLite write-ahead log
/// at `walPath` (4096-byte pages: a 32-byte header, then frames of a
/// 24-byte header and a page), or -1 when it holds fewer than `minFrames`.
inline qint64 middleOfWriteAheadLog(const QString &walPath, qint64 minFrames)
{
    constexpr qint64 kFrame = 24 + 4096;
    const qint64 frames = (QFileInfo(walPath).size() - 32) / kFrame;
    return frames < minFrames ? -1 : 32 + (frames / 2) * kFrame + 24 + 1000;
}

/// "ok" or the error code's name, for QCOMPARE against an expected code.
template <typename T> QByteArray codeOf(const protocol::Result<T> &r)
{
    return r.ok() ? QByteArrayLiteral("ok") : QByteArray(protocol::errorCodeName(r.code()));
}

/// The error's detail, for failure messages.
template <typename T> QByteArray why(const protocol::Result<T> &r)
{
    return r.ok() ? QByteArray() : r.error().detail.toUtf8();
}

inline QByteArray hex(const char *h)
{
    return QByteArray::fromHex(QByteArray(h));
}

/// With COVE_FUZZ_SEEDS set to the seed folder (tests/fuzz/corpus), writes
/// `bytes` as a seed of the fuzz target `target`: how the committed seeds
/// are made from the suites' own valid values.
inline void writeFuzzSeed(const char *target, const QString &name, const QByteArray &bytes)
{
    const QString root = qEnvironmentVariable("COVE_FUZZ_SEEDS");
    if (root.isEmpty())
        return;
    const QDir dir(root + QLatin1Char('/') + QLatin1String(target));
    QDir().mkpath(dir.path());
    QString file = name;
    for (QChar &c : file)
        if (!c.isLetterOrNumber() || c.unicode() > 0x7f)
            c = u'_';
    QFile f(dir.filePath(file));
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(bytes);
}

} // namespace cove::test

/// Verifies that a Result is ok, printing its error detail when it is not.
#define COVE_VERIFY_OK(expr)                                                                       \
    do {                                                                                           \
        const auto &r_ = (expr);                                                                   \
        QVERIFY2(r_.ok(), cove::test::why(r_).constData());                                        \
    } while (false)
