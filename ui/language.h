#pragma once

#include <QString>

class QCoreApplication;

namespace terrain {

// Installs Terrain's translation and Qt's own (standard buttons, file dialogs) for
// `language` ("fr", "en"; empty follows the system). Returns the language installed.
QString installTranslations(QCoreApplication& app, const QString& language);

} // namespace terrain
