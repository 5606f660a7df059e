#pragma once

#include "common/error.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>
#include <initializer_list>

namespace mi {

// Prepares `sql`, binds `values` in order and executes it; on failure the
// error says `what` failed and why.
Result<void> runSql(QSqlQuery &query, const QString &sql, std::initializer_list<QVariant> values, const QString &what);

// Runs `body` inside a transaction; rolls back if it returns an error.
Result<void> inTransaction(QSqlDatabase db, const std::function<Result<void>()> &body);

// Qt binds a null QString as SQL NULL; the schema wants '' for "none".
inline QVariant sqlText(const QString &s) { return QVariant(s.isNull() ? QStringLiteral("") : s); }

QString utcNowIso();
// 32 hex digits, random: identifies a row across machines (sessions, comments).
QString newUid();

} // namespace mi
