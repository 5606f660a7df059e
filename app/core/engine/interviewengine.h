#pragma once

#include "abilityestimate.h"
#include "followupselector.h"
#include "packs/pack.h"
#include "persona.h"
#include "practicemode.h"
#include "scoring/scorer.h"
#include "turn.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <memory>
#include <random>

namespace mi {

struct EngineOptions {
    quint64 seed = 1;
    PracticeMode mode = PracticeMode::Script;
    PersonaKind persona = PersonaKind::Neutral;
    QStringList roundIds;            // rounds to draw questions from, in pack order; empty = all
    QStringList tags;                // only questions with one of these tags; empty = all
    int maxQuestions = 0;            // 0 = no limit; the warm-up defaults to 5
    int maxFollowUpsPerQuestion = -1;// -1 = the persona's
    int followUpBudgetPerRound = -1; // -1 = the persona's
};

// The interview as a state machine:
//   NotStarted --start--> AwaitingAnswer --submit--> Answered --next--> AwaitingAnswer | Finished
// After an answer the engine asks the most relevant follow-up (authored, or
// generated from a missed point) within the persona's limits, or picks the
// next question: in script order, or by difficulty near the running ability
// estimate. Every turn records why it was asked.
class InterviewEngine
{
public:
    enum class State { NotStarted, AwaitingAnswer, Answered, Finished };

    InterviewEngine(const Pack &pack, std::shared_ptr<const Scorer> scorer, EngineOptions options = {});

    State state() const { return m_state; }
    const Pack &pack() const { return m_pack; }
    const EngineOptions &options() const { return m_options; }
    const Persona &persona() const { return m_persona; }
    const QList<Turn> &turns() const { return m_turns; }
    const Turn *currentTurn() const;
    const Round *currentRound() const;
    const Question *currentQuestion() const;
    int questionNumber() const { return m_questionsAsked; } // 1-based count of questions asked so far
    int questionTotal() const;
    double ability() const { return m_ability.value(); }
    bool enforcesTimeLimits() const { return m_options.mode == PracticeMode::Exam; }

    const Turn &start();
    const Turn &submit(const QString &answer, qint64 elapsedMs, const AnswerInput &input = {});
    bool next(); // false when the interview is over
    double overallScore() const;

    // Follow-ups that would be asked now, best first (a mentor console shows
    // them; next() takes the first). Asking never changes the walk.
    QList<FollowUpCandidate> pendingFollowUps() const;

private:
    int pickNextQuestion() const; // index into m_plan, or -1
    void askQuestion(int planIndex);
    void askFollowUp(const FollowUpCandidate &candidate);
    QList<FollowUpCandidate> generatedFollowUps(const Question &q, const Turn &asked) const;
    ScoringRequest requestFor(const Turn &turn) const;
    const Turn *lastQuestionTurn() const;
    std::mt19937_64 turnRandom() const;

    const Pack &m_pack;
    std::shared_ptr<const Scorer> m_scorer;
    EngineOptions m_options;
    Persona m_persona;
    FollowUpSelector m_selector;
    AbilityEstimate m_ability;
    QList<const Question *> m_plan;
    QSet<int> m_askedQuestions;
    QList<Turn> m_turns;
    State m_state = State::NotStarted;
    int m_current = -1; // index into m_plan
    int m_questionsAsked = 0;
    int m_followUpsThisQuestion = 0;
    QHash<QString, int> m_followUpsPerRound;
    QSet<QString> m_askedFollowUps; // "questionId/followUpId"
};

} // namespace mi
