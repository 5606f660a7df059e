#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QString>

// Synthetic audio for speech tests and benchmarks.

// A spoken answer: espeak-ng speaks the text, sox makes it the 16 kHz mono
// 16-bit WAV recognisers want. Returns the WAV's path in directory (files
// named after `name`).
mi::Result<QString> speakToWav(const QString &directory, const QString &name, const QString &text);

// A sine tone (amplitude 0: silence) as a mono 16-bit WAV file in directory.
mi::Result<QString> writeToneWav(const QString &directory, const QString &name, int sampleRate, int milliseconds, int amplitude = 6000);

// The WAV's samples as raw little-endian bytes, as a QAudioSource delivers them.
mi::Result<QByteArray> rawPcm16kMono(const QString &wavPath);
