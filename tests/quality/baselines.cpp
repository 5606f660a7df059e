#include "baselines.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <cmath>

namespace {

QStringList tokens(const QString &raw)
{
    const QString s = raw.toLower();
    static const QRegularExpression word(QStringLiteral(R"([a-z0-9_\-\.]+)"));
    QStringList out;
    for (auto it = word.globalMatch(s); it.hasNext();)
        out.append(it.next().captured());
    QList<QChar> han;
    for (QChar c : s)
        if (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF)
            han.append(c);
    for (qsizetype i = 0; i + 1 < han.size(); ++i)
        out.append(QString(han[i]) + han[i + 1]);
    return out;
}

const QSet<QString> &stopwords()
{
    static const QSet<QString> words = [] {
        QSet<QString> s;
        for (const QString &w : QStringLiteral("a an the of to in is are be and or for on with that this it as by at from can which its their").split(u' '))
            s.insert(w);
        return s;
    }();
    return words;
}

} // namespace

BaselineScores computeBaselines(const QList<BaselineRow> &rows)
{
    QHash<QString, int> df;
    for (const BaselineRow &r : rows) {
        const QStringList both = tokens(r.reference) + tokens(r.answer);
        for (const QString &t : QSet<QString>(both.begin(), both.end()))
            ++df[t];
    }
    const double n = rows.size();
    auto idf = [&](const QString &t) { return std::log((n + 1) / (df.value(t, 0) + 1)) + 1; };
    BaselineScores out;
    for (const BaselineRow &r : rows) {
        const QStringList questionTokens = tokens(r.question);
        const QSet<QString> q(questionTokens.begin(), questionTokens.end());
        QHash<QString, int> ref, ans;
        for (const QString &t : tokens(r.reference))
            if (!stopwords().contains(t) && !q.contains(t))
                ++ref[t];
        for (const QString &t : tokens(r.answer))
            if (!stopwords().contains(t))
                ++ans[t];
        double dot = 0, na = 0, nr = 0;
        for (auto it = ref.cbegin(); it != ref.cend(); ++it) {
            dot += ans.value(it.key()) * it.value() * std::pow(idf(it.key()), 2);
            nr += std::pow(it.value() * idf(it.key()), 2);
        }
        for (auto it = ans.cbegin(); it != ans.cend(); ++it)
            na += std::pow(it.value() * idf(it.key()), 2);
        out.tfidfCosine.append(na > 0 && nr > 0 ? dot / (std::sqrt(na) * std::sqrt(nr)) : 0.0);
        int found = 0;
        for (auto it = ref.cbegin(); it != ref.cend(); ++it)
            found += ans.contains(it.key()) ? 1 : 0;
        out.referenceCoverage.append(ref.isEmpty() ? 0.0 : double(found) / ref.size());
    }
    return out;
}
