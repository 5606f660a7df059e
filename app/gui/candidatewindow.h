#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

// What the candidate sees in a mentor-led interview (on a second screen or a
// shared window): the question, the clock and their answer, nothing else: no
// reference, no rubric, no score.
class CandidateWindow : public QWidget
{
    Q_OBJECT
public:
    explicit CandidateWindow(QWidget *parent = nullptr);
    void showQuestion(const QString &heading, const QString &prompt, const QString &context);
    void setClock(const QString &text);
    void setWaiting(const QString &message); // after submitting, until the mentor moves on
    QString answer() const;

signals:
    void answerChanged(const QString &text);
    void submitted();

private:
    QLabel *m_heading;
    QLabel *m_prompt;
    QLabel *m_context;
    QLabel *m_clock;
    QPlainTextEdit *m_answer;
    QPushButton *m_submit;
};
