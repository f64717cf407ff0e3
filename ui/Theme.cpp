// SPDX-License-Identifier: GPL-3.0-or-later
#include "Theme.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QStyleFactory>

namespace cove::ui {

namespace {

Theme::Mode g_mode = Theme::Mode::System;
bool g_dark = false;

bool systemPrefersDark()
{
    // Qt 6.4 has no colour-scheme hint: read the platform's own palette,
    // captured before Cove first replaces it.
    static const bool dark = QGuiApplication::palette().color(QPalette::Window).lightness() < 128;
    return dark;
}

QPalette lightPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0xf4, 0xf5, 0xf7));
    p.setColor(QPalette::WindowText, QColor(0x1c, 0x1e, 0x21));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xee, 0xf0, 0xf3));
    p.setColor(QPalette::Text, QColor(0x1c, 0x1e, 0x21));
    p.setColor(QPalette::Button, QColor(0xfa, 0xfb, 0xfc));
    p.setColor(QPalette::ButtonText, QColor(0x1c, 0x1e, 0x21));
    p.setColor(QPalette::Highlight, QColor(0xd7, 0xe6, 0xfb));
    p.setColor(QPalette::HighlightedText, QColor(0x10, 0x2a, 0x4c));
    p.setColor(QPalette::PlaceholderText, QColor(0x6b, 0x72, 0x80));
    p.setColor(QPalette::ToolTipBase, QColor(0x1c, 0x1e, 0x21));
    p.setColor(QPalette::ToolTipText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x1f, 0x5f, 0xbf));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x9a, 0xa0, 0xa8));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x9a, 0xa0, 0xa8));
    return p;
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x1b, 0x1d, 0x21));
    p.setColor(QPalette::WindowText, QColor(0xe8, 0xea, 0xed));
    p.setColor(QPalette::Base, QColor(0x23, 0x26, 0x2b));
    p.setColor(QPalette::AlternateBase, QColor(0x2b, 0x2f, 0x35));
    p.setColor(QPalette::Text, QColor(0xe8, 0xea, 0xed));
    p.setColor(QPalette::Button, QColor(0x2b, 0x2f, 0x35));
    p.setColor(QPalette::ButtonText, QColor(0xe8, 0xea, 0xed));
    p.setColor(QPalette::Highlight, QColor(0x2c, 0x4a, 0x73));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0xa0, 0xa8));
    p.setColor(QPalette::ToolTipBase, QColor(0xe8, 0xea, 0xed));
    p.setColor(QPalette::ToolTipText, QColor(0x1b, 0x1d, 0x21));
    p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x6b, 0x72, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x6b, 0x72, 0x80));
    return p;
}

} // namespace

void Theme::apply(Mode mode)
{
    g_mode = mode;
    g_dark = mode == Mode::Dark || (mode == Mode::System && systemPrefersDark());
    if (QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion")))
        QApplication::setStyle(fusion);
    QApplication::setPalette(g_dark ? darkPalette() : lightPalette());
}

Theme::Mode Theme::mode()
{
    return g_mode;
}

bool Theme::isDark()
{
    return g_dark;
}

Theme::Mode Theme::fromString(const QString &name)
{
    if (name == QLatin1String("light"))
        return Mode::Light;
    if (name == QLatin1String("dark"))
        return Mode::Dark;
    return Mode::System;
}

QString Theme::toString(Mode mode)
{
    switch (mode) {
    case Mode::Light:
        return QStringLiteral("light");
    case Mode::Dark:
        return QStringLiteral("dark");
    case Mode::System:
        break;
    }
    return QStringLiteral("system");
}

QColor Theme::accent()
{
    return g_dark ? QColor(0x5b, 0x9b, 0xf0) : QColor(0x1f, 0x6f, 0xd9);
}

QColor Theme::outgoingBubble()
{
    return g_dark ? QColor(0x2d, 0x5f, 0xa8) : QColor(0x1f, 0x6f, 0xd9);
}

QColor Theme::outgoingText()
{
    return Qt::white;
}

QColor Theme::incomingBubble()
{
    return g_dark ? QColor(0x32, 0x36, 0x3d) : Qt::white;
}

QColor Theme::incomingText()
{
    return g_dark ? QColor(0xe8, 0xea, 0xed) : QColor(0x1c, 0x1e, 0x21);
}

QColor Theme::mutedText()
{
    return g_dark ? QColor(0x9a, 0xa0, 0xa8) : QColor(0x5f, 0x66, 0x70);
}

QColor Theme::chatBackground()
{
    return g_dark ? QColor(0x17, 0x19, 0x1c) : QColor(0xe9, 0xec, 0xf0);
}

QColor Theme::notice()
{
    return g_dark ? QColor(0x4a, 0x3b, 0x12) : QColor(0xff, 0xf4, 0xd6);
}

QColor Theme::noticeText()
{
    return g_dark ? QColor(0xf8, 0xe3, 0xa8) : QColor(0x5c, 0x43, 0x00);
}

QColor Theme::warning()
{
    return g_dark ? QColor(0xf2, 0xb8, 0x4b) : QColor(0xa1, 0x5c, 0x00);
}

namespace {

QPixmap drawIcon(Theme::Icon kind, const QColor &colour, int side)
{
    QPixmap pm(side, side);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.scale(side / 24.0, side / 24.0); // drawn on a 24x24 grid
    QPen pen(colour, 1.8, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    switch (kind) {
    case Theme::Icon::Attach: {
        // A paper clip: two nested rounded loops, tilted.
        p.translate(12, 12);
        p.rotate(40);
        QPainterPath clip;
        clip.moveTo(-2.5, 8);
        clip.lineTo(-2.5, -6);
        clip.arcTo(QRectF(-2.5, -10, 7, 7), 180, -180);
        clip.lineTo(4.5, 7);
        clip.arcTo(QRectF(-6, 3, 10.5, 10.5), 0, -180);
        clip.lineTo(-6, -5);
        p.drawPath(clip);
        break;
    }
    case Theme::Icon::Send: {
        QPainterPath plane;
        plane.moveTo(3, 4);
        plane.lineTo(21, 12);
        plane.lineTo(3, 20);
        plane.lineTo(6, 12);
        plane.closeSubpath();
        p.setBrush(colour);
        p.drawPath(plane);
        break;
    }
    case Theme::Icon::Shield: {
        QPainterPath shield;
        shield.moveTo(12, 2.5);
        shield.lineTo(19.5, 5.5);
        shield.cubicTo(19.5, 13, 17, 18.5, 12, 21.5);
        shield.cubicTo(7, 18.5, 4.5, 13, 4.5, 5.5);
        shield.closeSubpath();
        p.drawPath(shield);
        QPainterPath tick;
        tick.moveTo(8.5, 12);
        tick.lineTo(11, 14.5);
        tick.lineTo(15.5, 9.5);
        p.drawPath(tick);
        break;
    }
    case Theme::Icon::Info:
        p.drawEllipse(QRectF(3, 3, 18, 18));
        p.drawLine(QPointF(12, 11), QPointF(12, 16.5));
        p.setBrush(colour);
        p.setPen(Qt::NoPen);
        p.drawEllipse(QPointF(12, 7.8), 1.2, 1.2);
        break;
    case Theme::Icon::Compose:
        p.drawRoundedRect(QRectF(3.5, 5, 14, 15.5), 3, 3);
        p.setPen(QPen(colour, 1.8, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(11, 13), QPointF(20, 4));
        break;
    }
    return pm;
}

} // namespace

QIcon Theme::icon(Icon kind, const QColor &colour, bool mirrored)
{
    const QColor c =
        colour.isValid() ? colour : QApplication::palette().color(QPalette::ButtonText);
    QIcon icon;
    const QTransform flip = QTransform::fromScale(mirrored ? -1 : 1, 1);
    for (int side : {24, 48, 72})
        icon.addPixmap(drawIcon(kind, c, side).transformed(flip));
    QColor disabled = c;
    disabled.setAlphaF(0.4f);
    for (int side : {24, 48})
        icon.addPixmap(drawIcon(kind, disabled, side).transformed(flip), QIcon::Disabled);
    return icon;
}

QIcon Theme::appIcon()
{
    QIcon icon;
    for (int side : {16, 32, 48, 64, 128, 256}) {
        QPixmap pm(side, side);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        p.scale(side / 256.0, side / 256.0);
        QLinearGradient sky(0, 0, 0, 256);
        sky.setColorAt(0, QColor(0x2f, 0x80, 0xed));
        sky.setColorAt(1, QColor(0x1a, 0x4f, 0xa3));
        p.setPen(Qt::NoPen);
        p.setBrush(sky);
        p.drawRoundedRect(QRectF(8, 8, 240, 240), 56, 56);
        QPainterPath bubble;
        bubble.addRoundedRect(QRectF(64, 65, 128, 104), 27, 27);
        QPainterPath tail;
        tail.moveTo(88, 160);
        tail.lineTo(83, 195);
        tail.lineTo(120, 165);
        tail.closeSubpath();
        p.setBrush(Qt::white);
        p.drawPath(bubble.united(tail));
        QPainterPath hill;
        hill.moveTo(86, 150);
        hill.cubicTo(100, 128, 116, 117, 128, 117);
        hill.cubicTo(140, 117, 156, 128, 170, 150);
        hill.closeSubpath();
        p.setBrush(QColor(0x2f, 0x80, 0xed));
        p.drawPath(hill);
        p.end();
        icon.addPixmap(pm);
    }
    return icon;
}

void paintAvatar(QPainter &painter, const QRect &rect, const QString &name, const QString &seed)
{
    // Hues chosen to keep white initials readable in both themes.
    static const QColor kColours[] = {
        QColor(0xc2, 0x41, 0x0c), QColor(0xb4, 0x23, 0x8a), QColor(0x6d, 0x28, 0xd9),
        QColor(0x1d, 0x4e, 0xd8), QColor(0x0e, 0x74, 0x90), QColor(0x04, 0x78, 0x57),
        QColor(0x4d, 0x7c, 0x0f), QColor(0xa1, 0x62, 0x07), QColor(0xbe, 0x12, 0x3c),
    };
    const QByteArray h = QCryptographicHash::hash(seed.toUtf8(), QCryptographicHash::Sha256);
    const QColor colour = kColours[quint8(h.at(0)) % std::size(kColours)];
    QString initials;
    for (const QString &word : name.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QChar c = word.at(0);
        if (c.isLetterOrNumber())
            initials += c.toUpper();
        if (initials.size() == 2)
            break;
    }
    if (initials.isEmpty())
        initials = QStringLiteral("#");
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawEllipse(rect);
    QFont f = painter.font();
    f.setPixelSize(std::max(8, rect.height() * 2 / 5));
    f.setBold(true);
    painter.setFont(f);
    painter.setPen(Qt::white);
    painter.drawText(rect, Qt::AlignCenter, initials);
    painter.restore();
}

AvatarLabel::AvatarLabel(int size, QWidget *parent) : QWidget(parent), m_size(size)
{
    setFixedSize(size, size);
}

void AvatarLabel::setPerson(const QString &name, const QString &seed)
{
    m_name = name;
    m_seed = seed;
    update();
}

void AvatarLabel::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    paintAvatar(p, rect(), m_name, m_seed);
}

} // namespace cove::ui
