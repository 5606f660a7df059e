#include "scoringtypes.h"

namespace mi {

ScoreLevel levelForScore(double score)
{
    if (score >= 85)
        return ScoreLevel::Excellent;
    if (score >= 70)
        return ScoreLevel::Good;
    if (score >= 55)
        return ScoreLevel::Pass;
    return ScoreLevel::Fail;
}

ScoreLevel ScoreResult::level() const { return levelForScore(score); }

QList<const PointResult *> ScoreResult::missedCorePoints() const
{
    QList<const PointResult *> missed;
    for (const PointResult &p : points)
        if (p.kind == PointKind::Core && !p.hit)
            missed.append(&p);
    return missed;
}

QString levelKey(ScoreLevel level)
{
    switch (level) {
    case ScoreLevel::Excellent: return QStringLiteral("excellent");
    case ScoreLevel::Good: return QStringLiteral("good");
    case ScoreLevel::Pass: return QStringLiteral("pass");
    case ScoreLevel::Fail: break;
    }
    return QStringLiteral("fail");
}

QString levelLabel(ScoreLevel level, const QString &language)
{
    const bool zh = language == u"zh";
    switch (level) {
    case ScoreLevel::Excellent: return zh ? QStringLiteral("优秀") : QStringLiteral("Excellent");
    case ScoreLevel::Good: return zh ? QStringLiteral("良好") : QStringLiteral("Good");
    case ScoreLevel::Pass: return zh ? QStringLiteral("及格") : QStringLiteral("Pass");
    case ScoreLevel::Fail: break;
    }
    return zh ? QStringLiteral("不及格") : QStringLiteral("Fail");
}

QString pointKindKey(PointKind kind)
{
    switch (kind) {
    case PointKind::Bonus: return QStringLiteral("bonus");
    case PointKind::Misconception: return QStringLiteral("misconception");
    case PointKind::Core: break;
    }
    return QStringLiteral("core");
}

QString creditStateKey(const PointResult &p)
{
    if (p.hit)
        return QStringLiteral("hit");
    return p.credit > 0 ? QStringLiteral("partial") : QStringLiteral("miss");
}

} // namespace mi
