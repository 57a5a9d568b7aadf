#include "exporting/tablewriter.h"
#include "exporting/xlsxtablewriter.h"

#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace terrain;
using namespace Qt::StringLiterals;

namespace {

// What a spreadsheet reads from the file, through tests/data/export/readxlsx.py (python3's zipfile and
// ElementTree): an independent reader, so a file our writer and a broken reader agree on cannot pass.
QJsonObject readWorkbook(const QString& path)
{
    const QString python = QStandardPaths::findExecutable(u"python3"_s);
    if (python.isEmpty())
        return {};
    QProcess process;
    process.start(python, {test::testDataPath(u"export/readxlsx.py"_s), path});
    if (!process.waitForFinished(120000) || process.exitCode() != 0) {
        qWarning().noquote() << "readxlsx.py failed:" << process.readAllStandardError();
        return {};
    }
    return QJsonDocument::fromJson(process.readAllStandardOutput()).object();
}

QList<QStringList> rowsOf(const QJsonObject& workbook)
{
    QList<QStringList> rows;
    for (const QJsonValue& row : workbook.value(u"rows"_s).toArray()) {
        QStringList cells;
        for (const QJsonValue& cell : row.toArray())
            cells << cell.toString();
        rows << cells;
    }
    return rows;
}

QStringList filesIn(const QString& dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

class TestXlsxTableWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(u"python3"_s).isEmpty())
            QSKIP("python3 is needed to read the produced workbooks");
    }

    void contents()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"électeurs.xlsx"_s);
        auto writer = TableWriter::create(path, ExportFormat::Xlsx);
        QVERIFY2(writer.ok(), writer.ok() ? "" : qPrintable(writer.error().toString()));
        const QStringList header{u"Nom"_s, u"Prénom"_s, u"Téléphone"_s, u"Né le"_s, u"Note"_s};
        const QList<QStringList> rows{
            {u"Dupré"_s, u"Hélène"_s, u"0612345678"_s, u"1984-02-29"_s, u"Dit \"oui\"; <b>&amp;</b>"_s},
            {u"O'Neil"_s, u"Zoë"_s, u"+33612345678"_s, u"2001-12-01"_s, u"ligne 1\nligne 2"_s},
            {u"=1+1"_s, u"-5"_s, u"@SUM(A1)"_s, u"\tTab"_s, u"\rCR"_s},
            {u" espacé "_s, QString(), u"00123"_s, u"1e5"_s, u"a=b"_s},
        };
        QVERIFY((*writer)->writeHeader(header).ok());
        for (const QStringList& row : rows)
            QVERIFY((*writer)->writeRow(row).ok());
        QVERIFY((*writer)->commit().ok());
        QCOMPARE(filesIn(dir.path()), QStringList{u"électeurs.xlsx"_s});

        const QJsonObject workbook = readWorkbook(path);
        QVERIFY(!workbook.isEmpty());
        QVERIFY(workbook.value(u"badZip"_s).isNull());
        QCOMPARE(workbook.value(u"sheets"_s).toArray().size(), 1);
        const QList<QStringList> expected{
            header,
            {u"Dupré"_s, u"Hélène"_s, u"0612345678"_s, u"1984-02-29"_s, u"Dit \"oui\"; <b>&amp;</b>"_s},
            {u"O'Neil"_s, u"Zoë"_s, u"'+33612345678"_s, u"2001-12-01"_s, u"ligne 1\nligne 2"_s},
            {u"'=1+1"_s, u"'-5"_s, u"'@SUM(A1)"_s, u"'\tTab"_s, u"'\rCR"_s},
            {u" espacé "_s, QString(), u"00123"_s, u"1e5"_s, u"a=b"_s},
        };
        QCOMPARE(rowsOf(workbook), expected);
        // Text cells only: no number that would drop a leading zero or turn 1e5 into 100000.
        QCOMPARE(workbook.value(u"types"_s).toArray(), QJsonArray{u"inlineStr"_s});
        QCOMPARE(workbook.value(u"boldRows"_s).toArray(), QJsonArray{1});
        QCOMPARE(workbook.value(u"frozenRows"_s).toInt(), 1);
    }

    void controlCharactersSurvive()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"ctrl.xlsx"_s);
        auto writer = TableWriter::create(path, ExportFormat::Xlsx);
        QVERIFY(writer.ok());
        const QString odd = u"a"_s + QChar(0x01) + u"b"_s + QChar(0x1F) + u"c 𝄞"_s;
        // Excel reads _xHHHH_ in XML as an escaped character; a value that happens to look like one must not
        // turn into another character.
        const QStringList lookalikes{u"ref_x0041_b"_s, u"_x00e9_"_s, u"_x_x0041__X0041_ _x00G1_"_s};
        QVERIFY((*writer)->writeRow(QStringList{odd} + lookalikes).ok());
        QVERIFY((*writer)->commit().ok());
        const QJsonObject workbook = readWorkbook(path);
        QCOMPARE(rowsOf(workbook), (QList<QStringList>{QStringList{odd} + lookalikes}));
        QCOMPARE(workbook.value(u"boldRows"_s).toArray(), QJsonArray());
    }

    void manyRows()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"many.xlsx"_s);
        auto writer = TableWriter::create(path, ExportFormat::Xlsx);
        QVERIFY(writer.ok());
        QVERIFY((*writer)->writeHeader({u"Id"_s, u"Nom"_s}).ok());
        for (int i = 0; i < 20000; ++i)
            QVERIFY((*writer)->writeRow({QString::number(i).rightJustified(6, u'0'), u"Élise"_s}).ok());
        QVERIFY((*writer)->commit().ok());
        const QList<QStringList> rows = rowsOf(readWorkbook(path));
        QCOMPARE(rows.size(), 20001);
        QCOMPARE(rows.at(1), (QStringList{u"000000"_s, u"Élise"_s}));
        QCOMPARE(rows.at(20000), (QStringList{u"019999"_s, u"Élise"_s}));
    }

    // Excel cannot hold more than 32,767 characters in a cell: refuse rather than cut a note silently.
    void overlongCellFailsCleanly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"long.xlsx"_s);
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("old");
        }
        auto writer = TableWriter::create(path, ExportFormat::Xlsx);
        QVERIFY(writer.ok());
        QVERIFY((*writer)->writeHeader({u"Nom"_s, u"Note"_s}).ok());
        QVERIFY((*writer)->writeRow({u"a"_s, QString(XlsxTableWriter::kMaxCellChars, u'x')}).ok());
        // The apostrophe counts: a trigger cell at the limit would overflow once neutralised.
        const Status bad = (*writer)->writeRow({u"b"_s, u'=' + QString(XlsxTableWriter::kMaxCellChars - 1, u'x')});
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code, u"export.cell_too_long"_s);
        QVERIFY2(bad.error().message.contains(u"row 3"_s) && bad.error().message.contains(u"column 2"_s),
                 qPrintable(bad.error().message));
        QCOMPARE(filesIn(dir.path()), QStringList{u"long.xlsx"_s});
        QFile old(path);
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("old"));
    }
};

QTEST_GUILESS_MAIN(TestXlsxTableWriter)
#include "tst_xlsxtablewriter.moc"
