#pragma once

#include <QString>

namespace mi {

// Which speech-to-text engine to use and how to reach it: plain values, so a
// settings dialog, the command line or a test can fill them. Only the fields
// of the chosen engine matter.
struct SpeechEngineSettings {
    QString engine = QStringLiteral("pocketsphinx"); // see availableSpeechEngines()
    QString endpoint; // whisper-server, whisper-openai: base URL, e.g. http://127.0.0.1:8080
    QString model; // whisper-openai: model name (default whisper-1)
    QString apiKey; // whisper-openai: sent as "Authorization: Bearer"
    QString whisperCliPath; // whisper-cli: the program (default: whisper-cli on PATH)
    QString modelPath; // whisper-cli: the ggml model file
    QString pocketsphinxModelDirectory; // pocketsphinx: empty means Debian's
    int timeoutMs = 300000; // whisper backends: give up after this long
};

} // namespace mi
