#include "campaignpaths.h"

#include <QDir>
#include <QStandardPaths>

namespace terrain {

QString defaultCampaignPath()
{
    const QString overridden = qEnvironmentVariable("TERRAIN_CAMPAIGN");
    if (!overridden.isEmpty())
        return overridden;
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("campaign.terrain"));
}

} // namespace terrain
