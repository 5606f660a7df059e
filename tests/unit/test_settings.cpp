// The typed settings layer on its own: defaults, round trips, what older or
// hand-edited files hold, and that tests never write the user's file.
#include "generalsettings.h"
#include "practicesettings.h"
#include "reviewsettings.h"
#include "speechsettings.h"
#include "storage/database.h"
#include "testenvironment.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <catch2/catch.hpp>

namespace {

// Every test starts from an empty file, and leaves one behind. Refuses to
// run outside test mode, where clearing would wipe a real configuration.
struct EmptySettings {
    EmptySettings()
    {
        REQUIRE(QStandardPaths::isTestModeEnabled());
        QSettings().clear();
    }
    ~EmptySettings() { QSettings().clear(); }
};

// Sets an environment variable for one test and puts the old value back.
struct ScopedEnv {
    QByteArray name, old;
    bool had;
    ScopedEnv(const char *n, const QByteArray &value) : name(n), old(qgetenv(n)), had(qEnvironmentVariableIsSet(n))
    {
        if (value.isNull())
            qunsetenv(n);
        else
            qputenv(n, value);
    }
    ~ScopedEnv()
    {
        if (had)
            qputenv(name.constData(), old);
        else
            qunsetenv(name.constData());
    }
};

} // namespace

TEST_CASE("settings: tests read and write a test-mode file, never the user's", "[settings]")
{
    EmptySettings clean;
    const QString file = SettingsStore::fileName();
    INFO(file.toStdString());
    CHECK(file.contains(QStringLiteral("/.qttest/")));
    // Each test process has its own folder under the temporary directory (see testenvironment.cpp).
    CHECK(file.startsWith(QDir::tempPath()));
    CHECK_FALSE(file.startsWith(QDir::homePath()));
}

TEST_CASE("settings: an unset value reads as its default, and a set one round-trips and resets", "[settings]")
{
    EmptySettings clean;
    CHECK(settings::uiLanguage.value().isEmpty());
    CHECK_FALSE(settings::firstRunDone.value());
    CHECK(settings::practiceMode.value() == mi::PracticeMode::Script);
    CHECK(settings::interviewerPersona.value() == mi::PersonaKind::Neutral);
    CHECK_FALSE(settings::speakQuestions.value());
    CHECK(settings::timeLimits.value() == settings::TimeLimitPolicy::ExamOnly);
    CHECK(settings::speechEngine.value() == u"pocketsphinx");
    CHECK(settings::speechTimeoutSeconds.value() == 300);
    CHECK_FALSE(settings::uiLanguage.isSet());

    settings::uiLanguage.setValue(QStringLiteral("zh_CN"));
    settings::firstRunDone.setValue(true);
    settings::timeLimits.setValue(settings::TimeLimitPolicy::Never);
    settings::speechTimeoutSeconds.setValue(42);
    CHECK(settings::uiLanguage.value() == u"zh_CN");
    CHECK(settings::firstRunDone.value());
    CHECK(settings::timeLimits.value() == settings::TimeLimitPolicy::Never);
    CHECK(settings::speechTimeoutSeconds.value() == 42);
    // The key the translation loader in main() reads, unchanged.
    CHECK(QSettings().value(QStringLiteral("ui/language")).toString() == u"zh_CN");

    settings::uiLanguage.reset();
    CHECK_FALSE(settings::uiLanguage.isSet());
    CHECK(settings::uiLanguage.value().isEmpty());
}

TEST_CASE("settings: enums are numbers in the file, as the home page stored them before", "[settings]")
{
    EmptySettings clean;
    // What an older version left: the combo box data, an int.
    QSettings().setValue(QStringLiteral("practice/mode"), int(mi::PracticeMode::WarmUp));
    QSettings().setValue(QStringLiteral("practice/persona"), int(mi::PersonaKind::Strict));
    CHECK(settings::practiceMode.value() == mi::PracticeMode::WarmUp);
    CHECK(settings::interviewerPersona.value() == mi::PersonaKind::Strict);
    settings::practiceMode.setValue(mi::PracticeMode::Exam);
    CHECK(QSettings().value(QStringLiteral("practice/mode")).toInt() == int(mi::PracticeMode::Exam));
}

TEST_CASE("settings: a value the program does not know reads as the default", "[settings]")
{
    EmptySettings clean;
    QSettings raw;
    raw.setValue(QStringLiteral("ui/language"), QStringLiteral("fr"));
    raw.setValue(QStringLiteral("practice/mode"), 42);
    raw.setValue(QStringLiteral("practice/persona"), QStringLiteral("grumpy"));
    raw.setValue(QStringLiteral("practice/timeLimits"), -1);
    raw.setValue(QStringLiteral("speech/engine"), QStringLiteral("dictaphone"));
    raw.setValue(QStringLiteral("speech/timeoutSeconds"), 0);
    raw.sync();
    CHECK(settings::uiLanguage.value().isEmpty());
    CHECK(settings::practiceMode.value() == mi::PracticeMode::Script);
    CHECK(settings::interviewerPersona.value() == mi::PersonaKind::Neutral);
    CHECK(settings::timeLimits.value() == settings::TimeLimitPolicy::ExamOnly);
    CHECK(settings::speechEngine.value() == u"pocketsphinx");
    CHECK(settings::speechTimeoutSeconds.value() == 300);
}

TEST_CASE("settings: the time-limit policy decides when answers are submitted for the candidate", "[settings]")
{
    using settings::TimeLimitPolicy;
    CHECK(settings::enforcesTimeLimits(TimeLimitPolicy::ExamOnly, true));
    CHECK_FALSE(settings::enforcesTimeLimits(TimeLimitPolicy::ExamOnly, false));
    CHECK(settings::enforcesTimeLimits(TimeLimitPolicy::Always, false));
    CHECK_FALSE(settings::enforcesTimeLimits(TimeLimitPolicy::Never, true));
}

TEST_CASE("settings: speechEngineSettings() carries every speech setting to the transcriber factory", "[settings]")
{
    EmptySettings clean;
    const mi::SpeechEngineSettings defaults = settings::speechEngineSettings();
    CHECK(defaults.engine == mi::SpeechEngineSettings{}.engine);
    CHECK(defaults.timeoutMs == mi::SpeechEngineSettings{}.timeoutMs);

    settings::speechEngine.setValue(QStringLiteral("whisper-openai"));
    settings::whisperEndpoint.setValue(QStringLiteral(" https://api.example.org/v1 "));
    settings::whisperModel.setValue(QStringLiteral("whisper-large"));
    settings::whisperApiKey.setValue(QStringLiteral("sk-test"));
    settings::whisperCliPath.setValue(QStringLiteral("/opt/whisper/whisper-cli"));
    settings::whisperModelPath.setValue(QStringLiteral("/opt/whisper/ggml-base.bin"));
    settings::speechTimeoutSeconds.setValue(90);
    const mi::SpeechEngineSettings s = settings::speechEngineSettings();
    CHECK(s.engine == u"whisper-openai");
    CHECK(s.endpoint == u"https://api.example.org/v1"); // trimmed: pasted URLs carry spaces
    CHECK(s.model == u"whisper-large");
    CHECK(s.apiKey == u"sk-test");
    CHECK(s.whisperCliPath == u"/opt/whisper/whisper-cli");
    CHECK(s.modelPath == u"/opt/whisper/ggml-base.bin");
    CHECK(s.timeoutMs == 90000);
}

TEST_CASE("settings: the database follows the data folder, unless MOCKINTERVIEW_DB names one", "[settings]")
{
    EmptySettings clean;
    ScopedEnv noOverride("MOCKINTERVIEW_DB", QByteArray());
    CHECK(settings::databasePath() == mi::defaultDatabasePath());
    CHECK(QFileInfo(settings::databasePath()).absolutePath() == settings::defaultDataFolder());

    settings::dataFolder.setValue(QStringLiteral("/srv/interviews"));
    CHECK(settings::databasePath() == u"/srv/interviews/mockinterview.sqlite");
    {
        ScopedEnv override("MOCKINTERVIEW_DB", "/tmp/other.sqlite");
        CHECK(settings::databasePath() == u"/tmp/other.sqlite");
    }
}

TEST_CASE("settings: reviews are signed with the saved mentor name, else the login name", "[settings]")
{
    EmptySettings clean;
    ScopedEnv user("USER", "alice");
    CHECK(settings::mentorName() == u"alice");
    settings::mentorNameSetting.setValue(QStringLiteral("  Wang Lei "));
    CHECK(settings::mentorName() == u"Wang Lei");
}

TEST_CASE("settings: packs are preferred in the interface's language", "[settings]")
{
    EmptySettings clean;
    settings::uiLanguage.setValue(QStringLiteral("zh_CN"));
    CHECK(settings::preferredPackLanguage() == u"zh");
    settings::uiLanguage.setValue(QStringLiteral("en"));
    CHECK(settings::preferredPackLanguage() == u"en");
}
