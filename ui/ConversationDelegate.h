// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace cove::ui {

/// A row of the conversation list: avatar, name, time, last message and
/// the unread count. Mirrors for right-to-left languages.
class ConversationDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const override;

    /// "14:05" today, the weekday this week, a short date before.
    [[nodiscard]] static QString shortTime(const QDateTime &time);
};

} // namespace cove::ui
