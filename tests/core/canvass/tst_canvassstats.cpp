#include "canvass/canvassstats.h"
#include "canvass/contactservice.h"
#include "districts/districttree.h"
#include "storage/database.h"
#include "storage/statement.h"
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
    // "Reached" is one definition, the result codes' flag: a hostile refusal reaches someone
    // in the district figures as in the canvass figures, and flagging a code changes both.
    void reachedIsOneDefinition()
    {
        test::TempCampaign campaign;
        Database& db = campaign.db();
        test::makeDemo(db, 300, false);
        Repository repo(db, QStringLiteral("coordinator"));
        ContactService contacts(db, repo);
        const auto people = test::peopleInWalkOrder(db, 40, false, true);
        std::vector<qint64> doors; // one person per door
        for (qint64 p : people) {
            if (doors.empty() || test::householdOf(db, doors.back()) != test::householdOf(db, p))
                doors.push_back(p);
        }
        QVERIFY(doors.size() >= 4);
        auto record = [&](qint64 person, const char* result, qint64 at) {
            ContactInput input;
            input.personId = person;
            input.result = QString::fromLatin1(result);
            input.at = at;
            input.volunteer = QStringLiteral("Camille");
            QVERIFY2(contacts.record(input), result);
        };
        record(doors[0], "hostile", Day1);
        record(doors[1], "refused", Day1 + 60'000);
        record(doors[2], "language", Day1 + 120'000);
        record(doors[3], "come_back", Day1 + 180'000);

        auto districtReached = [&db] {
            DistrictTree tree(db);
            qint64 reached = 0;
            for (const DistrictNode& commune : tree.communes())
                reached += commune.figures.reached;
            return reached;
        };
        auto bureauReached = [&db] {
            DistrictTree tree(db);
            qint64 reached = 0;
            for (const DistrictNode& commune : tree.communes()) {
                for (const DistrictNode& bureau : tree.children(commune)) {
                    for (const DistrictNode& street : tree.children(bureau))
                        reached += street.figures.reached; // the per-node aggregate, not the whole-campaign scan
                }
            }
            return reached;
        };
        CanvassStats stats(db);
        QCOMPARE(districtReached(), qint64(2)); // hostile and refused
        QCOMPARE(bureauReached(), qint64(2));
        QCOMPARE(stats.total()->peopleReached, 2);
        QCOMPARE(stats.total()->doorsReached, 2);

        // A campaign that counts a language barrier as a contact: every figure follows.
        auto codes = ResultCodes::read(db);
        ResultCode language = *codes->find(u"door", u"language");
        language.reached = true;
        QVERIFY(ResultCodes::save(db, repo, language));
        QCOMPARE(districtReached(), qint64(3));
        QCOMPARE(bureauReached(), qint64(3));
        QCOMPARE(stats.total()->peopleReached, 3);
    }

    // The SQL definition falls back to the built-in flags exactly as ResultCodes::read() does.
    void reachedSqlMatchesTheDefaults()
    {
        test::TempCampaign campaign;
        Database& db = campaign.db();
        QVERIFY(db.exec("CREATE TEMP TABLE probe (channel TEXT, result TEXT)"));
        QStringList expected;
        for (const ResultCode& c : ResultCodes::defaults()) {
            Statement insert = db.prepare("INSERT INTO probe VALUES (?, ?)");
            insert.bind(1, c.channel).bind(2, c.code);
            QVERIFY(insert.exec());
            if (c.reached)
                expected << c.channel + u':' + c.code;
        }
        expected.sort();
        const char* sql = "SELECT ca.channel || ':' || ca.result FROM probe ca WHERE " TERRAIN_SQL_REACHED("ca")
                          " ORDER BY 1";
        QCOMPARE(test::column(db, sql), expected); // seeded codes
        QVERIFY(db.exec("DELETE FROM result_codes"));
        QCOMPARE(test::column(db, sql), expected); // none stored: the built-in flags
    }

    // The demo campaign's door history looks like a real one: the volunteers reach 15-30 % of
    // their doors over several weeks, and the two the quality check should catch are caught.
    void demoHistoryIsPlausible()
    {
        test::TempCampaign campaign;
        Database& db = campaign.db();
        test::makeDemo(db, 3000);
        CanvassStats stats(db);
        auto perVolunteer = stats.figures(StatsGroup::Volunteer);
        QVERIFY(perVolunteer);
        QVERIFY(perVolunteer->size() >= 6);
        int plausible = 0;
        for (const CanvassFigures& f : std::as_const(*perVolunteer)) {
            const double rate = double(f.doorsReached) / std::max(1, f.doorsKnocked);
            qDebug("%s: %d doors, %d reached (%.0f %%)", qPrintable(f.key), f.doorsKnocked, f.doorsReached, rate * 100);
            if (f.key != u"Hugo" && f.key != u"Nadia") {
                QVERIFY2(rate >= 0.15 && rate <= 0.30, qPrintable(f.key));
                ++plausible;
            }
        }
        QCOMPARE(plausible, 6);
        auto flags = stats.flags();
        QVERIFY(flags);
        QStringList flagged;
        for (const QualityFlag& flag : std::as_const(*flags))
            flagged << flag.volunteer;
        flagged.removeDuplicates();
        flagged.sort();
        QCOMPARE(flagged, (QStringList{QStringLiteral("Hugo"), QStringLiteral("Nadia")}));
        auto days = stats.activity();
        QVERIFY(days);
        QVERIFY2(days->size() >= 15, qPrintable(QString::number(days->size()))); // spread over weeks
    }
};

QTEST_GUILESS_MAIN(TestCanvassStats)
#include "tst_canvassstats.moc"
