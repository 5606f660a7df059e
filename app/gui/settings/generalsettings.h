#pragma once

#include "setting.h"

#include <QStringList>

// Settings read once at start-up, before any window exists: they take effect
// on the next start.
namespace settings {

// The translation main() installs: "" follows the system, else "en" or "zh_CN".
QStringList uiLanguages();
inline bool isUiLanguage(const QString &code) { return uiLanguages().contains(code); }
inline const Setting<QString> uiLanguage{"ui/language", QString(), isUiLanguage};

// The language packs are chosen in when nothing else says: "zh" or "en",
// following uiLanguage (or the system when it follows the system).
QString preferredPackLanguage();

// Where the SQLite database lives; "" is the standard per-user data folder.
inline const Setting<QString> dataFolder{"storage/dataFolder", QString()};
// The database file main() opens: MOCKINTERVIEW_DB wins (scripts and tests set
// it), then the data folder chosen in the settings, then the standard place.
QString databasePath();
QString defaultDataFolder();

// False until the welcome dialog has been shown once.
inline const Setting<bool> firstRunDone{"ui/firstRunDone", false};

} // namespace settings
