#include "generalsettings.h"

#include "storage/database.h"

#include <QDir>
#include <QLocale>
#include <QStandardPaths>

namespace settings {

QStringList uiLanguages() { return {QString(), QStringLiteral("en"), QStringLiteral("zh_CN")}; }

QString preferredPackLanguage()
{
    const QString chosen = uiLanguage.value();
    const QLocale locale = chosen.isEmpty() ? QLocale::system() : QLocale(chosen);
    return locale.language() == QLocale::Chinese ? QStringLiteral("zh") : QStringLiteral("en");
}

// The folder mi::defaultDatabasePath() uses when MOCKINTERVIEW_DB is not set.
QString defaultDataFolder() { return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation); }

QString databasePath()
{
    const QString folder = dataFolder.value();
    if (folder.isEmpty() || !qEnvironmentVariableIsEmpty("MOCKINTERVIEW_DB"))
        return mi::defaultDatabasePath();
    // The same file name as in the standard folder, so moving the folder's
    // contents by hand is all a user needs to do.
    return QDir(folder).filePath(QStringLiteral("mockinterview.sqlite"));
}

} // namespace settings
