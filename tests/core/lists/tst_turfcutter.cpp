#include "lists/listcode.h"
#include "lists/turfcutter.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace terrain;

namespace {

qint64 g_nextHousehold = 1;

// A door from "street|number|suffix|building|staircase|unit", bureau 1 unless told.
WalkDoor door(const QString& spec, qint64 bureau = 1)
{
    const QStringList f = spec.split(u'|');
    WalkDoor d;
    d.householdId = g_nextHousehold++;
    d.bureauId = bureau;
    d.bureauCode = QString::number(bureau);
    d.bureauLabel = QStringLiteral("%1 - Bureau").arg(bureau);
    d.street = f.value(0);
    d.streetId = qHash(d.street) % 1000 + 1;
    if (!f.value(1).isEmpty())
        d.number = f.value(1).toInt();
    d.suffix = f.value(2);
    d.building = f.value(3);
    d.staircase = f.value(4);
    d.unit = f.value(5);
    d.people = {d.householdId};
    return d;
}

QStringList labels(const std::vector<WalkDoor>& doors)
{
    QStringList out;
    for (const WalkDoor& d : doors)
        out << TurfCutter::addressLabel(d);
    return out;
}

// `count` doors on one side of a street, numbers from `first` by 2, one door per number.
std::vector<WalkDoor> side(const QString& street, int first, int count, qint64 bureau = 1)
{
    std::vector<WalkDoor> doors;
    for (int i = 0; i < count; ++i)
        doors.push_back(door(QStringLiteral("%1|%2").arg(street).arg(first + 2 * i), bureau));
    return doors;
}

void append(std::vector<WalkDoor>& to, std::vector<WalkDoor> more)
{
    for (WalkDoor& d : more)
        to.push_back(std::move(d));
}

QList<qsizetype> sizes(const std::vector<TurfRange>& turfs)
{
    QList<qsizetype> out;
    for (const TurfRange& t : turfs)
        out << t.size();
    return out;
}

// Every door in exactly one turf, in order, and no building or bureau across two turfs.
void checkPartition(const std::vector<WalkDoor>& doors, const std::vector<TurfRange>& turfs)
{
    qsizetype next = 0;
    for (const TurfRange& t : turfs) {
        QCOMPARE(t.begin, next);
        QVERIFY(t.size() > 0);
        next = t.end;
        if (t.begin > 0) {
            const WalkDoor& before = doors[static_cast<size_t>(t.begin - 1)];
            const WalkDoor& first = doors[static_cast<size_t>(t.begin)];
            QVERIFY2(!TurfCutter::sameBuilding(before, first), qPrintable(TurfCutter::addressLabel(first)));
        }
        for (qsizetype i = t.begin + 1; i < t.end; ++i)
            QCOMPARE(doors[static_cast<size_t>(i)].bureauId, doors[static_cast<size_t>(t.begin)].bureauId);
    }
    QCOMPARE(next, static_cast<qsizetype>(doors.size()));
}

} // namespace

class TestTurfCutter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void walkOrder();
    void bureauxByCode();
    void smallStreetSidesPackTogether();
    void streetSideNeverSplitWhenItFits();
    void longSideSplitByNumberRanges();
    void buildingNeverSplit();
    void turfNeverSpansBureaux();
    void turfNames();
    void codes();
};

void TestTurfCutter::walkOrder()
{
    std::vector<WalkDoor> doors;
    for (const char* spec : {"Rue de la Paix|14", "Rue de la Paix|12|ter", "Rue de la Paix|12|bis",
                             "Rue de la Paix|12||A||Apt 10", "Rue de la Paix|12||A||Apt 2", "Rue de la Paix|12|B",
                             "Rue de la Paix|3", "Rue de la Paix|1", "Rue de la Paix|21", "Rue de la Paix|",
                             "Rue de la Paix|7||B|2|Floor 10 Apt 1", "Rue de la Paix|7||B|2|Floor 2 Apt 11",
                             "Rue de la Paix|7||B|10|Floor 1 Apt 1", "Rue de la Paix|7||A", "Avenue Foch|2",
                             "Avenue Foch|1", "|"})
        doors.push_back(door(QString::fromUtf8(spec)));
    TurfCutter::sortDoors(doors);
    const QStringList expected{
        QStringLiteral("1 Avenue Foch"), QStringLiteral("2 Avenue Foch"),
        // Odd side first: 1, 3, 7 (building A, then B with staircase 2 before 10, floor 2 before 10), 21.
        QStringLiteral("1 Rue de la Paix"), QStringLiteral("3 Rue de la Paix"),
        QStringLiteral("7 Rue de la Paix, Bldg A"), QStringLiteral("7 Rue de la Paix, Bldg B, Stair 2, Floor 2 Apt 11"),
        QStringLiteral("7 Rue de la Paix, Bldg B, Stair 2, Floor 10 Apt 1"),
        QStringLiteral("7 Rue de la Paix, Bldg B, Stair 10, Floor 1 Apt 1"), QStringLiteral("21 Rue de la Paix"),
        // Even side: 12 (Apt 2 before Apt 10) < 12 bis < 12 ter < 12B < 14.
        QStringLiteral("12 Rue de la Paix, Bldg A, Apt 2"), QStringLiteral("12 Rue de la Paix, Bldg A, Apt 10"),
        QStringLiteral("12 bis Rue de la Paix"), QStringLiteral("12 ter Rue de la Paix"),
        QStringLiteral("12B Rue de la Paix"), QStringLiteral("14 Rue de la Paix"),
        // No number, then no street at all.
        QStringLiteral("Rue de la Paix"), QStringLiteral("No street")};
    QCOMPARE(labels(doors), expected);
}

void TestTurfCutter::bureauxByCode()
{
    std::vector<WalkDoor> doors{door(QStringLiteral("Rue A|1"), 10), door(QStringLiteral("Rue A|1"), 2),
                                door(QStringLiteral("Rue A|1"), 1)};
    WalkDoor none = door(QStringLiteral("Rue A|1"), 0);
    none.bureauCode.clear();
    doors.push_back(none);
    TurfCutter::sortDoors(doors);
    QList<qint64> bureaux;
    for (const WalkDoor& d : doors)
        bureaux << d.bureauId;
    QCOMPARE(bureaux, (QList<qint64>{1, 2, 10, 0}));
}

void TestTurfCutter::smallStreetSidesPackTogether()
{
    std::vector<WalkDoor> doors;
    append(doors, side(QStringLiteral("Rue A"), 1, 20));
    append(doors, side(QStringLiteral("Rue A"), 2, 20));
    append(doors, side(QStringLiteral("Rue B"), 1, 15));
    append(doors, side(QStringLiteral("Rue C"), 1, 30));
    TurfCutter::sortDoors(doors);
    const auto turfs = TurfCutter::cut(doors, 50);
    checkPartition(doors, turfs);
    // A odd + A even = 40; adding B (15) would pass 50: B starts the next turf, with C (45).
    QCOMPARE(sizes(turfs), (QList<qsizetype>{40, 45}));
}

void TestTurfCutter::streetSideNeverSplitWhenItFits()
{
    std::vector<WalkDoor> doors;
    append(doors, side(QStringLiteral("Rue A"), 1, 30));
    append(doors, side(QStringLiteral("Rue B"), 1, 30));
    append(doors, side(QStringLiteral("Rue C"), 1, 50));
    TurfCutter::sortDoors(doors);
    const auto turfs = TurfCutter::cut(doors, 50);
    checkPartition(doors, turfs);
    QCOMPARE(sizes(turfs), (QList<qsizetype>{30, 30, 50}));
}

void TestTurfCutter::longSideSplitByNumberRanges()
{
    std::vector<WalkDoor> doors;
    append(doors, side(QStringLiteral("Rue A"), 1, 10));
    append(doors, side(QStringLiteral("Rue Longue"), 1, 120));
    append(doors, side(QStringLiteral("Rue Z"), 1, 10));
    TurfCutter::sortDoors(doors);
    const auto turfs = TurfCutter::cut(doors, 50);
    checkPartition(doors, turfs);
    // 120 doors over 50: three nearly equal number ranges, alone in their turfs.
    QCOMPARE(sizes(turfs), (QList<qsizetype>{10, 40, 40, 40, 10}));
    QCOMPARE(*doors[static_cast<size_t>(turfs[1].begin)].number, 1);
    QCOMPARE(*doors[static_cast<size_t>(turfs[1].end - 1)].number, 79);
    QCOMPARE(*doors[static_cast<size_t>(turfs[2].begin)].number, 81);
    QCOMPARE(TurfCutter::turfName(doors, turfs[2]), QStringLiteral("1 - Bureau: Rue Longue (odd 81-159)"));
}

void TestTurfCutter::buildingNeverSplit()
{
    // 60 doors on one side: number 1 (10 doors), number 3 building A (35 doors), then 15 houses.
    std::vector<WalkDoor> doors;
    for (int i = 1; i <= 10; ++i)
        doors.push_back(door(QStringLiteral("Rue A|1||||Apt %1").arg(i)));
    for (int i = 1; i <= 35; ++i)
        doors.push_back(door(QStringLiteral("Rue A|3||A||Apt %1").arg(i)));
    append(doors, side(QStringLiteral("Rue A"), 5, 15));
    TurfCutter::sortDoors(doors);
    auto turfs = TurfCutter::cut(doors, 40);
    checkPartition(doors, turfs);
    // Over 40: the 10 flats of number 1, then building 3A whole, then the houses.
    QCOMPARE(sizes(turfs), (QList<qsizetype>{10, 35, 15}));

    // A single building bigger than the target is one turf of its own.
    std::vector<WalkDoor> tower;
    for (int i = 1; i <= 70; ++i)
        tower.push_back(door(QStringLiteral("Rue T|2||A||Apt %1").arg(i)));
    append(tower, side(QStringLiteral("Rue T"), 4, 5));
    TurfCutter::sortDoors(tower);
    turfs = TurfCutter::cut(tower, 50);
    checkPartition(tower, turfs);
    QCOMPARE(sizes(turfs), (QList<qsizetype>{70, 5}));
}

void TestTurfCutter::turfNeverSpansBureaux()
{
    std::vector<WalkDoor> doors;
    append(doors, side(QStringLiteral("Rue A"), 1, 10, 1));
    append(doors, side(QStringLiteral("Rue A"), 21, 10, 2));
    TurfCutter::sortDoors(doors);
    const auto turfs = TurfCutter::cut(doors, 50);
    checkPartition(doors, turfs);
    QCOMPARE(sizes(turfs), (QList<qsizetype>{10, 10}));
    QVERIFY(TurfCutter::turfName(doors, turfs[1]).startsWith(QStringLiteral("2 - Bureau: ")));
}

void TestTurfCutter::turfNames()
{
    std::vector<WalkDoor> doors;
    append(doors, side(QStringLiteral("Rue A"), 1, 3));
    append(doors, side(QStringLiteral("Rue A"), 2, 2));
    doors.push_back(door(QStringLiteral("Rue B|12|bis")));
    TurfCutter::sortDoors(doors);
    const auto turfs = TurfCutter::cut(doors, 50);
    QCOMPARE(turfs.size(), size_t(1));
    QCOMPARE(TurfCutter::turfName(doors, turfs[0]), QStringLiteral("1 - Bureau: Rue A (odd 1-5) → Rue B (even 12 bis)"));
}

void TestTurfCutter::codes()
{
    QRandomGenerator random(42);
    QSet<QString> seen;
    for (int i = 0; i < 20000; ++i) {
        const QString code = newListCode(random);
        QVERIFY(isListCode(code));
        for (QChar c : {u'0', u'O', u'1', u'I', u'L', u'U', u'V'})
            QVERIFY2(!code.contains(c), qPrintable(code));
        seen.insert(code);
    }
    QVERIFY(seen.size() > 19990); // 29^6 codes: collisions are rare (and checked on creation)
    QCOMPARE(normalizeListCode(u" ab3-k7x "), QStringLiteral("AB3K7X"));
    QVERIFY(!isListCode(u"AB3K7"));
    QVERIFY(!isListCode(u"AB0K7X"));
}

QTEST_GUILESS_MAIN(TestTurfCutter)
#include "tst_turfcutter.moc"
