#include "sm2.h"

#include <algorithm>
#include <cmath>

namespace mi {

namespace {
constexpr qint64 kRelearnMinutes = 10;     // a failed item comes back within the session day
constexpr qint64 kDayMinutes = 24 * 60;
}

ReviewState scheduleReview(ReviewState s, int quality, const QDateTime &now)
{
    quality = std::clamp(quality, 0, 5);
    if (quality < 3) {
        // Failed: start again, soon. A missed point is due long before any
        // point that was covered (whose first interval is a day).
        if (s.repetitions > 0)
            ++s.lapses;
        s.repetitions = 0;
        s.intervalMinutes = kRelearnMinutes;
    } else {
        ++s.repetitions;
        if (s.repetitions == 1)
            s.intervalMinutes = kDayMinutes;
        else if (s.repetitions == 2)
            s.intervalMinutes = 6 * kDayMinutes;
        else
            s.intervalMinutes = qint64(std::llround(std::min(double(s.intervalMinutes) * s.ease, double(kMaxReviewIntervalMinutes))));
    }
    // Rows written before the cap existed can hold any interval (or a negative
    // one from a damaged file); clamping here repairs them on their next review.
    s.intervalMinutes = std::clamp<qint64>(s.intervalMinutes, kRelearnMinutes, kMaxReviewIntervalMinutes);
    // SM-2's easiness update, applied to every review.
    const int miss = 5 - quality;
    s.ease = std::max(1.3, s.ease + 0.1 - miss * (0.08 + miss * 0.02));
    s.due = now.addSecs(s.intervalMinutes * 60);
    return s;
}

int pointQuality(bool hit, bool contradicted, double answerScore)
{
    if (contradicted)
        return 0;
    if (!hit)
        return 1;
    return answerScore >= 85 ? 5 : 4;
}

int questionQuality(double score, bool misconception)
{
    if (misconception)
        return std::min(2, score >= 40 ? 2 : 1);
    if (score >= 85) return 5;
    if (score >= 70) return 4;
    if (score >= 55) return 3;
    if (score >= 40) return 2;
    return score > 0 ? 1 : 0;
}

} // namespace mi
