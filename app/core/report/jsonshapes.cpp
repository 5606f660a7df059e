#include "jsonshapes.h"

#include <cmath>

namespace mi {

QJsonObject packJson(const Pack &pack)
{
    return {{"id", pack.id}, {"title", pack.title}, {"language", pack.language}, {"questions", pack.questionCount()},
            {"rounds", int(pack.rounds.size())}, {"tags", QJsonArray::fromStringList(pack.tags)}, {"file", pack.filePath}};
}

QJsonObject questionJson(const Question &q)
{
    return {{"id", q.id}, {"pack", q.packId}, {"round", q.roundId}, {"prompt", q.prompt},
            {"source", QJsonObject{{"seed", q.source.seed}, {"locator", q.source.locator}}},
            {"difficulty", q.difficulty}, {"time_limit", q.timeLimitSeconds}, {"followups", int(q.followUps.size())},
            {"tags", QJsonArray::fromStringList(q.tags)}};
}

QJsonArray pointsJson(const ScoreResult &score)
{
    QJsonArray points;
    for (const PointResult &p : score.points) {
        // "hit" and "evidence" keep their meaning (covered, and what covered
        // it); "credit", "state" and "match" say how much, including partly.
        QJsonObject o{{"id", p.id}, {"text", p.text}, {"weight", p.weight}, {"hit", p.hit},
                      {"evidence", p.hit ? QJsonValue(p.evidence) : QJsonValue()}, {"kind", pointKindKey(p.kind)},
                      {"credit", std::round(p.credit * 1000.0) / 1000.0}, {"state", creditStateKey(p)}};
        if (!p.match.isEmpty())
            o.insert("match", p.match);
        if (p.partial() && p.hasEvidence()) {
            o.insert("partial_evidence", p.evidence);
            o.insert("evidence_start", p.evidenceStart);
            o.insert("evidence_length", p.evidenceLength);
        }
        if (p.hit) {
            o.insert("evidence_start", p.evidenceStart);
            o.insert("evidence_length", p.evidenceLength);
        }
        if (!p.note.isEmpty())
            o.insert("note", p.note);
        points.append(o);
    }
    return points;
}

QJsonObject turnJson(const Turn &t)
{
    QJsonObject o{{"turn", t.index + 1}, {"kind", turnKindKey(t.kind)}, {"question_id", t.questionId},
                  {"prompt", t.prompt}, {"reason", t.reason}, {"answer", t.answer},
                  {"score", t.score ? QJsonValue(t.score->score) : QJsonValue()}, {"round", t.roundId}};
    if (!t.followUpId.isEmpty())
        o.insert("followup_id", t.followUpId);
    o.insert("difficulty", t.difficulty);
    o.insert("elapsed_ms", t.elapsedMs);
    if (t.overrunMs > 0)
        o.insert("overrun_ms", t.overrunMs);
    if (t.abilityAfter)
        o.insert("ability", std::round(*t.abilityAfter * 100.0) / 100.0);
    if (t.score) {
        o.insert("level", levelKey(t.score->level()));
        o.insert("explanation", t.score->explanation);
        o.insert("points", pointsJson(*t.score));
    }
    return o;
}

QJsonObject sessionJson(const SessionInfo &s)
{
    return {{"id", s.id}, {"pack", s.packId}, {"started", s.startedAt.toString(Qt::ISODate)}, {"turns", s.turnCount},
            {"overall", s.overall ? QJsonValue(*s.overall) : QJsonValue()}, {"mode", s.mode}, {"persona", s.persona},
            {"finished", s.finishedAt.isValid() ? QJsonValue(s.finishedAt.toString(Qt::ISODate)) : QJsonValue()}};
}

} // namespace mi
