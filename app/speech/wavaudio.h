#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <vector>

namespace mi {

// Mono 16-bit PCM samples, as the recognisers and the delivery analysis want them.
struct PcmAudio {
    int sampleRate = 16000;
    std::vector<qint16> samples;

    qint64 durationMs() const { return sampleRate > 0 ? qint64(samples.size()) * 1000 / sampleRate : 0; }
};

// Reads a RIFF/WAVE file of 16-bit PCM (any rate, mono or stereo: channels
// are averaged). Anything else is a clear error, never garbage audio.
Result<PcmAudio> readWav(const QString &path);

// A canonical 44-byte-header RIFF/WAVE file of the audio.
QByteArray wavBytes(const PcmAudio &audio);

// What whisper.cpp reads without conversion: 16 kHz mono 16-bit PCM WAV.
struct WhisperWav {
    QByteArray bytes;       // the file's own bytes when it already is that
    bool converted = false; // else a resampled, mixed-down copy
    qint64 durationMs = 0;
};
Result<WhisperWav> whisperWav(const QString &path);

// Linear-interpolation resampling, enough for speech recognition input.
PcmAudio resampled(const PcmAudio &audio, int targetRate);

} // namespace mi
