// The mentor's review as bundle JSON (declared in bundlejson.h).
#include "bundlejson.h"
#include "common/trcontexts.h"

#include "jsonfieldreader.h"

#include <QJsonArray>

namespace mi {
namespace {

QString isoOf(const QDateTime &t) { return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString(); }

QJsonObject withAuthor(const Authored &a, QJsonObject o)
{
    o.insert("author", a.author);
    o.insert("at", isoOf(a.at));
    return o;
}

void readAuthor(JsonFieldReader &r, Authored &a)
{
    a.author = r.text("author");
    const QString at = r.text("at");
    a.at = QDateTime::fromString(at, Qt::ISODateWithMs);
    if (!at.isEmpty() && !a.at.isValid())
        r.reject("at", Bundles::tr("is not an ISO 8601 time"));
}

// Reads each object of `array` with `read`; false (and the reader's error) on the first bad one.
template <typename Read>
bool eachObject(JsonFieldReader &parent, const char *key, Read read)
{
    const QJsonArray array = parent.array(key);
    for (int i = 0; i < array.size() && parent.ok(); ++i) {
        const QString where = QStringLiteral("%1[%2]").arg(parent.path(key)).arg(i);
        if (!array[i].isObject()) {
            parent.reject(key, Bundles::tr("item %1 should be an object").arg(i));
            break;
        }
        JsonFieldReader r(array[i].toObject(), where);
        read(r);
        if (!r.ok()) {
            parent.adopt(r.error());
            break;
        }
    }
    return parent.ok();
}

} // namespace

QJsonObject reviewToJson(const SessionReview &review)
{
    QJsonArray turns;
    for (auto it = review.turns.cbegin(); it != review.turns.cend(); ++it) {
        if (it->isEmpty())
            continue;
        QJsonArray points;
        for (const PointOverride &p : it->points)
            points.append(withAuthor(p, {{"position", p.position}, {"judgement", judgementKey(p.judgement)}, {"reason", p.reason}}));
        QJsonArray comments;
        for (const MentorComment &c : it->comments)
            comments.append(withAuthor(c, {{"uid", c.uid}, {"span_start", c.spanStart}, {"span_length", c.spanLength}, {"quote", c.quote},
                                           {"text", c.text}}));
        QJsonObject turn{{"turn", it.key()}, {"points", points}, {"comments", comments}};
        if (it->score)
            turn.insert("score", withAuthor(*it->score, {{"score", it->score->score}, {"reason", it->score->reason}}));
        turns.append(turn);
    }
    QJsonObject o{{"turns", turns}};
    if (review.verdict) {
        const Verdict &v = *review.verdict;
        o.insert("verdict", withAuthor(v, {{"level", v.level}, {"recommendation", recommendationKey(v.recommendation)},
                                          {"strengths", v.strengths}, {"improvements", v.improvements}}));
    }
    return o;
}

Result<SessionReview> reviewFromJson(const QJsonObject &o)
{
    SessionReview review;
    JsonFieldReader top(o, QStringLiteral("review"));
    eachObject(top, "turns", [&](JsonFieldReader &t) {
        const int index = int(t.integer("turn", -1));
        if (index < 0)
            return t.reject("turn", Bundles::tr("missing or negative"));
        TurnReview turn;
        eachObject(t, "points", [&](JsonFieldReader &p) {
            PointOverride po;
            po.position = int(p.integer("position", -1));
            const std::optional<PointJudgement> j = judgementFromKey(p.text("judgement", true));
            if (po.position < 0 || !j)
                return p.reject("judgement", Bundles::tr("needs a position and hit, partial or miss"));
            po.judgement = *j;
            po.reason = p.text("reason");
            readAuthor(p, po);
            turn.points.insert(po.position, po);
        });
        eachObject(t, "comments", [&](JsonFieldReader &c) {
            MentorComment mc;
            mc.uid = c.text("uid", true);
            mc.spanStart = int(c.integer("span_start", -1));
            mc.spanLength = int(c.integer("span_length"));
            mc.quote = c.text("quote");
            mc.text = c.text("text", true);
            readAuthor(c, mc);
            turn.comments.append(mc);
        });
        const QJsonObject score = t.object("score");
        if (!score.isEmpty()) {
            JsonFieldReader s(score, t.path("score"));
            ScoreOverride so;
            so.score = s.number("score", 0, true);
            so.reason = s.text("reason");
            readAuthor(s, so);
            if (!s.ok())
                return t.adopt(s.error());
            turn.score = so;
        }
        review.turns.insert(index, turn);
    });
    const QJsonObject verdict = top.object("verdict");
    if (top.ok() && !verdict.isEmpty()) {
        JsonFieldReader v(verdict, top.path("verdict"));
        Verdict vd;
        vd.level = v.text("level");
        const std::optional<Recommendation> rec = recommendationFromKey(v.text("recommendation"));
        if (!rec)
            v.reject("recommendation", Bundles::tr("should be strong_hire, hire, lean_no or no"));
        vd.recommendation = rec.value_or(Recommendation::None);
        vd.strengths = v.text("strengths");
        vd.improvements = v.text("improvements");
        readAuthor(v, vd);
        if (!v.ok())
            return std::unexpected(v.error());
        review.verdict = vd;
    }
    if (!top.ok())
        return std::unexpected(top.error());
    return review;
}

} // namespace mi
