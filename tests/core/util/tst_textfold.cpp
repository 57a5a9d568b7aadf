#include "util/textfold.h"
#include "util/uuid.h"

#include <QTest>

using namespace terrain;

class TestTextFold : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fold_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("accents") << QStringLiteral("Élodie Hélène Çaçà") << QStringLiteral("elodie helene caca");
        QTest::newRow("ligatures") << QStringLiteral("Cœur ŒUVRE Straße") << QStringLiteral("coeur oeuvre strasse");
        QTest::newRow("hyphen apostrophe") << QStringLiteral("  Jean-Édouard  D'ARC ") << QStringLiteral("jean edouard d arc");
        QTest::newRow("typographic apostrophe") << QStringLiteral("L’Haÿ-les-Roses") << QStringLiteral("l hay les roses");
        QTest::newRow("digits kept") << QStringLiteral("12 bis, Rue du 8-Mai-1945") << QStringLiteral("12 bis rue du 8 mai 1945");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("only punctuation") << QStringLiteral(" -- ,, ") << QString();
    }
    void fold()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(foldText(input), expected);
    }

    void digits()
    {
        QCOMPARE(digitsOnly(u"+33 (0)6 12-34.56 78"), QStringLiteral("330612345678"));
    }

    void uuidsAreVersion7AndUnique()
    {
        QSet<QString> seen;
        QString previous;
        for (int i = 0; i < 1000; ++i) {
            const QString id = newUuid();
            QVERIFY(isUuid(id));
            QCOMPARE(id.at(14), QLatin1Char('7'));
            QVERIFY(!seen.contains(id));
            seen.insert(id);
            // Time-ordered to the millisecond: the first 12 hex digits never go down.
            if (!previous.isEmpty())
                QVERIFY(id.left(13) >= previous.left(13));
            previous = id;
        }
        QVERIFY(!isUuid(u"not-a-uuid"));
    }

    void bulkUuidsStrictlyIncrease()
    {
        UuidGenerator generator;
        QString previous = generator.next();
        QSet<QString> seen{previous};
        for (int i = 0; i < 200000; ++i) {
            const QString id = generator.next();
            QVERIFY(isUuid(id));
            QCOMPARE(id.at(14), QLatin1Char('7'));
            QVERIFY2(id > previous, qPrintable(previous + u" !< " + id));
            previous = id;
        }
    }
};

QTEST_GUILESS_MAIN(TestTextFold)
#include "tst_textfold.moc"
