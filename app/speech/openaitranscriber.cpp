#include "openaitranscriber.h"

#include "httptranscription.h"
#include "whispertext.h"

namespace mi {

OpenAiTranscriber::OpenAiTranscriber(QString endpoint, QString model, QString apiKey, int timeoutMs)
    : m_endpoint(std::move(endpoint))
    , m_model(model.isEmpty() ? defaultModel() : std::move(model))
    , m_apiKey(std::move(apiKey))
    , m_timeoutMs(timeoutMs)
{
}

Result<Transcript> OpenAiTranscriber::transcribe(const TranscriptionRequest &request) const
{
    // Users paste either the server root or its /v1 base; both work.
    const QString path = m_endpoint.trimmed().endsWith(u"/v1") || m_endpoint.trimmed().endsWith(u"/v1/")
        ? QStringLiteral("/audio/transcriptions")
        : QStringLiteral("/v1/audio/transcriptions");
    Result<QUrl> url = endpointUrl(name(), m_endpoint, path);
    if (!url)
        return std::unexpected(url.error());
    HttpTranscription job {name(), *url, {}, {}, m_timeoutMs};
    job.fields = {{"model", m_model.toUtf8()}, {"language", request.language.toUtf8()},
        {"prompt", whisperPrompt(request.vocabulary, request.language).toUtf8()}, {"response_format", "json"}};
    if (!m_apiKey.isEmpty())
        job.headers.append({"Authorization", "Bearer " + m_apiKey.toUtf8()});
    return job.run(request.audioPath);
}

} // namespace mi
