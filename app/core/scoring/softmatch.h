#pragma once

#include "answeranalysis.h"
#include "corpusstats.h"
#include "text/textunits.h"

#include <QHash>
#include <QList>
#include <QSet>

namespace mi {

// Something to recognise in an answer when its words are not used: a rubric
// point's sentence, or a sentence of the reference behind it. Each unit
// weighs its idf; Chinese single characters weigh less than bigrams and words,
// since alone they say little.
struct SoftTarget {
    QHash<quint64, double> weights;
    double total = 0;
    double heaviest = 0;
    bool isEmpty() const { return total <= 0; }
};

// Units in `excluded` (the question's own) are left out: repeating the
// question is not answering it.
SoftTarget makeSoftTarget(const QString &text, const CorpusStats &corpus, const QSet<quint64> &excluded);
QSet<quint64> unitKeysOf(const QString &text);

struct SoftMatch {
    double recall = 0; // weighted share of the target found, 0..1
    int start = -1;    // span of the answer (normalised offsets) that carries it
    int end = -1;
};

// An answer's units by clause, computed once and matched against many targets.
class SoftAnswer
{
public:
    SoftAnswer(const QString &normalized, const QList<Clause> &clauses);

    // The window of up to `maxClauses` adjacent clauses that covers most of
    // the target; windows do not cross a sentence end.
    SoftMatch bestWindow(const SoftTarget &target, int maxClauses) const;
    // The whole answer against the target.
    SoftMatch whole(const SoftTarget &target) const;
    // True when every unit of the target that weighs at least `share` of its
    // heaviest is inside [start, end): the words that make the statement
    // what it is are all there ("readiness", not "liveness").
    bool holdsSalientUnits(const SoftTarget &target, int start, int end, double share) const;
    const QList<TextUnit> &units() const { return m_units; }

private:
    double recallOf(const SoftTarget &target, int firstUnit, int endUnit) const;

    QList<TextUnit> m_units;
    struct ClauseUnits {
        int start, end;          // normalised text span
        int firstUnit, endUnit;  // range in m_units
        bool endsSentence;
    };
    QList<ClauseUnits> m_clauses;
};

} // namespace mi
