#include "pagelabels.h"

#include <QCoreApplication>

namespace mi {

static QString tr(const char *text) { return QCoreApplication::translate("Pages", text); }

ScoreHtmlLabels translatedScoreLabels()
{
    return {tr("Score"), tr("covered"), tr("missed"), tr("misconception"), tr("bonus"), tr("Reference answer"),
            tr("Why this was asked"), tr("Your answer"), tr("evidence"), tr("(no answer)"), tr("weight"),
            tr("Answered %1 s over the time limit")};
}

ReportLabels translatedReportLabels()
{
    return {tr("Overall"), tr("Turns"), tr("Time"), tr("Rounds"), tr("Average score per round"), tr("Weakest points"),
            tr("Compare with other attempts at this question")};
}

ProgressLabels translatedProgressLabels()
{
    return {tr("Progress"), tr("Score per session, by pack"), tr("Average score per session, by topic"), tr("Points missed most often"),
            tr("No practice sessions yet."), tr("missed %1 of %2 times")};
}

TranscriptLabels translatedTranscriptLabels()
{
    return {tr("Practice transcript"), tr("Candidate"), tr("Pack"), tr("Date"), tr("Duration"), tr("Overall score"), tr("Mode"),
            tr("Appendix: reference answers"), tr("Question"), translatedReviewLabels()};
}

ReviewHtmlLabels translatedReviewLabels()
{
    return {tr("Mentor's review"), tr("Mentor's score"), tr("automatic"), tr("Rubric point"), tr("Machine"), tr("Mentor"), tr("Reason"),
            tr("Comments"), tr("on"), tr("Mentor's verdict"), tr("Level"), tr("Recommendation"), tr("Strengths"), tr("To work on"),
            tr("Reviewed by"), tr("hit"), tr("partial"), tr("miss"), tr("covered"), tr("missed"),
            tr("Strong hire"), tr("Hire"), tr("Lean no"), tr("No")};
}

} // namespace mi
