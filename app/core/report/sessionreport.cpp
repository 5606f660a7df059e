#include "sessionreport.h"

#include "htmldocument.h"
#include "roundchart.h"

#include <QHash>
#include <QUrl>
#include <algorithm>
#include <cmath>

namespace mi {

QString formatDuration(qint64 ms)
{
    const qint64 s = ms / 1000;
    if (s >= 3600)
        return QStringLiteral("%1:%2:%3").arg(s / 3600).arg((s / 60) % 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

QList<WeakPoint> weakestPoints(const QList<StoredSession> &sessions, int limit)
{
    QHash<QString, WeakPoint> byKey;
    QStringList order;
    for (const StoredSession &session : sessions)
        for (const Turn &t : session.turns) {
            if (t.kind != TurnKind::Question || !t.score)
                continue;
            for (const PointResult &p : t.score->points) {
                if (p.kind != PointKind::Core)
                    continue;
                const QString key = t.questionId + u'/' + p.id;
                if (!byKey.contains(key)) {
                    byKey.insert(key, WeakPoint{t.questionId, p.id, p.text, p.weight, 0, 0});
                    order.append(key);
                }
                WeakPoint &w = byKey[key];
                ++w.asked;
                w.missed += p.hit ? 0 : 1;
            }
        }
    QList<WeakPoint> points;
    for (const QString &key : order)
        if (byKey.value(key).missed > 0)
            points.append(byKey.value(key));
    std::stable_sort(points.begin(), points.end(), [](const WeakPoint &a, const WeakPoint &b) {
        return a.missed != b.missed ? a.missed > b.missed : a.weight > b.weight;
    });
    if (points.size() > limit)
        points.resize(limit);
    return points;
}

SessionReport buildSessionReport(const StoredSession &session, const PackLibrary &library)
{
    SessionReport r{session.info, session.turns, {}, 0, 0, weakestPoints({session}, 8)};
    double sum = 0;
    int scored = 0;
    QHash<QString, int> roundIndex;
    for (const Turn &t : session.turns) {
        r.totalTimeMs += t.elapsedMs;
        if (!roundIndex.contains(t.roundId)) {
            roundIndex.insert(t.roundId, int(r.rounds.size()));
            const Pack *pack = library.pack(session.info.packId);
            const Round *round = pack ? pack->round(t.roundId) : nullptr;
            r.rounds.append({t.roundId, round ? round->title : t.roundId});
        }
        RoundSummary &summary = r.rounds[roundIndex.value(t.roundId)];
        summary.timeMs += t.elapsedMs;
        if (!t.score)
            continue;
        summary.average = (summary.average * summary.turns + t.score->score) / (summary.turns + 1);
        ++summary.turns;
        sum += t.score->score;
        ++scored;
    }
    r.overall = scored ? std::round(sum / scored * 10.0) / 10.0 : 0;
    return r;
}

QString sessionSummaryHtml(const SessionReport &r, const ReportLabels &l)
{
    QString html = QStringLiteral("<h1>%1</h1><p class=\"muted\">%2</p>")
                       .arg(r.info.packTitle.toHtmlEscaped(), r.info.startedAt.toLocalTime().toString(Qt::ISODate).toHtmlEscaped());
    html += QStringLiteral("<div class=\"kpis\"><div>%1<b>%2</b></div><div>%3<b>%4</b></div><div>%5<b>%6</b></div></div>")
                .arg(l.overall.toHtmlEscaped())
                .arg(r.overall)
                .arg(l.turns.toHtmlEscaped())
                .arg(r.turns.size())
                .arg(l.time.toHtmlEscaped(), formatDuration(r.totalTimeMs));
    html += QStringLiteral("<h2>%1</h2>").arg(l.rounds.toHtmlEscaped()) + roundChartSvg(r.rounds, l.roundChart);
    html += QStringLiteral("<table><tr><th></th><th>%1</th><th>%2</th><th>%3</th></tr>").arg(l.turns.toHtmlEscaped(), l.overall.toHtmlEscaped(), l.time.toHtmlEscaped());
    for (const RoundSummary &s : r.rounds)
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                    .arg(s.title.toHtmlEscaped())
                    .arg(s.turns)
                    .arg(std::round(s.average * 10.0) / 10.0)
                    .arg(formatDuration(s.timeMs));
    html += QStringLiteral("</table>");
    if (!r.weakest.isEmpty()) {
        html += QStringLiteral("<h2>%1</h2><table>").arg(l.weakest.toHtmlEscaped());
        for (const WeakPoint &w : r.weakest)
            html += QStringLiteral("<tr><td>%1</td><td class=\"muted\">%2</td><td>×%3</td></tr>")
                        .arg(w.text.toHtmlEscaped(), w.questionId.toHtmlEscaped())
                        .arg(w.weight);
        html += QStringLiteral("</table>");
    }
    return html;
}

QString sessionTurnHtml(const Turn &t, const ReportLabels &l, const std::function<QString(const Turn &)> &turnHtml, bool compareLinks)
{
    QString html = QStringLiteral("<div class=\"turn\"><h2>%1. %2%3 <small class=\"muted\">%4</small></h2>")
                       .arg(t.index + 1)
                       .arg(t.kind == TurnKind::FollowUp ? QStringLiteral("↳ ") : QString(), t.prompt.toHtmlEscaped(),
                            t.answered() ? formatDuration(t.elapsedMs) : QString());
    if (compareLinks && t.kind == TurnKind::Question)
        html += QStringLiteral("<p><a href=\"mi://compare/%1\">%2</a></p>")
                    .arg(QString::fromLatin1(QUrl::toPercentEncoding(t.questionId)), l.compare.toHtmlEscaped());
    return html + turnHtml(t) + QStringLiteral("</div>");
}

QString sessionReportHtml(const SessionReport &r, const ReportLabels &l, const std::function<QString(const Turn &)> &turnHtml, bool compareLinks)
{
    QString html = sessionSummaryHtml(r, l);
    for (const Turn &t : r.turns)
        html += sessionTurnHtml(t, l, turnHtml, compareLinks);
    return html;
}

} // namespace mi
