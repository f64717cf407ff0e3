// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QImage>
#include <QPair>
#include <QStyledItemDelegate>

#include <functional>
#include <optional>

namespace cove::app {
class MessageListModel;
}
namespace cove::storage {
struct StoredMessage;
}

namespace cove::ui {

/// A message in the chat view: a bubble (own messages on the trailing
/// side), with the day above it when a new day starts, the sender's name in
/// groups, "Forwarded" labels, a quote, images inline, other files as cards,
/// and the time with the delivery state.
class MessageDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    /// Gives the decoded thumbnail of a stored image attachment, or a null
    /// image while it is not downloaded (the view caches).
    using ImageSource = std::function<QImage(qint64 attachmentId)>;

    MessageDelegate(app::MessageListModel &model, ImageSource images, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const override;

    /// The attachment under `pos` (viewport coordinates), if any.
    [[nodiscard]] std::optional<qint64> attachmentAt(const QStyleOptionViewItem &option,
                                                     const QModelIndex &index,
                                                     const QPoint &pos) const;

    /// Forgets every remembered row height (the font or language changed).
    void clearSizes();

    /// Measures the text of messages about to be shown (a page read ahead
    /// of time), at the view's `font` and `width`, so that laying them out
    /// when they arrive does not shape their text again. Call when idle.
    void premeasure(const QList<storage::StoredMessage> &messages, const QFont &font, int width);

    static constexpr int kMaxImageSide = 280;

private:
    struct Layout;
    [[nodiscard]] Layout layout(const QStyleOptionViewItem &option, const QModelIndex &index) const;

    void forget(qint64 rowId);
    /// The body's rectangle (at the origin) and the wrap flags it needs, for
    /// a message at a content width; shaping the text is most of a layout,
    /// so it is remembered by (row id, content width).
    [[nodiscard]] QPair<QRect, int> measureBody(const storage::StoredMessage &m,
                                                const QFontMetrics &fm, int maxContent) const;

    app::MessageListModel &m_model;
    ImageSource m_images;
    mutable QHash<QPair<qint64, int>, int> m_heights; ///< (row id, width) -> height
    /// (row id, content width) -> the body's rectangle and wrap flags
    mutable QHash<QPair<qint64, int>, QPair<QRect, int>> m_bodies;
};

} // namespace cove::ui
