// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTimer>
#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace cove::relay {
class ModerationDesk;
struct QueueItem;
} // namespace cove::relay

namespace cove::desktop {

/// The demo's moderation desk: the relay's moderation queue as a moderator
/// sees it (most urgent first, "involves a child" on top), each case's
/// reports with their verification marks, and the decisions: dismiss, warn,
/// suspend, ban; for appeals, restore or uphold. It works on its own
/// connection to the relay's moderation database, exactly like
/// `cove-relay mod`, so what it decides reaches people the same way.
class ModerationDeskWindow : public QWidget {
    Q_OBJECT
public:
    explicit ModerationDeskWindow(std::unique_ptr<relay::ModerationDesk> desk,
                                  QWidget *parent = nullptr);
    ~ModerationDeskWindow() override;

    /// Reloads the queue (also done every second while shown).
    void refresh();
    [[nodiscard]] QListWidget *queue() const noexcept { return m_queue; }
    [[nodiscard]] QPlainTextEdit *details() const noexcept { return m_details; }
    /// The decision buttons, by action: "dismiss", "warn", "suspend", "ban",
    /// "restore", "uphold" (their object names carry the same words).
    [[nodiscard]] QPushButton *button(const QString &action) const;
    [[nodiscard]] QLineEdit *reason() const noexcept { return m_reason; }

private:
    void showSelected();
    void decide(const QString &action);
    void showTransparency();

    std::unique_ptr<relay::ModerationDesk> m_desk;
    QListWidget *m_queue;
    QPlainTextEdit *m_details;
    QLineEdit *m_reason;
    QSpinBox *m_days;
    QLabel *m_status;
    QList<QPushButton *> m_buttons;
    QTimer m_timer;
    QString m_selected;
};

} // namespace cove::desktop
