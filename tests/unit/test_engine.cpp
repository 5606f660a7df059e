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
    INFO(asked.join(u' ').toStdString());
    // probes, its follow-ups up to round one's budget of 2, then hpa with no
    // budget left, then etcd in round two with a fresh budget: its missed
    // points have no authored follow-ups, so two are generated.
    CHECK(asked.size() == 7);
    CHECK(asked[0] == u"mini.probes/");
    CHECK(asked[1].startsWith(u"mini.probes/"));
    CHECK(asked[2].startsWith(u"mini.probes/"));
    CHECK(asked[1] != asked[2]);
    CHECK(asked[3] == u"mini.hpa/");
    CHECK(asked[4] == u"mini.etcd/");
    CHECK(asked[5].startsWith(u"mini.etcd/gen:"));
    CHECK(asked[6].startsWith(u"mini.etcd/gen:"));
    CHECK(asked[5] != asked[6]);

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

namespace {

struct BundledFixture {
    PackLibrary library;
    std::shared_ptr<const Scorer> scorer;

    BundledFixture()
    {
        library.load({bundledPacksPath()});
        REQUIRE(library.errors().isEmpty());
        scorer = std::make_shared<RubricScorer>(buildPackCorpus(library));
    }
};

// Answers every question with its own reference (strong) or with nothing useful
// (weak), skipping follow-ups, and returns the difficulties asked and the
// ability after each question.
struct AdaptiveWalk {
    QList<int> difficulties;
    QList<double> abilities;
};

AdaptiveWalk walkAdaptive(const Pack &pack, std::shared_ptr<const Scorer> scorer, bool strong, PracticeMode mode, quint64 seed)
{
    EngineOptions options;
    options.mode = mode;
    options.seed = seed;
    options.maxFollowUpsPerQuestion = 0;
    InterviewEngine engine(pack, scorer, options);
    engine.start();
    AdaptiveWalk walk;
    do {
        const Question *q = engine.currentQuestion();
        walk.difficulties.append(q->difficulty);
        const Turn &t = engine.submit(strong ? q->reference : QStringLiteral("I am not sure, it depends."), 30000);
        walk.abilities.append(*t.abilityAfter);
    } while (engine.next());
    return walk;
}

} // namespace

TEST_CASE("the ability estimate rises after strong answers and the next question is harder", "[engine][adaptive]")
{
    BundledFixture f;
    const Pack &pack = *f.library.pack(QStringLiteral("k8s-sre-en"));
    const AdaptiveWalk strong = walkAdaptive(pack, f.scorer, true, PracticeMode::WarmUp, 11);
    QStringList asked;
    for (int d : strong.difficulties)
        asked.append(QString::number(d));
    INFO("difficulties asked: " << asked.join(u',').toStdString());
    REQUIRE(strong.difficulties.size() == 5); // the warm-up is five questions
    CHECK(strong.abilities.last() > 2.5 + 1.0);
    for (int i = 1; i < strong.abilities.size(); ++i)
        CHECK(strong.abilities[i] >= strong.abilities[i - 1]);
    CHECK(strong.difficulties.last() > strong.difficulties.first());

    const AdaptiveWalk weak = walkAdaptive(pack, f.scorer, false, PracticeMode::WarmUp, 11);
    CHECK(weak.abilities.last() < 2.0);
    CHECK(weak.difficulties.last() <= weak.difficulties.first());
    CHECK(weak.difficulties.last() < strong.difficulties.last());
}

TEST_CASE("adaptive walks are reproducible with the same seed", "[engine][adaptive]")
{
    BundledFixture f;
    const Pack &pack = *f.library.pack(QStringLiteral("k8s-sre-en"));
    const AdaptiveWalk a = walkAdaptive(pack, f.scorer, true, PracticeMode::TopicDrill, 5);
    const AdaptiveWalk b = walkAdaptive(pack, f.scorer, true, PracticeMode::TopicDrill, 5);
    CHECK(a.difficulties == b.difficulties);
    CHECK(a.abilities == b.abilities);
    CHECK(a.difficulties.size() == pack.questionCount()); // a drill without a limit asks everything once
}

TEST_CASE("without an authored follow-up, one is generated from the missed point in the pack's language", "[engine][followups]")
{
    EngineFixture f;
    EngineOptions options;
    options.roundIds = {QStringLiteral("two")};
    InterviewEngine engine(*f.pack, f.scorer, options);
    engine.start();
    engine.submit(QStringLiteral("etcd keeps the whole cluster state as key-value data, replicated with Raft."), 1000);
    REQUIRE(engine.next());
    const Turn *t = engine.currentTurn();
    CHECK(t->followUpId == u"gen:only-apiserver");
    CHECK(t->prompt == u"You didn't mention \"Only the API server talks to etcd\" – can you expand?");
    CHECK(t->reason.contains(u"generated"));
    engine.submit(QStringLiteral("Only the API server talks to etcd; every other component watches the API server."), 1000);
    REQUIRE(engine.currentTurn()->score);
    CHECK(engine.currentTurn()->score->points.size() == 1);
    CHECK(engine.currentTurn()->score->points[0].hit);
}

TEST_CASE("personas change phrasing, hints and follow-up appetite", "[engine][persona]")
{
    EngineFixture f;
    auto firstFollowUp = [&](PersonaKind persona, const QString &answer) {
        EngineOptions options;
        options.persona = persona;
        InterviewEngine engine(*f.pack, f.scorer, options);
        engine.start();
        engine.submit(answer, 1000);
        engine.next();
        return engine.currentTurn()->prompt;
    };
    CHECK(firstFollowUp(PersonaKind::Friendly, kWeakProbes).startsWith(u"Nice. Let's go a bit deeper:"));
    CHECK(firstFollowUp(PersonaKind::Strict, kWeakProbes).startsWith(u"That is not enough."));
    CHECK(firstFollowUp(PersonaKind::Neutral, kWeakProbes).startsWith(u"How would you protect"));

    CHECK(personaFor(PersonaKind::Friendly).missedPointPrompt(u"X"_qs, u"hint"_qs, u"zh"_qs).contains(u"提示"));
    CHECK_FALSE(personaFor(PersonaKind::Neutral).missedPointPrompt(u"X"_qs, u"hint"_qs, u"zh"_qs).contains(u"提示"));
    CHECK(personaFor(PersonaKind::Strict).followUpsPerQuestion > personaFor(PersonaKind::Friendly).followUpsPerQuestion);

    // A strict interviewer drills twice into the same question; a friendly one once.
    auto followUpsAfterFirstQuestion = [&](PersonaKind persona) {
        EngineOptions options;
        options.persona = persona;
        InterviewEngine engine(*f.pack, f.scorer, options);
        engine.start();
        int followUps = 0;
        engine.submit(kWeakProbes + QStringLiteral(" CrashLoopBackOff"), 1000);
        while (engine.next() && engine.currentTurn()->kind == TurnKind::FollowUp) {
            ++followUps;
            engine.submit(QStringLiteral("no idea"), 1000);
        }
        return followUps;
    };
    CHECK(followUpsAfterFirstQuestion(PersonaKind::Strict) == 2);
    CHECK(followUpsAfterFirstQuestion(PersonaKind::Friendly) == 1);
}

TEST_CASE("time overruns are noted and a long overrun asks for a summary", "[engine][exam]")
{
    EngineFixture f;
    EngineOptions options;
    options.mode = PracticeMode::Exam;
    options.maxFollowUpsPerQuestion = 3;
    InterviewEngine engine(*f.pack, f.scorer, options);
    CHECK(engine.enforcesTimeLimits());
    engine.start();
    const Turn &t = engine.submit(kStrongProbes, 200 * 1000); // limit 120 s
    CHECK(t.overrunMs == 80 * 1000);
    QStringList ids;
    for (const FollowUpCandidate &c : engine.pendingFollowUps())
        ids.append(c.followUp.id);
    CHECK(ids.contains(u"gen:summary"));
    CHECK(ids.indexOf(u"gen:summary"_qs) < ids.indexOf(u"deep"_qs)); // overrun outranks drilling deeper
}
