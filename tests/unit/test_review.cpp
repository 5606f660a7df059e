#include "engine/interviewengine.h"
#include "packs/packlibrary.h"
#include "packs/topicpack.h"
#include "review/reviewstore.h"
#include "review/sm2.h"
#include "scoring/packcorpus.h"
#include "scoring/rubricscorer.h"
#include "storage/practicerecorder.h"
#include "testenvironment.h"

#include <QSqlQuery>
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

TEST_CASE("a point covered every time stays schedulable: the interval stops at a year", "[review]")
{
    QDateTime now = QDateTime::fromString(QStringLiteral("2026-03-01T10:00:00Z"), Qt::ISODate);
    ReviewState s;
    for (int i = 0; i < 200; ++i) {
        s = scheduleReview(s, 5, now);
        REQUIRE(s.intervalMinutes <= kMaxReviewIntervalMinutes);
        REQUIRE(s.due.isValid());
        REQUIRE(s.due <= now.addDays(366));
        REQUIRE_FALSE(s.due.toUTC().toString(Qt::ISODateWithMs).isEmpty());
    }
    CHECK(s.intervalMinutes == kMaxReviewIntervalMinutes);

    // A row written before the cap (any interval, even a damaged negative one)
    // comes back inside the bounds on its next review.
    ReviewState stale;
    stale.repetitions = 17;
    stale.intervalMinutes = 3'218'651'175;
    CHECK(scheduleReview(stale, 4, now).intervalMinutes == kMaxReviewIntervalMinutes);
    stale.intervalMinutes = -5;
    CHECK(scheduleReview(stale, 4, now).intervalMinutes >= 10);
}

TEST_CASE("the same point covered in 40 practices on one database is saved every time", "[review]")
{
    QTemporaryDir dir;
    PackLibrary library;
    library.load({testDataPath("packs/mini-en.yaml")});
    auto scorer = std::make_shared<RubricScorer>(buildPackCorpus(library));
    Result<std::shared_ptr<Database>> db = Database::open(dir.filePath("review.sqlite"));
    REQUIRE(db);
    EngineOptions options;
    options.maxFollowUpsPerQuestion = 0;
    for (int run = 0; run < 40; ++run) {
        InterviewEngine engine(library.packs().first(), scorer, options);
        PracticeRecorder recorder(*db, engine);
        REQUIRE(recorder.begin());
        engine.start();
        engine.submit(QStringLiteral("A failing readiness probe removes the pod from the Service endpoints; a failing liveness probe makes "
                                     "the kubelet restart the container; slow starters need a startupProbe."),
                      1000);
        INFO("practice " << run + 1);
        Result<void> saved = recorder.recordCurrentTurn();
        REQUIRE(saved);
    }
    Result<std::optional<ReviewItem>> liveness = ReviewStore(*db).item(QStringLiteral("mini.probes"), QStringLiteral("liveness"));
    REQUIRE(liveness);
    REQUIRE(liveness->has_value());
    CHECK((*liveness)->state.repetitions == 40);
    CHECK((*liveness)->state.due <= QDateTime::currentDateTimeUtc().addDays(366));
}

TEST_CASE("a database left with intervals past the cap is repaired when it opens", "[review][migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath("overflowed.sqlite");
    {
        Result<std::shared_ptr<Database>> db = Database::open(path);
        REQUIRE(db);
        QSqlQuery q((*db)->connection());
        // As version 0.1 left a point covered 17 times: due in the year 7633.
        REQUIRE(q.exec(QStringLiteral("INSERT INTO review_items (question_id, point_id, point_text, ease, repetitions, interval_minutes, lapses,"
                                      " due_at, last_quality, last_reviewed_at) VALUES ('mini.probes', 'liveness', '', 3.9, 17, 2948686281, 0,"
                                      " '7633-05-01T13:48:15.736Z', 5, '2026-12-03T17:00:00.000Z')")));
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version=4")));
    }
    Result<std::shared_ptr<Database>> db = Database::open(path);
    REQUIRE(db);
    CHECK((*db)->schemaVersion() == Database::latestSchemaVersion());
    Result<std::optional<ReviewItem>> repaired = ReviewStore(*db).item(QStringLiteral("mini.probes"), QStringLiteral("liveness"));
    REQUIRE(repaired);
    REQUIRE(repaired->has_value());
    CHECK((*repaired)->state.intervalMinutes == kMaxReviewIntervalMinutes);
    CHECK((*repaired)->state.due == QDateTime::fromString(QStringLiteral("2027-12-03T17:00:00.000Z"), Qt::ISODateWithMs));
    CHECK((*repaired)->state.repetitions == 17); // the history stays; only the schedule is brought back
}
