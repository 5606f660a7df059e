#pragma once

#include "speechenginesettings.h"
#include "transcriber.h"

#include <QStringList>
#include <memory>

namespace mi {

// pocketsphinx, whisper-server, whisper-openai, whisper-cli.
QStringList availableSpeechEngines();

// The backend the settings name, checked as far as can be without using it
// (an HTTP engine without an endpoint is an error here, never a request).
Result<std::unique_ptr<Transcriber>> makeTranscriber(const SpeechEngineSettings &settings);

} // namespace mi
