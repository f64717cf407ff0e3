// SPDX-License-Identifier: GPL-3.0-or-later
#include "Composer.h"

#include "Bidi.h"
#include "Theme.h"

#include <QBuffer>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImage>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QTextCursor>
#include <QToolButton>
#include <QVBoxLayout>

namespace cove::ui {

/// The text field: grows with its text up to six lines, sends on Enter,
/// and hands pasted images and files to the composer.
class ComposerEdit : public QPlainTextEdit {
public:
    explicit ComposerEdit(Composer *composer) : QPlainTextEdit(composer), m_composer(composer)
    {
        setTabChangesFocus(true);
        setFrameShape(QFrame::NoFrame);
        setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
        connect(document(), &QTextDocument::contentsChanged, this, [this] { updateHeight(); });
        updateHeight();
    }

protected:
    void keyPressEvent(QKeyEvent *e) override
    {
        if ((e->key() == Qt::Key_Return || e->key() == Qt::Key_Enter) &&
            !(e->modifiers() & Qt::ShiftModifier)) {
            Q_EMIT m_composer->sendRequested();
            return;
        }
        QPlainTextEdit::keyPressEvent(e);
    }
    bool canInsertFromMimeData(const QMimeData *source) const override
    {
        return source->hasImage() || source->hasUrls() ||
               QPlainTextEdit::canInsertFromMimeData(source);
    }
    void insertFromMimeData(const QMimeData *source) override
    {
        if (source->hasImage()) {
            m_composer->addImage(qvariant_cast<QImage>(source->imageData()));
            return;
        }
        if (source->hasUrls()) {
            QStringList paths;
            for (const QUrl &u : source->urls())
                if (u.isLocalFile())
                    paths.append(u.toLocalFile());
            if (!paths.isEmpty()) {
                m_composer->addFiles(paths);
                return;
            }
        }
        QPlainTextEdit::insertFromMimeData(source);
    }

private:
    void updateHeight()
    {
        const QFontMetrics fm(font());
        const int lines = std::clamp(int(document()->size().height()), 1, 6);
        setFixedHeight(lines * fm.lineSpacing() + int(document()->documentMargin() * 2) + 4);
    }

    Composer *m_composer;
};

Composer::Composer(QWidget *parent)
    : QWidget(parent), m_edit(new ComposerEdit(this)), m_attach(new QToolButton(this)),
      m_send(new QToolButton(this)), m_filesLabel(new QLabel(this)),
      m_clearFiles(new QToolButton(this)), m_blocked(new QLabel(this)),
      m_replyLabel(new QLabel(this)), m_cancelReply(new QToolButton(this))
{
    setAcceptDrops(true);
    setAutoFillBackground(true);
    m_edit->setObjectName(QStringLiteral("composerText"));
    m_send->setObjectName(QStringLiteral("sendButton"));
    m_attach->setIcon(Theme::icon(Theme::Icon::Attach));
    m_send->setIcon(Theme::icon(Theme::Icon::Send, Theme::accent()));
    m_attach->setIconSize(QSize(22, 22));
    m_send->setIconSize(QSize(22, 22));
    for (QToolButton *b : {m_attach, m_send}) {
        b->setAutoRaise(true);
        b->setMinimumSize(36, 36);
        QFont f = b->font();
        f.setPointSizeF(f.pointSizeF() * 1.3);
        b->setFont(f);
    }
    m_clearFiles->setText(QStringLiteral("✕"));
    m_clearFiles->setAutoRaise(true);
    m_blocked->setWordWrap(true);
    m_blocked->setAlignment(Qt::AlignCenter);
    m_blocked->hide();
    connect(m_edit, &QPlainTextEdit::textChanged, this, &Composer::edited);

    m_replyLabel->setObjectName(QStringLiteral("replyPreview"));
    m_replyLabel->setTextFormat(Qt::PlainText);
    m_replyLabel->setWordWrap(false);
    m_replyLabel->setIndent(8);
    m_cancelReply->setText(QStringLiteral("✕"));
    m_cancelReply->setAutoRaise(true);
    m_replyLabel->hide();
    m_cancelReply->hide();
    connect(m_cancelReply, &QToolButton::clicked, this, [this] {
        setReplyPreview({}, {});
        Q_EMIT replyCancelled();
    });
    auto *replyRow = new QHBoxLayout;
    replyRow->addWidget(m_replyLabel, 1);
    replyRow->addWidget(m_cancelReply);
    auto *filesRow = new QHBoxLayout;
    filesRow->addWidget(m_filesLabel, 1);
    filesRow->addWidget(m_clearFiles);
    auto *row = new QHBoxLayout;
    row->setSpacing(6);
    row->addWidget(m_attach, 0, Qt::AlignBottom);
    row->addWidget(m_edit, 1);
    row->addWidget(m_send, 0, Qt::AlignBottom);
    auto *box = new QVBoxLayout(this);
    box->setContentsMargins(10, 6, 10, 8);
    box->addLayout(replyRow);
    box->addLayout(filesRow);
    box->addLayout(row);
    box->addWidget(m_blocked);

    connect(m_send, &QToolButton::clicked, this, &Composer::sendRequested);
    connect(m_attach, &QToolButton::clicked, this, &Composer::chooseFiles);
    connect(m_clearFiles, &QToolButton::clicked, this, [this] {
        m_files.clear();
        updateFiles();
    });
    retranslate();
    updateFiles();
}

QString Composer::text() const
{
    return m_edit->toPlainText().trimmed();
}

void Composer::clear()
{
    m_edit->clear();
    m_files.clear();
    updateFiles();
}

QString Composer::draftText() const
{
    return m_edit->toPlainText();
}

void Composer::switchDraft(qint64 leaving, qint64 opening, const QString &openingText)
{
    if (leaving != 0 && !m_files.isEmpty())
        m_waitingFiles.insert(leaving, m_files);
    const QSignalBlocker quiet(this);
    m_edit->setPlainText(openingText);
    m_edit->moveCursor(QTextCursor::End);
    m_files = m_waitingFiles.take(opening);
    updateFiles();
}

void Composer::keepFiles(qint64 conversationId, const QList<app::Messenger::OutgoingFile> &files)
{
    if (!files.isEmpty() && !m_waitingFiles.contains(conversationId))
        m_waitingFiles.insert(conversationId, files);
}

void Composer::forget(qint64 conversationId)
{
    m_waitingFiles.remove(conversationId);
}

bool Composer::restore(const QString &text, const QList<app::Messenger::OutgoingFile> &files)
{
    if (!m_edit->toPlainText().isEmpty() || !m_files.isEmpty())
        return false;
    m_edit->setPlainText(text);
    m_files = files;
    updateFiles();
    return true;
}

void Composer::focusText()
{
    m_edit->setFocus();
}

void Composer::addFiles(const QStringList &paths)
{
    for (const QString &path : paths) {
        QFile f(path);
        if (QFileInfo(path).size() > qint64(protocol::kMaxAttachmentSize) ||
            !f.open(QIODevice::ReadOnly)) {
            QMessageBox::warning(this, tr("Cannot attach"),
                                 tr("%1 cannot be read, or is larger than 100 MB.")
                                     .arg(isolate(QFileInfo(path).fileName())));
            continue;
        }
        m_files.append({QFileInfo(path).fileName(), f.readAll()});
    }
    updateFiles();
}

void Composer::addImage(const QImage &image)
{
    if (image.isNull())
        return;
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    m_files.append({tr("Pasted image.png"), png});
    updateFiles();
}

void Composer::setReplyPreview(const QString &who, const QString &excerpt)
{
    const bool on = !who.isEmpty();
    if (on) {
        const QString first = excerpt.simplified();
        const QString line = tr("Replying to %1: %2").arg(isolate(who), isolate(first));
        m_replyLabel->setText(m_replyLabel->fontMetrics().elidedText(line, Qt::ElideRight, 600));
        m_replyLabel->setAccessibleName(line);
    }
    m_replyLabel->setVisible(on);
    m_cancelReply->setVisible(on);
}

void Composer::setBlockedReason(const QString &reason)
{
    m_blocked->setText(reason);
    m_blocked->setVisible(!reason.isEmpty());
    for (QWidget *w : std::initializer_list<QWidget *>{m_edit, m_attach, m_send})
        w->setVisible(reason.isEmpty());
}

void Composer::updateFiles()
{
    const bool any = !m_files.isEmpty();
    m_filesLabel->setVisible(any);
    m_clearFiles->setVisible(any);
    if (any) {
        QStringList names;
        for (const auto &f : m_files)
            names.append(f.fileName);
        m_filesLabel->setText(tr("📎 %n file(s): %1", nullptr, int(m_files.size()))
                                  .arg(QLocale().createSeparatedList(names)));
    }
}

void Composer::chooseFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Attach files"));
    if (!paths.isEmpty())
        addFiles(paths);
    m_edit->setFocus();
}

void Composer::retranslate()
{
    // The paper plane points where the text runs.
    m_send->setIcon(
        Theme::icon(Theme::Icon::Send, Theme::accent(), layoutDirection() == Qt::RightToLeft));
    m_edit->setPlaceholderText(tr("Write a message"));
    m_edit->setAccessibleName(tr("Message"));
    m_attach->setToolTip(tr("Attach files (Ctrl+Shift+A)"));
    m_attach->setAccessibleName(tr("Attach files"));
    m_attach->setShortcut(QKeySequence(tr("Ctrl+Shift+A")));
    m_send->setToolTip(tr("Send (Enter)"));
    m_send->setAccessibleName(tr("Send"));
    m_clearFiles->setToolTip(tr("Remove the attached files"));
    m_cancelReply->setToolTip(tr("Do not reply to this message"));
    m_cancelReply->setAccessibleName(m_cancelReply->toolTip());
    m_clearFiles->setAccessibleName(tr("Remove the attached files"));
}

void Composer::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LayoutDirectionChange)
        retranslate();
    QWidget::changeEvent(event);
}

void Composer::dragEnterEvent(QDragEnterEvent *event)
{
    if (!m_blocked->text().isEmpty())
        return; // nothing can be sent here now (a request, a blocked chat)
    if (event->mimeData()->hasUrls() || event->mimeData()->hasImage())
        event->acceptProposedAction();
}

void Composer::dropEvent(QDropEvent *event)
{
    const QMimeData *mime = event->mimeData();
    if (mime->hasImage()) {
        addImage(qvariant_cast<QImage>(mime->imageData()));
    } else {
        QStringList paths;
        for (const QUrl &u : mime->urls())
            if (u.isLocalFile())
                paths.append(u.toLocalFile());
        addFiles(paths);
    }
    event->acceptProposedAction();
}

} // namespace cove::ui
