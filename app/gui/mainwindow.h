#pragma once

#include "appcontext.h"

#include <QMainWindow>

class HomePage;
class InterviewPage;
class QStackedWidget;

// Home (pack chooser and history) and the interview, one at a time.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(AppContext &app, QWidget *parent = nullptr);
    // Empty `roundIds` walks every round.
    void startPractice(const QString &packId, const QStringList &roundIds);

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
    HomePage *m_home;
    InterviewPage *m_interview;
};
