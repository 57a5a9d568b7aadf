#pragma once

#include "sync/repository.h"
#include "util/result.h"

#include <QString>

namespace terrain {

class Database;

// A built-in row of a syncable table: a name-based UUID, clock 0 and site 0, and no outbox
// row. Every campaign file makes the same ones (in migration 10), so they need no sync, and
// any real edit (a later clock) wins over them. Nothing is written when the UUID exists.
// Returns the row's id.
Result<qint64> insertBuiltinRow(Database& db, const char* table, const QString& uuid, const FieldValues& values);

// Migration 10's data step, for new campaigns and older ones alike: the default result codes
// of every channel without codes, the survey with its support question when there is none,
// and the campaign's call script (in the language Terrain runs in) when there is none. The
// pages then only read: opening a window never takes the write lock to seed them.
Status seedCanvassDefaults(Database& db);

} // namespace terrain
