#include "softmatch.h"

#include "text/textnormalizer.h"

#include <algorithm>
#include <vector>

namespace mi {
namespace {

double kindFactor(TextUnit::Kind kind)
{
    // A lone Chinese character matches by accident far more often than a
    // bigram or a word; it still helps with paraphrases that keep one
    // character of a word (限 in 限制 / 上限).
    return kind == TextUnit::Character ? 0.35 : 1.0;
}

} // namespace

QSet<quint64> unitKeysOf(const QString &text)
{
    QSet<quint64> keys;
    for (const TextUnit &u : textUnitsOf(text))
        keys.insert(u.key);
    return keys;
}

SoftTarget makeSoftTarget(const QString &text, const CorpusStats &corpus, const QSet<quint64> &excluded)
{
    SoftTarget target;
    for (const TextUnit &u : textUnitsOf(text)) {
        if (excluded.contains(u.key) || target.weights.contains(u.key))
            continue;
        const double w = corpus.unitIdf(u.key) * kindFactor(u.kind);
        target.weights.insert(u.key, w);
        target.total += w;
        target.heaviest = std::max(target.heaviest, w);
    }
    return target;
}

SoftAnswer::SoftAnswer(const QString &normalized, const QList<Clause> &clauses) : m_units(textUnits(normalized))
{
    int unit = 0;
    for (const Clause &c : clauses) {
        while (unit < m_units.size() && m_units[unit].start < c.start)
            ++unit;
        const int first = unit;
        while (unit < m_units.size() && m_units[unit].start < c.end)
            ++unit;
        const bool endsSentence = c.end >= normalized.size() || isSentenceEnd(normalized.at(c.end));
        m_clauses.append(ClauseUnits{c.start, c.end, first, unit, endsSentence});
    }
}

double SoftAnswer::recallOf(const SoftTarget &target, int firstUnit, int endUnit) const
{
    if (target.isEmpty())
        return 0;
    // Each unit of the target counts once however often the answer repeats it.
    thread_local std::vector<std::pair<quint64, double>> found;
    found.clear();
    for (int i = firstUnit; i < endUnit; ++i) {
        const auto it = target.weights.constFind(m_units[i].key);
        if (it != target.weights.cend())
            found.emplace_back(it.key(), it.value());
    }
    std::sort(found.begin(), found.end());
    double sum = 0;
    for (size_t i = 0; i < found.size(); ++i)
        if (i == 0 || found[i].first != found[i - 1].first)
            sum += found[i].second;
    return sum / target.total;
}

SoftMatch SoftAnswer::bestWindow(const SoftTarget &target, int maxClauses) const
{
    SoftMatch best;
    for (int first = 0; first < m_clauses.size(); ++first) {
        for (int last = first; last < m_clauses.size() && last < first + maxClauses; ++last) {
            const double r = recallOf(target, m_clauses[first].firstUnit, m_clauses[last].endUnit);
            if (r > best.recall) {
                best = SoftMatch{r, m_clauses[first].start, m_clauses[last].end};
            }
            if (m_clauses[last].endsSentence)
                break;
        }
    }
    return best;
}

bool SoftAnswer::holdsSalientUnits(const SoftTarget &target, int start, int end, double share) const
{
    for (auto it = target.weights.cbegin(); it != target.weights.cend(); ++it) {
        if (it.value() < share * target.heaviest)
            continue;
        const bool present = std::any_of(m_units.begin(), m_units.end(),
                                         [&](const TextUnit &u) { return u.key == it.key() && u.start >= start && u.start < end; });
        if (!present)
            return false;
    }
    return true;
}

SoftMatch SoftAnswer::whole(const SoftTarget &target) const
{
    if (m_units.isEmpty())
        return {};
    return SoftMatch{recallOf(target, 0, int(m_units.size())), m_units.front().start, m_units.back().start + m_units.back().length};
}

} // namespace mi
