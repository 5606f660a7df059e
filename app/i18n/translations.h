#pragma once

#include <QLocale>
#include <QStringList>
#include <QTranslator>

namespace mi {

// The interface language setting: "" follows the system locale, otherwise
// one of availableLanguages().
inline constexpr char languageSettingKey[] = "ui/language";

// The languages our catalogues cover, as locale names ("en", "zh_CN").
QStringList availableLanguages();

// The locale of a language name; an empty name is the system's locale.
QLocale uiLocale(const QString &language);

// Our catalogue (embedded under :/i18n) and Qt's own (qtbase, from the Qt
// installation, package qt6-translations-l10n) for one locale, installed on
// the application for as long as this object lives. A locale without a
// catalogue of ours gets the English one: the source texts with their
// plural forms.
class Translations
{
public:
    explicit Translations(const QLocale &locale);
    Translations(const Translations &) = delete;
    Translations &operator=(const Translations &) = delete;

    // Whether the locale has a catalogue of its own (English stands in otherwise).
    bool hasCatalogue() const { return m_ownCatalogue; }
    bool hasQtCatalogue() const { return !m_qt.isEmpty(); }
    // The files loaded, for diagnostics.
    QStringList files() const;

private:
    QTranslator m_app;
    QTranslator m_qt;
    bool m_ownCatalogue = false;
};

} // namespace mi
