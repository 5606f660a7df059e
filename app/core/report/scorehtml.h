#pragma once

#include "deliveryhtml.h"
#include "engine/turn.h"

#include <QString>

namespace mi {

// Words of the scoring panel, supplied by the caller so the GUI can translate them.
struct ScoreHtmlLabels {
    QString score, hit, missed, misconception, bonus, reference, reason, yourAnswer, evidence, noAnswer, weight, overrun;
    DeliveryHtmlLabels delivery; // for spoken answers
};

// The scoring panel of one turn as an HTML fragment (see htmlDocument()): the
// score and level, why it was asked, the answer with each hit's evidence
// marked in its point's colour, the rubric checklist, the reference answer.
// Every piece of pack or answer text is escaped.
QString scoreHtml(const Turn &turn, const QString &referenceMarkdown, const QString &language, const ScoreHtmlLabels &labels);

// The answer with evidence spans wrapped in <mark class="pN">, everything escaped.
QString highlightedAnswerHtml(const QString &answer, const QList<PointResult> &points);

} // namespace mi
