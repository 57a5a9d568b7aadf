// Exports of a segment and of a list: chosen columns, channel opt-outs, escaping and encodings in
// both CSV presets and in .xlsx, cancel, and the export log.
#include "exporting/peopleexport.h"
#include "lists/listservice.h"
#include "lists/segmentservice.h"

#include "../lists/listsfixture.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#include <ranges>

using namespace terrain;
using namespace terrain::test;
using namespace Qt::StringLiterals;

namespace {

const QDate kToday(2026, 3, 1);

Segment bureauSegment(const QString& code)
{
    Segment s;
    s.name = u"Bureau %1"_s.arg(code);
    s.filter = SegmentFilter::values(SegmentFilter::Kind::Bureaux, { code });
    return s;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The second cell of each data row of a standard CSV without quoted fields.
QStringList secondColumn(const QByteArray& csv)
{
    QStringList lines = QString::fromUtf8(csv).split(u'\n', Qt::SkipEmptyParts);
    lines.removeFirst();
    QStringList cells;
    for (const QString& line : lines)
        cells << line.section(u',', 1, 1);
    return cells;
}

QJsonObject readWorkbook(const QString& path)
{
    QProcess process;
    process.start(QStandardPaths::findExecutable(u"python3"_s), { testDataPath(u"export/readxlsx.py"_s), path });
    if (!process.waitForFinished(120000) || process.exitCode() != 0) {
        qWarning().noquote() << "readxlsx.py failed:" << process.readAllStandardError();
        return {};
    }
    return QJsonDocument::fromJson(process.readAllStandardOutput()).object();
}

} // namespace

class TestSelectionExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void segmentWithChosenColumns();
    void channelOptOutsLeavePeopleOut();
    void contactColumnsHoldOnlyConsentedValues();
    void listInWalkOrder();
    void escapingExcelFrance();
    void escapingStandardCsv();
    void xlsxOpensWithTheValues();
    void cancelLeavesNothing();
    void aWriteElsewhereDuringTheExportIsNoError();
    void columnKeys();
    void everyoneExportKeepsItsColumns();

private:
    qint64 id(const char* firstName) { return personByFirstName(m_campaign->db(), QString::fromUtf8(firstName)); }
    void set(const char* firstName, const char* field, const QVariant& value);
    void setPhone(const char* firstName, const char* field, const QVariant& value);
    ExportOptions options(const QString& file, ExportFormat format = ExportFormat::StandardCsv) const;
    Result<qint64> exportBureau(const QString& code, const ExportOptions& options);

    std::unique_ptr<TempCampaign> m_campaign;
};

void TestSelectionExport::init()
{
    m_campaign = std::make_unique<TempCampaign>();
    QVERIFY(importListsFixture(m_campaign->db(), m_campaign->dir()));
}

void TestSelectionExport::set(const char* firstName, const char* field, const QVariant& value)
{
    Repository repo(m_campaign->db());
    auto written = repo.update("people", id(firstName), { { QString::fromLatin1(field), value } });
    QVERIFY2(written, written ? "" : qPrintable(written.error().toString()));
}

void TestSelectionExport::setPhone(const char* firstName, const char* field, const QVariant& value)
{
    Statement st = m_campaign->db().prepare("SELECT id FROM phones WHERE person_id = ?");
    st.bind(1, id(firstName));
    QVERIFY(st.step());
    Repository repo(m_campaign->db());
    QVERIFY(repo.update("phones", st.int64(0), { { QString::fromLatin1(field), value } }));
}

ExportOptions TestSelectionExport::options(const QString& file, ExportFormat format) const
{
    ExportOptions o;
    o.path = m_campaign->dir() + u'/' + file;
    o.format = format;
    o.author = u"coordinator"_s;
    o.today = kToday;
    return o;
}

Result<qint64> TestSelectionExport::exportBureau(const QString& code, const ExportOptions& o)
{
    return exportSegment(m_campaign->db(), bureauSegment(code), o);
}

void TestSelectionExport::segmentWithChosenColumns()
{
    ExportOptions o = options(u"bureau2.csv"_s);
    o.columns = { ExportColumn::LastName, ExportColumn::FirstNames, ExportColumn::Bureau, ExportColumn::Age,
        ExportColumn::Street };
    auto rows = exportBureau(u"2"_s, o);
    QVERIFY2(rows, rows ? "" : qPrintable(rows.error().toString()));
    QCOMPARE(*rows, qint64(3));
    // By name; ages at the export date (Léa turned 27 in January, Marc 41 in February).
    QCOMPARE(QString::fromUtf8(readAll(o.path)),
        u"Last name,First names,Bureau,Age,Street\n"
        "KLEIN,Karl,2,80,Avenue FOCH\n"
        "LEROY,Léa,2,27,Avenue FOCH\n"
        "MOREAU,Marc,2,41,LES GRANGES\n"_s);

    // The log says who exported what, where, and how many rows.
    Statement st = m_campaign->db().prepare("SELECT author, what, path, rows FROM export_log");
    QVERIFY(st.step());
    QCOMPARE(st.text(0), u"coordinator"_s);
    QVERIFY2(st.text(1).startsWith(u"Segment \"Bureau 2\"; channel: none; format: csv; "
                                   "columns: last-name,first-names,bureau,age,street"_s),
        qPrintable(st.text(1)));
    QCOMPARE(st.text(2), QFileInfo(o.path).absoluteFilePath());
    QCOMPARE(st.int64(3), qint64(3));
    QVERIFY(!st.step());
    auto log = exportLog(m_campaign->db());
    QVERIFY(log);
    QCOMPARE(log->size(), 1);
    QCOMPARE(log->front().rows, qint64(3));
}

void TestSelectionExport::channelOptOutsLeavePeopleOut()
{
    set("Gilles", "dnc_phone", 1);
    set("Hélène", "dnc_sms", 1);
    set("Alice", "dnc_door", 1);
    setPhone("Bruno", "bad", 1);
    ExportOptions o = options(u"phone.csv"_s);
    o.columns = { ExportColumn::LastName, ExportColumn::FirstNames, ExportColumn::Phone };

    // Calls: people with a usable phone who accept calls. Gilles opted out, Bruno's number is bad.
    o.channel = ExportChannel::Phone;
    QCOMPARE(*exportBureau(u"1"_s, o), qint64(5));
    QCOMPARE(
        secondColumn(readAll(o.path)), (QStringList { u"Fanny"_s, u"Franck"_s, u"Hélène"_s, u"Ivan"_s, u"Julie"_s }));

    // Texts: a usable mobile and texts accepted. Hélène opted out of texts, Gilles only of calls.
    o.channel = ExportChannel::Sms;
    o.path = m_campaign->dir() + u"/sms.csv"_s;
    QCOMPARE(*exportBureau(u"1"_s, o), qint64(2));
    QCOMPARE(secondColumn(readAll(o.path)), (QStringList { u"Gilles"_s, u"Ivan"_s }));

    // Email: only Fanny has an address; once she opts out, nobody is left (a header-only file).
    o.channel = ExportChannel::Email;
    o.path = m_campaign->dir() + u"/email.csv"_s;
    QCOMPARE(*exportBureau(u"1"_s, o), qint64(1));
    QCOMPARE(secondColumn(readAll(o.path)), QStringList { u"Fanny"_s });
    set("Fanny", "dnc_email", 1);
    QCOMPARE(*exportBureau(u"1"_s, o), qint64(0));
    QCOMPARE(readAll(o.path), QByteArray("Last name,First names,Phone\n"));

    // Visits: everyone of bureau 1 but Alice.
    o.channel = ExportChannel::Door;
    o.path = m_campaign->dir() + u"/door.csv"_s;
    QCOMPARE(*exportBureau(u"1"_s, o), qint64(10));
    QVERIFY(!secondColumn(readAll(o.path)).contains(u"Alice"_s));

    // Without a channel nobody is left out.
    o.channel = ExportChannel::None;
    o.path = m_campaign->dir() + u"/all.csv"_s;
    QCOMPARE(*exportBureau(u"1"_s, o), qint64(11));
    QCOMPARE(count(m_campaign->db(), "SELECT count(*) FROM export_log"), qint64(6));
    QCOMPARE(count(m_campaign->db(), "SELECT count(*) FROM export_log WHERE what LIKE '%channel: sms%'"), qint64(1));
}

void TestSelectionExport::contactColumnsHoldOnlyConsentedValues()
{
    set("Gilles", "dnc_phone", 1);
    set("Fanny", "dnc_email", 1);
    set("Ivan", "dnc_sms", 1);
    ExportOptions o = options(u"contacts.csv"_s);
    o.columns = { ExportColumn::FirstNames, ExportColumn::Phone, ExportColumn::Mobile, ExportColumn::Email };
    QVERIFY(exportBureau(u"1"_s, o));
    QHash<QString, QStringList> byName;
    for (const QString& line : QString::fromUtf8(readAll(o.path)).split(u'\n', Qt::SkipEmptyParts).mid(1))
        byName.insert(line.section(u',', 0, 0), line.split(u','));
    // Gilles is exported (no channel) but his number is not; Fanny's email neither.
    QCOMPARE(byName.value(u"Gilles"_s), (QStringList { u"Gilles"_s, QString(), QString(), QString() }));
    QVERIFY(byName.value(u"Fanny"_s).at(1).endsWith(u"241000003"_s));
    QCOMPARE(byName.value(u"Fanny"_s).at(3), QString());
    QVERIFY(byName.value(u"Bruno"_s).at(2).endsWith(u"612000102"_s));
    QCOMPARE(byName.value(u"Julie"_s).at(2), QString()); // a landline is not a mobile
    // Ivan refused texts, not calls: his mobile shows in a file made for calls...
    QVERIFY(byName.value(u"Ivan"_s).at(1).endsWith(u"612000110"_s));
    // ...but not in one made for texts, from which he is left out altogether.
    o.channel = ExportChannel::Sms;
    QVERIFY(exportBureau(u"1"_s, o));
    QVERIFY(!QString::fromUtf8(readAll(o.path)).contains(u"Ivan"_s));
    QVERIFY(!QString::fromUtf8(readAll(o.path)).contains(u"612000110"_s));
}

void TestSelectionExport::listInWalkOrder()
{
    Database& db = m_campaign->db();
    ListService lists(db, u"coordinator"_s);
    auto made = lists.createWalkLists(bureauSegment(u"1"_s));
    QVERIFY(made);
    const ListSummary& list = made->front();
    set("Claire", "dnc_door", 1); // after the list was made: a list export still honours it
    ExportOptions o = options(u"list.csv"_s);
    o.columns = { ExportColumn::ListCode, ExportColumn::FirstNames };
    o.channel = ExportChannel::Door;
    auto rows = exportList(db, list, o);
    QVERIFY2(rows, rows ? "" : qPrintable(rows.error().toString()));
    QCOMPARE(*rows, qint64(10));
    const QByteArray csv = readAll(o.path);
    QCOMPARE(secondColumn(csv),
        (QStringList { u"Gilles"_s, u"Fanny"_s, u"Franck"_s, u"Hélène"_s, u"Emma"_s, u"David"_s, u"Bruno"_s, u"Alice"_s,
            u"Ivan"_s, u"Julie"_s }));
    QVERIFY(csv.contains(QByteArray("\n" + list.code.toUtf8() + ",Gilles\n")));
    QCOMPARE(count(db, "SELECT count(*) FROM export_log WHERE rows = 10"), qint64(1));
    const QString what = test::column(db, "SELECT what FROM export_log").value(0);
    QVERIFY2(what.startsWith(u"List %1 \"%2\"; channel: door"_s.arg(list.code, list.name)), qPrintable(what));

    // In a segment export, list-code names the lists a person is on.
    ExportOptions s = options(u"segment.csv"_s);
    s.columns = { ExportColumn::FirstNames, ExportColumn::ListCode };
    QVERIFY(exportBureau(u"1"_s, s));
    QVERIFY(readAll(s.path).contains(QByteArray("\nAlice," + list.code.toUtf8() + "\n")));
    QVERIFY(exportBureau(u"2"_s, s));
    QVERIFY(readAll(s.path).contains("\nKarl,\n"));
}

void TestSelectionExport::escapingExcelFrance()
{
    set("Karl", "last_name", u"=HYPERLINK(\"http://x\")"_s);
    set("Karl", "first_names", u"Jo; \"Kid\""_s);
    set("Léa", "last_name", u"-5"_s);
    set("Léa", "first_names", u"Léa\nMarie"_s);
    ExportOptions o = options(u"excel.csv"_s, ExportFormat::ExcelFrance);
    o.columns = { ExportColumn::LastName, ExportColumn::FirstNames, ExportColumn::Bureau };
    QVERIFY(exportBureau(u"2"_s, o));
    const QByteArray bytes = readAll(o.path);
    // UTF-8 with a BOM, ';', CRLF; fields holding ';', '"' or a line break quoted with quotes doubled;
    // formula triggers behind an apostrophe.
    const QByteArray expected = "\xEF\xBB\xBF"
                                "Last name;First names;Bureau\r\n"
                                "\"'=HYPERLINK(\"\"http://x\"\")\";\"Jo; \"\"Kid\"\"\";2\r\n"
                                "'-5;\"L\xC3\xA9"
                                "a\nMarie\";2\r\n"
                                "MOREAU;Marc;2\r\n";
    QCOMPARE(bytes, expected);
}

void TestSelectionExport::escapingStandardCsv()
{
    set("Karl", "last_name", u"+SUM(A1), \"x\""_s);
    set("Marc", "first_names", u"@cmd"_s);
    ExportOptions o = options(u"standard.csv"_s, ExportFormat::StandardCsv);
    o.columns = { ExportColumn::LastName, ExportColumn::FirstNames };
    QVERIFY(exportBureau(u"2"_s, o));
    const QByteArray expected = "Last name,First names\n"
                                "\"'+SUM(A1), \"\"x\"\"\",Karl\n"
                                "LEROY,L\xC3\xA9"
                                "a\n"
                                "MOREAU,'@cmd\n";
    QCOMPARE(readAll(o.path), expected);
}

void TestSelectionExport::xlsxOpensWithTheValues()
{
    if (QStandardPaths::findExecutable(u"python3"_s).isEmpty())
        QSKIP("python3 is needed to read the workbook");
    set("Karl", "last_name", u"=1+1"_s);
    ExportOptions o = options(u"bureau2.xlsx"_s, ExportFormat::Xlsx);
    o.columns = { ExportColumn::LastName, ExportColumn::FirstNames, ExportColumn::Postcode, ExportColumn::Bureau };
    QCOMPARE(*exportBureau(u"2"_s, o), qint64(3));
    const QJsonObject book = readWorkbook(o.path);
    QVERIFY(!book.isEmpty());
    QList<QStringList> rows;
    for (const QJsonValue& row : book.value(u"rows"_s).toArray()) {
        QStringList cells;
        for (const QJsonValue& cell : row.toArray())
            cells << cell.toString();
        rows << cells;
    }
    QCOMPARE(rows,
        (QList<QStringList> { { u"Last name"_s, u"First names"_s, u"Postcode"_s, u"Bureau"_s },
            { u"'=1+1"_s, u"Karl"_s, u"49170"_s, u"2"_s }, { u"LEROY"_s, u"Léa"_s, u"49170"_s, u"2"_s },
            { u"MOREAU"_s, u"Marc"_s, u"49170"_s, u"2"_s } }));
    QCOMPARE(book.value(u"types"_s).toArray(), QJsonArray { u"inlineStr"_s }); // text everywhere
    QCOMPARE(count(m_campaign->db(), "SELECT count(*) FROM export_log WHERE what LIKE '%format: xlsx%'"), qint64(1));
}

void TestSelectionExport::aWriteElsewhereDuringTheExportIsNoError()
{
    // Another connection (the window, a sync) writes while the export reads its snapshot: the
    // file and its log row are still written.
    auto other = Database::open(m_campaign->path(), Database::OpenMode::OpenExisting);
    QVERIFY(other);
    bool wrote = false;
    ExportOptions o = options(u"during.csv"_s);
    o.progress = [&](qint64, qint64) {
        if (!wrote)
            wrote = (*other)->exec("INSERT INTO meta(key, value) VALUES('written-during-export', '1')").ok();
    };
    auto rows = exportBureau(u"1"_s, o);
    QVERIFY2(rows, qPrintable(rows ? QString() : rows.error().toString()));
    QVERIFY(wrote);
    QCOMPARE(count(m_campaign->db(), "SELECT count(*) FROM export_log"), qint64(1));
}

void TestSelectionExport::cancelLeavesNothing()
{
    const QString path = m_campaign->dir() + u"/kept.csv"_s;
    {
        QFile existing(path);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("before");
    }
    std::atomic_bool cancel = true;
    for (ExportFormat format : { ExportFormat::ExcelFrance, ExportFormat::Xlsx }) {
        ExportOptions o = options(u"kept.csv"_s, format);
        o.cancel = &cancel;
        auto rows = exportBureau(u"1"_s, o);
        QVERIFY(!rows);
        QCOMPARE(rows.error().code, u"export.cancelled"_s);
        QCOMPARE(readAll(path), QByteArray("before"));
    }
    // Nothing but the file we wrote, and nothing logged.
    QStringList files = QDir(m_campaign->dir()).entryList(QDir::Files);
    files.removeAll(u"rejects.csv"_s);
    files.removeIf([](const QString& f) { return f.contains(u".terrain"_s); });
    QCOMPARE(files, QStringList { u"kept.csv"_s });
    QCOMPARE(count(m_campaign->db(), "SELECT count(*) FROM export_log"), qint64(0));
}

void TestSelectionExport::columnKeys()
{
    auto columns = exportColumnsFromKeys(u" last-name, PHONE ,last-name,list-code"_s);
    QVERIFY(columns);
    QCOMPARE(*columns, (QList<ExportColumn> { ExportColumn::LastName, ExportColumn::Phone, ExportColumn::ListCode }));
    for (const QString& key : allExportColumns() | std::views::transform(exportColumnKey)) {
        auto back = exportColumnsFromKeys(key);
        QVERIFY(back);
        QCOMPARE(exportColumnKey(back->front()), key);
    }
    // What the law keeps out of exports is not in the catalogue.
    for (const QString& forbidden : { u"birth-place"_s, u"nationality"_s, u"place-of-birth"_s }) {
        auto refused = exportColumnsFromKeys(forbidden);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, u"export.column"_s);
        QVERIFY(refused.error().message.contains(u"last-name"_s)); // the message lists the columns
    }
    QCOMPARE(exportColumnsFromKeys(u" , "_s).error().code, u"export.columns"_s);
    QCOMPARE(*exportChannelFromName(u"SMS"_s), ExportChannel::Sms);
    QVERIFY(!exportChannelFromName(u"fax"_s));
}

void TestSelectionExport::everyoneExportKeepsItsColumns()
{
    set("Gilles", "dnc_phone", 1);
    PeopleExportOptions o;
    o.path = m_campaign->dir() + u"/everyone.csv"_s;
    o.format = ExportFormat::StandardCsv;
    auto rows = exportPeople(m_campaign->db(), o);
    QVERIFY(rows);
    QCOMPARE(*rows, qint64(14));
    const QStringList lines = QString::fromUtf8(readAll(o.path)).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 15);
    QCOMPARE(lines.front(),
        u"Id,Voter key,Last name,Usage name,First names,Sex,Birth date,Address,Postcode,City,"
        "Bureau,Phones,Emails,Support,Status"_s);
    const QString gilles = lines.filter(u",Gilles,"_s).value(0);
    QVERIFY2(!gilles.contains(u"612000108"_s), qPrintable(gilles)); // opted out of calls: number withheld
    QVERIFY(lines.filter(u",Hélène,"_s).value(0).contains(u"612000109"_s));
    QCOMPARE(test::column(m_campaign->db(), "SELECT what FROM export_log"),
        QStringList { u"Everyone; channel: none; format: csv; columns: id,voter-key,last-name,usage-name,"
                      "first-names,sex,birth-date,address,postcode,city,bureau,phones,emails,support,status"_s });
}

QTEST_GUILESS_MAIN(TestSelectionExport)
#include "tst_selectionexport.moc"
