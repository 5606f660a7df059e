#pragma once

#include <QIcon>

// The window icon from the resources: the hicolor PNGs the package installs,
// one per size (16 to 256), so small sizes stay as crisp as they were drawn
// and a HiDPI screen gets the next size up rather than a blurred scale. The
// SVG is not added: QIcon's pixmap engine would only rasterize it at its
// nominal 128 px, which the PNGs already cover.
QIcon appIcon();
