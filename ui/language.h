#pragma once

#include <QString>

#include <memory>

class QCoreApplication;
class QTranslator;

namespace terrain {

// Installs Terrain's translation and Qt's own (standard buttons, file dialogs) for
// `language` ("fr", "en"; empty follows the system). Returns the language installed.
QString installTranslations(QCoreApplication& app, const QString& language);

// Terrain's own translation for `language` ("fr"), not installed; null when there is none.
// Core's messages use contexts "terrain::Class" that lupdate may file under "terrain": it
// falls back to that one.
std::unique_ptr<QTranslator> terrainTranslator(const QString& language);

} // namespace terrain
