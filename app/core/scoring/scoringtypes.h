#pragma once

#include "packs/pack.h"

#include <QList>
#include <QString>

namespace mi {

struct ScoringRequest {
    QString answer;
    QString reference;         // Markdown or plain text; may be empty
    QList<RubricPoint> rubric; // may be empty: key concepts are derived from the reference
    QString language;          // "zh" or "en"; chooses phrasing of explanations
    QString question;          // the prompt, so its words are not credited to the answer
};

struct PointResult {
    QString id;
    QString text;
    double weight = 0;
    PointKind kind = PointKind::Core;
    bool hit = false;       // covered (for a misconception: stated)
    double credit = 0;      // 0..1: 1 covered, between 0 and 1 partly covered (hit stays false)
    QString match;          // how it was recognised: alias, concept, paraphrase, statement; empty when missed
    int evidenceStart = -1; // offset into the answer (UTF-16 units), -1 when there is no evidence
    int evidenceLength = 0;
    QString evidence;       // the matched span of the answer
    QString note;           // why a mention did not count (negated, no explanation, contradicted)

    bool partial() const { return !hit && credit > 0; }
    bool hasEvidence() const { return evidenceStart >= 0; }
};

enum class ScoreLevel { Fail, Pass, Good, Excellent };

struct ScoreResult {
    double score = 0;      // 0..100
    double similarity = 0; // 0..1, tf-idf cosine with the reference
    double coverage = 0;   // weighted share of core points hit, 0..1
    bool keywordDump = false;
    QList<PointResult> points;
    QString explanation;

    ScoreLevel level() const;
    QList<const PointResult *> missedCorePoints() const;
};

ScoreLevel levelForScore(double score);
QString levelKey(ScoreLevel level);        // stable: fail, pass, good, excellent
QString levelLabel(ScoreLevel level, const QString &language); // 不及格 / Fail ...
QString pointKindKey(PointKind kind);      // core, bonus, misconception
// A point's state as the checklist shows it: hit, partial or miss.
QString creditStateKey(const PointResult &point);

} // namespace mi
