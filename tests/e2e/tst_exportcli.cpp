// terrain-cli export (everyone, --segment, --list; formats, columns, channel) and terrain-cli exports,
// end to end.
#include "clirunner.h"
#include "testsupport.h"

#include <QFile>
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

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestExportCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void helpListsTheColumns();
    void wrongUsageExitsWithTwo();
    void segmentExport();
    void listExport();
    void everyoneAndTheLog();

private:
    QString out(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    QTemporaryDir m_dir;
    QString m_db;
};

void TestExportCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("campaign.terrain"));
    auto r = runCli(withDb(m_db, {QStringLiteral("import"), test::testDataPath(QStringLiteral("lists/liste.csv")),
                                  QStringLiteral("--rejects"), out("r.csv")}));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = runCli(withDb(m_db, {QStringLiteral("segment"), QStringLiteral("create"), QStringLiteral("Femmes B1"),
                             QStringLiteral("--filter"),
                             QStringLiteral(R"({"and": [{"bureaux": ["1"]}, {"sex": ["F"]}]})")}));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
}

void TestExportCli::helpListsTheColumns()
{
    const auto help = runCli({QStringLiteral("export"), QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    for (const char* text : {"--segment", "--list", "--columns", "--channel", "last-name", "list-code", "phone",
                             "excel-fr"})
        QVERIFY2(help.out.contains(QLatin1StringView(text)), text);
    QVERIFY(!help.out.contains(QStringLiteral("nationality")));
    const auto usage = runCli({QStringLiteral("--help")});
    QVERIFY(usage.out.contains(QStringLiteral("exports")));
}

void TestExportCli::wrongUsageExitsWithTwo()
{
    const QString file = out("x.csv");
    const QList<QStringList> wrong = {
        {QStringLiteral("--segment"), QStringLiteral("Nobody"), QStringLiteral("-o"), file},
        {QStringLiteral("--list"), QStringLiteral("ZZZZZZ"), QStringLiteral("-o"), file},
        {QStringLiteral("--segment"), QStringLiteral("Femmes B1"), QStringLiteral("--columns"),
         QStringLiteral("last-name,nationality"), QStringLiteral("-o"), file},
        {QStringLiteral("--segment"), QStringLiteral("Femmes B1"), QStringLiteral("--format"), QStringLiteral("ods"),
         QStringLiteral("-o"), file},
        {QStringLiteral("--segment"), QStringLiteral("Femmes B1"), QStringLiteral("--channel"), QStringLiteral("fax"),
         QStringLiteral("-o"), file},
        {QStringLiteral("--segment"), QStringLiteral("Femmes B1"), QStringLiteral("--list"), QStringLiteral("ABCDEF"),
         QStringLiteral("-o"), file},
        {QStringLiteral("--segment"), QStringLiteral("Femmes B1")},
    };
    for (const QStringList& args : wrong) {
        const auto r = runCli(withDb(m_db, QStringList{QStringLiteral("export")} + args));
        QVERIFY2(r.exitCode == 2, qPrintable(args.join(u' ') + QStringLiteral(": ") + r.err));
        QVERIFY2(!r.err.isEmpty(), qPrintable(args.join(u' ')));
    }
    // The messages name what was wrong.
    QVERIFY(runCli(withDb(m_db, {QStringLiteral("export"), QStringLiteral("--segment"), QStringLiteral("Femmes B1"),
                                 QStringLiteral("--columns"), QStringLiteral("nationality"), QStringLiteral("-o"),
                                 file}))
                .err.contains(QStringLiteral("nationality")));
    QVERIFY(!QFile::exists(file));
}

void TestExportCli::segmentExport()
{
    // By name, case and accents ignored; Excel (France) by default.
    const QString file = out("femmes.csv");
    auto r = runCli(withDb(m_db, {QStringLiteral("export"), QStringLiteral("--segment"), QStringLiteral("femmes b1"),
                                  QStringLiteral("--columns"), QStringLiteral("last-name,first-names,phone"),
                                  QStringLiteral("-o"), file}));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("6 people exported")));
    const QByteArray bytes = readAll(file);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF" "Last name;First names;Phone\r\n"));
    QVERIFY(bytes.contains("\r\nARNAUD;Alice;\r\n"));
    QCOMPARE(bytes.count("\r\n"), 7);

    // For calls: only the women of bureau 1 with a phone (Fanny, Hélène, Julie).
    const QString calls = out("femmes-appels.csv");
    r = runCli(withDb(m_db, {QStringLiteral("export"), QStringLiteral("--segment"), QStringLiteral("Femmes B1"),
                             QStringLiteral("--channel"), QStringLiteral("phone"), QStringLiteral("--format"),
                             QStringLiteral("csv"), QStringLiteral("--columns"), QStringLiteral("first-names"),
                             QStringLiteral("-o"), calls}));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(readAll(calls), QByteArray("First names\nFanny\nHélène\nJulie\n"));

    // XLSX: a zip holding the sheet.
    const QString book = out("femmes.xlsx");
    r = runCli(withDb(m_db, {QStringLiteral("export"), QStringLiteral("--segment"), QStringLiteral("Femmes B1"),
                             QStringLiteral("--format"), QStringLiteral("xlsx"), QStringLiteral("-o"), book}));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(readAll(book).startsWith("PK\x03\x04"));
}

void TestExportCli::listExport()
{
    auto r = runCli(withDb(m_db, {QStringLiteral("walklist"), QStringLiteral("--segment"), QStringLiteral("Femmes B1")}));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString code = r.out.split(u'\n', Qt::SkipEmptyParts).value(1).section(u' ', 0, 0);
    QCOMPARE(code.size(), 6);
    // Typed as a volunteer reads it: lower case, with a dash.
    const QString typed = code.left(3).toLower() + u'-' + code.mid(3).toLower();
    const QString file = out("liste.csv");
    r = runCli(withDb(m_db, {QStringLiteral("export"), QStringLiteral("--list"), typed, QStringLiteral("--format"),
                             QStringLiteral("csv"), QStringLiteral("--columns"),
                             QStringLiteral("list-code,first-names"), QStringLiteral("-o"), file}));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    // Walk order: the odd side of rue de la Paix (3, 7), the even side (12 Apt 2, 12 bis, 14), the next street.
    const QByteArray c = code.toUtf8();
    const QByteArray expected = "List code,First names\n" + c + ",Fanny\n" + c + ",Hélène\n" + c + ",Emma\n" + c
                                + ",Claire\n" + c + ",Alice\n" + c + ",Julie\n";
    QCOMPARE(readAll(file), expected);
}

void TestExportCli::everyoneAndTheLog()
{
    const QString file = out("tous.csv");
    auto r = runCli(withDb(m_db, {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"),
                                  QStringLiteral("-o"), file}));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("14 people exported")));
    QVERIFY(readAll(file).startsWith("Id,Voter key,Last name,"));

    r = runCli(withDb(m_db, {QStringLiteral("exports")}));
    QCOMPARE(r.exitCode, 0);
    // Newest first: everyone, the list, the three segment exports. Failed exports are not logged.
    const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 10);
    QVERIFY2(lines.at(0).contains(QStringLiteral("14 rows")), qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).contains(QStringLiteral("Everyone; channel: none; format: csv")), qPrintable(lines.at(1)));
    QVERIFY2(lines.at(0).contains(QStringLiteral("tous.csv")), qPrintable(lines.at(0)));
    QVERIFY2(lines.at(3).startsWith(QStringLiteral("    List ")), qPrintable(lines.at(3)));
    QVERIFY2(lines.at(7).contains(QStringLiteral("Segment \"Femmes B1\"; channel: phone")), qPrintable(lines.at(7)));
    QVERIFY2(lines.at(9).contains(QStringLiteral("columns: last-name,first-names,phone")), qPrintable(lines.at(9)));
    // export --log prints the same; --limit keeps the newest.
    QCOMPARE(runCli(withDb(m_db, {QStringLiteral("export"), QStringLiteral("--log")})).out, r.out);
    const auto latest = runCli(withDb(m_db, {QStringLiteral("exports"), QStringLiteral("--limit"), QStringLiteral("1")}));
    QCOMPARE(latest.out.split(u'\n', Qt::SkipEmptyParts).size(), 2);
    QCOMPARE(runCli(withDb(m_db, {QStringLiteral("exports"), QStringLiteral("--limit"), QStringLiteral("x")})).exitCode,
             2);
}

QTEST_GUILESS_MAIN(TestExportCli)
#include "tst_exportcli.moc"
