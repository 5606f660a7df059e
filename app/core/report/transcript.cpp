#include "transcript.h"

#include "htmldocument.h"
#include "markdown.h"
#include "pagelabels.h"
#include "scorehtml.h"

#include <algorithm>

namespace mi {

TranscriptSections transcriptSections(const SessionReport &report, const PackLibrary &library, const TranscriptOptions &options,
                                      const TranscriptLabels &l, const ReportLabels &reportLabels, const ScoreHtmlLabels &scoreLabels)
{
    TranscriptSections sections;
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

    sections.front = html + sessionSummaryHtml(report, reportLabels);

    // In print the references go to the appendix, so turns stay compact.
    const QString noReference;
    const auto turnBody = [&](const Turn &t) {
        return scoreHtml(t, noReference, language, scoreLabels) + turnReviewHtml(t, options.review.turn(t.index), l.review);
    };
    for (const Turn &t : report.turns)
        sections.turns.append(sessionTurnHtml(t, reportLabels, turnBody, false));

    if (options.includeReferences) {
        QString &appendix = sections.back;
        appendix += QStringLiteral("<section class=\"appendix\"><h1>%1</h1>").arg(l.appendix.toHtmlEscaped());
        QStringList seen;
        for (const Turn &t : report.turns) {
            const Question *q = library.question(t.questionId);
            if (!q || seen.contains(q->id))
                continue;
            seen.append(q->id);
            appendix += QStringLiteral("<h2>%1</h2><div class=\"reference\">%2</div>").arg(q->prompt.toHtmlEscaped(), markdownToHtml(q->reference));
        }
        appendix += QStringLiteral("</section>");
    }
    return sections;
}

QString transcriptHtml(const SessionReport &report, const PackLibrary &library, const TranscriptOptions &options,
                       const TranscriptLabels &labels, const ReportLabels &reportLabels, const ScoreHtmlLabels &scoreLabels)
{
    const TranscriptSections s = transcriptSections(report, library, options, labels, reportLabels, scoreLabels);
    return s.front + s.turns.join(QString()) + s.back;
}

QList<QStringList> splitTranscript(const TranscriptSections &sections, int parts)
{
    parts = std::clamp(parts, 1, std::max(1, int(sections.turns.size())));
    qsizetype total = sections.front.size() + sections.back.size();
    for (const QString &turn : sections.turns)
        total += turn.size();
    QList<QStringList> pieces(parts);
    pieces.first().append(sections.front);
    qsizetype done = sections.front.size();
    int part = 0;
    for (qsizetype i = 0; i < sections.turns.size(); ++i) {
        // Move on once this part has its share, keeping a turn for each part after it.
        const qsizetype turnsLeft = sections.turns.size() - i;
        const bool shareReached = done >= total * (part + 1) / parts && pieces[part].size() > (part == 0 ? 1 : 0);
        if (part + 1 < parts && (shareReached || turnsLeft == parts - part - 1))
            ++part;
        pieces[part].append(sections.turns[i]);
        done += sections.turns[i].size();
    }
    pieces.last().append(sections.back);
    return pieces;
}

static PageOptions transcriptPage(const SessionReport &report, bool standalone)
{
    PageOptions page;
    page.title = translatedTranscriptLabels().title + QStringLiteral(" — ") + report.info.packTitle;
    page.language = report.info.language;
    page.print = !standalone;
    page.standalone = standalone;
    return page;
}

QString transcriptDocument(const SessionReport &report, const PackLibrary &library, const TranscriptOptions &options, bool standalone)
{
    return htmlDocument(transcriptHtml(report, library, options, translatedTranscriptLabels(), translatedReportLabels(), translatedScoreLabels()),
                        transcriptPage(report, standalone));
}

QStringList transcriptPrintDocuments(const SessionReport &report, const PackLibrary &library, const TranscriptOptions &options, int parts)
{
    const TranscriptSections sections =
        transcriptSections(report, library, options, translatedTranscriptLabels(), translatedReportLabels(), translatedScoreLabels());
    QStringList documents;
    for (const QStringList &piece : splitTranscript(sections, parts))
        documents.append(htmlDocument(piece.join(QString()), transcriptPage(report, false)));
    return documents;
}

} // namespace mi
