#include "htmldocument.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mi {

static const char *const kContentSecurityPolicy =
    "default-src 'none'; script-src qrc:; style-src qrc:; img-src qrc: data:; media-src qrc: file:; font-src qrc:; "
    "connect-src 'none'; form-action 'none'; frame-src 'none'; base-uri 'none'";

QString escaped(const QString &text)
{
    QString html = text.toHtmlEscaped();
    html.replace(u'\n', QStringLiteral("<br>"));
    return html;
}

static const char *const kStandalonePolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'; base-uri 'none'";

static QString bundledStylesheet()
{
    QFile css(QStringLiteral(":/web/panel.css"));
    return css.open(QIODevice::ReadOnly) ? QString::fromUtf8(css.readAll()) : QString();
}

QString htmlDocument(const QString &body, const PageOptions &o)
{
    QStringList classes;
    if (o.dark)
        classes.append(QStringLiteral("dark"));
    if (o.print)
        classes.append(QStringLiteral("print"));
    QString head;
    if (o.standalone) {
        head = QStringLiteral("<style>%1</style>").arg(bundledStylesheet());
    } else {
        head = QStringLiteral("<link rel=\"stylesheet\" href=\"panel.css\">");
        // highlight.js is 850 kB of script: load it only for pages with code.
        if (body.contains(u"<code class=\"language-"))
            head += QStringLiteral("<script src=\"highlight.min.js\"></script>");
        if (o.charts)
            head += QStringLiteral("<script src=\"chart.min.js\"></script>");
        head += QStringLiteral("<script src=\"panel.js\"></script>");
    }
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\" class=\"%2\"><head><meta charset=\"utf-8\">"
                          "<meta http-equiv=\"Content-Security-Policy\" content=\"%3\">"
                          "<title>%4</title>%5</head>\n<body>%6</body></html>\n")
        .arg(o.language == u"en" ? QStringLiteral("en") : QStringLiteral("zh-CN"), classes.join(u' '),
             QString::fromLatin1(o.standalone ? kStandalonePolicy : kContentSecurityPolicy), o.title.toHtmlEscaped(), head, body);
}

QString jsonDataBlock(const QString &id, const QJsonValue &data)
{
    QByteArray json = data.isArray() ? QJsonDocument(data.toArray()).toJson(QJsonDocument::Compact)
                                     : QJsonDocument(data.toObject()).toJson(QJsonDocument::Compact);
    json.replace("<", "\\u003c");
    return QStringLiteral("<script type=\"application/json\" id=\"%1\">%2</script>").arg(id.toHtmlEscaped(), QString::fromUtf8(json));
}

} // namespace mi
