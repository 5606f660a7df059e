// transcribe: speech to text offline, with delivery figures, optionally scored.
#include "commands.h"

#include "answertranscription.h"
#include "deliveryjson.h"
#include "packvocabulary.h"
#include "pocketsphinxtranscriber.h"
#include "scoring/batchscoring.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace mi::cli {

static QString tr(const char *text) { return QCoreApplication::translate("cli", text); }

int runTranscribe(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Transcribe a spoken answer (16-bit PCM WAV) offline and print the transcript and delivery figures."));
    parser.addPositionalArgument(QStringLiteral("audio"), tr("The WAV file."), QStringLiteral("AUDIO"));
    parser.addOptions({
        {QStringLiteral("engine"), tr("Transcription engine: pocketsphinx (default)."), QStringLiteral("name"), QStringLiteral("pocketsphinx")},
        {QStringLiteral("pack"), tr("Bias recognition toward this pack's vocabulary."), QStringLiteral("id")},
        {QStringLiteral("question-id"), tr("Bias toward this question's vocabulary and score the transcript against it."), QStringLiteral("id")},
        {QStringLiteral("language"), tr("Language of the speech (default: the pack's, else en)."), QStringLiteral("xx")},
        {QStringLiteral("json"), tr("Print {transcript, engine, audio_ms, delivery, score?} as JSON.")},
    });
    int code = 0;
    if (!ctx.parse(parser, args, code))
        return code;
    if (parser.positionalArguments().size() != 1) {
        ctx.err << tr("give one audio file") << Qt::endl;
        return 2;
    }
    if (parser.value(QStringLiteral("engine")) != u"pocketsphinx") {
        ctx.err << tr("unknown engine: %1 (available: pocketsphinx)").arg(parser.value(QStringLiteral("engine"))) << Qt::endl;
        return 2;
    }
    TranscriptionRequest request;
    request.audioPath = parser.positionalArguments().first();
    QList<const Question *> questions;
    const Question *scoredQuestion = nullptr;
    if (parser.isSet(QStringLiteral("question-id"))) {
        scoredQuestion = ctx.library().question(parser.value(QStringLiteral("question-id")));
        if (!scoredQuestion) {
            ctx.err << tr("unknown question: %1").arg(parser.value(QStringLiteral("question-id"))) << Qt::endl;
            return 2;
        }
        questions.append(scoredQuestion);
    } else if (parser.isSet(QStringLiteral("pack"))) {
        for (const Question *q : ctx.library().allQuestions())
            if (q->packId == parser.value(QStringLiteral("pack")))
                questions.append(q);
        if (questions.isEmpty()) {
            ctx.err << tr("unknown pack: %1").arg(parser.value(QStringLiteral("pack"))) << Qt::endl;
            return 2;
        }
    }
    request.vocabulary = vocabularyOf(questions);
    request.language = parser.value(QStringLiteral("language"));
    if (request.language.isEmpty())
        request.language = questions.isEmpty() ? QStringLiteral("en") : ctx.library().pack(questions.first()->packId)->language;

    const PocketSphinxTranscriber transcriber;
    Result<TranscribedAnswer> answer = transcribeAnswer(transcriber, request);
    if (!answer) {
        ctx.err << answer.error().message << Qt::endl;
        return 1;
    }
    const Transcript &transcript = answer->transcript;
    const DeliveryFigures &d = answer->delivery;
    QJsonObject out{{"transcript", transcript.text}, {"engine", transcript.engine}, {"audio_ms", transcript.audioMs},
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
            << tr("speaking %1 s of %2 s, %3 %4, %5 filler(s), %6 long pause(s)%7")
                   .arg(d.speakingMs / 1000.0, 0, 'f', 1).arg(d.audioMs / 1000.0, 0, 'f', 1).arg(d.pace).arg(d.paceUnit)
                   .arg(d.fillerCount).arg(d.longPauses).arg(d.tooShort ? tr(" — too short") : QString())
            << '\n';
    if (scoredQuestion)
        ctx.out << tr("score %1: %2").arg(out.value("score").toObject().value("score").toDouble()).arg(out.value("score").toObject().value("explanation").toString()) << '\n';
    return 0;
}

} // namespace mi::cli
