#include "nearspelling.h"

#include <algorithm>
#include <vector>

namespace mi {

static bool isLatinWordChar(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-';
}

QList<FuzzyAlias> fuzzyAliasesOf(const QString &alias, int tag)
{
    if (alias.size() < 5 || !std::all_of(alias.begin(), alias.end(), isLatinWordChar))
        return {};
    return {FuzzyAlias{alias, tag}};
}

bool withinEditDistance(QStringView a, QStringView b, int maxDistance)
{
    const qsizetype n = a.size(), m = b.size();
    if (std::abs(n - m) > maxDistance)
        return false;
    // Optimal string alignment distance, three rows.
    std::vector<int> twoAgo(m + 1), previous(m + 1), current(m + 1);
    for (qsizetype j = 0; j <= m; ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        current[0] = int(i);
        int rowMin = current[0];
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            int d = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                d = std::min(d, twoAgo[j - 2] + 1);
            current[j] = d;
            rowMin = std::min(rowMin, d);
        }
        if (rowMin > maxDistance)
            return false;
        std::swap(twoAgo, previous);
        std::swap(previous, current);
    }
    return previous[m] <= maxDistance;
}

QList<AliasMatch> findNearSpellings(const QString &text, const QList<FuzzyAlias> &aliases, const QList<AliasMatch> &exact)
{
    QList<AliasMatch> found;
    if (aliases.isEmpty())
        return found;
    auto covered = [&](int start, int end) {
        return std::any_of(exact.begin(), exact.end(), [&](const AliasMatch &m) { return m.start < end && start < m.start + m.length; });
    };
    int i = 0;
    while (i < text.size()) {
        if (!isLatinWordChar(text.at(i))) {
            ++i;
            continue;
        }
        int j = i;
        while (j < text.size() && isLatinWordChar(text.at(j)))
            ++j;
        const int length = j - i;
        if (length >= 5 && !covered(i, j)) {
            const QStringView word = QStringView(text).mid(i, length);
            for (const FuzzyAlias &alias : aliases) {
                // Misspellings rarely change the first letter; checking it keeps this cheap.
                if (alias.word.front() != word.front() || alias.word == word)
                    continue;
                const int allowed = std::max(alias.word.size(), word.size()) >= 9 ? 2 : 1;
                if (withinEditDistance(word, alias.word, allowed))
                    found.append(AliasMatch{alias.tag, i, length});
            }
        }
        i = j;
    }
    return found;
}

} // namespace mi
