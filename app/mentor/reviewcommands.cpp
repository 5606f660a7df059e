#include "reviewcommands.h"

#include "revieweditor.h"

namespace mi {

TurnReviewCommand::TurnReviewCommand(ReviewEditor &editor, int turn, TurnReview before, TurnReview after, const QString &text)
    : QUndoCommand(text), m_editor(editor), m_turn(turn), m_before(std::move(before)), m_after(std::move(after))
{
}

// A failed write leaves the command marked obsolete: the stack drops it
// instead of offering an undo for something that never happened.
void TurnReviewCommand::undo() { setObsolete(!m_editor.applyTurn(m_turn, m_before)); }
void TurnReviewCommand::redo() { setObsolete(!m_editor.applyTurn(m_turn, m_after)); }

VerdictCommand::VerdictCommand(ReviewEditor &editor, std::optional<Verdict> before, std::optional<Verdict> after, const QString &text)
    : QUndoCommand(text), m_editor(editor), m_before(std::move(before)), m_after(std::move(after))
{
}

void VerdictCommand::undo() { setObsolete(!m_editor.applyVerdict(m_before)); }
void VerdictCommand::redo() { setObsolete(!m_editor.applyVerdict(m_after)); }

} // namespace mi
