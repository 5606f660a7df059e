#pragma once

#include "engine/interviewengine.h"
#include "review/reviewstore.h"
#include "sessionrepository.h"

#include <QSet>

namespace mi {

// Keeps the database in step with an interview: the session row when it
// starts, each turn as soon as it is asked and again when it is answered, the
// overall score at the end; each answered question also updates the review
// schedule. The GUI and the CLI both record through this.
class PracticeRecorder
{
public:
    PracticeRecorder(std::shared_ptr<Database> db, const InterviewEngine &engine);

    // The session row, with the engine's options so that it can be resumed.
    Result<qint64> begin();
    // Continue recording into an existing session (after a resume).
    void attach(qint64 sessionId) { m_sessionId = sessionId; }
    Result<void> recordCurrentTurn();
    Result<void> finish();
    qint64 sessionId() const { return m_sessionId; }

private:
    SessionRepository m_repository;
    ReviewStore m_reviews;
    QSet<int> m_reviewedTurns;
    const InterviewEngine &m_engine;
    qint64 m_sessionId = 0;
};

} // namespace mi
