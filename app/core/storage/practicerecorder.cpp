#include "practicerecorder.h"

#include "packs/topicpack.h"

namespace mi {

PracticeRecorder::PracticeRecorder(std::shared_ptr<Database> db, const InterviewEngine &engine)
    : m_repository(db), m_reviews(db), m_engine(engine)
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
    if (isComposedPackId(info.packId))
        info.questionIds = questionIdsOf(m_engine.pack());
    Result<qint64> id = m_repository.createSession(info);
    if (id)
        m_sessionId = *id;
    return id;
}

Result<void> PracticeRecorder::recordCurrentTurn()
{
    const Turn *turn = m_engine.currentTurn();
    if (!turn)
        return {};
    if (Result<void> saved = m_repository.saveTurn(m_sessionId, *turn); !saved)
        return saved;
    // Each answer moves the review schedule once, however often the turn is saved.
    if (!turn->answered() || m_reviewedTurns.contains(turn->index))
        return {};
    m_reviewedTurns.insert(turn->index);
    return m_reviews.recordTurn(*turn, QDateTime::currentDateTimeUtc());
}

Result<void> PracticeRecorder::finish() { return m_repository.finishSession(m_sessionId, m_engine.overallScore()); }

} // namespace mi
