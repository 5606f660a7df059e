#include "engine/interviewengine.h"
#include "packs/packlibrary.h"
#include "scoring/packcorpus.h"
#include "scoring/rubricscorer.h"
#include "testenvironment.h"

#include <catch2/catch.hpp>

using namespace mi;

namespace {

struct EngineFixture {
    PackLibrary library;
    std::shared_ptr<const Scorer> scorer;
    const Pack *pack = nullptr;

    EngineFixture()
    {
        library.load({testDataPath("packs/mini-en.yaml")});
        REQUIRE(library.errors().isEmpty());
        scorer = std::make_shared<RubricScorer>(buildPackCorpus(library));
        pack = library.pack(QStringLiteral("test-mini-en"));
    }
};

const QString kWeakProbes = QStringLiteral("When the liveness probe fails the kubelet restarts the container. "
                                           "When the readiness probe fails the pod is removed from the Service endpoints and gets no traffic.");
const QString kStrongProbes = kWeakProbes + QStringLiteral(" Slow start applications get a startupProbe so that they are not killed while booting.");

QStringList walk(const Pack &pack, std::shared_ptr<const Scorer> scorer, quint64 seed, const QStringList &answers, EngineOptions options = {})
{
    options.seed = seed;
    InterviewEngine engine(pack, std::move(scorer), options);
    engine.start();
    QStringList asked;
    for (const QString &a : answers) {
        const Turn &t = engine.submit(a, 1000);
        asked.append(t.questionId + u'/' + t.followUpId);
        if (!engine.next())
            break;
    }
    return asked;
}

} // namespace

TEST_CASE("the engine walks questions in script order and records why each was asked", "[engine]")
{
    EngineFixture f;
    InterviewEngine engine(*f.pack, f.scorer);
    CHECK(engine.state() == InterviewEngine::State::NotStarted);
    const Turn &first = engine.start();
    CHECK(first.questionId == u"mini.probes");
    CHECK(first.kind == TurnKind::Question);
    CHECK(first.reason.contains(u"Round one"));
    CHECK(engine.state() == InterviewEngine::State::AwaitingAnswer);
    CHECK_THROWS(engine.next());
    engine.submit(kStrongProbes, 5000);
    CHECK(engine.state() == InterviewEngine::State::Answered);
    CHECK(engine.currentTurn()->score->score > 0);
}

TEST_CASE("a missed rubric point triggers the follow-up that targets it, with its reason", "[engine]")
{
    EngineFixture f;
    InterviewEngine engine(*f.pack, f.scorer);
    engine.start();
    engine.submit(kWeakProbes, 1000);
    REQUIRE(engine.next());
    const Turn *t = engine.currentTurn();
    CHECK(t->kind == TurnKind::FollowUp);
    CHECK(t->followUpId == u"startup-drill");
    CHECK(t->reason.contains(u"did not cover"));
    CHECK(t->reason.contains(u"startupProbe"));
    // The follow-up is scored against its own rubric.
    engine.submit(QStringLiteral("I would add a startupProbe with a large failureThreshold so the app has minutes to boot."), 1000);
    CHECK(engine.currentTurn()->score->points.size() == 1);
    CHECK(engine.currentTurn()->score->points[0].hit);
}

TEST_CASE("a mentioned term triggers its follow-up", "[engine]")
{
    EngineFixture f;
    InterviewEngine engine(*f.pack, f.scorer);
    engine.start();
    engine.submit(kStrongProbes + QStringLiteral(" Otherwise the pod ends up in CrashLoopBackOff."), 1000);
    REQUIRE(engine.next());
    CHECK(engine.currentTurn()->followUpId == u"crashloop");
    CHECK(engine.currentTurn()->reason.contains(u"CrashLoopBackOff"));
}

TEST_CASE("a strong answer drills deeper through the score band", "[engine]")
{
    EngineFixture f;
    InterviewEngine engine(*f.pack, f.scorer);
    engine.start();
    const Turn &t = engine.submit(kStrongProbes, 1000);
    REQUIRE(t.score->score >= 80);
    REQUIRE(engine.next());
    CHECK(engine.currentTurn()->followUpId == u"deep");
    CHECK(engine.currentTurn()->reason.contains(u"band"));
}

TEST_CASE("follow-up depth and the per-round budget hold", "[engine]")
{
    EngineFixture f;
    EngineOptions options;
    options.maxFollowUpsPerQuestion = 5;
    options.followUpBudgetPerRound = 2;
    const QStringList asked = walk(*f.pack, f.scorer, 7, QStringList(10, kWeakProbes), options);
    // probes, its follow-ups up to the budget of 2, then hpa with no budget left, then etcd.
    CHECK(asked.size() == 5);
    CHECK(asked[0] == u"mini.probes/");
    CHECK(asked[1].startsWith(u"mini.probes/"));
    CHECK(asked[2].startsWith(u"mini.probes/"));
    CHECK(asked[1] != asked[2]);
    CHECK(asked[3] == u"mini.hpa/");
    CHECK(asked[4] == u"mini.etcd/");

    options.maxFollowUpsPerQuestion = 0;
    CHECK(walk(*f.pack, f.scorer, 7, QStringList(10, kWeakProbes), options).size() == 3);
}

TEST_CASE("the same seed gives the same walk", "[engine]")
{
    EngineFixture f;
    EngineOptions options;
    options.maxFollowUpsPerQuestion = 3;
    options.followUpBudgetPerRound = 3;
    const QStringList answers(8, kWeakProbes + QStringLiteral(" CrashLoopBackOff"));
    CHECK(walk(*f.pack, f.scorer, 42, answers, options) == walk(*f.pack, f.scorer, 42, answers, options));
}

TEST_CASE("rounds can be chosen and the interview finishes", "[engine]")
{
    EngineFixture f;
    EngineOptions options;
    options.roundIds = {QStringLiteral("two")};
    InterviewEngine engine(*f.pack, f.scorer, options);
    CHECK(engine.questionTotal() == 1);
    engine.start();
    engine.submit(QStringLiteral("It stores the cluster state and only the API server reads and writes it."), 0);
    CHECK_FALSE(engine.next());
    CHECK(engine.state() == InterviewEngine::State::Finished);
    CHECK(engine.overallScore() > 50);
}
