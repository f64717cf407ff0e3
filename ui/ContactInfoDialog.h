// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace cove::app {
class Session;
}

namespace cove::ui {

/// One person, from a direct chat: their name (to change, or to add them to
/// contacts), Cove ID, whether their safety number was compared, the chat's
/// disappearing-message timer, the groups shared with them, and Block and
/// Report.
class ContactInfoDialog : public QDialog {
    Q_OBJECT
public:
    ContactInfoDialog(app::Session &session, qint64 conversationId, QWidget *parent = nullptr);

Q_SIGNALS:
    /// The person wants to compare safety numbers.
    void safetyNumberRequested(const QString &coveId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void retranslate();
    void saveName();

    app::Session &m_session;
    qint64 m_conversationId;
    QString m_peerId;
    QLineEdit *m_name;
    QPushButton *m_saveName;
    QLabel *m_idLabel;
    QLabel *m_id;
    QPushButton *m_copyId;
    QLabel *m_safetyLabel;
    QLabel *m_safety;
    QPushButton *m_compare;
    QLabel *m_timerLabel;
    QLabel *m_timer;
    QLabel *m_groupsLabel;
    QListWidget *m_groups;
    QPushButton *m_block;
    QPushButton *m_report;
    QPushButton *m_remove; ///< guarded mode: the child removes an approved contact
};

} // namespace cove::ui
