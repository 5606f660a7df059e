#pragma once

#include "packs/packlibrary.h"
#include "scoring/corpusstats.h"
#include "scoring/rubricscorer.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QTextStream>
#include <memory>

namespace mi::cli {

// What every subcommand shares: output streams, the pack library, the scorer
// and the database, each made on first use.
class CliContext
{
public:
    CliContext();

    QTextStream out;
    QTextStream err;
    QString databasePath; // --db, else $MOCKINTERVIEW_DB, else the data dir
    QString packsPath;    // --packs, else the bundled packs

    // Loads the packs once; reports broken files on stderr and keeps the rest.
    const PackLibrary &library(bool reportErrors = true);
    const CorpusStats &corpus();
    std::shared_ptr<const Scorer> scorer();
    Result<std::shared_ptr<Database>> database();

    // Adds --db and --packs to a subcommand's parser and reads them back.
    static void addCommonOptions(QCommandLineParser &parser);
    void takeCommonOptions(const QCommandLineParser &parser);
    // Parses a subcommand's arguments; prints help or errors. Returns false
    // with `exitCode` set when the command should stop.
    bool parse(QCommandLineParser &parser, const QStringList &arguments, int &exitCode);

    void printJson(const QJsonValue &value, bool compact = false);

private:
    std::unique_ptr<PackLibrary> m_library;
    std::shared_ptr<CorpusStats> m_corpus;
    std::shared_ptr<const Scorer> m_scorer;
    std::shared_ptr<Database> m_database;
};

} // namespace mi::cli
