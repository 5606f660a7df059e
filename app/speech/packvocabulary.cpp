#include "packvocabulary.h"

namespace mi {

QStringList vocabularyOf(const QList<const Question *> &questions)
{
    QStringList words;
    for (const Question *q : questions) {
        words << q->prompt << q->reference;
        for (const RubricPoint &p : q->rubric)
            words << p.aliases;
        for (const FollowUp &f : q->followUps)
            words << f.prompt;
    }
    return words;
}

} // namespace mi
