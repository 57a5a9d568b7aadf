#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace terrain {

// One prepared statement of a server connection, kept by the connection and used again.
// Placeholders are numbered from 0, as in QSqlQuery; a null string or array binds NULL.
class ServerStatement
{
public:
    virtual ~ServerStatement() = default;

    virtual void bindInt(int index, qint64 value) = 0;
    virtual void bindText(int index, const QString& text) = 0;
    // Text given as UTF-8 (SQLite stores it as it is).
    virtual void bindUtf8(int index, const QByteArray& utf8) = 0;
    // Runs the statement with the values bound; its rows are then read with next().
    virtual Status exec() = 0;
    virtual bool next() = 0;
    // After the rows: whether reading them met an error (SQLite reads as it steps).
    virtual Status finished() = 0;
    // Ends the use: SQLite releases the statement's read of the file.
    virtual void reset() = 0;
    // Rows the last exec() inserted, updated or deleted.
    virtual int rowsChanged() const = 0;

    virtual qint64 int64(int column) const = 0;
    virtual QString text(int column) const = 0;
    virtual QByteArray utf8(int column) const = 0;
};

// terrain-server's link to its database: SQLite through its C API, or PostgreSQL through
// Qt's QPSQL driver. Statements are prepared once per SQL text. Not shared between threads.
class ServerConnection
{
public:
    static Result<std::unique_ptr<ServerConnection>> openSqlite(const QString& path, bool readOnly);
    static Result<std::unique_ptr<ServerConnection>> openPostgres(const QString& url);
    virtual ~ServerConnection() = default;
    ServerConnection(const ServerConnection&) = delete;
    ServerConnection& operator=(const ServerConnection&) = delete;

    // Runs SQL without values (no rows read).
    virtual Status exec(const char* sql) = 0;
    // The statement for this SQL, prepared on first use and reset; null with `error` set
    // when it cannot be (tried again next time: the table may not be there yet). A
    // `streamed` statement reads its rows as they come (PostgreSQL's single-row mode).
    virtual ServerStatement* prepared(const char* sql, Error* error, bool streamed) = 0;

    // What a failed statement reports: code server.sql, the database's message and the SQL.
    static Error sqlError(const QString& message, const char* sql);

protected:
    ServerConnection() = default;
};

} // namespace terrain
