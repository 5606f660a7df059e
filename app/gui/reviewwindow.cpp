#include "reviewwindow.h"

#include "audioplaybutton.h"
#include "bundle/questionsnapshots.h"
#include "commentlist.h"
#include "pointoverridetable.h"
#include "report/pagelabels.h"
#include "report/scorehtml.h"
#include "revieweditor.h"
#include "storage/audiostore.h"
#include "reviewsettings.h"
#include "verdictform.h"
#include "webpanel.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QVBoxLayout>

ReviewWindow::ReviewWindow(AppContext &app, qint64 sessionId, QWidget *parent)
    : QMainWindow(parent), m_app(app), m_sessionId(sessionId), m_editor(new mi::ReviewEditor(app.database, sessionId, settings::mentorName(), this)),
      m_turns(new QListWidget), m_heading(new QLabel), m_scores(new QLabel), m_answer(new QPlainTextEdit), m_play(new AudioPlayButton), m_panel(new WebPanel),
      m_points(new PointOverrideTable), m_overrideScore(new QCheckBox(tr("Override the &score:"))), m_score(new QDoubleSpinBox),
      m_scoreReason(new QLineEdit), m_comments(new CommentList), m_verdict(new VerdictForm), m_author(new QLineEdit(m_editor->author()))
{
    setObjectName(QStringLiteral("reviewWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    resize(1360, 860);
    buildToolBar();
    m_turns->setObjectName(QStringLiteral("reviewTurns"));
    m_turns->setAccessibleName(tr("Answers in this session"));
    m_turns->setWordWrap(true);
    connect(m_turns, &QListWidget::currentRowChanged, this, &ReviewWindow::showTurn);

    auto *split = new QSplitter;
    split->addWidget(m_turns);
    split->addWidget(buildAnswerSide());
    split->addWidget(buildJudgementSide());
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    split->setStretchFactor(2, 3);
    setCentralWidget(split);

    connect(m_editor, &mi::ReviewEditor::turnChanged, this, [this](int turn) {
        refreshTurnList();
        if (turn == m_current)
            refreshTurn();
    });
    connect(m_editor, &mi::ReviewEditor::verdictChanged, this, [this] { m_verdict->showVerdict(m_editor->review().verdict); });
    connect(m_editor, &mi::ReviewEditor::failed, this, [this](const QString &message) {
        QMessageBox::warning(this, tr("Review not saved"), message);
    });
    connect(m_points, &PointOverrideTable::judgementChanged, this, [this](int position, std::optional<mi::PointJudgement> j, const QString &reason) {
        m_editor->setPointJudgement(m_current, position, j, reason);
    });
    connect(m_comments, &CommentList::addRequested, this, &ReviewWindow::addComment);
    connect(m_comments, &CommentList::editRequested, this, [this](const QString &uid, const QString &text) {
        bool ok = false;
        const QString edited = QInputDialog::getMultiLineText(this, tr("Edit comment"), tr("Comment:"), text, &ok);
        if (ok && !edited.trimmed().isEmpty())
            m_editor->editComment(m_current, uid, edited.trimmed());
    });
    connect(m_comments, &CommentList::removeRequested, this, [this](const QString &uid) { m_editor->removeComment(m_current, uid); });
    connect(m_verdict, &VerdictForm::verdictSubmitted, this, [this](const std::optional<mi::Verdict> &v) { m_editor->setVerdict(v); });
}

void ReviewWindow::buildToolBar()
{
    QToolBar *bar = addToolBar(tr("Review"));
    bar->setObjectName(QStringLiteral("reviewToolBar"));
    QAction *undo = m_editor->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_editor->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    bar->addAction(undo);
    bar->addAction(redo);
    bar->addSeparator();
    bar->addWidget(new QLabel(tr("Mentor: ")));
    m_author->setAccessibleName(tr("Mentor name"));
    m_author->setMaximumWidth(180);
    connect(m_author, &QLineEdit::editingFinished, this, [this] {
        m_editor->setAuthor(m_author->text().trimmed());
        settings::mentorNameSetting.setValue(m_editor->author());
    });
    bar->addWidget(m_author);
    bar->addSeparator();
    bar->addAction(tr("Export &PDF…"), this, [this] { emit exportPdfRequested(m_sessionId, this); });
    bar->addAction(tr("Export &bundle…"), this, [this] { emit exportBundleRequested(m_sessionId, this); });
}

QWidget *ReviewWindow::buildAnswerSide()
{
    m_heading->setObjectName(QStringLiteral("reviewHeading"));
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    m_heading->setFont(big);
    m_scores->setObjectName(QStringLiteral("reviewScores"));
    m_answer->setObjectName(QStringLiteral("reviewAnswer"));
    m_answer->setReadOnly(true);
    m_answer->setAccessibleName(tr("The candidate's answer; select words to comment on them"));
    m_panel->setObjectName(QStringLiteral("reviewPanel"));
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_answer);
    split->addWidget(m_panel);
    split->setStretchFactor(1, 2);
    auto *side = new QWidget;
    auto *layout = new QVBoxLayout(side);
    m_play->setObjectName(QStringLiteral("reviewPlay"));
    auto *scoreRow = new QHBoxLayout;
    scoreRow->addWidget(m_scores, 1);
    scoreRow->addWidget(m_play);
    layout->addWidget(m_heading);
    layout->addLayout(scoreRow);
    layout->addWidget(split, 1);
    return side;
}

QWidget *ReviewWindow::buildJudgementSide()
{
    m_score->setRange(0, 100);
    m_score->setDecimals(0);
    m_score->setAccessibleName(tr("Mentor's score"));
    m_scoreReason->setPlaceholderText(tr("Why this score"));
    m_scoreReason->setAccessibleName(tr("Reason for the mentor's score"));
    auto *apply = new QPushButton(tr("&Apply"));
    connect(apply, &QPushButton::clicked, this, &ReviewWindow::applyScoreOverride);
    auto *scoreRow = new QHBoxLayout;
    scoreRow->addWidget(m_overrideScore);
    scoreRow->addWidget(m_score);
    scoreRow->addWidget(m_scoreReason, 1);
    scoreRow->addWidget(apply);

    auto *answerTab = new QWidget;
    auto *layout = new QVBoxLayout(answerTab);
    layout->addWidget(m_points, 3);
    layout->addLayout(scoreRow);
    layout->addWidget(m_comments, 2);
    auto *tabs = new QTabWidget;
    tabs->addTab(answerTab, tr("This &answer"));
    tabs->addTab(m_verdict, tr("&Verdict"));
    return tabs;
}

bool ReviewWindow::load(QString &error)
{
    mi::Result<mi::StoredSession> session = mi::SessionRepository(m_app.database).loadSession(m_sessionId);
    mi::Result<void> review = session ? m_editor->load() : mi::Result<void>{};
    if (!session || !review) {
        error = !session ? session.error().message : review.error().message;
        return false;
    }
    m_session = *session;
    QStringList ids;
    for (const mi::Turn &t : m_session.turns)
        ids << t.questionId;
    m_questions = mi::QuestionSnapshots(m_app.database).questionsOf(m_sessionId, ids, m_app.library).value_or(QList<mi::Question>{});
    const QString who = m_session.info.candidate.isEmpty() ? QString() : m_session.info.candidate + QStringLiteral(" · ");
    setWindowTitle(tr("Review — %1%2, %3").arg(who, m_session.info.packTitle, QLocale().toString(m_session.info.startedAt.toLocalTime(), QLocale::ShortFormat)));
    m_verdict->showVerdict(m_editor->review().verdict);
    refreshTurnList();
    showTurn(m_session.turns.isEmpty() ? -1 : 0);
    return true;
}

void ReviewWindow::refreshTurnList()
{
    const QSignalBlocker blocker(m_turns);
    m_turns->clear();
    for (const mi::Turn &t : std::as_const(m_session.turns)) {
        QString score = t.score ? QString::number(qRound(t.score->score)) : tr("not answered");
        if (const std::optional<double> mentor = t.score ? mi::mentorScore(*t.score, m_editor->review().turn(t.index)) : std::nullopt)
            score = tr("%1 → %2").arg(score).arg(qRound(*mentor));
        const int comments = int(m_editor->review().turn(t.index).comments.size());
        m_turns->addItem(tr("%1. %2\n%3%4").arg(t.index + 1).arg(t.prompt.left(60), score,
                                                 comments ? tr(" · %n comment(s)", nullptr, comments) : QString()));
    }
    m_turns->setCurrentRow(m_current);
}

void ReviewWindow::showTurn(int index)
{
    if (index < 0 || index >= m_session.turns.size())
        return;
    m_current = index;
    if (m_turns->currentRow() != index)
        m_turns->setCurrentRow(index);
    const mi::Turn &t = m_session.turns[index];
    m_heading->setText(tr("%1. %2").arg(index + 1).arg(t.prompt));
    m_answer->setPlainText(t.answer.isEmpty() ? tr("(no answer)") : t.answer);
    // A spoken answer can be replayed; the recording travels in bundles.
    mi::Result<std::optional<mi::AnswerAudio>> audio = mi::AudioStore(m_app.database).audioFor(m_sessionId, index);
    m_play->setFile(audio && *audio ? (*audio)->absolutePath : QString());
    mi::PageOptions options;
    options.language = m_session.info.language;
    m_panel->showBody(mi::scoreHtml(t, referenceFor(t), m_session.info.language, mi::translatedScoreLabels()), options);
    refreshTurn();
}

void ReviewWindow::refreshTurn()
{
    const mi::Turn &t = m_session.turns[m_current];
    const mi::TurnReview review = m_editor->review().turn(m_current);
    m_points->showPoints(t.score ? t.score->points : QList<mi::PointResult>{}, review);
    m_comments->showComments(review.comments);
    const std::optional<double> mentor = t.score ? mi::mentorScore(*t.score, review) : std::nullopt;
    m_scores->setText(!t.score ? tr("Not answered.")
                      : mentor ? tr("Automatic score %1 · Mentor's score %2").arg(qRound(t.score->score)).arg(qRound(*mentor))
                               : tr("Automatic score %1 · no mentor's score yet").arg(qRound(t.score->score)));
    m_overrideScore->setChecked(bool(review.score));
    m_score->setValue(review.score ? review.score->score : (t.score ? t.score->score : 0));
    m_scoreReason->setText(review.score ? review.score->reason : QString());

    // Words that have a comment are underlined in the answer.
    QList<QTextEdit::ExtraSelection> marks;
    for (const mi::MentorComment &c : review.comments) {
        if (c.spanStart < 0 || c.spanStart + c.spanLength > t.answer.size())
            continue;
        QTextEdit::ExtraSelection mark;
        mark.cursor = QTextCursor(m_answer->document());
        mark.cursor.setPosition(c.spanStart);
        mark.cursor.setPosition(c.spanStart + c.spanLength, QTextCursor::KeepAnchor);
        mark.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        mark.format.setUnderlineColor(palette().color(QPalette::Highlight));
        mark.format.setToolTip(c.text);
        marks.append(mark);
    }
    m_answer->setExtraSelections(marks);
}

void ReviewWindow::addComment()
{
    if (m_current < 0)
        return;
    const QTextCursor selection = m_answer->textCursor();
    const bool onWords = selection.hasSelection() && !m_session.turns[m_current].answer.isEmpty();
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(this, tr("Comment"),
        onWords ? tr("Comment on “%1”:").arg(selection.selectedText()) : tr("Comment on the whole answer:"), QString(), &ok);
    if (!ok || text.trimmed().isEmpty())
        return;
    if (onWords)
        m_editor->addComment(m_current, selection.selectionStart(), selection.selectionEnd() - selection.selectionStart(), selection.selectedText(),
                             text.trimmed());
    else
        m_editor->addComment(m_current, -1, 0, QString(), text.trimmed());
}

void ReviewWindow::applyScoreOverride()
{
    if (m_current >= 0)
        m_editor->setScoreOverride(m_current, m_overrideScore->isChecked() ? std::optional(m_score->value()) : std::nullopt, m_scoreReason->text().trimmed());
}

QString ReviewWindow::referenceFor(const mi::Turn &turn) const
{
    for (const mi::Question &q : m_questions) {
        if (q.id != turn.questionId)
            continue;
        const mi::FollowUp *f = q.followUp(turn.followUpId);
        return f && !f->reference.isEmpty() ? f->reference : q.reference;
    }
    return {};
}
