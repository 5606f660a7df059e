#pragma once

#include "pdf/stampfont.h"

// The glyphs of "0123456789 /" from DejaVu Sans (the system's sans serif if
// it is missing) as outlines for the page-number stamp. Needs a
// QGuiApplication for the font database.
mi::pdf::StampFont pageNumberFont();
