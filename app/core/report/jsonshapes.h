#pragma once

#include "engine/turn.h"
#include "packs/pack.h"
#include "scoring/scoringtypes.h"
#include "storage/sessionrepository.h"

#include <QJsonArray>
#include <QJsonObject>

namespace mi {

// The CLI's JSON shapes. Other tools parse them: add fields, never rename or
// drop one (see README, "CLI").
QJsonObject packJson(const Pack &pack);                 // {id, title, language, questions}
QJsonObject questionJson(const Question &question);     // {id, pack, round, prompt, source}
QJsonArray pointsJson(const ScoreResult &score);        // [{id, text, weight, hit, evidence, ...}]
QJsonObject turnJson(const Turn &turn);                 // {turn, kind, question_id, prompt, reason, answer, score, ...}
QJsonObject sessionJson(const SessionInfo &session);    // {id, pack, started, turns, overall}

} // namespace mi
