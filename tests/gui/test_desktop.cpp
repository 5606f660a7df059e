// What makes the window a good desktop citizen: a whole practice round by
// keyboard alone, a name for every control a screen reader reaches, a dark
// palette that stays readable, an icon sharp at every size.
#include "appicon.h"
#include "candidatewindow.h"
#include "homepage.h"
#include "mainwindowfixture.h"
#include "mentorconsole.h"
#include "practicesettings.h"
#include "reviewwindow.h"
#include "settingsdialog.h"
#include "storage/sessionrepository.h"
#include "welcomedialog.h"

#include <QAccessible>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTreeWidget>
#include <QWebEngineView>

namespace {

// Keys go where a keyboard's would: to the focused widget.
QWidget *focused()
{
    QWidget *w = QApplication::focusWidget();
    REQUIRE(w);
    return w;
}

void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(focused(), key, modifiers);
    // A button's shortcut clicks it through animateClick(), 100 ms later.
    QTest::qWait(300);
}

QString describe(const QWidget *w)
{
    const auto *button = qobject_cast<const QAbstractButton *>(w);
    return QStringLiteral("%1 \"%2\" %3 in %4").arg(QLatin1String(w->metaObject()->className()), w->objectName(), button ? button->text() : QString(),
                                                   w->parentWidget() ? QLatin1String(w->parentWidget()->metaObject()->className()) : QLatin1String("-"));
}

bool insideWebView(const QWidget *w)
{
    for (const QWidget *p = w->parentWidget(); p; p = p->parentWidget())
        if (qobject_cast<const QWebEngineView *>(p))
            return true; // Chromium's own accessibility tree names what is inside
    return false;
}

QString accessibleName(QWidget *w)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
    return iface ? iface->text(QAccessible::Name).trimmed() : QString();
}

// Visible widgets that take focus from the keyboard but give a screen reader no name.
QStringList unnamedControls(const QWidget *root)
{
    QStringList missing;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        // A widget with a focus proxy (a spin box's line edit) passes focus on; the proxy is checked.
        if (!w->isVisible() || !(w->focusPolicy() & Qt::TabFocus) || w->focusProxy() || insideWebView(w))
            continue;
        if (accessibleName(w).isEmpty())
            missing.append(describe(w));
    }
    return missing;
}

double meanLightness(const QImage &image)
{
    double sum = 0;
    int n = 0;
    for (int y = 0; y < image.height(); y += 4)
        for (int x = 0; x < image.width(); x += 4, ++n)
            sum += QColor(image.pixel(x, y)).lightnessF();
    return n ? sum / n : 0;
}

QString outputPath(const QString &name) { return QDir(QStringLiteral(MOCKINTERVIEW_TEST_OUTPUT_DIR)).filePath(name); }

// Fusion with the usual dark palette, as a dark desktop gives it; the light
// one is put back afterwards for the other tests.
struct DarkPalette {
    QPalette light = QApplication::palette();
    QString style = QApplication::style()->name();
    DarkPalette()
    {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QPalette p;
        const QColor window(53, 53, 53), base(35, 35, 35), text(230, 230, 230), disabled(127, 127, 127), highlight(42, 130, 218);
        p.setColor(QPalette::Window, window);
        p.setColor(QPalette::WindowText, text);
        p.setColor(QPalette::Base, base);
        p.setColor(QPalette::AlternateBase, QColor(66, 66, 66));
        p.setColor(QPalette::ToolTipBase, window);
        p.setColor(QPalette::ToolTipText, text);
        p.setColor(QPalette::PlaceholderText, QColor(150, 150, 150));
        p.setColor(QPalette::Text, text);
        p.setColor(QPalette::Button, window);
        p.setColor(QPalette::ButtonText, text);
        p.setColor(QPalette::BrightText, Qt::red);
        p.setColor(QPalette::Link, highlight.lighter(130));
        p.setColor(QPalette::Highlight, highlight);
        p.setColor(QPalette::HighlightedText, Qt::white);
        for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
            p.setColor(QPalette::Disabled, role, disabled);
        QApplication::setPalette(p);
    }
    ~DarkPalette()
    {
        QApplication::setStyle(QStyleFactory::create(style));
        QApplication::setPalette(light);
    }
};

} // namespace

TEST_CASE("gui: a practice round from the home page and back, by keyboard alone", "[gui][keyboard]")
{
    MainWindowFixture f([] { settings::practiceMode.setValue(mi::PracticeMode::WarmUp); });
    f.activate();
    auto *home = f.window->findChild<HomePage *>();
    auto *packs = f.window->findChild<QTreeWidget *>();
    REQUIRE(home);
    REQUIRE(packs);
    CHECK(focused() == packs); // the window opens with the pack list ready for arrows
    REQUIRE(f.app.library.packs().size() > 1);
    CHECK(home->selectedPackId() == f.app.library.packs().at(0).id);
    press(Qt::Key_Down);
    const QString chosen = f.app.library.packs().at(1).id;
    CHECK(home->selectedPackId() == chosen);

    press(Qt::Key_Return, Qt::ControlModifier); // Start practice
    auto *editor = findNamed<QPlainTextEdit>(f.window.get(), "answerEditor");
    auto *next = findNamed<QPushButton>(f.window.get(), "nextButton");
    REQUIRE(editor->isVisible());

    int turns = 0;
    for (; turns < 40 && editor->isVisible(); ++turns) {
        INFO("turn " << turns << ", focus on " << describe(focused()).toStdString());
        REQUIRE(focused() == editor);
        QTest::keyClicks(focused(), QStringLiteral("Readiness gates traffic; liveness restarts the container."));
        press(Qt::Key_Return, Qt::ControlModifier); // Submit answer
        REQUIRE(next->isEnabled());
        REQUIRE(focused() == next);
        // Both ways on: Enter on the focused Next button, and its shortcut.
        if (turns % 2 == 0)
            press(Qt::Key_Return);
        else
            press(Qt::Key_N, Qt::ControlModifier);
    }
    CHECK(turns >= 5); // five questions, and whatever follow-ups they drew
    CHECK(packs->isVisible());
    CHECK(focused() == packs); // back home, ready for the next round

    mi::Result<QList<mi::SessionInfo>> sessions = mi::SessionRepository(f.app.database).listSessions();
    REQUIRE(sessions);
    REQUIRE(sessions->size() == 1);
    CHECK(sessions->first().packId == chosen);
    CHECK(sessions->first().mode == u"warmup");
    CHECK(sessions->first().finishedAt.isValid());
    CHECK(sessions->first().turnCount == turns);
}

TEST_CASE("gui: Alt+E ends a session early and focus goes back to the packs", "[gui][keyboard]")
{
    MainWindowFixture f;
    f.activate();
    press(Qt::Key_Return, Qt::ControlModifier);
    auto *editor = findNamed<QPlainTextEdit>(f.window.get(), "answerEditor");
    REQUIRE(editor->isVisible());
    QTest::keyClicks(focused(), QStringLiteral("half an answer"));
    press(Qt::Key_E, Qt::AltModifier); // &End session
    CHECK_FALSE(editor->isVisible());
    CHECK(qobject_cast<QTreeWidget *>(focused()));
    mi::Result<QList<mi::SessionInfo>> sessions = mi::SessionRepository(f.app.database).listSessions();
    REQUIRE(sessions);
    REQUIRE(sessions->size() == 1);
    CHECK_FALSE(sessions->first().finishedAt.isValid()); // saved to resume
}

TEST_CASE("gui: every control the keyboard reaches has a name for screen readers", "[gui][accessibility]")
{
    MainWindowFixture f;
    INFO("home page");
    CHECK(unnamedControls(f.window.get()) == QStringList());

    f.window->startPractice(PracticeSetup{QStringLiteral("sample-k8s-basics"), {}, false});
    findNamed<QPlainTextEdit>(f.window.get(), "answerEditor")->setPlainText(QStringLiteral("requests 是调度依据，limits 是上限"));
    QTest::mouseClick(findNamed<QPushButton>(f.window.get(), "submitButton"), Qt::LeftButton);
    INFO("interview page, scored");
    CHECK(unnamedControls(f.window.get()) == QStringList());

    SettingsDialog dialog(false, f.window.get());
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto *tabs = findNamed<QTabWidget>(&dialog, "settingsTabs");
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        INFO("settings tab " << tabs->tabText(i).toStdString());
        CHECK(unnamedControls(&dialog) == QStringList());
    }

    WelcomeDialog welcome(f.window.get());
    welcome.show();
    REQUIRE(QTest::qWaitForWindowExposed(&welcome));
    INFO("welcome dialog");
    CHECK(unnamedControls(&welcome) == QStringList());

    mi::Result<QList<mi::SessionInfo>> sessions = mi::SessionRepository(f.app.database).listSessions();
    REQUIRE(sessions);
    REQUIRE_FALSE(sessions->isEmpty());
    ReviewWindow review(f.app, sessions->first().id);
    review.setAttribute(Qt::WA_DeleteOnClose, false);
    QString error;
    REQUIRE(review.load(error));
    review.show();
    REQUIRE(QTest::qWaitForWindowExposed(&review));
    INFO("review window");
    CHECK(unnamedControls(&review) == QStringList());

    MentorConsole console(f.app);
    console.setAttribute(Qt::WA_DeleteOnClose, false);
    REQUIRE(console.start(*f.app.library.pack(QStringLiteral("sample-k8s-basics")), mi::EngineOptions{}, error));
    console.show();
    REQUIRE(QTest::qWaitForWindowExposed(&console));
    INFO("mentor console and candidate window");
    CHECK(unnamedControls(&console) == QStringList());
    CHECK(unnamedControls(console.candidateWindow()) == QStringList());
}

TEST_CASE("gui: home and interview stay dark and readable on a dark palette", "[gui][palette]")
{
    DarkPalette dark;
    MainWindowFixture f;
    QApplication::processEvents();
    const QImage homeShot = f.window->grab().toImage();
    homeShot.save(outputPath(QStringLiteral("gui-dark-home.png")));
    CHECK(meanLightness(homeShot) < 0.35);

    f.window->startPractice(PracticeSetup{QStringLiteral("sample-k8s-basics"), {}, false});
    auto *editor = findNamed<QPlainTextEdit>(f.window.get(), "answerEditor");
    editor->setPlainText(QStringLiteral("requests 是调度器选择节点时用的资源保证量，limits 是 cgroup 施加的运行时上限。"));
    QApplication::processEvents();
    const QImage interviewShot = f.window->grab().toImage();
    interviewShot.save(outputPath(QStringLiteral("gui-dark-interview.png")));
    CHECK(meanLightness(interviewShot) < 0.35);
    // The reason bar is drawn from palette roles, so it turns dark too.
    CHECK(meanLightness(findNamed<QLabel>(f.window.get(), "reasonLabel")->grab().toImage()) < 0.4);

    QTest::mouseClick(findNamed<QPushButton>(f.window.get(), "submitButton"), Qt::LeftButton);
    auto *panel = findNamed<QWebEngineView>(f.window.get(), "scorePanel");
    // Wait for the page to paint (setHtml is asynchronous), then look at it.
    QImage panelShot;
    for (int waited = 0; waited < 15000; waited += 250) {
        QTest::qWait(250);
        panelShot = panel->grab().toImage();
        if (meanLightness(panelShot) > 0.02) // something drawn, not the empty black surface
            break;
    }
    QTest::qWait(300);
    f.window->grab().save(outputPath(QStringLiteral("gui-dark-scored.png")));
    CHECK(meanLightness(panel->grab().toImage()) < 0.35);

    // The two new dialogs, for a person to look at.
    WelcomeDialog welcome(f.window.get());
    welcome.show();
    REQUIRE(QTest::qWaitForWindowExposed(&welcome));
    const QImage welcomeShot = welcome.grab().toImage();
    welcomeShot.save(outputPath(QStringLiteral("gui-dark-welcome.png")));
    CHECK(meanLightness(welcomeShot) < 0.35);
    SettingsDialog dialog(false, f.window.get());
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto *tabs = findNamed<QTabWidget>(&dialog, "settingsTabs");
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        const QImage settingsShot = dialog.grab().toImage();
        settingsShot.save(outputPath(QStringLiteral("gui-dark-settings-%1.png").arg(i + 1)));
        CHECK(meanLightness(settingsShot) < 0.35);
    }
}

TEST_CASE("gui: the window icon has every hicolor size, drawn sharp on HiDPI screens", "[gui][icon]")
{
    const QIcon icon = appIcon();
    REQUIRE_FALSE(icon.isNull());
    const QList<QSize> sizes = icon.availableSizes();
    for (int s : {16, 24, 32, 48, 64, 128, 256})
        CHECK(sizes.contains(QSize(s, s)));
    // A 32 px icon at 200% comes from the 64 px PNG, not from 32 px scaled up.
    const QPixmap doubled = icon.pixmap(QSize(32, 32), 2.0);
    CHECK(doubled.size() == QSize(64, 64));
    CHECK(doubled.devicePixelRatio() == 2.0);
    CHECK(doubled.toImage() == QImage(QStringLiteral(":/icons/hicolor/64x64/apps/mockinterview.png")).convertToFormat(doubled.toImage().format()));
}
