#include "scorehtml.h"

#include "markdown.h"

#include <algorithm>

namespace mi {
namespace {

const char *const kPalette[] = {"#fde68a", "#bbf7d0", "#bfdbfe", "#fbcfe8", "#ddd6fe", "#fed7aa", "#a5f3fc", "#d9f99d", "#e9d5ff", "#fecaca"};

QString colourFor(int position, PointKind kind)
{
    if (kind == PointKind::Misconception)
        return QStringLiteral("#fca5a5");
    return QString::fromLatin1(kPalette[position % int(std::size(kPalette))]);
}

} // namespace

QString highlightedAnswerHtml(const QString &answer, const QList<PointResult> &points)
{
    struct Span { int start, end, position; PointKind kind; };
    QList<Span> spans;
    for (int i = 0; i < points.size(); ++i) {
        const PointResult &p = points[i];
        if (p.hit && p.evidenceStart >= 0 && p.evidenceStart + p.evidenceLength <= answer.size())
            spans.append({p.evidenceStart, p.evidenceStart + p.evidenceLength, i, p.kind});
    }
    std::sort(spans.begin(), spans.end(), [](const Span &a, const Span &b) { return a.start < b.start; });
    QString html;
    int pos = 0;
    for (const Span &s : spans) {
        if (s.start < pos)
            continue; // overlapping evidence: the first one wins
        html += answer.mid(pos, s.start - pos).toHtmlEscaped();
        html += QStringLiteral("<span style=\"background-color:%1\" title=\"%2\">%3</span>")
                    .arg(colourFor(s.position, s.kind), points[s.position].text.toHtmlEscaped(),
                         answer.mid(s.start, s.end - s.start).toHtmlEscaped());
        pos = s.end;
    }
    html += answer.mid(pos).toHtmlEscaped();
    html.replace(u'\n', QStringLiteral("<br>"));
    return html;
}

QString scoreHtml(const Turn &turn, const QString &referenceMarkdown, const QString &language, const ScoreHtmlLabels &l)
{
    QString html;
    if (turn.score) {
        const ScoreResult &s = *turn.score;
        html += QStringLiteral("<h2>%1: %2 <small>(%3)</small></h2>")
                    .arg(l.score.toHtmlEscaped()).arg(s.score).arg(levelLabel(s.level(), language).toHtmlEscaped());
        html += QStringLiteral("<p><i>%1</i></p>").arg(s.explanation.toHtmlEscaped());
        html += QStringLiteral("<h3>%1</h3><p>%2</p>").arg(l.yourAnswer.toHtmlEscaped(),
            turn.answer.trimmed().isEmpty() ? l.noAnswer.toHtmlEscaped() : highlightedAnswerHtml(turn.answer, s.points));
        html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">");
        for (int i = 0; i < s.points.size(); ++i) {
            const PointResult &p = s.points[i];
            QString status;
            if (p.kind == PointKind::Misconception)
                status = p.hit ? QStringLiteral("✗ ") + l.misconception : QString();
            else if (p.kind == PointKind::Bonus)
                status = p.hit ? QStringLiteral("★ ") + l.bonus : QString();
            else
                status = p.hit ? QStringLiteral("✓ ") + l.hit : QStringLiteral("○ ") + l.missed;
            if (status.isEmpty())
                continue; // an unmatched bonus or misconception says nothing
            html += QStringLiteral("<tr><td style=\"background-color:%1\">&nbsp;&nbsp;</td><td><b>%2</b></td><td>%3</td><td>×%4</td><td>%5</td></tr>")
                        .arg(p.hit ? colourFor(i, p.kind) : QStringLiteral("#e5e7eb"), status.toHtmlEscaped(),
                             p.text.toHtmlEscaped())
                        .arg(p.weight)
                        .arg(p.hit ? (l.evidence + QStringLiteral(": «") + p.evidence + QStringLiteral("»")).toHtmlEscaped() : p.note.toHtmlEscaped());
        }
        html += QStringLiteral("</table>");
    }
    if (!turn.reason.isEmpty())
        html += QStringLiteral("<p><small>%1: %2</small></p>").arg(l.reason.toHtmlEscaped(), turn.reason.toHtmlEscaped());
    if (!referenceMarkdown.isEmpty())
        html += QStringLiteral("<h3>%1</h3>%2").arg(l.reference.toHtmlEscaped(), markdownToHtml(referenceMarkdown));
    return html;
}

} // namespace mi
