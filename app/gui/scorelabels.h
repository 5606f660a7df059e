#pragma once

#include "report/scorehtml.h"

// The scoring panel's headings in the user's language.
mi::ScoreHtmlLabels translatedScoreLabels();
