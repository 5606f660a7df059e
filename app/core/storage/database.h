#pragma once

#include "common/error.h"

#include <QSqlDatabase>
#include <QString>
#include <memory>

namespace mi {

// One SQLite file opened through Qt SQL: WAL journal, foreign keys on, schema
// brought up to date by forward migrations (PRAGMA user_version).
class Database
{
public:
    static Result<std::shared_ptr<Database>> open(const QString &path);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    int schemaVersion() const;
    static int latestSchemaVersion();

private:
    Database(QString connectionName, QString path);
    Result<void> migrate();

    QString m_connectionName;
    QString m_path;
};

// $MOCKINTERVIEW_DB, else mockinterview.sqlite in the user's data dir.
QString defaultDatabasePath();

} // namespace mi
