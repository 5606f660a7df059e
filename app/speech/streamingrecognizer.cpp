#include "streamingrecognizer.h"

#include "common/trcontexts.h"
#include "pocketsphinxdecoder.h"

#include <QtEndian>
#include <vector>

namespace mi {

StreamingRecognizer::StreamingRecognizer(QString modelDirectory, QObject *parent)
    : QObject(parent)
    , m_modelDirectory(std::move(modelDirectory))
{
}

StreamingRecognizer::~StreamingRecognizer() = default;

Result<void> StreamingRecognizer::start(const QStringList &vocabulary, const QString &language)
{
    if (language != u"en")
        return fail(Speech::tr("live captions use pocketsphinx, which has only an English model; no captions for '%1'").arg(language));
    if (m_running)
        return fail(Speech::tr("an utterance is already being recognised"));
    // Building the decoder dominates the cost; answers to the same pack reuse it.
    if (!m_decoder || vocabulary != m_vocabulary) {
        Result<std::unique_ptr<PocketSphinxDecoder>> decoder = PocketSphinxDecoder::create(m_modelDirectory, vocabulary);
        if (!decoder)
            return std::unexpected(decoder.error());
        m_decoder = std::move(*decoder);
        m_vocabulary = vocabulary;
    }
    if (!m_decoder->startUtterance())
        return fail(Speech::tr("pocketsphinx cannot start an utterance"));
    m_oddByte.clear();
    m_partial.clear();
    m_running = true;
    return {};
}

bool StreamingRecognizer::feed(const QByteArray &pcm16kMono)
{
    if (!m_running)
        return false;
    const QByteArray bytes = m_oddByte + pcm16kMono;
    const qsizetype count = bytes.size() / 2;
    m_oddByte = bytes.right(bytes.size() % 2);
    if (count == 0)
        return true;
    std::vector<qint16> samples(size_t(count), 0);
    qFromLittleEndian<qint16>(bytes.constData(), count, samples.data());
    if (!m_decoder->process(samples.data(), samples.size()))
        return false;
    const QString hypothesis = m_decoder->hypothesis();
    if (hypothesis != m_partial) {
        m_partial = hypothesis;
        emit partialChanged(m_partial);
    }
    return true;
}

Result<QString> StreamingRecognizer::finish()
{
    if (!m_running)
        return fail(Speech::tr("no utterance is being recognised"));
    m_running = false;
    if (!m_decoder->endUtterance())
        return fail(Speech::tr("pocketsphinx failed to finish the utterance"));
    m_partial = m_decoder->hypothesis();
    return m_partial;
}

} // namespace mi
