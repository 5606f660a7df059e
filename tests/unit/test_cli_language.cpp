// The command-line tool speaks the language of its environment, like other
// command-line tools: $LANGUAGE first, then $LC_ALL / $LC_MESSAGES / $LANG.
#include "testenvironment.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

namespace {

// Standard output (and, with `exitCode` 1, standard error after it) of a run
// that must end with `exitCode`.
QString cliOutput(const QStringList &args, const QList<std::pair<QString, QString>> &environment, int exitCode = 0)
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
    REQUIRE(p.exitCode() == exitCode);
    return QString::fromUtf8(p.readAllStandardOutput() + (exitCode ? p.readAllStandardError() : QByteArray()));
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

TEST_CASE("cli: pack errors and counts in the locale's language, with plurals", "[cli][i18n]")
{
    QTemporaryDir dir;
    QFile pack(dir.filePath(QStringLiteral("bad.yaml")));
    REQUIRE(pack.open(QIODevice::WriteOnly));
    pack.write("id: bad\ntitle: x\nlanguage: fr\nrounds: []\n");
    pack.close();
    const QStringList validate{QStringLiteral("validate"), dir.path()};

    const QString zh = cliOutput(validate, {{QStringLiteral("LANGUAGE"), QStringLiteral("zh_CN")}}, 1);
    CHECK(zh.contains(u"bad.yaml:3:11: “language”必须是“zh”或“en”，实际是“fr”"));
    CHECK(zh.contains(u"“rounds”不能为空"));
    CHECK(zh.contains(u"0 个题库、0 道题有效；1 个文件中有 2 个错误"));

    const QString en = cliOutput(validate, {{QStringLiteral("LANGUAGE"), QString()}, {QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8")}}, 1);
    CHECK(en.contains(u"bad.yaml:3:11: 'language' must be 'zh' or 'en', got 'fr'"));
    CHECK(en.contains(u"0 packs, 0 questions valid; 2 errors in 1 file"));
}
