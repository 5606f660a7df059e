// Capture through Qt Multimedia from a real PulseAudio source fed with
// espeak-ng speech: the recorder's WAV and signals, pause and maximum
// length, and pocketsphinx on the result.
#include "answerrecorder.h"
#include "capturefixture.h"
#include "pocketsphinxtranscriber.h"
#include "testenvironment.h"
#include "virtualmicrophone.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <catch2/catch.hpp>
#include <cmath>

using namespace mi;

TEST_CASE("capture: a spoken answer from the microphone is recorded as 16 kHz WAV and transcribed", "[capture]")
{
    QTemporaryDir dir;
    const PcmAudio speech = spokenAnswer(dir);
    REQUIRE(AnswerRecorder::inputDevices().size() == 1);

    AnswerRecorder recorder;
    QSignalSpy levels(&recorder, &AnswerRecorder::levelChanged);
    QSignalSpy finished(&recorder, &AnswerRecorder::finished);
    QSignalSpy errors(&recorder, &AnswerRecorder::errorOccurred);
    QByteArray captured;
    QObject::connect(&recorder, &AnswerRecorder::pcmCaptured, [&](const QByteArray &pcm) { captured += pcm; });
    const QString path = dir.filePath(QStringLiteral("answer.wav"));
    REQUIRE(recorder.start(path));
    CHECK(recorder.captureFormat() == AnswerRecorder::wantedFormat()); // the pipe source offers 16 kHz mono s16 itself

    QElapsedTimer wall;
    wall.start();
    testMicrophone().feed(rawSamples(speech));
    REQUIRE(waitFor([] { return testMicrophone().feedFinished(); }, 60000));
    QTest::qWait(400); // what is still in the server's buffers
    recorder.stop();
    const qint64 wallMs = wall.elapsed();
    INFO("errors: " << errors.size() << " " << recorder.errorString().toStdString());
    REQUIRE(finished.size() == 1);
    CHECK(finished.first().at(0).toString() == path);

    Result<PcmAudio> recorded = readWav(path);
    REQUIRE(recorded);
    CHECK(recorded->sampleRate == 16000);
    std::printf("clip %lld ms, recorded %lld ms in %lld ms of wall time, %lld level reports\n", speech.durationMs(), recorded->durationMs(),
        wallMs, qint64(levels.size()));
    // All of the clip, and no more than the time the microphone was open.
    CHECK(recorded->durationMs() >= speech.durationMs() - 100);
    CHECK(recorded->durationMs() <= wallMs + 100);
    CHECK(finished.first().at(1).toLongLong() == recorded->durationMs());
    // The speech's energy arrived, and the chunks handed out are the file's audio.
    CHECK(rms(recorded->samples) > 0.5 * rms(speech.samples) * std::sqrt(double(speech.durationMs()) / double(recorded->durationMs())));
    CHECK(captured == rawSamples(*recorded));
    // PulseAudio passes 16 kHz mono s16 through at full volume untouched:
    // the file holds exactly the samples that went into the microphone.
    CHECK(recorded->samples == speech.samples);
    // About one level report per 50 ms of audio, some of them loud.
    CHECK(levels.size() >= recorded->durationMs() / 50 - 1);
    double loudest = 0;
    for (const QList<QVariant> &l : levels)
        loudest = std::max(loudest, l.at(1).toDouble());
    CHECK(loudest > 0.1);
    CHECK(loudest <= 1.0);

    const PocketSphinxTranscriber transcriber;
    Result<Transcript> t = transcriber.transcribe({path, QStringLiteral("en"), probeVocabulary()});
    REQUIRE(t);
    INFO("transcript: " << t->text.toStdString());
    for (const char *term : {"readiness", "probe", "endpoint", "restart"})
        CHECK(t->text.contains(QLatin1String(term)));
    std::printf("transcript: %s\n", qPrintable(t->text));
}

TEST_CASE("capture: pausing holds the clock and the maximum length stops the recorder by itself", "[capture]")
{
    QTemporaryDir dir;
    const PcmAudio speech = spokenAnswer(dir);
    AnswerRecorder recorder;
    recorder.setMaximumDurationMs(1500);
    QSignalSpy states(&recorder, &AnswerRecorder::stateChanged);
    QSignalSpy reachedMaximum(&recorder, &AnswerRecorder::maximumDurationReached);
    QSignalSpy finished(&recorder, &AnswerRecorder::finished);
    const QString path = dir.filePath(QStringLiteral("limited.wav"));
    REQUIRE(recorder.start(path));
    testMicrophone().feed(rawSamples(speech));
    REQUIRE(waitFor([&] { return recorder.elapsedMs() >= 500; }, 10000));
    recorder.pause();
    const qint64 atPause = recorder.elapsedMs();
    QTest::qWait(600);
    CHECK(recorder.elapsedMs() == atPause);
    CHECK(recorder.state() == AnswerRecorder::State::Paused);
    recorder.resume();
    REQUIRE(waitFor([&] { return !finished.isEmpty(); }, 10000));
    CHECK(reachedMaximum.size() == 1);
    CHECK(recorder.state() == AnswerRecorder::State::Idle);
    CHECK(recorder.elapsedMs() == 1500);
    Result<PcmAudio> recorded = readWav(path);
    REQUIRE(recorded);
    CHECK(recorded->durationMs() == 1500);
    QList<AnswerRecorder::State> seen;
    for (const QList<QVariant> &s : states)
        seen.append(s.at(0).value<AnswerRecorder::State>());
    CHECK(seen
        == QList<AnswerRecorder::State> {AnswerRecorder::State::Recording, AnswerRecorder::State::Paused, AnswerRecorder::State::Recording,
            AnswerRecorder::State::Idle});
    testMicrophone().silence(); // the rest of the clip is not for the next test
}
