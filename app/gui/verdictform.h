#pragma once

#include "mentor/mentortypes.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

// The mentor's overall verdict on a session: level, recommendation, strengths
// and what to work on.
class VerdictForm : public QWidget
{
    Q_OBJECT
public:
    explicit VerdictForm(QWidget *parent = nullptr);
    void showVerdict(const std::optional<mi::Verdict> &verdict);
    static QString recommendationLabel(mi::Recommendation recommendation);

signals:
    void verdictSubmitted(const std::optional<mi::Verdict> &verdict);

private:
    QLineEdit *m_level;
    QComboBox *m_recommendation;
    QPlainTextEdit *m_strengths;
    QPlainTextEdit *m_improvements;
    QLabel *m_stamp;
};
