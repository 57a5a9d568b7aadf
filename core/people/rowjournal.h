#pragma once

#include "people/persondetail.h"
#include "util/result.h"

namespace terrain {

class Database;
class Repository;

// Writes rows through the repository and remembers each write as a RowChange, so that an
// edit touching many rows (a merge, a new person with their household) can be undone and
// redone as one step. Used inside the caller's transaction.
class RowJournal
{
public:
    RowJournal(Database& db, Repository& repo) : m_db(db), m_repo(repo) {}

    Result<qint64> insert(const char* table, const FieldValues& values);
    Status update(const char* table, qint64 id, const FieldValues& values);
    Status remove(const char* table, qint64 id);

    const std::vector<RowChange>& changes() const { return m_changes; }
    std::vector<RowChange> takeChanges() { return std::move(m_changes); }

    // Writes the opposite of `changes`, last first, and returns what undoes that in turn.
    // Refuses (nothing written by this call survives the caller's rollback) when a row was
    // changed since by someone else, so an undo never overwrites a newer edit.
    static Result<std::vector<RowChange>> reverse(Database& db, Repository& repo,
                                                   const std::vector<RowChange>& changes);

private:
    Database& m_db;
    Repository& m_repo;
    std::vector<RowChange> m_changes;
};

} // namespace terrain
