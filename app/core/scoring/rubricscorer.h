#pragma once

#include "aliasmatcher.h"
#include "corpusstats.h"
#include "memo.h"
#include "nearspelling.h"
#include "scorer.h"

#include <QSet>
#include <memory>

namespace mi {

// The tunable constants of the score formula (documented in DESIGN.md).
struct ScoreFormula {
    double coverageWeight = 0.75;   // share of the score from rubric coverage
    double similarityWeight = 0.25; // share from tf-idf similarity to the reference
    double similarityForFull = 0.45;// cosine that earns the full similarity share
    double bonusFactor = 0.5;       // bonus weight / core weight, times this
    double bonusCap = 0.10;
    double misconceptionFixed = 0.15; // per misconception stated
    double misconceptionFactor = 1.5; // times misconception weight / core weight
    double misconceptionCap = 0.6;
    double supportBase = 3;         // content units a sentence needs for its first term
    double supportPerExtraTerm = 1.0;
    double minimumContentUnits = 10;// answers with less substance are scaled down
    double dumpContentPerTerm = 1.2;  // below this many content units per term the answer is a keyword dump
    double keywordDumpFactor = 0.4;
};

// Scores by weighted rubric coverage (alias matches that have supporting
// context and are not negated or contradicted) plus tf-idf similarity to the
// reference; bonus points add, misconceptions subtract.
class RubricScorer : public Scorer
{
public:
    explicit RubricScorer(std::shared_ptr<const CorpusStats> corpus, ScoreFormula formula = {});
    ScoreResult score(const ScoringRequest &request) const override;

    const ScoreFormula &formula() const { return m_formula; }

private:
    double similarity(const ScoringRequest &request) const;
    // A rubric's aliases, compiled once: the exact automaton and the words for near-spelling matching.
    struct CompiledRubric {
        AliasMatcher matcher;
        QList<FuzzyAlias> fuzzyAliases;
    };
    std::shared_ptr<const CompiledRubric> compile(const QList<RubricPoint> &rubric) const;
    std::shared_ptr<const TermVector> referenceVector(const ScoringRequest &request) const;

    std::shared_ptr<const CorpusStats> m_corpus;
    ScoreFormula m_formula;
    Memo<CompiledRubric> m_compiledRubrics;
    Memo<TermVector> m_referenceVectors;
    Memo<QSet<QString>> m_questionTerms;
};

QString explainScore(const ScoreResult &result, const QString &language);

} // namespace mi
