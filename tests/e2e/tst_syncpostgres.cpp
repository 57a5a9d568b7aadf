// terrain-server on PostgreSQL (`init`, `user add` and `serve` with --postgres), against a
// throw-away cluster the test starts; two laptops (terrain-cli) share their work through it.
#include "tst_syncharness.h"

#include "../core/server/synctestkit.h"

#include <QTemporaryDir>

using namespace terrain;
using namespace terrain::test;

class TestSyncPostgres : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void twoLaptopsThroughPostgres()
    {
        PgCluster& cluster = PgCluster::instance();
        if (!cluster.isRunning())
            QSKIP(qPrintable(QStringLiteral("no PostgreSQL cluster: ") + cluster.reason()));
        TestServer::wipePostgres(cluster.url());
        const QStringList storage{QStringLiteral("--postgres"), cluster.url()};
        CliResult r = runServer(QStringList{QStringLiteral("init")} + storage);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = runServer(QStringList{QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("anne"), QStringLiteral("--role"),
                                  QStringLiteral("coordinator")} + storage,
                      "mot de passe long\n");
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = runServer(QStringList{QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("bruno"), QStringLiteral("--role"),
                                  QStringLiteral("admin")} + storage,
                      "mot de passe long\n");
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = runServer(QStringList{QStringLiteral("user"), QStringLiteral("list")} + storage);
        QVERIFY(r.out.contains(QStringLiteral("anne\tcoordinator")));

        ServerProcess server(storage);
        QVERIFY2(server.start(), qPrintable(server.error()));
        QTemporaryDir dir;
        const QString a = dir.filePath(QStringLiteral("a.terrain"));
        const QString b = dir.filePath(QStringLiteral("b.terrain"));
        QCOMPARE(runCli({QStringLiteral("demo"), QStringLiteral("--voters"), QStringLiteral("500"), QStringLiteral("--db"), a})
                     .exitCode,
                 0);
        QCOMPARE(runCli({QStringLiteral("init"), QStringLiteral("--db"), b}).exitCode, 0);
        auto syncAs = [&](const char* user, const QString& campaign) {
            return runCli(syncArguments(server.url(), QLatin1StringView(user), campaign), "mot de passe long\n");
        };
        r = syncAs("anne", a);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = syncAs("bruno", b);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(campaignHealth(b).people, campaignHealth(a).people);

        // Offline edits of the same person on both laptops, and a new person on B.
        QString uuid;
        {
            auto dbA = Database::open(a, Database::OpenMode::OpenExisting).value();
            uuid = column(*dbA, "SELECT uuid FROM people ORDER BY id LIMIT 1").value(0);
            Repository repo(*dbA, QStringLiteral("anne"));
            QVERIFY(repo.update("people", idOf(*dbA, "people", uuid), {{QStringLiteral("notes"), QStringLiteral("vu par Anne")}}));
        }
        {
            auto dbB = Database::open(b, Database::OpenMode::OpenExisting).value();
            Repository repo(*dbB, QStringLiteral("bruno"));
            QVERIFY(repo.update("people", idOf(*dbB, "people", uuid), {{QStringLiteral("support"), 2}}));
            QVERIFY(repo.insert("people", personValues(QStringLiteral("Nouveau"), QStringLiteral("Né"))));
        }
        for (int round = 0; round < 2; ++round) {
            QCOMPARE(syncAs("anne", a).exitCode, 0);
            QCOMPARE(syncAs("bruno", b).exitCode, 0);
        }
        const QString differences = rowDifferences(campaignRows(a), campaignRows(b));
        QVERIFY2(differences.isEmpty(), qPrintable(differences));
        auto dbA = Database::open(a, Database::OpenMode::OpenExisting).value();
        Statement st = dbA->prepare("SELECT notes, support FROM people WHERE uuid = ?");
        st.bind(1, uuid);
        QVERIFY(st.step());
        QCOMPARE(st.text(0), QStringLiteral("vu par Anne"));
        QCOMPARE(st.int64(1), 2);
        QCOMPARE(count(*dbA, "SELECT count(*) FROM people WHERE last_name = 'Nouveau'"), 1);
    }
};

QTEST_GUILESS_MAIN(TestSyncPostgres)
#include "tst_syncpostgres.moc"
