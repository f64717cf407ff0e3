// SPDX-License-Identifier: GPL-3.0-or-later
#include "Screenshots.h"

#include "Account.h"
#include "AppSession.h"
#include "ChatView.h"
#include "ConversationListModel.h"
#include "DemoWorld.h"
#include "Dialogs.h"
#include "Language.h"
#include "MainWindow.h"
#include "Messages.h"
#include "Messenger.h"
#include "ModerationDesk.h"
#include "ModerationDeskWindow.h"
#include "ReportDialog.h"
#include "Reports.h"
#include "SafetyNumberDialog.h"
#include "WelcomeDialog.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QListView>
#include <QListWidget>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <functional>

namespace cove::desktop {

namespace {

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

/// Runs the event loop until `done` holds or `ms` passed.
bool waitFor(const std::function<bool()> &done, int ms)
{
    QDeadlineTimer deadline(ms);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(10);
    }
    return true;
}

void settle()
{
    for (int i = 0; i < 10; ++i) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(5);
    }
}

bool save(QWidget &w, const QString &dir, const QString &name)
{
    settle();
    const QString path = QDir(dir).filePath(name + QStringLiteral(".png"));
    if (!w.grab().save(path)) {
        err() << "cannot write " << path << Qt::endl;
        return false;
    }
    err() << path << Qt::endl;
    return true;
}

} // namespace

int renderScreenshots(const QString &dir)
{
    if (!QDir().mkpath(dir)) {
        err() << "cannot create " << dir << Qt::endl;
        return 1;
    }
    auto world = app::demo::DemoWorld::start({});
    if (!world) {
        err() << "the demo did not start: " << world.error().detail << Qt::endl;
        return 1;
    }
    auto account = app::Account::open((*world)->testerProfileDir(), (*world)->testerPassphrase());
    if (!account)
        return 1;
    auto session = app::Session::open(std::move(*account));
    if (!session)
        return 1;
    app::Session &s = **session;
    ui::MainWindow window(s);
    window.resize(1100, 720);
    window.show();
    s.start();

    const QString maya = (*world)->coveIdOf(app::demo::DemoWorld::Cast::Maya);
    // Wait for the world to have happened: the requests are in, Maya's
    // history is there, the group's forwarded rumour arrived.
    const bool ready = waitFor(
        [&] {
            window.chats().reload();
            window.requests().reload();
            return s.isOnline() && s.messenger().isIdle() && window.requests().rowCount() >= 2 &&
                   window.chats().rowCount() >= 2;
        },
        60000);
    if (!ready)
        err() << "warning: the demo world was not complete after 60 s" << Qt::endl;
    const qint64 mayaChat = s.messenger().directConversation(maya).value().id;
    // One more message from the tester, so the chat shows Maya's answer and photo.
    (void)s.messenger().sendMessage(
        mayaChat, QCoreApplication::translate("cove", "Sounds great! Send me a picture?"));
    const qint64 before = storage::MessageRepository(s.account().db()).count(mayaChat).value();
    waitFor(
        [&] {
            return storage::MessageRepository(s.account().db()).count(mayaChat).value() >=
                       before + 2 &&
                   s.messenger().isIdle();
        },
        20000);
    const auto group = s.messenger().groupConversation((*world)->groupId());

    bool ok = true;
    for (const QString &lang : {QStringLiteral("en"), QStringLiteral("ar")}) {
        ui::Language::apply(lang);
        settle();
        window.openConversation(mayaChat);
        ok &= save(window, dir, QStringLiteral("chat-") + lang);
        if (group) {
            window.openConversation(group->id);
            ok &= save(window, dir, QStringLiteral("group-") + lang);
        }
        // A stranger's group invitation, when it has arrived: its overview.
        for (int row = 0; row < window.chats().rowCount(); ++row) {
            const qint64 id = window.chats().conversationAt(row);
            if (auto invitation = s.messenger().groupInvitation(id);
                invitation && invitation->has_value()) {
                window.openConversation(id);
                ok &= save(window, dir, QStringLiteral("invitation-") + lang);
                break;
            }
        }
        window.showRequests(true);
        if (window.requests().rowCount() > 0) {
            const qint64 request = window.requests().conversationAt(0);
            window.openConversation(request);
            ok &= save(window, dir, QStringLiteral("request-") + lang);
            if (auto draft = s.reports().draftForConversation(request);
                draft && !draft->selected.isEmpty()) {
                ui::ReportDialog dialog(s, *draft, &window);
                dialog.show();
                ok &= save(dialog, dir, QStringLiteral("report-") + lang);
                if (lang == QLatin1String("en")) {
                    (void)s.reports().submit(dialog.report(), request, false);
                    waitFor([&] { return s.reports().queuedCount() == 0; }, 10000);
                    if (auto desk = (*world)->openModerationDesk()) {
                        ModerationDeskWindow deskWindow(std::move(*desk));
                        deskWindow.show();
                        deskWindow.queue()->setCurrentRow(0);
                        settle();
                        ok &= save(deskWindow, dir, QStringLiteral("moderation-desk-") + lang);
                    }
                }
            }
        }
        window.showRequests(false);
        {
            ui::SafetyNumberDialog dialog(s.account(), maya, app::personName(s.account(), maya),
                                          &window);
            dialog.show();
            ok &= save(dialog, dir, QStringLiteral("safety-number-") + lang);
        }
        {
            ui::SettingsDialog dialog(s, &window);
            dialog.show();
            ok &= save(dialog, dir, QStringLiteral("settings-") + lang);
        }
        {
            QTemporaryDir scratch;
            ui::WelcomeDialog dialog(ui::WelcomeDialog::Mode::Create,
                                     scratch.filePath(QStringLiteral("p")), &window);
            dialog.show();
            ok &= save(dialog, dir, QStringLiteral("welcome-") + lang);
        }
    }
    ui::Language::apply(QStringLiteral("en"));
    return ok ? 0 : 1;
}

} // namespace cove::desktop
