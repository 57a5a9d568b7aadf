#pragma once

#include "lists/turfcutter.h"
#include "util/result.h"

#include <QString>
#include <QVariantList>

#include <vector>

namespace terrain {

class Database;

// The doors of the people matching `where` (an SQL condition over `people p`, their
// `households h` and `addresses a`, with `binds` in order): active people who have not asked
// for no visits and have an address, one door per household, its people by folded name.
// Doors come in household order; TurfCutter::sortDoors() puts them in walk order.
//
// Made for the whole campaign at once (1,000,000 people, 470,000 doors): one ordered SQL
// pass that SQLite answers from the household index, so that consecutive rows are one
// door's people already in print order; a door's address is read from its first row only,
// and a person costs one id appended, nothing else.
Result<std::vector<WalkDoor>> readWalkDoors(Database& db, const QString& where, const QVariantList& binds);

} // namespace terrain
