// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace cove::app {
class Session;
}

namespace cove::ui {

/// Forward a message: the person ticks the chats it goes to, at most five,
/// or one when it was already forwarded many times (the dialog says why).
class ForwardDialog : public QDialog {
    Q_OBJECT
public:
    ForwardDialog(app::Session &session, qint64 rowId, QWidget *parent = nullptr);

    [[nodiscard]] QListWidget *chats() const noexcept { return m_chats; }
    /// The chats ticked, in list order.
    [[nodiscard]] QList<qint64> chosen() const;

    void accept() override;

private:
    void onChanged(QListWidgetItem *item);

    app::Session &m_session;
    qint64 m_rowId;
    int m_limit = 5;
    QListWidget *m_chats;
    QLabel *m_hint;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QPushButton *m_forward = nullptr;
};

/// Opens the browser on a web search for a message's text ("Verify" on a
/// message forwarded many times). Nothing is sent to Cove.
void searchTheWeb(const QString &text);

} // namespace cove::ui
