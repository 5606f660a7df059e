#pragma once

#include "engine/turn.h"

#include <QString>

namespace mi {

struct ScoreHtmlLabels {
    QString score, hit, missed, misconception, bonus, reference, reason, yourAnswer, evidence, noAnswer;
};

// The scoring panel as escaped HTML: the answer with each hit's evidence
// highlighted in its point's colour, the checklist, and the reference answer.
// Labels come from the caller so the GUI can translate them.
QString scoreHtml(const Turn &turn, const QString &referenceMarkdown, const QString &language, const ScoreHtmlLabels &labels);

// The answer with evidence spans wrapped in <mark>, everything escaped.
QString highlightedAnswerHtml(const QString &answer, const QList<PointResult> &points);

} // namespace mi
