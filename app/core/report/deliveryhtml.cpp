#include "deliveryhtml.h"

#include "sessionreport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mi {

QString deliveryHtml(const QString &deliveryJson, const DeliveryHtmlLabels &l)
{
    const QJsonObject d = QJsonDocument::fromJson(deliveryJson.toUtf8()).object();
    if (d.isEmpty() || !d.value(QLatin1String("speaking_ms")).isDouble())
        return {};
    const auto figure = [](const QString &label, const QString &value) {
        return QStringLiteral("<span class=\"figure\"><span class=\"label\">%1</span> %2</span>").arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    const QString unit = d.value(QLatin1String("pace_unit")).toString() == u"cpm" ? l.charactersPerMinute : l.wordsPerMinute;
    QStringList fillers;
    for (const QJsonValue &f : d.value(QLatin1String("fillers")).toArray())
        fillers << f.toString();
    fillers.removeDuplicates();
    QString html = QStringLiteral("<div class=\"delivery\"><strong>%1</strong> ").arg(l.spoken.toHtmlEscaped());
    html += figure(l.speaking, formatDuration(qint64(d.value(QLatin1String("speaking_ms")).toDouble())));
    html += figure(l.pace, QStringLiteral("%1 %2").arg(qRound(d.value(QLatin1String("pace")).toDouble())).arg(unit));
    html += figure(l.fillers, QString::number(d.value(QLatin1String("fillers")).toArray().size())
                                  + (fillers.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(fillers.join(QStringLiteral(", ")))));
    html += figure(l.longPauses, QString::number(d.value(QLatin1String("long_pauses")).toInt()));
    if (d.value(QLatin1String("too_short")).toBool())
        html += QStringLiteral("<span class=\"too-short\">%1</span>").arg(l.tooShort.toHtmlEscaped());
    return html + QStringLiteral("</div>");
}

} // namespace mi
