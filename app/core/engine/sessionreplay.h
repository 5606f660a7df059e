#pragma once

#include "common/error.h"
#include "interviewengine.h"
#include "packs/packlibrary.h"
#include "storage/sessionrepository.h"

namespace mi {

// Brings a fresh engine (same pack, seed and rounds) to where a stored session
// stopped by answering its turns again. The walk is deterministic, so the
// engine asks the same turns; a mismatch (the pack changed since) is an error.
Result<void> replaySession(InterviewEngine &engine, const StoredSession &session);

EngineOptions engineOptionsFor(const SessionInfo &session);

// The pack a stored session was walked on: a loaded pack, or the topic drill
// pack composed again from the session's tags. Empty when it is not loaded.
std::optional<Pack> packForSession(const PackLibrary &library, const SessionInfo &session);

} // namespace mi
