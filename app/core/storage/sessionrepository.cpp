#include "sessionrepository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace mi {
namespace {

std::unexpected<Error> queryFailed(const QString &what, const QSqlQuery &q)
{
    return fail(QStringLiteral("%1: %2").arg(what, q.lastError().text()));
}

// Qt binds a null QString as SQL NULL; the schema wants '' for "none".
QVariant text(const QString &s) { return QVariant(s.isNull() ? QStringLiteral("") : s); }

QString now() { return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs); }

PointKind kindFromKey(const QString &key)
{
    if (key == u"bonus")
        return PointKind::Bonus;
    if (key == u"misconception")
        return PointKind::Misconception;
    return PointKind::Core;
}

// Runs `body` inside a transaction; rolls back on error.
template <typename Body>
Result<void> inTransaction(QSqlDatabase db, Body body)
{
    if (!db.transaction())
        return fail(QStringLiteral("cannot start a transaction: %1").arg(db.lastError().text()));
    Result<void> result = body();
    if (!result) {
        db.rollback();
        return result;
    }
    if (!db.commit()) {
        db.rollback();
        return fail(QStringLiteral("cannot commit: %1").arg(db.lastError().text()));
    }
    return {};
}

} // namespace

Result<qint64> SessionRepository::createSession(SessionInfo info)
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("INSERT INTO sessions (pack_id, pack_title, language, mode, seed, rounds, started_at)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(text(info.packId));
    q.addBindValue(text(info.packTitle));
    q.addBindValue(text(info.language));
    q.addBindValue(text(info.mode));
    q.addBindValue(qint64(info.seed));
    q.addBindValue(text(info.roundIds.join(u',')));
    q.addBindValue((info.startedAt.isValid() ? info.startedAt : QDateTime::currentDateTimeUtc()).toString(Qt::ISODateWithMs));
    if (!q.exec())
        return queryFailed(QStringLiteral("cannot create session"), q);
    return q.lastInsertId().toLongLong();
}

Result<void> SessionRepository::saveTurn(qint64 sessionId, const Turn &turn)
{
    return inTransaction(m_db->connection(), [&]() -> Result<void> {
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("INSERT INTO turns (session_id, turn_index, kind, round_id, question_id, followup_id, prompt, reason, time_limit, asked_at)"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                                 " ON CONFLICT (session_id, turn_index) DO UPDATE SET prompt = excluded.prompt, reason = excluded.reason"));
        for (const QVariant &v : {QVariant(sessionId), QVariant(turn.index), QVariant(turnKindKey(turn.kind)), text(turn.roundId),
                                  text(turn.questionId), text(turn.followUpId), text(turn.prompt), text(turn.reason),
                                  QVariant(turn.timeLimitSeconds), QVariant(now())})
            q.addBindValue(v);
        if (!q.exec())
            return queryFailed(QStringLiteral("cannot save turn"), q);
        q.prepare(QStringLiteral("SELECT id FROM turns WHERE session_id = ? AND turn_index = ?"));
        q.addBindValue(sessionId);
        q.addBindValue(turn.index);
        if (!q.exec() || !q.next())
            return queryFailed(QStringLiteral("cannot find saved turn"), q);
        const qint64 turnId = q.value(0).toLongLong();
        if (!turn.answered())
            return {};

        q.prepare(QStringLiteral("INSERT OR REPLACE INTO answers (turn_id, text, elapsed_ms, answered_at) VALUES (?, ?, ?, ?)"));
        for (const QVariant &v : {QVariant(turnId), text(turn.answer), QVariant(turn.elapsedMs), QVariant(now())})
            q.addBindValue(v);
        if (!q.exec())
            return queryFailed(QStringLiteral("cannot save answer"), q);

        const ScoreResult &s = *turn.score;
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO scores (turn_id, score, similarity, coverage, keyword_dump, explanation) VALUES (?, ?, ?, ?, ?, ?)"));
        for (const QVariant &v : {QVariant(turnId), QVariant(s.score), QVariant(s.similarity), QVariant(s.coverage),
                                  QVariant(s.keywordDump ? 1 : 0), text(s.explanation)})
            q.addBindValue(v);
        if (!q.exec())
            return queryFailed(QStringLiteral("cannot save score"), q);

        q.prepare(QStringLiteral("DELETE FROM point_results WHERE turn_id = ?"));
        q.addBindValue(turnId);
        if (!q.exec())
            return queryFailed(QStringLiteral("cannot replace point results"), q);
        q.prepare(QStringLiteral("INSERT INTO point_results (turn_id, position, point_id, text, weight, kind, hit, evidence_start, evidence_length, evidence, note)"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (int i = 0; i < s.points.size(); ++i) {
            const PointResult &p = s.points[i];
            for (const QVariant &v : {QVariant(turnId), QVariant(i), text(p.id), text(p.text), QVariant(p.weight),
                                      QVariant(pointKindKey(p.kind)), QVariant(p.hit ? 1 : 0), QVariant(p.evidenceStart),
                                      QVariant(p.evidenceLength), text(p.evidence), text(p.note)})
                q.addBindValue(v);
            if (!q.exec())
                return queryFailed(QStringLiteral("cannot save point result"), q);
        }
        q.prepare(QStringLiteral("DELETE FROM drafts WHERE session_id = ? AND turn_index = ?"));
        q.addBindValue(sessionId);
        q.addBindValue(turn.index);
        if (!q.exec())
            return queryFailed(QStringLiteral("cannot clear draft"), q);
        return {};
    });
}

Result<void> SessionRepository::finishSession(qint64 sessionId, double overall)
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("UPDATE sessions SET finished_at = ?, overall = ? WHERE id = ?"));
    q.addBindValue(now());
    q.addBindValue(overall);
    q.addBindValue(sessionId);
    if (!q.exec())
        return queryFailed(QStringLiteral("cannot finish session"), q);
    return {};
}

static const QString kSessionColumns = QStringLiteral(
    "SELECT s.id, s.pack_id, s.pack_title, s.language, s.mode, s.seed, s.started_at, s.finished_at, s.overall,"
    " (SELECT COUNT(*) FROM turns t WHERE t.session_id = s.id), s.rounds,"
    " (SELECT COUNT(*) FROM drafts d WHERE d.session_id = s.id) FROM sessions s");

static SessionInfo sessionFromRow(const QSqlQuery &q)
{
    SessionInfo s;
    s.id = q.value(0).toLongLong();
    s.packId = q.value(1).toString();
    s.packTitle = q.value(2).toString();
    s.language = q.value(3).toString();
    s.mode = q.value(4).toString();
    s.seed = q.value(5).toULongLong();
    s.startedAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs);
    s.finishedAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs);
    if (!q.value(8).isNull())
        s.overall = q.value(8).toDouble();
    s.turnCount = q.value(9).toInt();
    s.roundIds = q.value(10).toString().split(u',', Qt::SkipEmptyParts);
    s.hasDraft = q.value(11).toInt() > 0;
    return s;
}

Result<QList<SessionInfo>> SessionRepository::listSessions() const
{
    QSqlQuery q(m_db->connection());
    if (!q.exec(kSessionColumns + QStringLiteral(" ORDER BY s.started_at DESC, s.id DESC")))
        return queryFailed(QStringLiteral("cannot list sessions"), q);
    QList<SessionInfo> sessions;
    while (q.next())
        sessions.append(sessionFromRow(q));
    return sessions;
}

Result<StoredSession> SessionRepository::loadSession(qint64 sessionId) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(kSessionColumns + QStringLiteral(" WHERE s.id = ?"));
    q.addBindValue(sessionId);
    if (!q.exec())
        return queryFailed(QStringLiteral("cannot load session"), q);
    if (!q.next())
        return fail(QStringLiteral("no session with id %1").arg(sessionId));
    StoredSession stored{sessionFromRow(q), {}};
    Result<QList<Turn>> turns = loadTurns(sessionId);
    if (!turns)
        return std::unexpected(turns.error());
    stored.turns = *turns;
    return stored;
}

Result<QList<Turn>> SessionRepository::loadTurns(qint64 sessionId) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT t.id, t.turn_index, t.kind, t.round_id, t.question_id, t.followup_id, t.prompt, t.reason, t.time_limit,"
                             " a.text, a.elapsed_ms, sc.score, sc.similarity, sc.coverage, sc.keyword_dump, sc.explanation"
                             " FROM turns t LEFT JOIN answers a ON a.turn_id = t.id LEFT JOIN scores sc ON sc.turn_id = t.id"
                             " WHERE t.session_id = ? ORDER BY t.turn_index"));
    q.addBindValue(sessionId);
    if (!q.exec())
        return queryFailed(QStringLiteral("cannot load turns"), q);
    QList<Turn> turns;
    while (q.next()) {
        Turn t;
        t.index = q.value(1).toInt();
        t.kind = q.value(2).toString() == u"followup" ? TurnKind::FollowUp : TurnKind::Question;
        t.roundId = q.value(3).toString();
        t.questionId = q.value(4).toString();
        t.followUpId = q.value(5).toString();
        t.prompt = q.value(6).toString();
        t.reason = q.value(7).toString();
        t.timeLimitSeconds = q.value(8).toInt();
        t.answer = q.value(9).toString();
        t.elapsedMs = q.value(10).toLongLong();
        if (!q.value(11).isNull()) {
            ScoreResult s;
            s.score = q.value(11).toDouble();
            s.similarity = q.value(12).toDouble();
            s.coverage = q.value(13).toDouble();
            s.keywordDump = q.value(14).toInt() != 0;
            s.explanation = q.value(15).toString();
            if (Result<void> points = loadPoints(q.value(0).toLongLong(), s); !points)
                return std::unexpected(points.error());
            t.score = s;
        }
        turns.append(t);
    }
    return turns;
}

Result<void> SessionRepository::loadPoints(qint64 turnId, ScoreResult &score) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT point_id, text, weight, kind, hit, evidence_start, evidence_length, evidence, note"
                             " FROM point_results WHERE turn_id = ? ORDER BY position"));
    q.addBindValue(turnId);
    if (!q.exec())
        return queryFailed(QStringLiteral("cannot load point results"), q);
    while (q.next()) {
        PointResult p;
        p.id = q.value(0).toString();
        p.text = q.value(1).toString();
        p.weight = q.value(2).toDouble();
        p.kind = kindFromKey(q.value(3).toString());
        p.hit = q.value(4).toInt() != 0;
        p.evidenceStart = q.value(5).toInt();
        p.evidenceLength = q.value(6).toInt();
        p.evidence = q.value(7).toString();
        p.note = q.value(8).toString();
        score.points.append(p);
    }
    return {};
}

} // namespace mi
