// A process killed in the middle of an import leaves a campaign that opens, passes
// integrity_check, and holds exactly what it held before.
#include "clirunner.h"
#include "demo/demogenerator.h"
#include "storage/database.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QTest>

#include <csignal>

using namespace terrain;

namespace {

QStringList contents(const QString& path)
{
    auto db = Database::open(path, Database::OpenMode::OpenExisting);
    if (!db)
        return {QStringLiteral("cannot open: ") + db.error().toString()};
    QStringList rows = test::column(**db, "SELECT uuid || ' ' || last_name || ' ' || status FROM people ORDER BY uuid");
    rows << QStringLiteral("outbox %1").arg(test::count(**db, "SELECT count(*) FROM outbox"));
    rows << QStringLiteral("search %1").arg(test::count(**db, "SELECT count(*) FROM search_index"));
    rows << QStringLiteral("districts %1").arg(test::count(**db, "SELECT count(*) FROM districts"));
    return rows;
}

} // namespace

class TestImportKill : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedImportChangesNothing()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("c.terrain"));
        QCOMPARE(test::runCli({QStringLiteral("import"), QStringLiteral("--db"), db,
                               test::testDataPath(QStringLiteral("import/liste-v1.csv")), QStringLiteral("--rejects"),
                               dir.filePath(QStringLiteral("r.csv"))})
                     .exitCode,
                 0);
        const QStringList before = contents(db);
        QCOMPARE(before.size(), 7 + 3);

        DemoOptions options;
        options.voters = 150000;
        options.bureaux = 60;
        const QString big = dir.filePath(QStringLiteral("big.csv"));
        QVERIFY(writeDemoVoterFile(big, options));

        for (int attempt = 0; attempt < 2; ++attempt) {
            QProcess process;
            process.start(QStringLiteral(TERRAIN_CLI), {QStringLiteral("import"), QStringLiteral("--db"), db, big,
                                                        QStringLiteral("--rejects"), dir.filePath(QStringLiteral("r2.csv"))});
            QVERIFY(process.waitForStarted());
            // Wait until the import is writing (its WAL grows), then pull the plug.
            QElapsedTimer timer;
            timer.start();
            const qint64 threshold = (attempt + 1) * 4 * 1024 * 1024;
            while (QFileInfo(db + QStringLiteral("-wal")).size() < threshold && timer.elapsed() < 60000
                   && process.state() == QProcess::Running)
                QTest::qWait(20);
            QCOMPARE(process.state(), QProcess::Running);
            ::kill(static_cast<pid_t>(process.processId()), SIGKILL);
            QVERIFY(process.waitForFinished());

            auto opened = Database::open(db, Database::OpenMode::OpenExisting);
            QVERIFY(opened);
            QCOMPARE((*opened)->scalar("PRAGMA integrity_check").toString(), QStringLiteral("ok"));
            opened->reset();
            QCOMPARE(contents(db), before);
        }

        // And the same import, run to the end afterwards, works.
        const auto done = test::runCli({QStringLiteral("import"), QStringLiteral("--db"), db, big,
                                        QStringLiteral("--rejects"), dir.filePath(QStringLiteral("r3.csv"))});
        QCOMPARE(done.exitCode, 0);
        QVERIFY2(done.out.contains(QStringLiteral("Rows read:  150000")), qPrintable(done.out));
        QVERIFY2(done.out.contains(QStringLiteral("Rejected:   0")), qPrintable(done.out));
        QCOMPARE(contents(db).size(), 150000 + 3);
    }
};

QTEST_GUILESS_MAIN(TestImportKill)
#include "tst_importkill.moc"
