#include "practicerecorder.h"

namespace mi {

PracticeRecorder::PracticeRecorder(std::shared_ptr<Database> db, const InterviewEngine &engine)
    : m_repository(std::move(db)), m_engine(engine)
{
}

Result<qint64> PracticeRecorder::begin()
{
    const EngineOptions &options = m_engine.options();
    SessionInfo info;
    info.packId = m_engine.pack().id;
    info.packTitle = m_engine.pack().title;
    info.language = m_engine.pack().language;
    info.mode = practiceModeKey(options.mode);
    info.seed = options.seed;
    info.roundIds = options.roundIds;
    info.persona = personaKey(options.persona);
    info.tags = options.tags;
    info.maxQuestions = options.maxQuestions;
    Result<qint64> id = m_repository.createSession(info);
    if (id)
        m_sessionId = *id;
    return id;
}

Result<void> PracticeRecorder::recordCurrentTurn()
{
    if (const Turn *turn = m_engine.currentTurn())
        return m_repository.saveTurn(m_sessionId, *turn);
    return {};
}

Result<void> PracticeRecorder::finish() { return m_repository.finishSession(m_sessionId, m_engine.overallScore()); }

} // namespace mi
