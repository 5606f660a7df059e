// Drives the real main window offscreen: start a practice, type, submit,
// follow up, and check what is shown and what is saved.
#include "appcontext.h"
#include "mainwindow.h"
#include "mainwindowfixture.h"
#include "spokenanswerbar.h"
#include "storage/audiostore.h"
#include "storage/draftstore.h"
#include "storage/sessionrepository.h"
#include "testenvironment.h"

#include <QApplication>
#include <QInputMethodEvent>
#include <QDir>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QEventLoop>
#include <QTimer>
#include <QWebEngineView>
#include <catch2/catch.hpp>

namespace {

// Chinese text arrives from an input method as a commit string, not as key presses.
void typeViaInputMethod(QWidget *target, const QString &text)
{
    QInputMethodEvent event;
    event.setCommitString(text);
    QApplication::sendEvent(target, &event);
}

// The visible text of a web view once its page has loaded (setHtml() is
// asynchronous: poll until the page has text, for at most 20 s).
QString pageText(QWebEngineView *view)
{
    QString text;
    for (int waited = 0; waited < 20000 && text.isEmpty(); waited += 50) {
        QEventLoop loop;
        view->page()->toPlainText([&](const QString &t) { text = t; loop.quit(); });
        QTimer::singleShot(2000, &loop, &QEventLoop::quit);
        loop.exec();
        if (text.isEmpty())
            QTest::qWait(50);
    }
    return text;
}

template <typename T>
T *child(QWidget &window, const char *name)
{
    T *w = window.findChild<T *>(QLatin1String(name));
    REQUIRE(w);
    return w;
}

} // namespace

TEST_CASE("gui: a practice round with a Chinese question, a score and a follow-up", "[gui]")
{
    MainWindowFixture fixture;
    AppContext &app = fixture.app;
    MainWindow &window = *fixture.window;

    window.startPractice(PracticeSetup{QStringLiteral("sample-k8s-basics"), {}, false});
    auto *prompt = child<QLabel>(window, "promptLabel");
    auto *reason = child<QLabel>(window, "reasonLabel");
    auto *editor = child<QPlainTextEdit>(window, "answerEditor");
    auto *submit = child<QPushButton>(window, "submitButton");
    auto *next = child<QPushButton>(window, "nextButton");
    CHECK(prompt->text().contains(u"requests"));
    CHECK(reason->text().contains(u"第 1/4 题"));
    CHECK(window.findChild<QWebEngineView *>(QStringLiteral("scorePanel")) == nullptr); // WebEngine starts on the first answer

    typeViaInputMethod(editor, QStringLiteral("requests 是调度器选择节点时用的资源保证量，limits 是 cgroup 施加的运行时上限。"));
    QApplication::processEvents();
    const QString shot = QDir(QStringLiteral(MOCKINTERVIEW_TEST_OUTPUT_DIR)).filePath(QStringLiteral("gui-interview.png"));
    window.grab().save(shot);
    QTest::mouseClick(submit, Qt::LeftButton);
    auto *panel = child<QWebEngineView>(window, "scorePanel");
    CHECK(panel->isVisible());
    const QString shown = pageText(panel);
    INFO("page text: " << shown.toStdString());
    CHECK(shown.contains(u"调度"));
    CHECK(shown.contains(u"参考答案") == false); // the UI language is English here
    CHECK(shown.contains(u"Reference answer"));
    QTest::qWait(300); // let the page paint before it is grabbed for a person to look at
    window.grab().save(QDir(QStringLiteral(MOCKINTERVIEW_TEST_OUTPUT_DIR)).filePath(QStringLiteral("gui-scored.png")));
    CHECK(editor->isReadOnly());
    CHECK(next->isEnabled());

    // The answer missed the OOM point, so the next turn is its follow-up, with the reason shown.
    QTest::mouseClick(next, Qt::LeftButton);
    CHECK(prompt->text().contains(u"OOMKilled"));
    CHECK(reason->text().contains(u"没有覆盖"));

    // Typing is autosaved as a draft within a couple of seconds.
    typeViaInputMethod(editor, QStringLiteral("先看 describe"));
    mi::Result<QList<mi::SessionInfo>> sessions = mi::SessionRepository(app.database).listSessions();
    REQUIRE(sessions);
    REQUIRE(sessions->size() == 1);
    const qint64 sessionId = sessions->first().id;
    QString draft;
    for (int waited = 0; waited < 4000 && draft.isEmpty(); waited += 100) {
        QTest::qWait(100);
        draft = *mi::DraftStore(app.database).load(sessionId, 1);
    }
    CHECK(draft == u"先看 describe");

    mi::Result<mi::StoredSession> stored = mi::SessionRepository(app.database).loadSession(sessionId);
    REQUIRE(stored);
    REQUIRE(stored->turns.size() == 2);
    CHECK(stored->turns[0].answered());
    CHECK(stored->turns[1].kind == mi::TurnKind::FollowUp);
}

TEST_CASE("gui: a full walk of the deep-dive script shows every follow-up's reason", "[gui][walk]")
{
    MainWindowFixture fixture;
    AppContext &app = fixture.app;
    MainWindow &window = *fixture.window;

    PracticeSetup setup{QStringLiteral("ops-project-deep-dive"), {}, false};
    setup.options.persona = mi::PersonaKind::Neutral;
    window.startPractice(setup);
    auto *prompt = child<QLabel>(window, "promptLabel");
    auto *reason = child<QLabel>(window, "reasonLabel");
    auto *editor = child<QPlainTextEdit>(window, "answerEditor");
    auto *submit = child<QPushButton>(window, "submitButton");
    auto *next = child<QPushButton>(window, "nextButton");

    // A middling answer: it names a few things without the numbers and
    // verification a senior interviewer listens for, so follow-ups fire.
    const QString answer = QStringLiteral("当时团队对 Kubernetes 不熟悉，先用 Docker Compose 快速交付原型，后来业务扩大再迁移，具体的数据记不太清了。");
    int questions = 0, followUps = 0, shots = 0;
    for (int turn = 0; turn < 200 && submit->isEnabled(); ++turn) {
        const bool isFollowUp = prompt->text().startsWith(QStringLiteral("Follow-up"));
        CHECK_FALSE(reason->text().isEmpty());
        CHECK(reason->isVisible());
        if (isFollowUp) {
            ++followUps;
            CHECK(reason->text().startsWith(QStringLiteral("追问原因")));
            if (shots < 2) { // keep two follow-ups for a person to look at
                QApplication::processEvents(); // let the layout settle before grabbing
                window.grab().save(QDir(QStringLiteral(MOCKINTERVIEW_TEST_OUTPUT_DIR)).filePath(QStringLiteral("walk-followup-%1.png").arg(++shots)));
            }
        } else {
            ++questions;
        }
        typeViaInputMethod(editor, answer);
        QTest::mouseClick(submit, Qt::LeftButton);
        REQUIRE(next->isEnabled());
        QTest::mouseClick(next, Qt::LeftButton);
    }
    CHECK(questions == 33);
    CHECK(followUps >= 8); // the neutral budget is three per round, eight rounds
    mi::Result<QList<mi::SessionInfo>> sessions = mi::SessionRepository(app.database).listSessions();
    REQUIRE(sessions);
    REQUIRE(sessions->size() == 1);
    CHECK(sessions->first().finishedAt.isValid());
    CHECK(sessions->first().turnCount == questions + followUps);
}

TEST_CASE("gui: without a microphone the speak controls say so and typed answers still submit", "[gui][speech]")
{
    MainWindowFixture fixture;
    MainWindow &window = *fixture.window;
    window.startPractice(PracticeSetup{QStringLiteral("k8s-sre-en"), {}, false});
    auto *record = child<QPushButton>(window, "recordButton");
    auto *pause = child<QPushButton>(window, "pauseRecordingButton");
    auto *meter = child<QProgressBar>(window, "levelMeter");
    auto *time = child<QLabel>(window, "recordingTime");
    auto *caption = child<QLabel>(window, "liveCaption");
    auto *message = child<QLabel>(window, "speechMessage");
    auto *play = child<QWidget>(window, "playRecordingButton");
    auto *editor = child<QPlainTextEdit>(window, "answerEditor");
    auto *submit = child<QPushButton>(window, "submitButton");

    // The test environment has no sound server, as a machine without one.
    CHECK(record->isVisible());
    CHECK_FALSE(record->isEnabled());
    CHECK_FALSE(pause->isEnabled());
    CHECK(meter->value() == 0);
    CHECK(time->text().startsWith(u"0:00 / "));
    CHECK(message->isVisible());
    CHECK(message->text().contains(u"No microphone found"));
    CHECK_FALSE(caption->isVisible());
    CHECK_FALSE(play->isVisible());
    // The caption hook is safe to call when nothing is being recorded.
    window.findChild<SpokenAnswerBar *>()->setLiveCaption(QStringLiteral("stray words"));
    CHECK_FALSE(caption->isVisible());
    QApplication::processEvents();
    window.grab().save(QDir(QStringLiteral(MOCKINTERVIEW_TEST_OUTPUT_DIR)).filePath(QStringLiteral("gui-speak-no-microphone.png")));

    QTest::keyClicks(editor, QStringLiteral("Requests reserve capacity for scheduling; limits cap usage at run time."));
    QTest::mouseClick(submit, Qt::LeftButton);
    CHECK(editor->isReadOnly());
    CHECK_FALSE(play->isVisible()); // nothing was recorded
    mi::Result<QList<mi::SessionInfo>> sessions = mi::SessionRepository(fixture.app.database).listSessions();
    REQUIRE(sessions);
    REQUIRE(sessions->size() == 1);
    mi::Result<mi::StoredSession> stored = mi::SessionRepository(fixture.app.database).loadSession(sessions->first().id);
    REQUIRE(stored);
    REQUIRE(stored->turns[0].answered());
    CHECK(stored->turns[0].inputKind == u"typed");
    CHECK(stored->turns[0].deliveryJson.isEmpty());
    mi::Result<std::optional<mi::AnswerAudio>> audio = mi::AudioStore(fixture.app.database).audioFor(sessions->first().id, 0);
    REQUIRE(audio);
    CHECK_FALSE(audio->has_value());
}
