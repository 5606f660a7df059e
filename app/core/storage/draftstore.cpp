#include "draftstore.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace mi {

Result<void> DraftStore::save(qint64 sessionId, int turnIndex, const QString &text)
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("INSERT INTO drafts (session_id, turn_index, text, saved_at) VALUES (?, ?, ?, ?)"
                             " ON CONFLICT (session_id, turn_index) DO UPDATE SET text = excluded.text, saved_at = excluded.saved_at"));
    q.addBindValue(sessionId);
    q.addBindValue(turnIndex);
    q.addBindValue(text);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!q.exec())
        return fail(QStringLiteral("cannot save draft: %1").arg(q.lastError().text()));
    return {};
}

Result<QString> DraftStore::load(qint64 sessionId, int turnIndex) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT text FROM drafts WHERE session_id = ? AND turn_index = ?"));
    q.addBindValue(sessionId);
    q.addBindValue(turnIndex);
    if (!q.exec())
        return fail(QStringLiteral("cannot load draft: %1").arg(q.lastError().text()));
    return q.next() ? q.value(0).toString() : QString();
}

} // namespace mi
