#pragma once

#include "followupselector.h"
#include "packs/pack.h"
#include "scoring/scorer.h"
#include "turn.h"

#include <QList>
#include <QSet>
#include <memory>
#include <random>

namespace mi {

struct EngineOptions {
    quint64 seed = 1;
    int maxFollowUpsPerQuestion = 1; // drill-down depth
    int followUpBudgetPerRound = 3;
    QStringList roundIds;            // rounds to walk, in pack order; empty = all
};

// The interview as a state machine:
//   NotStarted --start--> AwaitingAnswer --submit--> Answered --next--> AwaitingAnswer | Finished
// After an answer the engine either asks a follow-up whose trigger fired or
// moves to the next question; every turn records why it was asked.
class InterviewEngine
{
public:
    enum class State { NotStarted, AwaitingAnswer, Answered, Finished };

    InterviewEngine(const Pack &pack, std::shared_ptr<const Scorer> scorer, EngineOptions options = {});

    State state() const { return m_state; }
    const Pack &pack() const { return m_pack; }
    const QList<Turn> &turns() const { return m_turns; }
    const Turn *currentTurn() const;
    const Round *currentRound() const;
    const Question *currentQuestion() const;
    int questionNumber() const { return m_questionPos + 1; } // 1-based among the walked questions
    int questionTotal() const { return int(m_plan.size()); }

    const Turn &start();
    const Turn &submit(const QString &answer, qint64 elapsedMs);
    bool next(); // false when the interview is over
    double overallScore() const;

    // Follow-ups that would fire for the current answered question, best first
    // (the UI shows them to a mentor; next() takes the first).
    QList<FollowUpCandidate> pendingFollowUps() const;

private:
    struct Planned {
        const Round *round;
        const Question *question;
    };
    void askQuestion(int planIndex);
    void askFollowUp(const FollowUpCandidate &candidate);
    ScoringRequest requestFor(const Turn &turn) const;
    const Turn *lastQuestionTurn() const;

    const Pack &m_pack;
    std::shared_ptr<const Scorer> m_scorer;
    EngineOptions m_options;
    FollowUpSelector m_selector;
    QList<Planned> m_plan;
    QList<Turn> m_turns;
    State m_state = State::NotStarted;
    int m_questionPos = -1;
    int m_followUpsThisQuestion = 0;
    QHash<QString, int> m_followUpsPerRound;
    QSet<QString> m_askedFollowUps; // "questionId/followUpId"
};

} // namespace mi
