#include "ui/settingsdialog.h"

#include "ui/appsettings.h"
#include "ui/campaignsession.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace terrain {

SettingsDialog::SettingsDialog(AppSettings& settings, CampaignSession* session, QWidget* parent)
    : QDialog(parent), m_settings(settings), m_session(session)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    layout->addLayout(form);

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("Same as the system"), QString());
    // Each language is named in itself, so anyone can find their own.
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings.language())));
    form->addRow(tr("&Language:"), m_language);

    m_region = new QComboBox(this);
    m_region->setObjectName(QStringLiteral("phoneRegionCombo"));
    // Where French campaigns happen: metropolitan France and the overseas departments, plus
    // neighbours and the US (for a state voter file).
    const QList<std::pair<QString, QString>> regions = {
        {QStringLiteral("FR"), tr("France")},       {QStringLiteral("RE"), tr("Réunion")},
        {QStringLiteral("GP"), tr("Guadeloupe")},   {QStringLiteral("MQ"), tr("Martinique")},
        {QStringLiteral("GF"), tr("French Guiana")}, {QStringLiteral("YT"), tr("Mayotte")},
        {QStringLiteral("BE"), tr("Belgium")},      {QStringLiteral("CH"), tr("Switzerland")},
        {QStringLiteral("LU"), tr("Luxembourg")},   {QStringLiteral("CA"), tr("Canada")},
        {QStringLiteral("US"), tr("United States")},
    };
    for (const auto& [code, name] : regions)
        m_region->addItem(QStringLiteral("%1 (%2)").arg(name, code), code);
    m_region->setCurrentIndex(std::max(0, m_region->findData(settings.phoneRegion())));
    form->addRow(tr("Default &phone region:"), m_region);
    auto* regionHelp = new QLabel(tr("Phone numbers written without a country code are read in this region."), this);
    regionHelp->setWordWrap(true);
    regionHelp->setStyleSheet(QStringLiteral("color: palette(mid);"));
    form->addRow(QString(), regionHelp);

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("campaignNameEdit"));
    m_name->setMaxLength(120);
    if (session)
        m_name->setText(session->name());
    else
        m_name->setEnabled(false);
    form->addRow(tr("Campaign &name:"), m_name);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

Status SettingsDialog::apply()
{
    m_settings.setLanguage(m_language->currentData().toString());
    m_settings.setPhoneRegion(m_region->currentData().toString());
    m_settings.sync();
    if (m_session && m_name->text().simplified() != m_session->name())
        return m_session->rename(m_name->text());
    return {};
}

} // namespace terrain
