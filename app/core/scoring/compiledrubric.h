#pragma once

#include "aliasmatcher.h"
#include "corpusstats.h"
#include "packs/lexicon.h"
#include "nearspelling.h"
#include "packs/pack.h"
#include "softmatch.h"

#include <QList>

namespace mi {

// Everything about one question that scoring needs and that does not depend on
// the answer, built once per question and memoised: one automaton over every
// alias (and every term of the concepts the aliases name), the sentence-level
// targets for recognising a point said in other words, and the parts of the
// wrong statements its misconception points name.
struct CompiledRubric {
    enum Origin { FromAlias = 0, FromConcept = 1 };
    static int tagOf(int point, Origin origin) { return point * 2 + origin; }
    static int pointOf(int tag) { return tag / 2; }
    static Origin originOf(int tag) { return Origin(tag % 2); }
    // Tags of wrong-statement parts sit above every point's tags.
    static constexpr int kStatementTagBase = 1 << 24;

    AliasMatcher matcher;
    QList<FuzzyAlias> fuzzyAliases;
    // Per point: its own sentence and the reference sentence that explains it.
    QList<QList<SoftTarget>> targets;
    struct StatementRef {
        int point;
        const WrongStatement *statement;
        int firstTag; // parts are firstTag, firstTag + 1, …
    };
    QList<StatementRef> statements;
    QSet<quint64> questionUnits;
};

// Points taken from the reference itself (reference-only scoring) are their
// own explanation: `pointsFromReference` leaves out the explaining sentence.
CompiledRubric compileRubric(const QList<RubricPoint> &rubric, const QString &reference, const QString &question,
                             const CorpusStats &corpus, const Lexicon *lexicon, bool pointsFromReference);

// The reference sentence that explains a point best: the one naming most of
// its aliases, or sharing most units with its text. Empty when none does.
QString explainingSentence(const RubricPoint &point, const QStringList &expandedAliases, const QList<QString> &sentences);

} // namespace mi
