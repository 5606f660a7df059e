#include "draftstore.h"

#include "sqlhelpers.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace mi {

Result<void> DraftStore::save(qint64 sessionId, int turnIndex, const QString &text)
{
    QSqlQuery q(m_db->connection());
    return runSql(q,
                  QStringLiteral("INSERT INTO drafts (session_id, turn_index, text, saved_at) VALUES (?, ?, ?, ?)"
                                 " ON CONFLICT (session_id, turn_index) DO UPDATE SET text = excluded.text, saved_at = excluded.saved_at"),
                  {sessionId, turnIndex, sqlText(text), utcNowIso()}, QStringLiteral("cannot save draft"));
}

Result<QString> DraftStore::load(qint64 sessionId, int turnIndex) const
{
    QSqlQuery q(m_db->connection());
    if (Result<void> loaded = runSql(q, QStringLiteral("SELECT text FROM drafts WHERE session_id = ? AND turn_index = ?"), {sessionId, turnIndex},
                                     QStringLiteral("cannot load draft"));
        !loaded)
        return std::unexpected(loaded.error());
    return q.next() ? q.value(0).toString() : QString();
}

} // namespace mi
