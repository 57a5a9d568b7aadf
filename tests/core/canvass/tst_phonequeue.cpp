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
    }
};

QTEST_GUILESS_MAIN(TestPhoneQueue)
#include "tst_phonequeue.moc"
