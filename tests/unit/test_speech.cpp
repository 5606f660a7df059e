// Spoken answers end to end, offline: espeak-ng speaks an English answer,
// sox makes it 16 kHz mono, pocketsphinx transcribes it biased toward the
// question's vocabulary, the transcript is scored and its delivery measured.
#include "delivery.h"
#include "packs/packlibrary.h"
#include "pocketsphinxtranscriber.h"
#include "scoring/packcorpus.h"
#include "scoring/rubricscorer.h"
#include "spokenclip.h"
#include "testenvironment.h"
#include "wavaudio.h"

#include <QFile>
#include <cmath>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace mi;

namespace {

QStringList vocabularyOf(const Question &q)
{
    QStringList words{q.prompt, q.reference};
    for (const RubricPoint &p : q.rubric)
        words << p.aliases;
    return words;
}

} // namespace

TEST_CASE("speech: a spoken English answer is transcribed with its key terms, scored and measured", "[speech]")
{
    PackLibrary library;
    library.load({testDataPath(QStringLiteral("packs/mini-en.yaml"))});
    const Question &q = *library.question(QStringLiteral("mini.probes"));
    QTemporaryDir dir;
    const QString wav = speakToWav(dir.path(), QStringLiteral("When the liveness probe fails the kubelet restarts the container. When the readiness probe fails "
                                                  "the pod is removed from the service endpoints and gets no traffic. "
                                                  "Slow start applications need a startup probe."));

    const PocketSphinxTranscriber transcriber;
    Result<Transcript> t = transcriber.transcribe({wav, QStringLiteral("en"), vocabularyOf(q)});
    INFO((t ? t->text : t.error().message).toStdString());
    REQUIRE(t);
    // The terms the rubric needs. (Measured here: "liveness" and "kubelet" as
    // espeak-ng says them are not recognised; "readiness", "probe",
    // "endpoint(s)" and "restart" are, on every run.)
    for (const char *term : {"readiness", "probe", "endpoint", "restart"})
        CHECK(t->text.contains(QLatin1String(term)));
    std::printf("pocketsphinx: %.1f s of audio in %.2f s (real-time factor %.2f)\n", t->audioMs / 1000.0, t->processingSeconds,
                t->processingSeconds * 1000.0 / double(t->audioMs));

    const RubricScorer scorer(buildPackCorpus(library));
    const ScoreResult score = scorer.score({t->text, q.reference, q.rubric, QStringLiteral("en"), q.prompt});
    CHECK(score.score >= 50);

    Result<PcmAudio> audio = readWav(wav);
    REQUIRE(audio);
    const DeliveryFigures d = analyseDelivery(*audio, t->text, QStringLiteral("en"));
    CHECK(d.audioMs > 8000);
    CHECK(d.speakingMs > 5000);
    CHECK(d.speakingMs <= d.audioMs);
    CHECK(d.pace > 60);
    CHECK(d.pace < 400);
    CHECK(d.paceUnit == u"wpm");
}

TEST_CASE("speech: long pauses and fillers are counted, short answers flagged", "[speech]")
{
    // 1 s of tone, 2 s of silence, 1 s of tone at 16 kHz.
    PcmAudio audio;
    audio.sampleRate = 16000;
    for (int part = 0; part < 3; ++part)
        for (int i = 0; i < (part == 1 ? 32000 : 16000); ++i)
            audio.samples.push_back(part == 1 ? 0 : qint16(8000 * std::sin(i * 0.05)));
    const DeliveryFigures d = analyseDelivery(audio, QStringLiteral("嗯，这个问题，然后然后就是说 Pod 会被重新调度"), QStringLiteral("zh"));
    CHECK(d.longPauses == 1);
    CHECK(d.longestPauseMs >= 1900);
    CHECK(d.speakingMs >= 1900);
    CHECK(d.speakingMs <= 2100);
    CHECK(d.tooShort);
    CHECK(d.fillers.contains(u"嗯"_qs));
    CHECK(d.fillers.count(u"然后"_qs) >= 1);
    CHECK(fillerWords(QStringLiteral("So, um, the pod, like, restarts, uh, you know"), QStringLiteral("en")).size() == 4);
    CHECK(fillerWords(QStringLiteral("I like Kubernetes"), QStringLiteral("en")).isEmpty()); // "like" as a verb is no filler
}

TEST_CASE("speech: a file that is not 16-bit PCM WAV gives a clear error", "[speech]")
{
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("bad.wav")));
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("RIFF\x10\0\0\0WAVEjunk", 16);
    f.close();
    Result<PcmAudio> audio = readWav(f.fileName());
    REQUIRE_FALSE(audio);
    CHECK(audio.error().message.contains(u"no audio data"));
    CHECK_FALSE(readWav(dir.filePath(QStringLiteral("missing.wav"))));
}
