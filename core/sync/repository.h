#pragma once

#include "util/result.h"

#include <QHash>
#include <QString>
#include <QVariant>

#include <utility>
#include <vector>

namespace terrain {

class Database;
class Statement;
struct TableInfo;

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

    Result<QString> uuidOf(const char* table, qint64 id);
    QString author() const { return m_author; }
    void setAuthor(const QString& author) { m_author = author; }

    // Who is editing, when nobody said: the operating system's user name.
    static QString defaultAuthor();

    // The fields text of a range outbox row, and its parse (false if not a range row).
    static QString rangeFields(qint64 fromHlc, qint64 toHlc);
    static bool parseRangeFields(QStringView fields, qint64* fromHlc, qint64* toHlc);

private:
    Statement& cached(const QString& sql);
    Result<const TableInfo*> checkFields(const char* table, const FieldValues& values);
    Status appendOutbox(const char* table, const QString& uuid, const QString& fields, qint64 hlc);
    Status recordHistory(const TableInfo& table, qint64 id, const QString& rowUuid, const QString& field,
                         const QVariant& oldValue, const QVariant& newValue, qint64 at);

    Database& m_db;
    QString m_author;
    QHash<QString, Statement*> m_statements;
};

} // namespace terrain
