#pragma once

#include "appcontext.h"
#include "engine/interviewengine.h"
#include "storage/practicerecorder.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>
#include <memory>

class DraftAutosaver;
class QuestionVoice;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSplitter;
class SpokenAnswerBar;
class WebPanel;

// One practice session on screen: the question and why it is asked, a timer,
// the answer editor; after submitting, the scoring panel; then the next turn.
class InterviewPage : public QWidget
{
    Q_OBJECT
public:
    InterviewPage(AppContext &app, QuestionVoice *voice, QWidget *parent = nullptr);

    // Starts a new session; false (with `error`) when it cannot be recorded.
    bool startSession(mi::Pack pack, const mi::EngineOptions &options, QString &error);
    // Continues a stored, unfinished session where it stopped.
    bool resumeSession(mi::Pack pack, const mi::StoredSession &session, QString &error);
    bool isRunning() const;
    void saveDraft();
    // Recording controls; a live-caption recogniser attaches here.
    SpokenAnswerBar *spokenAnswerBar() const { return m_speak; }

signals:
    void sessionEnded(qint64 sessionId);
    void statusMessage(const QString &message);

private:
    void showTurn();
    void submit();
    void submitAnswer(const QString &answer);
    void next();
    void endSession();
    void updateClock();
    void beginEngine(mi::Pack pack, const mi::EngineOptions &options);
    void reportIfFailed(const mi::Result<void> &result);
    void prepareSpeaking(const mi::Turn &turn);
    void keepRecording(const QString &path, qint64 durationMs);
    void useTranscript(const QString &text, const QString &deliveryJson);
    WebPanel *scorePanel();

    AppContext &m_app;
    QuestionVoice *m_voice;
    std::optional<mi::Pack> m_pack; // the engine walks this copy (a drill pack is composed for the session)
    std::unique_ptr<mi::InterviewEngine> m_engine;
    std::unique_ptr<mi::PracticeRecorder> m_recorder;
    QLabel *m_round;
    QLabel *m_progress;
    QLabel *m_clock;
    QLabel *m_ability;
    QLabel *m_prompt;
    QLabel *m_context;
    QLabel *m_reason;
    QPlainTextEdit *m_answer;
    SpokenAnswerBar *m_speak;
    mi::AnswerInput m_input; // typed, or spoken with the transcript as recognised
    WebPanel *m_scorePanel = nullptr; // made on the first answer: WebEngine starts lazily
    QSplitter *m_split;
    QPushButton *m_submit;
    QPushButton *m_next;
    QPushButton *m_end;
    DraftAutosaver *m_autosaver = nullptr;
    QTimer m_clockTimer;
    QElapsedTimer m_answerTimer;
};
