// Choosing a speech engine from settings, as the settings dialog and the CLI do.
#include "testenvironment.h"
#include "transcriberfactory.h"

#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace mi;

TEST_CASE("speech engines: the factory builds each backend or names what is missing", "[whisper]")
{
    CHECK(availableSpeechEngines() == QStringList {u"pocketsphinx"_qs, u"whisper-server"_qs, u"whisper-openai"_qs, u"whisper-cli"_qs});

    SpeechEngineSettings s;
    Result<std::unique_ptr<Transcriber>> t = makeTranscriber(s);
    REQUIRE(t);
    CHECK((*t)->name() == u"pocketsphinx");
    CHECK((*t)->supportsLanguage(u"en"_qs));
    CHECK_FALSE((*t)->supportsLanguage(u"zh"_qs));

    s.engine = QStringLiteral("Whisper-Server");
    t = makeTranscriber(s);
    REQUIRE_FALSE(t); // no endpoint: an error, never a request
    CHECK(t.error().message.contains(u"no endpoint configured"));
    s.endpoint = QStringLiteral("http://127.0.0.1:8080");
    t = makeTranscriber(s);
    REQUIRE(t);
    CHECK((*t)->name() == u"whisper-server");
    CHECK((*t)->supportsLanguage(u"zh"_qs));

    s.engine = QStringLiteral("whisper-openai");
    s.endpoint = QStringLiteral("file:///etc/passwd");
    t = makeTranscriber(s);
    REQUIRE_FALSE(t);
    CHECK(t.error().message.contains(u"not an http(s) URL"));
    s.endpoint = QStringLiteral("https://api.example.com/v1");
    t = makeTranscriber(s);
    REQUIRE(t);
    CHECK((*t)->name() == u"whisper-openai");

    s.engine = QStringLiteral("whisper-cli");
    s.whisperCliPath = QStringLiteral("/nonexistent/whisper-cli");
    t = makeTranscriber(s);
    REQUIRE_FALSE(t);
    CHECK(t.error().message.contains(u"whisper-cli not found"));
    QTemporaryDir dir;
    s.whisperCliPath = QStringLiteral("/bin/true"); // stands in for the program; never run here
    s.modelPath = dir.filePath(QStringLiteral("ggml-small.bin"));
    t = makeTranscriber(s);
    REQUIRE_FALSE(t);
    CHECK(t.error().message.contains(u"model is missing"));
    QFile model(s.modelPath);
    REQUIRE(model.open(QIODevice::WriteOnly));
    model.close();
    t = makeTranscriber(s);
    REQUIRE(t);
    CHECK((*t)->name() == u"whisper-cli");

    s.engine = QStringLiteral("vosk");
    t = makeTranscriber(s);
    REQUIRE_FALSE(t);
    CHECK(t.error().message == u"unknown speech engine: vosk (available: pocketsphinx, whisper-server, whisper-openai, whisper-cli)");

    s.engine = QStringLiteral("whisper-server");
    s.endpoint = QStringLiteral("http://127.0.0.1:8080");
    s.timeoutMs = 0;
    CHECK_FALSE(makeTranscriber(s));
}
