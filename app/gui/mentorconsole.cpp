#include "mentorconsole.h"

#include "candidatewindow.h"
#include "mentor/mentorstore.h"
#include "report/htmldocument.h"
#include "report/markdown.h"
#include "report/sessionreport.h"
#include "reviewsettings.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QTextBrowser>
#include <QVBoxLayout>

static QString clockText(qint64 ms, int limitSeconds)
{
    const QString spent = mi::formatDuration(ms);
    return limitSeconds > 0 ? QStringLiteral("%1 / %2").arg(spent, mi::formatDuration(qint64(limitSeconds) * 1000)) : spent;
}

MentorConsole::MentorConsole(AppContext &app, QWidget *parent)
    : QMainWindow(parent), m_app(app), m_candidate(new CandidateWindow), m_heading(new QLabel), m_clock(new QLabel), m_prompt(new QLabel),
      m_reason(new QLabel), m_reference(new QTextBrowser), m_checklist(new QListWidget), m_followUps(new QListWidget), m_liveAnswer(new QPlainTextEdit),
      m_notes(new QPlainTextEdit), m_result(new QLabel), m_score(new QPushButton(tr("&Score answer"))), m_next(new QPushButton(tr("&Next")))
{
    setObjectName(QStringLiteral("mentorConsole"));
    setWindowTitle(tr("Mock Interview — Mentor console"));
    setAttribute(Qt::WA_DeleteOnClose);
    resize(1360, 860);
    m_mentor = settings::mentorName();

    auto *split = new QSplitter;
    split->addWidget(buildQuestionSide());
    split->addWidget(buildMentorSide());
    setCentralWidget(split);

    connect(m_candidate, &CandidateWindow::answerChanged, this, [this](const QString &text) {
        m_liveAnswer->setPlainText(text);
        refreshSuggestions();
    });
    connect(m_candidate, &CandidateWindow::submitted, this, &MentorConsole::scoreAnswer);
    connect(m_checklist, &QListWidget::itemChanged, this, &MentorConsole::refreshSuggestions);
    connect(m_score, &QPushButton::clicked, this, &MentorConsole::scoreAnswer);
    connect(m_next, &QPushButton::clicked, this, &MentorConsole::next);
    connect(&m_clockTimer, &QTimer::timeout, this, &MentorConsole::tick);
    m_clockTimer.setInterval(1000);
}

MentorConsole::~MentorConsole() { delete m_candidate; }

QWidget *MentorConsole::buildQuestionSide()
{
    m_heading->setObjectName(QStringLiteral("consoleHeading"));
    m_clock->setObjectName(QStringLiteral("consoleClock"));
    m_clock->setFont(QFont(QStringLiteral("monospace"), font().pointSize() + 4));
    m_prompt->setObjectName(QStringLiteral("consolePrompt"));
    for (QLabel *label : {m_prompt, m_reason}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
    }
    QFont big = m_prompt->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    m_prompt->setFont(big);
    m_reference->setObjectName(QStringLiteral("consoleReference"));
    m_reference->setOpenLinks(false); // pack text is untrusted: nothing is followed or fetched
    m_reference->setAccessibleName(tr("Reference answer"));
    m_liveAnswer->setObjectName(QStringLiteral("consoleLiveAnswer"));
    m_liveAnswer->setReadOnly(true);
    m_liveAnswer->setAccessibleName(tr("The candidate's answer as they type"));
    m_result->setObjectName(QStringLiteral("consoleResult"));
    m_result->setWordWrap(true);

    auto *top = new QHBoxLayout;
    top->addWidget(m_heading, 1);
    top->addWidget(m_clock);
    auto *side = new QWidget;
    auto *layout = new QVBoxLayout(side);
    layout->addLayout(top);
    layout->addWidget(m_prompt);
    layout->addWidget(m_reason);
    layout->addWidget(new QLabel(tr("Reference answer")));
    layout->addWidget(m_reference, 3);
    layout->addWidget(new QLabel(tr("Candidate's answer (live)")));
    layout->addWidget(m_liveAnswer, 2);
    layout->addWidget(m_result);
    return side;
}

QWidget *MentorConsole::buildMentorSide()
{
    m_checklist->setObjectName(QStringLiteral("consoleChecklist"));
    m_checklist->setAccessibleName(tr("Rubric checklist: tick what the candidate covers"));
    m_checklist->setWordWrap(true);
    m_followUps->setObjectName(QStringLiteral("consoleFollowUps"));
    m_followUps->setAccessibleName(tr("Suggested follow-ups"));
    m_followUps->setWordWrap(true);
    m_notes->setObjectName(QStringLiteral("consoleNotes"));
    m_notes->setAccessibleName(tr("Mentor's notes on this answer"));
    m_notes->setPlaceholderText(tr("Notes on this answer (saved as your comment)"));
    m_notes->setTabChangesFocus(true);
    m_score->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_next->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    auto *showCandidate = new QPushButton(tr("Show &candidate window"));
    connect(showCandidate, &QPushButton::clicked, this, [this] { m_candidate->show(); m_candidate->raise(); });
    auto *endButton = new QPushButton(tr("&End interview"));
    connect(endButton, &QPushButton::clicked, this, &MentorConsole::end);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(showCandidate);
    buttons->addStretch(1);
    buttons->addWidget(endButton);
    buttons->addWidget(m_score);
    buttons->addWidget(m_next);

    auto *side = new QWidget;
    auto *layout = new QVBoxLayout(side);
    layout->addWidget(new QLabel(tr("Rubric — tick while the candidate speaks")));
    layout->addWidget(m_checklist, 3);
    layout->addWidget(new QLabel(tr("Follow-ups and why")));
    layout->addWidget(m_followUps, 2);
    layout->addWidget(new QLabel(tr("Notes")));
    layout->addWidget(m_notes, 2);
    layout->addLayout(buttons);
    return side;
}

bool MentorConsole::start(mi::Pack pack, const mi::EngineOptions &options, QString &error)
{
    if (!m_app.database) {
        error = tr("The practice database is not available: %1").arg(m_app.databaseError);
        return false;
    }
    m_pack = std::move(pack);
    m_engine = std::make_unique<mi::InterviewEngine>(*m_pack, m_app.scorer, options);
    m_recorder = std::make_unique<mi::PracticeRecorder>(m_app.database, *m_engine);
    if (mi::Result<qint64> id = m_recorder->begin(); !id) {
        error = id.error().message;
        return false;
    }
    m_engine->start();
    showTurn();
    m_candidate->show();
    m_clockTimer.start();
    return true;
}

QList<mi::RubricPoint> MentorConsole::rubricOfCurrentTurn() const
{
    const mi::Turn *turn = m_engine->currentTurn();
    const mi::Question *q = m_engine->currentQuestion();
    if (!turn || !q)
        return {};
    const mi::FollowUp *f = q->followUp(turn->followUpId);
    return f && !f->rubric.isEmpty() ? f->rubric : q->rubric;
}

void MentorConsole::showTurn()
{
    const mi::Turn *turn = m_engine->currentTurn();
    const mi::Question *question = m_engine->currentQuestion();
    if (!turn || !question)
        return;
    if (mi::Result<void> ok = m_recorder->recordCurrentTurn(); !ok)
        statusBar()->showMessage(ok.error().message);
    const mi::Round *round = m_engine->currentRound();
    const QString heading = tr("%1 · Question %2 of %3%4")
                                .arg(round ? round->title : QString())
                                .arg(m_engine->questionNumber())
                                .arg(m_engine->questionTotal())
                                .arg(turn->kind == mi::TurnKind::FollowUp ? tr(" · follow-up") : QString());
    m_heading->setText(heading);
    m_prompt->setText(turn->prompt);
    m_reason->setText(tr("Why: %1").arg(turn->reason));
    const mi::FollowUp *f = question->followUp(turn->followUpId);
    m_reference->setHtml(mi::markdownToHtml(f && !f->reference.isEmpty() ? f->reference : question->reference));
    {
        const QSignalBlocker blocker(m_checklist);
        m_checklist->clear();
        for (const mi::RubricPoint &p : rubricOfCurrentTurn()) {
            auto *item = new QListWidgetItem(p.kind == mi::PointKind::Misconception ? tr("✗ states: %1").arg(p.text) : p.text);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
            item->setData(Qt::UserRole, p.id);
            m_checklist->addItem(item);
        }
    }
    m_notes->clear();
    m_liveAnswer->clear();
    m_result->clear();
    m_score->setEnabled(true);
    m_next->setEnabled(false);
    m_candidate->showQuestion(heading, turn->prompt, question->context);
    m_answerTimer.restart();
    tick();
    refreshSuggestions();
}

void MentorConsole::refreshSuggestions()
{
    if (!m_engine)
        return;
    m_followUps->clear();
    if (m_engine->state() == mi::InterviewEngine::State::Answered) {
        // After scoring: what the engine will ask next, with its reasons.
        const QList<mi::FollowUpCandidate> pending = m_engine->pendingFollowUps();
        for (int i = 0; i < pending.size(); ++i)
            m_followUps->addItem(tr("%1%2\n%3").arg(i == 0 ? tr("Next: ") : QString(), pending[i].followUp.prompt, pending[i].reason));
        if (pending.isEmpty())
            m_followUps->addItem(tr("No follow-up: the next question comes."));
        return;
    }
    // While the candidate answers: authored follow-ups whose trigger the ticks
    // and the words so far already meet.
    const mi::Question *q = m_engine->currentQuestion();
    const mi::Turn *turn = m_engine->currentTurn();
    if (!q || !turn || turn->kind == mi::TurnKind::FollowUp)
        return;
    QSet<QString> ticked;
    for (int i = 0; i < m_checklist->count(); ++i)
        if (m_checklist->item(i)->checkState() == Qt::Checked)
            ticked.insert(m_checklist->item(i)->data(Qt::UserRole).toString());
    const QString said = m_liveAnswer->toPlainText();
    for (const mi::FollowUp &f : q->followUps) {
        QString why;
        if (f.trigger.kind == mi::TriggerKind::Missed) {
            QStringList open;
            for (const QString &id : f.trigger.pointIds)
                if (!ticked.contains(id))
                    if (const mi::RubricPoint *p = q->point(id))
                        open << p->text;
            if (!open.isEmpty())
                why = tr("if still not covered: %1").arg(open.join(QStringLiteral("; ")));
        } else if (f.trigger.kind == mi::TriggerKind::Mentioned) {
            for (const QString &term : f.trigger.terms)
                if (said.contains(term, Qt::CaseInsensitive))
                    why = tr("they mentioned “%1”").arg(term);
        } else if (f.trigger.kind == mi::TriggerKind::ScoreBand) {
            why = tr("if the score is %1–%2").arg(f.trigger.low).arg(f.trigger.high);
        }
        if (!why.isEmpty())
            m_followUps->addItem(tr("%1\n%2").arg(f.prompt, why));
    }
}

void MentorConsole::tick()
{
    const mi::Turn *turn = m_engine ? m_engine->currentTurn() : nullptr;
    if (!turn || m_engine->state() != mi::InterviewEngine::State::AwaitingAnswer)
        return;
    const QString text = clockText(m_answerTimer.elapsed(), turn->timeLimitSeconds);
    m_clock->setText(text);
    m_candidate->setClock(text);
}

void MentorConsole::scoreAnswer()
{
    if (!m_engine || m_engine->state() != mi::InterviewEngine::State::AwaitingAnswer)
        return;
    const mi::Turn &turn = m_engine->submit(m_candidate->answer(), m_answerTimer.elapsed());
    if (mi::Result<void> ok = m_recorder->recordCurrentTurn(); !ok)
        statusBar()->showMessage(ok.error().message);
    saveMentorJudgement(turn);
    m_result->setText(tr("Machine score %1 · %2 of %3 points ticked").arg(qRound(turn.score->score)).arg([this] {
        int n = 0;
        for (int i = 0; i < m_checklist->count(); ++i)
            n += m_checklist->item(i)->checkState() == Qt::Checked;
        return n;
    }()).arg(m_checklist->count()));
    m_candidate->setWaiting(tr("Answer received. Your mentor will continue."));
    m_score->setEnabled(false);
    m_next->setEnabled(true);
    m_next->setFocus();
    refreshSuggestions();
}

// Ticks become the mentor's judgement only where they disagree with the machine.
void MentorConsole::saveMentorJudgement(const mi::Turn &turn)
{
    mi::MentorStore store(m_app.database);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < m_checklist->count(); ++i) {
        const QString id = m_checklist->item(i)->data(Qt::UserRole).toString();
        const bool ticked = m_checklist->item(i)->checkState() == Qt::Checked;
        for (int position = 0; position < turn.score->points.size(); ++position) {
            const mi::PointResult &p = turn.score->points[position];
            if (p.id != id || p.hit == ticked)
                continue;
            const mi::PointOverride o{{m_mentor, now}, position, ticked ? mi::PointJudgement::Hit : mi::PointJudgement::Miss, tr("ticked live")};
            if (mi::Result<void> ok = store.setPointOverride(m_recorder->sessionId(), turn.index, o); !ok)
                statusBar()->showMessage(ok.error().message);
        }
    }
    if (const QString notes = m_notes->toPlainText().trimmed(); !notes.isEmpty())
        if (mi::Result<void> ok = store.putComment(m_recorder->sessionId(), turn.index, mi::MentorComment{{m_mentor, now}, {}, -1, 0, {}, notes}); !ok)
            statusBar()->showMessage(ok.error().message);
}

void MentorConsole::next()
{
    if (!m_engine || m_engine->state() != mi::InterviewEngine::State::Answered)
        return;
    if (m_engine->next())
        showTurn();
    else
        end();
}

void MentorConsole::end()
{
    m_clockTimer.stop();
    if (m_recorder)
        if (mi::Result<void> ok = m_recorder->finish(); !ok)
            QMessageBox::warning(this, tr("Mentor console"), ok.error().message);
    m_candidate->hide();
    const qint64 id = sessionId();
    m_recorder.reset(); // it refers to the engine
    m_engine.reset();
    emit sessionEnded(id);
    close();
}
