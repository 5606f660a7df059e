#include "answertranscription.h"

#include "wavaudio.h"

namespace mi {

Result<TranscribedAnswer> transcribeAnswer(const Transcriber &transcriber, const TranscriptionRequest &request)
{
    // Read first: a file that is not usable audio gets the reader's precise message.
    Result<PcmAudio> audio = readWav(request.audioPath);
    if (!audio)
        return std::unexpected(audio.error());
    Result<Transcript> transcript = transcriber.transcribe(request);
    if (!transcript)
        return std::unexpected(transcript.error());
    return TranscribedAnswer {*transcript, analyseDelivery(*audio, transcript->text, request.language)};
}

} // namespace mi
