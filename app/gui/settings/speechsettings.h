#pragma once

#include "setting.h"
#include "speechenginesettings.h"

// Spoken answers: which microphone records them and which engine turns them
// into text. Only the fields of the chosen engine matter.
namespace settings {

// QAudioDevice::id() of the input; "" is the system's default input.
inline const Setting<QString> microphone{"audio/inputDevice", QString()};

bool isSpeechEngine(const QString &name);
inline const Setting<QString> speechEngine{"speech/engine", QStringLiteral("pocketsphinx"), isSpeechEngine};
inline const Setting<QString> whisperEndpoint{"speech/endpoint", QString()};
inline const Setting<QString> whisperModel{"speech/model", QString()};
inline const Setting<QString> whisperApiKey{"speech/apiKey", QString()};
inline const Setting<QString> whisperCliPath{"speech/whisperCliPath", QString()};
inline const Setting<QString> whisperModelPath{"speech/modelPath", QString()};
inline bool isSpeechTimeout(const int &seconds) { return seconds >= 5 && seconds <= 3600; }
inline const Setting<int> speechTimeoutSeconds{"speech/timeoutSeconds", 300, isSpeechTimeout};

// The values above as the transcriber factory takes them.
mi::SpeechEngineSettings speechEngineSettings();

} // namespace settings
