// The live mentor console and the candidate's window, driven as a mentor and
// a candidate would: the candidate types, the mentor ticks and notes, scores,
// and moves on; ticks that disagree with the machine become overrides.
#include "appcontext.h"
#include "candidatewindow.h"
#include "mentor/mentorstore.h"
#include "mentorconsole.h"
#include "storage/sessionrepository.h"
#include "testenvironment.h"

#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>

TEST_CASE("gui: a mentor-led interview keeps the candidate's window free of answers and saves the mentor's ticks", "[gui][console]")
{
    QTemporaryDir dir;
    AppContext app;
    app.load(testDataPath("packs"), dir.filePath("console.sqlite"));
    REQUIRE(app.database);
    const mi::Pack *pack = app.library.pack(QStringLiteral("test-mini-en"));
    REQUIRE(pack);
    auto *console = new MentorConsole(app);
    console->setAttribute(Qt::WA_DeleteOnClose, false);
    QString error;
    mi::EngineOptions options;
    options.seed = 3;
    REQUIRE(console->start(*pack, options, error));
    console->show();
    CandidateWindow *candidate = console->candidateWindow();
    REQUIRE(QTest::qWaitForWindowExposed(candidate));

    // The candidate sees the question, never the reference or the rubric.
    const QString prompt = candidate->findChild<QLabel *>(QStringLiteral("candidatePrompt"))->text();
    CHECK(prompt == console->findChild<QLabel *>(QStringLiteral("consolePrompt"))->text());
    CHECK(candidate->findChildren<QListWidget *>().isEmpty());
    const mi::Question *q = &pack->rounds.first().questions.first();
    for (QLabel *label : candidate->findChildren<QLabel *>())
        CHECK_FALSE(label->text().contains(q->reference.left(30)));

    auto *typing = candidate->findChild<QPlainTextEdit *>(QStringLiteral("candidateAnswer"));
    QTest::keyClicks(typing, QStringLiteral("When liveness fails the kubelet restarts the container."));
    CHECK(console->findChild<QPlainTextEdit *>(QStringLiteral("consoleLiveAnswer"))->toPlainText().contains(u"kubelet restarts"));
    auto *checklist = console->findChild<QListWidget *>(QStringLiteral("consoleChecklist"));
    REQUIRE(checklist->count() == q->rubric.size());
    auto *followUps = console->findChild<QListWidget *>(QStringLiteral("consoleFollowUps"));
    CHECK(followUps->count() > 0); // missed-point follow-ups are pending while nothing is ticked
    for (int i = 0; i < checklist->count(); ++i)
        checklist->item(i)->setCheckState(Qt::Checked); // the mentor heard more than was typed
    console->findChild<QPlainTextEdit *>(QStringLiteral("consoleNotes"))->setPlainText(QStringLiteral("说得出重启，但没讲 readiness。"));

    console->resize(1360, 860);
    QTest::qWait(200);
    console->grab().save(QStringLiteral(MOCKINTERVIEW_TEST_OUTPUT_DIR "/gui-console.png"));
    candidate->grab().save(QStringLiteral(MOCKINTERVIEW_TEST_OUTPUT_DIR "/gui-candidate.png"));

    candidate->activateWindow(); // shortcuts go to the active window
    REQUIRE(QTest::qWaitForWindowActive(candidate));
    typing->setFocus();
    QTest::keyClick(typing, Qt::Key_Return, Qt::ControlModifier); // the candidate submits
    QTest::qWait(300); // a button's shortcut clicks it after a short animation
    CHECK(console->findChild<QLabel *>(QStringLiteral("consoleResult"))->text().contains(u"Machine score"));
    CHECK(typing->isReadOnly());
    const qint64 sessionId = console->sessionId();
    mi::Result<mi::StoredSession> stored = mi::SessionRepository(app.database).loadSession(sessionId);
    REQUIRE(stored);
    REQUIRE(stored->turns.first().score);
    int machineMisses = 0;
    for (const mi::PointResult &p : stored->turns.first().score->points)
        machineMisses += p.kind != mi::PointKind::Misconception && !p.hit;
    REQUIRE(machineMisses > 0);
    mi::Result<mi::SessionReview> review = mi::MentorStore(app.database).load(sessionId);
    REQUIRE(review);
    int overrides = 0;
    for (const mi::PointOverride &o : review->turns[0].points) {
        CHECK(o.judgement == mi::PointJudgement::Hit);
        CHECK(!o.author.isEmpty());
        ++overrides;
    }
    CHECK(overrides >= machineMisses);
    REQUIRE(review->turns[0].comments.size() == 1);
    CHECK(review->turns[0].comments[0].text.contains(u"readiness"));

    console->next();
    CHECK(console->findChild<QLabel *>(QStringLiteral("consolePrompt"))->text() == candidate->findChild<QLabel *>(QStringLiteral("candidatePrompt"))->text());
    CHECK_FALSE(typing->isReadOnly());
    CHECK(typing->toPlainText().isEmpty());
    console->end();
    stored = mi::SessionRepository(app.database).loadSession(sessionId);
    CHECK(stored->info.finishedAt.isValid());
    delete console;
}
