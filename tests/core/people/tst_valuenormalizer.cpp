#include "people/valuenormalizer.h"

#include <QTest>

using namespace terrain;

Q_DECLARE_METATYPE(DateOrder)

namespace {

// "" for Empty, "!" for Invalid, else the normalised value.
QString outcome(const NormalizedValue& v)
{
    switch (v.state) {
    case NormalizedValue::State::Empty: return {};
    case NormalizedValue::State::Invalid: return u"!"_qs;
    case NormalizedValue::State::Valid: break;
    }
    return v.value;
}

} // namespace

class TestValueNormalizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sex_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("expected");
        const auto row = [](const char* raw, const char* expected) {
            QTest::newRow(raw[0] ? raw : "(empty)") << QString::fromUtf8(raw) << QString::fromUtf8(expected);
        };
        row("M", "M");
        row("m", "M");
        row("H", "M");
        row("h", "M");
        row("F", "F");
        row(" f ", "F");
        row("Masculin", "M");
        row("MASCULIN", "M");
        row("Féminin", "F");
        row("FEMININ", "F");
        row("féminin", "F");
        row("male", "M");
        row("Male", "M");
        row("female", "F");
        row("Homme", "M");
        row("Femme", "F");
        row("1", "M");
        row("2", "F");
        row("M.", "M");
        row("Mme", "F");
        row("", "");
        row("   ", "");
        row("X", "!");
        row("3", "!");
        row("0", "!");
        row("MF", "!");
        row("inconnu", "!");
        row("masculine plural text that is long", "!");
    }
    void sex()
    {
        QFETCH(QString, raw);
        QFETCH(QString, expected);
        const NormalizedValue v = ValueNormalizer::sex(raw);
        QCOMPARE(outcome(v), expected);
        if (v.isInvalid())
            QCOMPARE(v.raw, raw.trimmed()); // kept for the import report
    }

    void birthDate_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<DateOrder>("order");
        QTest::addColumn<QString>("expected");
        const auto day = [](const char* name, const char* raw, const char* expected) {
            QTest::newRow(name) << QString::fromUtf8(raw) << DateOrder::DayFirst << QString::fromUtf8(expected);
        };
        const auto month = [](const char* name, const char* raw, const char* expected) {
            QTest::newRow(name) << QString::fromUtf8(raw) << DateOrder::MonthFirst << QString::fromUtf8(expected);
        };
        day("JJ/MM/AAAA", "15/03/1990", "1990-03-15");
        day("JJ-MM-AAAA", "15-03-1990", "1990-03-15");
        day("JJ.MM.AAAA", "15.03.1990", "1990-03-15");
        day("single digits", "5/3/1990", "1990-03-05");
        day("spaces around", "  01/01/1950 ", "1950-01-01");
        day("ISO", "1990-03-15", "1990-03-15");
        day("ISO with slashes", "1990/03/15", "1990-03-15");
        day("ISO with time", "1990-03-15 00:00:00", "1990-03-15");
        day("ISO with T time", "1990-03-15T00:00:00Z", "1990-03-15");
        day("French with time", "15/03/1990 00:00", "1990-03-15");
        day("AAAAMMJJ", "19900315", "1990-03-15");
        day("leap day", "29/02/2000", "2000-02-29");
        day("not a leap year", "29/02/1900", "!");
        day("31 February", "31/02/1990", "!");
        day("31 April", "31/04/1990", "!");
        day("month 13", "15/13/1990", "!");
        day("day 32", "32/01/1990", "!");
        day("two-digit year", "15/03/90", "!");
        day("two-digit year ISO-like", "90-03-15", "!");
        day("three-digit year", "15/03/990", "!");
        day("year too old", "01/01/1700", "!");
        day("mixed separators", "15/03-1990", "!");
        day("text", "hier", "!");
        day("trailing text", "15/03/1990 environ", "!");
        day("seven digits", "1990315", "!");
        day("empty", "", "");
        day("unknown day and month", "00/00/1950", "1950");
        day("unknown day", "00/05/1950", "1950-05");
        day("unknown month, known day", "12/00/1950", "!");
        day("AAAAMMJJ unknown day and month", "19500000", "1950");
        day("ISO unknown day", "1950-05-00", "1950-05");
        day("day first reads 03/04 as 3 April", "03/04/1990", "1990-04-03");
        month("month first reads 03/04 as 4 March", "03/04/1990", "1990-03-04");
        month("US order", "12/31/1999", "1999-12-31");
        month("US order impossible in day order", "31/12/1999", "!");
        month("ISO is always year first", "1999-12-31", "1999-12-31");
        month("AAAAMMJJ is always year first", "19991231", "1999-12-31");
    }
    void birthDate()
    {
        QFETCH(QString, raw);
        QFETCH(DateOrder, order);
        QFETCH(QString, expected);
        const NormalizedValue v = ValueNormalizer::birthDate(raw, order);
        QCOMPARE(outcome(v), expected);
        QCOMPARE(v.raw, raw.trimmed());
    }

    void email_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("expected");
        const auto row = [](const char* name, const char* raw, const char* expected) {
            QTest::newRow(name) << QString::fromUtf8(raw) << QString::fromUtf8(expected);
        };
        row("plain", "jean.dupont@example.fr", "jean.dupont@example.fr");
        row("trimmed and lowered", "  Jean.Dupont@Example.FR ", "jean.dupont@example.fr");
        row("plus and subdomain", "marie+tract@mail.example.co.uk", "marie+tract@mail.example.co.uk");
        row("mailto dropped", "mailto:Paul@example.org", "paul@example.org");
        row("accented domain", "élise@exemple.fr", "élise@exemple.fr");
        row("empty", "", "");
        row("blank", "   ", "");
        row("no at", "jean.dupont.example.fr", "!");
        row("two ats", "jean@dupont@example.fr", "!");
        row("empty local part", "@example.fr", "!");
        row("no dot in domain", "jean@localhost", "!");
        row("empty domain", "jean@", "!");
        row("space inside", "jean dupont@example.fr", "!");
        row("two addresses", "a@example.fr, b@example.fr", "!");
        row("semicolon list", "a@example.fr;b@example.fr", "!");
        row("double dot in domain", "jean@example..fr", "!");
        row("dot ending domain", "jean@example.fr.", "!");
        row("one-letter top level", "jean@example.f", "!");
        row("dot starting local part", ".jean@example.fr", "!");
        row("double dot in local part", "jean..dupont@example.fr", "!");
        row("hyphen starting label", "jean@-example.fr", "!");
        row("display name form", "Jean <jean@example.fr>", "!");
    }
    void email()
    {
        QFETCH(QString, raw);
        QFETCH(QString, expected);
        const NormalizedValue v = ValueNormalizer::email(raw);
        QCOMPARE(outcome(v), expected);
        if (v.isInvalid())
            QCOMPARE(v.raw, raw.trimmed());
    }

    void name_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("expected");
        QTest::newRow("trimmed") << u"  Dupont "_qs << u"Dupont"_qs;
        QTest::newRow("collapsed") << u"Jean   Pierre"_qs << u"Jean Pierre"_qs;
        QTest::newRow("tabs and no-break spaces") << u"Jean\t\u00a0Pierre"_qs << u"Jean Pierre"_qs;
        QTest::newRow("case kept") << u"DUPONT-de LA Tour"_qs << u"DUPONT-de LA Tour"_qs;
        QTest::newRow("accents kept") << u" Élodie  Hélène "_qs << u"Élodie Hélène"_qs;
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("blank") << u" \t "_qs << QString();
    }
    void name()
    {
        QFETCH(QString, raw);
        QFETCH(QString, expected);
        QCOMPARE(ValueNormalizer::name(raw), expected);
    }

    void displayName_data()
    {
        QTest::addColumn<QString>("usage");
        QTest::addColumn<QString>("birth");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("expected");
        QTest::newRow("usage and birth differ") << u"Dupont"_qs << u"Martin"_qs << u"Marie"_qs
                                                << u"Marie Dupont (Martin)"_qs;
        QTest::newRow("birth only") << QString() << u"MARTIN"_qs << u"Paul"_qs << u"Paul MARTIN"_qs;
        QTest::newRow("usage only") << u"Dupont"_qs << QString() << u"Marie"_qs << u"Marie Dupont"_qs;
        QTest::newRow("same name in other case") << u"DUPONT"_qs << u"Dupont"_qs << u"Jean"_qs << u"Jean DUPONT"_qs;
        QTest::newRow("same name without accent") << u"HÉLIOT"_qs << u"HELIOT"_qs << u"Ana"_qs << u"Ana HÉLIOT"_qs;
        QTest::newRow("spaces collapsed") << u" Dupont  "_qs << QString() << u" Jean   Pierre "_qs
                                          << u"Jean Pierre Dupont"_qs;
        QTest::newRow("no first name") << u"Dupont"_qs << QString() << QString() << u"Dupont"_qs;
        QTest::newRow("first name only") << QString() << QString() << u"Marie"_qs << u"Marie"_qs;
        QTest::newRow("nothing") << QString() << QString() << QString() << QString();
    }
    void displayName()
    {
        QFETCH(QString, usage);
        QFETCH(QString, birth);
        QFETCH(QString, first);
        QFETCH(QString, expected);
        QCOMPARE(ValueNormalizer::displayName(usage, birth, first), expected);
    }
};

QTEST_GUILESS_MAIN(TestValueNormalizer)
#include "tst_valuenormalizer.moc"
