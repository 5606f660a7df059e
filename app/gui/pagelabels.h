#pragma once

#include "report/progresshtml.h"
#include "report/scorehtml.h"
#include "report/sessionreport.h"

// The words of our generated pages, in the user's language.
mi::ScoreHtmlLabels translatedScoreLabels();
mi::ReportLabels translatedReportLabels();
mi::ProgressLabels translatedProgressLabels();
