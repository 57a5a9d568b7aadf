#include "clirunner.h"
#include "testsupport.h"

#include "storage/database.h"
#include "sync/repository.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTest>

using namespace terrain;
using test::runCli;

namespace {

QStringList withDb(const QString& db, QStringList args)
{
    args << QStringLiteral("--db") << db;
    return args;
}

} // namespace

class TestCanvassCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void contactAndEntry()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("c.terrain"));
        QCOMPARE(runCli(withDb(db, {QStringLiteral("demo"), QStringLiteral("--voters"), QStringLiteral("300"),
                                    QStringLiteral("--bureaux"), QStringLiteral("1"), QStringLiteral("--plain")}))
                     .exitCode,
                 0);
        for (const char* command : {"contact", "entry"}) {
            const auto help = runCli({QLatin1StringView(command), QStringLiteral("--help")});
            QCOMPARE(help.exitCode, 0);
            QVERIFY(help.out.contains(QStringLiteral("--db")));
        }

        // Three people and a walk list of the first doors, written as the lists module would.
        QString key;
        QString uuid;
        qint64 listedPeople = 0;
        {
            auto open = Database::open(db, Database::OpenMode::OpenExisting);
            QVERIFY(open);
            Database& d = **open;
            Statement st = d.prepare("SELECT voter_key, uuid FROM people WHERE voter_key IS NOT NULL ORDER BY id LIMIT 1");
            QVERIFY(st.step());
            key = st.text(0);
            uuid = st.text(1);
            Repository repo(d, QStringLiteral("coordinator"));
            auto phone = repo.insert("phones", {{QStringLiteral("person_id"), qint64(2)},
                                                {QStringLiteral("e164"), QStringLiteral("+33612345678")},
                                                {QStringLiteral("raw"), QStringLiteral("06 12 34 56 78")},
                                                {QStringLiteral("type"), QStringLiteral("mobile")}});
            QVERIFY(phone);
            auto list = repo.insert("lists", {{QStringLiteral("kind"), QStringLiteral("walk")},
                                              {QStringLiteral("name"), QStringLiteral("Rue 1")},
                                              {QStringLiteral("code"), QStringLiteral("WL-E2E")},
                                              {QStringLiteral("assignee"), QStringLiteral("Sophie")},
                                              {QStringLiteral("status"), QStringLiteral("printed")},
                                              {QStringLiteral("created_at"), QDateTime::currentMSecsSinceEpoch()}});
            QVERIFY(list);
            // The first five households, one member each: five doors.
            Statement hh = d.prepare("SELECT min(id) FROM people WHERE id > 3 GROUP BY household_id ORDER BY 1 LIMIT 5");
            int rank = 0;
            while (hh.step()) {
                QVERIFY(repo.insert("list_members", {{QStringLiteral("list_id"), *list},
                                                     {QStringLiteral("person_id"), hh.int64(0)},
                                                     {QStringLiteral("rank"), ++rank}}));
                ++listedPeople;
            }
            QCOMPARE(listedPeople, 5);
        }

        // contact: by voter key, by uuid; results by id or key letter; answers by question.
        auto moved = runCli(withDb(db, {QStringLiteral("contact"), key, QStringLiteral("--result"),
                                        QStringLiteral("moved")}));
        QVERIFY2(moved.exitCode == 0, qPrintable(moved.err));
        QVERIFY(moved.out.contains(QStringLiteral("status moved")));
        auto support = runCli(withDb(db, {QStringLiteral("contact"), uuid, QStringLiteral("--answer"),
                                          QStringLiteral("support=2"), QStringLiteral("--volunteer"),
                                          QStringLiteral("Karim")}));
        QVERIFY2(support.exitCode == 0, qPrintable(support.err));
        QVERIFY(support.out.contains(QStringLiteral("support 2")));
        const auto wrong = runCli(withDb(db, {QStringLiteral("contact"), QStringLiteral("2"), QStringLiteral("--channel"),
                                              QStringLiteral("phone"), QStringLiteral("--result"), QStringLiteral("W")}));
        QCOMPARE(wrong.exitCode, 1); // "2" is neither a uuid nor a voter key
        {
            auto open = Database::open(db, Database::OpenMode::OpenExisting);
            Statement st = (*open)->prepare("SELECT uuid FROM people WHERE id = 2");
            QVERIFY(st.step());
            uuid = st.text(0);
        }
        const auto dnc = runCli(withDb(db, {QStringLiteral("contact"), uuid, QStringLiteral("--channel"),
                                            QStringLiteral("phone"), QStringLiteral("--result"), QStringLiteral("W")}));
        QVERIFY2(dnc.exitCode == 0, qPrintable(dnc.err));
        // Refusals: an unknown result (with the list of codes), an unknown channel, no result at all.
        const auto unknown = runCli(withDb(db, {QStringLiteral("contact"), key, QStringLiteral("--result"),
                                                QStringLiteral("teleported")}));
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(unknown.err.contains(QStringLiteral("not_home (N)")));
        QCOMPARE(runCli(withDb(db, {QStringLiteral("contact"), key, QStringLiteral("--result"), QStringLiteral("N"),
                                    QStringLiteral("--channel"), QStringLiteral("pigeon")}))
                     .exitCode,
                 2);
        QCOMPARE(runCli(withDb(db, {QStringLiteral("contact"), key})).exitCode, 2);
        QCOMPARE(runCli(withDb(db, {QStringLiteral("contact"), key, QStringLiteral("--answer"),
                                    QStringLiteral("support=9")}))
                     .exitCode,
                 1);
        {
            auto open = Database::open(db, Database::OpenMode::OpenExisting);
            Database& d = **open;
            QCOMPARE(test::count(d, "SELECT count(*) FROM contact_attempts"), 3);
            QCOMPARE(test::column(d, "SELECT status FROM people WHERE voter_key = (SELECT voter_key FROM people"
                                     " WHERE voter_key IS NOT NULL ORDER BY id LIMIT 1)"),
                     QStringList{QStringLiteral("moved")});
            QCOMPARE(test::count(d, "SELECT bad FROM phones WHERE person_id = 2"), 1);
            QCOMPARE(test::column(d, "SELECT volunteer FROM contact_attempts WHERE support = 2"),
                     QStringList{QStringLiteral("Karim")});
        }

        // entry: a bad file names file, line and field, and writes nothing.
        const auto bad = runCli(withDb(db, {QStringLiteral("entry"), QStringLiteral("wl-e2e"), QStringLiteral("--file"),
                                            test::testDataPath(QStringLiteral("canvass/results-bad.csv"))}));
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains(QStringLiteral("results-bad.csv:7: result")), qPrintable(bad.err));
        QVERIFY2(bad.err.contains(QStringLiteral("results-bad.csv:6: door")), qPrintable(bad.err)); // door 6 of 5
        {
            auto open = Database::open(db, Database::OpenMode::OpenExisting);
            QCOMPARE(test::count(**open, "SELECT count(*) FROM contact_attempts"), 3);
            QCOMPARE(test::column(**open, "SELECT status FROM lists"), QStringList{QStringLiteral("printed")});
        }
        const auto good = runCli(withDb(db, {QStringLiteral("entry"), QStringLiteral("WL-E2E"), QStringLiteral("--file"),
                                             test::testDataPath(QStringLiteral("canvass/results.csv")),
                                             QStringLiteral("--date"), QStringLiteral("2026-05-30")}));
        QVERIFY2(good.exitCode == 0, qPrintable(good.err));
        QVERIFY2(good.out.contains(QStringLiteral("Doors:          5 of 5")), qPrintable(good.out));
        QVERIFY(good.out.contains(QStringLiteral("People reached: 3")));
        QVERIFY(good.out.contains(QStringLiteral("Supporters:     2")));
        {
            auto open = Database::open(db, Database::OpenMode::OpenExisting);
            Database& d = **open;
            QCOMPARE(test::count(d, "SELECT count(*) FROM contact_attempts WHERE list_id IS NOT NULL"), 5);
            QCOMPARE(test::count(d, "SELECT count(*) FROM contact_attempts WHERE list_id IS NOT NULL"
                                    " AND volunteer = 'Sophie'"),
                     5);
            QCOMPARE(test::count(d, "SELECT count(*) FROM contact_attempts WHERE result = 'not_home'"
                                    " AND person_id IS NULL"),
                     1);
            QCOMPARE(test::column(d, "SELECT status FROM lists"), QStringList{QStringLiteral("entered")});
        }
        // Entering it twice is refused.
        QCOMPARE(runCli(withDb(db, {QStringLiteral("entry"), QStringLiteral("WL-E2E"), QStringLiteral("--file"),
                                    test::testDataPath(QStringLiteral("canvass/results.csv"))}))
                     .exitCode,
                 1);
    }
};

QTEST_GUILESS_MAIN(TestCanvassCli)
#include "tst_canvasscli.moc"
