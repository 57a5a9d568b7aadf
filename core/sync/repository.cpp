#include "repository.h"

#include "storage/database.h"
#include "storage/tables.h"
#include "util/uuid.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace terrain {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("terrain::Repository", text);
}

Error writeError(const QString& detail)
{
    return makeError(QStringLiteral("write"), tr("The change could not be saved."), detail);
}

QString historyText(const QVariant& value)
{
    return value.isNull() ? QString() : value.toString();
}

// Values compare as stored: an int 3 and a text "3" are the same for SQLite affinity.
bool sameValue(const QVariant& stored, const QVariant& wanted)
{
    if (stored.isNull() || wanted.isNull())
        return stored.isNull() == wanted.isNull();
    return stored.toString() == wanted.toString();
}

} // namespace

Repository::Repository(Database& db, QString author)
    : m_db(db),
      m_author(author.isEmpty() ? defaultAuthor() : std::move(author))
{
}

Repository::~Repository()
{
    qDeleteAll(m_statements);
}

QString Repository::defaultAuthor()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user.isEmpty() ? QStringLiteral("local") : user;
}

QString Repository::rangeFields(qint64 fromHlc, qint64 toHlc)
{
    return QStringLiteral("range:%1:%2").arg(fromHlc).arg(toHlc);
}

bool Repository::parseRangeFields(QStringView fields, qint64* fromHlc, qint64* toHlc)
{
    if (!fields.startsWith(u"range:"))
        return false;
    const QList<QStringView> parts = fields.mid(6).split(u':');
    if (parts.size() != 2)
        return false;
    bool okFrom = false;
    bool okTo = false;
    *fromHlc = parts[0].toLongLong(&okFrom);
    *toHlc = parts[1].toLongLong(&okTo);
    return okFrom && okTo && *fromHlc <= *toHlc;
}

Statement& Repository::cached(const QString& sql)
{
    Statement*& st = m_statements[sql];
    if (!st)
        st = new Statement(m_db.handle(), sql);
    st->reset();
    st->clearBindings();
    return *st;
}

Result<const TableInfo*> Repository::checkFields(const char* table, const FieldValues& values)
{
    const TableInfo* info = findTable(table);
    if (!info)
        return writeError(QStringLiteral("unknown table %1").arg(QLatin1StringView(table)));
    for (const auto& [name, value] : values) {
        if (!findField(*info, name))
            return writeError(QStringLiteral("unknown field %1.%2").arg(QLatin1StringView(table), name));
    }
    return info;
}

Status Repository::appendOutbox(const char* table, const QString& uuid, const QString& fields, qint64 hlc)
{
    Statement& st = cached(QStringLiteral("INSERT INTO outbox(tbl, row_uuid, fields, hlc) VALUES(?, ?, ?, ?)"));
    st.bind(1, QString::fromLatin1(table)).bind(2, uuid).bind(3, fields).bind(4, hlc);
    return st.exec();
}

Status Repository::recordHistory(const TableInfo& table, qint64 id, const QString& rowUuid, const QString& field,
                                 const QVariant& oldValue, const QVariant& newValue, qint64 at)
{
    if (!table.personColumn)
        return {};
    QString personUuid;
    if (qstrcmp(table.personColumn, "id") == 0) {
        personUuid = rowUuid;
    } else {
        Statement& lookup = cached(QStringLiteral("SELECT p.uuid FROM %1 t JOIN people p ON p.id = t.%2 WHERE t.id = ?")
                                       .arg(QLatin1StringView(table.name), QLatin1StringView(table.personColumn)));
        lookup.bind(1, id);
        if (lookup.step())
            personUuid = lookup.text(0);
        lookup.reset();
    }
    Statement& st = cached(QStringLiteral("INSERT INTO change_history(tbl, row_uuid, person_uuid, field, old_value,"
                                          " new_value, author, at) VALUES(?, ?, ?, ?, ?, ?, ?, ?)"));
    st.bind(1, QString::fromLatin1(table.name))
        .bind(2, rowUuid)
        .bind(3, personUuid)
        .bind(4, field)
        .bind(5, historyText(oldValue))
        .bind(6, historyText(newValue))
        .bind(7, m_author)
        .bind(8, at);
    return st.exec();
}

Result<qint64> Repository::insert(const char* table, const FieldValues& values, const QString& uuid)
{
    auto info = checkFields(table, values);
    if (!info)
        return info.error();
    const QString rowUuid = uuid.isEmpty() ? newUuid() : uuid;

    Database::Transaction tx(m_db);
    if (!tx.isActive())
        return writeError(QStringLiteral("cannot begin a transaction"));
    const qint64 hlc = m_db.clock().tick();

    QStringList columns{QStringLiteral("uuid"), QStringLiteral("hlc"), QStringLiteral("site")};
    QStringList marks{QStringLiteral("?"), QStringLiteral("?"), QStringLiteral("?")};
    for (const auto& value : values) {
        columns << value.first;
        marks << QStringLiteral("?");
    }
    Statement& st = cached(QStringLiteral("INSERT INTO %1(%2) VALUES(%3)")
                               .arg(QLatin1StringView(table), columns.join(u','), marks.join(u',')));
    st.bind(1, rowUuid).bind(2, hlc).bind(3, m_db.siteId());
    int index = 4;
    for (const auto& value : values)
        st.bind(index++, value.second);
    if (Status s = st.exec(); !s)
        return writeError(s.error().detail);
    const qint64 id = m_db.lastInsertId();

    if (Status s = appendOutbox(table, rowUuid, QStringLiteral("*"), hlc); !s)
        return writeError(s.error().detail);
    if ((*info)->personColumn && !(*info)->appendOnly) {
        if (Status s = recordHistory(**info, id, rowUuid, QStringLiteral("*"), {}, {}, HybridLogicalClock::millis(hlc));
            !s)
            return writeError(s.error().detail);
    }
    if (Status s = m_db.persistClock(); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Result<std::unique_ptr<BulkInsert>> Repository::bulkInsert(const char* table, const QStringList& columns)
{
    FieldValues names;
    for (const QString& column : columns)
        names.emplace_back(column, QVariant());
    auto info = checkFields(table, names);
    if (!info)
        return info.error();
    std::unique_ptr<BulkInsert> bulk(new BulkInsert(*this, (*info)->name, int(columns.size())));
    QStringList marks;
    for (qsizetype i = 0; i < columns.size() + 3; ++i)
        marks << QStringLiteral("?");
    bulk->m_insert = std::make_unique<Statement>(
        m_db.prepare(QStringLiteral("INSERT INTO %1(uuid, hlc, site, %2) VALUES(%3)")
                         .arg(QLatin1StringView(table), columns.join(u','), marks.join(u','))));
    if (!bulk->m_insert->isValid())
        return writeError(bulk->m_insert->errorMessage());
    return bulk;
}

BulkInsert::BulkInsert(Repository& repo, const char* table, int columns)
    : m_repo(repo),
      m_table(table),
      m_columns(columns),
      m_uuids(std::make_unique<UuidGenerator>())
{
}

BulkInsert::~BulkInsert() = default;

Result<qint64> BulkInsert::add(const QVariantList& values)
{
    if (values.size() != m_columns)
        return writeError(QStringLiteral("%1 values for %2 columns").arg(values.size()).arg(m_columns));
    Database& db = m_repo.m_db;
    // Strictly increasing UUIDs: the uuid index only ever appends.
    const qint64 hlc = db.clock().tick();
    m_insert->bind(1, m_uuids->next()).bind(2, hlc).bind(3, db.siteId());
    int index = 4;
    for (const QVariant& value : values)
        m_insert->bind(index++, value);
    if (Status s = m_insert->exec(); !s)
        return writeError(s.error().detail);
    if (m_count++ == 0)
        m_fromHlc = hlc;
    m_toHlc = hlc;
    return db.lastInsertId();
}

Status BulkInsert::finish()
{
    if (m_count == 0)
        return {};
    if (Status s = m_repo.appendOutbox("*", m_uuids->next(), Repository::rangeFields(m_fromHlc, m_toHlc), m_toHlc); !s)
        return writeError(s.error().detail);
    m_count = 0;
    return m_repo.m_db.persistClock();
}

Result<int> Repository::update(const char* table, qint64 id, const FieldValues& values)
{
    auto info = checkFields(table, values);
    if (!info)
        return info.error();
    if ((*info)->appendOnly)
        return writeError(QStringLiteral("%1 is append-only").arg(QLatin1StringView(table)));
    if (values.empty())
        return 0;

    Database::Transaction tx(m_db);
    if (!tx.isActive())
        return writeError(QStringLiteral("cannot begin a transaction"));

    QStringList names;
    for (const auto& value : values)
        names << value.first;
    Statement& read = cached(QStringLiteral("SELECT uuid, %1 FROM %2 WHERE id = ?")
                                 .arg(names.join(u','), QLatin1StringView(table)));
    read.bind(1, id);
    if (!read.step())
        return writeError(read.failed() ? read.errorMessage() : QStringLiteral("no row %1 in %2").arg(id).arg(
                              QLatin1StringView(table)));
    const QString rowUuid = read.text(0);
    FieldValues changed;
    std::vector<QVariant> oldValues;
    for (size_t i = 0; i < values.size(); ++i) {
        const QVariant stored = read.value(static_cast<int>(i) + 1);
        if (!sameValue(stored, values[i].second)) {
            changed.push_back(values[i]);
            oldValues.push_back(stored);
        }
    }
    read.reset();
    if (changed.empty())
        return 0;

    const qint64 hlc = m_db.clock().tick();
    QStringList assignments;
    QStringList changedNames;
    for (const auto& value : changed) {
        assignments << value.first + QStringLiteral(" = ?");
        changedNames << value.first;
    }
    Statement& write = cached(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
                                  .arg(QLatin1StringView(table), assignments.join(u',')));
    int index = 1;
    for (const auto& value : changed)
        write.bind(index++, value.second);
    write.bind(index, id);
    if (Status s = write.exec(); !s)
        return writeError(s.error().detail);

    Statement& clock = cached(QStringLiteral(
        "INSERT INTO field_clocks(tbl, row_uuid, field, hlc, site) VALUES(?, ?, ?, ?, ?)"
        " ON CONFLICT(tbl, row_uuid, field) DO UPDATE SET hlc = excluded.hlc, site = excluded.site"));
    for (size_t i = 0; i < changed.size(); ++i) {
        clock.bind(1, QString::fromLatin1(table)).bind(2, rowUuid).bind(3, changed[i].first).bind(4, hlc).bind(
            5, m_db.siteId());
        if (Status s = clock.exec(); !s)
            return writeError(s.error().detail);
        if (Status s = recordHistory(**info, id, rowUuid, changed[i].first, oldValues[i], changed[i].second,
                                     HybridLogicalClock::millis(hlc));
            !s)
            return writeError(s.error().detail);
    }
    if (Status s = appendOutbox(table, rowUuid, changedNames.join(u','), hlc); !s)
        return writeError(s.error().detail);
    if (Status s = m_db.persistClock(); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return static_cast<int>(changed.size());
}

Status Repository::remove(const char* table, qint64 id)
{
    return setDeleted(table, id, true);
}

Status Repository::restore(const char* table, qint64 id)
{
    return setDeleted(table, id, false);
}

Status Repository::setDeleted(const char* table, qint64 id, bool deleted)
{
    const TableInfo* info = findTable(table);
    if (!info)
        return writeError(QStringLiteral("unknown table %1").arg(QLatin1StringView(table)));

    Database::Transaction tx(m_db);
    if (!tx.isActive())
        return writeError(QStringLiteral("cannot begin a transaction"));
    Statement& read = cached(QStringLiteral("SELECT uuid, deleted FROM %1 WHERE id = ?").arg(QLatin1StringView(table)));
    read.bind(1, id);
    if (!read.step())
        return writeError(QStringLiteral("no row %1 in %2").arg(id).arg(QLatin1StringView(table)));
    const QString rowUuid = read.text(0);
    const bool wasDeleted = read.int64(1) != 0;
    read.reset();
    if (wasDeleted == deleted)
        return {};

    const qint64 hlc = m_db.clock().tick();
    Statement& write = cached(QStringLiteral("UPDATE %1 SET deleted = ? WHERE id = ?").arg(QLatin1StringView(table)));
    write.bind(1, deleted ? 1 : 0).bind(2, id);
    if (Status s = write.exec(); !s)
        return writeError(s.error().detail);
    Statement& clock = cached(QStringLiteral(
        "INSERT INTO field_clocks(tbl, row_uuid, field, hlc, site) VALUES(?, ?, 'deleted', ?, ?)"
        " ON CONFLICT(tbl, row_uuid, field) DO UPDATE SET hlc = excluded.hlc, site = excluded.site"));
    clock.bind(1, QString::fromLatin1(table)).bind(2, rowUuid).bind(3, hlc).bind(4, m_db.siteId());
    if (Status s = clock.exec(); !s)
        return writeError(s.error().detail);
    if (Status s = recordHistory(*info, id, rowUuid, QStringLiteral("deleted"), deleted ? 0 : 1, deleted ? 1 : 0,
                                     HybridLogicalClock::millis(hlc));
        !s)
        return writeError(s.error().detail);
    if (Status s = appendOutbox(table, rowUuid, QStringLiteral("deleted"), hlc); !s)
        return writeError(s.error().detail);
    if (Status s = m_db.persistClock(); !s)
        return s;
    return tx.commit();
}

Result<QString> Repository::uuidOf(const char* table, qint64 id)
{
    if (!findTable(table))
        return writeError(QStringLiteral("unknown table %1").arg(QLatin1StringView(table)));
    Statement& st = cached(QStringLiteral("SELECT uuid FROM %1 WHERE id = ?").arg(QLatin1StringView(table)));
    st.bind(1, id);
    if (!st.step())
        return makeError(QStringLiteral("notfound"), tr("Not found."),
                         QStringLiteral("%1 %2").arg(QLatin1StringView(table)).arg(id));
    QString uuid = st.text(0);
    st.reset();
    return uuid;
}

} // namespace terrain
