#include "pagecodec.h"

#include "storage/tables.h"
#include "sync/jsontext.h"
#include "util/uuid.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>
#include <map>

namespace terrain {

namespace {

// Values decoding gives rows where the page's own text will not do.
constexpr QByteArrayView kNullText("null");
constexpr QByteArrayView kFalseText("0");
constexpr QByteArrayView kTrueText("1");
constexpr QByteArrayView kEmptyText("\"\"");

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

// The same from a decoded row's values (null when a part is missing).
QString derivedUuid(const DerivedUuid& rule, const std::vector<QByteArrayView>& values)
{
    if (!rule.table || rule.first < 0 || rule.second < 0 || size_t(std::max(rule.first, rule.second)) >= values.size())
        return {};
    const QByteArrayView first = values[size_t(rule.first)];
    const QByteArrayView second = values[size_t(rule.second)];
    if (!isJsonString(first) || !isJsonString(second))
        return {};
    return derivedUuid(jsonStringValue(first), jsonStringValue(second));
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

int hexDigit(char c)
{
    return hexDigit(QChar(QLatin1Char(c)));
}

// An integer as JSON writes it (no fraction, no exponent), within 64 bits.
bool parseInteger(QByteArrayView text, qint64* value)
{
    if (!JsonReader::isInteger(text))
        return false;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), *value);
    return error == std::errc() && end == text.data() + text.size();
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
    if (parseInteger(text, value))
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
            if (!(parseInteger(delta, &step) || parseSmall(delta, &step)) || at + 16 > lowHex.size())
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
        const bool canonical = parseInteger(text, &integer) && (text.size() == 1 || (text[0] != '0' && !text.startsWith("-0")));
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

// The page's text after `prefix`, with room for what follows it.
QByteArray writePage(const std::vector<PageRow>& rows, const SiteNames& names, QByteArrayView prefix)
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
    out.reserve(prefix.size() + size + size / 4 + 256);
    out += prefix;
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

} // namespace

QByteArray PageCodec::encodeJson(const std::vector<PageRow>& rows, const SiteNames& names)
{
    return writePage(rows, names, {});
}

QByteArray PageCodec::pageMessage(const std::vector<PageRow>& rows, const SiteNames& names)
{
    return writePage(rows, names, kPagePrefix);
}

QByteArray PageCodec::endMessage(QByteArray message, const QJsonObject& object)
{
    const QByteArray members = QJsonDocument(object).toJson(QJsonDocument::Compact); // {...}
    if (members.size() > 2)
        message += ',' + QByteArrayView(members).sliced(1);
    else
        message += '}';
    return message;
}

PageCodec::SplitMessage PageCodec::splitMessage(const QByteArray& message)
{
    SplitMessage split{message, {}};
    qsizetype previousEnd = -1; // where the member before ends
    JsonReader::forEachMember(message, [&](QByteArrayView key, QByteArrayView value) {
        const qsizetype end = value.data() + value.size() - message.constData();
        if (key != "\"page\"") {
            previousEnd = end;
            return true;
        }
        split.page = value.toByteArray();
        // With the comma before it, or the one after it when it comes first.
        qsizetype from = previousEnd;
        qsizetype to = end;
        if (from < 0) {
            from = key.data() - message.constData();
            if (const qsizetype comma = message.indexOf(',', to); comma >= 0)
                to = comma + 1;
        }
        split.rest = message.left(from) + message.mid(to);
        return false;
    });
    return split;
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
            return parseInteger(id, &sites.back());
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
        if (!parseInteger(group.count, &count) || count != ownRows[order])
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
            if (r >= count || !parseInteger(delta, &step))
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
            if (!parseInteger(index, &site) || site < 0 || site >= qint64(sites.size()))
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
                return parseInteger(number, &overrides.back());
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
    DecodedPage decoded;
    if (!decode(page.isEmpty() ? QByteArray() : QJsonDocument(page).toJson(QJsonDocument::Compact), &decoded, error))
        return false;
    rows->reserve(rows->size() + decoded.rows.size());
    for (const PageRow& row : decoded.rows)
        rows->push_back(row.toState());
    if (names)
        names->insert(decoded.names);
    return true;
}

} // namespace terrain
