#pragma once

#include <QList>
#include <QString>

// One answer of the scorer dev set (tests/data/dev-set/*.jsonl), graded 0–5 by hand.
struct DevAnswer {
    QString id, questionId, language, kind, answer;
    int grade = 0;
};

QList<DevAnswer> loadDevSet();
double pearson(const QList<double> &x, const QList<double> &y);
// The grade a score corresponds to: the bands behind the level labels.
int gradeBandForScore(double score);
