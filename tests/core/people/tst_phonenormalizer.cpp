#include "people/phonenormalizer.h"

#include <QTest>

#include <random>

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

    // The hand-written reading of French and North American numbers must give what
    // libphonenumber gives, whatever the block, the format or the cache state.
    void fastPathAgreesWithLibrary_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<QStringList>("inputs");
        std::mt19937 random(7);
        const auto digits = [&random](int count) {
            QString s;
            for (int i = 0; i < count; ++i)
                s += QChar(u'0' + int(random() % 10));
            return s;
        };
        QStringList fr;
        for (int first = 1; first <= 9; ++first) {
            for (int second = 0; second <= 9; ++second) {
                for (int sample = 0; sample < 2; ++sample) {
                    const QString nsn = QString::number(first) + QString::number(second) + digits(7);
                    const QString pairs = nsn.left(1) + QLatin1Char(' ') + nsn.mid(1, 2) + QLatin1Char(' ')
                        + nsn.mid(3, 2) + QLatin1Char(' ') + nsn.mid(5, 2) + QLatin1Char(' ') + nsn.mid(7, 2);
                    fr << QStringLiteral("0") + pairs << QStringLiteral("+33 ") + pairs
                       << QStringLiteral("+33 (0)") + pairs << QStringLiteral("0033") + nsn << nsn
                       << QStringLiteral("0") + QString(pairs).replace(QLatin1Char(' '), QLatin1Char('.'))
                       << QStringLiteral("0") + QString(pairs).replace(QLatin1Char(' '), QLatin1Char('-'));
                }
            }
        }
        // Overseas blocks: national forms go to RE/YT, GP, MQ, GF; +33 and 0033 forms stay French.
        for (const char* prefix : {"692", "693", "639", "690", "691", "696", "697", "694", "262", "263", "269", "590",
                                   "596", "594", "695", "698"}) {
            for (int sample = 0; sample < 3; ++sample) {
                const QString nsn = QLatin1String(prefix) + digits(6);
                fr << QStringLiteral("0") + nsn << QStringLiteral("+33") + nsn << QStringLiteral("0033") + nsn;
            }
        }
        fr << u"0612345678"_qs << u"06123456789"_qs << u"061234567"_qs << u"+33 0612345678"_qs << u"0033 0612345678"_qs
           << u"00 44 20 7946 0958"_qs << u"0692123456"_qs << u"33612345678"_qs << u"+3361234567"_qs;
        QTest::newRow("FR") << u"FR"_qs << fr;

        QStringList us;
        for (int i = 0; i < 150; ++i) {
            const QString area = QString::number(200 + int(random() % 800));
            const QString exchange = QString::number(200 + int(random() % 800));
            const QString line = digits(4);
            us << QLatin1Char('(') + area + QStringLiteral(") ") + exchange + QLatin1Char('-') + line
               << area + QLatin1Char('-') + exchange + QLatin1Char('-') + line
               << QStringLiteral("+1 ") + area + QLatin1Char(' ') + exchange + QLatin1Char(' ') + line
               << QStringLiteral("1 ") + area + QLatin1Char(' ') + exchange + QLatin1Char(' ') + line;
        }
        // Caribbean blocks whose type changes inside the block (never cached).
        us << u"246 521 0000"_qs << u"246 521 5258"_qs << u"246 522 0000"_qs << u"246 522 9999"_qs
           << u"876 606 0000"_qs << u"876 606 9300"_qs << u"284 496 0000"_qs << u"284 496 8556"_qs
           << u"+1 202 555 0143"_qs << u"011 33 6 12 34 56 78"_qs << u"1 202 555 01434"_qs << u"0202 555 0143"_qs;
        QTest::newRow("US") << u"US"_qs << us;
    }
    void fastPathAgreesWithLibrary()
    {
        QFETCH(QString, region);
        QFETCH(QStringList, inputs);
        const PhoneNormalizer normalizer(region);
        int valid = 0;
        for (int round = 0; round < 2; ++round) { // the second round reads from the block cache
            for (const QString& input : std::as_const(inputs)) {
                const NormalizedPhone fast = normalizer.normalize(input);
                const NormalizedPhone library = normalizer.normalizeWithLibrary(input);
                const QString context = input + QStringLiteral(": ") + fast.e164 + QLatin1Char('/')
                    + PhoneNormalizer::typeName(fast.type) + QStringLiteral(" vs ") + library.e164 + QLatin1Char('/')
                    + PhoneNormalizer::typeName(library.type);
                QVERIFY2(fast.e164 == library.e164 && fast.national == library.national && fast.type == library.type
                             && fast.raw == library.raw,
                         qPrintable(context));
                valid += fast.isValid() ? 1 : 0;
            }
        }
        QVERIFY(valid > inputs.size()); // most of them are real numbers, not all rejected alike
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
