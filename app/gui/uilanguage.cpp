#include "uilanguage.h"

#include <QSettings>

QString chosenLanguage(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments[i] == u"--lang" && i + 1 < arguments.size())
            return arguments[i + 1];
        if (arguments[i].startsWith(u"--lang="))
            return arguments[i].section(u'=', 1);
    }
    if (const QString fromEnvironment = qEnvironmentVariable("MOCKINTERVIEW_LANG"); !fromEnvironment.isEmpty())
        return fromEnvironment;
    return QSettings().value(QLatin1String(mi::languageSettingKey)).toString();
}

std::unique_ptr<mi::Translations> useLanguage(const QString &language)
{
    const QLocale locale = mi::uiLocale(language);
    QLocale::setDefault(locale);
    auto translations = std::make_unique<mi::Translations>(locale);
    if (!language.isEmpty() && !translations->hasCatalogue())
        qWarning("No translation for \"%s\"; available: %s", qPrintable(language),
            qPrintable(mi::availableLanguages().join(QStringLiteral(", "))));
    return translations;
}
