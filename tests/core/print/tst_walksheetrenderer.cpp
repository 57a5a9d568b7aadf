#include "print/walksheetrenderer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <qrencode.h>

#include <numeric>

using namespace terrain;
using namespace Qt::StringLiterals;

namespace {

const QString kCode = u"K7Q4MZ"_s;

// A person id printed inside the name, so that the order can be read back from the PDF text.
QString personId(int index)
{
    return u"P%1"_s.arg(index, 4, 10, QLatin1Char('0'));
}

SheetHeader header(const QString& name)
{
    SheetHeader h;
    h.listName = name;
    h.code = kCode;
    h.bureaux = { u"3 - École Jules Ferry"_s };
    h.volunteer = u"Camille Roux"_s;
    h.printedAt = QDateTime(QDate(2026, 5, 28), QTime(14, 5));
    return h;
}

QList<SheetQuestion> questions()
{
    return { { u"Will you vote in the first round?"_s, { u"Yes"_s, u"No"_s, u"Unsure"_s } },
        { u"Main concern for the town"_s, { u"Housing"_s, u"Schools"_s, u"Transport"_s, u"Safety"_s, u"Other"_s } } };
}

// Doors of 1 to 6 people in a fixed pseudo-random pattern; doorOfPerson maps a person index to its door.
WalkSheet walkSheet(int doors, QList<int>* doorOfPerson = nullptr, int largestDoor = 6)
{
    static const QStringList first { u"Marie"_s, u"Jean"_s, u"Léa"_s, u"Hugo"_s, u"Chloé"_s, u"Karim"_s, u"Inès"_s };
    static const QStringList last { u"Martin"_s, u"Bernard"_s, u"Dubois"_s, u"N'Diaye"_s, u"Lefèvre"_s };
    WalkSheet sheet;
    sheet.header = header(u"Rue des Lilas, côté pair"_s);
    sheet.resultCodes = defaultWalkResultCodes();
    sheet.questions = questions();
    int person = 0;
    quint32 seed = 7;
    for (int d = 0; d < doors; ++d) {
        seed = seed * 1103515245u + 12345u;
        const int size = 1 + int((seed >> 16) % quint32(largestDoor));
        SheetDoor door;
        door.address = u"%1%2 rue des Lilas"_s.arg(2 * (d + 1)).arg(d % 5 == 0 ? u" bis"_s : QString());
        if (d % 3 == 0)
            door.unit = u"Bât A, Esc %1, Apt %2"_s.arg(d % 4 + 1).arg(d + 10);
        for (int k = 0; k < size; ++k) {
            SheetPerson p;
            p.displayName = last.at((person + d) % last.size()) + u" "_s + first.at(person % first.size()) + u" "_s
                + personId(person);
            p.age = 18 + (person * 7) % 70;
            p.sex = person % 2 ? u"M"_s : u"F"_s;
            p.previousSupport = person % 6; // 0 = unknown
            if (person % 4 == 0) {
                p.lastContactDate = QDate(2026, 3, 12);
                p.lastContactResult = u"A"_s;
            }
            door.people.append(p);
            if (doorOfPerson)
                doorOfPerson->append(d);
            ++person;
        }
        sheet.doors.append(door);
    }
    return sheet;
}

struct PdfText
{
    QStringList pages;
    QString error;
};

// TERRAIN_PRINT_SAMPLES=<folder> keeps a copy of each PDF to look at.
void keepSample(const QString& pdf)
{
    const QString folder = qEnvironmentVariable("TERRAIN_PRINT_SAMPLES");
    if (folder.isEmpty())
        return;
    const QString target = QDir(folder).filePath(QString::fromLatin1(QTest::currentTestFunction()) + u"-"_s
        + QString::fromLatin1(QTest::currentDataTag()) + u".pdf"_s);
    QFile::remove(target);
    QFile::copy(pdf, target);
}

PdfText pdfText(const QString& pdf)
{
    keepSample(pdf);
    PdfText result;
    QProcess process;
    process.start(u"pdftotext"_s, { u"-layout"_s, u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s });
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        result.error = QString::fromUtf8(process.readAllStandardError());
        return result;
    }
    result.pages = QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\f'));
    if (!result.pages.isEmpty() && result.pages.last().trimmed().isEmpty())
        result.pages.removeLast();
    return result;
}

QString pdfInfo(const QString& pdf)
{
    QProcess process;
    process.start(u"pdfinfo"_s, { pdf });
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

QList<int> idsIn(const QString& text)
{
    QList<int> ids;
    static const QRegularExpression re(u"\\bP(\\d{4})\\b"_s);
    for (auto it = re.globalMatch(text); it.hasNext();)
        ids.append(it.next().captured(1).toInt());
    return ids;
}

} // namespace

class TestWalkSheetRenderer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
            QSKIP("pdftotext (poppler-utils) is needed to read the PDF back");
    }

    void walkListKeepsOrderAndDoors_data()
    {
        QTest::addColumn<PaperSize>("paper");
        QTest::addColumn<QString>("pageSize");
        QTest::newRow("A4") << PaperSize::A4 << u"(A4)"_s;
        QTest::newRow("Letter") << PaperSize::Letter << u"(letter)"_s;
    }

    void walkListKeepsOrderAndDoors()
    {
        QFETCH(PaperSize, paper);
        QFETCH(QString, pageSize);
        QList<int> doorOfPerson;
        const WalkSheet sheet = walkSheet(120, &doorOfPerson);
        PrintOptions options;
        options.paper = paper;
        options.locale = QLocale(QLocale::English, QLocale::UnitedKingdom);

        QTemporaryDir dir;
        const QString path = dir.filePath(u"list.pdf"_s);
        WalkSheetRenderer renderer(sheet, options);
        const Status written = renderer.writePdf(path);
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().toString()));
        QVERIFY(pdfInfo(path).contains(pageSize));

        const PdfText text = pdfText(path);
        QVERIFY2(text.error.isEmpty(), qPrintable(text.error));
        const int pages = int(text.pages.size());
        QCOMPARE(pages, renderer.pageCount());
        QVERIFY(pages > 3);

        // Every person once, in sheet order, and each page carries the list code and "Page n / N".
        QList<int> all;
        for (int p = 0; p < pages; ++p) {
            const QString& page = text.pages.at(p);
            QVERIFY2(page.contains(u"Code "_s + kCode), qPrintable(u"page %1"_s.arg(p + 1)));
            QVERIFY2(page.contains(u"Page %1 / %2"_s.arg(p + 1).arg(pages)), qPrintable(u"page %1"_s.arg(p + 1)));
            const QList<int> ids = idsIn(page);
            QVERIFY2(!ids.isEmpty(), qPrintable(u"page %1 has no people"_s.arg(p + 1)));
            // The layout pass says which door opens the page.
            QCOMPARE(doorOfPerson.at(ids.first()), renderer.pagination().pages.at(p).firstGroup);
            // No door split: the first person on a page opens its door, the last one closes it.
            QVERIFY(ids.first() == 0 || doorOfPerson.at(ids.first() - 1) != doorOfPerson.at(ids.first()));
            QVERIFY(ids.last() + 1 == doorOfPerson.size()
                || doorOfPerson.at(ids.last() + 1) != doorOfPerson.at(ids.last()));
            all += ids;
        }
        QList<int> expected(doorOfPerson.size());
        std::iota(expected.begin(), expected.end(), 0);
        QCOMPARE(all, expected);

        // The header on the first page only, in English when no translator is installed.
        const QString& first = text.pages.first();
        for (const QString& label : { u"Walk list"_s, u"Rue des Lilas, côté pair"_s, u"List code"_s,
                 u"Polling station"_s, u"3 - École Jules Ferry"_s, u"Doors"_s, u"People"_s, u"Volunteer"_s,
                 u"Camille Roux"_s, u"Not home"_s, u"Come back later"_s, u"Language barrier"_s,
                 u"Will you vote in the first round?"_s, u"Confidential"_s })
            QVERIFY2(first.contains(label), qPrintable(label));
        QVERIFY(first.contains(QRegularExpression(u"Doors\\s+120\\b"_s)));
        QVERIFY(first.contains(QRegularExpression(u"People\\s+%1\\b"_s.arg(doorOfPerson.size()))));
        QVERIFY(!text.pages.at(1).contains(u"Volunteer"_s));
        // Each door's address heads its people.
        QVERIFY(first.contains(u"2 bis rue des Lilas"_s));
        QVERIFY(first.contains(u"Bât A, Esc 1, Apt 10"_s));
    }

    void anyResolutionGivesTheSamePages()
    {
        // A printer paints at its own resolution; the layout must not move (same pages, same doors).
        QList<int> doorOfPerson;
        const WalkSheet sheet = walkSheet(60, &doorOfPerson);
        PrintOptions options;
        options.paper = PaperSize::Letter;
        QTemporaryDir dir;
        QList<QList<int>> idsByResolution;
        for (int dpi : {300, 1200}) {
            const QString path = dir.filePath(u"list-%1.pdf"_s.arg(dpi));
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            {
                QPdfWriter writer(&file);
                writer.setResolution(dpi);
                QVERIFY(renderWalkSheet(sheet, writer, options).ok());
            }
            file.close();
            QVERIFY(pdfInfo(path).contains(u"(letter)"_s));
            const PdfText text = pdfText(path);
            QCOMPARE(int(text.pages.size()), paginateWalkSheet(sheet, options).pageCount());
            QList<int> firsts;
            for (const QString& page : text.pages)
                firsts.append(idsIn(page).value(0, -1));
            idsByResolution.append(firsts);
        }
        QCOMPARE(idsByResolution.at(0), idsByResolution.at(1));
    }

    void datesFollowTheLocale_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("printed");
        QTest::addColumn<QString>("contact");
        QTest::newRow("fr") << QLocale(QLocale::French, QLocale::France) << u"28/05/2026"_s << u"12/03/2026 A"_s;
        QTest::newRow("en_US") << QLocale(QLocale::English, QLocale::UnitedStates) << u"5/28/26"_s << u"3/12/26 A"_s;
    }

    void datesFollowTheLocale()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, printed);
        QFETCH(QString, contact);
        PrintOptions options;
        options.locale = locale;
        QTemporaryDir dir;
        const QString path = dir.filePath(u"list.pdf"_s);
        QVERIFY(writeWalkSheetPdf(walkSheet(10), path, options).ok());
        const PdfText text = pdfText(path);
        QVERIFY(!text.pages.isEmpty());
        QVERIFY2(text.pages.first().contains(printed), qPrintable(text.pages.first()));
        QVERIFY(text.pages.first().contains(contact));
    }

    void namesAreReadableAtArmsLength()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"list.pdf"_s);
        QVERIFY(writeWalkSheetPdf(walkSheet(5), path, PrintOptions {}).ok());
        QProcess process;
        process.start(u"pdftotext"_s, { u"-bbox"_s, path, u"-"_s });
        QVERIFY(process.waitForFinished(60000));
        const QString html = QString::fromUtf8(process.readAllStandardOutput());
        static const QRegularExpression word(
            u"<word xMin=\"[\\d.]+\" yMin=\"([\\d.]+)\" xMax=\"[\\d.]+\" yMax=\"([\\d.]+)\">(P\\d{4})</word>"_s);
        int names = 0;
        for (auto it = word.globalMatch(html); it.hasNext();) {
            const auto match = it.next();
            const double height = match.captured(2).toDouble() - match.captured(1).toDouble();
            // Poppler's word box spans ascent to descent, about 1.15 times the size in points.
            QVERIFY2(height >= 11.5, qPrintable(u"%1 is %2 pt tall"_s.arg(match.captured(3)).arg(height)));
            ++names;
        }
        QVERIFY(names > 5);
    }

    void doorTallerThanAPageContinues()
    {
        WalkSheet sheet = walkSheet(3);
        SheetDoor tower;
        tower.address = u"1 avenue de la Tour"_s;
        const int base = 100;
        for (int k = 0; k < 70; ++k)
            tower.people.append(SheetPerson { u"Habitant %1"_s.arg(personId(base + k)), 40, u"F"_s, 3, {}, {} });
        sheet.doors.insert(1, tower);
        const WalkSheetRenderer renderer(sheet, PrintOptions {});
        const SheetPagination& pagination = renderer.pagination();
        QVERIFY(pagination.pageCount() >= 3);
        // The tower starts on a fresh page and only its own people follow on the next pages.
        QCOMPARE(pagination.pageOfGroup(0), 0);
        QCOMPARE(pagination.pageOfGroup(1), 1);
        QCOMPARE(pagination.pages.at(1).firstGroup, 1);
        QCOMPARE(pagination.pages.at(1).continued, false);
        QCOMPARE(pagination.pages.at(2).firstGroup, 1);
        QCOMPARE(pagination.pages.at(2).continued, true);

        QTemporaryDir dir;
        const QString path = dir.filePath(u"tower.pdf"_s);
        QVERIFY(renderer.writePdf(path).ok());
        const PdfText text = pdfText(path);
        QCOMPARE(int(text.pages.size()), pagination.pageCount());
        QVERIFY(!text.pages.at(1).contains(u"(continued)"_s));
        QVERIFY(text.pages.at(2).contains(u"1 avenue de la Tour"_s));
        QVERIFY(text.pages.at(2).contains(u"(continued)"_s));
        QList<int> ids;
        for (const QString& page : text.pages)
            ids += idsIn(page);
        QList<int> towerIds = ids.mid(ids.indexOf(base), 70);
        QCOMPARE(towerIds.size(), 70);
        QCOMPARE(towerIds.last(), base + 69);
    }

    void callSheetListsNumbers()
    {
        CallSheet sheet;
        sheet.header = header(u"Relance sympathisants"_s);
        sheet.resultCodes = defaultCallResultCodes();
        sheet.script = u"Hello, I am calling for the campaign of ..."_s;
        sheet.questions = questions();
        for (int e = 0; e < 60; ++e) {
            SheetCallEntry entry;
            entry.phone = u"06 12 34 %1 %2"_s.arg(e / 10 + 10).arg(e % 10 + 10);
            entry.phoneType = e % 2 ? u"Landline"_s : u"Mobile"_s;
            entry.people.append(SheetPerson { u"Caller %1"_s.arg(personId(2 * e)), 50, u"M"_s, 1, {}, {} });
            if (e % 3 == 0)
                entry.people.append(SheetPerson { u"Caller %1"_s.arg(personId(2 * e + 1)), 48, u"F"_s, 2, {}, {} });
            sheet.entries.append(entry);
        }
        QTemporaryDir dir;
        const QString path = dir.filePath(u"calls.pdf"_s);
        PrintOptions options;
        options.paper = PaperSize::Letter;
        QVERIFY(writeCallSheetPdf(sheet, path, options).ok());
        const PdfText text = pdfText(path);
        QCOMPARE(int(text.pages.size()), paginateCallSheet(sheet, options).pageCount());
        const QString& first = text.pages.first();
        for (const QString& label : { u"Call sheet"_s, u"Phone numbers"_s, u"Wrong number"_s, u"Do not call"_s,
                 u"Hello, I am calling"_s, u"06 12 34 10 10"_s, u"Mobile"_s })
            QVERIFY2(first.contains(label), qPrintable(label));
        QVERIFY(first.contains(QRegularExpression(u"Phone numbers\\s+60\\b"_s)));
        QString all = text.pages.join(QString());
        QVERIFY(all.contains(u"06 12 34 15 19"_s));
        QList<int> ids = idsIn(all);
        QList<int> expected;
        for (int e = 0; e < 60; ++e) {
            expected.append(2 * e);
            if (e % 3 == 0)
                expected.append(2 * e + 1);
        }
        QCOMPARE(ids, expected);
        for (int p = 0; p < text.pages.size(); ++p)
            QVERIFY(text.pages.at(p).contains(u"Page %1 / %2"_s.arg(p + 1).arg(text.pages.size())));
    }

    void qrCodeHoldsTheListCode()
    {
        const WalkSheetRenderer renderer(walkSheet(4), PrintOptions {});
        // Paint the first page at 4 layout units per pixel (180 dpi) and read the modules back.
        const double scale = 0.25;
        const QPageLayout layout = renderer.pageLayout();
        const QRectF paint = layout.paintRect(QPageLayout::Point);
        QImage image(int(paint.width() * 10 * scale) + 1, int(paint.height() * 10 * scale) + 1, QImage::Format_RGB32);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            painter.scale(scale, scale);
            renderer.paintPage(painter, 0);
        }
        QRcode* code = QRcode_encodeString8bit(kCode.toUtf8().constData(), 0, QR_ECLEVEL_M);
        QVERIFY(code);
        const int size = code->width;
        const QRectF rect = renderer.qrCodeRect();
        const double module = rect.width() / (size + 8);
        QVERIFY(module * scale >= 3); // at least 3 pixels per module at this resolution
        int mismatches = 0;
        for (int row = -4; row < size + 4; ++row) {
            for (int col = -4; col < size + 4; ++col) {
                const bool inside = row >= 0 && col >= 0 && row < size && col < size;
                const bool dark = inside && (code->data[row * size + col] & 1);
                const QPointF centre = (rect.topLeft() + QPointF((col + 4.5) * module, (row + 4.5) * module)) * scale;
                const bool painted = qGray(image.pixel(centre.toPoint())) < 128;
                if (painted != dark)
                    ++mismatches;
            }
        }
        QRcode_free(code);
        QCOMPARE(mismatches, 0);
    }

    void emptyListPrintsItsHeader()
    {
        WalkSheet sheet = walkSheet(0);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"empty.pdf"_s);
        QVERIFY(writeWalkSheetPdf(sheet, path, PrintOptions {}).ok());
        const PdfText text = pdfText(path);
        QCOMPARE(text.pages.size(), 1);
        QVERIFY(text.pages.first().contains(u"No doors in this list."_s));
        QVERIFY(text.pages.first().contains(u"Page 1 / 1"_s));
    }

    void unwritablePathFailsCleanly()
    {
        QTemporaryDir dir;
        const QString blocker = dir.filePath(u"not-a-folder"_s);
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const QString path = blocker + u"/list.pdf"_s;
        const Status status = writeWalkSheetPdf(walkSheet(5), path, PrintOptions {});
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code, u"print.write"_s);
        QVERIFY(!status.error().message.isEmpty());
        QVERIFY(status.error().detail.contains(path));
        QVERIFY(!QFileInfo::exists(path));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::NoDotAndDotDot), QStringList { u"not-a-folder"_s });
    }

    void thousandVoters()
    {
        QList<int> doorOfPerson;
        WalkSheet sheet = walkSheet(500, &doorOfPerson, 3); // a bureau: ~1,000 voters at ~500 doors
        QTemporaryDir dir;
        const QString path = dir.filePath(u"big.pdf"_s);
        QElapsedTimer timer;
        timer.start();
        const WalkSheetRenderer renderer(sheet, PrintOptions {});
        const qint64 layoutMs = timer.elapsed();
        QVERIFY(renderer.writePdf(path).ok());
        qInfo("%lld people, %d doors, %d pages: layout %lld ms, layout + PDF %lld ms, %lld KiB",
            qint64(doorOfPerson.size()), int(sheet.doors.size()), renderer.pageCount(), layoutMs, timer.elapsed(),
            QFileInfo(path).size() / 1024);
        const PdfText text = pdfText(path);
        QCOMPARE(int(text.pages.size()), renderer.pageCount());
        QCOMPARE(idsIn(text.pages.join(QString())).size(), doorOfPerson.size());
    }
};

QTEST_MAIN(TestWalkSheetRenderer)
#include "tst_walksheetrenderer.moc"
