#include "pocketsphinxtranscriber.h"

#include "common/trcontexts.h"
#include "pocketsphinxdecoder.h"
#include "wavaudio.h"

#include <QElapsedTimer>

namespace mi {

PocketSphinxTranscriber::PocketSphinxTranscriber(QString modelDirectory)
    : m_modelDirectory(std::move(modelDirectory))
{
}

Result<Transcript> PocketSphinxTranscriber::transcribe(const TranscriptionRequest &request) const
{
    if (!supportsLanguage(request.language))
        return fail(Speech::tr("pocketsphinx has only an English model; use a whisper backend for '%1'").arg(request.language));
    Result<PcmAudio> audio = readWav(request.audioPath);
    if (!audio)
        return std::unexpected(audio.error());
    const PcmAudio pcm = resampled(*audio, 16000);

    QElapsedTimer timer;
    timer.start();
    Result<std::unique_ptr<PocketSphinxDecoder>> decoder = PocketSphinxDecoder::create(m_modelDirectory, request.vocabulary);
    if (!decoder)
        return std::unexpected(decoder.error());
    PocketSphinxDecoder &ps = **decoder;
    if (!ps.startUtterance() || !ps.process(pcm.samples.data(), pcm.samples.size(), true) || !ps.endUtterance())
        return fail(Speech::tr("pocketsphinx failed to decode %1").arg(request.audioPath));
    Transcript t;
    t.text = ps.hypothesis();
    t.engine = name();
    t.audioMs = pcm.durationMs();
    t.processingSeconds = timer.nsecsElapsed() / 1e9;
    return t;
}

} // namespace mi
