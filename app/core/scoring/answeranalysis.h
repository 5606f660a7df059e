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

// A comma-separated piece of a sentence. A "bare" clause is a list item: a term
// or two with hardly any words around it ("Deployment、StatefulSet、有序").
struct Clause {
    int start = 0;
    int end = 0;
    bool bare = false;
};

QList<Clause> analyseClauses(const QString &normalized, const QList<AliasMatch> &nonOverlappingMatches);

// True when the answer reads as a list of terms rather than an explanation:
// most of its clauses are bare, or it has almost no words besides the terms.
bool looksLikeKeywordDump(const QList<Sentence> &sentences, const QList<Clause> &clauses, double minContentPerTerm);

int sentenceIndexAt(const QList<Sentence> &sentences, int offset);

// True when a negation cue ("不", "没有", "not", "never", "n't") stands in the
// same clause shortly before `start`: "不会被 OOM Kill" does not claim an OOM kill.
bool isNegatedAt(const QString &normalized, int start);

} // namespace mi
