#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <vector>

namespace mi {

struct AliasMatch {
    int pattern = 0; // index given to addPattern
    int start = 0;   // offset into the normalised text
    int length = 0;
};

// Finds every alias of every rubric point in one pass over the answer
// (Aho–Corasick over UTF-16 units of normalised text).
class AliasMatcher
{
public:
    // `tag` is returned in matches; one tag may have many aliases.
    void addPattern(const QString &alias, int tag);
    void build();
    // `normalized` must come from normalizeForMatching().
    QList<AliasMatch> findAll(const QString &normalized) const;
    // Leftmost-longest non-overlapping subset, in text order.
    static QList<AliasMatch> nonOverlapping(QList<AliasMatch> matches);

private:
    struct Node {
        std::vector<std::pair<char16_t, int>> next; // sorted by char
        int fail = 0;
        std::vector<std::pair<int, int>> outputs;   // (tag, length)
        int child(char16_t c) const;
    };
    static bool boundaryOk(const QString &text, int start, int length);

    std::vector<Node> m_nodes{Node{}};
    bool m_built = false;
};

// Forms of an alias worth matching: as written, without inner spaces, and
// with hyphens read as spaces ("kube-proxy", "kube proxy", "kubeproxy").
QStringList aliasVariants(const QString &alias);

} // namespace mi
