#include "roundchart.h"

#include <cmath>

namespace mi {

namespace {
constexpr int rowHeight = 34; // round title, then its bar
constexpr int barTop = 17;
constexpr int barHeight = 12;
constexpr int axisHeight = 18;

QString percent(double value) { return QString::number(std::clamp(value, 0.0, 100.0), 'f', 1) + u'%'; }
} // namespace

QString roundChartSvg(const QList<RoundSummary> &rounds, const QString &label)
{
    const int plotHeight = int(rounds.size()) * rowHeight;
    QString svg = QStringLiteral("<svg class=\"round-chart\" width=\"100%\" height=\"%1\" role=\"img\" aria-label=\"%2\">")
                      .arg(plotHeight + axisHeight)
                      .arg(label.toHtmlEscaped());
    // Scale labels under the plot, with a short mark above each.
    for (int tick = 0; tick <= 100; tick += 25) {
        const QString anchor = tick == 0 ? QStringLiteral("start") : tick == 100 ? QStringLiteral("end") : QStringLiteral("middle");
        svg += QStringLiteral("<line class=\"grid\" x1=\"%1\" x2=\"%1\" y1=\"%2\" y2=\"%3\"/><text class=\"tick\" x=\"%1\" y=\"%4\" text-anchor=\"%5\">%6</text>")
                   .arg(percent(tick))
                   .arg(plotHeight)
                   .arg(plotHeight + 4)
                   .arg(plotHeight + axisHeight - 2)
                   .arg(anchor)
                   .arg(tick);
    }
    for (int i = 0; i < rounds.size(); ++i) {
        const RoundSummary &round = rounds[i];
        const double average = std::round(round.average * 10.0) / 10.0;
        const int top = i * rowHeight;
        // A long bar carries its value inside, a short one just after it.
        const bool inside = average > 85;
        svg += QStringLiteral("<text class=\"label\" x=\"0\" y=\"%1\">%2</text>").arg(top + 13).arg(round.title.toHtmlEscaped());
        // The full-width track shows the scale the bar fills.
        svg += QStringLiteral("<rect class=\"track\" x=\"0\" y=\"%1\" width=\"100%\" height=\"%2\"/>").arg(top + barTop).arg(barHeight);
        svg += QStringLiteral("<rect class=\"bar\" x=\"0\" y=\"%1\" width=\"%2\" height=\"%3\"><title>%4: %5</title></rect>")
                   .arg(top + barTop)
                   .arg(percent(average))
                   .arg(barHeight)
                   .arg(round.title.toHtmlEscaped())
                   .arg(average);
        svg += QStringLiteral("<text class=\"value%1\" x=\"%2\" dx=\"%3\" y=\"%4\" text-anchor=\"%5\">%6</text>")
                   .arg(inside ? QStringLiteral(" inside") : QString(), percent(average), inside ? QStringLiteral("-4") : QStringLiteral("4"))
                   .arg(top + barTop + barHeight - 2)
                   .arg(inside ? QStringLiteral("end") : QStringLiteral("start"))
                   .arg(average);
    }
    return svg + QStringLiteral("</svg>");
}

} // namespace mi
