#include "demo/demogenerator.h"
#include "people/phonenormalizer.h"
#include "util/textfold.h"

#include <QDate>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace terrain;

namespace {

const QString kHeader = QStringLiteral(
    "TypeListe;InfoListe;DateCreationListe;CodeDepartement;CodeCommune;NomCommune;NoElecteurGeneral;Sexe;"
    "NomdeNaissance;NomDusage;Prenoms;DateDeNaissance;NomComNaissance;DeptNaissance;PaysNaissance;Nationalite;"
    "NomBureauDeVote;NoBureauDeVote;CodeCanton;CodeCirconscription;ComplementDeLocalisation1;"
    "ComplementDeLocalisation2;NumeroVoie;TypeVoie;LibelleVoie;LieuDit;CodePostal;VilleLocalite;Pays");

// Column indexes of the 2013 layout.
enum Column
{
    TypeListe = 0,
    CodeCommune = 4,
    NoElecteur = 6,
    Sexe = 7,
    NomNaissance = 8,
    NomUsage = 9,
    Prenoms = 10,
    DateNaissance = 11,
    DeptNaissance = 13,
    Nationalite = 15,
    NomBureau = 16,
    NoBureau = 17,
    Complement1 = 20,
    Complement2 = 21,
    NumeroVoie = 22,
    TypeVoie = 23,
    LibelleVoie = 24,
    LieuDit = 25,
    Telephone = 29,
    Email = 30,
};

struct Table
{
    QStringList header;
    QList<QStringList> rows;
};

Table parse(const QString& text)
{
    Table table;
    QStringList lines = text.split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QStringList fields = lines[i].split(QLatin1Char(';'));
        if (i == 0)
            table.header = fields;
        else
            table.rows << fields;
    }
    return table;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QString usageOrBirthName(const QStringList& row)
{
    return row[NomUsage].isEmpty() ? row[NomNaissance] : row[NomUsage];
}

// Windows-1252 as the table of the code page defines it (independent of the generator's own table).
QString fromWindows1252(const QByteArray& bytes)
{
    static const char16_t high[32] = {
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    };
    QString text;
    text.reserve(bytes.size());
    for (const char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        text += (b >= 0x80 && b < 0xA0) ? QChar(high[b - 0x80]) : QChar(char16_t(b));
    }
    return text;
}

QString addressKey(const QStringList& row)
{
    return QStringList{row[Complement1], row[Complement2], row[NumeroVoie], row[TypeVoie], row[LibelleVoie],
                       row[LieuDit]}
        .join(QLatin1Char('|'));
}

} // namespace

class TestDemoGenerator : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QByteArray m_defaultBytes;
    Table m_default;

    QString pathFor(const QString& name) const { return m_dir.filePath(name); }

    QByteArray generate(const DemoOptions& options, const QString& name, DemoFileInfo* info = nullptr)
    {
        const QString path = pathFor(name);
        const Result<DemoFileInfo> result = writeDemoVoterFile(path, options);
        if (!result) {
            qWarning() << result.error().toString();
            return {};
        }
        const QByteArray bytes = readAll(path);
        if (info)
            *info = result.value();
        return bytes;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        DemoFileInfo info;
        m_defaultBytes = generate(DemoOptions{}, QStringLiteral("default.csv"), &info);
        QVERIFY(!m_defaultBytes.isEmpty());
        m_default = parse(QString::fromUtf8(m_defaultBytes));
        QCOMPARE(info.rows, 20000);
        QCOMPARE(info.bytes, qint64(m_defaultBytes.size()));
        QCOMPARE(info.bureaux, 20);
        QVERIFY2(info.streets > 200 && info.streets < 600, qPrintable(QString::number(info.streets)));
        QVERIFY(info.households > 8000 && info.households < 14000);
    }

    void headerIsThe2013Layout()
    {
        QVERIFY(m_defaultBytes.startsWith(QByteArray(kHeader.toUtf8() + '\n')));
        QCOMPARE(demoVoterFileHeader(DemoOptions{}).join(QLatin1Char(';')), kHeader);
    }

    void everyRowHas29Fields()
    {
        QCOMPARE(m_default.rows.size(), 20000);
        for (const QStringList& row : std::as_const(m_default.rows))
            QCOMPARE(row.size(), 29);
        QVERIFY(!m_defaultBytes.contains('\r'));
        QVERIFY(!m_defaultBytes.contains('"'));
    }

    void sameSeedSameBytesOtherSeedOtherBytes()
    {
        QCOMPARE(generate(DemoOptions{}, QStringLiteral("again.csv")), m_defaultBytes);
        DemoOptions other;
        other.seed = 2;
        const QByteArray otherBytes = generate(other, QStringLiteral("seed2.csv"));
        QVERIFY(!otherBytes.isEmpty());
        QVERIFY(otherBytes != m_defaultBytes);
        QCOMPARE(parse(QString::fromUtf8(otherBytes)).rows.size(), 20000);
    }

    void datesAndAgesArePlausible()
    {
        const QDate reference(2026, 1, 1);
        int women = 0;
        int over75 = 0;
        int under30 = 0;
        for (const QStringList& row : std::as_const(m_default.rows)) {
            const QString& text = row[DateNaissance];
            QVERIFY2(QRegularExpression(QStringLiteral("^\\d\\d/\\d\\d/\\d\\d\\d\\d$")).match(text).hasMatch(),
                     qPrintable(text));
            const QDate birth = QDate::fromString(text, QStringLiteral("dd/MM/yyyy"));
            QVERIFY2(birth.isValid(), qPrintable(text));
            int age = reference.year() - birth.year();
            if (QDate(reference.year(), birth.month(), birth.day()) > reference)
                --age;
            QVERIFY2(age >= 18 && age <= 100, qPrintable(text));
            over75 += age >= 75;
            under30 += age < 30;
            QVERIFY(row[Sexe] == u"M" || row[Sexe] == u"F");
            women += row[Sexe] == u"F";
        }
        const double share = double(women) / m_default.rows.size();
        QVERIFY2(share > 0.52 && share < 0.58, qPrintable(QString::number(share)));
        // An electorate, not a uniform spread of ages.
        QVERIFY(over75 > 1000 && over75 < 3000);
        QVERIFY(under30 > 2000 && under30 < 5000);
    }

    void votersAreNumberedInOrderPerBureau()
    {
        QHash<QString, int> lastNumber;
        QHash<QString, QString> bureauName;
        QString previousBureau;
        int ordered = 0;
        int pairs = 0;
        for (qsizetype i = 0; i < m_default.rows.size(); ++i) {
            const QStringList& row = m_default.rows[i];
            const QString& bureau = row[NoBureau];
            // Bureaux come one after the other, numbered 1, 2, ... from 1.
            if (bureau != previousBureau) {
                QVERIFY(!lastNumber.contains(bureau));
                QCOMPARE(bureau.toInt(), lastNumber.size() + 1);
                previousBureau = bureau;
            } else {
                ++pairs;
                const QString a = foldText(m_default.rows[i - 1][NomNaissance]);
                ordered += a <= foldText(row[NomNaissance]);
            }
            QCOMPARE(row[NoElecteur].toInt(), lastNumber.value(bureau) + 1);
            lastNumber[bureau] = row[NoElecteur].toInt();
            QVERIFY(!row[NomBureau].isEmpty());
            if (bureauName.contains(bureau))
                QCOMPARE(row[NomBureau], bureauName[bureau]);
            bureauName[bureau] = row[NomBureau];
            QCOMPARE(row[CodeCommune], QStringLiteral("49287"));
        }
        QCOMPARE(lastNumber.size(), 20);
        QCOMPARE(QSet<QString>(bureauName.cbegin(), bureauName.cend()).size(), 20);
        // Bureaux of roughly equal size, as the law wants them.
        for (const int voters : std::as_const(lastNumber))
            QVERIFY2(voters > 800 && voters < 1200, qPrintable(QString::number(voters)));
        // Alphabetical by birth name within a bureau (the list's own order).
        QVERIFY2(ordered > pairs * 99 / 100, qPrintable(QStringLiteral("%1 / %2").arg(ordered).arg(pairs)));
    }

    void householdsShareAnAddressAndMostlyASurname()
    {
        QHash<QString, QStringList> names;
        for (const QStringList& row : std::as_const(m_default.rows))
            names[addressKey(row)] << usageOrBirthName(row);
        int shared = 0;
        int multi = 0;
        int maxSize = 0;
        for (auto it = names.cbegin(); it != names.cend(); ++it) {
            const QStringList& people = it.value();
            maxSize = std::max(maxSize, int(people.size()));
            if (people.size() < 2 || people.size() > 5)
                continue;
            ++multi;
            shared += QSet<QString>(people.cbegin(), people.cend()).size() == 1;
        }
        QVERIFY2(multi > 3000, qPrintable(QString::number(multi)));
        QVERIFY2(shared > multi * 6 / 10, qPrintable(QStringLiteral("%1 / %2").arg(shared).arg(multi)));
        // Households are small; only lieux-dits and unnumbered flats put more behind one key.
        QVERIFY(maxSize <= 60);
        const double perAddress = double(m_default.rows.size()) / names.size();
        QVERIFY2(perAddress > 1.5 && perAddress < 2.5, qPrintable(QString::number(perAddress)));
    }

    void addressesHaveRealisticVariety()
    {
        QSet<QString> types;
        int bis = 0, ter = 0, letter = 0, range = 0, building = 0, residence = 0, staircase = 0, lieuDit = 0;
        const QRegularExpression plainNumber(QStringLiteral("^\\d+$"));
        for (const QStringList& row : std::as_const(m_default.rows)) {
            const QString& number = row[NumeroVoie];
            bis += number.endsWith(u" bis");
            ter += number.endsWith(u" ter");
            letter += number.endsWith(u'B');
            range += number.contains(u'-');
            building += row[Complement1].contains(u"Bât ");
            residence += row[Complement1].startsWith(u"Résidence ");
            staircase += row[Complement2].startsWith(u"Esc ");
            if (row[LieuDit].isEmpty()) {
                QVERIFY(!number.isEmpty());
                QVERIFY(!row[TypeVoie].isEmpty());
                QVERIFY(!row[LibelleVoie].isEmpty());
                types.insert(row[TypeVoie]);
            } else {
                ++lieuDit;
                QVERIFY(number.isEmpty() && row[TypeVoie].isEmpty() && row[LibelleVoie].isEmpty());
            }
        }
        QVERIFY(bis > 50 && ter > 0 && letter > 0 && range > 0);
        QVERIFY(building > 100 && residence > 100 && staircase > 50);
        QVERIFY(lieuDit > 20 && lieuDit < 1000);
        for (const char* type : {"Rue", "Avenue", "Boulevard", "Impasse", "Place", "Allée", "Chemin", "Route"})
            QVERIFY2(types.contains(QString::fromUtf8(type)), type);
        const QByteArray text = m_defaultBytes;
        QVERIFY(text.contains("Rue ") || text.contains(";Rue;"));
    }

    void longStreetsSpanTwoBureauxByNumberRange()
    {
        // Street -> bureau -> (lowest, highest) house number.
        QHash<QString, QHash<QString, std::pair<int, int>>> streets;
        for (const QStringList& row : std::as_const(m_default.rows)) {
            if (row[LibelleVoie].isEmpty())
                continue;
            const int number = row[NumeroVoie].section(QRegularExpression(QStringLiteral("[^0-9]")), 0, 0).toInt();
            auto& range = streets[row[TypeVoie] + u' ' + row[LibelleVoie]][row[NoBureau]];
            if (range.first == 0 || number < range.first)
                range.first = number;
            range.second = std::max(range.second, number);
        }
        int split = 0;
        for (auto it = streets.cbegin(); it != streets.cend(); ++it) {
            if (it.value().size() < 2)
                continue;
            ++split;
            QCOMPARE(it.value().size(), 2);
            const auto a = it.value().cbegin().value();
            const auto b = std::next(it.value().cbegin()).value();
            // One bureau takes the low numbers, the other the high ones.
            QVERIFY2(a.second <= b.first || b.second <= a.first, qPrintable(it.key()));
        }
        QVERIFY2(split >= 2 && split <= 19, qPrintable(QString::number(split)));
    }

    void namesLookFrench()
    {
        int usageDiffers = 0;
        int menWithUsage = 0;
        int hyphenated = 0;
        int severalGiven = 0;
        int lce = 0;
        int bornAbroad = 0;
        QSet<QString> all;
        for (const QStringList& row : std::as_const(m_default.rows)) {
            if (!row[NomUsage].isEmpty() && row[NomUsage] != row[NomNaissance]) {
                ++usageDiffers;
                menWithUsage += row[Sexe] == u"M";
            }
            hyphenated += row[Prenoms].section(u' ', 0, 0).contains(u'-');
            severalGiven += row[Prenoms].contains(u' ');
            if (row[TypeListe] == u"LCE") {
                ++lce;
                QVERIFY(row[Nationalite] != u"Française");
            } else {
                QCOMPARE(row[TypeListe], QStringLiteral("LP"));
                QCOMPARE(row[Nationalite], QStringLiteral("Française"));
            }
            bornAbroad += row[DeptNaissance] == u"99";
            all << row[NomNaissance] << row[Prenoms].section(u' ', 0, 0);
        }
        QVERIFY2(usageDiffers > 2000 && usageDiffers < 6000, qPrintable(QString::number(usageDiffers)));
        QCOMPARE(menWithUsage, 0);
        QVERIFY(hyphenated > 300);
        QVERIFY(severalGiven > 10000);
        QVERIFY2(lce > 50 && lce < 600, qPrintable(QString::number(lce)));
        QVERIFY(bornAbroad > 500 && bornAbroad < 2500);
        for (const char* name : {"Lefèvre", "Élodie", "Françoise", "Bérénice", "Jean-Pierre", "Martin"})
            QVERIFY2(all.contains(QString::fromUtf8(name)), name);
    }

    void windows1252VariantHoldsTheSameText()
    {
        DemoOptions options;
        options.windows1252 = true;
        const QByteArray bytes = generate(options, QStringLiteral("cp1252.csv"));
        QVERIFY(!bytes.isEmpty());
        QVERIFY(bytes.contains('\xE9'));      // é as one byte
        QVERIFY(!bytes.contains("\xC3\xA9")); // not as UTF-8
        // Every character of the demo data exists in Windows-1252 ("Lebœuf" too).
        QCOMPARE(fromWindows1252(bytes), QString::fromUtf8(m_defaultBytes));
        QVERIFY(!bytes.contains('?'));
    }

    void crlfVariant()
    {
        DemoOptions options;
        options.crlf = true;
        const QByteArray bytes = generate(options, QStringLiteral("crlf.csv"));
        QCOMPARE(bytes.count("\r\n"), 20001);
        QCOMPARE(bytes.count('\n'), 20001);
        QVERIFY(bytes.endsWith("\r\n"));
        QCOMPARE(QByteArray(bytes).replace("\r\n", "\n"), m_defaultBytes);
    }

    void byteOrderMark()
    {
        DemoOptions options;
        options.voters = 100;
        options.bureaux = 2;
        options.byteOrderMark = true;
        const QByteArray bytes = generate(options, QStringLiteral("bom.csv"));
        QVERIFY(bytes.startsWith("\xEF\xBB\xBFTypeListe;"));
        options.byteOrderMark = false;
        QCOMPARE(generate(options, QStringLiteral("nobom.csv")), bytes.mid(3));
    }

    void campaignColumns()
    {
        DemoOptions options;
        options.campaignColumns = true;
        const Table table = parse(QString::fromUtf8(generate(options, QStringLiteral("campaign.csv"))));
        QCOMPARE(table.header.join(u';'), kHeader + QStringLiteral(";Telephone;Email"));
        QCOMPARE(table.rows.size(), 20000);
        int phones = 0, emails = 0, spaced = 0, compact = 0, international = 0, mobiles = 0;
        QHash<QString, int> phoneOwners;
        const PhoneNormalizer phoneNormalizer;
        const QRegularExpression mail(
            QStringLiteral("^[a-z0-9._-]+@(example\\.(com|org|net)|[a-z]+\\.example)$"));
        for (qsizetype i = 0; i < table.rows.size(); ++i) {
            const QStringList& row = table.rows[i];
            QCOMPARE(row.size(), 31);
            // The same voters as the plain file, with two more columns.
            QCOMPARE(row.mid(0, 29), m_default.rows[i]);
            const QString& phone = row[Telephone];
            if (!phone.isEmpty()) {
                ++phones;
                QString digits = digitsOnly(phone);
                if (digits.startsWith(u"33")) {
                    QVERIFY(phone.startsWith(u"+33"));
                    digits = u'0' + digits.mid(2);
                    ++international;
                }
                QVERIFY2(QRegularExpression(QStringLiteral("^0[1-7]\\d{8}$")).match(digits).hasMatch(),
                         qPrintable(phone));
                const bool mobile = digits.startsWith(u"06") || digits.startsWith(u"07");
                mobiles += mobile;
                // Real metropolitan numbers: the demo shows no phone warnings.
                const NormalizedPhone normalized = phoneNormalizer.normalize(phone);
                QVERIFY2(normalized.type == (mobile ? PhoneType::Mobile : PhoneType::Fixed), qPrintable(phone));
                QCOMPARE(normalized.e164, QStringLiteral("+33") + digits.mid(1));
                spaced += phone.contains(u' ') && !phone.startsWith(u'+');
                compact += phone == digits;
                phoneOwners[digits] += 1;
            }
            if (!row[Email].isEmpty()) {
                ++emails;
                QVERIFY2(mail.match(row[Email]).hasMatch(), qPrintable(row[Email]));
            }
        }
        QVERIFY2(phones > 5000 && phones < 7000, qPrintable(QString::number(phones)));
        QVERIFY2(emails > 3000 && emails < 5000, qPrintable(QString::number(emails)));
        QVERIFY(mobiles > phones / 2);
        QVERIFY(spaced > 1000 && compact > 500 && international > 300);
        // A household's landline is shared, mobiles are personal.
        int shared = 0;
        for (const int owners : std::as_const(phoneOwners))
            shared += owners > 1;
        QVERIFY(shared > 50 && shared < phones / 5);
    }

    void singleAddressColumn()
    {
        DemoOptions options;
        options.singleAddressColumn = true;
        const Table table = parse(QString::fromUtf8(generate(options, QStringLiteral("single.csv"))));
        QCOMPARE(table.header.size(), 24);
        QCOMPARE(table.header.at(20), QStringLiteral("Adresse"));
        QCOMPARE(table.header.mid(21), (QStringList{QStringLiteral("CodePostal"), QStringLiteral("VilleLocalite"),
                                                     QStringLiteral("Pays")}));
        QCOMPARE(table.rows.size(), 20000);
        for (qsizetype i = 0; i < table.rows.size(); ++i) {
            const QStringList& row = table.rows[i];
            const QStringList& full = m_default.rows[i];
            QCOMPARE(row.size(), 24);
            QCOMPARE(row.mid(0, 20), full.mid(0, 20));
            QString expected = full[LieuDit].isEmpty()
                ? QString(full[NumeroVoie] + u' ' + full[TypeVoie] + u' ' + full[LibelleVoie])
                : QString(QStringLiteral("Lieu-dit ") + full[LieuDit]);
            if (!full[Complement1].isEmpty())
                expected += QStringLiteral(", ") + full[Complement1];
            if (!full[Complement2].isEmpty())
                expected += QStringLiteral(", ") + full[Complement2];
            QCOMPARE(row[20], expected);
        }
    }

    void smallCommunes_data()
    {
        QTest::addColumn<int>("voters");
        QTest::addColumn<int>("bureaux");
        QTest::newRow("one voter") << 1 << 1;
        QTest::newRow("as many bureaux as voters") << 7 << 7;
        QTest::newRow("village") << 180 << 1;
        QTest::newRow("small town") << 2500 << 3;
    }
    void smallCommunes()
    {
        QFETCH(int, voters);
        QFETCH(int, bureaux);
        DemoOptions options;
        options.voters = voters;
        options.bureaux = bureaux;
        DemoFileInfo info;
        const Table table = parse(QString::fromUtf8(generate(options, QStringLiteral("small.csv"), &info)));
        QCOMPARE(table.rows.size(), voters);
        QCOMPARE(info.bureaux, bureaux);
        QSet<QString> seen;
        for (const QStringList& row : table.rows) {
            QCOMPARE(row.size(), 29);
            seen.insert(row[NoBureau]);
        }
        QCOMPARE(seen.size(), bureaux);
    }

    void progressAndCancel()
    {
        QList<qint64> reported;
        const QString path = pathFor(QStringLiteral("progress.csv"));
        DemoOptions options;
        options.voters = 30000;
        const auto all = writeDemoVoterFile(path, options, [&](qint64 rows) {
            reported << rows;
            return true;
        });
        QVERIFY(all.ok());
        QVERIFY(reported.size() >= 3);
        QVERIFY(std::is_sorted(reported.cbegin(), reported.cend()));
        QCOMPARE(reported.last(), 30000);

        const QString cancelledPath = pathFor(QStringLiteral("cancelled.csv"));
        const auto cancelled = writeDemoVoterFile(cancelledPath, options, [](qint64 rows) { return rows < 10000; });
        QVERIFY(!cancelled.ok());
        QCOMPARE(cancelled.error().code, QStringLiteral("demo.cancelled"));
        QVERIFY(!QFile::exists(cancelledPath));

        // A cancelled run leaves an earlier file as it was.
        const QByteArray before = readAll(path);
        QVERIFY(!writeDemoVoterFile(path, options, [](qint64) { return false; }).ok());
        QCOMPARE(readAll(path), before);
    }

    void badOptionsAndPaths()
    {
        DemoOptions options;
        options.voters = 0;
        auto result = writeDemoVoterFile(pathFor(QStringLiteral("bad.csv")), options);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("demo.options"));
        options.voters = 10;
        options.bureaux = 11;
        QCOMPARE(writeDemoVoterFile(pathFor(QStringLiteral("bad.csv")), options).error().code,
                 QStringLiteral("demo.options"));
        options.bureaux = 1;
        options.communeName = QStringLiteral("Saint;Aubin");
        QCOMPARE(writeDemoVoterFile(pathFor(QStringLiteral("bad.csv")), options).error().code,
                 QStringLiteral("demo.options"));
        QVERIFY(!QFile::exists(pathFor(QStringLiteral("bad.csv"))));

        result = writeDemoVoterFile(pathFor(QStringLiteral("no/such/folder/file.csv")), DemoOptions{});
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("demo.write"));
    }

    void otherCommune()
    {
        DemoOptions options;
        options.voters = 500;
        options.bureaux = 2;
        options.communeName = QStringLiteral("Fontaine-lès-Dijon");
        options.communeCode = QStringLiteral("21278");
        options.postcode = QStringLiteral("21121");
        const Table table = parse(QString::fromUtf8(generate(options, QStringLiteral("other.csv"))));
        QCOMPARE(table.rows.size(), 500);
        for (const QStringList& row : table.rows) {
            QCOMPARE(row[3], QStringLiteral("21"));
            QCOMPARE(row[4], QStringLiteral("21278"));
            QCOMPARE(row[5], QStringLiteral("Fontaine-lès-Dijon"));
            QCOMPARE(row[26], QStringLiteral("21121"));
            QCOMPARE(row[27], QStringLiteral("Fontaine-lès-Dijon"));
        }
    }
};

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "tst_demogenerator.moc"
