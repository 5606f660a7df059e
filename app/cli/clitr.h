#pragma once

#include <QCoreApplication>

namespace mi::cli {

// The command-line tool's messages share the translation context "cli".
// lupdate files Cli::tr() under the name given to Q_DECLARE_TR_FUNCTIONS; a
// free tr() in namespace mi::cli would be filed under "mi::cli" instead and
// never be found at run time.
struct Cli {
    Q_DECLARE_TR_FUNCTIONS(cli)
};

} // namespace mi::cli
