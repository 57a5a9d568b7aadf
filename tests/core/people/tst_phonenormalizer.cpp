#include "people/phonenormalizer.h"

#include <QTest>

using namespace terrain;

Q_DECLARE_METATYPE(PhoneType)

class TestPhoneNormalizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalize_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("e164");
        QTest::addColumn<QString>("national");
        QTest::addColumn<PhoneType>("type");

        const auto fr = [](const char* name, const char* raw, const char* e164, const char* national, PhoneType type) {
            QTest::newRow(name) << u"FR"_qs << QString::fromUtf8(raw) << QString::fromUtf8(e164)
                                << QString::fromUtf8(national) << type;
        };
        fr("mobile spaced", "06 12 34 56 78", "+33612345678", "0612345678", PhoneType::Mobile);
        fr("mobile international", "+33 6 12 34 56 78", "+33612345678", "0612345678", PhoneType::Mobile);
        fr("mobile 00 prefix", "0033612345678", "+33612345678", "0612345678", PhoneType::Mobile);
        fr("trunk zero in parentheses", "(0)6-12-34-56-78", "+33612345678", "0612345678", PhoneType::Mobile);
        fr("plus and (0)", "+33 (0)6 12 34 56 78", "+33612345678", "0612345678", PhoneType::Mobile);
        fr("trunk zero missing", "612345678", "+33612345678", "0612345678", PhoneType::Mobile);
        fr("digits one by one", "0 6 1 2 3 4 5 6 7 8", "+33612345678", "0612345678", PhoneType::Mobile);
        fr("fixed dotted", "01.23.45.67.89", "+33123456789", "0123456789", PhoneType::Fixed);
        fr("fixed 00 33 spaced", "00 33 1 23 45 67 89", "+33123456789", "0123456789", PhoneType::Fixed);
        fr("09 box line is other", "09 51 23 45 67", "+33951234567", "0951234567", PhoneType::Other);
        fr("toll free is other", "0800 123 456", "+33800123456", "0800123456", PhoneType::Other);
        fr("foreign number", "+44 20 7946 0958", "+442079460958", "02079460958", PhoneType::Fixed);
        fr("belgian mobile", "+32 470 12 34 56", "+32470123456", "0470123456", PhoneType::Mobile);
        fr("réunion mobile written nationally", "0692 12 34 56", "+262692123456", "0692123456", PhoneType::Mobile);
        fr("junk: two digits", "12", "", "", PhoneType::Invalid);
        fr("junk: letters", "abc", "", "", PhoneType::Invalid);
        fr("empty", "", "", "", PhoneType::Invalid);
        fr("too short", "06 12 34 56", "", "", PhoneType::Invalid);
        fr("too long", "06 12 34 56 78 90", "", "", PhoneType::Invalid);
        fr("unallocated range", "07 12 34 56 78", "", "", PhoneType::Invalid);

        const auto us = [](const char* name, const char* raw, const char* e164, const char* national, PhoneType type) {
            QTest::newRow(name) << u"US"_qs << QString::fromUtf8(raw) << QString::fromUtf8(e164)
                                << QString::fromUtf8(national) << type;
        };
        // North American numbers cannot be told apart: libphonenumber says FIXED_LINE_OR_MOBILE.
        us("us parentheses", "(202) 555-0143", "+12025550143", "2025550143", PhoneType::Other);
        us("us with country code", "1 (202) 555-0143", "+12025550143", "2025550143", PhoneType::Other);
        us("us without area code", "555-0143", "", "", PhoneType::Invalid);
        us("french mobile from US", "+33 6 12 34 56 78", "+33612345678", "0612345678", PhoneType::Mobile);
        us("french mobile national from US", "06 12 34 56 78", "", "", PhoneType::Invalid);
        us("us exit code", "011 33 6 12 34 56 78", "+33612345678", "0612345678", PhoneType::Mobile);
    }

    void normalize()
    {
        QFETCH(QString, region);
        QFETCH(QString, raw);
        QFETCH(QString, e164);
        QFETCH(QString, national);
        QFETCH(PhoneType, type);

        const PhoneNormalizer normalizer(region);
        const QString padded = QStringLiteral("  ") + raw + QStringLiteral(" ");
        const NormalizedPhone phone = normalizer.normalize(padded);
        QCOMPARE(phone.e164, e164);
        QCOMPARE(phone.national, national);
        QCOMPARE(PhoneNormalizer::typeName(phone.type), PhoneNormalizer::typeName(type));
        QCOMPARE(phone.isValid(), type != PhoneType::Invalid);
        QCOMPARE(phone.raw, raw); // kept, trimmed, valid or not
    }

    void defaultRegionIsFrance()
    {
        const PhoneNormalizer normalizer;
        QCOMPARE(normalizer.defaultRegion(), u"FR"_qs);
        QCOMPARE(normalizer.normalize(u"06 12 34 56 78").e164, u"+33612345678"_qs);
        QCOMPARE(PhoneNormalizer(u" re "_qs).defaultRegion(), u"RE"_qs);
    }

    void overseasRegionReadsItsOwnNumbers()
    {
        // In Réunion, 0262 is a local fixed line; in metropolitan France it is a Breton one.
        QCOMPARE(PhoneNormalizer(u"RE"_qs).normalize(u"0262 12 34 56").e164, u"+262262123456"_qs);
        QCOMPARE(PhoneNormalizer(u"FR"_qs).normalize(u"0262 12 34 56").e164, u"+33262123456"_qs);
    }

    void typeNames()
    {
        QCOMPARE(PhoneNormalizer::typeName(PhoneType::Mobile), u"mobile"_qs);
        QCOMPARE(PhoneNormalizer::typeName(PhoneType::Fixed), u"fixed"_qs);
        QCOMPARE(PhoneNormalizer::typeName(PhoneType::Other), u"other"_qs);
        QCOMPARE(PhoneNormalizer::typeName(PhoneType::Invalid), u"invalid"_qs);
    }
};

QTEST_GUILESS_MAIN(TestPhoneNormalizer)
#include "tst_phonenormalizer.moc"
