#pragma once

#include <QString>

namespace terrain {

// The user's campaign when none is named: <data location>/campaign.terrain
// (~/.local/share/Terrain/terrain/campaign.terrain on Linux). TERRAIN_CAMPAIGN overrides it.
QString defaultCampaignPath();

} // namespace terrain
