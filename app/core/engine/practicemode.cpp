#include "practicemode.h"

namespace mi {

QString practiceModeKey(PracticeMode mode)
{
    switch (mode) {
    case PracticeMode::TopicDrill: return QStringLiteral("drill");
    case PracticeMode::WarmUp: return QStringLiteral("warmup");
    case PracticeMode::Exam: return QStringLiteral("exam");
    case PracticeMode::Script: break;
    }
    return QStringLiteral("script");
}

std::optional<PracticeMode> practiceModeFromKey(const QString &key)
{
    for (PracticeMode m : {PracticeMode::Script, PracticeMode::TopicDrill, PracticeMode::WarmUp, PracticeMode::Exam})
        if (practiceModeKey(m) == key)
            return m;
    return std::nullopt;
}

bool modeFollowsAbility(PracticeMode mode) { return mode == PracticeMode::TopicDrill || mode == PracticeMode::WarmUp; }

} // namespace mi
