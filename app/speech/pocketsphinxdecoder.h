#pragma once

#include "common/error.h"

#include <QString>
#include <QStringList>
#include <memory>

struct ps_decoder_s;
struct cmd_ln_s;

namespace mi {

// One pocketsphinx decoder (Debian's US English model), set up for a vocabulary:
// the technical pronunciations are added and recognition runs on a bigram
// model of the vocabulary's text plus everyday connecting words. The batch
// transcriber and the streaming recogniser both use it, so they hear the same
// words. Not copyable; one utterance at a time.
class PocketSphinxDecoder
{
public:
    // An empty modelDirectory means Debian's (pocketsphinx-en-us). An empty
    // vocabulary keeps the generic English language model.
    static Result<std::unique_ptr<PocketSphinxDecoder>> create(const QString &modelDirectory, const QStringList &vocabulary);
    static QString defaultModelDirectory();
    ~PocketSphinxDecoder();
    PocketSphinxDecoder(const PocketSphinxDecoder &) = delete;
    PocketSphinxDecoder &operator=(const PocketSphinxDecoder &) = delete;

    bool startUtterance();
    // 16 kHz mono samples; may be called many times per utterance. A whole
    // utterance in one call lets pocketsphinx normalise over all of it.
    bool process(const qint16 *samples, size_t count, bool wholeUtterance = false);
    // The best hypothesis so far (partial while an utterance runs).
    QString hypothesis() const;
    bool endUtterance();
    // Whether the dictionary can pronounce the word (lower case).
    bool knowsWord(const QString &word) const;

    // Everyday words answers put around the terms, added to every vocabulary.
    static QStringList connectingWords();

private:
    PocketSphinxDecoder() = default;
    Result<void> useVocabulary(const QStringList &vocabulary);

    cmd_ln_s *m_config = nullptr;
    ps_decoder_s *m_decoder = nullptr;
};

} // namespace mi
