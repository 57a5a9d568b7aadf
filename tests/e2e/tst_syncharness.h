#pragma once

// Shared by the end-to-end sync tests: terrain-server as a real process (started, killed,
// restarted), terrain-cli sync runs, and what a campaign file or the server holds.

#include "clirunner.h"
#include "testsupport.h"

#include "storage/database.h"
#include "storage/tables.h"
#include "sync/synclocalstore.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>

#include <csignal>
#include <map>

namespace terrain::test {

inline CliResult runServer(const QStringList& arguments, const QByteArray& input = {})
{
    QProcess process;
    process.start(QStringLiteral(TERRAIN_SERVER), arguments);
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(120000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

// `terrain-server serve` on a free loopback port; killed (SIGKILL) with the object.
class ServerProcess
{
public:
    explicit ServerProcess(QStringList storage) : m_storage(std::move(storage)) {}
    ~ServerProcess() { kill(); }

    // Starts it and reads the port it prints; false (with the output in error()) when it does not start.
    bool start()
    {
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start(QStringLiteral(TERRAIN_SERVER), QStringList{QStringLiteral("serve"), QStringLiteral("--port"),
                                                                    QStringLiteral("0")} + m_storage);
        if (!m_process.waitForStarted())
            return false;
        QElapsedTimer timer;
        timer.start();
        QByteArray out;
        while (!out.contains('\n') && timer.elapsed() < 30000 && m_process.state() == QProcess::Running) {
            m_process.waitForReadyRead(200);
            out += m_process.readAllStandardOutput();
        }
        const QRegularExpressionMatch match =
            QRegularExpression(QStringLiteral("127\\.0\\.0\\.1:(\\d+)")).match(QString::fromUtf8(out));
        if (!match.hasMatch()) {
            m_error = QString::fromUtf8(out + m_process.readAllStandardError());
            return false;
        }
        m_url = QStringLiteral("http://127.0.0.1:") + match.captured(1);
        return true;
    }

    void kill()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        ::kill(static_cast<pid_t>(m_process.processId()), SIGKILL);
        m_process.waitForFinished();
    }

    // How many requests to this path the server has answered (its JSON log lines on stderr).
    int answered(const char* path)
    {
        m_log += m_process.readAllStandardError();
        const QByteArray needle = QByteArray("\"path\":\"") + QByteArray(path) + QByteArray("\"");
        return static_cast<int>(m_log.count(needle));
    }

    bool isRunning() const { return m_process.state() == QProcess::Running; }
    QString url() const { return m_url; }
    QString error() const { return m_error; }

private:
    QStringList m_storage;
    QProcess m_process;
    QString m_url;
    QString m_error;
    QByteArray m_log;
};

inline QStringList syncArguments(const QString& url, const QString& user, const QString& campaign)
{
    return {QStringLiteral("sync"), QStringLiteral("--server"), url, QStringLiteral("--user"), user,
            QStringLiteral("--db"), campaign};
}

// Every syncable row of a campaign file, references as UUIDs, with its clocks.
inline std::map<QString, RowState> campaignRows(const QString& path)
{
    std::map<QString, RowState> rows;
    auto db = Database::open(path, Database::OpenMode::OpenExisting);
    if (!db)
        qFatal("cannot open %s", qPrintable(path));
    SyncLocalStore store(**db);
    for (const TableInfo& table : syncTables()) {
        auto all = store.readWhere(table, QStringLiteral("1 = 1"));
        if (!all)
            qFatal("cannot read %s", table.name);
        for (RowState& row : *all)
            rows.emplace(QLatin1StringView(table.name) + u'/' + row.uuid, std::move(row));
    }
    return rows;
}

// What differs between two campaigns' rows (empty when they hold the same data), briefly.
inline QString rowDifferences(const std::map<QString, RowState>& a, const std::map<QString, RowState>& b)
{
    QStringList differences;
    for (const auto& [key, row] : a) {
        const auto it = b.find(key);
        if (it == b.end())
            differences << QStringLiteral("only in the first: ") + key;
        else if (!(it->second == row))
            differences << QStringLiteral("differs: ") + key;
    }
    for (const auto& [key, row] : b) {
        if (a.find(key) == a.end())
            differences << QStringLiteral("only in the second: ") + key;
    }
    const qsizetype total = differences.size();
    if (total > 5)
        differences = differences.mid(0, 5) << QStringLiteral("... %1 in all").arg(total);
    return differences.join(u'\n');
}

// integrity_check of a campaign file, its outbox size and people count (-1 when it does not open).
struct CampaignHealth
{
    QString integrity;
    qint64 outbox = -1;
    qint64 people = -1;
    qint64 duplicateUuids = -1;
};

inline CampaignHealth campaignHealth(const QString& path)
{
    CampaignHealth health;
    auto db = Database::open(path, Database::OpenMode::OpenExisting);
    if (!db) {
        health.integrity = db.error().toString();
        return health;
    }
    health.integrity = (*db)->scalar("PRAGMA integrity_check").toString();
    // The sync applies rows with SQLite's reference checks off: every reference must hold all the same.
    if (const qint64 broken = count(**db, "SELECT count(*) FROM pragma_foreign_key_check"); broken != 0)
        health.integrity = QStringLiteral("%1 broken references").arg(broken);
    health.outbox = count(**db, "SELECT count(*) FROM outbox");
    health.people = count(**db, "SELECT count(*) FROM people WHERE deleted = 0");
    health.duplicateUuids = count(**db, "SELECT count(*) - count(DISTINCT uuid) FROM people");
    return health;
}

// Runs use(db, postgres) on a connection of its own to the server's database, named by the
// storage arguments the server takes (--db FILE or --postgres URL); false when it does not open.
template<typename Use>
bool withServerDatabase(const QStringList& storage, Use use)
{
    const QString name = QStringLiteral("terrain-server-rows");
    const bool postgres = storage.value(0) == QLatin1StringView("--postgres");
    bool opened = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(postgres ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), name);
        if (postgres) {
            const QUrl url(storage.value(1));
            db.setHostName(url.host());
            db.setPort(url.port(5432));
            db.setUserName(url.userName());
            db.setPassword(url.password());
            db.setDatabaseName(url.path().mid(1));
        } else {
            db.setDatabaseName(storage.value(1));
        }
        opened = db.open();
        if (opened) {
            use(db, postgres);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return opened;
}

// The server's stored rows: how many, and how many (table, uuid) pairs appear more than once.
struct ServerRows
{
    qint64 rows = -1;
    qint64 duplicates = -1;
    QString integrity;
};

// `storage`: what the server was started with (--db FILE or --postgres URL).
inline ServerRows serverRows(const QStringList& storage)
{
    ServerRows result;
    const bool opened = withServerDatabase(storage, [&result](QSqlDatabase& db, bool postgres) {
        QSqlQuery query(db);
        const bool counted =
            query.exec(QStringLiteral("SELECT count(*), count(*) - count(DISTINCT tbl || '/' || uuid) FROM server_rows"))
            && query.next();
        if (counted) {
            result.rows = query.value(0).toLongLong();
            result.duplicates = query.value(1).toLongLong();
        }
        if (postgres) {
            // PostgreSQL's files do not depend on the server process living: what a kill could
            // break there is what was committed, which the counts above tell.
            result.integrity = counted ? QStringLiteral("ok") : query.lastError().text();
        } else if (query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next()) {
            result.integrity = query.value(0).toString();
        }
    });
    if (!opened)
        result.integrity = QStringLiteral("the server database does not open");
    return result;
}

} // namespace terrain::test
