#pragma once

#include "util/result.h"

#include <vector>

namespace terrain {

class Database;

// One step of the schema: version N is reached by running migration N on version N-1.
struct Migration
{
    int version;
    const char* description;
    const char* sql;
    Status (*after)(Database&) = nullptr; // data work that SQL alone cannot express
};

const std::vector<Migration>& migrations();

// Brings the database to `targetVersion`, one migration per transaction.
Status migrate(Database& db, int targetVersion);

} // namespace terrain
