// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace cove::app {
class Session;
}

namespace cove::ui {

/// A group's members and what each may do. Admins add and remove members,
/// make others admins, rename, and choose whether only admins send and
/// whether members may rename; everyone can report or block a member and
/// leave. Changes go to every member end-to-end encrypted.
class GroupInfoDialog : public QDialog {
    Q_OBJECT
public:
    GroupInfoDialog(app::Session &session, qint64 conversationId, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refresh();
    [[nodiscard]] QString selectedMember() const;
    void addMember();
    void setPermission(quint8 bit, bool on);
    /// Shows why an action failed; true when it worked.
    bool check(bool ok, const QString &detail);

    app::Session &m_session;
    qint64 m_conversationId;
    bool m_admin = false;
    QLineEdit *m_name;
    QPushButton *m_rename;
    QLabel *m_membersLabel;
    QListWidget *m_members;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_makeAdmin;
    QPushButton *m_report;
    QPushButton *m_block;
    QPushButton *m_leave;
    QCheckBox *m_onlyAdminsSend;
    QCheckBox *m_membersRename;
    QLabel *m_limit;
};

} // namespace cove::ui
