#include "pagerow.h"

#include "storage/tables.h"
#include "sync/jsontext.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace terrain {

namespace {

// Whether a stored value is already in the form normalizeValues gives it.
bool isNormal(const FieldInfo* field, QByteArrayView text)
{
    if (text == "null")
        return true;
    if (!field)
        return text == "0" || text == "1"; // deleted
    switch (field->type) {
    case FieldType::Integer:
        return JsonReader::isInteger(text);
    case FieldType::Real:
        return !text.isEmpty() && (text[0] == '-' || (text[0] >= '0' && text[0] <= '9'));
    case FieldType::Text:
    case FieldType::Reference:
        return isJsonString(text);
    }
    return false;
}

// A stored row the way the server writes them (all fields, normal values), read without QJsonValues;
// false for anything else, which goes the long way.
bool readStored(const TableInfo& table, const QByteArray& json, PageRow* row)
{
    const size_t columns = table.fields.size() + 1;
    JsonReader reader(json);
    if (!reader.take('['))
        return false;
    const QByteArrayView uuid = reader.scalar();
    FieldClock base;
    if (!isJsonString(uuid) || !reader.take(',') || !reader.integer(&base.hlc) || !reader.take(',')
        || !reader.integer(&base.site))
        return false;
    row->table = &table;
    row->uuid = jsonStringValue(uuid);
    row->text = json;
    row->values.reserve(columns);
    row->clocks.assign(columns, base);
    while (reader.take(',')) {
        if (reader.next('{')) {
            reader.take('{');
            do {
                FieldClock clock;
                const QByteArrayView key = reader.scalar();
                if (!isJsonString(key) || !JsonReader::isInteger(key.sliced(1, key.size() - 2)))
                    return false;
                const qint64 index = key.sliced(1, key.size() - 2).toLongLong();
                if (index < 0 || index >= qint64(columns) || !reader.take(':') || !reader.take('[')
                    || !reader.integer(&clock.hlc) || !reader.take(',') || !reader.integer(&clock.site)
                    || !reader.take(']'))
                    return false;
                row->clocks[size_t(index)] = clock;
            } while (reader.take(','));
            if (!reader.take('}'))
                return false;
            break;
        }
        const QByteArrayView value = reader.scalar();
        const size_t c = row->values.size();
        if (c >= columns || !isNormal(c > 0 ? &table.fields[c - 1] : nullptr, value))
            return false;
        row->values.push_back(value);
    }
    return reader.take(']') && reader.atEnd() && row->values.size() == columns;
}

} // namespace

PageRow PageRow::fromState(const RowState& state)
{
    if (!state.isValid())
        return {};
    PageRow row;
    row.table = state.table;
    row.uuid = state.uuid;
    const size_t columns = state.table->fields.size() + 1;
    row.clocks = state.clocks;
    row.clocks.resize(columns);
    std::vector<qsizetype> ends;
    ends.reserve(columns);
    for (size_t c = 0; c < columns; ++c) {
        appendJsonValue(row.text, c < state.values.size() ? state.values[c] : QJsonValue(QJsonValue::Null));
        ends.push_back(row.text.size());
    }
    row.sliceValues(ends);
    return row;
}

void PageRow::sliceValues(const std::vector<qsizetype>& ends)
{
    values.clear();
    values.reserve(ends.size());
    for (size_t c = 0; c < ends.size(); ++c) {
        const qsizetype start = c > 0 ? ends[c - 1] : 0;
        values.emplace_back(text.constData() + start, ends[c] - start);
    }
}

QByteArray PageRow::storedJson() const
{
    if (!isValid())
        return {};
    const FieldClock base = baseClock(clocks);
    QByteArray out;
    out.reserve(text.size() + uuid.size() + 64);
    out += '[';
    appendJsonString(out, uuid);
    out += ',';
    appendJsonNumber(out, base.hlc);
    out += ',';
    appendJsonNumber(out, base.site);
    for (const QByteArrayView value : values) {
        out += ',';
        out += value;
    }
    // The clocks that differ, keyed by field index in QJsonObject's order (text order: "10" < "2").
    std::vector<QByteArray> keys;
    for (size_t i = 0; i < clocks.size(); ++i) {
        if (clocks[i] != base)
            keys.push_back(QByteArray::number(qsizetype(i)));
    }
    if (!keys.empty()) {
        std::sort(keys.begin(), keys.end());
        JsonList overrides;
        for (const QByteArray& key : keys) {
            const FieldClock& clock = clocks[size_t(key.toLongLong())];
            QByteArray& entry = overrides.next();
            entry += '"' + key + "\":[";
            appendJsonNumber(entry, clock.hlc);
            entry += ',';
            appendJsonNumber(entry, clock.site);
            entry += ']';
        }
        out += ',' + overrides.object();
    }
    out += ']';
    return out;
}

RowState PageRow::toState() const
{
    if (!isValid())
        return {};
    RowState row = RowState::empty(*table, uuid);
    row.clocks = clocks;
    for (size_t c = 0; c < values.size() && c < row.values.size(); ++c) {
        const QByteArrayView value = values[c];
        const FieldType type = c > 0 ? table->fields[c - 1].type : FieldType::Integer;
        if (value == "null")
            row.values[c] = QJsonValue(QJsonValue::Null);
        else if (isJsonString(value))
            row.values[c] = jsonStringValue(value);
        else if (type == FieldType::Real)
            row.values[c] = value.toDouble();
        else
            row.values[c] = value.toLongLong();
    }
    return row;
}

PageRow PageRow::fromStored(const TableInfo& table, const QByteArray& json)
{
    PageRow row;
    if (readStored(table, json, &row))
        return row;
    const RowState state = RowCodec::decodeRow(table, QJsonDocument::fromJson(json).array());
    return fromState(state);
}

} // namespace terrain
