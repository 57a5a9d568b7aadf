#include "serverstore.h"

#include "serverconnection.h"
#include "util/logging.h"
#include "util/uuid.h"

#include <QCoreApplication>

#include <algorithm>

namespace terrain {

namespace {

const char* const kSchema[] = {
    "CREATE TABLE IF NOT EXISTS server_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS server_counter (id INTEGER PRIMARY KEY, seq BIGINT NOT NULL)",
    "INSERT INTO server_counter(id, seq) VALUES(1, 0) ON CONFLICT DO NOTHING",
    "CREATE TABLE IF NOT EXISTS server_rows (tbl TEXT NOT NULL, uuid TEXT NOT NULL, seq BIGINT NOT NULL,"
    " data TEXT NOT NULL, person TEXT, list TEXT, assignee TEXT, live INTEGER NOT NULL DEFAULT 1,"
    " PRIMARY KEY (tbl, uuid))",
    "CREATE INDEX IF NOT EXISTS server_rows_seq ON server_rows(seq)",
    "CREATE INDEX IF NOT EXISTS server_rows_person ON server_rows(person)",
    "CREATE INDEX IF NOT EXISTS server_rows_list ON server_rows(list)",
    "CREATE INDEX IF NOT EXISTS server_rows_assignee ON server_rows(assignee)",
    "CREATE TABLE IF NOT EXISTS server_acks (site BIGINT PRIMARY KEY, counter BIGINT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS server_sites (site BIGINT PRIMARY KEY, user_name TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS server_users (name TEXT PRIMARY KEY, role TEXT NOT NULL, hash TEXT NOT NULL,"
    " disabled INTEGER NOT NULL DEFAULT 0, failed INTEGER NOT NULL DEFAULT 0, locked_until BIGINT NOT NULL DEFAULT 0,"
    " created_at BIGINT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS server_tokens (hash TEXT PRIMARY KEY, user_name TEXT NOT NULL, expires BIGINT NOT NULL,"
    " revoked INTEGER NOT NULL DEFAULT 0)",
};

// The rows a volunteer may see: reference data (rows of nobody), the people of the lists
// assigned to them with everything of those people, and those lists with their members.
const char* const kRowsAfterInScope
    = "SELECT tbl, uuid, seq, data, person, list, assignee, live FROM server_rows WHERE seq > ?"
      " AND ((person IS NULL AND tbl NOT IN ('lists', 'list_members', 'contact_attempts', 'vote_marks'))"
      " OR person IN (SELECT m.person FROM server_rows m JOIN server_rows l ON l.tbl = 'lists' AND l.uuid = m.list"
      "   WHERE m.tbl = 'list_members' AND m.live = 1 AND l.live = 1 AND l.assignee = ?)"
      " OR (tbl = 'lists' AND assignee = ? AND live = 1)"
      " OR (tbl = 'list_members' AND list IN (SELECT uuid FROM server_rows WHERE tbl = 'lists' AND assignee = ?"
      "   AND live = 1)))"
      " ORDER BY seq LIMIT ?";
const char* const kRowsAfter
    = "SELECT tbl, uuid, seq, data, person, list, assignee, live FROM server_rows WHERE seq > ? ORDER BY seq LIMIT ?";

void logError(const Status& status)
{
    if (!status)
        qCWarning(lcServer) << "database error:" << status.error().detail;
}

// A prepared statement in use: values bound in the order of the placeholders, reset when
// the Query goes (on SQLite, a statement left unreset would keep its read of the file).
class Query final
{
public:
    Query(ServerConnection& connection, const char* sql, bool streamed = false)
        : m_statement(connection.prepared(sql, &m_error, streamed))
    {
    }
    ~Query()
    {
        if (m_statement)
            m_statement->reset();
    }
    Query(const Query&) = delete;
    Query& operator=(const Query&) = delete;

    Query& bind(qint64 value)
    {
        if (m_statement)
            m_statement->bindInt(m_index, value);
        ++m_index;
        return *this;
    }
    Query& bind(const QString& text)
    {
        if (m_statement)
            m_statement->bindText(m_index, text);
        ++m_index;
        return *this;
    }
    Query& bindUtf8(const QByteArray& utf8)
    {
        if (m_statement)
            m_statement->bindUtf8(m_index, utf8);
        ++m_index;
        return *this;
    }
    // For running it again with new values.
    void rewind()
    {
        if (m_statement)
            m_statement->reset();
        m_index = 0;
    }

    Status exec()
    {
        Status status = m_statement ? m_statement->exec() : Status(m_error);
        logError(status);
        return status;
    }
    // Without a warning in the log: a fresh database has no tables yet.
    bool execQuietly() { return m_statement && m_statement->exec(); }
    bool next() { return m_statement && m_statement->next(); }
    // After reading the rows: whether reading them failed.
    Status finished()
    {
        Status status = m_statement->finished();
        logError(status);
        return status;
    }

    int rowsChanged() const { return m_statement->rowsChanged(); }
    qint64 int64(int column) const { return m_statement->int64(column); }
    QString text(int column) const { return m_statement->text(column); }
    QByteArray utf8(int column) const { return m_statement->utf8(column); }

private:
    Error m_error; // before m_statement: preparing it sets this
    ServerStatement* m_statement;
    int m_index = 0;
};

StoredRow readRow(const Query& query)
{
    StoredRow row;
    row.table = query.text(0);
    row.uuid = query.text(1);
    row.seq = query.int64(2);
    row.data = query.utf8(3);
    row.person = query.text(4);
    row.list = query.text(5);
    row.assignee = query.text(6);
    row.live = query.int64(7) != 0;
    return row;
}

// Reads the rows of a query run by the caller (exec) into `rows`.
Status readRows(Query& query, std::vector<StoredRow>* rows)
{
    while (query.next())
        rows->push_back(readRow(query));
    return query.finished();
}

} // namespace

ServerStore::ServerStore() = default;

ServerStore::~ServerStore() = default;

Result<std::unique_ptr<ServerStore>> ServerStore::open(const Options& options)
{
    std::unique_ptr<ServerStore> store(new ServerStore);
    store->m_postgres = !options.postgresUrl.isEmpty();
    auto db = store->m_postgres ? ServerConnection::openPostgres(options.postgresUrl)
                                : ServerConnection::openSqlite(options.sqlitePath, false);
    if (!db)
        return db.error();
    store->m_db = std::move(*db);
    if (!store->m_postgres) {
        // Opened after the writer, which creates the file and turns on the write-ahead log.
        auto reader = ServerConnection::openSqlite(options.sqlitePath, true);
        if (!reader)
            return reader.error();
        store->m_reader = std::move(*reader);
    }
    return store;
}

Status ServerStore::exec(const char* sql)
{
    Status status = m_db->exec(sql);
    logError(status);
    return status;
}

Status ServerStore::initialize()
{
    for (const char* sql : kSchema) {
        if (Status s = exec(sql); !s)
            return s;
    }
    if (epoch().isEmpty())
        return renewEpoch();
    return {};
}

bool ServerStore::isInitialized()
{
    Query query(*m_db, "SELECT value FROM server_meta WHERE key = 'epoch'");
    return query.execQuietly() && query.next();
}

QString ServerStore::meta(const QString& key)
{
    Query query(*m_db, "SELECT value FROM server_meta WHERE key = ?");
    query.bind(key);
    if (query.execQuietly() && query.next())
        return query.text(0);
    return {};
}

Status ServerStore::setMeta(const QString& key, const QString& value)
{
    Query query(*m_db,
        "INSERT INTO server_meta(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    query.bind(key).bind(value);
    return query.exec();
}

QString ServerStore::epoch()
{
    return meta(QStringLiteral("epoch"));
}

Status ServerStore::renewEpoch()
{
    return setMeta(QStringLiteral("epoch"), newUuid());
}

Status ServerStore::begin()
{
    m_rowids.clear();
    return exec(m_postgres ? "BEGIN" : "BEGIN IMMEDIATE");
}

Status ServerStore::checkpoint()
{
    return m_postgres ? Status() : exec("PRAGMA wal_checkpoint(PASSIVE)");
}

Status ServerStore::commit()
{
    m_rowids.clear();
    return exec("COMMIT");
}

void ServerStore::rollback()
{
    m_rowids.clear();
    // Quietly: after some failures (SQLite's I/O errors) there is no transaction left.
    static_cast<void>(m_db->exec("ROLLBACK"));
}

Result<QByteArray> ServerStore::lockRow(const QString& table, const QString& uuid)
{
    if (m_postgres) {
        // A placeholder takes the key, so two pushers creating the same row wait for each
        // other instead of both inserting; FOR UPDATE then reads the latest committed state.
        Query placeholder(
            *m_db, "INSERT INTO server_rows(tbl, uuid, seq, data, live) VALUES(?, ?, 0, '', 0) ON CONFLICT DO NOTHING");
        placeholder.bind(table).bind(uuid);
        if (Status s = placeholder.exec(); !s)
            return s.error();
    }
    // On SQLite the transaction (BEGIN IMMEDIATE) is the lock.
    Query query(*m_db,
        m_postgres ? "SELECT data FROM server_rows WHERE tbl = ? AND uuid = ? FOR UPDATE"
                   : "SELECT data FROM server_rows WHERE tbl = ? AND uuid = ?");
    query.bind(table).bind(uuid);
    if (Status s = query.exec(); !s)
        return s.error();
    return query.next() ? query.utf8(0) : QByteArray();
}

Result<QHash<QString, QByteArray>> ServerStore::lockRows(const QString& table, const QStringList& uuids)
{
    QHash<QString, QByteArray> rows;
    if (m_postgres) {
        for (const QString& uuid : uuids) {
            auto data = lockRow(table, uuid);
            if (!data)
                return data.error();
            if (!data->isEmpty())
                rows.insert(uuid, *data);
        }
        return rows;
    }
    if (uuids.isEmpty())
        return rows;
    rows.reserve(uuids.size());
    // A prepared lookup per uuid: with SQLite's C API as fast as one json_each() join for
    // the batch, without building the JSON; the rowid saves updateRow the key's index.
    Query query(*m_db, "SELECT data, rowid FROM server_rows WHERE tbl = ? AND uuid = ?");
    for (const QString& uuid : uuids) {
        query.rewind();
        query.bind(table).bind(uuid);
        if (Status s = query.exec(); !s)
            return s.error();
        if (!query.next())
            continue;
        QByteArray data = query.utf8(0);
        if (data.isEmpty())
            continue;
        m_rowids.insert(uuid, query.int64(1));
        rows.insert(uuid, std::move(data));
    }
    return rows;
}

Status ServerStore::dropPlaceholder(const QString& table, const QString& uuid)
{
    Query query(*m_db, "DELETE FROM server_rows WHERE tbl = ? AND uuid = ? AND data = ''");
    query.bind(table).bind(uuid);
    return query.exec();
}

Status ServerStore::writeRow(const StoredRow& row)
{
    Query query(*m_db,
        "INSERT INTO server_rows(tbl, uuid, seq, data, person, list, assignee, live) VALUES(?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT(tbl, uuid) DO UPDATE SET seq = excluded.seq, data = excluded.data,"
        " person = excluded.person, list = excluded.list, assignee = excluded.assignee, live = excluded.live");
    query.bind(row.table).bind(row.uuid).bind(row.seq).bindUtf8(row.data);
    // A null string binds NULL: a row of nobody has no person.
    query.bind(row.person).bind(row.list).bind(row.assignee).bind(row.live ? 1 : 0);
    return query.exec();
}

Status ServerStore::updateRow(const StoredRow& row)
{
    if (const auto found = m_rowids.constFind(row.uuid); found != m_rowids.cend()) {
        // Straight to the row lockRows found: no lookup in the (tbl, uuid) index. The key
        // is checked all the same; should it not match, the update by key below runs.
        Query query(
            *m_db, "UPDATE server_rows SET seq = ?, data = ?, live = ? WHERE rowid = ? AND tbl = ? AND uuid = ?");
        query.bind(row.seq).bindUtf8(row.data).bind(row.live ? 1 : 0).bind(*found).bind(row.table).bind(row.uuid);
        if (Status s = query.exec(); !s || query.rowsChanged() == 1)
            return s;
    }
    Query query(*m_db, "UPDATE server_rows SET seq = ?, data = ?, live = ? WHERE tbl = ? AND uuid = ?");
    query.bind(row.seq).bindUtf8(row.data).bind(row.live ? 1 : 0).bind(row.table).bind(row.uuid);
    return query.exec();
}

Result<qint64> ServerStore::allocateSequence(int count)
{
    const char* const sql = "UPDATE server_counter SET seq = seq + ? WHERE id = 1 RETURNING seq";
    Query query(*m_db, sql);
    query.bind(count);
    if (Status s = query.exec(); !s)
        return s.error();
    if (!query.next()) {
        Error error = ServerConnection::sqlError(QStringLiteral("no counter row"), sql);
        logError(error);
        return error;
    }
    return query.int64(0) - count + 1;
}

Result<qint64> ServerStore::sequence()
{
    Query query(m_reader ? *m_reader : *m_db, "SELECT seq FROM server_counter WHERE id = 1");
    if (Status s = query.exec(); !s)
        return s.error();
    return query.next() ? query.int64(0) : 0;
}

Result<qint64> ServerStore::acknowledged(qint64 site)
{
    Query query(*m_db, "SELECT counter FROM server_acks WHERE site = ?");
    query.bind(site);
    if (Status s = query.exec(); !s)
        return s.error();
    return query.next() ? query.int64(0) : 0;
}

Status ServerStore::setAcknowledged(qint64 site, qint64 counter)
{
    Query query(*m_db,
        "INSERT INTO server_acks(site, counter) VALUES(?, ?)"
        " ON CONFLICT(site) DO UPDATE SET counter = excluded.counter");
    query.bind(site).bind(counter);
    return query.exec();
}

Status ServerStore::setSiteUser(qint64 site, const QString& user)
{
    Query query(*m_db,
        "INSERT INTO server_sites(site, user_name) VALUES(?, ?)"
        " ON CONFLICT(site) DO UPDATE SET user_name = excluded.user_name");
    query.bind(site).bind(user);
    return query.exec();
}

Result<QHash<qint64, QString>> ServerStore::siteUsers()
{
    Query query(*m_db, "SELECT site, user_name FROM server_sites");
    if (Status s = query.exec(); !s)
        return s.error();
    QHash<qint64, QString> users;
    while (query.next())
        users.insert(query.int64(0), query.text(1));
    if (Status s = query.finished(); !s)
        return s.error();
    return users;
}

Result<std::vector<StoredRow>> ServerStore::rowsAfter(qint64 since, int limit, const QString& volunteer)
{
    // On SQLite from the reader: a pull reads while a push writes.
    Query query(m_reader ? *m_reader : *m_db, volunteer.isEmpty() ? kRowsAfter : kRowsAfterInScope, true);
    query.bind(since);
    if (!volunteer.isEmpty())
        query.bind(volunteer).bind(volunteer).bind(volunteer);
    query.bind(limit);
    if (Status s = query.exec(); !s)
        return s.error();
    std::vector<StoredRow> rows;
    rows.reserve(static_cast<size_t>(std::min(limit, 100000)));
    if (Status s = readRows(query, &rows); !s)
        return s.error();
    return rows;
}

Result<QStringList> ServerStore::scopePeople(const QString& volunteer)
{
    Query query(*m_db,
        "SELECT DISTINCT m.person FROM server_rows m JOIN server_rows l ON l.tbl = 'lists' AND l.uuid = m.list"
        " WHERE m.tbl = 'list_members' AND m.live = 1 AND l.live = 1 AND l.assignee = ? AND m.person IS NOT NULL"
        " ORDER BY m.person");
    query.bind(volunteer);
    if (Status s = query.exec(); !s)
        return s.error();
    QStringList people;
    while (query.next())
        people << query.text(0);
    if (Status s = query.finished(); !s)
        return s.error();
    return people;
}

Result<QStringList> ServerStore::scopeLists(const QString& volunteer)
{
    Query query(*m_db, "SELECT uuid FROM server_rows WHERE tbl = 'lists' AND live = 1 AND assignee = ? ORDER BY uuid");
    query.bind(volunteer);
    if (Status s = query.exec(); !s)
        return s.error();
    QStringList lists;
    while (query.next())
        lists << query.text(0);
    if (Status s = query.finished(); !s)
        return s.error();
    return lists;
}

Result<std::vector<StoredRow>> ServerStore::rowsOfScope(const QStringList& people, const QStringList& lists)
{
    std::vector<StoredRow> rows;
    {
        Query byPerson(*m_db,
            "SELECT tbl, uuid, seq, data, person, list, assignee, live FROM server_rows"
            " WHERE person = ? AND data <> ''");
        for (const QString& person : people) {
            byPerson.rewind();
            byPerson.bind(person);
            if (Status s = byPerson.exec(); !s)
                return s.error();
            if (Status s = readRows(byPerson, &rows); !s)
                return s.error();
        }
    }
    Query byList(*m_db,
        "SELECT tbl, uuid, seq, data, person, list, assignee, live FROM server_rows"
        " WHERE ((tbl = 'lists' AND uuid = ?) OR (tbl = 'list_members' AND list = ?)) AND data <> ''");
    for (const QString& list : lists) {
        byList.rewind();
        byList.bind(list).bind(list);
        if (Status s = byList.exec(); !s)
            return s.error();
        if (Status s = readRows(byList, &rows); !s)
            return s.error();
    }
    return rows;
}

Result<std::optional<StoredRow>> ServerStore::row(const QString& table, const QString& uuid)
{
    Query query(*m_db,
        "SELECT tbl, uuid, seq, data, person, list, assignee, live FROM server_rows"
        " WHERE tbl = ? AND uuid = ? AND data <> ''");
    query.bind(table).bind(uuid);
    if (Status s = query.exec(); !s)
        return s.error();
    if (!query.next())
        return std::optional<StoredRow>();
    return std::optional<StoredRow>(readRow(query));
}

Result<qint64> ServerStore::rowCount()
{
    Query query(*m_db, "SELECT count(*) FROM server_rows WHERE data <> ''");
    if (Status s = query.exec(); !s)
        return s.error();
    return query.next() ? query.int64(0) : 0;
}

Result<std::optional<ServerUser>> ServerStore::user(const QString& name)
{
    Query query(*m_db, "SELECT name, role, hash, disabled, failed, locked_until FROM server_users WHERE name = ?");
    query.bind(name);
    if (Status s = query.exec(); !s)
        return s.error();
    if (!query.next())
        return std::optional<ServerUser>();
    return std::optional<ServerUser>(ServerUser { query.text(0), query.text(1), query.text(2).toLatin1(),
        query.int64(3) != 0, static_cast<int>(query.int64(4)), query.int64(5) });
}

Result<QList<ServerUser>> ServerStore::users()
{
    Query query(*m_db, "SELECT name, role, disabled FROM server_users ORDER BY name");
    if (Status s = query.exec(); !s)
        return s.error();
    QList<ServerUser> all;
    while (query.next())
        all.append(ServerUser { query.text(0), query.text(1), {}, query.int64(2) != 0 });
    if (Status s = query.finished(); !s)
        return s.error();
    return all;
}

Status ServerStore::addUser(const QString& name, const QString& role, const QByteArray& hash, qint64 now)
{
    Query query(*m_db, "INSERT INTO server_users(name, role, hash, created_at) VALUES(?, ?, ?, ?)");
    query.bind(name).bind(role).bind(QString::fromLatin1(hash)).bind(now);
    return query.exec();
}

Status ServerStore::setPassword(const QString& name, const QByteArray& hash)
{
    Query query(*m_db, "UPDATE server_users SET hash = ?, failed = 0, locked_until = 0 WHERE name = ?");
    query.bind(QString::fromLatin1(hash)).bind(name);
    return query.exec();
}

Status ServerStore::setDisabled(const QString& name, bool disabled)
{
    Query query(*m_db, "UPDATE server_users SET disabled = ? WHERE name = ?");
    query.bind(disabled ? 1 : 0).bind(name);
    return query.exec();
}

Status ServerStore::setLoginFailures(const QString& name, int failed, qint64 lockedUntil)
{
    Query query(*m_db, "UPDATE server_users SET failed = ?, locked_until = ? WHERE name = ?");
    query.bind(failed).bind(lockedUntil).bind(name);
    return query.exec();
}

Status ServerStore::addToken(const QByteArray& tokenHash, const QString& user, qint64 expires)
{
    Query query(*m_db, "INSERT INTO server_tokens(hash, user_name, expires) VALUES(?, ?, ?)");
    query.bind(QString::fromLatin1(tokenHash)).bind(user).bind(expires);
    return query.exec();
}

Result<QString> ServerStore::tokenUser(const QByteArray& tokenHash, qint64 now)
{
    Query query(*m_db, "SELECT user_name FROM server_tokens WHERE hash = ? AND revoked = 0 AND expires > ?");
    query.bind(QString::fromLatin1(tokenHash)).bind(now);
    if (Status s = query.exec(); !s)
        return s.error();
    return query.next() ? query.text(0) : QString();
}

Status ServerStore::revokeToken(const QByteArray& tokenHash)
{
    Query query(*m_db, "UPDATE server_tokens SET revoked = 1 WHERE hash = ?");
    query.bind(QString::fromLatin1(tokenHash));
    return query.exec();
}

Status ServerStore::revokeTokensOf(const QString& user)
{
    Query query(*m_db, "UPDATE server_tokens SET revoked = 1 WHERE user_name = ?");
    query.bind(user);
    return query.exec();
}

Status ServerStore::backup(const QString& file)
{
    if (m_postgres)
        return makeError(QStringLiteral("server.backup"),
            QCoreApplication::translate("terrain::ServerStore",
                "With PostgreSQL, back up with pg_dump; after a restore run terrain-server new-epoch."));
    Query query(*m_db, "VACUUM INTO ?");
    query.bind(file);
    return query.exec();
}

} // namespace terrain
