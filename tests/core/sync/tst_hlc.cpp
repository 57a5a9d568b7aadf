#include "sync/hlc.h"

#include "testsupport.h"

#include <QTest>

using namespace terrain;

class TestHlc : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void followsWallClock()
    {
        test::FixedClock wall;
        HybridLogicalClock clock(0, wall.function());
        const qint64 a = clock.tick();
        QCOMPARE(HybridLogicalClock::millis(a), wall.now);
        QCOMPARE(HybridLogicalClock::counter(a), 0);
        wall.now += 5;
        const qint64 b = clock.tick();
        QCOMPARE(HybridLogicalClock::millis(b), wall.now);
        QVERIFY(b > a);
    }

    void sameMillisecondCounts()
    {
        test::FixedClock wall;
        HybridLogicalClock clock(0, wall.function());
        const qint64 a = clock.tick();
        const qint64 b = clock.tick();
        QCOMPARE(b, a + 1);
        QCOMPARE(HybridLogicalClock::counter(b), 1);
    }

    void neverGoesBackWhenWallClockJumpsBack()
    {
        test::FixedClock wall;
        HybridLogicalClock clock(0, wall.function());
        const qint64 before = clock.tick();
        wall.now -= 3'600'000; // the laptop's clock is set back one hour
        qint64 last = before;
        for (int i = 0; i < 100; ++i) {
            const qint64 next = clock.tick();
            QVERIFY(next > last);
            last = next;
        }
        QCOMPARE(HybridLogicalClock::millis(last), HybridLogicalClock::millis(before));
    }

    void observedRemoteValueIsExceeded()
    {
        test::FixedClock wall;
        HybridLogicalClock clock(0, wall.function());
        // A value from a laptop a day ahead: our next edit must still sort after it.
        const qint64 remote = HybridLogicalClock::pack(wall.now + 86'400'000, 7);
        clock.observe(remote);
        QVERIFY(clock.tick() > remote);
        // Observing an older value changes nothing.
        const qint64 last = clock.last();
        clock.observe(HybridLogicalClock::pack(wall.now - 1000, 0));
        QCOMPARE(clock.last(), last);
    }

    void counterOverflowCarriesIntoMillis()
    {
        test::FixedClock wall;
        HybridLogicalClock clock(HybridLogicalClock::pack(wall.now, 0xFFFF), wall.function());
        const qint64 next = clock.tick();
        QCOMPARE(HybridLogicalClock::millis(next), wall.now + 1);
        QCOMPARE(HybridLogicalClock::counter(next), 0);
    }
};

QTEST_GUILESS_MAIN(TestHlc)
#include "tst_hlc.moc"
