#include "importing/csvdialect.h"
#include "importing/csvreader.h"

#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace terrain;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(terrain::TextEncoding)

namespace {

struct Contents
{
    QList<QStringList> records;
    QList<qint64> lines;
    std::optional<Error> error;
    qint64 replacements = 0;
    TextEncoding encoding = TextEncoding::Utf8;
    bool operator==(const Contents& other) const
    {
        return records == other.records && lines == other.lines && error.has_value() == other.error.has_value()
            && (!error || error->message == other.error->message) && replacements == other.replacements
            && encoding == other.encoding;
    }
};

QString csvPath(const char* name)
{
    return test::testDataPath(QStringLiteral("csv/") + QLatin1StringView(name));
}

CsvDialect sniffed(const QString& path, std::optional<TextEncoding> forced = {})
{
    auto dialect = sniffCsv(path, forced);
    if (!dialect)
        qFatal("cannot sniff %s: %s", qPrintable(path), qPrintable(dialect.error().toString()));
    return *dialect;
}

Contents readAll(const QString& path, const CsvDialect& dialect, qsizetype chunkSize = 0)
{
    auto reader = CsvReader::open(path, dialect);
    if (!reader)
        qFatal("cannot open %s: %s", qPrintable(path), qPrintable(reader.error().toString()));
    CsvReader& csv = **reader;
    if (chunkSize > 0)
        csv.setChunkSize(chunkSize);
    Contents contents;
    while (csv.next()) {
        contents.records.append(csv.record());
        contents.lines.append(csv.line());
        if (csv.record().size() != static_cast<qsizetype>(csv.fields().size()))
            qFatal("record() and fields() disagree");
    }
    contents.error = csv.error();
    contents.replacements = csv.replacementCount();
    contents.encoding = csv.encoding();
    return contents;
}

Contents readAll(const QString& path, qsizetype chunkSize = 0)
{
    return readAll(path, sniffed(path), chunkSize);
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

QString quoted(const QString& field)
{
    QString escaped = field;
    escaped.replace(u'"', QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rfc4180()
    {
        const Contents csv = readAll(csvPath("rfc4180.csv"));
        QVERIFY(!csv.error);
        QCOMPARE(csv.records.size(), 5);
        QCOMPARE(csv.records[0], (QStringList{u"nom"_s, u"prenom"_s, u"commentaire"_s, u"vide"_s}));
        QCOMPARE(csv.records[1], (QStringList{u"Dupont"_s, u"Jean"_s, u"Il a dit \"bonjour\""_s, QString()}));
        QCOMPARE(csv.records[2], (QStringList{u"Martin, Sophie"_s, u"Léa"_s, u"ligne 1\nligne 2"_s, QString()}));
        QCOMPARE(csv.records[3], (QStringList{QString(), QString(), QString(), QString()}));
        QCOMPARE(csv.records[4], (QStringList{u"Bernard"_s, QString(), u"\""_s, u"x"_s}));
        // The record after the two-line field starts on line 5.
        QCOMPARE(csv.lines, (QList<qint64>{1, 2, 3, 5, 6}));
    }

    void lineEndings_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("eol");
        QTest::newRow("LF") << csvPath("endings_lf.csv") << u"\n"_s;
        QTest::newRow("CRLF") << csvPath("endings_crlf.csv") << u"\r\n"_s;
        QTest::newRow("CR") << csvPath("endings_cr.csv") << u"\r"_s;
        QTest::newRow("CRLF, no final line break") << csvPath("endings_crlf_noeol.csv") << u"\r\n"_s;
        QTest::newRow("LF, no final line break") << csvPath("endings_lf_noeol.csv") << u"\n"_s;
    }
    void lineEndings()
    {
        QFETCH(QString, file);
        QFETCH(QString, eol);
        const CsvDialect dialect = sniffed(file);
        QCOMPARE(dialect.delimiter, QChar(u';'));
        for (const qsizetype chunk : {qsizetype(0), qsizetype(1), qsizetype(2), qsizetype(7)}) {
            const Contents csv = readAll(file, dialect, chunk);
            QVERIFY(!csv.error);
            QCOMPARE(csv.records.size(), 4);
            QCOMPARE(csv.records[0], (QStringList{u"id"_s, u"nom"_s, u"adresse"_s}));
            // A line break inside quotes is kept as written.
            QCOMPARE(csv.records[1], (QStringList{u"1"_s, u"Dupont"_s, u"12 rue des Lilas"_s + eol + u"75011 Paris"}));
            QCOMPARE(csv.records[2], (QStringList{u"2"_s, u"Martin"_s, u"3 place \"Verte\""_s}));
            QCOMPARE(csv.records[3], (QStringList{u"3"_s, u"Petit"_s, QString()}));
            // Line 3 ends the quoted field, line 4 is blank.
            QCOMPARE(csv.lines, (QList<qint64>{1, 2, 5, 6}));
        }
    }

    void blankLinesAreSkippedButCounted()
    {
        const Contents csv = readAll(csvPath("blank_lines.csv"));
        QVERIFY(!csv.error);
        QCOMPARE(csv.records,
                 (QList<QStringList>{{u"nom"_s, u"prenom"_s}, {u"Dupont"_s, u"Jean"_s}, {u"Martin"_s, u"Sophie"_s}}));
        QCOMPARE(csv.lines, (QList<qint64>{3, 6, 9}));
    }

    void strayQuotesAreKept()
    {
        const Contents csv = readAll(csvPath("stray_quotes.csv"));
        QVERIFY(!csv.error);
        QCOMPARE(csv.records, (QList<QStringList>{{u"nom"_s, u"surnom"_s},
                                                  {u"Dupont"_s, u"Jean \"Jeannot\""_s},
                                                  {u"Martinez"_s, u"x"_s}}));
    }

    void utf8WithAndWithoutBom_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("bom");
        QTest::newRow("no BOM") << csvPath("utf8.csv") << false;
        QTest::newRow("BOM") << csvPath("utf8_bom.csv") << true;
    }
    void utf8WithAndWithoutBom()
    {
        QFETCH(QString, file);
        QFETCH(bool, bom);
        const CsvDialect dialect = sniffed(file);
        QCOMPARE(dialect.encoding, TextEncoding::Utf8);
        QCOMPARE(dialect.bom, bom);
        QVERIFY(!dialect.encodingGuessed);
        QCOMPARE(dialect.delimiter, QChar(u';'));
        const Contents csv = readAll(file, dialect);
        QVERIFY(!csv.error);
        QCOMPARE(csv.replacements, 0);
        // The BOM is not part of the first header.
        QCOMPARE(csv.records, (QList<QStringList>{{u"nom"_s, u"prénom"_s, u"commune"_s},
                                                  {u"Élodie"_s, u"Hélène"_s, u"Saint-Étienne"_s},
                                                  {u"Noël"_s, u"Zoé 🗳"_s, u"L’Haÿ-les-Roses"_s}}));
    }

    void utf16WithBom_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<TextEncoding>("encoding");
        QTest::newRow("LE") << csvPath("utf16le_bom.csv") << TextEncoding::Utf16LE;
        QTest::newRow("BE") << csvPath("utf16be_bom.csv") << TextEncoding::Utf16BE;
    }
    void utf16WithBom()
    {
        QFETCH(QString, file);
        QFETCH(TextEncoding, encoding);
        const CsvDialect dialect = sniffed(file);
        QCOMPARE(dialect.encoding, encoding);
        QVERIFY(dialect.bom);
        QCOMPARE(dialect.delimiter, QChar(u';'));
        const Contents expected = readAll(csvPath("utf8.csv"));
        // Odd chunk sizes cut code units and the surrogate pair of 🗳.
        for (const qsizetype chunk : {qsizetype(0), qsizetype(1), qsizetype(3), qsizetype(7)}) {
            Contents csv = readAll(file, dialect, chunk);
            QCOMPARE(csv.encoding, encoding);
            csv.encoding = expected.encoding;
            QCOMPARE(csv.records, expected.records);
            QVERIFY(csv == expected);
        }
    }

    void windows1252()
    {
        const QString file = csvPath("windows1252.csv");
        const CsvDialect dialect = sniffed(file);
        QCOMPARE(dialect.encoding, TextEncoding::Windows1252);
        QVERIFY(!dialect.bom);
        QCOMPARE(dialect.delimiter, QChar(u';'));
        const Contents csv = readAll(file, dialect);
        QVERIFY(!csv.error);
        QCOMPARE(csv.replacements, 0);
        QCOMPARE(csv.records, (QList<QStringList>{{u"nom"_s, u"prénom"_s, u"note"_s},
                                                  {u"Lefèvre"_s, u"Chloé"_s, u"cœur à 5 € l’été"_s},
                                                  {u"Œdipe"_s, u"Aimé"_s, u"«\u00A0citation\u00A0» – fin"_s}}));
    }

    void forcedEncoding()
    {
        // The user says the UTF-8 file is Latin-1: they get what they asked for.
        const CsvDialect dialect = sniffed(csvPath("utf8.csv"), encodingFromName(u"latin-1"));
        QCOMPARE(dialect.encoding, TextEncoding::Windows1252);
        QVERIFY(!dialect.encodingGuessed);
        const Contents csv = readAll(csvPath("utf8.csv"), dialect);
        QCOMPARE(csv.records[0][1], u"prÃ©nom"_s);

        // A BOM of the forced encoding is still skipped.
        const CsvDialect utf8 = sniffed(csvPath("utf8_bom.csv"), TextEncoding::Utf8);
        QVERIFY(utf8.bom);
        QCOMPARE(readAll(csvPath("utf8_bom.csv"), utf8).records[0][0], u"nom"_s);
    }

    void invalidUtf8IsReplacedAndCounted()
    {
        const Contents csv = readAll(csvPath("invalid_utf8.csv"));
        QVERIFY(!csv.error);
        QCOMPARE(csv.encoding, TextEncoding::Utf8);
        QCOMPARE(csv.records, (QList<QStringList>{{u"nom"_s, u"note"_s},
                                                  {u"Dupont"_s, u"\uFFFD(ok"_s},
                                                  {u"Martin"_s, u"\uFFFD"_s},
                                                  {u"Petit"_s, u"\uFFFD"_s, u"finé"_s}}));
        QCOMPARE(csv.replacements, 3);
    }

    void delimiters_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QChar>("delimiter");
        QTest::newRow("semicolon") << csvPath("delimiter_semicolon.csv") << QChar(u';');
        QTest::newRow("comma") << csvPath("delimiter_comma.csv") << QChar(u',');
        QTest::newRow("tab") << csvPath("delimiter_tab.csv") << QChar(u'\t');
        QTest::newRow("pipe") << csvPath("delimiter_pipe.csv") << QChar(u'|');
    }
    void delimiters()
    {
        QFETCH(QString, file);
        QFETCH(QChar, delimiter);
        const CsvDialect dialect = sniffed(file);
        QCOMPARE(dialect.delimiter, delimiter);
        const Contents csv = readAll(file, dialect);
        QCOMPARE(csv.records, (QList<QStringList>{{u"nom"_s, u"prenom"_s, u"ville"_s},
                                                  {u"Dupont"_s, u"Jean"_s, u"Paris"_s},
                                                  {u"Martin"_s, u"Sophie"_s, u"Lyon"_s},
                                                  {u"Petit"_s, QString(), u"Nantes"_s}}));
    }

    void semicolonFileWithCommasInQuotes()
    {
        const QString file = csvPath("delimiter_semicolon_quoted_commas.csv");
        const CsvDialect dialect = sniffed(file);
        QCOMPARE(dialect.delimiter, QChar(u';'));
        const Contents csv = readAll(file, dialect);
        QCOMPARE(csv.records.size(), 4);
        for (const QStringList& record : csv.records)
            QCOMPARE(record.size(), 3);
        QCOMPARE(csv.records[1],
                 (QStringList{u"Dupont, Jean"_s, u"1 rue X, bât. A, esc. 2, 3e étage"_s, u"75001"_s}));
    }

    void delimiterDetection_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("complete");
        QTest::addColumn<QChar>("delimiter");
        QTest::newRow("one column") << u"nom\nDupont\nMartin\n"_s << true << QChar(u',');
        QTest::newRow("comma inside a semicolon field") << u"nom;adresse\nA;1, rue X\nB;2 rue Y\n"_s << true
                                                        << QChar(u';');
        QTest::newRow("more fields win") << u"a,b;c;d\ne,f;g;h\n"_s << true << QChar(u';');
        QTest::newRow("quoted line break")
            << u"nom|note\n\"Dupont\"|\"a;b\nc;d;e\"\nMartin|x\n"_s << true << QChar(u'|');
        // The record cut by the end of the sample would give a different count: it is left out.
        QTest::newRow("cut sample") << u"a\tb\tc\nd\te\tf\ng\th"_s << false << QChar(u'\t');
        QTest::newRow("header only, tab") << u"nom\tprénom\tcommune"_s << true << QChar(u'\t');
        QTest::newRow("empty") << QString() << true << QChar(u',');
    }
    void delimiterDetection()
    {
        QFETCH(QString, text);
        QFETCH(bool, complete);
        QFETCH(QChar, delimiter);
        QCOMPARE(detectCsvDelimiter(text, complete), delimiter);
    }

    void recordsAcrossChunkBoundaries()
    {
        // Every field shape and character width, written with CRLF and read back in tiny chunks.
        const QList<QStringList> rows = {
            {u"nom"_s, u"prénom"_s, u"adresse"_s, u"note"_s},
            {u"Dupont"_s, u"Jean-Éric"_s, u"12 rue de l’Église\r\n75011 Paris"_s, u"a \"b\" c"_s},
            {u"Ñúñez"_s, QString(), u"🗳🗳🗳 €€€"_s, u""""_s},
            {u"Martin;Sophie"_s, u"x"_s, u"1\r\n2\r\n3\r\n"_s, QString()},
            {u"Petit"_s, u"Zoé"_s, u"ligne\nLF seul"_s, u"fin"_s},
        };
        QByteArray bytes;
        QList<qint64> lines;
        qint64 line = 1;
        for (int copy = 0; copy < 3; ++copy) {
            for (const QStringList& row : rows) {
                lines.append(line);
                QStringList fields;
                for (const QString& field : row) {
                    const bool quote = field.contains(u';') || field.contains(u'"') || field.contains(u'\n');
                    fields.append(quote ? quoted(field) : field);
                    line += field.count(u'\n');
                }
                bytes += fields.join(u';').toUtf8() + "\r\n";
                ++line;
            }
        }
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("chunks.csv"));
        writeFile(path, bytes);

        const CsvDialect dialect = sniffed(path);
        QCOMPARE(dialect.delimiter, QChar(u';'));
        QList<QStringList> expected = rows + rows + rows;
        for (qsizetype chunk = 1; chunk <= 17; ++chunk) {
            const Contents csv = readAll(path, dialect, chunk);
            QVERIFY2(!csv.error, qPrintable(QString::number(chunk)));
            QCOMPARE(csv.records, expected);
            QCOMPARE(csv.lines, lines);
        }
        QCOMPARE(readAll(path, dialect).records, expected);
    }

    void randomRecordsRoundTrip()
    {
        // Fields built from the awkward pieces, records ended by LF, CRLF or CR at random.
        const QStringList pieces = {u"a"_s, u"Zoé"_s, u"🗳"_s, u"\""_s, u";"_s, u","_s, u"\r\n"_s, u"\n"_s,
                                    u"\r"_s, u" "_s, u"\"\""_s, QString()};
        const QStringList endings = {u"\n"_s, u"\r\n"_s, u"\r"_s};
        QRandomGenerator random(20260528);
        QList<QStringList> expected;
        QList<qint64> starts;
        QString text;
        qint64 line = 1;
        for (int r = 0; r < 300; ++r) {
            starts.append(line);
            QStringList row;
            QStringList written;
            for (int f = 0; f < 5; ++f) {
                QString field;
                for (int n = int(random.bounded(4)); n > 0; --n)
                    field += pieces[random.bounded(int(pieces.size()))];
                const bool quote = field.contains(u'"') || field.contains(u';') || field.contains(u'\r')
                    || field.contains(u'\n') || random.bounded(4) == 0;
                written.append(quote ? quoted(field) : field);
                row.append(field);
                QString breaks = field; // CRLF is one line break
                breaks.replace(u"\r\n"_s, u"\n"_s);
                line += breaks.count(u'\n') + breaks.count(u'\r');
            }
            expected.append(row);
            text += written.join(u';') + endings[random.bounded(int(endings.size()))];
            ++line;
        }
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("random.csv"));
        writeFile(path, text.toUtf8());
        CsvDialect dialect;
        dialect.delimiter = u';';
        for (const qsizetype chunk : {qsizetype(0), qsizetype(1), qsizetype(2), qsizetype(3), qsizetype(5),
                                      qsizetype(7), qsizetype(64), qsizetype(4096)}) {
            const Contents csv = readAll(path, dialect, chunk);
            QVERIFY(!csv.error);
            QCOMPARE(csv.records, expected);
            QCOMPARE(csv.lines, starts);
        }
    }

    void fixturesReadTheSameInAnyChunkSize()
    {
        const QDir data(test::testDataPath(QStringLiteral("csv")));
        const QStringList files = data.entryList({QStringLiteral("*.csv")}, QDir::Files);
        QVERIFY(files.size() >= 20);
        for (const QString& name : files) {
            const QString path = data.filePath(name);
            const CsvDialect dialect = sniffed(path);
            const Contents whole = readAll(path, dialect);
            for (qsizetype chunk = 1; chunk <= 9; ++chunk)
                QVERIFY2(readAll(path, dialect, chunk) == whole,
                         qPrintable(name + u" chunk " + QString::number(chunk)));
        }
    }

    void unterminatedQuote()
    {
        const QString file = csvPath("unterminated_quote.csv");
        for (const qsizetype chunk : {qsizetype(0), qsizetype(7)}) {
            const Contents csv = readAll(file, sniffed(file), chunk);
            // The records before it are read; the error names the line where the field starts.
            QCOMPARE(csv.records, (QList<QStringList>{{u"nom"_s, u"commentaire"_s}, {u"Dupont"_s, u"ok"_s}}));
            QVERIFY(csv.error);
            QCOMPARE(csv.error->code, u"csv.unterminated-quote"_s);
            QVERIFY2(csv.error->message.contains(u"unterminated_quote.csv, line 3"), qPrintable(csv.error->message));
        }
    }

    void unterminatedQuoteStopsAtTheRecordLimit()
    {
        QByteArray bytes = "nom,note\nDupont,ok\n\nMartin,\"jamais fermé\n";
        for (int i = 0; i < 200; ++i)
            bytes += "Durand,ligne\n";
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("long.csv"));
        writeFile(path, bytes);
        auto reader = CsvReader::open(path, sniffed(path));
        QVERIFY(reader);
        (*reader)->setChunkSize(64);
        (*reader)->setMaxRecordLength(500);
        QVERIFY((*reader)->next());
        QVERIFY((*reader)->next());
        QVERIFY(!(*reader)->next());
        QVERIFY((*reader)->error());
        QCOMPARE((*reader)->error()->code, u"csv.record-too-long"_s);
        QVERIFY2((*reader)->error()->message.contains(u"long.csv, line 4"), qPrintable((*reader)->error()->message));
        // It gave up well before the end of the file.
        QVERIFY((*reader)->bytesRead() < bytes.size() / 2);
        QVERIFY(!(*reader)->next());
    }

    void emptyFile()
    {
        const QString file = csvPath("empty.csv");
        const CsvDialect dialect = sniffed(file);
        QCOMPARE(dialect.encoding, TextEncoding::Utf8);
        auto reader = CsvReader::open(file, dialect);
        QVERIFY(reader);
        QVERIFY(!(*reader)->next());
        QVERIFY(!(*reader)->error());
        QCOMPARE((*reader)->totalBytes(), 0);
        QVERIFY(!(*reader)->next());
    }

    void headerOnly_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("with line break") << csvPath("header_only.csv");
        QTest::newRow("without") << csvPath("header_only_noeol.csv");
    }
    void headerOnly()
    {
        QFETCH(QString, file);
        const CsvDialect dialect = sniffed(file);
        QCOMPARE(dialect.delimiter, QChar(u';'));
        auto reader = CsvReader::open(file, dialect);
        QVERIFY(reader);
        CsvReader& csv = **reader;
        QVERIFY(csv.next());
        QCOMPARE(csv.line(), 1);
        QCOMPARE(csv.fields().size(), size_t(3));
        QCOMPARE(csv.fields()[2], u"commune");
        QVERIFY(!csv.next());
        QVERIFY(!csv.error());
    }

    void missingFile()
    {
        const QString path = QDir::temp().filePath(QStringLiteral("terrain-no-such-dir/électeurs.csv"));
        const auto dialect = sniffCsv(path);
        QVERIFY(!dialect);
        QCOMPARE(dialect.error().code, u"csv.open"_s);
        QVERIFY(dialect.error().message.contains(path));
        const auto reader = CsvReader::open(path, CsvDialect{});
        QVERIFY(!reader);
        QCOMPARE(reader.error().code, u"csv.open"_s);
        QVERIFY(reader.error().message.contains(path));
    }

    void impossibleDelimiterIsRefused()
    {
        CsvDialect dialect;
        dialect.delimiter = u'"';
        const auto reader = CsvReader::open(csvPath("rfc4180.csv"), dialect);
        QVERIFY(!reader);
        QCOMPARE(reader.error().code, u"csv.delimiter"_s);
    }

    // The first 64 KiB are ASCII: the encoding is settled by the first accented bytes, wherever
    // they are, even cut by a chunk boundary.
    void guessedEncoding_data()
    {
        QTest::addColumn<QByteArray>("accented");
        QTest::addColumn<TextEncoding>("encoding");
        QTest::newRow("Latin-1 later") << QByteArray("Lef\xE8vre;Chlo\xE9") << TextEncoding::Windows1252;
        QTest::newRow("UTF-8 later") << QByteArray("Lef\xC3\xA8vre;Chlo\xC3\xA9") << TextEncoding::Utf8;
    }
    void guessedEncoding()
    {
        QFETCH(QByteArray, accented);
        QFETCH(TextEncoding, encoding);
        QByteArray bytes = "nom;prenom\n";
        for (int i = 0; i < 6000; ++i)
            bytes += "Dupont;Jean\n";
        bytes += accented + "\n";
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("late.csv"));
        writeFile(path, bytes);
        const CsvDialect dialect = sniffed(path);
        QCOMPARE(dialect.encoding, TextEncoding::Utf8);
        QVERIFY(dialect.encodingGuessed);
        for (const qsizetype chunk : {qsizetype(0), qsizetype(1), qsizetype(4), qsizetype(1000)}) {
            const Contents csv = readAll(path, dialect, chunk);
            QVERIFY(!csv.error);
            QCOMPARE(csv.records.size(), 6002);
            QCOMPARE(csv.records.last(), (QStringList{u"Lefèvre"_s, u"Chloé"_s}));
            QCOMPARE(csv.replacements, 0);
            QCOMPARE(csv.encoding, encoding);
        }
    }

    void progress()
    {
        const QString file = csvPath("rfc4180.csv");
        auto reader = CsvReader::open(file, sniffed(file));
        QVERIFY(reader);
        CsvReader& csv = **reader;
        csv.setChunkSize(16);
        QCOMPARE(csv.totalBytes(), QFileInfo(file).size());
        QCOMPARE(csv.bytesRead(), 0);
        qint64 last = 0;
        QVERIFY(csv.next());
        QVERIFY(csv.bytesRead() > 0);
        QVERIFY(csv.bytesRead() < csv.totalBytes());
        while (csv.next()) {
            QVERIFY(csv.bytesRead() >= last);
            last = csv.bytesRead();
        }
        QCOMPARE(csv.bytesRead(), csv.totalBytes());
    }

    void fieldsAreViewsOfTheCurrentRecord()
    {
        const QString file = csvPath("rfc4180.csv");
        auto reader = CsvReader::open(file, sniffed(file));
        QVERIFY(reader);
        CsvReader& csv = **reader;
        QVERIFY(csv.next());
        QVERIFY(csv.next());
        QCOMPARE(csv.fields().size(), size_t(4));
        QCOMPARE(csv.fields()[2], u"Il a dit \"bonjour\"");
        QVERIFY(csv.fields()[3].isEmpty());
        QCOMPARE(csv.line(), 2);
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
