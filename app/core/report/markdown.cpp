#include "markdown.h"

#include <QRegularExpression>
#include <md4c-html.h>

namespace mi {
namespace {

void appendChunk(const MD_CHAR *text, MD_SIZE size, void *userdata)
{
    static_cast<QByteArray *>(userdata)->append(text, qsizetype(size));
}

// Pack text is untrusted: a link may only point to the web or an address
// (javascript:, file: and data: links lose their target), and images are shown
// as their alt text so that nothing is ever fetched.
QString neutraliseLinksAndImages(QString html)
{
    static const QRegularExpression image(QStringLiteral(R"re(<img\b[^>]*?\balt="([^"]*)"[^>]*>)re"));
    html.replace(image, QStringLiteral("[\\1]"));
    static const QRegularExpression anyImage(QStringLiteral(R"re(<img\b[^>]*>)re"));
    html.replace(anyImage, QString());
    static const QRegularExpression href(QStringLiteral(R"re(<a href="([^"]*)")re"));
    QString out;
    qsizetype last = 0;
    for (auto it = href.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString target = m.captured(1).trimmed().toLower();
        const bool allowed = target.startsWith(u"https://") || target.startsWith(u"http://") || target.startsWith(u"mailto:");
        out += html.mid(last, m.capturedStart() - last);
        out += allowed ? m.captured() : QStringLiteral("<a");
        last = m.capturedEnd();
    }
    return out + html.mid(last);
}

} // namespace

QString markdownToHtml(const QString &markdown)
{
    const QByteArray source = markdown.toUtf8();
    QByteArray html;
    const unsigned parserFlags = MD_DIALECT_GITHUB | MD_FLAG_NOHTML;
    if (md_html(source.constData(), MD_SIZE(source.size()), appendChunk, &html, parserFlags, 0) != 0)
        return QStringLiteral("<pre>%1</pre>").arg(markdown.toHtmlEscaped());
    return neutraliseLinksAndImages(QString::fromUtf8(html));
}

} // namespace mi
