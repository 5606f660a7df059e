#pragma once

#include "mentor/mentortypes.h"

#include <QUndoCommand>

namespace mi {

class ReviewEditor;

// Undo steps hold the whole state of what they change, before and after, so
// undo and redo are the same operation with a different state.
class TurnReviewCommand : public QUndoCommand
{
public:
    TurnReviewCommand(ReviewEditor &editor, int turn, TurnReview before, TurnReview after, const QString &text);
    void undo() override;
    void redo() override;

private:
    ReviewEditor &m_editor;
    int m_turn;
    TurnReview m_before;
    TurnReview m_after;
};

class VerdictCommand : public QUndoCommand
{
public:
    VerdictCommand(ReviewEditor &editor, std::optional<Verdict> before, std::optional<Verdict> after, const QString &text);
    void undo() override;
    void redo() override;

private:
    ReviewEditor &m_editor;
    std::optional<Verdict> m_before;
    std::optional<Verdict> m_after;
};

} // namespace mi
