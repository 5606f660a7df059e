#pragma once

#include "aliasmatcher.h"

#include <QList>
#include <QString>

namespace mi {

// A one-word Latin alias that may be misspelt in an answer ("kubelete",
// "promethus", "kuberentes"): typed answers and speech transcripts both have them.
struct FuzzyAlias {
    QString word; // normalised
    int tag = 0;
};

// Aliases worth fuzzy matching: single Latin words of at least 5 characters.
QList<FuzzyAlias> fuzzyAliasesOf(const QString &normalizedAlias, int tag);

// Words of the answer not already covered by an exact match that are within
// one edit (two for words of 9+ characters) of a fuzzy alias. Transpositions
// count as one edit.
QList<AliasMatch> findNearSpellings(const QString &normalized, const QList<FuzzyAlias> &aliases, const QList<AliasMatch> &exact);

bool withinEditDistance(QStringView a, QStringView b, int maxDistance);

} // namespace mi
