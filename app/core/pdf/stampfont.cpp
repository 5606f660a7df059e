#include "stampfont.h"

#include "incrementalupdate.h"

#include <algorithm>

namespace mi::pdf {

const StampGlyph *StampFont::glyph(char character) const
{
    const auto found = std::find_if(glyphs.begin(), glyphs.end(), [=](const StampGlyph &g) { return g.character == character; });
    return found == glyphs.end() ? nullptr : &*found;
}

double StampFont::width(const QByteArray &text) const
{
    double width = 0;
    for (const char c : text)
        if (const StampGlyph *g = glyph(c))
            width += g->advance;
    return width;
}

namespace {

QByteArray glyphProcedure(const StampGlyph &glyph)
{
    // "wx 0 llx lly urx ury d1": a glyph that takes its colour from the page.
    QByteArray proc;
    for (const double n : {glyph.advance, 0.0, glyph.bounds.left(), glyph.bounds.top(), glyph.bounds.right(), glyph.bounds.bottom()})
        proc += Value::real(n).token + ' ';
    proc += "d1\n";
    if (!glyph.outline.isEmpty())
        proc += glyph.outline + "\nf\n";
    return proc;
}

// Maps our one-byte codes back to Unicode for copy and search.
QByteArray toUnicodeCMap(const StampFont &font)
{
    QByteArray map = "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
                     "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                     "/CMapName /Adobe-Identity-UCS def /CMapType 2 def\n"
                     "1 begincodespacerange <00> <FF> endcodespacerange\n";
    map += QByteArray::number(qsizetype(font.glyphs.size())) + " beginbfchar\n";
    for (const StampGlyph &g : font.glyphs)
        map += '<' + QByteArray(1, g.character).toHex() + "> <" + QByteArray::number(uchar(g.character), 16).rightJustified(4, '0') + ">\n";
    map += "endbfchar\nendcmap CMapName currentdict /CMap defineresource pop end end\n";
    return map;
}

} // namespace

int addType3Font(IncrementalUpdate &update, const StampFont &font)
{
    Value charProcs = Value::dict();
    Value differences = Value::array();
    int first = 255;
    int last = 0;
    QRectF fontBox;
    for (const StampGlyph &g : font.glyphs) {
        charProcs.set(g.glyphName, Value::ref(update.addStream(Value::dict(), glyphProcedure(g))));
        differences.items.push_back(Value::integer(uchar(g.character)));
        differences.items.push_back(Value::name(g.glyphName));
        first = std::min(first, int(uchar(g.character)));
        last = std::max(last, int(uchar(g.character)));
        fontBox = fontBox.united(g.bounds);
    }
    Value widths = Value::array();
    for (int code = first; code <= last; ++code) {
        const StampGlyph *g = font.glyph(char(code));
        widths.items.push_back(Value::real(g ? g->advance : 0));
    }
    Value encoding = Value::dict();
    encoding.set("Type", Value::name("Encoding"));
    encoding.set("Differences", differences);

    Value dict = Value::dict();
    dict.set("Type", Value::name("Font"));
    dict.set("Subtype", Value::name("Type3"));
    dict.set("FontBBox", Value::array({Value::real(fontBox.left()), Value::real(fontBox.top()), Value::real(fontBox.right()), Value::real(fontBox.bottom())}));
    dict.set("FontMatrix", Value::array({Value::real(0.001), Value::integer(0), Value::integer(0), Value::real(0.001), Value::integer(0), Value::integer(0)}));
    dict.set("CharProcs", charProcs);
    dict.set("Encoding", encoding);
    dict.set("FirstChar", Value::integer(first));
    dict.set("LastChar", Value::integer(last));
    dict.set("Widths", widths);
    dict.set("Resources", Value::dict());
    dict.set("ToUnicode", Value::ref(update.addStream(Value::dict(), toUnicodeCMap(font))));
    return update.addObject(dict);
}

} // namespace mi::pdf
