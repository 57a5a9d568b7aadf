#include "serverconnection.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <atomic>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <utility>

namespace terrain {

namespace {

class PostgresStatement final : public ServerStatement
{
public:
    PostgresStatement(const QSqlDatabase& db, const char* sql) : m_query(db), m_sql(sql) { }

    bool prepare(bool streamed, Error* error)
    {
        m_query.setForwardOnly(streamed);
        if (m_query.prepare(QString::fromUtf8(m_sql)))
            return true;
        *error = ServerConnection::sqlError(m_query.lastError().text(), m_sql.c_str());
        return false;
    }

    void bindInt(int index, qint64 value) override { m_query.bindValue(index, value); }
    void bindText(int index, const QString& text) override { m_query.bindValue(index, text); }
    void bindUtf8(int index, const QByteArray& utf8) override { m_query.bindValue(index, QString::fromUtf8(utf8)); }

    Status exec() override
    {
        if (!m_query.exec())
            return ServerConnection::sqlError(m_query.lastError().text(), m_sql.c_str());
        return {};
    }

    bool next() override { return m_query.next(); }
    Status finished() override { return {}; }
    void reset() override { m_query.finish(); }

    int rowsChanged() const override { return m_query.numRowsAffected(); }
    qint64 int64(int column) const override { return m_query.value(column).toLongLong(); }
    QString text(int column) const override { return m_query.value(column).toString(); }
    QByteArray utf8(int column) const override { return m_query.value(column).toString().toUtf8(); }

private:
    QSqlQuery m_query;
    std::string m_sql;
};

// Through Qt's QPSQL driver; several server processes may share the database, so row locks
// are PostgreSQL's own (see ServerStore::lockRow).
class PostgresConnection final : public ServerConnection
{
public:
    explicit PostgresConnection(QString name) : m_name(std::move(name)) { }

    ~PostgresConnection() override
    {
        m_statements.clear();
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }

    Status exec(const char* sql) override
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        if (!query.exec(QString::fromUtf8(sql)))
            return sqlError(query.lastError().text(), sql);
        return {};
    }

    ServerStatement* prepared(const char* sql, Error* error, bool streamed) override
    {
        const std::string_view key(sql);
        auto found = m_statements.find(key);
        if (found == m_statements.end()) {
            auto statement = std::make_unique<PostgresStatement>(QSqlDatabase::database(m_name, false), sql);
            if (!statement->prepare(streamed, error))
                return nullptr;
            found = m_statements.emplace(std::string(key), std::move(statement)).first;
        }
        found->second->reset();
        return found->second.get();
    }

private:
    QString m_name;
    std::map<std::string, std::unique_ptr<PostgresStatement>, std::less<>> m_statements;
};

} // namespace

Result<std::unique_ptr<ServerConnection>> ServerConnection::openPostgres(const QString& address)
{
    static std::atomic<int> counter { 0 };
    const QString name = QStringLiteral("terrain-server-%1").arg(counter++);
    // Owns the Qt connection from here, so that every return below removes it.
    auto connection = std::make_unique<PostgresConnection>(name);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    if (!db.isValid())
        return makeError(QStringLiteral("server.driver"),
            QCoreApplication::translate("terrain::ServerStore", "The database driver is missing."),
            QStringLiteral("QPSQL (install libqt6sql6-psql)"));
    const QUrl url(address);
    if (!url.isValid() || (url.scheme() != u"postgresql" && url.scheme() != u"postgres"))
        return makeError(QStringLiteral("server.url"),
            QCoreApplication::translate("terrain::ServerStore", "The PostgreSQL address is not valid."),
            QStringLiteral("expected postgresql://user:password@host:port/database"));
    db.setHostName(url.host().isEmpty() ? QStringLiteral("127.0.0.1") : url.host());
    db.setPort(url.port(5432));
    db.setUserName(url.userName());
    db.setPassword(url.password());
    db.setDatabaseName(url.path().mid(1));
    db.setConnectOptions(QStringLiteral("connect_timeout=10"));
    if (!db.open())
        return makeError(QStringLiteral("server.open"),
            QCoreApplication::translate("terrain::ServerStore", "Cannot open the server's database."),
            db.lastError().text());
    return std::unique_ptr<ServerConnection>(std::move(connection));
}

} // namespace terrain
