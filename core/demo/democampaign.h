#pragma once

#include "importing/importer.h"
#include "util/result.h"

#include <QString>

#include <atomic>
#include <functional>

namespace terrain {

class Database;

struct DemoCampaignOptions
{
    int voters = 20000;
    int bureaux = 20;
    quint64 seed = 1;
    bool history = true; // support levels, tags, consent, past door-to-door: a campaign under way
};

// Fills an empty campaign with a generated commune: its electoral list imported through
// the ordinary importer, then (with `history`) what a campaign would have learned so far,
// written through the single write path. Deterministic for a given seed.
Result<ImportReport> createDemoCampaign(Database& db, const DemoCampaignOptions& options,
                                        const std::function<void(const QString& step, int percent)>& progress = {},
                                        const std::atomic_bool* cancel = nullptr);

} // namespace terrain
