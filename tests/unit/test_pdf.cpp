// The PDF reader and the page-number stamp, on small PDFs built here with
// the shapes real writers use (inherited resources, resource and content
// arrays, a name already taken), checked by reading them back and with qpdf
// and pdftotext as an outside reader would.
#include "pdf/pagenumberstamp.h"
#include "pdf/pdfdocument.h"
#include "pdf/pdfparser.h"
#include "testenvironment.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <map>

using mi::Result;
using namespace mi::pdf;

namespace {

// Writes numbered objects and a classic cross-reference table with correct
// offsets, like any simple PDF writer.
QByteArray buildPdf(const std::map<int, QByteArray> &objects, const QByteArray &trailerExtra = {})
{
    QByteArray out = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n";
    std::map<int, qsizetype> offsets;
    for (const auto &[number, body] : objects) {
        offsets[number] = out.size();
        out += QByteArray::number(number) + " 0 obj\n" + body + "\nendobj\n";
    }
    const int size = objects.rbegin()->first + 1;
    const qsizetype xref = out.size();
    out += "xref\n0 " + QByteArray::number(size) + "\n0000000000 65535 f\r\n";
    for (int n = 1; n < size; ++n)
        out += offsets.count(n) ? QByteArray::number(offsets[n]).rightJustified(10, '0') + " 00000 n\r\n" : QByteArray("0000000000 00000 f\r\n");
    out += "trailer\n<< /Size " + QByteArray::number(size) + " /Root 1 0 R" + trailerExtra + " >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

QByteArray stream(const QByteArray &data) { return "<< /Length " + QByteArray::number(data.size()) + " >>\nstream\n" + data + "\nendstream"; }

// Three pages that each take a different road to their resources.
QByteArray threePagePdf()
{
    const QByteArray helvetica = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>";
    return buildPdf({
        {1, "<< /Type /Catalog /Pages 2 0 R >>"},
        // MediaBox and Resources are inherited by pages that lack them.
        {2, "<< /Type /Pages /Kids [3 0 R 9 0 R] /Count 3 /MediaBox [0 0 612 792] /Resources << /Font << /F1 6 0 R >> >> >>"},
        {3, "<< /Type /Page /Parent 2 0 R /Contents 4 0 R >>"}, // inherits both
        {4, stream("BT /F1 12 Tf 72 700 Td (First page) Tj ET")},
        {5, "<< /Font 8 0 R >>"}, // resources, and their font dictionary, by reference
        {6, helvetica},
        {7, stream("BT /F1 12 Tf 72 700 Td (Second page) Tj ET")},
        {8, "<< /F1 6 0 R /MiPageNumber 6 0 R >>"}, // the stamp's name is taken
        {9, "<< /Type /Pages /Parent 2 0 R /Kids [10 0 R 11 0 R] /Count 2 >>"},
        {10, "<< /Type /Page /Parent 9 0 R /Resources 5 0 R /Contents 7 0 R /MediaBox [0 0 595 842] >>"},
        // A content array, and a transform the page never undoes.
        {11, "<< /Type /Page /Parent 9 0 R /Contents [12 0 R 13 0 R] >>"},
        {12, stream("2 0 0 2 0 0 cm")},
        {13, stream("BT /F1 6 Tf 36 350 Td (Third page) Tj ET")},
    });
}

// Box-shaped glyphs: enough to check placement and text extraction.
StampFont boxFont()
{
    StampFont font;
    const char *names[] = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};
    for (int digit = 0; digit < 10; ++digit)
        font.glyphs.push_back({char('0' + digit), names[digit], 556, QRectF(50, 0, 456, 700), "50 0 m 506 0 l 506 700 l 50 700 l h"});
    font.glyphs.push_back({'/', "slash", 278, QRectF(0, -50, 278, 800), "0 -50 m 60 -50 l 278 750 l 218 750 l h"});
    font.glyphs.push_back({' ', "space", 278, QRectF(), {}});
    return font;
}

QString run(const QString &program, const QStringList &args, int *exitCode = nullptr)
{
    QProcess p;
    p.start(program, args);
    REQUIRE(p.waitForFinished(30000));
    if (exitCode)
        *exitCode = p.exitCode();
    return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
}

QString writeTemp(QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    QFile f(dir.filePath(name));
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    return f.fileName();
}

// The content stream added to a page: the last entry of its /Contents.
QByteArray stampOf(const Document &doc, const PageEntry &page)
{
    const Value *contents = page.dict.get("Contents");
    REQUIRE(contents);
    REQUIRE(contents->isArray());
    const Value &last = contents->items.back();
    REQUIRE(last.isRef());
    Result<Value> dict = doc.object(last.objectNumber);
    REQUIRE(dict);
    const qsizetype at = doc.bytes().indexOf("stream\n", doc.bytes().indexOf(QByteArray::number(last.objectNumber) + " 0 obj")) + 7;
    return doc.bytes().mid(at, qsizetype(dict->get("Length")->toNumber()));
}

} // namespace

TEST_CASE("pdf: values parse as written and serialise back", "[pdf]")
{
    const QByteArray text = "<< /Kids [1 0 R 2 0 R 3 4] /Title (a \\) b (nested) c) /Id <0A1b> /Neg -.5 % a comment\n /Ok true /N null /Sub << /K /V#20x >> >>";
    Parser parser(text, 0);
    Result<Value> v = parser.parseValue();
    REQUIRE(v);
    REQUIRE(v->isDict());
    const Value *kids = v->get("Kids");
    REQUIRE(kids);
    REQUIRE(kids->items.size() == 4);
    CHECK(kids->items[0].isRef());
    CHECK(kids->items[1].objectNumber == 2);
    CHECK(kids->items[2].isNumber()); // "3 4" is two numbers, not a reference
    CHECK(kids->items[3].token == "4");
    CHECK(v->get("Title")->token == "(a \\) b (nested) c)");
    CHECK(v->get("Id")->token == "<0A1b>");
    CHECK(v->get("Neg")->toNumber() == Approx(-0.5));
    CHECK(v->get("Ok")->kind == Value::Kind::Bool);
    CHECK(v->get("N")->kind == Value::Kind::Null);
    CHECK(v->get("Sub")->get("K")->isName("V#20x"));
    CHECK(v->serialize() == "<< /Kids [ 1 0 R 2 0 R 3 4 ] /Title (a \\) b (nested) c) /Id <0A1b> /Neg -.5 /Ok true /N null /Sub << /K /V#20x >> >>");
    CHECK(Value::real(0.001).token == "0.001");
    CHECK(Value::real(297.5).token == "297.5");
    CHECK(Value::real(12).token == "12");
}

TEST_CASE("pdf: broken input is refused with a reason, not misread", "[pdf]")
{
    CHECK(Document::parse("GIF89a").error().message.contains(u"not a PDF"));
    CHECK(Document::parse("%PDF-1.4\n1 0 obj << >> endobj\n").error().message.contains(u"startxref"));
    // A PDF 1.5 cross-reference stream.
    const QByteArray xrefStream = "%PDF-1.5\n1 0 obj\n<< /Type /XRef /Size 2 /W [1 2 1] >>\nstream\n\nendstream\nendobj\nstartxref\n9\n%%EOF\n";
    CHECK(Document::parse(xrefStream).error().message.contains(u"cross-reference stream"));
    // A page tree whose node lists itself as a kid.
    const QByteArray loop = buildPdf({{1, "<< /Type /Catalog /Pages 2 0 R >>"}, {2, "<< /Type /Pages /Kids [2 0 R] /Count 1 >>"}});
    Result<Document> doc = Document::parse(loop);
    REQUIRE(doc);
    CHECK(doc->pages().error().message.contains(u"loops"));
    // Ten thousand nested arrays must not exhaust the stack.
    const QByteArray deep = QByteArray(10000, '[') + QByteArray(10000, ']');
    Parser parser(deep, 0);
    CHECK(parser.parseValue().error().message.contains(u"nested too deeply"));
    const QByteArray unclosed = "(never closed";
    CHECK(Parser(unclosed, 0).parseValue().error().message.contains(u"unterminated string"));
    CHECK(stampPageNumbers(threePagePdf().left(200), PageNumberStyle{boxFont()}).error().message.contains(u"startxref"));
    StampFont noSeven = boxFont();
    std::erase_if(noSeven.glyphs, [](const StampGlyph &g) { return g.character == '7'; });
    CHECK(stampPageNumbers(threePagePdf(), PageNumberStyle{noSeven}).error().message.contains(u"no glyph for \"7\""));
}

TEST_CASE("pdf: every page gets its number as an incremental update", "[pdf]")
{
    const QByteArray original = threePagePdf();
    Result<StampedPdf> stamped = stampPageNumbers(original, PageNumberStyle{boxFont()});
    INFO((stamped ? QString() : stamped.error().message).toStdString());
    REQUIRE(stamped);
    CHECK(stamped->pages == 3);
    // The printed bytes are untouched: the update only follows them.
    CHECK(stamped->bytes.startsWith(original));

    Result<Document> doc = Document::parse(stamped->bytes);
    REQUIRE(doc);
    CHECK(doc->trailer().get("Prev")->toNumber() == Approx(Document::parse(original)->lastXrefOffset()));
    Result<std::vector<PageEntry>> pages = doc->pages();
    REQUIRE(pages);
    REQUIRE(pages->size() == 3);

    // Page 1 inherited its resources: now it has its own, with both fonts.
    const Value *fonts1 = pages->at(0).dict.get("Resources")->get("Font");
    REQUIRE(fonts1);
    CHECK(fonts1->get("F1"));
    CHECK(fonts1->get("MiPageNumber"));
    // Page 2 already used the name: the stamp picks another and keeps the old one.
    Result<Value> fonts2 = doc->resolve(*pages->at(1).dict.get("Resources")->get("Font"));
    REQUIRE(fonts2);
    CHECK(fonts2->get("MiPageNumber")->objectNumber == 6);
    CHECK(fonts2->get("MiPageNumber2"));
    // Each page's own content stays, wrapped so its transform cannot move the number.
    const Value *contents3 = pages->at(2).dict.get("Contents");
    REQUIRE(contents3->items.size() == 4);
    CHECK(contents3->items[1].objectNumber == 12);
    CHECK(contents3->items[2].objectNumber == 13);

    // "1 / 3" is two digits (556 units each) and a slash and two spaces (278
    // each): 1946 units, 15.568 pt at 8 pt, centred on the 612 pt page.
    const QByteArray first = stampOf(*doc, pages->at(0));
    CHECK(first.startsWith("Q q BT /MiPageNumber 8 Tf"));
    INFO(first.toStdString());
    CHECK(first.contains("1 0 0 1 298.216 23 Tm (1 / 3) Tj"));
    // Page 2 has its own 595 pt wide media box.
    CHECK(stampOf(*doc, pages->at(1)).contains("1 0 0 1 289.716 23 Tm (2 / 3) Tj"));
    CHECK(stampOf(*doc, pages->at(2)).contains("/MiPageNumber 8 Tf"));
    CHECK(stampOf(*doc, pages->at(2)).contains("(3 / 3) Tj"));
}

TEST_CASE("pdf: outside readers accept the stamped file and read the numbers", "[pdf]")
{
    Result<StampedPdf> stamped = stampPageNumbers(threePagePdf(), PageNumberStyle{boxFont()});
    REQUIRE(stamped);
    // Numbering a numbered file again chains a second update onto the first.
    Result<StampedPdf> twice = stampPageNumbers(stamped->bytes, PageNumberStyle{boxFont()});
    REQUIRE(twice);

    QTemporaryDir dir;
    for (const QByteArray &bytes : {stamped->bytes, twice->bytes}) {
        const QString path = writeTemp(dir, QStringLiteral("stamped.pdf"), bytes);
        int exitCode = -1;
        const QString check = run(QStringLiteral("qpdf"), {QStringLiteral("--check"), path}, &exitCode);
        INFO(check.toStdString());
        CHECK(exitCode == 0);
        CHECK(check.contains(u"No syntax or stream encoding errors"));
        const QString text = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
        INFO(text.toStdString());
        CHECK(text.contains(u"First page"));
        CHECK(text.contains(u"1 / 3"));
        CHECK(text.contains(u"2 / 3"));
        CHECK(text.contains(u"3 / 3"));
    }
}
