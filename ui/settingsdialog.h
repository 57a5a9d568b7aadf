#pragma once

#include "util/result.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace terrain {

class AppSettings;
class CampaignSession;

// Language, default phone region, and the open campaign's name.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    // `session` may be null (no campaign open): the name field is disabled then.
    SettingsDialog(AppSettings& settings, CampaignSession* session, QWidget* parent = nullptr);

    // Saves the choices: the app's settings, and the name into the campaign file.
    Status apply();

private:
    AppSettings& m_settings;
    CampaignSession* m_session;
    QComboBox* m_language = nullptr;
    QComboBox* m_region = nullptr;
    QLineEdit* m_name = nullptr;
};

} // namespace terrain
