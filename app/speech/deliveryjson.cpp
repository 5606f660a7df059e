#include "deliveryjson.h"

#include "common/trcontexts.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace mi {

QJsonObject deliveryToJson(const DeliveryFigures &d)
{
    return QJsonObject {{"audio_ms", d.audioMs}, {"speaking_ms", d.speakingMs}, {"pace", d.pace}, {"pace_unit", d.paceUnit},
        {"filler_count", d.fillerCount}, {"fillers", QJsonArray::fromStringList(d.fillers)}, {"long_pauses", d.longPauses},
        {"longest_pause_ms", d.longestPauseMs}, {"too_short", d.tooShort}};
}

Result<DeliveryFigures> deliveryFromJson(const QJsonObject &json)
{
    for (const char *key : {"audio_ms", "speaking_ms", "pace", "filler_count", "long_pauses", "longest_pause_ms"})
        if (!json.value(QLatin1String(key)).isDouble())
            return fail(Speech::tr("delivery figures: '%1' is missing or not a number").arg(QLatin1String(key)));
    if (!json.value("pace_unit").isString() || !json.value("fillers").isArray() || !json.value("too_short").isBool())
        return fail(Speech::tr("delivery figures: pace_unit, fillers or too_short is missing or of the wrong type"));
    DeliveryFigures d;
    d.audioMs = json.value("audio_ms").toInteger();
    d.speakingMs = json.value("speaking_ms").toInteger();
    d.pace = json.value("pace").toDouble();
    d.paceUnit = json.value("pace_unit").toString();
    d.fillerCount = json.value("filler_count").toInt();
    for (const QJsonValue &f : json.value("fillers").toArray())
        d.fillers.append(f.toString());
    d.longPauses = json.value("long_pauses").toInt();
    d.longestPauseMs = json.value("longest_pause_ms").toInteger();
    d.tooShort = json.value("too_short").toBool();
    return d;
}

QString deliveryJsonText(const DeliveryFigures &figures)
{
    return QString::fromUtf8(QJsonDocument(deliveryToJson(figures)).toJson(QJsonDocument::Compact));
}

Result<DeliveryFigures> parseDeliveryJson(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (!doc.isObject())
        return fail(Speech::tr("delivery figures are not a JSON object: %1").arg(error.errorString()));
    return deliveryFromJson(doc.object());
}

} // namespace mi
