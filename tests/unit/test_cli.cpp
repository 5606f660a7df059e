// Runs the real mockinterview-cli binary, as scripts and other tools do.
#include "testenvironment.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &args, const QByteArray &stdinData = {})
{
    QProcess p;
    p.start(QStringLiteral(MOCKINTERVIEW_CLI_PATH), args);
    REQUIRE(p.waitForStarted());
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(60000));
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    QFile f(dir.filePath(name));
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(content);
    return f.fileName();
}

} // namespace

TEST_CASE("cli: validate passes the bundled packs and fails a broken one with positions", "[cli]")
{
    const Run good = cli({QStringLiteral("validate"), bundledPacksPath()});
    INFO(good.out.toStdString() << good.err.toStdString());
    CHECK(good.exitCode == 0);

    QTemporaryDir dir;
    QFile::copy(testDataPath("packs/mini-en.yaml"), dir.filePath("good.yaml"));
    QFile::copy(testDataPath("broken/broken-pack.yaml"), dir.filePath("broken.yaml"));
    const Run bad = cli({QStringLiteral("validate"), dir.path()});
    CHECK(bad.exitCode == 1);
    CHECK(bad.out.contains(dir.filePath("broken.yaml") + QStringLiteral(":4:1: unknown key 'colour'")));

    // packs still lists the good pack and names the broken file on stderr.
    const Run packs = cli({QStringLiteral("--packs"), dir.path(), QStringLiteral("packs"), QStringLiteral("--json")});
    CHECK(packs.exitCode == 0);
    const QJsonArray list = QJsonDocument::fromJson(packs.out.toUtf8()).array();
    REQUIRE(list.size() == 1);
    const QJsonObject pack = list[0].toObject();
    CHECK(pack.value("id").toString() == u"test-mini-en");
    CHECK(pack.value("questions").toInt() == 3);
    for (const char *key : {"id", "title", "language", "questions"})
        CHECK(pack.contains(QLatin1String(key)));
    CHECK(packs.err.contains(u"broken.yaml:"));
}

TEST_CASE("cli: questions --json has the stable shape", "[cli]")
{
    const Run r = cli({QStringLiteral("--packs"), testDataPath("packs"), QStringLiteral("questions"), QStringLiteral("--json")});
    REQUIRE(r.exitCode == 0);
    const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).array();
    REQUIRE(list.size() == 3);
    for (const char *key : {"id", "pack", "round", "prompt", "source"})
        CHECK(list[0].toObject().contains(QLatin1String(key)));
}

TEST_CASE("cli: practice --json shows a follow-up triggered by a missed point, and the session is saved", "[cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath("cli.sqlite");
    const QString answers = writeFile(dir, "answers.txt",
        "When the liveness probe fails the kubelet restarts the container; when readiness fails the pod is removed from the endpoints.\n"
        "A startupProbe with a big failureThreshold.\n"
        "It uses a ratio of current to target and takes the ceil.\n");
    const Run r = cli({QStringLiteral("--db"), db, QStringLiteral("--packs"), testDataPath("packs"), QStringLiteral("practice"),
                       QStringLiteral("--pack"), QStringLiteral("test-mini-en"), QStringLiteral("--answers"), answers,
                       QStringLiteral("--seed"), QStringLiteral("3"), QStringLiteral("--json")});
    INFO(r.out.toStdString() << r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QStringList lines = r.out.trimmed().split(u'\n');
    REQUIRE(lines.size() == 4);
    const QJsonObject first = QJsonDocument::fromJson(lines[0].toUtf8()).object();
    for (const char *key : {"turn", "kind", "question_id", "prompt", "reason", "answer", "score"})
        CHECK(first.contains(QLatin1String(key)));
    const QJsonObject followUp = QJsonDocument::fromJson(lines[1].toUtf8()).object();
    CHECK(followUp.value("kind").toString() == u"followup");
    CHECK(followUp.value("question_id").toString() == u"mini.probes");
    CHECK(followUp.value("reason").toString().contains(u"did not cover"));
    const QJsonObject last = QJsonDocument::fromJson(lines[3].toUtf8()).object();
    CHECK(last.contains("session_id"));
    CHECK(last.contains("overall"));

    const Run sessions = cli({QStringLiteral("--db"), db, QStringLiteral("sessions"), QStringLiteral("--json")});
    const QJsonArray list = QJsonDocument::fromJson(sessions.out.toUtf8()).array();
    REQUIRE(list.size() == 1);
    const QJsonObject s = list[0].toObject();
    CHECK(s.value("id").toInteger() == last.value("session_id").toInteger());
    CHECK(s.value("pack").toString() == u"test-mini-en");
    CHECK(s.value("turns").toInt() == 3);
    for (const char *key : {"id", "pack", "started", "turns", "overall"})
        CHECK(s.contains(QLatin1String(key)));
}

TEST_CASE("cli: MOCKINTERVIEW_DB picks the database when --db is absent", "[cli]")
{
    QTemporaryDir dir;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MOCKINTERVIEW_DB"), dir.filePath("env.sqlite"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(MOCKINTERVIEW_CLI_PATH), {QStringLiteral("sessions"), QStringLiteral("--json")});
    REQUIRE(p.waitForFinished(30000));
    CHECK(p.exitCode() == 0);
    CHECK(QFile::exists(dir.filePath("env.sqlite")));
}

TEST_CASE("cli: score --batch follows the contract and exits 1 only for unreadable input", "[cli]")
{
    const QByteArray input = "{\"id\":\"1\",\"question_id\":\"mini.etcd\",\"answer\":\"etcd keeps the cluster state and only the API server talks to it.\"}\n"
                             "{\"id\":\"2\"}\n";
    const Run r = cli({QStringLiteral("--packs"), testDataPath("packs"), QStringLiteral("score"), QStringLiteral("--batch"), QStringLiteral("-")}, input);
    REQUIRE(r.exitCode == 0);
    const QStringList lines = r.out.trimmed().split(u'\n');
    REQUIRE(lines.size() == 2);
    const QJsonObject one = QJsonDocument::fromJson(lines[0].toUtf8()).object();
    CHECK(one.value("id").toString() == u"1");
    CHECK(one.value("score").toDouble() > 50);
    CHECK(QJsonDocument::fromJson(lines[1].toUtf8()).object().value("error").isString());

    CHECK(cli({QStringLiteral("score"), QStringLiteral("--batch"), QStringLiteral("/no/such/file.jsonl")}).exitCode == 1);
}

TEST_CASE("cli: every subcommand has --help", "[cli]")
{
    for (const char *command : {"packs", "validate", "questions", "score", "practice", "sessions", "export-bundle", "import-bundle"}) {
        const Run r = cli({QLatin1String(command), QStringLiteral("--help")});
        INFO(command);
        CHECK(r.exitCode == 0);
        CHECK(r.out.contains(u"--db"));
    }
}

TEST_CASE("cli: export-bundle and import-bundle move a session between databases once", "[cli][bundle]")
{
    QTemporaryDir dir;
    const QString home = dir.filePath("home.sqlite");
    const QString answers = writeFile(dir, "answers.txt", "The kubelet restarts the container when liveness fails.\nNo idea.\nCeil of the ratio.\n");
    const QStringList packs{QStringLiteral("--packs"), testDataPath("packs")};
    REQUIRE(cli(QStringList{QStringLiteral("--db"), home} + packs
                + QStringList{QStringLiteral("practice"), QStringLiteral("--pack"), QStringLiteral("test-mini-en"), QStringLiteral("--answers"), answers})
                .exitCode == 0);
    const QString bundle = dir.filePath("s.mibundle");
    const Run exported = cli({QStringLiteral("--db"), home, QStringLiteral("export-bundle"), QStringLiteral("--session"), QStringLiteral("1"),
                              QStringLiteral("--out"), bundle});
    INFO(exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);

    const QString elsewhere = dir.filePath("mentor.sqlite");
    for (bool first : {true, false}) {
        const Run imported = cli({QStringLiteral("--db"), elsewhere, QStringLiteral("import-bundle"), bundle, QStringLiteral("--json")});
        INFO(imported.err.toStdString());
        REQUIRE(imported.exitCode == 0);
        const QJsonObject o = QJsonDocument::fromJson(imported.out.toUtf8()).object();
        CHECK(o.value("new_session").toBool() == first);
        CHECK(o.value("turns_added").toInt() == (first ? 3 : 0));
    }
    const QJsonArray list = QJsonDocument::fromJson(cli({QStringLiteral("--db"), elsewhere, QStringLiteral("sessions"), QStringLiteral("--json")}).out.toUtf8()).array();
    CHECK(list.size() == 1);

    const QString junk = writeFile(dir, "junk.mibundle", "MIBUNDLE but cut short");
    const Run bad = cli({QStringLiteral("--db"), elsewhere, QStringLiteral("import-bundle"), junk});
    CHECK(bad.exitCode == 1);
    CHECK(bad.err.contains(u"truncated"));
}

TEST_CASE("cli: 20 practices of one pack on one database all succeed", "[cli][review]")
{
    // Each run covers the same probe points again; their review interval grows
    // with every success and once overflowed the due date at run 14.
    QTemporaryDir dir;
    const QString db = dir.filePath("repeat.sqlite");
    const QString answers = writeFile(dir, "answers.txt",
        "When the liveness probe fails the kubelet restarts the container; when readiness fails the pod is removed from the endpoints. "
        "A startupProbe protects slow starters.\n"
        "The HPA computes desired replicas as ceil(current replicas * current metric / target metric).\n"
        "etcd stores the whole cluster state as key-value data and only the API server reads and writes it.\n");
    for (int run = 1; run <= 20; ++run) {
        const Run r = cli({QStringLiteral("--db"), db, QStringLiteral("--packs"), testDataPath("packs"), QStringLiteral("practice"),
                           QStringLiteral("--pack"), QStringLiteral("test-mini-en"), QStringLiteral("--answers"), answers});
        INFO("run " << run << ": " << r.err.toStdString());
        REQUIRE(r.exitCode == 0);
    }
    const Run sessions = cli({QStringLiteral("--db"), db, QStringLiteral("sessions"), QStringLiteral("--json")});
    const QJsonArray list = QJsonDocument::fromJson(sessions.out.toUtf8()).array();
    CHECK(list.size() == 20);
}
