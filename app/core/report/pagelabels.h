#pragma once

#include "progresshtml.h"
#include "reviewhtml.h"
#include "scorehtml.h"
#include "sessionreport.h"
#include "transcript.h"

namespace mi {

// The words of our generated pages in the user's language (translation
// context "Pages"), shared by the GUI and the CLI's export.
ScoreHtmlLabels translatedScoreLabels();
ReportLabels translatedReportLabels();
ProgressLabels translatedProgressLabels();
TranscriptLabels translatedTranscriptLabels();
ReviewHtmlLabels translatedReviewLabels();

} // namespace mi
