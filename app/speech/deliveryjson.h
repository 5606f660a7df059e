#pragma once

#include "common/error.h"
#include "delivery.h"

#include <QJsonObject>

namespace mi {

// Delivery figures as stored with an answer (answers.delivery) and printed by
// the CLI: {audio_ms, speaking_ms, pace, pace_unit, filler_count, fillers,
// long_pauses, longest_pause_ms, too_short}. Reading is strict about types so
// a damaged row is an error, not zeros that look measured.
QJsonObject deliveryToJson(const DeliveryFigures &figures);
Result<DeliveryFigures> deliveryFromJson(const QJsonObject &json);

// The same as one compact JSON text, for Turn::deliveryJson.
QString deliveryJsonText(const DeliveryFigures &figures);
Result<DeliveryFigures> parseDeliveryJson(const QString &text);

} // namespace mi
