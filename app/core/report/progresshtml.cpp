#include "progresshtml.h"

#include "htmldocument.h"
#include "sessionreport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <cmath>

namespace mi {
namespace {

const char *const kColours[] = {"#4493f8", "#3fb950", "#d29922", "#f85149", "#a371f7", "#db61a2", "#39c5cf", "#8b949e"};

// series name → (x label → value); x labels in the given order.
QString lineChart(const QString &id, const QString &label, const QStringList &xLabels, const QMap<QString, QMap<QString, double>> &series)
{
    QJsonArray datasets;
    int colour = 0;
    for (auto it = series.cbegin(); it != series.cend(); ++it, ++colour) {
        QJsonArray values;
        for (const QString &x : xLabels)
            values.append(it.value().contains(x) ? QJsonValue(std::round(it.value().value(x) * 10.0) / 10.0) : QJsonValue());
        const QString c = QString::fromLatin1(kColours[colour % int(std::size(kColours))]);
        datasets.append(QJsonObject{{"label", it.key()}, {"data", values}, {"borderColor", c}, {"backgroundColor", c}, {"spanGaps", true}});
    }
    const QJsonObject config{{"type", "line"},
                             {"data", QJsonObject{{"labels", QJsonArray::fromStringList(xLabels)}, {"datasets", datasets}}},
                             {"options", QJsonObject{{"scales", QJsonObject{{"y", QJsonObject{{"min", 0}, {"max", 100}}}}}}}};
    return QStringLiteral("<div class=\"chart\"><canvas data-chart=\"%1\" role=\"img\" aria-label=\"%2\"></canvas></div>")
               .arg(id, label.toHtmlEscaped())
        + jsonDataBlock(id, config);
}

} // namespace

QString progressHtml(const QList<StoredSession> &sessions, const PackLibrary &library, const ProgressLabels &l)
{
    QString html = QStringLiteral("<h1>%1</h1>").arg(l.title.toHtmlEscaped());
    if (sessions.isEmpty())
        return html + QStringLiteral("<p class=\"muted\">%1</p>").arg(l.noSessions.toHtmlEscaped());

    QList<StoredSession> ordered = sessions;
    std::sort(ordered.begin(), ordered.end(), [](const StoredSession &a, const StoredSession &b) { return a.info.startedAt < b.info.startedAt; });
    QStringList xLabels;
    QMap<QString, QMap<QString, double>> byPack;
    QMap<QString, QMap<QString, QPair<double, int>>> topicSums;
    for (const StoredSession &s : ordered) {
        // One point per session, labelled by its start; sessions in the same minute get their id.
        QString x = s.info.startedAt.toLocalTime().toString(QStringLiteral("MM-dd HH:mm"));
        if (xLabels.contains(x))
            x += QStringLiteral(" #%1").arg(s.info.id);
        xLabels.append(x);
        const SessionReport report = buildSessionReport(s, library);
        if (!s.turns.isEmpty())
            byPack[s.info.packTitle.isEmpty() ? s.info.packId : s.info.packTitle][x] = report.overall;
        for (const Turn &t : s.turns) {
            const Question *q = library.question(t.questionId);
            if (!q || !t.score || t.kind != TurnKind::Question)
                continue;
            for (const QString &tag : q->tags) {
                auto &sum = topicSums[tag][x];
                sum.first += t.score->score;
                sum.second += 1;
            }
        }
    }
    // The six topics practised most.
    QList<QPair<int, QString>> topicCounts;
    for (auto it = topicSums.cbegin(); it != topicSums.cend(); ++it) {
        int n = 0;
        for (const auto &sum : it.value())
            n += sum.second;
        topicCounts.append({n, it.key()});
    }
    std::sort(topicCounts.begin(), topicCounts.end(), [](const auto &a, const auto &b) { return a.first != b.first ? a.first > b.first : a.second < b.second; });
    QMap<QString, QMap<QString, double>> byTopic;
    for (int i = 0; i < std::min<qsizetype>(6, topicCounts.size()); ++i) {
        const QString &tag = topicCounts[i].second;
        for (auto it = topicSums[tag].cbegin(); it != topicSums[tag].cend(); ++it)
            byTopic[tag][it.key()] = it.value().first / it.value().second;
    }

    html += QStringLiteral("<h2>%1</h2>").arg(l.byPack.toHtmlEscaped()) + lineChart(QStringLiteral("progress-by-pack"), l.byPack, xLabels, byPack);
    html += QStringLiteral("<h2>%1</h2>").arg(l.byTopic.toHtmlEscaped()) + lineChart(QStringLiteral("progress-by-topic"), l.byTopic, xLabels, byTopic);
    const QList<WeakPoint> weakest = weakestPoints(ordered, 12);
    if (!weakest.isEmpty()) {
        html += QStringLiteral("<h2>%1</h2><table>").arg(l.weakest.toHtmlEscaped());
        for (const WeakPoint &w : weakest)
            html += QStringLiteral("<tr><td>%1</td><td class=\"muted\">%2</td><td>%3</td></tr>")
                        .arg(w.text.toHtmlEscaped(), w.questionId.toHtmlEscaped(), l.missedOf.arg(w.missed).arg(w.asked).toHtmlEscaped());
        html += QStringLiteral("</table>");
    }
    return html;
}

QString compareHtml(const QList<std::pair<SessionInfo, Turn>> &attempts, const std::function<QString(const Turn &)> &turnHtml)
{
    if (attempts.isEmpty())
        return {};
    QString html = QStringLiteral("<h1>%1</h1><div class=\"compare\">").arg(attempts.first().second.prompt.toHtmlEscaped());
    for (const auto &[session, turn] : attempts)
        html += QStringLiteral("<div><h3>%1 · %2</h3>%3</div>")
                    .arg(session.startedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")).toHtmlEscaped(),
                         session.packTitle.toHtmlEscaped(), turnHtml(turn));
    return html + QStringLiteral("</div>");
}

} // namespace mi
