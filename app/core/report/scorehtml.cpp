#include "scorehtml.h"

#include "htmldocument.h"
#include "markdown.h"

#include <algorithm>

namespace mi {
namespace {

constexpr int kPaletteSize = 10; // mark.p0 … mark.p9 in panel.css

QString markClass(int position, PointKind kind)
{
    return kind == PointKind::Misconception ? QStringLiteral("wrong") : QStringLiteral("p%1").arg(position % kPaletteSize);
}

QString checklistRow(const PointResult &p, int position, const ScoreHtmlLabels &l)
{
    QString status, rowClass;
    if (p.kind == PointKind::Misconception) {
        if (!p.hit)
            return {}; // an unstated misconception says nothing
        status = QStringLiteral("✗ ") + l.misconception;
        rowClass = QStringLiteral("wrong");
    } else if (p.kind == PointKind::Bonus) {
        if (!p.hit)
            return {};
        status = QStringLiteral("★ ") + l.bonus;
        rowClass = QStringLiteral("bonus");
    } else {
        status = p.hit ? QStringLiteral("✓ ") + l.hit : QStringLiteral("○ ") + l.missed;
        rowClass = p.hit ? QStringLiteral("hit") : QStringLiteral("missed");
    }
    const QString detail = p.hit ? l.evidence + QStringLiteral(": «") + p.evidence + QStringLiteral("»") : p.note;
    return QStringLiteral("<tr class=\"%1\"><td class=\"swatch %2\"></td><td class=\"status\">%3</td><td>%4</td>"
                          "<td class=\"weight\" title=\"%5\">×%6</td><td class=\"detail\">%7</td></tr>")
        .arg(rowClass, p.hit ? markClass(position, p.kind) : QStringLiteral("none"), status.toHtmlEscaped(), p.text.toHtmlEscaped(),
             l.weight.toHtmlEscaped())
        .arg(p.weight)
        .arg(detail.toHtmlEscaped());
}

} // namespace

QString highlightedAnswerHtml(const QString &answer, const QList<PointResult> &points)
{
    struct Span { int start, end, position; };
    QList<Span> spans;
    for (int i = 0; i < points.size(); ++i) {
        const PointResult &p = points[i];
        if (p.hit && p.evidenceStart >= 0 && p.evidenceStart + p.evidenceLength <= answer.size())
            spans.append({p.evidenceStart, p.evidenceStart + p.evidenceLength, i});
    }
    std::sort(spans.begin(), spans.end(), [](const Span &a, const Span &b) { return a.start < b.start; });
    QString html;
    int pos = 0;
    for (const Span &s : spans) {
        if (s.start < pos)
            continue; // overlapping evidence: the first one wins
        html += escaped(answer.mid(pos, s.start - pos));
        html += QStringLiteral("<mark class=\"%1\" title=\"%2\">%3</mark>")
                    .arg(markClass(s.position, points[s.position].kind), points[s.position].text.toHtmlEscaped(),
                         escaped(answer.mid(s.start, s.end - s.start)));
        pos = s.end;
    }
    return html + escaped(answer.mid(pos));
}

QString scoreHtml(const Turn &turn, const QString &referenceMarkdown, const QString &language, const ScoreHtmlLabels &l)
{
    QString html;
    if (turn.score) {
        const ScoreResult &s = *turn.score;
        html += QStringLiteral("<section class=\"score level-%1\"><span class=\"label\">%2</span> <span class=\"value\">%3</span>"
                               " <span class=\"level\">%4</span><p class=\"explanation\">%5</p></section>")
                    .arg(levelKey(s.level()), l.score.toHtmlEscaped())
                    .arg(s.score)
                    .arg(levelLabel(s.level(), language).toHtmlEscaped(), s.explanation.toHtmlEscaped());
    }
    if (!turn.reason.isEmpty())
        html += QStringLiteral("<p class=\"reason\">%1: %2</p>").arg(l.reason.toHtmlEscaped(), turn.reason.toHtmlEscaped());
    if (turn.overrunMs > 0)
        html += QStringLiteral("<p class=\"overrun\">%1</p>").arg(l.overrun.arg(turn.overrunMs / 1000).toHtmlEscaped());
    if (turn.score) {
        const ScoreResult &s = *turn.score;
        html += QStringLiteral("<h3>%1</h3><div class=\"answer\">%2</div>")
                    .arg(l.yourAnswer.toHtmlEscaped(),
                         turn.answer.trimmed().isEmpty() ? QStringLiteral("<i>%1</i>").arg(l.noAnswer.toHtmlEscaped())
                                                         : highlightedAnswerHtml(turn.answer, s.points));
        html += deliveryHtml(turn.deliveryJson, l.delivery);
        html += QStringLiteral("<table class=\"rubric\">");
        for (int i = 0; i < s.points.size(); ++i)
            html += checklistRow(s.points[i], i, l);
        html += QStringLiteral("</table>");
    }
    if (!referenceMarkdown.isEmpty())
        html += QStringLiteral("<h3>%1</h3><div class=\"reference\">%2</div>").arg(l.reference.toHtmlEscaped(), markdownToHtml(referenceMarkdown));
    return html;
}

} // namespace mi
