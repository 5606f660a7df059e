#include "referencepoints.h"

#include "referencesentences.h"
#include "softmatch.h"

#include <QRegularExpression>
#include <algorithm>
#include <cmath>

namespace mi {

bool asksForEnumeration(const QString &question)
{
    static const QRegularExpression cue(
        QStringLiteral(R"(有哪些|哪几|几种|几类|几个方面|分为|分成|包括哪|包含哪|有什么类型|哪些类型|哪些方式|哪些形式|哪些特点|哪些原则|列举|\bwhat are the\b|\bname (?:the|some|two|three)\b|\blist\b|\btypes of\b|\bkinds of\b)"),
        QRegularExpression::CaseInsensitiveOption);
    return cue.match(question).hasMatch();
}

QList<RubricPoint> referencePoints(const QString &reference, const QString &question, const CorpusStats &corpus, int maxPoints)
{
    const QSet<quint64> questionUnits = unitKeysOf(question);
    struct Item {
        QString text;
        double mass;
        int order;
    };
    QList<Item> items;
    for (const ReferenceSentence &s : referenceSentences(reference)) {
        for (const QString &item : enumerationItems(s.text)) {
            const SoftTarget target = makeSoftTarget(item, corpus, questionUnits);
            // An item that is all question words (or one lone character) says nothing to look for.
            if (target.total < 2.0)
                continue;
            items.append({item, target.total, int(items.size())});
        }
    }
    if (items.size() > maxPoints) {
        // The items that say most, kept in reference order.
        std::sort(items.begin(), items.end(), [](const Item &a, const Item &b) { return a.mass > b.mass; });
        items.resize(maxPoints);
        std::sort(items.begin(), items.end(), [](const Item &a, const Item &b) { return a.order < b.order; });
    }
    QList<RubricPoint> points;
    for (const Item &item : items) {
        RubricPoint p;
        p.id = QStringLiteral("item-%1").arg(points.size() + 1);
        p.text = item.text;
        p.weight = std::sqrt(item.mass);
        points.append(p);
    }
    return points;
}

} // namespace mi
