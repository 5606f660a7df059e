#include "pocketsphinxdecoder.h"

#include "common/trcontexts.h"
#include "domainlanguagemodel.h"
#include "technicalpronunciations.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryFile>
#include <pocketsphinx.h>

namespace mi {

QString PocketSphinxDecoder::defaultModelDirectory()
{
    return QStringLiteral(MOCKINTERVIEW_POCKETSPHINX_MODELDIR);
}

QStringList PocketSphinxDecoder::connectingWords()
{
    return {QStringLiteral("the"), QStringLiteral("a"), QStringLiteral("an"), QStringLiteral("is"), QStringLiteral("are"),
        QStringLiteral("to"), QStringLiteral("of"), QStringLiteral("and"), QStringLiteral("or"), QStringLiteral("it"),
        QStringLiteral("when"), QStringLiteral("then"), QStringLiteral("in"), QStringLiteral("on"), QStringLiteral("for"),
        QStringLiteral("with"), QStringLiteral("that"), QStringLiteral("this"), QStringLiteral("by"), QStringLiteral("from"),
        QStringLiteral("so"), QStringLiteral("if"), QStringLiteral("not"), QStringLiteral("only"), QStringLiteral("uses"),
        QStringLiteral("use"), QStringLiteral("we"), QStringLiteral("i"), QStringLiteral("all"), QStringLiteral("each")};
}

Result<std::unique_ptr<PocketSphinxDecoder>> PocketSphinxDecoder::create(const QString &modelDirectory, const QStringList &vocabulary)
{
    const QString dir = modelDirectory.isEmpty() ? defaultModelDirectory() : modelDirectory;
    const QString hmm = dir + QStringLiteral("/en-us/en-us");
    if (!QFileInfo(hmm).isDir())
        return fail(Speech::tr("the pocketsphinx model is missing at %1 (apt-get install pocketsphinx-en-us)").arg(hmm));
    const QByteArray hmmPath = hmm.toLocal8Bit();
    const QByteArray lmPath = (dir + QStringLiteral("/en-us/en-us.lm.bin")).toLocal8Bit();
    const QByteArray dictPath = (dir + QStringLiteral("/en-us/cmudict-en-us.dict")).toLocal8Bit();
    std::unique_ptr<PocketSphinxDecoder> d(new PocketSphinxDecoder);
    // With a vocabulary its own model replaces the generic 27 MB one, so that is not loaded at all.
    d->m_config = vocabulary.isEmpty()
        ? cmd_ln_init(nullptr, ps_args(), TRUE, "-hmm", hmmPath.constData(), "-lm", lmPath.constData(), "-dict", dictPath.constData(),
            "-logfn", "/dev/null", nullptr)
        : cmd_ln_init(nullptr, ps_args(), TRUE, "-hmm", hmmPath.constData(), "-dict", dictPath.constData(), "-logfn", "/dev/null", nullptr);
    if (!d->m_config)
        return fail(Speech::tr("cannot configure pocketsphinx"));
    d->m_decoder = ps_init(d->m_config);
    if (!d->m_decoder)
        return fail(Speech::tr("cannot start pocketsphinx with the model in %1").arg(dir));
    if (!vocabulary.isEmpty()) {
        if (Result<void> biased = d->useVocabulary(vocabulary); !biased)
            return std::unexpected(biased.error());
    }
    return d;
}

PocketSphinxDecoder::~PocketSphinxDecoder()
{
    if (m_decoder)
        ps_free(m_decoder);
    if (m_config)
        cmd_ln_free_r(m_config);
}

Result<void> PocketSphinxDecoder::useVocabulary(const QStringList &vocabulary)
{
    // No search update per word: the vocabulary search built below reads the
    // finished dictionary. Words already in the dictionary are refused, harmlessly.
    for (const auto &[word, phones] : technicalPronunciations())
        ps_add_word(m_decoder, word.toLatin1().constData(), phones.toLatin1().constData(), FALSE);
    const QString arpa = domainArpaModel(vocabulary + connectingWords(), [this](const QString &w) { return knowsWord(w); });
    ps_decoder_t *ps = m_decoder;
    QTemporaryFile lmFile(QDir::temp().filePath(QStringLiteral("mockinterview-lm-XXXXXX.arpa")));
    if (arpa.isEmpty() || !lmFile.open() || lmFile.write(arpa.toLatin1()) < 0 || !lmFile.flush())
        return fail(Speech::tr("cannot write the vocabulary language model"));
    if (ps_set_lm_file(ps, "vocabulary", lmFile.fileName().toLocal8Bit().constData()) != 0 || ps_set_search(ps, "vocabulary") != 0)
        return fail(Speech::tr("pocketsphinx rejected the vocabulary language model"));
    return {};
}

bool PocketSphinxDecoder::startUtterance()
{
    return ps_start_utt(m_decoder) == 0;
}

bool PocketSphinxDecoder::process(const qint16 *samples, size_t count, bool wholeUtterance)
{
    return ps_process_raw(m_decoder, samples, count, FALSE, wholeUtterance ? TRUE : FALSE) >= 0;
}

QString PocketSphinxDecoder::hypothesis() const
{
    int32 score = 0;
    const char *text = ps_get_hyp(m_decoder, &score);
    return text ? QString::fromUtf8(text) : QString();
}

bool PocketSphinxDecoder::endUtterance()
{
    return ps_end_utt(m_decoder) == 0;
}

bool PocketSphinxDecoder::knowsWord(const QString &word) const
{
    return ps_lookup_word(m_decoder, word.toLatin1().constData()) != nullptr;
}

} // namespace mi
