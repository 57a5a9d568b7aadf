#pragma once

#include "util/result.h"

#include <QString>

namespace terrain {

class Database;

// The campaign at a glance: what `terrain-cli stats` prints and the status bar shows.
struct CampaignStats
{
    QString name;
    int schemaVersion = 0;
    qint64 people = 0;     // not deleted
    qint64 active = 0;
    qint64 left = 0;       // no longer on the list
    qint64 moved = 0;
    qint64 deceased = 0;
    qint64 households = 0;
    qint64 addresses = 0;
    qint64 streets = 0;
    qint64 communes = 0;
    qint64 bureaux = 0;
    qint64 withPhone = 0;
    qint64 withEmail = 0;
    qint64 supporters = 0; // support 1-2
    qint64 pendingChanges = 0; // outbox rows not yet pushed
    qint64 imports = 0;
};

CampaignStats campaignStats(Database& db);

QString campaignName(Database& db);
// Names the campaign (shown in the title bar and the status bar); an empty name falls back to the file's name.
Status setCampaignName(Database& db, const QString& name);

} // namespace terrain
