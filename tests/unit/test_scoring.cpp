#include "packs/packparser.h"
#include "scoring/batchscoring.h"
#include "scoring/packcorpus.h"
#include "scoring/rubricscorer.h"
#include "testenvironment.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <catch2/catch.hpp>

using namespace mi;

namespace {

struct Fixture {
    PackLibrary library;
    std::shared_ptr<CorpusStats> corpus;
    std::unique_ptr<RubricScorer> scorer;

    Fixture()
    {
        library.load({testDataPath("packs/mini-en.yaml"), bundledPacksPath() + QStringLiteral("/sample-k8s-basics.yaml")});
        REQUIRE(library.errors().isEmpty());
        corpus = buildPackCorpus(library);
        scorer = std::make_unique<RubricScorer>(corpus);
    }

    ScoreResult score(const QString &questionId, const QString &answer) const
    {
        const Question *q = library.question(questionId);
        REQUIRE(q);
        return scorer->score({answer, q->reference, q->rubric, library.pack(q->packId)->language, q->prompt});
    }
};

const PointResult &point(const ScoreResult &r, const QString &id)
{
    const auto it = std::find_if(r.points.begin(), r.points.end(), [&](const PointResult &p) { return p.id == id; });
    REQUIRE(it != r.points.end());
    return *it;
}

} // namespace

TEST_CASE("a complete answer scores high and every hit has evidence inside the answer", "[scoring]")
{
    Fixture f;
    const QString answer = QStringLiteral(
        "When the readiness probe fails, the pod is removed from the Service endpoints, so it stops receiving traffic "
        "but keeps running. When the liveness probe fails the kubelet restarts the container. "
        "For slow start applications such as Java services I add a startupProbe so the liveness check waits.");
    const ScoreResult r = f.score(QStringLiteral("mini.probes"), answer);
    CHECK(r.score >= 85);
    CHECK(r.coverage == Approx(1.0));
    for (const PointResult &p : r.points) {
        if (!p.hit)
            continue;
        CHECK(p.evidenceStart >= 0);
        CHECK(p.evidenceStart + p.evidenceLength <= answer.size());
        CHECK(answer.mid(p.evidenceStart, p.evidenceLength) == p.evidence);
    }
}

TEST_CASE("a partial answer scores between a weak and a complete one", "[scoring]")
{
    Fixture f;
    const ScoreResult partial = f.score(QStringLiteral("mini.probes"),
        QStringLiteral("If the liveness probe fails, the kubelet will restart the container to recover it."));
    CHECK(point(partial, QStringLiteral("liveness")).hit);
    CHECK_FALSE(point(partial, QStringLiteral("readiness")).hit);
    CHECK(partial.score > 15);
    CHECK(partial.score < 70);
    CHECK(partial.explanation.contains(u"missed:"));
}

TEST_CASE("a keyword dump scores low", "[scoring]")
{
    Fixture f;
    const ScoreResult r = f.score(QStringLiteral("mini.probes"), QStringLiteral("readiness, liveness, restart, endpoints, startupProbe"));
    CHECK(r.score < 40);
    CHECK(r.keywordDump);
    const ScoreResult zh = f.score(QStringLiteral("sample.scheduling-flow"), QStringLiteral("apiserver etcd scheduler kubelet CRI CNI controller"));
    CHECK(zh.score < 40);
}

TEST_CASE("a stated misconception subtracts and its sentence earns nothing", "[scoring]")
{
    Fixture f;
    const QString wrong = QStringLiteral("requests 是上限，容器用量不能超过 requests，调度器会按照这个值把 Pod 放到节点上。");
    const ScoreResult r = f.score(QStringLiteral("sample.requests-limits"), wrong);
    CHECK(point(r, QStringLiteral("mis-requests-cap")).hit);
    CHECK_FALSE(point(r, QStringLiteral("requests-scheduling")).hit);
    CHECK(r.score < 40);
    CHECK(r.explanation.contains(u"误区"));
}

TEST_CASE("a negated statement does not earn the point", "[scoring]")
{
    Fixture f;
    const ScoreResult r = f.score(QStringLiteral("sample.requests-limits"),
        QStringLiteral("内存超过 limits 的时候容器不会被 OOM Kill，只是变慢一点，requests 用于调度器选节点。"));
    CHECK_FALSE(point(r, QStringLiteral("oom-kill")).hit);
    CHECK(point(r, QStringLiteral("requests-scheduling")).hit);
}

TEST_CASE("an empty or off-topic answer scores zero or near it", "[scoring]")
{
    Fixture f;
    CHECK(f.score(QStringLiteral("mini.hpa"), QString()).score == 0);
    CHECK(f.score(QStringLiteral("mini.hpa"), QStringLiteral("I like to cook pasta on weekends with my family and friends.")).score < 15);
}

TEST_CASE("reference-only scoring takes its points from the reference's sentences", "[scoring]")
{
    Fixture f;
    const QString reference = QStringLiteral("etcd stores cluster state. Only kube-apiserver talks to etcd; kubelets renew Lease objects through the API server.");
    const ScoreResult good = f.scorer->score({QStringLiteral("All cluster state lives in etcd and only kube-apiserver talks to it; kubelets renew Lease objects via the API server."),
                                              reference, {}, QStringLiteral("en"), QStringLiteral("What does etcd do?")});
    const ScoreResult bad = f.scorer->score({QStringLiteral("Pods are scheduled on nodes by the scheduler."), reference, {}, QStringLiteral("en"),
                                             QStringLiteral("What does etcd do?")});
    REQUIRE(good.points.size() == 3); // one per sentence and clause of the reference
    CHECK(good.points[0].text == u"etcd stores cluster state.");
    CHECK(good.score > bad.score + 30);
    CHECK(good.similarity > bad.similarity);
}

TEST_CASE("batch scoring keeps order, reports bad lines and goes on", "[scoring][batch]")
{
    Fixture f;
    const BatchScorer batch(f.library, *f.scorer, *f.corpus);
    QByteArray input = R"({"id":"a","question_id":"mini.hpa","answer":"It divides the current metric by the target as a ratio and takes the ceil of replicas times that, based on the pod requests, using metrics-server data."}
not json
{"id":"c","question_id":"no.such","answer":"x"}
{"id":"d","question":"liveness probe 和 readiness probe 有什么区别","answer":"readiness 失败会把 Pod 从 endpoints 摘掉"}
{"id":"e","reference":"etcd stores the cluster state","answer":"etcd keeps the cluster state"}
)";
    QBuffer in(&input);
    in.open(QIODevice::ReadOnly);
    QByteArray output;
    QBuffer out(&output);
    out.open(QIODevice::WriteOnly);
    CHECK(batch.run(in, out) == 5);
    const QList<QByteArray> lines = output.trimmed().split('\n');
    REQUIRE(lines.size() == 5);
    const QJsonObject a = QJsonDocument::fromJson(lines[0]).object();
    CHECK(a.value("id").toString() == u"a");
    CHECK(a.value("question_id").toString() == u"mini.hpa");
    CHECK(a.value("matched_prompt").toString().startsWith(u"How does the Horizontal"));
    CHECK(a.value("score").toDouble() > 50);
    CHECK(a.value("similarity").toDouble() > 0);
    const QJsonObject firstPoint = a.value("points").toArray().first().toObject();
    for (const char *key : {"id", "text", "weight", "hit", "evidence"})
        CHECK(firstPoint.contains(QLatin1String(key)));
    CHECK(QJsonDocument::fromJson(lines[1]).object().contains("error"));
    CHECK(QJsonDocument::fromJson(lines[2]).object().value("id").toString() == u"c");
    CHECK(QJsonDocument::fromJson(lines[2]).object().contains("error"));
    CHECK(QJsonDocument::fromJson(lines[3]).object().value("question_id").toString() == u"mini.probes");
    const QJsonObject e = QJsonDocument::fromJson(lines[4]).object();
    CHECK_FALSE(e.contains("question_id"));
    CHECK(e.value("score").toDouble() > 0);
}
