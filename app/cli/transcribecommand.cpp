// transcribe: speech to text offline, with delivery figures, optionally scored.
#include "commands.h"

#include "answertranscription.h"
#include "deliveryjson.h"
#include "scoring/batchscoring.h"
#include "speechvocabulary.h"
#include "transcriberfactory.h"
#include "wavaudio.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace mi::cli {

// An option, else its environment variable (keeps an API key out of the
// process list), else the default.
static QString optionOrEnv(const QCommandLineParser &parser, const QString &option, const char *variable, const QString &fallback = {})
{
    if (parser.isSet(option))
        return parser.value(option);
    const QString env = qEnvironmentVariable(variable);
    return env.isEmpty() ? fallback : env;
}

static SpeechEngineSettings engineSettings(const QCommandLineParser &parser)
{
    SpeechEngineSettings s;
    s.engine = optionOrEnv(parser, QStringLiteral("engine"), "MOCKINTERVIEW_SPEECH_ENGINE", s.engine);
    s.endpoint = optionOrEnv(parser, QStringLiteral("endpoint"), "MOCKINTERVIEW_SPEECH_ENDPOINT");
    s.apiKey = optionOrEnv(parser, QStringLiteral("api-key"), "MOCKINTERVIEW_SPEECH_API_KEY");
    s.whisperCliPath = optionOrEnv(parser, QStringLiteral("whisper-cli"), "MOCKINTERVIEW_WHISPER_CLI");
    // One option for both: a model name for an API, a model file for whisper-cli.
    s.model = s.modelPath = optionOrEnv(parser, QStringLiteral("model"), "MOCKINTERVIEW_SPEECH_MODEL");
    if (parser.isSet(QStringLiteral("timeout")))
        s.timeoutMs = int(parser.value(QStringLiteral("timeout")).toDouble() * 1000);
    return s;
}

int runTranscribe(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Transcribe a spoken answer (16-bit PCM WAV) and print the transcript and delivery figures. "
                                             "pocketsphinx runs in-process for English; the whisper engines use whisper.cpp "
                                             "(Chinese, mixed and English speech) and send audio only to the endpoint you give."));
    parser.addPositionalArgument(QStringLiteral("audio"), Cli::tr("The WAV file."), QStringLiteral("AUDIO"));
    parser.addOptions({
        {QStringLiteral("engine"),
            Cli::tr("Transcription engine: pocketsphinx (default, English only), whisper-server, whisper-openai or whisper-cli. "
                    "Environment: MOCKINTERVIEW_SPEECH_ENGINE."),
            QStringLiteral("name")},
        {QStringLiteral("endpoint"),
            Cli::tr("whisper-server or whisper-openai: the server's base URL, e.g. http://127.0.0.1:8080. Environment: "
                    "MOCKINTERVIEW_SPEECH_ENDPOINT."),
            QStringLiteral("url")},
        {QStringLiteral("model"),
            Cli::tr("whisper-openai: the model name (default whisper-1); whisper-cli: the ggml model file. Environment: "
                    "MOCKINTERVIEW_SPEECH_MODEL."),
            QStringLiteral("name-or-path")},
        {QStringLiteral("api-key"),
            Cli::tr("whisper-openai: sent as a bearer token. Prefer the environment: MOCKINTERVIEW_SPEECH_API_KEY."),
            QStringLiteral("key")},
        {QStringLiteral("whisper-cli"),
            Cli::tr("whisper-cli: the program (default: whisper-cli on PATH). Environment: MOCKINTERVIEW_WHISPER_CLI."),
            QStringLiteral("path")},
        {QStringLiteral("timeout"), Cli::tr("whisper engines: give up after this many seconds (default 300)."), QStringLiteral("seconds")},
        {QStringLiteral("pack"), Cli::tr("Bias recognition toward this pack's vocabulary."), QStringLiteral("id")},
        {QStringLiteral("question-id"), Cli::tr("Bias toward this question's vocabulary and score the transcript against it."),
            QStringLiteral("id")},
        {QStringLiteral("language"), Cli::tr("Language of the speech (default: the pack's, else en)."), QStringLiteral("xx")},
        {QStringLiteral("json"),
            Cli::tr("Print {transcript, engine, language, audio_ms, processing_seconds, real_time_factor, delivery, score?} as JSON.")},
    });
    int code = 0;
    if (!ctx.parse(parser, args, code))
        return code;
    if (parser.positionalArguments().size() != 1) {
        ctx.err << Cli::tr("give one audio file") << Qt::endl;
        return 2;
    }
    Result<std::unique_ptr<Transcriber>> transcriber = makeTranscriber(engineSettings(parser));
    if (!transcriber) {
        ctx.err << transcriber.error().message << Qt::endl;
        return 2;
    }
    TranscriptionRequest request;
    request.audioPath = parser.positionalArguments().first();
    QList<const Question *> questions;
    const Question *scoredQuestion = nullptr;
    if (parser.isSet(QStringLiteral("question-id"))) {
        scoredQuestion = ctx.library().question(parser.value(QStringLiteral("question-id")));
        if (!scoredQuestion) {
            ctx.err << Cli::tr("unknown question: %1").arg(parser.value(QStringLiteral("question-id"))) << Qt::endl;
            return 2;
        }
        questions.append(scoredQuestion);
    } else if (parser.isSet(QStringLiteral("pack"))) {
        for (const Question *q : ctx.library().allQuestions())
            if (q->packId == parser.value(QStringLiteral("pack")))
                questions.append(q);
        if (questions.isEmpty()) {
            ctx.err << Cli::tr("unknown pack: %1").arg(parser.value(QStringLiteral("pack"))) << Qt::endl;
            return 2;
        }
    }
    request.vocabulary = speechVocabulary(questions);
    request.language = parser.value(QStringLiteral("language"));
    if (request.language.isEmpty())
        request.language = questions.isEmpty() ? QStringLiteral("en") : ctx.library().pack(questions.first()->packId)->language;

    Result<TranscribedAnswer> answer = transcribeAnswer(**transcriber, request);
    if (!answer) {
        ctx.err << answer.error().message << Qt::endl;
        return 1;
    }
    const Transcript &transcript = answer->transcript;
    const DeliveryFigures &d = answer->delivery;
    QJsonObject out{{"transcript", transcript.text}, {"engine", transcript.engine}, {"language", request.language},
                    {"audio_ms", transcript.audioMs}, {"processing_seconds", transcript.processingSeconds},
                    {"real_time_factor", transcript.audioMs > 0 ? transcript.processingSeconds * 1000.0 / double(transcript.audioMs) : 0.0},
                    {"delivery", deliveryToJson(d)}};
    if (scoredQuestion) {
        const ScoreResult s = ctx.scorer()->score({transcript.text, scoredQuestion->reference, scoredQuestion->rubric, request.language, scoredQuestion->prompt});
        out.insert("score", scoreResultJson(s));
    }
    if (parser.isSet(QStringLiteral("json"))) {
        ctx.printJson(out);
        return 0;
    }
    ctx.out << transcript.text << "\n\n"
            << Cli::tr("speaking %1 s of %2 s, %3 %4, %5 filler(s), %6 long pause(s)%7")
                   .arg(d.speakingMs / 1000.0, 0, 'f', 1)
                   .arg(d.audioMs / 1000.0, 0, 'f', 1)
                   .arg(d.pace)
                   .arg(d.paceUnit)
                   .arg(d.fillerCount)
                   .arg(d.longPauses)
                   .arg(d.tooShort ? Cli::tr(" — too short") : QString())
            << '\n';
    if (scoredQuestion)
        ctx.out << Cli::tr("score %1: %2")
                       .arg(out.value("score").toObject().value("score").toDouble())
                       .arg(out.value("score").toObject().value("explanation").toString())
                << '\n';
    return 0;
}

} // namespace mi::cli
