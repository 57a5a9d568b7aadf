#pragma once

#include <QLocale>
#include <QString>

#include <memory>

class QCoreApplication;
class QTranslator;

namespace terrain {

// Where the embedded .qm files live (":/i18n/terrain_fr.qm").
QString translationsResourcePath();

// The languages Terrain ships, as locale names ("fr", "en"); the first is the fallback
// when the system asks for a language Terrain does not have.
QStringList availableLanguages();

// The language to use: `preferred` when Terrain has it, else the system's when it has it,
// else French (the users are French-speaking); English for the C locale.
QString chooseLanguage(const QString& preferred, const QLocale& system = QLocale::system());

// Installs Terrain's translation and Qt's own (standard buttons, file dialogs) for
// `language` ("fr", "en"; empty follows the system). Returns the language installed.
// The desktop and terrain-cli both call it, so data they create (default scripts, list
// names) is in the user's language.
QString installTranslations(QCoreApplication& app, const QString& language);

// Terrain's own translation for `language` ("fr"), not installed; null when there is none.
// Core's messages use contexts "terrain::Class" that lupdate may file under "terrain": it
// falls back to that one.
std::unique_ptr<QTranslator> terrainTranslator(const QString& language);

} // namespace terrain
