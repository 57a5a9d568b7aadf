#include "ui/language.h"

#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace terrain {

QString installTranslations(QCoreApplication& app, const QString& language)
{
    const QString chosen = chooseLanguage(language);
    const QLocale locale(chosen);
    // Dates and numbers follow the language only when the user picked one that differs
    // from the system's; otherwise the system's own conventions stay.
    if (locale.language() != QLocale::system().language())
        QLocale::setDefault(locale);

    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;

    auto* own = new QTranslator(&app);
    if (own->load(QStringLiteral("terrain_") + chosen, translationsResourcePath()))
        QCoreApplication::installTranslator(own);
    else
        delete own;
    return chosen;
}

} // namespace terrain
