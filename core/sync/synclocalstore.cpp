#include "synclocalstore.h"

#include "sync/listcodesettle.h"
#include "search/searchindex.h"
#include "storage/database.h"
#include "storage/tables.h"
#include "sync/jsontext.h"
#include "sync/repository.h"
#include "util/logging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringEncoder>
#include <QStringList>

#include <sqlite3.h>

#include <algorithm>
#include <charconv>
#include <iterator>

namespace terrain {

namespace {

// Masks of fields (bit i: field i of a RowState, 0 = deleted) and update statements keyed by
// table and mask: every table has fewer fields than this.
constexpr size_t kMaxFields = 56;

constexpr quint64 fieldBit(size_t field)
{
    return quint64(1) << field;
}

// What applying a row needs to know of its table, worked out once from the registry.
struct TablePlan
{
    std::vector<int> refTarget; // per field (0 = deleted): the order of the table it refers to, or -1
    quint64 searchFields = 0;   // fields the search index reads (searchschema.h)
    quint64 trackedFields = 0;  // fields whose losing value goes to the conflict log
    int personField = -1;       // phones: person_id
    bool people = false;
    bool phones = false;
    bool lists = false;
};

const std::vector<TablePlan>& tablePlans()
{
    static const std::vector<TablePlan> plans = [] {
        std::vector<TablePlan> all(syncTables().size());
        for (size_t t = 0; t < all.size(); ++t) {
            const TableInfo& table = syncTables()[t];
            if (table.fields.size() + 1 >= kMaxFields) // the registry is compiled in: every test run stops here
                qFatal("sync table %s has too many fields for SyncLocalStore's masks", table.name);
            TablePlan& plan = all[t];
            plan.people = qstrcmp(table.name, "people") == 0;
            plan.phones = qstrcmp(table.name, "phones") == 0;
            plan.lists = qstrcmp(table.name, "lists") == 0;
            plan.refTarget.assign(table.fields.size() + 1, -1);
            // What kSearchIndexSelect reads of a person and of a phone.
            static constexpr const char* kPersonSearched[] = {"folded_name", "last_name", "household_id"};
            static constexpr const char* kPhoneSearched[] = {"person_id", "e164", "raw", "bad"};
            std::vector<const char*> searched;
            if (plan.people)
                searched.assign(std::begin(kPersonSearched), std::end(kPersonSearched));
            else if (plan.phones)
                searched.assign(std::begin(kPhoneSearched), std::end(kPhoneSearched));
            if (plan.people || plan.phones)
                plan.searchFields = fieldBit(0);
            for (size_t i = 0; i < table.fields.size(); ++i) {
                const FieldInfo& field = table.fields[i];
                if (field.type == FieldType::Reference) {
                    if (const TableInfo* target = findTable(field.refTable))
                        plan.refTarget[i + 1] = static_cast<int>(tableIndex(target));
                }
                for (const char* name : searched) {
                    if (qstrcmp(name, field.name) == 0)
                        plan.searchFields |= fieldBit(i + 1);
                }
                if (isConflictTracked(table, static_cast<int>(i) + 1))
                    plan.trackedFields |= fieldBit(i + 1);
                if (plan.phones && qstrcmp(field.name, "person_id") == 0)
                    plan.personField = static_cast<int>(i) + 1;
            }
        }
        return all;
    }();
    return plans;
}

QString valueText(const QJsonValue& value)
{
    if (value.isNull() || value.isUndefined())
        return {};
    if (value.isString())
        return value.toString();
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).chopped(1).mid(1));
}

// mergeRows(here, remote) as masks (see applyOne), without a copy and comparing each value
// at most once. False when it cannot tell: rows of other lengths, or equal clocks with other
// values (a corrupt tie, which mergeRows breaks).
bool mergeFields(const RowState& here, const RowState& remote, quint64 tracked, quint64* taken, quint64* differs)
{
    const size_t n = here.values.size();
    if (remote.values.size() != n || remote.clocks.size() != n || here.clocks.size() != n || n >= kMaxFields)
        return false;
    for (size_t i = 0; i < n; ++i) {
        const FieldClock& mine = here.clocks[i];
        const FieldClock& theirs = remote.clocks[i];
        const bool newer = theirs > mine;
        if (newer)
            *taken |= fieldBit(i);
        else if (theirs != mine && !(tracked & fieldBit(i)))
            continue; // kept, and no conflict to look for
        if (here.values[i] == remote.values[i])
            continue;
        *differs |= fieldBit(i);
        if (!newer && theirs == mine)
            return false;
    }
    return true;
}

// One pass over a row's clocks: the latest to observe, and whether each field's beats an empty
// row's (then the row merged into nothing is the row itself: no copy). `n`: the table's fields.
struct ClockScan
{
    qint64 latest = 0;
    bool beatsEmpty = false;
};

ClockScan scanClocks(const std::vector<FieldClock>& clocks, size_t values, size_t n)
{
    ClockScan scan;
    scan.beatsEmpty = values == n && clocks.size() == n;
    for (const FieldClock& clock : clocks) {
        scan.latest = std::max(scan.latest, clock.hlc);
        scan.beatsEmpty = scan.beatsEmpty && clock > FieldClock{};
    }
    return scan;
}

// A reference's uuid (JSON string text) as the key of SyncLocalStore's ids: its UTF-8, as
// SQLite holds it; without a copy when the text needs no unescaping (the page outlives apply()).
QByteArray uuidKey(QByteArrayView json)
{
    const QByteArrayView inner = json.sliced(1, json.size() - 2);
    if (!inner.contains('\\'))
        return QByteArray::fromRawData(inner.data(), inner.size());
    return jsonStringValue(json).toUtf8();
}

const char* fieldName(const TableInfo& table, size_t field)
{
    return field == 0 ? "deleted" : table.fields[field - 1].name;
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

Statement& SyncLocalStore::tableStatement(TableStatement kind, size_t table, bool clear)
{
    // Built once per table and kind: a first sync applies hundreds of thousands of rows, and
    // composing their SQL text for each (to look up the cached statement) cost more than
    // running it.
    auto& slot = m_tableStatements[table * kTableStatementKinds + static_cast<size_t>(kind)];
    if (!slot) {
        const TableInfo& info = syncTables()[table];
        QString sql;
        const QLatin1StringView name(info.name);
        switch (kind) {
        case TableStatement::Select:
            sql = selectSql(info, QStringLiteral("t.uuid = ?"));
            break;
        case TableStatement::Insert: {
            QStringList columns{QStringLiteral("uuid"), QStringLiteral("hlc"), QStringLiteral("site"),
                                QStringLiteral("deleted")};
            QStringList marks{QStringLiteral("?"), QStringLiteral("?"), QStringLiteral("?"), QStringLiteral("?")};
            for (const FieldInfo& field : info.fields) {
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
    if (clear) {
        slot->reset();
        slot->clearBindings();
    }
    return *slot;
}

Statement& SyncLocalStore::updateStatement(size_t table, quint64 changed)
{
    // Only the columns whose value changes: SQLite updates every index over a column the
    // statement sets, changed or not (a person has seven). One statement per set of columns.
    auto& slot = m_updates[(quint64(table) << kMaxFields) | changed];
    if (!slot) {
        const TableInfo& info = syncTables()[table];
        QString sql = QStringLiteral("UPDATE %1 SET hlc = ?2, site = ?3").arg(QLatin1StringView(info.name));
        for (size_t i = 0; i <= info.fields.size(); ++i) {
            if (changed & fieldBit(i))
                sql += u", " + QLatin1StringView(fieldName(info, i)) + QStringLiteral(" = ?%1").arg(i + 4);
        }
        slot = std::make_unique<Statement>(m_db.handle(), sql + QStringLiteral(" WHERE id = ?1"));
    }
    return *slot;
}

Status SyncLocalStore::preload(const std::vector<const PageRow*>& order)
{
    const size_t tables = syncTables().size();
    const std::vector<TablePlan>& plans = tablePlans();
    m_preloaded.assign(tables, {});
    m_keepIds.assign(tables, false);
    std::vector<QStringList> uuids(tables);
    // The local ids of the rows the page's rows refer to (a phone's person...), a table at a time.
    std::vector<QSet<QByteArray>> referenced(tables);
    for (const PageRow* row : order) {
        const size_t t = tableIndex(row->table);
        if (t >= m_fresh.size() || !m_fresh[t])
            uuids[t] << row->uuid;
        const std::vector<int>& targets = plans[t].refTarget;
        const size_t n = std::min(targets.size(), row->values.size());
        for (size_t i = 1; i < n; ++i) {
            if (targets[i] < 0)
                continue;
            const size_t target = static_cast<size_t>(targets[i]);
            m_keepIds[target] = true;
            if (const QByteArrayView value = row->values[i]; isJsonString(value))
                referenced[target].insert(uuidKey(value));
        }
    }
    for (size_t t = 0; t < tables; ++t) {
        if (uuids[t].isEmpty())
            continue;
        auto found = readLocal(syncTables()[t], uuids[t]);
        if (!found)
            return found.error();
        QHash<QString, std::optional<Local>>& preloaded = m_preloaded[t];
        preloaded.reserve(uuids[t].size());
        for (const QString& uuid : std::as_const(uuids[t]))
            preloaded.insert(uuid, std::nullopt);
        const bool keepIds = m_keepIds[t] && t < m_ids.size();
        for (Local& local : *found) {
            const QString uuid = local.row.uuid;
            if (keepIds) // the page's phones need not look their person up again
                m_ids[t].insert(uuid.toUtf8(), local.id);
            preloaded.insert(uuid, std::move(local));
        }
    }
    for (size_t t = 0; t < referenced.size() && t < m_ids.size(); ++t) {
        JsonList list;
        qsizetype listed = 0;
        for (const QByteArray& uuid : std::as_const(referenced[t])) {
            if (!m_ids[t].contains(uuid)) {
                appendJsonUtf8String(list.next(), uuid);
                ++listed;
            }
        }
        if (listed == 0)
            continue;
        Statement st(m_db.handle(), QStringLiteral("SELECT t.uuid, t.id FROM json_each(?) j CROSS JOIN %1 t WHERE t.uuid = j.value")
                                        .arg(QLatin1StringView(syncTables()[t].name)));
        st.bind(1, list.array());
        m_ids[t].reserve(m_ids[t].size() + listed);
        while (st.step())
            m_ids[t].insert(st.utf8(0).toByteArray(), st.int64(1));
        if (st.failed())
            return makeError(QStringLiteral("sync.read"), QStringLiteral("Cannot read the campaign."), st.errorMessage());
    }
    return {};
}

std::optional<SyncLocalStore::Local> SyncLocalStore::current(size_t table, const QString& uuid)
{
    if (!m_preloaded.empty()) {
        QHash<QString, std::optional<Local>>& preloaded = m_preloaded[table];
        if (auto it = preloaded.find(uuid); it != preloaded.end()) {
            std::optional<Local> row = std::move(*it);
            preloaded.erase(it);
            return row;
        }
    }
    return readOne(table, uuid);
}

qint64 SyncLocalStore::localId(size_t table, const QString& uuid)
{
    return localId(table, uuid.toUtf8());
}

qint64 SyncLocalStore::localId(size_t table, const QByteArray& uuid)
{
    QHash<QByteArray, qint64>* known = nullptr;
    if (!m_ids.empty()) {
        known = &m_ids[table];
        if (auto it = known->constFind(uuid); it != known->constEnd())
            return *it;
    }
    Statement& st = tableStatement(TableStatement::IdOf, table);
    sqlite3_bind_text(st.handle(), 1, uuid.constData(), int(uuid.size()), SQLITE_STATIC);
    const qint64 id = st.step() ? st.int64(0) : 0;
    st.reset();
    if (known && id != 0)
        known->insert(uuid, id);
    return id;
}

SyncLocalStore::BoundValue SyncLocalStore::boundText(QStringView text)
{
    // Into one buffer per row (grown, never shrunk), bound without a copy.
    QStringEncoder toUtf8(QStringEncoder::Utf8, QStringConverter::Flag::Stateless);
    const qsizetype needed = m_textUsed + toUtf8.requiredSpace(text.size());
    if (m_text.size() < needed)
        m_text.resize(std::max(needed, 2 * m_text.size()));
    char* const start = m_text.data() + m_textUsed;
    char* const end = toUtf8.appendToBuffer(start, text);
    BoundValue value;
    value.kind = BoundValue::Kind::Text;
    value.at = m_textUsed;
    value.size = static_cast<int>(end - start);
    m_textUsed += value.size;
    return value;
}

void SyncLocalStore::bindValue(Statement& st, int index, const BoundValue& value) const
{
    sqlite3_stmt* const handle = st.handle();
    switch (value.kind) {
    case BoundValue::Kind::Null:
        sqlite3_bind_null(handle, index);
        break;
    case BoundValue::Kind::Integer:
        sqlite3_bind_int64(handle, index, value.integer);
        break;
    case BoundValue::Kind::Real:
        sqlite3_bind_double(handle, index, value.real);
        break;
    case BoundValue::Kind::Text:
        // m_text stays as it is until the statement has run.
        sqlite3_bind_text(handle, index, m_text.constData() + value.at, value.size, SQLITE_STATIC);
        break;
    case BoundValue::Kind::Outside:
        sqlite3_bind_text(handle, index, value.outside, value.size, SQLITE_STATIC);
        break;
    }
}

bool SyncLocalStore::resolveReferences(const RowState& row)
{
    const TableInfo& table = *row.table;
    const std::vector<int>& targets = tablePlans()[tableIndex(&table)].refTarget;
    beginBinding(row.uuid, row.values.size(), row.values[0].toInteger());
    for (size_t i = 0; i < table.fields.size(); ++i) {
        const QJsonValue& value = row.values[i + 1];
        BoundValue& bound = m_bound[i + 1];
        if (value.isNull() || value.isUndefined()) {
            if (table.fields[i].type != FieldType::Reference || value.isNull())
                continue;
        }
        switch (table.fields[i].type) {
        case FieldType::Integer:
            bound.kind = BoundValue::Kind::Integer;
            bound.integer = value.toInteger();
            break;
        case FieldType::Real:
            bound.kind = BoundValue::Kind::Real;
            bound.real = value.toDouble();
            break;
        case FieldType::Text:
            // A null string binds NULL, as it always has.
            if (const QString text = value.toString(); !text.isNull())
                bound = boundText(text);
            break;
        case FieldType::Reference:
            if (!bindReference(&bound, targets[i + 1], value.toString().toUtf8()))
                return false;
            break;
        }
    }
    return true;
}

void SyncLocalStore::beginBinding(const QString& uuid, size_t values, qint64 deleted)
{
    m_textUsed = 0;
    m_uuid = boundText(uuid);
    m_bound.assign(values, BoundValue());
    m_bound[0].kind = BoundValue::Kind::Integer;
    m_bound[0].integer = deleted;
}

bool SyncLocalStore::bindReference(BoundValue* bound, int target, const QByteArray& uuid)
{
    const qint64 id = target < 0 ? 0 : localId(static_cast<size_t>(target), uuid);
    if (id == 0)
        return false;
    bound->kind = BoundValue::Kind::Integer;
    bound->integer = id;
    return true;
}

bool SyncLocalStore::resolveReferences(const PageRow& row)
{
    // The values are in their normal form (PageCodec::decode): "null", integers as integers,
    // text as JSON strings, "deleted" 0 or 1.
    const TableInfo& table = *row.table;
    const std::vector<int>& targets = tablePlans()[tableIndex(&table)].refTarget;
    beginBinding(row.uuid, row.values.size(), row.values[0] == "1" ? 1 : 0);
    for (size_t i = 0; i < table.fields.size(); ++i) {
        const QByteArrayView value = row.values[i + 1];
        BoundValue& bound = m_bound[i + 1];
        if (value == "null")
            continue;
        switch (table.fields[i].type) {
        case FieldType::Integer:
            bound.kind = BoundValue::Kind::Integer;
            std::from_chars(value.data(), value.data() + value.size(), bound.integer);
            break;
        case FieldType::Real:
            bound.kind = BoundValue::Kind::Real;
            std::from_chars(value.data(), value.data() + value.size(), bound.real);
            break;
        case FieldType::Text: {
            // Bound from the page itself unless the text is not the same bytes once read
            // (escapes; what QString's reading would change).
            const QByteArrayView inner = value.sliced(1, value.size() - 2);
            if (!inner.contains('\\')) {
                if (!inner.startsWith("\xEF\xBB\xBF") && inner.isValidUtf8()) {
                    bound.kind = BoundValue::Kind::Outside;
                    bound.outside = inner.data();
                    bound.size = static_cast<int>(inner.size());
                    break;
                }
            } else {
                if (m_text.size() < m_textUsed + inner.size())
                    m_text.resize(std::max(m_textUsed + inner.size(), 2 * m_text.size()));
                if (const qsizetype size = unescapeJsonString(inner, m_text.data() + m_textUsed); size >= 0) {
                    bound.kind = BoundValue::Kind::Text;
                    bound.at = m_textUsed;
                    bound.size = static_cast<int>(size);
                    m_textUsed += size;
                    break;
                }
            }
            bound = boundText(jsonStringValue(value));
            break;
        }
        case FieldType::Reference:
            if (!bindReference(&bound, targets[i + 1], uuidKey(value)))
                return false;
            break;
        }
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
    const size_t t = tableIndex(&table);
    const TablePlan& plan = tablePlans()[t];
    const size_t n = table.fields.size() + 1;

    const ClockScan scan = scanClocks(remote.clocks, remote.values.size(), n);
    const bool beatsEmpty = scan.beatsEmpty;
    m_db.clock().observe(scan.latest);
    const std::optional<Local> local = probe ? std::nullopt : current(t, remote.uuid);
    // Against a row here, per field (bit i): the value from elsewhere wins (`taken`), and
    // differs from the value here (`differs`, known where the steps below look), each
    // comparison made once; `masks` false: none made, compare the rows.
    quint64 taken = 0;
    quint64 differs = 0;
    bool masks = false;
    std::optional<RowState> mergedCopy;
    if (local) {
        masks = mergeFields(local->row, remote, plan.trackedFields, &taken, &differs);
        if (!masks) {
            mergedCopy = mergeRows(local->row, remote);
        } else if (taken != 0 || plan.lists) {
            mergedCopy = local->row;
            for (size_t i = 0; i < n; ++i) {
                if (taken & fieldBit(i)) {
                    mergedCopy->values[i] = remote.values[i];
                    mergedCopy->clocks[i] = remote.clocks[i];
                }
            }
        }
    } else if (!beatsEmpty || plan.lists) {
        mergedCopy = mergeRows(RowState::empty(table, remote.uuid), remote);
    }
    const RowState& merged = mergedCopy ? *mergedCopy : local ? local->row : remote;

    // A tracked field edited here and not yet pushed, with another value from elsewhere:
    // whichever loses is kept for review, also when the value from elsewhere loses on every
    // field (nothing to write here, but someone's edit is gone).
    if (local) {
        const RowState& here = local->row;
        QSet<QString> dirty;
        bool dirtyRead = false;
        for (int i = 1; i < merged.fieldCount(); ++i) {
            const size_t k = static_cast<size_t>(i);
            if (!(plan.trackedFields & fieldBit(k)) || here.clocks[k] == remote.clocks[k]
                || !(masks ? (differs & fieldBit(k)) != 0 : here.values[k] != remote.values[k]))
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
            if (Status s = logConflict(merged, i, remoteWon ? here : remote, remoteWon ? remote : here); !s)
                return s.error();
            ++stats->conflicts;
        }
        if (masks ? taken == 0 : merged == here)
            return true;
    }

    if (!resolveReferences(merged)) {
        if (Status s = defer(remote); !s)
            return s.error();
        ++stats->deferred;
        return false;
    }

    if (plan.lists) {
        auto settled = settleListCode(m_db, &*mergedCopy);
        if (!settled)
            return settled.error();
        stats->conflicts += *settled ? 1 : 0;
        if (*settled) {
            // A list of the page may have been changed, and the outbox written.
            m_outboxEmpty = false;
            if (!m_preloaded.empty())
                m_preloaded[t].clear();
            // This list's code may be another now.
            resolveReferences(merged);
            masks = false;
        }
    }
    quint64 changed = 0;
    if (local) {
        if (masks) {
            changed = taken & differs;
        } else {
            for (size_t i = 0; i < merged.values.size(); ++i) {
                if (merged.values[i] != local->row.values[i])
                    changed |= fieldBit(i);
            }
        }
    }
    auto written = writeRow(t, remote.uuid, merged.clocks, local ? &*local : nullptr, changed, probe, stats, touchedPeople);
    if (!written)
        return written.error();
    if (!*written)
        return applyOne(remote, stats, touchedPeople, false); // it was there: merge with it
    return true;
}

Result<bool> SyncLocalStore::applyNew(const PageRow& remote, ApplyStats* stats, QList<qint64>* touchedPeople)
{
    const TableInfo& table = *remote.table;
    const size_t n = table.fields.size() + 1;
    // Each field's clock must beat an empty row's: the row merged into nothing is then the row
    // itself. Not lists: settling a list's code needs the row as a RowState.
    const ClockScan scan = scanClocks(remote.clocks, remote.values.size(), n);
    const size_t t = tableIndex(&table);
    if (!scan.beatsEmpty || tablePlans()[t].lists)
        return applyOne(remote.toState(), stats, touchedPeople, true);
    m_db.clock().observe(scan.latest);
    if (!resolveReferences(remote)) {
        if (Status s = defer(remote.toState()); !s)
            return s.error();
        ++stats->deferred;
        return false;
    }
    auto written = writeRow(t, remote.uuid, remote.clocks, nullptr, 0, true, stats, touchedPeople);
    if (!written)
        return written.error();
    if (!*written)
        return applyOne(remote.toState(), stats, touchedPeople, false); // it was there: merge with it
    return true;
}

Result<bool> SyncLocalStore::writeRow(size_t t, const QString& uuid, const std::vector<FieldClock>& clocks,
                                      const Local* local, quint64 changed, bool probe, ApplyStats* stats,
                                      QList<qint64>* touchedPeople)
{
    const TableInfo& table = syncTables()[t];
    const TablePlan& plan = tablePlans()[t];
    const FieldClock base = baseClock(clocks);
    Statement* write = nullptr;
    if (local) {
        write = &updateStatement(t, changed);
        write->bind(1, local->id).bind(2, base.hlc).bind(3, base.site);
        for (size_t i = 0; i < m_bound.size(); ++i) {
            if (changed & fieldBit(i))
                bindValue(*write, static_cast<int>(i) + 4, m_bound[i]);
        }
    } else {
        write = &tableStatement(TableStatement::Insert, t, false);
        bindValue(*write, 1, m_uuid);
        write->bind(2, base.hlc).bind(3, base.site);
        for (size_t i = 0; i < m_bound.size(); ++i)
            bindValue(*write, static_cast<int>(i) + 4, m_bound[i]);
    }
    if (Status s = write->exec(); !s) {
        if (probe && !local && readOne(t, uuid))
            return false;
        // The campaign file refuses the row (a constraint): keep the reason, go on with the rest.
        qCWarning(lcSync) << "cannot apply" << table.name << uuid << s.error().detail;
        Statement& reject = cached(QStringLiteral(
            "INSERT INTO rejected_changes(at, tbl, row_uuid, reason) VALUES(?, ?, ?, ?)"));
        reject.bind(1, QDateTime::currentMSecsSinceEpoch())
            .bind(2, QString::fromLatin1(table.name))
            .bind(3, uuid)
            .bind(4, QStringLiteral("local: ") + s.error().detail);
        if (Status r = reject.exec(); !r)
            return r.error();
        ++stats->failed;
        return true;
    }

    const qint64 id = local ? local->id : m_db.lastInsertId();
    if (!local && !m_ids.empty() && m_keepIds[t])
        m_ids[t].insert(QByteArray(m_text.constData() + m_uuid.at, m_uuid.size), id);
    if (local && local->overrides) {
        if (!m_clearClocks)
            m_clearClocks = std::make_unique<Statement>(m_db.handle(),
                                                        "DELETE FROM field_clocks WHERE tbl = ? AND row_uuid = ?");
        sqlite3_bind_text(m_clearClocks->handle(), 1, table.name, -1, SQLITE_STATIC);
        bindValue(*m_clearClocks, 2, m_uuid);
        if (Status s = m_clearClocks->exec(); !s)
            return s.error();
    }
    for (size_t i = 0; i < clocks.size(); ++i) {
        const FieldClock& fieldClock = clocks[i];
        if (fieldClock == base)
            continue;
        if (!m_insertClock)
            m_insertClock = std::make_unique<Statement>(
                m_db.handle(), "INSERT INTO field_clocks(tbl, row_uuid, field, hlc, site) VALUES(?, ?, ?, ?, ?)");
        Statement& clock = *m_insertClock;
        sqlite3_bind_text(clock.handle(), 1, table.name, -1, SQLITE_STATIC);
        bindValue(clock, 2, m_uuid);
        sqlite3_bind_text(clock.handle(), 3, fieldName(table, i), -1, SQLITE_STATIC);
        clock.bind(4, fieldClock.hlc).bind(5, fieldClock.site);
        if (Status s = clock.exec(); !s)
            return s.error();
    }
    ++stats->changed;

    // Search rows follow what they show: a new or deleted person or phone, a name, a number;
    // not a support level or a tag.
    const bool searched = !local || (changed & plan.searchFields) != 0;
    if (plan.people && searched) {
        touchedPeople->append(id);
    } else if (plan.phones && searched && plan.personField > 0) {
        const size_t person = static_cast<size_t>(plan.personField);
        if (m_bound[person].kind == BoundValue::Kind::Integer)
            touchedPeople->append(m_bound[person].integer);
        // A number moved to someone else leaves the search row of whom it was.
        if (local && (changed & fieldBit(person)) && local->row.values[person].isString()) {
            if (const qint64 before = localId(static_cast<size_t>(plan.refTarget[person]),
                                              local->row.values[person].toString());
                before != 0)
                touchedPeople->append(before);
        }
    }
    return true;
}

Result<SyncLocalStore::ApplyStats> SyncLocalStore::apply(const std::vector<RowState>& rows)
{
    std::vector<PageRow> pageRows;
    pageRows.reserve(rows.size());
    for (const RowState& row : rows)
        pageRows.push_back(PageRow::fromState(row));
    return apply(pageRows);
}

Result<SyncLocalStore::ApplyStats> SyncLocalStore::apply(const std::vector<PageRow>& rows)
{
    ApplyStats stats;
    QList<qint64> touchedPeople;
    const size_t tables = syncTables().size();
    m_ids.assign(tables, {});
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
    // In table order (parents first), each table's rows in the order they came: counted into
    // place, the rows themselves not moved.
    std::vector<size_t> starts(tables + 1, 0);
    for (const PageRow& row : rows)
        ++starts[tableIndex(row.table) + 1];
    for (size_t t = 0; t < tables; ++t)
        starts[t + 1] += starts[t];
    std::vector<const PageRow*> order(rows.size());
    for (const PageRow& row : rows)
        order[starts[tableIndex(row.table)]++] = &row;
    if (Status s = preload(order); !s)
        return s.error();
    m_outboxEmpty = m_db.scalar("SELECT NOT EXISTS(SELECT 1 FROM outbox)").toLongLong() != 0;
    bool appliedAny = false;
    for (const PageRow* row : order) {
        const size_t t = tableIndex(row->table);
        auto applied = t < m_fresh.size() && m_fresh[t] ? applyNew(*row, &stats, &touchedPeople)
                                                        : applyOne(row->toState(), &stats, &touchedPeople, false);
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
                         [](const RowState& a, const RowState& b) { return tableIndex(a.table) < tableIndex(b.table); });
        for (const RowState& row : waiting) {
            const std::optional<RowState> local = read(*row.table, row.uuid);
            if (!resolveReferences(mergeRows(local ? *local : RowState::empty(*row.table, row.uuid), row)))
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
    if (Status s = m_db.exec(sql); !s)
        return s;
    // The pull runs without SQLite's reference checks (Database::uncheckedReferences()): what a
    // purge leaves is checked here instead, and refused as SQLite would have refused it (rare,
    // and on a volunteer's laptop, which holds little).
    if (m_db.scalar("SELECT EXISTS(SELECT 1 FROM temp.sync_gone) OR EXISTS(SELECT 1 FROM temp.sync_gone_lists)")
            .toLongLong()
        && !m_db.scalar("SELECT 1 FROM pragma_foreign_key_check LIMIT 1").isNull())
        return makeError(QStringLiteral("sync.purge"),
                         QCoreApplication::translate("terrain::SyncLocalStore", "Cannot remove the people who left your lists."),
                         QStringLiteral("FOREIGN KEY constraint failed"));
    return {};
}

} // namespace terrain
