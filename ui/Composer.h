// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Messenger.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QToolButton;

namespace cove::ui {

class ComposerEdit;

/// Where a message is written: Enter sends, Shift+Enter starts a new line;
/// files come from the attach button, drag-and-drop or a pasted image, and
/// wait above the text until sent.
class Composer : public QWidget {
    Q_OBJECT
public:
    explicit Composer(QWidget *parent = nullptr);

    [[nodiscard]] QString text() const;
    /// Files waiting to be sent with the next message.
    [[nodiscard]] const QList<app::Messenger::OutgoingFile> &files() const noexcept
    {
        return m_files;
    }
    /// Empties the text and the waiting files (after a send).
    void clear();
    /// Puts back what a send that failed took out, when nothing new was
    /// typed or attached since; returns whether it did.
    bool restore(const QString &text, const QList<app::Messenger::OutgoingFile> &files);
    /// What is typed, exactly (text() trims it for sending).
    [[nodiscard]] QString draftText() const;
    /// Switching chats: the files attached in the chat being left wait
    /// here (in memory) until it is open again, and the text of the chat
    /// being opened, as saved, takes the place of what was typed.
    void switchDraft(qint64 leaving, qint64 opening, const QString &openingText);
    /// Files for a chat that is not open; kept unless some wait there already.
    void keepFiles(qint64 conversationId, const QList<app::Messenger::OutgoingFile> &files);
    /// Drops the files waiting for a conversation that is gone.
    void forget(qint64 conversationId);
    void addFiles(const QStringList &paths);
    void addImage(const QImage &image);
    /// The message being answered, above the text box: who wrote it and
    /// its first words. An empty `who` takes the bar away.
    void setReplyPreview(const QString &who, const QString &excerpt);
    /// Shown when sending is not possible (e.g. a request not accepted yet).
    void setBlockedReason(const QString &reason);
    void focusText();

Q_SIGNALS:
    void sendRequested();
    /// The person changed the text.
    void edited();
    /// The person closed the reply bar.
    void replyCancelled();

protected:
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void retranslate();
    void updateFiles();
    void chooseFiles();

    ComposerEdit *m_edit;
    QToolButton *m_attach;
    QToolButton *m_send;
    QLabel *m_filesLabel;
    QToolButton *m_clearFiles;
    QLabel *m_blocked;
    QLabel *m_replyLabel;
    QToolButton *m_cancelReply;
    QList<app::Messenger::OutgoingFile> m_files;
    QHash<qint64, QList<app::Messenger::OutgoingFile>> m_waitingFiles; ///< by conversation
};

} // namespace cove::ui
