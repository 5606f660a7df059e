// export: a session as a printable PDF transcript and/or a stand-alone HTML file.
#include "commands.h"

#include "mentor/mentorstore.h"
#include "pdfprinter.h"
#include "report/htmldocument.h"
#include "report/pagelabels.h"
#include "report/transcript.h"
#include "storage/sessionrepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>
#include <future>
#include <memory>

namespace mi::cli {

int runExport(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Export a practice session as a PDF transcript (Qt WebEngine) and/or a stand-alone HTML file."));
    parser.addOptions({
        {QStringLiteral("session"), Cli::tr("Session id (see 'mockinterview-cli sessions')."), QStringLiteral("id")},
        {QStringLiteral("pdf"), Cli::tr("Write the PDF here."), QStringLiteral("file")},
        {QStringLiteral("html"), Cli::tr("Write a stand-alone HTML file here."), QStringLiteral("file")},
        {QStringLiteral("page-size"), Cli::tr("a4 (default) or letter."), QStringLiteral("size"), QStringLiteral("a4")},
        {QStringLiteral("candidate"), Cli::tr("Candidate name for the cover."), QStringLiteral("name")},
        {QStringLiteral("references"), Cli::tr("Add an appendix with the reference answers.")},
    });
    int code = 0;
    if (!ctx.parse(parser, args, code))
        return code;
    if (!parser.isSet(QStringLiteral("pdf")) && !parser.isSet(QStringLiteral("html"))) {
        ctx.err << Cli::tr("give --pdf FILE and/or --html FILE") << Qt::endl;
        return 2;
    }
    const QString size = parser.value(QStringLiteral("page-size")).toLower();
    if (size != u"a4" && size != u"letter") {
        ctx.err << Cli::tr("unknown page size: %1 (a4 or letter)").arg(size) << Qt::endl;
        return 2;
    }
    Result<std::shared_ptr<Database>> db = ctx.database();
    if (!db) {
        ctx.err << db.error().message << Qt::endl;
        return 1;
    }
    Result<StoredSession> session = SessionRepository(*db).loadSession(parser.value(QStringLiteral("session")).toLongLong());
    if (!session) {
        ctx.err << session.error().message << Qt::endl;
        return 1;
    }
    // Loading the packs and starting Qt WebEngine take about as long as each
    // other (~0.15 s each on two cores), so the packs load on a worker
    // thread meanwhile. Nothing else touches the context until get().
    std::future<void> packsLoaded = std::async(std::launch::async, [&ctx] { ctx.library(); });
    std::unique_ptr<PdfPrinter> printer;
    if (parser.isSet(QStringLiteral("pdf"))) {
        QLoggingCategory::setFilterRules(QStringLiteral("qt.webenginecontext=false")); // GL diagnostics of a headless run
        printer = std::make_unique<PdfPrinter>();
    }
    packsLoaded.get();
    const SessionReport report = buildSessionReport(*session, ctx.library());
    Result<SessionReview> review = MentorStore(*db).load(session->info.id);
    if (!review) {
        ctx.err << review.error().message << Qt::endl;
        return 1;
    }
    const TranscriptOptions options{parser.value(QStringLiteral("candidate")), parser.isSet(QStringLiteral("references")), *review};

    if (parser.isSet(QStringLiteral("html"))) {
        QFile out(parser.value(QStringLiteral("html")));
        if (!out.open(QIODevice::WriteOnly) || out.write(transcriptDocument(report, ctx.library(), options, true).toUtf8()) < 0) {
            ctx.err << Cli::tr("cannot write %1: %2").arg(out.fileName(), out.errorString()) << Qt::endl;
            return 1;
        }
    }
    if (printer) {
        const Result<PrintedPdf> printed = printer->printAndWait(
            transcriptPrintDocuments(report, ctx.library(), options, PdfPrinter::piecesFor(int(report.turns.size()))),
            parser.value(QStringLiteral("pdf")), size == u"letter" ? QPageSize::Letter : QPageSize::A4);
        if (!printed) {
            ctx.err << printed.error().message << Qt::endl;
            return 1;
        }
        // A PDF without page numbers is still a PDF: say so, do not fail.
        if (!printed->warning.isEmpty())
            ctx.err << Cli::tr("warning: %1").arg(printed->warning) << Qt::endl;
    }
    return 0;
}

} // namespace mi::cli
