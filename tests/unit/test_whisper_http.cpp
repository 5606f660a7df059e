// The whisper HTTP backends against a loopback test double: what goes over the
// wire (path, multipart fields, the WAV bytes, the prompt, the API key) and
// every way the exchange can fail.
#include "openaitranscriber.h"
#include "spokenaudio.h"
#include "testenvironment.h"
#include "wavaudio.h"
#include "whisperservertestdouble.h"
#include "whisperservertranscriber.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QtEndian>
#include <catch2/catch.hpp>

using namespace mi;

namespace {

QString toneWav(const QTemporaryDir &dir, int sampleRate)
{
    Result<QString> wav = writeToneWav(dir.path(), QStringLiteral("tone-%1.wav").arg(sampleRate), sampleRate, 1000);
    REQUIRE(wav);
    return *wav;
}

QByteArray fileContents(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

// Text as a Chinese Kubernetes pack has it: terms in Latin script inside Chinese.
const QStringList vocabulary {QStringLiteral("kube-proxy 在每个节点上维护 Service 的转发规则，集群状态保存在 etcd 中。"),
    QStringLiteral("Ingress 由 Ingress Controller 实现；CoreDNS 负责服务发现。"), QStringLiteral("kube-proxy"), QStringLiteral("etcd"),
    QStringLiteral("服务发现")};
const QByteArray transcriptJson = QStringLiteral(R"({"text": " Pod 通过 kube-proxy 访问 Service，状态存在 etcd 里。\n"})").toUtf8();
const QString transcriptText = QStringLiteral("Pod 通过 kube-proxy 访问 Service，状态存在 etcd 里。");

} // namespace

TEST_CASE("whisper-server: posts the WAV, language and term prompt to /inference and returns the text", "[whisper]")
{
    QTemporaryDir dir;
    const QString wav = toneWav(dir, 16000);
    WhisperServerTestDouble server;
    REQUIRE(server.isListening());
    server.answer(200, transcriptJson);

    const WhisperServerTranscriber transcriber(server.baseUrl() + QStringLiteral("/"), 5000);
    Result<Transcript> t = transcriber.transcribe({wav, QStringLiteral("zh"), vocabulary});
    INFO((t ? t->text : t.error().message).toStdString());
    REQUIRE(t);
    CHECK(t->text == transcriptText);
    CHECK(t->engine == u"whisper-server");
    CHECK(t->audioMs == 1000);

    REQUIRE(server.requests.size() == 1);
    const auto &r = server.requests.first();
    CHECK(r.parseError.isEmpty());
    CHECK(r.method == "POST");
    CHECK(r.path == "/inference");
    CHECK(r.fields.value("file") == fileContents(wav));
    CHECK(r.partContentTypes.value("file") == "audio/wav");
    CHECK(r.fields.value("language") == "zh");
    CHECK(r.fields.value("response_format") == "json");
    CHECK(r.fields.value("temperature") == "0");
    const QString prompt = QString::fromUtf8(r.fields.value("prompt"));
    CHECK(prompt.contains(u"etcd"));
    CHECK(prompt.contains(u"kube-proxy"));
    CHECK(prompt.contains(u"CoreDNS"));
    CHECK_FALSE(r.fields.contains("model"));
    CHECK_FALSE(r.headers.contains("authorization"));
}

TEST_CASE("whisper-server: a WAV that is not 16 kHz mono goes out resampled", "[whisper]")
{
    QTemporaryDir dir;
    const QString wav = toneWav(dir, 22050);
    WhisperServerTestDouble server;
    server.answer(200, R"({"text": "ok"})");
    Result<Transcript> t = WhisperServerTranscriber(server.baseUrl(), 5000).transcribe({wav, QStringLiteral("en"), {}});
    REQUIRE(t);
    REQUIRE(server.requests.size() == 1);
    const QByteArray sent = server.requests.first().fields.value("file");
    REQUIRE(sent.size() > 44);
    CHECK(qFromLittleEndian<quint32>(sent.constData() + 24) == 16000u);
    CHECK(qFromLittleEndian<quint16>(sent.constData() + 22) == 1u);
    CHECK(sent.size() == 44 + 16000 * 2);
    CHECK_FALSE(server.requests.first().fields.contains("prompt")); // nothing to prompt with
}

TEST_CASE("whisper-openai: posts file, model, language and prompt to /v1/audio/transcriptions with the key", "[whisper]")
{
    QTemporaryDir dir;
    const QString wav = toneWav(dir, 16000);
    WhisperServerTestDouble server;
    server.answer(200, transcriptJson);

    for (const QString &base : {server.baseUrl(), server.baseUrl() + QStringLiteral("/v1")}) {
        const OpenAiTranscriber transcriber(base, QStringLiteral("whisper-large-v3"), QStringLiteral("test-key-123"), 5000);
        Result<Transcript> t = transcriber.transcribe({wav, QStringLiteral("zh"), vocabulary});
        INFO(base.toStdString() << ": " << (t ? t->text : t.error().message).toStdString());
        REQUIRE(t);
        CHECK(t->text == transcriptText);
        CHECK(t->engine == u"whisper-openai");
    }
    REQUIRE(server.requests.size() == 2);
    for (const auto &r : server.requests) {
        CHECK(r.parseError.isEmpty());
        CHECK(r.path == "/v1/audio/transcriptions");
        CHECK(r.headers.value("authorization") == "Bearer test-key-123");
        CHECK(r.fields.value("file") == fileContents(wav));
        CHECK(r.fields.value("model") == "whisper-large-v3");
        CHECK(r.fields.value("language") == "zh");
        CHECK(r.fields.value("response_format") == "json");
        CHECK(QString::fromUtf8(r.fields.value("prompt")).contains(u"kube-proxy"));
    }

    OpenAiTranscriber keyless(server.baseUrl(), {}, {}, 5000);
    REQUIRE(keyless.transcribe({wav, QStringLiteral("en"), vocabulary}));
    CHECK_FALSE(server.requests.last().headers.contains("authorization"));
    CHECK(server.requests.last().fields.value("model") == "whisper-1");
}

TEST_CASE("whisper HTTP backends: clear errors for every failure", "[whisper]")
{
    QTemporaryDir dir;
    const QString wav = toneWav(dir, 16000);
    const TranscriptionRequest request {wav, QStringLiteral("zh"), vocabulary};
    WhisperServerTestDouble server;

    SECTION("HTTP error status, with the body")
    {
        server.answer(500, R"({"error": "failed to load model"})");
        Result<Transcript> t = WhisperServerTranscriber(server.baseUrl(), 5000).transcribe(request);
        REQUIRE_FALSE(t);
        CHECK(t.error().message.contains(u"HTTP 500"));
        CHECK(t.error().message.contains(u"failed to load model"));
    }
    SECTION("an API key the service refuses")
    {
        server.answer(401, R"({"error": {"message": "Incorrect API key provided"}})");
        Result<Transcript> t = OpenAiTranscriber(server.baseUrl(), {}, QStringLiteral("wrong"), 5000).transcribe(request);
        REQUIRE_FALSE(t);
        CHECK(t.error().message.contains(u"HTTP 401"));
        CHECK(t.error().message.contains(u"Incorrect API key"));
    }
    SECTION("an error object in a 200 answer")
    {
        server.answer(200, R"({"error": "no 'file' field in the request"})");
        Result<Transcript> t = WhisperServerTranscriber(server.baseUrl(), 5000).transcribe(request);
        REQUIRE_FALSE(t);
        CHECK(t.error().message.contains(u"reported an error: no 'file' field"));
    }
    SECTION("malformed JSON")
    {
        server.answer(200, "{\"text\": \"unterminated");
        Result<Transcript> t = WhisperServerTranscriber(server.baseUrl(), 5000).transcribe(request);
        REQUIRE_FALSE(t);
        CHECK(t.error().message.contains(u"not a JSON object"));
    }
    SECTION("JSON without text")
    {
        server.answer(200, R"({"segments": []})");
        Result<Transcript> t = WhisperServerTranscriber(server.baseUrl(), 5000).transcribe(request);
        REQUIRE_FALSE(t);
        CHECK(t.error().message.contains(u"without a \"text\" field"));
    }
    SECTION("a server that never answers")
    {
        server.neverAnswer();
        QElapsedTimer clock;
        clock.start();
        Result<Transcript> t = WhisperServerTranscriber(server.baseUrl(), 300).transcribe(request);
        REQUIRE_FALSE(t);
        CHECK(t.error().message.contains(u"did not answer within 0.3 s"));
        CHECK(clock.elapsed() < 3000);
        CHECK(server.requests.size() == 1); // it did get the request
    }
    SECTION("connection refused on a closed port")
    {
        const QString closed = server.baseUrl();
        server.close();
        Result<Transcript> t = WhisperServerTranscriber(closed, 5000).transcribe(request);
        REQUIRE_FALSE(t);
        CHECK(t.error().message.contains(u"connection refused"));
    }
    SECTION("no endpoint configured: nothing is sent")
    {
        for (const QString &endpoint :
            {QString(), QStringLiteral("  "), QStringLiteral("ftp://127.0.0.1/"), QStringLiteral("127.0.0.1:8080")}) {
            Result<Transcript> t = OpenAiTranscriber(endpoint, {}, {}, 5000).transcribe(request);
            REQUIRE_FALSE(t);
            INFO(t.error().message.toStdString());
            CHECK((t.error().message.contains(u"no endpoint configured") || t.error().message.contains(u"not an http(s) URL")));
        }
        CHECK(server.requests.isEmpty());
    }
}
