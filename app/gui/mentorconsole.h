#pragma once

#include "appcontext.h"
#include "engine/interviewengine.h"
#include "storage/practicerecorder.h"

#include <QElapsedTimer>
#include <QMainWindow>
#include <QTimer>
#include <memory>

class CandidateWindow;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

// A mentor runs the interview: the question with the reference answer, the
// rubric to tick while the candidate speaks, the follow-ups that would come
// next and why, a clock and notes. The candidate sees only their own window.
// Ticks that differ from the machine's judgement are saved as the mentor's
// point overrides, notes as a comment, both with the mentor's name.
class MentorConsole : public QMainWindow
{
    Q_OBJECT
public:
    MentorConsole(AppContext &app, QWidget *parent = nullptr);
    ~MentorConsole() override;
    bool start(mi::Pack pack, const mi::EngineOptions &options, QString &error);
    CandidateWindow *candidateWindow() const { return m_candidate; }
    qint64 sessionId() const { return m_recorder ? m_recorder->sessionId() : 0; }

    void scoreAnswer();
    void next();
    void end();

signals:
    void sessionEnded(qint64 sessionId);

private:
    QWidget *buildQuestionSide();
    QWidget *buildMentorSide();
    void showTurn();
    void refreshSuggestions();
    void tick();
    void saveMentorJudgement(const mi::Turn &turn);
    QList<mi::RubricPoint> rubricOfCurrentTurn() const;

    AppContext &m_app;
    QString m_mentor;
    std::optional<mi::Pack> m_pack;
    std::unique_ptr<mi::InterviewEngine> m_engine;
    std::unique_ptr<mi::PracticeRecorder> m_recorder;
    CandidateWindow *m_candidate;
    QLabel *m_heading;
    QLabel *m_clock;
    QLabel *m_prompt;
    QLabel *m_reason;
    QTextBrowser *m_reference;
    QListWidget *m_checklist;
    QListWidget *m_followUps;
    QPlainTextEdit *m_liveAnswer;
    QPlainTextEdit *m_notes;
    QLabel *m_result;
    QPushButton *m_score;
    QPushButton *m_next;
    QTimer m_clockTimer;
    QElapsedTimer m_answerTimer;
};
