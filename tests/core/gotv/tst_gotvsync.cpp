// Two laptops mark voters offline on election day, then sync through a real server.
#include "gotvfixture.h"

#include "../server/synctestkit.h"

#include "gotv/chaselist.h"
#include "gotv/electionservice.h"
#include "gotv/gotvdashboard.h"
#include "gotv/votemarker.h"

#include <QTest>

using namespace terrain;
using namespace terrain::test;

namespace {

QStringList chased(Database& db, qint64 election)
{
    QStringList names;
    const qint64 bureau = bureauCoded(db, QStringLiteral("1"));
    const auto people = ChaseList(db).build(election, {bureau}, ChaseChannel::Door);
    for (const ChasePerson& p : people.value())
        names << p.firstNames;
    return names;
}

qint64 supportersVoted(Database& db, qint64 election)
{
    const auto figures = GotvDashboard(db).figures(election);
    for (const BureauFigures& f : figures.value()) {
        if (f.code == u"1")
            return f.supportersVoted;
    }
    return -1;
}

} // namespace

class TestGotvSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void marksFromTwoLaptops()
    {
        TestServer server;
        Laptop a(server, server.addUser(QStringLiteral("anne"), QStringLiteral("coordinator")));
        Laptop b(server, server.addUser(QStringLiteral("bruno"), QStringLiteral("coordinator")));
        QVERIFY(setUpGotvCampaign(a.db(), a.campaign.dir()));
        const qint64 electionA = ElectionService(a.db()).createElection(QStringLiteral("Municipales"),
                                                                        QDate(2026, 3, 15), 1)
                                     .value();
        const QString election = Repository(a.db()).uuidOf("elections", electionA).value();
        auto pushed = a.sync();
        QVERIFY2(pushed, qPrintable(pushed ? QString() : pushed.error().toString()));
        auto pulled = b.sync();
        QVERIFY2(pulled, qPrintable(pulled ? QString() : pulled.error().toString()));
        QCOMPARE(count(b.db(), "SELECT count(*) FROM people"), 14);
        const qint64 electionB = idOf(b.db(), "elections", election);
        QVERIFY(electionB > 0);

        // Offline on both: both mark Alice, Anne marks Chloé, Bruno marks Bruno then takes it back.
        a.clock.now += 1000;
        b.clock.now += 2000;
        VoteMarker anne(a.db(), QStringLiteral("anne"));
        VoteMarker bruno(b.db(), QStringLiteral("bruno"));
        QVERIFY(!anne.markVoted(electionA, u"1", 1, MarkSource::Phone)->alreadyMarked);
        QVERIFY(!anne.markVoted(electionA, u"1", 3, MarkSource::Volunteer)->alreadyMarked);
        QVERIFY(!bruno.markVoted(electionB, u"1", 1, MarkSource::Delegate)->alreadyMarked);
        QVERIFY(!bruno.markVoted(electionB, u"1", 2, MarkSource::Delegate)->alreadyMarked);
        QVERIFY(bruno.undoLast(electionB)->has_value());

        QVERIFY(a.sync());
        QVERIFY(b.sync());
        QVERIFY(a.sync());
        // Alice's two marks both arrive (append-only, nothing lost) but she counts once.
        for (Laptop* laptop : {&a, &b}) {
            QCOMPARE(count(laptop->db(), "SELECT count(*) FROM vote_marks WHERE deleted = 0"), 3);
            QCOMPARE(count(laptop->db(), "SELECT count(*) FROM vote_marks WHERE deleted = 1"), 1);
        }
        QCOMPARE(supportersVoted(a.db(), electionA), 2); // Alice, Chloé
        QCOMPARE(supportersVoted(b.db(), electionB), 2);
        QCOMPARE(chased(a.db(), electionA), chased(b.db(), electionB));
        QCOMPARE(chased(a.db(), electionA),
                 QStringList({QStringLiteral("Denis"), QStringLiteral("Emma"), QStringLiteral("Bruno")}));
        // Either laptop now sees Chloé as marked, with Anne's provenance.
        auto again = bruno.markVoted(electionB, u"1", 3, MarkSource::Phone);
        QVERIFY(again->alreadyMarked);
        QCOMPARE(again->author, QStringLiteral("anne"));
        QCOMPARE(again->source, MarkSource::Volunteer);

        // A purge on one laptop removes the marks everywhere.
        QVERIFY(!anne.markVoted(electionA, u"2", 2, MarkSource::SignatureList)->alreadyMarked);
        QVERIFY(a.sync());
        QVERIFY(b.sync());
        QCOMPARE(count(b.db(), "SELECT count(*) FROM vote_marks WHERE deleted = 0 AND source = 'signature-list'"), 1);
        QCOMPARE(*bruno.purge(electionB, MarkSource::SignatureList), 1);
        QVERIFY(b.sync());
        QVERIFY(a.sync());
        QCOMPARE(count(a.db(), "SELECT count(*) FROM vote_marks WHERE deleted = 0 AND source = 'signature-list'"), 0);
    }
};

QTEST_GUILESS_MAIN(TestGotvSync)
#include "tst_gotvsync.moc"
