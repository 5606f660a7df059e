#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace mi {

enum class PointKind { Core, Bonus, Misconception };

// One thing a good answer covers (or, for a misconception, a wrong belief it states).
struct RubricPoint {
    QString id;
    QString text;
    double weight = 1.0;
    PointKind kind = PointKind::Core;
    QStringList aliases;
};

enum class TriggerKind { Missed, Mentioned, ScoreBand, Always };

struct Trigger {
    TriggerKind kind = TriggerKind::Always;
    QStringList pointIds; // Missed
    QStringList terms;    // Mentioned
    int low = 0;          // ScoreBand, inclusive
    int high = 100;       // ScoreBand, inclusive
};

struct FollowUp {
    QString id;
    QString prompt;
    Trigger trigger;
    QString reference;          // Markdown, may be empty
    QList<RubricPoint> rubric;  // may be empty: then parent points are used
};

struct Source {
    QString seed;
    QString locator;
};

struct Question {
    QString id;
    QString packId;
    QString roundId;
    QString prompt;
    QString context;
    int difficulty = 3;
    int timeLimitSeconds = 180;
    QStringList tags;
    QString reference; // Markdown
    QList<RubricPoint> rubric;
    QList<FollowUp> followUps;
    Source source;
    int line = 0; // where the question starts in its file, for messages

    const RubricPoint *point(const QString &pointId) const;
    const FollowUp *followUp(const QString &followUpId) const;
};

struct Round {
    QString id;
    QString title;
    QString intro;
    QList<Question> questions;
};

struct Pack {
    QString id;
    QString title;
    QString language; // "zh" or "en"
    QStringList tags;
    QString description;
    QList<Round> rounds;
    QString filePath;

    int questionCount() const;
    const Question *question(const QString &questionId) const;
    const Round *round(const QString &roundId) const;
};

} // namespace mi
