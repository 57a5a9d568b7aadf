#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>

#include <memory>

namespace terrain {

// The desktop app's settings: typed keys with their defaults in one place, versioned.
// Campaign data never lives here (it is in the campaign file); window geometry does.
class AppSettings final
{
public:
    // `path` empty: the user's settings (QSettings' native location for the application).
    explicit AppSettings(const QString& path = {});

    static constexpr int kVersion = 1;
    static constexpr int kMaxRecent = 8;

    // "" follows the system; else "fr" or "en". Takes effect at the next start.
    QString language() const;
    void setLanguage(const QString& language);

    // The region phone numbers without a country code are read in ("FR").
    QString phoneRegion() const;
    void setPhoneRegion(const QString& region);

    // Most recent first; files that no longer exist are dropped.
    QStringList recentCampaigns() const;
    void addRecentCampaign(const QString& path);
    QString lastCampaign() const;

    QByteArray windowGeometry() const;
    QByteArray windowState() const;
    void setWindowGeometry(const QByteArray& geometry, const QByteArray& state);
    // Column widths and order of a table or tree, by its objectName.
    QByteArray headerState(const QString& view) const;
    void setHeaderState(const QString& view, const QByteArray& state);
    QByteArray splitterState(const QString& splitter) const;
    void setSplitterState(const QString& splitter, const QByteArray& state);

    void sync() { m_settings->sync(); }

private:
    void migrate();

    std::unique_ptr<QSettings> m_settings;
};

} // namespace terrain
