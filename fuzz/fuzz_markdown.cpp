// Pack references, notes and comments are Markdown written by someone else;
// they become HTML shown in a web view. Whatever the bytes, rendering must
// finish and must never let markup through that runs or fetches anything.
#include "report/markdown.h"

#include <QByteArray>
#include <QString>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString markdown = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString html = mi::markdownToHtml(markdown).toLower();
    // Raw HTML is escaped ("&lt;script"), so any of these is a real tag.
    for (const char *forbidden : {"<script", "<iframe", "<img", "<object", "<embed", "<style", "<link", "<meta", "<form"}) {
        if (html.contains(QLatin1String(forbidden)))
            std::abort();
    }
    // A link may only lead to the web or a mail address.
    for (qsizetype at = html.indexOf(u"<a href=\""); at >= 0; at = html.indexOf(u"<a href=\"", at + 1)) {
        const QStringView target = QStringView(html).mid(at + 9);
        if (!target.startsWith(u"http://") && !target.startsWith(u"https://") && !target.startsWith(u"mailto:"))
            std::abort();
    }
    return 0;
}
