#include "mentorfixture.h"
#include "mentor/mentorstore.h"
#include "revieweditor.h"
#include "storage/sessionrepository.h"
#include "testenvironment.h"

#include <QSignalSpy>
#include <catch2/catch.hpp>

using namespace mi;

namespace {

SessionReview stored(const MentorFixture &f)
{
    Result<SessionReview> review = MentorStore(f.candidate).load(f.sessionId);
    REQUIRE(review);
    return *review;
}

} // namespace

TEST_CASE("point and score overrides are undoable, stored at once, stamped with author and time", "[mentor][undo]")
{
    MentorFixture f;
    ReviewEditor editor(f.candidate, f.sessionId, QStringLiteral("Li Mentor"));
    REQUIRE(editor.load());
    QUndoStack &undo = *editor.undoStack();
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);

    editor.setPointJudgement(0, 1, PointJudgement::Miss, QStringLiteral("said, not explained"));
    editor.setPointJudgement(0, 1, PointJudgement::Hit, QStringLiteral("on reflection, fine"));
    editor.setScoreOverride(0, 140, QStringLiteral("out of range is clamped"));
    REQUIRE(stored(f).turns[0].points.contains(1));
    CHECK(stored(f).turns[0].points[1].judgement == PointJudgement::Hit);
    CHECK(stored(f).turns[0].points[1].author == u"Li Mentor");
    CHECK(stored(f).turns[0].points[1].at >= before);
    CHECK(stored(f).turns[0].score->score == 100.0);

    undo.undo(); // the score
    CHECK_FALSE(stored(f).turns[0].score);
    undo.undo(); // back to Miss
    CHECK(stored(f).turns[0].points[1].judgement == PointJudgement::Miss);
    CHECK(stored(f).turns[0].points[1].reason == u"said, not explained");
    undo.undo(); // no override at all
    CHECK(stored(f).turns[0].isEmpty());
    CHECK(editor.review().turns[0].isEmpty());
    CHECK_FALSE(undo.canUndo());
    undo.redo();
    undo.redo();
    CHECK(stored(f).turns[0].points[1].judgement == PointJudgement::Hit);
    editor.setPointJudgement(0, 1, std::nullopt, {});
    CHECK_FALSE(stored(f).turns[0].points.contains(1));
    CHECK_FALSE(undo.canRedo()); // a new edit drops the redo branch
}

TEST_CASE("comments and the verdict are undoable and survive a reload", "[mentor][undo]")
{
    MentorFixture f;
    ReviewEditor editor(f.candidate, f.sessionId, QStringLiteral("Mentor"));
    REQUIRE(editor.load());
    QSignalSpy changed(&editor, &ReviewEditor::turnChanged);
    const QString a = editor.addComment(1, 4, 9, QStringLiteral("readiness"), QStringLiteral("good"));
    const QString b = editor.addComment(1, -1, 0, {}, QStringLiteral("overall thin"));
    editor.editComment(1, a, QStringLiteral("good, and name the endpoints controller"));
    editor.removeComment(1, b);
    CHECK(changed.count() == 4);
    REQUIRE(stored(f).turns[1].comments.size() == 1);
    CHECK(stored(f).turns[1].comments[0].text.contains(u"endpoints controller"));
    CHECK(stored(f).turns[1].comments[0].spanStart == 4);

    editor.undoStack()->undo(); // the removal
    CHECK(stored(f).turns[1].comments.size() == 2);
    editor.undoStack()->undo(); // the edit
    CHECK(stored(f).turns[1].comments[0].text == u"good");

    editor.setVerdict(Verdict{{}, QStringLiteral("senior"), Recommendation::Hire, QStringLiteral("probes"), QStringLiteral("QoS")});
    CHECK(stored(f).verdict->recommendation == Recommendation::Hire);
    editor.undoStack()->undo();
    CHECK_FALSE(stored(f).verdict);
    editor.undoStack()->redo();

    ReviewEditor reopened(f.candidate, f.sessionId, QStringLiteral("Mentor"));
    REQUIRE(reopened.load());
    CHECK(reopened.review().turns[1].comments.size() == 2);
    CHECK(reopened.review().verdict->strengths == u"probes");
}

TEST_CASE("the mentor's score moves with point judgements, and an explicit score wins", "[mentor]")
{
    ScoreResult automatic;
    automatic.score = 50;
    automatic.points = {PointResult{"a", "A", 2.0, PointKind::Core, true}, PointResult{"b", "B", 2.0, PointKind::Core, false},
                        PointResult{"m", "M", 1.0, PointKind::Misconception, false}};
    TurnReview review;
    CHECK_FALSE(mentorScore(automatic, review));
    review.points.insert(1, PointOverride{{}, 1, PointJudgement::Hit});
    CHECK(*mentorScore(automatic, review) == Approx(100.0)); // +2/4 of the core weight
    review.points.insert(0, PointOverride{{}, 0, PointJudgement::Partial});
    CHECK(*mentorScore(automatic, review) == Approx(75.0));
    review.points.insert(2, PointOverride{{}, 2, PointJudgement::Hit}); // the answer did state the misconception
    CHECK(*mentorScore(automatic, review) == Approx(50.0));
    review.score = ScoreOverride{{}, 42.0};
    CHECK(*mentorScore(automatic, review) == 42.0);
}
