#include "textnormalizer.h"

namespace mi {

static QChar foldPunctuation(char16_t c)
{
    switch (c) {
    case u'．': return u'.';
    case u'、': case u'，': return u',';
    case u'；': return u';';
    case u'：': return u':';
    case u'！': return u'!';
    case u'？': return u'?';
    case u'（': case u'【': case u'「': case u'『': case u'《': return u'(';
    case u'）': case u'】': case u'」': case u'』': case u'》': return u')';
    case u'“': case u'”': case u'‘': case u'’': return u'"';
    case u'—': case u'–': case u'～': return u'-';
    case u'…': return u'.';
    default: return QChar(c);
    }
}

QString normalizeForMatching(const QString &text)
{
    QString out(text.size(), Qt::Uninitialized);
    for (qsizetype i = 0; i < text.size(); ++i) {
        char16_t c = text.at(i).unicode();
        if (c >= 0xFF01 && c <= 0xFF5E)
            c = char16_t(c - 0xFEE0); // full-width ASCII block
        QChar q = foldPunctuation(c);
        if (q.isSpace() && q != u'\n')
            q = u' ';
        else if (!q.isSurrogate())
            q = q.toCaseFolded();
        out[i] = q;
    }
    return out;
}

bool isCjk(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3400 && u <= 0x4DBF) || (u >= 0xF900 && u <= 0xFAFF);
}

bool isSentenceEnd(QChar c)
{
    // '。' stays unfolded so that "问题。Calico" still ends a sentence while
    // "k8s.io" does not.
    return c == u'.' || c == u'。' || c == u'!' || c == u'?' || c == u';' || c == u'\n' || c == u'\r';
}

bool isClauseBreak(QChar c) { return isSentenceEnd(c) || c == u',' || c == u':'; }

} // namespace mi
