// Report pieces that need no pack: the round chart and how a long
// transcript is cut into pieces for printing.
#include "report/roundchart.h"
#include "report/transcript.h"
#include "testenvironment.h"

#include <algorithm>
#include <catch2/catch.hpp>

using namespace mi;

TEST_CASE("the round chart is inline SVG with the round titles as text", "[report]")
{
    QList<RoundSummary> rounds{{QStringLiteral("r1"), QStringLiteral("第一轮 <b>bold</b>"), 3, 42.25, 60000},
                               {QStringLiteral("r2"), QStringLiteral("Round two"), 2, 97, 30000}};
    const QString svg = roundChartSvg(rounds, QStringLiteral("Average \"score\""));
    CHECK(svg.startsWith(u"<svg class=\"round-chart\""));
    CHECK(svg.contains(u"aria-label=\"Average &quot;score&quot;\""));
    CHECK(svg.contains(u"第一轮 &lt;b&gt;bold&lt;/b&gt;"));
    CHECK_FALSE(svg.contains(u"<b>"));
    // Bar lengths are the averages in percent; a long bar carries its value inside.
    CHECK(svg.contains(u"width=\"42.3%\""));
    CHECK(svg.contains(u"width=\"97.0%\""));
    CHECK(svg.contains(u"class=\"value inside\""));
    CHECK(svg.count(u"<rect class=\"bar\"") == 2);
}

TEST_CASE("a long transcript splits between turns into pieces of about equal length", "[report]")
{
    TranscriptSections sections;
    sections.front = QString(300, u'f');
    for (const int length : {100, 100, 100, 100, 100, 100, 100, 100, 100, 100})
        sections.turns.append(QString(length, u't'));
    sections.back = QStringLiteral("appendix");

    const QList<QStringList> two = splitTranscript(sections, 2);
    REQUIRE(two.size() == 2);
    CHECK(two.first().first() == sections.front);
    CHECK(two.last().last() == sections.back);
    // 1308 characters: the first piece takes turns until it has its half
    // (the front and 4 turns, 700), the second the rest (6 turns and the back, 608).
    CHECK(two.first().size() == 1 + 4);
    CHECK(two.last().size() == 6 + 1);
    CHECK(two.first().join(QString()) + two.last().join(QString()) == sections.front + sections.turns.join(QString()) + sections.back);

    // Never more pieces than turns, never an empty piece.
    const QList<QStringList> many = splitTranscript(sections, 40);
    CHECK(many.size() == 10);
    for (const QStringList &piece : many)
        CHECK(std::count_if(piece.begin(), piece.end(), [](const QString &s) { return s.startsWith(u't'); }) == 1);
    const QList<QStringList> one = splitTranscript(sections, 1);
    REQUIRE(one.size() == 1);
    CHECK(one.first().size() == 12);
    TranscriptSections empty;
    empty.front = QStringLiteral("front");
    CHECK(splitTranscript(empty, 3).size() == 1);
}
