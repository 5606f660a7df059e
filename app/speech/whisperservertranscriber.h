#pragma once

#include "transcriber.h"

namespace mi {

// whisper.cpp's own HTTP server (whisper-server), usually on this machine:
// POST <endpoint>/inference with the WAV, the language and the pack's terms
// as the initial prompt. Any language the server's model knows; a
// multilingual model (ggml-small.bin and up) for Chinese and mixed speech.
class WhisperServerTranscriber : public Transcriber
{
public:
    WhisperServerTranscriber(QString endpoint, int timeoutMs);

    QString name() const override { return QStringLiteral("whisper-server"); }
    bool supportsLanguage(const QString &) const override { return true; }
    Result<Transcript> transcribe(const TranscriptionRequest &request) const override;

private:
    QString m_endpoint;
    int m_timeoutMs;
};

} // namespace mi
