#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QStringList>
#include <QTranslator>

namespace terrain {

namespace {

// A few core files translate through a file-local helper (tr(text) calling
// QCoreApplication::translate("terrain::DemoCampaign", text)); lupdate files those strings under
// the enclosing namespace, "terrain". When the class context has nothing, look there too.
class TerrainTranslator final : public QTranslator
{
public:
    using QTranslator::QTranslator;

    QString translate(const char* context, const char* sourceText, const char* disambiguation = nullptr,
                      int n = -1) const override
    {
        QString text = QTranslator::translate(context, sourceText, disambiguation, n);
        if (text.isEmpty() && context && qstrncmp(context, "terrain::", 9) == 0)
            text = QTranslator::translate("terrain", sourceText, disambiguation, n);
        return text;
    }
};

} // namespace

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

    if (auto own = terrainTranslator(chosen)) {
        own->setParent(&app);
        QCoreApplication::installTranslator(own.release());
    }
    return chosen;
}

std::unique_ptr<QTranslator> terrainTranslator(const QString& language)
{
    auto own = std::make_unique<TerrainTranslator>();
    if (!own->load(QStringLiteral("terrain_") + language, translationsResourcePath()))
        return nullptr;
    return own;
}

} // namespace terrain
