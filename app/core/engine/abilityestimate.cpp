#include "abilityestimate.h"

#include <algorithm>
#include <cmath>

namespace mi {

double AbilityEstimate::expectedScore(int difficulty) const
{
    // Logistic in the gap between ability and difficulty: equal → 0.5 (scores
    // of 50), one level above → 0.73.
    return 1.0 / (1.0 + std::exp(-(m_value - difficulty)));
}

void AbilityEstimate::update(int difficulty, double score)
{
    const double actual = std::clamp(score / 100.0, 0.0, 1.0);
    m_value = std::clamp(m_value + m_step * (actual - expectedScore(difficulty)), 1.0, 5.0);
}

int AbilityEstimate::targetDifficulty() const { return std::clamp(int(std::lround(m_value)), 1, 5); }

} // namespace mi
