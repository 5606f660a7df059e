#include "interviewpage.h"

#include "draftautosaver.h"
#include "livecaptioner.h"
#include "speechsetup.h"
#include "questionvoice.h"
#include "speechvocabulary.h"
#include "spokenanswerbar.h"
#include "engine/sessionreplay.h"
#include "report/scorehtml.h"
#include "report/pagelabels.h"
#include "storage/audiostore.h"
#include "storage/draftstore.h"
#include "webpanel.h"
#include "practicesettings.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QVBoxLayout>
#include <algorithm>

InterviewPage::InterviewPage(AppContext &app, QuestionVoice *voice, QWidget *parent)
    : QWidget(parent), m_app(app), m_voice(voice), m_round(new QLabel), m_progress(new QLabel), m_clock(new QLabel), m_ability(new QLabel),
      m_prompt(new QLabel),
      m_context(new QLabel), m_reason(new QLabel), m_answer(new QPlainTextEdit), m_speak(new SpokenAnswerBar),
      m_split(new QSplitter(Qt::Horizontal)),
      m_submit(new QPushButton(tr("&Submit answer"))), m_next(new QPushButton(tr("&Next"))), m_end(new QPushButton(tr("&End session")))
{
    new LiveCaptioner(m_speak); // owned by the bar
    QFont promptFont = m_prompt->font();
    promptFont.setPointSizeF(promptFont.pointSizeF() * 1.35);
    m_prompt->setFont(promptFont);
    m_prompt->setWordWrap(true);
    m_prompt->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_prompt->setTextFormat(Qt::PlainText);
    m_prompt->setAccessibleName(tr("Question"));
    m_context->setWordWrap(true);
    m_context->setTextFormat(Qt::PlainText);
    m_reason->setWordWrap(true);
    m_reason->setTextFormat(Qt::PlainText);
    // Why the question is asked matters to the candidate: a quiet info bar
    // that follows the palette (light or dark) rather than greyed-out text.
    m_reason->setStyleSheet(QStringLiteral("QLabel { background: palette(alternate-base); border-left: 3px solid palette(highlight);"
                                           " padding: 4px 8px; }"));
    m_round->setTextFormat(Qt::PlainText);
    QFont clockFont = m_clock->font();
    clockFont.setFamily(QStringLiteral("monospace"));
    clockFont.setPointSizeF(clockFont.pointSizeF() * 1.2);
    m_clock->setFont(clockFont);
    m_clock->setAccessibleName(tr("Time used"));

    m_prompt->setObjectName(QStringLiteral("promptLabel"));
    m_reason->setObjectName(QStringLiteral("reasonLabel"));
    m_answer->setObjectName(QStringLiteral("answerEditor"));
    m_submit->setObjectName(QStringLiteral("submitButton"));
    m_next->setObjectName(QStringLiteral("nextButton"));
    m_progress->setObjectName(QStringLiteral("progressLabel"));
    m_answer->setPlaceholderText(tr("Type your answer here, or speak it (Ctrl+R). Ctrl+Enter submits."));
    m_answer->setAccessibleName(tr("Your answer"));
    m_answer->setTabChangesFocus(true); // keyboard users must be able to leave it; YAML indents with spaces anyway

    m_submit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_submit->setToolTip(tr("Score this answer (Ctrl+Enter)"));
    m_next->setToolTip(tr("Go to the follow-up or next question (Ctrl+N, or Enter once scored)"));
    m_next->setAutoDefault(true); // Enter clicks it when it has focus, as it does after scoring
    // Not the button's own shortcut: setText() replaces that with the
    // mnemonic, and Next is renamed on every turn. Ctrl+Right was the first
    // binding and stays for those who learnt it.
    for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::Key_N), QKeySequence(Qt::CTRL | Qt::Key_Right)})
        connect(new QShortcut(keys, this), &QShortcut::activated, m_next, &QPushButton::animateClick);

    auto *header = new QHBoxLayout;
    header->addWidget(m_round);
    header->addStretch();
    header->addWidget(m_ability);
    header->addSpacing(16);
    header->addWidget(m_progress);
    header->addSpacing(16);
    header->addWidget(m_clock);

    m_split->addWidget(m_answer);
    m_split->setChildrenCollapsible(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_end);
    buttons->addStretch();
    buttons->addWidget(m_submit);
    buttons->addWidget(m_next);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 12, 18, 12);
    layout->setSpacing(10);
    layout->addLayout(header);
    layout->addWidget(m_prompt);
    layout->addWidget(m_context);
    layout->addWidget(m_reason);
    layout->addWidget(m_speak);
    layout->addWidget(m_split, 1);
    layout->addLayout(buttons);

    connect(m_submit, &QPushButton::clicked, this, &InterviewPage::submit);
    connect(m_next, &QPushButton::clicked, this, &InterviewPage::next);
    connect(m_end, &QPushButton::clicked, this, &InterviewPage::endSession);
    connect(&m_clockTimer, &QTimer::timeout, this, &InterviewPage::updateClock);
    connect(m_speak, &SpokenAnswerBar::recorded, this, &InterviewPage::keepRecording);
    connect(m_speak, &SpokenAnswerBar::transcribed, this, &InterviewPage::useTranscript);
    m_clockTimer.setInterval(500);
}

bool InterviewPage::isRunning() const
{
    return m_engine && m_engine->state() != mi::InterviewEngine::State::Finished;
}

void InterviewPage::saveDraft()
{
    if (m_autosaver)
        m_autosaver->saveNow();
}

void InterviewPage::beginEngine(mi::Pack pack, const mi::EngineOptions &options)
{
    m_recorder.reset(); // both refer to the engine, which refers to the pack
    m_engine.reset();
    m_pack = std::move(pack);
    m_engine = std::make_unique<mi::InterviewEngine>(*m_pack, m_app.scorer, options);
    if (const QString problem = applySpeechSettings(*m_speak); !problem.isEmpty())
        emit statusMessage(problem);
}

bool InterviewPage::startSession(mi::Pack pack, const mi::EngineOptions &options, QString &error)
{
    beginEngine(std::move(pack), options);
    m_recorder = std::make_unique<mi::PracticeRecorder>(m_app.database, *m_engine);
    if (mi::Result<qint64> id = m_recorder->begin(); !id) {
        error = id.error().message;
        return false;
    }
    m_engine->start();
    showTurn();
    return true;
}

bool InterviewPage::resumeSession(mi::Pack pack, const mi::StoredSession &session, QString &error)
{
    beginEngine(std::move(pack), mi::engineOptionsFor(session.info));
    if (mi::Result<void> replayed = mi::replaySession(*m_engine, session); !replayed) {
        error = replayed.error().message;
        return false;
    }
    m_recorder = std::make_unique<mi::PracticeRecorder>(m_app.database, *m_engine);
    m_recorder->attach(session.info.id);
    if (m_engine->state() == mi::InterviewEngine::State::Finished) {
        endSession();
        return true;
    }
    showTurn();
    if (mi::Result<QString> draft = mi::DraftStore(m_app.database).load(session.info.id, m_engine->currentTurn()->index); draft && !draft->isEmpty())
        m_answer->setPlainText(*draft);
    return true;
}

void InterviewPage::showTurn()
{
    const mi::Turn *turn = m_engine->currentTurn();
    const mi::Round *round = m_engine->currentRound();
    const mi::Question *question = m_engine->currentQuestion();
    reportIfFailed(m_recorder->recordCurrentTurn());
    if (!m_autosaver) {
        m_autosaver = new DraftAutosaver(m_answer, m_app.database, this);
        connect(m_autosaver, &DraftAutosaver::saveFailed, this, [this](const QString &message) {
            emit statusMessage(tr("Could not save the draft: %1").arg(message));
        });
    }
    m_autosaver->setTurn(m_recorder->sessionId(), turn->index);

    m_round->setText(round ? round->title : QString());
    m_progress->setText(turn->kind == mi::TurnKind::FollowUp
                            ? tr("Question %1 of %2 · follow-up").arg(m_engine->questionNumber()).arg(m_engine->questionTotal())
                            : tr("Question %1 of %2").arg(m_engine->questionNumber()).arg(m_engine->questionTotal()));
    m_prompt->setText(turn->kind == mi::TurnKind::FollowUp ? tr("Follow-up: %1").arg(turn->prompt) : turn->prompt);
    const QString context = turn->kind == mi::TurnKind::Question && question ? question->context : QString();
    m_context->setText(context);
    m_context->setVisible(!context.isEmpty());
    m_reason->setText(turn->reason);
    const bool adaptive = mi::modeFollowsAbility(m_engine->options().mode);
    m_ability->setVisible(adaptive);
    m_ability->setText(tr("Level estimate %1 / 5").arg(m_engine->ability(), 0, 'f', 1));
    m_voice->speak(turn->prompt, m_engine->pack().language);
    m_answer->clear();
    m_answer->setReadOnly(false);
    m_answer->setFocus();
    prepareSpeaking(*turn);
    if (m_scorePanel)
        m_scorePanel->hide();
    m_submit->setEnabled(true);
    m_next->setEnabled(false);
    m_next->setText(tr("&Next"));
    m_answerTimer.start();
    m_clockTimer.start();
    updateClock();
}

void InterviewPage::updateClock()
{
    const mi::Turn *turn = m_engine ? m_engine->currentTurn() : nullptr;
    if (!turn)
        return;
    const qint64 seconds = m_answerTimer.isValid() ? m_answerTimer.elapsed() / 1000 : 0;
    const auto mmss = [](qint64 s) { return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0')); };
    m_clock->setText(tr("%1 / %2").arg(mmss(seconds), mmss(turn->timeLimitSeconds)));
    // A red that stays readable on a dark palette as well as a light one.
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    m_clock->setStyleSheet(seconds > turn->timeLimitSeconds ? QStringLiteral("color: %1").arg(QLatin1String(dark ? "#ff8a80" : "#c0392b")) : QString());
    // Where the time-limit setting enforces the limit (by default only in an
    // exam) the answer is submitted as it stands.
    if (settings::enforcesTimeLimits(settings::timeLimits.value(), m_engine->enforcesTimeLimits())
        && m_engine->state() == mi::InterviewEngine::State::AwaitingAnswer
        && seconds >= turn->timeLimitSeconds) {
        emit statusMessage(tr("Time is up: the answer was submitted as it stood."));
        submitAnswer(m_answer->toPlainText());
    }
}

void InterviewPage::submit()
{
    if (!m_engine || m_engine->state() != mi::InterviewEngine::State::AwaitingAnswer)
        return;
    const QString answer = m_answer->toPlainText();
    if (answer.trimmed().isEmpty()
        && QMessageBox::question(this, tr("Empty answer"), tr("Submit an empty answer? It will score 0.")) != QMessageBox::Yes)
        return;
    submitAnswer(answer);
}

void InterviewPage::submitAnswer(const QString &answer)
{
    m_clockTimer.stop();
    m_voice->stop();
    m_speak->endAnswer(); // a recording still running is kept for this turn
    const mi::Turn &turn = m_engine->submit(answer, m_answerTimer.elapsed(), std::exchange(m_input, {}));
    reportIfFailed(m_recorder->recordCurrentTurn());
    if (auto audio = mi::AudioStore(m_app.database).audioFor(m_recorder->sessionId(), turn.index); audio && *audio)
        m_speak->setPlayback((*audio)->absolutePath);
    const mi::Question *question = m_engine->pack().question(turn.questionId);
    QString reference = question ? question->reference : QString();
    if (question && turn.kind == mi::TurnKind::FollowUp)
        if (const mi::FollowUp *f = question->followUp(turn.followUpId); f && !f->reference.isEmpty())
            reference = f->reference;
    mi::PageOptions page;
    page.title = tr("Score");
    page.language = m_engine->pack().language;
    scorePanel()->showBody(mi::scoreHtml(turn, reference, m_engine->pack().language, mi::translatedScoreLabels()), page);
    m_scorePanel->show();
    // The answer keeps 40%, the scoring panel gets the rest.
    const int width = m_split->width();
    m_split->setSizes({width * 2 / 5, width - width * 2 / 5});
    m_answer->setReadOnly(true);
    m_submit->setEnabled(false);
    m_next->setEnabled(true);
    m_next->setText(m_engine->pendingFollowUps().isEmpty() ? tr("&Next question") : tr("&Follow-up"));
    m_next->setFocus();
}

void InterviewPage::next()
{
    if (!m_engine || m_engine->state() != mi::InterviewEngine::State::Answered)
        return;
    if (m_engine->next())
        showTurn();
    else
        endSession();
}

void InterviewPage::endSession()
{
    if (!m_engine)
        return;
    if (m_autosaver)
        m_autosaver->saveNow();
    m_speak->endAnswer();
    m_clockTimer.stop();
    const bool unanswered = m_engine->state() == mi::InterviewEngine::State::AwaitingAnswer;
    if (!unanswered)
        reportIfFailed(m_recorder->finish());
    emit statusMessage(unanswered ? tr("Session saved; resume it from the history.")
                                  : tr("Session finished: overall score %1").arg(m_engine->overallScore()));
    const qint64 id = m_recorder->sessionId();
    m_recorder.reset(); // it refers to the engine
    m_engine.reset();
    emit sessionEnded(id);
}

WebPanel *InterviewPage::scorePanel()
{
    if (!m_scorePanel) {
        m_scorePanel = new WebPanel;
        m_scorePanel->setObjectName(QStringLiteral("scorePanel"));
        m_scorePanel->setAccessibleName(tr("Score"));
        m_split->addWidget(m_scorePanel);
    }
    return m_scorePanel;
}

void InterviewPage::reportIfFailed(const mi::Result<void> &result)
{
    if (!result)
        emit statusMessage(tr("Could not save: %1").arg(result.error().message));
}

void InterviewPage::prepareSpeaking(const mi::Turn &turn)
{
    m_input = {};
    mi::TranscriptionRequest expected;
    expected.language = m_engine->pack().language;
    if (const mi::Question *question = m_engine->pack().question(turn.questionId))
        expected.vocabulary = mi::speechVocabulary({question});
    // Recorded beside where it is kept, then moved into place when it stops.
    const mi::Result<QString> path =
        mi::AudioStore(m_app.database).pathFor(m_recorder->sessionId(), turn.index, QStringLiteral("recording.wav"));
    // Room to run over the time limit, as a typed answer may, without leaving a microphone open for good.
    const qint64 maximumMs = std::clamp<qint64>(turn.timeLimitSeconds * 2000ll, 2 * 60000, 15 * 60000);
    m_speak->beginAnswer(path ? *path : QString(), maximumMs, expected);
}

void InterviewPage::keepRecording(const QString &path, qint64 durationMs)
{
    const mi::Turn *turn = m_engine ? m_engine->currentTurn() : nullptr;
    if (!turn)
        return;
    const mi::Result<mi::AnswerAudio> kept = mi::AudioStore(m_app.database).store(m_recorder->sessionId(), turn->index, path, durationMs);
    if (!kept)
        emit statusMessage(tr("Could not keep the recording: %1").arg(kept.error().message));
    m_speak->transcribe(kept ? kept->absolutePath : path);
}

void InterviewPage::useTranscript(const QString &text, const QString &deliveryJson)
{
    if (!m_engine || m_engine->state() != mi::InterviewEngine::State::AwaitingAnswer)
        return;
    // Keep anything typed meanwhile: the transcript goes after it.
    if (m_answer->toPlainText().trimmed().isEmpty())
        m_answer->setPlainText(text);
    else
        m_answer->appendPlainText(text);
    m_answer->moveCursor(QTextCursor::End); // ready to correct or go on typing
    m_answer->setFocus();
    m_input = {QStringLiteral("spoken"), text, deliveryJson};
}
