#include "mentorstore.h"

#include "storage/sessionrepository.h"
#include "storage/sqlhelpers.h"

#include <QSqlQuery>

namespace mi {
namespace {

QString iso(const QDateTime &at) { return (at.isValid() ? at : QDateTime::currentDateTimeUtc()).toUTC().toString(Qt::ISODateWithMs); }
QDateTime fromIso(const QVariant &v) { return QDateTime::fromString(v.toString(), Qt::ISODateWithMs); }

} // namespace

Result<SessionReview> MentorStore::load(qint64 sessionId) const
{
    SessionReview review;
    QSqlQuery q(m_db->connection());
    const QString join = QStringLiteral(" JOIN turns t ON t.id = x.turn_id WHERE t.session_id = ?");
    Result<void> ok = runSql(q, QStringLiteral("SELECT t.turn_index, x.position, x.state, x.reason, x.author, x.at FROM point_overrides x") + join,
                             {sessionId}, QStringLiteral("cannot load point overrides"));
    while (ok && q.next()) {
        PointOverride o;
        o.position = q.value(1).toInt();
        o.judgement = judgementFromKey(q.value(2).toString()).value_or(PointJudgement::Miss);
        o.reason = q.value(3).toString();
        o.author = q.value(4).toString();
        o.at = fromIso(q.value(5));
        review.turns[q.value(0).toInt()].points.insert(o.position, o);
    }
    if (ok)
        ok = runSql(q, QStringLiteral("SELECT t.turn_index, x.score, x.reason, x.author, x.at FROM score_overrides x") + join, {sessionId},
                    QStringLiteral("cannot load score overrides"));
    while (ok && q.next()) {
        ScoreOverride o;
        o.score = q.value(1).toDouble();
        o.reason = q.value(2).toString();
        o.author = q.value(3).toString();
        o.at = fromIso(q.value(4));
        review.turns[q.value(0).toInt()].score = o;
    }
    // Comments come back in the order they were written: undo and redo rewrite a
    // turn's list in order, so rowid order is list order.
    if (ok)
        ok = runSql(q,
                    QStringLiteral("SELECT t.turn_index, x.uid, x.span_start, x.span_length, x.quote, x.text, x.author, x.at FROM comments x") + join
                        + QStringLiteral(" ORDER BY x.rowid"),
                    {sessionId}, QStringLiteral("cannot load comments"));
    while (ok && q.next()) {
        MentorComment c;
        c.uid = q.value(1).toString();
        c.spanStart = q.value(2).toInt();
        c.spanLength = q.value(3).toInt();
        c.quote = q.value(4).toString();
        c.text = q.value(5).toString();
        c.author = q.value(6).toString();
        c.at = fromIso(q.value(7));
        review.turns[q.value(0).toInt()].comments.append(c);
    }
    if (ok)
        ok = runSql(q, QStringLiteral("SELECT level, recommendation, strengths, improvements, author, at FROM verdicts WHERE session_id = ?"),
                    {sessionId}, QStringLiteral("cannot load verdict"));
    if (ok && q.next()) {
        Verdict v;
        v.level = q.value(0).toString();
        v.recommendation = recommendationFromKey(q.value(1).toString()).value_or(Recommendation::None);
        v.strengths = q.value(2).toString();
        v.improvements = q.value(3).toString();
        v.author = q.value(4).toString();
        v.at = fromIso(q.value(5));
        review.verdict = v;
    }
    if (!ok)
        return std::unexpected(ok.error());
    return review;
}

Result<void> MentorStore::setPointOverride(qint64 sessionId, int turnIndex, const PointOverride &o)
{
    Result<qint64> turn = savedTurnId(*m_db, sessionId, turnIndex);
    if (!turn)
        return std::unexpected(turn.error());
    QSqlQuery q(m_db->connection());
    return runSql(q, QStringLiteral("INSERT OR REPLACE INTO point_overrides (turn_id, position, state, reason, author, at) VALUES (?, ?, ?, ?, ?, ?)"),
                  {*turn, o.position, judgementKey(o.judgement), sqlText(o.reason), sqlText(o.author), iso(o.at)},
                  QStringLiteral("cannot save point override"));
}

Result<void> MentorStore::clearPointOverride(qint64 sessionId, int turnIndex, int position)
{
    Result<qint64> turn = savedTurnId(*m_db, sessionId, turnIndex);
    if (!turn)
        return std::unexpected(turn.error());
    QSqlQuery q(m_db->connection());
    return runSql(q, QStringLiteral("DELETE FROM point_overrides WHERE turn_id = ? AND position = ?"), {*turn, position},
                  QStringLiteral("cannot clear point override"));
}

Result<void> MentorStore::setScoreOverride(qint64 sessionId, int turnIndex, const ScoreOverride &o)
{
    Result<qint64> turn = savedTurnId(*m_db, sessionId, turnIndex);
    if (!turn)
        return std::unexpected(turn.error());
    QSqlQuery q(m_db->connection());
    return runSql(q, QStringLiteral("INSERT OR REPLACE INTO score_overrides (turn_id, score, reason, author, at) VALUES (?, ?, ?, ?, ?)"),
                  {*turn, o.score, sqlText(o.reason), sqlText(o.author), iso(o.at)}, QStringLiteral("cannot save score override"));
}

Result<void> MentorStore::clearScoreOverride(qint64 sessionId, int turnIndex)
{
    Result<qint64> turn = savedTurnId(*m_db, sessionId, turnIndex);
    if (!turn)
        return std::unexpected(turn.error());
    QSqlQuery q(m_db->connection());
    return runSql(q, QStringLiteral("DELETE FROM score_overrides WHERE turn_id = ?"), {*turn}, QStringLiteral("cannot clear score override"));
}

Result<void> MentorStore::putComment(qint64 sessionId, int turnIndex, const MentorComment &c)
{
    Result<qint64> turn = savedTurnId(*m_db, sessionId, turnIndex);
    if (!turn)
        return std::unexpected(turn.error());
    QSqlQuery q(m_db->connection());
    return runSql(q,
                  QStringLiteral("INSERT OR REPLACE INTO comments (uid, turn_id, span_start, span_length, quote, text, author, at)"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                  {c.uid.isEmpty() ? newUid() : c.uid, *turn, c.spanStart, c.spanLength, sqlText(c.quote), sqlText(c.text), sqlText(c.author), iso(c.at)},
                  QStringLiteral("cannot save comment"));
}

Result<void> MentorStore::removeComment(const QString &uid)
{
    QSqlQuery q(m_db->connection());
    return runSql(q, QStringLiteral("DELETE FROM comments WHERE uid = ?"), {uid}, QStringLiteral("cannot remove comment"));
}

Result<void> MentorStore::setVerdict(qint64 sessionId, const Verdict &v)
{
    QSqlQuery q(m_db->connection());
    return runSql(q,
                  QStringLiteral("INSERT OR REPLACE INTO verdicts (session_id, level, recommendation, strengths, improvements, author, at)"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?)"),
                  {sessionId, sqlText(v.level), sqlText(recommendationKey(v.recommendation)), sqlText(v.strengths), sqlText(v.improvements),
                   sqlText(v.author), iso(v.at)},
                  QStringLiteral("cannot save verdict"));
}

Result<void> MentorStore::clearVerdict(qint64 sessionId)
{
    QSqlQuery q(m_db->connection());
    return runSql(q, QStringLiteral("DELETE FROM verdicts WHERE session_id = ?"), {sessionId}, QStringLiteral("cannot clear verdict"));
}

Result<void> MentorStore::replace(qint64 sessionId, const SessionReview &review)
{
    return inTransaction(m_db->connection(), [&]() -> Result<void> {
        QSqlQuery q(m_db->connection());
        const QString inSession = QStringLiteral(" WHERE turn_id IN (SELECT id FROM turns WHERE session_id = ?)");
        for (const char *table : {"point_overrides", "score_overrides", "comments"})
            if (Result<void> ok = runSql(q, QStringLiteral("DELETE FROM ") + QLatin1String(table) + inSession, {sessionId},
                                         QStringLiteral("cannot replace review"));
                !ok)
                return ok;
        if (Result<void> ok = clearVerdict(sessionId); !ok)
            return ok;
        return writeAll(sessionId, review);
    });
}

Result<void> MentorStore::writeTurn(qint64 sessionId, int turnIndex, const TurnReview &review)
{
    for (const PointOverride &o : review.points)
        if (Result<void> ok = setPointOverride(sessionId, turnIndex, o); !ok)
            return ok;
    if (review.score)
        if (Result<void> ok = setScoreOverride(sessionId, turnIndex, *review.score); !ok)
            return ok;
    for (const MentorComment &c : review.comments)
        if (Result<void> ok = putComment(sessionId, turnIndex, c); !ok)
            return ok;
    return {};
}

Result<void> MentorStore::writeAll(qint64 sessionId, const SessionReview &review)
{
    for (auto turn = review.turns.cbegin(); turn != review.turns.cend(); ++turn)
        if (Result<void> ok = writeTurn(sessionId, turn.key(), *turn); !ok)
            return ok;
    return review.verdict ? setVerdict(sessionId, *review.verdict) : Result<void>{};
}

Result<void> MentorStore::replaceTurn(qint64 sessionId, int turnIndex, const TurnReview &review)
{
    return inTransaction(m_db->connection(), [&]() -> Result<void> {
        Result<qint64> turn = savedTurnId(*m_db, sessionId, turnIndex);
        if (!turn)
            return std::unexpected(turn.error());
        QSqlQuery q(m_db->connection());
        for (const char *table : {"point_overrides", "score_overrides", "comments"})
            if (Result<void> ok = runSql(q, QStringLiteral("DELETE FROM ") + QLatin1String(table) + QStringLiteral(" WHERE turn_id = ?"), {*turn},
                                         QStringLiteral("cannot replace the turn's review"));
                !ok)
                return ok;
        return writeTurn(sessionId, turnIndex, review);
    });
}

} // namespace mi
