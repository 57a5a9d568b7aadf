#include "canvass/callscripts.h"
#include "canvass/phonequeue.h"
#include "storage/database.h"
#include "sync/repository.h"

#include "canvassfixture.h"
#include "testsupport.h"

#include <QTest>

using namespace terrain;

namespace {

constexpr qint64 T0 = 1'780'000'000'000;
constexpr qint64 Minute = 60'000;
constexpr qint64 Hour = 60 * Minute;

qint64 nextPerson(PhoneQueue& queue, qint64 now)
{
    auto next = queue.next(now);
    if (!next)
        return -2;
    return *next ? (*next)->personId : -1;
}

} // namespace

class TestPhoneQueue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recyclingRules()
    {
        test::TempCampaign campaign;
        Database& db = campaign.db();
        test::makeDemo(db, 600);
        const auto people = test::peopleInWalkOrder(db, 7, true, true);
        QCOMPARE(people.size(), size_t(7));
        test::makeList(db, "call", QStringLiteral("CL-1"), people);
        Repository repo(db, QStringLiteral("coordinator"));
        auto a = PhoneQueue::open(db, repo, u"cl-1", QStringLiteral("Alice"));
        auto b = PhoneQueue::open(db, repo, u"CL-1", QStringLiteral("Bruno"));
        QVERIFY(a && b);
        PhoneQueue& alice = **a;
        PhoneQueue& bruno = **b;
        QCOMPARE(alice.progress(T0)->dueNow, 7);

        // In list order, one at a time: each outcome with one key.
        auto record = [&](PhoneQueue& q, qint64 now, const char* key, qint64 callbackAt = 0) {
            auto t = q.next(now);
            QVERIFY(t && *t);
            QVERIFY2(q.record(**t, QString::fromLatin1(key), {}, now, callbackAt), key);
        };
        record(alice, T0, "N");                 // p0: no answer
        record(alice, T0 + 1, "B");             // p1: busy
        record(alice, T0 + 2, "W");             // p2: wrong number (its only one)
        record(alice, T0 + 3, "C", T0 + 24 * Hour); // p3: call back tomorrow
        record(alice, T0 + 4, "D");             // p4: do not call
        auto t5 = alice.next(T0 + 5);
        QCOMPARE((*t5)->personId, people[5]);
        QVERIFY(alice.record(**t5, u"", {{QStringLiteral("support"), 1}}, T0 + 5)); // answered with answers
        QCOMPARE(test::column(db, QStringLiteral("SELECT support FROM people WHERE id = %1").arg(people[5])
                                      .toUtf8().constData()),
                 QStringList{QStringLiteral("1")});

        auto progress = alice.progress(T0 + 6);
        QCOMPARE(progress->total, 7);
        QCOMPARE(progress->done, 3); // wrong number with no other phone, do not call, answered
        QCOMPARE(progress->dueNow, 1); // p6
        QCOMPARE(progress->waiting, 3);
        QCOMPARE(progress->toCall(), 4);

        // Busy comes back to its caller after a short while, not to another one.
        QCOMPARE(nextPerson(bruno, T0 + 16 * Minute), people[6]);
        QVERIFY(bruno.record(*(*bruno.next(T0 + 16 * Minute)), u"answered", {}, T0 + 16 * Minute));
        QCOMPARE(nextPerson(bruno, T0 + 17 * Minute), qint64(-1));
        QCOMPARE(nextPerson(alice, T0 + 17 * Minute), people[1]);
        QCOMPARE(alice.next(T0 + 17 * Minute)->value().callBack, true);
        record(alice, T0 + 17 * Minute, "A");

        // No answer goes back into the list later, for anyone.
        QCOMPARE(nextPerson(bruno, T0 + Hour), qint64(-1));
        QCOMPARE(nextPerson(bruno, T0 + 2 * Hour + 1), people[0]);
        record(bruno, T0 + 2 * Hour + 1, "M"); // left a message
        record(bruno, T0 + 4 * Hour + 2, "N"); // third unanswered call: given up
        QCOMPARE(nextPerson(bruno, T0 + 10 * Hour), qint64(-1));

        // The call back: at its time, to its caller; the other caller only after the hold.
        QCOMPARE(nextPerson(bruno, T0 + 24 * Hour + 1), qint64(-1));
        QCOMPARE(nextPerson(alice, T0 + 23 * Hour), qint64(-1));
        QCOMPARE(nextPerson(alice, T0 + 24 * Hour + 1), people[3]);
        QCOMPARE(nextPerson(bruno, T0 + 48 * Hour + 1), people[3]);

        // Wrong numbers are never dialled again; do-not-call is permanent, on every list.
        QCOMPARE(test::count(db, QStringLiteral("SELECT count(*) FROM phones WHERE person_id = %1 AND bad = 0")
                                     .arg(people[2]).toUtf8().constData()),
                 0);
        QCOMPARE(test::count(db, QStringLiteral("SELECT dnc_phone FROM people WHERE id = %1").arg(people[4])
                                     .toUtf8().constData()),
                 1);
        test::makeList(db, "call", QStringLiteral("CL-2"), {people[2], people[4]});
        auto other = PhoneQueue::open(db, repo, u"CL-2", QStringLiteral("Alice"));
        QCOMPARE(nextPerson(**other, T0 + 100 * Hour), qint64(-1));
        QCOMPARE((*other)->progress(T0)->done, 2);
    }

    void anotherNumberAfterAWrongOne()
    {
        test::TempCampaign campaign;
        Database& db = campaign.db();
        test::makeDemo(db, 300);
        const auto people = test::peopleInWalkOrder(db, 1, true, true);
        const qint64 second = test::addPhone(db, people[0], QStringLiteral("+33799999999"));
        test::makeList(db, "call", QStringLiteral("CL-W"), people);
        Repository repo(db, QStringLiteral("coordinator"));
        auto queue = PhoneQueue::open(db, repo, u"CL-W", QStringLiteral("Alice"));
        auto first = (*queue)->next(T0);
        QVERIFY(first && *first);
        QCOMPARE((*first)->phones.size(), 2);
        const qint64 dialled = (*first)->phones.first().id;
        QVERIFY((*queue)->record(**first, u"X", {}, T0)); // disconnected
        auto again = (*queue)->next(T0 + 1);
        QVERIFY(again && *again);
        QCOMPARE((*again)->phones.size(), 1);
        QVERIFY((*again)->phones.first().id != dialled);
        QVERIFY((*again)->phones.first().id == second || dialled == second);
        QCOMPARE((*again)->recent.first().result, QStringLiteral("disconnected"));
        // A walk list is not a phone bank.
        test::makeList(db, "walk", QStringLiteral("WL-X"), people);
        QVERIFY(!PhoneQueue::open(db, repo, u"WL-X", QStringLiteral("Alice")));
    }

    // A call list as ListService makes it: one entry (rank) per number. Entry 1: Chloé's
    // mobile. Entry 2: the landline Alain and Béatrice share (one row each, same number).
    void sharedLandlineIsOneEntry()
    {
        test::TempCampaign campaign;
        Database& db = campaign.db();
        test::makeDemo(db, 300, false);
        const auto people = test::peopleInWalkOrder(db, 3, false, true);
        QCOMPARE(people.size(), size_t(3));
        const qint64 alain = people[0], beatrice = people[1], chloe = people[2];
        const qint64 landA = test::addPhone(db, alain, QStringLiteral("+33241000001"));
        const qint64 landB = test::addPhone(db, beatrice, QStringLiteral("+33241000001"));
        const qint64 mobileC = test::addPhone(db, chloe, QStringLiteral("+33612000003"));
        Repository repo(db, QStringLiteral("coordinator"));
        auto list = repo.insert("lists", {{QStringLiteral("kind"), QStringLiteral("call")},
                                          {QStringLiteral("name"), QStringLiteral("Appels")},
                                          {QStringLiteral("code"), QStringLiteral("CL-H")},
                                          {QStringLiteral("status"), QStringLiteral("new")},
                                          {QStringLiteral("created_at"), T0}});
        QVERIFY(list);
        for (const auto& [person, rank, phone] : {std::tuple{chloe, 1, mobileC}, std::tuple{alain, 2, landA},
                                                  std::tuple{beatrice, 2, landB}}) {
            QVERIFY(repo.insert("list_members", {{QStringLiteral("list_id"), *list},
                                                 {QStringLiteral("person_id"), person},
                                                 {QStringLiteral("rank"), rank},
                                                 {QStringLiteral("present"), 1},
                                                 {QStringLiteral("phone_id"), phone}}));
        }
        auto opened = PhoneQueue::open(db, repo, u"CL-H", QStringLiteral("Alice"));
        QVERIFY(opened);
        PhoneQueue& queue = **opened;
        QCOMPARE(queue.progress(T0)->total, 2); // two numbers, three people

        auto first = queue.next(T0);
        QVERIFY(first && *first);
        QCOMPARE((*first)->personId, chloe);
        QCOMPARE((*first)->members.size(), 1);
        QVERIFY(queue.record(**first, u"N", {}, T0));

        // The landline: dialled once, both people on it, the number is the entry's own.
        auto home = queue.next(T0 + 1);
        QVERIFY(home && *home);
        QCOMPARE((*home)->personId, alain);
        QCOMPARE((*home)->members.size(), 2);
        QCOMPARE((*home)->members[1].personId, beatrice);
        QCOMPARE((*home)->phones.size(), 1);
        QCOMPARE((*home)->phones.first().id, landA);
        QCOMPARE((*home)->pendingCount(), 2);
        // Béatrice picks up: put her on the line; her answers are hers.
        auto onLine = queue.withPerson(**home, beatrice);
        QVERIFY(onLine);
        QCOMPARE(onLine->personId, beatrice);
        QCOMPARE(onLine->phones.first().id, landB);
        QVERIFY(queue.record(*onLine, u"", {{QStringLiteral("support"), 2}}, T0 + 2));
        QCOMPARE(test::count(db, QStringLiteral("SELECT support FROM people WHERE id = %1").arg(beatrice).toUtf8().constData()), 2);
        QCOMPARE(test::count(db, QStringLiteral("SELECT count(*) FROM contact_attempts WHERE person_id = %1")
                                     .arg(alain).toUtf8().constData()),
                 0);
        // Still on the line: the same number comes straight back to this caller, for Alain.
        auto again = queue.next(T0 + 3);
        QVERIFY(again && *again);
        QCOMPARE((*again)->entry, 2);
        QCOMPARE((*again)->personId, alain);
        QVERIFY((*again)->callBack);
        QCOMPARE((*again)->pendingCount(), 1);
        QCOMPARE((*again)->recent.first().result, QStringLiteral("answered")); // the household's history
        QCOMPARE((*again)->recent.first().personId, beatrice);                 // ... and whose line it was
        // Not for another caller while it is held.
        auto other = PhoneQueue::open(db, repo, u"CL-H", QStringLiteral("Bruno"));
        QCOMPARE(nextPerson(**other, T0 + 4), qint64(-1));
        // Alain is not there: call back tomorrow; it comes back to Alice, for Alain.
        QVERIFY(queue.record(**again, u"C", {}, T0 + 4, T0 + 24 * Hour));
        QCOMPARE(nextPerson(queue, T0 + 2 * Hour + 1), chloe); // no answer comes back for anyone
        QCOMPARE(nextPerson(queue, T0 + 24 * Hour + 1), alain);
        QCOMPARE(nextPerson(**other, T0 + 24 * Hour + 1), chloe);

        // A wrong number is wrong for everyone on it: both rows bad, the entry is over, and the
        // mobile of the other entry is untouched.
        auto callBack = queue.next(T0 + 24 * Hour + 1);
        QVERIFY(queue.record(**callBack, u"W", {}, T0 + 24 * Hour + 2));
        QCOMPARE(test::count(db, QStringLiteral("SELECT count(*) FROM phones WHERE bad = 1 AND id IN (%1, %2)")
                                     .arg(landA).arg(landB).toUtf8().constData()),
                 2);
        QCOMPARE(test::count(db, QStringLiteral("SELECT bad FROM phones WHERE id = %1").arg(mobileC).toUtf8().constData()),
                 0);
        QCOMPARE(test::count(db, QStringLiteral("SELECT count(*) FROM contact_attempts WHERE result = 'wrong_number'"
                                                " AND phone_id IN (%1, %2)").arg(landA).arg(landB).toUtf8().constData()),
                 2);
        auto progress = queue.progress(T0 + 24 * Hour + 3);
        QCOMPARE(progress->total, 2);
        QCOMPARE(progress->done, 1);
        QCOMPARE(nextPerson(queue, T0 + 24 * Hour + 3), chloe);
        // Stored state = history, for both people on the number.
        ContactService contacts(db, repo);
        for (qint64 person : {alain, beatrice}) {
            auto stored = contacts.storedState(person);
            auto derived = contacts.stateFromHistory(person);
            QVERIFY(stored && derived);
            QCOMPARE(stored->badPhones, derived->badPhones);
        }

        // Unanswered calls add up per number, not per person: three and the number is given up.
        QVERIFY(queue.record(**queue.next(T0 + 24 * Hour + 3), u"N", {}, T0 + 24 * Hour + 3));
        QVERIFY(queue.record(**queue.next(T0 + 27 * Hour), u"M", {}, T0 + 27 * Hour));
        QCOMPARE(queue.progress(T0 + 30 * Hour)->done, 2);
        QCOMPARE(nextPerson(queue, T0 + 100 * Hour), qint64(-1));
    }

    void storedScripts()
    {
        test::TempCampaign campaign;
        Database& db = campaign.db();
        Repository repo(db, QStringLiteral("coordinator"));
        // Seeded with the campaign, in the language Terrain runs in (English here).
        QCOMPARE(test::count(db, "SELECT count(*) FROM call_scripts WHERE deleted = 0"), 1);
        QCOMPARE(*CallScripts::campaignScript(db), CallScripts::defaultText());
        for (const QString& field : CallScripts::mergeFields())
            QVERIFY2(CallScripts::defaultText().contains(field), qPrintable(field));

        test::makeDemo(db, 300, false);
        const auto people = test::peopleInWalkOrder(db, 2, true, true);
        const qint64 a = test::makeList(db, "call", QStringLiteral("CL-A"), people);
        const qint64 b = test::makeList(db, "call", QStringLiteral("CL-B"), people);
        const qint64 before = test::count(db, "SELECT count(*) FROM outbox");
        QVERIFY(CallScripts::save(db, repo, 0, QStringLiteral("Bonjour {prenom}, bureau {bureau}.")));
        QVERIFY(CallScripts::save(db, repo, a, QStringLiteral("Liste A : bonjour {prenom} {nom}.")));
        QVERIFY(test::count(db, "SELECT count(*) FROM outbox") >= before + 2); // both sync
        QCOMPARE(*CallScripts::scriptFor(db, a), QStringLiteral("Liste A : bonjour {prenom} {nom}."));
        QCOMPARE(*CallScripts::scriptFor(db, b), QStringLiteral("Bonjour {prenom}, bureau {bureau}."));
        QVERIFY(!CallScripts::save(db, repo, 0, QStringLiteral("  ")));
        // An empty list script goes back to the campaign's.
        QVERIFY(CallScripts::save(db, repo, a, QString()));
        QCOMPARE(*CallScripts::scriptFor(db, a), QStringLiteral("Bonjour {prenom}, bureau {bureau}."));
        campaign.reopen();
        QCOMPARE(*CallScripts::scriptFor(campaign.db(), b), QStringLiteral("Bonjour {prenom}, bureau {bureau}."));
        QCOMPARE(test::count(campaign.db(), "SELECT count(*) FROM call_scripts WHERE deleted = 0"), 1);
    }

    void scriptMergeFields()
    {
        CallTarget t;
        t.firstName = QStringLiteral("Éloïse");
        t.lastName = QStringLiteral("MARTIN");
        t.bureau = QStringLiteral("3 École Jules Ferry");
        t.pollingPlace = QStringLiteral("École Jules Ferry, 2 rue des Écoles");
        QCOMPARE(PhoneQueue::mergeScript(u"Bonjour {prenom} {nom}, vous votez au bureau {bureau} ({lieu_de_vote}). {autre}",
                                         t),
                 QStringLiteral("Bonjour Éloïse MARTIN, vous votez au bureau 3 École Jules Ferry (École Jules Ferry, 2 rue"
                                " des Écoles). {autre}"));

        test::TempCampaign campaign;
        Database& db = campaign.db();
        test::makeDemo(db, 300);
        const auto people = test::peopleInWalkOrder(db, 1, true, true);
        test::makeList(db, "call", QStringLiteral("CL-M"), people);
        Repository repo(db, QStringLiteral("coordinator"));
        auto queue = PhoneQueue::open(db, repo, u"CL-M", QStringLiteral("Alice"));
        auto target = (*queue)->next(T0);
        QVERIFY(target && *target);
        QVERIFY(!(*target)->firstName.isEmpty() && !(*target)->firstName.contains(u' '));
        QVERIFY(!(*target)->bureau.isEmpty());
        QVERIFY(!PhoneQueue::mergeScript(u"{prenom}|{nom}|{bureau}", **target).contains(u'{'));
        // The demo's bureaux are named after their polling place and leave the place empty:
        // the script says that name instead of "You vote at ."
        QVERIFY(test::count(db, "SELECT count(*) FROM districts WHERE kind = 'bureau' AND polling_place IS NULL") > 0);
        QVERIFY(!(*target)->pollingPlace.isEmpty());
        QVERIFY((*target)->bureau.endsWith((*target)->pollingPlace));

        // A bureau with its own polling place keeps it.
        QVERIFY(db.exec("UPDATE districts SET polling_place = 'Gymnase, 4 rue du Stade' WHERE kind = 'bureau'"));
        auto placed = (*queue)->next(T0);
        QVERIFY(placed && *placed);
        QCOMPARE((*placed)->pollingPlace, QStringLiteral("Gymnase, 4 rue du Stade"));
    }
};

QTEST_GUILESS_MAIN(TestPhoneQueue)
#include "tst_phonequeue.moc"
