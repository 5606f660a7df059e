#include "topicpack.h"

#include <algorithm>

namespace mi {

static const QString kPrefix = QStringLiteral("drill:");

bool isTopicPackId(const QString &packId) { return packId.startsWith(kPrefix); }

Pack composeTopicPack(const PackLibrary &library, const QStringList &tags, const QString &language)
{
    const bool zh = language != u"en";
    Pack pack;
    pack.id = kPrefix + language + u':' + tags.join(u'+');
    pack.language = language;
    pack.tags = tags;
    pack.title = tags.isEmpty() ? (zh ? QStringLiteral("专题练习：全部题目") : QStringLiteral("Topic drill: all questions"))
                                : (zh ? QStringLiteral("专题练习：%1") : QStringLiteral("Topic drill: %1")).arg(tags.join(QStringLiteral(", ")));
    Round round;
    round.id = QStringLiteral("drill");
    round.title = pack.title;
    for (const Pack &source : library.packs()) {
        if (source.language != language)
            continue;
        for (const Round &r : source.rounds)
            for (Question q : r.questions) {
                const bool tagged = tags.isEmpty() || std::any_of(q.tags.begin(), q.tags.end(), [&](const QString &t) { return tags.contains(t); });
                if (!tagged)
                    continue;
                q.roundId = round.id;
                round.questions.append(q);
            }
    }
    pack.rounds.append(round);
    return pack;
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
