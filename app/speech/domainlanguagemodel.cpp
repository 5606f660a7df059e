#include "domainlanguagemodel.h"

#include <QHash>
#include <QRegularExpression>
#include <cmath>

namespace mi {

QString domainArpaModel(const QStringList &texts, const std::function<bool(const QString &)> &known)
{
    static const QRegularExpression sentenceEnd(QStringLiteral("[.!?;:\\n]+"));
    static const QRegularExpression word(QStringLiteral("[a-z][a-z']*"));
    const QString start = QStringLiteral("<s>"), end = QStringLiteral("</s>");
    QHash<QString, double> unigrams;
    QHash<QString, QHash<QString, double>> bigrams;
    QHash<QString, bool> pronounceable;
    double total = 0;
    for (const QString &text : texts) {
        for (const QString &sentence : text.toLower().split(sentenceEnd, Qt::SkipEmptyParts)) {
            QStringList words{start};
            for (auto it = word.globalMatch(sentence); it.hasNext();) {
                const QString w = it.next().captured();
                auto found = pronounceable.find(w);
                if (found == pronounceable.end())
                    found = pronounceable.insert(w, known(w));
                if (found.value())
                    words.append(w);
            }
            if (words.size() < 2)
                continue;
            words.append(end);
            for (qsizetype i = 0; i < words.size(); ++i) {
                unigrams[words[i]] += 1;
                total += 1;
                if (i > 0)
                    bigrams[words[i - 1]][words[i]] += 1;
            }
        }
    }
    if (unigrams.isEmpty())
        return {};
    const double vocabulary = double(unigrams.size());
    auto unigramP = [&](const QString &w) { return (unigrams.value(w) + 1.0) / (total + vocabulary); };
    constexpr double discount = 0.5;

    QString arpa;
    qsizetype bigramCount = 0;
    for (const auto &followers : bigrams)
        bigramCount += followers.size();
    arpa += QStringLiteral("\\data\\\nngram 1=%1\nngram 2=%2\n\n\\1-grams:\n").arg(unigrams.size()).arg(bigramCount);
    for (auto it = unigrams.cbegin(); it != unigrams.cend(); ++it) {
        const QString &w = it.key();
        // Back-off weight: the discounted mass, spread over unigrams not seen after w.
        double backoff = 1.0;
        if (bigrams.contains(w)) {
            const auto &followers = bigrams[w];
            double seen = 0, followerUnigrams = 0;
            for (auto f = followers.cbegin(); f != followers.cend(); ++f) {
                seen += f.value();
                followerUnigrams += unigramP(f.key());
            }
            const double left = discount * double(followers.size()) / seen;
            backoff = left / std::max(1e-9, 1.0 - followerUnigrams);
        }
        const double p = w == start ? -99.0 : std::log10(unigramP(w));
        arpa += QStringLiteral("%1 %2 %3\n").arg(p, 0, 'f', 4).arg(w).arg(std::log10(backoff), 0, 'f', 4);
    }
    arpa += QStringLiteral("\n\\2-grams:\n");
    for (auto it = bigrams.cbegin(); it != bigrams.cend(); ++it) {
        double seen = 0;
        for (double c : it.value())
            seen += c;
        for (auto f = it.value().cbegin(); f != it.value().cend(); ++f)
            arpa += QStringLiteral("%1 %2 %3\n").arg(std::log10((f.value() - discount) / seen), 0, 'f', 4).arg(it.key(), f.key());
    }
    arpa += QStringLiteral("\n\\end\\\n");
    return arpa;
}

} // namespace mi
