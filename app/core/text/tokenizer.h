#pragma once

#include <QList>
#include <QString>

namespace mi {

struct Token {
    QString text; // normalised, stemmed for English words
    int start = 0;
    int length = 0;
    bool cjk = false;
};

// Splits mixed Chinese/English technical text into terms for similarity:
// technical terms stay whole (kube-apiserver, 99.9%, k8s.io/v1), Chinese runs are
// segmented with ICU's dictionary word breaker, English words are lightly
// stemmed, stopwords and filler words are dropped.
class Tokenizer
{
public:
    static QList<Token> tokenize(const QString &text);
    // Term features for tf-idf: the tokens plus Chinese character bigrams,
    // which make the measure robust to segmentation differences.
    static QStringList features(const QString &text);
    static QString stem(const QString &englishWord);
};

} // namespace mi
