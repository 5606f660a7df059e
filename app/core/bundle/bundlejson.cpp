#include "bundlejson.h"

#include "common/trcontexts.h"
#include "jsonfieldreader.h"

#include <QJsonArray>

namespace mi {
namespace {

QJsonArray strings(const QStringList &list) { return QJsonArray::fromStringList(list); }

QStringList stringsFrom(JsonFieldReader &r, const char *key)
{
    QStringList out;
    for (const QJsonValue &v : r.array(key)) {
        if (!v.isString())
            r.reject(key, Bundles::tr("should hold only text"));
        out << v.toString();
    }
    return out;
}

QString isoOf(const QDateTime &t) { return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString(); }

QDateTime timeFrom(JsonFieldReader &r, const char *key, bool required = false)
{
    const QString text = r.text(key, required);
    const QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!text.isEmpty() && !t.isValid())
        r.reject(key, Bundles::tr("is not an ISO 8601 time"));
    return t;
}

PointKind pointKindFrom(JsonFieldReader &r)
{
    const QString key = r.text("kind");
    for (PointKind k : {PointKind::Core, PointKind::Bonus, PointKind::Misconception})
        if (pointKindKey(k) == key)
            return k;
    if (!key.isEmpty())
        r.reject("kind", Bundles::tr("unknown point kind '%1'").arg(key));
    return PointKind::Core;
}

template <typename T, typename Convert>
Result<QList<T>> listFrom(const QJsonArray &array, const QString &where, Convert convert)
{
    QList<T> out;
    for (int i = 0; i < array.size(); ++i) {
        const QString at = QStringLiteral("%1[%2]").arg(where).arg(i);
        if (!array[i].isObject())
            return fail(Bundles::tr("%1: should be an object").arg(at));
        Result<T> item = convert(array[i].toObject(), at);
        if (!item)
            return std::unexpected(item.error());
        out.append(*item);
    }
    return out;
}

template <typename T>
Result<T> checked(const JsonFieldReader &r, T value)
{
    if (!r.ok())
        return std::unexpected(r.error());
    return value;
}

QJsonObject rubricPointJson(const RubricPoint &p)
{
    return {{"id", p.id}, {"text", p.text}, {"weight", p.weight}, {"kind", pointKindKey(p.kind)}, {"aliases", strings(p.aliases)}};
}

Result<RubricPoint> rubricPointFrom(const QJsonObject &o, const QString &where)
{
    JsonFieldReader r(o, where);
    RubricPoint p{r.text("id", true), r.text("text", true), r.number("weight", 1.0), pointKindFrom(r), stringsFrom(r, "aliases")};
    return checked(r, p);
}

QJsonArray rubricJson(const QList<RubricPoint> &rubric)
{
    QJsonArray out;
    for (const RubricPoint &p : rubric)
        out.append(rubricPointJson(p));
    return out;
}

} // namespace

QJsonObject sessionInfoToJson(const SessionInfo &s)
{
    QJsonObject o{{"uid", s.uid}, {"candidate", s.candidate}, {"pack_id", s.packId}, {"pack_title", s.packTitle}, {"language", s.language},
                  {"mode", s.mode}, {"seed", QString::number(s.seed)}, {"rounds", strings(s.roundIds)}, {"persona", s.persona},
                  {"tags", strings(s.tags)}, {"max_questions", s.maxQuestions}, {"question_ids", strings(s.questionIds)},
                  {"started_at", isoOf(s.startedAt)}};
    if (s.finishedAt.isValid())
        o.insert("finished_at", isoOf(s.finishedAt));
    if (s.overall)
        o.insert("overall", *s.overall);
    return o;
}

Result<SessionInfo> sessionInfoFromJson(const QJsonObject &o)
{
    JsonFieldReader r(o, QStringLiteral("session"));
    SessionInfo s;
    s.uid = r.text("uid", true);
    if (r.ok() && (s.uid.size() < 8 || s.uid.size() > 64))
        r.reject("uid", Bundles::tr("is not a session id"));
    s.candidate = r.text("candidate");
    s.packId = r.text("pack_id", true);
    s.packTitle = r.text("pack_title");
    s.language = r.text("language");
    s.mode = r.text("mode");
    bool seedOk = true;
    s.seed = r.text("seed").toULongLong(&seedOk);
    if (!seedOk)
        r.reject("seed", Bundles::tr("should be a number in text"));
    s.roundIds = stringsFrom(r, "rounds");
    s.persona = r.text("persona");
    s.tags = stringsFrom(r, "tags");
    s.maxQuestions = int(r.integer("max_questions"));
    s.questionIds = stringsFrom(r, "question_ids");
    s.startedAt = timeFrom(r, "started_at", true);
    s.finishedAt = timeFrom(r, "finished_at");
    s.overall = r.optionalNumber("overall");
    return checked(r, s);
}

QJsonObject turnToJson(const Turn &t)
{
    QJsonObject o{{"index", t.index}, {"kind", turnKindKey(t.kind)}, {"round_id", t.roundId}, {"question_id", t.questionId},
                  {"followup_id", t.followUpId}, {"prompt", t.prompt}, {"reason", t.reason}, {"time_limit", t.timeLimitSeconds},
                  {"difficulty", t.difficulty}, {"overrun_ms", t.overrunMs}, {"answer", t.answer}, {"elapsed_ms", t.elapsedMs},
                  {"input", t.inputKind}, {"delivery", t.deliveryJson}};
    if (!t.originalAnswer.isNull())
        o.insert("original_text", t.originalAnswer);
    if (t.abilityAfter)
        o.insert("ability_after", *t.abilityAfter);
    if (t.score) {
        QJsonArray points;
        for (const PointResult &p : t.score->points)
            points.append(QJsonObject{{"id", p.id}, {"text", p.text}, {"weight", p.weight}, {"kind", pointKindKey(p.kind)}, {"hit", p.hit},
                                      {"evidence_start", p.evidenceStart}, {"evidence_length", p.evidenceLength}, {"evidence", p.evidence},
                                      {"note", p.note}});
        o.insert("score", QJsonObject{{"score", t.score->score}, {"similarity", t.score->similarity}, {"coverage", t.score->coverage},
                                      {"keyword_dump", t.score->keywordDump}, {"explanation", t.score->explanation}, {"points", points}});
    }
    return o;
}

static Result<PointResult> pointResultFrom(const QJsonObject &o, const QString &where)
{
    JsonFieldReader r(o, where);
    PointResult p;
    p.id = r.text("id", true);
    p.text = r.text("text");
    p.weight = r.number("weight", 1.0);
    p.kind = pointKindFrom(r);
    p.hit = r.boolean("hit");
    p.evidenceStart = int(r.integer("evidence_start", -1));
    p.evidenceLength = int(r.integer("evidence_length"));
    p.evidence = r.text("evidence");
    p.note = r.text("note");
    return checked(r, p);
}

Result<Turn> turnFromJson(const QJsonObject &o, const QString &where)
{
    JsonFieldReader r(o, where);
    Turn t;
    t.index = int(r.integer("index", -1));
    if (r.ok() && t.index < 0)
        r.reject("index", Bundles::tr("missing or negative"));
    const QString kind = r.text("kind", true);
    if (r.ok() && kind != u"question" && kind != u"followup")
        r.reject("kind", Bundles::tr("should be question or followup"));
    t.kind = kind == u"followup" ? TurnKind::FollowUp : TurnKind::Question;
    t.roundId = r.text("round_id");
    t.questionId = r.text("question_id", true);
    t.followUpId = r.text("followup_id");
    t.prompt = r.text("prompt", true);
    t.reason = r.text("reason");
    t.timeLimitSeconds = int(r.integer("time_limit"));
    t.difficulty = int(r.integer("difficulty"));
    t.overrunMs = r.integer("overrun_ms");
    t.abilityAfter = r.optionalNumber("ability_after");
    t.answer = r.text("answer");
    t.elapsedMs = r.integer("elapsed_ms");
    t.inputKind = r.text("input");
    if (t.inputKind.isEmpty())
        t.inputKind = QStringLiteral("typed");
    if (o.contains(QLatin1String("original_text")))
        t.originalAnswer = r.text("original_text");
    t.deliveryJson = r.text("delivery");
    const QJsonObject score = r.object("score");
    if (!r.ok())
        return std::unexpected(r.error());
    if (score.isEmpty())
        return t;
    JsonFieldReader sr(score, r.path("score"));
    ScoreResult s;
    s.score = sr.number("score", 0, true);
    s.similarity = sr.number("similarity");
    s.coverage = sr.number("coverage");
    s.keywordDump = sr.boolean("keyword_dump");
    s.explanation = sr.text("explanation");
    const QJsonArray points = sr.array("points");
    if (!sr.ok())
        return std::unexpected(sr.error());
    Result<QList<PointResult>> list = listFrom<PointResult>(points, sr.path("points"), pointResultFrom);
    if (!list)
        return std::unexpected(list.error());
    s.points = *list;
    t.score = s;
    return t;
}

QJsonObject questionSnapshotToJson(const Question &q)
{
    QJsonArray followUps;
    for (const FollowUp &f : q.followUps)
        followUps.append(QJsonObject{{"id", f.id}, {"prompt", f.prompt}, {"reference", f.reference}, {"rubric", rubricJson(f.rubric)}});
    return {{"id", q.id}, {"pack", q.packId}, {"round", q.roundId}, {"prompt", q.prompt}, {"context", q.context},
            {"difficulty", q.difficulty}, {"time_limit", q.timeLimitSeconds}, {"tags", strings(q.tags)}, {"reference", q.reference},
            {"rubric", rubricJson(q.rubric)}, {"followups", followUps}};
}

static Result<FollowUp> followUpFrom(const QJsonObject &o, const QString &where)
{
    JsonFieldReader r(o, where);
    FollowUp f;
    f.id = r.text("id", true);
    f.prompt = r.text("prompt", true);
    f.reference = r.text("reference");
    const QJsonArray rubric = r.array("rubric");
    if (!r.ok())
        return std::unexpected(r.error());
    Result<QList<RubricPoint>> points = listFrom<RubricPoint>(rubric, r.path("rubric"), rubricPointFrom);
    if (!points)
        return std::unexpected(points.error());
    f.rubric = *points;
    return f;
}

Result<Question> questionSnapshotFromJson(const QJsonObject &o, const QString &where)
{
    JsonFieldReader r(o, where);
    Question q;
    q.id = r.text("id", true);
    q.packId = r.text("pack");
    q.roundId = r.text("round");
    q.prompt = r.text("prompt", true);
    q.context = r.text("context");
    q.difficulty = int(r.integer("difficulty", 3));
    q.timeLimitSeconds = int(r.integer("time_limit", 180));
    q.tags = stringsFrom(r, "tags");
    q.reference = r.text("reference");
    const QJsonArray rubric = r.array("rubric");
    const QJsonArray followUps = r.array("followups");
    if (!r.ok())
        return std::unexpected(r.error());
    Result<QList<RubricPoint>> points = listFrom<RubricPoint>(rubric, r.path("rubric"), rubricPointFrom);
    if (!points)
        return std::unexpected(points.error());
    q.rubric = *points;
    Result<QList<FollowUp>> follow = listFrom<FollowUp>(followUps, r.path("followups"), followUpFrom);
    if (!follow)
        return std::unexpected(follow.error());
    q.followUps = *follow;
    return q;
}

} // namespace mi
