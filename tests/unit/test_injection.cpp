// Pack text and answers are untrusted. Every page builder must turn payloads
// into text: no element, attribute, script or remote reference of their own.
// (The GUI test loads the same pages into the sandboxed web view and checks
// that nothing runs and no request leaves the machine.)
#include "engine/interviewengine.h"
#include "packs/packlibrary.h"
#include "report/htmldocument.h"
#include "report/progresshtml.h"
#include "report/scorehtml.h"
#include "report/sessionreport.h"
#include "scoring/packcorpus.h"
#include "scoring/rubricscorer.h"
#include "testenvironment.h"
#include "injectionpages.h"

#include <QFile>
#include <QRegularExpression>
#include <catch2/catch.hpp>

using namespace mi;

namespace {

void requireInert(const QString &name, const QString &page)
{
    INFO(name.toStdString());
    // The only scripts: the three bundled files and inert JSON data blocks.
    static const QRegularExpression scriptTag(QStringLiteral("<script\\b[^>]*>"), QRegularExpression::CaseInsensitiveOption);
    for (auto it = scriptTag.globalMatch(page); it.hasNext();) {
        const QString tag = it.next().captured();
        const bool ours = tag == u"<script src=\"highlight.min.js\">" || tag == u"<script src=\"chart.min.js\">" || tag == u"<script src=\"panel.js\">"
            || tag.startsWith(u"<script type=\"application/json\"");
        INFO("script tag: " << tag.toStdString());
        CHECK(ours);
    }
    for (const char *element : {"<img", "<iframe", "<style", "<object", "<embed", "<b onmouseover", "<a href=\"javascript"}) {
        INFO(element);
        CHECK_FALSE(page.contains(QLatin1String(element), Qt::CaseInsensitive));
    }
    // Every tag is one our builders write (SVG ones included): double-quoted attributes, no
    // event handlers, no remote or javascript: targets. A tag that does not
    // parse this way would be a sign of injected markup.
    static const QRegularExpression tag(QStringLiteral(R"re(<(/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s+[a-zA-Z][a-zA-Z0-9-]*(?:="[^"<>]*")?)*)\s*/?>)re"));
    static const QRegularExpression attribute(QStringLiteral(R"re(\s+([a-zA-Z][a-zA-Z0-9-]*)(?:="([^"]*)")?)re"));
    static const QRegularExpression anyTagStart(QStringLiteral("<[a-zA-Z/!]"));
    qsizetype tags = 0, starts = 0;
    for (auto it = anyTagStart.globalMatch(page); it.hasNext(); it.next())
        ++starts;
    for (auto it = tag.globalMatch(page); it.hasNext();) {
        const QRegularExpressionMatch t = it.next();
        ++tags;
        for (auto a = attribute.globalMatch(t.captured(3)); a.hasNext();) {
            const QRegularExpressionMatch attr = a.next();
            const QString name = attr.captured(1).toLower();
            const QString value = attr.captured(2).trimmed().toLower();
            INFO("tag " << t.captured().left(200).toStdString());
            CHECK_FALSE(name.startsWith(u"on"));
            if (name == u"src" || name == u"href")
                CHECK_FALSE((value.startsWith(u"javascript:") || value.startsWith(u"//") || value.startsWith(u"data:")
                             || (name == u"src" && value.startsWith(u"http"))));
        }
    }
    CHECK(tags == starts - 1); // every tag parsed (the doctype is the one exception)
    // JSON data blocks cannot be closed from inside.
    static const QRegularExpression jsonBlock(QStringLiteral("<script type=\"application/json\"[^>]*>(.*?)</script>"),
                                              QRegularExpression::DotMatchesEverythingOption);
    for (auto it = jsonBlock.globalMatch(page); it.hasNext();)
        CHECK_FALSE(it.next().captured(1).contains(u'<'));
}

} // namespace

TEST_CASE("every page shows injected pack text and answers as text", "[injection]")
{
    const InjectionPages pages = buildInjectionPages();
    REQUIRE(pages.all.size() >= 4);
    for (auto it = pages.all.cbegin(); it != pages.all.cend(); ++it)
        requireInert(it.key(), it.value());
    // The payloads are still there, as visible text.
    CHECK(pages.all.value(QStringLiteral("score")).contains(u"&lt;script&gt;window.__pwned='answer'&lt;/script&gt;"));
    CHECK(pages.all.value(QStringLiteral("score")).contains(u"&lt;img src=&quot;http://203.0.113.5/ref.png&quot;"));
    CHECK(pages.all.value(QStringLiteral("report")).contains(u"Evil &lt;script&gt;"));
    // A javascript: link keeps its words and loses its target; a remote image becomes its alt text.
    CHECK(pages.all.value(QStringLiteral("score")).contains(u"click me"));
    CHECK(pages.all.value(QStringLiteral("score")).contains(u"[tracker]"));
}
