#include "markdown.h"

#include <md4c-html.h>

namespace mi {

static void appendChunk(const MD_CHAR *text, MD_SIZE size, void *userdata)
{
    static_cast<QByteArray *>(userdata)->append(text, qsizetype(size));
}

QString markdownToHtml(const QString &markdown)
{
    const QByteArray source = markdown.toUtf8();
    QByteArray html;
    const unsigned parserFlags = MD_DIALECT_GITHUB | MD_FLAG_NOHTML;
    if (md_html(source.constData(), MD_SIZE(source.size()), appendChunk, &html, parserFlags, 0) != 0)
        return QStringLiteral("<pre>%1</pre>").arg(markdown.toHtmlEscaped());
    return QString::fromUtf8(html);
}

} // namespace mi
