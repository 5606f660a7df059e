#include "sessionrepository.h"

#include "common/trcontexts.h"
#include "sqlhelpers.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace mi {
namespace {

std::unexpected<Error> queryFailed(const QString &what, const QSqlQuery &q)
{
    return fail(QStringLiteral("%1: %2").arg(what, q.lastError().text()));
}

PointKind kindFromKey(const QString &key)
{
    if (key == u"bonus")
        return PointKind::Bonus;
    if (key == u"misconception")
        return PointKind::Misconception;
    return PointKind::Core;
}

} // namespace

Result<qint64> SessionRepository::createSession(SessionInfo info)
{
    QSqlQuery q(m_db->connection());
    const QDateTime started = info.startedAt.isValid() ? info.startedAt : QDateTime::currentDateTimeUtc();
    Result<void> inserted = runSql(q,
        QStringLiteral("INSERT INTO sessions (uid, candidate, pack_id, pack_title, language, mode, seed, rounds, started_at, persona, tags, max_questions,"
                       " question_ids) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {info.uid.isEmpty() ? newUid() : info.uid, sqlText(info.candidate), sqlText(info.packId), sqlText(info.packTitle), sqlText(info.language), sqlText(info.mode), qint64(info.seed),
         sqlText(info.roundIds.join(u',')), started.toString(Qt::ISODateWithMs), sqlText(info.persona), sqlText(info.tags.join(u',')),
         info.maxQuestions, sqlText(info.questionIds.join(u','))},
        QStringLiteral("cannot create session"));
    if (!inserted)
        return std::unexpected(inserted.error());
    return q.lastInsertId().toLongLong();
}

Result<void> SessionRepository::saveTurn(qint64 sessionId, const Turn &turn)
{
    return inTransaction(m_db->connection(), [&]() -> Result<void> {
        QSqlQuery q(m_db->connection());
        Result<void> step = runSql(q,
            QStringLiteral("INSERT INTO turns (session_id, turn_index, kind, round_id, question_id, followup_id, prompt, reason, time_limit, asked_at,"
                           " difficulty, overrun_ms, ability_after)"
                           " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                           " ON CONFLICT (session_id, turn_index) DO UPDATE SET prompt = excluded.prompt, reason = excluded.reason,"
                           " overrun_ms = excluded.overrun_ms, ability_after = excluded.ability_after"),
            {sessionId, turn.index, turnKindKey(turn.kind), sqlText(turn.roundId), sqlText(turn.questionId), sqlText(turn.followUpId),
             sqlText(turn.prompt), sqlText(turn.reason), turn.timeLimitSeconds, utcNowIso(), turn.difficulty, turn.overrunMs,
             turn.abilityAfter ? QVariant(*turn.abilityAfter) : QVariant()},
            QStringLiteral("cannot save turn"));
        if (step)
            step = runSql(q, QStringLiteral("SELECT id FROM turns WHERE session_id = ? AND turn_index = ?"), {sessionId, turn.index},
                          QStringLiteral("cannot find saved turn"));
        if (!step || !q.next())
            return step ? queryFailed(QStringLiteral("cannot find saved turn"), q) : step;
        const qint64 turnId = q.value(0).toLongLong();
        if (!turn.answered())
            return {};
        return saveAnswer(q, sessionId, turnId, turn);
    });
}

Result<void> SessionRepository::saveAnswer(QSqlQuery &q, qint64 sessionId, qint64 turnId, const Turn &turn)
{
    const ScoreResult &s = *turn.score;
    Result<void> step = runSql(q,
        QStringLiteral("INSERT OR REPLACE INTO answers (turn_id, text, elapsed_ms, answered_at, input, original_text, delivery) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {turnId, sqlText(turn.answer), turn.elapsedMs, utcNowIso(), sqlText(turn.inputKind),
         turn.originalAnswer.isNull() ? QVariant() : QVariant(turn.originalAnswer), sqlText(turn.deliveryJson)},
        QStringLiteral("cannot save answer"));
    if (step)
        step = runSql(q, QStringLiteral("INSERT OR REPLACE INTO scores (turn_id, score, similarity, coverage, keyword_dump, explanation) VALUES (?, ?, ?, ?, ?, ?)"),
                      {turnId, s.score, s.similarity, s.coverage, s.keywordDump ? 1 : 0, sqlText(s.explanation)},
                      QStringLiteral("cannot save score"));
    if (step)
        step = runSql(q, QStringLiteral("DELETE FROM point_results WHERE turn_id = ?"), {turnId}, QStringLiteral("cannot replace point results"));
    for (int i = 0; step && i < s.points.size(); ++i) {
        const PointResult &p = s.points[i];
        step = runSql(q,
            QStringLiteral("INSERT INTO point_results (turn_id, position, point_id, text, weight, kind, hit, evidence_start, evidence_length, evidence, note)"
                           " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {turnId, i, sqlText(p.id), sqlText(p.text), p.weight, pointKindKey(p.kind), p.hit ? 1 : 0, p.evidenceStart, p.evidenceLength,
             sqlText(p.evidence), sqlText(p.note)},
            QStringLiteral("cannot save point result"));
    }
    if (step) // the answer is in: its draft is no longer needed
        step = runSql(q, QStringLiteral("DELETE FROM drafts WHERE session_id = ? AND turn_index = ?"), {sessionId, turn.index},
                      QStringLiteral("cannot clear draft"));
    return step;
}

Result<void> SessionRepository::finishSession(qint64 sessionId, double overall)
{
    QSqlQuery q(m_db->connection());
    return runSql(q, QStringLiteral("UPDATE sessions SET finished_at = ?, overall = ? WHERE id = ?"), {utcNowIso(), overall, sessionId},
                  QStringLiteral("cannot finish session"));
}

static const QString kSessionColumns = QStringLiteral(
    "SELECT s.id, s.pack_id, s.pack_title, s.language, s.mode, s.seed, s.started_at, s.finished_at, s.overall,"
    " (SELECT COUNT(*) FROM turns t WHERE t.session_id = s.id), s.rounds,"
    " (SELECT COUNT(*) FROM drafts d WHERE d.session_id = s.id), s.persona, s.tags, s.max_questions, s.question_ids,"
    " s.uid, s.candidate FROM sessions s");

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
    s.persona = q.value(12).toString();
    s.tags = q.value(13).toString().split(u',', Qt::SkipEmptyParts);
    s.maxQuestions = q.value(14).toInt();
    s.questionIds = q.value(15).toString().split(u',', Qt::SkipEmptyParts);
    s.uid = q.value(16).toString();
    s.candidate = q.value(17).toString();
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
    if (Result<void> ok = runSql(q, kSessionColumns + QStringLiteral(" WHERE s.id = ?"), {sessionId}, QStringLiteral("cannot load session")); !ok)
        return std::unexpected(ok.error());
    if (!q.next())
        return fail(Storage::tr("no session with id %1").arg(sessionId));
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
    const QString sql = QStringLiteral("SELECT t.id, t.turn_index, t.kind, t.round_id, t.question_id, t.followup_id, t.prompt, t.reason, t.time_limit,"
                             " a.text, a.elapsed_ms, sc.score, sc.similarity, sc.coverage, sc.keyword_dump, sc.explanation,"
                             " t.difficulty, t.overrun_ms, t.ability_after, a.input, a.original_text, a.delivery"
                             " FROM turns t LEFT JOIN answers a ON a.turn_id = t.id LEFT JOIN scores sc ON sc.turn_id = t.id"
                             " WHERE t.session_id = ? ORDER BY t.turn_index");
    if (Result<void> ok = runSql(q, sql, {sessionId}, QStringLiteral("cannot load turns")); !ok)
        return std::unexpected(ok.error());
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
        t.difficulty = q.value(16).toInt();
        t.overrunMs = q.value(17).toLongLong();
        if (!q.value(18).isNull())
            t.abilityAfter = q.value(18).toDouble();
        if (!q.value(19).isNull())
            t.inputKind = q.value(19).toString();
        t.originalAnswer = q.value(20).toString();
        t.deliveryJson = q.value(21).toString();
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
    const QString sql = QStringLiteral("SELECT point_id, text, weight, kind, hit, evidence_start, evidence_length, evidence, note"
                             " FROM point_results WHERE turn_id = ? ORDER BY position");
    if (Result<void> ok = runSql(q, sql, {turnId}, QStringLiteral("cannot load point results")); !ok)
        return ok;
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

namespace mi {

Result<QList<StoredSession>> SessionRepository::loadAllSessions() const
{
    Result<QList<SessionInfo>> infos = listSessions();
    if (!infos)
        return std::unexpected(infos.error());
    QList<StoredSession> sessions;
    for (auto it = infos->crbegin(); it != infos->crend(); ++it) {
        Result<StoredSession> s = loadSession(it->id);
        if (!s)
            return std::unexpected(s.error());
        sessions.append(*s);
    }
    return sessions;
}

Result<QList<std::pair<SessionInfo, Turn>>> SessionRepository::attempts(const QString &questionId) const
{
    QSqlQuery q(m_db->connection());
    if (Result<void> ok = runSql(q,
                                 QStringLiteral("SELECT DISTINCT t.session_id FROM turns t JOIN answers a ON a.turn_id = t.id"
                                                " WHERE t.question_id = ? AND t.kind = 'question' ORDER BY t.session_id"),
                                 {questionId}, QStringLiteral("cannot find attempts"));
        !ok)
        return std::unexpected(ok.error());
    QList<qint64> sessionIds;
    while (q.next())
        sessionIds.append(q.value(0).toLongLong());
    QList<std::pair<SessionInfo, Turn>> found;
    for (qint64 id : sessionIds) {
        Result<StoredSession> s = loadSession(id);
        if (!s)
            return std::unexpected(s.error());
        for (const Turn &t : s->turns)
            if (t.kind == TurnKind::Question && t.questionId == questionId && t.answered())
                found.append({s->info, t});
    }
    return found;
}

Result<qint64> savedTurnId(const Database &db, qint64 sessionId, int turnIndex)
{
    QSqlQuery q(db.connection());
    if (Result<void> ok = runSql(q, QStringLiteral("SELECT id FROM turns WHERE session_id = ? AND turn_index = ?"), {sessionId, turnIndex},
                                 QStringLiteral("cannot find turn"));
        !ok)
        return std::unexpected(ok.error());
    if (!q.next())
        return fail(Storage::tr("session %1 has no saved turn %2").arg(sessionId).arg(turnIndex)); // the index as stored
    return q.value(0).toLongLong();
}

} // namespace mi
