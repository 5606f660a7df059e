#pragma once

#include "wavaudio.h"

#include <QByteArray>
#include <QStringList>
#include <QTemporaryDir>
#include <functional>

// Shared by the tests that capture from the virtual microphone.

// espeak-ng saying an English answer to the mini pack's probe question, as
// 16 kHz mono samples; the same text tests/unit/test_speech.cpp transcribes
// from a file, so the two results can be compared.
mi::PcmAudio spokenAnswer(const QTemporaryDir &dir);
QByteArray rawSamples(const mi::PcmAudio &audio);
double rms(const std::vector<qint16> &samples);
// The words pocketsphinx should expect for that question.
QStringList probeVocabulary();
// Waits with the event loop running until `done` or `ms` have passed.
bool waitFor(const std::function<bool()> &done, int ms);
