// Election day through terrain-cli, on the small campaign of tests/core/gotv/gotvfixture.h.
#include "clirunner.h"
#include "testsupport.h"

#include "../core/gotv/gotvfixture.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace terrain;
using test::runCli;

namespace {

// The lines of a printed table, without the trailing empty line.
QStringList linesOf(const QString& out)
{
    return out.split(u'\n', Qt::SkipEmptyParts);
}

} // namespace

class TestGotvCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

    test::CliResult cli(QStringList arguments)
    {
        arguments << QStringLiteral("--db") << m_db;
        return runCli(arguments);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = m_dir.filePath(QStringLiteral("c.terrain"));
        auto db = Database::open(m_db);
        QVERIFY(db);
        QVERIFY(test::setUpGotvCampaign(**db, m_dir.path()));
        // A name a spreadsheet would run as a formula, to see the SMS file neutralise it.
        QVERIFY(Repository(**db).update("people", test::personNamed(**db, QStringLiteral("Chloé")),
            { { QStringLiteral("first_names"), QStringLiteral("=HYPERLINK(\"x\")") } }));
    }

    void helpAndUsage()
    {
        const auto help = runCli({ QStringLiteral("--help") });
        for (const char* command : { "election", "turnout", "mark", "dashboard", "chase", "purge", "proxy" })
            QVERIFY2(help.out.contains(QLatin1StringView(command)), command);
        QCOMPARE(cli({ QStringLiteral("election") }).exitCode, 2);
        QCOMPARE(cli({ QStringLiteral("mark"), QStringLiteral("--election"), QStringLiteral("x") }).exitCode, 2);
        QCOMPARE(cli({ QStringLiteral("chase"), QStringLiteral("--bureau"), QStringLiteral("1"),
                         QStringLiteral("--format"), QStringLiteral("fax") })
                     .exitCode,
            2);
        QCOMPARE(
            cli({ QStringLiteral("turnout"), QStringLiteral("--election"), QStringLiteral("x"),
                    QStringLiteral("--file"), QStringLiteral("f.csv"), QStringLiteral("--count"), QStringLiteral("3") })
                .exitCode,
            2);
        // An election that does not exist: a failure naming it.
        const auto unknown = cli({ QStringLiteral("mark"), QStringLiteral("--election"), QStringLiteral("Européennes"),
            QStringLiteral("--bureau"), QStringLiteral("1"), QStringLiteral("--number"), QStringLiteral("1") });
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(unknown.err.contains(QStringLiteral("Européennes")));
    }

    void electionDay()
    {
        const QString e = QStringLiteral("Municipales 2026");
        auto created = cli({ QStringLiteral("election"), QStringLiteral("create"), QStringLiteral("--name"), e,
            QStringLiteral("--date"), QStringLiteral("2026-03-15"), QStringLiteral("--closes"),
            QStringLiteral("18:00") });
        QCOMPARE(created.exitCode, 0);
        const auto list = cli({ QStringLiteral("election"), QStringLiteral("list") });
        QVERIFY2(list.out.contains(QStringLiteral("2026-03-15")) && list.out.contains(e), qPrintable(list.out));
        QVERIFY(list.out.contains(QStringLiteral("closes 18:00")));

        // Noon figures by hand and from a file; a bad file writes nothing.
        QCOMPARE(cli({ QStringLiteral("turnout"), QStringLiteral("--election"), e, QStringLiteral("--bureau"),
                         QStringLiteral("2"), QStringLiteral("--time"), QStringLiteral("12:00"),
                         QStringLiteral("--count"), QStringLiteral("1") })
                     .exitCode,
            0);
        const auto bad = cli({ QStringLiteral("turnout"), QStringLiteral("--election"), e, QStringLiteral("--file"),
            test::testDataPath(QStringLiteral("gotv/turnout-bad.csv")) });
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains(QStringLiteral("line 4")), qPrintable(bad.err));
        const auto file = cli({ QStringLiteral("turnout"), QStringLiteral("--election"), e, QStringLiteral("--file"),
            test::testDataPath(QStringLiteral("gotv/turnout.csv")) });
        QCOMPARE(file.exitCode, 0);
        QVERIFY2(file.out.contains(QStringLiteral("3 figures entered (2 new, 1 replaced)")), qPrintable(file.out));

        // Marks: Alice by phone, then again (ignored), Karine by the delegate, Louis from the signature list.
        const auto mark = [&](const char* bureau, const char* number, const char* source) {
            return cli({ QStringLiteral("mark"), QStringLiteral("--election"), e, QStringLiteral("--bureau"),
                QLatin1StringView(bureau), QStringLiteral("--number"), QLatin1StringView(number),
                QStringLiteral("--source"), QLatin1StringView(source), QStringLiteral("--author"),
                QStringLiteral("anne") });
        };
        const auto alice = mark("1", "1", "phone");
        QCOMPARE(alice.exitCode, 0);
        QVERIFY2(alice.out.contains(QStringLiteral("Marked voted: ARNAUD Alice")), qPrintable(alice.out));
        const auto again = mark("1", "1", "volunteer");
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.contains(QStringLiteral("Already marked: ARNAUD Alice")), qPrintable(again.out));
        QVERIFY(again.out.contains(QStringLiteral("anne")));
        QCOMPARE(mark("1", "99", "phone").exitCode, 1);
        QCOMPARE(mark("1", "2", "pigeon").exitCode, 2);
        QCOMPARE(mark("2", "1", "delegate").exitCode, 0);
        QCOMPARE(mark("2", "2", "signature-list").exitCode, 0);
        QCOMPARE(mark("1", "2", "phone").exitCode, 0); // Bruno, by mistake...
        const auto undo = cli({ QStringLiteral("mark"), QStringLiteral("--election"), e, QStringLiteral("--undo"),
            QStringLiteral("--author"), QStringLiteral("anne") });
        QVERIFY2(undo.out.contains(QStringLiteral("BLANC Bruno")), qPrintable(undo.out)); // ...taken back

        // The dashboard: bureau 1 (5 supporters to bring out) before bureau 2 (none).
        const auto dashboard = cli({ QStringLiteral("dashboard"), QStringLiteral("--election"), e });
        QCOMPARE(dashboard.exitCode, 0);
        const QStringList rows = linesOf(dashboard.out);
        QCOMPARE(rows.size(), 3);
        QVERIFY2(rows.at(1).startsWith(u'1') && rows.at(1).trimmed().endsWith(u'5'), qPrintable(dashboard.out));
        QVERIFY(rows.at(2).startsWith(u'2') && rows.at(2).trimmed().endsWith(u'0'));
        QVERIFY(rows.at(1).contains(QStringLiteral("44.4% (17:00)"))); // 4 of 9 registered

        // The chase list, per channel, in walk order.
        const auto calls = cli({ QStringLiteral("chase"), QStringLiteral("--election"), e, QStringLiteral("--bureau"),
            QStringLiteral("1") });
        QCOMPARE(calls.exitCode, 0);
        QStringList names;
        for (const QString& line : linesOf(calls.out))
            names << line.mid(12, 30).trimmed();
        QCOMPARE(names,
            QStringList(
                { QStringLiteral("DUBOIS Denis"), QStringLiteral("IMBERT Inès"), QStringLiteral("BLANC Bruno") }));
        QVERIFY(calls.out.contains(QStringLiteral("+33612000004")));
        const auto walk = cli({ QStringLiteral("chase"), QStringLiteral("--election"), e, QStringLiteral("--bureau"),
            QStringLiteral("1"), QStringLiteral("--format"), QStringLiteral("walk") });
        QCOMPARE(linesOf(walk.out).size(), 4);
        QVERIFY(linesOf(walk.out).at(1).contains(QStringLiteral("5 Avenue DES TILLEULS")));

        const QString sms = m_dir.filePath(QStringLiteral("sms.csv"));
        const auto smsOut = cli({ QStringLiteral("chase"), QStringLiteral("--election"), e, QStringLiteral("--bureau"),
            QStringLiteral("1,2"), QStringLiteral("--format"), QStringLiteral("sms-csv"), QStringLiteral("-o"), sms });
        QCOMPARE(smsOut.exitCode, 0);
        QFile smsFile(sms);
        QVERIFY(smsFile.open(QIODevice::ReadOnly));
        const QString csv = QString::fromUtf8(smsFile.readAll());
        QCOMPARE(csv,
            QStringLiteral("phone,last_name,first_names,bureau\n"
                           "33612000003,CARON,\"'=HYPERLINK(\"\"x\"\")\",1\n"));
        auto db = Database::open(m_db, Database::OpenMode::OpenExisting);
        QCOMPARE(test::count(**db, "SELECT count(*) FROM export_log WHERE what = 'chase sms' AND rows = 1"), 1);
        db->reset();

        // After the second round: the signature-list marks go; Louis is to chase again.
        const auto purge = cli({ QStringLiteral("purge"), QStringLiteral("--election"), e, QStringLiteral("--source"),
            QStringLiteral("signature-list") });
        QCOMPARE(purge.exitCode, 0);
        QVERIFY2(purge.out.contains(QStringLiteral("1 marks deleted")), qPrintable(purge.out));
        const auto louis = cli({ QStringLiteral("chase"), QStringLiteral("--election"), e, QStringLiteral("--bureau"),
            QStringLiteral("2") });
        QVERIFY(louis.out.contains(QStringLiteral("LEROY Louis")));
    }

    void bureauxProxiesAndTheList()
    {
        const QString e = QStringLiteral("Législatives");
        QCOMPARE(cli({ QStringLiteral("election"), QStringLiteral("create"), QStringLiteral("--name"), e,
                         QStringLiteral("--date"), QStringLiteral("2026-06-14") })
                     .exitCode,
            0);
        // Per bureau: the campaign's people, until the official figures are entered.
        const auto bureaux
            = cli({ QStringLiteral("election"), QStringLiteral("bureaux"), QStringLiteral("--election"), e });
        QCOMPARE(bureaux.exitCode, 0);
        QStringList rows = linesOf(bureaux.out);
        QCOMPARE(rows.size(), 3);
        QVERIFY2(rows.at(1).simplified().startsWith(QStringLiteral("1 9 9")), qPrintable(bureaux.out));
        QVERIFY(rows.at(2).simplified().startsWith(QStringLiteral("2 4 4")));
        const auto set = cli({ QStringLiteral("election"), QStringLiteral("bureau"), QStringLiteral("--election"), e,
            QStringLiteral("--bureau"), QStringLiteral("1"), QStringLiteral("--registered"), QStringLiteral("1200"),
            QStringLiteral("--expected"), QStringLiteral("62%") });
        QCOMPARE(set.exitCode, 0);
        rows = linesOf(set.out);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(1).simplified(), QStringLiteral("1 9 1200* 62.0%*"));
        QCOMPARE(cli({ QStringLiteral("election"), QStringLiteral("bureau"), QStringLiteral("--election"), e,
                         QStringLiteral("--bureau"), QStringLiteral("1"), QStringLiteral("--registered"),
                         QStringLiteral("many") })
                     .exitCode,
            2);
        const auto dashboard = cli({ QStringLiteral("dashboard"), QStringLiteral("--election"), e });
        QVERIFY2(linesOf(dashboard.out).at(1).contains(QStringLiteral("1200")), qPrintable(dashboard.out));

        // A proxy for Bruno (bureau 1, no. 2), established; a wrong status is a usage error.
        const auto proxy = [&](QStringList arguments) {
            arguments.prepend(QStringLiteral("proxy"));
            arguments << QStringLiteral("--election") << e;
            return cli(arguments);
        };
        QCOMPARE(proxy({ QStringLiteral("set"), QStringLiteral("--bureau"), QStringLiteral("1"),
                           QStringLiteral("--number"), QStringLiteral("2"), QStringLiteral("--holder"),
                           QStringLiteral("Marie MARTIN"), QStringLiteral("--status"), QStringLiteral("maybe") })
                     .exitCode,
            2);
        QCOMPARE(proxy({ QStringLiteral("set"), QStringLiteral("--bureau"), QStringLiteral("1") }).exitCode, 2);
        const auto added = proxy({ QStringLiteral("set"), QStringLiteral("--bureau"), QStringLiteral("1"),
            QStringLiteral("--number"), QStringLiteral("2"), QStringLiteral("--holder"), QStringLiteral("Marie MARTIN"),
            QStringLiteral("--status"), QStringLiteral("established") });
        QCOMPARE(added.exitCode, 0);
        QVERIFY2(added.out.contains(QStringLiteral("BLANC Bruno")), qPrintable(added.out));
        const auto listed = proxy({ QStringLiteral("list") });
        QCOMPARE(linesOf(listed.out).size(), 1);
        QVERIFY2(
            listed.out.contains(QStringLiteral("Marie MARTIN")) && listed.out.contains(QStringLiteral("confirmed")),
            qPrintable(listed.out));
        const auto calls = cli({ QStringLiteral("chase"), QStringLiteral("--election"), e, QStringLiteral("--bureau"),
            QStringLiteral("1") });
        QVERIFY2(calls.out.contains(QStringLiteral("proxy: Marie MARTIN (Established)")), qPrintable(calls.out));

        // --make-list: a call list of exactly the people printed, for the phone bank.
        const auto made = cli({ QStringLiteral("chase"), QStringLiteral("--election"), e, QStringLiteral("--bureau"),
            QStringLiteral("1"), QStringLiteral("--make-list") });
        QCOMPARE(made.exitCode, 0);
        QVERIFY2(made.err.contains(QStringLiteral("made")), qPrintable(made.err));
        const qsizetype chased = linesOf(made.out).size();
        QCOMPARE(chased, 4); // Alice, Bruno, Denis, Inès: nobody has voted in this election
        {
            auto db = Database::open(m_db, Database::OpenMode::OpenExisting);
            QCOMPARE(test::count(**db,
                         "SELECT count(*) FROM list_members m JOIN lists l ON l.id = m.list_id"
                         " WHERE l.kind = 'call' AND l.name LIKE 'Calls: Chase %' AND m.deleted = 0"),
                chased);
        }
        QCOMPARE(cli({ QStringLiteral("chase"), QStringLiteral("--election"), e, QStringLiteral("--bureau"),
                         QStringLiteral("1"), QStringLiteral("--make-list"), QStringLiteral("--format"),
                         QStringLiteral("sms-csv"), QStringLiteral("-o"), m_dir.filePath(QStringLiteral("x.csv")) })
                     .exitCode,
            2);

        QCOMPARE(proxy({ QStringLiteral("remove"), QStringLiteral("--bureau"), QStringLiteral("1"),
                           QStringLiteral("--number"), QStringLiteral("2") })
                     .exitCode,
            0);
        QCOMPARE(linesOf(proxy({ QStringLiteral("list") }).out).size(), 0);
        QCOMPARE(proxy({ QStringLiteral("remove"), QStringLiteral("--bureau"), QStringLiteral("1"),
                           QStringLiteral("--number"), QStringLiteral("2") })
                     .exitCode,
            1);
    }
};

QTEST_GUILESS_MAIN(TestGotvCli)
#include "tst_gotvcli.moc"
