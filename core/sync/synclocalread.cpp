#include "synclocalstore.h"

#include "storage/database.h"
#include "storage/tables.h"
#include "sync/jsontext.h"

#include <QStringList>

#include <functional>

// SyncLocalStore's read side: local rows as RowStates (clocks from field_clocks) or as PageRows.
namespace terrain {

namespace {

// The uuids as a JSON array of strings (for json_each).
QByteArray jsonArray(const QStringList& uuids)
{
    JsonList json;
    for (const QString& uuid : uuids)
        appendJsonString(json.next(), uuid);
    return json.array();
}

} // namespace

std::optional<RowState> SyncLocalStore::read(const TableInfo& table, const QString& uuid)
{
    std::optional<Local> found = readOne(tableIndex(&table), uuid);
    if (!found)
        return std::nullopt;
    return std::move(found->row);
}

std::optional<SyncLocalStore::Local> SyncLocalStore::readOne(size_t table, const QString& uuid)
{
    // One row at a time while applying a page: a prepared statement per table.
    const TableInfo& info = syncTables()[table];
    Statement& st = tableStatement(TableStatement::Select, table);
    st.bind(1, uuid);
    std::optional<Local> row;
    if (st.step()) {
        row.emplace();
        row->id = st.int64(static_cast<int>(info.fields.size()) + 4);
        row->row = readCurrent(info, st, true, &row->overrides);
    }
    st.reset();
    return row;
}

QString SyncLocalStore::selectSql(const TableInfo& table, const QString& where, const QString& before)
{
    QStringList columns{QStringLiteral("t.uuid"), QStringLiteral("t.hlc"), QStringLiteral("t.site"),
                        QStringLiteral("t.deleted")};
    for (const FieldInfo& field : table.fields) {
        if (field.type == FieldType::Reference)
            columns << QStringLiteral("(SELECT r.uuid FROM %1 r WHERE r.id = t.%2)")
                           .arg(QLatin1StringView(field.refTable), QLatin1StringView(field.name));
        else
            columns << QStringLiteral("t.") + QLatin1StringView(field.name);
    }
    columns << QStringLiteral("t.id");
    return QStringLiteral("SELECT %1 FROM %2%3 t WHERE %4")
        .arg(columns.join(u','), before, QLatin1StringView(table.name), where);
}

Result<std::vector<RowState>> SyncLocalStore::readWhere(const TableInfo& table, const QString& where,
                                                        const QVariantList& binds)
{
    // Not cached: a caller may hold the result of one query while reading another.
    Statement st(m_db.handle(), selectSql(table, where));
    if (!st.isValid())
        return makeError(QStringLiteral("sync.read"), QStringLiteral("Cannot read the campaign."), st.errorMessage());
    for (int i = 0; i < binds.size(); ++i)
        st.bind(i + 1, binds[i]);
    std::vector<RowState> rows;
    while (st.step())
        rows.push_back(readCurrent(table, st));
    if (st.failed())
        return makeError(QStringLiteral("sync.read"), QStringLiteral("Cannot read the campaign."), st.errorMessage());
    return rows;
}

Result<std::vector<RowState>> SyncLocalStore::readMany(const TableInfo& table, const QStringList& uuids)
{
    auto found = readLocal(table, uuids);
    if (!found)
        return found.error();
    std::vector<RowState> rows;
    rows.reserve(found->size());
    for (Local& local : *found)
        rows.push_back(std::move(local.row));
    return rows;
}

Status SyncLocalStore::selectLocal(const TableInfo& table, const QStringList& uuids,
                                   const std::function<QString(Statement&)>& onRow,
                                   const std::function<void(size_t, QStringView, const FieldClock&)>& onClock)
{
    if (uuids.isEmpty())
        return {};
    // The uuids as one bound JSON array (json_each): one statement, however many.
    const QByteArray list = jsonArray(uuids);
    QHash<QString, size_t> at;
    size_t rows = 0;
    {
        // json_each first (CROSS JOIN keeps that order): a lookup per uuid, not a scan of the table.
        Statement st(m_db.handle(),
                     selectSql(table, QStringLiteral("t.uuid = j.value"), QStringLiteral("json_each(?) j CROSS JOIN ")));
        st.bind(1, list);
        while (st.step())
            at.insert(onRow(st), rows++);
        if (st.failed())
            return makeError(QStringLiteral("sync.read"), QStringLiteral("Cannot read the campaign."), st.errorMessage());
    }
    if (at.isEmpty())
        return {};
    Statement& clocks = cached(QStringLiteral("SELECT f.row_uuid, f.field, f.hlc, f.site FROM json_each(?) j"
                                              " CROSS JOIN field_clocks f WHERE f.tbl = ? AND f.row_uuid = j.value"));
    clocks.bind(1, list).bind(2, table.name, -1);
    while (clocks.step()) {
        const auto it = at.constFind(clocks.text(0));
        if (it != at.constEnd())
            onClock(*it, clocks.text(1), FieldClock{clocks.int64(2), clocks.int64(3)});
    }
    if (clocks.failed())
        return makeError(QStringLiteral("sync.read"), QStringLiteral("Cannot read the campaign."), clocks.errorMessage());
    clocks.reset();
    return {};
}

Result<std::vector<SyncLocalStore::Local>> SyncLocalStore::readLocal(const TableInfo& table, const QStringList& uuids)
{
    std::vector<Local> rows;
    const int idColumn = static_cast<int>(table.fields.size()) + 4;
    const auto onRow = [&](Statement& st) {
        Local& local = rows.emplace_back();
        local.row = readCurrent(table, st, false);
        local.id = st.int64(idColumn);
        return local.row.uuid;
    };
    const auto onClock = [&](size_t row, QStringView field, const FieldClock& clock) {
        Local& local = rows[row];
        local.overrides = true;
        if (const int index = local.row.fieldIndex(field); index >= 0)
            local.row.clocks[static_cast<size_t>(index)] = clock;
    };
    if (Status s = selectLocal(table, uuids, onRow, onClock); !s)
        return s.error();
    return rows;
}

Result<std::vector<PageRow>> SyncLocalStore::readRows(const TableInfo& table, const QStringList& uuids)
{
    std::vector<PageRow> rows;
    const size_t columns = table.fields.size() + 1;
    std::vector<qsizetype> ends(columns);
    const auto onRow = [&](Statement& st) {
        // The JSON text PageRow::fromState(readCurrent(...)) writes, from SQLite's own UTF-8.
        PageRow& row = rows.emplace_back();
        row.table = &table;
        row.uuid = st.text(0);
        row.clocks.assign(columns, FieldClock{st.int64(1), st.int64(2)});
        row.text += st.int64(3) != 0 ? '1' : '0';
        ends[0] = row.text.size();
        for (size_t i = 0; i < table.fields.size(); ++i) {
            const int column = static_cast<int>(i) + 4;
            if (st.isNull(column)) {
                row.text += "null";
            } else {
                switch (table.fields[i].type) {
                case FieldType::Integer:
                    appendJsonNumber(row.text, st.int64(column));
                    break;
                case FieldType::Real:
                    appendJsonValue(row.text, QJsonValue(st.real(column)));
                    break;
                case FieldType::Text:
                case FieldType::Reference:
                    // Anything QString::fromUtf8 would change (bad bytes, a byte-order mark) goes through it.
                    if (const QByteArrayView utf8 = st.utf8(column); utf8.isValidUtf8() && !utf8.startsWith("\xEF\xBB\xBF"))
                        appendJsonUtf8String(row.text, utf8);
                    else
                        appendJsonString(row.text, st.text(column));
                    break;
                }
            }
            ends[i + 1] = row.text.size();
        }
        row.sliceValues(ends);
        return row.uuid;
    };
    const auto onClock = [&](size_t row, QStringView field, const FieldClock& clock) {
        if (const int index = fieldPosition(table, field); index >= 0)
            rows[row].clocks[static_cast<size_t>(index)] = clock;
    };
    if (Status s = selectLocal(table, uuids, onRow, onClock); !s)
        return s.error();
    return rows;
}

RowState SyncLocalStore::readCurrent(const TableInfo& table, Statement& st, bool withClocks, bool* overrides)
{
    {
        RowState row = RowState::empty(table, st.text(0));
        const FieldClock base{st.int64(1), st.int64(2)};
        std::fill(row.clocks.begin(), row.clocks.end(), base);
        row.values[0] = st.int64(3) != 0 ? 1 : 0;
        for (size_t i = 0; i < table.fields.size(); ++i) {
            const int column = static_cast<int>(i) + 4;
            if (st.isNull(column))
                continue;
            switch (table.fields[i].type) {
            case FieldType::Integer:
                row.values[i + 1] = QJsonValue(st.int64(column));
                break;
            case FieldType::Real:
                row.values[i + 1] = QJsonValue(st.real(column));
                break;
            case FieldType::Text:
            case FieldType::Reference:
                row.values[i + 1] = QJsonValue(st.text(column));
                break;
            }
        }
        if (!withClocks)
            return row;
        Statement& clocks = cached(QStringLiteral("SELECT field, hlc, site FROM field_clocks WHERE tbl = ? AND row_uuid = ?"));
        clocks.bind(1, table.name, -1).bind(2, row.uuid);
        while (clocks.step()) {
            if (overrides)
                *overrides = true;
            const int index = row.fieldIndex(clocks.text(0));
            if (index >= 0)
                row.clocks[static_cast<size_t>(index)] = FieldClock{clocks.int64(1), clocks.int64(2)};
        }
        clocks.reset();
        return row;
    }
}

} // namespace terrain
