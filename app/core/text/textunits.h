#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace mi {

// A unit of meaning for soft matching, located in the normalised text:
// an English word (lightly stemmed, not a stopword), a Chinese character, or
// two adjacent Chinese characters. Characters and bigrams instead of words
// make the measure indifferent to how a Chinese run is segmented ("调度器"
// shares 调度 with "调度"), and keys instead of strings keep it fast.
struct TextUnit {
    quint64 key = 0;
    int start = 0;  // offset into the normalised text
    int length = 0;
    enum Kind : quint8 { Word, Character, Bigram } kind = Word;
};

// `normalized` must come from normalizeForMatching(). Chinese function
// characters (的, 了, 是 …) give no unigram; they still take part in bigrams.
QList<TextUnit> textUnits(QStringView normalized);
QList<TextUnit> textUnitsOf(const QString &raw); // normalises first

quint64 unitKey(QStringView unitText, TextUnit::Kind kind);

} // namespace mi
