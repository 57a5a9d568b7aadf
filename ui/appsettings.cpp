#include "ui/appsettings.h"

#include <QDir>
#include <QFileInfo>

namespace terrain {

namespace {

const QString kVersionKey = QStringLiteral("settings/version");
const QString kLanguageKey = QStringLiteral("general/language");
const QString kPhoneRegionKey = QStringLiteral("general/phoneRegion");
const QString kRecentKey = QStringLiteral("campaigns/recent");
const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kStateKey = QStringLiteral("window/state");

} // namespace

AppSettings::AppSettings(const QString& path)
    : m_settings(path.isEmpty() ? std::make_unique<QSettings>()
                                : std::make_unique<QSettings>(path, QSettings::IniFormat))
{
    migrate();
}

void AppSettings::migrate()
{
    const int version = m_settings->value(kVersionKey, 0).toInt();
    if (version == kVersion)
        return;
    // Version 0 is an empty or pre-release file: nothing to carry over yet.
    m_settings->setValue(kVersionKey, kVersion);
}

QString AppSettings::language() const
{
    return m_settings->value(kLanguageKey).toString();
}

void AppSettings::setLanguage(const QString& language)
{
    m_settings->setValue(kLanguageKey, language);
}

QString AppSettings::phoneRegion() const
{
    const QString region = m_settings->value(kPhoneRegionKey).toString().trimmed().toUpper();
    return region.size() == 2 ? region : QStringLiteral("FR");
}

void AppSettings::setPhoneRegion(const QString& region)
{
    m_settings->setValue(kPhoneRegionKey, region.trimmed().toUpper());
}

QStringList AppSettings::recentCampaigns() const
{
    QStringList existing;
    for (const QString& path : m_settings->value(kRecentKey).toStringList()) {
        if (QFileInfo::exists(path))
            existing << path;
    }
    return existing;
}

void AppSettings::addRecentCampaign(const QString& path)
{
    const QString absolute = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    QStringList recent = m_settings->value(kRecentKey).toStringList();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    m_settings->setValue(kRecentKey, recent);
}

QString AppSettings::lastCampaign() const
{
    const QStringList recent = recentCampaigns();
    return recent.isEmpty() ? QString() : recent.constFirst();
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings->value(kGeometryKey).toByteArray();
}

QByteArray AppSettings::windowState() const
{
    return m_settings->value(kStateKey).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray& geometry, const QByteArray& state)
{
    m_settings->setValue(kGeometryKey, geometry);
    m_settings->setValue(kStateKey, state);
}

QByteArray AppSettings::headerState(const QString& view) const
{
    return m_settings->value(QStringLiteral("views/") + view + QStringLiteral("/header")).toByteArray();
}

void AppSettings::setHeaderState(const QString& view, const QByteArray& state)
{
    m_settings->setValue(QStringLiteral("views/") + view + QStringLiteral("/header"), state);
}

QByteArray AppSettings::splitterState(const QString& splitter) const
{
    return m_settings->value(QStringLiteral("views/") + splitter + QStringLiteral("/splitter")).toByteArray();
}

void AppSettings::setSplitterState(const QString& splitter, const QByteArray& state)
{
    m_settings->setValue(QStringLiteral("views/") + splitter + QStringLiteral("/splitter"), state);
}

} // namespace terrain
