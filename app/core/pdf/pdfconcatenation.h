#pragma once

#include "common/error.h"

#include <QByteArrayList>

namespace mi::pdf {

// One PDF with the pages of `parts` in order. The first part's bytes stay as
// they are; the others' objects are renumbered and appended as an
// incremental update under a new page-tree root. Used to print a long
// transcript in pieces side by side (one Chromium renderer per piece).
Result<QByteArray> concatenatePdfs(const QByteArrayList &parts);

} // namespace mi::pdf
