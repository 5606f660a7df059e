#pragma once

#include <QString>

namespace mi {

// Markdown (GitHub dialect) to HTML with md4c. Raw HTML in the source is
// escaped, never passed through: pack text is untrusted.
QString markdownToHtml(const QString &markdown);

} // namespace mi
