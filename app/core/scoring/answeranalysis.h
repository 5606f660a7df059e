#pragma once

#include "aliasmatcher.h"

#include <QList>
#include <QString>

namespace mi {

// A sentence of the normalised answer and how much it says besides rubric terms.
struct Sentence {
    int start = 0;
    int end = 0;          // exclusive
    int aliasCount = 0;   // non-overlapping rubric terms inside
    double contentUnits = 0; // Chinese characters and (×2) English words outside rubric terms
};

// Splits the answer into sentences and measures, per sentence, the words that
// are not rubric terms. A sentence made only of terms ("apiserver etcd
// scheduler") explains nothing; the scorer uses this to refuse keyword dumps.
QList<Sentence> analyseSentences(const QString &normalized, const QList<AliasMatch> &nonOverlappingMatches);

int sentenceIndexAt(const QList<Sentence> &sentences, int offset);

// True when a negation cue ("不", "没有", "not", "never", "n't") stands in the
// same clause shortly before `start`: "不会被 OOM Kill" does not claim an OOM kill.
bool isNegatedAt(const QString &normalized, int start);

} // namespace mi
