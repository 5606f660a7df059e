#pragma once

#include "common/error.h"
#include "engine/turn.h"
#include "sm2.h"
#include "storage/database.h"

#include <QList>
#include <memory>

namespace mi {

struct ReviewItem {
    QString questionId;
    QString pointId; // empty for the question as a whole
    QString pointText;
    ReviewState state;
};

// Review schedules in the database: one item per question and per core rubric
// point, updated from every scored question turn.
class ReviewStore
{
public:
    explicit ReviewStore(std::shared_ptr<Database> db) : m_db(std::move(db)) {}

    Result<void> recordTurn(const Turn &turn, const QDateTime &now);
    Result<QList<ReviewItem>> dueItems(const QDateTime &now) const; // earliest first
    Result<std::optional<ReviewItem>> item(const QString &questionId, const QString &pointId) const;
    // Questions with something due, most urgent first: the weak-spots round.
    Result<QStringList> dueQuestions(const QDateTime &now, int limit) const;

private:
    Result<void> update(const QString &questionId, const QString &pointId, const QString &pointText, int quality, const QDateTime &now);
    std::shared_ptr<Database> m_db;
};

} // namespace mi
