#include "serverconnection.h"

#include "storage/database.h"
#include "storage/statement.h"

#include <QCoreApplication>

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include <sqlite3.h>

namespace terrain {

namespace {

// Through terrain's Statement rather than Qt's driver, which converted every value twice
// (QVariant, then UTF-16).
class SqliteStatement final : public ServerStatement
{
public:
    SqliteStatement(sqlite3* db, Statement statement, const char* sql)
        : m_db(db), m_statement(std::move(statement)), m_sql(sql)
    {
    }

    void bindInt(int index, qint64 value) override { m_statement.bind(index + 1, value); }
    void bindText(int index, const QString& text) override { m_statement.bind(index + 1, text); }
    void bindUtf8(int index, const QByteArray& utf8) override { m_statement.bind(index + 1, utf8); }

    Status exec() override
    {
        // The first step runs it (a write is done then); its row, if any, waits for next().
        m_pending = step();
        return m_error ? Status(*m_error) : Status();
    }

    bool next() override
    {
        if (m_pending) {
            m_pending = false;
            return true;
        }
        return !m_done && step();
    }

    Status finished() override { return m_error ? Status(*m_error) : Status(); }

    void reset() override
    {
        m_statement.reset();
        m_pending = false;
        m_done = false;
        m_error.reset();
    }

    int rowsChanged() const override { return sqlite3_changes(m_db); }
    qint64 int64(int column) const override { return m_statement.int64(column); }
    QString text(int column) const override { return m_statement.text(column); }
    QByteArray utf8(int column) const override { return m_statement.blob(column); }

private:
    bool step()
    {
        const int rc = sqlite3_step(m_statement.handle());
        if (rc == SQLITE_ROW)
            return true;
        // Not stepped again: after SQLITE_DONE SQLite would run the statement anew.
        m_done = true;
        if (rc != SQLITE_DONE)
            m_error = ServerConnection::sqlError(QString::fromUtf8(sqlite3_errmsg(m_db)), m_sql.c_str());
        return false;
    }

    sqlite3* m_db;
    Statement m_statement;
    std::string m_sql;
    bool m_pending = false;
    bool m_done = false;
    std::optional<Error> m_error;
};

class SqliteConnection final : public ServerConnection
{
public:
    explicit SqliteConnection(sqlite3* db) : m_db(db) { }

    ~SqliteConnection() override
    {
        m_statements.clear(); // finalised before the connection closes
        sqlite3_close_v2(m_db);
    }

    Status exec(const char* sql) override
    {
        char* message = nullptr;
        if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) == SQLITE_OK)
            return {};
        const QString text = QString::fromUtf8(message ? message : sqlite3_errmsg(m_db));
        sqlite3_free(message);
        return sqlError(text, sql);
    }

    ServerStatement* prepared(const char* sql, Error* error, bool /*streamed: SQLite always steps*/) override
    {
        const std::string_view key(sql);
        auto found = m_statements.find(key);
        if (found == m_statements.end()) {
            Statement statement(m_db, sql);
            if (!statement.isValid()) {
                *error = sqlError(statement.errorMessage(), sql);
                return nullptr;
            }
            found = m_statements
                        .emplace(std::string(key), std::make_unique<SqliteStatement>(m_db, std::move(statement), sql))
                        .first;
        }
        found->second->reset();
        return found->second.get();
    }

private:
    sqlite3* m_db;
    std::map<std::string, std::unique_ptr<SqliteStatement>, std::less<>> m_statements;
};

} // namespace

Result<std::unique_ptr<ServerConnection>> ServerConnection::openSqlite(const QString& path, bool readOnly)
{
    configureSqlite();
    sqlite3* db = nullptr;
    const int flags
        = (readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) | SQLITE_OPEN_NOMUTEX;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, flags, nullptr) != SQLITE_OK) {
        const QString message = QString::fromUtf8(db ? sqlite3_errmsg(db) : "out of memory");
        sqlite3_close_v2(db);
        return makeError(QStringLiteral("server.open"),
            QCoreApplication::translate("terrain::ServerStore", "Cannot open the server's database."), message);
    }
    auto connection = std::make_unique<SqliteConnection>(db);
    sqlite3_busy_timeout(db, 10000);
    if (!readOnly) {
        const char* const pragmas[] = {
            "PRAGMA journal_mode=WAL",
            "PRAGMA synchronous=NORMAL",
            // A push touches rows all over the campaign: with SQLite's default 2 MB, a batch of a
            // thousand edits spills and reads its pages again.
            "PRAGMA cache_size=-65536",
            // The log is folded back when the server is idle (ServerStore::checkpoint()), not in a
            // push's commit; 16,384 pages is a backstop.
            "PRAGMA wal_autocheckpoint=16384",
        };
        for (const char* pragma : pragmas) {
            if (Status s = connection->exec(pragma); !s)
                return s.error();
        }
    }
    return std::unique_ptr<ServerConnection>(std::move(connection));
}

} // namespace terrain
