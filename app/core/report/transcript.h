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

// The practice transcript in its three sections: the front (a cover, the
// round summaries with their chart, the weakest points), every turn without
// its reference, and the back (optionally an appendix with the reference
// answers).
struct TranscriptSections {
    QString front;
    QStringList turns;
    QString back;
};
TranscriptSections transcriptSections(const SessionReport &report, const PackLibrary &library, const TranscriptOptions &options,
                                      const TranscriptLabels &labels, const ReportLabels &reportLabels, const ScoreHtmlLabels &scoreLabels);
// The sections in one piece.
QString transcriptHtml(const SessionReport &report, const PackLibrary &library, const TranscriptOptions &options,
                       const TranscriptLabels &labels, const ReportLabels &reportLabels, const ScoreHtmlLabels &scoreLabels);

// The complete transcript page, in the user's language: for printing (PDF)
// or stand-alone (an HTML file with the stylesheet inlined and no scripts).
QString transcriptDocument(const SessionReport &report, const PackLibrary &library, const TranscriptOptions &options, bool standalone);

// Up to `parts` pieces of about equal length, split between turns, in order:
// the front goes with the first piece and the back with the last. Chromium
// prints each piece in its own process, so on several cores a long
// transcript prints faster in pieces (40 turns on two cores: 0.9 s instead
// of 1.2 s from loading to printed bytes); each piece starts on a new page.
QList<QStringList> splitTranscript(const TranscriptSections &sections, int parts);
// The print documents of those pieces, in the user's language.
QStringList transcriptPrintDocuments(const SessionReport &report, const PackLibrary &library, const TranscriptOptions &options, int parts);

} // namespace mi
