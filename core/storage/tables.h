#pragma once

#include <QString>
#include <QStringView>

#include <vector>

namespace terrain {

enum class FieldType { Text, Integer, Real, Reference };

struct FieldInfo
{
    const char* name;
    FieldType type;
    const char* refTable = nullptr; // for Reference: the table whose local id this holds
};

// A syncable table: what the single write path may write, and what sync ships.
struct TableInfo
{
    const char* name;
    std::vector<FieldInfo> fields; // every syncable field except id, uuid, hlc, site, deleted
    bool appendOnly = false;       // contact attempts, vote marks: insert only, never conflict
    const char* personColumn = nullptr; // for change history: the column naming the person ("id" for people)
};

const std::vector<TableInfo>& syncTables();
// The position of a table of syncTables() in it (for per-table arrays).
inline size_t tableIndex(const TableInfo* table)
{
    return static_cast<size_t>(table - syncTables().data());
}
const TableInfo* findTable(QStringView name);
const TableInfo* findTable(const char* name);
const FieldInfo* findField(const TableInfo& table, QStringView name);
// A field's place in a synced row's values: 0 for "deleted", then the fields in order; -1 for none.
int fieldPosition(const TableInfo& table, QStringView name);

} // namespace terrain
