#pragma once

#include <QLocale>
#include <QString>

namespace terrain {

// Where the embedded .qm files live (":/i18n/terrain_fr.qm").
QString translationsResourcePath();

// The languages Terrain ships, as locale names ("fr", "en"); the first is the fallback
// when the system asks for a language Terrain does not have.
QStringList availableLanguages();

// The language to use: `preferred` when Terrain has it, else the system's when it has it,
// else French (the users are French-speaking); English for the C locale.
QString chooseLanguage(const QString& preferred, const QLocale& system = QLocale::system());

} // namespace terrain
