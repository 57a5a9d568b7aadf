#include "pagecodec.h"

#include "storage/tables.h"
#include "sync/jsontext.h"
#include "util/uuid.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>
#include <map>

namespace terrain {

namespace {

const QString kSites = QStringLiteral("sites");
const QString kNames = QStringLiteral("names");
const QString kTables = QStringLiteral("tables");
const QString kTable = QStringLiteral("t");
const QString kColumns = QStringLiteral("c");
const QString kCount = QStringLiteral("n");
const QString kUuids = QStringLiteral("u");
const QString kExtern = QStringLiteral("x");
const QString kHlc = QStringLiteral("h");
const QString kSite = QStringLiteral("s");
const QString kValues = QStringLiteral("v");
const QString kOverrides = QStringLiteral("o");
const QString kHigh = QStringLiteral("h");
const QString kLow = QStringLiteral("l");
const QString kDerived = QStringLiteral("d");
const QString kDeltas = QStringLiteral("w");

// Tables whose rows have name-based uuids (stableUuid) that no reference points at: a row whose
// uuid is the one its fields name is sent without it (a random-looking uuid costs ~9 bytes gzipped).
struct DerivedUuid
{
    const TableInfo* table = nullptr;
    int first = -1;  // field indexes (RowState::values) of the key's two parts
    int second = -1;
};

DerivedUuid derivedUuidRule(const TableInfo& table)
{
    if (qstrcmp(table.name, "person_tags") != 0)
        return {};
    const RowState probe = RowState::empty(table, {});
    return DerivedUuid{&table, probe.fieldIndex(u"person_id"), probe.fieldIndex(u"tag_id")};
}

// The uuid a row of person_tags has when made by PersonService.
QString derivedUuid(const QString& person, const QString& tag)
{
    return stableUuid(u"person_tags", QString(person + u':' + tag));
}

// The same from a decoded row (null when a part is missing).
QString derivedUuid(const DerivedUuid& rule, const std::vector<QJsonValue>& values)
{
    if (!rule.table || rule.first < 0 || rule.second < 0 || size_t(std::max(rule.first, rule.second)) >= values.size())
        return {};
    const QJsonValue& first = values[size_t(rule.first)];
    const QJsonValue& second = values[size_t(rule.second)];
    if (!first.isString() || !second.isString())
        return {};
    return derivedUuid(first.toString(), second.toString());
}

int hexDigit(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    return -1;
}

// The 32 hex digits of a canonical lower-case uuid as two 64-bit halves; false for any other text.
bool splitUuid(const QString& uuid, quint64* high, quint64* low)
{
    if (uuid.size() != 36)
        return false;
    quint64 halves[2] = {0, 0};
    int digits = 0;
    for (qsizetype i = 0; i < 36; ++i) {
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (uuid[i] != u'-')
                return false;
            continue;
        }
        const int d = hexDigit(uuid[i]);
        if (d < 0)
            return false;
        quint64& half = halves[digits / 16];
        half = (half << 4) | static_cast<quint64>(d);
        ++digits;
    }
    *high = halves[0];
    *low = halves[1];
    return true;
}

QString joinUuid(quint64 high, quint64 low)
{
    static constexpr char hex[] = "0123456789abcdef";
    QChar text[36];
    int position = 0;
    for (int digit = 0; digit < 32; ++digit) {
        if (digit == 8 || digit == 12 || digit == 16 || digit == 20)
            text[position++] = u'-';
        const quint64 half = digit < 16 ? high : low;
        text[position++] = QLatin1Char(hex[(half >> (60 - 4 * (digit % 16))) & 0xF]);
    }
    return QString(text, 36);
}

// A 128-bit value as two halves, for the uuid deltas (modular arithmetic, as unsigned integers wrap).
struct Wide
{
    quint64 high = 0;
    quint64 low = 0;
};

Wide plus(Wide a, Wide b)
{
    const quint64 low = a.low + b.low;
    return Wide{a.high + b.high + (low < a.low ? 1 : 0), low};
}

Wide minus(Wide a, Wide b)
{
    return Wide{a.high - b.high - (a.low < b.low ? 1 : 0), a.low - b.low};
}

// Deltas within +-2^53 travel as JSON numbers (exact in every JSON reader, JavaScript's too).
constexpr qint64 kLargestNumber = qint64(1) << 53;

QByteArray encodeUuids(const std::vector<QString>& uuids)
{
    JsonList deltas;
    Wide previous;
    for (const QString& uuid : uuids) {
        Wide value;
        if (!splitUuid(uuid, &value.high, &value.low)) {
            JsonList plain;
            for (const QString& text : uuids)
                appendJsonString(plain.next(), text);
            return plain.array();
        }
        // Consecutive time-ordered uuids of one generator (version 7, see UuidGenerator) differ by
        // a few units; a new millisecond adds to the high bits only: a short hex string.
        const Wide delta = minus(value, previous);
        previous = value;
        const auto small = static_cast<qint64>(delta.low);
        QByteArray& out = deltas.next();
        if ((delta.high == 0 && small >= 0 && small <= kLargestNumber)
            || (delta.high == ~quint64(0) && small < 0 && small >= -kLargestNumber)) {
            appendJsonNumber(out, small);
        } else if (delta.high == 0) {
            out += '"' + QByteArray::number(delta.low, 16) + '"';
        } else {
            out += '"' + QByteArray::number(delta.high, 16) + QByteArray::number(delta.low, 16).rightJustified(16, '0')
                + '"';
        }
    }
    return "{\"w\":" + deltas.array() + '}';
}

bool decodeUuids(const QJsonValue& value, std::vector<QString>* uuids)
{
    if (value.isArray()) {
        for (const QJsonValue& text : value.toArray()) {
            if (!text.isString() || text.toString().isEmpty() || text.toString().size() > 64)
                return false;
            uuids->push_back(text.toString());
        }
        return true;
    }
    const QJsonObject split = value.toObject();
    if (split.contains(kDeltas)) {
        const QJsonArray deltas = split.value(kDeltas).toArray();
        uuids->reserve(uuids->size() + static_cast<size_t>(deltas.size()));
        Wide previous;
        for (const QJsonValue& delta : deltas) {
            if (delta.isDouble()) {
                const double number = delta.toDouble();
                if (number != std::floor(number) || std::abs(number) > double(kLargestNumber))
                    return false;
                const auto small = static_cast<qint64>(number);
                previous = plus(previous, Wide{small < 0 ? ~quint64(0) : 0, static_cast<quint64>(small)});
            } else if (delta.isString()) {
                const QString hex = delta.toString();
                if (hex.isEmpty() || hex.size() > 32)
                    return false;
                Wide wide;
                for (const QChar c : hex) {
                    const int d = hexDigit(c);
                    if (d < 0)
                        return false;
                    wide.high = (wide.high << 4) | (wide.low >> 60);
                    wide.low = (wide.low << 4) | static_cast<quint64>(d);
                }
                previous = plus(previous, wide);
            } else {
                return false;
            }
            uuids->push_back(joinUuid(previous.high, previous.low));
        }
        return true;
    }
    // Before the whole-value deltas: {"h": [deltas of the first 64 bits], "l": "last 64 bits as hex"}.
    const QJsonArray high = split.value(kHigh).toArray();
    const QString low = split.value(kLow).toString();
    if (low.size() != high.size() * 16)
        return false;
    quint64 previous = 0;
    for (qsizetype i = 0; i < high.size(); ++i) {
        if (!high[i].isDouble())
            return false;
        previous += static_cast<quint64>(high[i].toInteger());
        quint64 l = 0;
        for (qsizetype k = 0; k < 16; ++k) {
            const int d = hexDigit(low[i * 16 + k]);
            if (d < 0)
                return false;
            l = (l << 4) | static_cast<quint64>(d);
        }
        uuids->push_back(joinUuid(previous, l));
    }
    return true;
}

// Per table of the page: its rows' uuids, then those it is referenced by but that are not in
// the page; a reference is an index into that list.
struct Targets
{
    std::vector<QString> uuids;
    int rows = 0;
    QHash<QString, int> index;

    int indexOf(const QString& uuid)
    {
        auto it = index.constFind(uuid);
        if (it != index.constEnd())
            return *it;
        const int at = static_cast<int>(uuids.size());
        uuids.push_back(uuid);
        index.insert(uuid, at);
        return at;
    }

    // A reference as JSON text: most often to the row after the one the previous row referred
    // to, or to the same, which are compared as they are (no string made, no lookup).
    int indexOf(QByteArrayView json, int previous)
    {
        const QByteArrayView inner = json.sliced(1, json.size() - 2);
        if (!inner.contains('\\')) {
            for (const int guess : {previous + 1, previous}) {
                if (guess >= 0 && guess < static_cast<int>(uuids.size())
                    && QAnyStringView::equal(QUtf8StringView(inner), uuids[size_t(guess)]))
                    return guess;
            }
        }
        return indexOf(jsonStringValue(json));
    }
};

} // namespace

QByteArray PageCodec::encodeJson(const std::vector<PageRow>& rows, const SiteNames& names)
{
    const auto& registry = syncTables();
    std::vector<std::vector<const PageRow*>> byTable(registry.size());
    for (const PageRow& row : rows) {
        if (row.isValid())
            byTable[tableIndex(row.table)].push_back(&row);
    }

    std::vector<Targets> targets(registry.size());
    for (size_t t = 0; t < registry.size(); ++t) {
        targets[t].uuids.reserve(byTable[t].size());
        targets[t].index.reserve(qsizetype(byTable[t].size()));
        for (const PageRow* row : byTable[t]) {
            if (!targets[t].index.contains(row->uuid))
                targets[t].index.insert(row->uuid, static_cast<int>(targets[t].uuids.size()));
            targets[t].uuids.push_back(row->uuid);
        }
        targets[t].rows = static_cast<int>(targets[t].uuids.size());
    }

    JsonList siteIds;
    JsonList siteNames;
    QHash<qint64, int> siteIndex;
    auto indexOfSite = [&](qint64 site) {
        auto it = siteIndex.constFind(site);
        if (it != siteIndex.constEnd())
            return *it;
        const int at = static_cast<int>(siteIndex.size());
        siteIndex.insert(site, at);
        appendJsonNumber(siteIds.next(), site);
        const auto name = names.constFind(site);
        if (name != names.constEnd())
            appendJsonString(siteNames.next(), *name);
        else
            siteNames.next() += "null";
        return at;
    };

    // Values first (references add to their target's extern list), then the groups in order, with
    // their keys in the order QJsonObject keeps them.
    struct Group
    {
        QByteArray head;  // "c" to "t"
        JsonList values;  // "v"
        std::vector<bool> derived;
    };
    std::vector<Group> groups(registry.size());
    for (size_t t = 0; t < registry.size(); ++t) {
        const std::vector<const PageRow*>& group = byTable[t];
        if (group.empty())
            continue;
        const TableInfo& table = registry[t];
        const size_t columns = table.fields.size() + 1;
        std::vector<JsonList> values(columns);
        std::vector<int> previousRef(columns, 0);
        JsonList hlcs;
        JsonList sites;
        JsonList overrides;
        const DerivedUuid rule = derivedUuidRule(table);
        // Per column, the table its references point into (-1: not a reference).
        std::vector<int> refTarget(columns, -1);
        for (size_t c = 1; c < columns; ++c) {
            if (table.fields[c - 1].type == FieldType::Reference)
                refTarget[c] = static_cast<int>(tableIndex(findTable(table.fields[c - 1].refTable)));
        }
        JsonList derivedFlags;
        Group& out = groups[t];
        bool anyDerived = false;
        qint64 previousHlc = 0;
        int previousOverrideRow = 0;
        for (size_t r = 0; r < group.size(); ++r) {
            const PageRow& row = *group[r];
            const FieldClock base = baseClock(row.clocks);
            appendJsonNumber(hlcs.next(), base.hlc - previousHlc);
            previousHlc = base.hlc;
            appendJsonNumber(sites.next(), indexOfSite(base.site));
            if (rule.table) {
                const QByteArrayView first = row.values[size_t(rule.first)];
                const QByteArrayView second = row.values[size_t(rule.second)];
                const bool isDerived = isJsonString(first) && isJsonString(second)
                    && derivedUuid(jsonStringValue(first), jsonStringValue(second))
                        == row.uuid;
                derivedFlags.next() += isDerived ? '1' : '0';
                out.derived.push_back(isDerived);
                anyDerived = anyDerived || isDerived;
            }
            for (size_t c = 0; c < columns; ++c) {
                const QByteArrayView value = row.values[c];
                if (refTarget[c] >= 0 && isJsonString(value)) {
                    Targets& target = targets[size_t(refTarget[c])];
                    const int index = target.indexOf(value, previousRef[c]);
                    appendJsonNumber(values[c].next(), index - previousRef[c]);
                    previousRef[c] = index;
                } else {
                    values[c].next() += value;
                }
                if (row.clocks[c] != base) {
                    appendJsonNumber(overrides.next(), static_cast<int>(r) - previousOverrideRow);
                    previousOverrideRow = static_cast<int>(r);
                    appendJsonNumber(overrides.next(), static_cast<int>(c));
                    appendJsonNumber(overrides.next(), row.clocks[c].hlc - base.hlc);
                    appendJsonNumber(overrides.next(), indexOfSite(row.clocks[c].site));
                }
            }
        }
        JsonList columnNames;
        appendJsonString(columnNames.next(), u"deleted");
        for (const FieldInfo& field : table.fields)
            columnNames.next() += '"' + QByteArray(field.name) + '"';
        out.head = "\"c\":" + columnNames.array();
        if (anyDerived)
            out.head += ",\"d\":" + derivedFlags.array();
        else
            out.derived.clear();
        out.head += ",\"h\":" + hlcs.array() + ",\"n\":" + QByteArray::number(qsizetype(group.size()));
        if (!overrides.isEmpty())
            out.head += ",\"o\":" + overrides.array();
        out.head += ",\"s\":" + sites.array() + ",\"t\":\"" + QByteArray(table.name) + '"';
        for (const JsonList& column : values)
            column.appendArray(out.values.next());
    }

    // Written straight into the page: the values, most of its bytes, are copied once more only.
    qsizetype size = siteIds.size() + siteNames.size() + 64;
    for (const Group& group : groups)
        size += group.head.size() + group.values.size() + 16;
    QByteArray out;
    out.reserve(size + size / 4);
    out += "{\"names\":";
    siteNames.appendArray(out);
    out += ",\"sites\":";
    siteIds.appendArray(out);
    out += ",\"tables\":[";
    bool first = true;
    for (size_t t = 0; t < registry.size(); ++t) {
        Targets& target = targets[t];
        const Group& group = groups[t];
        const bool hasExterns = static_cast<int>(target.uuids.size()) > target.rows;
        if (group.head.isEmpty() && !hasExterns)
            continue;
        if (!first)
            out += ',';
        first = false;
        if (group.head.isEmpty()) {
            out += "{\"n\":0,\"t\":\"" + QByteArray(registry[t].name) + "\",\"u\":[]";
        } else {
            // The uuids were encoded with the rows only (less those derived from their fields): the
            // externs are a list of their own.
            std::vector<QString> own;
            own.reserve(size_t(target.rows));
            for (size_t r = 0; r < size_t(target.rows); ++r) {
                if (group.derived.empty() || !group.derived[r])
                    own.push_back(target.uuids[r]);
            }
            out += '{' + group.head + ",\"u\":" + encodeUuids(own) + ",\"v\":";
            group.values.appendArray(out);
        }
        if (hasExterns)
            out += ",\"x\":" + encodeUuids(std::vector<QString>(target.uuids.begin() + target.rows, target.uuids.end()));
        out += '}';
    }
    out += "]}";
    return out;
}

QByteArray PageCodec::withPage(const QJsonObject& object, const QByteArray& page)
{
    QByteArray text = QJsonDocument(object).toJson(QJsonDocument::Compact);
    text.insert(text.size() - 1, (object.isEmpty() ? "\"page\":" : ",\"page\":") + page);
    return text;
}

QByteArray PageCodec::encodeJson(const std::vector<RowState>& rows, const SiteNames& names)
{
    std::vector<PageRow> pageRows;
    pageRows.reserve(rows.size());
    for (const RowState& row : rows)
        pageRows.push_back(PageRow::fromState(row));
    return encodeJson(pageRows, names);
}

QJsonObject PageCodec::encode(const std::vector<RowState>& rows, const SiteNames& names)
{
    return QJsonDocument::fromJson(encodeJson(rows, names)).object();
}

bool PageCodec::decode(const QJsonObject& page, std::vector<RowState>* rows, SiteNames* names, QString* error)
{
    const QJsonArray siteIds = page.value(kSites).toArray();
    const QJsonArray siteNames = page.value(kNames).toArray();
    std::vector<qint64> sites;
    sites.reserve(static_cast<size_t>(siteIds.size()));
    for (qsizetype i = 0; i < siteIds.size(); ++i) {
        sites.push_back(siteIds[i].toInteger());
        if (names && i < siteNames.size() && siteNames[i].isString() && !siteNames[i].toString().isEmpty())
            names->insert(sites.back(), siteNames[i].toString().left(200));
    }
    auto fail = [error](const char* table, const QString& what) {
        *error = QStringLiteral("table %1: %2").arg(QLatin1StringView(table), what);
        return false;
    };

    // Every table's uuids first: references point into them, backwards or forwards.
    const auto& registry = syncTables();
    const QJsonArray tables = page.value(kTables).toArray();
    std::vector<std::vector<QString>> targets(registry.size());
    std::vector<int> ownRows(registry.size(), 0);
    std::vector<std::pair<const TableInfo*, QJsonObject>> groups;
    for (const QJsonValue& groupValue : tables) {
        const QJsonObject group = groupValue.toObject();
        const TableInfo* table = findTable(group.value(kTable).toString());
        if (!table)
            continue; // a table this version does not know
        std::vector<QString>& target = targets[tableIndex(table)];
        if (!target.empty())
            return fail(table->name, QStringLiteral("twice in a page"));
        if (!decodeUuids(group.value(kUuids), &target))
            return fail(table->name, QStringLiteral("malformed uuids"));
        if (group.contains(kDerived)) {
            // Rows without their uuid: an empty place, filled once the row's fields are read.
            if (!derivedUuidRule(*table).table)
                return fail(table->name, QStringLiteral("derived uuids"));
            const QJsonArray derived = group.value(kDerived).toArray();
            std::vector<QString> all;
            size_t sent = 0;
            for (const QJsonValue& flag : derived) {
                if (flag.toInteger() != 0) {
                    all.emplace_back();
                } else if (sent < target.size()) {
                    all.push_back(std::move(target[sent++]));
                } else {
                    return fail(table->name, QStringLiteral("derived uuids"));
                }
            }
            if (sent != target.size())
                return fail(table->name, QStringLiteral("derived uuids"));
            target = std::move(all);
        }
        ownRows[tableIndex(table)] = static_cast<int>(target.size());
        if (group.contains(kExtern) && !decodeUuids(group.value(kExtern), &target))
            return fail(table->name, QStringLiteral("malformed references"));
        groups.emplace_back(table, group);
    }

    for (const auto& [table, group] : groups) {
        const size_t order = tableIndex(table);
        const qint64 count = group.value(kCount).toInteger(-1);
        if (count != ownRows[order])
            return fail(table->name, QStringLiteral("row count"));
        if (count == 0)
            continue;
        RowState probe = RowState::empty(*table, {});
        std::vector<int> columnMap;
        for (const QJsonValue& column : group.value(kColumns).toArray())
            columnMap.push_back(probe.fieldIndex(column.toString()));
        if (columnMap.empty() || columnMap[0] != 0)
            return fail(table->name, QStringLiteral("the first column must be deleted"));
        const QJsonArray hlcs = group.value(kHlc).toArray();
        const QJsonArray rowSites = group.value(kSite).toArray();
        const QJsonArray values = group.value(kValues).toArray();
        if (hlcs.size() != count || rowSites.size() != count || values.size() != qsizetype(columnMap.size()))
            return fail(table->name, QStringLiteral("malformed columns"));

        const size_t first = rows->size();
        const std::vector<QString>& uuids = targets[order];
        std::vector<FieldClock> bases(static_cast<size_t>(count));
        qint64 hlc = 0;
        for (qint64 r = 0; r < count; ++r) {
            RowState row = RowState::empty(*table, uuids[static_cast<size_t>(r)]);
            hlc += hlcs[r].toInteger();
            const qint64 siteIndex = rowSites[r].toInteger(-1);
            if (siteIndex < 0 || siteIndex >= qint64(sites.size()))
                return fail(table->name, QStringLiteral("site index"));
            const FieldClock base{hlc, sites[static_cast<size_t>(siteIndex)]};
            bases[static_cast<size_t>(r)] = base;
            // Only the columns the sender knows: the others stay at clock (0, 0) and never win.
            for (int target : columnMap) {
                if (target >= 0)
                    row.clocks[static_cast<size_t>(target)] = base;
            }
            rows->push_back(std::move(row));
        }
        for (size_t c = 0; c < columnMap.size(); ++c) {
            const int target = columnMap[c];
            if (target < 0)
                continue; // a column this version does not know
            const QJsonArray column = values[static_cast<qsizetype>(c)].toArray();
            if (column.size() != count)
                return fail(table->name, QStringLiteral("malformed column"));
            const FieldInfo* field = target > 0 ? &table->fields[static_cast<size_t>(target - 1)] : nullptr;
            const std::vector<QString>* referenced = nullptr;
            if (field && field->type == FieldType::Reference)
                referenced = &targets[tableIndex(findTable(field->refTable))];
            qint64 index = 0;
            for (qint64 r = 0; r < count; ++r) {
                QJsonValue value = column[r];
                if (referenced && !value.isNull()) {
                    index += value.toInteger();
                    if (!value.isDouble() || index < 0 || index >= qint64(referenced->size()))
                        return fail(table->name, QStringLiteral("reference out of the page"));
                    value = (*referenced)[static_cast<size_t>(index)];
                }
                (*rows)[first + static_cast<size_t>(r)].values[static_cast<size_t>(target)] = value;
            }
        }
        const QJsonArray overrides = group.value(kOverrides).toArray();
        if (overrides.size() % 4 != 0)
            return fail(table->name, QStringLiteral("malformed clocks"));
        qint64 r = 0;
        for (qsizetype i = 0; i < overrides.size(); i += 4) {
            r += overrides[i].toInteger();
            const qint64 column = overrides[i + 1].toInteger(-1);
            const qint64 siteIndex = overrides[i + 3].toInteger(-1);
            if (r < 0 || r >= count || column < 0 || column >= qint64(columnMap.size()) || siteIndex < 0
                || siteIndex >= qint64(sites.size()))
                return fail(table->name, QStringLiteral("malformed clocks"));
            const int target = columnMap[static_cast<size_t>(column)];
            if (target < 0)
                continue;
            RowState& row = (*rows)[first + static_cast<size_t>(r)];
            row.clocks[static_cast<size_t>(target)] = FieldClock{
                bases[static_cast<size_t>(r)].hlc + overrides[i + 2].toInteger(), sites[static_cast<size_t>(siteIndex)]};
        }
        if (group.contains(kDerived)) {
            const DerivedUuid rule = derivedUuidRule(*table);
            std::vector<QString>& target = targets[order];
            for (qint64 k = 0; k < count; ++k) {
                RowState& row = (*rows)[first + static_cast<size_t>(k)];
                if (!row.uuid.isEmpty())
                    continue;
                row.uuid = derivedUuid(rule, row.values);
                if (row.uuid.isEmpty())
                    return fail(table->name, QStringLiteral("derived uuids"));
                target[static_cast<size_t>(k)] = row.uuid;
            }
        }
        for (size_t k = first; k < rows->size(); ++k)
            normalizeValues(&(*rows)[k]);
    }
    return true;
}

} // namespace terrain
