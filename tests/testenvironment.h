#pragma once

#include <QCoreApplication>
#include <QString>
#include <memory>

// Environment every test binary needs before Qt starts: offscreen platform,
// test-mode standard paths, WebEngine's sandbox off when running as root, no
// sound server unless a test brings its own.
// Done in main() itself because CTest discovery runs the binary at build time.
void prepareTestEnvironment();

// QCoreApplication for core tests, QApplication for GUI tests (the GUI
// test target defines MOCKINTERVIEW_GUI_TESTS).
std::unique_ptr<QCoreApplication> createTestApplication(int &argc, char **argv);

QString testDataPath(const QString &relative);
QString bundledPacksPath();

// Lets Catch print QStrings and QStringLists in failed assertions.
#include <QStringList>
#include <catch2/catch.hpp>
namespace Catch {
template <>
struct StringMaker<QString> {
    static std::string convert(const QString &s) { return '"' + s.toStdString() + '"'; }
};
template <>
struct StringMaker<QStringList> {
    static std::string convert(const QStringList &l) { return "[" + l.join(QStringLiteral(", ")).toStdString() + "]"; }
};
} // namespace Catch
