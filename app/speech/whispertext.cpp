#include "whispertext.h"

#include "technicalpronunciations.h"
#include "text/stopwords.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>

namespace mi {

namespace {

struct Term {
    QHash<QString, int> spellings; // technical-looking spellings seen
    int count = 0; // every occurrence, technical-looking or not
    int firstSeen = 0; // position of the first occurrence, breaks ties
};

bool isCjk(QChar c)
{
    return c.script() == QChar::Script_Han;
}

// Mid-sentence capitals mark names (Ingress, Pod); sentence starts do not.
bool atSentenceStart(const QString &text, qsizetype at)
{
    static const QString skipped = QStringLiteral(" \t*_#>(\"'`-[");
    while (at > 0 && skipped.contains(text[at - 1]))
        --at;
    return at == 0 || QStringLiteral(".!?:;\n。！？：；").contains(text[at - 1]);
}

bool looksTechnical(const QString &token)
{
    bool innerCapital = false, allCaps = true;
    for (qsizetype i = 0; i < token.size(); ++i) {
        innerCapital = innerCapital || (i > 0 && token[i].isUpper() && token[i - 1].isLower());
        allCaps = allCaps && !token[i].isLower();
    }
    return innerCapital || allCaps || token.contains(u'-') || token.contains(u'.')
        || std::any_of(token.begin(), token.end(), [](QChar c) { return c.isDigit(); });
}

// Lower-case words such as etcd or kubelet have no telling shape; the words
// pocketsphinx needed extra pronunciations for are exactly such words.
bool isKnownTechnicalWord(const QString &key)
{
    static const QSet<QString> words = [] {
        QSet<QString> set;
        for (const auto &entry : technicalPronunciations())
            set.insert(entry.first.section(u'(', 0, 0));
        return set;
    }();
    return words.contains(key);
}

bool insideBackticks(const QString &text, qsizetype at)
{
    return text.left(at).count(u'`') % 2 == 1;
}

void collectLatinTerms(const QString &text, int &position, QHash<QString, Term> &terms)
{
    static const QRegularExpression word(QStringLiteral("(?<![\\w.-])[A-Za-z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*"));
    static const QRegularExpression version(QStringLiteral("^v?\\d|^[a-z]\\.[a-z]$"), QRegularExpression::CaseInsensitiveOption);
    const bool chineseText = std::any_of(text.begin(), text.end(), isCjk);
    for (auto it = word.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString token = m.captured();
        const QString key = token.toLower();
        if (token.size() < 2 || version.match(token).hasMatch() || isStopword(key))
            continue;
        Term &term = terms[key];
        if (term.count++ == 0)
            term.firstSeen = position;
        ++position;
        const bool capitalised = token[0].isUpper() && !atSentenceStart(text, m.capturedStart());
        if (looksTechnical(token) || capitalised || chineseText || isKnownTechnicalWord(key) || insideBackticks(text, m.capturedStart()))
            term.spellings[token] += 1;
    }
}

// A plural whose singular is also a term counts toward the singular.
void foldPlurals(QHash<QString, Term> &terms)
{
    const QStringList keys = terms.keys();
    for (const QString &key : keys) {
        const QString singularKey = key.chopped(1);
        if (!key.endsWith(u's') || !terms.contains(singularKey) || terms[singularKey].spellings.isEmpty())
            continue;
        const Term plural = terms.take(key);
        Term &singular = terms[singularKey];
        singular.count += plural.count;
        singular.firstSeen = std::min(singular.firstSeen, plural.firstSeen);
    }
}

} // namespace

QStringList technicalTerms(const QStringList &vocabulary)
{
    static const QRegularExpression shortChinese(QStringLiteral("^\\p{Han}{2,8}$"));
    QHash<QString, Term> terms;
    int position = 0;
    for (const QString &text : vocabulary)
        collectLatinTerms(text, position, terms);
    foldPlurals(terms);
    for (const QString &entry : vocabulary) {
        const QString alias = entry.trimmed();
        if (!shortChinese.match(alias).hasMatch() || terms.contains(alias))
            continue;
        Term &term = terms[alias];
        term.firstSeen = position++;
        term.spellings[alias] = 1;
        for (const QString &text : vocabulary)
            term.count += int(text.count(alias));
    }

    QList<std::pair<Term, QString>> ranked;
    for (auto it = terms.cbegin(); it != terms.cend(); ++it) {
        if (it->spellings.isEmpty())
            continue;
        // The spelling the pack uses most when it writes the word as a term.
        QString spelling;
        int best = 0;
        for (auto s = it->spellings.cbegin(); s != it->spellings.cend(); ++s)
            if (s.value() > best || (s.value() == best && s.key() < spelling))
                spelling = s.key(), best = s.value();
        ranked.append({it.value(), spelling});
    }
    std::sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) {
        return a.first.count != b.first.count ? a.first.count > b.first.count : a.first.firstSeen < b.first.firstSeen;
    });
    QStringList out;
    for (const auto &[term, spelling] : ranked)
        out.append(spelling);
    return out;
}

int estimatedWhisperTokens(const QString &text)
{
    int tokens = 0, run = 0;
    for (QChar c : text) {
        if (c.isLetterOrNumber() && !isCjk(c)) {
            ++run;
            continue;
        }
        tokens += (run + 2) / 3;
        run = 0;
        if (isCjk(c) || c.unicode() >= 0x2E80)
            tokens += 2;
        else if (!c.isSpace())
            tokens += 1;
    }
    return tokens + (run + 2) / 3;
}

QString whisperPrompt(const QStringList &vocabulary, const QString &language, int tokenBudget)
{
    const QString separator = language == u"zh" ? QStringLiteral("、") : QStringLiteral(", ");
    QString prompt;
    for (const QString &term : technicalTerms(vocabulary)) {
        const QString longer = prompt.isEmpty() ? term : prompt + separator + term;
        if (estimatedWhisperTokens(longer) <= tokenBudget)
            prompt = longer;
    }
    return prompt;
}

QString cleanWhisperText(const QString &text)
{
    static const QRegularExpression markers(
        QStringLiteral("\\[(BLANK_AUDIO|MUSIC|NOISE|SOUND|inaudible)[^\\]]*\\]"), QRegularExpression::CaseInsensitiveOption);
    // Segments are joined with spaces, which Chinese text does not have.
    static const QRegularExpression spaceInChinese(
        QStringLiteral("(?<=[\\p{Han}\\x{3000}-\\x{303F}\\x{FF00}-\\x{FFEF}]) (?=[\\p{Han}\\x{3000}-\\x{303F}\\x{FF00}-\\x{FFEF}])"));
    return QString(text).remove(markers).simplified().remove(spaceInChinese);
}

} // namespace mi
