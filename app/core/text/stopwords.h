#pragma once

#include <QString>

namespace mi {

// Words that carry no topic: function words of both languages and spoken fillers.
bool isStopword(const QString &normalizedToken);
bool isFillerWord(const QString &normalizedToken);

} // namespace mi
