#pragma once

#include "mentor/mentortypes.h"
#include "packs/packlibrary.h"
#include "reviewhtml.h"
#include "scorehtml.h"
#include "sessionreport.h"

namespace mi {

struct TranscriptOptions {
    QString candidate;            // optional, shown on the cover
    bool includeReferences = false; // an appendix with the reference answers
    SessionReview review;           // the mentor's, if any: verdict on the cover, overrides and comments per turn
};

struct TranscriptLabels {
    QString title, candidate, pack, date, duration, overall, mode, appendix, question;
    ReviewHtmlLabels review;
};

// The practice transcript for printing: a cover, the session report (round
// summaries with their chart, weakest points), every turn without its
// reference, and optionally an appendix with the reference answers.
QString transcriptHtml(const SessionReport &report, const PackLibrary &library, const TranscriptOptions &options,
                       const TranscriptLabels &labels, const ReportLabels &reportLabels, const ScoreHtmlLabels &scoreLabels);

// The complete transcript page, in the user's language: for printing (PDF)
// or stand-alone (an HTML file with the stylesheet inlined and no scripts).
QString transcriptDocument(const SessionReport &report, const PackLibrary &library, const TranscriptOptions &options, bool standalone);

} // namespace mi
