// packs, validate, questions: read-only views of the pack library.
#include "commands.h"

#include "packs/packparser.h"
#include "report/jsonshapes.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

namespace mi::cli {

int runPacks(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("List the question packs that load. Broken pack files are reported on stderr and skipped."));
    parser.addOption({QStringLiteral("json"), Cli::tr("Print a JSON array of {id, title, language, questions}.")});
    int code = 0;
    if (!ctx.parse(parser, args, code))
        return code;
    const PackLibrary &library = ctx.library();
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray packs;
        for (const Pack &p : library.packs())
            packs.append(packJson(p));
        ctx.printJson(packs);
        return 0;
    }
    for (const Pack &p : library.packs())
        ctx.out << p.id.leftJustified(28) << ' ' << p.language << "  " << QString::number(p.questionCount()).rightJustified(3) << ' '
                << Cli::tr("questions") << "  " << p.title << '\n';
    return 0;
}

int runValidate(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Validate pack files or folders of them. Prints every error as file:line:col: message; exits 1 if any."));
    parser.addPositionalArgument(
        QStringLiteral("path"), Cli::tr("Pack file or folder (default: the bundled packs)."), QStringLiteral("PATH..."));
    int code = 0;
    if (!ctx.parse(parser, args, code))
        return code;
    QStringList paths = parser.positionalArguments();
    if (paths.isEmpty())
        paths = {ctx.packsPath.isEmpty() ? defaultPacksDirectory() : ctx.packsPath};
    PackLibrary library;
    library.load(paths);
    for (const Error &e : library.errors())
        ctx.out << e.toString() << '\n';
    const int questions = int(library.allQuestions().size());
    // "7 packs, 230 questions valid; 0 errors in 0 files", each count with its plural.
    ctx.err << Cli::tr("%1, %2 valid; %3 in %4")
                   .arg(Cli::tr("%n pack(s)", nullptr, int(library.packs().size())), Cli::tr("%n question(s)", nullptr, questions),
                        Cli::tr("%n error(s)", nullptr, int(library.errors().size())),
                        Cli::tr("%n file(s)", nullptr, int(library.brokenFiles().size())))
            << Qt::endl;
    return library.errors().isEmpty() ? 0 : 1;
}

int runQuestions(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("List questions."));
    parser.addOption({QStringLiteral("pack"), Cli::tr("Only this pack."), QStringLiteral("id")});
    parser.addOption({QStringLiteral("json"), Cli::tr("Print a JSON array of {id, pack, round, prompt, source}.")});
    int code = 0;
    if (!ctx.parse(parser, args, code))
        return code;
    const PackLibrary &library = ctx.library();
    const QString packId = parser.value(QStringLiteral("pack"));
    if (!packId.isEmpty() && !library.pack(packId)) {
        ctx.err << Cli::tr("unknown pack: %1").arg(packId) << Qt::endl;
        return 1;
    }
    QJsonArray list;
    for (const Question *q : library.allQuestions()) {
        if (!packId.isEmpty() && q->packId != packId)
            continue;
        if (parser.isSet(QStringLiteral("json")))
            list.append(questionJson(*q));
        else
            ctx.out << q->id << '\t' << q->prompt << '\n';
    }
    if (parser.isSet(QStringLiteral("json")))
        ctx.printJson(list);
    return 0;
}

} // namespace mi::cli
