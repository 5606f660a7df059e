#pragma once

#include <QString>

namespace mi {

struct DeliveryHtmlLabels {
    QString spoken, speaking, pace, wordsPerMinute, charactersPerMinute, fillers, longPauses, tooShort;
};

// How a spoken answer was delivered (from the turn's delivery JSON, as the
// speech library writes it): speaking time, pace, fillers, long pauses, a
// too-short warning. Empty for typed answers or unreadable JSON. Escaped.
QString deliveryHtml(const QString &deliveryJson, const DeliveryHtmlLabels &labels);

} // namespace mi
