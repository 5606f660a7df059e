#pragma once

#include "transcriber.h"

namespace mi {

// CMU pocketsphinx with Debian's US English model, in-process. With a
// vocabulary, recognition runs on a bigram model of the pack's text (plus common
// English words), which turns its poor general accuracy on technical speech
// into recognition of most terms that matter for scoring. The decoder set-up
// lives in PocketSphinxDecoder, shared with StreamingRecognizer.
class PocketSphinxTranscriber : public Transcriber
{
public:
    explicit PocketSphinxTranscriber(QString modelDirectory = {});

    QString name() const override { return QStringLiteral("pocketsphinx"); }
    bool supportsLanguage(const QString &language) const override { return language == u"en"; }
    Result<Transcript> transcribe(const TranscriptionRequest &request) const override;

private:
    QString m_modelDirectory;
};

} // namespace mi
