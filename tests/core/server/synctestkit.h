#pragma once

// Shared by the sync tests: a real server (store + service + HTTP on a loopback port, in
// this process) on SQLite or on a PostgreSQL cluster the tests start themselves, and
// laptops (campaign files with a sync client and their own wall clock).

#include "server/httpserver.h"
#include "server/serveraccounts.h"
#include "server/serverstore.h"
#include "server/syncservice.h"
#include "storage/database.h"
#include "storage/tables.h"
#include "sync/httpsynctransport.h"
#include "sync/repository.h"
#include "sync/syncclient.h"
#include "sync/synclocalstore.h"

#include "testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLoggingCategory>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

#include <map>
#include <memory>

namespace terrain::test {

// A throw-away PostgreSQL 15 cluster on loopback, started once per test program.
class PgCluster
{
public:
    static PgCluster& instance()
    {
        static PgCluster cluster;
        return cluster;
    }
    bool isRunning() const { return m_running; }
    QString reason() const { return m_reason; }
    QString url() const { return QStringLiteral("postgresql://terrain@127.0.0.1:%1/postgres").arg(m_port); }

    ~PgCluster()
    {
        if (m_running)
            run({QStringLiteral("pg_ctl"), QStringLiteral("-D"), m_data, QStringLiteral("-m"), QStringLiteral("immediate"),
                 QStringLiteral("stop")});
        QDir(m_root).removeRecursively();
    }

private:
    PgCluster()
    {
        const QString bin = QStringLiteral("/usr/lib/postgresql/15/bin");
        if (!QFile::exists(bin + u"/initdb")) {
            m_reason = QStringLiteral("PostgreSQL 15 is not installed (/usr/lib/postgresql/15/bin)");
            return;
        }
        m_bin = bin;
        m_root = QDir::tempPath() + QStringLiteral("/terrain-pg-%1").arg(QCoreApplication::applicationPid());
        QDir().mkpath(m_root);
        m_data = m_root + u"/data";
        if (::geteuid() == 0) {
            // initdb refuses root: the cluster belongs to the postgres user.
            if (QProcess::execute(QStringLiteral("chown"), {QStringLiteral("postgres"), m_root}) != 0) {
                m_reason = QStringLiteral("running as root and cannot hand the cluster to the postgres user");
                return;
            }
            m_asPostgres = true;
        }
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        m_port = probe.serverPort();
        probe.close();
        if (run({QStringLiteral("initdb"), QStringLiteral("-D"), m_data, QStringLiteral("-A"), QStringLiteral("trust"),
                 QStringLiteral("-U"), QStringLiteral("terrain"), QStringLiteral("--no-sync")})
            != 0) {
            m_reason = QStringLiteral("initdb failed");
            return;
        }
        const QString options = QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off"
                                               " -c synchronous_commit=off -c full_page_writes=off -c max_connections=50")
                                    .arg(m_port)
                                    .arg(m_root);
        if (run({QStringLiteral("pg_ctl"), QStringLiteral("-D"), m_data, QStringLiteral("-o"), options,
                 QStringLiteral("-l"), m_root + u"/log", QStringLiteral("-w"), QStringLiteral("start")})
            != 0) {
            m_reason = QStringLiteral("pg_ctl start failed");
            return;
        }
        m_running = true;
    }

    int run(QStringList arguments)
    {
        QString program = m_bin + u'/' + arguments.takeFirst();
        if (m_asPostgres) {
            arguments.prepend(program);
            arguments = QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--")} + arguments;
            program = QStringLiteral("runuser");
        }
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(program, arguments);
        process.waitForFinished(120000);
        if (process.exitCode() != 0)
            qWarning("%s", process.readAll().constData());
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }

    QString m_bin;
    QString m_root;
    QString m_data;
    int m_port = 0;
    bool m_asPostgres = false;
    bool m_running = false;
    QString m_reason;
};

enum class Backend { Sqlite, Postgres };

// QSKIPs the PostgreSQL rows when no cluster can be started here.
#define TERRAIN_REQUIRE_BACKEND(backend)                                                                               \
    do {                                                                                                               \
        if ((backend) == ::terrain::test::Backend::Postgres && !::terrain::test::PgCluster::instance().isRunning())    \
            QSKIP(qPrintable(QStringLiteral("no PostgreSQL cluster: ")                                                \
                             + ::terrain::test::PgCluster::instance().reason()));                                     \
    } while (false)

inline void addBackendRows()
{
    QTest::addColumn<Backend>("backend");
    QTest::newRow("sqlite") << Backend::Sqlite;
    QTest::newRow("postgres") << Backend::Postgres;
}

// The server: a fresh, empty database each time.
class TestServer
{
public:
    explicit TestServer(Backend backend = Backend::Sqlite)
    {
        ServerStore::Options options;
        if (backend == Backend::Postgres) {
            options.postgresUrl = PgCluster::instance().url();
            wipePostgres(options.postgresUrl);
        } else {
            options.sqlitePath = m_dir.filePath(QStringLiteral("server.db"));
        }
        m_options = options;
        auto store = ServerStore::open(options);
        if (!store)
            qFatal("cannot open the test server: %s", qPrintable(store.error().toString()));
        m_store = std::move(*store);
        if (!m_store->initialize())
            qFatal("cannot initialise the test server");
        SyncService::Settings settings;
        settings.accounts.maxFailures = 3;
        m_service = std::make_unique<SyncService>(*m_store, settings);
        m_service->setClock([this] { return clock.now; });
        m_http = std::make_unique<HttpServer>(*m_service, HttpServer::Limits());
        if (!m_http->listen(QHostAddress::LocalHost, 0))
            qFatal("cannot listen");
    }

    ServerStore& store() { return *m_store; }
    SyncService& service() { return *m_service; }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_http->port())); }
    ServerStore::Options options() const { return m_options; }
    QString dir() const { return m_dir.path(); }

    // A user and a live token, without the cost of Argon2id per test (login has its own tests).
    QString addUser(const QString& name, const QString& role)
    {
        static const QByteArray hash = ServerAccounts::hashPassword(QStringLiteral("correct horse")).value();
        if (!m_store->addUser(name, role, hash, clock.now))
            qFatal("cannot add a user");
        const QString token = QStringLiteral("token-%1-%2").arg(name).arg(++m_tokens);
        const QByteArray tokenHash = QCryptographicHash::hash(token.toLatin1(), QCryptographicHash::Sha256).toHex();
        if (!m_store->addToken(tokenHash, name, clock.now + 24LL * 3600 * 1000 * 365))
            qFatal("cannot add a token");
        return token;
    }

    static void wipePostgres(const QString& url)
    {
        auto store = ServerStore::open({{}, url});
        if (!store)
            qFatal("cannot reach PostgreSQL: %s", qPrintable(store.error().toString()));
        store.value().reset();
        const QString name = QStringLiteral("terrain-wipe");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            const QUrl u(url);
            db.setHostName(u.host());
            db.setPort(u.port());
            db.setUserName(u.userName());
            db.setDatabaseName(u.path().mid(1));
            if (!db.open())
                qFatal("cannot open PostgreSQL");
            QSqlQuery(db).exec(QStringLiteral("DROP TABLE IF EXISTS server_meta, server_counter, server_rows, server_acks,"
                                              " server_sites, server_users, server_tokens"));
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

    FixedClock clock;

private:
    QTemporaryDir m_dir;
    ServerStore::Options m_options;
    std::unique_ptr<ServerStore> m_store;
    std::unique_ptr<SyncService> m_service;
    std::unique_ptr<HttpServer> m_http;
    int m_tokens = 0;
};

// A transport that can lose the answer of the next request after the server handled it.
class FlakyTransport final : public SyncTransport
{
public:
    explicit FlakyTransport(SyncTransport& inner) : m_inner(inner) {}
    Result<Reply> sendJson(const QByteArray& method, const QString& target, const QByteArray& json) override
    {
        auto reply = m_inner.sendJson(method, target, json);
        ++requests;
        if (loseNext > 0 && (loseOnly.isEmpty() || target.startsWith(loseOnly)) && passBeforeLosing-- <= 0) {
            --loseNext;
            return makeError(QStringLiteral("sync.network"), QStringLiteral("answer lost"));
        }
        return reply;
    }
    void prefetch(const QString& target, Prepare prepare) override { m_inner.prefetch(target, std::move(prepare)); }
    int loseNext = 0;
    QString loseOnly;
    int passBeforeLosing = 0; // matching requests answered before the losing starts
    int requests = 0;

private:
    SyncTransport& m_inner;
};

// A laptop: a campaign file, its wall clock, and its sync client.
class Laptop
{
public:
    Laptop(TestServer& server, const QString& token, qint64 clockOffset = 0)
        : transport(server.url()),
          flaky(transport)
    {
        clock.now += clockOffset;
        transport.setToken(token);
        campaign.db().clock().setWallClock(clock.function());
        client = std::make_unique<SyncClient>(campaign.db(), flaky);
        client->setWallClock(clock.function());
    }

    Database& db() { return campaign.db(); }
    Result<SyncReport> sync() { return client->sync(); }

    // Every syncable row, by table and UUID.
    std::map<QString, RowState> snapshot()
    {
        std::map<QString, RowState> rows;
        SyncLocalStore store(db());
        for (const TableInfo& table : syncTables()) {
            auto all = store.readWhere(table, QStringLiteral("1 = 1"));
            if (!all)
                qFatal("cannot read");
            for (RowState& row : *all) {
                if (!row.isBuiltin()) // seeded alike by every campaign, never sent
                    rows.emplace(QLatin1StringView(table.name) + u'/' + row.uuid, std::move(row));
            }
        }
        return rows;
    }

    TempCampaign campaign;
    FixedClock clock;
    HttpSyncTransport transport;
    FlakyTransport flaky;
    std::unique_ptr<SyncClient> client;
};

inline std::map<QString, RowState> serverSnapshot(ServerStore& store)
{
    std::map<QString, RowState> rows;
    qint64 since = 0;
    for (;;) {
        auto page = store.rowsAfter(since, 10000);
        if (!page || page->empty())
            break;
        for (const StoredRow& stored : *page) {
            const TableInfo* table = findTable(stored.table);
            rows.emplace(stored.table + u'/' + stored.uuid,
                         RowCodec::decodeRow(*table, QJsonDocument::fromJson(stored.data).array()));
            since = stored.seq;
        }
    }
    return rows;
}

inline FieldValues personValues(const QString& last, const QString& first)
{
    return {{QStringLiteral("last_name"), last},
            {QStringLiteral("first_names"), first},
            {QStringLiteral("folded_name"), (last + u' ' + first).toLower()},
            {QStringLiteral("created_at"), qint64(1)}};
}

inline qint64 idOf(Database& db, const char* table, const QString& uuid)
{
    Statement st = db.prepare(QStringLiteral("SELECT id FROM %1 WHERE uuid = ?").arg(QLatin1StringView(table)));
    st.bind(1, uuid);
    return st.step() ? st.int64(0) : 0;
}

} // namespace terrain::test
