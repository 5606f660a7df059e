#pragma once

#include <QStringList>
#include <QList>

namespace mi {

// Migration N (1-based) brings a database from user_version N-1 to N.
// Append new steps; never edit a released one.
const QList<QStringList> &schemaMigrations();

} // namespace mi
