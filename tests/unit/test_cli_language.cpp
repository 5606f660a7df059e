// The command-line tool speaks the language of its environment, like other
// command-line tools: $LANGUAGE first, then $LC_ALL / $LC_MESSAGES / $LANG.
#include "testenvironment.h"

#include <QProcess>
#include <catch2/catch.hpp>

namespace {

QString cliOutput(const QStringList &args, const QList<std::pair<QString, QString>> &environment)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const auto &[name, value] : environment) {
        if (value.isEmpty())
            env.remove(name);
        else
            env.insert(name, value);
    }
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(MOCKINTERVIEW_CLI_PATH), args);
    REQUIRE(p.waitForFinished(30000));
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

TEST_CASE("cli: usage and command help in Chinese under a Chinese locale", "[cli][i18n]")
{
    for (const auto &variable : {QStringLiteral("LC_ALL"), QStringLiteral("LANG")}) {
        INFO(variable.toStdString());
        const QString usage
            = cliOutput({QStringLiteral("--help")}, {{QStringLiteral("LC_ALL"), QString()}, {variable, QStringLiteral("zh_CN.UTF-8")}});
        CHECK(usage.contains(u"用法：mockinterview-cli"));
        CHECK(usage.contains(u"列出可以加载的题库。")); // a command summary, marked with QT_TRANSLATE_NOOP
    }
    // A subcommand's own description (Cli::tr) and Qt's "Options:" heading
    // (qtbase's catalogue).
    const QString help
        = cliOutput({QStringLiteral("validate"), QStringLiteral("--help")}, {{QStringLiteral("LANGUAGE"), QStringLiteral("zh_CN")}});
    CHECK(help.contains(u"校验题库文件"));
    CHECK(help.contains(u"选项："));
}

TEST_CASE("cli: English under an English or unknown locale", "[cli][i18n]")
{
    for (const QString &locale : {QStringLiteral("en_US.UTF-8"), QStringLiteral("C.UTF-8"), QStringLiteral("de_DE.UTF-8")}) {
        INFO(locale.toStdString());
        const QString usage = cliOutput({QStringLiteral("--help")}, {{QStringLiteral("LC_ALL"), locale}});
        CHECK(usage.contains(u"Usage: mockinterview-cli"));
        CHECK(usage.contains(u"List the question packs that load."));
    }
}
