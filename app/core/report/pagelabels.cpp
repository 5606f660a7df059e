#include "pagelabels.h"

#include <QCoreApplication>

namespace mi {

namespace {
// lupdate files Pages::tr() under "Pages"; a free tr() here would be filed
// under the namespace's name and not match at run time.
struct Pages {
    Q_DECLARE_TR_FUNCTIONS(Pages)
};
} // namespace

ScoreHtmlLabels translatedScoreLabels()
{
    return {Pages::tr("Score"), Pages::tr("covered"), Pages::tr("missed"), Pages::tr("misconception"), Pages::tr("bonus"),
        Pages::tr("Reference answer"), Pages::tr("Why this was asked"), Pages::tr("Your answer"), Pages::tr("evidence"),
        Pages::tr("(no answer)"), Pages::tr("weight"), Pages::tr("Answered %1 s over the time limit"),
            {Pages::tr("Spoken:"), Pages::tr("speaking"), Pages::tr("pace"), Pages::tr("words/min"), Pages::tr("characters/min"),
             Pages::tr("fillers"), Pages::tr("long pauses"), Pages::tr("Too short: say more.")}};
}

ReportLabels translatedReportLabels()
{
    return {Pages::tr("Overall"), Pages::tr("Turns"), Pages::tr("Time"), Pages::tr("Rounds"), Pages::tr("Average score per round"),
        Pages::tr("Weakest points"), Pages::tr("Compare with other attempts at this question")};
}

ProgressLabels translatedProgressLabels()
{
    return {Pages::tr("Progress"), Pages::tr("Score per session, by pack"), Pages::tr("Average score per session, by topic"),
        Pages::tr("Points missed most often"), Pages::tr("No practice sessions yet."), Pages::tr("missed %1 of %2 times")};
}

TranscriptLabels translatedTranscriptLabels()
{
    return {Pages::tr("Practice transcript"), Pages::tr("Candidate"), Pages::tr("Pack"), Pages::tr("Date"), Pages::tr("Duration"),
        Pages::tr("Overall score"), Pages::tr("Mode"), Pages::tr("Appendix: reference answers"), Pages::tr("Question"),
        translatedReviewLabels()};
}

ReviewHtmlLabels translatedReviewLabels()
{
    return {Pages::tr("Mentor's review"), Pages::tr("Mentor's score"), Pages::tr("automatic"), Pages::tr("Rubric point"),
        Pages::tr("Machine"), Pages::tr("Mentor"), Pages::tr("Reason"), Pages::tr("Comments"), Pages::tr("on"),
        Pages::tr("Mentor's verdict"), Pages::tr("Level"), Pages::tr("Recommendation"), Pages::tr("Strengths"), Pages::tr("To work on"),
        Pages::tr("Reviewed by"), Pages::tr("hit"), Pages::tr("partial"), Pages::tr("miss"), Pages::tr("covered"), Pages::tr("missed"),
        Pages::tr("Strong hire"), Pages::tr("Hire"), Pages::tr("Lean no"), Pages::tr("No")};
}

} // namespace mi
