#include "tokenizer.h"

#include "stopwords.h"
#include "textnormalizer.h"

#include <QRegularExpression>
#include <memory>
#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

namespace mi {
namespace {

// Technical terms that a word breaker would tear apart.
const QRegularExpression &technicalTerm()
{
    static const QRegularExpression re(QStringLiteral(
        R"((?:\d+(?:\.\d+)?%)|(?:[a-z0-9]+(?:[-_./:][a-z0-9]+)+))"));
    return re;
}

icu::BreakIterator &wordBreaker()
{
    // Creating a dictionary-based breaker is expensive; one per thread.
    thread_local std::unique_ptr<icu::BreakIterator> breaker = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::BreakIterator> it(icu::BreakIterator::createWordInstance(icu::Locale("zh"), status));
        return it;
    }();
    return *breaker;
}

void appendToken(QList<Token> &tokens, const QString &text, int start, int length)
{
    QString word = text.mid(start, length).trimmed();
    if (word.isEmpty())
        return;
    const bool cjk = isCjk(word.front());
    if (!cjk && !word.front().isLetterOrNumber())
        return;
    if (!cjk)
        word = Tokenizer::stem(word);
    if (isStopword(word))
        return;
    tokens.append(Token{word, start, length, cjk});
}

void breakWords(QList<Token> &tokens, const QString &text, int from, int to)
{
    if (from >= to)
        return;
    icu::BreakIterator &it = wordBreaker();
    const icu::UnicodeString segment(false, reinterpret_cast<const UChar *>(text.utf16()) + from, to - from);
    it.setText(segment);
    int32_t start = it.first();
    for (int32_t end = it.next(); end != icu::BreakIterator::DONE; start = end, end = it.next()) {
        if (it.getRuleStatus() == UBRK_WORD_NONE)
            continue;
        appendToken(tokens, text, from + start, end - start);
    }
}

} // namespace

QString Tokenizer::stem(const QString &w)
{
    const auto n = w.size();
    if (n > 5 && w.endsWith(u"ing"))
        return w.left(n - 3);
    if (n > 4 && w.endsWith(u"ies"))
        return w.left(n - 3) + u'y';
    if (n > 4 && w.endsWith(u"ed"))
        return w.left(n - 2);
    if (n > 4 && (w.endsWith(u"ses") || w.endsWith(u"xes") || w.endsWith(u"ches")))
        return w.left(n - 2);
    if (n > 3 && w.endsWith(u's') && !w.endsWith(u"ss") && !w.endsWith(u"us"))
        return w.left(n - 1);
    return w;
}

QList<Token> Tokenizer::tokenize(const QString &raw)
{
    const QString text = normalizeForMatching(raw);
    QList<Token> tokens;
    int pos = 0;
    auto matches = technicalTerm().globalMatch(text);
    while (matches.hasNext()) {
        const QRegularExpressionMatch m = matches.next();
        breakWords(tokens, text, pos, int(m.capturedStart()));
        tokens.append(Token{m.captured(), int(m.capturedStart()), int(m.capturedLength()), false});
        pos = int(m.capturedEnd());
    }
    breakWords(tokens, text, pos, int(text.size()));
    return tokens;
}

QStringList Tokenizer::features(const QString &raw)
{
    const QList<Token> tokens = tokenize(raw);
    QStringList out;
    out.reserve(tokens.size() * 2);
    for (const Token &t : tokens) {
        out.append(t.text);
        if (t.cjk && t.text.size() > 2)
            for (qsizetype i = 0; i + 1 < t.text.size(); ++i)
                out.append(t.text.mid(i, 2));
    }
    // Bigrams that span ICU word boundaries inside a Chinese run.
    for (qsizetype i = 1; i < tokens.size(); ++i) {
        const Token &a = tokens[i - 1], &b = tokens[i];
        if (a.cjk && b.cjk && a.start + a.length == b.start)
            out.append(QString(a.text.back()) + b.text.front());
    }
    return out;
}

} // namespace mi
