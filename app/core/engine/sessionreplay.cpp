#include "sessionreplay.h"

#include "common/trcontexts.h"
#include "packs/topicpack.h"

namespace mi {

EngineOptions engineOptionsFor(const SessionInfo &session)
{
    EngineOptions options;
    options.seed = session.seed;
    options.mode = practiceModeFromKey(session.mode).value_or(PracticeMode::Script);
    options.persona = personaFromKey(session.persona).value_or(PersonaKind::Neutral);
    options.roundIds = session.roundIds;
    options.tags = session.tags;
    options.maxQuestions = session.maxQuestions;
    return options;
}

std::optional<Pack> packForSession(const PackLibrary &library, const SessionInfo &session)
{
    if (isComposedPackId(session.packId))
        return recomposePack(library, session.packId, session.packTitle, session.questionIds, session.language);
    if (const Pack *pack = library.pack(session.packId))
        return *pack;
    return std::nullopt;
}

Result<void> replaySession(InterviewEngine &engine, const StoredSession &session)
{
    if (engine.state() != InterviewEngine::State::NotStarted)
        return fail(Engine::tr("the engine has already started"));
    engine.start();
    for (const Turn &stored : session.turns) {
        const Turn *current = engine.currentTurn();
        if (current->questionId != stored.questionId || current->followUpId != stored.followUpId)
            return fail(Engine::tr("turn %1 differs from the saved session (the pack has changed)").arg(stored.index + 1));
        if (!stored.answered())
            break;
        engine.submit(stored.answer, stored.elapsedMs, {stored.inputKind, stored.originalAnswer, stored.deliveryJson});
        if (!engine.next())
            break;
    }
    return {};
}

} // namespace mi
