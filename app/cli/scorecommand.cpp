// score: one answer, or the batch contract over JSON Lines.
#include "commands.h"

#include "scoring/batchscoring.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>

namespace mi::cli {

static Result<QString> readTextFile(const QString &path)
{
    QFile file(path);
    if (path == u"-" ? !file.open(stdin, QIODevice::ReadOnly) : !file.open(QIODevice::ReadOnly))
        return fail(Cli::tr("cannot read %1: %2").arg(path, file.errorString()));
    return QString::fromUtf8(file.readAll());
}

static int runBatch(CliContext &ctx, const QString &path)
{
    QFile in(path);
    if (path == u"-" ? !in.open(stdin, QIODevice::ReadOnly) : !in.open(QIODevice::ReadOnly)) {
        ctx.err << Cli::tr("cannot read %1: %2").arg(path, in.errorString()) << Qt::endl;
        return 1;
    }
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly)) {
        ctx.err << Cli::tr("cannot write to standard output") << Qt::endl;
        return 1;
    }
    const BatchScorer batch(ctx.library(), *ctx.scorer(), ctx.corpus());
    batch.run(in, out);
    return 0;
}

int runScore(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Score an answer against a pack question or a reference text.\n"
                                             "Batch: --batch IN.jsonl reads {id, answer, reference|question_id|question} per line "
                                             "and writes {id, score, question_id, matched_prompt, points, similarity} per line."));
    parser.addOptions({
        {QStringLiteral("batch"), Cli::tr("JSON Lines file to score ('-' for standard input)."), QStringLiteral("file")},
        {QStringLiteral("question-id"), Cli::tr("Pack question to score against."), QStringLiteral("id")},
        {QStringLiteral("question"),
            Cli::tr("Question text: the best-matching pack question is used; with --reference-file it is context."),
            QStringLiteral("text")},
        {QStringLiteral("reference-file"), Cli::tr("Score against this reference answer (no rubric needed)."), QStringLiteral("file")},
        {QStringLiteral("answer-file"), Cli::tr("The answer ('-' for standard input)."), QStringLiteral("file")},
        {QStringLiteral("answer"), Cli::tr("The answer as text."), QStringLiteral("text")},
        {QStringLiteral("json"), Cli::tr("Print the result as JSON (the batch output shape).")},
    });
    int code = 0;
    if (!ctx.parse(parser, args, code))
        return code;
    if (parser.isSet(QStringLiteral("batch")))
        return runBatch(ctx, parser.value(QStringLiteral("batch")));

    QJsonObject line;
    line.insert("id", QStringLiteral("answer"));
    if (parser.isSet(QStringLiteral("answer-file"))) {
        Result<QString> answer = readTextFile(parser.value(QStringLiteral("answer-file")));
        if (!answer) {
            ctx.err << answer.error().message << Qt::endl;
            return 1;
        }
        line.insert("answer", *answer);
    } else if (parser.isSet(QStringLiteral("answer"))) {
        line.insert("answer", parser.value(QStringLiteral("answer")));
    } else {
        ctx.err << Cli::tr("give the answer with --answer-file or --answer") << Qt::endl;
        return 2;
    }
    if (parser.isSet(QStringLiteral("reference-file"))) {
        Result<QString> reference = readTextFile(parser.value(QStringLiteral("reference-file")));
        if (!reference) {
            ctx.err << reference.error().message << Qt::endl;
            return 1;
        }
        line.insert("reference", *reference);
    } else if (!parser.isSet(QStringLiteral("question-id")) && !parser.isSet(QStringLiteral("question"))) {
        ctx.err << Cli::tr("give one of --question-id, --question or --reference-file") << Qt::endl;
        return 2;
    }
    if (parser.isSet(QStringLiteral("question-id")))
        line.insert("question_id", parser.value(QStringLiteral("question-id")));
    if (parser.isSet(QStringLiteral("question")))
        line.insert("question", parser.value(QStringLiteral("question")));

    const BatchScorer batch(ctx.library(), *ctx.scorer(), ctx.corpus());
    const QJsonObject result = batch.scoreLine(QJsonDocument(line).toJson(QJsonDocument::Compact));
    if (result.contains("error")) {
        ctx.err << result.value("error").toString() << Qt::endl;
        return 1;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        ctx.printJson(result);
        return 0;
    }
    if (result.contains("matched_prompt"))
        ctx.out << Cli::tr("Question: %1").arg(result.value("matched_prompt").toString()) << '\n';
    ctx.out << Cli::tr("Score: %1 (%2)").arg(result.value("score").toDouble()).arg(result.value("level").toString()) << '\n'
            << Cli::tr("Similarity to the reference: %1").arg(result.value("similarity").toDouble()) << '\n';
    for (const QJsonValue &v : result.value("points").toArray()) {
        const QJsonObject p = v.toObject();
        const QString mark = p.value("hit").toBool() ? QStringLiteral("[x]") : QStringLiteral("[ ]");
        ctx.out << "  " << mark << ' ' << p.value("kind").toString().leftJustified(13) << p.value("text").toString();
        if (p.value("hit").toBool())
            ctx.out << "  «" << p.value("evidence").toString() << "»";
        ctx.out << '\n';
    }
    ctx.out << result.value("explanation").toString() << Qt::endl;
    return 0;
}

} // namespace mi::cli
