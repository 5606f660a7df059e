// The interface in Simplified Chinese and in English: the embedded
// catalogues load for the chosen language and reach the main window, Qt's
// own texts included.
#include "appcontext.h"
#include "candidatewindow.h"
#include "exportpdfdialog.h"
#include "mainwindow.h"
#include "mentorconsole.h"
#include "reviewwindow.h"
#include "testenvironment.h"
#include "uilanguage.h"
#include "unit/mentorfixture.h"

#include <QLabel>
#include <QRegularExpression>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>

namespace {

// Labels with a mnemonic but no buddy, which show "(&F)" as typed instead of
// underlining the F.
QStringList mnemonicsShownAsTyped(const QWidget &window)
{
    QStringList texts;
    // "&F" is a mnemonic; "Kubernetes & SRE" (a pack title) is just an ampersand.
    static const QRegularExpression mnemonic(QStringLiteral("&[^&\\s]"));
    for (const QLabel *label : window.findChildren<QLabel *>())
        if (label->textFormat() != Qt::RichText && label->text().contains(mnemonic) && !label->buddy())
            texts << label->text();
    return texts;
}

// The main window made while `language` is in use, as main() does it. The
// default locale and the translators are put back afterwards.
struct WindowIn {
    QLocale previousDefault;
    std::unique_ptr<mi::Translations> translations;
    QTemporaryDir dir;
    AppContext app;
    std::unique_ptr<MainWindow> window;

    explicit WindowIn(const QString &language)
        : translations(useLanguage(language))
    {
        app.load(bundledPacksPath(), dir.filePath(QStringLiteral("i18n.sqlite")));
        window = std::make_unique<MainWindow>(app);
    }
    ~WindowIn()
    {
        window.reset();
        translations.reset();
        QLocale::setDefault(previousDefault);
    }

    QString menuTitle(int i) const { return window->menuBar()->actions().value(i)->text(); }
    QStringList buttonTexts() const
    {
        QStringList texts;
        for (const QPushButton *b : window->findChildren<QPushButton *>())
            texts << b->text();
        return texts;
    }
    QString status() const { return window->statusBar()->currentMessage(); }
    int packCount() const { return int(app.library.packs().size()); }
};

} // namespace

TEST_CASE("i18n: both catalogues are embedded", "[i18n]")
{
    CHECK(mi::availableLanguages() == QStringList {QStringLiteral("en"), QStringLiteral("zh_CN")});
}

TEST_CASE("i18n: the main window in Simplified Chinese", "[gui][i18n]")
{
    WindowIn zh(QStringLiteral("zh_CN"));
    REQUIRE(zh.translations->hasCatalogue());
    CHECK(zh.window->windowTitle() == u"模拟面试");
    CHECK(zh.menuTitle(0) == u"文件(&F)");
    CHECK(zh.menuTitle(1) == u"帮助(&H)");
    CHECK(zh.window->menuBar()->actions().value(0)->menu()->actions().value(0)->text() == u"首页(&H)");
    const QStringList buttons = zh.buttonTexts();
    INFO(buttons.join(u" | ").toStdString());
    CHECK(buttons.contains(u"开始练习(&S)"));
    CHECK(buttons.contains(u"打开报告(&O)"));
    CHECK(mnemonicsShownAsTyped(*zh.window) == QStringList());
    CHECK(zh.status() == QStringLiteral("已加载 %1 个题库").arg(zh.packCount()));
    // Qt's own texts (standard buttons, dialogs) come from qtbase's catalogue.
    REQUIRE(zh.translations->hasQtCatalogue());
    CHECK(QCoreApplication::translate("QPlatformTheme", "Cancel") == u"取消");
    CHECK(QLocale().name() == u"zh_CN");
}

TEST_CASE("i18n: the main window in English, chosen or by default", "[gui][i18n]")
{
    SECTION("chosen: English plurals come from the English catalogue")
    {
        WindowIn en(QStringLiteral("en"));
        REQUIRE(en.translations->hasCatalogue());
        CHECK(en.menuTitle(0) == u"&File");
        CHECK(en.buttonTexts().contains(u"&Start practice"));
        CHECK(en.status() == QStringLiteral("%1 question packs loaded").arg(en.packCount()));
        CHECK(QCoreApplication::translate("QPlatformTheme", "Cancel") == u"Cancel");
    }
    SECTION("a language without a catalogue gets English, plurals included")
    {
        WindowIn de(QStringLiteral("de"));
        CHECK_FALSE(de.translations->hasCatalogue());
        CHECK(de.menuTitle(0) == u"&File");
        CHECK(de.buttonTexts().contains(u"&Start practice"));
        CHECK(de.status() == QStringLiteral("%1 question packs loaded").arg(de.packCount()));
    }
    // Translators left behind would leak Chinese into later tests.
    CHECK(QCoreApplication::translate("MainWindow", "&File") == u"&File");
}

TEST_CASE("i18n: the review window, the mentor console and the PDF dialog in Chinese", "[gui][i18n]")
{
    QLocale previousDefault;
    auto translations = useLanguage(QStringLiteral("zh_CN"));
    MentorFixture f;
    AppContext app;
    app.load(testDataPath("packs"), f.candidate->path());
    REQUIRE(app.database);
    const QString out = QStringLiteral(MOCKINTERVIEW_TEST_OUTPUT_DIR);
    {
        ReviewWindow review(app, f.sessionId, nullptr);
        review.setAttribute(Qt::WA_DeleteOnClose, false);
        QString error;
        REQUIRE(review.load(error));
        review.show();
        REQUIRE(QTest::qWaitForWindowExposed(&review));
        CHECK(review.windowTitle().startsWith(u"评审 — "));
        auto *tabs = review.findChild<QTabWidget *>();
        REQUIRE(tabs);
        CHECK(tabs->tabText(0) == u"本题回答(&A)");
        CHECK(tabs->tabText(1) == u"总体结论(&V)");
        CHECK(mnemonicsShownAsTyped(review) == QStringList());
        QTest::qWait(1500); // the score panel's page loads asynchronously
        review.grab().save(out + QStringLiteral("/gui-review-zh_CN.png"));
    }
    {
        auto *console = new MentorConsole(app);
        console->setAttribute(Qt::WA_DeleteOnClose, false);
        QString error;
        REQUIRE(console->start(*app.library.pack(QStringLiteral("test-mini-en")), mi::EngineOptions {}, error));
        console->resize(1360, 860);
        console->show();
        REQUIRE(QTest::qWaitForWindowExposed(console));
        CHECK(console->windowTitle() == u"模拟面试 — 导师控制台");
        CHECK(mnemonicsShownAsTyped(*console) == QStringList());
        console->grab().save(out + QStringLiteral("/gui-console-zh_CN.png"));
        console->candidateWindow()->grab().save(out + QStringLiteral("/gui-candidate-zh_CN.png"));
        console->end();
        delete console;
    }
    {
        ExportPdfDialog dialog(QStringLiteral("/tmp/面试.pdf"));
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
        CHECK(dialog.windowTitle() == u"导出 PDF");
        CHECK(mnemonicsShownAsTyped(dialog) == QStringList());
        dialog.grab().save(out + QStringLiteral("/gui-export-zh_CN.png"));
    }
    translations.reset();
    QLocale::setDefault(previousDefault);
}

TEST_CASE("i18n: --lang beats MOCKINTERVIEW_LANG, which beats the ui/language setting", "[i18n]")
{
    const QStringList plain {QStringLiteral("mockinterview")};
    QSettings settings;
    settings.setValue(QLatin1String(mi::languageSettingKey), QStringLiteral("zh_CN"));
    CHECK(chosenLanguage(plain) == u"zh_CN");
    qputenv("MOCKINTERVIEW_LANG", "en");
    CHECK(chosenLanguage(plain) == u"en");
    CHECK(chosenLanguage(plain + QStringList {QStringLiteral("--lang"), QStringLiteral("zh_CN")}) == u"zh_CN");
    CHECK(chosenLanguage(plain + QStringList {QStringLiteral("--lang=zh_CN")}) == u"zh_CN");
    qunsetenv("MOCKINTERVIEW_LANG");
    settings.remove(QLatin1String(mi::languageSettingKey));
    CHECK(chosenLanguage(plain).isEmpty()); // follow the system
}
