#include "canvass/canvassstats.h"
#include "canvass/contactservice.h"
#include "storage/database.h"
#include "sync/repository.h"

#include "canvassfixture.h"
#include "testsupport.h"

#include <QTest>

using namespace terrain;

namespace {

constexpr qint64 Day1 = 1'780'000'000'000 + 4 * 3'600'000; // a morning
constexpr qint64 Day2 = Day1 + 24 * 3'600'000;

} // namespace

class TestCanvassStats : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void progressAndQuality()
    {
        test::TempCampaign campaign;
        Database& db = campaign.db();
        test::makeDemo(db, 1500);
        Repository repo(db, QStringLiteral("coordinator"));
        ContactService contacts(db, repo);
        // One person per door, doors in walk order.
        std::vector<std::pair<qint64, qint64>> doors; // person, household
        for (qint64 p : test::peopleInWalkOrder(db, 1500)) {
            const qint64 h = test::householdOf(db, p);
            if (doors.empty() || doors.back().second != h)
                doors.emplace_back(p, h);
        }
        QVERIFY(doors.size() >= 140);
        const qint64 list = test::makeList(db, "walk", QStringLiteral("WL-S"), {});
        size_t next = 0;
        // `count` doors by `volunteer` from `start`, `gap` ms apart, every `reachEvery`-th one reached
        // (support 1 for every other reached person).
        auto walk = [&](const QString& volunteer, int count, qint64 start, qint64 gap, int reachEvery, qint64 listId) {
            for (int i = 0; i < count; ++i, ++next) {
                ContactInput input;
                input.volunteer = volunteer;
                input.at = start + i * gap;
                input.listId = listId;
                if (i % reachEvery == 0) {
                    input.personId = doors[next].first;
                    input.result = QStringLiteral("canvassed");
                    input.support = (i / reachEvery) % 2 == 0 ? 1 : 3;
                } else {
                    input.householdId = doors[next].second;
                    input.result = QStringLiteral("not_home");
                }
                QVERIFY(contacts.record(input));
            }
        };
        walk(QStringLiteral("Honest"), 40, Day1, 3 * 60'000, 5, list);   // 8 of 40 reached: 20 %, 3 min apart
        walk(QStringLiteral("Lucky"), 30, Day1, 4 * 60'000, 1, 0);       // every door reached: 100 %
        walk(QStringLiteral("Speedy"), 30, Day2, 5'000, 5, 0);           // 20 %, but 5 s apart
        walk(QStringLiteral("Paper"), 40, Day2, 0, 4, list);             // a paper list typed in: one time

        StatsFilter filter;
        filter.from = Day1 - 3'600'000; // leaves the demo's past history out
        CanvassStats stats(db);
        auto byVolunteer = stats.figures(StatsGroup::Volunteer, filter);
        QVERIFY(byVolunteer);
        QCOMPARE(byVolunteer->size(), 4);
        const CanvassFigures honest = byVolunteer->at(0);
        QCOMPARE(honest.key, QStringLiteral("Honest"));
        QCOMPARE(honest.doorsKnocked, 40);
        QCOMPARE(honest.doorsReached, 8);
        QCOMPARE(honest.peopleReached, 8);
        QCOMPARE(honest.supporters, 4);
        QCOMPARE(honest.contactRate(), 0.2);
        QCOMPARE(byVolunteer->at(1).key, QStringLiteral("Lucky"));
        QCOMPARE(byVolunteer->at(1).contactRate(), 1.0);

        auto byList = stats.figures(StatsGroup::List, filter);
        QCOMPARE(byList->size(), 2);
        QCOMPARE(byList->at(0).key, QString()); // outside any list
        QCOMPARE(byList->at(1).key, QStringLiteral("WL-S"));
        QCOMPARE(byList->at(1).doorsKnocked, 80);
        QCOMPARE(byList->at(1).doorsReached, 18);

        auto activity = stats.activity(filter);
        QCOMPARE(activity->size(), 2);
        QCOMPARE(activity->at(0).day, QDateTime::fromMSecsSinceEpoch(Day1).date());
        QCOMPARE(activity->at(0).doorsKnocked, 70);
        QCOMPARE(activity->at(1).doorsKnocked, 70);
        QCOMPARE(activity->at(1).attempts, 70);
        auto total = stats.total(filter);
        QCOMPARE(total->doorsKnocked, 140);

        // Lucky's rate and Speedy's pace are flagged; Honest and the paper list are not.
        auto flags = stats.flags(filter);
        QVERIFY(flags);
        QCOMPARE(flags->size(), 2);
        QCOMPARE(flags->at(0).volunteer, QStringLiteral("Lucky"));
        QCOMPARE(flags->at(0).kind, QualityFlag::Kind::ContactRate);
        QVERIFY(flags->at(0).message.contains(QStringLiteral("100%")));
        QCOMPARE(flags->at(1).volunteer, QStringLiteral("Speedy"));
        QCOMPARE(flags->at(1).kind, QualityFlag::Kind::TooFast);
        QCOMPARE(flags->at(1).value, 1.0);

        // The same figures, limited to a list and a day.
        filter.listId = list;
        filter.from = Day2 - 3'600'000;
        auto paper = stats.total(filter);
        QCOMPARE(paper->doorsKnocked, 40);
        QCOMPARE(paper->doorsReached, 10);
    }
};

QTEST_GUILESS_MAIN(TestCanvassStats)
#include "tst_canvassstats.moc"
