#include "speechsettings.h"

#include "transcriberfactory.h"

namespace settings {

bool isSpeechEngine(const QString &name) { return mi::availableSpeechEngines().contains(name); }

mi::SpeechEngineSettings speechEngineSettings()
{
    mi::SpeechEngineSettings s;
    s.engine = speechEngine.value();
    s.endpoint = whisperEndpoint.value().trimmed();
    s.model = whisperModel.value().trimmed();
    s.apiKey = whisperApiKey.value().trimmed();
    s.whisperCliPath = whisperCliPath.value().trimmed();
    s.modelPath = whisperModelPath.value().trimmed();
    s.timeoutMs = speechTimeoutSeconds.value() * 1000;
    return s;
}

} // namespace settings
