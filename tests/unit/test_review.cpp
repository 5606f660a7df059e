#include "engine/interviewengine.h"
#include "packs/packlibrary.h"
#include "packs/topicpack.h"
#include "review/reviewstore.h"
#include "review/sm2.h"
#include "scoring/packcorpus.h"
#include "scoring/rubricscorer.h"
#include "storage/practicerecorder.h"
#include "testenvironment.h"

#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace mi;

TEST_CASE("a missed point comes due sooner than a covered one", "[review]")
{
    const QDateTime now = QDateTime::fromString(QStringLiteral("2026-03-01T10:00:00Z"), Qt::ISODate);
    const ReviewState missed = scheduleReview({}, pointQuality(false, false, 40), now);
    const ReviewState hit = scheduleReview({}, pointQuality(true, false, 70), now);
    CHECK(missed.due < hit.due);
    CHECK(missed.due <= now.addSecs(3600));
    CHECK(hit.due >= now.addDays(1));
}

TEST_CASE("intervals grow with successes and reset on a lapse", "[review]")
{
    QDateTime now = QDateTime::fromString(QStringLiteral("2026-03-01T10:00:00Z"), Qt::ISODate);
    ReviewState s;
    qint64 previous = 0;
    for (int i = 0; i < 5; ++i) {
        s = scheduleReview(s, 4, now);
        CHECK(s.intervalMinutes > previous);
        previous = s.intervalMinutes;
        now = s.due;
    }
    CHECK(s.intervalMinutes > 30 * 24 * 60); // over a month after five good reviews
    const double easeBefore = s.ease;
    s = scheduleReview(s, 1, now);
    CHECK(s.lapses == 1);
    CHECK(s.repetitions == 0);
    CHECK(s.intervalMinutes < 60);
    CHECK(s.ease < easeBefore);
    CHECK(s.ease >= 1.3);
}

TEST_CASE("answered questions are scheduled and due items build the weak-spots round", "[review]")
{
    QTemporaryDir dir;
    PackLibrary library;
    library.load({testDataPath("packs/mini-en.yaml")});
    auto scorer = std::make_shared<RubricScorer>(buildPackCorpus(library));
    Result<std::shared_ptr<Database>> db = Database::open(dir.filePath("review.sqlite"));
    REQUIRE(db);

    EngineOptions options;
    options.maxFollowUpsPerQuestion = 0;
    InterviewEngine engine(library.packs().first(), scorer, options);
    PracticeRecorder recorder(*db, engine);
    REQUIRE(recorder.begin());
    engine.start();
    // Strong on probes, weak on hpa, strong on etcd.
    const QStringList answers{
        QStringLiteral("A failing readiness probe removes the pod from the Service endpoints so it gets no traffic; a failing liveness probe makes "
                       "the kubelet restart the container; slow start apps need a startupProbe."),
        QStringLiteral("It scales when the pods are busy, I think."),
        QStringLiteral("etcd stores the whole cluster state as key-value data and only the API server reads and writes it.")};
    for (const QString &answer : answers) {
        engine.submit(answer, 1000);
        REQUIRE(recorder.recordCurrentTurn());
        REQUIRE(recorder.recordCurrentTurn()); // saving twice must not review twice
        engine.next();
    }

    ReviewStore reviews(*db);
    Result<std::optional<ReviewItem>> hpaFormula = reviews.item(QStringLiteral("mini.hpa"), QStringLiteral("formula"));
    REQUIRE(hpaFormula);
    REQUIRE(hpaFormula->has_value());
    CHECK((*hpaFormula)->state.repetitions == 0);
    Result<std::optional<ReviewItem>> liveness = reviews.item(QStringLiteral("mini.probes"), QStringLiteral("liveness"));
    REQUIRE(liveness);
    REQUIRE(liveness->has_value());
    CHECK((*liveness)->state.repetitions == 1); // reviewed once, not twice
    CHECK((*hpaFormula)->state.due < (*liveness)->state.due);

    // An hour later only the weak question is due; it makes the review round.
    const QDateTime later = QDateTime::currentDateTimeUtc().addSecs(3600);
    Result<QStringList> due = reviews.dueQuestions(later, 10);
    REQUIRE(due);
    CHECK(*due == QStringList{QStringLiteral("mini.hpa")});
    const Pack round = composeReviewPack(library, *due, QStringLiteral("en"));
    CHECK(round.questionCount() == 1);
    CHECK(round.rounds.first().questions.first().id == u"mini.hpa");
    // Two days later everything covered once is due too, the weak question first.
    Result<QStringList> dueLater = reviews.dueQuestions(QDateTime::currentDateTimeUtc().addDays(2), 10);
    REQUIRE(dueLater);
    CHECK(dueLater->size() == 3);
    CHECK(dueLater->first() == u"mini.hpa");
}
