#pragma once

#include "appcontext.h"
#include "practicesetup.h"

#include <QMainWindow>
#include <functional>

class BundleActions;
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
    // The welcome dialog; main() shows it on the first start.
    void showWelcome();
    // Five easy-first questions from the first pack in the interface's language.
    void startWarmUp();
    // File ▸ Settings…; the home page picks up the new defaults on OK.
    void openSettings();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    Q_INVOKABLE void openSession(qint64 sessionId);
    void openCompare(const QString &questionId);
    void exportPdf(qint64 sessionId, QWidget *parentWindow);
    Q_INVOKABLE void openProgress();
    void reviewWeakSpots(const QString &language);
    std::function<QString(const mi::Turn &)> turnRenderer(const QString &language) const;
    void resumeSession(qint64 sessionId);
    void showHome();
    void refreshHistory();
    void showPackProblems();
    void openReview(qint64 sessionId);
    void withSelectedSession(const std::function<void(qint64)> &action);

    AppContext &m_app;
    QStackedWidget *m_stack;
    QuestionVoice *m_voice; // before the pages, which are told whether it can speak
    HomePage *m_home;
    InterviewPage *m_interview;
    BundleActions *m_bundles;
};
