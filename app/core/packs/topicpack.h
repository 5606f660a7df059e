#pragma once

#include "packlibrary.h"

namespace mi {

// Packs made on the fly from questions of the loaded packs, in one round:
// - a topic drill: every question in `language` carrying one of `tags` (any
//   tag when empty); id "drill:<language>:<tags>";
// - a weak-spots review: the given questions, in the given order; id "review:<language>".
// A stored session of a composed pack keeps its question ids and is rebuilt
// with recomposePack().
Pack composeTopicPack(const PackLibrary &library, const QStringList &tags, const QString &language);
Pack composeReviewPack(const PackLibrary &library, const QStringList &questionIds, const QString &language);
bool isComposedPackId(const QString &packId);
Pack recomposePack(const PackLibrary &library, const QString &packId, const QString &title, const QStringList &questionIds,
                   const QString &language);
QStringList questionIdsOf(const Pack &pack);

// Every tag used by questions in `language`, sorted, for a topic chooser.
QStringList questionTags(const PackLibrary &library, const QString &language);

} // namespace mi
