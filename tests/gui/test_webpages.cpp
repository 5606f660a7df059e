// Our generated pages in the real sandboxed web view: injected text must not
// run or load anything, our own scripts must work (highlighting, charts).
#include "appcontext.h"
#include "exportpdfdialog.h"
#include "injectionpages.h"
#include "mainwindow.h"
#include "pagedialog.h"
#include "sandboxedpage.h"
#include "storage/practicerecorder.h"
#include "testenvironment.h"
#include "webpanel.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <catch2/catch.hpp>

namespace {

QVariant runJs(QWebEnginePage *page, const QString &script)
{
    QVariant result;
    QEventLoop loop;
    page->runJavaScript(script, [&](const QVariant &v) { result = v; loop.quit(); });
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    loop.exec();
    return result;
}

// Waits until panel.js has run (it marks the document ready).
bool waitReady(QWebEnginePage *page)
{
    for (int waited = 0; waited < 20000; waited += 50) {
        if (runJs(page, QStringLiteral("document.documentElement.getAttribute('data-ready')")).toString() == u"1")
            return true;
        QTest::qWait(50);
    }
    return false;
}

QString outputPath(const QString &name) { return QDir(QStringLiteral(MOCKINTERVIEW_TEST_OUTPUT_DIR)).filePath(name); }

} // namespace

TEST_CASE("gui: injected text runs nothing and loads nothing in the sandboxed view", "[gui][injection]")
{
    const InjectionPages pages = buildInjectionPages();
    for (auto it = pages.all.cbegin(); it != pages.all.cend(); ++it) {
        INFO("page " << it.key().toStdString());
        const qsizetype requestsBefore = SandboxedPage::interceptor() ? SandboxedPage::interceptor()->requested().size() : 0;
        WebPanel panel;
        panel.resize(900, 700);
        panel.show();
        panel.setHtml(it.value(), SandboxedPage::baseUrl());
        REQUIRE(waitReady(panel.page()));
        CHECK(runJs(panel.page(), QStringLiteral("typeof window.__pwned")).toString() == u"undefined");
        CHECK(runJs(panel.page(), QStringLiteral("document.querySelectorAll('img,iframe,object,embed,style,link[href^=http]').length")).toInt() == 0);
        // Only our scripts: Chart.js, panel.js and, for pages with code, highlight.js.
        const int scripts = runJs(panel.page(), QStringLiteral("document.querySelectorAll('script:not([type])').length")).toInt();
        CHECK(scripts >= 2);
        CHECK(scripts <= 3);
        CHECK(runJs(panel.page(), QStringLiteral("Array.from(document.querySelectorAll('script:not([type])')).every(s => "
                                                 "['highlight.min.js','chart.min.js','panel.js'].includes(s.getAttribute('src')))")).toBool());
        CHECK(runJs(panel.page(), QStringLiteral("document.querySelectorAll('[onerror],[onmouseover],[onclick]').length")).toInt() == 0);
        if (it.key() != u"progress") // there the payloads are only chart labels, drawn on a canvas
            CHECK(runJs(panel.page(), QStringLiteral("document.body.innerText.indexOf('__pwned') >= 0")).toBool()); // shown as text
        // Our scripts did run: the page marked itself ready and Chart.js exists.
        CHECK(runJs(panel.page(), QStringLiteral("typeof Chart")).toString() == u"function");
        // Clicking the neutralised javascript: link goes nowhere.
        runJs(panel.page(), QStringLiteral("var a = Array.from(document.querySelectorAll('a')).find(x => x.textContent == 'click me'); if (a) a.click();"));
        QTest::qWait(100);
        CHECK(runJs(panel.page(), QStringLiteral("typeof window.__pwned")).toString() == u"undefined");
        // Every request the page made was for a bundled resource.
        const QList<QUrl> requested = SandboxedPage::interceptor()->requested().mid(requestsBefore);
        CHECK_FALSE(requested.isEmpty());
        for (const QUrl &url : requested) {
            INFO("request " << url.toString().toStdString());
            CHECK(LocalOnlyInterceptor::isLocal(url));
        }
    }
    CHECK(SandboxedPage::interceptor()->blocked().isEmpty()); // nothing even tried to leave
}

TEST_CASE("gui: the interceptor blocks a remote request if one is ever made", "[gui][injection]")
{
    WebPanel panel;
    panel.show();
    const qsizetype blockedBefore = SandboxedPage::interceptor() ? SandboxedPage::interceptor()->blocked().size() : 0;
    // Our own test script (allowed: it is not page content) tries to fetch from the network.
    panel.setHtml(QStringLiteral("<html><body>x</body></html>"), SandboxedPage::baseUrl());
    QTest::qWait(300);
    runJs(panel.page(), QStringLiteral("var i = new Image(); i.src = 'http://203.0.113.5/probe.png'; document.body.appendChild(i);"));
    for (int waited = 0; waited < 5000 && SandboxedPage::interceptor()->blocked().size() == blockedBefore; waited += 50)
        QTest::qWait(50);
    REQUIRE(SandboxedPage::interceptor()->blocked().size() > blockedBefore);
    CHECK(SandboxedPage::interceptor()->blocked().last().host() == u"203.0.113.5");
}

TEST_CASE("gui: session report and progress pages draw their charts and highlight YAML, and the report exports a PDF", "[gui][report]")
{
    QTemporaryDir dir;
    AppContext app;
    app.load(bundledPacksPath(), dir.filePath("report.sqlite"));
    REQUIRE(app.database);
    // Three sessions on the sample pack, getting better.
    const mi::Pack &pack = *app.library.pack(QStringLiteral("sample-k8s-basics"));
    const QStringList answers{QStringLiteral("不太清楚，大概是限制资源的。"),
                              QStringLiteral("requests 是调度器选节点用的保证量，limits 是 cgroup 限制的上限。"),
                              QStringLiteral("requests 是调度器选节点时用的保证量；limits 是 cgroup 施加的运行时上限，内存超过会被 OOM Kill，退出码 137，"
                                             "CPU 超过只会被限流。两者组合决定 QoS 等级。")};
    for (const QString &answer : answers) {
        mi::EngineOptions options;
        options.maxFollowUpsPerQuestion = 0;
        mi::InterviewEngine engine(pack, app.scorer, options);
        mi::PracticeRecorder recorder(app.database, engine);
        REQUIRE(recorder.begin());
        engine.start();
        do {
            engine.submit(answer, 45000);
            REQUIRE(recorder.recordCurrentTurn());
        } while (engine.next());
        REQUIRE(recorder.finish());
    }
    MainWindow window(app);
    window.resize(1200, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    auto openedPage = [&]() -> PageDialog * {
        for (int waited = 0; waited < 5000; waited += 50) {
            for (QWidget *w : QApplication::topLevelWidgets())
                if (auto *d = qobject_cast<PageDialog *>(w); d && d->isVisible())
                    return d;
            QTest::qWait(50);
        }
        return nullptr;
    };

    QMetaObject::invokeMethod(&window, "openProgress");
    PageDialog *progress = openedPage();
    REQUIRE(progress);
    REQUIRE(waitReady(progress->panel()->page()));
    CHECK(runJs(progress->panel()->page(), QStringLiteral("Chart.instances ? Object.keys(Chart.instances).length : -1")).toInt() == 2);
    QTest::qWait(300);
    progress->grab().save(outputPath(QStringLiteral("progress-chart.png")));
    progress->close();
    QTest::qWait(100);

    mi::Result<QList<mi::SessionInfo>> sessions = mi::SessionRepository(app.database).listSessions();
    REQUIRE(sessions);
    QMetaObject::invokeMethod(&window, "openSession", Q_ARG(qint64, sessions->first().id));
    PageDialog *report = openedPage();
    REQUIRE(report);
    REQUIRE(waitReady(report->panel()->page()));
    // The round chart is inline SVG: one bar per round, laid out with a real width.
    CHECK(runJs(report->panel()->page(), QStringLiteral("document.querySelectorAll('svg.round-chart rect.bar').length")).toInt() == int(pack.rounds.size()));
    CHECK(runJs(report->panel()->page(), QStringLiteral("document.querySelector('svg.round-chart rect.bar').getBBox().width")).toDouble() > 10);
    // The reference answer's YAML block was highlighted by highlight.js.
    CHECK(runJs(report->panel()->page(), QStringLiteral("document.querySelectorAll('code.language-yaml .hljs-attr').length")).toInt() > 0);
    CHECK(runJs(report->panel()->page(), QStringLiteral("document.querySelectorAll('mark').length")).toInt() > 0);
    QTest::qWait(300);
    report->grab().save(outputPath(QStringLiteral("report-top.png")));
    runJs(report->panel()->page(), QStringLiteral("document.querySelector('code.language-yaml').scrollIntoView({block: 'center'})"));
    QTest::qWait(300);
    report->grab().save(outputPath(QStringLiteral("report-yaml.png")));

    // The report's Export PDF… button: the dialog, then the PDF in the background, then "Saved".
    QPushButton *exportButton = nullptr;
    for (QPushButton *b : report->findChildren<QPushButton *>())
        if (b->text().remove(u'&').startsWith(u"Export PDF"))
            exportButton = b;
    REQUIRE(exportButton);
    const QString pdf = dir.filePath(QStringLiteral("from-report.pdf"));
    QTimer::singleShot(200, [&] {
        auto *dialog = qobject_cast<ExportPdfDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        for (QLineEdit *edit : dialog->findChildren<QLineEdit *>())
            if (edit->accessibleName() == u"PDF file")
                edit->setText(pdf);
        dialog->accept();
    });
    exportButton->click();
    for (int waited = 0; waited < 30000 && !window.statusBar()->currentMessage().startsWith(u"Saved"); waited += 50)
        QTest::qWait(50);
    CHECK(window.statusBar()->currentMessage() == QStringLiteral("Saved %1").arg(pdf));
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    REQUIRE(text.waitForFinished(30000));
    const QString extracted = QString::fromUtf8(text.readAllStandardOutput());
    CHECK(extracted.contains(pack.rounds.first().questions.first().prompt.left(10)));
    CHECK(extracted.contains(QRegularExpression(QStringLiteral("(^|\\s)1\\s*/\\s*\\d+(\\s|$)"))));
    report->close();
}
