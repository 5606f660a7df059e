#pragma once

#include "packs/packlibrary.h"
#include "storage/sessionrepository.h"

#include <QList>
#include <functional>

namespace mi {

struct RoundSummary {
    QString roundId;
    QString title;
    int turns = 0;
    double average = 0;
    qint64 timeMs = 0;
};

// A rubric point the candidate missed, with how often (in this session or in
// all history) — the "weakest points".
struct WeakPoint {
    QString questionId;
    QString pointId;
    QString text;
    double weight = 0;
    int missed = 0;
    int asked = 0;
};

// What a finished (or stopped) session amounts to.
struct SessionReport {
    SessionInfo info;
    QList<Turn> turns;
    QList<RoundSummary> rounds; // in the order first asked
    double overall = 0;
    qint64 totalTimeMs = 0;
    QList<WeakPoint> weakest;   // most missed first, then heaviest
};

SessionReport buildSessionReport(const StoredSession &session, const PackLibrary &library);
// Weak points over many sessions (core points of question turns).
QList<WeakPoint> weakestPoints(const QList<StoredSession> &sessions, int limit);

struct ReportLabels {
    QString overall, turns, time, rounds, roundChart, weakest, compare;
};

// The session report page body: key figures, a chart of round averages, the
// weakest points, then every turn's scoring panel. `turnHtml` renders a turn
// (the GUI passes scoreHtml with translated labels).
QString sessionReportHtml(const SessionReport &report, const ReportLabels &labels,
                          const std::function<QString(const Turn &)> &turnHtml, bool compareLinks);
// Its two halves: everything before the turns, and one turn.
QString sessionSummaryHtml(const SessionReport &report, const ReportLabels &labels);
QString sessionTurnHtml(const Turn &turn, const ReportLabels &labels, const std::function<QString(const Turn &)> &turnHtml, bool compareLinks);

QString formatDuration(qint64 ms); // "3:07" or "1:02:03"

} // namespace mi
