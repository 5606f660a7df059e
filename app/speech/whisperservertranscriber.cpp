#include "whisperservertranscriber.h"

#include "httptranscription.h"
#include "whispertext.h"

namespace mi {

WhisperServerTranscriber::WhisperServerTranscriber(QString endpoint, int timeoutMs)
    : m_endpoint(std::move(endpoint))
    , m_timeoutMs(timeoutMs)
{
}

Result<Transcript> WhisperServerTranscriber::transcribe(const TranscriptionRequest &request) const
{
    Result<QUrl> url = endpointUrl(name(), m_endpoint, QStringLiteral("/inference"));
    if (!url)
        return std::unexpected(url.error());
    HttpTranscription job {name(), *url, {}, {}, m_timeoutMs};
    job.fields = {{"language", request.language.toUtf8()}, {"prompt", whisperPrompt(request.vocabulary, request.language).toUtf8()},
        {"response_format", "json"},
        // Greedy decoding: the same audio gives the same transcript.
        {"temperature", "0"}};
    return job.run(request.audioPath);
}

} // namespace mi
