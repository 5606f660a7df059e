// practice and sessions: walking a pack from a file of answers, and the history.
#include "commands.h"

#include "engine/interviewengine.h"
#include "packs/topicpack.h"
#include "report/jsonshapes.h"
#include "storage/practicerecorder.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>

namespace mi::cli {

static void printTurn(CliContext &ctx, const Turn &t, bool json)
{
    if (json) {
        ctx.printJson(turnJson(t), true);
        return;
    }
    ctx.out << QStringLiteral("#%1 [%2] %3\n").arg(t.index + 1).arg(turnKindKey(t.kind), t.prompt)
            << "    " << t.reason << '\n'
            << "    > " << t.answer << '\n';
    if (t.score)
        ctx.out << "    " << Cli::tr("score %1 — %2").arg(t.score->score).arg(t.score->explanation) << '\n';
    if (t.abilityAfter)
        ctx.out << "    " << Cli::tr("ability estimate now %1").arg(*t.abilityAfter, 0, 'f', 2) << '\n';
    ctx.out.flush();
}

int runPractice(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Walk a pack's script non-interactively, taking answers in order from a file "
                                             "(one answer per line), and save the session."));
    parser.addOptions({
        {QStringLiteral("pack"), Cli::tr("Pack id (a topic drill without --pack draws from every pack of --language)."),
            QStringLiteral("id")},
        {QStringLiteral("mode"), Cli::tr("script (default), drill, warmup or exam."), QStringLiteral("mode"), QStringLiteral("script")},
        {QStringLiteral("persona"), Cli::tr("Interviewer: friendly, neutral (default) or strict."), QStringLiteral("persona"),
            QStringLiteral("neutral")},
        {QStringLiteral("tags"), Cli::tr("Comma-separated topic tags for a drill (default: all)."), QStringLiteral("tags")},
        {QStringLiteral("language"), Cli::tr("Language of a drill without --pack: zh (default) or en."), QStringLiteral("xx"),
            QStringLiteral("zh")},
        {QStringLiteral("max-questions"), Cli::tr("Stop after this many questions (warm-up: 5)."), QStringLiteral("n"),
            QStringLiteral("0")},
        {QStringLiteral("answers"), Cli::tr("Plain text file, one answer per line ('-' for standard input)."), QStringLiteral("file")},
        {QStringLiteral("seed"), Cli::tr("Seed that fixes the walk (default 1)."), QStringLiteral("n"), QStringLiteral("1")},
        {QStringLiteral("rounds"), Cli::tr("Comma-separated round ids to walk (default: all)."), QStringLiteral("ids")},
        {QStringLiteral("max-followups"), Cli::tr("Follow-ups per question (default: the persona's)."), QStringLiteral("n"),
            QStringLiteral("-1")},
        {QStringLiteral("json"), Cli::tr("Print one JSON object per turn, then {session_id, overall}.")},
    });
    int code = 0;
    if (!ctx.parse(parser, args, code))
        return code;
    EngineOptions options;
    const std::optional<PracticeMode> mode = practiceModeFromKey(parser.value(QStringLiteral("mode")));
    const std::optional<PersonaKind> persona = personaFromKey(parser.value(QStringLiteral("persona")));
    if (!mode || !persona) {
        ctx.err << Cli::tr("unknown %1: %2")
                       .arg(mode ? QStringLiteral("persona") : QStringLiteral("mode"),
                           parser.value(mode ? QStringLiteral("persona") : QStringLiteral("mode")))
                << Qt::endl;
        return 2;
    }
    options.mode = *mode;
    options.persona = *persona;
    options.tags = parser.value(QStringLiteral("tags")).split(u',', Qt::SkipEmptyParts);
    options.maxQuestions = parser.value(QStringLiteral("max-questions")).toInt();
    // A drill without a pack draws from all packs of one language.
    std::optional<Pack> composed;
    const Pack *pack = ctx.library().pack(parser.value(QStringLiteral("pack")));
    if (!pack && !parser.isSet(QStringLiteral("pack")) && options.mode == PracticeMode::TopicDrill) {
        composed = composeTopicPack(ctx.library(), options.tags, parser.value(QStringLiteral("language")));
        options.tags.clear(); // already applied
        pack = &*composed;
    }
    if (!pack) {
        ctx.err << Cli::tr("unknown pack: %1 (see 'mockinterview-cli packs')").arg(parser.value(QStringLiteral("pack"))) << Qt::endl;
        return 2;
    }
    QFile file(parser.value(QStringLiteral("answers")));
    const bool fromStdin = file.fileName() == u"-";
    if (file.fileName().isEmpty() || !(fromStdin ? file.open(stdin, QIODevice::ReadOnly) : file.open(QIODevice::ReadOnly))) {
        ctx.err << Cli::tr("cannot read the answers file '%1': %2").arg(file.fileName(), file.errorString()) << Qt::endl;
        return 2;
    }
    QStringList answers = QString::fromUtf8(file.readAll()).split(u'\n');
    while (!answers.isEmpty() && answers.last().trimmed().isEmpty())
        answers.removeLast();

    options.seed = parser.value(QStringLiteral("seed")).toULongLong();
    options.maxFollowUpsPerQuestion = parser.value(QStringLiteral("max-followups")).toInt();
    if (parser.isSet(QStringLiteral("rounds")))
        options.roundIds = parser.value(QStringLiteral("rounds")).split(u',', Qt::SkipEmptyParts);
    InterviewEngine engine(*pack, ctx.scorer(), options);
    if (engine.questionTotal() == 0) {
        ctx.err << Cli::tr("no questions to ask in the chosen rounds") << Qt::endl;
        return 2;
    }
    Result<std::shared_ptr<Database>> db = ctx.database();
    if (!db) {
        ctx.err << db.error().message << Qt::endl;
        return 1;
    }
    PracticeRecorder recorder(*db, engine);
    if (Result<qint64> id = recorder.begin(); !id) {
        ctx.err << id.error().message << Qt::endl;
        return 1;
    }
    const bool json = parser.isSet(QStringLiteral("json"));
    engine.start();
    for (const QString &answer : answers) {
        recorder.recordCurrentTurn();
        engine.submit(answer.trimmed(), 0);
        if (Result<void> saved = recorder.recordCurrentTurn(); !saved) {
            ctx.err << saved.error().message << Qt::endl;
            return 1;
        }
        printTurn(ctx, *engine.currentTurn(), json);
        if (!engine.next())
            break;
    }
    if (engine.state() == InterviewEngine::State::AwaitingAnswer)
        ctx.err << Cli::tr("note: the answers ran out before the script ended") << Qt::endl;
    recorder.finish();
    if (json)
        ctx.printJson(QJsonObject{{"session_id", recorder.sessionId()}, {"overall", engine.overallScore()}}, true);
    else
        ctx.out << Cli::tr("Session %1 saved; overall score %2").arg(recorder.sessionId()).arg(engine.overallScore()) << Qt::endl;
    return 0;
}

int runSessions(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("List saved practice sessions, newest first."));
    parser.addOption({QStringLiteral("json"), Cli::tr("Print a JSON array of {id, pack, started, turns, overall}.")});
    int code = 0;
    if (!ctx.parse(parser, args, code))
        return code;
    Result<std::shared_ptr<Database>> db = ctx.database();
    if (!db) {
        ctx.err << db.error().message << Qt::endl;
        return 1;
    }
    Result<QList<SessionInfo>> sessions = SessionRepository(*db).listSessions();
    if (!sessions) {
        ctx.err << sessions.error().message << Qt::endl;
        return 1;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const SessionInfo &s : *sessions)
            list.append(sessionJson(s));
        ctx.printJson(list);
        return 0;
    }
    for (const SessionInfo &s : *sessions)
        ctx.out << QString::number(s.id).rightJustified(5) << "  " << s.startedAt.toLocalTime().toString(Qt::ISODate) << "  "
                << s.packId.leftJustified(26) << QString::number(s.turnCount).rightJustified(3) << ' ' << Cli::tr("turns") << "  "
                << (s.overall ? QString::number(*s.overall) : QStringLiteral("-")) << '\n';
    return 0;
}

} // namespace mi::cli
