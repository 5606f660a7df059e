#include "pocketsphinxtranscriber.h"

#include "domainlanguagemodel.h"
#include "wavaudio.h"

#include <QDir>
#include <QTemporaryFile>

#include <QElapsedTimer>
#include <QFileInfo>
#include <memory>
#include <pocketsphinx.h>

namespace mi {

PocketSphinxTranscriber::PocketSphinxTranscriber(QString modelDirectory)
    : m_modelDirectory(modelDirectory.isEmpty() ? QStringLiteral(MOCKINTERVIEW_POCKETSPHINX_MODELDIR) : std::move(modelDirectory))
{
}

const QList<std::pair<QString, QString>> &PocketSphinxTranscriber::extraPronunciations()
{
    static const QList<std::pair<QString, QString>> words{
        {QStringLiteral("etcd"), QStringLiteral("EH T S IY D IY")},
        {QStringLiteral("kubelet"), QStringLiteral("K UW B L AH T")},
        {QStringLiteral("kubectl"), QStringLiteral("K UW B K AH N T R OW L")},
        {QStringLiteral("kubernetes"), QStringLiteral("K UW B ER N EH T IY Z")},
        {QStringLiteral("apiserver"), QStringLiteral("EY P IY AY S ER V ER")},
        {QStringLiteral("configmap"), QStringLiteral("K AH N F IH G M AE P")},
        {QStringLiteral("containerd"), QStringLiteral("K AH N T EY N ER D IY")},
        {QStringLiteral("cgroup"), QStringLiteral("S IY G R UW P")},
        {QStringLiteral("cgroups"), QStringLiteral("S IY G R UW P S")},
        {QStringLiteral("grafana"), QStringLiteral("G R AH F AA N AH")},
        {QStringLiteral("istio"), QStringLiteral("IH S T IY OW")},
        {QStringLiteral("yaml"), QStringLiteral("Y AE M AH L")},
        {QStringLiteral("ingress"), QStringLiteral("IH N G R EH S")},
        {QStringLiteral("kube"), QStringLiteral("K UW B")},
    };
    return words;
}

QStringList PocketSphinxTranscriber::connectingWords()
{
    return {QStringLiteral("the"), QStringLiteral("a"), QStringLiteral("an"), QStringLiteral("is"), QStringLiteral("are"), QStringLiteral("to"),
            QStringLiteral("of"), QStringLiteral("and"), QStringLiteral("or"), QStringLiteral("it"), QStringLiteral("when"), QStringLiteral("then"),
            QStringLiteral("in"), QStringLiteral("on"), QStringLiteral("for"), QStringLiteral("with"), QStringLiteral("that"), QStringLiteral("this"),
            QStringLiteral("by"), QStringLiteral("from"), QStringLiteral("so"), QStringLiteral("if"), QStringLiteral("not"), QStringLiteral("only"),
            QStringLiteral("uses"), QStringLiteral("use"), QStringLiteral("we"), QStringLiteral("i"), QStringLiteral("all"), QStringLiteral("each")};
}

Result<Transcript> PocketSphinxTranscriber::transcribe(const TranscriptionRequest &request) const
{
    if (!supportsLanguage(request.language))
        return fail(QStringLiteral("pocketsphinx has only an English model; use a whisper backend for '%1'").arg(request.language));
    const QString hmm = m_modelDirectory + QStringLiteral("/en-us/en-us");
    if (!QFileInfo(hmm).isDir())
        return fail(QStringLiteral("the pocketsphinx model is missing at %1 (apt-get install pocketsphinx-en-us)").arg(hmm));
    Result<PcmAudio> audio = readWav(request.audioPath);
    if (!audio)
        return std::unexpected(audio.error());
    const PcmAudio pcm = resampled(*audio, 16000);

    QElapsedTimer timer;
    timer.start();
    const QByteArray hmmPath = hmm.toLocal8Bit();
    const QByteArray lmPath = (m_modelDirectory + QStringLiteral("/en-us/en-us.lm.bin")).toLocal8Bit();
    const QByteArray dictPath = (m_modelDirectory + QStringLiteral("/en-us/cmudict-en-us.dict")).toLocal8Bit();
    std::unique_ptr<cmd_ln_t, decltype(&cmd_ln_free_r)> config(
        cmd_ln_init(nullptr, ps_args(), TRUE, "-hmm", hmmPath.constData(), "-lm", lmPath.constData(), "-dict", dictPath.constData(),
                    "-logfn", "/dev/null", nullptr),
        &cmd_ln_free_r);
    if (!config)
        return fail(QStringLiteral("cannot configure pocketsphinx"));
    std::unique_ptr<ps_decoder_t, decltype(&ps_free)> decoder(ps_init(config.get()), &ps_free);
    if (!decoder)
        return fail(QStringLiteral("cannot start pocketsphinx with the model in %1").arg(m_modelDirectory));

    if (!request.vocabulary.isEmpty()) {
        for (const auto &[word, phones] : extraPronunciations())
            ps_add_word(decoder.get(), word.toLatin1().constData(), phones.toLatin1().constData(), TRUE);
        ps_decoder_t *ps = decoder.get();
        const QString arpa = domainArpaModel(request.vocabulary + connectingWords(), [ps](const QString &w) {
            return ps_lookup_word(ps, w.toLatin1().constData()) != nullptr;
        });
        QTemporaryFile lmFile(QDir::temp().filePath(QStringLiteral("mockinterview-lm-XXXXXX.arpa")));
        if (arpa.isEmpty() || !lmFile.open() || lmFile.write(arpa.toLatin1()) < 0 || !lmFile.flush())
            return fail(QStringLiteral("cannot write the vocabulary language model"));
        if (ps_set_lm_file(ps, "vocabulary", lmFile.fileName().toLocal8Bit().constData()) != 0 || ps_set_search(ps, "vocabulary") != 0)
            return fail(QStringLiteral("pocketsphinx rejected the vocabulary language model"));
    }
    ps_start_utt(decoder.get());
    ps_process_raw(decoder.get(), pcm.samples.data(), pcm.samples.size(), FALSE, TRUE);
    ps_end_utt(decoder.get());
    int32 score = 0;
    const char *hypothesis = ps_get_hyp(decoder.get(), &score);
    Transcript t;
    t.text = hypothesis ? QString::fromUtf8(hypothesis) : QString();
    t.engine = name();
    t.audioMs = pcm.durationMs();
    t.processingSeconds = timer.nsecsElapsed() / 1e9;
    return t;
}

} // namespace mi
