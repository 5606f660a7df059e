#include "spokenclip.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <catch2/catch.hpp>

namespace {

void runTool(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    REQUIRE(p.waitForFinished(60000));
    INFO(program.toStdString() << ": " << p.readAllStandardError().toStdString());
    REQUIRE(p.exitCode() == 0);
}

} // namespace

QString speakToWav(const QString &folder, const QString &text)
{
    REQUIRE_FALSE(QStandardPaths::findExecutable(QStringLiteral("espeak-ng")).isEmpty());
    REQUIRE_FALSE(QStandardPaths::findExecutable(QStringLiteral("sox")).isEmpty());
    const QString raw = QDir(folder).filePath(QStringLiteral("spoken-22k.wav"));
    const QString wav = QDir(folder).filePath(QStringLiteral("spoken-16k.wav"));
    runTool(QStringLiteral("espeak-ng"), {QStringLiteral("-w"), raw, text});
    runTool(QStringLiteral("sox"),
        {raw, QStringLiteral("-r"), QStringLiteral("16000"), QStringLiteral("-c"), QStringLiteral("1"), QStringLiteral("-b"),
            QStringLiteral("16"), wav});
    return wav;
}
