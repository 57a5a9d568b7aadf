#include "campaignstats.h"

#include "storage/database.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace terrain {

QString campaignName(Database& db)
{
    const QString name = db.meta(QStringLiteral("campaign_name"));
    if (!name.isEmpty())
        return name;
    // The demo campaign, until someone renames it, is named in the language of the moment.
    if (const QString commune = db.meta(QStringLiteral("demo_commune")); !commune.isEmpty())
        return QCoreApplication::translate("terrain::DemoCampaign", "Demo: %1").arg(commune);
    return QFileInfo(db.path()).completeBaseName();
}

Status setCampaignName(Database& db, const QString& name)
{
    return db.setMeta(QStringLiteral("campaign_name"), name.simplified());
}

CampaignStats campaignStats(Database& db)
{
    CampaignStats stats;
    stats.name = campaignName(db);
    stats.schemaVersion = db.schemaVersion();
    Statement people = db.prepare(
        "SELECT count(*), coalesce(sum(status = 'active'), 0), coalesce(sum(status = 'left'), 0),"
        " coalesce(sum(status = 'moved'), 0), coalesce(sum(status = 'deceased'), 0),"
        " coalesce(sum(support IN (1, 2)), 0) FROM people WHERE deleted = 0");
    if (people.step()) {
        stats.people = people.int64(0);
        stats.active = people.int64(1);
        stats.left = people.int64(2);
        stats.moved = people.int64(3);
        stats.deceased = people.int64(4);
        stats.supporters = people.int64(5);
    }
    const auto count = [&](const char* sql) { return db.scalar(sql).toLongLong(); };
    stats.households = count("SELECT count(*) FROM households WHERE deleted = 0");
    stats.addresses = count("SELECT count(*) FROM addresses WHERE deleted = 0");
    stats.streets = count("SELECT count(*) FROM streets WHERE deleted = 0");
    stats.communes = count("SELECT count(*) FROM districts WHERE deleted = 0 AND kind = 'commune'");
    stats.bureaux = count("SELECT count(*) FROM districts WHERE deleted = 0 AND kind = 'bureau'");
    stats.withPhone = count("SELECT count(DISTINCT person_id) FROM phones WHERE deleted = 0 AND bad = 0");
    stats.withEmail = count("SELECT count(DISTINCT person_id) FROM emails WHERE deleted = 0 AND bad = 0");
    stats.pendingChanges = count("SELECT count(*) FROM outbox");
    stats.imports = count("SELECT count(*) FROM import_batches");
    return stats;
}

} // namespace terrain
