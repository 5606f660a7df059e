#pragma once

#include <QCoreApplication>

namespace mi::pdf {

// The translation context of the PDF reader's and stamper's messages.
struct Pdf {
    Q_DECLARE_TR_FUNCTIONS(Pdf)
};

} // namespace mi::pdf
