#include "questionsnapshots.h"

#include "bundlejson.h"
#include "storage/sqlhelpers.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace mi {

Result<void> QuestionSnapshots::save(qint64 sessionId, const QList<Question> &questions)
{
    return inTransaction(m_db->connection(), [&]() -> Result<void> {
        QSqlQuery q(m_db->connection());
        for (const Question &question : questions) {
            const QString json = QString::fromUtf8(QJsonDocument(questionSnapshotToJson(question)).toJson(QJsonDocument::Compact));
            if (Result<void> ok = runSql(q, QStringLiteral("INSERT OR REPLACE INTO session_questions (session_id, question_id, snapshot) VALUES (?, ?, ?)"),
                                         {sessionId, question.id, json}, QStringLiteral("cannot save question snapshot"));
                !ok)
                return ok;
        }
        return {};
    });
}

Result<QList<Question>> QuestionSnapshots::load(qint64 sessionId) const
{
    QSqlQuery q(m_db->connection());
    if (Result<void> ok = runSql(q, QStringLiteral("SELECT question_id, snapshot FROM session_questions WHERE session_id = ? ORDER BY rowid"),
                                 {sessionId}, QStringLiteral("cannot load question snapshots"));
        !ok)
        return std::unexpected(ok.error());
    QList<Question> questions;
    while (q.next()) {
        Result<Question> question =
            questionSnapshotFromJson(QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object(), q.value(0).toString());
        if (!question)
            return std::unexpected(question.error());
        questions.append(*question);
    }
    return questions;
}

Result<QList<Question>> QuestionSnapshots::questionsOf(qint64 sessionId, const QStringList &questionIds, const PackLibrary &library) const
{
    Result<QList<Question>> snapshots = load(sessionId);
    if (!snapshots)
        return snapshots;
    QList<Question> questions;
    for (const QString &id : questionIds) {
        auto snapshot = std::find_if(snapshots->cbegin(), snapshots->cend(), [&](const Question &q) { return q.id == id; });
        if (snapshot != snapshots->cend())
            questions.append(*snapshot);
        else if (const Question *local = library.question(id))
            questions.append(*local);
    }
    return questions;
}

} // namespace mi
