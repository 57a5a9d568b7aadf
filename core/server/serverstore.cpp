#include "serverstore.h"

#include "storage/statement.h"
#include "util/logging.h"
#include "util/uuid.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>

#include <atomic>

#include <sqlite3.h>

namespace terrain {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("terrain::ServerStore", text);
}

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
const char* const kVolunteerScope =
    " AND ((person IS NULL AND tbl NOT IN ('lists', 'list_members', 'contact_attempts', 'vote_marks'))"
    " OR person IN (SELECT m.person FROM server_rows m JOIN server_rows l ON l.tbl = 'lists' AND l.uuid = m.list"
    "   WHERE m.tbl = 'list_members' AND m.live = 1 AND l.live = 1 AND l.assignee = ?)"
    " OR (tbl = 'lists' AND assignee = ? AND live = 1)"
    " OR (tbl = 'list_members' AND list IN (SELECT uuid FROM server_rows WHERE tbl = 'lists' AND assignee = ?"
    "   AND live = 1)))";

QVariant optional(const QString& text)
{
    return text.isNull() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

} // namespace

Result<std::unique_ptr<ServerStore>> ServerStore::open(const Options& options)
{
    static std::atomic<int> counter{0};
    std::unique_ptr<ServerStore> store(new ServerStore);
    store->m_connection = QStringLiteral("terrain-server-%1").arg(counter++);
    store->m_postgres = !options.postgresUrl.isEmpty();
    QSqlDatabase db = QSqlDatabase::addDatabase(store->m_postgres ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"),
                                                store->m_connection);
    if (!db.isValid())
        return makeError(QStringLiteral("server.driver"), tr("The database driver is missing."),
                         store->m_postgres ? QStringLiteral("QPSQL (install libqt6sql6-psql)") : QStringLiteral("QSQLITE"));
    if (store->m_postgres) {
        const QUrl url(options.postgresUrl);
        if (!url.isValid() || (url.scheme() != u"postgresql" && url.scheme() != u"postgres"))
            return makeError(QStringLiteral("server.url"), tr("The PostgreSQL address is not valid."),
                             QStringLiteral("expected postgresql://user:password@host:port/database"));
        db.setHostName(url.host().isEmpty() ? QStringLiteral("127.0.0.1") : url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setPassword(url.password());
        db.setDatabaseName(url.path().mid(1));
        db.setConnectOptions(QStringLiteral("connect_timeout=10"));
    } else {
        db.setDatabaseName(options.sqlitePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    }
    if (!db.open())
        return makeError(QStringLiteral("server.open"), tr("Cannot open the server's database."),
                         db.lastError().text());
    if (!store->m_postgres) {
        if (Status s = store->exec(QStringLiteral("PRAGMA journal_mode=WAL")); !s)
            return s.error();
        if (Status s = store->exec(QStringLiteral("PRAGMA synchronous=NORMAL")); !s)
            return s.error();
        // A push touches rows all over the campaign: with SQLite's default 2 MB, a batch of a
        // thousand edits spills and reads its pages again.
        if (Status s = store->exec(QStringLiteral("PRAGMA cache_size=-65536")); !s)
            return s.error();
        // The log is folded back when the server is idle (checkpoint()), not in a push's
        // commit; 16,384 pages is a backstop.
        if (Status s = store->exec(QStringLiteral("PRAGMA wal_autocheckpoint=16384")); !s)
            return s.error();
        // A second connection, read-only and without Qt's driver, for the pull's reads (WAL:
        // it sees what the first has committed).
        if (sqlite3_open_v2(options.sqlitePath.toUtf8().constData(), &store->m_reader,
                            SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr)
            != SQLITE_OK)
            return makeError(QStringLiteral("server.open"), tr("Cannot open the server's database."),
                             QString::fromUtf8(sqlite3_errmsg(store->m_reader)));
        sqlite3_busy_timeout(store->m_reader, 10000);
    }
    return store;
}

ServerStore::~ServerStore()
{
    sqlite3_close_v2(m_reader);
    m_queries.clear();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

Error ServerStore::error(const QString& detail) const
{
    qCWarning(lcServer) << "database error:" << detail;
    return makeError(QStringLiteral("server.sql"), tr("Database error"), detail);
}

Status ServerStore::exec(const QString& sql)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.exec(sql))
        return error(query.lastError().text() + u": " + sql);
    return {};
}

QSqlQuery& ServerStore::prepared(const QString& sql)
{
    std::unique_ptr<QSqlQuery>& query = m_queries[sql];
    if (!query) {
        query = std::make_unique<QSqlQuery>(QSqlDatabase::database(m_connection, false));
        query->prepare(sql);
    }
    query->finish();
    return *query;
}

Status ServerStore::run(QSqlQuery& query) const
{
    if (!query.exec())
        return error(query.lastError().text() + u": " + query.lastQuery());
    return {};
}

Status ServerStore::initialize()
{
    for (const char* sql : kSchema) {
        if (Status s = exec(QString::fromLatin1(sql)); !s)
            return s;
    }
    if (epoch().isEmpty())
        return renewEpoch();
    return {};
}

bool ServerStore::isInitialized()
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    return query.exec(QStringLiteral("SELECT value FROM server_meta WHERE key = 'epoch'")) && query.next();
}

QString ServerStore::meta(const QString& key)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("SELECT value FROM server_meta WHERE key = ?"));
    query.addBindValue(key);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return {};
}

Status ServerStore::setMeta(const QString& key, const QString& value)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral(
        "INSERT INTO server_meta(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(key);
    query.addBindValue(value);
    return run(query);
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
    return exec(m_postgres ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE"));
}

Status ServerStore::checkpoint()
{
    return m_postgres ? Status() : exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
}

Status ServerStore::commit()
{
    return exec(QStringLiteral("COMMIT"));
}

void ServerStore::rollback()
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.exec(QStringLiteral("ROLLBACK"));
}

Result<QByteArray> ServerStore::lockRow(const QString& table, const QString& uuid)
{
    if (m_postgres) {
        // A placeholder takes the key, so two pushers creating the same row wait for each
        // other instead of both inserting; FOR UPDATE then reads the latest committed state.
        QSqlQuery& placeholder = prepared(QStringLiteral(
            "INSERT INTO server_rows(tbl, uuid, seq, data, live) VALUES(?, ?, 0, '', 0) ON CONFLICT DO NOTHING"));
        placeholder.bindValue(0, table);
        placeholder.bindValue(1, uuid);
        if (Status s = run(placeholder); !s)
            return s.error();
    }
    QSqlQuery& query = prepared(m_postgres
                                    ? QStringLiteral("SELECT data FROM server_rows WHERE tbl = ? AND uuid = ? FOR UPDATE")
                                    : QStringLiteral("SELECT data FROM server_rows WHERE tbl = ? AND uuid = ?"));
    query.bindValue(0, table);
    query.bindValue(1, uuid);
    if (Status s = run(query); !s)
        return s.error();
    QByteArray data = query.next() ? query.value(0).toString().toUtf8() : QByteArray();
    query.finish();
    return data;
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
    QSqlQuery& query = prepared(
        // json_each first (CROSS JOIN keeps that order): a lookup per uuid, not a scan.
        QStringLiteral("SELECT r.uuid, r.data FROM json_each(?) j CROSS JOIN server_rows r"
                       " WHERE r.tbl = ? AND r.uuid = j.value"));
    query.bindValue(0, QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(uuids)).toJson(QJsonDocument::Compact)));
    query.bindValue(1, table);
    if (Status s = run(query); !s)
        return s.error();
    rows.reserve(uuids.size());
    while (query.next()) {
        QByteArray data = query.value(1).toString().toUtf8();
        if (!data.isEmpty())
            rows.insert(query.value(0).toString(), std::move(data));
    }
    query.finish();
    return rows;
}

Status ServerStore::dropPlaceholder(const QString& table, const QString& uuid)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("DELETE FROM server_rows WHERE tbl = ? AND uuid = ? AND data = ''"));
    query.addBindValue(table);
    query.addBindValue(uuid);
    return run(query);
}

Status ServerStore::writeRow(const StoredRow& row)
{
    QSqlQuery& query = prepared(QStringLiteral(
        "INSERT INTO server_rows(tbl, uuid, seq, data, person, list, assignee, live) VALUES(?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT(tbl, uuid) DO UPDATE SET seq = excluded.seq, data = excluded.data, person = excluded.person,"
        " list = excluded.list, assignee = excluded.assignee, live = excluded.live"));
    query.bindValue(0, row.table);
    query.bindValue(1, row.uuid);
    query.bindValue(2, row.seq);
    query.bindValue(3, QString::fromUtf8(row.data));
    query.bindValue(4, optional(row.person));
    query.bindValue(5, optional(row.list));
    query.bindValue(6, optional(row.assignee));
    query.bindValue(7, row.live ? 1 : 0);
    return run(query);
}

Status ServerStore::updateRow(const StoredRow& row)
{
    QSqlQuery& query = prepared(QStringLiteral("UPDATE server_rows SET seq = ?, data = ?, live = ? WHERE tbl = ? AND uuid = ?"));
    query.bindValue(0, row.seq);
    query.bindValue(1, QString::fromUtf8(row.data));
    query.bindValue(2, row.live ? 1 : 0);
    query.bindValue(3, row.table);
    query.bindValue(4, row.uuid);
    return run(query);
}

Result<qint64> ServerStore::allocateSequence(int count)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("UPDATE server_counter SET seq = seq + ? WHERE id = 1 RETURNING seq"));
    query.addBindValue(count);
    if (Status s = run(query); !s)
        return s.error();
    if (!query.next())
        return error(QStringLiteral("no counter row"));
    return query.value(0).toLongLong() - count + 1;
}

Result<qint64> ServerStore::acknowledged(qint64 site)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("SELECT counter FROM server_acks WHERE site = ?"));
    query.addBindValue(site);
    if (Status s = run(query); !s)
        return s.error();
    return query.next() ? query.value(0).toLongLong() : 0;
}

Status ServerStore::setAcknowledged(qint64 site, qint64 counter)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("INSERT INTO server_acks(site, counter) VALUES(?, ?)"
                                 " ON CONFLICT(site) DO UPDATE SET counter = excluded.counter"));
    query.addBindValue(site);
    query.addBindValue(counter);
    return run(query);
}

Status ServerStore::setSiteUser(qint64 site, const QString& user)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("INSERT INTO server_sites(site, user_name) VALUES(?, ?)"
                                 " ON CONFLICT(site) DO UPDATE SET user_name = excluded.user_name"));
    query.addBindValue(site);
    query.addBindValue(user);
    return run(query);
}

Result<QHash<qint64, QString>> ServerStore::siteUsers()
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.exec(QStringLiteral("SELECT site, user_name FROM server_sites")))
        return error(query.lastError().text());
    QHash<qint64, QString> users;
    while (query.next())
        users.insert(query.value(0).toLongLong(), query.value(1).toString());
    return users;
}

StoredRow ServerStore::readRow(const QSqlQuery& query) const
{
    StoredRow row;
    row.table = query.value(0).toString();
    row.uuid = query.value(1).toString();
    row.seq = query.value(2).toLongLong();
    row.data = query.value(3).toString().toUtf8();
    row.person = query.value(4).toString();
    row.list = query.value(5).toString();
    row.assignee = query.value(6).toString();
    row.live = query.value(7).toInt() != 0;
    return row;
}

Result<std::vector<StoredRow>> ServerStore::rowsAfter(qint64 since, int limit, const QString& volunteer)
{
    if (sqlite3* handle = m_reader) {
        // The pull's hot read, straight from SQLite: Qt's driver converted every value twice
        // and took most of a first sync's server time.
        QByteArray sql = "SELECT tbl, uuid, seq, data, person, list, assignee, live FROM server_rows WHERE seq > ?";
        if (!volunteer.isEmpty())
            sql += kVolunteerScope;
        sql += " ORDER BY seq LIMIT ?";
        Statement st(handle, sql.constData());
        int index = 1;
        st.bind(index++, since);
        if (!volunteer.isEmpty()) {
            for (int i = 0; i < 3; ++i)
                st.bind(index++, volunteer);
        }
        st.bind(index, limit);
        std::vector<StoredRow> rows;
        rows.reserve(static_cast<size_t>(std::min(limit, 100000)));
        while (st.step()) {
            StoredRow& row = rows.emplace_back();
            row.table = st.text(0);
            row.uuid = st.text(1);
            row.seq = st.int64(2);
            row.data = st.blob(3);
            row.person = st.text(4);
            row.list = st.text(5);
            row.assignee = st.text(6);
            row.live = st.int64(7) != 0;
        }
        if (st.failed())
            return error(st.errorMessage());
        return rows;
    }
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.setForwardOnly(true);
    QString sql = QStringLiteral(
        "SELECT tbl, uuid, seq, data, person, list, assignee, live FROM server_rows WHERE seq > ?");
    if (!volunteer.isEmpty())
        sql += QLatin1StringView(kVolunteerScope);
    sql += QStringLiteral(" ORDER BY seq LIMIT ?");
    query.prepare(sql);
    query.addBindValue(since);
    if (!volunteer.isEmpty()) {
        query.addBindValue(volunteer);
        query.addBindValue(volunteer);
        query.addBindValue(volunteer);
    }
    query.addBindValue(limit);
    if (Status s = run(query); !s)
        return s.error();
    std::vector<StoredRow> rows;
    while (query.next())
        rows.push_back(readRow(query));
    return rows;
}

Result<QStringList> ServerStore::scopePeople(const QString& volunteer)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral(
        "SELECT DISTINCT m.person FROM server_rows m JOIN server_rows l ON l.tbl = 'lists' AND l.uuid = m.list"
        " WHERE m.tbl = 'list_members' AND m.live = 1 AND l.live = 1 AND l.assignee = ? AND m.person IS NOT NULL"
        " ORDER BY m.person"));
    query.addBindValue(volunteer);
    if (Status s = run(query); !s)
        return s.error();
    QStringList people;
    while (query.next())
        people << query.value(0).toString();
    return people;
}

Result<QStringList> ServerStore::scopeLists(const QString& volunteer)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral(
        "SELECT uuid FROM server_rows WHERE tbl = 'lists' AND live = 1 AND assignee = ? ORDER BY uuid"));
    query.addBindValue(volunteer);
    if (Status s = run(query); !s)
        return s.error();
    QStringList lists;
    while (query.next())
        lists << query.value(0).toString();
    return lists;
}

Result<std::vector<StoredRow>> ServerStore::rowsOfScope(const QStringList& people, const QStringList& lists)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    std::vector<StoredRow> rows;
    QSqlQuery byPerson(db);
    byPerson.prepare(QStringLiteral(
        "SELECT tbl, uuid, seq, data, person, list, assignee, live FROM server_rows WHERE person = ? AND data <> ''"));
    for (const QString& person : people) {
        byPerson.bindValue(0, person);
        if (Status s = run(byPerson); !s)
            return s.error();
        while (byPerson.next())
            rows.push_back(readRow(byPerson));
    }
    QSqlQuery byList(db);
    byList.prepare(QStringLiteral(
        "SELECT tbl, uuid, seq, data, person, list, assignee, live FROM server_rows"
        " WHERE ((tbl = 'lists' AND uuid = ?) OR (tbl = 'list_members' AND list = ?)) AND data <> ''"));
    for (const QString& list : lists) {
        byList.bindValue(0, list);
        byList.bindValue(1, list);
        if (Status s = run(byList); !s)
            return s.error();
        while (byList.next())
            rows.push_back(readRow(byList));
    }
    return rows;
}

Result<std::optional<StoredRow>> ServerStore::row(const QString& table, const QString& uuid)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral(
        "SELECT tbl, uuid, seq, data, person, list, assignee, live FROM server_rows WHERE tbl = ? AND uuid = ?"
        " AND data <> ''"));
    query.addBindValue(table);
    query.addBindValue(uuid);
    if (Status s = run(query); !s)
        return s.error();
    if (!query.next())
        return std::optional<StoredRow>();
    return std::optional<StoredRow>(readRow(query));
}

Result<qint64> ServerStore::rowCount()
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.exec(QStringLiteral("SELECT count(*) FROM server_rows WHERE data <> ''")) || !query.next())
        return error(query.lastError().text());
    return query.value(0).toLongLong();
}

Result<std::optional<ServerUser>> ServerStore::user(const QString& name)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral(
        "SELECT name, role, hash, disabled, failed, locked_until FROM server_users WHERE name = ?"));
    query.addBindValue(name);
    if (Status s = run(query); !s)
        return s.error();
    if (!query.next())
        return std::optional<ServerUser>();
    return std::optional<ServerUser>(ServerUser{query.value(0).toString(), query.value(1).toString(),
                                                query.value(2).toString().toLatin1(), query.value(3).toInt() != 0,
                                                query.value(4).toInt(), query.value(5).toLongLong()});
}

Result<QList<ServerUser>> ServerStore::users()
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.exec(QStringLiteral("SELECT name, role, disabled FROM server_users ORDER BY name")))
        return error(query.lastError().text());
    QList<ServerUser> all;
    while (query.next())
        all.append(ServerUser{query.value(0).toString(), query.value(1).toString(), {}, query.value(2).toInt() != 0});
    return all;
}

Status ServerStore::addUser(const QString& name, const QString& role, const QByteArray& hash, qint64 now)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("INSERT INTO server_users(name, role, hash, created_at) VALUES(?, ?, ?, ?)"));
    query.addBindValue(name);
    query.addBindValue(role);
    query.addBindValue(QString::fromLatin1(hash));
    query.addBindValue(now);
    return run(query);
}

Status ServerStore::setPassword(const QString& name, const QByteArray& hash)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("UPDATE server_users SET hash = ?, failed = 0, locked_until = 0 WHERE name = ?"));
    query.addBindValue(QString::fromLatin1(hash));
    query.addBindValue(name);
    return run(query);
}

Status ServerStore::setDisabled(const QString& name, bool disabled)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("UPDATE server_users SET disabled = ? WHERE name = ?"));
    query.addBindValue(disabled ? 1 : 0);
    query.addBindValue(name);
    return run(query);
}

Status ServerStore::setLoginFailures(const QString& name, int failed, qint64 lockedUntil)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("UPDATE server_users SET failed = ?, locked_until = ? WHERE name = ?"));
    query.addBindValue(failed);
    query.addBindValue(lockedUntil);
    query.addBindValue(name);
    return run(query);
}

Status ServerStore::addToken(const QByteArray& tokenHash, const QString& user, qint64 expires)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("INSERT INTO server_tokens(hash, user_name, expires) VALUES(?, ?, ?)"));
    query.addBindValue(QString::fromLatin1(tokenHash));
    query.addBindValue(user);
    query.addBindValue(expires);
    return run(query);
}

Result<QString> ServerStore::tokenUser(const QByteArray& tokenHash, qint64 now)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral(
        "SELECT user_name FROM server_tokens WHERE hash = ? AND revoked = 0 AND expires > ?"));
    query.addBindValue(QString::fromLatin1(tokenHash));
    query.addBindValue(now);
    if (Status s = run(query); !s)
        return s.error();
    return query.next() ? query.value(0).toString() : QString();
}

Status ServerStore::revokeToken(const QByteArray& tokenHash)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("UPDATE server_tokens SET revoked = 1 WHERE hash = ?"));
    query.addBindValue(QString::fromLatin1(tokenHash));
    return run(query);
}

Status ServerStore::revokeTokensOf(const QString& user)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("UPDATE server_tokens SET revoked = 1 WHERE user_name = ?"));
    query.addBindValue(user);
    return run(query);
}

Status ServerStore::backup(const QString& file)
{
    if (m_postgres)
        return makeError(QStringLiteral("server.backup"),
                         tr("With PostgreSQL, back up with pg_dump; after a restore run terrain-server new-epoch."));
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(file);
    return run(query);
}

} // namespace terrain
