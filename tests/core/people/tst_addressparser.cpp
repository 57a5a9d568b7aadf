#include "people/addressparser.h"

#include "testsupport.h"

#include <QFile>
#include <QTest>

#include <algorithm>
#include <random>

using namespace terrain;

Q_DECLARE_METATYPE(AddressParser::Style)

namespace {

const QStringList kFields = {
    QStringLiteral("number"),    QStringLiteral("to"),        QStringLiteral("suffix"),   QStringLiteral("type"),
    QStringLiteral("name"),      QStringLiteral("dir"),       QStringLiteral("building"), QStringLiteral("staircase"),
    QStringLiteral("floor"),     QStringLiteral("apartment"), QStringLiteral("lieudit"),  QStringLiteral("complement"),
    QStringLiteral("us"),
};

// The fields of a parsed address by the names used in tests/data/addresses/addresses.txt.
QMap<QString, QString> fieldsOf(const ParsedAddress& a)
{
    QMap<QString, QString> f;
    f[QStringLiteral("number")] = a.number ? QString::number(*a.number) : QString();
    f[QStringLiteral("to")] = a.numberTo ? QString::number(*a.numberTo) : QString();
    f[QStringLiteral("suffix")] = a.suffix;
    f[QStringLiteral("type")] = a.streetType;
    f[QStringLiteral("name")] = a.streetName;
    f[QStringLiteral("dir")] = a.directional;
    f[QStringLiteral("building")] = a.building;
    f[QStringLiteral("staircase")] = a.staircase;
    f[QStringLiteral("floor")] = a.floor;
    f[QStringLiteral("apartment")] = a.apartment;
    f[QStringLiteral("lieudit")] = a.lieuDit;
    f[QStringLiteral("complement")] = a.complement;
    f[QStringLiteral("us")] = a.usOrder ? QStringLiteral("1") : QString();
    return f;
}

struct TableCase
{
    int line;
    AddressParser::Style style;
    QString input;
    QString expected;
};

QList<TableCase> readTable()
{
    QFile file(test::testDataPath(QStringLiteral("addresses/addresses.txt")));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        qFatal("cannot open the address table");
    QList<TableCase> cases;
    AddressParser::Style style = AddressParser::Style::Auto;
    int lineNumber = 0;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (const QString& raw : lines) {
        ++lineNumber;
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        if (line.startsWith(QLatin1String("@style "))) {
            const QString name = line.mid(7).trimmed();
            style = name == QLatin1String("french") ? AddressParser::Style::French
                : name == QLatin1String("us")       ? AddressParser::Style::US
                                                    : AddressParser::Style::Auto;
            continue;
        }
        const qsizetype arrow = line.indexOf(QLatin1String(" => "));
        if (arrow < 0)
            qFatal("address table line %d has no ' => '", lineNumber);
        cases.append({lineNumber, style, line.left(arrow).trimmed(), line.mid(arrow + 4).trimmed()});
    }
    return cases;
}

} // namespace

class TestAddressParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void table_data()
    {
        QTest::addColumn<AddressParser::Style>("style");
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        for (const TableCase& c : readTable()) {
            QTest::addRow("line %d: %s", c.line, qPrintable(c.input)) << c.style << c.input << c.expected;
        }
    }

    void table()
    {
        QFETCH(AddressParser::Style, style);
        QFETCH(QString, input);
        QFETCH(QString, expected);

        const ParsedAddress parsed = AddressParser(style).parse(input);
        QMap<QString, QString> want;
        for (const QString& field : kFields)
            want[field] = QString();
        QString wantStreet;
        bool checkStreet = false;
        const QStringList pairs = expected.split(QLatin1String("; "), Qt::SkipEmptyParts);
        for (const QString& pair : pairs) {
            const qsizetype eq = pair.indexOf(QLatin1Char('='));
            QVERIFY2(eq > 0, qPrintable(pair));
            const QString key = pair.left(eq);
            const QString value = pair.mid(eq + 1);
            if (key == QLatin1String("street")) {
                checkStreet = true;
                wantStreet = value;
                continue;
            }
            QVERIFY2(kFields.contains(key), qPrintable(QStringLiteral("unknown field ") + key));
            want[key] = value;
        }
        const QMap<QString, QString> got = fieldsOf(parsed);
        for (const QString& field : kFields) {
            if (got.value(field) != want.value(field)) {
                const QString message = field + QStringLiteral(": got \"") + got.value(field)
                    + QStringLiteral("\", expected \"") + want.value(field) + QLatin1Char('"');
                QFAIL(qPrintable(message));
            }
        }
        if (checkStreet)
            QCOMPARE(parsed.street(), wantStreet);
    }

    void tableIsLargeAndCoversBothCountries()
    {
        const QList<TableCase> cases = readTable();
        QVERIFY2(cases.size() >= 100, qPrintable(QString::number(cases.size())));
        const auto us = std::count_if(cases.begin(), cases.end(),
                                      [](const TableCase& c) { return c.expected.contains(QLatin1String("us=1")); });
        QVERIFY(us >= 25);
        QVERIFY(cases.size() - us >= 100);
    }

    void emptyAndBlankLines()
    {
        const AddressParser parser;
        QCOMPARE(parser.parse(u""), ParsedAddress());
        QCOMPARE(parser.parse(u"  , ,  "), ParsedAddress());
        QCOMPARE(parser.parse(u"  12 rue de la Paix \t"), parser.parse(u"12 rue de la Paix"));
    }

    void street_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("street");
        QTest::newRow("french order") << QStringLiteral("12 av. de la République") << QStringLiteral("Avenue de la République");
        QTest::newRow("us order") << QStringLiteral("123 Main St") << QStringLiteral("Main Street");
        QTest::newRow("post-directional after type") << QStringLiteral("1600 Pennsylvania Ave NW")
                                                     << QStringLiteral("Pennsylvania Avenue NW");
        QTest::newRow("no type") << QStringLiteral("12 Grande Rue") << QStringLiteral("Grande Rue");
        QTest::newRow("lieu-dit has no street") << QStringLiteral("Lieu-dit Les Granges") << QString();
    }
    void street()
    {
        QFETCH(QString, input);
        QFETCH(QString, street);
        QCOMPARE(AddressParser().parse(input).street(), street);
    }

    void streetDisplayFromFields()
    {
        ParsedAddress a;
        a.streetType = QStringLiteral("Rue");
        QCOMPARE(a.street(), QStringLiteral("Rue"));
        a.streetName = QStringLiteral("de la Paix");
        QCOMPARE(a.street(), QStringLiteral("Rue de la Paix"));
        a.usOrder = true;
        QCOMPARE(a.street(), QStringLiteral("de la Paix Rue"));
        a.streetType.clear();
        QCOMPARE(a.street(), QStringLiteral("de la Paix"));
    }

    void parts_data()
    {
        QTest::addColumn<QStringList>("columns"); // NumeroVoie, TypeVoie, LibelleVoie, Complement1, Complement2, LieuDit
        QTest::addColumn<QString>("expected");
        const auto row = [](const char* name, QStringList columns, const char* expected) {
            QTest::newRow(name) << columns << QString::fromUtf8(expected);
        };
        row("plain", {u"12"_qs, u"RUE"_qs, u"DE LA PAIX"_qs, {}, {}, {}}, "number=12; type=Rue; name=DE LA PAIX");
        row("suffix with space and units", {u"12 B"_qs, u"AV"_qs, u"FOCH"_qs, u"BAT A ESC 2"_qs, u"APT 31"_qs, {}},
            "number=12; suffix=B; type=Avenue; name=FOCH; building=A; staircase=2; apartment=31");
        row("bis glued, residence", {u"12BIS"_qs, u"BD"_qs, u"GAMBETTA"_qs, u"RESIDENCE LES PINS"_qs, {}, {}},
            "number=12; suffix=bis; type=Boulevard; name=GAMBETTA; complement=RESIDENCE LES PINS");
        row("range", {u"12-14"_qs, u"R"_qs, u"HAUTE"_qs, {}, {}, {}}, "number=12; to=14; type=Rue; name=HAUTE");
        row("number inside the name", {u""_qs, u"RUE"_qs, u"DU 8 MAI 1945"_qs, {}, {}, {}},
            "type=Rue; name=DU 8 MAI 1945");
        row("unknown type kept", {u"3"_qs, u"XYZ"_qs, u"DES FLEURS"_qs, {}, {}, {}}, "number=3; type=XYZ; name=DES FLEURS");
        row("accented abbreviation", {u"2"_qs, u"RÉS"_qs, u"LES PINS"_qs, {}, {}, {}},
            "number=2; type=Résidence; name=LES PINS");
        row("lieu-dit only", {{}, {}, {}, {}, {}, u"LES GRANGES"_qs}, "lieudit=LES GRANGES");
        row("lieu-dit marker dropped", {{}, {}, {}, {}, {}, u"LIEU DIT LA GARENNE"_qs}, "lieudit=LA GARENNE");
        row("street and lieu-dit", {u"1"_qs, u"CHE"_qs, u"DU MOULIN"_qs, {}, {}, u"Les Granges"_qs},
            "number=1; type=Chemin; name=DU MOULIN; lieudit=Les Granges");
        row("whole street in the libelle", {{}, {}, u"12 RUE DE LA PAIX"_qs, {}, {}, {}},
            "number=12; type=Rue; name=DE LA PAIX");
        row("number apart, type in the libelle", {u"7"_qs, {}, u"AV  FOCH"_qs, {}, {}, {}},
            "number=7; type=Avenue; name=FOCH");
        row("no type, no number: lieu-dit", {{}, {}, u"LE BOURG"_qs, {}, {}, {}}, "lieudit=LE BOURG");
        row("number without type", {u"3"_qs, {}, u"LES HAUTS DE BRIE"_qs, {}, {}, {}},
            "number=3; name=LES HAUTS DE BRIE");
        row("floor and host in complements", {u"5"_qs, u"PL"_qs, u"DE L EGLISE"_qs, u"3EME ETAGE"_qs, u"CHEZ M DUPONT"_qs, {}},
            "number=5; type=Place; name=DE L EGLISE; floor=3; complement=CHEZ M DUPONT");
        row("complements in column order", {u"5"_qs, u"PL"_qs, u"X"_qs, u"RESIDENCE A"_qs, u"BP 12"_qs, {}},
            "number=5; type=Place; name=X; complement=RESIDENCE A, BP 12");
        row("unreadable number kept", {u"SANS"_qs, u"RUE"_qs, u"HAUTE"_qs, {}, {}, {}},
            "type=Rue; name=HAUTE; complement=SANS");
        row("spaces collapsed", {u" 4 "_qs, u" imp "_qs, u"  des   Lilas "_qs, {}, {}, {}},
            "number=4; type=Impasse; name=des Lilas");
    }
    void parts()
    {
        QFETCH(QStringList, columns);
        QFETCH(QString, expected);
        QCOMPARE(columns.size(), 6);
        AddressParts p;
        p.numeroVoie = columns[0];
        p.typeVoie = columns[1];
        p.libelleVoie = columns[2];
        p.complementDeLocalisation1 = columns[3];
        p.complementDeLocalisation2 = columns[4];
        p.lieuDit = columns[5];
        const QMap<QString, QString> got = fieldsOf(AddressParser(AddressParser::Style::French).parse(p));
        QMap<QString, QString> want;
        for (const QString& field : kFields)
            want[field] = QString();
        for (const QString& pair : expected.split(QLatin1String("; "))) {
            const qsizetype eq = pair.indexOf(QLatin1Char('='));
            want[pair.left(eq)] = pair.mid(eq + 1);
        }
        QCOMPARE(got, want);
    }

    void canonicalStreetType_data()
    {
        QTest::addColumn<AddressParser::Style>("style");
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("canonical");
        const auto A = AddressParser::Style::Auto;
        const auto F = AddressParser::Style::French;
        const auto U = AddressParser::Style::US;
        QTest::newRow("AV") << A << u"AV"_qs << u"Avenue"_qs;
        QTest::newRow("av. with period") << A << u"av."_qs << u"Avenue"_qs;
        QTest::newRow("BOUL") << A << u"BOUL"_qs << u"Boulevard"_qs;
        QTest::newRow("rés accent") << A << u"rés"_qs << u"Résidence"_qs;
        QTest::newRow("RÉS upper accent") << A << u"RÉS"_qs << u"Résidence"_qs;
        QTest::newRow("ALLEE no accent") << A << u"ALLEE"_qs << u"Allée"_qs;
        QTest::newRow("CHS") << A << u"CHS"_qs << u"Chaussée"_qs;
        QTest::newRow("FG") << A << u"FG"_qs << u"Faubourg"_qs;
        QTest::newRow("SEN") << A << u"SEN"_qs << u"Sentier"_qs;
        QTest::newRow("VLA") << A << u"VLA"_qs << u"Villa"_qs;
        QTest::newRow("CITÉ") << A << u"CITÉ"_qs << u"Cité"_qs;
        QTest::newRow("PRV") << A << u"PRV"_qs << u"Parvis"_qs;
        QTest::newRow("PL french first") << A << u"PL"_qs << u"Place"_qs;
        QTest::newRow("St auto is US") << A << u"St"_qs << u"Street"_qs;
        QTest::newRow("St french is nothing") << F << u"St"_qs << QString();
        QTest::newRow("Rue us is nothing") << U << u"Rue"_qs << QString();
        QTest::newRow("Pkwy") << U << u"Pkwy"_qs << u"Parkway"_qs;
        QTest::newRow("Ter is Terrace in US") << U << u"Ter"_qs << u"Terrace"_qs;
        QTest::newRow("Saint is no type") << A << u"Saint"_qs << QString();
        QTest::newRow("empty") << A << QString() << QString();
    }
    void canonicalStreetType()
    {
        QFETCH(AddressParser::Style, style);
        QFETCH(QString, word);
        QFETCH(QString, canonical);
        QCOMPARE(AddressParser(style).canonicalStreetType(word), canonical);
    }

    void suffixRank_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<int>("rank");
        QTest::newRow("none") << QString() << 0;
        QTest::newRow("bis") << u"bis"_qs << 2;
        QTest::newRow("BIS any case") << u"BIS"_qs << 2;
        QTest::newRow("ter") << u"ter"_qs << 3;
        QTest::newRow("quater") << u"quater"_qs << 4;
        QTest::newRow("quinquies") << u"quinquies"_qs << 5;
        QTest::newRow("A") << u"A"_qs << 10;
        QTest::newRow("b lower") << u"b"_qs << 11;
        QTest::newRow("Z") << u"Z"_qs << 35;
        QTest::newRow("unknown") << u"xyz"_qs << 99;
    }
    void suffixRank()
    {
        QFETCH(QString, suffix);
        QFETCH(int, rank);
        QCOMPARE(terrain::suffixRank(suffix), rank);
    }

    void naturalSortOrder_data()
    {
        QTest::addColumn<QStringList>("ordered");
        QTest::newRow("apartments") << QStringList{u"Apt 1"_qs, u"Apt 2"_qs, u"Apt 9"_qs, u"Apt 10"_qs, u"Apt 100"_qs};
        QTest::newRow("house numbers and suffixes")
            << QStringList{u"2"_qs,        u"12"_qs,         u"12 bis"_qs, u"12 ter"_qs, u"12 quater"_qs,
                           u"12 quinquies"_qs, u"12 A"_qs, u"12 B"_qs,   u"14"_qs,     u"100"_qs};
        QTest::newRow("glued suffixes") << QStringList{u"12"_qs, u"12bis"_qs, u"12ter"_qs, u"12C"_qs, u"13"_qs};
        QTest::newRow("staircases") << QStringList{u"Esc A"_qs, u"Esc B"_qs, u"Esc C"_qs};
        QTest::newRow("units with letters") << QStringList{u"4"_qs, u"4B"_qs, u"5A"_qs, u"10"_qs};
    }
    void naturalSortOrder()
    {
        QFETCH(QStringList, ordered);
        QStringList shuffled = ordered;
        std::mt19937 random(42);
        for (int round = 0; round < 5; ++round) {
            std::shuffle(shuffled.begin(), shuffled.end(), random);
            std::sort(shuffled.begin(), shuffled.end(),
                      [](const QString& a, const QString& b) { return naturalSortKey(a) < naturalSortKey(b); });
            QCOMPARE(shuffled, ordered);
        }
    }

    void naturalSortKeyEquivalences()
    {
        QCOMPARE(naturalSortKey(u"12bis"), naturalSortKey(u"12 BIS"));
        QCOMPARE(naturalSortKey(u"Bât a"), naturalSortKey(u"BAT A"));
        QCOMPARE(naturalSortKey(u"007"), naturalSortKey(u"7"));
        QCOMPARE(naturalSortKey(u"Apt 2"), u"apt 0000000002"_qs);
        QVERIFY(naturalSortKey(u"12 bis") != naturalSortKey(u"12 ter"));
    }
};

QTEST_GUILESS_MAIN(TestAddressParser)
#include "tst_addressparser.moc"
