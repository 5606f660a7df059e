#pragma once

#include <QList>
#include <QString>

// The two plain measures every scoring figure is printed beside, defined as
// the public short-answer grading sets' evaluation script defines them:
// tokens are lower-cased runs of [a-z0-9_-.] and Chinese character bigrams;
// idf is computed over the set's own references and answers.
struct BaselineRow {
    QString question, reference, answer;
};
struct BaselineScores {
    QList<double> tfidfCosine;
    QList<double> referenceCoverage; // share of the reference's distinct tokens found in the answer
};
BaselineScores computeBaselines(const QList<BaselineRow> &rows);
