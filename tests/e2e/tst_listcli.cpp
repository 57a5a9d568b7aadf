// terrain-cli segment / walklist / calllist / lists / assign / status, end to end.
#include "clirunner.h"
#include "testsupport.h"

#include <QProcess>
#include <QRegularExpression>
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

// The codes in the first column of a lists table (after its header line).
QStringList codesOf(const QString& table)
{
    QStringList codes;
    const QStringList lines = table.split(u'\n', Qt::SkipEmptyParts);
    for (qsizetype i = 1; i < lines.size(); ++i)
        codes << lines[i].section(u' ', 0, 0);
    return codes;
}

} // namespace

class TestListCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void usage();
    void segments();
    void walkAndCallLists();
    void handCutStreets();

private:
    QTemporaryDir m_dir;
    QString m_db;
};

void TestListCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("campaign.terrain"));
    const auto imported = runCli(withDb(m_db, {QStringLiteral("import"),
                                               test::testDataPath(QStringLiteral("lists/liste.csv")),
                                               QStringLiteral("--rejects"), m_dir.filePath(QStringLiteral("r.csv"))}));
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
}

void TestListCli::usage()
{
    for (const char* command : {"segment", "walklist", "calllist", "lists", "assign", "status"}) {
        const auto help = runCli({QLatin1StringView(command), QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(QLatin1StringView(command)));
    }
    QCOMPARE(runCli(withDb(m_db, {QStringLiteral("segment")})).exitCode, 2);
    QCOMPARE(runCli(withDb(m_db, {QStringLiteral("segment"), QStringLiteral("create")})).exitCode, 2);
    QCOMPARE(runCli(withDb(m_db, {QStringLiteral("walklist")})).exitCode, 2);
    QCOMPARE(runCli(withDb(m_db, {QStringLiteral("walklist"), QStringLiteral("--segment"), QStringLiteral("x"),
                                  QStringLiteral("--doors"), QStringLiteral("0")}))
                 .exitCode,
             2);
    QCOMPARE(runCli(withDb(m_db, {QStringLiteral("status"), QStringLiteral("ABCDEF"), QStringLiteral("--set"),
                                  QStringLiteral("lost")}))
                 .exitCode,
             2);
}

void TestListCli::segments()
{
    auto r = runCli(withDb(m_db, {QStringLiteral("segment"), QStringLiteral("create"), QStringLiteral("Femmes B1"),
                                  QStringLiteral("--filter"),
                                  QStringLiteral(R"({"and": [{"bureaux": ["1"]}, {"sex": ["F"]}]})")}));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("6 people")));

    r = runCli(withDb(m_db, {QStringLiteral("segment"), QStringLiteral("create"), QStringLiteral("Bureau 2"),
                             QStringLiteral("--bureau"), QStringLiteral("2")}));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("3 people")));

    // The law: no segment on nationality, place of birth or surname.
    r = runCli(withDb(m_db, {QStringLiteral("segment"), QStringLiteral("create"), QStringLiteral("Interdit"),
                             QStringLiteral("--filter"), QStringLiteral(R"({"nationality": ["FR"]})")}));
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QStringLiteral("CNIL")));
    r = runCli(withDb(m_db, {QStringLiteral("segment"), QStringLiteral("create"), QStringLiteral("Femmes b1"),
                             QStringLiteral("--bureau"), QStringLiteral("1")}));
    QCOMPARE(r.exitCode, 1); // the name is taken

    r = runCli(withDb(m_db, {QStringLiteral("segment"), QStringLiteral("count"), QStringLiteral("femmes b1")}));
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.trimmed(), QStringLiteral("6"));
    r = runCli(withDb(m_db, {QStringLiteral("segment"), QStringLiteral("count"), QStringLiteral("--filter"),
                             QStringLiteral(R"({"not": {"sex": ["F"]}})")}));
    QCOMPARE(r.out.trimmed(), QStringLiteral("7"));
    r = runCli(withDb(m_db, {QStringLiteral("segment"), QStringLiteral("list")}));
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("Femmes B1")));
    QVERIFY(!r.out.contains(QStringLiteral("Interdit")));
}

void TestListCli::walkAndCallLists()
{
    auto r = runCli(withDb(m_db, {QStringLiteral("walklist"), QStringLiteral("--segment"), QStringLiteral("Femmes B1"),
                                  QStringLiteral("--doors"), QStringLiteral("3")}));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QStringList walk = codesOf(r.out);
    // 6 doors over 3 per turf: the odd side (2), the even side (3), the next street (1).
    QCOMPARE(walk.size(), 3);
    for (const QString& code : walk)
        QVERIFY2(QRegularExpression(QStringLiteral("^[2-9A-HJKMNP-TW-Z]{6}$")).match(code).hasMatch(), qPrintable(code));

    r = runCli(withDb(m_db, {QStringLiteral("calllist"), QStringLiteral("--segment"), QStringLiteral("Bureau 2")}));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(codesOf(r.out).size(), 1);
    QVERIFY(r.out.contains(QStringLiteral("Calls: Bureau 2")));

    const QString code = walk.front();
    r = runCli(withDb(m_db, {QStringLiteral("status"), code, QStringLiteral("--set"), QStringLiteral("out")}));
    QCOMPARE(r.exitCode, 1); // nobody to hand it to yet
    QVERIFY(!r.err.isEmpty());
    r = runCli(withDb(m_db, {QStringLiteral("assign"), code.toLower(), QStringLiteral("--to"), QStringLiteral("Camille")}));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = runCli(withDb(m_db, {QStringLiteral("status"), code, QStringLiteral("--set"), QStringLiteral("out")}));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out.trimmed(), code + QStringLiteral(" out"));
    r = runCli(withDb(m_db, {QStringLiteral("status"), code, QStringLiteral("--set"), QStringLiteral("new")}));
    QCOMPARE(r.exitCode, 0); // one step back: taken back
    r = runCli(withDb(m_db, {QStringLiteral("status"), code, QStringLiteral("--set"), QStringLiteral("entered")}));
    QCOMPARE(r.exitCode, 1); // not three steps at once

    r = runCli(withDb(m_db, {QStringLiteral("lists")}));
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(codesOf(r.out).size(), 4);
    const QString row = r.out.split(u'\n').filter(code).value(0);
    QVERIFY2(row.contains(QStringLiteral("Camille")), qPrintable(row));
    QVERIFY2(row.contains(QStringLiteral(" new ")), qPrintable(row));
    QCOMPARE(runCli(withDb(m_db, {QStringLiteral("assign"), QStringLiteral("ZZZZZZ"), QStringLiteral("--to"),
                                  QStringLiteral("X")}))
                 .exitCode,
             1);
}

// walklist --street: streets picked by hand, one side, one list by default, in walk order.
void TestListCli::handCutStreets()
{
    const QStringList before = codesOf(runCli(withDb(m_db, {QStringLiteral("lists")})).out);
    const QString paix = QStringLiteral("Rue de la Paix");
    QCOMPARE(runCli(withDb(m_db, {QStringLiteral("walklist"), QStringLiteral("--street"), paix})).exitCode,
             2); // no name
    QCOMPARE(runCli(withDb(m_db, {QStringLiteral("walklist"), QStringLiteral("--street"), paix,
                                  QStringLiteral("--name"), QStringLiteral("X"), QStringLiteral("--side"),
                                  QStringLiteral("left")}))
                 .exitCode,
             2);
    QCOMPARE(runCli(withDb(m_db, {QStringLiteral("walklist"), QStringLiteral("--street"), QStringLiteral("x"),
                                  QStringLiteral("--segment"), QStringLiteral("Femmes B1")}))
                 .exitCode,
             2);
    auto r = runCli(withDb(m_db, {QStringLiteral("walklist"), QStringLiteral("--street"),
                                  QStringLiteral("Rue des Lilas"), QStringLiteral("--name"), QStringLiteral("Lilas")}));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("Rue des Lilas")), qPrintable(r.err));

    const QString pdf = m_dir.filePath(QStringLiteral("paix.pdf"));
    r = runCli(withDb(m_db, {QStringLiteral("walklist"), QStringLiteral("--street"), QStringLiteral("rue de la paix"),
                             QStringLiteral("--side"), QStringLiteral("even"), QStringLiteral("--street"),
                             QStringLiteral("Rue Victor Hugo"), QStringLiteral("--bureau"), QStringLiteral("1"),
                             QStringLiteral("--name"), QStringLiteral("Paix pair et Hugo"), QStringLiteral("--pdf"),
                             pdf}));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QStringList made = codesOf(r.out.section(QStringLiteral("Printed"), 0, 0));
    QCOMPARE(made.size(), 1); // every door in one list
    QVERIFY2(r.out.contains(QStringLiteral("Paix pair et Hugo")), qPrintable(r.out));
    const QString row = r.out.split(u'\n').filter(made.front()).value(0);
    // 7 doors, 7 people: 12 Apt 2 (Emma), 12 Apt 10 (David), 12 bis, 12 ter, 14; 2 and 4 Rue Victor Hugo.
    QVERIFY2(QRegularExpression(QStringLiteral("\\b7\\s+7\\b")).match(row).hasMatch(), qPrintable(row));
    QCOMPARE(codesOf(runCli(withDb(m_db, {QStringLiteral("lists")})).out).size(), before.size() + 1);

    // The sheet: the people in walk order, the list's name and its bureau in the header.
    QProcess text;
    text.start(QStringLiteral("pdftotext"),
               {QStringLiteral("-layout"), m_dir.filePath(QStringLiteral("paix-%1.pdf").arg(made.front())),
                QStringLiteral("-")});
    if (!text.waitForFinished(60000) || text.exitCode() != 0)
        QSKIP("pdftotext is not installed");
    const QString sheet = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY2(sheet.contains(QStringLiteral("Paix pair et Hugo")), qPrintable(sheet));
    QVERIFY2(sheet.contains(QStringLiteral("1 - Mairie")), qPrintable(sheet));
    qsizetype at = 0;
    for (const char* name : {"EMERY", "DENIS", "CARON", "BLANC", "ARNAUD", "IBERT", "JOLY"}) {
        const qsizetype next = sheet.indexOf(QLatin1StringView(name), at);
        QVERIFY2(next >= at, name);
        at = next;
    }
    QVERIFY(!sheet.contains(QStringLiteral("GARNIER"))); // odd side: not picked
}

QTEST_GUILESS_MAIN(TestListCli)
#include "tst_listcli.moc"
