#pragma once

#include "corpusstats.h"
#include "packs/packlibrary.h"
#include "scorer.h"

#include <QIODevice>
#include <QJsonObject>

namespace mi {

// The batch scoring contract (README, "Batch scoring"): one JSON object per
// input line → one JSON object per output line, in order; a bad line yields
// {"id", "error"} and the run goes on.
class BatchScorer
{
public:
    BatchScorer(const PackLibrary &library, const Scorer &scorer, const CorpusStats &corpus);

    QJsonObject scoreLine(const QByteArray &line) const;
    // Returns the number of lines written.
    int run(QIODevice &in, QIODevice &out) const;
    // The pack question whose prompt is most similar to `text`, or nullptr.
    const Question *bestMatchingQuestion(const QString &text) const;

private:
    const PackLibrary &m_library;
    const Scorer &m_scorer;
    const CorpusStats &m_corpus;
    QList<std::pair<const Question *, TermVector>> m_prompts;
};

QJsonObject scoreResultJson(const ScoreResult &result); // {score, points, similarity, level, explanation, ...}

} // namespace mi
