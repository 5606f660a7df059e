#include "database.h"

#include "common/trcontexts.h"
#include "migrations.h"

#include <QAtomicInt>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace mi {

static QString sqlError(const QString &what, const QSqlError &error)
{
    return QStringLiteral("%1: %2").arg(what, error.text());
}

Database::Database(QString connectionName, QString path) : m_connectionName(std::move(connectionName)), m_path(std::move(path)) {}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const { return QSqlDatabase::database(m_connectionName, false); }

int Database::latestSchemaVersion() { return int(schemaMigrations().size()); }

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
    return q.exec(QStringLiteral("PRAGMA user_version")) && q.next() ? q.value(0).toInt() : -1;
}

Result<std::shared_ptr<Database>> Database::open(const QString &path)
{
    static QAtomicInt counter;
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return fail(Storage::tr("cannot create the folder %1").arg(info.absolutePath()));
    const QString name = QStringLiteral("mockinterview-%1").arg(counter.fetchAndAddRelaxed(1));
    std::shared_ptr<Database> database(new Database(name, info.absoluteFilePath()));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(info.absoluteFilePath());
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open())
            return fail(sqlError(QStringLiteral("cannot open database %1").arg(path), db.lastError()));
        QSqlQuery q(db);
        for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA foreign_keys=ON"})
            if (!q.exec(QString::fromLatin1(pragma)))
                return fail(sqlError(QStringLiteral("cannot configure database %1").arg(path), q.lastError()));
    }
    if (Result<void> migrated = database->migrate(); !migrated)
        return std::unexpected(migrated.error());
    return database;
}

Result<void> Database::migrate()
{
    QSqlDatabase db = connection();
    const int current = schemaVersion();
    const QList<QStringList> &steps = schemaMigrations();
    if (current < 0)
        return fail(Storage::tr("%1 is not a readable SQLite database").arg(m_path));
    if (current > steps.size())
        return fail(Storage::tr("%1 has schema version %2; this program knows up to %3. Update the program.")
                        .arg(m_path).arg(current).arg(steps.size()));
    for (int version = current + 1; version <= steps.size(); ++version) {
        if (!db.transaction())
            return fail(sqlError(QStringLiteral("cannot start migration"), db.lastError()));
        QSqlQuery q(db);
        for (const QString &statement : steps[version - 1]) {
            if (!q.exec(statement)) {
                const QString message = sqlError(QStringLiteral("migration to schema %1 failed").arg(version), q.lastError());
                db.rollback();
                return fail(message);
            }
        }
        if (!q.exec(QStringLiteral("PRAGMA user_version=%1").arg(version)) || !db.commit()) {
            db.rollback();
            return fail(sqlError(QStringLiteral("cannot record schema %1").arg(version), db.lastError()));
        }
    }
    return {};
}

QString defaultDatabasePath()
{
    const QString fromEnv = qEnvironmentVariable("MOCKINTERVIEW_DB");
    if (!fromEnv.isEmpty())
        return fromEnv;
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("mockinterview.sqlite"));
}

} // namespace mi
