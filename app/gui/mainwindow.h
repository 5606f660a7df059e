#pragma once

#include "appcontext.h"
#include "practicesetup.h"

#include <QMainWindow>

class HomePage;
class InterviewPage;
class QStackedWidget;
class QuestionVoice;

// Home (pack chooser and history) and the interview, one at a time.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(AppContext &app, QWidget *parent = nullptr);
    void startPractice(const PracticeSetup &setup);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void openSession(qint64 sessionId);
    void resumeSession(qint64 sessionId);
    void showHome();
    void refreshHistory();
    void showPackProblems();

    AppContext &m_app;
    QStackedWidget *m_stack;
    QuestionVoice *m_voice; // before the pages, which are told whether it can speak
    HomePage *m_home;
    InterviewPage *m_interview;
};
