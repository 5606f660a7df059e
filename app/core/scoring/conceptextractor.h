#pragma once

#include "corpusstats.h"
#include "packs/pack.h"

#include <QList>

namespace mi {

// For ad-hoc scoring against a reference without a rubric: the reference's
// most distinctive terms (tf-idf against the corpus, question words removed)
// become weighted core points, each its own alias.
QList<RubricPoint> extractKeyConcepts(const QString &reference, const QString &question,
                                      const CorpusStats &corpus, int maxConcepts = 8);

} // namespace mi
