#include "reviewstore.h"

#include "common/trcontexts.h"
#include "storage/sqlhelpers.h"

#include <QSqlQuery>

namespace mi {

static ReviewItem itemFromRow(const QSqlQuery &q)
{
    ReviewItem item;
    item.questionId = q.value(0).toString();
    item.pointId = q.value(1).toString();
    item.pointText = q.value(2).toString();
    item.state.ease = q.value(3).toDouble();
    item.state.repetitions = q.value(4).toInt();
    item.state.intervalMinutes = q.value(5).toLongLong();
    item.state.lapses = q.value(6).toInt();
    item.state.due = QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs);
    return item;
}

static const QString kColumns = QStringLiteral(
    "SELECT question_id, point_id, point_text, ease, repetitions, interval_minutes, lapses, due_at FROM review_items");

Result<std::optional<ReviewItem>> ReviewStore::item(const QString &questionId, const QString &pointId) const
{
    QSqlQuery q(m_db->connection());
    if (Result<void> ok = runSql(q, kColumns + QStringLiteral(" WHERE question_id = ? AND point_id = ?"), {questionId, sqlText(pointId)},
                                 QStringLiteral("cannot read review item"));
        !ok)
        return std::unexpected(ok.error());
    if (!q.next())
        return std::optional<ReviewItem>();
    return std::optional<ReviewItem>(itemFromRow(q));
}

Result<void> ReviewStore::update(const QString &questionId, const QString &pointId, const QString &pointText, int quality, const QDateTime &now)
{
    Result<std::optional<ReviewItem>> existing = item(questionId, pointId);
    if (!existing)
        return std::unexpected(existing.error());
    const ReviewState next = scheduleReview(existing->has_value() ? (*existing)->state : ReviewState{}, quality, now);
    const QString due = next.due.toUTC().toString(Qt::ISODateWithMs);
    // An empty string would be bound as NULL and fail the whole turn's save
    // with a constraint message nobody can act on.
    if (due.isEmpty())
        return fail(Storage::tr("cannot schedule the review of %1: the due date is out of range").arg(questionId));
    QSqlQuery q(m_db->connection());
    return runSql(q,
                  QStringLiteral("INSERT INTO review_items (question_id, point_id, point_text, ease, repetitions, interval_minutes, lapses, due_at,"
                                 " last_quality, last_reviewed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                                 " ON CONFLICT (question_id, point_id) DO UPDATE SET point_text = excluded.point_text, ease = excluded.ease,"
                                 " repetitions = excluded.repetitions, interval_minutes = excluded.interval_minutes, lapses = excluded.lapses,"
                                 " due_at = excluded.due_at, last_quality = excluded.last_quality, last_reviewed_at = excluded.last_reviewed_at"),
                  {questionId, sqlText(pointId), sqlText(pointText), next.ease, next.repetitions, next.intervalMinutes, next.lapses,
                   due, quality, now.toUTC().toString(Qt::ISODateWithMs)},
                  QStringLiteral("cannot save review item"));
}

Result<void> ReviewStore::recordTurn(const Turn &turn, const QDateTime &now)
{
    // Follow-ups have their own small rubrics; the schedule follows the questions.
    if (turn.kind != TurnKind::Question || !turn.score)
        return {};
    const ScoreResult &s = *turn.score;
    bool misconception = false;
    for (const PointResult &p : s.points)
        misconception = misconception || (p.kind == PointKind::Misconception && p.hit);
    return inTransaction(m_db->connection(), [&]() -> Result<void> {
        for (const PointResult &p : s.points) {
            if (p.kind != PointKind::Core)
                continue;
            if (Result<void> ok = update(turn.questionId, p.id, p.text, pointQuality(p.hit, p.note == u"contradicted", s.score), now); !ok)
                return ok;
        }
        return update(turn.questionId, QString(), QString(), questionQuality(s.score, misconception), now);
    });
}

Result<QList<ReviewItem>> ReviewStore::dueItems(const QDateTime &now) const
{
    QSqlQuery q(m_db->connection());
    if (Result<void> ok = runSql(q, kColumns + QStringLiteral(" WHERE due_at <= ? ORDER BY due_at, lapses DESC"),
                                 {now.toUTC().toString(Qt::ISODateWithMs)}, QStringLiteral("cannot list due reviews"));
        !ok)
        return std::unexpected(ok.error());
    QList<ReviewItem> items;
    while (q.next())
        items.append(itemFromRow(q));
    return items;
}

Result<QStringList> ReviewStore::dueQuestions(const QDateTime &now, int limit) const
{
    Result<QList<ReviewItem>> due = dueItems(now);
    if (!due)
        return std::unexpected(due.error());
    QStringList questions;
    for (const ReviewItem &item : *due)
        if (!questions.contains(item.questionId) && questions.size() < limit)
            questions.append(item.questionId);
    return questions;
}

} // namespace mi
