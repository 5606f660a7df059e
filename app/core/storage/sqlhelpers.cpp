#include "sqlhelpers.h"

#include "common/trcontexts.h"

#include <QDateTime>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace mi {

Result<void> runSql(QSqlQuery &query, const QString &sql, std::initializer_list<QVariant> values, const QString &what)
{
    if (!query.prepare(sql))
        return fail(QStringLiteral("%1: %2").arg(what, query.lastError().text()));
    for (const QVariant &v : values)
        query.addBindValue(v);
    if (!query.exec())
        return fail(QStringLiteral("%1: %2").arg(what, query.lastError().text()));
    return {};
}

// Transactions nest: an outer one (importing a bundle) may call code that opens
// its own (saving a turn). Inner levels become savepoints. Connections are
// used from one thread, so a per-connection depth count is enough.
static QHash<QString, int> &transactionDepth()
{
    static QHash<QString, int> depth;
    return depth;
}

static Result<void> inSavepoint(QSqlDatabase db, int level, const std::function<Result<void>()> &body)
{
    QSqlQuery q(db);
    const QString name = QStringLiteral("level%1").arg(level);
    if (!q.exec(QStringLiteral("SAVEPOINT ") + name))
        return fail(Storage::tr("cannot start a savepoint: %1").arg(q.lastError().text()));
    Result<void> result = body();
    if (!result)
        q.exec(QStringLiteral("ROLLBACK TO ") + name);
    q.exec(QStringLiteral("RELEASE ") + name);
    return result;
}

Result<void> inTransaction(QSqlDatabase db, const std::function<Result<void>()> &body)
{
    const QString key = db.connectionName();
    if (const int depth = transactionDepth().value(key); depth > 0) {
        transactionDepth()[key] = depth + 1;
        Result<void> result = inSavepoint(db, depth + 1, body);
        transactionDepth()[key] = depth;
        return result;
    }
    if (!db.transaction())
        return fail(Storage::tr("cannot start a transaction: %1").arg(db.lastError().text()));
    transactionDepth()[key] = 1;
    Result<void> result = body();
    transactionDepth().remove(key);
    if (!result) {
        db.rollback();
        return result;
    }
    if (!db.commit()) {
        const QString message = db.lastError().text();
        db.rollback();
        return fail(Storage::tr("cannot commit: %1").arg(message));
    }
    return {};
}

QString newUid() { return QUuid::createUuid().toString(QUuid::Id128); }

QString utcNowIso() { return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs); }

} // namespace mi
