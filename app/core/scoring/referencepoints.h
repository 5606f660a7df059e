#pragma once

#include "corpusstats.h"
#include "packs/pack.h"

#include <QList>

namespace mi {

// For a reference without a rubric: its sentences and the items of its
// enumerations become core points, each recognised when the answer says it
// (in its own words or the reference's), weighted by how much the item says
// that the question does not. Items that only restate the question go.
QList<RubricPoint> referencePoints(const QString &reference, const QString &question, const CorpusStats &corpus, int maxPoints = 16);

// True when the question asks for a list: 有哪些, 哪几种, 分为, 包括哪些,
// "what are the types/kinds", "name the", "list the".
bool asksForEnumeration(const QString &question);

} // namespace mi
