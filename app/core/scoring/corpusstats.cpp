#include "corpusstats.h"

#include "text/tokenizer.h"

#include <QSet>
#include <cmath>

namespace mi {

void CorpusStats::addDocument(const QStringList &features)
{
    const QSet<QString> unique(features.begin(), features.end());
    for (const QString &term : unique)
        ++m_documentFrequency[term];
    ++m_documents;
}

void CorpusStats::addDocument(const QString &text)
{
    addDocument(Tokenizer::features(text));
    QSet<quint64> unique;
    for (const TextUnit &u : textUnitsOf(text))
        unique.insert(u.key);
    for (quint64 key : unique)
        ++m_unitFrequency[key];
    ++m_unitDocuments;
}

double CorpusStats::unitIdf(quint64 key) const
{
    const int df = m_unitFrequency.value(key, 0);
    return std::log((m_unitDocuments + 1.0) / (df + 1.0)) + 1.0;
}

double CorpusStats::idf(const QString &term) const
{
    const int df = m_documentFrequency.value(term, 0);
    return std::log((m_documents + 1.0) / (df + 1.0)) + 1.0;
}

TermVector CorpusStats::vectorize(const QStringList &features) const
{
    QHash<QString, int> counts;
    for (const QString &f : features)
        ++counts[f];
    TermVector v;
    double norm = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        const double w = (1.0 + std::log(double(it.value()))) * idf(it.key());
        v.insert(it.key(), w);
        norm += w * w;
    }
    norm = std::sqrt(norm);
    if (norm > 0)
        for (auto it = v.begin(); it != v.end(); ++it)
            it.value() /= norm;
    return v;
}

double CorpusStats::cosine(const TermVector &a, const TermVector &b)
{
    const TermVector &small = a.size() <= b.size() ? a : b;
    const TermVector &large = a.size() <= b.size() ? b : a;
    double dot = 0;
    for (auto it = small.cbegin(); it != small.cend(); ++it) {
        const auto other = large.constFind(it.key());
        if (other != large.cend())
            dot += it.value() * other.value();
    }
    return dot;
}

} // namespace mi
