#include "textunits.h"

#include "stopwords.h"
#include "textnormalizer.h"
#include "tokenizer.h"

#include <QHash>

namespace mi {
namespace {

bool isLatinWordChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'_';
}

// Characters that carry grammar, not topic: alone they are evidence of nothing.
bool isFunctionCharacter(QChar c)
{
    static const QString characters = QStringLiteral("的了是在和与及或也都就而着过被把对从到为这那个一我你他它们会要可以能有吗呢吧很么之其所等将于则且并即又还再更已该此每各某");
    return characters.contains(c);
}

} // namespace

quint64 unitKey(QStringView text, TextUnit::Kind kind)
{
    // Seeded by kind, so the word "ha" and a Chinese bigram never collide by design.
    return quint64(qHash(text, size_t(0x9e3779b97f4a7c15ULL) ^ size_t(kind)));
}

QList<TextUnit> textUnits(QStringView text)
{
    QList<TextUnit> units;
    units.reserve(text.size());
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        const QChar c = text.at(i);
        if (isLatinWordChar(c)) {
            qsizetype j = i;
            while (j < n && isLatinWordChar(text.at(j)))
                ++j;
            const QString word = text.mid(i, j - i).toString();
            if (!isStopword(word)) {
                const QString stemmed = Tokenizer::stem(word);
                units.append(TextUnit{unitKey(stemmed, TextUnit::Word), int(i), int(j - i), TextUnit::Word});
            }
            i = j;
            continue;
        }
        if (isCjk(c)) {
            if (!isFunctionCharacter(c))
                units.append(TextUnit{unitKey(text.mid(i, 1), TextUnit::Character), int(i), 1, TextUnit::Character});
            if (i + 1 < n && isCjk(text.at(i + 1)))
                units.append(TextUnit{unitKey(text.mid(i, 2), TextUnit::Bigram), int(i), 2, TextUnit::Bigram});
        }
        ++i;
    }
    return units;
}

QList<TextUnit> textUnitsOf(const QString &raw) { return textUnits(normalizeForMatching(raw)); }

} // namespace mi
