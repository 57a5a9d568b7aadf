// Election day on a campaign small enough to work out every figure by hand (gotvfixture.h).
#include "gotvfixture.h"

#include "gotv/chaselist.h"
#include "gotv/electionservice.h"
#include "gotv/gotvdashboard.h"
#include "gotv/votemarker.h"
#include "lists/listservice.h"
#include "lists/segmentfilter.h"

#include <QSet>
#include <QTest>

using namespace terrain;

namespace {

QStringList firstNamesOf(const QList<ChasePerson>& people)
{
    QStringList names;
    for (const ChasePerson& p : people)
        names << p.firstNames;
    return names;
}

const BureauFigures* figuresOf(const QList<BureauFigures>& all, const QString& code)
{
    for (const BureauFigures& f : all) {
        if (f.code == code)
            return &f;
    }
    return nullptr;
}

// Why a result failed, for QVERIFY2 (which evaluates its message even on success).
template <typename R> QByteArray why(const R& result)
{
    return result ? QByteArray() : result.error().toString().toUtf8();
}

bool near(std::optional<double> value, double expected)
{
    return value && std::abs(*value - expected) < 1e-9;
}

} // namespace

class TestGotv : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TempCampaign> m_campaign;
    qint64 m_b1 = 0;
    qint64 m_b2 = 0;

    Database& db() { return m_campaign->db(); }

    qint64 newElection(ElectionService& service, int round = 1, qint64 reference = 0)
    {
        auto id = service.createElection(QStringLiteral("Municipales %1").arg(round),
            QDate(2026, 3, 15 + 7 * (round - 1)), round, QTime(18, 0), reference);
        if (!id)
            qFatal("%s", qPrintable(id.error().toString()));
        return *id;
    }

private Q_SLOTS:
    void init()
    {
        m_campaign = std::make_unique<test::TempCampaign>();
        QVERIFY(test::setUpGotvCampaign(db(), m_campaign->dir()));
        m_b1 = test::bureauCoded(db(), QStringLiteral("1"));
        m_b2 = test::bureauCoded(db(), QStringLiteral("2"));
        QVERIFY(m_b1 > 0 && m_b2 > 0);
    }

    void cleanup() { m_campaign.reset(); }

    void elections()
    {
        ElectionService service(db(), QStringLiteral("lead"));
        const qint64 first = newElection(service, 1);
        const qint64 second = newElection(service, 2);
        auto all = service.elections();
        QVERIFY(all);
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->at(0).id, first);
        QCOMPARE(all->at(1).round, 2);
        QCOMPARE(all->at(1).date, QDate(2026, 3, 22));
        QCOMPARE(all->at(1).closes, QTime(18, 0));
        QCOMPARE(service.findElection(u"municipales 2")->id, second);
        QCOMPARE(service.findElection(QString::number(first))->id, first);
        QVERIFY(!service.findElection(u"Européennes"));
        QCOMPARE(service.createElection(QStringLiteral("X"), QDate(2026, 3, 15), 3).error().code,
            QStringLiteral("election.round"));
        QCOMPARE(service.createElection(QStringLiteral(" "), QDate(2026, 3, 15), 1).error().code,
            QStringLiteral("election.name"));
        // Created through the single write path: it syncs.
        QCOMPARE(test::count(db(), "SELECT count(*) FROM outbox WHERE tbl = 'elections' AND fields = '*'"), 2);
    }

    void registeredAndExpected()
    {
        ElectionService service(db(), QStringLiteral("lead"));
        const qint64 e = newElection(service);
        auto settings = service.bureauSettings(e, m_b1);
        QVERIFY(settings);
        QCOMPARE(settings->counted, 9); // Gaëlle moved away
        QCOMPARE(settings->registered(), 9);
        QVERIFY(!settings->expectedTurnout);

        QVERIFY(Repository(db()).update("districts", m_b1, { { QStringLiteral("expected_turnout"), 0.6 } }));
        QVERIFY(service.setRegistered(e, m_b1, 10));
        settings = service.bureauSettings(e, m_b1);
        QCOMPARE(settings->registered(), 10);
        QVERIFY(near(settings->expectedTurnout, 0.6)); // the bureau's own
        QVERIFY(service.setExpectedTurnout(e, m_b1, 0.55));
        QVERIFY(near(service.bureauSettings(e, m_b1)->expectedTurnout, 0.55)); // this election's wins
        QVERIFY(service.setRegistered(e, m_b1, std::nullopt));
        QCOMPARE(service.bureauSettings(e, m_b1)->registered(), 9);
        QVERIFY(!service.setExpectedTurnout(e, m_b1, 1.5));
        QCOMPARE(test::count(db(), "SELECT count(*) FROM election_bureaux WHERE deleted = 0"), 1);
    }

    void markingByBureauAndNumber()
    {
        ElectionService service(db());
        const qint64 e = newElection(service);
        VoteMarker marker(db(), QStringLiteral("anne"));
        qint64 now = 1'773'572'400'000;
        marker.setClock([&] { return now; });

        auto first = marker.markVoted(e, u"1", 1, MarkSource::Phone);
        QVERIFY2(first, why(first).constData());
        QVERIFY(!first->alreadyMarked);
        QCOMPARE(first->voter.name, QStringLiteral("ARNAUD Alice"));
        QCOMPARE(first->voter.listNumber, 1);
        QCOMPARE(first->author, QStringLiteral("anne"));

        // The same person again, from another source: ignored, and the first mark is reported.
        now += 60'000;
        auto again = marker.markVoted(e, u"1", 1, MarkSource::Volunteer);
        QVERIFY(again);
        QVERIFY(again->alreadyMarked);
        QCOMPARE(again->markId, first->markId);
        QCOMPARE(again->source, MarkSource::Phone);
        QCOMPARE(again->at.toMSecsSinceEpoch(), now - 60'000);
        QCOMPARE(test::count(db(), "SELECT count(*) FROM vote_marks"), 1);

        // Number 1 of bureau 2 is someone else.
        auto karine = marker.markVoted(e, u"2", 1, MarkSource::Delegate);
        QVERIFY(karine && !karine->alreadyMarked);
        QCOMPARE(karine->voter.name, QStringLiteral("KLEIN Karine"));

        QCOMPARE(marker.markVoted(e, u"1", 99, MarkSource::Phone).error().code, QStringLiteral("voter.unknown"));
        QCOMPARE(marker.markVoted(e, u"7", 1, MarkSource::Phone).error().code, QStringLiteral("bureau.unknown"));
        QCOMPARE(
            marker.markVoted(e + 100, u"1", 2, MarkSource::Phone).error().code, QStringLiteral("election.unknown"));
        QCOMPARE(test::count(db(), "SELECT count(*) FROM vote_marks"), 2);

        // Each mark records its source, time and author, and goes to the outbox.
        QCOMPARE(test::column(db(), "SELECT source || '|' || at || '|' || author FROM vote_marks ORDER BY id"),
            QStringList({ QStringLiteral("phone|1773572400000|anne"), QStringLiteral("delegate|1773572460000|anne") }));
        QCOMPARE(test::count(db(), "SELECT count(*) FROM outbox WHERE tbl = 'vote_marks'"), 2);

        // The marks of another election are separate.
        const qint64 second = newElection(service, 2);
        auto round2 = marker.markVoted(second, u"1", 1, MarkSource::Phone);
        QVERIFY(round2 && !round2->alreadyMarked);
    }

    void undo()
    {
        ElectionService service(db());
        const qint64 e = newElection(service);
        VoteMarker anne(db(), QStringLiteral("anne"));
        VoteMarker paul(db(), QStringLiteral("paul"));
        QVERIFY(anne.markVoted(e, u"1", 1, MarkSource::Phone));
        QVERIFY(anne.markVoted(e, u"1", 2, MarkSource::Phone));
        QVERIFY(paul.markVoted(e, u"1", 3, MarkSource::Volunteer));

        // Anne's undo takes back her own latest mark (Bruno), not Paul's later one.
        auto undone = anne.undoLast(e);
        QVERIFY(undone && undone->has_value());
        QCOMPARE((*undone)->voter.name, QStringLiteral("BLANC Bruno"));
        QVERIFY(!(*undone)->voter.marked);
        QVERIFY(!anne.findVoter(e, m_b1, 2)->marked);
        QVERIFY(anne.findVoter(e, m_b1, 3)->marked);
        // A tombstone, not an erase: the row stays, deleted, and the deletion syncs.
        QCOMPARE(test::count(db(), "SELECT count(*) FROM vote_marks WHERE deleted = 1"), 1);
        QCOMPARE(test::count(db(), "SELECT count(*) FROM outbox WHERE tbl = 'vote_marks' AND fields = 'deleted'"), 1);

        // Bruno can be marked again after the undo.
        auto remark = anne.markVoted(e, u"1", 2, MarkSource::Delegate);
        QVERIFY(remark && !remark->alreadyMarked);

        QVERIFY(anne.undoLast(e));
        QVERIFY(anne.undoLast(e));
        auto nothing = anne.undoLast(e);
        QVERIFY(nothing && !nothing->has_value());
        QVERIFY(anne.findVoter(e, m_b1, 3)->marked); // Paul's mark is untouched
    }

    void searchByName()
    {
        ElectionService service(db());
        const qint64 e = newElection(service);
        VoteMarker marker(db());
        auto hits = marker.searchVoters(e, 0, QStringLiteral("klein"));
        QVERIFY(hits);
        QCOMPARE(hits->size(), 1);
        QCOMPARE(hits->first().bureauCode, QStringLiteral("2"));
        QCOMPARE(hits->first().listNumber, 1);
        hits = marker.searchVoters(e, m_b1, QStringLiteral("CARON chlo"));
        QCOMPARE(hits->size(), 1);
        QVERIFY(marker.markPerson(e, hits->first().personId, MarkSource::Volunteer));
        QVERIFY(marker.searchVoters(e, m_b1, QStringLiteral("caron"))->first().marked);
        QVERIFY(marker.searchVoters(e, m_b2, QStringLiteral("caron"))->isEmpty());
    }

    void turnoutByHand()
    {
        ElectionService service(db());
        const qint64 e = newElection(service);
        const Election election = *service.election(e);
        QCOMPARE(*ElectionService::parseReportTime(election, u"close"), QTime(18, 0));
        QCOMPARE(*ElectionService::parseReportTime(election, u"Clôture"), QTime(18, 0));
        QCOMPARE(*ElectionService::parseReportTime(election, u"17h"), QTime(17, 0));
        QCOMPARE(*ElectionService::parseReportTime(election, u"12:00"), QTime(12, 0));
        QVERIFY(!ElectionService::parseReportTime(election, u"midi"));

        auto noon = service.recordTurnout(e, m_b1, QTime(12, 0), 2);
        QVERIFY(noon);
        // The same bureau and time again replaces the figure.
        auto corrected = service.recordTurnout(e, m_b1, QTime(12, 0), 3);
        QCOMPARE(*corrected, *noon);
        QVERIFY(service.recordTurnout(e, m_b1, QTime(17, 0), 5));
        auto reports = service.turnoutReports(e, m_b1);
        QCOMPARE(reports->size(), 2);
        QCOMPARE(reports->at(0).count, 3);
        QCOMPARE(reports->at(0).at.time(), QTime(12, 0));
        QCOMPARE(reports->at(1).at.date(), QDate(2026, 3, 15));

        // More voters than registered, after the close, negative: refused.
        QCOMPARE(service.recordTurnout(e, m_b1, QTime(17, 0), 10).error().code, QStringLiteral("turnout.count"));
        QVERIFY(service.setRegistered(e, m_b1, 1200));
        QVERIFY(service.recordTurnout(e, m_b1, QTime(17, 0), 10));
        QCOMPARE(service.recordTurnout(e, m_b1, QTime(19, 0), 10).error().code, QStringLiteral("turnout.time"));
        QCOMPARE(service.recordTurnout(e, m_b1, QTime(12, 0), -1).error().code, QStringLiteral("turnout.count"));
        QCOMPARE(test::count(db(), "SELECT count(*) FROM turnout_reports"), 2);
    }

    void turnoutFromFile()
    {
        ElectionService service(db());
        const qint64 e = newElection(service);
        auto bad = service.importTurnout(e, test::testDataPath(QStringLiteral("gotv/turnout-bad.csv")));
        QVERIFY(!bad);
        QVERIFY2(bad.error().message.contains(QStringLiteral("turnout-bad.csv, line 4, count")),
            qPrintable(bad.error().message));
        QVERIFY(bad.error().message.contains(QStringLiteral("quatre")));
        QCOMPARE(test::count(db(), "SELECT count(*) FROM turnout_reports"), 0); // nothing half-written

        auto imported = service.importTurnout(e, test::testDataPath(QStringLiteral("gotv/turnout.csv")));
        QVERIFY2(imported, why(imported).constData());
        QCOMPARE(imported->rows, 3);
        QCOMPARE(imported->added, 3);
        QCOMPARE(test::column(db(),
                     "SELECT d.code || '@' || t.count FROM turnout_reports t JOIN districts d"
                     " ON d.id = t.district_id ORDER BY t.at, d.code"),
            QStringList({ QStringLiteral("1@2"), QStringLiteral("2@1"), QStringLiteral("1@4") }));
        // Again: the same figures replace themselves.
        imported = service.importTurnout(e, test::testDataPath(QStringLiteral("gotv/turnout.csv")));
        QCOMPARE(imported->updated, 3);
        QCOMPARE(test::count(db(), "SELECT count(*) FROM turnout_reports"), 3);

        // A file naming an unknown bureau, or a row repeated.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("1;12:00;2\n9;12:00;1\n");
        file.close();
        auto unknown = service.importTurnout(e, path);
        QVERIFY(unknown.error().message.contains(QStringLiteral("t.csv, line 2, bureau")));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("1;12:00;2\n1;12:00;3\n");
        file.close();
        QVERIFY(service.importTurnout(e, path).error().message.contains(QStringLiteral("line 1")));
    }

    void dashboard()
    {
        ElectionService service(db());
        const qint64 e = newElection(service);
        VoteMarker marker(db(), QStringLiteral("anne"));
        QVERIFY(marker.markVoted(e, u"1", 1, MarkSource::Phone)); // Alice, supporter
        QVERIFY(marker.markVoted(e, u"1", 6, MarkSource::Volunteer)); // Félix, undecided
        QVERIFY(marker.markVoted(e, u"1", 1, MarkSource::Delegate)); // Alice again: ignored
        QVERIFY(marker.markVoted(e, u"2", 1, MarkSource::Delegate)); // Karine, supporter
        QVERIFY(marker.markVoted(e, u"1", 2, MarkSource::Phone)); // Bruno...
        QVERIFY(marker.undoLast(e)); // ...taken back

        QVERIFY(Repository(db()).update("districts", m_b1, { { QStringLiteral("expected_turnout"), 0.6 } }));
        QVERIFY(service.setExpectedTurnout(e, m_b2, 0.5));
        QVERIFY(service.setRegistered(e, m_b1, 10));
        QVERIFY(service.recordTurnout(e, m_b1, QTime(12, 0), 2));
        QVERIFY(service.recordTurnout(e, m_b1, QTime(17, 0), 4));
        QVERIFY(service.recordTurnout(e, m_b2, QTime(12, 0), 1));

        auto all = GotvDashboard(db()).figures(e);
        QVERIFY(all);
        QCOMPARE(all->size(), 2);
        // Bureau 1 has 5 supporters still to bring out, bureau 2 one: bureau 1 first.
        QCOMPARE(all->at(0).code, QStringLiteral("1"));
        const BureauFigures* b1 = figuresOf(*all, QStringLiteral("1"));
        QCOMPARE(b1->registered, 10);
        QVERIFY(b1->registeredOfficial);
        QCOMPARE(b1->supporters, 6); // Alice Bruno Chloé Denis Emma Inès (Gaëlle moved away)
        QCOMPARE(b1->marked, 2); // Alice, Félix
        QCOMPARE(b1->supportersVoted, 1);
        QCOMPARE(b1->toBringOut, 5);
        QVERIFY(near(b1->supporterRate, 1.0 / 6.0));
        QCOMPARE(b1->officialCount, 4);
        QCOMPARE(b1->officialTime, QTime(17, 0));
        QVERIFY(near(b1->officialRate, 0.4));
        // No reference election: a straight line from 0 at 08:00 to 60% at the 18:00 close.
        QVERIFY(near(b1->expectedRate, 0.6 * 9.0 / 10.0));
        QVERIFY(near(b1->gap, 0.4 - 0.54));

        const BureauFigures* b2 = figuresOf(*all, QStringLiteral("2"));
        QCOMPARE(b2->registered, 4);
        QVERIFY(!b2->registeredOfficial);
        QCOMPARE(b2->supporters, 2);
        QCOMPARE(b2->supportersVoted, 1);
        QCOMPARE(b2->toBringOut, 1);
        QVERIFY(near(b2->officialRate, 0.25));
        QVERIFY(near(b2->expectedRate, 0.5 * 4.0 / 10.0));
        QVERIFY(near(b2->gap, 0.05));
    }

    void referenceElectionCurve()
    {
        ElectionService service(db());
        const qint64 before
            = *service.createElection(QStringLiteral("Municipales 2020"), QDate(2020, 3, 15), 1, QTime(18, 0));
        QVERIFY(service.setRegistered(before, m_b1, 10));
        QVERIFY(service.recordTurnout(before, m_b1, QTime(12, 0), 3));
        QVERIFY(service.recordTurnout(before, m_b1, QTime(17, 0), 6));
        const qint64 e = newElection(service, 1, before);
        QVERIFY(service.setRegistered(e, m_b1, 10));
        QVERIFY(service.recordTurnout(e, m_b1, QTime(12, 0), 2));
        QVERIFY(service.recordTurnout(e, m_b1, QTime(17, 0), 4));

        const auto all = GotvDashboard(db()).figures(e);
        const BureauFigures* b1 = figuresOf(*all, QStringLiteral("1"));
        QVERIFY(near(b1->expectedRate, 0.6)); // 6 of 10 at 17:00 last time
        QVERIFY(near(b1->gap, -0.2));

        auto series = GotvDashboard(db()).turnoutSeries(e, m_b1);
        QVERIFY(series);
        QCOMPARE(series->size(), 3); // 12:00, 17:00, the close
        QCOMPARE(series->at(0).time, QTime(12, 0));
        QCOMPARE(series->at(0).count, 2);
        QVERIFY(near(series->at(0).rate, 0.2));
        QVERIFY(near(series->at(0).expected, 0.3));
        QVERIFY(near(series->at(1).expected, 0.6));
        QCOMPARE(series->at(2).time, QTime(18, 0));
        QVERIFY(!series->at(2).count);
        QVERIFY(near(series->at(2).expected, 0.6));

        // Bureau 2 had no figures last time and no expected turnout: nothing expected.
        auto b2 = GotvDashboard(db()).turnoutSeries(e, m_b2);
        QCOMPARE(b2->size(), 1);
        QVERIFY(!b2->at(0).expected);
    }

    void chaseListPerChannel()
    {
        ElectionService service(db());
        const qint64 e = newElection(service);
        VoteMarker marker(db());
        QVERIFY(marker.markVoted(e, u"1", 1, MarkSource::Phone)); // Alice has voted
        QVERIFY(marker.markVoted(e, u"2", 1, MarkSource::Delegate)); // Karine too
        QVERIFY(service.setProxy(test::personNamed(db(), QStringLiteral("Denis")), e, QStringLiteral("Paul DUBOIS"),
            ProxyStatus::Confirmed));
        ChaseList chase(db());

        // Phone: Chloé asked not to be called, Emma has no phone; Inès (do-not-visit) may be called.
        auto phone = chase.build(e, { m_b1 }, ChaseChannel::Phone);
        QVERIFY2(phone, why(phone).constData());
        // Avenue des Tilleuls 3 and 9, then rue de la Paix.
        QCOMPARE(firstNamesOf(*phone),
            QStringList({ QStringLiteral("Denis"), QStringLiteral("Inès"), QStringLiteral("Bruno") }));
        QCOMPARE(phone->at(0).phone, QStringLiteral("+33612000004"));
        QCOMPARE(phone->at(0).phoneType, QStringLiteral("mobile"));
        QCOMPARE(phone->at(0).proxyName, QStringLiteral("Paul DUBOIS"));
        QCOMPARE(phone->at(2).phoneType, QStringLiteral("fixed"));
        QCOMPARE(phone->at(2).address(), QStringLiteral("12 ter Rue DE LA PAIX")); // the street as imported
        QCOMPARE(phone->at(2).name(), QStringLiteral("BLANC Bruno"));

        // SMS: only mobiles; Denis asked for no SMS; Chloé's do-not-call does not stop an SMS.
        auto sms = chase.build(e, { m_b1 }, ChaseChannel::Sms);
        QCOMPARE(firstNamesOf(*sms), QStringList({ QStringLiteral("Chloé") }));

        // Doors: Inès asked not to be visited; walk order by street, number, suffix.
        auto door = chase.build(e, { m_b1 }, ChaseChannel::Door);
        QCOMPARE(firstNamesOf(*door),
            QStringList(
                { QStringLiteral("Denis"), QStringLiteral("Emma"), QStringLiteral("Chloé"),
                    QStringLiteral("Bruno") }));
        QVERIFY(door->at(2).phone.isEmpty()); // Chloé may not be called: no number on the door list
        QCOMPARE(door->at(0).phone, QStringLiteral("+33612000004"));

        // Several bureaux: bureau by bureau.
        auto both = chase.build(e, { m_b2, m_b1 }, ChaseChannel::Phone);
        QCOMPARE(firstNamesOf(*both),
            QStringList(
                { QStringLiteral("Denis"), QStringLiteral("Inès"), QStringLiteral("Bruno"),
                    QStringLiteral("Louis") }));

        // Marked voted: out of the list. A phone marked bad: out of the phone list.
        QVERIFY(marker.markVoted(e, u"1", 4, MarkSource::Phone));
        Statement st = db().prepare("SELECT id FROM phones WHERE person_id = ?");
        st.bind(1, test::personNamed(db(), QStringLiteral("Inès")));
        QVERIFY(st.step());
        QVERIFY(Repository(db()).update("phones", st.int64(0), { { QStringLiteral("bad"), 1 } }));
        QCOMPARE(
            firstNamesOf(*chase.build(e, { m_b1 }, ChaseChannel::Phone)), QStringList({ QStringLiteral("Bruno") }));
        QVERIFY(!chase.build(e, {}, ChaseChannel::Phone));
    }

    void purgeSignatureList()
    {
        ElectionService service(db());
        const qint64 e = newElection(service);
        VoteMarker marker(db());
        QVERIFY(marker.markVoted(e, u"1", 1, MarkSource::Phone));
        QVERIFY(marker.markVoted(e, u"1", 5, MarkSource::SignatureList));
        QVERIFY(marker.markVoted(e, u"2", 2, MarkSource::SignatureList));
        const qint64 other = newElection(service, 2);
        QVERIFY(marker.markVoted(other, u"1", 5, MarkSource::SignatureList));
        const qint64 outboxBefore = test::count(db(), "SELECT count(*) FROM outbox");

        auto purged = marker.purge(e, MarkSource::SignatureList);
        QVERIFY(purged);
        QCOMPARE(*purged, 2);
        // Through sync: tombstones in the outbox, so every laptop drops them too.
        QCOMPARE(test::count(db(), "SELECT count(*) FROM outbox") - outboxBefore, 2);
        QCOMPARE(test::column(db(), "SELECT source FROM vote_marks WHERE election_id = 1 AND deleted = 0"),
            QStringList({ QStringLiteral("phone") }));
        QCOMPARE(test::count(db(), "SELECT count(*) FROM vote_marks WHERE election_id = 2 AND deleted = 0"), 1);
        // Louis is to be chased again, and the dashboard no longer counts him.
        QVERIFY(
            firstNamesOf(*ChaseList(db()).build(e, { m_b2 }, ChaseChannel::Phone)).contains(QStringLiteral("Louis")));
        QCOMPARE(figuresOf(*GotvDashboard(db()).figures(e), QStringLiteral("2"))->supportersVoted, 0);
        QCOMPARE(*marker.purge(e, MarkSource::SignatureList), 0);
    }

    void proxies()
    {
        ElectionService service(db());
        const qint64 e = newElection(service);
        const qint64 emma = test::personNamed(db(), QStringLiteral("Emma"));
        auto id = service.setProxy(emma, e, QStringLiteral("Jules JOLY"), ProxyStatus::Requested);
        QVERIFY(id);
        QCOMPARE(*service.setProxy(emma, e, QStringLiteral("Jules JOLY"), ProxyStatus::Confirmed), *id);
        QVERIFY(service.setProxy(
            test::personNamed(db(), QStringLiteral("Bruno")), 0, QStringLiteral("Marie"), ProxyStatus::Needed));
        auto all = service.proxies(e);
        QCOMPARE(all->size(), 2);
        // By bureau and numéro d'ordre: Bruno (no. 2), then Emma (no. 5).
        QCOMPARE(all->at(0).electionId, 0);
        QCOMPARE(all->at(1).status, ProxyStatus::Confirmed);
        QVERIFY(!service.setProxy(emma, e, QString(), ProxyStatus::Needed));
        QCOMPARE(proxyStatusFromName(u"cancelled").value(), ProxyStatus::Cancelled);
    }

    void bureauSettingsOfEveryBureau()
    {
        ElectionService service(db());
        const qint64 e = newElection(service);
        QVERIFY(Repository(db()).update("districts", m_b1, { { QStringLiteral("expected_turnout"), 0.6 } }));
        auto all = service.allBureauSettings(e);
        QVERIFY2(all, why(all).constData());
        QCOMPARE(all->size(), 2);
        // Prefilled from the campaign: its active people, the bureau's own expected turnout.
        QCOMPARE(all->at(0).code, QStringLiteral("1"));
        QCOMPARE(all->at(0).counted, 9); // Gaëlle moved away
        QCOMPARE(all->at(0).registered(), 9);
        QVERIFY(near(all->at(0).expectedTurnout, 0.6));
        QVERIFY(!all->at(0).expectedOverride && !all->at(0).registeredOverride);
        QCOMPARE(all->at(1).registered(), 4);
        QVERIFY(!all->at(1).expectedTurnout);

        // This election's figures replace them, and "none" goes back to the campaign's.
        QVERIFY(service.setRegistered(e, m_b1, 1200));
        QVERIFY(service.setExpectedTurnout(e, m_b1, 0.45));
        QVERIFY(service.setExpectedTurnout(e, m_b2, 0.7));
        all = service.allBureauSettings(e);
        QCOMPARE(all->at(0).registered(), 1200);
        QVERIFY(near(all->at(0).expectedTurnout, 0.45));
        QVERIFY(near(all->at(0).expectedOverride, 0.45));
        QVERIFY(near(all->at(1).expectedTurnout, 0.7));
        QVERIFY(service.setExpectedTurnout(e, m_b1, std::nullopt));
        QVERIFY(service.setRegistered(e, m_b1, std::nullopt));
        all = service.allBureauSettings(e);
        QVERIFY(near(all->at(0).expectedTurnout, 0.6));
        QCOMPARE(all->at(0).registered(), 9);
        // Another election does not see them; bureauSettings() agrees with the list.
        const qint64 other = newElection(service, 2);
        QVERIFY(!service.allBureauSettings(other)->at(1).expectedTurnout);
        QVERIFY(near(service.bureauSettings(e, m_b2)->expectedOverride, 0.7));
        QCOMPARE(service.bureauSettings(e, m_b2)->code, QStringLiteral("2"));
    }

    void proxiesListedAndCounted()
    {
        ElectionService service(db());
        const qint64 e = newElection(service);
        const qint64 denis = test::personNamed(db(), QStringLiteral("Denis"));
        const qint64 emma = test::personNamed(db(), QStringLiteral("Emma"));
        const qint64 bruno = test::personNamed(db(), QStringLiteral("Bruno"));
        const qint64 louis = test::personNamed(db(), QStringLiteral("Louis"));
        QVERIFY(service.setProxy(denis, e, QStringLiteral("Paul DUBOIS"), *proxyStatusFromName(u"established")));
        QVERIFY(service.setProxy(emma, e, QStringLiteral("Jules JOLY"), ProxyStatus::Requested));
        auto brunoProxy = service.setProxy(bruno, 0, QStringLiteral("Marie MARTIN"), ProxyStatus::Confirmed);
        QVERIFY(brunoProxy);
        QVERIFY(service.setProxy(louis, e, QStringLiteral("Karine KLEIN"), ProxyStatus::Needed));

        // Listed by bureau and numéro d'ordre, with the voter.
        auto all = service.proxies(e);
        QVERIFY2(all, why(all).constData());
        QCOMPARE(all->size(), 4);
        QCOMPARE(all->at(0).personName, QStringLiteral("BLANC Bruno"));
        QCOMPARE(all->at(0).bureauCode, QStringLiteral("1"));
        QCOMPARE(all->at(0).listNumber, 2);
        QCOMPARE(all->at(0).electionId, 0);
        QCOMPARE(all->at(1).proxyName, QStringLiteral("Paul DUBOIS"));
        QCOMPARE(all->at(1).status, ProxyStatus::Confirmed);
        QCOMPARE(all->at(3).bureauCode, QStringLiteral("2"));
        QVERIFY(!all->at(1).voted);

        // The dashboard: supporters still to bring out who vote by proxy, and those whose
        // proxy is not made yet.
        auto figures = GotvDashboard(db()).figures(e);
        QCOMPARE(figuresOf(*figures, QStringLiteral("1"))->byProxy, 2); // Denis, Bruno
        QCOMPARE(figuresOf(*figures, QStringLiteral("1"))->proxiesPending, 1); // Emma
        QCOMPARE(figuresOf(*figures, QStringLiteral("2"))->proxiesPending, 1); // Louis
        // The chase list names the holder and the procuration's status.
        auto chase = ChaseList(db()).build(e, { m_b1 }, ChaseChannel::Door);
        QHash<QString, QString> proxyOf;
        for (const ChasePerson& p : std::as_const(*chase))
            proxyOf.insert(p.firstNames, p.proxyName + u'/' + p.proxyStatus);
        QCOMPARE(proxyOf.value(QStringLiteral("Emma")), QStringLiteral("Jules JOLY/requested"));
        QCOMPARE(proxyOf.value(QStringLiteral("Bruno")), QStringLiteral("Marie MARTIN/confirmed"));
        QCOMPARE(proxyOf.value(QStringLiteral("Chloé")), QStringLiteral("/"));

        // Voted (the holder went): out of the counts, shown as voted.
        VoteMarker marker(db());
        QVERIFY(marker.markVoted(e, u"1", 4, MarkSource::Volunteer));
        QVERIFY(service.proxies(e)->at(1).voted);
        // Cancelled, then removed: no longer counted, listed, or shown on the chase list.
        QVERIFY(service.setProxyStatus(*brunoProxy, ProxyStatus::Cancelled));
        figures = GotvDashboard(db()).figures(e);
        QCOMPARE(figuresOf(*figures, QStringLiteral("1"))->byProxy, 0);
        chase = ChaseList(db()).build(e, { m_b1 }, ChaseChannel::Door);
        for (const ChasePerson& p : std::as_const(*chase)) {
            if (p.firstNames == u"Bruno")
                QVERIFY(p.proxyName.isEmpty());
        }
        QVERIFY(service.removeProxy(*brunoProxy));
        QCOMPARE(service.proxies(e)->size(), 3);
        QCOMPARE(test::count(db(), "SELECT count(*) FROM outbox WHERE tbl = 'proxies' AND fields = 'deleted'"), 1);
    }

    void recentMarksAfterARestart()
    {
        ElectionService service(db());
        const qint64 e = newElection(service);
        qint64 now = 1'773'572'400'000;
        {
            VoteMarker anne(db(), QStringLiteral("anne"));
            anne.setClock([&] { return now; });
            QVERIFY(anne.markVoted(e, u"1", 1, MarkSource::Phone));
            now += 60'000;
            VoteMarker paul(db(), QStringLiteral("paul"));
            paul.setClock([&] { return now; });
            QVERIFY(paul.markVoted(e, u"2", 1, MarkSource::Delegate));
            now += 60'000;
            QVERIFY(anne.markVoted(e, u"1", 2, MarkSource::SignatureList));
            QVERIFY(newElection(service, 2) > 0);
        }
        // The app restarts: a new marker reads the marks back, newest first, with provenance.
        VoteMarker anne(db(), QStringLiteral("anne"));
        auto recent = anne.recentMarks(e);
        QVERIFY2(recent, why(recent).constData());
        QCOMPARE(recent->size(), 3);
        QCOMPARE(recent->at(0).voter.name, QStringLiteral("BLANC Bruno"));
        QCOMPARE(recent->at(0).source, MarkSource::SignatureList);
        QCOMPARE(recent->at(0).author, QStringLiteral("anne"));
        QCOMPARE(recent->at(0).at.toMSecsSinceEpoch(), now);
        QCOMPARE(recent->at(0).voter.listNumber, 2);
        QCOMPARE(recent->at(1).voter.bureauCode, QStringLiteral("2"));
        QCOMPARE(recent->at(1).author, QStringLiteral("paul"));
        QCOMPARE(recent->at(2).source, MarkSource::Phone);
        QCOMPARE(anne.recentMarks(e, 1)->size(), 1);
        QCOMPARE(anne.recentMarks(e + 1)->size(), 0);

        // Undo after the restart takes back her mark made before it (not Paul's).
        auto undone = anne.undoLast(e);
        QVERIFY(undone && undone->has_value());
        QCOMPARE((*undone)->markId, recent->at(0).markId);
        recent = anne.recentMarks(e);
        QCOMPARE(recent->size(), 2);
        QCOMPARE(recent->at(0).author, QStringLiteral("paul"));
    }

    void chaseListMadeIntoListsOfTheSamePeople()
    {
        ElectionService service(db());
        const qint64 e = newElection(service);
        VoteMarker marker(db());
        QVERIFY(marker.markVoted(e, u"1", 1, MarkSource::Phone)); // Alice has voted
        // Emma's only number is one the normaliser could not read: a segment's call list
        // would dial it, the chase list does not.
        QVERIFY(Repository(db()).insert("phones",
            { { QStringLiteral("person_id"), test::personNamed(db(), QStringLiteral("Emma")) },
                { QStringLiteral("raw"), QStringLiteral("06 12") },
                { QStringLiteral("type"), QStringLiteral("invalid") }, { QStringLiteral("bad"), 0 } }));
        // Denis has a landline too: the chase list calls his mobile, so must the list.
        QVERIFY(Repository(db()).insert("phones",
            { { QStringLiteral("person_id"), test::personNamed(db(), QStringLiteral("Denis")) },
                { QStringLiteral("e164"), QStringLiteral("+33140000004") },
                { QStringLiteral("raw"), QStringLiteral("01 40 00 00 04") },
                { QStringLiteral("type"), QStringLiteral("fixed") }, { QStringLiteral("bad"), 0 } }));
        auto phone = ChaseList(db()).build(e, { m_b1, m_b2 }, ChaseChannel::Phone);
        QVERIFY(phone && !phone->isEmpty());
        QList<CallListTarget> targets;
        QSet<QString> want;
        for (const ChasePerson& p : std::as_const(*phone)) {
            targets << CallListTarget { p.personId, p.phoneId };
            want << QStringLiteral("%1:%2").arg(p.personId).arg(p.phoneId);
        }
        ListService lists(db(), QStringLiteral("lead"));
        auto calls = lists.createCallListsFor(QStringLiteral("Chase 15:00"), targets);
        QVERIFY2(calls, why(calls).constData());
        QCOMPARE(calls->size(), 1);
        QCOMPARE(calls->first().name, QStringLiteral("Calls: Chase 15:00"));
        QCOMPARE(calls->first().kind, ListKind::Call);
        const QByteArray members = QStringLiteral("SELECT person_id || ':' || phone_id FROM list_members"
                                                  " WHERE deleted = 0 AND list_id = %1")
                                       .arg(calls->first().id)
                                       .toUtf8();
        const QStringList rows = test::column(db(), members.constData());
        const QSet<QString> got(rows.cbegin(), rows.cend());
        QCOMPARE(got, want);
        QVERIFY(!got.contains(QStringLiteral("%1:").arg(test::personNamed(db(), QStringLiteral("Emma")))));

        // The same people said as a segment would have put Emma (and her unreadable number) in.
        Segment segment;
        segment.name = QStringLiteral("as a segment");
        segment.filter = SegmentFilter::all(
            { SegmentFilter::values(SegmentFilter::Kind::Bureaux, { QStringLiteral("1"), QStringLiteral("2") }),
                SegmentFilter::support({ 1, 2 }),
                SegmentFilter::values(SegmentFilter::Kind::NotVoted, { service.election(e)->uuid }) });
        auto bySegment = lists.createCallLists(segment);
        QVERIFY(bySegment);
        QVERIFY(bySegment->first().people > calls->first().people);

        // Walk lists: exactly the door chase list's people.
        auto doors = ChaseList(db()).build(e, { m_b1 }, ChaseChannel::Door);
        QList<qint64> ids;
        QSet<qint64> wantDoors;
        for (const ChasePerson& p : std::as_const(*doors)) {
            ids << p.personId;
            wantDoors << p.personId;
        }
        auto walks = lists.createWalkListsFor(ids);
        QVERIFY2(walks, why(walks).constData());
        QSet<qint64> gotDoors;
        for (const ListSummary& list : std::as_const(*walks)) {
            QCOMPARE(list.kind, ListKind::Walk);
            Statement st = db().prepare("SELECT person_id FROM list_members WHERE deleted = 0 AND list_id = ?");
            st.bind(1, list.id);
            while (st.step())
                gotDoors << st.int64(0);
        }
        QCOMPARE(gotDoors, wantDoors);
        QCOMPARE(lists.createWalkListsFor({}).error().code, QStringLiteral("lists.empty"));
        QCOMPARE(lists.createCallListsFor(QStringLiteral("x"), {}).error().code, QStringLiteral("lists.empty"));
    }
};

QTEST_GUILESS_MAIN(TestGotv)
#include "tst_gotv.moc"
