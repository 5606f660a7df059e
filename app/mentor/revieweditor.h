#pragma once

#include "mentor/mentorstore.h"

#include <QObject>
#include <QUndoStack>

namespace mi {

// A mentor reviewing one session. Every change is an undoable command that is
// written to the database at once (so a crash loses nothing) and stamped with
// the mentor's name and the time. The automatic scores are never touched.
class ReviewEditor : public QObject
{
    Q_OBJECT
public:
    ReviewEditor(std::shared_ptr<Database> db, qint64 sessionId, QString author, QObject *parent = nullptr);

    Result<void> load();
    qint64 sessionId() const { return m_sessionId; }
    QString author() const { return m_author; }
    void setAuthor(const QString &author) { m_author = author; }
    const SessionReview &review() const { return m_review; }
    QUndoStack *undoStack() { return &m_undo; }

    // nullopt clears the override (back to the automatic judgement).
    void setPointJudgement(int turn, int position, std::optional<PointJudgement> judgement, const QString &reason);
    void setScoreOverride(int turn, std::optional<double> score, const QString &reason);
    // A comment on the whole answer (spanStart -1) or on a span of it; returns its uid.
    QString addComment(int turn, int spanStart, int spanLength, const QString &quote, const QString &text);
    void editComment(int turn, const QString &uid, const QString &text);
    void removeComment(int turn, const QString &uid);
    void setVerdict(std::optional<Verdict> verdict);

    // Used by the undo commands: puts a turn's (or the verdict's) state in
    // place, in the database first; false when that failed (see failed()).
    bool applyTurn(int turn, const TurnReview &state);
    bool applyVerdict(const std::optional<Verdict> &verdict);

signals:
    void turnChanged(int turn);
    void verdictChanged();
    void failed(const QString &message);

private:
    void pushTurnEdit(int turn, TurnReview after, const QString &text);
    template <typename T>
    T stamped(T value) const;

    MentorStore m_store;
    qint64 m_sessionId;
    QString m_author;
    SessionReview m_review;
    QUndoStack m_undo;
};

} // namespace mi
