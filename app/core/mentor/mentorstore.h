#pragma once

#include "mentortypes.h"
#include "storage/database.h"

#include <memory>

namespace mi {

// The mentor's overrides, comments and verdict of a session, kept in their own
// tables beside the automatic scores. Turns are addressed by their index in
// the session. Each call is one statement or one transaction.
class MentorStore
{
public:
    explicit MentorStore(std::shared_ptr<Database> db) : m_db(std::move(db)) {}

    Result<SessionReview> load(qint64 sessionId) const;

    Result<void> setPointOverride(qint64 sessionId, int turnIndex, const PointOverride &override);
    Result<void> clearPointOverride(qint64 sessionId, int turnIndex, int position);
    Result<void> setScoreOverride(qint64 sessionId, int turnIndex, const ScoreOverride &override);
    Result<void> clearScoreOverride(qint64 sessionId, int turnIndex);
    Result<void> putComment(qint64 sessionId, int turnIndex, const MentorComment &comment); // insert or replace by uid
    Result<void> removeComment(const QString &uid);
    // Replaces what the mentor said about one turn (an undo or redo step).
    Result<void> replaceTurn(qint64 sessionId, int turnIndex, const TurnReview &review);
    Result<void> setVerdict(qint64 sessionId, const Verdict &verdict);
    Result<void> clearVerdict(qint64 sessionId);

    // Replaces everything the mentor said about the session, in one transaction
    // (importing a reviewed bundle).
    Result<void> replace(qint64 sessionId, const SessionReview &review);

private:
    Result<void> writeAll(qint64 sessionId, const SessionReview &review);
    Result<void> writeTurn(qint64 sessionId, int turnIndex, const TurnReview &review);

    std::shared_ptr<Database> m_db;
};

} // namespace mi
