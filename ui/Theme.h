// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QIcon>
#include <QString>
#include <QWidget>

class QPainter;
class QRect;

namespace cove::ui {

/// The app's look: light, dark, or following the system, on the Fusion
/// style with Cove's palette. Colours the delegates paint with come from
/// here, so both themes stay in one place.
class Theme {
public:
    enum class Mode { System, Light, Dark };

    /// Applies a mode to the whole application.
    static void apply(Mode mode);
    [[nodiscard]] static Mode mode();
    [[nodiscard]] static bool isDark();
    [[nodiscard]] static Mode fromString(const QString &name);
    [[nodiscard]] static QString toString(Mode mode);

    [[nodiscard]] static QColor accent();
    [[nodiscard]] static QColor outgoingBubble();
    [[nodiscard]] static QColor outgoingText();
    [[nodiscard]] static QColor incomingBubble();
    [[nodiscard]] static QColor incomingText();
    [[nodiscard]] static QColor mutedText();
    [[nodiscard]] static QColor chatBackground();
    [[nodiscard]] static QColor notice();     ///< safety notices' background
    [[nodiscard]] static QColor noticeText(); ///< and their text
    [[nodiscard]] static QColor warning();    ///< "forwarded many times"

    /// Cove's own line icons, drawn for the current theme (no icon theme
    /// or SVG plugin needed).
    enum class Icon { Attach, Send, Shield, Info, Compose };
    [[nodiscard]] static QIcon icon(Icon kind, const QColor &colour = {}, bool mirrored = false);
    /// The app's icon (a speech bubble on blue), for windows and the tray.
    [[nodiscard]] static QIcon appIcon();
};

/// A round avatar with the name's initials on a colour derived from `seed`
/// (the Cove ID), so a person keeps their colour everywhere.
void paintAvatar(QPainter &painter, const QRect &rect, const QString &name, const QString &seed);

/// paintAvatar() as a widget, for headers.
class AvatarLabel : public QWidget {
    Q_OBJECT
public:
    explicit AvatarLabel(int size, QWidget *parent = nullptr);
    void setPerson(const QString &name, const QString &seed);
    [[nodiscard]] QSize sizeHint() const override { return {m_size, m_size}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int m_size;
    QString m_name;
    QString m_seed;
};

} // namespace cove::ui
