#include "exporting/tablewriter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace terrain;
using namespace Qt::StringLiterals;

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// Accents, both delimiters, quotes, line breaks inside cells, leading zeros and every formula trigger.
const QStringList kHeader{u"Nom"_s, u"Prénom"_s, u"Adresse"_s, u"Téléphone"_s, u"Note"_s};
const QList<QStringList> kRows{
    {u"Dupré"_s, u"Hélène"_s, u"12, rue de l'Église"_s, u"0612345678"_s, u"Dit \"oui\""_s},
    {u"O'Neil"_s, u"Zoë"_s, u"Bât. A; 2e étage"_s, QString(), u"ligne 1\nligne 2"_s},
    {u"=1+1"_s, u"+33612345678"_s, u"-5"_s, u"@SUM(A1)"_s, u"a\r\nb"_s},
    {u"\tTab"_s, u"\rCR"_s, u"2026-03-15"_s, u"a=b"_s, u"x-y"_s},
};

} // namespace

class TestCsvTableWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exactBytes_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("excel-fr") << u"excel-fr"_s
                                  << QByteArray("\xEF\xBB\xBF"
                                                "Nom;Prénom;Adresse;Téléphone;Note\r\n"
                                                "Dupré;Hélène;12, rue de l'Église;0612345678;\"Dit \"\"oui\"\"\"\r\n"
                                                "O'Neil;Zoë;\"Bât. A; 2e étage\";;\"ligne 1\nligne 2\"\r\n"
                                                "'=1+1;'+33612345678;'-5;'@SUM(A1);\"a\r\nb\"\r\n"
                                                "'\tTab;\"'\rCR\";2026-03-15;a=b;x-y\r\n");
        QTest::newRow("csv") << u"csv"_s
                             << QByteArray("Nom,Prénom,Adresse,Téléphone,Note\n"
                                           "Dupré,Hélène,\"12, rue de l'Église\",0612345678,\"Dit \"\"oui\"\"\"\n"
                                           "O'Neil,Zoë,Bât. A; 2e étage,,\"ligne 1\nligne 2\"\n"
                                           "'=1+1,'+33612345678,'-5,'@SUM(A1),\"a\r\nb\"\n"
                                           "'\tTab,\"'\rCR\",2026-03-15,a=b,x-y\n");
    }
    void exactBytes()
    {
        QFETCH(QString, format);
        QFETCH(QByteArray, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"export.csv"_s);
        auto writer = TableWriter::create(path, exportFormatFromName(format).value());
        QVERIFY2(writer.ok(), writer.ok() ? "" : qPrintable(writer.error().toString()));
        QVERIFY((*writer)->writeHeader(kHeader).ok());
        for (const QStringList& row : kRows)
            QVERIFY((*writer)->writeRow(row).ok());
        QCOMPARE((*writer)->rowCount(), qint64(kRows.size()));
        const Status committed = (*writer)->commit();
        QVERIFY2(committed.ok(), committed.ok() ? "" : qPrintable(committed.error().toString()));
        QCOMPARE(readAll(path), expected);
    }

    void headerIsNeutralisedToo()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"h.csv"_s);
        auto writer = TableWriter::create(path, ExportFormat::StandardCsv);
        QVERIFY(writer.ok());
        QVERIFY((*writer)->writeHeader({u"-Solde"_s, u"@Mail"_s}).ok());
        QVERIFY((*writer)->commit().ok());
        QCOMPARE(readAll(path), QByteArray("'-Solde,'@Mail\n"));
    }

    void headerOnlyAndEmptyExports()
    {
        QTemporaryDir dir;
        auto fr = TableWriter::create(dir.filePath(u"fr.csv"_s), ExportFormat::ExcelFrance);
        QVERIFY(fr.ok());
        QVERIFY((*fr)->commit().ok());
        QCOMPARE(readAll(dir.filePath(u"fr.csv"_s)), QByteArray("\xEF\xBB\xBF"));
        auto plain = TableWriter::create(dir.filePath(u"plain.csv"_s), ExportFormat::StandardCsv);
        QVERIFY(plain.ok());
        QVERIFY((*plain)->commit().ok());
        QVERIFY(QFile::exists(dir.filePath(u"plain.csv"_s)));
        QCOMPARE(readAll(dir.filePath(u"plain.csv"_s)), QByteArray());
    }

    // Enough rows to cross several internal flushes: no row may be lost, split or re-encoded wrongly.
    void manyRowsSurviveBuffering()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"big.csv"_s);
        auto writer = TableWriter::create(path, ExportFormat::ExcelFrance);
        QVERIFY(writer.ok());
        QByteArray expected("\xEF\xBB\xBF");
        for (int i = 0; i < 30000; ++i) {
            const QString id = QString::number(i).rightJustified(7, u'0');
            const QStringList row{id, u"Élise Œuvré 𝄞"_s, u"=x"_s + id, u"q\"" + id};
            QVERIFY((*writer)->writeRow(row).ok());
            expected += id.toUtf8() + "\x3B\xC3\x89lise \xC5\x92uvr\xC3\xA9 \xF0\x9D\x84\x9E;'=x" + id.toUtf8()
                        + ";\"q\"\"" + id.toUtf8() + "\"\r\n";
        }
        QCOMPARE((*writer)->rowCount(), qint64(30000));
        QVERIFY((*writer)->commit().ok());
        const QByteArray actual = readAll(path);
        QCOMPARE(actual.size(), expected.size());
        QVERIFY(actual == expected);
    }

    void spanOverloadWritesTheSameAsTheList()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"span.csv"_s);
        auto writer = TableWriter::create(path, ExportFormat::StandardCsv);
        QVERIFY(writer.ok());
        const QString line = u"Martin,Zoé"_s;
        const QStringView cells[] = {QStringView(line).left(6), QStringView(line).mid(7)};
        QVERIFY((*writer)->writeRow(std::span<const QStringView>(cells)).ok());
        QVERIFY((*writer)->commit().ok());
        QCOMPARE(readAll(path), QByteArray("Martin,Zoé\n"));
    }
};

QTEST_GUILESS_MAIN(TestCsvTableWriter)
#include "tst_csvtablewriter.moc"
