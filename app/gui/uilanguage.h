#pragma once

#include "translations.h"

#include <QStringList>
#include <memory>

// The interface language the user asked for, strongest first: "--lang xx"
// (or "--lang=xx") among the arguments, $MOCKINTERVIEW_LANG, the ui/language
// setting (the settings dialog writes it). Empty: follow the system locale.
// The arguments are read before QCommandLineParser runs, because the
// parser's help texts are themselves translated.
QString chosenLanguage(const QStringList &arguments);

// Makes `language` the locale of dates and numbers (QLocale's default) and
// installs its translations for as long as the result lives. A chosen
// language without a catalogue gets a warning and the English texts.
std::unique_ptr<mi::Translations> useLanguage(const QString &language);
