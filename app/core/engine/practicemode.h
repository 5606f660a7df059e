#pragma once

#include <QString>
#include <optional>

namespace mi {

// How questions are chosen for a session.
enum class PracticeMode {
    Script,     // every question of the chosen rounds, in order (e.g. the 8-round deep-dive)
    TopicDrill, // questions with the chosen tags, difficulty following the ability estimate
    WarmUp,     // five questions, starting easy, difficulty following the ability estimate
    Exam,       // script order, per-question time limits enforced, overruns noted
};

QString practiceModeKey(PracticeMode mode); // script, drill, warmup, exam
std::optional<PracticeMode> practiceModeFromKey(const QString &key);
bool modeFollowsAbility(PracticeMode mode);

} // namespace mi
