#include "pack.h"

namespace mi {

template <typename T>
static const T *findById(const QList<T> &items, const QString &id)
{
    for (const T &item : items)
        if (item.id == id)
            return &item;
    return nullptr;
}

const RubricPoint *Question::point(const QString &pointId) const { return findById(rubric, pointId); }

const FollowUp *Question::followUp(const QString &followUpId) const { return findById(followUps, followUpId); }

int Pack::questionCount() const
{
    int count = 0;
    for (const Round &r : rounds)
        count += int(r.questions.size());
    return count;
}

const Question *Pack::question(const QString &questionId) const
{
    for (const Round &r : rounds)
        if (const Question *q = findById(r.questions, questionId))
            return q;
    return nullptr;
}

const Round *Pack::round(const QString &roundId) const { return findById(rounds, roundId); }

} // namespace mi
