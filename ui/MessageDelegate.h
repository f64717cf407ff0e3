// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCache>
#include <QFont>
#include <QHash>
#include <QImage>
#include <QPair>
#include <QStyledItemDelegate>

#include <functional>
#include <memory>
#include <optional>

class QTextLayout;

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

    /// How many message bodies stay shaped: every row the view holds
    /// (MessageListModel::kMaxRows) and a page read ahead.
    static constexpr int kShapedBodies = 512;

private:
    struct Layout;
    struct Body;
    [[nodiscard]] Layout layout(const QStyleOptionViewItem &option, const QModelIndex &index) const;

    /// Drops what is remembered of a message: its height, and its shaped
    /// body too when the message itself changed (not only a neighbour).
    void forget(qint64 rowId, bool body);
    /// The message's body shaped and broken into lines at a content width.
    /// Shaping is most of a layout and of a paint, so the result is kept by
    /// (row id, content width), and the same lines are measured and painted.
    [[nodiscard]] std::shared_ptr<const Body> shapedBody(const storage::StoredMessage &m,
                                                         const QFont &font, int maxContent) const;

    app::MessageListModel &m_model;
    ImageSource m_images;
    mutable QFont m_font;                             ///< the font the remembered sizes are for
    mutable QHash<QPair<qint64, int>, int> m_heights; ///< (row id, width) -> height
    /// (row id, content width) -> the body shaped, the least recently used dropped first
    mutable QCache<QPair<qint64, int>, std::shared_ptr<const Body>> m_bodies{kShapedBodies};
};

} // namespace cove::ui
