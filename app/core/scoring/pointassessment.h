#pragma once

#include "answeranalysis.h"
#include "compiledrubric.h"
#include "rubricscorer.h"
#include "scoringtypes.h"
#include "softmatch.h"

#include <QSet>

namespace mi {

// What is known about one answer when its points are judged.
struct AnswerEvidence {
    const QString &text;     // normalised answer
    const QString &original; // as written, for evidence
    const QList<Sentence> &sentences;
    const QList<Clause> &clauses;
    const SoftAnswer &soft;
    const QList<AliasMatch> &matches; // every alias and concept match, by tag
    bool keywordDump = false;
    bool enumerationQuestion = false;
    bool continuousCredit = false;   // reference-only items: credit in proportion to what was said
    QSet<int> contradictedSentences; // sentences stating a misconception
};

// A misconception point: stated by an alias or concept term (not negated),
// by all parts of a wrong statement it names in one clause, or by most of its
// belief said in one clause without a negation.
PointResult assessMisconception(int index, const RubricPoint &point, const CompiledRubric &compiled, const AnswerEvidence &answer,
                                const ScoreFormula &formula);

// A core or bonus point: covered by an alias or concept term with supporting
// context in a sentence that states no misconception; partly covered when a
// term is only named, or when the point's sentence (or the reference
// sentence behind it) is said in other words.
PointResult assessPoint(int index, const RubricPoint &point, const CompiledRubric &compiled, const AnswerEvidence &answer,
                        const ScoreFormula &formula);

// Credit for a reference item said in other words: continuous, from the
// share of its units the best window of the answer holds.
double paraphraseCredit(double recall, const ScoreFormula &formula);
double itemCredit(double recall, const ScoreFormula &formula);
double listItemCredit(double recall, const ScoreFormula &formula);

} // namespace mi
