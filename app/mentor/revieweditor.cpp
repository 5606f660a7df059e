#include "revieweditor.h"

#include "reviewcommands.h"
#include "storage/sqlhelpers.h"

#include <algorithm>

namespace mi {


ReviewEditor::ReviewEditor(std::shared_ptr<Database> db, qint64 sessionId, QString author, QObject *parent)
    : QObject(parent), m_store(std::move(db)), m_sessionId(sessionId), m_author(std::move(author))
{
}

Result<void> ReviewEditor::load()
{
    Result<SessionReview> review = m_store.load(m_sessionId);
    if (!review)
        return std::unexpected(review.error());
    m_review = *review;
    m_undo.clear();
    return {};
}

template <typename T>
T ReviewEditor::stamped(T value) const
{
    value.author = m_author;
    value.at = QDateTime::currentDateTimeUtc();
    return value;
}

void ReviewEditor::pushTurnEdit(int turn, TurnReview after, const QString &text)
{
    m_undo.push(new TurnReviewCommand(*this, turn, m_review.turn(turn), std::move(after), text));
}

void ReviewEditor::setPointJudgement(int turn, int position, std::optional<PointJudgement> judgement, const QString &reason)
{
    TurnReview after = m_review.turn(turn);
    if (judgement)
        after.points.insert(position, stamped(PointOverride{{}, position, *judgement, reason}));
    else
        after.points.remove(position);
    pushTurnEdit(turn, after, judgement ? tr("Judge point %1 of answer %2").arg(position + 1).arg(turn + 1)
                                        : tr("Clear judgement of point %1 of answer %2").arg(position + 1).arg(turn + 1));
}

void ReviewEditor::setScoreOverride(int turn, std::optional<double> score, const QString &reason)
{
    TurnReview after = m_review.turn(turn);
    after.score = score ? std::optional(stamped(ScoreOverride{{}, std::clamp(*score, 0.0, 100.0), reason})) : std::nullopt;
    pushTurnEdit(turn, after, score ? tr("Score answer %1").arg(turn + 1) : tr("Clear score of answer %1").arg(turn + 1));
}

QString ReviewEditor::addComment(int turn, int spanStart, int spanLength, const QString &quote, const QString &text)
{
    TurnReview after = m_review.turn(turn);
    MentorComment comment = stamped(MentorComment{{}, newUid(), spanStart, spanStart < 0 ? 0 : spanLength, quote, text});
    after.comments.append(comment);
    pushTurnEdit(turn, after, tr("Comment on answer %1").arg(turn + 1));
    return comment.uid;
}

void ReviewEditor::editComment(int turn, const QString &uid, const QString &text)
{
    TurnReview after = m_review.turn(turn);
    for (MentorComment &c : after.comments)
        if (c.uid == uid) {
            c.text = text;
            c = stamped(c);
        }
    pushTurnEdit(turn, after, tr("Edit comment on answer %1").arg(turn + 1));
}

void ReviewEditor::removeComment(int turn, const QString &uid)
{
    TurnReview after = m_review.turn(turn);
    after.comments.removeIf([&](const MentorComment &c) { return c.uid == uid; });
    pushTurnEdit(turn, after, tr("Remove comment on answer %1").arg(turn + 1));
}

void ReviewEditor::setVerdict(std::optional<Verdict> verdict)
{
    if (verdict)
        verdict = stamped(*verdict);
    m_undo.push(new VerdictCommand(*this, m_review.verdict, verdict, verdict ? tr("Set verdict") : tr("Clear verdict")));
}

bool ReviewEditor::applyTurn(int turn, const TurnReview &state)
{
    if (Result<void> ok = m_store.replaceTurn(m_sessionId, turn, state); !ok) {
        emit failed(ok.error().toString());
        return false;
    }
    m_review.turns.insert(turn, state);
    emit turnChanged(turn);
    return true;
}

bool ReviewEditor::applyVerdict(const std::optional<Verdict> &verdict)
{
    Result<void> ok = verdict ? m_store.setVerdict(m_sessionId, *verdict) : m_store.clearVerdict(m_sessionId);
    if (!ok) {
        emit failed(ok.error().toString());
        return false;
    }
    m_review.verdict = verdict;
    emit verdictChanged();
    return true;
}

} // namespace mi
