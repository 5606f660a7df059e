#include "transcriberfactory.h"

#include "common/trcontexts.h"
#include "httptranscription.h"
#include "openaitranscriber.h"
#include "pocketsphinxtranscriber.h"
#include "whisperclitranscriber.h"
#include "whisperservertranscriber.h"

namespace mi {

QStringList availableSpeechEngines()
{
    return {
        QStringLiteral("pocketsphinx"), QStringLiteral("whisper-server"), QStringLiteral("whisper-openai"), QStringLiteral("whisper-cli")};
}

Result<std::unique_ptr<Transcriber>> makeTranscriber(const SpeechEngineSettings &s)
{
    const QString engine = s.engine.trimmed().toLower();
    if (s.timeoutMs <= 0)
        return fail(Speech::tr("the speech engine timeout must be positive"));
    if (engine == u"pocketsphinx")
        return std::make_unique<PocketSphinxTranscriber>(s.pocketsphinxModelDirectory);
    if (engine == u"whisper-server" || engine == u"whisper-openai") {
        if (Result<QUrl> url = endpointUrl(engine, s.endpoint, {}); !url)
            return std::unexpected(url.error());
        if (engine == u"whisper-server")
            return std::make_unique<WhisperServerTranscriber>(s.endpoint, s.timeoutMs);
        return std::make_unique<OpenAiTranscriber>(s.endpoint, s.model, s.apiKey, s.timeoutMs);
    }
    if (engine == u"whisper-cli") {
        auto cli = std::make_unique<WhisperCliTranscriber>(s.whisperCliPath, s.modelPath, s.timeoutMs);
        if (Result<QString> program = cli->readyProgram(); !program)
            return std::unexpected(program.error());
        return cli;
    }
    return fail(
        QStringLiteral("unknown speech engine: %1 (available: %2)").arg(s.engine, availableSpeechEngines().join(QStringLiteral(", "))));
}

} // namespace mi
