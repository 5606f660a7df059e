// Time to export a 40-turn session as a PDF, the way a user runs it: a fresh
// `mockinterview-cli export` process each time, so WebEngine start-up is
// included. `export_benchmark [RUNS [TURNS]]`, default 5 runs of 40 turns
// (the pack has 56 at most). Reports the median of the runs; fails only when
// an export fails or its PDF does not read back, never on the time.
#include "engine/interviewengine.h"
#include "packs/packlibrary.h"
#include "pdf/pdfdocument.h"
#include "scoring/packcorpus.h"
#include "scoring/rubricscorer.h"
#include "storage/practicerecorder.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

using namespace mi;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::atoi(argv[1]) : 5;
    const int wantedTurns = argc > 2 ? std::atoi(argv[2]) : 40; // the figure is for 40
    QTemporaryDir dir;
    const QString dbPath = dir.filePath(QStringLiteral("bench.sqlite"));

    PackLibrary library;
    library.load({QStringLiteral(MOCKINTERVIEW_SOURCE_PACKS_DIR)});
    auto scorer = std::make_shared<RubricScorer>(buildPackCorpus(library));
    Result<std::shared_ptr<Database>> db = Database::open(dbPath);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
        return 1;
    }
    InterviewEngine engine(*library.pack(QStringLiteral("ops-project-deep-dive")), scorer, EngineOptions{});
    PracticeRecorder recorder(*db, engine);
    recorder.begin();
    engine.start();
    int turns = 0;
    do {
        engine.submit(QStringLiteral("先用 Docker Compose 验证业务，三个月后按 SLA 要求迁移到 Kubernetes，用 Prometheus 监控，压测验证了 HPA。"), 60000);
        recorder.recordCurrentTurn();
        ++turns;
    } while (turns < wantedTurns && engine.next());
    recorder.finish();

    QList<double> seconds;
    for (int i = 0; i < runs; ++i) {
        QProcess cli;
        QElapsedTimer timer;
        timer.start();
        cli.start(QStringLiteral(MOCKINTERVIEW_CLI_PATH), {QStringLiteral("--db"), dbPath, QStringLiteral("export"), QStringLiteral("--session"),
                                                           QString::number(recorder.sessionId()), QStringLiteral("--pdf"), dir.filePath(QStringLiteral("out.pdf"))});
        if (!cli.waitForFinished(120000) || cli.exitCode() != 0) {
            std::fprintf(stderr, "export failed: %s\n", cli.readAllStandardError().constData());
            return 1;
        }
        seconds.append(timer.nsecsElapsed() / 1e9);
    }
    std::sort(seconds.begin(), seconds.end());
    // What was timed must be the whole transcript: read the PDF back.
    QFile out(dir.filePath(QStringLiteral("out.pdf")));
    const QByteArray pdf = out.open(QIODevice::ReadOnly) ? out.readAll() : QByteArray();
    const Result<pdf::Document> document = pdf::Document::parse(pdf);
    const Result<std::vector<pdf::PageEntry>> pages = document ? document->pages() : std::unexpected(document.error());
    if (!pages) {
        std::fprintf(stderr, "the exported PDF does not read back: %s\n", qPrintable(pages.error().message));
        return 1;
    }
    std::printf("export of a %d-turn session to PDF (%zu pages, %.1f MB), %d fresh processes: median %.2f s (min %.2f, max %.2f)\n", turns,
                pages->size(), pdf.size() / 1e6, runs, seconds[seconds.size() / 2], seconds.first(), seconds.last());
    return 0;
}
