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

    static constexpr int kMaxImageSide = 280;

private:
    struct Layout;
    [[nodiscard]] Layout layout(const QStyleOptionViewItem &option, const QModelIndex &index) const;

    void forget(qint64 rowId);

    app::MessageListModel &m_model;
    ImageSource m_images;
    mutable QHash<QPair<qint64, int>, int> m_heights; ///< (row id, width) -> height
};

} // namespace cove::ui
