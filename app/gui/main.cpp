#include "appcontext.h"
#include "appicon.h"
#include "generalsettings.h"
#include "mainwindow.h"
#include "packs/packlibrary.h"
#include "smoketest.h"
#include "uilanguage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTimer>
#include <cstdio>
#include <unistd.h>

int main(int argc, char *argv[])
{
    // Chromium refuses to start as root with its sandbox on; a root session
    // (containers, kiosks) gets it off, a normal user never does.
    if (geteuid() == 0 && qEnvironmentVariableIsEmpty("QTWEBENGINE_DISABLE_SANDBOX"))
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts); // needed by Qt WebEngine
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("mockinterview"));
    QApplication::setOrganizationName(QStringLiteral("mockinterview"));
    // Before any text is made, the help texts below included; the setting
    // is read through the names just set.
    const auto translations = useLanguage(chosenLanguage(QApplication::arguments()));
    QApplication::setApplicationDisplayName(QApplication::translate("main", "Mock Interview"));
    QApplication::setApplicationVersion(QStringLiteral(MOCKINTERVIEW_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(MOCKINTERVIEW_APP_ID));
    QApplication::setWindowIcon(appIcon());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Mock interview simulator for ops, SRE and Kubernetes roles."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("db"), QApplication::translate("main", "SQLite database file."), QStringLiteral("path")},
        {QStringLiteral("packs"), QApplication::translate("main", "Folder of question packs."), QStringLiteral("path")},
        {QStringLiteral("pack"), QApplication::translate("main", "Start practising this pack right away."), QStringLiteral("id")},
        {QStringLiteral("lang"),
            QApplication::translate("main", "Interface language: en or zh_CN (default: the setting, else the system's)."),
            QStringLiteral("language")},
        {QStringLiteral("screenshot"), QApplication::translate("main", "With --smoke-test: save the window as this PNG before exiting."),
            QStringLiteral("file")},
        {QStringLiteral("smoke-test"),
            QApplication::translate("main", "Open the main window, print its packs folder and the ms to first paint, exit.")},
    });
    parser.process(app);

    const QString packsPath = parser.isSet(QStringLiteral("packs")) ? parser.value(QStringLiteral("packs")) : mi::defaultPacksDirectory();
    AppContext context;
    context.load(packsPath, parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db")) : settings::databasePath());
    // Lets the package test see which packs an installed copy found.
    if (parser.isSet(QStringLiteral("smoke-test")))
        std::printf("%d packs from %s\n", int(context.library.packs().size()), qPrintable(packsPath));
    MainWindow window(context);
    if (parser.isSet(QStringLiteral("pack")))
        window.startPractice(PracticeSetup{parser.value(QStringLiteral("pack")), {}, false});
    if (parser.isSet(QStringLiteral("smoke-test")))
        reportFirstPaintAndQuit(&window, parser.value(QStringLiteral("screenshot")));
    window.show();
    // The first start explains itself, unless a pack was asked for or this is a check.
    if (!settings::firstRunDone.value() && !parser.isSet(QStringLiteral("smoke-test")) && !parser.isSet(QStringLiteral("pack")))
        QTimer::singleShot(0, &window, &MainWindow::showWelcome);
    return app.exec();
}
