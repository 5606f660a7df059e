// The PDF transcript, printed by Qt WebEngine and read back with poppler's
// pdftotext and pdfinfo, as a person would check it.
#include "engine/interviewengine.h"
#include "injectionpages.h"
#include "packs/packlibrary.h"
#include "pdfprinter.h"
#include "report/transcript.h"
#include "scoring/packcorpus.h"
#include "scoring/rubricscorer.h"
#include "storage/practicerecorder.h"
#include "testenvironment.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

namespace {

QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    REQUIRE(p.waitForFinished(120000));
    INFO(program.toStdString() << " " << args.join(u' ').toStdString() << ": " << p.readAllStandardError().toStdString());
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

int pageCount(const QString &pdf)
{
    const QString info = run(QStringLiteral("pdfinfo"), {pdf});
    const qsizetype at = info.indexOf(QStringLiteral("Pages:"));
    return at < 0 ? -1 : info.mid(at + 6).section(u'\n', 0, 0).trimmed().toInt();
}

// A session on `pack` with the given answers (cycled), follow-ups off.
mi::StoredSession answeredSession(const mi::Pack &pack, std::shared_ptr<const mi::Scorer> scorer, const QStringList &answers, int turns)
{
    mi::StoredSession session;
    session.info.id = 7;
    session.info.packId = pack.id;
    session.info.packTitle = pack.title;
    session.info.language = pack.language;
    session.info.startedAt = QDateTime::currentDateTimeUtc();
    int index = 0;
    while (session.turns.size() < turns) {
        mi::EngineOptions options;
        options.maxFollowUpsPerQuestion = 0;
        mi::InterviewEngine engine(pack, scorer, options);
        engine.start();
        do {
            mi::Turn t = engine.submit(answers[index++ % answers.size()], 30000);
            t.index = int(session.turns.size());
            session.turns.append(t);
        } while (session.turns.size() < turns && engine.next());
    }
    return session;
}

} // namespace

TEST_CASE("gui: a Chinese and English transcript with a mentor's review exports to a PDF with its questions, answers, scores, comments and page numbers", "[gui][export]")
{
    REQUIRE_FALSE(QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty());
    mi::PackLibrary library;
    library.load({bundledPacksPath()});
    auto scorer = std::make_shared<mi::RubricScorer>(mi::buildPackCorpus(library));
    const mi::Pack &pack = *library.pack(QStringLiteral("sample-k8s-basics"));
    const QStringList answers{QStringLiteral("requests 是调度器选节点时使用的保证量，limits 是 cgroup 施加的运行时上限，内存超过会被 OOM Kill。"),
                              QStringLiteral("The API server stores the object in etcd, the scheduler binds the Pod to a node and the kubelet starts it via CRI.")};
    mi::StoredSession session = answeredSession(pack, scorer, answers, 4);
    // The second answer was spoken: its delivery figures as the speech library stores them.
    session.turns[1].inputKind = QStringLiteral("spoken");
    session.turns[1].deliveryJson = QStringLiteral(R"({"audio_ms":42000,"speaking_ms":38000,"pace":131.6,"pace_unit":"wpm","filler_count":2,)"
                                                   R"("fillers":["um","you know"],"long_pauses":1,"longest_pause_ms":2100,"too_short":false})");
    const mi::SessionReport report = mi::buildSessionReport(session, library);
    // The mentor's review, as a bundle brings it back: an override with a
    // reason, a comment on words of the answer, a verdict.
    mi::TranscriptOptions options{QStringLiteral("李雷"), true};
    const QDateTime reviewed = QDateTime::currentDateTimeUtc();
    options.review.turns[0].points.insert(0, mi::PointOverride{{QStringLiteral("王导师"), reviewed}, 0, mi::PointJudgement::Partial, QStringLiteral("只说了一半")});
    options.review.turns[0].score = mi::ScoreOverride{{QStringLiteral("王导师"), reviewed}, 64, QStringLiteral("概念对，细节少")};
    options.review.turns[1].comments.append(mi::MentorComment{{QStringLiteral("Mentor Wang"), reviewed}, QStringLiteral("c1"), 4, 10,
                                                              QStringLiteral("API server"), QStringLiteral("Say which component watches it.")});
    options.review.verdict = mi::Verdict{{QStringLiteral("王导师"), reviewed}, QStringLiteral("P6"), mi::Recommendation::Hire,
                                         QStringLiteral("调度基础扎实"), QStringLiteral("多讲控制器")};

    QTemporaryDir dir;
    for (const QPageSize::PageSizeId size : {QPageSize::A4, QPageSize::Letter}) {
        const QString pdf = dir.filePath(size == QPageSize::A4 ? QStringLiteral("a4.pdf") : QStringLiteral("letter.pdf"));
        PdfPrinter printer;
        const mi::Result<PrintedPdf> printed = printer.printAndWait({mi::transcriptDocument(report, library, options, false)}, pdf, size);
        INFO((printed ? printed->warning : printed.error().message).toStdString());
        REQUIRE(printed);
        CHECK(printed->warning.isEmpty());
        const QString text = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        CHECK(text.contains(u"李雷"));
        CHECK(text.contains(pack.rounds.first().questions.first().prompt.left(12)));
        CHECK(text.contains(u"调度器选节点时使用的保证量"));
        CHECK(text.contains(u"the scheduler binds the Pod"));
        CHECK(text.contains(QString::number(session.turns.first().score->score)));
        CHECK(text.contains(u"Appendix"));
        CHECK(text.contains(u"Mentor's verdict"));
        CHECK(text.contains(u"调度基础扎实"));
        CHECK(text.contains(u"Hire"));
        CHECK(text.contains(u"概念对，细节少"));
        CHECK(text.contains(u"Mentor's score: 64"));
        CHECK(text.contains(u"只说了一半"));
        CHECK(text.contains(u"Say which component watches it."));
        CHECK(text.contains(u"王导师"));
        CHECK(text.contains(u"132 words/min"));
        CHECK(text.contains(u"you know"));
        const int pages = pageCount(pdf);
        CHECK(pages >= 2);
        CHECK(pages <= 12);
        CHECK(printed->pages == pages);
        // pdftotext drops the spaces of "1 / 4"
        CHECK(text.contains(QRegularExpression(QStringLiteral("(^|\\s)1\\s*/\\s*%1(\\s|$)").arg(pages))));
        CHECK(text.contains(QRegularExpression(QStringLiteral("(^|\\s)%1\\s*/\\s*%1(\\s|$)").arg(pages))));
        // The numbers are an incremental update; qpdf reads the whole file back.
        CHECK(run(QStringLiteral("qpdf"), {QStringLiteral("--check"), pdf}).contains(u"No syntax or stream encoding errors"));
        const QString info = run(QStringLiteral("pdfinfo"), {pdf});
        CHECK(info.contains(size == QPageSize::A4 ? u"(A4)" : u"(letter)"));
        if (size == QPageSize::A4) { // kept for looking at; copy() does not overwrite
            const QString kept = QDir(QStringLiteral(MOCKINTERVIEW_TEST_OUTPUT_DIR)).filePath(QStringLiteral("transcript.pdf"));
            QFile::remove(kept);
            QFile::copy(pdf, kept);
        }
    }
}

TEST_CASE("gui: injected text appears literally in the PDF", "[gui][export][injection]")
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("evil.pdf"));
    PdfPrinter printer;
    REQUIRE(printer.printAndWait({buildInjectionPages().all.value(QStringLiteral("report"))}, pdf, QPageSize::A4));
    const QString text = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    CHECK(text.contains(u"<script>window.__pwned='answer'</script>"));
    CHECK(text.contains(u"Evil <script>"));
}

TEST_CASE("gui: a 100-turn session exports, printed in two pieces put together", "[gui][export]")
{
    mi::PackLibrary library;
    library.load({bundledPacksPath()});
    auto scorer = std::make_shared<mi::RubricScorer>(mi::buildPackCorpus(library));
    const mi::Pack &pack = *library.pack(QStringLiteral("ops-project-deep-dive"));
    const mi::StoredSession session = answeredSession(pack, scorer, {QStringLiteral("先用 Docker Compose 验证业务，三个月后按 SLA 要求迁移到 Kubernetes。")}, 100);
    REQUIRE(session.turns.size() == 100);
    const mi::SessionReport report = mi::buildSessionReport(session, library);
    const QStringList pieces = mi::transcriptPrintDocuments(report, library, {}, 2);
    REQUIRE(pieces.size() == 2);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("long.pdf"));
    PdfPrinter printer;
    const mi::Result<PrintedPdf> printed = printer.printAndWait(pieces, pdf, QPageSize::A4);
    INFO((printed ? printed->warning : printed.error().message).toStdString());
    REQUIRE(printed);
    CHECK(printed->warning.isEmpty());
    const int pages = pageCount(pdf);
    CHECK(pages >= 30);
    CHECK(pages <= 400);
    CHECK(printed->pages == pages);
    // Both pieces are there, in order, numbered as one document.
    const QString text = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    const qsizetype cover = text.indexOf(u"Practice transcript");
    const qsizetype first = text.indexOf(QStringLiteral("1. ") + session.turns.first().prompt.left(10));
    const qsizetype last = text.indexOf(QStringLiteral("100. "));
    CHECK(cover >= 0);
    CHECK(first > cover);
    CHECK(last > first);
    for (const int page : {1, pages / 2, pages / 2 + 1, pages})
        CHECK(text.contains(QRegularExpression(QStringLiteral("(^|\\s)%1\\s*/\\s*%2(\\s|$)").arg(page).arg(pages))));
    CHECK(run(QStringLiteral("qpdf"), {QStringLiteral("--check"), pdf}).contains(u"No syntax or stream encoding errors"));
}
