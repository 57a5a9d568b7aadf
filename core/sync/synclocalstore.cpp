#include "synclocalstore.h"

#include "sync/listcodesettle.h"
#include "search/searchindex.h"
#include "storage/database.h"
#include "storage/tables.h"
#include "sync/repository.h"
#include "util/logging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

#include <algorithm>

namespace terrain {

namespace {

int tableOrder(const TableInfo* table)
{
    // Every TableInfo is an element of the registry's vector.
    return static_cast<int>(table - syncTables().data());
}

QVariant toVariant(const FieldInfo& field, const QJsonValue& value)
{
    if (value.isNull() || value.isUndefined())
        return {};
    switch (field.type) {
    case FieldType::Integer:
        return QVariant(value.toInteger());
    case FieldType::Real:
        return QVariant(value.toDouble());
    case FieldType::Text:
    case FieldType::Reference:
        return QVariant(value.toString());
    }
    return {};
}

QString valueText(const QJsonValue& value)
{
    if (value.isNull() || value.isUndefined())
        return {};
    if (value.isString())
        return value.toString();
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).chopped(1).mid(1));
}

} // namespace

bool isConflictTracked(const TableInfo& table, int field)
{
    if (field <= 0)
        return false;
    const QLatin1StringView name(table.fields[static_cast<size_t>(field - 1)].name);
    const QLatin1StringView tableName(table.name);
    if (tableName == QLatin1StringView("people"))
        return name == QLatin1StringView("support") || name.startsWith(QLatin1StringView("dnc_"))
            || name == QLatin1StringView("household_id");
    if (tableName == QLatin1StringView("phones"))
        return name == QLatin1StringView("e164") || name == QLatin1StringView("raw");
    if (tableName == QLatin1StringView("emails"))
        return name == QLatin1StringView("address");
    if (tableName == QLatin1StringView("households"))
        return name == QLatin1StringView("address_id");
    return false;
}

SyncLocalStore::SyncLocalStore(Database& db)
    : m_db(db),
      m_tableStatements(syncTables().size() * kTableStatementKinds)
{
}

SyncLocalStore::~SyncLocalStore()
{
    qDeleteAll(m_statements);
}

Statement& SyncLocalStore::cached(const QString& sql)
{
    Statement*& st = m_statements[sql];
    if (!st)
        st = new Statement(m_db.handle(), sql);
    st->reset();
    st->clearBindings();
    return *st;
}

Statement& SyncLocalStore::tableStatement(TableStatement kind, const TableInfo& table)
{
    // Built once per table and kind: a first sync applies hundreds of thousands of rows, and
    // composing their SQL text for each (to look up the cached statement) cost more than
    // running it.
    auto& slot = m_tableStatements[static_cast<size_t>(tableOrder(&table)) * kTableStatementKinds
                                   + static_cast<size_t>(kind)];
    if (!slot) {
        QString sql;
        const QLatin1StringView name(table.name);
        switch (kind) {
        case TableStatement::Select:
            sql = selectSql(table, QStringLiteral("t.uuid = ?"));
            break;
        case TableStatement::Insert: {
            QStringList columns{QStringLiteral("uuid"), QStringLiteral("hlc"), QStringLiteral("site"),
                                QStringLiteral("deleted")};
            QStringList marks{QStringLiteral("?"), QStringLiteral("?"), QStringLiteral("?"), QStringLiteral("?")};
            for (const FieldInfo& field : table.fields) {
                columns << QLatin1StringView(field.name);
                marks << QStringLiteral("?");
            }
            sql = QStringLiteral("INSERT INTO %1(%2) VALUES(%3)").arg(name, columns.join(u','), marks.join(u','));
            break;
        }
        case TableStatement::IdOf:
            sql = QStringLiteral("SELECT id FROM %1 WHERE uuid = ?").arg(name);
            break;
        }
        slot = std::make_unique<Statement>(m_db.handle(), sql);
    }
    slot->reset();
    slot->clearBindings();
    return *slot;
}

std::optional<RowState> SyncLocalStore::read(const TableInfo& table, const QString& uuid)
{
    // One row at a time while applying a page: a prepared statement per table.
    Statement& st = tableStatement(TableStatement::Select, table);
    st.bind(1, uuid);
    std::optional<RowState> row;
    if (st.step())
        row = readCurrent(table, st);
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
    std::vector<RowState> rows;
    if (uuids.isEmpty())
        return rows;
    // The uuids as one bound JSON array (json_each): one statement, however many.
    const QByteArray list = QJsonDocument(QJsonArray::fromStringList(uuids)).toJson(QJsonDocument::Compact);
    {
        // json_each first (CROSS JOIN keeps that order): a lookup per uuid, not a scan of the table.
        Statement st(m_db.handle(),
                     selectSql(table, QStringLiteral("t.uuid = j.value"), QStringLiteral("json_each(?) j CROSS JOIN ")));
        st.bind(1, list);
        while (st.step())
            rows.push_back(readCurrent(table, st, false));
        if (st.failed())
            return makeError(QStringLiteral("sync.read"), QStringLiteral("Cannot read the campaign."), st.errorMessage());
    }
    if (rows.empty())
        return rows;
    QHash<QString, size_t> at;
    at.reserve(static_cast<qsizetype>(rows.size()));
    for (size_t i = 0; i < rows.size(); ++i)
        at.insert(rows[i].uuid, i);
    Statement& clocks = cached(QStringLiteral("SELECT f.row_uuid, f.field, f.hlc, f.site FROM json_each(?) j"
                                              " CROSS JOIN field_clocks f WHERE f.tbl = ? AND f.row_uuid = j.value"));
    clocks.bind(1, list).bind(2, QString::fromLatin1(table.name));
    while (clocks.step()) {
        const auto it = at.constFind(clocks.text(0));
        if (it == at.constEnd())
            continue;
        RowState& row = rows[*it];
        const int index = row.fieldIndex(clocks.text(1));
        if (index >= 0)
            row.clocks[static_cast<size_t>(index)] = FieldClock{clocks.int64(2), clocks.int64(3)};
    }
    if (clocks.failed())
        return makeError(QStringLiteral("sync.read"), QStringLiteral("Cannot read the campaign."), clocks.errorMessage());
    clocks.reset();
    return rows;
}

Status SyncLocalStore::preload(const std::vector<RowState>& rows)
{
    m_preloaded.assign(syncTables().size(), {});
    std::vector<QStringList> uuids(syncTables().size());
    for (const RowState& row : rows)
        uuids[static_cast<size_t>(tableOrder(row.table))] << row.uuid;
    for (size_t t = 0; t < uuids.size(); ++t) {
        if (uuids[t].isEmpty() || (t < m_fresh.size() && m_fresh[t]))
            continue;
        auto found = readMany(syncTables()[t], uuids[t]);
        if (!found)
            return found.error();
        QHash<QString, std::optional<RowState>>& preloaded = m_preloaded[t];
        preloaded.reserve(uuids[t].size());
        for (const QString& uuid : std::as_const(uuids[t]))
            preloaded.insert(uuid, std::nullopt);
        for (RowState& row : *found) {
            const QString uuid = row.uuid;
            preloaded.insert(uuid, std::move(row));
        }
    }
    // The local ids of the rows the page's rows refer to (a phone's person...), a table at a time.
    std::vector<QSet<QString>> referenced(syncTables().size());
    for (const RowState& row : rows) {
        for (size_t i = 0; i < row.table->fields.size() && i + 1 < row.values.size(); ++i) {
            const FieldInfo& field = row.table->fields[i];
            const QJsonValue& value = row.values[i + 1];
            if (field.type != FieldType::Reference || !value.isString())
                continue;
            if (const TableInfo* target = findTable(field.refTable))
                referenced[static_cast<size_t>(tableOrder(target))].insert(value.toString());
        }
    }
    for (size_t t = 0; t < referenced.size() && t < m_ids.size(); ++t) {
        if (referenced[t].isEmpty())
            continue;
        const QStringList list(referenced[t].begin(), referenced[t].end());
        Statement st(m_db.handle(), QStringLiteral("SELECT t.uuid, t.id FROM json_each(?) j CROSS JOIN %1 t WHERE t.uuid = j.value")
                                        .arg(QLatin1StringView(syncTables()[t].name)));
        st.bind(1, QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
        while (st.step())
            m_ids[t].insert(st.text(0), st.int64(1));
        if (st.failed())
            return makeError(QStringLiteral("sync.read"), QStringLiteral("Cannot read the campaign."), st.errorMessage());
    }
    return {};
}

std::optional<RowState> SyncLocalStore::current(const TableInfo& table, const QString& uuid)
{
    if (!m_preloaded.empty()) {
        QHash<QString, std::optional<RowState>>& preloaded = m_preloaded[static_cast<size_t>(tableOrder(&table))];
        if (auto it = preloaded.find(uuid); it != preloaded.end()) {
            std::optional<RowState> row = std::move(*it);
            preloaded.erase(it);
            return row;
        }
    }
    return read(table, uuid);
}

RowState SyncLocalStore::readCurrent(const TableInfo& table, Statement& st, bool withClocks)
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
        clocks.bind(1, QString::fromLatin1(table.name)).bind(2, row.uuid);
        while (clocks.step()) {
            const int index = row.fieldIndex(clocks.text(0));
            if (index >= 0)
                row.clocks[static_cast<size_t>(index)] = FieldClock{clocks.int64(1), clocks.int64(2)};
        }
        clocks.reset();
        return row;
    }
}

qint64 SyncLocalStore::localId(const char* table, const QString& uuid)
{
    const TableInfo* info = findTable(table);
    if (!info)
        return 0;
    QHash<QString, qint64>* known = nullptr;
    if (!m_ids.empty()) {
        known = &m_ids[static_cast<size_t>(tableOrder(info))];
        if (auto it = known->constFind(uuid); it != known->constEnd())
            return *it;
    }
    Statement& st = tableStatement(TableStatement::IdOf, *info);
    st.bind(1, uuid);
    const qint64 id = st.step() ? st.int64(0) : 0;
    st.reset();
    if (known && id != 0)
        known->insert(uuid, id);
    return id;
}

bool SyncLocalStore::resolveReferences(const RowState& row, std::vector<QVariant>* bound)
{
    const TableInfo& table = *row.table;
    bound->assign(row.values.size(), QVariant());
    (*bound)[0] = QVariant(row.values[0].toInteger());
    for (size_t i = 0; i < table.fields.size(); ++i) {
        const FieldInfo& field = table.fields[i];
        const QJsonValue& value = row.values[i + 1];
        if (field.type != FieldType::Reference || value.isNull()) {
            (*bound)[i + 1] = toVariant(field, value);
            continue;
        }
        const qint64 id = localId(field.refTable, value.toString());
        if (id == 0)
            return false;
        (*bound)[i + 1] = QVariant(id);
    }
    return true;
}

Status SyncLocalStore::defer(const RowState& row)
{
    RowState merged = row;
    Statement& read = cached(QStringLiteral("SELECT data FROM sync_deferred WHERE tbl = ? AND row_uuid = ?"));
    read.bind(1, QString::fromLatin1(row.table->name)).bind(2, row.uuid);
    if (read.step()) {
        const RowState waiting = RowCodec::decodeRow(*row.table, QJsonDocument::fromJson(read.blob(0)).array());
        if (waiting.isValid())
            merged = mergeRows(waiting, row);
    }
    read.reset();
    Statement& write = cached(QStringLiteral(
        "INSERT INTO sync_deferred(tbl, row_uuid, data) VALUES(?, ?, ?)"
        " ON CONFLICT(tbl, row_uuid) DO UPDATE SET data = excluded.data"));
    write.bind(1, QString::fromLatin1(row.table->name))
        .bind(2, row.uuid)
        .bind(3, QJsonDocument(RowCodec::encodeRow(merged)).toJson(QJsonDocument::Compact));
    return write.exec();
}

QSet<QString> SyncLocalStore::dirtyFields(const TableInfo& table, const QString& uuid)
{
    QSet<QString> fields;
    Statement& st = cached(QStringLiteral("SELECT fields FROM outbox WHERE tbl = ? AND row_uuid = ?"));
    st.bind(1, QString::fromLatin1(table.name)).bind(2, uuid);
    while (st.step()) {
        const QString text = st.text(0);
        if (text == u"*") {
            fields.insert(QStringLiteral("*"));
            continue;
        }
        for (const QString& name : text.split(u','))
            fields.insert(name);
    }
    st.reset();
    return fields;
}

Status SyncLocalStore::logConflict(const RowState& row, int field, const RowState& lost, const RowState& kept)
{
    QString person;
    if (row.table->personColumn) {
        if (qstrcmp(row.table->personColumn, "id") == 0)
            person = row.uuid;
        else
            person = row.values[static_cast<size_t>(row.fieldIndex(QString::fromLatin1(row.table->personColumn)))]
                         .toString();
    }
    const size_t i = static_cast<size_t>(field);
    Statement& st = cached(QStringLiteral(
        "INSERT INTO conflict_log(at, tbl, row_uuid, person_uuid, field, lost_value, kept_value, lost_site, kept_site,"
        " lost_at, kept_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    st.bind(1, QDateTime::currentMSecsSinceEpoch())
        .bind(2, QString::fromLatin1(row.table->name))
        .bind(3, row.uuid)
        .bindOptional(4, person)
        .bind(5, row.fieldName(field))
        .bind(6, valueText(lost.values[i]))
        .bind(7, valueText(kept.values[i]))
        .bind(8, lost.clocks[i].site)
        .bind(9, kept.clocks[i].site)
        .bind(10, HybridLogicalClock::millis(lost.clocks[i].hlc))
        .bind(11, HybridLogicalClock::millis(kept.clocks[i].hlc));
    return st.exec();
}

Result<bool> SyncLocalStore::applyOne(const RowState& remote, ApplyStats* stats, QList<qint64>* touchedPeople,
                                      bool probe)
{
    const TableInfo& table = *remote.table;
    m_db.clock().observe(remote.maxClock().hlc);
    const std::optional<RowState> local = probe ? std::nullopt : current(table, remote.uuid);
    RowState merged = mergeRows(local ? *local : RowState::empty(table, remote.uuid), remote);

    // A tracked field edited here and not yet pushed, with another value from elsewhere:
    // whichever loses is kept for review, also when the value from elsewhere loses on every
    // field (nothing to write here, but someone's edit is gone).
    if (local) {
        QSet<QString> dirty;
        bool dirtyRead = false;
        for (int i = 1; i < merged.fieldCount(); ++i) {
            const size_t k = static_cast<size_t>(i);
            if (!isConflictTracked(table, i) || local->values[k] == remote.values[k] || local->clocks[k] == remote.clocks[k])
                continue;
            if (m_outboxEmpty)
                break;
            if (!dirtyRead) {
                dirty = dirtyFields(table, remote.uuid);
                dirtyRead = true;
            }
            if (!dirty.contains(merged.fieldName(i)) && !dirty.contains(QStringLiteral("*")))
                continue;
            const bool remoteWon = merged.clocks[k] == remote.clocks[k];
            if (Status s = logConflict(merged, i, remoteWon ? *local : remote, remoteWon ? remote : *local); !s)
                return s.error();
            ++stats->conflicts;
        }
    }

    if (local && merged == *local)
        return true;
    std::vector<QVariant> bound;
    if (!resolveReferences(merged, &bound)) {
        if (Status s = defer(remote); !s)
            return s.error();
        ++stats->deferred;
        return false;
    }

    if (qstrcmp(table.name, "lists") == 0) {
        auto settled = settleListCode(m_db, &merged, &bound);
        if (!settled)
            return settled.error();
        stats->conflicts += *settled ? 1 : 0;
        if (*settled) {
            // A list of the page may have been changed, and the outbox written.
            m_outboxEmpty = false;
            if (!m_preloaded.empty())
                m_preloaded[static_cast<size_t>(tableOrder(&table))].clear();
        }
    }
    const FieldClock base = baseClock(merged);
    Statement* write = nullptr;
    if (local) {
        // Only the columns whose value changes: SQLite updates every index over a column the
        // statement sets, changed or not (a person has seven).
        QString sql = QStringLiteral("UPDATE %1 SET hlc = ?2, site = ?3").arg(QLatin1StringView(table.name));
        std::vector<size_t> changedFields;
        for (size_t i = 0; i < merged.values.size(); ++i) {
            if (merged.values[i] == local->values[i])
                continue;
            sql += u", " + merged.fieldName(static_cast<int>(i)) + QStringLiteral(" = ?%1").arg(i + 4);
            changedFields.push_back(i);
        }
        write = &cached(sql + QStringLiteral(" WHERE uuid = ?1"));
        write->bind(1, remote.uuid).bind(2, base.hlc).bind(3, base.site);
        for (size_t i : changedFields)
            write->bind(static_cast<int>(i) + 4, bound[i]);
    } else {
        write = &tableStatement(TableStatement::Insert, table);
        write->bind(1, remote.uuid).bind(2, base.hlc).bind(3, base.site);
        for (size_t i = 0; i < bound.size(); ++i)
            write->bind(static_cast<int>(i) + 4, bound[i]);
    }
    if (Status s = write->exec(); !s) {
        if (probe && read(table, remote.uuid))
            return applyOne(remote, stats, touchedPeople, false); // it was there: merge with it
        // The campaign file refuses the row (a constraint): keep the reason, go on with the rest.
        qCWarning(lcSync) << "cannot apply" << table.name << remote.uuid << s.error().detail;
        Statement& reject = cached(QStringLiteral(
            "INSERT INTO rejected_changes(at, tbl, row_uuid, reason) VALUES(?, ?, ?, ?)"));
        reject.bind(1, QDateTime::currentMSecsSinceEpoch())
            .bind(2, QString::fromLatin1(table.name))
            .bind(3, remote.uuid)
            .bind(4, QStringLiteral("local: ") + s.error().detail);
        if (Status r = reject.exec(); !r)
            return r.error();
        ++stats->failed;
        return true;
    }

    if (!local && !m_ids.empty())
        m_ids[static_cast<size_t>(tableOrder(&table))].insert(remote.uuid, m_db.lastInsertId());
    if (local) {
        Statement& clear = cached(QStringLiteral("DELETE FROM field_clocks WHERE tbl = ? AND row_uuid = ?"));
        clear.bind(1, QString::fromLatin1(table.name)).bind(2, remote.uuid);
        if (Status s = clear.exec(); !s)
            return s.error();
    }
    Statement& clock = cached(QStringLiteral("INSERT INTO field_clocks(tbl, row_uuid, field, hlc, site) VALUES(?, ?, ?, ?, ?)"));
    for (int i = 0; i < merged.fieldCount(); ++i) {
        const FieldClock& fieldClock = merged.clocks[static_cast<size_t>(i)];
        if (fieldClock == base)
            continue;
        clock.bind(1, QString::fromLatin1(table.name))
            .bind(2, remote.uuid)
            .bind(3, merged.fieldName(i))
            .bind(4, fieldClock.hlc)
            .bind(5, fieldClock.site);
        if (Status s = clock.exec(); !s)
            return s.error();
    }
    ++stats->changed;

    if (qstrcmp(table.name, "people") == 0) {
        touchedPeople->append(localId("people", remote.uuid));
    } else if (qstrcmp(table.name, "phones") == 0) {
        const int person = merged.fieldIndex(u"person_id");
        touchedPeople->append(bound[static_cast<size_t>(person)].toLongLong());
    }
    return true;
}

Result<SyncLocalStore::ApplyStats> SyncLocalStore::apply(std::vector<RowState> rows)
{
    ApplyStats stats;
    QList<qint64> touchedPeople;
    m_ids.assign(syncTables().size(), {});
    struct Forget
    {
        SyncLocalStore& store;
        ~Forget()
        {
            store.m_ids.clear();
            store.m_preloaded.clear();
            store.m_outboxEmpty = false;
        }
    } forget{*this};
    std::stable_sort(rows.begin(), rows.end(),
                     [](const RowState& a, const RowState& b) { return tableOrder(a.table) < tableOrder(b.table); });
    if (Status s = preload(rows); !s)
        return s.error();
    m_outboxEmpty = m_db.scalar("SELECT NOT EXISTS(SELECT 1 FROM outbox)").toLongLong() != 0;
    bool appliedAny = false;
    for (const RowState& row : rows) {
        const size_t t = static_cast<size_t>(tableOrder(row.table));
        auto applied = applyOne(row, &stats, &touchedPeople, t < m_fresh.size() && m_fresh[t]);
        if (!applied)
            return applied.error();
        appliedAny = appliedAny || *applied;
    }

    // Rows that waited for a parent: retry while any of them goes in.
    bool progress = appliedAny;
    while (progress) {
        progress = false;
        std::vector<RowState> waiting;
        {
            Statement st = m_db.prepare("SELECT tbl, data FROM sync_deferred");
            while (st.step()) {
                const TableInfo* table = findTable(st.text(0));
                if (!table)
                    continue;
                RowState row = RowCodec::decodeRow(*table, QJsonDocument::fromJson(st.blob(1)).array());
                if (row.isValid())
                    waiting.push_back(std::move(row));
            }
        }
        std::stable_sort(waiting.begin(), waiting.end(),
                         [](const RowState& a, const RowState& b) { return tableOrder(a.table) < tableOrder(b.table); });
        for (const RowState& row : waiting) {
            std::vector<QVariant> bound;
            const std::optional<RowState> local = read(*row.table, row.uuid);
            if (!resolveReferences(mergeRows(local ? *local : RowState::empty(*row.table, row.uuid), row), &bound))
                continue;
            Statement& drop = cached(QStringLiteral("DELETE FROM sync_deferred WHERE tbl = ? AND row_uuid = ?"));
            drop.bind(1, QString::fromLatin1(row.table->name)).bind(2, row.uuid);
            if (Status s = drop.exec(); !s)
                return s.error();
            auto applied = applyOne(row, &stats, &touchedPeople, false);
            if (!applied)
                return applied.error();
            --stats.deferred;
            progress = true;
        }
    }
    stats.deferred = static_cast<int>(m_db.scalar("SELECT count(*) FROM sync_deferred").toLongLong());

    if (Status s = refreshSearch(std::move(touchedPeople)); !s)
        return s.error();
    if (Status s = m_db.persistClock(); !s)
        return s.error();
    return stats;
}

void SyncLocalStore::beginPull()
{
    m_fresh.assign(syncTables().size(), false);
    for (size_t t = 0; t < syncTables().size(); ++t) {
        // Not lists: settling a list's code may write before the insert that would fail.
        const char* name = syncTables()[t].name;
        const QByteArray sql = "SELECT NOT EXISTS(SELECT 1 FROM " + QByteArray(name) + ")";
        m_fresh[t] = qstrcmp(name, "lists") != 0 && m_db.scalar(sql.constData()).toLongLong() != 0;
    }
    const QString pending = m_db.meta(QStringLiteral("search_pending_from"));
    m_searchPending = !pending.isEmpty();
    m_searchFrom = m_searchPending ? pending.toLongLong() : m_db.scalar("SELECT coalesce(max(id), 0) FROM people").toLongLong();
}

Status SyncLocalStore::refreshSearch(QList<qint64> people)
{
    // The people this pull added are indexed once, at its end: a first sync would otherwise
    // index each person again with every page bringing their phones.
    const auto added = std::remove_if(people.begin(), people.end(), [this](qint64 id) { return id > m_searchFrom; });
    if (added != people.end() && !m_searchPending) {
        if (Status s = m_db.setMeta(QStringLiteral("search_pending_from"), QString::number(m_searchFrom)); !s)
            return s;
        m_searchPending = true;
    }
    people.erase(added, people.end());
    return SearchIndex(m_db).refresh(people);
}

Status SyncLocalStore::finishPull()
{
    if (!m_searchPending)
        return {};
    // Also the rows the desktop wrote meanwhile for people of this range: written again, alike.
    Statement drop = m_db.prepare("DELETE FROM search_index WHERE rowid > ?");
    drop.bind(1, m_searchFrom);
    if (Status s = drop.exec(); !s)
        return s;
    if (Status s = SearchIndex(m_db).addFrom(m_searchFrom); !s)
        return s;
    m_searchPending = false;
    return m_db.exec("DELETE FROM meta WHERE key = 'search_pending_from'");
}

Status SyncLocalStore::rememberSiteNames(const QHash<qint64, QString>& names)
{
    for (auto it = names.constBegin(); it != names.constEnd(); ++it) {
        Statement& st = cached(QStringLiteral("INSERT INTO meta(key, value) VALUES(?, ?) ON CONFLICT(key)"
                                              " DO UPDATE SET value = excluded.value WHERE value <> excluded.value"));
        st.bind(1, QStringLiteral("site_name:%1").arg(it.key())).bind(2, it.value());
        if (Status s = st.exec(); !s)
            return s;
    }
    return {};
}

Status SyncLocalStore::purgeOutside(const QSet<QString>& people, const QSet<QString>& lists)
{
    if (Status s = m_db.exec("CREATE TEMP TABLE IF NOT EXISTS sync_keep_people(uuid TEXT PRIMARY KEY);"
                             "CREATE TEMP TABLE IF NOT EXISTS sync_keep_lists(uuid TEXT PRIMARY KEY);"
                             "DELETE FROM temp.sync_keep_people; DELETE FROM temp.sync_keep_lists;");
        !s)
        return s;
    Statement keepPerson = m_db.prepare("INSERT OR IGNORE INTO temp.sync_keep_people(uuid) VALUES(?)");
    for (const QString& uuid : people) {
        keepPerson.bind(1, uuid);
        if (Status s = keepPerson.exec(); !s)
            return s;
    }
    Statement keepList = m_db.prepare("INSERT OR IGNORE INTO temp.sync_keep_lists(uuid) VALUES(?)");
    for (const QString& uuid : lists) {
        keepList.bind(1, uuid);
        if (Status s = keepList.exec(); !s)
            return s;
    }
    // Children first (foreign keys), each with its clocks; then the people and lists.
    const char* const sql =
        "CREATE TEMP TABLE IF NOT EXISTS sync_gone(id INTEGER PRIMARY KEY, uuid TEXT);"
        "DELETE FROM temp.sync_gone;"
        // What this laptop wrote and the server has not taken (pending or refused) stays.
        "INSERT INTO temp.sync_gone SELECT id, uuid FROM people WHERE uuid NOT IN (SELECT uuid FROM temp.sync_keep_people)"
        " AND uuid NOT IN (SELECT row_uuid FROM outbox WHERE tbl = 'people')"
        " AND uuid NOT IN (SELECT row_uuid FROM rejected_changes WHERE tbl = 'people');"
        "CREATE TEMP TABLE IF NOT EXISTS sync_gone_lists(id INTEGER PRIMARY KEY, uuid TEXT);"
        "DELETE FROM temp.sync_gone_lists;"
        "INSERT INTO temp.sync_gone_lists SELECT id, uuid FROM lists WHERE uuid NOT IN (SELECT uuid FROM temp.sync_keep_lists);"
        "DELETE FROM field_clocks WHERE tbl = 'contact_attempts' AND row_uuid IN (SELECT uuid FROM contact_attempts"
        " WHERE person_id IN (SELECT id FROM temp.sync_gone) OR list_id IN (SELECT id FROM temp.sync_gone_lists));"
        "DELETE FROM contact_attempts WHERE person_id IN (SELECT id FROM temp.sync_gone)"
        " OR list_id IN (SELECT id FROM temp.sync_gone_lists);"
        "DELETE FROM field_clocks WHERE tbl = 'list_members' AND row_uuid IN (SELECT uuid FROM list_members"
        " WHERE person_id IN (SELECT id FROM temp.sync_gone) OR list_id IN (SELECT id FROM temp.sync_gone_lists));"
        "DELETE FROM list_members WHERE person_id IN (SELECT id FROM temp.sync_gone)"
        " OR list_id IN (SELECT id FROM temp.sync_gone_lists);"
        "DELETE FROM field_clocks WHERE tbl = 'vote_marks' AND row_uuid IN (SELECT uuid FROM vote_marks"
        " WHERE person_id IN (SELECT id FROM temp.sync_gone));"
        "DELETE FROM vote_marks WHERE person_id IN (SELECT id FROM temp.sync_gone);"
        "DELETE FROM field_clocks WHERE tbl = 'person_tags' AND row_uuid IN (SELECT uuid FROM person_tags"
        " WHERE person_id IN (SELECT id FROM temp.sync_gone));"
        "DELETE FROM person_tags WHERE person_id IN (SELECT id FROM temp.sync_gone);"
        "DELETE FROM field_clocks WHERE tbl = 'emails' AND row_uuid IN (SELECT uuid FROM emails"
        " WHERE person_id IN (SELECT id FROM temp.sync_gone));"
        "DELETE FROM emails WHERE person_id IN (SELECT id FROM temp.sync_gone);"
        "DELETE FROM field_clocks WHERE tbl = 'phones' AND row_uuid IN (SELECT uuid FROM phones"
        " WHERE person_id IN (SELECT id FROM temp.sync_gone));"
        "DELETE FROM phones WHERE person_id IN (SELECT id FROM temp.sync_gone);"
        "DELETE FROM search_index WHERE rowid IN (SELECT id FROM temp.sync_gone);"
        "DELETE FROM change_history WHERE person_uuid IN (SELECT uuid FROM temp.sync_gone);"
        "DELETE FROM field_clocks WHERE tbl = 'people' AND row_uuid IN (SELECT uuid FROM temp.sync_gone);"
        "DELETE FROM people WHERE id IN (SELECT id FROM temp.sync_gone);"
        "DELETE FROM field_clocks WHERE tbl = 'lists' AND row_uuid IN (SELECT uuid FROM temp.sync_gone_lists);"
        "DELETE FROM lists WHERE id IN (SELECT id FROM temp.sync_gone_lists);";
    return m_db.exec(sql);
}

} // namespace terrain
