#pragma once

#include "transcriber.h"

namespace mi {

// An OpenAI-compatible transcription API (POST <endpoint>/v1/audio/transcriptions),
// as served by local whisper servers (faster-whisper-server, LocalAI, …) or a
// hosted service. The API key, when given, goes out as a bearer token.
class OpenAiTranscriber : public Transcriber
{
public:
    OpenAiTranscriber(QString endpoint, QString model, QString apiKey, int timeoutMs);

    QString name() const override { return QStringLiteral("whisper-openai"); }
    bool supportsLanguage(const QString &) const override { return true; }
    Result<Transcript> transcribe(const TranscriptionRequest &request) const override;

    static QString defaultModel() { return QStringLiteral("whisper-1"); }

private:
    QString m_endpoint;
    QString m_model;
    QString m_apiKey;
    int m_timeoutMs;
};

} // namespace mi
