#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace terrain {

class ServerConnection;

// One row as the server keeps it: the merged state (RowCodec::encodeRow, JSON text), the
// server sequence of its last effective change, and the columns scope is computed from.
struct StoredRow
{
    QString table;
    QString uuid;
    qint64 seq = 0;
    QByteArray data;
    QString person;   // the person the row belongs to (people, phones, tags, contacts, members)
    QString list;     // list_members: the list
    QString assignee; // lists: the user the list is assigned to
    bool live = true; // not deleted, and present for memberships

    bool sameScope(const StoredRow& other) const
    {
        return person == other.person && list == other.list && assignee == other.assignee;
    }
};

struct ServerUser
{
    QString name;
    QString role; // admin, coordinator, volunteer
    QByteArray hash;
    bool disabled = false;
    int failed = 0;
    qint64 lockedUntil = 0;
};

// terrain-server's storage: SQLite (one file, the default; through its C API) or PostgreSQL
// (Qt's QPSQL), the same SQL for both but for row locks. Not shared between threads: each
// thread opens its own.
class ServerStore final
{
public:
    struct Options
    {
        QString sqlitePath;
        QString postgresUrl; // postgresql://user:password@host:port/database
    };

    static Result<std::unique_ptr<ServerStore>> open(const Options& options);
    ~ServerStore();
    ServerStore(const ServerStore&) = delete;
    ServerStore& operator=(const ServerStore&) = delete;

    bool isPostgres() const { return m_postgres; }
    // Creates the tables if missing and an epoch if none; safe to run again.
    Status initialize();
    bool isInitialized();
    QString epoch();
    // A new epoch id: laptops re-push and re-pull (after a restore).
    Status renewEpoch();
    QString meta(const QString& key);
    Status setMeta(const QString& key, const QString& value);

    Status begin();
    Status commit();
    void rollback();
    // SQLite: folds the write-ahead log back into the file (the server calls it when idle).
    Status checkpoint();

    // Inside a transaction: the row's current data (empty for a new row), locked until commit.
    Result<QByteArray> lockRow(const QString& table, const QString& uuid);
    // The same for many rows of one table, locked in the given order; on SQLite (where the
    // transaction is the lock) one statement for all. Rows not there are left out.
    Result<QHash<QString, QByteArray>> lockRows(const QString& table, const QStringList& uuids);
    // Drops the placeholder lockRow made for a new row that is not written after all.
    Status dropPlaceholder(const QString& table, const QString& uuid);
    Status writeRow(const StoredRow& row);
    // Same for a row that is there with the same person, list and assignee: only its seq,
    // data and live flag change, so the scope indexes are left alone.
    Status updateRow(const StoredRow& row);
    // Takes `count` sequence numbers from the counter row, locked until commit (so that
    // sequence order is commit order). Returns the first.
    Result<qint64> allocateSequence(int count);
    // The last sequence number taken by a committed push (a pull's reads see no other).
    Result<qint64> sequence();
    Result<qint64> acknowledged(qint64 site);
    // Who pushes with a site (the user of the token), for the pages' site names.
    Status setSiteUser(qint64 site, const QString& user);
    Result<QHash<qint64, QString>> siteUsers();
    Status setAcknowledged(qint64 site, qint64 counter);

    // Rows with seq > since, in seq order, at most `limit`; a volunteer's only in scope.
    Result<std::vector<StoredRow>> rowsAfter(qint64 since, int limit, const QString& volunteer = {});
    Result<QStringList> scopePeople(const QString& volunteer);
    Result<QStringList> scopeLists(const QString& volunteer);
    // Every row of these people, and these lists with their members.
    Result<std::vector<StoredRow>> rowsOfScope(const QStringList& people, const QStringList& lists);
    Result<std::optional<StoredRow>> row(const QString& table, const QString& uuid);
    Result<qint64> rowCount();

    Result<std::optional<ServerUser>> user(const QString& name);
    Result<QList<ServerUser>> users();
    Status addUser(const QString& name, const QString& role, const QByteArray& hash, qint64 now);
    Status setPassword(const QString& name, const QByteArray& hash);
    Status setDisabled(const QString& name, bool disabled);
    Status setLoginFailures(const QString& name, int failed, qint64 lockedUntil);
    Status addToken(const QByteArray& tokenHash, const QString& user, qint64 expires);
    // The user of a live token (not revoked, not expired at `now`).
    Result<QString> tokenUser(const QByteArray& tokenHash, qint64 now);
    Status revokeToken(const QByteArray& tokenHash);
    Status revokeTokensOf(const QString& user);

    // A consistent copy of the whole store in a new SQLite file (SQLite only).
    Status backup(const QString& file);

private:
    ServerStore();
    Status exec(const char* sql);

    std::unique_ptr<ServerConnection> m_db;
    // SQLite: a read-only connection of its own for the pull's reads (WAL: it sees what m_db
    // has committed, and reads while a push writes).
    std::unique_ptr<ServerConnection> m_reader;
    bool m_postgres = false;
    // SQLite, inside a transaction: the rowids of the rows lockRows found, by uuid.
    QHash<QString, qint64> m_rowids;
};

} // namespace terrain
