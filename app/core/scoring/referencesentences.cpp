#include "referencesentences.h"

#include <QRegularExpression>

namespace mi {
namespace {

QString withoutMarkdown(QString line)
{
    static const QRegularExpression listMarker(QStringLiteral(R"(^\s*(?:[-*+]\s+|\d+[.)]\s+|#+\s+|>\s*))"));
    static const QRegularExpression emphasis(QStringLiteral(R"(\*\*|__|`|~~)"));
    line.remove(listMarker);
    line.remove(emphasis);
    return line.trimmed();
}

} // namespace

QList<ReferenceSentence> referenceSentences(const QString &markdown)
{
    QList<ReferenceSentence> sentences;
    auto add = [&](const QString &text) {
        const QString t = text.trimmed();
        if (t.size() >= 2)
            sentences.append(ReferenceSentence{t, int(sentences.size())});
    };
    static const QRegularExpression sentenceEnd(QStringLiteral(R"((?<=[。！？；;])|(?<=[.!?])\s+)"));
    bool inCode = false;
    QString code;
    for (const QString &rawLine : markdown.split(u'\n')) {
        if (rawLine.trimmed().startsWith(u"```")) {
            if (inCode)
                add(code);
            code.clear();
            inCode = !inCode;
            continue;
        }
        if (inCode) {
            code += rawLine + u'\n';
            continue;
        }
        const QString line = withoutMarkdown(rawLine);
        if (line.startsWith(u'|') && line.endsWith(u'|')) {
            // A table row: its cells together are one statement.
            QString row = line;
            row.replace(u'|', u' ');
            if (!row.contains(QRegularExpression(QStringLiteral("^[\\s:-]*$"))))
                add(row);
            continue;
        }
        for (const QString &piece : line.split(sentenceEnd, Qt::SkipEmptyParts))
            add(piece);
    }
    if (inCode)
        add(code);
    return sentences;
}

QStringList enumerationItems(const QString &sentence)
{
    static const QRegularExpression numbered(QStringLiteral(R"([（(]\s*\d+\s*[）)]|[①②③④⑤⑥⑦⑧⑨⑩]|(?:^|\s)\d+[、.．]|[一二三四五六七]是)"));
    static const QRegularExpression listSeparators(QStringLiteral(R"([、；;，,]|和|及|以及|与|或|\band\b|\bor\b)"));
    QString body = sentence;
    // "A 的分类：X、Y" — the items follow the colon.
    const qsizetype colon = std::max(body.lastIndexOf(u'：'), body.lastIndexOf(u':'));
    if (colon >= 0 && colon + 1 < body.size())
        body = body.mid(colon + 1);
    QStringList parts = body.split(numbered, Qt::SkipEmptyParts);
    if (parts.size() < 2)
        parts = body.split(listSeparators, Qt::SkipEmptyParts);
    QStringList items;
    for (QString p : parts) {
        p = p.trimmed();
        while (!p.isEmpty() && QStringLiteral("。.;；，,").contains(p.back()))
            p.chop(1);
        if (p.size() >= 2)
            items.append(p);
    }
    return items.size() >= 2 ? items : QStringList{sentence};
}

} // namespace mi
