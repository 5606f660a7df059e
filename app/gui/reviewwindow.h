#pragma once

#include "appcontext.h"
#include "storage/sessionrepository.h"

#include <QMainWindow>

class AudioPlayButton;
class CommentList;
class PointOverrideTable;
class QDoubleSpinBox;
class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class VerdictForm;
class WebPanel;
namespace mi { class ReviewEditor; }

// Review mode: a mentor goes through a stored session answer by answer, reads
// (or replays) it beside the automatic scoring, judges each rubric point,
// overrides the score, comments on the answer or on words of it, and gives an
// overall verdict. Every change is saved at once and can be undone.
class ReviewWindow : public QMainWindow
{
    Q_OBJECT
public:
    ReviewWindow(AppContext &app, qint64 sessionId, QWidget *parent = nullptr);
    // False (with `error`) when the session cannot be loaded.
    bool load(QString &error);
    void showTurn(int index);
    mi::ReviewEditor *editor() const { return m_editor; }

signals:
    void exportPdfRequested(qint64 sessionId, QWidget *parentWindow);
    void exportBundleRequested(qint64 sessionId, QWidget *parentWindow);

private:
    void buildToolBar();
    QWidget *buildAnswerSide();
    QWidget *buildJudgementSide();
    void refreshTurnList();
    void refreshTurn();
    void addComment();
    void applyScoreOverride();
    QString referenceFor(const mi::Turn &turn) const;

    AppContext &m_app;
    qint64 m_sessionId;
    mi::StoredSession m_session;
    QList<mi::Question> m_questions; // as the candidate was asked them
    mi::ReviewEditor *m_editor;
    int m_current = -1;
    QListWidget *m_turns;
    QLabel *m_heading;
    QLabel *m_scores;
    QPlainTextEdit *m_answer;
    AudioPlayButton *m_play;
    WebPanel *m_panel;
    PointOverrideTable *m_points;
    QCheckBox *m_overrideScore;
    QDoubleSpinBox *m_score;
    QLineEdit *m_scoreReason;
    CommentList *m_comments;
    VerdictForm *m_verdict;
    QLineEdit *m_author;
};
