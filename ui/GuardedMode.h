// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTimeEdit;

namespace cove::app {
class Account;
class Messenger;
class Session;
} // namespace cove::app

namespace cove::ui {

class QrCodeWidget;

/// A child's profile connects to its guardian: the code (the guardian's
/// pairing link) typed, pasted or read from a QR picture, then the six
/// digits both screens show, then the child says they match. The child's
/// wording is short and plain (context "Guarded").
class PairGuardianDialog : public QDialog {
    Q_OBJECT
public:
    explicit PairGuardianDialog(app::Session &session, QWidget *parent = nullptr);

    /// Fills the code from the QR code in a picture; false when it holds none.
    bool readQrImage(const QImage &image);
    /// Fills in the code (the guardian's link, clicked elsewhere).
    void setLink(const QString &link);

private:
    void refresh();
    void pair();

    app::Session &m_session;
    QStackedWidget *m_pages;
    QLineEdit *m_link;
    QLabel *m_error;
    QLabel *m_waitingCode;
    QLabel *m_confirmCode;
    QPushButton *m_pair;
};

/// "Get help" for a child: report, tell my guardian, and help lines for
/// the child's country. Always one click away in guarded mode.
class GuardedHelpDialog : public QDialog {
    Q_OBJECT
public:
    /// `conversationId`: the chat open now (0: none), what Report is about.
    GuardedHelpDialog(app::Session &session, qint64 conversationId, QWidget *parent = nullptr);

private:
    app::Session &m_session;
    qint64 m_conversationId;
    QPlainTextEdit *m_words;
    QCheckBox *m_withMessages; ///< also the last messages of the chat open now
    QLabel *m_sent;
};

/// The guardian's "Children" panel: pairing a child, and for each child the
/// contacts they asked for (approve or decline), their contacts with when
/// they last talked (never what), who guarded mode turned away, what the
/// child's app told the guardian (help, blocks, reports), and ending
/// guarded mode.
class ChildrenDialog : public QDialog {
    Q_OBJECT
public:
    /// The guardian's profile (the app's own, or the demo's scripted guardian).
    ChildrenDialog(app::Account &account, app::Messenger &messenger, QWidget *parent = nullptr);

    /// Shows a fresh pairing link (and its QR code) for a new child.
    void addChild();

private:
    void reload();
    void showChild();
    [[nodiscard]] QString currentChild() const;
    [[nodiscard]] QString currentAsk() const;

    app::Account &m_account;
    app::Messenger &m_messenger;
    QListWidget *m_children;
    QLabel *m_pairing;
    QrCodeWidget *m_pairingQr;
    QLabel *m_childTitle;
    QLabel *m_childState;
    QPushButton *m_accept;
    QPushButton *m_decline;
    QListWidget *m_asks;
    QLabel *m_askDetails;
    QPushButton *m_approve;
    QPushButton *m_declineAsk;
    QListWidget *m_contacts;
    QPushButton *m_remove;
    QListWidget *m_refused;
    QListWidget *m_events;
    QPushButton *m_release;
    QCheckBox *m_quiet;
    QTimeEdit *m_quietFrom;
    QTimeEdit *m_quietUntil;
    QPushButton *m_saveQuiet;
    QCheckBox *m_shareMedia;
    QWidget *m_detail;
};

} // namespace cove::ui
