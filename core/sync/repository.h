#pragma once

#include "util/result.h"

#include <QHash>
#include <QString>
#include <QVariant>

#include <memory>
#include <utility>
#include <vector>

namespace terrain {

class Database;
class Statement;
struct TableInfo;
class BulkInsert;

using FieldValues = std::vector<std::pair<QString, QVariant>>;

// The single write path for syncable data. In one transaction it writes the row, stamps
// the hybrid logical clock (the row's own for an insert, a per-field clock for a later
// edit), appends one outbox row naming the changed fields, records the human-readable
// history of the edit, and persists the clock. There is no other way to write.
//
// Outbox rows are (counter, table, row uuid, fields, hlc) where fields is "*" (the whole
// row, after an insert), a comma-separated list of field names, or, for a bulk import only,
// a range row: table "*", row uuid = the import batch, fields = "range:FROM:TO", meaning
// every row of any syncable table whose own clock is in [FROM, TO] and whose site is this
// laptop (the import holds the write lock, so nothing else takes clocks in that range).
class Repository final
{
public:
    explicit Repository(Database& db, QString author = {});
    ~Repository();
    Repository(const Repository&) = delete;
    Repository& operator=(const Repository&) = delete;

    // Inserts a row (a new UUID unless one is given) and returns its local id.
    Result<qint64> insert(const char* table, const FieldValues& values, const QString& uuid = {});
    // Writes the fields whose value differs from the stored one; a no-op when none does.
    // Returns the number of fields that changed.
    Result<int> update(const char* table, qint64 id, const FieldValues& values);
    // Marks the row deleted (a tombstone with its own clock); a no-op if it already is.
    Status remove(const char* table, qint64 id);
    // Takes a tombstone back (undo of a delete): the same field with a newer clock, so it
    // wins the merge over the delete everywhere; a no-op if the row is live.
    Status restore(const char* table, qint64 id);

    // Many rows of one table (the members of a whole campaign's walk lists): one prepared
    // statement, each row its own clock, and one range outbox row when finished, as a bulk
    // import writes, instead of an outbox row, a history row and a clock write a row (about
    // 50x faster). Rows are added inside the caller's transaction, which must hold until
    // BulkInsert::finish(). No change history: such rows are not edits of a person.
    Result<std::unique_ptr<BulkInsert>> bulkInsert(const char* table, const QStringList& columns);

    Result<QString> uuidOf(const char* table, qint64 id);
    QString author() const { return m_author; }
    void setAuthor(const QString& author) { m_author = author; }

    // Who is editing, when nobody said: the operating system's user name.
    static QString defaultAuthor();

    // The fields text of a range outbox row, and its parse (false if not a range row).
    static QString rangeFields(qint64 fromHlc, qint64 toHlc);
    static bool parseRangeFields(QStringView fields, qint64* fromHlc, qint64* toHlc);

private:
    friend class BulkInsert;
    Statement& cached(const QString& sql);
    Status setDeleted(const char* table, qint64 id, bool deleted);
    Result<const TableInfo*> checkFields(const char* table, const FieldValues& values);
    Status appendOutbox(const char* table, const QString& uuid, const QString& fields, qint64 hlc);
    Status recordHistory(const TableInfo& table, qint64 id, const QString& rowUuid, const QString& field,
                         const QVariant& oldValue, const QVariant& newValue, qint64 at);

    Database& m_db;
    QString m_author;
    QHash<QString, Statement*> m_statements;
};

class BulkInsert final
{
public:
    ~BulkInsert();
    BulkInsert(const BulkInsert&) = delete;
    BulkInsert& operator=(const BulkInsert&) = delete;

    // One row, its values in the order of the columns given. Returns its local id.
    Result<qint64> add(const QVariantList& values);
    // Announces the rows added (one range outbox row) and persists the clock. Nothing is
    // announced when no row was added.
    Status finish();
    qint64 count() const { return m_count; }

private:
    friend class Repository;
    BulkInsert(Repository& repo, const char* table, int columns);

    Repository& m_repo;
    const char* m_table;
    int m_columns;
    std::unique_ptr<Statement> m_insert;
    std::unique_ptr<class UuidGenerator> m_uuids;
    qint64 m_fromHlc = 0;
    qint64 m_toHlc = 0;
    qint64 m_count = 0;
};

} // namespace terrain
