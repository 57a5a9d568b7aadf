#include "translations.h"

#include <QStringList>

namespace terrain {

QString translationsResourcePath()
{
    return QStringLiteral(":/i18n");
}

QStringList availableLanguages()
{
    return {QStringLiteral("fr"), QStringLiteral("en")};
}

QString chooseLanguage(const QString& preferred, const QLocale& system)
{
    const QStringList available = availableLanguages();
    if (available.contains(preferred))
        return preferred;
    // The C locale (a bare system, the tests) reads the source language.
    if (system.language() == QLocale::C)
        return QStringLiteral("en");
    for (const QString& name : system.uiLanguages()) {
        const QString language = name.section(u'-', 0, 0).section(u'_', 0, 0).toLower();
        if (available.contains(language))
            return language;
    }
    return available.constFirst();
}

} // namespace terrain
