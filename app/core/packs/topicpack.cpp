#include "topicpack.h"

#include <algorithm>

namespace mi {
namespace {

const QString kDrillPrefix = QStringLiteral("drill:");
const QString kReviewPrefix = QStringLiteral("review:");

Pack composeFrom(const QList<const Question *> &questions, const QString &id, const QString &title, const QString &language)
{
    Pack pack;
    pack.id = id;
    pack.title = title;
    pack.language = language;
    Round round;
    round.id = id.section(u':', 0, 0); // "drill" or "review"
    round.title = title;
    for (const Question *q : questions) {
        Question copy = *q;
        copy.roundId = round.id;
        round.questions.append(copy);
    }
    pack.rounds.append(round);
    return pack;
}

} // namespace

bool isComposedPackId(const QString &packId) { return packId.startsWith(kDrillPrefix) || packId.startsWith(kReviewPrefix); }

Pack composeTopicPack(const PackLibrary &library, const QStringList &tags, const QString &language)
{
    const bool zh = language != u"en";
    QList<const Question *> chosen;
    for (const Question *q : library.allQuestions()) {
        const bool tagged = tags.isEmpty() || std::any_of(q->tags.begin(), q->tags.end(), [&](const QString &t) { return tags.contains(t); });
        if (tagged && library.pack(q->packId)->language == language)
            chosen.append(q);
    }
    const QString title = tags.isEmpty() ? (zh ? QStringLiteral("专题练习：全部题目") : QStringLiteral("Topic drill: all questions"))
                                         : (zh ? QStringLiteral("专题练习：%1") : QStringLiteral("Topic drill: %1")).arg(tags.join(QStringLiteral(", ")));
    return composeFrom(chosen, kDrillPrefix + language + u':' + tags.join(u'+'), title, language);
}

Pack composeReviewPack(const PackLibrary &library, const QStringList &questionIds, const QString &language)
{
    QList<const Question *> chosen;
    for (const QString &id : questionIds)
        if (const Question *q = library.question(id); q && library.pack(q->packId)->language == language)
            chosen.append(q);
    const QString title = language != u"en" ? QStringLiteral("复习薄弱点") : QStringLiteral("Review weak spots");
    return composeFrom(chosen, kReviewPrefix + language, title, language);
}

Pack recomposePack(const PackLibrary &library, const QString &packId, const QString &title, const QStringList &questionIds,
                   const QString &language)
{
    QList<const Question *> chosen;
    for (const QString &id : questionIds)
        if (const Question *q = library.question(id))
            chosen.append(q);
    return composeFrom(chosen, packId, title, language);
}

QStringList questionIdsOf(const Pack &pack)
{
    QStringList ids;
    for (const Round &r : pack.rounds)
        for (const Question &q : r.questions)
            ids.append(q.id);
    return ids;
}

QStringList questionTags(const PackLibrary &library, const QString &language)
{
    QStringList tags;
    for (const Question *q : library.allQuestions())
        if (library.pack(q->packId)->language == language)
            for (const QString &t : q->tags)
                if (!tags.contains(t))
                    tags.append(t);
    std::sort(tags.begin(), tags.end());
    return tags;
}

} // namespace mi
