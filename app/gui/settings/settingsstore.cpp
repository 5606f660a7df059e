#include "settingsstore.h"

#include <QSettings>

// QSettings is cheap to construct (the parsed file is cached per process),
// and a fresh one per call picks up the application and organisation names
// set in main(), whenever a setting is first read.
QVariant SettingsStore::value(const QString &key) { return QSettings().value(key); }

void SettingsStore::setValue(const QString &key, const QVariant &value) { QSettings().setValue(key, value); }

void SettingsStore::remove(const QString &key) { QSettings().remove(key); }

bool SettingsStore::contains(const QString &key) { return QSettings().contains(key); }

QString SettingsStore::fileName() { return QSettings().fileName(); }
