// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageDelegate.h"

#include "Bidi.h"
#include "MessageListModel.h"
#include "SafeText.h"
#include "Theme.h"

#include <QDateTime>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

#include <cmath>

namespace cove::ui {

using Model = app::MessageListModel;

namespace {

constexpr int kSideMargin = 14;
constexpr int kPadX = 12;
constexpr int kPadY = 8;
constexpr int kRadius = 14;
constexpr int kGap = 4;
constexpr int kRowGap = 3;
constexpr int kRunGap = 10;

QString statusGlyph(storage::MessageStatus s)
{
    switch (s) {
    case storage::MessageStatus::Pending:
        return QStringLiteral("◷");
    case storage::MessageStatus::Sent:
        return QStringLiteral("✓");
    case storage::MessageStatus::Delivered:
    case storage::MessageStatus::Read:
        return QStringLiteral("✓✓");
    case storage::MessageStatus::Failed:
        return QStringLiteral("!");
    default:
        return {};
    }
}

QString humanSize(quint64 bytes)
{
    return QLocale().formattedDataSize(qint64(bytes), 1, QLocale::DataSizeTraditionalFormat);
}

QFont smallFont(const QFont &base)
{
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() * 0.82);
    return f;
}

} // namespace

struct MessageDelegate::Body {
    QTextLayout text;
    QFont font;
    QSize size;      ///< the widest line by the lines' height
    qreal shift = 0; ///< where the lines start, relative to the body's left edge
};

struct MessageDelegate::Layout {
    int height = 0;
    bool outgoing = false;
    QRect unreadBreak; ///< "3 unread messages", across the view, above the first of them
    QString unreadText;
    QRect dayBreak;
    QString dayText;
    QRect sender;
    QString senderName;
    QRect bubble;
    QRect forwarded;
    QString forwardedText;
    bool manyForwards = false;
    QRect quote;
    QString quoteText;
    QList<QPair<QRect, qint64>> images;
    QList<QPair<QRect, qint64>> files;
    QRect body;
    std::shared_ptr<const Body> bodyText;
    QRect footer;
    QString footerText;
};

MessageDelegate::MessageDelegate(app::MessageListModel &model, ImageSource images, QObject *parent)
    : QStyledItemDelegate(parent), m_model(model), m_images(std::move(images))
{
    // A row's height changes only when its message does (a receipt, an
    // attachment downloaded) or when all rows are read again.
    connect(&m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &top, const QModelIndex &bottom) {
                for (int row = top.row(); row <= bottom.row() && row < m_model.rowCount(); ++row)
                    forget(m_model.messageAt(row).rowId, true);
                // The next row's day break or sender name may depend on this one.
                if (bottom.row() + 1 < m_model.rowCount())
                    forget(m_model.messageAt(bottom.row() + 1).rowId, false);
            });
    connect(&m_model, &QAbstractItemModel::modelReset, this, &MessageDelegate::clearSizes);
    connect(&m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int, int last) {
                if (last + 1 < m_model.rowCount())
                    forget(m_model.messageAt(last + 1).rowId, false);
            });
}

void MessageDelegate::clearSizes()
{
    m_heights.clear();
    m_bodies.clear();
}

void MessageDelegate::forget(qint64 rowId, bool body)
{
    auto it = m_heights.begin();
    while (it != m_heights.end()) {
        if (it.key().first == rowId)
            it = m_heights.erase(it);
        else
            ++it;
    }
    if (body) {
        for (const QPair<qint64, int> &key : m_bodies.keys()) {
            if (key.first == rowId)
                m_bodies.remove(key);
        }
    }
}

namespace {

/// A message's text as it is laid out: its line breaks as the layout's line
/// separators, and no spaces at the ends of lines. Those are invisible, but
/// a right-to-left line would be aligned as if it had none, and overhang.
QString displayedLines(const QString &body)
{
    QString text;
    text.reserve(body.size());
    const auto endLine = [&text] {
        while (text.endsWith(QLatin1Char(' ')) || text.endsWith(QLatin1Char('\t')))
            text.chop(1);
    };
    for (qsizetype i = 0; i < body.size(); ++i) {
        const QChar c = body.at(i);
        if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < body.size() &&
                body.at(i + 1) == QLatin1Char('\n'))
                ++i;
            endLine();
            text.append(QChar(QChar::LineSeparator));
        } else {
            text.append(c);
        }
    }
    endLine();
    return text;
}

int maxContentWidth(int viewWidth)
{
    const int maxBubble = std::max(160, std::min(560, (viewWidth - 2 * kSideMargin) * 3 / 4));
    return maxBubble - 2 * kPadX;
}

} // namespace

std::shared_ptr<const MessageDelegate::Body>
MessageDelegate::shapedBody(const storage::StoredMessage &m, const QFont &font,
                            int maxContent) const
{
    const QPair<qint64, int> key(m.rowId, maxContent);
    if (const std::shared_ptr<const Body> *kept = m_bodies.object(key);
        kept && (*kept)->font == font)
        return *kept;

    auto body = std::make_shared<Body>();
    body->font = font;
    const QString text = displayedLines(m.body);
    // The message's own direction, whatever the interface's: English
    // punctuation stays at the end of an English sentence in Arabic.
    const bool rtl = text.isRightToLeft();
    QTextOption option(rtl ? Qt::AlignRight : Qt::AlignLeft);
    option.setTextDirection(rtl ? Qt::RightToLeft : Qt::LeftToRight);
    // Words stay whole; a word longer than a line (a link) breaks anywhere.
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    QTextLayout &layout = body->text;
    layout.setText(text);
    layout.setFont(font);
    layout.setTextOption(option);
    layout.setCacheEnabled(true); // painting reuses the shaped glyphs
    const qreal leading = QFontMetricsF(font).leading();
    qreal y = 0;
    qreal widest = 0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(maxContent);
        if (line.lineNumber() > 0)
            y += leading;
        line.setPosition(QPointF(0, y));
        y += line.height();
        widest = std::max(widest, line.naturalTextWidth());
    }
    layout.endLayout();
    body->size = QSize(std::min(maxContent, int(std::ceil(widest))), int(std::ceil(y)));
    // Right-aligned lines end at the content width; the bubble ends at the widest line.
    body->shift = rtl ? body->size.width() - maxContent : 0;
    std::shared_ptr<const Body> shaped = std::move(body);
    m_bodies.insert(key, new std::shared_ptr<const Body>(shaped));
    return shaped;
}

void MessageDelegate::premeasure(const QList<storage::StoredMessage> &messages, const QFont &font,
                                 int width)
{
    const int maxContent = maxContentWidth(width);
    for (const storage::StoredMessage &m : messages) {
        if (!m.body.isEmpty())
            (void)shapedBody(m, font, maxContent);
    }
}

MessageDelegate::Layout MessageDelegate::layout(const QStyleOptionViewItem &option,
                                                const QModelIndex &index) const
{
    Layout l;
    const int row = index.row();
    const storage::StoredMessage &m = m_model.messageAt(row);
    const QFont font = option.font;
    const QFontMetrics fm(font);
    const QFont small = smallFont(font);
    const QFontMetrics sfm(small);
    const int width = option.rect.width();
    const int maxContent = maxContentWidth(width);
    l.outgoing = index.data(Model::OutgoingRole).toBool();

    int y = 0;
    if (const int unread = index.data(Model::UnreadFromRole).toInt(); unread > 0) {
        l.unreadText = tr("%n unread message(s)", nullptr, unread);
        y += 12;
        l.unreadBreak = QRect(0, y, width, sfm.height() + 8);
        y += l.unreadBreak.height() + 4;
    }
    const QDate day = index.data(Model::DayBreakRole).toDate();
    if (day.isValid()) {
        const QDate today = QDate::currentDate();
        l.dayText = day == today               ? tr("Today")
                    : day == today.addDays(-1) ? tr("Yesterday")
                                               : QLocale().toString(day, QLocale::LongFormat);
        const int w = sfm.horizontalAdvance(l.dayText) + 24;
        y += 10;
        l.dayBreak = QRect((width - w) / 2, y, w, sfm.height() + 8);
        y += l.dayBreak.height() + 10;
    } else {
        // Messages of one sender stay close; a new sender starts a new run.
        const bool newRun = row == 0 || m_model.messageAt(row - 1).senderId != m.senderId;
        y += newRun ? kRunGap : kRowGap;
    }
    if (index.data(Model::ShowSenderRole).toBool()) {
        l.senderName = index.data(Model::SenderNameRole).toString();
        l.sender = QRect(kSideMargin + kPadX, y, maxContent, sfm.height());
        y += l.sender.height() + 2;
    }

    // Content, relative to the bubble's content origin.
    int cy = 0;
    int contentWidth = 0;
    const quint32 forwards = m.forwardCount;
    if (forwards > 0) {
        l.manyForwards = index.data(Model::ManyForwardsRole).toBool();
        l.forwardedText = l.manyForwards ? tr("↪ Forwarded many times") : tr("↪ Forwarded");
        // Measured in the face it is painted in (bold when forwarded many times).
        QFont label = small;
        label.setBold(l.manyForwards);
        const QFontMetrics lfm(label);
        l.forwarded = QRect(0, cy, lfm.horizontalAdvance(l.forwardedText), sfm.height());
        contentWidth = std::max(contentWidth, l.forwarded.width());
        cy += l.forwarded.height() + kGap;
    }
    if (m.quote) {
        l.quoteText = m.quote->excerpt.simplified();
        const QRect q = fm.boundingRect(QRect(0, 0, maxContent - 12, fm.height() * 2),
                                        Qt::TextWordWrap, l.quoteText);
        l.quote = QRect(0, cy, std::min(maxContent, q.width() + 12), q.height() + 8);
        contentWidth = std::max(contentWidth, l.quote.width());
        cy += l.quote.height() + kGap;
    }
    for (const storage::StoredAttachment &a : m.attachments) {
        const bool image = a.descriptor.mimeType.startsWith(QLatin1String("image/"));
        if (image) {
            const QImage img =
                a.state == storage::AttachmentState::Stored ? m_images(a.id) : QImage();
            QSize s = img.isNull() ? QSize(240, 160) : img.size();
            s.scale(std::min(kMaxImageSide, maxContent), kMaxImageSide, Qt::KeepAspectRatio);
            if (!img.isNull() && img.width() < s.width())
                s = img.size(); // never enlarge a small image
            l.images.append({QRect(0, cy, s.width(), s.height()), a.id});
            contentWidth = std::max(contentWidth, s.width());
            cy += s.height() + kGap;
        } else {
            const int w = std::min(maxContent, 260);
            l.files.append({QRect(0, cy, w, fm.height() + sfm.height() + 16), a.id});
            contentWidth = std::max(contentWidth, w);
            cy += l.files.constLast().first.height() + kGap;
        }
    }
    if (!m.body.isEmpty()) {
        l.bodyText = shapedBody(m, font, maxContent);
        const QSize b = l.bodyText->size;
        l.body = QRect(0, cy, b.width(), b.height());
        contentWidth = std::max(contentWidth, b.width());
        cy += b.height() + 2;
    }
    const QDateTime time = index.data(Model::TimeRole).toDateTime();
    l.footerText = QLocale().toString(time.time(), QLocale::ShortFormat);
    if (index.data(Model::ExpiresRole).toBool())
        l.footerText.prepend(QStringLiteral("⏱ "));
    if (l.outgoing)
        l.footerText += QLatin1Char(' ') + statusGlyph(m.status);
    const int footerWidth = sfm.horizontalAdvance(l.footerText);
    contentWidth = std::max(contentWidth, footerWidth);
    l.footer = QRect(contentWidth - footerWidth, cy, footerWidth, sfm.height());
    cy += l.footer.height();

    const int bubbleWidth = contentWidth + 2 * kPadX;
    const int bubbleLeft = l.outgoing ? width - kSideMargin - bubbleWidth : kSideMargin;
    l.bubble = QRect(bubbleLeft, y, bubbleWidth, cy + 2 * kPadY);
    const QPoint origin(bubbleLeft + kPadX, y + kPadY);
    auto shift = [&](QRect &r) {
        if (!r.isNull())
            r.translate(origin);
    };
    shift(l.forwarded);
    shift(l.quote);
    for (auto &i : l.images)
        shift(i.first);
    for (auto &f : l.files)
        shift(f.first);
    shift(l.body);
    shift(l.footer);
    // The footer sits at the bubble's trailing edge.
    l.footer.moveRight(origin.x() + contentWidth);
    if (l.outgoing)
        l.sender.moveLeft(bubbleLeft + kPadX);
    l.height = l.bubble.bottom() + 1;
    return l;
}

QSize MessageDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // Laying out a message (shaping its text) costs tens of microseconds, and
    // the view asks for every loaded row on each layout: remember heights by
    // message and width.
    if (option.font != m_font) { // everything remembered was measured in another font
        m_heights.clear();
        m_bodies.clear();
        m_font = option.font;
    }
    if (index.data(Model::UnreadFromRole).toInt() > 0) // one row, for a while: not remembered
        return {option.rect.width(), layout(option, index).height};
    const QPair<qint64, int> key(index.data(Model::RowIdRole).toLongLong(), option.rect.width());
    auto it = m_heights.constFind(key);
    if (it != m_heights.cend())
        return {option.rect.width(), *it};
    const int height = layout(option, index).height;
    m_heights.insert(key, height);
    return {option.rect.width(), height};
}

void MessageDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    const Layout l = layout(option, index);
    const storage::StoredMessage &m = m_model.messageAt(index.row());
    const QRect row = option.rect;
    // Positions are computed left-to-right in row coordinates; this maps
    // them into the view, mirrored for right-to-left languages.
    auto place = [&](const QRect &r) {
        return QStyle::visualRect(option.direction, row, r.translated(row.topLeft()));
    };
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QFont small = smallFont(option.font);

    if (!l.unreadText.isEmpty()) {
        // A thin line across the view, the count on it.
        const QRect band = place(l.unreadBreak);
        QColor line = Theme::accent();
        line.setAlphaF(0.5f);
        painter->setPen(QPen(line, 1));
        painter->drawLine(band.left() + kSideMargin, band.center().y(), band.right() - kSideMargin,
                          band.center().y());
        const int w = QFontMetrics(small).horizontalAdvance(l.unreadText) + 24;
        const QRect pill(band.center().x() - w / 2, band.top(), w, band.height());
        painter->setPen(Qt::NoPen);
        painter->setBrush(Theme::accent());
        painter->drawRoundedRect(pill, pill.height() / 2.0, pill.height() / 2.0);
        painter->setFont(small);
        painter->setPen(Qt::white);
        painter->drawText(pill, Qt::AlignCenter, l.unreadText);
    }
    if (!l.dayText.isEmpty()) {
        const QRect r = place(l.dayBreak);
        painter->setPen(Qt::NoPen);
        QColor pill = option.palette.color(QPalette::Base);
        pill.setAlpha(220);
        painter->setBrush(pill);
        painter->drawRoundedRect(r, r.height() / 2.0, r.height() / 2.0);
        painter->setFont(small);
        painter->setPen(Theme::mutedText());
        painter->drawText(r, Qt::AlignCenter, l.dayText);
    }
    if (!l.senderName.isEmpty()) {
        painter->setFont(small);
        painter->setPen(Theme::accent());
        const QRect r = place(l.sender);
        painter->drawText(
            r, Qt::AlignVCenter | Qt::AlignLeading,
            QFontMetrics(small).elidedText(isolate(l.senderName), Qt::ElideRight, r.width()));
    }

    const QColor bubbleColour = l.outgoing ? Theme::outgoingBubble() : Theme::incomingBubble();
    const QColor textColour = l.outgoing ? Theme::outgoingText() : Theme::incomingText();
    QColor subtle = textColour;
    subtle.setAlphaF(0.72f);
    if (option.state & QStyle::State_Selected) {
        // A band across the view behind the bubble: plain on either side,
        // whatever the bubble's own colour (a search result, a chosen message).
        QColor band = Theme::accent();
        band.setAlphaF(0.18f);
        const QRect b = place(l.bubble);
        painter->fillRect(QRect(row.left(), b.top() - 4, row.width(), b.height() + 8), band);
    }
    QPainterPath bubble;
    bubble.addRoundedRect(QRectF(place(l.bubble)), kRadius, kRadius);
    painter->fillPath(bubble, bubbleColour);

    if (!l.forwardedText.isEmpty()) {
        // Regular or bold, no italic: a face of its own would be loaded from
        // disk the first time a forwarded message scrolls into view.
        QFont f = small;
        f.setBold(l.manyForwards);
        painter->setFont(f);
        painter->setPen(l.manyForwards && !l.outgoing ? Theme::warning() : subtle);
        painter->drawText(place(l.forwarded), Qt::AlignVCenter | Qt::AlignLeading, l.forwardedText);
    }
    if (!l.quote.isNull()) {
        const QRect q = place(l.quote);
        QColor bg = textColour;
        bg.setAlphaF(0.10f);
        painter->setPen(Qt::NoPen);
        painter->setBrush(bg);
        painter->drawRoundedRect(q, 6, 6);
        painter->setBrush(Theme::accent());
        const QRect bar =
            QStyle::visualRect(option.direction, q, QRect(q.left(), q.top(), 3, q.height()));
        painter->drawRect(bar);
        painter->setFont(option.font);
        painter->setPen(subtle);
        painter->drawText(q.adjusted(9, 4, -4, -4), Qt::TextWordWrap | Qt::AlignLeading,
                          l.quoteText);
    }
    for (const auto &[rect, id] : l.images) {
        const QRect r = place(rect);
        const QImage img = m_images(id);
        QPainterPath clip;
        clip.addRoundedRect(QRectF(r), 8, 8);
        painter->save();
        painter->setClipPath(clip);
        if (img.isNull()) {
            QColor ph = textColour;
            ph.setAlphaF(0.12f);
            painter->fillRect(r, ph);
            painter->setPen(subtle);
            painter->setFont(small);
            painter->drawText(r, Qt::AlignCenter, tr("Photo"));
        } else {
            painter->setRenderHint(QPainter::SmoothPixmapTransform);
            painter->drawImage(r, img);
        }
        painter->restore();
    }
    for (const auto &[rect, id] : l.files) {
        const QRect r = place(rect);
        QColor card = textColour;
        card.setAlphaF(0.10f);
        painter->setPen(Qt::NoPen);
        painter->setBrush(card);
        painter->drawRoundedRect(r, 8, 8);
        const storage::StoredAttachment *a = nullptr;
        for (const auto &att : m.attachments)
            if (att.id == id)
                a = &att;
        if (!a)
            continue;
        const QFontMetrics fm(option.font);
        const QRect inner = r.adjusted(10, 8, -10, -8);
        painter->setFont(option.font);
        painter->setPen(textColour);
        const QString safe = protocol::safeFileName(a->descriptor.fileName);
        const QString name = safe.isEmpty() ? tr("File") : safe;
        painter->drawText(
            QRect(inner.left(), inner.top(), inner.width(), fm.height()),
            Qt::AlignVCenter | Qt::AlignLeading,
            fm.elidedText(QStringLiteral("📄 ") + name, Qt::ElideMiddle, inner.width()));
        painter->setFont(small);
        painter->setPen(subtle);
        const QString detail =
            a->state == storage::AttachmentState::Stored
                ? tr("%1 · double-click to save").arg(humanSize(a->descriptor.size))
                : tr("%1 · downloading").arg(humanSize(a->descriptor.size));
        painter->drawText(QRect(inner.left(), inner.top() + fm.height() + 2, inner.width(),
                                QFontMetrics(small).height()),
                          Qt::AlignVCenter | Qt::AlignLeading, detail);
    }
    if (l.bodyText) {
        painter->setPen(textColour);
        const QRect r = place(l.body);
        l.bodyText->text.draw(painter, QPointF(r.left() + l.bodyText->shift, r.top()));
    }
    painter->setFont(small);
    painter->setPen(m.status == storage::MessageStatus::Failed ? QColor(0xd9, 0x30, 0x25)
                    : m.status == storage::MessageStatus::Read && l.outgoing
                        ? QColor(0x9b, 0xe0, 0xff)
                        : subtle);
    painter->drawText(place(l.footer), Qt::AlignVCenter | Qt::AlignTrailing, l.footerText);
    painter->restore();
}

std::optional<qint64> MessageDelegate::attachmentAt(const QStyleOptionViewItem &option,
                                                    const QModelIndex &index,
                                                    const QPoint &pos) const
{
    const Layout l = layout(option, index);
    const QRect row = option.rect;
    auto place = [&](const QRect &r) {
        return QStyle::visualRect(option.direction, row, r.translated(row.topLeft()));
    };
    for (const auto &[rect, id] : l.images)
        if (place(rect).contains(pos))
            return id;
    for (const auto &[rect, id] : l.files)
        if (place(rect).contains(pos))
            return id;
    return std::nullopt;
}

} // namespace cove::ui
