#include "candidatewindow.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

CandidateWindow::CandidateWindow(QWidget *parent)
    : QWidget(parent, Qt::Window), m_heading(new QLabel), m_prompt(new QLabel), m_context(new QLabel), m_clock(new QLabel),
      m_answer(new QPlainTextEdit), m_submit(new QPushButton(tr("&Submit answer")))
{
    setObjectName(QStringLiteral("candidateWindow"));
    setWindowTitle(tr("Mock Interview — Candidate"));
    resize(900, 640);
    m_prompt->setObjectName(QStringLiteral("candidatePrompt"));
    m_prompt->setWordWrap(true);
    m_prompt->setTextFormat(Qt::PlainText);
    m_prompt->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_prompt->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    m_prompt->setFont(big);
    m_context->setWordWrap(true);
    m_context->setTextFormat(Qt::PlainText);
    m_clock->setObjectName(QStringLiteral("candidateClock"));
    m_clock->setFont(QFont(QStringLiteral("monospace"), big.pointSize()));
    m_clock->setAccessibleName(tr("Time on this answer"));
    m_answer->setObjectName(QStringLiteral("candidateAnswer"));
    m_answer->setAccessibleName(tr("Your answer"));
    m_answer->setPlaceholderText(tr("Type your answer (or speak it; your mentor is listening)…"));
    m_submit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_submit->setToolTip(tr("Submit (Ctrl+Enter)"));
    connect(m_answer, &QPlainTextEdit::textChanged, this, [this] { emit answerChanged(m_answer->toPlainText()); });
    connect(m_submit, &QPushButton::clicked, this, &CandidateWindow::submitted);

    auto *top = new QHBoxLayout;
    top->addWidget(m_heading, 1);
    top->addWidget(m_clock);
    auto *bottom = new QHBoxLayout;
    bottom->addStretch(1);
    bottom->addWidget(m_submit);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_prompt);
    layout->addWidget(m_context);
    layout->addWidget(m_answer, 1);
    layout->addLayout(bottom);
}

void CandidateWindow::showQuestion(const QString &heading, const QString &prompt, const QString &context)
{
    m_heading->setText(heading);
    m_prompt->setText(prompt);
    m_context->setText(context);
    m_context->setVisible(!context.isEmpty());
    m_answer->clear();
    m_answer->setReadOnly(false);
    m_submit->setEnabled(true);
    m_answer->setFocus();
}

void CandidateWindow::setClock(const QString &text) { m_clock->setText(text); }

void CandidateWindow::setWaiting(const QString &message)
{
    m_answer->setReadOnly(true);
    m_submit->setEnabled(false);
    m_context->setText(message);
    m_context->setVisible(true);
}

QString CandidateWindow::answer() const { return m_answer->toPlainText(); }
