#include "devset.h"

#include "testenvironment.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>
#include <numeric>

QList<DevAnswer> loadDevSet()
{
    QList<DevAnswer> answers;
    const QDir dir(testDataPath(QStringLiteral("dev-set")));
    for (const QString &name : dir.entryList({QStringLiteral("*.jsonl")}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray &line : file.readAll().split('\n')) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            if (o.isEmpty())
                continue;
            answers.append({o.value("id").toString(), o.value("question_id").toString(), o.value("lang").toString(),
                            o.value("kind").toString(), o.value("answer").toString(), o.value("grade").toInt()});
        }
    }
    return answers;
}

double pearson(const QList<double> &x, const QList<double> &y)
{
    const double n = double(x.size());
    const double mx = std::accumulate(x.begin(), x.end(), 0.0) / n;
    const double my = std::accumulate(y.begin(), y.end(), 0.0) / n;
    double sxy = 0, sxx = 0, syy = 0;
    for (qsizetype i = 0; i < x.size(); ++i) {
        sxy += (x[i] - mx) * (y[i] - my);
        sxx += (x[i] - mx) * (x[i] - mx);
        syy += (y[i] - my) * (y[i] - my);
    }
    return sxy / std::sqrt(sxx * syy);
}

int gradeBandForScore(double score)
{
    if (score >= 85) return 5;
    if (score >= 70) return 4;
    if (score >= 55) return 3;
    if (score >= 40) return 2;
    if (score >= 20) return 1;
    return 0;
}
