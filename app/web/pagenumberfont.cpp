#include "pagenumberfont.h"

#include <QFont>
#include <QPainterPath>
#include <QRawFont>

namespace {

QByteArray number(double n) { return QByteArray::number(n, 'f', 1); }

// Qt's glyph paths are y-down; PDF glyph space is y-up.
QByteArray pdfOutline(const QPainterPath &path)
{
    QByteArray ops;
    for (int i = 0; i < path.elementCount(); ++i) {
        const QPainterPath::Element e = path.elementAt(i);
        switch (e.type) {
        case QPainterPath::MoveToElement:
            if (i > 0)
                ops += "h ";
            ops += number(e.x) + ' ' + number(-e.y) + " m ";
            break;
        case QPainterPath::LineToElement:
            ops += number(e.x) + ' ' + number(-e.y) + " l ";
            break;
        case QPainterPath::CurveToElement: {
            const QPainterPath::Element c2 = path.elementAt(i + 1);
            const QPainterPath::Element end = path.elementAt(i + 2);
            ops += number(e.x) + ' ' + number(-e.y) + ' ' + number(c2.x) + ' ' + number(-c2.y) + ' ' + number(end.x) + ' ' + number(-end.y) + " c ";
            i += 2;
            break;
        }
        case QPainterPath::CurveToDataElement:
            break;
        }
    }
    if (!ops.isEmpty())
        ops += 'h';
    return ops;
}

} // namespace

mi::pdf::StampFont pageNumberFont()
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    QRawFont raw = QRawFont::fromFont(font);
    raw.setPixelSize(1000); // font units of a 1000-unit em, as PDF glyph space wants
    static const struct {
        char character;
        const char *name;
    } wanted[] = {{' ', "space"}, {'/', "slash"}, {'0', "zero"}, {'1', "one"}, {'2', "two"}, {'3', "three"}, {'4', "four"},
                  {'5', "five"}, {'6', "six"}, {'7', "seven"}, {'8', "eight"}, {'9', "nine"}};
    mi::pdf::StampFont stampFont;
    for (const auto &[character, name] : wanted) {
        const QList<quint32> glyphs = raw.glyphIndexesForString(QString(QLatin1Char(character)));
        if (glyphs.size() != 1)
            continue;
        const QList<QPointF> advances = raw.advancesForGlyphIndexes(glyphs);
        const QPainterPath path = raw.pathForGlyph(glyphs.first());
        const QRectF box = path.boundingRect();
        // Flip the box to y-up too: top() becomes the lowest y.
        const QRectF bounds(box.left(), -box.bottom(), box.width(), box.height());
        stampFont.glyphs.push_back({character, name, advances.value(0).x(), bounds, pdfOutline(path)});
    }
    return stampFont;
}
