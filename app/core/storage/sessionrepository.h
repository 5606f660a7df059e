#pragma once

#include "common/error.h"
#include "database.h"
#include "engine/turn.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QList>
#include <memory>

namespace mi {

struct SessionInfo {
    qint64 id = 0;
    QString uid;             // stable across machines: a bundle imported back matches it
    QString candidate;       // optional name, shown on reports and bundles
    QString packId;
    QString packTitle;
    QString language;
    QString mode = QStringLiteral("script");
    quint64 seed = 1;
    QStringList roundIds; // the rounds walked; empty = all
    QString persona = QStringLiteral("neutral");
    QStringList tags;     // topic drill tags; empty = all
    int maxQuestions = 0; // 0 = no limit
    QStringList questionIds; // for composed packs (drill, review): the questions it was made of
    QDateTime startedAt;
    QDateTime finishedAt; // invalid while unfinished
    std::optional<double> overall;
    int turnCount = 0;    // filled by list/load
    bool hasDraft = false; // unsent typing was saved for it
};

struct StoredSession {
    SessionInfo info;
    QList<Turn> turns;
};

// Sessions, their turns, answers and scores. Each write is one transaction, so
// a crash leaves either the old or the new state of a turn.
class SessionRepository
{
public:
    explicit SessionRepository(std::shared_ptr<Database> db) : m_db(std::move(db)) {}

    Result<qint64> createSession(SessionInfo info);
    // Inserts or replaces the turn with the same index, with its answer and score if present.
    Result<void> saveTurn(qint64 sessionId, const Turn &turn);
    Result<void> finishSession(qint64 sessionId, double overall);
    Result<QList<SessionInfo>> listSessions() const;
    Result<StoredSession> loadSession(qint64 sessionId) const;
    Result<QList<StoredSession>> loadAllSessions() const; // oldest first
    // Answered attempts at a question (as asked, not as a follow-up), oldest first.
    Result<QList<std::pair<SessionInfo, Turn>>> attempts(const QString &questionId) const;

private:
    Result<void> saveAnswer(QSqlQuery &query, qint64 sessionId, qint64 turnId, const Turn &turn);
    Result<QList<Turn>> loadTurns(qint64 sessionId) const;
    Result<void> loadPoints(qint64 turnId, ScoreResult &score) const;

    std::shared_ptr<Database> m_db;
};

// The row id of a session's turn, by its index in the session; an error when
// the turn was never saved. Stores keyed by turn (audio, mentor review) use it.
Result<qint64> savedTurnId(const Database &db, qint64 sessionId, int turnIndex);

} // namespace mi
