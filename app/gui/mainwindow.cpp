#include "mainwindow.h"

#include "bundleactions.h"
#include "homepage.h"
#include "reviewwindow.h"
#include "interviewpage.h"
#include "mentor/mentorstore.h"
#include "mentorconsole.h"
#include "packs/topicpack.h"
#include "questionvoice.h"
#include "exportpdfdialog.h"
#include "pagedialog.h"
#include "pdfprinter.h"
#include "report/transcript.h"
#include "report/pagelabels.h"
#include "report/progresshtml.h"
#include "report/scorehtml.h"
#include "report/sessionreport.h"
#include "review/reviewstore.h"
#include "webpanel.h"
#include "generalsettings.h"
#include "practicesettings.h"
#include "settingsdialog.h"
#include "welcomedialog.h"
#include "engine/sessionreplay.h"
#include "storage/sessionrepository.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QMenuBar>
#include <QMessageBox>
#include <QRandomGenerator>
#include <QStackedWidget>
#include <QStatusBar>

// Only this window uses these, so they are declared here.
static const Setting<QByteArray> windowGeometry{"window/geometry", QByteArray()};
static const Setting<QString> lastPack{"practice/lastPack", QString()};

MainWindow::MainWindow(AppContext &app, QWidget *parent)
    : QMainWindow(parent), m_app(app), m_stack(new QStackedWidget), m_voice(new QuestionVoice(this)),
      m_home(new HomePage(app.library, m_voice->available())), m_interview(new InterviewPage(app, m_voice)), m_bundles(new BundleActions(app, this))
{
    setWindowTitle(tr("Mock Interview"));
    m_stack->addWidget(m_home);
    m_stack->addWidget(m_interview);
    setCentralWidget(m_stack);
    createMenus();

    connect(m_home, &HomePage::startRequested, this, &MainWindow::startPractice);
    connect(m_home, &HomePage::openSessionRequested, this, &MainWindow::openSession);
    connect(m_home, &HomePage::resumeSessionRequested, this, &MainWindow::resumeSession);
    connect(m_home, &HomePage::progressRequested, this, &MainWindow::openProgress);
    connect(m_home, &HomePage::reviewRequested, this, &MainWindow::reviewWeakSpots);
    connect(m_interview, &InterviewPage::sessionEnded, this, &MainWindow::showHome);
    connect(m_interview, &InterviewPage::statusMessage, this, [this](const QString &m) { statusBar()->showMessage(m, 8000); });

    if (!restoreGeometry(windowGeometry.value()))
        resize(1180, 780);
    m_home->selectPack(lastPack.value());
    m_home->setFocus(); // the pack list: arrows choose, Ctrl+Enter starts
    refreshHistory();

    if (!m_app.databaseError.isEmpty())
        statusBar()->showMessage(tr("History is not saved: %1").arg(m_app.databaseError));
    else if (!m_app.library.errors().isEmpty())
        statusBar()->showMessage(tr("%n pack file(s) could not be loaded — Help ▸ Pack problems", nullptr, int(m_app.library.brokenFiles().size())));
    else
        statusBar()->showMessage(tr("%n question pack(s) loaded", nullptr, int(m_app.library.packs().size())));
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Home"), QKeySequence(Qt::CTRL | Qt::Key_H), this, &MainWindow::showHome);
    file->addAction(tr("&Export PDF…"), QKeySequence(Qt::CTRL | Qt::Key_E), this,
                    [this] { withSelectedSession([this](qint64 id) { exportPdf(id, this); }); });
    file->addAction(tr("&Progress…"), this, &MainWindow::openProgress);
    file->addSeparator();
    file->addAction(tr("&Review session…"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_R), this, // Ctrl+R records an answer
                    [this] { withSelectedSession([this](qint64 id) { openReview(id); }); });
    file->addAction(tr("Export session &bundle…"), this,
                    [this] { withSelectedSession([this](qint64 id) { m_bundles->exportBundle(id, this); }); });
    file->addAction(tr("&Import session bundle…"), QKeySequence(Qt::CTRL | Qt::Key_I), this, [this] {
        if (const qint64 id = m_bundles->importBundle(this)) {
            refreshHistory();
            openReview(id);
        }
    });
    file->addSeparator();
    QAction *settingsAction = file->addAction(tr("&Settings…"), this, &MainWindow::openSettings);
    settingsAction->setObjectName(QStringLiteral("settingsAction"));
    settingsAction->setMenuRole(QAction::PreferencesRole);
    // Ctrl+, where the platform has no binding of its own for Preferences.
    settingsAction->setShortcut(QKeySequence(QKeySequence::Preferences).isEmpty() ? QKeySequence(Qt::CTRL | Qt::Key_Comma)
                                                                                   : QKeySequence(QKeySequence::Preferences));
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Welcome…"), this, &MainWindow::showWelcome);
    help->addAction(tr("&Pack problems…"), this, &MainWindow::showPackProblems);
    help->addAction(tr("&About"), this, [this] {
        QMessageBox::about(this, tr("About Mock Interview"),
                           tr("Practise senior ops, SRE and Kubernetes interviews: answer, get scored against a rubric, "
                              "and drill into follow-ups. Everything stays on this computer."));
    });
}

void MainWindow::startPractice(const PracticeSetup &setup)
{
    const mi::Pack *pack = m_app.library.pack(setup.packId);
    if (!pack || !m_app.database) {
        QMessageBox::warning(this, tr("Cannot start"), m_app.database ? tr("Unknown pack.") : tr("The practice database is not available: %1").arg(m_app.databaseError));
        return;
    }
    lastPack.setValue(setup.packId);
    QString error;
    mi::EngineOptions options = setup.options;
    options.seed = QRandomGenerator::global()->bounded(1u, 1000000u);
    // A topic drill draws from every pack of the chosen pack's language.
    mi::Pack walked = options.mode == mi::PracticeMode::TopicDrill ? mi::composeTopicPack(m_app.library, options.tags, pack->language) : *pack;
    if (options.mode == mi::PracticeMode::TopicDrill)
        options.tags.clear(); // applied by composing
    if (walked.questionCount() == 0) {
        QMessageBox::information(this, tr("Nothing to practise"), tr("No question matches the chosen rounds or topics."));
        return;
    }
    if (setup.mentorLed) {
        auto *console = new MentorConsole(m_app, this);
        console->setWindowFlag(Qt::Window);
        if (!console->start(std::move(walked), options, error)) {
            delete console;
            QMessageBox::warning(this, tr("Cannot start"), error);
            return;
        }
        connect(console, &MentorConsole::sessionEnded, this, &MainWindow::refreshHistory);
        console->show();
        return;
    }
    m_voice->setEnabled(setup.speakQuestions);
    if (!m_interview->startSession(std::move(walked), options, error)) {
        QMessageBox::warning(this, tr("Cannot start"), error);
        return;
    }
    m_stack->setCurrentWidget(m_interview);
}

std::function<QString(const mi::Turn &)> MainWindow::turnRenderer(const QString &language) const
{
    return [this, language](const mi::Turn &turn) {
        const mi::Question *q = m_app.library.question(turn.questionId);
        QString reference = q ? q->reference : QString();
        if (const mi::FollowUp *f = q ? q->followUp(turn.followUpId) : nullptr; f && !f->reference.isEmpty())
            reference = f->reference;
        return mi::scoreHtml(turn, reference, language, mi::translatedScoreLabels());
    };
}

void MainWindow::openSession(qint64 sessionId)
{
    mi::Result<mi::StoredSession> session = mi::SessionRepository(m_app.database).loadSession(sessionId);
    if (!session) {
        QMessageBox::warning(this, tr("Cannot open session"), session.error().message);
        return;
    }
    const mi::SessionReport report = mi::buildSessionReport(*session, m_app.library);
    mi::PageOptions options;
    options.title = session->info.packTitle;
    options.language = session->info.language;
    auto *dialog = new PageDialog(tr("Session %1 — %2").arg(session->info.id).arg(session->info.packTitle),
                                  mi::sessionReportHtml(report, mi::translatedReportLabels(), turnRenderer(session->info.language), true),
                                  options, this);
    dialog->offerExport();
    connect(dialog, &PageDialog::exportRequested, this, [this, sessionId, dialog] { exportPdf(sessionId, dialog); });
    connect(dialog->panel(), &WebPanel::internalLinkActivated, this, [this](const QUrl &url) {
        if (url.host() == u"compare")
            openCompare(QUrl::fromPercentEncoding(url.path().mid(1).toUtf8()));
    });
    dialog->show();
}

void MainWindow::exportPdf(qint64 sessionId, QWidget *parentWindow)
{
    mi::Result<mi::StoredSession> session = mi::SessionRepository(m_app.database).loadSession(sessionId);
    if (!session) {
        QMessageBox::warning(parentWindow, tr("Export PDF"), session.error().message);
        return;
    }
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(tr("interview-%1-%2.pdf").arg(session->info.startedAt.toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmm"))).arg(sessionId));
    ExportPdfDialog options(suggested, parentWindow);
    if (options.exec() != QDialog::Accepted || options.path().isEmpty())
        return;
    mi::TranscriptOptions transcript = options.options();
    transcript.review = mi::MentorStore(m_app.database).load(sessionId).value_or(mi::SessionReview{});
    const mi::SessionReport report = mi::buildSessionReport(*session, m_app.library);
    const QStringList documents = mi::transcriptPrintDocuments(report, m_app.library, transcript, PdfPrinter::piecesFor(int(report.turns.size())));
    auto *progress = new QProgressDialog(tr("Writing the PDF…"), QString(), 0, 0, parentWindow);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(0);
    progress->show();
    auto *printer = new PdfPrinter(this);
    const QString path = options.path();
    printer->print(documents, path, options.pageSize(), [this, printer, progress, path, parentWindow](const mi::Result<PrintedPdf> &result) {
        progress->deleteLater();
        printer->deleteLater();
        if (!result) {
            QMessageBox::warning(parentWindow, tr("Export PDF"), result.error().message);
            return;
        }
        statusBar()->showMessage(result->warning.isEmpty() ? tr("Saved %1").arg(path) : tr("Saved %1 (%2)").arg(path, result->warning), 10000);
    });
}

void MainWindow::openCompare(const QString &questionId)
{
    mi::Result<QList<std::pair<mi::SessionInfo, mi::Turn>>> attempts = mi::SessionRepository(m_app.database).attempts(questionId);
    if (!attempts || attempts->size() < 2) {
        QMessageBox::information(this, tr("Compare attempts"),
                                 attempts ? tr("This question has been answered only once so far.") : attempts.error().message);
        return;
    }
    // The last two attempts side by side.
    const QList<std::pair<mi::SessionInfo, mi::Turn>> lastTwo = attempts->mid(attempts->size() - 2);
    mi::PageOptions options;
    options.language = lastTwo.first().first.language;
    (new PageDialog(tr("Compare attempts"), mi::compareHtml(lastTwo, turnRenderer(options.language)), options, this))->show();
}

void MainWindow::openProgress()
{
    mi::Result<QList<mi::StoredSession>> sessions = mi::SessionRepository(m_app.database).loadAllSessions();
    if (!sessions) {
        QMessageBox::warning(this, tr("Progress"), sessions.error().message);
        return;
    }
    mi::PageOptions options;
    options.charts = true;
    (new PageDialog(tr("Progress"), mi::progressHtml(*sessions, m_app.library, mi::translatedProgressLabels()), options, this))->show();
}

void MainWindow::reviewWeakSpots(const QString &language)
{
    mi::Result<QStringList> due = mi::ReviewStore(m_app.database).dueQuestions(QDateTime::currentDateTimeUtc(), 10);
    const mi::Pack pack = due ? mi::composeReviewPack(m_app.library, *due, language) : mi::Pack{};
    if (!due || pack.questionCount() == 0) {
        QMessageBox::information(this, tr("Review weak spots"), due ? tr("Nothing is due for review in this language.") : due.error().message);
        return;
    }
    mi::EngineOptions options;
    options.seed = QRandomGenerator::global()->bounded(1u, 1000000u);
    QString error;
    if (!m_interview->startSession(pack, options, error)) {
        QMessageBox::warning(this, tr("Cannot start"), error);
        return;
    }
    m_stack->setCurrentWidget(m_interview);
}

void MainWindow::resumeSession(qint64 sessionId)
{
    mi::Result<mi::StoredSession> session = mi::SessionRepository(m_app.database).loadSession(sessionId);
    std::optional<mi::Pack> pack = session ? mi::packForSession(m_app.library, session->info) : std::nullopt;
    QString error = !session ? session.error().message : (!pack ? tr("The pack '%1' is not loaded.").arg(session->info.packId) : QString());
    if (error.isEmpty() && m_interview->resumeSession(std::move(*pack), *session, error)) {
        if (m_interview->isRunning())
            m_stack->setCurrentWidget(m_interview);
        return;
    }
    QMessageBox::warning(this, tr("Cannot resume session"), error);
}

void MainWindow::withSelectedSession(const std::function<void(qint64)> &action)
{
    if (const qint64 id = m_home->selectedSessionId())
        action(id);
    else
        statusBar()->showMessage(tr("Select a session in the history first."), 5000);
}

void MainWindow::openReview(qint64 sessionId)
{
    auto *review = new ReviewWindow(m_app, sessionId, this);
    review->setWindowFlag(Qt::Window);
    QString error;
    if (!review->load(error)) {
        delete review;
        QMessageBox::warning(this, tr("Review session"), error);
        return;
    }
    connect(review, &ReviewWindow::exportPdfRequested, this, &MainWindow::exportPdf);
    connect(review, &ReviewWindow::exportBundleRequested, m_bundles, &BundleActions::exportBundle);
    review->show();
}

void MainWindow::showHome()
{
    if (m_interview->isRunning()) {
        statusBar()->showMessage(tr("End the session first (it is saved as you go)."), 5000);
        return;
    }
    refreshHistory();
    m_stack->setCurrentWidget(m_home);
    m_home->setFocus();
}

void MainWindow::showWelcome()
{
    settings::firstRunDone.setValue(true); // shown once, whatever the answer
    auto *welcome = new WelcomeDialog(this);
    welcome->setAttribute(Qt::WA_DeleteOnClose);
    connect(welcome, &QDialog::accepted, this, &MainWindow::startWarmUp);
    welcome->open();
}

void MainWindow::startWarmUp()
{
    if (m_interview->isRunning()) {
        statusBar()->showMessage(tr("End the session first (it is saved as you go)."), 5000);
        return;
    }
    const QList<mi::Pack> &packs = m_app.library.packs();
    if (packs.isEmpty()) {
        QMessageBox::information(this, tr("Nothing to practise"), tr("No question pack is loaded — Help ▸ Pack problems"));
        return;
    }
    const QString language = settings::preferredPackLanguage();
    const auto inLanguage = std::find_if(packs.cbegin(), packs.cend(), [&](const mi::Pack &p) { return p.language == language; });
    PracticeSetup setup;
    setup.packId = (inLanguage != packs.cend() ? *inLanguage : packs.first()).id;
    setup.options.mode = mi::PracticeMode::WarmUp;
    setup.options.persona = settings::interviewerPersona.value();
    setup.speakQuestions = m_voice->available() && settings::speakQuestions.value();
    startPractice(setup);
}

void MainWindow::openSettings()
{
    auto *dialog = new SettingsDialog(m_voice->available(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_home->reloadSettings();
        if (dialog->restartNeeded())
            statusBar()->showMessage(tr("Saved. The language and the data folder change when Mock Interview is restarted."), 10000);
    });
    dialog->open();
}

void MainWindow::refreshHistory()
{
    if (!m_app.database)
        return;
    if (mi::Result<QList<mi::SessionInfo>> sessions = mi::SessionRepository(m_app.database).listSessions())
        m_home->setSessions(*sessions);
    if (mi::Result<QList<mi::ReviewItem>> due = mi::ReviewStore(m_app.database).dueItems(QDateTime::currentDateTimeUtc()))
        m_home->setDueCount(int(due->size()));
}

void MainWindow::showPackProblems()
{
    QStringList lines;
    for (const mi::Error &e : m_app.library.errors())
        lines.append(e.toString());
    QMessageBox box(this);
    box.setWindowTitle(tr("Pack problems"));
    box.setText(lines.isEmpty() ? tr("All pack files loaded without errors.")
                                : tr("%n file(s) were skipped; the other packs are available.", nullptr, int(m_app.library.brokenFiles().size())));
    box.setDetailedText(lines.join(u'\n'));
    box.exec();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_interview->saveDraft();
    windowGeometry.setValue(saveGeometry());
    QMainWindow::closeEvent(event);
}
