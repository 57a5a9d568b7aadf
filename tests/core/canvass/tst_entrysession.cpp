#include "canvass/entryfile.h"
#include "canvass/entrysession.h"
#include "canvass/survey.h"
#include "storage/database.h"
#include "sync/repository.h"

#include "canvassfixture.h"
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace terrain;

namespace {

constexpr qint64 Walked = 1'780'000'000'000; // after the demo's history

qint64 countOf(Database& db, const QString& sql)
{
    return test::count(db, sql.toUtf8().constData());
}

EntrySession::Options at(qint64 walkedAt, int undoDepth = 5)
{
    EntrySession::Options o;
    o.walkedAt = walkedAt;
    o.undoDepth = undoDepth;
    return o;
}

} // namespace

class TestEntrySession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void opensByCodeAsTypedOrScanned()
    {
        test::TempCampaign campaign;
        Database& db = campaign.db();
        test::makeDemo(db);
        const auto people = test::peopleInWalkOrder(db, 30);
        const qint64 list = test::makeList(db, "walk", QStringLiteral("WL-7K2Q"), people);
        Repository repo(db, QStringLiteral("coordinator"));
        for (const QString& typed : {QStringLiteral("WL-7K2Q"), QStringLiteral("  wl-7k2q \n"),
                                     QStringLiteral("TERRAIN:WL-7K2Q"), QStringLiteral("wl-7k 2q")}) {
            auto session = EntrySession::open(db, repo, typed);
            QVERIFY2(session, qPrintable(typed));
            QCOMPARE((*session)->listId(), list);
            QCOMPARE((*session)->channel(), QStringLiteral("door"));
        }
        auto missing = EntrySession::open(db, repo, u"WL-0000");
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, QStringLiteral("entry.nolist"));

        // Doors in printed order: consecutive people of one household make one door.
        auto session = EntrySession::open(db, repo, u"WL-7K2Q");
        int persons = 0;
        QSet<qint64> households;
        for (const EntryDoor& door : (*session)->doors()) {
            QVERIFY(!households.contains(door.householdId));
            households.insert(door.householdId);
            QVERIFY(!door.address.isEmpty());
            persons += int(door.people.size());
        }
        QCOMPARE(persons, 30);
        QCOMPARE((*session)->doors().first().people.first().personId, people.front());
        QVERIFY((*session)->doors().size() < 30); // some doors hold several people
    }

    void keystrokesPerDoor()
    {
        test::TempCampaign campaign;
        Database& db = campaign.db();
        test::makeDemo(db, 600);
        Repository repo(db, QStringLiteral("coordinator"));
        QVERIFY(SurveyService(db, repo).addQuestion(QStringLiteral("Main concern"), QuestionKind::SingleChoice,
                                            {QStringLiteral("Schools"), QStringLiteral("Traffic"),
                                             QStringLiteral("Taxes")}));
        const auto people = test::peopleInWalkOrder(db, 80);
        test::makeList(db, "walk", QStringLiteral("WL-TYPE"), people);
        auto opened = EntrySession::open(db, repo, u"WL-TYPE", at(Walked));
        QVERIFY(opened);
        EntrySession& s = **opened;
        const qint64 attemptsBefore = test::count(db, "SELECT count(*) FROM contact_attempts");

        // A typical returned sheet: half the doors not home, a third with one conversation
        // (support level, sometimes the main concern), some with two people, a few skipped.
        int doors = 0;
        int notHome = 0;
        int expectedPersonAttempts = 0;
        int maxKeys = 0;
        int traffic = 0;
        QList<std::pair<qint64, int>> supportGiven;
        while (!s.atEnd()) {
            const int i = s.currentDoor();
            const EntryDoor& door = s.doors()[i];
            const int before = s.keystrokes();
            QString typed;
            switch (i % 10) {
            case 0: case 1: case 2: case 3: case 4:
                typed = QStringLiteral("N\n");
                ++notHome;
                break;
            case 5: case 6:
                typed = QStringLiteral("%1\n").arg(1 + i % 5);
                supportGiven.append({door.people[0].personId, 1 + i % 5});
                ++expectedPersonAttempts;
                break;
            case 7:
                typed = QStringLiteral("22\n"); // support 2, main concern 2 (Traffic)
                ++traffic;
                supportGiven.append({door.people[0].personId, 2});
                ++expectedPersonAttempts;
                break;
            case 8:
                if (door.people.size() >= 2) {
                    typed = QStringLiteral("1\t4\n");
                    supportGiven.append({door.people[0].personId, 1});
                    supportGiven.append({door.people[1].personId, 4});
                    expectedPersonAttempts += 2;
                } else {
                    typed = QStringLiteral("r\n");
                    ++expectedPersonAttempts;
                }
                break;
            default:
                typed = QStringLiteral("\n"); // nobody visited this door
            }
            QVERIFY2(s.keys(typed), qPrintable(typed));
            QCOMPARE(s.keystrokes() - before, int(typed.size()));
            maxKeys = std::max(maxKeys, s.keystrokes() - before);
            ++doors;
        }
        QCOMPARE(doors, int(s.doors().size()));
        const double perDoor = double(s.keystrokes()) / doors;
        qInfo("%d doors, %d keys, %.2f keys per door, at most %d", doors, s.keystrokes(), perDoor, maxKeys);
        QVERIFY2(perDoor <= 2.5, qPrintable(QString::number(perDoor)));
        QVERIFY(maxKeys <= 4);

        auto counts = s.finish();
        QVERIFY2(counts, counts ? "" : qPrintable(counts.error().toString()));
        QCOMPARE(counts->doors, doors);
        QCOMPARE(counts->attempts, notHome + expectedPersonAttempts);
        QCOMPARE(test::count(db, "SELECT count(*) FROM contact_attempts") - attemptsBefore,
                 qint64(notHome + expectedPersonAttempts));
        // Not home is said of the door: one attempt per household, nobody named.
        QCOMPARE(test::count(db, "SELECT count(*) FROM contact_attempts WHERE result = 'not_home' AND person_id IS NULL"
                                 " AND list_id IS NOT NULL"),
                 qint64(notHome));
        QCOMPARE(test::count(db, "SELECT count(*) FROM contact_attempts WHERE list_id IS NOT NULL"
                                 " AND at <> 1780000000000"),
                 0);
        int supporters = 0;
        for (const auto& [person, level] : supportGiven) {
            QCOMPARE(countOf(db, QStringLiteral("SELECT support FROM people WHERE id = %1").arg(person)), qint64(level));
            QCOMPARE(countOf(db, QStringLiteral("SELECT count(*) FROM contact_attempts WHERE person_id = %1"
                                                " AND result = 'canvassed' AND list_id IS NOT NULL")
                                     .arg(person)),
                     1);
            supporters += level <= 2 ? 1 : 0;
        }
        QCOMPARE(counts->supporters, supporters);
        QCOMPARE(test::count(db, "SELECT count(*) FROM contact_attempts WHERE answers LIKE '%Traffic%'"),
                 qint64(traffic));
        QCOMPARE(test::column(db, "SELECT status FROM lists WHERE code = 'WL-TYPE'"), QStringList{QStringLiteral("entered")});
        // Entered once: opening it again is refused unless asked.
        QVERIFY(!EntrySession::open(db, repo, u"WL-TYPE"));
    }

    // A results file is all or nothing for its own rows: a bad row takes back the file and
    // only the file (what was typed before stays), and no door of it is written meanwhile.
    void aBadResultsFileTakesBackOnlyItself()
    {
        test::TempCampaign campaign;
        Database& db = campaign.db();
        test::makeDemo(db, 300, false);
        Repository repo(db, QStringLiteral("coordinator"));
        test::makeList(db, "walk", QStringLiteral("WL-FILE"), test::peopleInWalkOrder(db, 40));
        auto opened = EntrySession::open(db, repo, u"WL-FILE", at(Walked, 2));
        QVERIFY(opened);
        EntrySession& s = **opened;
        QVERIFY(s.keys(u"3\n"));
        QVERIFY(s.doors()[0].hasEntry());

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("results.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        // Doors 2-6 good, then a result letter no code has: the whole file is refused.
        file.write("door;person;result;answers\n2;;N;\n3;;N;\n4;;N;\n5;;N;\n6;;N;\n7;;Z;\n");
        file.close();
        auto applied = applyEntryFile(s, path);
        QVERIFY(!applied);
        QVERIFY2(applied.error().message.contains(QStringLiteral("7")), qPrintable(applied.error().message));
        QCOMPARE(test::count(db, "SELECT count(*) FROM contact_attempts"), 0); // nothing of the file written
        QVERIFY(s.doors()[0].hasEntry()); // what was typed before stays
        for (int door = 1; door <= 6; ++door)
            QVERIFY2(!s.doors()[door].hasEntry(), qPrintable(QString::number(door)));
        QCOMPARE(s.undoDepth(), 2);
    }

    void undoAndRefusedKeys()
    {
        test::TempCampaign campaign;
        Database& db = campaign.db();
        test::makeDemo(db, 300, false);
        Repository repo(db, QStringLiteral("coordinator"));
        const auto people = test::peopleInWalkOrder(db, 40);
        test::makeList(db, "walk", QStringLiteral("WL-UNDO"), people);
        auto opened = EntrySession::open(db, repo, u"wl-undo", at(Walked, 2));
        QVERIFY(opened);
        EntrySession& s = **opened;

        // Refused keys change nothing and are not counted.
        QVERIFY(!s.key(u'Z'));
        QVERIFY(!s.key(u'7')); // support goes from 1 to 5
        QVERIFY(!s.key(u'+'));
        QCOMPARE(s.keystrokes(), 0);
        QVERIFY(!s.undo());

        QVERIFY(s.keys(u"3"));
        QCOMPARE(s.doors()[0].people[0].answers.value(u"support").toInt(), 3);
        QVERIFY(s.key(u'\b'));
        QVERIFY(!s.doors()[0].hasEntry());
        QCOMPARE(s.keystrokes(), 0);

        // Undo crosses an Enter back to the door, then takes the answer away.
        QVERIFY(s.keys(u"2\n"));
        QCOMPARE(s.currentDoor(), 1);
        QVERIFY(s.undo());
        QCOMPARE(s.currentDoor(), 0);
        QCOMPARE(s.doors()[0].people[0].answers.value(u"support").toInt(), 2);
        QVERIFY(s.undo());
        QVERIFY(!s.doors()[0].hasEntry());

        // Nothing is stored while it can be undone; doors leave the window in order.
        QVERIFY(s.keys(u"1\nN\nM\n"));
        QCOMPARE(test::count(db, "SELECT count(*) FROM contact_attempts"), 1); // door 0 left the window of 2
        QCOMPARE(s.pendingDoors(), 2);
        QVERIFY(s.undo() && s.undo() && s.undo() && s.undo()); // back to door 1, its "N" gone
        QCOMPARE(s.currentDoor(), 1);
        QVERIFY(!s.doors()[1].hasEntry());
        QVERIFY(!s.undo()); // door 0 is stored: undo stops there
        QCOMPARE(test::count(db, "SELECT count(*) FROM contact_attempts"), 1);
        QVERIFY(s.goTo(0));
        QVERIFY(!s.key(u'N')); // a stored door is read-only
        QVERIFY(s.goTo(1));

        // A crash (the session dropped without commit) loses only the undo window; reopening resumes.
        const qint64 deceased = test::count(db, "SELECT count(*) FROM people WHERE status = 'deceased'");
        QVERIFY(s.keys(u"D\nI\nB\n"));
        QCOMPARE(test::count(db, "SELECT count(*) FROM contact_attempts"), 2);
        QCOMPARE(test::count(db, "SELECT count(*) FROM people WHERE status = 'deceased'"), deceased + 1);
        opened->reset();
        auto resumed = EntrySession::open(db, repo, u"WL-UNDO", at(Walked, 2));
        QVERIFY(resumed);
        QCOMPARE((*resumed)->currentDoor(), 2);
        QVERIFY((*resumed)->doors()[0].written && (*resumed)->doors()[1].written);
        QVERIFY(!(*resumed)->doors()[2].written);
        QVERIFY((*resumed)->keys(u"D\n"));
        QVERIFY((*resumed)->commit());
        QCOMPARE(test::count(db, "SELECT count(*) FROM people WHERE status = 'deceased'"), deceased + 2);
        QCOMPARE(test::count(db, "SELECT count(*) FROM contact_attempts"), 3);
    }
};

QTEST_GUILESS_MAIN(TestEntrySession)
#include "tst_entrysession.moc"
