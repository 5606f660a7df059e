#include "scoring/aliasmatcher.h"
#include "scoring/nearspelling.h"
#include "text/textnormalizer.h"
#include "text/tokenizer.h"

#include <catch2/catch.hpp>

using namespace mi;

static QStringList texts(const QList<Token> &tokens)
{
    QStringList out;
    for (const Token &t : tokens)
        out.append(t.text);
    return out;
}

TEST_CASE("normalisation folds width and case and keeps offsets", "[text]")
{
    const QString raw = QStringLiteral("ＡＰＩ　Ｓｅｒｖｅｒ，ＥＴＣＤ！Kube-APIServer");
    const QString n = normalizeForMatching(raw);
    CHECK(n.size() == raw.size());
    CHECK(n == QStringLiteral("api server,etcd!kube-apiserver"));
}

TEST_CASE("Chinese is segmented into words by ICU, technical terms stay whole", "[text]")
{
    const QStringList words = texts(Tokenizer::tokenize(QStringLiteral("调度器把 Pod 绑定到节点，kube-apiserver 的可用性是 99.9%")));
    INFO(words.join(u' ').toStdString());
    CHECK((words.contains(u"调度器"_qs) || words.contains(u"调度"_qs)));
    CHECK(words.contains(u"节点"_qs));
    CHECK(words.contains(u"kube-apiserver"_qs));
    CHECK(words.contains(u"99.9%"_qs));
    CHECK(words.contains(u"pod"_qs));
    CHECK_FALSE(words.contains(u"的"_qs)); // stopword
}

TEST_CASE("English words are lightly stemmed and fillers dropped", "[text]")
{
    const QStringList words = texts(Tokenizer::tokenize(QStringLiteral("Um, the pods were evicted and restarting, like, nodes")));
    INFO(words.join(u' ').toStdString());
    CHECK(words.contains(u"pod"_qs));
    CHECK(words.contains(u"evict"_qs));
    CHECK(words.contains(u"restart"_qs));
    CHECK(words.contains(u"node"_qs));
    CHECK_FALSE(words.contains(u"um"_qs));
    CHECK_FALSE(words.contains(u"like"_qs));
    CHECK_FALSE(words.contains(u"the"_qs));
}

TEST_CASE("alias matching finds every alias in one pass, with word boundaries for Latin text", "[text][matcher]")
{
    AliasMatcher m;
    int tag = 0;
    for (const QString &alias : {u"API Server"_qs, u"etcd"_qs, u"ha"_qs, u"调度器"_qs, u"evict"_qs}) {
        for (const QString &v : aliasVariants(alias))
            m.addPattern(v, tag);
        ++tag;
    }
    m.build();
    const QString text = normalizeForMatching(u"apiserver 和 ETCD 通信；调度器负责 hash 之外的 HA 与 evicted pods"_qs);
    QList<int> found;
    for (const AliasMatch &match : m.findAll(text))
        found.append(match.pattern);
    CHECK(found.contains(0));  // "apiserver" is the no-space variant of "API Server"
    CHECK(found.contains(1));
    CHECK(found.count(2) == 1); // "HA" but not the "ha" inside "hash"
    CHECK(found.contains(3));
    CHECK(found.contains(4));   // "evict" as the stem of "evicted"
}

TEST_CASE("near spellings of long Latin aliases are matched, short words are not", "[text][matcher]")
{
    CHECK(withinEditDistance(u"kubelete", u"kubelet", 1));
    CHECK(withinEditDistance(u"promethues", u"prometheus", 1)); // transposition
    CHECK(withinEditDistance(u"kuberentes", u"kubernetes", 2));
    CHECK_FALSE(withinEditDistance(u"kubectl", u"kubelet", 1));
    const QString text = normalizeForMatching(u"the kubelete and promethues and calico"_qs);
    QList<FuzzyAlias> aliases = fuzzyAliasesOf(u"kubelet"_qs, 0) + fuzzyAliasesOf(u"prometheus"_qs, 1) + fuzzyAliasesOf(u"cilium"_qs, 2)
                              + fuzzyAliasesOf(u"cni"_qs, 3);
    CHECK(aliases.size() == 3); // "cni" is too short to match fuzzily
    QList<int> tags;
    for (const AliasMatch &m : findNearSpellings(text, aliases, {}))
        tags.append(m.pattern);
    CHECK(tags == QList<int>{0, 1});
}
