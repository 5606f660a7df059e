#include "sqlhelpers.h"

#include <QDateTime>
#include <QSqlError>
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

Result<void> inTransaction(QSqlDatabase db, const std::function<Result<void>()> &body)
{
    if (!db.transaction())
        return fail(QStringLiteral("cannot start a transaction: %1").arg(db.lastError().text()));
    Result<void> result = body();
    if (!result) {
        db.rollback();
        return result;
    }
    if (!db.commit()) {
        const QString message = db.lastError().text();
        db.rollback();
        return fail(QStringLiteral("cannot commit: %1").arg(message));
    }
    return {};
}

QString newUid() { return QUuid::createUuid().toString(QUuid::Id128); }

QString utcNowIso() { return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs); }

} // namespace mi
