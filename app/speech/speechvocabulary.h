#pragma once

#include "packs/pack.h"

#include <QList>
#include <QStringList>

namespace mi {

// The words a recogniser should expect for these questions: prompts,
// references, rubric aliases and follow-up prompts, as a vocabulary for
// TranscriptionRequest and StreamingRecognizer.
QStringList speechVocabulary(const QList<const Question *> &questions);

} // namespace mi
