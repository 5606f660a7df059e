#include "batchscoring.h"

#include "report/jsonshapes.h"
#include "text/tokenizer.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace mi {

QJsonObject scoreResultJson(const ScoreResult &r)
{
    return {{"score", r.score}, {"similarity", std::round(r.similarity * 1000.0) / 1000.0}, {"points", pointsJson(r)},
            {"coverage", std::round(r.coverage * 1000.0) / 1000.0}, {"level", levelKey(r.level())},
            {"explanation", r.explanation}, {"keyword_dump", r.keywordDump}};
}

BatchScorer::BatchScorer(const PackLibrary &library, const Scorer &scorer, const CorpusStats &corpus)
    : m_library(library), m_scorer(scorer), m_corpus(corpus)
{
    for (const Question *q : library.allQuestions())
        m_prompts.append({q, corpus.vectorize(Tokenizer::features(q->prompt))});
}

const Question *BatchScorer::bestMatchingQuestion(const QString &text) const
{
    const TermVector v = m_corpus.vectorize(Tokenizer::features(text));
    const Question *best = nullptr;
    double bestScore = 0.2; // below this, nothing in the packs is the same question
    for (const auto &[q, prompt] : m_prompts) {
        const double s = CorpusStats::cosine(v, prompt);
        if (s > bestScore) {
            bestScore = s;
            best = q;
        }
    }
    return best;
}

QJsonObject BatchScorer::scoreLine(const QByteArray &line) const
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
    if (!doc.isObject())
        return {{"id", QJsonValue()}, {"error", QStringLiteral("not a JSON object: %1").arg(parseError.errorString())}};
    const QJsonObject in = doc.object();
    const QJsonValue id = in.value("id");
    auto error = [&](const QString &message) { return QJsonObject{{"id", id}, {"error", message}}; };
    if (!in.value("answer").isString())
        return error(QStringLiteral("'answer' must be a string"));

    ScoringRequest request;
    request.answer = in.value("answer").toString();
    const Question *question = nullptr;
    if (in.value("reference").isString()) {
        request.reference = in.value("reference").toString();
        request.question = in.value("question").toString();
        request.language = in.value("language").toString(QStringLiteral("zh"));
    } else if (in.value("question_id").isString()) {
        question = m_library.question(in.value("question_id").toString());
        if (!question)
            return error(QStringLiteral("unknown question_id '%1'").arg(in.value("question_id").toString()));
    } else if (in.value("question").isString()) {
        question = bestMatchingQuestion(in.value("question").toString());
        if (!question)
            return error(QStringLiteral("no pack question matches '%1'").arg(in.value("question").toString()));
    } else {
        return error(QStringLiteral("need one of 'reference', 'question_id' or 'question'"));
    }
    if (question) {
        request.reference = question->reference;
        request.rubric = question->rubric;
        request.question = question->prompt;
        request.language = m_library.pack(question->packId)->language;
    }
    QJsonObject out = scoreResultJson(m_scorer.score(request));
    out.insert("id", id);
    if (question) {
        out.insert("question_id", question->id);
        out.insert("matched_prompt", question->prompt);
    }
    return out;
}

int BatchScorer::run(QIODevice &in, QIODevice &out) const
{
    int written = 0;
    while (!in.atEnd()) {
        const QByteArray line = in.readLine().trimmed();
        if (line.isEmpty())
            continue;
        out.write(QJsonDocument(scoreLine(line)).toJson(QJsonDocument::Compact));
        out.write("\n");
        ++written;
    }
    return written;
}

} // namespace mi
