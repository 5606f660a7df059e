#pragma once

#include <QString>
#include <optional>

namespace mi {

enum class PersonaKind { Friendly, Neutral, Strict };

// How the interviewer behaves: how hard it drills, whether it hints, and the
// tone of its follow-ups.
struct Persona {
    PersonaKind kind = PersonaKind::Neutral;
    int followUpsPerQuestion = 1;  // drill-down depth
    int followUpBudgetPerRound = 3;
    bool givesHints = false;       // name an angle to think about when a point was missed
    bool generatesFollowUps = true;// ask about a missed point even without an authored follow-up

    // The follow-up prompt in this persona's voice ("好的，再深入一点：…").
    QString phrase(const QString &prompt, const QString &language) const;
    // A generated follow-up about a missed point; `hint` is one of its aliases.
    QString missedPointPrompt(const QString &pointText, const QString &hint, const QString &language) const;
};

Persona personaFor(PersonaKind kind);
QString personaKey(PersonaKind kind); // friendly, neutral, strict
std::optional<PersonaKind> personaFromKey(const QString &key);

} // namespace mi
