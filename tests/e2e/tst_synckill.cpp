// Pulling the plug in the middle of a sync: a laptop (terrain-cli sync) killed mid-push and
// mid-pull, and the server killed mid-push. Real processes, a real server on loopback keeping
// its rows in SQLite or in PostgreSQL (a throw-away cluster), real campaign files. After each
// kill the files pass integrity_check, and syncing again converges with nothing lost and
// nothing doubled.
#include "tst_syncharness.h"

#include "../core/server/synctestkit.h"

#include <QFileInfo>
#include <QTemporaryDir>

using namespace terrain;
using namespace terrain::test;

namespace {

const QByteArray kAnnePassword = "un mot de passe\n";
const QByteArray kBrunoPassword = "autre mot de passe\n";

// Starts a sync and SIGKILLs it once the server has answered `requests` more requests to
// `path` (so the kill lands while the laptop applies a page or waits for the next answer);
// false if the sync ended first (the test then says so rather than pretend it killed anything).
bool killSyncAfter(ServerProcess& server, const char* path, int requests, const QStringList& arguments,
                   const QByteArray& password, QString* why)
{
    const int before = server.answered(path);
    QProcess process;
    process.start(QStringLiteral(TERRAIN_CLI), arguments);
    if (!process.waitForStarted()) {
        *why = QStringLiteral("terrain-cli did not start");
        return false;
    }
    process.write(password);
    process.closeWriteChannel();
    QElapsedTimer timer;
    timer.start();
    while (server.answered(path) < before + requests && timer.elapsed() < 120000 && process.state() == QProcess::Running)
        QTest::qWait(2);
    if (process.state() != QProcess::Running) {
        *why = QStringLiteral("the sync ended after %1 answers to %2: %3")
                   .arg(server.answered(path) - before)
                   .arg(QLatin1StringView(path), QString::fromUtf8(process.readAllStandardError()));
        return false;
    }
    ::kill(static_cast<pid_t>(process.processId()), SIGKILL);
    process.waitForFinished();
    return true;
}

} // namespace

class TestSyncKill : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QStringList m_storage; // the server's --db FILE or --postgres URL
    std::map<int, QString> m_demos; // pristine demo campaigns by voters, made once, copied for each test

    // 30,000 voters make ~92,000 rows: ~19 pushes or pulls of 5,000 for the kills to land in. The
    // PostgreSQL server merges a push a row lock at a time, twice as slow: half as many voters
    // there still leave ~10.
    static int demoVoters(Backend backend) { return backend == Backend::Postgres ? 15000 : 30000; }

    QString copyDemo(Backend backend, const QString& name)
    {
        const int voters = demoVoters(backend);
        QString& demo = m_demos[voters];
        if (demo.isEmpty()) {
            demo = m_dir.filePath(QStringLiteral("demo-%1.terrain").arg(voters));
            const CliResult made = runCli({QStringLiteral("demo"), QStringLiteral("--voters"), QString::number(voters),
                                           QStringLiteral("--db"), demo});
            if (made.exitCode != 0)
                qFatal("cannot make the demo campaign: %s", qPrintable(made.err));
        }
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        if (!QFile::copy(demo, path))
            qFatal("cannot copy the demo campaign");
        return path;
    }

    QString emptyCampaign(const QString& name)
    {
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        const CliResult init = runCli({QStringLiteral("init"), QStringLiteral("--db"), path});
        if (init.exitCode != 0)
            qFatal("cannot create a campaign: %s", qPrintable(init.err));
        return path;
    }

    // A fresh server database with its two users: a new file, or the cluster's database emptied.
    void freshServer(Backend backend, const QString& name)
    {
        if (backend == Backend::Postgres) {
            const QString url = PgCluster::instance().url();
            TestServer::wipePostgres(url);
            m_storage = {QStringLiteral("--postgres"), url};
        } else {
            m_storage = {QStringLiteral("--db"), m_dir.filePath(name)};
        }
        QCOMPARE(runServer(QStringList{QStringLiteral("init")} + m_storage).exitCode, 0);
        QCOMPARE(runServer(QStringList{QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("anne"),
                                       QStringLiteral("--role"), QStringLiteral("coordinator")} + m_storage,
                           kAnnePassword)
                     .exitCode,
                 0);
        QCOMPARE(runServer(QStringList{QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("bruno"),
                                       QStringLiteral("--role"), QStringLiteral("admin")} + m_storage,
                           kBrunoPassword)
                     .exitCode,
                 0);
    }

    // Both laptops sync until nothing is left to send, then hold the same rows as each other
    // and as many as the server, none twice.
    void checkConverged(const QString& url, const QString& a, const QString& b)
    {
        for (int round = 0; round < 2; ++round) {
            const CliResult syncA = runCli(syncArguments(url, QStringLiteral("anne"), a), kAnnePassword);
            QVERIFY2(syncA.exitCode == 0, qPrintable(syncA.err));
            const CliResult syncB = runCli(syncArguments(url, QStringLiteral("bruno"), b), kBrunoPassword);
            QVERIFY2(syncB.exitCode == 0, qPrintable(syncB.err));
        }
        for (const QString& path : {a, b}) {
            const CampaignHealth health = campaignHealth(path);
            QCOMPARE(health.integrity, QStringLiteral("ok"));
            QCOMPARE(health.outbox, 0);
            QCOMPARE(health.duplicateUuids, 0);
        }
        const auto rowsA = campaignRows(a);
        const auto rowsB = campaignRows(b);
        const QString differences = rowDifferences(rowsA, rowsB);
        QVERIFY2(differences.isEmpty(), qPrintable(differences));
        // The server holds every row but the defaults each new campaign seeds for itself
        // (result codes, survey: the same UUIDs everywhere), unless someone changed them.
        const auto seeded = campaignRows(emptyCampaign(QStringLiteral("seeded.terrain")));
        qint64 expected = 0;
        for (const auto& [key, row] : rowsA) {
            const auto it = seeded.find(key);
            expected += it != seeded.end() && it->second == row ? 0 : 1;
        }
        QVERIFY(expected < static_cast<qint64>(rowsA.size()));
        const ServerRows server = serverRows(m_storage);
        QCOMPARE(server.duplicates, 0);
        QCOMPARE(server.rows, expected);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
    }

    void laptopKilledMidPushAndMidPull_data() { addBackendRows(); }
    void laptopKilledMidPushAndMidPull()
    {
        QFETCH(Backend, backend);
        TERRAIN_REQUIRE_BACKEND(backend);
        freshServer(backend, QStringLiteral("server-laptops.db"));
        ServerProcess server(m_storage);
        QVERIFY2(server.start(), qPrintable(server.error()));
        const QString a = copyDemo(backend, QStringLiteral("a.terrain"));
        const QString b = emptyCampaign(QStringLiteral("b.terrain"));
        const CampaignHealth start = campaignHealth(a);
        // A demo campaign never synced: everything is waiting in its outbox.
        QVERIFY(start.outbox > 0);
        const qint64 people = start.people;
        QVERIFY(people >= demoVoters(backend));

        // Laptop A's first push, killed twice once the server has taken part of it.
        QString why;
        for (int requests : {1, 4}) {
            QVERIFY2(killSyncAfter(server, "/v1/sync/push", requests,
                                   syncArguments(server.url(), QStringLiteral("anne"), a), kAnnePassword, &why),
                     qPrintable(why));
            const CampaignHealth health = campaignHealth(a);
            QCOMPARE(health.integrity, QStringLiteral("ok"));
            QCOMPARE(health.people, people);
            // Nothing acknowledged is lost, nothing unacknowledged dropped: the outbox still
            // names the import until a push of all of it is acknowledged.
            QVERIFY(health.outbox > 0);
            QVERIFY(server.isRunning());
        }
        const CliResult finished = runCli(syncArguments(server.url(), QStringLiteral("anne"), a), kAnnePassword);
        QVERIFY2(finished.exitCode == 0, qPrintable(finished.err));
        QCOMPARE(campaignHealth(a).outbox, 0);
        QCOMPARE(serverRows(m_storage).duplicates, 0);

        // Laptop B's first pull, killed twice part way through its pages: each time it keeps
        // the pages it committed (every 25,000 rows: pages of a demo campaign stop at 1 MiB of
        // rows, some 2,000 to 2,500, so before it asks for the 14th), and no more.
        qint64 held = 0;
        for (int requests : {14, 2}) {
            QVERIFY2(killSyncAfter(server, "/v1/sync/pull", requests,
                                   syncArguments(server.url(), QStringLiteral("bruno"), b), kBrunoPassword, &why),
                     qPrintable(why));
            const CampaignHealth health = campaignHealth(b);
            QCOMPARE(health.integrity, QStringLiteral("ok"));
            // (All the people may be in already: pages of contact history come after them.)
            QVERIFY2(health.people > 0 && health.people >= held, qPrintable(QString::number(health.people)));
            QCOMPARE(health.duplicateUuids, 0);
            held = health.people;
        }
        checkConverged(server.url(), a, b);
        QCOMPARE(campaignHealth(b).people, people);
    }

    void serverKilledMidPush_data() { addBackendRows(); }
    void serverKilledMidPush()
    {
        QFETCH(Backend, backend);
        TERRAIN_REQUIRE_BACKEND(backend);
        freshServer(backend, QStringLiteral("server-killed.db"));
        const QString a = copyDemo(backend, QStringLiteral("c.terrain"));
        const QString b = emptyCampaign(QStringLiteral("d.terrain"));
        const qint64 people = campaignHealth(a).people;

        for (int requests : {1, 3}) {
            ServerProcess server(m_storage);
            QVERIFY2(server.start(), qPrintable(server.error()));
            QProcess laptop;
            laptop.start(QStringLiteral(TERRAIN_CLI), syncArguments(server.url(), QStringLiteral("anne"), a));
            QVERIFY(laptop.waitForStarted());
            laptop.write(kAnnePassword);
            laptop.closeWriteChannel();
            QElapsedTimer timer;
            timer.start();
            // Killed while it merges the next batch, or just after it answered one.
            while (server.answered("/v1/sync/push") < requests && timer.elapsed() < 120000
                   && laptop.state() == QProcess::Running)
                QTest::qWait(2);
            QVERIFY2(laptop.state() == QProcess::Running, "the push ended before the server could be killed");
            server.kill();
            // The laptop notices the server is gone and says so; its file is intact.
            QVERIFY(laptop.waitForFinished(60000));
            QCOMPARE(laptop.exitStatus(), QProcess::NormalExit);
            QCOMPARE(laptop.exitCode(), 1);
            const CampaignHealth health = campaignHealth(a);
            QCOMPARE(health.integrity, QStringLiteral("ok"));
            QCOMPARE(health.people, people);
            QVERIFY(health.outbox > 0);
            QCOMPARE(serverRows(m_storage).integrity, QStringLiteral("ok"));
        }

        // Restarted, the server takes the rest: the laptop's retry sends it all and nothing doubles.
        ServerProcess server(m_storage);
        QVERIFY2(server.start(), qPrintable(server.error()));
        const CliResult retry = runCli(syncArguments(server.url(), QStringLiteral("anne"), a), kAnnePassword);
        QVERIFY2(retry.exitCode == 0, qPrintable(retry.err));
        checkConverged(server.url(), a, b);
        QCOMPARE(campaignHealth(b).people, people);
    }
};

QTEST_GUILESS_MAIN(TestSyncKill)
#include "tst_synckill.moc"
