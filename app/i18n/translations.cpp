#include "translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>

namespace mi {

static const QString catalogueDirectory = QStringLiteral(":/i18n");

QStringList availableLanguages()
{
    QStringList languages;
    for (const QString &file : QDir(catalogueDirectory).entryList({QStringLiteral("mockinterview_*.qm")}, QDir::Files, QDir::Name))
        languages.append(file.section(u'_', 1).chopped(3));
    return languages;
}

QLocale uiLocale(const QString &language)
{
    return language.isEmpty() ? QLocale::system() : QLocale(language);
}

Translations::Translations(const QLocale &locale)
{
    // load(QLocale) walks the locale's UI languages (for the system locale
    // that includes $LANGUAGE) and their less specific forms: zh_Hans_CN,
    // zh_CN, zh.
    // Any other language gets English, whose catalogue holds the plural
    // forms ("1 pack", "2 packs") that the source text writes as "pack(s)".
    m_ownCatalogue = m_app.load(locale, QStringLiteral("mockinterview"), QStringLiteral("_"), catalogueDirectory);
    if (m_ownCatalogue || m_app.load(QStringLiteral("mockinterview_en"), catalogueDirectory))
        QCoreApplication::installTranslator(&m_app);
    // Qt's standard dialogs and buttons. Debian ships them separately;
    // without them those stay English.
    if (m_qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qt);
}

QStringList Translations::files() const
{
    QStringList files;
    for (const QTranslator *t : {&m_app, &m_qt})
        if (!t->isEmpty())
            files.append(t->filePath());
    return files;
}

} // namespace mi
