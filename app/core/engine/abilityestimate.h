#pragma once

namespace mi {

// A running estimate of the candidate's level on the questions' 1–5
// difficulty scale, updated Elo-style after each scored question: a score
// above what the current estimate predicts for that difficulty raises it.
class AbilityEstimate
{
public:
    explicit AbilityEstimate(double start = 2.5, double stepSize = 1.2) : m_value(start), m_step(stepSize) {}

    double value() const { return m_value; }
    // Probability-like expectation of the score (0–1) on a question of `difficulty`.
    double expectedScore(int difficulty) const;
    void update(int difficulty, double score0to100);
    // The difficulty to ask next: the estimate rounded, within 1–5.
    int targetDifficulty() const;

private:
    double m_value;
    double m_step;
};

} // namespace mi
