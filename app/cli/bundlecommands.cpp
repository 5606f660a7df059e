// export-bundle / import-bundle: a session as one file, to a mentor and back.
#include "commands.h"

#include "bundle/sessionbundle.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace mi::cli {

int runExportBundle(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Write one session (answers, scores, audio, a snapshot of its questions, the mentor's review) to a bundle file."));
    parser.addOptions({
        {QStringLiteral("session"), Cli::tr("Session id (see 'mockinterview-cli sessions')."), QStringLiteral("id")},
        {QStringLiteral("out"), Cli::tr("The bundle file to write."), QStringLiteral("file")},
    });
    int code = 0;
    if (!ctx.parse(parser, args, code))
        return code;
    if (!parser.isSet(QStringLiteral("session")) || !parser.isSet(QStringLiteral("out"))) {
        ctx.err << Cli::tr("give --session ID and --out FILE") << Qt::endl;
        return 2;
    }
    Result<std::shared_ptr<Database>> db = ctx.database();
    Result<void> written = db ? exportSessionBundle(*db, ctx.library(), parser.value(QStringLiteral("session")).toLongLong(),
                                                    parser.value(QStringLiteral("out")))
                              : Result<void>(std::unexpected(db.error()));
    if (!written) {
        ctx.err << written.error().toString() << Qt::endl;
        return 1;
    }
    ctx.out << Cli::tr("wrote %1").arg(parser.value(QStringLiteral("out"))) << Qt::endl;
    return 0;
}

int runImportBundle(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Import a session bundle. A new session is added; a session already here gains the bundle's review and "
                "anything it lacks, never a duplicate. A damaged file changes nothing."));
    parser.addPositionalArgument(QStringLiteral("file"), Cli::tr("The bundle file."), QStringLiteral("FILE"));
    parser.addOption(
        {QStringLiteral("json"), Cli::tr("Print {session, uid, new_session, turns_added, audio_added, review_replaced} as JSON.")});
    int code = 0;
    if (!ctx.parse(parser, args, code))
        return code;
    if (parser.positionalArguments().size() != 1) {
        ctx.err << Cli::tr("give one bundle file") << Qt::endl;
        return 2;
    }
    Result<std::shared_ptr<Database>> db = ctx.database();
    if (!db) {
        ctx.err << db.error().message << Qt::endl;
        return 1;
    }
    Result<BundleImport> imported = importSessionBundle(*db, parser.positionalArguments().first());
    if (!imported) {
        ctx.err << imported.error().toString() << Qt::endl;
        return 1;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        const QJsonObject o{{"session", imported->sessionId}, {"uid", imported->uid}, {"new_session", imported->newSession},
                            {"turns_added", imported->turnsAdded}, {"audio_added", imported->audioFilesAdded},
                            {"review_replaced", imported->reviewReplaced}};
        ctx.out << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
    } else if (imported->newSession) {
        ctx.out << Cli::tr("imported as session %1 (%2 turns, %3 audio files)")
                       .arg(imported->sessionId)
                       .arg(imported->turnsAdded)
                       .arg(imported->audioFilesAdded)
                << Qt::endl;
    } else {
        ctx.out << Cli::tr("session %1 was already here: %2 turns added, review %3")
                       .arg(imported->sessionId)
                       .arg(imported->turnsAdded)
                       .arg(imported->reviewReplaced ? Cli::tr("updated") : Cli::tr("unchanged"))
                << Qt::endl;
    }
    return 0;
}

} // namespace mi::cli
