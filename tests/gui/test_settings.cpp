// The settings dialog and the first start, driven as a user would: the
// dialog opened with its shortcut, values changed, OK; the welcome dialog's
// warm-up button starting a real session.
#include "generalsettings.h"
#include "interviewpage.h"
#include "mainwindowfixture.h"
#include "practicesettings.h"
#include "reviewsettings.h"
#include "settingsdialog.h"
#include "speechsettings.h"
#include "storage/sessionrepository.h"
#include "welcomedialog.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStatusBar>

namespace {

void choose(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

SettingsDialog *openSettingsByShortcut(MainWindowFixture &f)
{
    f.activate();
    auto *action = findNamed<QAction>(f.window.get(), "settingsAction");
    REQUIRE_FALSE(action->shortcut().isEmpty());
    QTest::keySequence(f.window.get(), action->shortcut());
    // The one on screen: a closed one may wait for its deferred delete.
    SettingsDialog *dialog = nullptr;
    for (SettingsDialog *d : f.window->findChildren<SettingsDialog *>())
        if (d->isVisible())
            dialog = d;
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    return dialog;
}

QPushButton *dialogButton(QDialog *dialog, QDialogButtonBox::StandardButton which)
{
    QPushButton *button = findNamed<QDialogButtonBox>(dialog, "settingsButtons")->button(which);
    REQUIRE(button);
    return button;
}

} // namespace

TEST_CASE("gui: the settings dialog saves what was changed, and only on OK", "[gui][settings]")
{
    MainWindowFixture f;
    SettingsDialog *dialog = openSettingsByShortcut(f);

    choose(findNamed<QComboBox>(dialog, "languageCombo"), QStringLiteral("zh_CN"));
    findNamed<QLineEdit>(dialog, "dataFolderEdit")->setText(f.dir.filePath(QStringLiteral("elsewhere")));
    findNamed<QLineEdit>(dialog, "mentorNameEdit")->setText(QStringLiteral("Wang Lei"));
    choose(findNamed<QComboBox>(dialog, "practiceModeCombo"), int(mi::PracticeMode::Exam));
    choose(findNamed<QComboBox>(dialog, "personaCombo"), int(mi::PersonaKind::Strict));
    choose(findNamed<QComboBox>(dialog, "timeLimitsCombo"), int(settings::TimeLimitPolicy::Never));
    auto *engine = findNamed<QComboBox>(dialog, "speechEngineCombo");
    auto *endpoint = findNamed<QLineEdit>(dialog, "whisperEndpointEdit");
    CHECK_FALSE(endpoint->isEnabled()); // pocketsphinx needs no address
    choose(engine, QStringLiteral("whisper-openai"));
    CHECK(endpoint->isEnabled());
    CHECK_FALSE(findNamed<QLineEdit>(dialog, "whisperCliEdit")->isEnabled());
    endpoint->setText(QStringLiteral("https://api.example.org/v1"));
    findNamed<QLineEdit>(dialog, "whisperModelEdit")->setText(QStringLiteral("whisper-1"));
    findNamed<QLineEdit>(dialog, "whisperApiKeyEdit")->setText(QStringLiteral("sk-test"));
    findNamed<QSpinBox>(dialog, "speechTimeoutSpin")->setValue(60);
    CHECK(findNamed<QComboBox>(dialog, "microphoneCombo")->currentData().toString().isEmpty()); // the system default
    // Nothing is written before OK.
    CHECK_FALSE(settings::uiLanguage.isSet());

    QTest::mouseClick(dialogButton(dialog, QDialogButtonBox::Ok), Qt::LeftButton);
    QApplication::processEvents();
    CHECK(settings::uiLanguage.value() == u"zh_CN");
    CHECK(settings::dataFolder.value() == f.dir.filePath(QStringLiteral("elsewhere")));
    CHECK(settings::databasePath().startsWith(f.dir.filePath(QStringLiteral("elsewhere"))));
    CHECK(settings::mentorName() == u"Wang Lei");
    CHECK(settings::practiceMode.value() == mi::PracticeMode::Exam);
    CHECK(settings::interviewerPersona.value() == mi::PersonaKind::Strict);
    CHECK(settings::timeLimits.value() == settings::TimeLimitPolicy::Never);
    const mi::SpeechEngineSettings speech = settings::speechEngineSettings();
    CHECK(speech.engine == u"whisper-openai");
    CHECK(speech.endpoint == u"https://api.example.org/v1");
    CHECK(speech.model == u"whisper-1");
    CHECK(speech.apiKey == u"sk-test");
    CHECK(speech.timeoutMs == 60000);
    // Language and folder wait for a restart, and the user is told so.
    CHECK(f.window->statusBar()->currentMessage().contains(QStringLiteral("restarted")));
    // The home page preselects the new default mode at once.
    bool homeShowsExam = false;
    for (QComboBox *combo : f.window->findChildren<QComboBox *>())
        if (combo->accessibleName() == u"Practice mode")
            homeShowsExam = combo->currentData().toInt() == int(mi::PracticeMode::Exam);
    CHECK(homeShowsExam);

    SECTION("Restore defaults then Cancel keeps the saved values")
    {
        dialog = openSettingsByShortcut(f);
        CHECK(findNamed<QComboBox>(dialog, "languageCombo")->currentData().toString() == u"zh_CN"); // shows what is saved
        QTest::mouseClick(dialogButton(dialog, QDialogButtonBox::RestoreDefaults), Qt::LeftButton);
        CHECK(findNamed<QComboBox>(dialog, "languageCombo")->currentData().toString().isEmpty());
        QTest::mouseClick(dialogButton(dialog, QDialogButtonBox::Cancel), Qt::LeftButton);
        QApplication::processEvents();
        CHECK(settings::uiLanguage.value() == u"zh_CN");
        CHECK(settings::speechEngine.value() == u"whisper-openai");
    }
    SECTION("Restore defaults then OK saves the defaults")
    {
        dialog = openSettingsByShortcut(f);
        QTest::mouseClick(dialogButton(dialog, QDialogButtonBox::RestoreDefaults), Qt::LeftButton);
        QTest::mouseClick(dialogButton(dialog, QDialogButtonBox::Ok), Qt::LeftButton);
        QApplication::processEvents();
        CHECK(settings::uiLanguage.value().isEmpty());
        CHECK(settings::dataFolder.value().isEmpty());
        CHECK(settings::practiceMode.value() == mi::PracticeMode::Script);
        CHECK(settings::timeLimits.value() == settings::TimeLimitPolicy::ExamOnly);
        CHECK(settings::speechEngineSettings().engine == u"pocketsphinx");
        CHECK(settings::speechTimeoutSeconds.value() == 300);
        CHECK(settings::mentorNameSetting.value().isEmpty());
    }
}

TEST_CASE("gui: the main window does not show the welcome dialog by itself", "[gui][settings]")
{
    MainWindowFixture f; // firstRunDone is false in an empty settings file
    QTest::qWait(50);
    CHECK(f.window->findChild<WelcomeDialog *>() == nullptr);
}

TEST_CASE("gui: the welcome dialog starts a five-question warm-up in the interface's language", "[gui][settings][firstrun]")
{
    const QString uiLanguage = GENERATE(QStringLiteral("en"), QStringLiteral("zh_CN"));
    MainWindowFixture f([&] { settings::uiLanguage.setValue(uiLanguage); });
    REQUIRE_FALSE(settings::firstRunDone.value());
    f.window->showWelcome();
    auto *welcome = f.window->findChild<WelcomeDialog *>();
    REQUIRE(welcome);
    REQUIRE(QTest::qWaitForWindowExposed(welcome));
    CHECK(settings::firstRunDone.value()); // once is enough, whatever the answer
    CHECK(welcome->findChildren<QLabel *>(QStringLiteral("welcomeParagraph")).size() == 3); // solo, mentor, PDF
    QTest::mouseClick(findNamed<QPushButton>(welcome, "warmUpButton"), Qt::LeftButton);
    QApplication::processEvents();

    const QLabel *progress = findNamed<QLabel>(f.window.get(), "progressLabel");
    CHECK(progress->isVisible());
    CHECK(progress->text() == u"Question 1 of 5");
    mi::Result<QList<mi::SessionInfo>> sessions = mi::SessionRepository(f.app.database).listSessions();
    REQUIRE(sessions);
    REQUIRE(sessions->size() == 1);
    const mi::SessionInfo &session = sessions->first();
    CHECK(session.mode == u"warmup");
    CHECK(session.maxQuestions == 5);
    const QString packLanguage = uiLanguage == u"en" ? QStringLiteral("en") : QStringLiteral("zh");
    CHECK(session.language == packLanguage);
    // The first pack of that language, in library order.
    for (const mi::Pack &pack : f.app.library.packs())
        if (pack.language == packLanguage) {
            CHECK(session.packId == pack.id);
            break;
        }
}

TEST_CASE("gui: closing the welcome dialog starts nothing", "[gui][settings][firstrun]")
{
    MainWindowFixture f;
    f.window->showWelcome();
    auto *welcome = f.window->findChild<WelcomeDialog *>();
    REQUIRE(welcome);
    QTest::mouseClick(findNamed<QPushButton>(welcome, "welcomeCloseButton"), Qt::LeftButton);
    QApplication::processEvents();
    CHECK_FALSE(findNamed<QLabel>(f.window.get(), "progressLabel")->isVisible());
    mi::Result<QList<mi::SessionInfo>> sessions = mi::SessionRepository(f.app.database).listSessions();
    REQUIRE(sessions);
    CHECK(sessions->isEmpty());
    CHECK(settings::firstRunDone.value());
}

TEST_CASE("gui: the time-limit setting decides whether time up submits the answer", "[gui][settings][timelimits]")
{
    struct Case {
        settings::TimeLimitPolicy policy;
        mi::PracticeMode mode;
        bool submitted;
    };
    const Case c = GENERATE(values<Case>({
        {settings::TimeLimitPolicy::ExamOnly, mi::PracticeMode::Exam, true},
        {settings::TimeLimitPolicy::ExamOnly, mi::PracticeMode::Script, false},
        {settings::TimeLimitPolicy::Always, mi::PracticeMode::Script, true},
        {settings::TimeLimitPolicy::Never, mi::PracticeMode::Exam, false},
    }));
    INFO("policy " << int(c.policy) << ", mode " << mi::practiceModeKey(c.mode).toStdString());
    MainWindowFixture f([&] { settings::timeLimits.setValue(c.policy); });
    // A pack whose questions allow one second, so time runs out within the test.
    mi::Pack pack = *f.app.library.pack(QStringLiteral("sample-k8s-basics"));
    for (mi::Round &round : pack.rounds)
        for (mi::Question &q : round.questions)
            q.timeLimitSeconds = 1;
    auto *page = f.window->findChild<InterviewPage *>();
    REQUIRE(page);
    mi::EngineOptions options;
    options.mode = c.mode;
    QString error;
    REQUIRE(page->startSession(pack, options, error));
    findNamed<QPlainTextEdit>(page, "answerEditor")->setPlainText(QStringLiteral("requests 是调度依据"));
    auto *next = findNamed<QPushButton>(page, "nextButton");
    // Time is up after 1 s and the clock checks twice a second; scoring and the
    // panel's first start can take seconds more on a busy machine.
    if (c.submitted)
        QTest::qWaitFor([&] { return next->isEnabled(); }, 15000);
    else
        QTest::qWait(2300);
    CHECK(findNamed<QPushButton>(page, "submitButton")->isEnabled() == !c.submitted);
    CHECK(next->isEnabled() == c.submitted);
}
