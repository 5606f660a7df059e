#pragma once

#include "sessionreport.h"

namespace mi {

// The average score of each round as a horizontal bar chart in inline SVG:
// vector in print, no script to run, themed by the stylesheet. Bar lengths
// are SVG attributes in percent, which the page's Content-Security-Policy
// allows (inline style attributes it does not).
QString roundChartSvg(const QList<RoundSummary> &rounds, const QString &label);

} // namespace mi
