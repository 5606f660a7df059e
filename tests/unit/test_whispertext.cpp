// The initial prompt that steers whisper toward the pack's spelling of its
// terms: which words count as terms, their order, the token budget.
#include "packs/packlibrary.h"
#include "speechvocabulary.h"
#include "testenvironment.h"
#include "whispertext.h"

#include <catch2/catch.hpp>

using namespace mi;

TEST_CASE("whisper prompt: technical terms are found, deduplicated and ranked by frequency", "[whisper]")
{
    const QStringList vocabulary {
        QStringLiteral("Walk me through how a Service reaches its pods. kube-proxy programs the rules on every node, and CoreDNS resolves "
                       "the Service name."),
        QStringLiteral("Only the API server talks to etcd. The kubelet reports node status, which etcd stores."),
        QStringLiteral("Ingress 把外部流量路由到 Service，etcd 保存集群状态，kube-proxy 维护转发规则。"), QStringLiteral("etcd"),
        QStringLiteral("kube-proxy"), QStringLiteral("ETCD"), QStringLiteral("污点"), QStringLiteral("Use `crictl ps` on the node.")};
    const QStringList terms = technicalTerms(vocabulary);
    INFO(terms.join(u" | ").toStdString());
    // Shapes: hyphenated, inner capital, all caps, mid-sentence capital,
    // known lower-case technical word, in Chinese text, in code, Chinese alias.
    for (const char *term : {"kube-proxy", "CoreDNS", "API", "Service", "kubelet", "Ingress", "crictl", "etcd", "污点"})
        CHECK(terms.contains(QString::fromUtf8(term)));
    // Everyday words, sentence-initial capitals and stopwords are not terms.
    for (const char *word : {"Walk", "walk", "the", "node", "rules", "Only", "status"})
        CHECK_FALSE(terms.contains(QString::fromUtf8(word), Qt::CaseInsensitive));
    CHECK(terms.count(u"etcd"_qs) == 1);
    CHECK_FALSE(terms.contains(u"ETCD"_qs)); // one spelling: the pack's usual one
    // etcd occurs 5 times; Service and kube-proxy 3 times each, Service first.
    REQUIRE(terms.size() >= 3);
    CHECK(terms[0] == u"etcd");
    CHECK(terms.indexOf(u"Service"_qs) < terms.indexOf(u"kube-proxy"_qs)); // same count, seen first
    CHECK(terms.indexOf(u"kube-proxy"_qs) < terms.indexOf(u"CoreDNS"_qs));
}

TEST_CASE("whisper prompt: plurals fold into their singular", "[whisper]")
{
    const QStringList terms = technicalTerms({QStringLiteral("A Pod runs containers. Two Pods share a node; the Pod is rescheduled.")});
    CHECK(terms.contains(u"Pod"_qs));
    CHECK_FALSE(terms.contains(u"Pods"_qs));
}

TEST_CASE("whisper prompt: stays within the token budget, most frequent terms first", "[whisper]")
{
    QStringList vocabulary;
    for (int i = 0; i < 300; ++i)
        for (int n = 0; n <= i % 7; ++n) // frequencies 1..7
            vocabulary << QStringLiteral("term-%1").arg(i, 3, 10, QChar(u'0'));
    const QString prompt = whisperPrompt(vocabulary, QStringLiteral("en"));
    INFO(prompt.toStdString());
    CHECK(estimatedWhisperTokens(prompt) <= 200);
    CHECK(prompt.startsWith(u"term-006, term-013, "));
    CHECK_FALSE(prompt.contains(u"term-000")); // frequency 1 does not fit
    const QString tiny = whisperPrompt(vocabulary, QStringLiteral("en"), 12);
    CHECK(estimatedWhisperTokens(tiny) <= 12);
    CHECK_FALSE(tiny.isEmpty());
    CHECK(whisperPrompt({}, QStringLiteral("en")).isEmpty());
    CHECK(whisperPrompt({QStringLiteral("the and of")}, QStringLiteral("en")).isEmpty());
}

TEST_CASE("whisper prompt: token estimate is cautious for Chinese", "[whisper]")
{
    CHECK(estimatedWhisperTokens(u"etcd"_qs) == 2);
    CHECK(estimatedWhisperTokens(u"kube-proxy"_qs) == 5);
    CHECK(estimatedWhisperTokens(u"污点"_qs) == 4);
    CHECK(estimatedWhisperTokens(u"etcd、污点"_qs) == 8);
}

TEST_CASE("whisper prompt: a bundled Chinese pack yields its key terms within budget", "[whisper]")
{
    PackLibrary library;
    library.load({bundledPacksPath() + QStringLiteral("/k8s-core.yaml")});
    QList<const Question *> questions;
    for (const Question *q : library.allQuestions())
        questions.append(q);
    REQUIRE(questions.size() > 5);
    const QString prompt = whisperPrompt(speechVocabulary(questions), QStringLiteral("zh"));
    INFO(prompt.toStdString());
    CHECK(estimatedWhisperTokens(prompt) <= 200);
    for (const char *term : {"Pod", "etcd", "kube-proxy", "Service"})
        CHECK(prompt.contains(QString::fromUtf8(term)));
    CHECK(prompt.contains(u"、"));
}

TEST_CASE("whisper output: markers and segment-joining spaces are removed", "[whisper]")
{
    CHECK(cleanWhisperText(u" [BLANK_AUDIO]\n"_qs).isEmpty());
    CHECK(cleanWhisperText(u"  The Pod\n restarts. "_qs) == u"The Pod restarts.");
    CHECK(cleanWhisperText(u"节点 NotReady 时， 控制器 会驱逐 Pod。"_qs) == u"节点 NotReady 时，控制器会驱逐 Pod。");
}
