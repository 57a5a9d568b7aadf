#include "syncrow.h"

#include "storage/tables.h"

#include <QJsonDocument>

#include <map>

namespace terrain {

namespace {

// A total order on JSON values, only for a tie between equal clocks (which a correct peer
// never produces with different values).
bool valueLess(const QJsonValue& a, const QJsonValue& b)
{
    // Equal clocks mostly carry equal values (a row merged with itself): no text to compare.
    if (a.type() == b.type() && a == b)
        return false;
    const QByteArray left = QJsonDocument(QJsonArray{a}).toJson(QJsonDocument::Compact);
    const QByteArray right = QJsonDocument(QJsonArray{b}).toJson(QJsonDocument::Compact);
    return left < right;
}

QJsonValue clockJson(const FieldClock& clock)
{
    return QJsonArray{clock.hlc, clock.site};
}

bool readClock(const QJsonValue& value, FieldClock* clock)
{
    const QJsonArray pair = value.toArray();
    if (pair.size() != 2)
        return false;
    clock->hlc = pair[0].toInteger();
    clock->site = pair[1].toInteger();
    return true;
}

} // namespace

QString RowState::fieldName(int index) const
{
    if (index == 0)
        return QStringLiteral("deleted");
    return QString::fromLatin1(table->fields[static_cast<size_t>(index - 1)].name);
}

int RowState::fieldIndex(QStringView name) const
{
    return fieldPosition(*table, name);
}

FieldClock RowState::maxClock() const
{
    FieldClock best;
    for (const FieldClock& clock : clocks)
        best = std::max(best, clock);
    return best;
}

bool RowState::operator==(const RowState& other) const
{
    return table == other.table && uuid == other.uuid && values == other.values && clocks == other.clocks;
}

RowState RowState::empty(const TableInfo& table, const QString& uuid)
{
    RowState row;
    row.table = &table;
    row.uuid = uuid;
    const size_t n = table.fields.size() + 1;
    row.values.assign(n, QJsonValue(QJsonValue::Null));
    row.values[0] = 0;
    row.clocks.assign(n, FieldClock{});
    return row;
}

RowState mergeRows(const RowState& a, const RowState& b)
{
    RowState merged = a;
    const size_t n = std::max(a.values.size(), b.values.size());
    merged.values.resize(n, QJsonValue(QJsonValue::Null));
    merged.clocks.resize(n);
    for (size_t i = 0; i < b.values.size(); ++i) {
        const FieldClock& mine = merged.clocks[i];
        const FieldClock& theirs = b.clocks[i];
        if (theirs > mine || (theirs == mine && valueLess(merged.values[i], b.values[i]))) {
            merged.values[i] = b.values[i];
            merged.clocks[i] = theirs;
        }
    }
    return merged;
}

FieldClock baseClock(const RowState& row)
{
    return baseClock(row.clocks);
}

FieldClock baseClock(const std::vector<FieldClock>& clocks)
{
    // The most frequent clock becomes the base, so a row written at once costs one clock;
    // between equally frequent clocks, the greatest. (Rows hold a few distinct clocks: a
    // linear count beats a map.)
    FieldClock base;
    int best = -1;
    const size_t n = clocks.size();
    for (size_t i = 0; i < n; ++i) {
        const FieldClock& clock = clocks[i];
        bool counted = false;
        for (size_t k = 0; k < i && !counted; ++k)
            counted = clocks[k] == clock;
        if (counted)
            continue;
        int count = 1;
        for (size_t k = i + 1; k < n; ++k)
            count += clocks[k] == clock ? 1 : 0;
        if (count > best || (count == best && clock > base)) {
            best = count;
            base = clock;
        }
    }
    return base;
}

void normalizeValues(RowState* state)
{
    RowState& row = *state;
    const TableInfo& table = *row.table;
    // One representation per type, so that equal values compare equal on every machine.
    row.values[0] = row.values[0].toInteger() != 0 ? 1 : 0;
    for (size_t i = 1; i < row.values.size(); ++i) {
        QJsonValue& value = row.values[i];
        if (value.isNull() || value.isUndefined()) {
            value = QJsonValue(QJsonValue::Null);
            continue;
        }
        switch (table.fields[i - 1].type) {
        case FieldType::Integer:
            value = value.isDouble() ? QJsonValue(value.toInteger(qint64(value.toDouble()))) : QJsonValue(QJsonValue::Null);
            break;
        case FieldType::Real:
            value = value.isDouble() ? QJsonValue(value.toDouble()) : QJsonValue(QJsonValue::Null);
            break;
        case FieldType::Text:
        case FieldType::Reference:
            if (!value.isString())
                value = QJsonValue(QJsonValue::Null);
            break;
        }
    }
}

QJsonArray RowCodec::encodeRow(const RowState& row)
{
    const FieldClock base = baseClock(row);
    QJsonArray array{row.uuid, base.hlc, base.site};
    QJsonObject overrides;
    for (size_t i = 0; i < row.values.size(); ++i) {
        array.append(row.values[i]);
        if (row.clocks[i] != base)
            overrides.insert(QString::number(i), clockJson(row.clocks[i]));
    }
    if (!overrides.isEmpty())
        array.append(overrides);
    return array;
}

RowState RowCodec::decodeRow(const TableInfo& table, const QJsonArray& array)
{
    std::vector<int> identity(table.fields.size() + 1);
    for (size_t i = 0; i < identity.size(); ++i)
        identity[i] = static_cast<int>(i);
    return decodeRow(table, array, identity);
}

RowState RowCodec::decodeRow(const TableInfo& table, const QJsonArray& array, const std::vector<int>& columnMap)
{
    const qsizetype columns = static_cast<qsizetype>(columnMap.size());
    if (array.size() < 3 + columns || array.size() > 4 + columns || !array[0].isString())
        return {};
    RowState row = RowState::empty(table, array[0].toString());
    const FieldClock base{array[1].toInteger(), array[2].toInteger()};
    std::vector<FieldClock> wireClocks(columnMap.size(), base);
    if (array.size() == 4 + columns) {
        const QJsonObject overrides = array[3 + columns].toObject();
        for (auto it = overrides.begin(); it != overrides.end(); ++it) {
            bool ok = false;
            const int index = it.key().toInt(&ok);
            if (!ok || index < 0 || index >= columns || !readClock(it.value(), &wireClocks[static_cast<size_t>(index)]))
                return {};
        }
    }
    for (qsizetype i = 0; i < columns; ++i) {
        const int target = columnMap[static_cast<size_t>(i)];
        if (target < 0)
            continue;
        row.values[static_cast<size_t>(target)] = array[3 + i];
        row.clocks[static_cast<size_t>(target)] = wireClocks[static_cast<size_t>(i)];
    }
    normalizeValues(&row);
    return row;
}

QJsonArray RowCodec::encodeTables(const std::vector<RowState>& rows)
{
    QJsonArray tables;
    const TableInfo* current = nullptr;
    QJsonArray group;
    auto flush = [&] {
        if (!current)
            return;
        QJsonArray columns{QStringLiteral("deleted")};
        for (const FieldInfo& field : current->fields)
            columns.append(QLatin1StringView(field.name));
        tables.append(QJsonObject{{QStringLiteral("t"), QLatin1StringView(current->name)},
                                  {QStringLiteral("c"), columns},
                                  {QStringLiteral("r"), group}});
        group = QJsonArray();
    };
    for (const RowState& row : rows) {
        if (row.table != current) {
            flush();
            current = row.table;
        }
        group.append(encodeRow(row));
    }
    flush();
    return tables;
}

bool RowCodec::decodeTables(const QJsonArray& tables, std::vector<RowState>* rows, QString* error)
{
    for (const QJsonValue& groupValue : tables) {
        const QJsonObject group = groupValue.toObject();
        const TableInfo* table = findTable(group.value(QStringLiteral("t")).toString());
        if (!table)
            continue; // a table this version does not know
        std::vector<int> columnMap;
        RowState probe = RowState::empty(*table, {});
        for (const QJsonValue& column : group.value(QStringLiteral("c")).toArray())
            columnMap.push_back(probe.fieldIndex(column.toString()));
        if (columnMap.empty() || columnMap[0] != 0) {
            *error = QStringLiteral("table %1: the first column must be deleted").arg(QLatin1StringView(table->name));
            return false;
        }
        for (const QJsonValue& rowValue : group.value(QStringLiteral("r")).toArray()) {
            RowState row = decodeRow(*table, rowValue.toArray(), columnMap);
            if (!row.isValid() || row.uuid.isEmpty() || row.uuid.size() > 64) {
                *error = QStringLiteral("table %1: malformed row").arg(QLatin1StringView(table->name));
                return false;
            }
            rows->push_back(std::move(row));
        }
    }
    return true;
}

} // namespace terrain
