#include "mentortypes.h"

#include <algorithm>

namespace mi {

QString judgementKey(PointJudgement judgement)
{
    switch (judgement) {
    case PointJudgement::Hit: return QStringLiteral("hit");
    case PointJudgement::Partial: return QStringLiteral("partial");
    case PointJudgement::Miss: return QStringLiteral("miss");
    }
    return {};
}

std::optional<PointJudgement> judgementFromKey(const QString &key)
{
    for (PointJudgement j : {PointJudgement::Hit, PointJudgement::Partial, PointJudgement::Miss})
        if (judgementKey(j) == key)
            return j;
    return std::nullopt;
}

double judgementCredit(PointJudgement judgement)
{
    switch (judgement) {
    case PointJudgement::Hit: return 1.0;
    case PointJudgement::Partial: return 0.5;
    case PointJudgement::Miss: return 0.0;
    }
    return 0.0;
}

QString recommendationKey(Recommendation r)
{
    switch (r) {
    case Recommendation::None: return QString();
    case Recommendation::StrongHire: return QStringLiteral("strong_hire");
    case Recommendation::Hire: return QStringLiteral("hire");
    case Recommendation::LeanNo: return QStringLiteral("lean_no");
    case Recommendation::No: return QStringLiteral("no");
    }
    return {};
}

std::optional<Recommendation> recommendationFromKey(const QString &key)
{
    for (Recommendation r : {Recommendation::None, Recommendation::StrongHire, Recommendation::Hire, Recommendation::LeanNo, Recommendation::No})
        if (recommendationKey(r) == key)
            return r;
    return std::nullopt;
}

bool SessionReview::isEmpty() const
{
    return !verdict && std::all_of(turns.cbegin(), turns.cend(), [](const TurnReview &t) { return t.isEmpty(); });
}

std::optional<double> mentorScore(const ScoreResult &automatic, const TurnReview &review)
{
    if (review.score)
        return review.score->score;
    if (review.points.isEmpty())
        return std::nullopt;
    double coreWeight = 0;
    for (const PointResult &p : automatic.points)
        if (p.kind == PointKind::Core)
            coreWeight += p.weight;
    if (coreWeight <= 0)
        return automatic.score;
    double delta = 0;
    for (const PointOverride &o : review.points) {
        if (o.position < 0 || o.position >= automatic.points.size())
            continue;
        const PointResult &p = automatic.points[o.position];
        const double change = judgementCredit(o.judgement) - (p.hit ? 1.0 : 0.0);
        // A misconception "hit" means the answer stated it: more credit there is a deduction.
        delta += (p.kind == PointKind::Misconception ? -change : change) * p.weight / coreWeight * 100.0;
    }
    return std::clamp(automatic.score + delta, 0.0, 100.0);
}

} // namespace mi
