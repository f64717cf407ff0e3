// SPDX-License-Identifier: GPL-3.0-or-later
#include "SafeText.h"

#include <QStringList>

#include <algorithm>

namespace cove::protocol {

namespace {

bool isUnsafe(char32_t c)
{
    // Control characters, the bidirectional controls and marks, zero-width
    // and other invisible formatting characters, lone surrogates, and line
    // or paragraph separators.
    if (c < 0x20 || (c >= 0x7F && c <= 0x9F))
        return true;
    switch (QChar::category(c)) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Other_Surrogate:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        return false;
    }
}

bool isReserved(char32_t c)
{
    // Path separators everywhere, and what Windows refuses in a name.
    switch (c) {
    case U'/':
    case U'\\':
    case U':':
    case U'*':
    case U'?':
    case U'"':
    case U'<':
    case U'>':
    case U'|':
        return true;
    default:
        return false;
    }
}

bool isDeviceName(const QString &name)
{
    // CON, PRN, AUX, NUL, COM1-9 and LPT1-9 are devices on Windows whatever
    // extension follows ("nul.txt" too).
    const QString stem = name.section(QLatin1Char('.'), 0, 0).trimmed().toUpper();
    static const QStringList devices = {QStringLiteral("CON"), QStringLiteral("PRN"),
                                        QStringLiteral("AUX"), QStringLiteral("NUL")};
    if (devices.contains(stem))
        return true;
    return stem.size() == 4 &&
           (stem.startsWith(QLatin1String("COM")) || stem.startsWith(QLatin1String("LPT"))) &&
           stem.at(3) >= QLatin1Char('1') && stem.at(3) <= QLatin1Char('9');
}

QString cutToBytes(const QString &name, int maxBytes)
{
    if (name.toUtf8().size() <= maxBytes)
        return name;
    // Keep a short extension; shorten the stem a whole character at a time.
    const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    const QString extension = dot > 0 && name.size() - dot <= 16 ? name.mid(dot) : QString();
    const QList<uint> stem = QStringView(name).left(name.size() - extension.size()).toUcs4();
    const int room = maxBytes - int(extension.toUtf8().size());
    QString kept;
    int bytes = 0;
    for (char32_t c : stem) {
        const QString one = QString::fromUcs4(&c, 1);
        const int size = int(one.toUtf8().size());
        if (bytes + size > room)
            break;
        kept += one;
        bytes += size;
    }
    return kept + extension;
}

} // namespace

QString safeFileName(const QString &name)
{
    // Only the last component of any path, whichever separator it used.
    QString last = name;
    const qsizetype cut =
        std::max(last.lastIndexOf(QLatin1Char('/')), last.lastIndexOf(QLatin1Char('\\')));
    if (cut >= 0)
        last = last.mid(cut + 1);

    QString clean;
    clean.reserve(last.size());
    for (char32_t c : last.toUcs4()) {
        if (isUnsafe(c))
            continue;
        if (isReserved(c))
            clean += QLatin1Char('_');
        else
            clean += QString::fromUcs4(&c, 1);
    }

    // No hidden files, no "." or "..", and nothing Windows would silently
    // strip from the end.
    clean = clean.trimmed();
    while (clean.startsWith(QLatin1Char('.')))
        clean.remove(0, 1);
    while (clean.endsWith(QLatin1Char('.')) || clean.endsWith(QLatin1Char(' ')))
        clean.chop(1);
    clean = clean.trimmed();
    if (clean.isEmpty())
        return {};
    if (isDeviceName(clean))
        clean.prepend(QLatin1Char('_'));
    return cutToBytes(clean, kMaxSafeFileNameBytes);
}

QString terminalText(const QString &text, const QString &indent)
{
    QString shown;
    shown.reserve(text.size());
    for (char32_t c : text.toUcs4()) {
        if (c == U'\n')
            shown += QLatin1Char('\n') + indent;
        else if (c == U'\t')
            shown += QLatin1Char(' ');
        else if (isUnsafe(c))
            shown += QChar(0xFFFD);
        else
            shown += QString::fromUcs4(&c, 1);
    }
    return shown;
}

} // namespace cove::protocol
