#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include "text/textunits.h"

namespace mi {

using TermVector = QHash<QString, double>;

// Document frequencies of term features over a corpus (the packs' prompts and
// reference answers), for tf-idf weighting. Unknown terms get the highest idf.
class CorpusStats
{
public:
    void addDocument(const QStringList &features);
    double idf(const QString &term) const;
    int documentCount() const { return m_documents; }

    // The same for soft-matching units (text/textunits.h), counted over the
    // same documents: addDocument(text) adds both views of one text.
    void addDocument(const QString &text);
    double unitIdf(quint64 unitKey) const;

    // (1 + ln tf) · idf, L2-normalised.
    TermVector vectorize(const QStringList &features) const;
    static double cosine(const TermVector &a, const TermVector &b);

private:
    QHash<QString, int> m_documentFrequency;
    QHash<quint64, int> m_unitFrequency;
    int m_documents = 0;
    int m_unitDocuments = 0;
};

} // namespace mi
