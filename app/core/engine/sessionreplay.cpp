#include "sessionreplay.h"

namespace mi {

EngineOptions engineOptionsFor(const SessionInfo &session)
{
    EngineOptions options;
    options.seed = session.seed;
    options.roundIds = session.roundIds;
    return options;
}

Result<void> replaySession(InterviewEngine &engine, const StoredSession &session)
{
    if (engine.state() != InterviewEngine::State::NotStarted)
        return fail(QStringLiteral("the engine has already started"));
    engine.start();
    for (const Turn &stored : session.turns) {
        const Turn *current = engine.currentTurn();
        if (current->questionId != stored.questionId || current->followUpId != stored.followUpId)
            return fail(QStringLiteral("turn %1 differs from the saved session (the pack has changed)").arg(stored.index + 1));
        if (!stored.answered())
            break;
        engine.submit(stored.answer, stored.elapsedMs);
        if (!engine.next())
            break;
    }
    return {};
}

} // namespace mi
