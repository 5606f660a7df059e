#pragma once

#include "clicontext.h"
#include "clitr.h"

#include <QStringList>

namespace mi::cli {

// Each takes the subcommand's arguments (the first is the command name) and
// returns the process exit code.
int runPacks(CliContext &ctx, const QStringList &args);
int runValidate(CliContext &ctx, const QStringList &args);
int runQuestions(CliContext &ctx, const QStringList &args);
int runScore(CliContext &ctx, const QStringList &args);
int runPractice(CliContext &ctx, const QStringList &args);
int runSessions(CliContext &ctx, const QStringList &args);
int runTranscribe(CliContext &ctx, const QStringList &args);
int runExport(CliContext &ctx, const QStringList &args); // needs a QGuiApplication
int runExportBundle(CliContext &ctx, const QStringList &args);
int runImportBundle(CliContext &ctx, const QStringList &args);

} // namespace mi::cli
