#pragma once

#include "engine/turn.h"
#include "mentor/mentortypes.h"

#include <QString>

namespace mi {

struct ReviewHtmlLabels {
    QString mentorReview, mentorScore, automaticScore, point, machine, mentor, reason, comments, on, verdict, level, recommendation,
        strengths, improvements, reviewedBy, hit, partial, miss, covered, missed;
    QString strongHire, hire, leanNo, no;
};

// What the mentor said about one answer: their score beside the automatic one,
// their judgement of rubric points, their comments (with the words they are
// about). Empty when the mentor said nothing. All text is escaped.
QString turnReviewHtml(const Turn &turn, const TurnReview &review, const ReviewHtmlLabels &labels);

// The overall verdict block for the transcript's cover.
QString verdictHtml(const Verdict &verdict, const ReviewHtmlLabels &labels);
QString recommendationText(Recommendation recommendation, const ReviewHtmlLabels &labels);

} // namespace mi
