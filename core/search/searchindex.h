#pragma once

#include "util/result.h"

#include <QList>

namespace terrain {

class Database;

// Keeps the full-text search index (FTS5 table search_index, rowid = people.id) in step
// with people, their address and phones. Derived, local data: not synced.
class SearchIndex final
{
public:
    explicit SearchIndex(Database& db);

    // Rewrites the index rows of these people (removing deleted ones).
    Status refresh(const QList<qint64>& personIds);
    // Rewrites the rows of every person listed in the temporary table `temp.<table>(id)`.
    Status refreshTable(const char* tempTable);
    // Adds rows for people with id > afterId (a bulk import's new people).
    Status addFrom(qint64 afterId);
    Status rebuild();

private:
    Database& m_db;
};

} // namespace terrain
