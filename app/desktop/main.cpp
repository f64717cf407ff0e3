// SPDX-License-Identifier: GPL-3.0-or-later
// cove: the desktop app.

#include "Account.h"
#include "AppSession.h"
#include "ChatView.h"
#include "ConversationListModel.h"
#include "DemoWorld.h"
#include "Dialogs.h"
#include "GuardedMode.h"
#include "Language.h"
#include "LinkHandoff.h"
#include "MainWindow.h"
#include "Messenger.h"
#include "ModerationDesk.h"
#include "ModerationDeskWindow.h"
#include "Profile.h"
#include "SafetyNumberDialog.h"
#include "Screenshots.h"
#include "Store.h"
#include "Theme.h"
#include "WelcomeDialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QTimer>
#include <QVBoxLayout>

namespace {

using namespace cove;

/// The Demo menu: who is in the world, and what the scripts did.
void addDemoMenu(ui::MainWindow &window, app::demo::DemoWorld &world)
{
    auto *log = new QPlainTextEdit;
    log->setReadOnly(true);
    log->setWindowTitle(QCoreApplication::translate("cove", "Demo log"));
    log->resize(560, 360);
    log->setAttribute(Qt::WA_DeleteOnClose, false);
    QObject::connect(&window, &QObject::destroyed, log, &QObject::deleteLater);
    QObject::connect(&world, &app::demo::DemoWorld::scriptEvent, log,
                     [log](const QString &line) { log->appendPlainText(line); });
    QMenu *menu = window.menuBar()->addMenu(QCoreApplication::translate("cove", "&Demo"));
    menu->addAction(
        QCoreApplication::translate("cove", "&Who is here…"), &window, [&window, &world] {
            QStringList lines;
            for (const auto &c : world.characters())
                lines.append(QStringLiteral("<p><b>%1</b><br>%2</p>")
                                 .arg(c.name.toHtmlEscaped(), c.role.toHtmlEscaped()));
            QMessageBox::information(
                &window, QCoreApplication::translate("cove", "The demo world"),
                QCoreApplication::translate(
                    "cove", "<p>Everyone here is a real Cove client on this computer, talking "
                            "through a real relay on loopback. Nothing leaves the machine.</p>%1")
                    .arg(lines.join(QString())));
        });
    menu->addAction(QCoreApplication::translate("cove", "Demo &log"), &window, [log] {
        log->show();
        log->raise();
    });
    QAction *deskAction = menu->addAction(
        QCoreApplication::translate("cove", "&Moderation desk…"), &window, [&window, &world] {
            auto *existing = window.findChild<desktop::ModerationDeskWindow *>();
            if (existing) {
                existing->show();
                existing->raise();
                return;
            }
            auto desk = world.openModerationDesk();
            if (!desk) {
                QMessageBox::warning(&window, QCoreApplication::translate("cove", "Cove"),
                                     ui::describe(desk.error()));
                return;
            }
            auto *w = new desktop::ModerationDeskWindow(std::move(*desk), &window);
            w->show();
        });
    deskAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    if (world.guardianMessenger()) {
        // Both ends of guarded mode: the guardian's Children panel, live.
        menu->addAction(
            QCoreApplication::translate("cove", "&Guardian's view…"), &window, [&window, &world] {
                auto *view =
                    window.findChild<ui::ChildrenDialog *>(QStringLiteral("demoGuardianView"));
                if (!view) {
                    view = new ui::ChildrenDialog(*world.guardianAccount(),
                                                  *world.guardianMessenger(), &window);
                    view->setObjectName(QStringLiteral("demoGuardianView"));
                    view->setWindowTitle(
                        QCoreApplication::translate("cove", "Guardian's view (Jordan's Cove)"));
                }
                view->show();
                view->raise();
            });
    }
}

int fail(const QString &text)
{
    QMessageBox::critical(nullptr, QCoreApplication::translate("cove", "Cove"), text);
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    // glibc reads /etc/localtime again on every local-time conversion while
    // TZ is unset; naming the file once makes those conversions cheap.
    if (qgetenv("TZ").isEmpty())
        qputenv("TZ", ":/etc/localtime");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Cove"));
    QApplication::setOrganizationName(QStringLiteral("Cove"));
    QApplication::setApplicationVersion(QStringLiteral(COVE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.cove.Cove"));
    QApplication::setWindowIcon(ui::Theme::appIcon());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("cove", "Cove, a private messenger."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profileOpt(
        QStringLiteral("profile"),
        QCoreApplication::translate("cove",
                                    "Open the profile NAME (several can live side by side)."),
        QStringLiteral("NAME"), QStringLiteral("default"));
    const QCommandLineOption demoOpt(
        QStringLiteral("demo"),
        QCoreApplication::translate("cove", "Open the demo world: a relay and scripted people on "
                                            "this computer."));
    const QCommandLineOption guardedOpt(
        QStringLiteral("guarded"),
        QCoreApplication::translate("cove", "With --demo: you are a child in guarded mode, with "
                                            "a scripted guardian."));
    const QCommandLineOption screenshotOpt(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("cove", "Render the main screens of the demo to PNG files in "
                                            "DIR, in English and Arabic, then quit."),
        QStringLiteral("DIR"));
    const QCommandLineOption languageOpt(
        QStringLiteral("language"), QCoreApplication::translate("cove", "Use the language CODE."),
        QStringLiteral("CODE"));
    const QCommandLineOption themeOpt(QStringLiteral("theme"),
                                      QCoreApplication::translate("cove", "light, dark or system."),
                                      QStringLiteral("THEME"));
    parser.addOptions({profileOpt, demoOpt, guardedOpt, screenshotOpt, languageOpt, themeOpt});
    parser.addPositionalArgument(
        QStringLiteral("link"),
        QCoreApplication::translate("cove", "A cove:// link to open (a contact, a group)."),
        QStringLiteral("[link]"));
    parser.process(app);
    const QString link = parser.positionalArguments().value(0).trimmed();

    QString language = parser.value(languageOpt);
    if (language.isEmpty())
        language = ui::prefs::language();
    if (language.isEmpty())
        language = ui::Language::systemDefault();
    ui::Language::apply(language);
    ui::Theme::apply(ui::Theme::fromString(parser.isSet(themeOpt) ? parser.value(themeOpt)
                                                                  : ui::prefs::theme()));

    if (parser.isSet(screenshotOpt))
        return desktop::renderScreenshots(parser.value(screenshotOpt));

    std::unique_ptr<app::demo::DemoWorld> world;
    std::unique_ptr<app::Account> account;
    bool demo = parser.isSet(demoOpt);
    QString handoffName; // the profile's window, if one is open already
    if (!demo) {
        const auto dir = storage::Profile::directoryForName(parser.value(profileOpt));
        if (!dir)
            return fail(QCoreApplication::translate("cove", "“%1” cannot name a profile.")
                            .arg(parser.value(profileOpt)));
        handoffName = ui::LinkHandoff::serverName(*dir);
        if (ui::LinkHandoff::handTo(handoffName, link))
            return 0; // that window comes forward with the link
        const auto mode =
            QDir(*dir).exists() ? ui::WelcomeDialog::Mode::Unlock : ui::WelcomeDialog::Mode::Create;
        if (mode == ui::WelcomeDialog::Mode::Unlock) {
            storage::Keychain keychain;
            account = ui::WelcomeDialog::unlockRemembered(*dir, keychain);
        }
        if (!account) {
            ui::WelcomeDialog welcome(mode, *dir);
            if (welcome.exec() != QDialog::Accepted)
                return 0;
            demo = welcome.demoRequested();
            if (demo)
                handoffName.clear(); // the demo's window is not this profile's
            account = welcome.takeAccount();
        }
    }
    if (demo) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        app::demo::DemoWorld::Options options;
        options.guarded = parser.isSet(guardedOpt);
        auto started = app::demo::DemoWorld::start(options);
        QApplication::restoreOverrideCursor();
        if (!started)
            return fail(QCoreApplication::translate("cove", "The demo could not start: %1")
                            .arg(ui::describe(started.error())));
        world = std::move(*started);
        auto opened = app::Account::open(world->testerProfileDir(), world->testerPassphrase());
        if (!opened)
            return fail(ui::describe(opened.error()));
        account = std::move(*opened);
    }
    if (!account)
        return 1;
    if (const QString kept = account->profile().store().damagedLogCopy(); !kept.isEmpty())
        QMessageBox::warning(
            nullptr, QCoreApplication::translate("cove", "Cove"),
            QCoreApplication::translate(
                "cove", "Part of this profile's database log was damaged, perhaps by a failing "
                        "disk. Everything before the damage is here; the changes written after "
                        "it could not be read, so the newest messages or settings may be "
                        "missing. The damaged log was kept, still encrypted, at:\n%1")
                .arg(QDir::toNativeSeparators(kept)));
    auto session = app::Session::open(std::move(account));
    if (!session)
        return fail(ui::describe(session.error()));
    ui::MainWindow window(**session);
    if (world)
        addDemoMenu(window, *world);
    window.show();
    (*session)->start();
    ui::LinkHandoff handoff;
    if (!handoffName.isEmpty()) {
        QObject::connect(&handoff, &ui::LinkHandoff::requested, &window, &ui::MainWindow::openLink);
        handoff.listen(handoffName);
    }
    if (!link.isEmpty())
        QTimer::singleShot(0, &window, [&window, link] { window.openLink(link); });
    const int code = app.exec();
    return code;
}
