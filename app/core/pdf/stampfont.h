#pragma once

#include <QByteArray>
#include <QRectF>
#include <vector>

namespace mi::pdf {

class IncrementalUpdate;

// The few glyphs a page number needs, as outlines in a 1000-unit em with y
// up, so they can be embedded as a small Type 3 font: the stamp then needs
// no font on the reader's machine. Built from a real font by the caller
// (the core has no font access).
struct StampGlyph {
    char character = 0;
    QByteArray glyphName; // Adobe glyph list name ("zero", "slash"): text extraction reads it
    double advance = 0;
    QRectF bounds;        // of the outline, y up (so top() is the lowest y), for the d1 operator
    QByteArray outline;   // path operators (m, l, c, h); filled by the font
};

struct StampFont {
    std::vector<StampGlyph> glyphs;

    const StampGlyph *glyph(char character) const;
    // Width of `text` in font units; characters without a glyph count zero.
    double width(const QByteArray &text) const;
};

// Adds the font and its glyph procedures; returns the font's object number.
int addType3Font(IncrementalUpdate &update, const StampFont &font);

} // namespace mi::pdf
