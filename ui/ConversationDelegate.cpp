// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConversationDelegate.h"

#include "Bidi.h"
#include "ConversationListModel.h"
#include "Theme.h"

#include <QApplication>
#include <QDateTime>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

namespace cove::ui {

using Model = app::ConversationListModel;

QString ConversationDelegate::shortTime(const QDateTime &time)
{
    if (!time.isValid() || time.toMSecsSinceEpoch() == 0)
        return {};
    const QDateTime local = time.toLocalTime();
    const QDate today = QDate::currentDate();
    const QLocale locale;
    if (local.date() == today)
        return locale.toString(local.time(), QLocale::ShortFormat);
    if (local.date().daysTo(today) < 7)
        return locale.dayName(local.date().dayOfWeek(), QLocale::ShortFormat);
    return locale.toString(local.date(), QLocale::ShortFormat);
}

QSize ConversationDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics fm(option.font);
    return {200, std::max(64, fm.height() * 2 + 28)};
}

void ConversationDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect r = option.rect;
    const bool selected = option.state & QStyle::State_Selected;
    const bool hovered = option.state & QStyle::State_MouseOver;
    if (selected || hovered) {
        QPainterPath bg;
        bg.addRoundedRect(QRectF(r.adjusted(6, 2, -6, -2)), 8, 8);
        QColor c = option.palette.color(QPalette::Highlight);
        if (!selected)
            c.setAlpha(90);
        painter->fillPath(bg, c);
    }
    // Laid out left-to-right, then mirrored for right-to-left languages.
    auto place = [&](const QRect &ltr) { return QStyle::visualRect(option.direction, r, ltr); };
    const int avatar = std::min(44, r.height() - 16);
    const QRect avatarRect(r.left() + 16, r.top() + (r.height() - avatar) / 2, avatar, avatar);
    const QString title = index.data(Model::TitleRole).toString();
    const QString seed =
        index.data(Model::GroupRole).toBool() ? title : index.data(Model::PeerIdRole).toString();
    paintAvatar(*painter, place(avatarRect), title, seed);

    const int textLeft = avatarRect.right() + 12;
    const int textRight = r.right() - 16;
    QFont titleFont = option.font;
    titleFont.setWeight(QFont::DemiBold);
    const QFontMetrics tfm(titleFont);
    const QFontMetrics fm(option.font);
    const int lineGap = 4;
    const int top = r.top() + (r.height() - tfm.height() - fm.height() - lineGap) / 2;
    const QColor text = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor muted = selected ? text : Theme::mutedText();

    const QString time = shortTime(index.data(Model::TimeRole).toDateTime());
    const int timeWidth = fm.horizontalAdvance(time);
    const QRect timeRect(textRight - timeWidth, top, timeWidth, tfm.height());
    const qint64 unread = index.data(Model::UnreadRole).toLongLong();
    const bool quiet = index.data(Model::MutedRole).toBool(); // unread, but asks for nothing
    QFont small = option.font;
    painter->setFont(small);
    painter->setPen(unread > 0 && !quiet ? Theme::accent() : muted);
    painter->drawText(place(timeRect), Qt::AlignVCenter | Qt::AlignRight, time);

    QString pinned = index.data(Model::PinnedRole).toBool() ? QStringLiteral("📌 ") : QString();
    if (quiet)
        pinned += QStringLiteral("🔕 ");
    const QRect titleRect(textLeft, top, timeRect.left() - 8 - textLeft, tfm.height());
    painter->setFont(titleFont);
    painter->setPen(text);
    painter->drawText(place(titleRect), Qt::AlignVCenter | Qt::AlignLeading,
                      tfm.elidedText(pinned + isolate(title), Qt::ElideRight, titleRect.width()));

    // Second line: the last message, and the unread badge.
    const int secondTop = top + tfm.height() + lineGap;
    int previewRight = textRight;
    if (unread > 0) {
        const QString count = unread > 999 ? QStringLiteral("999+") : QLocale().toString(unread);
        QFont badgeFont = option.font;
        badgeFont.setBold(true);
        badgeFont.setPointSizeF(badgeFont.pointSizeF() * 0.85);
        const QFontMetrics bfm(badgeFont);
        const int h = fm.height();
        const int w = std::max(h, bfm.horizontalAdvance(count) + 12);
        const QRect badge(textRight - w, secondTop, w, h);
        painter->setPen(Qt::NoPen);
        painter->setBrush(quiet ? Theme::mutedText() : Theme::accent());
        painter->drawRoundedRect(place(badge), h / 2.0, h / 2.0);
        painter->setFont(badgeFont);
        painter->setPen(Qt::white);
        painter->drawText(place(badge), Qt::AlignCenter, count);
        previewRight = badge.left() - 8;
    }
    QString preview = index.data(Model::PreviewRole).toString();
    const QString draft = index.data(Model::DraftRole).toString();
    if (!draft.isEmpty())
        preview = tr("Draft: %1").arg(isolate(draft)); // what waits to be sent comes first
    else if (const QString author = index.data(Model::AuthorRole).toString();
             !preview.isEmpty() && !author.isEmpty())
        preview = tr("%1: %2").arg(isolate(author), isolate(preview)); // each its own direction
    else if (!preview.isEmpty())
        preview = index.data(Model::LastOutgoingRole).toBool() ? tr("You: %1").arg(isolate(preview))
                                                               : isolate(preview);
    const QRect previewRect(textLeft, secondTop, previewRight - textLeft, fm.height());
    painter->setFont(option.font);
    painter->setPen(draft.isEmpty() ? muted : Theme::accent());
    painter->drawText(place(previewRect), Qt::AlignVCenter | Qt::AlignLeading,
                      fm.elidedText(preview, Qt::ElideRight, previewRect.width()));
    painter->restore();
}

} // namespace cove::ui
