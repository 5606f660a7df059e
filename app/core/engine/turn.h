#pragma once

#include "scoring/scoringtypes.h"

#include <QString>
#include <optional>

namespace mi {

enum class TurnKind { Question, FollowUp };

// One exchange: what the interviewer asked, why, and what came back.
struct Turn {
    int index = 0;           // 0-based position in the session
    TurnKind kind = TurnKind::Question;
    QString roundId;
    QString questionId;      // the pack question (parent of a follow-up)
    QString followUpId;      // empty for questions
    QString prompt;
    QString reason;          // human-readable, in the pack's language
    int timeLimitSeconds = 0;
    int difficulty = 0;      // of the question (or the parent question)
    qint64 overrunMs = 0;    // time over the limit, 0 when within it
    std::optional<double> abilityAfter; // the ability estimate after a scored question
    QString answer;          // as submitted (a transcript may have been edited)
    qint64 elapsedMs = 0;
    QString inputKind = QStringLiteral("typed"); // "typed" | "spoken"
    QString originalAnswer;  // a spoken answer's transcript as recognised, before editing
    QString deliveryJson;    // delivery figures of a spoken answer, as JSON; empty when typed
    std::optional<ScoreResult> score;

    bool answered() const { return score.has_value(); }
};

// How an answer came in, beside its text: typed, or spoken, with the
// transcript as recognised and the delivery figures as JSON.
struct AnswerInput {
    QString kind = QStringLiteral("typed"); // "typed" | "spoken"
    QString originalAnswer;
    QString deliveryJson;
};

QString turnKindKey(TurnKind kind); // "question" | "followup"

} // namespace mi
