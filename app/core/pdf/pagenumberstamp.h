#pragma once

#include "common/error.h"
#include "stampfont.h"

namespace mi::pdf {

struct PageNumberStyle {
    StampFont font;
    double fontSize = 8;            // points
    double baseline = 23;           // points above the bottom edge of the page
    QByteArray rgb = "0.349 0.388 0.431"; // the pages' muted grey (#59636e)
};

struct StampedPdf {
    QByteArray bytes;
    int pages = 0;
};

// Writes "n / N" centred at the foot of every page, in reading order, as an
// incremental update: the printed pages are not rewritten, only each page
// dictionary gains one content stream and a font. Chromium 102 cannot
// number pages itself (no CSS page-margin boxes).
Result<StampedPdf> stampPageNumbers(const QByteArray &pdf, const PageNumberStyle &style);

} // namespace mi::pdf
