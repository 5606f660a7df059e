#include "answeranalysis.h"

#include "text/stopwords.h"
#include "text/textnormalizer.h"

#include <algorithm>

namespace mi {
namespace {

bool isAsciiLetter(QChar c) { return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'); }

bool endsSentence(const QString &text, int i)
{
    const QChar c = text.at(i);
    if (c == u'.') // "99.9%", "k8s.io" and "v1.28" are not sentence ends
        return i + 1 >= text.size() || !text.at(i + 1).isLetterOrNumber();
    return isSentenceEnd(c);
}

double measureContent(const QString &text, int from, int to, const QList<AliasMatch> &matches)
{
    double units = 0;
    int m = 0;
    int i = from;
    while (i < to) {
        while (m < matches.size() && matches[m].start + matches[m].length <= i)
            ++m;
        if (m < matches.size() && matches[m].start <= i) {
            i = matches[m].start + matches[m].length;
            continue;
        }
        const QChar c = text.at(i);
        if (isCjk(c)) {
            units += 1;
            ++i;
        } else if (isAsciiLetter(c)) {
            int j = i;
            while (j < to && isAsciiLetter(text.at(j)))
                ++j;
            if (!isStopword(text.mid(i, j - i)))
                units += 2;
            i = j;
        } else {
            ++i;
        }
    }
    return units;
}

} // namespace

QList<Sentence> analyseSentences(const QString &text, const QList<AliasMatch> &matches)
{
    QList<Sentence> sentences;
    int start = 0;
    for (int i = 0; i <= text.size(); ++i) {
        if (i < text.size() && !endsSentence(text, i))
            continue;
        if (i > start) {
            Sentence s{start, i};
            for (const AliasMatch &m : matches)
                if (m.start >= start && m.start < i)
                    ++s.aliasCount;
            s.contentUnits = measureContent(text, start, i, matches);
            sentences.append(s);
        }
        start = i + 1;
    }
    return sentences;
}

QList<Clause> analyseClauses(const QString &text, const QList<AliasMatch> &matches)
{
    QList<Clause> clauses;
    int start = 0;
    for (int i = 0; i <= text.size(); ++i) {
        if (i < text.size() && !(endsSentence(text, i) || text.at(i) == u',' || text.at(i) == u':'))
            continue;
        if (!text.mid(start, i - start).trimmed().isEmpty())
            clauses.append(Clause{start, i, measureContent(text, start, i, matches) <= 3.0});
        start = i + 1;
    }
    return clauses;
}

bool looksLikeKeywordDump(const QList<Sentence> &sentences, const QList<Clause> &clauses, double minContentPerTerm)
{
    double content = 0;
    int terms = 0;
    for (const Sentence &s : sentences) {
        content += s.contentUnits;
        terms += s.aliasCount;
    }
    if (terms < 3)
        return false;
    if (content < minContentPerTerm * terms)
        return true;
    const auto bare = std::count_if(clauses.begin(), clauses.end(), [](const Clause &c) { return c.bare; });
    return clauses.size() >= 4 && bare >= 0.6 * clauses.size();
}

int sentenceIndexAt(const QList<Sentence> &sentences, int offset)
{
    for (int i = 0; i < sentences.size(); ++i)
        if (offset >= sentences[i].start && offset < sentences[i].end)
            return i;
    return -1;
}

bool isNegatedAt(const QString &text, int start)
{
    static const QStringList chineseCues{u"不"_qs, u"没"_qs, u"未"_qs, u"无需"_qs, u"并非"_qs, u"别"_qs};
    static const QStringList englishCues{u"not "_qs, u"n't "_qs, u"never "_qs, u"no "_qs, u"without "_qs};
    int clauseStart = start;
    while (clauseStart > 0 && !isClauseBreak(text.at(clauseStart - 1)))
        --clauseStart;
    const QString before = text.mid(clauseStart, start - clauseStart);
    // Chinese negation binds tightly to what follows it; English may have a
    // couple of words in between ("does not really use etcd").
    // "不同", "不仅", "不断" … are not negations.
    static const QString notNegating = u"同仅断少错管久光但只"_qs;
    const QString nearZh = before.right(4);
    for (const QString &cue : chineseCues) {
        const qsizetype at = nearZh.indexOf(cue);
        if (at < 0)
            continue;
        const qsizetype after = at + cue.size();
        if (cue == u"不" && after < nearZh.size() && notNegating.contains(nearZh.at(after)))
            continue;
        return true;
    }
    const QString nearEn = u' ' + before.right(24);
    for (const QString &cue : englishCues)
        if (nearEn.contains(u' ' + cue) || (cue == u"n't " && nearEn.contains(cue)))
            return true;
    return false;
}

} // namespace mi
