#include "testenvironment.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <cstdlib>
#include <unistd.h>

#ifdef MOCKINTERVIEW_GUI_TESTS
#include <QApplication>
#endif

void prepareTestEnvironment()
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (geteuid() == 0 && qEnvironmentVariableIsEmpty("QTWEBENGINE_DISABLE_SANDBOX"))
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const QString dir = QDir::temp().filePath(QStringLiteral("mockinterview-tests-runtime"));
        QDir().mkpath(dir);
        QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", dir.toUtf8());
    }
    // Tests never record from or play to the desktop's sound server: with
    // PULSE_SERVER pointing at nothing Qt lists no audio devices, as on a
    // machine without one. The virtual-microphone tests set their own first.
    if (qEnvironmentVariableIsEmpty("PULSE_SERVER"))
        qputenv("PULSE_SERVER", "unix:/nonexistent/mockinterview-tests/pulse/native");
    QStandardPaths::setTestModeEnabled(true);
    // Each test process gets its own settings: CTest runs tests in parallel
    // and one test's settings (language, first run) must not leak into another.
    static const QString processDir = QDir::temp().filePath(QStringLiteral("mockinterview-tests-%1").arg(QCoreApplication::applicationPid()));
    const QString settingsDir = processDir + QStringLiteral("/.qttest/config");
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir);
    std::atexit([] { QDir(processDir).removeRecursively(); });
    // The tests read English output, also on a developer's Chinese desktop;
    // the translation tests choose their language explicitly. Inherited by
    // the CLI processes the tests start.
    qputenv("LC_ALL", "C.UTF-8");
    qunsetenv("LANGUAGE");
    qunsetenv("MOCKINTERVIEW_LANG");
}

std::unique_ptr<QCoreApplication> createTestApplication(int &argc, char **argv)
{
#ifdef MOCKINTERVIEW_GUI_TESTS
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts); // needed by Qt WebEngine
    auto app = std::make_unique<QApplication>(argc, argv);
#else
    auto app = std::make_unique<QCoreApplication>(argc, argv);
#endif
    QCoreApplication::setApplicationName(QStringLiteral("mockinterview-tests"));
    return app;
}

QString testDataPath(const QString &relative) { return QDir(QStringLiteral(MOCKINTERVIEW_TEST_DATA_DIR)).filePath(relative); }

QString bundledPacksPath() { return QStringLiteral(MOCKINTERVIEW_SOURCE_PACKS_DIR); }
