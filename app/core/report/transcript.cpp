#include "transcript.h"

#include "htmldocument.h"
#include "markdown.h"
#include "pagelabels.h"
#include "scorehtml.h"

namespace mi {

QString transcriptHtml(const SessionReport &report, const PackLibrary &library, const TranscriptOptions &options,
                       const TranscriptLabels &l, const ReportLabels &reportLabels, const ScoreHtmlLabels &scoreLabels)
{
    const QString language = report.info.language;
    auto row = [](const QString &label, const QString &value) {
        return QStringLiteral("<tr><th>%1</th><td>%2</td></tr>").arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    QString html = QStringLiteral("<section class=\"cover\"><h1>%1</h1><table>").arg(l.title.toHtmlEscaped());
    const QString candidate = options.candidate.trimmed().isEmpty() ? report.info.candidate.trimmed() : options.candidate.trimmed();
    if (!candidate.isEmpty())
        html += row(l.candidate, candidate);
    html += row(l.pack, report.info.packTitle);
    html += row(l.date, report.info.startedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    html += row(l.duration, formatDuration(report.totalTimeMs));
    html += row(l.overall, QString::number(report.overall));
    html += row(l.mode, report.info.mode + QStringLiteral(" · ") + report.info.persona);
    html += QStringLiteral("</table>");
    if (options.review.verdict)
        html += verdictHtml(*options.review.verdict, l.review);
    html += QStringLiteral("</section>");

    // In print the references go to the appendix, so turns stay compact.
    const QString noReference;
    html += sessionReportHtml(report, reportLabels, [&](const Turn &t) {
        return scoreHtml(t, noReference, language, scoreLabels) + turnReviewHtml(t, options.review.turn(t.index), l.review);
    }, false);

    if (options.includeReferences) {
        html += QStringLiteral("<section class=\"appendix\"><h1>%1</h1>").arg(l.appendix.toHtmlEscaped());
        QStringList seen;
        for (const Turn &t : report.turns) {
            const Question *q = library.question(t.questionId);
            if (!q || seen.contains(q->id))
                continue;
            seen.append(q->id);
            html += QStringLiteral("<h2>%1</h2><div class=\"reference\">%2</div>").arg(q->prompt.toHtmlEscaped(), markdownToHtml(q->reference));
        }
        html += QStringLiteral("</section>");
    }
    return html;
}

QString transcriptDocument(const SessionReport &report, const PackLibrary &library, const TranscriptOptions &options, bool standalone)
{
    PageOptions page;
    page.title = translatedTranscriptLabels().title + QStringLiteral(" — ") + report.info.packTitle;
    page.language = report.info.language;
    page.charts = true;
    page.print = !standalone;
    page.standalone = standalone;
    return htmlDocument(transcriptHtml(report, library, options, translatedTranscriptLabels(), translatedReportLabels(), translatedScoreLabels()),
                        page);
}

} // namespace mi
