#include "conceptextractor.h"

#include "text/tokenizer.h"

#include <QHash>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace mi {

QList<RubricPoint> extractKeyConcepts(const QString &reference, const QString &question,
                                      const CorpusStats &corpus, int maxConcepts)
{
    QSet<QString> questionTerms;
    for (const Token &t : Tokenizer::tokenize(question))
        questionTerms.insert(t.text);

    QHash<QString, int> counts;
    QHash<QString, QString> surface; // the term as written, for display
    for (const Token &t : Tokenizer::tokenize(reference)) {
        const bool meaningful = t.cjk ? t.text.size() >= 2 : t.text.size() >= 3 || t.text.front().isDigit();
        if (!meaningful || questionTerms.contains(t.text))
            continue;
        ++counts[t.text];
        if (!surface.contains(t.text))
            surface.insert(t.text, reference.mid(t.start, t.length));
    }
    struct Scored { QString term; double weight; };
    QList<Scored> scored;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        scored.append({it.key(), (1.0 + std::log(double(it.value()))) * corpus.idf(it.key())});
    std::sort(scored.begin(), scored.end(), [](const Scored &a, const Scored &b) {
        return a.weight != b.weight ? a.weight > b.weight : a.term < b.term;
    });
    if (scored.size() > maxConcepts)
        scored.resize(maxConcepts);

    const double top = scored.isEmpty() ? 1.0 : scored.front().weight;
    QList<RubricPoint> points;
    for (int i = 0; i < scored.size(); ++i) {
        RubricPoint p;
        p.id = QStringLiteral("concept-%1").arg(i + 1);
        p.text = surface.value(scored[i].term);
        p.weight = std::max(1.0, std::round(5.0 * scored[i].weight / top));
        p.aliases = {surface.value(scored[i].term)};
        points.append(p);
    }
    return points;
}

} // namespace mi
