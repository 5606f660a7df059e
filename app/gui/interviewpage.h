#pragma once

#include "appcontext.h"
#include "engine/interviewengine.h"
#include "storage/practicerecorder.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>
#include <memory>

class DraftAutosaver;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSplitter;
class QTextBrowser;

// One practice session on screen: the question and why it is asked, a timer,
// the answer editor; after submitting, the scoring panel; then the next turn.
class InterviewPage : public QWidget
{
    Q_OBJECT
public:
    InterviewPage(AppContext &app, QWidget *parent = nullptr);

    // Starts a new session; false (with `error`) when it cannot be recorded.
    // `pack` must outlive the session (a composed drill pack is kept by the caller).
    bool startSession(const mi::Pack &pack, const mi::EngineOptions &options, QString &error);
    // Continues a stored, unfinished session where it stopped.
    bool resumeSession(mi::Pack pack, const mi::StoredSession &session, QString &error);
    bool isRunning() const;
    void saveDraft();

signals:
    void sessionEnded(qint64 sessionId);
    void statusMessage(const QString &message);

private:
    void showTurn();
    void submit();
    void next();
    void endSession();
    void updateClock();
    void reportIfFailed(const mi::Result<void> &result);

    AppContext &m_app;
    std::optional<mi::Pack> m_ownedPack; // a drill pack or a resumed session's copy
    std::unique_ptr<mi::InterviewEngine> m_engine;
    std::unique_ptr<mi::PracticeRecorder> m_recorder;
    QLabel *m_round;
    QLabel *m_progress;
    QLabel *m_clock;
    QLabel *m_prompt;
    QLabel *m_context;
    QLabel *m_reason;
    QPlainTextEdit *m_answer;
    QTextBrowser *m_scorePanel;
    QSplitter *m_split;
    QPushButton *m_submit;
    QPushButton *m_next;
    QPushButton *m_end;
    DraftAutosaver *m_autosaver = nullptr;
    QTimer m_clockTimer;
    QElapsedTimer m_answerTimer;
};
