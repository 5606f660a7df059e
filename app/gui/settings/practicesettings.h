#pragma once

#include "engine/persona.h"
#include "engine/practicemode.h"
#include "setting.h"

// How a practice starts and runs. The home page preselects mode, persona and
// voice from here and remembers the last choice; the interview page follows
// the time-limit policy.
namespace settings {

// An unknown number maps to "script" and back to Script, so it fails the round trip.
inline bool isPracticeMode(const mi::PracticeMode &m) { return mi::practiceModeFromKey(mi::practiceModeKey(m)) == m; }
inline bool isPersona(const mi::PersonaKind &p)
{
    return p == mi::PersonaKind::Friendly || p == mi::PersonaKind::Neutral || p == mi::PersonaKind::Strict;
}

inline const Setting<mi::PracticeMode> practiceMode{"practice/mode", mi::PracticeMode::Script, isPracticeMode};
inline const Setting<mi::PersonaKind> interviewerPersona{"practice/persona", mi::PersonaKind::Neutral, isPersona};
inline const Setting<bool> speakQuestions{"practice/voice", false};

// When the interview page submits an answer for the candidate once its time
// is up. Turning limits off is what WCAG's "timing adjustable" asks for; the
// time used is still shown and overruns still noted.
enum class TimeLimitPolicy {
    ExamOnly, // only in the timed exam mode (what the modes promise)
    Always,   // in every mode, for practising under pressure
    Never,    // never, not even in an exam
};
inline bool isTimeLimitPolicy(const TimeLimitPolicy &p) { return int(p) >= 0 && int(p) <= int(TimeLimitPolicy::Never); }
inline const Setting<TimeLimitPolicy> timeLimits{"practice/timeLimits", TimeLimitPolicy::ExamOnly, isTimeLimitPolicy};

inline bool enforcesTimeLimits(TimeLimitPolicy policy, bool examMode)
{
    return policy == TimeLimitPolicy::Always || (policy == TimeLimitPolicy::ExamOnly && examMode);
}

} // namespace settings
