#include "clicontext.h"

#include "scoring/packcorpus.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>

namespace mi::cli {

CliContext::CliContext() : out(stdout), err(stderr)
{
    out.setEncoding(QStringConverter::Utf8);
    err.setEncoding(QStringConverter::Utf8);
}

const PackLibrary &CliContext::library(bool reportErrors)
{
    if (!m_library) {
        m_library = std::make_unique<PackLibrary>();
        m_library->load({packsPath.isEmpty() ? defaultPacksDirectory() : packsPath});
        if (reportErrors) {
            for (const Error &e : m_library->errors())
                err << e.toString() << Qt::endl;
            if (!m_library->errors().isEmpty())
                err << QCoreApplication::translate("cli", "warning: skipped %n broken pack file(s)", nullptr, int(m_library->brokenFiles().size())) << Qt::endl;
        }
    }
    return *m_library;
}

const CorpusStats &CliContext::corpus()
{
    if (!m_corpus)
        m_corpus = buildPackCorpus(library());
    return *m_corpus;
}

std::shared_ptr<const Scorer> CliContext::scorer()
{
    if (!m_scorer) {
        corpus();
        m_scorer = std::make_shared<RubricScorer>(m_corpus);
    }
    return m_scorer;
}

Result<std::shared_ptr<Database>> CliContext::database()
{
    if (!m_database) {
        Result<std::shared_ptr<Database>> db = Database::open(databasePath.isEmpty() ? defaultDatabasePath() : databasePath);
        if (!db)
            return db;
        m_database = *db;
    }
    return m_database;
}

void CliContext::addCommonOptions(QCommandLineParser &parser)
{
    parser.addHelpOption();
    parser.addOption({QStringLiteral("db"), QCoreApplication::translate("cli", "SQLite database file (default: $MOCKINTERVIEW_DB, else the user data folder)."), QStringLiteral("path")});
    parser.addOption({QStringLiteral("packs"), QCoreApplication::translate("cli", "Folder or file of question packs (default: the bundled packs)."), QStringLiteral("path")});
}

void CliContext::takeCommonOptions(const QCommandLineParser &parser)
{
    if (parser.isSet(QStringLiteral("db")))
        databasePath = parser.value(QStringLiteral("db"));
    if (parser.isSet(QStringLiteral("packs")))
        packsPath = parser.value(QStringLiteral("packs"));
}

bool CliContext::parse(QCommandLineParser &parser, const QStringList &arguments, int &exitCode)
{
    addCommonOptions(parser);
    if (!parser.parse(arguments)) {
        err << parser.errorText() << Qt::endl;
        exitCode = 2;
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        exitCode = 0;
        return false;
    }
    takeCommonOptions(parser);
    return true;
}

void CliContext::printJson(const QJsonValue &value, bool compact)
{
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out << QString::fromUtf8(doc.toJson(compact ? QJsonDocument::Compact : QJsonDocument::Indented));
    if (compact)
        out << u'\n';
    out.flush();
}

} // namespace mi::cli
