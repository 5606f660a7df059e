#pragma once

#include "scoring/scoringtypes.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <optional>

namespace mi {

// A mentor's judgement of one rubric point, beside the machine's hit/miss.
enum class PointJudgement { Hit, Partial, Miss };

QString judgementKey(PointJudgement judgement);                      // hit | partial | miss
std::optional<PointJudgement> judgementFromKey(const QString &key);  // nullopt for anything else
double judgementCredit(PointJudgement judgement);                    // 1, 0.5, 0

struct Authored {
    QString author;
    QDateTime at; // UTC
};

struct PointOverride : Authored {
    int position = 0; // index into the turn's ScoreResult::points
    PointJudgement judgement = PointJudgement::Hit;
    QString reason;
};

struct ScoreOverride : Authored {
    double score = 0; // 0..100
    QString reason;
};

// A remark on an answer, or on a span of it when spanStart >= 0 (UTF-16
// offsets into the answer text; `quote` keeps the words in case the text changes).
struct MentorComment : Authored {
    QString uid;
    int spanStart = -1;
    int spanLength = 0;
    QString quote;
    QString text;
};

enum class Recommendation { None, StrongHire, Hire, LeanNo, No };
QString recommendationKey(Recommendation r); // "", strong_hire, hire, lean_no, no
std::optional<Recommendation> recommendationFromKey(const QString &key);

struct Verdict : Authored {
    QString level; // free text, e.g. "P6", "senior SRE"
    Recommendation recommendation = Recommendation::None;
    QString strengths;
    QString improvements;
};

struct TurnReview {
    QMap<int, PointOverride> points; // by position
    std::optional<ScoreOverride> score;
    QList<MentorComment> comments;   // oldest first

    bool isEmpty() const { return points.isEmpty() && !score && comments.isEmpty(); }
};

struct SessionReview {
    QMap<int, TurnReview> turns; // by turn index
    std::optional<Verdict> verdict;

    bool isEmpty() const;
    TurnReview turn(int index) const { return turns.value(index); }
};

// The mentor's score for an answer: an explicit score override wins; else the
// automatic score moved by the point overrides (each core or bonus point's
// change of credit, weighted like the rubric's core points); nullopt when the
// mentor changed nothing. The automatic score itself is never replaced.
std::optional<double> mentorScore(const ScoreResult &automatic, const TurnReview &review);

} // namespace mi
