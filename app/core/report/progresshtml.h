#pragma once

#include "packs/packlibrary.h"
#include "storage/sessionrepository.h"

#include <functional>

namespace mi {

struct ProgressLabels {
    QString title, byPack, byTopic, weakest, noSessions, missedOf;
};

// Progress over time: the overall score of each session per pack, and the
// average score per topic tag per session, as line charts; then the points
// missed most often across all sessions.
QString progressHtml(const QList<StoredSession> &sessions, const PackLibrary &library, const ProgressLabels &labels);

// Two (or more) attempts at one question side by side, oldest first.
QString compareHtml(const QList<std::pair<SessionInfo, Turn>> &attempts, const std::function<QString(const Turn &)> &turnHtml);

} // namespace mi
