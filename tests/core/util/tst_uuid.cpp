#include "util/uuid.h"

#include <QSet>
#include <QTest>
#include <QUuid>

#include <thread>
#include <vector>

using namespace terrain;

namespace {

// The 128 bits of a uuid's text form as two halves.
std::pair<quint64, quint64> halves(const QString& uuid)
{
    QString hex = uuid;
    hex.remove(u'-');
    return {hex.left(16).toULongLong(nullptr, 16), hex.mid(16).toULongLong(nullptr, 16)};
}

} // namespace

class TestUuid : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void versionVariantAndTime()
    {
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        UuidGenerator generator;
        for (const QString& id : {newUuid(), generator.next()}) {
            QVERIFY(isUuid(id));
            QCOMPARE(id.at(14), QLatin1Char('7')); // version 7 (QUuid::version() knows up to 5 only)
            QCOMPARE(QUuid(id).variant(), QUuid::DCE); // RFC 9562's variant (bits 10)
            // The first 48 bits are the Unix time in milliseconds.
            const qint64 ms = static_cast<qint64>(halves(id).first >> 16);
            QVERIFY(ms >= before);
            QVERIFY(ms <= QDateTime::currentMSecsSinceEpoch());
        }
    }

    void consecutiveUuidsDifferByOne()
    {
        // A generator's uuids are one counter: in the same millisecond the next is the previous + 1
        // (what lets a sync page send them as deltas of a byte).
        UuidGenerator generator;
        QString previous = generator.next();
        int sameMillisecond = 0;
        for (int i = 0; i < 20000; ++i) {
            const QString id = generator.next();
            const auto [high, low] = halves(id);
            const auto [previousHigh, previousLow] = halves(previous);
            QVERIFY2(id > previous, qPrintable(previous + u" !< " + id));
            if (high >> 16 == previousHigh >> 16) {
                ++sameMillisecond;
                // + 1 in rand_b (the variant bits untouched), carried into rand_a when rand_b wraps.
                QVERIFY(low == previousLow + 1 || (high == previousHigh + 1 && low == 0x8000000000000000ULL));
            }
            previous = id;
        }
        QVERIFY(sameMillisecond > 10000); // 20,000 uuids take far less than 10 ms
    }

    void generatorsStartFarApart()
    {
        // Each generator starts at its own random counter: laptops importing at the same
        // millisecond do not make the same uuids.
        QSet<quint64> tails;
        QSet<QString> all;
        for (int g = 0; g < 200; ++g) {
            UuidGenerator generator;
            const QString id = generator.next();
            tails.insert(halves(id).second & 0x3FFFFFFFFFFFFFFFULL);
            all.insert(id);
            all.insert(generator.next());
        }
        QCOMPARE(tails.size(), 200);
        QCOMPARE(all.size(), 400);
    }

    void newUuidIsUniqueAndOrderedAcrossThreads()
    {
        std::vector<std::vector<QString>> made(4);
        std::vector<std::thread> threads;
        for (auto& list : made) {
            threads.emplace_back([&list] {
                for (int i = 0; i < 5000; ++i)
                    list.push_back(newUuid());
            });
        }
        for (std::thread& thread : threads)
            thread.join();
        QSet<QString> seen;
        for (const auto& list : made) {
            for (size_t i = 0; i < list.size(); ++i) {
                QVERIFY(!seen.contains(list[i]));
                seen.insert(list[i]);
                if (i > 0)
                    QVERIFY(list[i] > list[i - 1]); // one generator for the process: ordered per thread too
            }
        }
    }

    void isUuidAcceptsEveryVersion()
    {
        QVERIFY(isUuid(QUuid::createUuid().toString(QUuid::WithoutBraces))); // version 4, older rows
        QVERIFY(isUuid(stableUuid(u"tags", u"x")));                         // version 5
        QVERIFY(isUuid(newUuid()));                                          // version 7
        QVERIFY(isUuid(u"0190A4A0-0000-7000-8000-000000000001"));
        QVERIFY(!isUuid(u"0190a4a0-0000-7000-8000-00000000001"));
        QVERIFY(!isUuid(u"0190a4a0+0000-7000-8000-000000000001"));
        QVERIFY(!isUuid(u"0190a4a0-0000-7000-8000-00000000000g"));
    }
};

QTEST_GUILESS_MAIN(TestUuid)
#include "tst_uuid.moc"
