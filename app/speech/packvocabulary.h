#pragma once

#include "packs/pack.h"

#include <QList>
#include <QStringList>

namespace mi {

// The words a recogniser should expect for these questions: prompts,
// references, rubric aliases and follow-up prompts. Fed to
// TranscriptionRequest::vocabulary by the CLI and the app alike.
QStringList vocabularyOf(const QList<const Question *> &questions);

} // namespace mi
