#pragma once

#include <QString>

// English speech for tests, made offline: espeak-ng says `text`, sox turns
// it into a 16 kHz mono 16-bit WAV in `folder`. Returns the WAV's path; fails
// the running test (REQUIRE) when a tool is missing or fails.
QString speakToWav(const QString &folder, const QString &text);
