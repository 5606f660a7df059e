// Live captions: pocketsphinx decodes an espeak-ng answer fed in 100 ms
// chunks, as a microphone delivers it. Partial transcripts must appear and
// grow while the answer is still being spoken; the final one must hold the
// key terms. The spoken text writes terms the way engineers say them
// ("et see dee", "core D N S"); espeak-ng would otherwise read "etcd" as one
// made-up syllable no listener would recognise either.
#include "pocketsphinxdecoder.h"
#include "spokenaudio.h"
#include "streamingrecognizer.h"
#include "technicalpronunciations.h"
#include "testenvironment.h"

#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace mi;

namespace {

const QStringList vocabulary {QStringLiteral("How does a Service reach its pods, and what do kube-proxy, CoreDNS and etcd do?"),
    QStringLiteral("kube-proxy on every node programs iptables or IPVS rules that send Service traffic to ready endpoints. CoreDNS "
                   "resolves the Service name. The API server stores the state in etcd. An Ingress controller routes outside traffic."),
    QStringLiteral("kube-proxy"), QStringLiteral("CoreDNS"), QStringLiteral("etcd"), QStringLiteral("ingress controller")};

qsizetype wordCount(const QString &text)
{
    return text.split(u' ', Qt::SkipEmptyParts).size();
}

} // namespace

TEST_CASE("streaming: partial captions grow while speaking and the final transcript has the key terms", "[speech]")
{
    QTemporaryDir dir;
    Result<QString> wav = speakToWav(dir.path(), QStringLiteral("stream"),
        QStringLiteral("Kube proxy on every node programs the rules that send service traffic to ready "
                       "endpoints. Core D N S resolves the service name. The API server stores the state "
                       "in et see dee. An ingress controller routes outside traffic."));
    REQUIRE(wav);
    Result<QByteArray> pcm = rawPcm16kMono(*wav);
    REQUIRE(pcm);

    StreamingRecognizer recognizer;
    QStringList partials; // every change, as a caption widget would show it
    QList<qsizetype> fedBytes; // how much audio had arrived at each change
    qsizetype fed = 0;
    QObject::connect(&recognizer, &StreamingRecognizer::partialChanged, [&](const QString &text) {
        partials.append(text);
        fedBytes.append(fed);
    });
    Result<void> started = recognizer.start(vocabulary);
    INFO((started ? QString() : started.error().message).toStdString());
    REQUIRE(started);
    constexpr qsizetype chunk = 3200; // 100 ms of 16 kHz 16-bit mono
    for (qsizetype at = 0; at < pcm->size(); at += chunk) {
        fed = std::min(at + chunk, pcm->size());
        REQUIRE(recognizer.feed(pcm->mid(at, chunk)));
    }
    Result<QString> final = recognizer.finish();
    REQUIRE(final);
    INFO("partials:\n" << partials.join(u'\n').toStdString() << "\nfinal: " << final->toStdString());

    // Captions appear in the first half of the answer and keep growing.
    REQUIRE(partials.size() >= 5);
    CHECK(fedBytes.first() < pcm->size() / 2);
    CHECK(wordCount(partials[partials.size() / 2]) > wordCount(partials.first()));
    CHECK(wordCount(partials.last()) > wordCount(partials[partials.size() / 2]));
    CHECK(recognizer.partial() == *final);
    // The terms the pronunciation entries are for. (Measured here: these four
    // come out on every run; in this sentence "service" and "endpoints" do not.)
    for (const char *term : {"kube proxy", "coredns", "etcd", "ingress controller"})
        CHECK(final->contains(QLatin1String(term)));
}

TEST_CASE("streaming: misuse and other languages give errors, not crashes", "[speech]")
{
    StreamingRecognizer recognizer;
    CHECK_FALSE(recognizer.feed(QByteArray(3200, '\0'))); // not started
    CHECK_FALSE(recognizer.finish());
    Result<void> chinese = recognizer.start({}, QStringLiteral("zh"));
    REQUIRE_FALSE(chinese);
    CHECK(chinese.error().message.contains(u"English"));

    // A chunk boundary may split a sample: the odd byte waits for the next chunk.
    REQUIRE(recognizer.start(vocabulary));
    CHECK(recognizer.feed(QByteArray(1601, '\0')));
    CHECK(recognizer.feed(QByteArray(1599, '\0')));
    CHECK_FALSE(recognizer.start(vocabulary)); // one utterance at a time
    Result<QString> silence = recognizer.finish();
    REQUIRE(silence);
    // The same vocabulary reuses the loaded decoder for the next answer.
    REQUIRE(recognizer.start(vocabulary));
    CHECK(recognizer.isRunning());
    REQUIRE(recognizer.finish());
}

TEST_CASE("pocketsphinx: every added technical pronunciation is accepted", "[speech]")
{
    Result<std::unique_ptr<PocketSphinxDecoder>> decoder = PocketSphinxDecoder::create({}, vocabulary);
    REQUIRE(decoder);
    // ps_add_word refuses a phone the model lacks; the word would then be unknown.
    for (const auto &[word, phones] : technicalPronunciations()) {
        INFO(word.toStdString() << " " << phones.toStdString());
        CHECK((*decoder)->knowsWord(word));
    }
    for (const char *word : {"etcd", "kubelet", "kubectl", "kube", "ingress", "coredns", "containerd"})
        CHECK((*decoder)->knowsWord(QLatin1String(word)));
}
