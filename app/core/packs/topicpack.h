#pragma once

#include "packlibrary.h"

namespace mi {

// A drill pack made on the fly: every question in `language` carrying one of
// `tags` (any tag when empty), from all loaded packs, in one round. Its id is
// "drill:<language>:<tags>", which is how a stored drill session finds it again.
Pack composeTopicPack(const PackLibrary &library, const QStringList &tags, const QString &language);
bool isTopicPackId(const QString &packId);

// Every tag used by questions in `language`, sorted, for a topic chooser.
QStringList questionTags(const PackLibrary &library, const QString &language);

} // namespace mi
