#include "aliasmatcher.h"

#include "text/textnormalizer.h"

#include <algorithm>
#include <queue>

namespace mi {

static bool isAsciiAlnum(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
}

QStringList aliasVariants(const QString &alias)
{
    const QString base = normalizeForMatching(alias).simplified();
    QStringList variants{base};
    QString noSpaces = base;
    noSpaces.remove(u' ');
    QString hyphensAsSpaces = base;
    hyphensAsSpaces.replace(u'-', u' ');
    QString noHyphens = noSpaces;
    noHyphens.remove(u'-');
    for (const QString &v : {noSpaces, hyphensAsSpaces, noHyphens})
        if (!v.isEmpty() && !variants.contains(v))
            variants.append(v);
    return variants;
}

int AliasMatcher::Node::child(char16_t c) const
{
    const auto it = std::lower_bound(next.begin(), next.end(), c, [](const auto &p, char16_t v) { return p.first < v; });
    return (it != next.end() && it->first == c) ? it->second : -1;
}

void AliasMatcher::addPattern(const QString &alias, int tag)
{
    if (alias.isEmpty())
        return;
    int node = 0;
    for (QChar qc : alias) {
        const char16_t c = qc.unicode();
        int child = m_nodes[node].child(c);
        if (child < 0) {
            child = int(m_nodes.size());
            m_nodes.push_back(Node{});
            auto &next = m_nodes[node].next;
            next.insert(std::lower_bound(next.begin(), next.end(), c, [](const auto &p, char16_t v) { return p.first < v; }),
                        {c, child});
        }
        node = child;
    }
    m_nodes[node].outputs.emplace_back(tag, int(alias.size()));
    m_built = false;
}

void AliasMatcher::build()
{
    std::queue<int> queue;
    for (const auto &[c, child] : m_nodes[0].next) {
        m_nodes[child].fail = 0;
        queue.push(child);
    }
    while (!queue.empty()) {
        const int node = queue.front();
        queue.pop();
        for (const auto &[c, child] : m_nodes[node].next) {
            int f = m_nodes[node].fail;
            while (f != 0 && m_nodes[f].child(c) < 0)
                f = m_nodes[f].fail;
            const int target = m_nodes[f].child(c);
            m_nodes[child].fail = (target >= 0 && target != child) ? target : 0;
            const auto &inherited = m_nodes[m_nodes[child].fail].outputs;
            m_nodes[child].outputs.insert(m_nodes[child].outputs.end(), inherited.begin(), inherited.end());
            queue.push(child);
        }
    }
    m_built = true;
}

bool AliasMatcher::boundaryOk(const QString &text, int start, int length)
{
    const QChar first = text.at(start);
    if (!isAsciiAlnum(first))
        return true; // Chinese and symbols match anywhere
    if (start > 0 && isAsciiAlnum(text.at(start - 1)))
        return false; // inside a word: "pod" in "ipod"
    // Short tokens must also end at a word boundary ("ha" must not match "hash");
    // longer ones may carry a suffix ("evict" → "evicted").
    const int end = start + length;
    if (length <= 3 && end < text.size() && isAsciiAlnum(text.at(end)))
        return false;
    return true;
}

QList<AliasMatch> AliasMatcher::findAll(const QString &text) const
{
    Q_ASSERT(m_built);
    QList<AliasMatch> matches;
    int node = 0;
    for (int i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        while (node != 0 && m_nodes[node].child(c) < 0)
            node = m_nodes[node].fail;
        const int next = m_nodes[node].child(c);
        node = next >= 0 ? next : 0;
        for (const auto &[tag, length] : m_nodes[node].outputs) {
            const int start = i + 1 - length;
            if (boundaryOk(text, start, length))
                matches.append(AliasMatch{tag, start, length});
        }
    }
    return matches;
}

QList<AliasMatch> AliasMatcher::nonOverlapping(QList<AliasMatch> matches)
{
    std::sort(matches.begin(), matches.end(), [](const AliasMatch &a, const AliasMatch &b) {
        return a.start != b.start ? a.start < b.start : a.length > b.length;
    });
    QList<AliasMatch> kept;
    int end = -1;
    for (const AliasMatch &m : matches) {
        if (m.start >= end) {
            kept.append(m);
            end = m.start + m.length;
        }
    }
    return kept;
}

} // namespace mi
