#include "interviewengine.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace mi {

QString turnKindKey(TurnKind kind) { return kind == TurnKind::FollowUp ? QStringLiteral("followup") : QStringLiteral("question"); }

static const QString kGeneratedPrefix = QStringLiteral("gen:");
static const QString kSummaryFollowUp = QStringLiteral("gen:summary");

InterviewEngine::InterviewEngine(const Pack &pack, std::shared_ptr<const Scorer> scorer, EngineOptions options)
    : m_pack(pack), m_scorer(std::move(scorer)), m_options(std::move(options)), m_persona(personaFor(m_options.persona)),
      m_selector(pack.language)
{
    if (m_options.maxFollowUpsPerQuestion >= 0)
        m_persona.followUpsPerQuestion = m_options.maxFollowUpsPerQuestion;
    if (m_options.followUpBudgetPerRound >= 0)
        m_persona.followUpBudgetPerRound = m_options.followUpBudgetPerRound;
    if (m_options.mode == PracticeMode::WarmUp && m_options.maxQuestions <= 0)
        m_options.maxQuestions = 5;
    for (const Round &round : m_pack.rounds) {
        if (!m_options.roundIds.isEmpty() && !m_options.roundIds.contains(round.id))
            continue;
        for (const Question &q : round.questions) {
            const bool tagged = m_options.tags.isEmpty()
                || std::any_of(q.tags.begin(), q.tags.end(), [&](const QString &t) { return m_options.tags.contains(t); });
            if (tagged)
                m_plan.append(&q);
        }
    }
}

int InterviewEngine::questionTotal() const
{
    const int planned = int(m_plan.size());
    return m_options.maxQuestions > 0 ? std::min(planned, m_options.maxQuestions) : planned;
}

const Turn *InterviewEngine::currentTurn() const { return m_turns.isEmpty() ? nullptr : &m_turns.last(); }

const Question *InterviewEngine::currentQuestion() const
{
    return m_current >= 0 && m_current < m_plan.size() ? m_plan[m_current] : nullptr;
}

const Round *InterviewEngine::currentRound() const
{
    const Question *q = currentQuestion();
    return q ? m_pack.round(q->roundId) : nullptr;
}

std::mt19937_64 InterviewEngine::turnRandom() const
{
    // A generator per turn, derived from the seed: looking at the candidates
    // (a mentor console peeking) never changes the walk.
    return std::mt19937_64(m_options.seed * 0x9E3779B97F4A7C15ULL + quint64(m_turns.size()));
}

const Turn &InterviewEngine::start()
{
    if (m_state != State::NotStarted)
        throw std::logic_error("interview already started");
    const int first = pickNextQuestion();
    if (first < 0) {
        m_state = State::Finished;
        throw std::logic_error("no questions to ask");
    }
    askQuestion(first);
    return m_turns.last();
}

int InterviewEngine::pickNextQuestion() const
{
    if (m_options.maxQuestions > 0 && m_questionsAsked >= m_options.maxQuestions)
        return -1;
    if (!modeFollowsAbility(m_options.mode))
        return m_current + 1 < m_plan.size() ? m_current + 1 : -1;
    // Adaptive: an unasked question whose difficulty is nearest the ability
    // estimate; ties broken by the seeded generator.
    const int target = m_ability.targetDifficulty();
    QList<int> best;
    int bestGap = 99;
    for (int i = 0; i < m_plan.size(); ++i) {
        if (m_askedQuestions.contains(i))
            continue;
        const int gap = std::abs(m_plan[i]->difficulty - target);
        if (gap < bestGap) {
            best.clear();
            bestGap = gap;
        }
        if (gap == bestGap)
            best.append(i);
    }
    if (best.isEmpty())
        return -1;
    std::mt19937_64 rng = turnRandom();
    return best[int(rng() % quint64(best.size()))];
}

void InterviewEngine::askQuestion(int planIndex)
{
    m_current = planIndex;
    m_askedQuestions.insert(planIndex);
    ++m_questionsAsked;
    m_followUpsThisQuestion = 0;
    const Question *q = m_plan[planIndex];
    const Round *round = m_pack.round(q->roundId);
    const bool zh = m_pack.language != u"en";
    Turn t;
    t.index = int(m_turns.size());
    t.kind = TurnKind::Question;
    t.roundId = q->roundId;
    t.questionId = q->id;
    t.prompt = q->prompt;
    t.difficulty = q->difficulty;
    t.timeLimitSeconds = q->timeLimitSeconds;
    if (modeFollowsAbility(m_options.mode))
        t.reason = zh ? QStringLiteral("能力估计 %1，选择难度 %2 的题（第 %3/%4 题）")
                            .arg(m_ability.value(), 0, 'f', 1).arg(q->difficulty).arg(m_questionsAsked).arg(questionTotal())
                      : QStringLiteral("Ability estimate %1: a difficulty-%2 question (%3 of %4)")
                            .arg(m_ability.value(), 0, 'f', 1).arg(q->difficulty).arg(m_questionsAsked).arg(questionTotal());
    else
        t.reason = zh ? QStringLiteral("按脚本顺序：%1，第 %2/%3 题").arg(round ? round->title : q->roundId).arg(m_questionsAsked).arg(questionTotal())
                      : QStringLiteral("Next in the script: %1, question %2 of %3").arg(round ? round->title : q->roundId).arg(m_questionsAsked).arg(questionTotal());
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
    t.followUpId = c.followUp.id;
    // Generated prompts are already phrased in the persona's voice.
    t.prompt = c.followUp.id.startsWith(kGeneratedPrefix) ? c.followUp.prompt : m_persona.phrase(c.followUp.prompt, m_pack.language);
    t.reason = c.reason;
    t.difficulty = q->difficulty;
    t.timeLimitSeconds = std::max(60, q->timeLimitSeconds / 2);
    m_turns.append(t);
    m_askedFollowUps.insert(q->id + u'/' + c.followUp.id);
    ++m_followUpsThisQuestion;
    ++m_followUpsPerRound[q->roundId];
    m_state = State::AwaitingAnswer;
}

ScoringRequest InterviewEngine::requestFor(const Turn &turn) const
{
    const Question *q = m_pack.question(turn.questionId);
    ScoringRequest r{turn.answer, q->reference, q->rubric, m_pack.language, turn.prompt};
    if (turn.kind == TurnKind::Question || turn.followUpId == kSummaryFollowUp)
        return r;
    QStringList pointIds;
    if (turn.followUpId.startsWith(kGeneratedPrefix)) {
        pointIds = {turn.followUpId.mid(kGeneratedPrefix.size())};
    } else {
        const FollowUp *f = q->followUp(turn.followUpId);
        if (!f->reference.isEmpty())
            r.reference = f->reference;
        if (!f->rubric.isEmpty()) {
            r.rubric = f->rubric;
            return r;
        }
        if (f->trigger.kind != TriggerKind::Missed)
            return r;
        pointIds = f->trigger.pointIds;
    }
    // Scored on the points it was asked about, and the parent's misconceptions.
    r.rubric.removeIf([&](const RubricPoint &p) { return p.kind != PointKind::Misconception && !pointIds.contains(p.id); });
    return r;
}

const Turn &InterviewEngine::submit(const QString &answer, qint64 elapsedMs, const AnswerInput &input)
{
    if (m_state != State::AwaitingAnswer)
        throw std::logic_error("no question is waiting for an answer");
    Turn &t = m_turns.last();
    t.answer = answer;
    t.elapsedMs = elapsedMs;
    t.inputKind = input.kind;
    t.originalAnswer = input.originalAnswer;
    t.deliveryJson = input.deliveryJson;
    t.overrunMs = std::max<qint64>(0, elapsedMs - qint64(t.timeLimitSeconds) * 1000);
    t.score = m_scorer->score(requestFor(t));
    if (t.kind == TurnKind::Question) {
        m_ability.update(t.difficulty, t.score->score);
        t.abilityAfter = m_ability.value();
    }
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

QList<FollowUpCandidate> InterviewEngine::generatedFollowUps(const Question &q, const Turn &asked) const
{
    const bool zh = m_pack.language != u"en";
    QList<FollowUpCandidate> generated;
    // An answer far over time: ask for the gist, as an interviewer would.
    if (asked.overrunMs > qint64(asked.timeLimitSeconds) * 500 && !m_askedFollowUps.contains(q.id + u'/' + kSummaryFollowUp)) {
        FollowUp f{kSummaryFollowUp, zh ? QStringLiteral("时间有点超了。请用两三句话概括你刚才回答的核心要点。")
                                        : QStringLiteral("That ran long. Summarise the core of your answer in two or three sentences."),
                   Trigger{}, {}, {}};
        generated.append({f, 2, double(asked.overrunMs), zh ? QStringLiteral("追问原因：回答超时 %1 秒").arg(asked.overrunMs / 1000)
                                                              : QStringLiteral("Asked because the answer ran %1 s over time").arg(asked.overrunMs / 1000)});
    }
    if (!m_persona.generatesFollowUps)
        return generated;
    // The heaviest missed core point without an authored follow-up of its own.
    const RubricPoint *best = nullptr;
    for (const PointResult &p : asked.score->points) {
        if (p.kind != PointKind::Core || p.hit || m_askedFollowUps.contains(q.id + u'/' + kGeneratedPrefix + p.id))
            continue;
        const bool authored = std::any_of(q.followUps.begin(), q.followUps.end(), [&](const FollowUp &f) {
            return f.trigger.kind == TriggerKind::Missed && f.trigger.pointIds.contains(p.id);
        });
        const RubricPoint *point = q.point(p.id);
        if (!authored && point && (!best || point->weight > best->weight))
            best = point;
    }
    if (best) {
        FollowUp f{kGeneratedPrefix + best->id, m_persona.missedPointPrompt(best->text, best->aliases.value(0), m_pack.language), Trigger{}, {}, {}};
        generated.append({f, -1, best->weight, zh ? QStringLiteral("追问原因：回答没有覆盖「%1」（没有现成追问，按要点生成）").arg(best->text)
                                                  : QStringLiteral("Asked because the answer did not cover: %1 (generated from the rubric point)").arg(best->text)});
    }
    return generated;
}

QList<FollowUpCandidate> InterviewEngine::pendingFollowUps() const
{
    const Question *q = currentQuestion();
    const Turn *asked = lastQuestionTurn();
    if (m_state != State::Answered || !q || !asked || !asked->score)
        return {};
    if (m_followUpsThisQuestion >= m_persona.followUpsPerQuestion)
        return {};
    if (m_followUpsPerRound.value(q->roundId) >= m_persona.followUpBudgetPerRound)
        return {};
    QSet<QString> askedHere;
    for (const QString &key : m_askedFollowUps)
        if (key.startsWith(q->id + u'/'))
            askedHere.insert(key.mid(q->id.size() + 1));
    // Triggers look at the answer to the question itself, not at follow-up answers.
    std::mt19937_64 rng = turnRandom();
    QList<FollowUpCandidate> candidates = m_selector.candidates(*q, asked->answer, *asked->score, askedHere, rng);
    candidates += generatedFollowUps(*q, *asked);
    std::stable_sort(candidates.begin(), candidates.end(), [](const FollowUpCandidate &a, const FollowUpCandidate &b) {
        return a.priority != b.priority ? a.priority > b.priority : a.relevance > b.relevance;
    });
    return candidates;
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
    const int nextQuestion = pickNextQuestion();
    if (nextQuestion >= 0) {
        askQuestion(nextQuestion);
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
