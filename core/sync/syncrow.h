#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <compare>
#include <vector>

namespace terrain {

struct TableInfo;

// The clock of one field's last write: the hybrid logical clock, then the site id as the
// tie-breaker. Clocks compare as the pair, so every machine picks the same winner.
struct FieldClock
{
    qint64 hlc = 0;
    qint64 site = 0;
    auto operator<=>(const FieldClock&) const = default;
};

// The state of one syncable row as it travels: a value and a clock per field. Index 0 is
// the tombstone ("deleted", 0 or 1), then the table's fields in registry order (new fields
// are only ever appended, so older arrays are prefixes). References hold the referenced
// row's UUID, never a local id.
struct RowState
{
    const TableInfo* table = nullptr;
    QString uuid;
    std::vector<QJsonValue> values;
    std::vector<FieldClock> clocks;

    bool isValid() const { return table != nullptr; }
    int fieldCount() const { return static_cast<int>(values.size()); }
    bool deleted() const { return !values.empty() && values[0].toInteger() != 0; }
    // The name of field `index` (0 = "deleted").
    QString fieldName(int index) const;
    int fieldIndex(QStringView name) const;
    FieldClock maxClock() const;
    // A built-in row every campaign seeds for itself with a name-based UUID at clock (0, 0)
    // (the default result codes, survey and script) and nobody edited: identical on every
    // laptop, so it never travels; its first edit gives it a real clock.
    bool isBuiltin() const { return maxClock() == FieldClock{}; }
    bool operator==(const RowState& other) const;
    // An empty row of this table: every field null at clock (0, 0), tombstone 0.
    static RowState empty(const TableInfo& table, const QString& uuid);
};

// The merge rule, one pure function used by the laptops and the server: per field, the
// greater (hlc, site) wins. Commutative, associative and idempotent: equal clocks mean the
// same write, and a corrupt tie falls back on the greater value so the result still does
// not depend on the order. `a` and `b` must be the same table and UUID.
RowState mergeRows(const RowState& a, const RowState& b);

// The clock most fields of the row share (the row's own clock in storage; the others are
// kept apart as per-field clocks).
FieldClock baseClock(const RowState& row);
FieldClock baseClock(const std::vector<FieldClock>& clocks);

// One representation per type (integers as integers, text as strings, anything else null),
// so that equal values compare equal on every machine. Decoders call it on what they read.
void normalizeValues(RowState* row);

// The sync protocol's schema version (not the campaign file's): it changes only when the
// wire format does, additively; a server accepts this version and the previous one.
constexpr int kSyncSchema = 2; // 2: columnar pages (PageCodec) with site names

// The wire and storage form of rows, compact for gzip: per table one header with the
// column names and one array per row: [uuid, base hlc, base site, values..., overrides],
// where overrides (present only when needed) maps a field index to [hlc, site] for the
// fields whose clock is not the base clock.
class RowCodec final
{
public:
    // One row without header (fields in registry order), as the server stores it.
    static QJsonArray encodeRow(const RowState& row);
    static RowState decodeRow(const TableInfo& table, const QJsonArray& array);
    // Same, but the row's fields are named by `columns` (a header from elsewhere).
    static RowState decodeRow(const TableInfo& table, const QJsonArray& array, const std::vector<int>& columnMap);

    // Rows grouped by table, each group with its header: [{"t": name, "c": [columns], "r": [rows]}].
    static QJsonArray encodeTables(const std::vector<RowState>& rows);
    // Unknown tables or columns are skipped (a newer peer); returns false on malformed input.
    static bool decodeTables(const QJsonArray& tables, std::vector<RowState>* rows, QString* error);
};

} // namespace terrain
