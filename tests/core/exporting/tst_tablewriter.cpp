#include "exporting/tablewriter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace terrain;
using namespace Qt::StringLiterals;

namespace {

QStringList filesIn(const QString& dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

void addFormats()
{
    QTest::addColumn<ExportFormat>("format");
    QTest::newRow("excel-fr") << ExportFormat::ExcelFrance;
    QTest::newRow("csv") << ExportFormat::StandardCsv;
    QTest::newRow("xlsx") << ExportFormat::Xlsx;
}

QString fileName(ExportFormat format)
{
    return u"export."_s + defaultExtension(format);
}

} // namespace

class TestTableWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formatNames()
    {
        for (ExportFormat format : {ExportFormat::ExcelFrance, ExportFormat::StandardCsv, ExportFormat::Xlsx}) {
            auto parsed = exportFormatFromName(exportFormatName(format));
            QVERIFY(parsed.ok());
            QCOMPARE(*parsed, format);
            QVERIFY(!exportFormatLabel(format).isEmpty());
        }
        QCOMPARE(exportFormatName(ExportFormat::ExcelFrance), u"excel-fr"_s);
        QCOMPARE(exportFormatName(ExportFormat::StandardCsv), u"csv"_s);
        QCOMPARE(exportFormatName(ExportFormat::Xlsx), u"xlsx"_s);
        QCOMPARE(*exportFormatFromName(u" XLSX "), ExportFormat::Xlsx);
        QCOMPARE(defaultExtension(ExportFormat::ExcelFrance), u"csv"_s);
        QCOMPARE(defaultExtension(ExportFormat::StandardCsv), u"csv"_s);
        QCOMPARE(defaultExtension(ExportFormat::Xlsx), u"xlsx"_s);
        auto unknown = exportFormatFromName(u"ods");
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().code, u"export.format"_s);
        QVERIFY(unknown.error().message.contains(u"ods"_s));
    }

    void neutralize_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("expected");
        QTest::newRow("equals") << u"=HYPERLINK(\"http://x\")"_s << u"'=HYPERLINK(\"http://x\")"_s;
        QTest::newRow("plus") << u"+33612345678"_s << u"'+33612345678"_s;
        QTest::newRow("minus") << u"-2+3"_s << u"'-2+3"_s;
        QTest::newRow("negative number") << u"-5"_s << u"'-5"_s;
        QTest::newRow("at") << u"@SUM(A1)"_s << u"'@SUM(A1)"_s;
        QTest::newRow("tab") << u"\t=1"_s << u"'\t=1"_s;
        QTest::newRow("cr") << u"\r=1"_s << u"'\r=1"_s;
        QTest::newRow("lone trigger") << u"="_s << u"'="_s;
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("plain") << u"Hélène Dupré"_s << u"Hélène Dupré"_s;
        QTest::newRow("leading zero") << u"0612345678"_s << u"0612345678"_s;
        QTest::newRow("iso date") << u"2026-03-15"_s << u"2026-03-15"_s;
        QTest::newRow("trigger inside") << u"a=b+c-d@e"_s << u"a=b+c-d@e"_s;
        QTest::newRow("leading space") << u" =1"_s << u" =1"_s;
        QTest::newRow("leading lf") << u"\nx"_s << u"\nx"_s;
        QTest::newRow("apostrophe") << u"'quoted"_s << u"'quoted"_s;
    }
    void neutralize()
    {
        QFETCH(QString, cell);
        QFETCH(QString, expected);
        QCOMPARE(neutralizeFormula(cell), expected);
        QCOMPARE(isFormulaTrigger(cell), expected != cell);
    }

    void commitReplacesAnExistingFile_data() { addFormats(); }
    void commitReplacesAnExistingFile()
    {
        QFETCH(ExportFormat, format);
        QTemporaryDir dir;
        const QString path = dir.filePath(fileName(format));
        QVERIFY(writeFile(path, "previous export"));
        auto writer = TableWriter::create(path, format);
        QVERIFY2(writer.ok(), writer.ok() ? "" : qPrintable(writer.error().toString()));
        QVERIFY((*writer)->writeHeader({u"Nom"_s}).ok());
        QVERIFY((*writer)->writeRow({u"Dupré"_s}).ok());
        // Until commit the previous file is what a user opening it would see.
        QCOMPARE(readAll(path), QByteArray("previous export"));
        QVERIFY((*writer)->commit().ok());
        QVERIFY(readAll(path) != QByteArray("previous export"));
        QVERIFY(readAll(path).size() > 0);
        QCOMPARE(filesIn(dir.path()), QStringList{fileName(format)});
    }

    void discardLeavesNothing_data() { addFormats(); }
    void discardLeavesNothing()
    {
        QFETCH(ExportFormat, format);
        QTemporaryDir dir;
        const QString path = dir.filePath(fileName(format));
        {
            auto writer = TableWriter::create(path, format);
            QVERIFY(writer.ok());
            QVERIFY((*writer)->writeHeader({u"Nom"_s, u"Prénom"_s}).ok());
            for (int i = 0; i < 5000; ++i)
                QVERIFY((*writer)->writeRow({u"Dupré"_s, QString::number(i)}).ok());
            // destroyed without commit(): a cancelled export
        }
        QCOMPARE(filesIn(dir.path()), QStringList());

        auto writer = TableWriter::create(path, format);
        QVERIFY(writer.ok());
        QVERIFY((*writer)->writeRow({u"x"_s}).ok());
        (*writer)->discard();
        QCOMPARE(filesIn(dir.path()), QStringList());
        QCOMPARE((*writer)->commit().error().code, u"export.closed"_s);
        QCOMPARE(filesIn(dir.path()), QStringList());
    }

    void discardKeepsAnExistingFile_data() { addFormats(); }
    void discardKeepsAnExistingFile()
    {
        QFETCH(ExportFormat, format);
        QTemporaryDir dir;
        const QString path = dir.filePath(fileName(format));
        QVERIFY(writeFile(path, "yesterday's list"));
        {
            auto writer = TableWriter::create(path, format);
            QVERIFY(writer.ok());
            QVERIFY((*writer)->writeHeader({u"Nom"_s}).ok());
            QVERIFY((*writer)->writeRow({u"Dupré"_s}).ok());
        }
        QCOMPARE(readAll(path), QByteArray("yesterday's list"));
        QCOMPARE(filesIn(dir.path()), QStringList{fileName(format)});
    }

    // A row that does not fit the header fails the export, which then leaves nothing behind.
    void failedWriteDiscards_data() { addFormats(); }
    void failedWriteDiscards()
    {
        QFETCH(ExportFormat, format);
        QTemporaryDir dir;
        const QString path = dir.filePath(fileName(format));
        QVERIFY(writeFile(path, "kept"));
        auto writer = TableWriter::create(path, format);
        QVERIFY(writer.ok());
        QVERIFY((*writer)->writeHeader({u"Nom"_s, u"Prénom"_s}).ok());
        QVERIFY((*writer)->writeRow({u"Dupré"_s, u"Hélène"_s}).ok());
        const Status bad = (*writer)->writeRow({u"Martin"_s});
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code, u"export.columns"_s);
        QVERIFY(bad.error().detail.contains(u"row 2"_s));
        QCOMPARE(filesIn(dir.path()), QStringList{fileName(format)});
        QCOMPARE(readAll(path), QByteArray("kept"));
        QCOMPARE((*writer)->writeRow({u"Martin"_s, u"Zoé"_s}).error().code, u"export.closed"_s);
        QCOMPARE((*writer)->commit().error().code, u"export.closed"_s);
        QCOMPARE(readAll(path), QByteArray("kept"));
    }

    void misuseIsRefused_data() { addFormats(); }
    void misuseIsRefused()
    {
        QFETCH(ExportFormat, format);
        QTemporaryDir dir;
        const QString path = dir.filePath(fileName(format));
        {
            auto writer = TableWriter::create(path, format);
            QVERIFY(writer.ok());
            QCOMPARE((*writer)->writeHeader({}).error().code, u"export.columns"_s);
        }
        auto writer = TableWriter::create(path, format);
        QVERIFY(writer.ok());
        QVERIFY((*writer)->writeRow({u"a"_s}).ok());
        QCOMPARE((*writer)->writeHeader({u"Nom"_s}).error().code, u"export.order"_s);
        QCOMPARE((*writer)->writeRow({u"b"_s}).error().code, u"export.closed"_s);
        QCOMPARE(filesIn(dir.path()), QStringList());

        auto done = TableWriter::create(path, format);
        QVERIFY(done.ok());
        QVERIFY((*done)->writeRow({u"a"_s}).ok());
        QVERIFY((*done)->commit().ok());
        QCOMPARE((*done)->writeRow({u"b"_s}).error().code, u"export.closed"_s);
        QCOMPARE((*done)->commit().error().code, u"export.closed"_s);
        QCOMPARE((*done)->rowCount(), qint64(1));
        QCOMPARE(filesIn(dir.path()), QStringList{fileName(format)});
    }

    void missingFolder_data() { addFormats(); }
    void missingFolder()
    {
        QFETCH(ExportFormat, format);
        QTemporaryDir dir;
        const QString folder = dir.filePath(u"Élections 2026"_s);
        auto writer = TableWriter::create(folder + u'/' + fileName(format), format);
        QVERIFY(!writer.ok());
        QCOMPARE(writer.error().code, u"export.folder"_s);
        QVERIFY2(writer.error().message.contains(QDir::toNativeSeparators(folder)), qPrintable(writer.error().message));
        QVERIFY(!QFileInfo::exists(folder));
    }

    void folderIsAFile_data() { addFormats(); }
    void folderIsAFile()
    {
        QFETCH(ExportFormat, format);
        QTemporaryDir dir;
        const QString notAFolder = dir.filePath(u"notes.txt"_s);
        QVERIFY(writeFile(notAFolder, "x"));
        auto writer = TableWriter::create(notAFolder + u'/' + fileName(format), format);
        QVERIFY(!writer.ok());
        QCOMPARE(writer.error().code, u"export.folder"_s);
        QCOMPARE(readAll(notAFolder), QByteArray("x"));
    }

    void targetIsAFolder_data() { addFormats(); }
    void targetIsAFolder()
    {
        QFETCH(ExportFormat, format);
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkdir(fileName(format)));
        auto writer = TableWriter::create(dir.filePath(fileName(format)), format);
        QVERIFY(!writer.ok());
        QCOMPARE(writer.error().code, u"export.path"_s);
        QVERIFY(QFileInfo(dir.filePath(fileName(format))).isDir());
    }

    void readOnlyFolder_data() { addFormats(); }
    void readOnlyFolder()
    {
        QFETCH(ExportFormat, format);
        QTemporaryDir dir;
        const QString folder = dir.filePath(u"locked"_s);
        QVERIFY(QDir(dir.path()).mkdir(u"locked"_s));
        QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        const auto restore = qScopeGuard([&] {
            QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        });
        {
            QFile probe(folder + u"/probe"_s);
            if (probe.open(QIODevice::WriteOnly)) {
                probe.remove();
                QSKIP("permissions are not enforced for this user (root?)");
            }
        }
        const QString path = folder + u'/' + fileName(format);
        auto writer = TableWriter::create(path, format);
        QVERIFY(!writer.ok());
        QCOMPARE(writer.error().code, u"export.open"_s);
        QVERIFY2(writer.error().message.contains(QDir::toNativeSeparators(path)), qPrintable(writer.error().message));
        QVERIFY2(!writer.error().detail.isEmpty(), "the reason from the system is kept");
        QCOMPARE(filesIn(folder), QStringList());
    }

#ifdef Q_OS_LINUX
    // procfs refuses new files even to root, so this runs where the permission test above cannot.
    void unwritableSystemFolder_data() { addFormats(); }
    void unwritableSystemFolder()
    {
        QFETCH(ExportFormat, format);
        const QString path = u"/proc/"_s + fileName(format);
        auto writer = TableWriter::create(path, format);
        QVERIFY(!writer.ok());
        QCOMPARE(writer.error().code, u"export.open"_s);
        QVERIFY2(writer.error().message.contains(path), qPrintable(writer.error().message));
        QVERIFY(!writer.error().detail.isEmpty());
        QVERIFY(!QFileInfo::exists(path));
    }
#endif
};

QTEST_GUILESS_MAIN(TestTableWriter)
#include "tst_tablewriter.moc"
