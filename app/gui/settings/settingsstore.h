#pragma once

#include <QString>
#include <QVariant>

// The one door to the settings file. Every typed Setting goes through here,
// so where the file lives and what format it has are decided in one place,
// and QStandardPaths' test mode (which QSettings follows) keeps test runs
// away from the user's own configuration.
class SettingsStore
{
public:
    static QVariant value(const QString &key);
    static void setValue(const QString &key, const QVariant &value);
    static void remove(const QString &key);
    static bool contains(const QString &key);
    // The file on disk, shown to the user where it matters (an API key is stored there unencrypted).
    static QString fileName();
};
