// SPDX-License-Identifier: GPL-3.0-or-later
#include "ForwardDialog.h"

#include "Account.h"
#include "AppSession.h"
#include "ConversationListModel.h"
#include "Dialogs.h"
#include "Messenger.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace cove::ui {

ForwardDialog::ForwardDialog(app::Session &session, qint64 rowId, QWidget *parent)
    : QDialog(parent), m_session(session), m_rowId(rowId), m_chats(new QListWidget(this)),
      m_hint(new QLabel(this)), m_error(new QLabel(this)), m_buttons(new QDialogButtonBox(this))
{
    setObjectName(QStringLiteral("forwardDialog"));
    setWindowTitle(QCoreApplication::translate("Forwarding", "Forward"));
    resize(420, 460);
    const app::AppResult<int> limit = session.messenger().forwardLimit(rowId);
    m_limit = limit ? *limit : 1;
    m_hint->setWordWrap(true);
    m_hint->setObjectName(QStringLiteral("forwardHint"));
    m_hint->setText(m_limit == 1
                        ? QCoreApplication::translate(
                              "Forwarding", "This message was forwarded many times. To slow the "
                                            "spread of rumours, it can go to one chat at a time.")
                        : QCoreApplication::translate("Forwarding", "Choose up to %n chats.",
                                                      nullptr, m_limit));
    m_error->setWordWrap(true);
    m_error->hide();
    m_chats->setObjectName(QStringLiteral("forwardChats"));
    m_chats->setAccessibleName(QCoreApplication::translate("Forwarding", "Chats to forward to"));
    app::ConversationListModel chats(session.account(), session.messenger(),
                                     storage::ConversationState::Normal);
    chats.reload();
    for (int row = 0; row < chats.rowCount(); ++row) {
        const QModelIndex index = chats.index(row);
        auto *item = new QListWidgetItem(
            index.data(app::ConversationListModel::TitleRole).toString(), m_chats);
        item->setData(Qt::UserRole, index.data(app::ConversationListModel::IdRole));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_forward = m_buttons->addButton(QCoreApplication::translate("Forwarding", "Forward"),
                                     QDialogButtonBox::AcceptRole);
    m_forward->setObjectName(QStringLiteral("forwardButton"));
    m_forward->setEnabled(false);
    m_buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ForwardDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_chats, &QListWidget::itemChanged, this, &ForwardDialog::onChanged);

    auto *box = new QVBoxLayout(this);
    box->addWidget(m_hint);
    box->addWidget(m_chats, 1);
    box->addWidget(m_error);
    box->addWidget(m_buttons);
}

QList<qint64> ForwardDialog::chosen() const
{
    QList<qint64> out;
    for (int i = 0; i < m_chats->count(); ++i)
        if (m_chats->item(i)->checkState() == Qt::Checked)
            out.append(m_chats->item(i)->data(Qt::UserRole).toLongLong());
    return out;
}

void ForwardDialog::onChanged(QListWidgetItem *item)
{
    const qsizetype n = chosen().size();
    if (item->checkState() == Qt::Checked && n > m_limit) {
        // One too many: the tick is refused, and the hint says why.
        QSignalBlocker quiet(m_chats);
        item->setCheckState(Qt::Unchecked);
        QFont bold = m_hint->font();
        bold.setWeight(QFont::DemiBold);
        m_hint->setFont(bold);
        return;
    }
    m_forward->setEnabled(!chosen().isEmpty());
}

void ForwardDialog::accept()
{
    app::AppResult<QList<qint64>> sent = m_session.messenger().forward(m_rowId, chosen());
    if (!sent) {
        m_error->setText(describe(sent.error()));
        m_error->show();
        return;
    }
    QDialog::accept();
}

void searchTheWeb(const QString &body)
{
    QUrl url(QStringLiteral("https://duckduckgo.com/"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("q"), body.left(500));
    url.setQuery(query);
    QDesktopServices::openUrl(url);
}

} // namespace cove::ui
