#pragma once

#include "scoringtypes.h"

namespace mi {

// Scores one answer. Implementations are stateless after construction and may
// be shared between threads.
class Scorer
{
public:
    virtual ~Scorer() = default;
    virtual ScoreResult score(const ScoringRequest &request) const = 0;
};

} // namespace mi
