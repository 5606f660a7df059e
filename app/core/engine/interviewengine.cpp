#include "interviewengine.h"

#include <stdexcept>

namespace mi {

QString turnKindKey(TurnKind kind) { return kind == TurnKind::FollowUp ? QStringLiteral("followup") : QStringLiteral("question"); }

InterviewEngine::InterviewEngine(const Pack &pack, std::shared_ptr<const Scorer> scorer, EngineOptions options)
    : m_pack(pack), m_scorer(std::move(scorer)), m_options(std::move(options)), m_selector(pack.language)
{
    for (const Round &round : m_pack.rounds) {
        if (!m_options.roundIds.isEmpty() && !m_options.roundIds.contains(round.id))
            continue;
        for (const Question &q : round.questions)
            m_plan.append({&round, &q});
    }
}

const Turn *InterviewEngine::currentTurn() const { return m_turns.isEmpty() ? nullptr : &m_turns.last(); }

const Round *InterviewEngine::currentRound() const
{
    return m_questionPos >= 0 && m_questionPos < m_plan.size() ? m_plan[m_questionPos].round : nullptr;
}

const Question *InterviewEngine::currentQuestion() const
{
    return m_questionPos >= 0 && m_questionPos < m_plan.size() ? m_plan[m_questionPos].question : nullptr;
}

const Turn &InterviewEngine::start()
{
    if (m_state != State::NotStarted)
        throw std::logic_error("interview already started");
    if (m_plan.isEmpty()) {
        m_state = State::Finished;
        throw std::logic_error("no questions to ask");
    }
    askQuestion(0);
    return m_turns.last();
}

void InterviewEngine::askQuestion(int planIndex)
{
    m_questionPos = planIndex;
    m_followUpsThisQuestion = 0;
    const Planned &p = m_plan[planIndex];
    const bool zh = m_pack.language != u"en";
    Turn t;
    t.index = int(m_turns.size());
    t.kind = TurnKind::Question;
    t.roundId = p.round->id;
    t.questionId = p.question->id;
    t.prompt = p.question->prompt;
    t.timeLimitSeconds = p.question->timeLimitSeconds;
    t.reason = zh ? QStringLiteral("按脚本顺序：%1，第 %2/%3 题").arg(p.round->title).arg(planIndex + 1).arg(m_plan.size())
                  : QStringLiteral("Next in the script: %1, question %2 of %3").arg(p.round->title).arg(planIndex + 1).arg(m_plan.size());
    m_turns.append(t);
    m_state = State::AwaitingAnswer;
}

void InterviewEngine::askFollowUp(const FollowUpCandidate &c)
{
    const Question *q = currentQuestion();
    Turn t;
    t.index = int(m_turns.size());
    t.kind = TurnKind::FollowUp;
    t.roundId = q->roundId;
    t.questionId = q->id;
    t.followUpId = c.followUp->id;
    t.prompt = c.followUp->prompt;
    t.reason = c.reason;
    t.timeLimitSeconds = std::max(60, q->timeLimitSeconds / 2);
    m_turns.append(t);
    m_askedFollowUps.insert(q->id + u'/' + c.followUp->id);
    ++m_followUpsThisQuestion;
    ++m_followUpsPerRound[q->roundId];
    m_state = State::AwaitingAnswer;
}

ScoringRequest InterviewEngine::requestFor(const Turn &turn) const
{
    const Question *q = m_pack.question(turn.questionId);
    ScoringRequest r{turn.answer, q->reference, q->rubric, m_pack.language, turn.prompt};
    if (turn.kind == TurnKind::Question)
        return r;
    const FollowUp *f = q->followUp(turn.followUpId);
    if (!f->reference.isEmpty())
        r.reference = f->reference;
    if (!f->rubric.isEmpty()) {
        r.rubric = f->rubric;
    } else if (f->trigger.kind == TriggerKind::Missed) {
        // Scored on the points it was asked about, and the parent's misconceptions.
        r.rubric.removeIf([&](const RubricPoint &p) {
            return p.kind != PointKind::Misconception && !f->trigger.pointIds.contains(p.id);
        });
    }
    return r;
}

const Turn &InterviewEngine::submit(const QString &answer, qint64 elapsedMs)
{
    if (m_state != State::AwaitingAnswer)
        throw std::logic_error("no question is waiting for an answer");
    Turn &t = m_turns.last();
    t.answer = answer;
    t.elapsedMs = elapsedMs;
    t.score = m_scorer->score(requestFor(t));
    m_state = State::Answered;
    return t;
}

const Turn *InterviewEngine::lastQuestionTurn() const
{
    for (auto it = m_turns.crbegin(); it != m_turns.crend(); ++it)
        if (it->kind == TurnKind::Question)
            return &*it;
    return nullptr;
}

QList<FollowUpCandidate> InterviewEngine::pendingFollowUps() const
{
    const Question *q = currentQuestion();
    const Turn *asked = lastQuestionTurn();
    if (m_state != State::Answered || !q || !asked || !asked->score)
        return {};
    if (m_followUpsThisQuestion >= m_options.maxFollowUpsPerQuestion)
        return {};
    if (m_followUpsPerRound.value(q->roundId) >= m_options.followUpBudgetPerRound)
        return {};
    QSet<QString> asked_;
    for (const QString &key : m_askedFollowUps)
        if (key.startsWith(q->id + u'/'))
            asked_.insert(key.mid(q->id.size() + 1));
    // Triggers look at the answer to the question itself, not at follow-up answers.
    // A generator per turn, derived from the seed: asking for the candidates
    // twice (a mentor console peeking) never changes the walk.
    std::mt19937_64 rng(m_options.seed * 0x9E3779B97F4A7C15ULL + quint64(m_turns.size()));
    return m_selector.candidates(*q, asked->answer, *asked->score, asked_, rng);
}

bool InterviewEngine::next()
{
    if (m_state == State::Finished)
        return false;
    if (m_state != State::Answered)
        throw std::logic_error("answer the current question first");
    const QList<FollowUpCandidate> followUps = pendingFollowUps();
    if (!followUps.isEmpty()) {
        askFollowUp(followUps.first());
        return true;
    }
    if (m_questionPos + 1 < m_plan.size()) {
        askQuestion(m_questionPos + 1);
        return true;
    }
    m_state = State::Finished;
    return false;
}

double InterviewEngine::overallScore() const
{
    double sum = 0;
    int n = 0;
    for (const Turn &t : m_turns)
        if (t.score) {
            sum += t.score->score;
            ++n;
        }
    return n ? std::round(sum / n * 10.0) / 10.0 : 0.0;
}

} // namespace mi
