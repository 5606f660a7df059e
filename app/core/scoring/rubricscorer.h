#pragma once

#include "compiledrubric.h"
#include "corpusstats.h"
#include "packs/lexicon.h"
#include "memo.h"
#include "scorer.h"

#include <QSet>
#include <memory>

namespace mi {

// The tunable constants of the score formula (documented in DESIGN.md).
struct ScoreFormula {
    double coverageExponent = 1.0;  // < 1: covering the basics earns more than linearly
    double similarityWeight = 0.25; // share from tf-idf similarity to the reference; the rest is coverage
    double similarityForFull = 0.45;// cosine that earns the full similarity share
    double bonusFactor = 0.5;       // bonus weight / core weight, times this
    double bonusCap = 0.10;
    double misconceptionFixed = 0.15; // per misconception stated
    double misconceptionFactor = 1.5; // times misconception weight / core weight
    double misconceptionCap = 0.6;
    double supportBase = 3;         // content units a sentence needs for its first term
    double supportPerExtraTerm = 1.0;
    double minimumContentUnits = 10;// answers with less substance are scaled down …
    double minimumShareOfReference = 0.5; // … but never asked for more than this share of the reference's own
    double dumpContentPerTerm = 1.2;  // below this many content units per term the answer is a keyword dump
    double keywordDumpFactor = 0.4;
    double mentionCredit = 0.5;     // a term named without explanation: partly covered
    double paraphrasePartial = 0.45;// share of a point's sentence said in other words for partial credit
    double paraphraseFull = 0.8;    // … and for full credit
    double statedBeliefRecall = 0.85; // share of a misconception's belief said in one clause to count as stated
    // Reference-only scoring (no rubric). Graders of "explain …" questions
    // give generous partial credit; of "list …" questions, credit per item.
    double explanationExponent = 0.5; // coverage exponent for questions that ask to explain
    double itemCreditFrom = 0.1;      // an item's credit grows from this share of it said …
    double itemCreditFull = 0.6;      // … to full credit at this share
    double listItemCreditFrom = 0.25; // the same for the items of a list the question asks for
    double listItemCreditFull = 0.9;
    double referenceSimilarityWeight = 0.25;
};

// Scores by weighted rubric coverage plus tf-idf similarity to the reference;
// bonus points add, misconceptions subtract. A point is covered by an alias
// or a concept of the lexicon with supporting context, partly covered when
// it is only named or said in other words (DESIGN.md).
class RubricScorer : public Scorer
{
public:
    explicit RubricScorer(std::shared_ptr<const CorpusStats> corpus, ScoreFormula formula = {},
                          std::shared_ptr<const Lexicon> lexicon = {});
    ScoreResult score(const ScoringRequest &request) const override;

    const ScoreFormula &formula() const { return m_formula; }
    const Lexicon *lexicon() const { return m_lexicon.get(); }

private:
    double similarity(const ScoringRequest &request) const;
    std::shared_ptr<const CompiledRubric> compile(const QList<RubricPoint> &rubric, const ScoringRequest &request) const;
    std::shared_ptr<const TermVector> referenceVector(const ScoringRequest &request) const;

    std::shared_ptr<const CorpusStats> m_corpus;
    ScoreFormula m_formula;
    std::shared_ptr<const Lexicon> m_lexicon;
    Memo<CompiledRubric> m_compiledRubrics;
    Memo<TermVector> m_referenceVectors;
    Memo<QSet<QString>> m_questionTerms;
    Memo<QList<RubricPoint>> m_referencePoints;
};

QString explainScore(const ScoreResult &result, const QString &language);

} // namespace mi
