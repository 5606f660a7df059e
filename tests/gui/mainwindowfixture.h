#pragma once

// The main window on screen over the bundled packs and a fresh database,
// with an empty settings file (test mode only) before and after.
#include "appcontext.h"
#include "mainwindow.h"
#include "testenvironment.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>
#include <memory>

struct EmptySettings {
    EmptySettings()
    {
        REQUIRE(QStandardPaths::isTestModeEnabled()); // never clear a real configuration
        QSettings().clear();
    }
    ~EmptySettings() { QSettings().clear(); }
};

struct MainWindowFixture {
    EmptySettings settings;
    QTemporaryDir dir;
    AppContext app;
    std::unique_ptr<MainWindow> window;

    // `prepare` runs before the window is made, to set what it reads at construction.
    template <typename Prepare>
    explicit MainWindowFixture(Prepare prepare)
    {
        prepare();
        app.load(bundledPacksPath(), dir.filePath(QStringLiteral("gui.sqlite")));
        REQUIRE(app.database);
        window = std::make_unique<MainWindow>(app);
        window->resize(1280, 800);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    }
    MainWindowFixture() : MainWindowFixture([] {}) {}

    // Shortcuts and focus need the window to be the active one.
    void activate()
    {
        window->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(window.get()));
    }
};

template <typename T>
T *findNamed(QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QLatin1String(name));
    REQUIRE(found);
    return found;
}
