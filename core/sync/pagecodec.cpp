#include "pagecodec.h"

#include "storage/tables.h"
#include "sync/jsontext.h"
#include "sync/pagecodec_p.h"
#include "util/uuid.h"

#include <QJsonDocument>

#include <algorithm>

namespace terrain {

namespace pagecodec {

DerivedUuid derivedUuidRule(const TableInfo& table)
{
    if (qstrcmp(table.name, "person_tags") != 0)
        return {};
    const RowState probe = RowState::empty(table, {});
    return DerivedUuid{&table, probe.fieldIndex(u"person_id"), probe.fieldIndex(u"tag_id")};
}

QString derivedUuid(const QString& person, const QString& tag)
{
    return stableUuid(u"person_tags", QString(person + u':' + tag));
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


} // namespace pagecodec

namespace {

using namespace pagecodec;

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

} // namespace terrain
