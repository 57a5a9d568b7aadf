#include "pagecodec.h"

#include "storage/tables.h"
#include "sync/jsontext.h"
#include "sync/pagecodec_p.h"

#include <QJsonDocument>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>

namespace terrain {

namespace {

using namespace pagecodec;

// Values decoding gives rows where the page's own text will not do.
constexpr QByteArrayView kNullText("null");
constexpr QByteArrayView kFalseText("0");
constexpr QByteArrayView kTrueText("1");
constexpr QByteArrayView kEmptyText("\"\"");

// The same from a decoded row's values (null when a part is missing).
QString derivedUuid(const DerivedUuid& rule, const std::vector<QByteArrayView>& values)
{
    if (!rule.table || rule.first < 0 || rule.second < 0 || size_t(std::max(rule.first, rule.second)) >= values.size())
        return {};
    const QByteArrayView first = values[size_t(rule.first)];
    const QByteArrayView second = values[size_t(rule.second)];
    if (!isJsonString(first) || !isJsonString(second))
        return {};
    return pagecodec::derivedUuid(jsonStringValue(first), jsonStringValue(second));
}

int hexDigit(char c)
{
    return pagecodec::hexDigit(QChar(QLatin1Char(c)));
}

// JSON's grammar of numbers: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?
bool isJsonNumber(QByteArrayView text)
{
    qsizetype i = 0;
    const qsizetype n = text.size();
    auto digits = [&] {
        const qsizetype from = i;
        while (i < n && text[i] >= '0' && text[i] <= '9')
            ++i;
        return i > from;
    };
    if (i < n && text[i] == '-')
        ++i;
    if (i < n && text[i] == '0')
        ++i;
    else if (!digits())
        return false;
    if (i < n && text[i] == '.') {
        ++i;
        if (!digits())
            return false;
    }
    if (i < n && (text[i] == 'e' || text[i] == 'E')) {
        ++i;
        if (i < n && (text[i] == '+' || text[i] == '-'))
            ++i;
        if (!digits())
            return false;
    }
    return i == n;
}

double parseDouble(QByteArrayView text)
{
    double value = 0;
    std::from_chars(text.data(), text.data() + text.size(), value);
    return value;
}

// A whole number within +-2^53 (uuid deltas and the older form's high halves): a JSON number
// with a fraction of zero, as QJsonValue reads them.
bool parseSmall(QByteArrayView text, qint64* value)
{
    if (JsonReader::parseInteger(text, value))
        return std::abs(*value) <= kLargestNumber;
    if (!isJsonNumber(text))
        return false;
    const double number = parseDouble(text);
    if (number != std::floor(number) || std::abs(number) > double(kLargestNumber))
        return false;
    *value = static_cast<qint64>(number);
    return true;
}

// Uuids made by decoding, as JSON strings in a buffer of the page's own.
void appendUuids(const std::vector<Wide>& values, std::vector<QByteArrayView>* uuids, std::vector<QByteArray>* buffers)
{
    static constexpr char hex[] = "0123456789abcdef";
    constexpr qsizetype kQuoted = 38;
    QByteArray buffer(qsizetype(values.size()) * kQuoted, Qt::Uninitialized);
    char* out = buffer.data();
    for (const Wide& value : values) {
        *out++ = '"';
        for (int digit = 0; digit < 32; ++digit) {
            if (digit == 8 || digit == 12 || digit == 16 || digit == 20)
                *out++ = '-';
            const quint64 half = digit < 16 ? value.high : value.low;
            *out++ = hex[(half >> (60 - 4 * (digit % 16))) & 0xF];
        }
        *out++ = '"';
    }
    buffers->push_back(std::move(buffer));
    const char* const text = buffers->back().constData();
    uuids->reserve(uuids->size() + values.size());
    for (size_t i = 0; i < values.size(); ++i)
        uuids->emplace_back(text + qsizetype(i) * kQuoted, kQuoted);
}

// A list of uuids as the encoder writes it (see the class comment), appended to `uuids` as JSON
// strings: views of the page's text, or of a buffer added to `buffers`.
bool decodeUuids(QByteArrayView json, std::vector<QByteArrayView>* uuids, std::vector<QByteArray>* buffers)
{
    if (json.isEmpty())
        return true;
    if (json[0] == '[') {
        return JsonReader::forEachElement(json, [uuids](QByteArrayView text) {
            if (!isJsonString(text) || text.size() <= 2)
                return false;
            if (text.size() - 2 > 64 || text.contains('\\')) {
                const QString value = jsonStringValue(text);
                if (value.isEmpty() || value.size() > 64)
                    return false;
            }
            uuids->push_back(text);
            return true;
        });
    }
    QByteArrayView deltas;
    QByteArrayView high;
    QByteArrayView low;
    if (!JsonReader::forEachMember(json, [&](QByteArrayView key, QByteArrayView value) {
            if (key == "\"w\"")
                deltas = value;
            else if (key == "\"h\"")
                high = value;
            else if (key == "\"l\"")
                low = value;
            return true;
        }))
        return false;
    std::vector<Wide> values;
    if (!deltas.isEmpty()) {
        Wide previous;
        if (!JsonReader::forEachElement(deltas, [&](QByteArrayView delta) {
                if (isJsonString(delta)) {
                    const QByteArrayView hex = delta.sliced(1, delta.size() - 2);
                    if (hex.isEmpty() || hex.size() > 32)
                        return false;
                    Wide wide;
                    for (const char c : hex) {
                        const int d = hexDigit(c);
                        if (d < 0)
                            return false;
                        wide.high = (wide.high << 4) | (wide.low >> 60);
                        wide.low = (wide.low << 4) | static_cast<quint64>(d);
                    }
                    previous = plus(previous, wide);
                } else {
                    qint64 small = 0;
                    if (!parseSmall(delta, &small))
                        return false;
                    previous = plus(previous, Wide{small < 0 ? ~quint64(0) : 0, static_cast<quint64>(small)});
                }
                values.push_back(previous);
                return true;
            }))
            return false;
        appendUuids(values, uuids, buffers);
        return true;
    }
    // Before the whole-value deltas: {"h": [deltas of the first 64 bits], "l": "last 64 bits as hex"}.
    const QByteArrayView lowHex = isJsonString(low) ? low.sliced(1, low.size() - 2) : QByteArrayView();
    quint64 previous = 0;
    if (!high.isEmpty() && !JsonReader::forEachElement(high, [&](QByteArrayView delta) {
            qint64 step = 0;
            const qsizetype at = qsizetype(values.size()) * 16;
            if (!(JsonReader::parseInteger(delta, &step) || parseSmall(delta, &step)) || at + 16 > lowHex.size())
                return false;
            previous += static_cast<quint64>(step);
            quint64 l = 0;
            for (qsizetype k = 0; k < 16; ++k) {
                const int d = hexDigit(lowHex[at + k]);
                if (d < 0)
                    return false;
                l = (l << 4) | static_cast<quint64>(d);
            }
            values.push_back(Wide{previous, l});
            return true;
        }))
        return false;
    if (lowHex.size() != qsizetype(values.size()) * 16)
        return false;
    appendUuids(values, uuids, buffers);
    return true;
}

// What a value of a column is, to normalise it as normalizeValues does a QJsonValue.
enum class JsonKind { Null, Bool, Number, String, Other, Malformed };

JsonKind kindOf(QByteArrayView text)
{
    if (text.isEmpty())
        return JsonKind::Malformed;
    switch (text[0]) {
    case '"':
        return JsonKind::String; // JsonReader found its end
    case '[':
    case '{':
        return JsonKind::Other;
    case 'n':
        return text == kNullText ? JsonKind::Null : JsonKind::Malformed;
    case 't':
    case 'f':
        return text == "true" || text == "false" ? JsonKind::Bool : JsonKind::Malformed;
    default:
        return isJsonNumber(text) ? JsonKind::Number : JsonKind::Malformed;
    }
}

// The value in the one form normalizeValues gives it (see syncrow.h): the text as it is, most
// often; empty when it is not JSON. `field` null: "deleted".
QByteArrayView normalValue(const FieldInfo* field, QByteArrayView text, std::vector<QByteArray>* buffers)
{
    const JsonKind kind = kindOf(text);
    if (kind == JsonKind::Malformed)
        return {};
    if (!field || field->type == FieldType::Integer) {
        if (kind != JsonKind::Number)
            return field ? kNullText : kFalseText;
        qint64 integer = 0;
        const bool canonical = JsonReader::parseInteger(text, &integer) && (text.size() == 1 || (text[0] != '0' && !text.startsWith("-0")));
        if (!canonical) {
            // As QJsonValue::toInteger: a whole number, else the number cut to one.
            const double number = parseDouble(text);
            integer = number >= 9.2e18 ? std::numeric_limits<qint64>::max()
                : number <= -9.2e18    ? std::numeric_limits<qint64>::min()
                                       : static_cast<qint64>(number);
            if (!field)
                integer = number == std::floor(number) ? integer : 0;
        }
        if (!field)
            return integer != 0 ? kTrueText : kFalseText;
        if (canonical)
            return text;
        QByteArray normal;
        appendJsonNumber(normal, integer);
        buffers->push_back(std::move(normal));
        return buffers->back();
    }
    switch (field->type) {
    case FieldType::Real:
        return kind == JsonKind::Number ? text : kNullText;
    case FieldType::Text:
    case FieldType::Reference:
        return kind == JsonKind::String ? text : kNullText;
    case FieldType::Integer:
        break;
    }
    return kNullText;
}


} // namespace

bool PageCodec::decode(QByteArray text, DecodedPage* page, QString* error)
{
    page->text = std::move(text);
    std::vector<PageRow>& rows = page->rows;
    std::vector<QByteArray>* const buffers = &page->buffers;
    auto fail = [error](const char* table, const QString& what) {
        *error = table ? QStringLiteral("table %1: %2").arg(QLatin1StringView(table), what) : what;
        return false;
    };
    if (page->text.isEmpty())
        return true;
    QByteArrayView siteIds;
    QByteArrayView siteNames;
    QByteArrayView tables;
    if (!JsonReader::forEachMember(page->text, [&](QByteArrayView key, QByteArrayView value) {
            if (key == "\"sites\"")
                siteIds = value;
            else if (key == "\"names\"")
                siteNames = value;
            else if (key == "\"tables\"")
                tables = value;
            return true;
        }))
        return fail(nullptr, QStringLiteral("malformed page"));
    std::vector<qint64> sites;
    if (!siteIds.isEmpty() && !JsonReader::forEachElement(siteIds, [&sites](QByteArrayView id) {
            qint64 site = 0;
            sites.push_back(site);
            return JsonReader::parseInteger(id, &sites.back());
        }))
        return fail(nullptr, QStringLiteral("malformed sites"));
    size_t nameIndex = 0;
    if (!siteNames.isEmpty() && !JsonReader::forEachElement(siteNames, [&](QByteArrayView name) {
            const size_t i = nameIndex++;
            if (isJsonString(name) && i < sites.size()) {
                const QString value = jsonStringValue(name);
                if (!value.isEmpty())
                    page->names.insert(sites[i], value.left(200));
            }
            return true;
        }))
        return fail(nullptr, QStringLiteral("malformed sites"));

    // A table's group as the page has it: each member's text.
    struct Group
    {
        const TableInfo* table = nullptr;
        QByteArrayView count, columns, uuids, externs, hlcs, sites, values, overrides, derived;
    };
    std::vector<Group> groups;
    if (!tables.isEmpty() && !JsonReader::forEachElement(tables, [&groups](QByteArrayView groupText) {
            Group group;
            QByteArrayView name;
            const bool ok = JsonReader::forEachMember(groupText, [&](QByteArrayView key, QByteArrayView value) {
                if (key.size() != 3)
                    return true;
                switch (key[1]) {
                case 't': name = value; break;
                case 'n': group.count = value; break;
                case 'c': group.columns = value; break;
                case 'u': group.uuids = value; break;
                case 'x': group.externs = value; break;
                case 'h': group.hlcs = value; break;
                case 's': group.sites = value; break;
                case 'v': group.values = value; break;
                case 'o': group.overrides = value; break;
                case 'd': group.derived = value; break;
                default: break;
                }
                return true;
            });
            if (!ok)
                return false;
            if (isJsonString(name))
                group.table = findTable(jsonStringValue(name));
            if (group.table) // else a table this version does not know
                groups.push_back(group);
            return true;
        }))
        return fail(nullptr, QStringLiteral("malformed tables"));

    // Every table's uuids first: references point into them, backwards or forwards.
    const auto& registry = syncTables();
    std::vector<std::vector<QByteArrayView>> targets(registry.size());
    std::vector<int> ownRows(registry.size(), 0);
    std::vector<bool> seen(registry.size(), false);
    for (const Group& group : groups) {
        const TableInfo* table = group.table;
        const size_t order = tableIndex(table);
        std::vector<QByteArrayView>& target = targets[order];
        if (seen[order])
            return fail(table->name, QStringLiteral("twice in a page"));
        seen[order] = true;
        if (!decodeUuids(group.uuids, &target, buffers))
            return fail(table->name, QStringLiteral("malformed uuids"));
        if (!group.derived.isEmpty()) {
            // Rows without their uuid: an empty place, filled once the row's fields are read.
            if (!derivedUuidRule(*table).table)
                return fail(table->name, QStringLiteral("derived uuids"));
            std::vector<QByteArrayView> all;
            size_t sent = 0;
            const bool ok = JsonReader::forEachElement(group.derived, [&](QByteArrayView flag) {
                if (flag != "0") {
                    all.emplace_back();
                    return true;
                }
                if (sent >= target.size())
                    return false;
                all.push_back(target[sent++]);
                return true;
            });
            if (!ok || sent != target.size())
                return fail(table->name, QStringLiteral("derived uuids"));
            target = std::move(all);
        }
        ownRows[order] = static_cast<int>(target.size());
        if (!decodeUuids(group.externs, &target, buffers))
            return fail(table->name, QStringLiteral("malformed references"));
    }

    for (const Group& group : groups) {
        const TableInfo* table = group.table;
        const size_t order = tableIndex(table);
        qint64 count = -1;
        if (!JsonReader::parseInteger(group.count, &count) || count != ownRows[order])
            return fail(table->name, QStringLiteral("row count"));
        if (count == 0)
            continue;
        const size_t n = table->fields.size() + 1;
        std::vector<int> columnMap;
        if (!JsonReader::forEachElement(group.columns, [&](QByteArrayView column) {
                columnMap.push_back(isJsonString(column) ? fieldPosition(*table, jsonStringValue(column)) : -1);
                return true;
            })
            || columnMap.empty() || columnMap[0] != 0)
            return fail(table->name, QStringLiteral("the first column must be deleted"));

        const size_t first = rows.size();
        rows.resize(first + size_t(count));
        const auto row = [&](qint64 r) -> PageRow& { return rows[first + size_t(r)]; };
        std::vector<FieldClock> bases(static_cast<size_t>(count));
        qint64 hlc = 0;
        qint64 r = 0;
        const bool hlcsOk = JsonReader::forEachElement(group.hlcs, [&](QByteArrayView delta) {
            qint64 step = 0;
            if (r >= count || !JsonReader::parseInteger(delta, &step))
                return false;
            hlc += step;
            bases[size_t(r++)].hlc = hlc;
            return true;
        });
        if (!hlcsOk || r != count)
            return fail(table->name, QStringLiteral("malformed columns"));
        r = 0;
        bool sitesOk = true;
        const bool sitesRead = JsonReader::forEachElement(group.sites, [&](QByteArrayView index) {
            qint64 site = -1;
            if (r >= count)
                return false;
            if (!JsonReader::parseInteger(index, &site) || site < 0 || site >= qint64(sites.size()))
                return sitesOk = false;
            bases[size_t(r++)].site = sites[size_t(site)];
            return true;
        });
        if (!sitesOk)
            return fail(table->name, QStringLiteral("site index"));
        if (!sitesRead || r != count)
            return fail(table->name, QStringLiteral("malformed columns"));
        for (qint64 k = 0; k < count; ++k) {
            PageRow& pageRow = row(k);
            pageRow.table = table;
            pageRow.values.assign(n, kNullText);
            pageRow.values[0] = kFalseText;
            // Only the columns the sender knows: the others stay at clock (0, 0) and never win.
            pageRow.clocks.assign(n, FieldClock{});
            for (const int target : columnMap) {
                if (target >= 0)
                    pageRow.clocks[size_t(target)] = bases[size_t(k)];
            }
        }

        size_t c = 0;
        bool referencesOk = true;
        const bool valuesOk = JsonReader::forEachElement(group.values, [&](QByteArrayView column) {
            if (c >= columnMap.size())
                return false;
            const int target = columnMap[c++];
            if (target < 0)
                return true; // a column this version does not know
            const FieldInfo* field = target > 0 ? &table->fields[size_t(target - 1)] : nullptr;
            const std::vector<QByteArrayView>* referenced = nullptr;
            if (field && field->type == FieldType::Reference)
                referenced = &targets[tableIndex(findTable(field->refTable))];
            qint64 index = 0;
            qint64 k = 0;
            const bool read = JsonReader::forEachElement(column, [&](QByteArrayView value) {
                if (k >= count)
                    return false;
                QByteArrayView normal;
                if (referenced && value != kNullText) {
                    qint64 step = 0;
                    if (!parseSmall(value, &step) || (index += step) < 0 || index >= qint64(referenced->size()))
                        return referencesOk = false;
                    normal = (*referenced)[size_t(index)];
                    if (normal.isEmpty())
                        normal = kEmptyText; // a row whose uuid its fields give: none yet
                } else {
                    normal = normalValue(field, value, buffers);
                    if (normal.isEmpty())
                        return false;
                }
                row(k++).values[size_t(target)] = normal;
                return true;
            });
            return read && k == count;
        });
        if (!referencesOk)
            return fail(table->name, QStringLiteral("reference out of the page"));
        if (!valuesOk || c != columnMap.size())
            return fail(table->name, QStringLiteral("malformed column"));

        std::vector<qint64> overrides;
        if (!group.overrides.isEmpty() && !JsonReader::forEachElement(group.overrides, [&overrides](QByteArrayView number) {
                overrides.push_back(0);
                return JsonReader::parseInteger(number, &overrides.back());
            }))
            return fail(table->name, QStringLiteral("malformed clocks"));
        if (overrides.size() % 4 != 0)
            return fail(table->name, QStringLiteral("malformed clocks"));
        r = 0;
        for (size_t i = 0; i < overrides.size(); i += 4) {
            r += overrides[i];
            const qint64 column = overrides[i + 1];
            const qint64 siteIndex = overrides[i + 3];
            if (r < 0 || r >= count || column < 0 || column >= qint64(columnMap.size()) || siteIndex < 0
                || siteIndex >= qint64(sites.size()))
                return fail(table->name, QStringLiteral("malformed clocks"));
            const int target = columnMap[static_cast<size_t>(column)];
            if (target >= 0)
                row(r).clocks[size_t(target)] = FieldClock{bases[size_t(r)].hlc + overrides[i + 2], sites[size_t(siteIndex)]};
        }

        std::vector<QByteArrayView>& uuids = targets[order];
        if (!group.derived.isEmpty()) {
            const DerivedUuid rule = derivedUuidRule(*table);
            QByteArray made;
            std::vector<std::pair<size_t, qsizetype>> at; // row, offset in `made`
            for (qint64 k = 0; k < count; ++k) {
                if (!uuids[size_t(k)].isEmpty())
                    continue;
                const QString uuid = derivedUuid(rule, row(k).values);
                if (uuid.isEmpty())
                    return fail(table->name, QStringLiteral("derived uuids"));
                at.emplace_back(size_t(k), made.size());
                appendJsonString(made, uuid);
            }
            buffers->push_back(std::move(made));
            const QByteArray& buffer = buffers->back();
            for (size_t i = 0; i < at.size(); ++i) {
                const qsizetype end = i + 1 < at.size() ? at[i + 1].second : buffer.size();
                uuids[at[i].first] = QByteArrayView(buffer.constData() + at[i].second, end - at[i].second);
            }
        }
        for (qint64 k = 0; k < count; ++k)
            row(k).uuid = jsonStringValue(uuids[size_t(k)]);
    }
    return true;
}

bool PageCodec::decode(const QJsonObject& page, std::vector<RowState>* rows, SiteNames* names, QString* error)
{
    return decode(page.isEmpty() ? QByteArray() : QJsonDocument(page).toJson(QJsonDocument::Compact), rows, names, error);
}

bool PageCodec::decode(QByteArray text, std::vector<RowState>* rows, SiteNames* names, QString* error)
{
    DecodedPage decoded;
    if (!decode(std::move(text), &decoded, error))
        return false;
    rows->reserve(rows->size() + decoded.rows.size());
    for (const PageRow& row : decoded.rows)
        rows->push_back(row.toState());
    if (names)
        names->insert(decoded.names);
    return true;
}

} // namespace terrain
