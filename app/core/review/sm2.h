#pragma once

#include <QDateTime>

namespace mi {

// The review state of one item (a rubric point of a question, or a whole
// question), scheduled with SM-2 (SuperMemo 2) plus a short relearning step.
struct ReviewState {
    double ease = 2.5;        // SM-2 easiness factor, at least 1.3
    int repetitions = 0;      // successful reviews in a row
    qint64 intervalMinutes = 0;
    int lapses = 0;           // times it was failed after being learnt
    QDateTime due;            // invalid = never reviewed
};

// The longest gap between two reviews. SM-2 multiplies the interval by the
// easiness factor after every success, so without a cap a point covered a few
// dozen times is scheduled millennia ahead (and past what a date can hold).
// Interview preparation is measured in months: a year is already "learnt".
constexpr qint64 kMaxReviewIntervalMinutes = 365LL * 24 * 60;

// Quality of a recall, 0–5 as in SM-2: below 3 is a failure.
ReviewState scheduleReview(ReviewState state, int quality, const QDateTime &now);

// Quality for a rubric point: covered in a strong answer 5, covered 4,
// missed 1, contradicted by a misconception 0.
int pointQuality(bool hit, bool contradicted, double answerScore);
// Quality for a whole question from its score (0–100).
int questionQuality(double score, bool misconception);

} // namespace mi
