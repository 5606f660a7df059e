#pragma once

#include "common/error.h"
#include "engine/turn.h"
#include "mentor/mentortypes.h"
#include "packs/pack.h"
#include "storage/sessionrepository.h"

#include <QJsonObject>

namespace mi {

// Lossless JSON for what a bundle carries. Readers check types and required
// fields and name the first bad one ("turns[3].score.points[1].weight"), so a
// hand-edited or foreign manifest is refused before anything is written.
QJsonObject sessionInfoToJson(const SessionInfo &info);
Result<SessionInfo> sessionInfoFromJson(const QJsonObject &o);

QJsonObject turnToJson(const Turn &turn);
Result<Turn> turnFromJson(const QJsonObject &o, const QString &where);

QJsonObject reviewToJson(const SessionReview &review);
Result<SessionReview> reviewFromJson(const QJsonObject &o);

QJsonObject questionSnapshotToJson(const Question &question);
Result<Question> questionSnapshotFromJson(const QJsonObject &o, const QString &where);

} // namespace mi
