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
/// make others admins, rename, choose whether only admins send and whether
/// members may rename, make the invite link and let in (or turn away) those
/// who ask with it; everyone can share the link, report or block a member
/// and leave. Changes go to every member end-to-end encrypted.
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
    void setLink(bool on, bool approval, bool reset);
    void refreshLink();
    [[nodiscard]] QString selectedRequest() const;
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
    QLabel *m_linkLabel;
    QCheckBox *m_linkOn;
    QCheckBox *m_linkApproval;
    QLineEdit *m_link;
    QPushButton *m_copyLink;
    QPushButton *m_resetLink;
    QLabel *m_linkNote;
    QLabel *m_requestsLabel;
    QListWidget *m_requests;
    QPushButton *m_approve;
    QPushButton *m_decline;
};

} // namespace cove::ui
