#pragma once

#include "packs/pack.h"
#include "scoring/scoringtypes.h"

#include <QList>
#include <QSet>
#include <random>

namespace mi {

struct FollowUpCandidate {
    FollowUp followUp;      // authored, or generated (id "gen:<point id>" or "gen:summary")
    int priority = 0;  // higher first: missed point > mention > time overrun > score band > always > generated
    double relevance = 0; // within a priority: weight of missed points, number of mentions
    QString reason;
};

// Which of a question's authored follow-ups fire for an answer, best first.
// Ties are broken by the session's random generator, so a seed fixes the walk.
class FollowUpSelector
{
public:
    explicit FollowUpSelector(QString language) : m_language(std::move(language)) {}

    QList<FollowUpCandidate> candidates(const Question &question, const QString &answer, const ScoreResult &score,
                                        const QSet<QString> &alreadyAsked, std::mt19937_64 &rng) const;

private:
    std::optional<FollowUpCandidate> evaluate(const Question &question, const FollowUp &followUp,
                                              const QString &normalizedAnswer, const ScoreResult &score) const;
    QString m_language;
};

// Terms from `terms` that occur in the normalised answer.
QStringList mentionedTerms(const QString &normalizedAnswer, const QStringList &terms);

} // namespace mi
