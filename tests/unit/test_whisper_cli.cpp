// The whisper-cli backend against a test double of the program: a shell
// script that checks its arguments as whisper-cli needs them, records them
// and prints a fixed transcript (or fails, or hangs).
#include "spokenaudio.h"
#include "testenvironment.h"
#include "whisperclitranscriber.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace mi;

namespace {

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content, bool executable = false)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(content);
    f.close();
    if (executable)
        f.setPermissions(f.permissions() | QFileDevice::ExeOwner);
    return path;
}

QString writeSilentWav(const QTemporaryDir &dir, int sampleRate)
{
    Result<QString> wav = writeToneWav(dir.path(), QStringLiteral("answer-%1.wav").arg(sampleRate), sampleRate, 500, 0);
    REQUIRE(wav);
    return *wav;
}

// The whisper-cli test double: the options it accepts are the ones the real
// program documents; anything else fails as the real one would.
const QByteArray whisperCliTestDouble = R"(#!/bin/sh
printf '%s\n' "$@" > "$(dirname "$0")/args.txt"
model= file= nt=
while [ $# -gt 0 ]; do
  case "$1" in
    -m) model=$2; shift ;;
    -f) file=$2; shift ;;
    -l|--prompt) [ $# -ge 2 ] || { echo "error: $1 needs a value" >&2; exit 2; }; shift ;;
    -nt) nt=1 ;;
    *) echo "error: unknown argument: $1" >&2; exit 2 ;;
  esac
  shift
done
[ -f "$model" ] || { echo "error: failed to open '$model'" >&2; exit 3; }
head -c 4 "$file" | grep -q RIFF || { echo "error: failed to read WAV file '$file'" >&2; exit 4; }
[ -n "$nt" ] || { echo "error: expected -nt" >&2; exit 5; }
echo "whisper_init_from_file_with_params_no_state: loading model from '$model'" >&2
printf '\n Pod 通过 kube-proxy 访问 Service，\n 状态存在 etcd 里。 [BLANK_AUDIO]\n'
)";

} // namespace

TEST_CASE("whisper-cli: runs the program with model, file, language and prompt and reads the transcript", "[whisper]")
{
    QTemporaryDir dir;
    const QString program = writeFile(dir, QStringLiteral("whisper-cli-test-double"), whisperCliTestDouble, true);
    const QString model = writeFile(dir, QStringLiteral("ggml-test.bin"), "not a real model");
    const QString wav = writeSilentWav(dir, 16000);
    const QStringList vocabulary {QStringLiteral("kube-proxy 维护 Service 规则，状态在 etcd 中"), QStringLiteral("etcd")};

    const WhisperCliTranscriber transcriber(program, model, 10000);
    Result<Transcript> t = transcriber.transcribe({wav, QStringLiteral("zh"), vocabulary});
    INFO((t ? t->text : t.error().message).toStdString());
    REQUIRE(t);
    CHECK(t->text == u"Pod 通过 kube-proxy 访问 Service，状态存在 etcd 里。");
    CHECK(t->engine == u"whisper-cli");
    CHECK(t->audioMs == 500);

    QFile argsFile(dir.filePath(QStringLiteral("args.txt")));
    REQUIRE(argsFile.open(QIODevice::ReadOnly));
    const QStringList args = QString::fromUtf8(argsFile.readAll()).split(u'\n', Qt::SkipEmptyParts);
    const auto valueOf = [&](const QString &flag) { return args.value(args.indexOf(flag) + 1); };
    CHECK(valueOf(QStringLiteral("-m")) == model);
    CHECK(valueOf(QStringLiteral("-f")) == wav); // already 16 kHz mono: no copy
    CHECK(valueOf(QStringLiteral("-l")) == u"zh");
    CHECK(valueOf(QStringLiteral("--prompt")).contains(u"kube-proxy"));
    CHECK(valueOf(QStringLiteral("--prompt")).contains(u"etcd"));
    CHECK(args.contains(u"-nt"));

    // A 44.1 kHz recording goes to the program as a 16 kHz copy.
    REQUIRE(transcriber.transcribe({writeSilentWav(dir, 44100), QStringLiteral("zh"), {}}));
    REQUIRE(argsFile.seek(0));
    const QStringList copyArgs = QString::fromUtf8(argsFile.readAll()).split(u'\n', Qt::SkipEmptyParts);
    CHECK(copyArgs.value(copyArgs.indexOf(u"-f"_qs) + 1).contains(u"mockinterview-16k-"));
    CHECK_FALSE(copyArgs.contains(u"--prompt"));
}

TEST_CASE("whisper-cli: clear errors for a missing program or model, a failing run and a hang", "[whisper]")
{
    QTemporaryDir dir;
    const QString model = writeFile(dir, QStringLiteral("ggml-test.bin"), "not a real model");
    const TranscriptionRequest request {writeSilentWav(dir, 16000), QStringLiteral("zh"), {}};

    SECTION("missing executable")
    {
        for (const QString &program :
            {dir.filePath(QStringLiteral("no-such-whisper-cli")), QStringLiteral("no-such-whisper-cli-on-path")}) {
            Result<Transcript> t = WhisperCliTranscriber(program, model, 5000).transcribe(request);
            REQUIRE_FALSE(t);
            CHECK(t.error().message.contains(u"whisper-cli not found"));
        }
    }
    SECTION("missing model")
    {
        const QString program = writeFile(dir, QStringLiteral("whisper-cli-test-double"), whisperCliTestDouble, true);
        Result<Transcript> t = WhisperCliTranscriber(program, dir.filePath(QStringLiteral("ggml-missing.bin")), 5000).transcribe(request);
        REQUIRE_FALSE(t);
        CHECK(t.error().message.contains(u"model is missing"));
        CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("args.txt")))); // never ran
    }
    SECTION("non-zero exit, with the end of stderr")
    {
        const QString program = writeFile(dir, QStringLiteral("whisper-cli-test-double"),
            "#!/bin/sh\nfor i in 1 2 3 4 5 6 7 8 9; do echo \"log line $i\" >&2; done\n"
            "echo 'error: failed to initialize whisper context' >&2\nexit 3\n",
            true);
        Result<Transcript> t = WhisperCliTranscriber(program, model, 5000).transcribe(request);
        REQUIRE_FALSE(t);
        CHECK(t.error().message.contains(u"exit code 3"));
        CHECK(t.error().message.contains(u"failed to initialize whisper context"));
        CHECK_FALSE(t.error().message.contains(u"log line 1\n")); // only the tail
    }
    SECTION("a program that hangs is stopped at the timeout")
    {
        const QString program = writeFile(dir, QStringLiteral("whisper-cli-test-double"), "#!/bin/sh\nexec sleep 30\n", true);
        QElapsedTimer clock;
        clock.start();
        Result<Transcript> t = WhisperCliTranscriber(program, model, 300).transcribe(request);
        REQUIRE_FALSE(t);
        CHECK(t.error().message.contains(u"did not finish within 0.3 s"));
        CHECK(clock.elapsed() < 5000);
    }
}
