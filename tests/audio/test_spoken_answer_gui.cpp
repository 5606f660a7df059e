// The app's speak-an-answer flow with a real (virtual) microphone: record,
// transcribe on a worker thread, edit, submit, keep and play the recording.
#include "appcontext.h"
#include "capturefixture.h"
#include "deliveryjson.h"
#include "mainwindow.h"
#include "storage/audiostore.h"
#include "storage/sessionrepository.h"
#include "testenvironment.h"
#include "virtualmicrophone.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QToolButton>
#include <catch2/catch.hpp>

using namespace mi;

TEST_CASE("capture: speaking an answer in the app puts the transcript in the editor and keeps the recording", "[capture][gui]")
{
    QTemporaryDir dir;
    const PcmAudio speech = spokenAnswer(dir);
    AppContext app;
    app.load(testDataPath(QStringLiteral("packs")), dir.filePath(QStringLiteral("data/gui.sqlite")));
    REQUIRE(app.database);
    MainWindow window(app);
    window.resize(1280, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.startPractice(PracticeSetup {QStringLiteral("test-mini-en"), {}, false});
    auto *record = window.findChild<QPushButton *>(QStringLiteral("recordButton"));
    auto *message = window.findChild<QLabel *>(QStringLiteral("speechMessage"));
    auto *caption = window.findChild<QLabel *>(QStringLiteral("liveCaption"));
    auto *editor = window.findChild<QPlainTextEdit *>(QStringLiteral("answerEditor"));
    auto *submit = window.findChild<QPushButton *>(QStringLiteral("submitButton"));
    REQUIRE(record);
    REQUIRE(editor);
    REQUIRE(record->isEnabled());
    CHECK_FALSE(message->isVisible()); // a microphone and an English pack: nothing to warn about

    // The shortcut starts recording (window shortcuts need the window active).
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(editor, Qt::Key_R, Qt::ControlModifier);
    INFO("message: " << message->text().toStdString());
    REQUIRE(waitFor([&] { return record->text() == u"Stop"; }, 1000)); // a shortcut clicks after a short animation
    CHECK(caption->isVisible());
    CHECK(caption->text() == u"Live captions unavailable");
    testMicrophone().feed(rawSamples(speech));
    QTest::qWait(int(speech.durationMs() / 2));
    QApplication::processEvents();
    window.grab().save(QDir(QStringLiteral(MOCKINTERVIEW_TEST_OUTPUT_DIR)).filePath(QStringLiteral("gui-speaking.png")));
    // Live captions: the streaming recogniser's words appear while speaking.
    INFO("caption: " << caption->text().toStdString());
    CHECK(waitFor([&] { return caption->text().contains(u"probe"); }, 20000));
    CHECK(caption->text().contains(u"words/min")); // delivery shown live, beside the words
    REQUIRE(waitFor([] { return testMicrophone().feedFinished(); }, 60000));
    QTest::qWait(400);
    QTest::mouseClick(record, Qt::LeftButton);

    REQUIRE(waitFor([&] { return !editor->toPlainText().isEmpty(); }, 60000));
    const QString transcript = editor->toPlainText();
    INFO("transcript: " << transcript.toStdString() << "; message: " << message->text().toStdString());
    for (const char *term : {"readiness", "probe", "endpoint"})
        CHECK(transcript.contains(QLatin1String(term)));
    CHECK(message->text().contains(u"Transcribed"));
    window.grab().save(QDir(QStringLiteral(MOCKINTERVIEW_TEST_OUTPUT_DIR)).filePath(QStringLiteral("gui-transcribed.png")));

    QTest::keyClicks(editor, QStringLiteral(" A startup probe protects slow starters."));
    QTest::mouseClick(submit, Qt::LeftButton);
    mi::Result<QList<mi::SessionInfo>> sessions = mi::SessionRepository(app.database).listSessions();
    REQUIRE(sessions);
    REQUIRE(sessions->size() == 1);
    mi::Result<mi::StoredSession> stored = mi::SessionRepository(app.database).loadSession(sessions->first().id);
    REQUIRE(stored);
    const mi::Turn &turn = stored->turns[0];
    CHECK(turn.inputKind == u"spoken");
    CHECK(turn.originalAnswer == transcript);
    CHECK(turn.answer == transcript + QStringLiteral(" A startup probe protects slow starters."));
    mi::Result<mi::DeliveryFigures> delivery = mi::parseDeliveryJson(turn.deliveryJson);
    REQUIRE(delivery);
    CHECK(delivery->audioMs >= speech.durationMs() - 100);
    CHECK(delivery->speakingMs > 3000);
    CHECK(delivery->paceUnit == u"wpm");

    mi::Result<std::optional<mi::AnswerAudio>> audio = mi::AudioStore(app.database).audioFor(sessions->first().id, 0);
    REQUIRE(audio);
    REQUIRE(audio->has_value());
    const mi::AnswerAudio &kept = **audio;
    CHECK(kept.file == QStringLiteral("audio/%1/0.wav").arg(sessions->first().uid));
    QFile file(kept.absolutePath);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(kept.sha256 == QString::fromLatin1(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex()));
    CHECK(kept.durationMs >= speech.durationMs() - 100);

    // The answer as submitted can be listened to.
    auto *play = window.findChild<QToolButton *>(QStringLiteral("playRecordingButton"));
    REQUIRE(play);
    CHECK(play->isVisible());
    CHECK_FALSE(record->isEnabled());
    QTest::qWait(500); // let the score panel paint before it is grabbed for a person to look at
    window.grab().save(QDir(QStringLiteral(MOCKINTERVIEW_TEST_OUTPUT_DIR)).filePath(QStringLiteral("gui-spoken-scored.png")));
    QTest::mouseClick(play, Qt::LeftButton);
    CHECK(waitFor([&] { return play->text() == u"Pause"; }, 5000));
    QTest::mouseClick(play, Qt::LeftButton);
    CHECK(waitFor([&] { return play->text() == u"Play recording"; }, 5000));
}

TEST_CASE("capture: in a Chinese pack the recording is kept and the page says only English is transcribed", "[capture][gui]")
{
    QTemporaryDir dir;
    const PcmAudio speech = spokenAnswer(dir);
    AppContext app;
    app.load(bundledPacksPath(), dir.filePath(QStringLiteral("data/gui.sqlite")));
    REQUIRE(app.database);
    MainWindow window(app);
    window.resize(1280, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.startPractice(PracticeSetup {QStringLiteral("sample-k8s-basics"), {}, false});
    auto *record = window.findChild<QPushButton *>(QStringLiteral("recordButton"));
    auto *message = window.findChild<QLabel *>(QStringLiteral("speechMessage"));
    auto *editor = window.findChild<QPlainTextEdit *>(QStringLiteral("answerEditor"));
    auto *submit = window.findChild<QPushButton *>(QStringLiteral("submitButton"));
    auto *play = window.findChild<QToolButton *>(QStringLiteral("playRecordingButton"));
    REQUIRE(record);
    CHECK(record->isEnabled()); // recording still works
    CHECK(message->text().contains(u"only an English model"));

    QTest::mouseClick(record, Qt::LeftButton);
    REQUIRE(record->text() == u"Stop");
    testMicrophone().feed(rawSamples(speech).left(16000 * 2 * 3)); // three seconds
    REQUIRE(waitFor([] { return testMicrophone().feedFinished(); }, 30000));
    QTest::qWait(300);
    QTest::mouseClick(record, Qt::LeftButton);
    REQUIRE(record->text() == u"Speak answer");
    CHECK(message->text().contains(u"Recording kept"));
    CHECK(editor->toPlainText().isEmpty());

    mi::Result<QList<mi::SessionInfo>> sessions = mi::SessionRepository(app.database).listSessions();
    REQUIRE(sessions);
    REQUIRE(sessions->size() == 1);
    mi::Result<std::optional<mi::AnswerAudio>> audio = mi::AudioStore(app.database).audioFor(sessions->first().id, 0);
    REQUIRE(audio);
    REQUIRE(audio->has_value()); // linked as soon as the recording stopped, before any answer
    Result<PcmAudio> kept = readWav((*audio)->absolutePath);
    REQUIRE(kept);
    CHECK(kept->durationMs() >= 2900);
    CHECK(kept->durationMs() <= 3400);

    QTest::keyClicks(editor, QStringLiteral("requests limits"));
    QTest::mouseClick(submit, Qt::LeftButton);
    mi::Result<mi::StoredSession> stored = mi::SessionRepository(app.database).loadSession(sessions->first().id);
    REQUIRE(stored);
    CHECK(stored->turns[0].inputKind == u"typed"); // nothing was transcribed
    CHECK(QFile::exists((*audio)->absolutePath));
    CHECK(play->isVisible());
}
