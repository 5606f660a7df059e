// Capturing answers without a device: format conversion to 16 kHz mono s16,
// the streaming WAV writer, and the recorder where there is no microphone.
// (Capture from a real, virtual microphone is in test_audio_capture.)
#include "answerrecorder.h"
#include "pcmconverter.h"
#include "testenvironment.h"
#include "wavaudio.h"
#include "wavfilewriter.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <cmath>

using namespace mi;

namespace {

QAudioFormat format(int rate, int channels, QAudioFormat::SampleFormat sampleFormat)
{
    QAudioFormat f;
    f.setSampleRate(rate);
    f.setChannelCount(channels);
    f.setSampleFormat(sampleFormat);
    return f;
}

// `seconds` of a 440 Hz sine at half scale, the same on every channel, as float.
QByteArray floatSine(int rate, int channels, double seconds)
{
    QByteArray out;
    for (int i = 0; i < int(rate * seconds); ++i)
        for (int c = 0; c < channels; ++c) {
            const float v = float(0.5 * std::sin(2 * M_PI * 440.0 * i / rate));
            out.append(reinterpret_cast<const char *>(&v), sizeof v);
        }
    return out;
}

std::vector<qint16> samplesOf(const QByteArray &pcm)
{
    std::vector<qint16> s(size_t(pcm.size() / 2));
    std::memcpy(s.data(), pcm.constData(), s.size() * 2);
    return s;
}

double rms(const std::vector<qint16> &s)
{
    double sum = 0;
    for (qint16 v : s)
        sum += double(v) * v;
    return s.empty() ? 0 : std::sqrt(sum / double(s.size()));
}

} // namespace

TEST_CASE("audio: 48 kHz stereo float becomes 16 kHz mono s16 of the same loudness and length", "[audio]")
{
    PcmConverter converter(format(48000, 2, QAudioFormat::Float));
    CHECK_FALSE(converter.passesThrough());
    const QByteArray out = converter.convert(floatSine(48000, 2, 1.0));
    const std::vector<qint16> s = samplesOf(out);
    CHECK(s.size() >= 15999);
    CHECK(s.size() <= 16000);
    // A sine at half scale has an RMS of 0.5/sqrt(2) of full scale: 11585.
    CHECK(rms(s) == Approx(11585).epsilon(0.02));
}

TEST_CASE("audio: conversion does not depend on where the input is cut into chunks", "[audio]")
{
    const QByteArray input = floatSine(44100, 2, 0.5);
    PcmConverter whole(format(44100, 2, QAudioFormat::Float));
    PcmConverter pieces(format(44100, 2, QAudioFormat::Float));
    const QByteArray expected = whole.convert(input);
    QByteArray joined;
    for (qsizetype at = 0; at < input.size(); at += 1001) // odd sizes split frames and samples
        joined += pieces.convert(input.mid(at, 1001));
    CHECK(joined == expected);
    CHECK(expected.size() / 2 == Approx(8000).margin(1));
}

TEST_CASE("audio: 8-bit, 32-bit and 8 kHz input convert, 16 kHz mono s16 passes through untouched", "[audio]")
{
    PcmConverter unsigned8(format(16000, 1, QAudioFormat::UInt8));
    const QByteArray u8("\x80\xff\x00\x80", 4); // silence, near +full, -full, silence
    const std::vector<qint16> a = samplesOf(unsigned8.convert(u8));
    REQUIRE(a.size() == 3); // the last sample waits for the next frame to close its slot
    CHECK(a[0] == 0);
    CHECK(a[1] > 32000);
    CHECK(a[2] == -32767);

    PcmConverter int32(format(16000, 1, QAudioFormat::Int32));
    const qint32 big[3] = {1 << 30, -(1 << 30), 0};
    const std::vector<qint16> b = samplesOf(int32.convert(QByteArray(reinterpret_cast<const char *>(big), sizeof big)));
    REQUIRE(b.size() == 2);
    CHECK(b[0] == 16384);
    CHECK(b[1] == -16384);

    PcmConverter upsample(format(8000, 1, QAudioFormat::Int16));
    QByteArray ramp;
    for (qint16 v : {qint16(100), qint16(200), qint16(300)})
        ramp.append(reinterpret_cast<const char *>(&v), 2);
    const std::vector<qint16> c = samplesOf(upsample.convert(ramp));
    REQUIRE(c.size() == 4); // each 8 kHz sample twice, the last still open
    CHECK(c[0] == c[1]);
    CHECK(c[2] == c[3]);
    CHECK(c[2] > c[0]);

    PcmConverter same(AnswerRecorder::wantedFormat());
    CHECK(same.passesThrough());
    CHECK(same.convert(ramp) == ramp);
}

TEST_CASE("audio: a WAV written in pieces reads back, and cut off before finishing it still reads", "[audio]")
{
    QTemporaryDir dir;
    QByteArray pcm;
    for (int i = 0; i < 16000; ++i) {
        const qint16 v = qint16(8000 * std::sin(i * 0.1));
        pcm.append(reinterpret_cast<const char *>(&v), 2);
    }
    const QString path = dir.filePath(QStringLiteral("nested/answer.wav"));
    {
        WavFileWriter writer;
        REQUIRE(writer.open(path, 16000));
        REQUIRE(writer.append(pcm.left(10000)));
        REQUIRE(writer.append(pcm.mid(10000)));
        REQUIRE(writer.finish());
        CHECK(writer.dataBytes() == pcm.size());
    }
    Result<PcmAudio> audio = readWav(path);
    REQUIRE(audio);
    CHECK(audio->sampleRate == 16000);
    CHECK(audio->durationMs() == 1000);
    CHECK(QFileInfo(path).size() == 44 + pcm.size());
    CHECK(std::memcmp(audio->samples.data(), pcm.constData(), size_t(pcm.size())) == 0);

    // A recorder killed mid-answer leaves the placeholder sizes; the audio up to the cut is still there.
    const QString cut = dir.filePath(QStringLiteral("cut.wav"));
    {
        WavFileWriter writer;
        REQUIRE(writer.open(cut, 16000));
        REQUIRE(writer.append(pcm.left(6400)));
        QFile::copy(cut, cut + QStringLiteral(".copy")); // the file as a crash would leave it
    }
    Result<PcmAudio> partial = readWav(cut + QStringLiteral(".copy"));
    REQUIRE(partial);
    CHECK(partial->durationMs() == 200);
}

TEST_CASE("audio: with no sound server the recorder says there is no microphone and leaves no file", "[audio]")
{
    // The test environment points PULSE_SERVER at nothing: Qt then lists no
    // devices, as on a machine without a sound server.
    INFO("PULSE_SERVER=" << qgetenv("PULSE_SERVER").toStdString());
    CHECK(AnswerRecorder::inputDevices().isEmpty());
    QTemporaryDir dir;
    AnswerRecorder recorder;
    QSignalSpy errors(&recorder, &AnswerRecorder::errorOccurred);
    QSignalSpy finished(&recorder, &AnswerRecorder::finished);
    const QString path = dir.filePath(QStringLiteral("answer.wav"));
    CHECK_FALSE(recorder.start(path));
    CHECK(recorder.state() == AnswerRecorder::State::Idle);
    CHECK(recorder.error() == AnswerRecorder::Error::NoInputDevice);
    CHECK(recorder.errorString().contains(u"microphone"));
    REQUIRE(errors.size() == 1);
    CHECK(errors.first().at(0).value<AnswerRecorder::Error>() == AnswerRecorder::Error::NoInputDevice);
    CHECK_FALSE(QFile::exists(path));
    // Pausing, resuming and stopping an idle recorder do nothing and say nothing.
    recorder.pause();
    recorder.resume();
    recorder.stop();
    CHECK(finished.isEmpty());
    CHECK(errors.size() == 1);
    CHECK(recorder.elapsedMs() == 0);
}
