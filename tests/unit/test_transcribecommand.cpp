// `mockinterview-cli transcribe` with the whisper engines, against the
// loopback test double of the server: options and environment reach the
// backend, the JSON output keeps its fields, misconfiguration exits with 2.
#include "spokenaudio.h"
#include "testenvironment.h"
#include "whisperservertestdouble.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>
#include <catch2/catch.hpp>

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

// Waits in an event loop, not in waitForFinished(): the test double answers
// from this thread.
Run cli(const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    QEventLoop loop;
    QObject::connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    p.start(QStringLiteral(MOCKINTERVIEW_CLI_PATH), QStringList {QStringLiteral("--packs"), bundledPacksPath()} + args);
    REQUIRE(p.waitForStarted());
    loop.exec();
    REQUIRE(p.state() == QProcess::NotRunning);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

QString writeWav(const QTemporaryDir &dir)
{
    mi::Result<QString> wav = writeToneWav(dir.path(), QStringLiteral("answer.wav"), 16000, 1000, 0);
    REQUIRE(wav);
    return *wav;
}

} // namespace

TEST_CASE("cli transcribe: whisper-server with a pack sends the pack's terms and prints the transcript", "[whisper][cli]")
{
    QTemporaryDir dir;
    const QString wav = writeWav(dir);
    WhisperServerTestDouble server;
    server.answer(200, QStringLiteral(R"({"text": "kube-proxy 在每个节点上维护 Service 规则"})").toUtf8());

    const Run run = cli({QStringLiteral("transcribe"), wav, QStringLiteral("--engine"), QStringLiteral("whisper-server"),
        QStringLiteral("--endpoint"), server.baseUrl(), QStringLiteral("--pack"), QStringLiteral("k8s-core"), QStringLiteral("--json")});
    INFO(run.out.toStdString() << run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QJsonObject out = QJsonDocument::fromJson(run.out.toUtf8()).object();
    CHECK(out.value(u"transcript").toString() == u"kube-proxy 在每个节点上维护 Service 规则");
    CHECK(out.value(u"engine").toString() == u"whisper-server");
    CHECK(out.value(u"language").toString() == u"zh"); // the pack's
    CHECK(out.value(u"audio_ms").toInteger() == 1000);
    CHECK(out.value(u"delivery").toObject().contains(u"pace"));
    REQUIRE(server.requests.size() == 1);
    CHECK(server.requests.first().fields.value("language") == "zh");
    CHECK(QString::fromUtf8(server.requests.first().fields.value("prompt")).contains(u"kube-proxy"));
}

TEST_CASE("cli transcribe: whisper-openai takes endpoint, model and key from the environment", "[whisper][cli]")
{
    QTemporaryDir dir;
    const QString wav = writeWav(dir);
    WhisperServerTestDouble server;
    server.answer(200, R"({"text": "The scheduler assigns pods to nodes."})");
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MOCKINTERVIEW_SPEECH_ENGINE"), QStringLiteral("whisper-openai"));
    env.insert(QStringLiteral("MOCKINTERVIEW_SPEECH_ENDPOINT"), server.baseUrl() + QStringLiteral("/v1"));
    env.insert(QStringLiteral("MOCKINTERVIEW_SPEECH_MODEL"), QStringLiteral("Systran/faster-whisper-small"));
    env.insert(QStringLiteral("MOCKINTERVIEW_SPEECH_API_KEY"), QStringLiteral("sk-test"));

    const Run run = cli({QStringLiteral("transcribe"), wav, QStringLiteral("--language"), QStringLiteral("en")}, env);
    INFO(run.out.toStdString() << run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.startsWith(u"The scheduler assigns pods to nodes."));
    REQUIRE(server.requests.size() == 1);
    CHECK(server.requests.first().path == "/v1/audio/transcriptions");
    CHECK(server.requests.first().fields.value("model") == "Systran/faster-whisper-small");
    CHECK(server.requests.first().headers.value("authorization") == "Bearer sk-test");
}

TEST_CASE("cli transcribe: an unknown engine or a missing endpoint exits with 2", "[whisper][cli]")
{
    QTemporaryDir dir;
    const QString wav = writeWav(dir);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("MOCKINTERVIEW_SPEECH_ENDPOINT"));

    const Run unknown = cli({QStringLiteral("transcribe"), wav, QStringLiteral("--engine"), QStringLiteral("vosk")}, env);
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(u"available: pocketsphinx, whisper-server, whisper-openai, whisper-cli"));

    const Run noEndpoint = cli({QStringLiteral("transcribe"), wav, QStringLiteral("--engine"), QStringLiteral("whisper-server")}, env);
    CHECK(noEndpoint.exitCode == 2);
    CHECK(noEndpoint.err.contains(u"no endpoint configured for whisper-server"));

    const Run help = cli({QStringLiteral("transcribe"), QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    for (const char *option : {"--endpoint", "--model", "--api-key", "--whisper-cli", "--timeout"})
        CHECK(help.out.contains(QLatin1String(option)));
}
